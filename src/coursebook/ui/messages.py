"""Problems that travel as codes from the Qt-free layers, said in the person's language.

One place for the wording, so the same problem reads the same everywhere; the technical text
of an error (SQL, parameters: the person's own words) is only ever logged, never shown.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from coursebook.ui.i18n import format_date
from coursebook.workbook.conflicts import EditConflict
from coursebook.workbook.core import (
    DatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    PasswordNeededError,
    ServerUnavailableError,
    StorageProblem,
    WrongPasswordError,
    classify,
)
from coursebook.workbook.customer_import import (
    CustomerFileError,
    FileProblem,
    SkippedRow,
    SkipReason,
)
from coursebook.workbook.validation import Field, InvalidInput, Problem

log = logging.getLogger(__name__)


def _date(value: object) -> str:
    return format_date(value, "d MMMM yyyy") if isinstance(value, date) else str(value)


def format_number(number: object) -> str:
    """12345 → "12,345" in English, "12.345" in Dutch."""
    return QLocale().toString(int(str(number)))


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
        StorageProblem.SERVER: translate(
            "messages",
            "the database server cannot be reached (the network, or the server is down)",
        ),
        StorageProblem.UNEXPECTED: translate(
            "messages", "an unexpected problem; the details are in the log"
        ),
    }[problem]


def error_message(error: BaseException) -> str:
    """What to tell the person about a failed database operation."""
    return storage_message(classify(error))


def field_label(field: Field) -> str:
    translate = QCoreApplication.translate
    return {
        Field.SCORE: translate("messages", "the score"),
        Field.DATE: translate("messages", "the date"),
        Field.DUE_DATE: translate("messages", "the due date"),
        Field.START_DATE: translate("messages", "the start date"),
        Field.CUSTOMER: translate("messages", "the customer"),
        Field.NAME: translate("messages", "the name"),
        Field.ORGANISATION: translate("messages", "the organisation"),
        Field.EMAIL: translate("messages", "the e-mail address"),
        Field.PHONE: translate("messages", "the phone number"),
        Field.NOTES: translate("messages", "the notes"),
        Field.ANSWER: translate("messages", "the answer"),
        Field.ACTION: translate("messages", "the action"),
        Field.REFLECTION: translate("messages", "the reflection"),
        Field.CHANNEL: translate("messages", "the way you spoke"),
        Field.WEEKS: translate("messages", "the number of weeks"),
        Field.MERGE: translate("messages", "merging"),
    }[field]


def invalid_input_message(error: InvalidInput) -> str:
    """ "Not saved: the score must be …", in the person's language."""
    translate = QCoreApplication.translate
    p = error.params
    problem = error.problem
    if problem is Problem.TOO_LONG:
        what = translate(
            "messages", "{1} characters is too long for {0} (at most {2} can be kept)."
        ).format(field_label(error.field), format_number(p["length"]), format_number(p["limit"]))
    elif problem is Problem.SCORE_RANGE:
        what = translate("messages", "the score must be a whole number from 0 to 10.")
    elif problem is Problem.DATE_RANGE:
        what = translate("messages", "{0} must lie between {1} and {2}.").format(
            field_label(error.field), _date(p["earliest"]), _date(p["latest"])
        )
    elif problem is Problem.IN_FUTURE:
        what = translate(
            "messages", "{0} cannot be after today: it is the day it happened."
        ).format(field_label(error.field))
    elif problem is Problem.NAME_NEEDED:
        what = translate("messages", "a customer needs a name.")
    elif problem is Problem.NAME_TOO_LONG:
        what = translate("messages", "a name can be at most {0} characters long.").format(
            p["limit"]
        )
    elif problem is Problem.EMAIL_INVALID:
        what = translate("messages", "“{0}” is not an e-mail address.").format(p["value"])
    elif problem is Problem.MERGE_SAME:
        what = translate("messages", "choose two different customers.")
    else:  # CHANNEL_UNKNOWN, QUESTION_UNKNOWN, NEGATIVE: only a bug can cause these
        what = translate("messages", "{0} cannot be saved like this.").format(
            field_label(error.field)
        )
    return translate("messages", "Not saved: {0}").format(what)


