"""Save without a Save button: pending writes run after a short pause in typing, at least
once a second while typing goes on, and at once on flush (focus change, step change, quit).

A write that fails (disk full, database locked, a value the service refuses) stays pending
and is reported through `failed`; the text stays in its editor, so nothing typed is lost.
"""

from __future__ import annotations

import contextlib
import logging
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from coursebook.ui.messages import conflict_message, error_message, invalid_input_message
from coursebook.ui.runner import Runner
from coursebook.workbook.conflicts import EditConflict
from coursebook.workbook.core import Workbook
from coursebook.workbook.validation import InvalidInput

log = logging.getLogger(__name__)

PAUSE_MS = 600  # save this long after the last keystroke…
MAX_WAIT_MS = 1000  # …but never later than this after the first unsaved one
RETRY_MS = 5000  # a write that failed (locked, disk full) is tried again after this


@dataclass
class _Pending:
    write: Callable[[Workbook], Any]
    first_change: float
    timer: QTimer = field(repr=False)
    text: str | None = None  # typed text, kept in a recovery file if it cannot be saved
    on_saved: Callable[[Any], None] | None = None
    on_refused: Callable[[Exception], None] | None = None  # InvalidInput or EditConflict
    version: int = 0  # counts newer writes for the key while one is on its way
    origin: object = None  # who asked: told with the changes, so it can skip its own


class SaveManager(QObject):
    """Schedules writes and hands them to the database worker (`Runner`), in order.

    A write runs off the GUI thread; `on_saved(result)` and `on_refused(error)` are called
    back on the GUI thread. While a write waits for a locked database, typing goes on."""

    saved = Signal(str)  # key
    failed = Signal(str, str)  # key, message for the person
    waiting = Signal(bool)  # True when a change waits to be saved, False when all is saved

    def __init__(
        self, runner: Runner, parent: QObject | None = None, recovery_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._pending: dict[str, _Pending] = {}
        self.recovery_dir = recovery_dir
        self.runner = runner
        self._failures = 0
        self._kept: dict[str, Path] = {}  # key → where a copy of unsaved text was written

    def schedule(
        self,
        key: str,
        write: Callable[[Workbook], Any],
        text: str | None = None,
        *,
        on_saved: Callable[[Any], None] | None = None,
        on_refused: Callable[[Exception], None] | None = None,
        origin: object = None,
    ) -> None:
        """Run `write` after a pause; a newer write for the same key replaces an older one.
        `text`, for text fields, is written to a recovery file while saving fails."""
        now = time.monotonic()
        pending = self._pending.get(key)
        if not self._pending:
            self.waiting.emit(True)
        if pending is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda k=key: self._run(k))
            pending = _Pending(write, now, timer, text, on_saved, on_refused, origin=origin)
            self._pending[key] = pending
        else:
            pending.write, pending.text = write, text
            pending.on_saved, pending.on_refused = on_saved, on_refused
            pending.origin = origin
            pending.version += 1
        waited_ms = (now - pending.first_change) * 1000
        pending.timer.start(int(max(0, min(PAUSE_MS, MAX_WAIT_MS - waited_ms))))

    def save_now(
        self,
        key: str,
        write: Callable[[Workbook], Any],
        *,
        on_saved: Callable[[Any], None] | None = None,
        on_refused: Callable[[Exception], None] | None = None,
        origin: object = None,
    ) -> bool:
        """For fields that save at once (checkboxes, dates). Earlier pending writes run
        first, so the database sees changes in the order they were made."""
        self.schedule(key, write, on_saved=on_saved, on_refused=on_refused, origin=origin)
        return self.flush()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Hand every pending write to the worker now and wait until they have run (the
        window keeps painting); True when all succeeded."""
        failures = self._failures
        for key in list(self._pending):
            self._run(key)
        self.runner.wait()
        return self._failures == failures

    def discard(self, prefix: str) -> None:
        """Forget pending writes whose key starts with `prefix` (their object was removed)."""
        for key in [k for k in self._pending if k.startswith(prefix)]:
            self._pending.pop(key).timer.stop()

    def recovery_file(self, key: str) -> Path | None:
        if self.recovery_dir is None:
            return None
        return self.recovery_dir / ("unsaved-" + re.sub(r"[^A-Za-z0-9_-]+", "_", key) + ".txt")

    def _recovery_places(self, key: str) -> list[Path]:
        """Where text that cannot be saved is kept: the data folder's `recovery/`, else the
        system's temporary folder (often another disk, or memory)."""
        first = self.recovery_file(key)
        if first is None:
            return []
        second = Path(tempfile.gettempdir()) / "coursebook-recovery" / first.name
        return [first, second]

    def _keep_for_recovery(self, key: str, text: str | None) -> None:
        if text is None:
            return
        for path in self._recovery_places(key):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
            except OSError as error:  # the disk may be the problem: try the next place
                log.error("could not write the recovery file %s: %s", path, error)
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)  # no empty or half file that looks like a copy
                continue
            self._kept[key] = path
            return
        self._kept.pop(key, None)  # only the editor (and memory) hold it now

    def _forget_recovery(self, key: str) -> None:
        self._kept.pop(key, None)
        for path in self._recovery_places(key):
            with contextlib.suppress(OSError):  # not there, or its folder is unreadable
                path.unlink(missing_ok=True)

    def unsaved(self) -> dict[str, tuple[str, Path | None]]:
        """Text that is still waiting to be saved: its key, the text, and the file that holds
        a copy of it (None when no copy could be written anywhere)."""
        return {
            key: (pending.text, self._kept.get(key))
            for key, pending in self._pending.items()
            if pending.text is not None
        }

    def _run(self, key: str) -> None:
        pending = self._pending.get(key)
        if pending is None:
            return
        pending.timer.stop()
        version = pending.version
        self.runner.submit(
            pending.write,
            lambda result: self._succeeded(key, pending, version, result),
            lambda error: self._failed(key, pending, version, error),
            origin=pending.origin,
        )

    def _is_current(self, key: str, pending: _Pending, version: int) -> bool:
        """Whether nothing newer was typed for `key` since this write was handed over."""
        return self._pending.get(key) is pending and pending.version == version

    def _succeeded(self, key: str, pending: _Pending, version: int, result: Any) -> None:
        if self._is_current(key, pending, version):
            self._pending.pop(key, None)
            self._forget_recovery(key)
            pending.timer.deleteLater()
        if pending.on_saved is not None:
            pending.on_saved(result)
        self.saved.emit(key)
        if not self._pending:
            self.waiting.emit(False)

    def _failed(self, key: str, pending: _Pending, version: int, error: Exception) -> None:
        self._failures += 1
        if isinstance(error, InvalidInput | EditConflict):
            # The person must change the value, or choose between their text and another
            # person's (kept among the versions meanwhile): retrying would not help.
            if self._is_current(key, pending, version):
                self._pending.pop(key, None)
                pending.timer.deleteLater()
            if pending.on_refused is not None:
                pending.on_refused(error)
            if isinstance(error, InvalidInput):
                self.failed.emit(key, invalid_input_message(error))
            else:
                self.failed.emit(key, conflict_message(error))
            if not self._pending:
                self.waiting.emit(False)
            return
        log.error("saving %s failed", key, exc_info=error)
        if self._pending.get(key) is pending:
            pending.first_change = time.monotonic()
            if not pending.timer.isActive():
                pending.timer.start(RETRY_MS)  # try again in a while; the text stays on screen
            self._keep_for_recovery(key, pending.text)
        self.failed.emit(key, error_message(error))
