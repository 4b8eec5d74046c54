"""One worker thread for the workbook: jobs run one at a time, in the order they were
submitted, and their results come back on the GUI thread. The window keeps painting while
the database is slow or locked by another program. Views never touch the workbook
themselves: they submit `lambda workbook: workbook.something(...)` here (Anki's
`CollectionOp`/`QueryOp`).

A job that writes returns an `Outcome`: its value goes to `on_done`, and its `Changes` are
announced to every view through `changed` (with the object that asked, so a view can skip
what it did itself).

`wait()` lets the GUI thread wait for everything submitted so far (before a step change,
quitting, an export) without freezing: it turns a local event loop, as a dialog does.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Signal

from coursebook.ui.garbage import collect_on_the_gui_thread
from coursebook.workbook.changes import Outcome
from coursebook.workbook.core import Workbook

log = logging.getLogger(__name__)


@dataclass
class _Job:
    work: Callable[[Workbook], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    origin: object


class Runner(QObject):
    """Runs submitted jobs on one thread, in order; `idle` fires when none is left."""

    idle = Signal()
    changed = Signal(object, object)  # Changes, the object that asked (or None)
    _finished = Signal(object, object, object)  # job, result, error (from the worker)

    def __init__(self, workbook: Workbook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collect_on_the_gui_thread()  # never on the worker: see ui/garbage.py
        self.workbook = workbook
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._outstanding = 0
        self._thread: threading.Thread | None = threading.Thread(
            target=self._work, name="coursebook-database", daemon=True
        )
        self._finished.connect(self._deliver)  # queued: the worker is another thread
        self._thread.start()

    def submit(
        self,
        work: Callable[[Workbook], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        origin: object = None,
    ) -> None:
        """Run `work(workbook)` on the worker; `on_done(result)` or `on_error(exception)`
        follow on the GUI thread. After `shutdown` the job runs at once on this thread."""
        job = _Job(work, on_done, on_error, origin)
        self._outstanding += 1
        if self._thread is None:
            self._deliver(job, *self._run(job))
            return
        self._jobs.put(job)

    def call(self, work: Callable[[Workbook], Any]) -> Any:
        """Run `work` in turn and return its result (raising its error); the event loop
        keeps turning meanwhile. For the few places that cannot go on without the answer."""
        box: list[Any] = []
        self.submit(
            work, lambda result: box.append((result, None)), lambda e: box.append((None, e))
        )
        while not box:
            self.wait()
        result, error = box[0]
        if error is not None:
            raise error
        return result

    def wait(self) -> None:
        """Return when every job submitted so far has run and reported back; the event loop
        keeps turning meanwhile (timers fire, the window paints)."""
        while self._outstanding > 0:
            loop = QEventLoop()
            self.idle.connect(loop.quit)
            if self._outstanding > 0:
                loop.exec()
            self.idle.disconnect(loop.quit)

    def shutdown(self) -> None:
        """Finish what was submitted and end the thread; later jobs run inline."""
        if self._thread is None:
            return
        self.wait()
        self._jobs.put(None)
        self._thread.join(timeout=10)
        self._thread = None

    # -- on the worker -----------------------------------------------------------------------

    def _run(self, job: _Job) -> tuple[Any, Exception | None]:
        try:
            return job.work(self.workbook), None
        except Exception as error:  # handed to the GUI thread, which decides what to say
            return None, error

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            self._finished.emit(job, *self._run(job))

    # -- on the GUI thread -------------------------------------------------------------------

    def _deliver(self, job: _Job, result: Any, error: Exception | None) -> None:
        self._outstanding -= 1
        try:
            if error is None:
                changes = None
                if isinstance(result, Outcome):
                    result, changes = result.value, result.changes
                if job.on_done is not None:
                    job.on_done(result)
                if changes:
                    self.changed.emit(changes, job.origin)
            elif job.on_error is not None:
                job.on_error(error)
            else:
                log.error("database work failed", exc_info=error)
        finally:
            if self._outstanding == 0:
                self.idle.emit()
