"""Write the Excel customer list that the import tests read, as a small business might have it.

The workbook is generated rather than kept in the repository as a binary file. Tests call
`write_customers_xlsx(path)`; to look at it in a spreadsheet program, run
``python tests/data/customers/make_xlsx.py klanten.xlsx``.

What is in it:

- first worksheet "Klanten": row 1 empty, row 2 the headers "Klant", "Bedrijfsnaam", "E-mail",
  "Telefoonnummer", "Cijfer (0-10)", "Klant sinds", "Opmerkingen", "Categorie", "Segment"
  followed by an empty column with a fill colour (a cell with a style and no value);
- numbers as Excel keeps them: scores as int and float, a phone number typed as a number (so
  without its leading zero);
- a date, a date with a time, an empty row in the middle, a cell with a line break;
- a second worksheet, which the import must ignore.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

HEADER_ROW = 2

HEADERS = (
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

# Rows 3 to 8 of the worksheet.
ROWS: tuple[tuple[object, ...], ...] = (
    (
        "Bram Hendriks",
        "Hendriks Fietsen",
        "bram@hendriksfietsen.nl",
        "06-24681357",
        8,
        date(2021, 3, 1),
        "Vaste klant",
        "fietsen; reparatie",
        "promoter",
    ),
    (
        "Lotte de Wit",
        None,
        "LOTTE@DEWIT.EXAMPLE",
        612345678,
        7.0,
        datetime(2023, 11, 5, 14, 30),
        "Belt op vrijdag\nniet voor 9 uur",
        "Fietsen",
        None,
    ),
    (None,) * 9,
    ("  Yusuf   Demir ", "Demir Kapsalon", "yusuf@demirkapsalon.example", None, 9.5),
    ("Eva Jacobs", "", "eva.jacobs@example.nl", "", 10, date(2020, 1, 15), "", "", "passive"),
    ("bram hendriks", "Hendriks Fietsen", "Bram@HendriksFietsen.nl", None, 6),
)


def write_customers_xlsx(path: Path) -> Path:
    """Write the customer list described in the module docstring to `path`."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Klanten"
    for column, header in enumerate(HEADERS, start=1):
        sheet.cell(row=HEADER_ROW, column=column, value=header).font = Font(bold=True)
    # An empty column with a fill colour: Excel keeps such cells, without a value.
    for row in range(HEADER_ROW, HEADER_ROW + len(ROWS) + 1):
        sheet.cell(row=row, column=len(HEADERS) + 1).fill = PatternFill("solid", fgColor="FFFF00")
    for row, values in enumerate(ROWS, start=HEADER_ROW + 1):
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(row=row, column=column, value=value)
    other = workbook.create_sheet("Instellingen")
    other["A1"] = "Naam"
    other["A2"] = "Dit blad hoort niet bij de klanten"
    workbook.save(path)
    return path


if __name__ == "__main__":
    write_customers_xlsx(Path(sys.argv[1] if len(sys.argv) > 1 else "klanten.xlsx"))
