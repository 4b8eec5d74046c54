"""Two small things every writer of files needs, written once: a name no file has taken yet,
and writing to a temporary file that replaces the target in one step (so a failed or
cancelled write never leaves half a file, and never harms the file that was there)."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

MAX_NUMBER = 10_000
SPARE_BYTES = 20_000_000  # left free after a copy: the database and the system need room too


def require_free_space(folder: Path, needed: int) -> None:
    """Raise OSError(ENOSPC) naming both sizes when `folder`'s disk has not room for `needed`
    bytes and some to spare; checked before a copy, so no half copy fills the disk."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell (a folder still to be made): the write itself will say
    if free < needed + SPARE_BYTES:
        raise OSError(
            errno.ENOSPC,
            f"not enough free space: {needed / 1e6:.0f} MB needed, {free / 1e6:.0f} MB free",
            str(folder),
        )


def first_free_name(
    folder: Path,
    stem: str,
    suffix: str,
    *,
    numbered: str = "{stem}-{number}",
    taken: Callable[[Path], bool] = Path.exists,
) -> Path:
    """`folder/stem+suffix`, else the first of `numbered` (2, 3, …) that is not `taken`."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while taken(candidate):
        if number > MAX_NUMBER:
            raise FileExistsError(f"no free name for {stem}{suffix} in {folder}")
        candidate = folder / (numbered.format(stem=stem, number=number) + suffix)
        number += 1
    return candidate


@contextmanager
def replaced_atomically(path: Path, *, create: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside `path` (an empty file, or no file with `create=False`);
    when the block ends normally it replaces `path` in one rename, else it is removed."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    if not create:
        temporary.unlink()
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
