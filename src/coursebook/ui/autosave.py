"""Save without a Save button: pending writes run after a short pause in typing, at least
once a second while typing goes on, and at once on flush (focus change, step change, quit).

A write that fails (disk full, database locked, a value the service refuses) stays pending
and is reported through `failed`; the text stays in its editor, so nothing typed is lost.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from coursebook.workbook.validation import InvalidInput

log = logging.getLogger(__name__)

PAUSE_MS = 600  # save this long after the last keystroke…
MAX_WAIT_MS = 1000  # …but never later than this after the first unsaved one


@dataclass
class _Pending:
    write: Callable[[], None]
    first_change: float
    timer: QTimer = field(repr=False)
    text: str | None = None  # typed text, kept in a recovery file if it cannot be saved


class SaveManager(QObject):
    saved = Signal(str)  # key
    failed = Signal(str, str)  # key, message for the person

    def __init__(self, parent: QObject | None = None, recovery_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, _Pending] = {}
        self.recovery_dir = recovery_dir

    def schedule(self, key: str, write: Callable[[], None], text: str | None = None) -> None:
        """Run `write` after a pause; a newer write for the same key replaces an older one.
        `text`, for text fields, is written to a recovery file while saving fails."""
        now = time.monotonic()
        pending = self._pending.get(key)
        if pending is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda k=key: self._run(k))
            pending = _Pending(write, now, timer, text)
            self._pending[key] = pending
        else:
            pending.write = write
            pending.text = text
        waited_ms = (now - pending.first_change) * 1000
        pending.timer.start(int(max(0, min(PAUSE_MS, MAX_WAIT_MS - waited_ms))))

    def save_now(self, key: str, write: Callable[[], None]) -> bool:
        """For fields that save at once (checkboxes, dates). Earlier pending writes run
        first, so the database sees changes in the order they were made."""
        self.schedule(key, write)
        return self.flush()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Run every pending write now; True when all succeeded."""
        ok = True
        for key in list(self._pending):
            ok = self._run(key) and ok
        return ok

    def discard(self, prefix: str) -> None:
        """Forget pending writes whose key starts with `prefix` (their object was removed)."""
        for key in [k for k in self._pending if k.startswith(prefix)]:
            self._pending.pop(key).timer.stop()

    def recovery_file(self, key: str) -> Path | None:
        if self.recovery_dir is None:
            return None
        return self.recovery_dir / ("unsaved-" + re.sub(r"[^A-Za-z0-9_-]+", "_", key) + ".txt")

    def _keep_for_recovery(self, key: str, text: str | None) -> None:
        path = self.recovery_file(key)
        if path is None or text is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError as error:  # the disk may be the problem: the editor still has the text
            log.error("could not write the recovery file %s: %s", path, error)

    def _forget_recovery(self, key: str) -> None:
        path = self.recovery_file(key)
        if path is not None:
            path.unlink(missing_ok=True)

    def _run(self, key: str) -> bool:
        pending = self._pending.get(key)
        if pending is None:
            return True
        pending.timer.stop()
        try:
            pending.write()
        except InvalidInput as error:
            # The person must change the value; keeping it pending would retry forever.
            self._pending.pop(key, None)
            self.failed.emit(key, error.message)
            return False
        except Exception as error:
            log.exception("saving %s failed", key)
            pending.first_change = time.monotonic()
            pending.timer.start(5000)  # try again in a while; the text stays in the editor
            self._keep_for_recovery(key, pending.text)
            self.failed.emit(key, str(error))
            return False
        self._pending.pop(key, None)
        self._forget_recovery(key)
        pending.timer.deleteLater()
        self.saved.emit(key)
        return True
