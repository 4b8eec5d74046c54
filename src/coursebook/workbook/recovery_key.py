"""The recovery key file: what opens a workbook with a password when the password is
forgotten. It holds the password itself, with a few lines saying what it is, so it opens
the workbook and every backup made with that password, and nothing else. Whoever has the
file can read the workbook: it belongs on a USB stick in a drawer, or on paper, never
beside the workbook.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coursebook.files import replaced_atomically
from coursebook.storage.driver import Password

_MARK = "Key: "


def write_recovery_key(target: Path, password: Password, folder: Path, today: date) -> None:
    lines = [
        "Coursebook recovery key / herstelsleutel",
        "",
        f"Workbook / werkboek: {folder}",
        f"Made / gemaakt: {today.isoformat()}",
        "",
        "This key opens the workbook, and its backups made with the same password, when",
        "the password is forgotten. Anyone who has it can read the workbook: keep it away",
        "from the computer (a USB stick in a drawer, or printed). It no longer works for",
        "the workbook once the password is changed.",
        "",
        "Deze sleutel opent het werkboek, en de reservekopieën met hetzelfde wachtwoord,",
        "als het wachtwoord vergeten is. Wie hem heeft, kan het werkboek lezen: bewaar hem",
        "niet op de computer (op een USB-stick in een la, of op papier). Na een nieuw",
        "wachtwoord werkt hij niet meer voor het werkboek.",
        "",
        _MARK + password.reveal(),
        "",
    ]
    with replaced_atomically(target) as temporary:  # private to the person (0600)
        temporary.write_text("\n".join(lines), encoding="utf-8")


class RecoveryKeyError(ValueError):
    """The file is not a recovery key file (or cannot be read)."""


def read_recovery_key(path: Path) -> Password:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RecoveryKeyError(f"{path}: cannot be read ({error})") from error
    for line in text.splitlines():
        if line.startswith(_MARK) and line[len(_MARK) :]:
            return Password(line[len(_MARK) :])
    raise RecoveryKeyError(f"{path}: this is not a Coursebook recovery key file")
