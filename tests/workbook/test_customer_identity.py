"""One rule for "the same customer" (coursebook.identity), wherever a name is matched."""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from coursebook.identity import customer_key, text_key
from coursebook.storage.database import Database, open_database
from coursebook.workbook.calls import add_call, update_call
from coursebook.workbook.customer_import import CustomerCandidate, Table, candidates
from coursebook.workbook.customers import (
    ImportCancelled,
    add_customer,
    customer_register,
    import_customers,
    list_customers,
    merge_customers,
    possible_duplicates,
    update_customer,
)
from coursebook.workbook.runs import start_run
from coursebook.workbook.task_key import TaskKey
from tests.storage.test_migrations import make_database_at

TODAY = date(2026, 12, 2)
CALLS = TaskKey(1, "c", "s", "calls")
DECOMPOSED = unicodedata.normalize("NFD", "Özdemir")  # "O" + combining diaeresis


def candidate(name: str, organisation: str = "", email: str = "", score: int | None = None):  # type: ignore[no-untyped-def]
    return CustomerCandidate(1, name, organisation, email, "", score, "", ())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Özdemir", "özdemir"),
        ("Özdemir", "ÖZDEMIR"),
        ("Özdemir", DECOMPOSED),
        ("  Jan   van  Dijk ", "jan van dijk"),
        ("Straße", "STRASSE"),
        ("Bakkerij Ñ", "bakkerij ñ"),
    ],
)
def test_names_written_the_same_way_have_one_key(a: str, b: str) -> None:
    assert text_key(a) == text_key(b)


def test_different_names_keep_different_keys() -> None:
    assert text_key("Özdemir") != text_key("Ozdemir")  # another name, not another spelling
    assert customer_key("Jan", "Bakker") != customer_key("Jan", "Slager")


@pytest.mark.parametrize("typed", ["Özdemir", "özdemir", "ÖZDEMIR", DECOMPOSED, " özdemir "])
def test_a_call_with_a_known_name_in_any_case_uses_that_customer(db: Database, typed: str) -> None:
    existing = add_customer(db, "Özdemir")
    call = add_call(db, CALLS, TODAY)
    saved = update_call(db, call.id, today=TODAY, customer=typed)
    assert saved.customer_id == existing
    assert [c.name for c in list_customers(db)] == ["Özdemir"]


def test_a_call_can_name_its_customer_by_id(db: Database) -> None:
    first = add_customer(db, "Özdemir")
    second = add_customer(db, "Özdemir", organisation="Bakkerij")  # a real namesake
    call = add_call(db, CALLS, TODAY)
    assert update_call(db, call.id, today=TODAY, customer=second).customer_id == second
    assert update_call(db, call.id, today=TODAY, customer=first).customer_id == first
    with pytest.raises(LookupError):
        update_call(db, call.id, today=TODAY, customer=9999)


def test_import_matches_names_and_organisations_beyond_ascii(db: Database) -> None:
    add_customer(db, "Özdemir", organisation="Bakkerij Ñ")
    report = import_customers(db, [candidate("özdemir", "bakkerij ñ", score=9)], [], TODAY)
    assert (report.added, report.updated) == (0, 1)
    assert [(c.name, c.latest_score) for c in customer_register(db)] == [("Özdemir", 9)]
    again = import_customers(db, [candidate(DECOMPOSED.upper(), "BAKKERIJ Ñ", score=9)], [], TODAY)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)


def test_one_file_with_the_same_customer_twice_keeps_the_first_row() -> None:
    table = Table(
        ("Naam", "Bedrijf"), ((2, ("Özdemir", "Bakkerij Ñ")), (3, ("özdemir", "bakkerij ñ")))
    )
    found, skipped = candidates(table, {"name": 0, "organisation": 1})
    assert [c.row for c in found] == [2]
    assert [(s.row, s.reason) for s in skipped] == [(3, "same customer as row 2")]


def test_renaming_keeps_the_key_in_step(db: Database) -> None:
    cid = add_customer(db, "Ozdemir")
    update_customer(db, cid, name="Özdemir")
    call = add_call(db, CALLS, TODAY)
    assert update_call(db, call.id, today=TODAY, customer="ÖZDEMIR").customer_id == cid


def test_existing_duplicates_are_offered_never_merged(db: Database) -> None:
    a = add_customer(db, "Özdemir")
    b = add_customer(db, "özdemir")
    add_customer(db, "Jansen")
    groups = possible_duplicates(db)
    assert [sorted(c.id for c in group) for group in groups] == [sorted([a, b])]
    assert len(customer_register(db)) == 3  # nothing merged by itself
    merge_customers(db, a, b)
    assert possible_duplicates(db) == []


def test_a_cancelled_import_changes_nothing(db: Database) -> None:
    rows = [candidate(f"Klant {i}") for i in range(600)]
    with pytest.raises(ImportCancelled):
        import_customers(db, rows, [], TODAY, cancelled=lambda: True)
    assert customer_register(db) == []


def test_import_reports_progress_up_to_the_total(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    rows = [candidate(f"Klant {i}", email=f"k{i}@example.nl") for i in range(600)]
    report = import_customers(db, rows, [], TODAY, progress=lambda d, t: seen.append((d, t)))
    assert report.added == 600 and len(customer_register(db)) == 600
    assert seen[-1] == (600, 600) and all(d <= t for d, t in seen) and len(seen) >= 3


def test_the_migration_fills_the_key_and_keeps_duplicates(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "coursebook.sqlite3"
    make_database_at(path, "0003")
    with sqlite3.connect(path) as connection:
        for name in ("Özdemir", "özdemir", DECOMPOSED):
            connection.execute(
                "INSERT INTO customer (name, organisation, email, phone, notes, archived, tags) "
                "VALUES (?, '', '', '', '', 0, '')",
                (name,),
            )
    connection.close()
    db = open_database(path)
    try:
        assert len(customer_register(db)) == 3
        assert [len(group) for group in possible_duplicates(db)] == [3]
        start_run(db, "c", "nl", date(2026, 11, 23))
        call = add_call(db, CALLS, TODAY)
        first = min(c.id for c in customer_register(db))
        assert update_call(db, call.id, today=TODAY, customer="ÖZDEMIR").customer_id == first
    finally:
        db.close()