def skip_message(skipped: SkippedRow) -> str:
    """ "row 5: the e-mail address … is not valid", in the person's language."""
    translate = QCoreApplication.translate
    p = skipped.params
    texts = {
        SkipReason.NO_NAME: translate("messages", "the row has no name and no organisation"),
        SkipReason.NOT_TEXT: translate(
            "messages",
            "the row holds bytes that are not text (the rest of the file is UTF-8)",
        ),
        SkipReason.NAME_TOO_LONG: translate(
            "messages", "the name is longer than {0} characters"
        ).format(p.get("limit")),
        SkipReason.ORGANISATION_TOO_LONG: translate(
            "messages", "the organisation is longer than {0} characters"
        ).format(p.get("limit")),
        SkipReason.PHONE_TOO_LONG: translate(
            "messages", "the phone number {0} is longer than {1} characters"
        ).format(p.get("value"), p.get("limit")),
        SkipReason.EMAIL_INVALID: translate(
            "messages", "the e-mail address {0} is not valid"
        ).format(p.get("value")),
        SkipReason.SCORE_INVALID: translate(
            "messages", "the score {0} is not a whole number from 0 to 10"
        ).format(p.get("value")),
        SkipReason.SAME_AS_ROW: translate("messages", "the same customer as row {0}").format(
            p.get("row")
        ),
    }
    reason = skipped.reason if skipped.code is None else texts[skipped.code]
    return translate("messages", "row {0}: {1}").format(skipped.row, reason)


def file_problem_message(error: CustomerFileError) -> str:
    """Why a customer file cannot be read, in the person's language."""
    translate = QCoreApplication.translate
    p = error.params
    kinds = translate("messages", "a CSV file (.csv or .txt) or an Excel workbook (.xlsx or .xlsm)")
    save_as_csv = translate(
        "messages", "In Excel, use “Save as” and choose CSV, or import the workbook itself."
    )
    texts = {
        FileProblem.NO_EXTENSION: translate(
            "messages", "This file has no extension; choose {0}."
        ).format(kinds),
        FileProblem.WRONG_EXTENSION: translate(
            "messages", "Files ending in {0} cannot be imported; choose {1}."
        ).format(p.get("suffix"), kinds),
        FileProblem.SPREADSHEET_EXTENSION: translate(
            "messages",
            "Files ending in {0} cannot be imported. Open the file in its spreadsheet program "
            "and save it as .xlsx or CSV first.",
        ).format(p.get("suffix")),
        FileProblem.TOO_MANY_ROWS: translate(
            "messages",
            "This file has more than {0} customers, more than can be imported at once. "
            "Split it into smaller files.",
        ).format(format_number(p.get("limit", 0))),
        FileProblem.ONLY_EMPTY_ROWS: translate(
            "messages", "This file has only empty rows: there is no header row and no data."
        ),
        FileProblem.NOT_FOUND: translate("messages", "This file does not exist (any more)."),
        FileProblem.IS_FOLDER: translate("messages", "This is a folder, not a file."),
        FileProblem.NO_PERMISSION: translate(
            "messages",
            "This file cannot be opened: there is no permission to read it, or another program "
            "(such as Excel) has it open. Close it there and try again.",
        ),
        FileProblem.CANNOT_OPEN: translate(
            "messages", "This file cannot be opened; the details are in the log."
        ),
        FileProblem.EMPTY: translate("messages", "This file is empty."),
        FileProblem.CSV_IS_XLSX: translate(
            "messages", "This is not a CSV text file but looks like an Excel workbook. {0}"
        ).format(save_as_csv),
        FileProblem.CSV_IS_XLS: translate(
            "messages", "This is not a CSV text file but looks like an old Excel file. {0}"
        ).format(save_as_csv),
        FileProblem.NOT_TEXT: translate(
            "messages", "This is not a text file; it cannot be read as CSV."
        ),
        FileProblem.UNKNOWN_ENCODING: translate(
            "messages",
            "The text in this file is in an unknown character encoding. Save it as “CSV "
            "UTF-8” and try again.",
        ),
        FileProblem.FILE_TOO_BIG: translate(
            "messages",
            "This file is larger than {0} MB, far more than a customer list needs. Check that "
            "it is the right file, or split it.",
        ).format(p.get("limit")),
        FileProblem.TOO_MANY_COLUMNS: translate(
            "messages",
            "This file has more than {0} columns, far more than a customer list needs. Check "
            "that it is the right file.",
        ).format(p.get("limit")),
        FileProblem.XLSX_TOO_BIG: translate(
            "messages",
            "This Excel workbook unpacks to more than {0} MB (or packs far more tightly than a "
            "real workbook does), so it is not read. Save it as CSV, or check where it came "
            "from.",
        ).format(p.get("limit")),
        FileProblem.CELL_TOO_LONG: translate(
            "messages",
            "A cell that starts at or before line {0} is too long to be a customer detail. "
            'Perhaps a quote (") is missing, so that the rest of the file looks like one cell.',
        ).format(p.get("line")),
        FileProblem.CSV_UNREADABLE: translate(
            "messages", "This file cannot be read as CSV near line {0}."
        ).format(p.get("line")),
        FileProblem.XLSX_PROTECTED: translate(
            "messages",
            "This is not an .xlsx workbook: it is either protected with a password or an old "
            "Excel (.xls) file under another name. Remove the password, or save it as .xlsx or "
            "CSV, and try again.",
        ),
        FileProblem.NOT_XLSX: translate(
            "messages",
            "This is not an Excel workbook, although its name ends in {0}. Perhaps it is a CSV "
            "or text file that was renamed; give it the right extension.",
        ).format(p.get("suffix")),
        FileProblem.XLSX_DAMAGED: translate(
            "messages",
            "This Excel workbook is damaged or not really an Excel workbook, so it cannot be "
            "read. Open it in Excel and save it again, or save it as CSV.",
        ),
        FileProblem.NO_WORKSHEET: translate("messages", "This Excel workbook has no worksheet."),
    }
    return texts[error.problem]


