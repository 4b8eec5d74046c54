"""One lock per data folder, understood by the window and the command line alike.

The window holds it while it runs; command-line sub-commands that write (import, restore,
demo) take it for as long as they work and refuse politely while the window has the folder
open; read-only ones (export, nps, backup) need no lock and work beside the window. The lock
is the operating system's (the `filelock` package: flock on Linux and macOS, LockFileEx on
Windows), so it goes away by itself when its process ends, even after a crash.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

LOCK_FILE = "coursebook.lock"


class DataFolderInUse(Exception):
    """Another Coursebook (a window, or a command that writes) has the folder open."""

    def __init__(self, root: Path) -> None:
        super().__init__(f"{root} is in use by another Coursebook")
        self.root = root


def lock_data_folder(root: Path, wait_seconds: float = 0.2) -> FileLock:
    """Take the data folder's lock, or raise DataFolderInUse. OSError when the folder cannot
    be created or the lock file cannot be written (a read-only folder)."""
    root.mkdir(parents=True, exist_ok=True)
    lock = FileLock(root / LOCK_FILE)
    try:
        lock.acquire(timeout=wait_seconds)
    except Timeout as error:
        raise DataFolderInUse(root) from error
    return lock
