"""Importing customer lists from CSV and Excel files as small businesses really have them."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from coursebook.storage.database import Database
from coursebook.workbook.customer_import import (
    FIELDS,
    MAPPING_KEYS,
    MAX_DATA_ROWS,
    CustomerCandidate,
    CustomerFileError,
    FileProblem,
    SkippedRow,
    Table,
    candidates,
    guess_mapping,
    read_table,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "customers"


def _make_xlsx_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_xlsx", DATA / "make_xlsx.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mapping(**columns: int | None) -> dict[str, int | None]:
    mapping: dict[str, int | None] = dict.fromkeys(MAPPING_KEYS)
    mapping.update(columns)
    return mapping


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _reason(path: Path) -> str:
    with pytest.raises(CustomerFileError) as caught:
        read_table(path)
    assert caught.value.path == path
    assert path.name in str(caught.value)
    return caught.value.reason


# --------------------------------------------------------------------------------------------
# Dutch Excel: semicolons, Windows-1252, CRLF, a multi-line cell


def test_dutch_excel_csv_table() -> None:
    table = read_table(DATA / "dutch-excel.csv")
    # The trailing ";;" of every line are empty columns and are dropped.
    assert table.headers == ("Naam", "Bedrijf", "E-mailadres", "Telefoon", "Cijfer", "Opmerkingen")
    # Rows 5 (";;;;;;;") and 13 (an empty line) are empty and left out without a word.
    assert [number for number, _ in table.rows] == [2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15]
    rows = dict(table.rows)
    # Windows-1252 é and ë, the Dutch-comma score, as written (not yet cleaned up).
    assert rows[2] == (
        "José Smeets",
        "Bakkerij Smeets",
        "Jose.Smeets@Bakkerij-Smeets.nl",
        "06-12345678",
        "8,0",
        "Klant sinds 2019",
    )
    # A quoted cell with a semicolon and a CRLF line break in it: one spreadsheet row (4),
    # although it spans lines 4 and 5 of the file; the line break is "\n".
    assert rows[4] == (
        "Zoë Bakker",
        "",
        "zoe.bakker@gmail.com",
        "",
        "10",
        "Belt liever niet; mailt wel\nVoorkeur: ochtend, vóór 10 uur",
    )
    # The row after it is row 6 as Excel shows it (line 7 in a text editor).
    assert rows[6] == ("Café 't Hoekje", "", "", "020-6221234", "", 'Zegt "altijd" ja')
    assert rows[12][5] == 'Zei: "top service"'
    assert all(len(cells) == len(table.headers) for _, cells in table.rows)


def test_dutch_excel_csv_mapping() -> None:
    table = read_table(DATA / "dutch-excel.csv")
    assert guess_mapping(table.headers) == _mapping(
        name=0, organisation=1, email=2, phone=3, score=4, notes=5
    )


def test_dutch_excel_csv_candidates_and_skipped_rows() -> None:
    table = read_table(DATA / "dutch-excel.csv")
    found, skipped = candidates(table, guess_mapping(table.headers))
    assert found == [
        CustomerCandidate(
            row=2,
            name="José Smeets",
            organisation="Bakkerij Smeets",
            email="jose.smeets@bakkerij-smeets.nl",
            phone="06-12345678",
            score=8,
            notes="Klant sinds 2019",
            tags=(),
        ),
        CustomerCandidate(
            row=3,
            name="Anouk de Vries",
            organisation="De Vries Installatietechniek B.V.",
            email="anouk@devries-installatie.nl",
            phone="010 234 5678",
            score=9,
            notes="",
            tags=(),
        ),
        CustomerCandidate(
            row=4,
            name="Zoë Bakker",
            organisation="",
            email="zoe.bakker@gmail.com",
            phone="",
            score=10,
            notes="Belt liever niet; mailt wel\nVoorkeur: ochtend, vóór 10 uur",
            tags=(),
        ),
        CustomerCandidate(
            row=6,
            name="Café 't Hoekje",
            organisation="",
            email="",
            phone="020-6221234",
            score=None,
            notes='Zegt "altijd" ja',
            tags=(),
        ),
        CustomerCandidate(
            row=10,
            name="Fietsenmaker Ruud",
            organisation="Fietsenmaker Ruud",
            email="info@fietsenmakerruud.nl",
            phone="",
            score=None,
            notes="",
            tags=(),
        ),
        CustomerCandidate(
            row=12,
            name="Ellen van Dijk",
            organisation="",
            email="ellen@vandijk.nl",
            phone="",
            score=9,
            notes='Zei: "top service"',
            tags=(),
        ),
        CustomerCandidate(
            row=15,
            name="Noël Hüsken",
            organisation="Hüsken Bouw",
            email="noel@husken-bouw.nl",
            phone="",
            score=0,
            notes="Ontevreden over levertijd",
            tags=(),
        ),
    ]
    assert skipped == [
        SkippedRow(7, "e-mail address 'karel.peeters@outlook' is not valid"),
        SkippedRow(8, "score '11' is not a whole number from 0 to 10"),
        SkippedRow(9, "same customer as row 2"),
        SkippedRow(11, "score '7,5' is not a whole number from 0 to 10"),
        SkippedRow(14, "the row has no name and no organisation"),
    ]


# --------------------------------------------------------------------------------------------
# English: commas, UTF-8 with BOM, quoted commas


def test_english_csv_with_bom() -> None:
    assert (DATA / "english-utf8-bom.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    table = read_table(DATA / "english-utf8-bom.csv")
    # No "\ufeff" glued to the first header.
    assert table.headers == ("Full name", "Company", "Email", "Phone", "Score", "Notes")
    assert [number for number, _ in table.rows] == [2, 3, 4, 5, 6, 7, 8, 10]
    rows = dict(table.rows)
    assert rows[2][:2] == ("Smith, John", "Acme Ltd")
    assert rows[3][:2] == ("Mary O'Brien", "Brown, Black & Co")
    assert rows[4][0] == "Łukasz Nowak"
    assert rows[4][5] == 'Said "great service", twice'
    mapping = guess_mapping(table.headers)
    assert mapping == _mapping(name=0, organisation=1, email=2, phone=3, score=4, notes=5)

    found, skipped = candidates(table, mapping)
    assert [(c.row, c.name, c.organisation, c.email, c.score) for c in found] == [
        (2, "Smith, John", "Acme Ltd", "john.smith@acme.example", 9),
        (3, "Mary O'Brien", "Brown, Black & Co", "mary@bbco.example", 10),
        (4, "Łukasz Nowak", "Nowak Sp. z o.o.", "lukasz@nowak.example", 8),
        (5, "Peter Parker", "Daily Bugle", "", None),
        (10, "Grace Hopper", "Navy", "grace@navy.example", 10),
    ]
    assert found[0].phone == "+44 20 7946 0958"
    assert found[0].notes == "Prefers email, not phone"
    assert skipped == [
        # No e-mail address: the same name and organisation, whatever the case and spacing.
        SkippedRow(6, "same customer as row 5"),
        SkippedRow(7, "e-mail address 'ana garcia@example.com' is not valid"),
        SkippedRow(8, "score 'n/a' is not a whole number from 0 to 10"),
    ]


# --------------------------------------------------------------------------------------------
# Voornaam / Tussenvoegsel / Achternaam


def test_first_and_last_name_columns_are_combined() -> None:
    table = read_table(DATA / "first-last-names.csv")
    assert table.headers == (
        "Voornaam",
        "Tussenvoegsel",
        "Achternaam",
        "Organisatie",
        "E-mail",
        "Mobiel",
        "Tags",
    )
    mapping = guess_mapping(table.headers)
    assert mapping == _mapping(
        name=0, name_middle=1, name_last=2, organisation=3, email=4, phone=5, tags=6
    )
    found, skipped = candidates(table, mapping)
    assert [(c.row, c.name, c.organisation, c.tags) for c in found] == [
        (2, "Jan van der Berg", "Berg Hoveniers", ("vip", "hovenier")),
        (3, "Fatima El Amrani", "", ("nieuw",)),
        (4, "Stichting Buurtzorg Noord", "Stichting Buurtzorg Noord", ("zorg", "non-profit")),
        (5, "Pieter de Groot", "", ()),
        (6, "van Houten", "", ()),
    ]
    assert found[0].phone == "06 11122233"
    assert skipped == [SkippedRow(7, "the row has no name and no organisation")]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["First name", "Last name", "Email"], {"name": 0, "name_last": 1, "email": 2}),
        (["Surname", "First Name"], {"name": 1, "name_last": 0}),
        (["Achternaam", "Tussenvoegsel"], {"name": 1, "name_last": 0}),
        (["Achternaam"], {"name": 0}),
        # A single name column wins; the parts are then not used.
        (["Voornaam", "Achternaam", "Naam"], {"name": 2}),
        # A particle alone is no name.
        (["Tussenvoegsel", "Bedrijf"], {"organisation": 1}),
    ],
)
def test_guess_mapping_name_parts(headers: list[str], expected: dict[str, int]) -> None:
    assert guess_mapping(headers) == _mapping(**expected)


# --------------------------------------------------------------------------------------------
# Tab-separated text, Excel's "Text (tab delimited)" in Windows-1252


def test_tab_separated_text() -> None:
    table = read_table(DATA / "tabs.txt")
    assert table.headers == (
        "Klantnaam",
        "Firma",
        "Mail",
        "Tel.",
        "NPS",
        "Notities",
        "Labels",
        "Segment",
    )
    assert [number for number, _ in table.rows] == [2, 3, 5, 6]
    # Semicolons and commas in a cell do not make more columns.
    assert dict(table.rows)[2][5] == "Komt elke week; koopt kibbeling, lekkerbekjes"
    mapping = guess_mapping(table.headers)
    # "Segment" is something else in Coursebook (detractor/passive/promoter): never tags.
    assert mapping == _mapping(name=0, organisation=1, email=2, phone=3, score=4, notes=5, tags=6)
    found, skipped = candidates(table, mapping)
    assert [(c.row, c.name, c.score, c.tags) for c in found] == [
        (2, "Henk Visser", 6, ("markt", "vaste klant")),
        (3, "Sanne Mulder", 9, ("markt",)),
        (6, "Ingrid Smit", 10, ("vaste klant", "Markt")),
    ]
    assert found[2].notes == "Héél tevreden"
    assert skipped == [SkippedRow(5, "e-mail address 'gerrit@deboer' is not valid")]


# --------------------------------------------------------------------------------------------
# Excel workbooks


def test_xlsx_workbook(tmp_path: Path) -> None:
    path = _make_xlsx_module().write_customers_xlsx(tmp_path / "klanten.xlsx")
    table = read_table(path)
    # Row 1 is empty, so the headers are in row 2; the formatted empty column is dropped, and
    # the second worksheet is not read.
    assert table.headers == (
        "Klant",
        "Bedrijfsnaam",
        "E-mail",
        "Telefoonnummer",
        "Cijfer (0-10)",
        "Klant sinds",
        "Opmerkingen",
        "Categorie",
        "Segment",
    )
    assert table.rows == (
        (
            3,
            (
                "Bram Hendriks",
                "Hendriks Fietsen",
                "bram@hendriksfietsen.nl",
                "06-24681357",
                "8",
                "2021-03-01",
                "Vaste klant",
                "fietsen; reparatie",
                "promoter",
            ),
        ),
        (
            4,
            (
                "Lotte de Wit",
                "",
                "LOTTE@DEWIT.EXAMPLE",
                "612345678",
                "7",
                "2023-11-05 14:30:00",
                "Belt op vrijdag\nniet voor 9 uur",
                "Fietsen",
                "",
            ),
        ),
        # Row 5 is empty.
        (
            6,
            ("  Yusuf   Demir ", "Demir Kapsalon", "yusuf@demirkapsalon.example", "", "9.5")
            + ("",) * 4,
        ),
        (7, ("Eva Jacobs", "", "eva.jacobs@example.nl", "", "10", "2020-01-15", "", "", "passive")),
        (8, ("bram hendriks", "Hendriks Fietsen", "Bram@HendriksFietsen.nl", "", "6") + ("",) * 4),
    )
    mapping = guess_mapping(table.headers)
    assert mapping == _mapping(name=0, organisation=1, email=2, phone=3, score=4, notes=6, tags=7)
    found, skipped = candidates(table, mapping)
    assert found == [
        CustomerCandidate(
            row=3,
            name="Bram Hendriks",
            organisation="Hendriks Fietsen",
            email="bram@hendriksfietsen.nl",
            phone="06-24681357",
            score=8,
            notes="Vaste klant",
            tags=("fietsen", "reparatie"),
        ),
        CustomerCandidate(
            row=4,
            name="Lotte de Wit",
            organisation="",
            email="lotte@dewit.example",
            phone="612345678",
            score=7,
            notes="Belt op vrijdag\nniet voor 9 uur",
            tags=("Fietsen",),
        ),
        CustomerCandidate(
            row=7,
            name="Eva Jacobs",
            organisation="",
            email="eva.jacobs@example.nl",
            phone="",
            score=10,
            notes="",
            tags=(),
        ),
    ]
    assert skipped == [
        SkippedRow(6, "score '9.5' is not a whole number from 0 to 10"),
        SkippedRow(8, "same customer as row 3"),
    ]


def test_xlsm_is_read_as_excel(tmp_path: Path) -> None:
    path = _make_xlsx_module().write_customers_xlsx(tmp_path / "klanten.xlsm")
    assert read_table(path).headers[0] == "Klant"


def test_xlsx_with_only_empty_cells_has_no_header(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C4"] = "   "
    workbook.save(tmp_path / "leeg.xlsx")
    assert "only empty rows" in _reason(tmp_path / "leeg.xlsx")


def test_text_file_named_xlsx(tmp_path: Path) -> None:
    path = _write(tmp_path / "not-really.xlsx", "Naam;E-mail\r\nJan;jan@example.nl\r\n")
    assert _reason(path) == (
        "This is not an Excel workbook, although its name ends in .xlsx. "
        "Perhaps it is a CSV or text file that was renamed; give it the right extension."
    )


def test_zip_that_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "archief.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "Dit is geen werkmap.")
    assert _reason(path).startswith(
        "This Excel workbook is damaged or not really an Excel workbook"
    )


def test_truncated_xlsx(tmp_path: Path) -> None:
    whole = _make_xlsx_module().write_customers_xlsx(tmp_path / "heel.xlsx").read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert _reason(path).startswith("This Excel workbook is damaged")


def test_damaged_worksheet_inside_a_valid_zip(tmp_path: Path) -> None:
    good = _make_xlsx_module().write_customers_xlsx(tmp_path / "goed.xlsx")
    path = tmp_path / "kapot.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # XML cut off half way
            target.writestr(item, data)
    assert _reason(path).startswith("This Excel workbook is damaged")


def test_password_protected_or_old_excel_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "beveiligd.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert "protected with a password" in _reason(path)


def test_empty_xlsx_file(tmp_path: Path) -> None:
    path = tmp_path / "leeg.xlsx"
    path.write_bytes(b"")
    assert _reason(path) == "This file is empty."


# --------------------------------------------------------------------------------------------
# Encodings and delimiters


def test_windows_1252_is_decoded(tmp_path: Path) -> None:
    raw = (DATA / "dutch-excel.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the fixture really is not UTF-8
    path = _write(tmp_path / "a.csv", "Naam;Bedrijf\r\nRené Müller;Crème & Brûlée\r\n", "cp1252")
    assert read_table(path).rows == ((2, ("René Müller", "Crème & Brûlée")),)


def test_utf8_without_bom_is_not_read_as_windows_1252(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", "Naam,Bedrijf\nRené Müller,Crème & Brûlée\n")
    assert read_table(path).rows == ((2, ("René Müller", "Crème & Brûlée")),)


def test_utf8_with_a_non_utf8_byte_late_in_the_file_falls_back(tmp_path: Path) -> None:
    lines = ["Naam;Notities"] + [f"Klant {n};x" for n in range(3000)] + ["Zoë;é"]
    path = _write(tmp_path / "a.csv", "\r\n".join(lines), "cp1252")
    table = read_table(path)
    assert table.rows[-1] == (3002, ("Zoë", "é"))
    assert len(table.rows) == 3001  # the rows read as UTF-8 before the failure are not doubled


def test_utf16_unicode_text_from_excel(tmp_path: Path) -> None:
    path = _write(tmp_path / "unicode.txt", "Naam\tE-mail\r\nŁukasz\tl@example.pl\r\n", "utf-16")
    assert read_table(path) == Table(("Naam", "E-mail"), ((2, ("Łukasz", "l@example.pl")),))


def test_semicolon_header_with_commas_in_quoted_headers(tmp_path: Path) -> None:
    # Counted naively, the header has four commas and two semicolons; only the semicolons are
    # outside quotes.
    text = (
        '"Naam, volledig";"Bedrijf, afdeling";"Notities, vrij, kort"\r\n'
        '"Vries, Jan de";"Acme, inkoop";"a, b, c, d, e"\r\n'
    )
    table = read_table(_write(tmp_path / "a.csv", text))
    assert table.headers == ("Naam, volledig", "Bedrijf, afdeling", "Notities, vrij, kort")
    assert table.rows == ((2, ("Vries, Jan de", "Acme, inkoop", "a, b, c, d, e")),)


def test_semicolon_file_with_unquoted_commas_in_the_header(tmp_path: Path) -> None:
    table = read_table(
        _write(tmp_path / "a.csv", "Naam;Adres, plaats;E-mail\nJan;Dorpsstraat 1, Ee;j@e.nl\n")
    )
    assert table.headers == ("Naam", "Adres, plaats", "E-mail")


@pytest.mark.parametrize(
    ("text", "headers"),
    [
        ("Naam\tAdres, plaats\tE-mail\n", ("Naam", "Adres, plaats", "E-mail")),
        ('Naam,Scherm 5" breed,E-mail;privé\n', ("Naam", 'Scherm 5" breed', "E-mail;privé")),
        (";;;\n\nName,Company,Email\n", ("Name", "Company", "Email")),
        (
            'Naam;"Cijfer\r\n(0-10)";"Zei ""ja"", of niet"\r\n',
            ("Naam", "Cijfer\n(0-10)", 'Zei "ja", of niet'),
        ),
    ],
)
def test_delimiter_is_found_from_the_header_row(
    tmp_path: Path, text: str, headers: tuple[str, ...]
) -> None:
    assert read_table(_write(tmp_path / "a.csv", text)).headers == headers


def test_header_with_a_line_break_is_still_recognised(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path / "a.csv", 'Naam;"Cijfer\n(0-10)"\nJan;8\nPiet;9\n'))
    assert guess_mapping(table.headers) == _mapping(name=0, score=1)
    assert [number for number, _ in table.rows] == [2, 3]


def test_excel_sep_line_is_obeyed_and_not_counted(tmp_path: Path) -> None:
    table = read_table(
        _write(tmp_path / "a.csv", "sep=,\r\nNaam;Bedrijf,E-mail\r\nJan;X,j@x.nl\r\n")
    )
    assert table.headers == ("Naam;Bedrijf", "E-mail")
    assert table.rows == ((2, ("Jan;X", "j@x.nl")),)


def test_one_column_file(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path / "a.csv", "Naam\nJansen, Piet\n"))
    assert table == Table(("Naam",), ((2, ("Jansen, Piet",)),))


def test_leading_empty_rows_and_row_numbers_after_multiline_cells(tmp_path: Path) -> None:
    text = '\n;;\nNaam;Notities\nA;"een\ntwee\ndrie"\n\nB;"x"\nC;\n'
    table = read_table(_write(tmp_path / "a.csv", text))
    assert table.headers == ("Naam", "Notities")
    # Spreadsheet rows: the header is row 3, A is row 4 (lines 4-6), an empty row 5, B row 6.
    assert table.rows == ((4, ("A", "een\ntwee\ndrie")), (6, ("B", "x")), (7, ("C", "")))


def test_ragged_rows_are_padded_and_extra_cells_kept(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path / "a.csv", "Naam;Bedrijf;E-mail\nJan\nPiet;;;extra;\n"))
    assert table.rows == ((2, ("Jan", "", "")), (3, ("Piet", "", "", "extra")))


# --------------------------------------------------------------------------------------------
# Files that cannot be read


def test_empty_csv(tmp_path: Path) -> None:
    assert _reason(_write(tmp_path / "leeg.csv", "")) == "This file is empty."


@pytest.mark.parametrize("text", ["\r\n\r\n", ";;;;\n;;\n", "\ufeff", " \t \n"])
def test_csv_without_header_row(tmp_path: Path, text: str) -> None:
    assert _reason(_write(tmp_path / "leeg.csv", text)) == (
        "This file has only empty rows: there is no header row and no data."
    )


def test_only_a_header_row(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path / "kop.csv", "Naam;Bedrijf;E-mail;;\r\n;;;;\r\n"))
    assert table == Table(("Naam", "Bedrijf", "E-mail"), ())
    assert candidates(table, guess_mapping(table.headers)) == ([], [])


def test_xlsx_renamed_to_csv(tmp_path: Path) -> None:
    path = _make_xlsx_module().write_customers_xlsx(tmp_path / "klanten.xlsx")
    renamed = path.rename(tmp_path / "klanten.csv")
    assert "looks like an Excel workbook" in _reason(renamed)


def test_binary_file_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert _reason(path) == "This is not a text file; it cannot be read as CSV."


def test_text_in_no_known_encoding(tmp_path: Path) -> None:
    path = tmp_path / "raar.csv"
    path.write_bytes(b"Naam\r\nJ\x81n\r\n")  # 0x81 is neither UTF-8 nor Windows-1252
    assert "unknown character encoding" in _reason(path)


def test_unclosed_quote_swallowing_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", 'Naam;Notities\nJan;"oeps\n' + "x" * 200_000 + "\n")
    assert "too long" in _reason(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert _reason(tmp_path / "weg.csv") == "This file does not exist (any more)."
    assert _reason(tmp_path / "weg.xlsx") == "This file does not exist (any more)."
    (tmp_path / "map.csv").mkdir()
    assert _reason(tmp_path / "map.csv") == "This is a folder, not a file."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "klanten.xls",
            "Files ending in .xls cannot be imported; choose a CSV file (.csv or .txt) or an "
            "Excel workbook (.xlsx or .xlsm). Open the file in its spreadsheet program and save "
            "it as .xlsx or CSV first.",
        ),
        (
            "klanten.pdf",
            "Files ending in .pdf cannot be imported; choose a CSV file (.csv or .txt) or an "
            "Excel workbook (.xlsx or .xlsm).",
        ),
        (
            "klanten",
            "This file has no extension; choose a CSV file (.csv or .txt) or an Excel workbook "
            "(.xlsx or .xlsm).",
        ),
    ],
)
def test_unsupported_extensions(tmp_path: Path, name: str, expected: str) -> None:
    assert _reason(_write(tmp_path / name, "Naam\nJan\n")) == expected


def test_extension_is_case_insensitive(tmp_path: Path) -> None:
    assert read_table(_write(tmp_path / "KLANTEN.CSV", "Naam\nJan\n")).headers == ("Naam",)


def test_at_most_max_data_rows(tmp_path: Path) -> None:
    rows = "".join(f"Klant {n};k{n}@example.nl\n" for n in range(MAX_DATA_ROWS))
    path = _write(tmp_path / "groot.csv", "Naam;E-mail\n\n" + rows + "\n\n")
    table = read_table(path)
    assert len(table.rows) == MAX_DATA_ROWS
    assert table.rows[-1][0] == MAX_DATA_ROWS + 2

    path = _write(tmp_path / "te-groot.csv", "Naam;E-mail\n" + rows + "Eén te veel;x@y.nl\n")
    assert _reason(path) == (
        "This file has more than 50,000 customers, which is more than can be imported at once. "
        "Split it into smaller files."
    )


# --------------------------------------------------------------------------------------------
# Guessing the mapping


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Naam", "name"),
        ("NAME", "name"),
        ("Klant", "name"),
        ("Klantnaam", "name"),
        ("Contactpersoon", "name"),
        ("Contact", "name"),
        ("Customer", "name"),
        ("Full Name", "name"),
        ("Volledige naam", "name"),
        ("Bedrijf", "organisation"),
        ("Bedrijfsnaam", "organisation"),
        ("Organisatie", "organisation"),
        ("Firma", "organisation"),
        ("Company", "organisation"),
        ("Organisation", "organisation"),
        ("Organization", "organisation"),
        ("E-mail", "email"),
        ("Email", "email"),
        ("Mail", "email"),
        ("E-mailadres", "email"),
        ("Emailadres", "email"),
        ("E-mail address", "email"),
        ("Telefoon", "phone"),
        ("Telefoonnummer", "phone"),
        ("Tel.", "phone"),
        ("Mobiel", "phone"),
        ("Phone", "phone"),
        ("Mobile", "phone"),
        ("Telephone", "phone"),
        ("Telefoon 2", "phone"),
        ("Score", "score"),
        ("Cijfer", "score"),
        ("NPS", "score"),
        ("Aanbeveling", "score"),
        ("Rating", "score"),
        ("Cijfer (0-10)", "score"),
        ("Notities", "notes"),
        ("Opmerkingen", "notes"),
        ("Notes", "notes"),
        ("Remarks", "notes"),
        ("Comments", "notes"),
        ("Tags", "tags"),
        ("Labels", "tags"),
        ("Categorie", "tags"),
        ("Catégorie", "tags"),
        ("Category", "tags"),
        ("Groep", "tags"),
        ("  naam  ", "name"),
        ("E_MAIL", "email"),
    ],
)
def test_guess_mapping_synonyms(header: str, field: str) -> None:
    assert guess_mapping(["Iets anders", header]) == _mapping(**{field: 1})


@pytest.mark.parametrize(
    "header", ["Segment", "Klantnummer", "Adres", "", "Datum", "Naam klant 2e"]
)
def test_guess_mapping_leaves_other_columns_alone(header: str) -> None:
    assert guess_mapping([header]) == _mapping()


def test_guess_mapping_uses_a_column_once_and_prefers_the_better_header() -> None:
    mapping = guess_mapping(["Contact", "Naam", "E-mail", "Mail", "Tel", "Mobiel"])
    assert mapping == _mapping(name=1, email=2, phone=4)


def test_guess_mapping_keys() -> None:
    assert list(guess_mapping([])) == list(MAPPING_KEYS)
    assert MAPPING_KEYS[: len(FIELDS)] == FIELDS
    assert FIELDS == ("name", "organisation", "email", "phone", "score", "notes", "tags")


# --------------------------------------------------------------------------------------------
# From rows to candidates


def _one_row(**cells: str) -> tuple[list[CustomerCandidate], list[SkippedRow]]:
    headers = ("Naam", "Bedrijf", "E-mail", "Telefoon", "Cijfer", "Notities", "Tags")
    values = dict(zip(FIELDS, ("Jan", "", "", "", "", "", ""), strict=True)) | cells
    table = Table(headers, ((2, tuple(values[field] for field in FIELDS)),))
    return candidates(table, guess_mapping(headers))


@pytest.mark.parametrize(
    ("raw", "score"),
    [
        ("8", 8),
        ("8.0", 8),
        ("8,0", 8),
        ("  9 ", 9),
        ("0", 0),
        ("10", 10),
        ("10,00", 10),
        ("", None),
    ],
)
def test_scores_that_are_accepted(raw: str, score: int | None) -> None:
    found, skipped = _one_row(score=raw)
    assert skipped == []
    assert found[0].score == score


@pytest.mark.parametrize("raw", ["7.5", "7,5", "11", "-1", "acht", "8/10", "1e1", "10.01"])
def test_scores_that_skip_the_row(raw: str) -> None:
    assert _one_row(score=raw) == (
        [],
        [SkippedRow(2, f"score '{raw}' is not a whole number from 0 to 10")],
    )


@pytest.mark.parametrize(
    ("raw", "email"),
    [
        ("  Jan.Jansen@Example.NL ", "jan.jansen@example.nl"),
        ("a+b@sub.example.co.uk", "a+b@sub.example.co.uk"),
        ("", ""),
    ],
)
def test_email_addresses_that_are_accepted(raw: str, email: str) -> None:
    assert _one_row(email=raw)[0][0].email == email


@pytest.mark.parametrize(
    "raw",
    [
        "jan",
        "jan@",
        "@example.nl",
        "jan@example",
        "jan@@example.nl",
        "jan@x.nl; piet@x.nl",
        "jan @example.nl",
        "jan@example.",
        "jan@.nl",
    ],
)
def test_email_addresses_that_skip_the_row(raw: str) -> None:
    assert _one_row(email=raw)[1] == [SkippedRow(2, f"e-mail address '{raw}' is not valid")]


def test_tags_are_split_trimmed_and_deduplicated() -> None:
    found, _ = _one_row(tags=" Vip ;vip,, Markt | markt|nieuw  klant ; ")
    assert found[0].tags == ("Vip", "Markt", "nieuw klant")


def test_names_are_cleaned_up() -> None:
    found, _ = _one_row(name="  Jan \t van\n\nDijk ", organisation="  Dijk   &  Co ")
    assert (found[0].name, found[0].organisation) == ("Jan van Dijk", "Dijk & Co")


def test_organisation_stands_in_for_a_missing_name() -> None:
    found, _ = _one_row(name="   ", organisation="Bakkerij Bol")
    assert (found[0].name, found[0].organisation) == ("Bakkerij Bol", "Bakkerij Bol")


def test_too_long_values_skip_the_row() -> None:
    assert _one_row(name="x" * 201)[1] == [SkippedRow(2, "the name is longer than 200 characters")]
    assert _one_row(organisation="x" * 201)[1] == [
        SkippedRow(2, "the organisation is longer than 200 characters")
    ]
    assert _one_row(phone="0" * 51)[1] == [
        SkippedRow(2, f"the phone number '{'0' * 51}' is longer than 50 characters")
    ]


def test_duplicates_by_email_or_by_name_and_organisation() -> None:
    headers = ("Naam", "Bedrijf", "E-mail")
    rows = (
        (2, ("Jan", "A", "jan@a.nl")),
        (3, ("Jan", "A", "")),  # no e-mail: compared by name and organisation, not with row 2
        (4, ("Piet", "B", "JAN@A.NL")),  # same e-mail as row 2, whatever the name
        (5, ("jan", "a", "")),  # same as row 3
        (6, ("Jan", "B", "")),  # other organisation: another customer
        (7, ("Jan", "A", "jan@b.nl")),
    )
    found, skipped = candidates(Table(headers, rows), guess_mapping(headers))
    assert [c.row for c in found] == [2, 3, 6, 7]
    assert skipped == [
        SkippedRow(4, "same customer as row 2"),
        SkippedRow(5, "same customer as row 3"),
    ]


def test_a_skipped_row_does_not_count_as_the_first_of_a_duplicate() -> None:
    headers = ("Naam", "E-mail", "Cijfer")
    rows = ((2, ("Jan", "jan@a.nl", "12")), (3, ("Jan", "jan@a.nl", "8")))
    found, skipped = candidates(Table(headers, rows), guess_mapping(headers))
    assert [c.row for c in found] == [3]
    assert skipped == [SkippedRow(2, "score '12' is not a whole number from 0 to 10")]


def test_mapping_without_extra_keys_and_short_rows() -> None:
    table = Table(("Naam", "Notities"), ((2, ("Jan",)),))
    found, skipped = candidates(table, {"name": 0, "notes": 5})
    assert (found[0].name, found[0].notes, skipped) == ("Jan", "", [])


def test_long_values_are_cut_short_in_reasons() -> None:
    raw = "a" * 100
    assert _one_row(email=raw)[1] == [SkippedRow(2, f"e-mail address '{'a' * 59}…' is not valid")]


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"name": 0, "colour": 1}, "unknown mapping keys: colour"),
        ({"name": -1}, "cannot be negative"),
        ({"email": 0}, "needs a column for the name or the organisation"),
    ],
)
def test_bad_mappings(mapping: dict[str, int | None], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        candidates(Table(("Naam",), ()), mapping)


def test_an_exported_csv_holds_no_formula_and_imports_back_the_same(
    db: Database, tmp_path: Path
) -> None:
    """OWASP CSV injection: cells that Excel would run are written as text, and the import
    takes exactly that escaping off again."""
    import csv

    from coursebook.workbook.customer_export import write_customers_csv
    from coursebook.workbook.customers import add_customer, customer_register

    hostile = [
        '=HYPERLINK("http://evil.example","klik")',
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1+1)",
        "'=already quoted",
        "Gewone Naam",
    ]
    for name in hostile:
        add_customer(db, name, phone="+31 6 1234 5678")
    target = tmp_path / "klanten.csv"
    write_customers_csv(customer_register(db), target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    table = read_table(target)
    found, skipped = candidates(table, guess_mapping(table.headers))
    assert not skipped
    assert sorted(c.name for c in found) == sorted(hostile)
    assert {c.phone for c in found} == {"+31 6 1234 5678"}


def test_a_packed_workbook_that_would_unpack_to_far_too_much_is_refused_unread(
    tmp_path: Path,
) -> None:
    """A zip bomb: a small .xlsx whose worksheet unpacks to many MB of one cell."""
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<c><v>" + "9" * 20_000_000 + "</v></c>")
    assert path.stat().st_size < 100_000
    with pytest.raises(CustomerFileError) as caught:
        read_table(path)
    assert caught.value.problem is FileProblem.XLSX_TOO_BIG


def test_a_header_of_millions_of_columns_is_refused_naming_the_limit(tmp_path: Path) -> None:
    from coursebook.workbook.customer_import import MAX_COLUMNS

    path = tmp_path / "breed.csv"
    path.write_text("Naam;" + ";".join(f"k{i}" for i in range(1_000_000)) + "\nAnna;1\n")
    with pytest.raises(CustomerFileError) as caught:
        read_table(path)
    assert caught.value.problem is FileProblem.TOO_MANY_COLUMNS
    assert str(MAX_COLUMNS) in caught.value.reason


def test_guessing_columns_is_a_look_up_not_a_scan() -> None:
    headers = [f"kolom {i}" for i in range(200_000)] + ["E-mail", "Naam"]
    mapping = guess_mapping(headers)  # quadratic would take minutes here
    assert (mapping["name"], mapping["email"]) == (200_001, 200_000)


def test_one_stray_byte_does_not_mangle_a_good_utf8_file(tmp_path: Path) -> None:
    """A UTF-8 file with one Latin-1 byte in it: the good rows read as written (not as
    Windows-1252 mojibake), and the one row is reported."""
    from coursebook.workbook.customer_import import SkipReason

    path = tmp_path / "klanten.csv"
    good = "Naam;Bedrijf\nZoë de Vries;Bloemist\nÖzdemir;Bakkerij Ñ\nMüller;Café\n".encode()
    path.write_bytes(good + b"Ren\xe9;Garage\n")
    table = read_table(path)
    found, skipped = candidates(table, guess_mapping(table.headers))
    assert [c.name for c in found] == ["Zoë de Vries", "Özdemir", "Müller"]
    assert [c.organisation for c in found][1:] == ["Bakkerij Ñ", "Café"]
    assert [(s.row, s.code) for s in skipped] == [(5, SkipReason.NOT_TEXT)]
