"""Problems that travel as codes from the Qt-free layers, said in the person's language.

One place for the wording, so the same problem reads the same everywhere; the technical text
of an error (SQL, parameters: the person's own words) is only ever logged, never shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coursebook.storage.errors import StorageProblem, classify


def storage_message(problem: StorageProblem) -> str:
    translate = QCoreApplication.translate
    return {
        StorageProblem.LOCKED: translate(
            "messages",
            "the data file is in use by another program; close that program (or wait a moment)",
        ),
        StorageProblem.FULL: translate(
            "messages", "the disk is full; make room on it (empty the bin, remove large files)"
        ),
        StorageProblem.READ_ONLY: translate(
            "messages", "the data file or its folder cannot be written (it is read-only)"
        ),
        StorageProblem.IO: translate(
            "messages", "the disk could not be read or written; is it still connected?"
        ),
        StorageProblem.DAMAGED: translate(
            "messages", "the data file is damaged; restore a backup (File → Backups)"
        ),
        StorageProblem.UNEXPECTED: translate(
            "messages", "an unexpected problem; the details are in the log"
        ),
    }[problem]


def error_message(error: BaseException) -> str:
    """What to tell the person about a failed database operation."""
    return storage_message(classify(error))
