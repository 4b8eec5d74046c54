"""Search on a big workbook: the app's search (trigrams, inside words, ranked; the Dutch
lessons of the course too, as the search window does) against the word search it replaced,
on the same texts in the same run.

    python bench/bench_search.py --data-dir DIR     # a folder from make_workbook.py
    python bench/bench_search.py                    # makes a five-year folder first
    python bench/bench_search.py --database-url URL # on PostgreSQL (an empty database)

It works on a copy. The floor is a word index (unicode61, prefix words, bm25, as before
migration 0007) over the same texts, built in the copy. With --database-url the copy is
moved into that empty database first (migrate-to), and the server's search (trigram
indexes, ts_rank) is measured beside the file's, which is then the floor.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sized
from pathlib import Path

from sqlalchemy import text

from coursebook.course.catalog import Catalog
from coursebook.paths import bundled_courses_dir
from coursebook.storage.database import open_database
from coursebook.workbook.core import Workbook

# What people type: whole words, parts of Dutch compounds, a name, two words, a short one,
# and a word found in nearly every answer (the newest-first path).
QUERIES = [
    "koffie",
    "broodje",
    "tevreden",
    "vredenheid",
    "afspraak",
    "Jansen",
    "snel geleverd",
    "btw",
    "de",
    "klant",
]
RUNS = 20


def percentiles(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def table(
    search: Callable[[str], Sized],
    floor: Callable[[str], object],
    floor_name: str,
    aim: str,
) -> None:
    """Each query RUNS times, with its floor beside it; p50 and p95 per query and in all."""
    print(f"{'query':<16} {'hits':>5} {'p50':>8} {'p95':>8}   {floor_name} p50 / p95")
    everything: list[float] = []
    for query in QUERIES:
        samples, floors = [], []
        hits = 0
        for _ in range(RUNS):
            start = time.perf_counter()
            hits = len(search(query))
            samples.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            floor(query)
            floors.append((time.perf_counter() - start) * 1000)
        everything.extend(samples)
        p50, p95 = percentiles(samples)
        f50, f95 = percentiles(floors)
        print(f"{query:<16} {hits:>5} {p50:6.1f} ms {p95:6.1f} ms   {f50:.1f} / {f95:.1f} ms")
    p50, p95 = percentiles(everything)
    print(f"{'all queries':<16} {'':>5} {p50:6.1f} ms {p95:6.1f} ms   {aim}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--database-url", help="an empty PostgreSQL database to measure on")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        if args.data_dir is None:
            sys.path.insert(0, str(Path(__file__).parent))
            from make_workbook import make_workbook

            make_workbook(folder, years=5, seed=1)
        else:
            shutil.copyfile(args.data_dir / "coursebook.sqlite3", folder / "coursebook.sqlite3")
        db = open_database(folder / "coursebook.sqlite3")  # migrates a copy of an older one
        with db.session() as session:
            rows = session.scalar(text("SELECT count(*) FROM search_index"))
            session.execute(
                text(
                    "CREATE VIRTUAL TABLE floor_words USING fts5(body, "
                    "tokenize = 'unicode61 remove_diacritics 2')"
                )
            )
            session.execute(
                text("INSERT INTO floor_words (rowid, body) SELECT rowid, body FROM search_index")
            )
        workbook = Workbook(db)
        loaded = Catalog.discover(bundled_courses_dir()).course("superenthousiaste-klanten", "nl")
        course = loaded.course if loaded is not None else None
        if args.database_url:
            return on_server(workbook, args.database_url, course, rows)
        print(f"{rows:,} texts in the index; {RUNS} runs of each query")

        def word_search(query: str) -> object:
            words = " ".join(f'"{w}"*' for w in query.split())
            with db.engine.connect() as connection:
                return connection.execute(
                    text(
                        "SELECT rowid, snippet(floor_words, 0, '<b>', '</b>', '…', 14) "
                        "FROM floor_words WHERE floor_words MATCH :q "
                        "ORDER BY bm25(floor_words) LIMIT 200"
                    ),
                    {"q": words},
                ).all()

        table(
            lambda query: workbook.search(query, course),
            word_search,
            "floor (words)",
            "(aim: p95 within 20 ms)",
        )
        db.close()
    return 0


def on_server(file: Workbook, url: str, course: object, rows: int) -> int:
    """The same queries on PostgreSQL, beside the file's search as the floor."""
    start = time.perf_counter()
    file.move_to(url)
    moved = time.perf_counter() - start
    server = Workbook.open_server(url)
    print(f"{rows:,} texts, moved to the server in {moved:.1f} s; {RUNS} runs of each query")
    table(
        lambda query: server.search(query, course),  # type: ignore[arg-type]
        lambda query: file.search(query, course),  # type: ignore[arg-type]
        "floor (the file)",
        "(PostgreSQL on this machine)",
    )
    server.close()
    file.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