def problem_message(error: BaseException) -> str:
    """A database file refused, or a storage operation failed, in the person's language (the
    English detail goes to the log)."""
    translate = QCoreApplication.translate
    if isinstance(error, NewerSchemaError):
        return translate(
            "messages", "the file was written by a newer version of Coursebook; update Coursebook"
        )
    if isinstance(error, WrongPasswordError):
        return translate("messages", "the password does not open this file")
    if isinstance(error, PasswordNeededError):
        return translate(
            "messages", "the file is protected with a password (or it is not a database)"
        )
    if isinstance(error, ForeignDatabaseError):
        return translate("messages", "the file belongs to another program, not to Coursebook")
    if isinstance(error, NotADatabaseError):
        return translate(
            "messages", "the file is not a Coursebook database, or it is damaged or incomplete"
        )
    if isinstance(error, ServerUnavailableError):
        return storage_message(StorageProblem.SERVER)
    if isinstance(error, DatabaseError):  # unavailable: permissions, locked, disk
        return translate(
            "messages",
            "the file cannot be read or written (permissions, another program, or the disk)",
        )
    return error_message(error)


def not_done_message(what: str, error: BaseException) -> str:
    """ "Not done: …" for an operation that failed: bad input said as such, anything else said
    as a storage problem, and logged with its traceback."""
    if isinstance(error, InvalidInput):
        message = invalid_input_message(error)
    else:
        log.error("%s failed", what, exc_info=error)
        message = problem_message(error)
    return QCoreApplication.translate("messages", "Not done: {0}").format(message)


def conflict_message(conflict: EditConflict) -> str:
    """ "Changed by Anna at 14:02 while you were typing"."""
    translate = QCoreApplication.translate
    who = conflict.by or translate("messages", "someone else")
    if conflict.at is None:
        return translate("messages", "Changed by {0} while you were typing").format(who)
    when = conflict.at.strftime("%H:%M")
    if conflict.at.date() != date.today():
        when = f"{format_date(conflict.at.date())} {when}"
    return translate("messages", "Changed by {0} at {1} while you were typing").format(who, when)


def refusal_message(error: Exception) -> str:
    """Why a save was refused: a value the workbook does not take, or another person's save."""
    if isinstance(error, EditConflict):
        return conflict_message(error)
    assert isinstance(error, InvalidInput), error
    return invalid_input_message(error)
