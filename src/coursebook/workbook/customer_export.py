"""The customer list as a CSV file that opens right in Excel (also Dutch Excel)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from coursebook.files import replaced_atomically
from coursebook.workbook.customer_import import as_text_cell
from coursebook.workbook.customers import Customer

HEADERS = (
    "name",
    "organisation",
    "email",
    "phone",
    "segment",
    "latest_score",
    "latest_score_on",
    "last_contact",
    "calls",
    "tags",
    "notes",
    "archived",
)


def write_customers_csv(customers: Iterable[Customer], path: Path) -> int:
    """Write the list with a UTF-8 BOM and semicolons (what Excel expects in Dutch and English
    locales alike), through a temporary file, so a failed write never leaves half a file; no
    cell can run as a formula. Returns the number of customers written."""
    path = Path(path)
    count = 0
    with (
        replaced_atomically(path) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as out,
    ):
        writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(HEADERS)
        for c in customers:
            writer.writerow(
                as_text_cell(value)
                for value in [
                    c.name,
                    c.organisation,
                    c.email,
                    c.phone,
                    c.segment.value if c.segment else "",
                    "" if c.latest_score is None else c.latest_score,
                    c.latest_score_on.isoformat() if c.latest_score_on else "",
                    c.last_contact.isoformat() if c.last_contact else "",
                    c.call_count,
                    "; ".join(c.tags),
                    c.notes,
                    "yes" if c.archived else "",
                ]
            )
            count += 1
    return count
