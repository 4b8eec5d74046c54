"""Customer import from a CSV file: 500, 5,000 and 50,000 rows, into an empty register and
again into the filled one (every row then matches an existing customer).

The floor beside each figure is reading the same file with Python's csv module alone, in the
same run: the import cannot be faster than that, and both should grow linearly.

    python bench/bench_import.py [--sizes 500,5000,50000]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from coursebook.storage.database import open_database
from coursebook.workbook.customer_import import candidates, guess_mapping, read_table
from coursebook.workbook.customers import import_customers

TODAY = date(2026, 12, 2)


def write_file(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Naam", "Bedrijf", "E-mail", "Telefoon", "Cijfer", "Tags"])
        for i in range(rows):
            email = f"klant{i}@example.nl" if i % 2 else ""  # half without e-mail: by name
            writer.writerow(
                [f"Klant Özdemir {i}", f"Bedrijf {i % 900}", email, "0612345678", i % 11, "a; b"]
            )


def floor(path: Path) -> float:
    start = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as handle:
        sum(1 for _row in csv.reader(handle, delimiter=";"))
    return time.perf_counter() - start


def import_once(db_path: Path, path: Path) -> tuple[float, str]:
    db = open_database(db_path)
    try:
        start = time.perf_counter()
        table = read_table(path)
        found, skipped = candidates(table, guess_mapping(table.headers))
        report = import_customers(db, found, skipped, TODAY)
        elapsed = time.perf_counter() - start
    finally:
        db.close()
    return elapsed, f"+{report.added} ~{report.updated} ={report.unchanged}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="500,5000,50000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    print(f"{'rows':>7} {'into empty':>11} {'again':>9} {'per row':>9} {'csv floor':>10}  result")
    for rows in sizes:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "klanten.csv"
            write_file(path, rows)
            db_path = Path(folder) / "coursebook.sqlite3"
            first, _ = import_once(db_path, path)
            again, result = import_once(db_path, path)
            print(
                f"{rows:>7} {first:>10.2f}s {again:>8.2f}s {first / rows * 1e6:>7.0f}µs "
                f"{floor(path):>9.3f}s  {result}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
