"""Write a file so that a failed or cancelled export never leaves half a file behind."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from coursebook.files import first_free_name, replaced_atomically

log = logging.getLogger(__name__)


class ExportCancelled(Exception):
    """The person cancelled; nothing was written."""


class ExportTargetError(Exception):
    """The target cannot be written; `reason` says why in words a person understands."""

    def __init__(self, path: Path, reason: str, *, locked: bool = False) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.locked = locked


def office_lock_file(path: Path) -> Path:
    """The lock file LibreOffice (and Word on a network share) keeps beside an open document."""
    return path.with_name(f".~lock.{path.name}#")


def check_target(path: Path) -> None:
    """Refuse targets that are open elsewhere or cannot be written, before any work."""
    folder = path.parent
    if not folder.is_dir():
        raise ExportTargetError(path, "the folder does not exist")
    if path.is_dir():
        raise ExportTargetError(path, "that is a folder, not a file name")
    word_lock = path.with_name("~$" + path.name[2:]) if len(path.name) > 2 else None
    if office_lock_file(path).exists() or (word_lock is not None and word_lock.exists()):
        raise ExportTargetError(
            path,
            "the file is open in a word processor; close it or choose another name",
            locked=True,
        )
    if not os.access(folder, os.W_OK):
        raise ExportTargetError(path, "this folder cannot be written to")


@contextmanager
def atomic_target(path: Path, cancelled: Callable[[], bool] = lambda: False) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path` in one step."""
    check_target(path)
    mode = _document_mode(path)
    try:
        with replaced_atomically(path) as temporary:
            yield temporary
            if cancelled():
                raise ExportCancelled()
            try:
                os.chmod(temporary, mode)
            except OSError as error:  # FAT and exFAT sticks, some shares: no permissions
                log.info("%s keeps its default permissions: %s", path, error)
    except PermissionError as error:  # Windows: the file is open in Word
        raise ExportTargetError(
            path,
            "the file is open in another program; close it or choose another name",
            locked=True,
        ) from error


def _read_umask() -> int:
    """Reading the umask means setting it: done once, when this module is imported (on the
    main thread), never while another thread may be creating files."""
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


_UMASK = _read_umask()


def _document_mode(path: Path) -> int:
    """The permissions a document gets when the person saves it themselves: those of the
    file it replaces, else the usual ones for a new file (the umask's, typically 0644); the
    temporary file it is written to starts private (0600)."""
    if path.is_file():
        return path.stat().st_mode & 0o777
    return 0o666 & ~_UMASK


def another_name(path: Path) -> Path:
    """'verslag.docx' → 'verslag (2).docx', the first that does not exist yet."""
    try:
        return first_free_name(
            path.parent,
            path.stem,
            path.suffix,
            numbered="{stem} ({number})",
            taken=lambda p: p == path or p.exists() or office_lock_file(p).exists(),
        )
    except FileExistsError as error:
        raise ExportTargetError(path, "no free file name found next to it") from error
