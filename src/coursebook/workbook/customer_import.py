"""Reading a customer list that a small business already keeps, in CSV or Excel, as it really is.

This module is the pure part of the customer import: no Qt, no database. It works in three steps:

1. :func:`read_table` reads a file into a :class:`Table`: the header row and the data rows, every
   cell as text. It copes with what spreadsheets and other programs actually write: a UTF-8 BOM,
   Windows-1252 text, UTF-16 "Unicode text" from Excel, semicolons (Dutch Excel), commas or tabs,
   quoted cells with line breaks in them, empty rows and trailing empty columns. A file that cannot
   be read at all raises :class:`CustomerFileError` with a reason for a person.
2. :func:`guess_mapping` guesses from the headers, Dutch or English, which column holds which
   field. The person can correct the guess before importing.
3. :func:`candidates` turns the rows into :class:`CustomerCandidate` values and lists the rows it
   skips, each with its row number and a short reason (:class:`SkippedRow`).

Row numbers
-----------
A row number is the number a person sees in the row header of Excel or LibreOffice when they open
the same file: 1 for the first row of the file, counting empty rows too. For an Excel workbook that
is the worksheet row. For a CSV file it is the number of the *record*: a quoted cell with line
breaks in it makes one spreadsheet row (one tall cell) out of several lines of text, so all rows
after it get a number that is lower than their line number in a text editor. We chose the
spreadsheet's number because people open a customer list in a spreadsheet program to correct it,
and because it means the same thing for CSV and Excel files. Without multi-line cells the two
numbers are the same. (A first line ``sep=;``, which Excel reads as a hint and does not show, is
not counted either.)

The mapping
-----------
A mapping is a ``dict`` from field name to a column index (0-based, into ``Table.headers``) or
``None`` for "not in this file". It has the keys of :data:`FIELDS` and the two extra keys of
:data:`NAME_PART_KEYS`:

``name_middle`` and ``name_last``
    For files with the name split over columns (Voornaam / Tussenvoegsel / Achternaam, or First
    name / Last name). Then ``name`` is the first-name column, and the customer's name is the
    text of the ``name``, ``name_middle`` and ``name_last`` columns in that order, joined with
    spaces, empty parts left out: "Jan" + "van der" + "Berg" gives "Jan van der Berg".
    :func:`guess_mapping` only fills them when there is no single name column.

:func:`candidates` accepts a mapping without the extra keys (or with any key left out): a missing
key means ``None``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # openpyxl is imported only when an Excel file is read
    # No type stubs are required: with types-openpyxl installed this import is checked,
    # without them mypy treats it as untyped ("unused-ignore" keeps both cases quiet).
    from openpyxl.workbook.workbook import Workbook  # type: ignore[import-untyped, unused-ignore]

from coursebook.identity import customer_key

FIELDS = ("name", "organisation", "email", "phone", "score", "notes", "tags")
"""The customer fields a column can be mapped to, in the order the UI shows them."""

NAME_PART_KEYS = ("name_middle", "name_last")
"""Extra mapping keys for a name split over columns; see the module documentation."""

MAPPING_KEYS = FIELDS + NAME_PART_KEYS
"""Every key :func:`guess_mapping` returns and :func:`candidates` understands."""

CSV_EXTENSIONS = (".csv", ".txt")
EXCEL_EXTENSIONS = (".xlsx", ".xlsm")

MAX_DATA_ROWS = 50_000
# Bounds on what a file may make the import do, checked before the work: a hostile or broken
# file is refused at once, naming the limit (a 1 MB .xlsx can unpack to gigabytes).
MAX_FILE_BYTES = 50_000_000
MAX_COLUMNS = 500
MAX_CELL_CHARS = 100_000
MAX_SHEET_ROWS = 200_000  # rows read from a worksheet, empty ones included
MAX_XLSX_UNPACKED_BYTES = 300_000_000
MAX_XLSX_RATIO = 200  # unpacked size / packed size of one part of the workbook
"""Files with more (non-empty) data rows than this are refused rather than half imported."""

# The limits of the customer table (coursebook.storage.models.CustomerRow); a longer value is
# reported per row here instead of failing the whole import later.
MAX_NAME_CHARS = 200
MAX_ORGANISATION_CHARS = 200
MAX_EMAIL_CHARS = 320
MAX_PHONE_CHARS = 50

_DELIMITERS = (";", ",", "\t")  # in order of preference when a header fits more than one
_NO_TEXT = " \t\r\n;,"  # a row with nothing else in it is empty
_SAMPLE_CHARS = 64 * 1024  # enough text to find the header row and its delimiter
_SHOWN_CHARS = 60  # a value quoted in a reason is cut off after this many characters


class FileProblem(Enum):
    """Why a customer file as a whole cannot be read (parameters beside each)."""

    NO_EXTENSION = "no_extension"
    WRONG_EXTENSION = "wrong_extension"  # suffix
    SPREADSHEET_EXTENSION = "spreadsheet_extension"  # suffix: .xls, .ods, .numbers
    TOO_MANY_ROWS = "too_many_rows"  # limit
    ONLY_EMPTY_ROWS = "only_empty_rows"
    NOT_FOUND = "not_found"
    IS_FOLDER = "is_folder"
    NO_PERMISSION = "no_permission"
    CANNOT_OPEN = "cannot_open"  # detail
    EMPTY = "empty"
    CSV_IS_XLSX = "csv_is_xlsx"
    CSV_IS_XLS = "csv_is_xls"
    NOT_TEXT = "not_text"
    UNKNOWN_ENCODING = "unknown_encoding"
    CELL_TOO_LONG = "cell_too_long"  # line
    CSV_UNREADABLE = "csv_unreadable"  # line, detail
    XLSX_PROTECTED = "xlsx_protected"
    NOT_XLSX = "not_xlsx"  # suffix
    XLSX_DAMAGED = "xlsx_damaged"
    NO_WORKSHEET = "no_worksheet"
    FILE_TOO_BIG = "file_too_big"  # limit (MB)
    TOO_MANY_COLUMNS = "too_many_columns"  # limit
    XLSX_TOO_BIG = "xlsx_too_big"  # limit (MB)


_KNOWN_KINDS = "a CSV file (.csv or .txt) or an Excel workbook (.xlsx or .xlsm)"
_SAVE_AS_CSV = "In Excel, use “Save as” and choose CSV, or import the workbook itself."
_FILE_ENGLISH = {
    FileProblem.NO_EXTENSION: f"This file has no extension; choose {_KNOWN_KINDS}.",
    FileProblem.WRONG_EXTENSION: "Files ending in {suffix} cannot be imported; choose "
    + _KNOWN_KINDS
    + ".",
    FileProblem.SPREADSHEET_EXTENSION: "Files ending in {suffix} cannot be imported; choose "
    + _KNOWN_KINDS
    + ". Open the file in its spreadsheet program and save it as .xlsx or CSV first.",
    FileProblem.TOO_MANY_ROWS: "This file has more than {limit:,} customers, which is more "
    "than can be imported at once. Split it into smaller files.",
    FileProblem.ONLY_EMPTY_ROWS: "This file has only empty rows: there is no header row and "
    "no data.",
    FileProblem.NOT_FOUND: "This file does not exist (any more).",
    FileProblem.IS_FOLDER: "This is a folder, not a file.",
    FileProblem.NO_PERMISSION: "This file cannot be opened: there is no permission to read "
    "it, or another program (such as Excel) has it open. Close it there and try again.",
    FileProblem.CANNOT_OPEN: "This file cannot be opened ({detail}).",
    FileProblem.EMPTY: "This file is empty.",
    FileProblem.CSV_IS_XLSX: "This is not a CSV text file but looks like an Excel workbook. "
    + _SAVE_AS_CSV,
    FileProblem.CSV_IS_XLS: "This is not a CSV text file but looks like an old Excel file. "
    + _SAVE_AS_CSV,
    FileProblem.NOT_TEXT: "This is not a text file; it cannot be read as CSV.",
    FileProblem.UNKNOWN_ENCODING: "The text in this file is in an unknown character encoding. "
    "Save it as “CSV UTF-8” and try again.",
    FileProblem.CELL_TOO_LONG: "A cell that starts at or before line {line} is too long to be "
    'a customer detail. Perhaps a quote (") is missing, so that the rest of the file looks '
    "like one cell.",
    FileProblem.CSV_UNREADABLE: "This file cannot be read as CSV near line {line} ({detail}).",
    FileProblem.XLSX_PROTECTED: "This is not an .xlsx workbook: it is either protected with a "
    "password or an old Excel (.xls) file under another name. Remove the password, or save "
    "it as .xlsx or CSV, and try again.",
    FileProblem.NOT_XLSX: "This is not an Excel workbook, although its name ends in {suffix}. "
    "Perhaps it is a CSV or text file that was renamed; give it the right extension.",
    FileProblem.XLSX_DAMAGED: "This Excel workbook is damaged or not really an Excel workbook, "
    "so it cannot be read. Open it in Excel and save it again, or save it as CSV.",
    FileProblem.NO_WORKSHEET: "This Excel workbook has no worksheet.",
    FileProblem.FILE_TOO_BIG: "This file is larger than {limit} MB, far more than a customer "
    "list needs. Check that it is the right file, or split it.",
    FileProblem.TOO_MANY_COLUMNS: "This file has more than {limit} columns, far more than a "
    "customer list needs. Check that it is the right file.",
    FileProblem.XLSX_TOO_BIG: "This Excel workbook unpacks to more than {limit} MB (or packs "
    "far more tightly than a real workbook does), so it is not read. Save it as CSV, or "
    "check where it came from.",
}


class CustomerFileError(Exception):
    """The file as a whole cannot be read.

    ``path`` is the file; ``problem`` and ``params`` say what is wrong (the window says it in
    the person's language); ``reason`` is the same in English, one or two sentences saying
    what is wrong and, where we can tell, what to do about it.
    """

    def __init__(self, path: Path, problem: FileProblem, **params: object) -> None:
        self.path = path
        self.problem = problem
        self.params = params
        self.reason = _FILE_ENGLISH[problem].format(**params)
        super().__init__(f"{path.name}: {self.reason}")


@dataclass(frozen=True)
class Table:
    """The contents of a customer file, as text.

    ``headers`` are the cells of the header row (the first row that is not empty), stripped of
    surrounding white space, without trailing empty cells. ``rows`` are the data rows after it
    that are not empty, each as ``(row number, cells)``; see the module documentation for how row
    numbers are counted. A row is empty when it holds nothing but white space, or nothing but
    white space, semicolons and commas (``;;;`` is empty in a comma separated file too).

    A row has at least ``len(headers)`` cells (short rows are padded with ``""``); it has more
    only when it has text in columns to the right of the last header. Cells are as written in
    the file, except that line breaks inside a cell are always ``"\\n"``.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


@dataclass(frozen=True)
class CustomerCandidate:
    """A customer ready to import, cleaned up and checked. ``row`` is where it came from."""

    row: int
    name: str
    organisation: str
    email: str
    phone: str
    score: int | None
    notes: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class SkippedRow:
    """A data row that is not imported, and why: a code with its parameters (`params`: the
    value quoted, the limit, the earlier row), which the window says in the person's
    language; `reason` is the same in English (a short sentence without a capital), for the
    command line."""

    row: int
    reason: str
    code: SkipReason | None = dataclass_field(default=None, compare=False)
    params: Mapping[str, object] = dataclass_field(default_factory=dict, compare=False)


class SkipReason(Enum):
    NO_NAME = "no_name"
    NAME_TOO_LONG = "name_too_long"  # limit
    ORGANISATION_TOO_LONG = "organisation_too_long"  # limit
    PHONE_TOO_LONG = "phone_too_long"  # value, limit
    EMAIL_INVALID = "email_invalid"  # value
    SCORE_INVALID = "score_invalid"  # value
    SAME_AS_ROW = "same_as_row"  # row
    NOT_TEXT = "not_text"  # bytes in the row are not text in the file's encoding


_SKIP_ENGLISH = {
    SkipReason.NO_NAME: "the row has no name and no organisation",
    SkipReason.NAME_TOO_LONG: "the name is longer than {limit} characters",
    SkipReason.ORGANISATION_TOO_LONG: "the organisation is longer than {limit} characters",
    SkipReason.PHONE_TOO_LONG: "the phone number {value} is longer than {limit} characters",
    SkipReason.EMAIL_INVALID: "e-mail address {value} is not valid",
    SkipReason.SCORE_INVALID: "score {value} is not a whole number from 0 to 10",
    SkipReason.SAME_AS_ROW: "same customer as row {row}",
    SkipReason.NOT_TEXT: "the row holds bytes that are not text (the rest of the file is UTF-8)",
}


# --------------------------------------------------------------------------------------------
# Reading files


def read_table(path: Path) -> Table:
    """Read the header row and data rows of a CSV file or the first worksheet of an Excel file.

    The kind of file is taken from the extension: ``.csv`` and ``.txt`` are read as CSV text,
    ``.xlsx`` and ``.xlsm`` as Excel workbooks. Raises :class:`CustomerFileError` for a file that
    cannot be read, that has no header row, or that has more than :data:`MAX_DATA_ROWS` rows.
    A header row without data rows is not an error: the table then has no rows.
    """
    suffix = path.suffix.lower()
    try:
        too_big = path.is_file() and path.stat().st_size > MAX_FILE_BYTES
    except OSError:
        too_big = False  # said when it is opened
    if too_big:
        raise CustomerFileError(path, FileProblem.FILE_TOO_BIG, limit=MAX_FILE_BYTES // 1_000_000)
    if suffix in CSV_EXTENSIONS:
        return _read_csv(path)
    if suffix in EXCEL_EXTENSIONS:
        return _read_excel(path)
    if not suffix:
        raise CustomerFileError(path, FileProblem.NO_EXTENSION)
    if suffix in (".xls", ".ods", ".numbers"):
        raise CustomerFileError(path, FileProblem.SPREADSHEET_EXTENSION, suffix=suffix)
    raise CustomerFileError(path, FileProblem.WRONG_EXTENSION, suffix=suffix)


class _TableBuilder:
    """Collects rows as they are read: finds the header row, drops empty rows, counts rows."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._headers: tuple[str, ...] | None = None
        self._rows: list[tuple[int, tuple[str, ...]]] = []

    def add(self, number: int, cells: Sequence[str]) -> None:
        if len(cells) > MAX_COLUMNS and any(cell.strip() for cell in cells[MAX_COLUMNS:]):
            raise CustomerFileError(self._path, FileProblem.TOO_MANY_COLUMNS, limit=MAX_COLUMNS)
        cells = cells[:MAX_COLUMNS]
        if any(len(cell) > MAX_CELL_CHARS for cell in cells):
            raise CustomerFileError(self._path, FileProblem.CELL_TOO_LONG, line=number)
        width = len(cells)
        while width and not cells[width - 1].strip():
            width -= 1
        if not any(cell.strip(_NO_TEXT) for cell in cells[:width]):
            # An empty row, skipped without a word. A row of only delimiters (";;;" in a comma
            # separated file: rows pasted from another export) counts as empty too.
            return
        if self._headers is None:
            self._headers = tuple(_one_kind_of_line_break(cell).strip() for cell in cells[:width])
            return
        if len(self._rows) >= MAX_DATA_ROWS:
            raise CustomerFileError(self._path, FileProblem.TOO_MANY_ROWS, limit=MAX_DATA_ROWS)
        kept = tuple(_one_kind_of_line_break(cell) for cell in cells[:width])
        if width < len(self._headers):
            kept += ("",) * (len(self._headers) - width)
        self._rows.append((number, kept))

    def table(self) -> Table:
        if self._headers is None:
            raise CustomerFileError(self._path, FileProblem.ONLY_EMPTY_ROWS)
        return Table(self._headers, tuple(self._rows))


def _one_kind_of_line_break(cell: str) -> str:
    if "\r" in cell:
        return cell.replace("\r\n", "\n").replace("\r", "\n")
    return cell


def _open_error(path: Path, exc: OSError) -> CustomerFileError:
    if isinstance(exc, FileNotFoundError):
        return CustomerFileError(path, FileProblem.NOT_FOUND)
    if isinstance(exc, IsADirectoryError):
        return CustomerFileError(path, FileProblem.IS_FOLDER)
    if isinstance(exc, PermissionError):
        return CustomerFileError(path, FileProblem.NO_PERMISSION)
    return CustomerFileError(path, FileProblem.CANNOT_OPEN, detail=exc.strerror or exc)


def _first_bytes(path: Path, count: int) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(count)
    except OSError as exc:
        raise _open_error(path, exc) from exc


_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and password-protected .xlsx


def _read_csv(path: Path) -> Table:
    data = _all_bytes(path)  # read once: bounded by MAX_FILE_BYTES
    head = data[:4096]
    if not head:
        raise CustomerFileError(path, FileProblem.EMPTY)
    if head.startswith(_ZIP_MAGIC):
        raise CustomerFileError(path, FileProblem.CSV_IS_XLSX)
    if head.startswith(_OLE_MAGIC):
        raise CustomerFileError(path, FileProblem.CSV_IS_XLS)
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in head:
        raise CustomerFileError(path, FileProblem.NOT_TEXT)
    return _parse_csv(path, _decode(path, data))


def _all_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _open_error(path, exc) from exc


def _decode(path: Path, data: bytes) -> str:
    """The file's text. UTF-16 with its byte-order mark (Excel's "Unicode text"); UTF-8 when
    the file is UTF-8, even with a stray byte or two (shown as U+FFFD: those rows are
    reported, the rest read as written); else Windows-1252, what Excel on Windows writes for
    "CSV (semicolon separated)"."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
        decoded = data.decode("utf-8-sig", errors="replace")
        stray = decoded.count("\ufffd")
        good = sum(1 for char in decoded if ord(char) > 127) - stray
        return decoded if good > stray else data.decode("cp1252")
    except UnicodeError as exc:
        raise CustomerFileError(path, FileProblem.UNKNOWN_ENCODING) from exc


def _parse_csv(path: Path, text: str) -> Table:
    builder = _TableBuilder(path)
    delimiter, skip_first_line = _sniff_delimiter(text[:_SAMPLE_CHARS])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    if skip_first_line:
        next(reader, None)
    try:
        # One record is one spreadsheet row, whatever the number of lines it spans.
        for number, record in enumerate(reader, start=1):
            builder.add(number, record)
    except csv.Error as exc:
        raise _csv_error(path, exc, reader.line_num) from exc
    return builder.table()


def _csv_error(path: Path, exc: csv.Error, line: int) -> CustomerFileError:
    if "field larger than field limit" in str(exc):
        return CustomerFileError(path, FileProblem.CELL_TOO_LONG, line=line)
    return CustomerFileError(path, FileProblem.CSV_UNREADABLE, line=line, detail=exc)


_SEP_LINE = re.compile(r"sep=([^\r\n\"])[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)


def _sniff_delimiter(sample: str) -> tuple[str, bool]:
    """The delimiter of the CSV text starting with `sample`, and whether line 1 is ``sep=X``.

    csv.Sniffer guesses from how often characters occur, and splitting the header on each
    candidate in turn misleads too (with the wrong delimiter, quotes are not where csv expects
    them). Instead, the delimiters *outside quotes* in the header row are counted, and the most
    frequent one wins; on a tie (also when there are none) the first of ``; , tab`` wins.
    """
    explicit = _SEP_LINE.match(sample)
    if explicit:
        return explicit.group(1), True
    counts = _header_delimiter_counts(sample)
    best = max(_DELIMITERS, key=lambda d: (counts[d], -_DELIMITERS.index(d)))
    return best, False


def _header_delimiter_counts(sample: str) -> dict[str, int]:
    """How often each candidate delimiter occurs outside quotes in the header row of `sample`.

    The header row is the first row with more than white space and delimiters in it (a row like
    ``;;;`` is empty whatever the delimiter). As in csv.reader, a quote opens a quoted cell only at
    the start of a cell, which here is the start of the row or just after any candidate
    delimiter; inside, ``""`` is a quote and line breaks do not end the row.
    """
    counts = dict.fromkeys(_DELIMITERS, 0)
    in_quotes = False
    cell_start = True
    row_has_text = False
    index = 0
    while index < len(sample):
        char = sample[index]
        index += 1
        if in_quotes:
            if char == '"':
                if sample.startswith('"', index):
                    index += 1  # a doubled quote inside quotes
                else:
                    in_quotes = False
        elif char == '"' and cell_start:
            in_quotes = True
            row_has_text = True
            cell_start = False
        elif char in counts:
            counts[char] += 1
            cell_start = True
        elif char in "\r\n":
            if row_has_text:
                break
            counts = dict.fromkeys(_DELIMITERS, 0)  # an empty row before the header
            cell_start = True
        else:
            cell_start = False
            row_has_text = row_has_text or not char.isspace()
    return counts


def _read_excel(path: Path) -> Table:
    head = _first_bytes(path, len(_OLE_MAGIC))
    if not head:
        raise CustomerFileError(path, FileProblem.EMPTY)
    if head.startswith(_OLE_MAGIC):
        raise CustomerFileError(path, FileProblem.XLSX_PROTECTED)
    if not head.startswith(_ZIP_MAGIC):
        raise CustomerFileError(path, FileProblem.NOT_XLSX, suffix=path.suffix)
    _refuse_zip_bomb(path)
    try:
        with path.open("rb") as file:
            # openpyxl raises all kinds of exceptions for damaged files (BadZipFile, KeyError,
            # XML parse errors, ValueError, ...): any of them means the same thing to a person.
            from openpyxl import load_workbook  # type: ignore[import-untyped, unused-ignore]

            try:
                workbook = load_workbook(file, read_only=True, data_only=True)
            except Exception as exc:
                raise CustomerFileError(path, FileProblem.XLSX_DAMAGED) from exc
            try:
                return _read_first_sheet(path, workbook)
            except CustomerFileError:
                raise
            except Exception as exc:
                raise CustomerFileError(path, FileProblem.XLSX_DAMAGED) from exc
            finally:
                workbook.close()
    except OSError as exc:
        raise _open_error(path, exc) from exc


def _refuse_zip_bomb(path: Path) -> None:
    """Look at the sizes the archive declares before anything is unpacked: a workbook that
    would unpack to hundreds of MB, or packs far more tightly than real ones do, is refused."""
    import zipfile

    limit = MAX_XLSX_UNPACKED_BYTES // 1_000_000
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CustomerFileError(path, FileProblem.XLSX_DAMAGED) from exc
    if sum(member.file_size for member in members) > MAX_XLSX_UNPACKED_BYTES:
        raise CustomerFileError(path, FileProblem.XLSX_TOO_BIG, limit=limit)
    for member in members:
        if member.file_size > 1_000_000 and (
            member.file_size > MAX_XLSX_RATIO * max(1, member.compress_size)
        ):
            raise CustomerFileError(path, FileProblem.XLSX_TOO_BIG, limit=limit)


def _read_first_sheet(path: Path, workbook: Workbook) -> Table:
    sheets = workbook.worksheets
    if not sheets:
        raise CustomerFileError(path, FileProblem.NO_WORKSHEET)
    sheet = sheets[0]
    # The stored size of a sheet is sometimes wrong (other programs write it carelessly); read
    # all the cells there are instead of trusting it.
    sheet.reset_dimensions()
    builder = _TableBuilder(path)
    # Read-only worksheets yield every row from row 1 on, an empty tuple for a missing row.
    rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1)
    for number, values in enumerate(rows, start=1):
        if number > MAX_SHEET_ROWS:
            raise CustomerFileError(path, FileProblem.TOO_MANY_ROWS, limit=MAX_DATA_ROWS)
        builder.add(number, [_excel_text(value) for value in values])
    return builder.table()


def _excel_text(value: object) -> str:
    """A cell value as text, as a person would type it (not as Excel formats it on screen)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return f"{value:.15g}"  # 0.30000000000000004 → 0.3, as Excel shows it
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)  # a duration (timedelta), or whatever a later openpyxl may return


# --------------------------------------------------------------------------------------------
# Guessing which column is which

# Header names after _header_key(), most telling first: when two columns match the same field,
# the one whose name comes first here wins (then the leftmost column).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "naam",
        "name",
        "fullname",
        "volledigenaam",
        "klantnaam",
        "naamklant",
        "customername",
        "contactpersoon",
        "contactnaam",
        "contactname",
        "contactperson",
        "klant",
        "customer",
        "contact",
    ),
    "organisation": (
        "bedrijf",
        "bedrijfsnaam",
        "organisatie",
        "organisatienaam",
        "firma",
        "firmanaam",
        "company",
        "companyname",
        "organisation",
        "organization",
        "organisationname",
        "organizationname",
    ),
    "email": (
        "email",
        "emailadres",
        "emailaddress",
        "mail",
        "mailadres",
        "mailaddress",
    ),
    "phone": (
        "telefoon",
        "telefoonnummer",
        "telefoonnr",
        "telnr",
        "tel",
        "mobiel",
        "mobielnummer",
        "mobielnr",
        "gsm",
        "phone",
        "phonenumber",
        "telephone",
        "telephonenumber",
        "mobile",
        "mobilenumber",
        "mobilephone",
    ),
    "score": (
        "score",
        "cijfer",
        "klantcijfer",
        "nps",
        "npsscore",
        "aanbeveling",
        "rating",
        "beoordeling",
        "waardering",
    ),
    "notes": (
        "notities",
        "notitie",
        "opmerkingen",
        "opmerking",
        "toelichting",
        "notes",
        "note",
        "remarks",
        "remark",
        "comments",
        "comment",
        "memo",
    ),
    # "segment" is deliberately absent: in Coursebook a segment is detractor/passive/promoter.
    "tags": (
        "tags",
        "tag",
        "labels",
        "label",
        "categorie",
        "categorieen",
        "category",
        "categories",
        "groep",
        "groepen",
        "group",
        "groups",
    ),
}

_FIRST_NAME = ("voornaam", "roepnaam", "firstname", "givenname", "forename")
_MIDDLE_NAME = ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "middlename", "infix")
_LAST_NAME = ("achternaam", "familienaam", "lastname", "surname", "familyname")

_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_TRAILING_DIGITS = re.compile(r"\d+$")


def _header_key(header: str) -> str:
    """`header` reduced for matching: "E-mailadres" → "emailadres", "Cijfer (0-10)" → "cijfer",
    "Catégorie" → "categorie"."""

    def reduce(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.casefold())
        return "".join(char for char in text if char.isalnum())  # accents are not alnum

    return reduce(_BRACKETED.sub(" ", header)) or reduce(header)


def guess_mapping(headers: Sequence[str]) -> dict[str, int | None]:
    """Guess which column (index into `headers`) holds each field, from Dutch or English headers.

    Headers are compared without regard to case, accents, spaces, punctuation and text in
    brackets ("Cijfer (0-10)" is "cijfer"); a header that does not match as it is, is tried again
    without a number at the end ("Telefoon 2"). A column is used for at most one field. The result
    has exactly the keys of :data:`MAPPING_KEYS`; fields not found are ``None``. When there is no
    single name column but first/last name columns, ``name`` is the first-name column and
    ``name_middle``/``name_last`` are filled as described in the module documentation.
    """
    keys = [_header_key(header) for header in headers]
    used: set[int] = set()
    # Where each key occurs, so that finding a field is a look-up, not a scan of every column.
    exact: dict[str, list[int]] = {}
    loose: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        exact.setdefault(key, []).append(index)
        loose.setdefault(_TRAILING_DIGITS.sub("", key), []).append(index)

    def find(synonyms: Sequence[str]) -> int | None:
        for positions in (exact, loose):
            for synonym in synonyms:
                for index in positions.get(synonym, ()):
                    if index not in used:
                        used.add(index)
                        return index
        return None

    mapping: dict[str, int | None] = {key: None for key in MAPPING_KEYS}
    for field in FIELDS:
        mapping[field] = find(_SYNONYMS[field])
    if mapping["name"] is None:
        first, middle, last = find(_FIRST_NAME), find(_MIDDLE_NAME), find(_LAST_NAME)
        if first is not None:
            mapping["name"], mapping["name_middle"], mapping["name_last"] = first, middle, last
        elif last is not None and middle is not None:
            # "van der" + "Berg": the parts are joined in the order name, name_middle, name_last.
            mapping["name"], mapping["name_last"] = middle, last
        elif last is not None:
            mapping["name"] = last
    return mapping


# --------------------------------------------------------------------------------------------
# From rows to customers


class _Skip(Exception):
    """A data row cannot be imported, for this reason."""

    def __init__(self, code: SkipReason, **params: object) -> None:
        self.code = code
        self.params = params
        self.reason = _SKIP_ENGLISH[code].format(**params)
        super().__init__(self.reason)


_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
_SCORE = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_TAG_SEPARATORS = re.compile(r"[;,|]")


def candidates(
    table: Table, mapping: Mapping[str, int | None]
) -> tuple[list[CustomerCandidate], list[SkippedRow]]:
    """The customers in `table`, read with `mapping`, and the rows that are skipped and why.

    Per row: names and organisations are trimmed and runs of white space become one space; an
    empty name is replaced by the organisation; e-mail addresses are lower-cased and must look
    like one; a score must be a whole number from 0 to 10 ("8", "8.0", "8,0") or empty; tags are
    split on ``;``, ``,`` and ``|``, without empty or repeated (case-insensitively) tags. A row
    that is the same customer as an earlier row (same e-mail address, or without one the same
    name and organisation) is skipped. Both lists are in row order.

    Raises ValueError for a mapping with unknown keys or negative indexes, or without a column
    for the name or the organisation (every row would be skipped; the UI should prevent it).
    """
    unknown = set(mapping) - set(MAPPING_KEYS)
    if unknown:
        raise ValueError(f"unknown mapping keys: {', '.join(sorted(unknown))}")
    if any(index is not None and index < 0 for index in mapping.values()):
        raise ValueError("column indexes in a mapping cannot be negative")
    if all(mapping.get(key) is None for key in ("name", "organisation", *NAME_PART_KEYS)):
        raise ValueError("the mapping needs a column for the name or the organisation")

    found: list[CustomerCandidate] = []
    skipped: list[SkippedRow] = []
    first_row_of: dict[tuple[str, str, str], int] = {}
    for number, cells in table.rows:
        try:
            candidate = _candidate(number, cells, mapping)
            key = _identity(candidate)
            if key in first_row_of:
                raise _Skip(SkipReason.SAME_AS_ROW, row=first_row_of[key])
        except _Skip as skip:
            skipped.append(SkippedRow(number, skip.reason, skip.code, skip.params))
            continue
        first_row_of[key] = number
        found.append(candidate)
    return found, skipped


# What Excel (and LibreOffice) read as the start of a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(value: object) -> object:
    """A cell Excel shows as text, never runs: a text starting like a formula gets a leading
    apostrophe (the import takes exactly that apostrophe off again: `from_text_cell`)."""
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_STARTS):
        return "'" + value  # "'=x", typed so, becomes "''=x" and comes back as "'=x"
    return value


def from_text_cell(value: str) -> str:
    """Undo `as_text_cell`: an apostrophe before a formula start is ours, not the person's."""
    if value.startswith("'") and value.lstrip("'").startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _candidate(
    number: int, cells: Sequence[str], mapping: Mapping[str, int | None]
) -> CustomerCandidate:
    def cell(key: str) -> str:
        index = mapping.get(key)
        return from_text_cell(cells[index]) if index is not None and index < len(cells) else ""

    if any("\ufffd" in value for value in cells):
        raise _Skip(SkipReason.NOT_TEXT)
    name = _one_line(" ".join(cell(key) for key in ("name", *NAME_PART_KEYS)))
    organisation = _one_line(cell("organisation"))
    if not name:
        if not organisation:
            raise _Skip(SkipReason.NO_NAME)
        name = organisation
    if len(name) > MAX_NAME_CHARS:
        raise _Skip(SkipReason.NAME_TOO_LONG, limit=MAX_NAME_CHARS)
    if len(organisation) > MAX_ORGANISATION_CHARS:
        raise _Skip(SkipReason.ORGANISATION_TOO_LONG, limit=MAX_ORGANISATION_CHARS)
    email = _email(cell("email"))
    phone = _one_line(cell("phone"))
    if len(phone) > MAX_PHONE_CHARS:
        raise _Skip(SkipReason.PHONE_TOO_LONG, value=_shown(phone), limit=MAX_PHONE_CHARS)
    return CustomerCandidate(
        row=number,
        name=name,
        organisation=organisation,
        email=email,
        phone=phone,
        score=_score(cell("score")),
        notes=_one_kind_of_line_break(cell("notes")).strip(),
        tags=_tags(cell("tags")),
    )


def _one_line(text: str) -> str:
    """`text` trimmed, with every run of white space (line breaks too) made one space."""
    return " ".join(text.split())


def _shown(value: str) -> str:
    """`value` quoted for a reason, on one line and cut short when long."""
    value = _one_line(value)
    if len(value) > _SHOWN_CHARS:
        value = value[: _SHOWN_CHARS - 1] + "…"
    return f"'{value}'"


def _email(raw: str) -> str:
    text = raw.strip()
    if not text:
        return ""
    if len(text) > MAX_EMAIL_CHARS or not _EMAIL.fullmatch(text):
        raise _Skip(SkipReason.EMAIL_INVALID, value=_shown(text))
    return text.lower()


def _score(raw: str) -> int | None:
    text = raw.strip()
    if not text:
        return None
    if _SCORE.fullmatch(text):
        value = Decimal(text.replace(",", "."))
        if value == value.to_integral_value() and 0 <= value <= 10:
            return int(value)
    raise _Skip(SkipReason.SCORE_INVALID, value=_shown(text))


def _tags(raw: str) -> tuple[str, ...]:
    tags: dict[str, str] = {}  # casefolded → as first written; dicts keep their order
    for part in _TAG_SEPARATORS.split(raw):
        tag = _one_line(part)
        if tag:
            tags.setdefault(tag.casefold(), tag)
    return tuple(tags.values())


def _identity(candidate: CustomerCandidate) -> tuple[str, str, str]:
    if candidate.email:
        return ("email", candidate.email, "")
    return ("name", *customer_key(candidate.name, candidate.organisation))
