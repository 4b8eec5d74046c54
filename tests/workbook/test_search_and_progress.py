from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from coursebook.course.loader import load_course
from coursebook.course.model import Course, Step
from coursebook.render.markdown import render_markdown
from coursebook.storage.database import Database
from coursebook.workbook.actions import ensure_actions, update_action
from coursebook.workbook.calls import delete_call, ensure_calls, set_answer, update_call
from coursebook.workbook.checklist import set_ticked
from coursebook.workbook.core import Workbook
from coursebook.workbook.progress import course_progress
from coursebook.workbook.reflections import save_reflection
from coursebook.workbook.search import make_snippet, search, search_lessons, to_match_query
from coursebook.workbook.task_key import TaskKey
from tests.conftest import SAMPLE_COURSE

TODAY = date(2026, 11, 25)
CALLS = TaskKey(1, "c", "s7", "calls")


def index_size(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM search_index")).scalar_one())


def test_search_finds_answers_notes_customers_actions_and_reflections(db: Database) -> None:
    call = ensure_calls(db, CALLS, 1, TODAY)[0]
    set_answer(db, call.id, 2, "De koffie bij de balie is altijd vers")
    update_call(db, call.id, today=TODAY, customer="Garage Jansen", notes="Terugbellen in maart")
    action = ensure_actions(db, TaskKey(1, "c", "s7", "actions"), 1, TODAY)[0]
    update_action(db, action.id, today=TODAY, text="Elke maand een belmiddag")
    save_reflection(db, TaskKey(1, "c", "s1", "reflection"), "Mijn klanten zijn **tevreden**.")

    hit = search(db, "koffie")[0]
    assert (hit.kind, hit.ref, hit.part, hit.step_id) == ("call", call.id, "q2", "s7")
    assert "<b>koffie</b>" in hit.snippet
    assert [h.part for h in search(db, "jansen")] == ["customer"]
    assert [h.part for h in search(db, "maart")] == ["notes"]
    assert [h.kind for h in search(db, "belmiddag")] == ["action"]
    assert [(h.kind, h.step_id) for h in search(db, "tevre")] == [("reflection", "s1")]
    assert {(h.run_id, h.course_id) for h in search(db, "koffie")} == {(1, "c")}  # its run
    assert search(db, "Cafe") == search(db, "café")  # accents do not matter


def test_the_index_follows_updates_renames_and_deletes(db: Database) -> None:
    call = ensure_calls(db, CALLS, 1, TODAY)[0]
    set_answer(db, call.id, 0, "oude tekst")
    set_answer(db, call.id, 0, "nieuwe tekst")
    assert search(db, "oude") == []
    assert len(search(db, "nieuwe")) == 1
    update_call(db, call.id, today=TODAY, customer="Bloemist Roos")
    with db.session() as session:
        session.execute(text("UPDATE customer SET name = 'Bloemenhuis Roos'"))
    assert search(db, "bloemist") == []
    assert len(search(db, "bloemenhuis")) == 1
    save_reflection(db, TaskKey(1, "c", "s1", "reflection"), "eerste versie")
    save_reflection(db, TaskKey(1, "c", "s1", "reflection"), "tweede versie")
    assert search(db, "eerste") == [] and len(search(db, "tweede")) == 1
    delete_call(db, call.id)
    assert search(db, "nieuwe") == [] and search(db, "bloemenhuis") == []
    assert index_size(db) == 1  # only the reflection is left


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        "'",
        "NEAR(",
        "NEAR(a b",
        "a NEAR/2 b",
        "*",
        "-",
        "- -x",
        "((",
        ")",
        "a AND",
        "OR",
        "NOT x",
        "body:x",
        "^x",
        "x:",
        "{a b}",
        "a + b",
        "   ",
        "",
        "\x00",
        "🙂",
        "ب",
    ],
)
def test_hostile_search_input_never_errors(db: Database, typed: str) -> None:
    call = ensure_calls(db, CALLS, 1, TODAY)[0]
    set_answer(db, call.id, 0, "NEAR the door, a AND b, x: y")
    assert isinstance(search(db, typed), list)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_any_typed_text_is_a_safe_query(db: Database, typed: str) -> None:
    search(db, typed)  # must not raise
    query = to_match_query(typed)
    assert query is None or all(
        part.startswith('"') and part.endswith('"') and '"' not in part[1:-1]
        for part in query.split(" AND ")
    )


def test_snippets_are_escaped() -> None:
    assert make_snippet("<script>x</script>", ["x"]) == "&lt;script&gt;<b>x</b>&lt;/script&gt;"


def test_progress_per_step_and_completion(db: Database) -> None:
    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    progress = course_progress(db, course, 1)
    assert not any(p.complete or p.started for p in progress.values())

    calls_key = TaskKey(1, "sample", "second", "calls")
    first, second = ensure_calls(db, calls_key, 2, TODAY)
    set_answer(db, first.id, 0, "Because of you")
    actions = ensure_actions(db, TaskKey(1, "sample", "second", "actions"), 3, TODAY)
    for action in actions[:2]:
        update_action(db, action.id, today=TODAY, text="Do it")
    update_action(db, actions[0].id, today=TODAY, done=True)
    step2 = course_progress(db, course, 1)["second"]
    assert [(t.task_id, t.done, t.total) for t in step2.tasks] == [
        ("calls", 1, 2),
        ("actions", 2, 3),
        ("reflection", 0, 1),
    ]
    assert step2.tasks[1].ticked_off == 1
    assert step2.started and not step2.complete

    update_call(db, second.id, today=TODAY, score=9)
    update_action(db, actions[2].id, today=TODAY, text="And this")
    save_reflection(db, TaskKey(1, "sample", "second", "reflection"), "Learned a lot")
    assert course_progress(db, course, 1)["second"].complete

    third = TaskKey(1, "sample", "third", "checklist")
    set_ticked(db, third, 0, True, TODAY)
    save_reflection(db, TaskKey(1, "sample", "third", "reflection"), "   ")  # blank is not written
    step3 = course_progress(db, course, 1)["third"]
    assert [(t.done, t.total) for t in step3.tasks] == [(1, 2), (0, 1)]


def test_a_word_found_almost_everywhere_comes_newest_first(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coursebook.workbook.search as search_module

    calls = ensure_calls(db, CALLS, 5, TODAY)
    for number, call in enumerate(calls):
        set_answer(db, call.id, 0, "klant " * (5 - number))  # the oldest matches best
    assert search(db, "klant")[0].ref == calls[0].id  # few matches: best first
    monkeypatch.setattr(search_module, "RANK_AT_MOST", 3)
    hits = search(db, "klant", limit=2)
    assert [h.ref for h in hits] == [calls[4].id, calls[3].id]  # many: the newest first


def test_a_part_of_a_word_is_found_inside_dutch_compounds(db: Database) -> None:
    calls = ensure_calls(db, CALLS, 3, TODAY)
    set_answer(db, calls[0].id, 0, "Het proefbroodje was een succes")
    set_answer(db, calls[1].id, 0, "Onze klanttevredenheid steeg")
    set_answer(db, calls[2].id, 0, "Koffie in het café om de hoek")
    assert [h.ref for h in search(db, "broodje")] == [calls[0].id]
    assert [h.ref for h in search(db, "tevreden")] == [calls[1].id]
    assert [h.ref for h in search(db, "cafe")] == [calls[2].id]  # diacritics do not matter
    assert [h.ref for h in search(db, "CAFÉ")] == [calls[2].id]
    assert "proef<b>broodje</b>" in search(db, "broodje")[0].snippet


def test_a_whole_word_ranks_above_a_part_of_a_word(db: Database) -> None:
    calls = ensure_calls(db, CALLS, 3, TODAY)
    set_answer(db, calls[0].id, 0, "Het proefbroodje was lekker, echt een proefbroodje")
    set_answer(db, calls[1].id, 0, "Broodjesdag op vrijdag")  # starts a word
    set_answer(db, calls[2].id, 0, "Een broodje kaas")  # the word itself, once
    assert [h.ref for h in search(db, "broodje")] == [calls[2].id, calls[1].id, calls[0].id]


def test_words_of_one_or_two_letters_are_found_too(db: Database) -> None:
    calls = ensure_calls(db, CALLS, 2, TODAY)
    set_answer(db, calls[0].id, 0, "Prijs 10% hoger, btw 21")
    set_answer(db, calls[1].id, 0, "Niets bijzonders")
    assert [h.ref for h in search(db, "21")] == [calls[0].id]
    assert [h.ref for h in search(db, "%")] == []  # no word at all
    assert [h.ref for h in search(db, "10 hoger")] == [calls[0].id]


def test_snippets_are_plain_text_without_markdown(db: Database) -> None:
    save_reflection(
        db,
        TaskKey(1, "c", "s1", "reflection"),
        "## Wat ik leerde\n\n- Klanten waren **blij verrast** door het [kaartje](https://x.nl)\n"
        "> een _kleine_ moeite",
    )
    (hit,) = search(db, "verrast")
    assert "**" not in hit.snippet and "##" not in hit.snippet and "](" not in hit.snippet
    assert "blij <b>verrast</b>" in hit.snippet and "kaartje" in hit.snippet


def _course_with_lessons(*lessons: str) -> Course:
    steps = tuple(
        Step(number, f"s{number}", f"Stap {number}", lesson, Path(f"s{number}.md"))
        for number, lesson in enumerate(lessons, start=1)
    )
    return Course("c", "nl", "Cursus", "", Path("."), steps)


def test_lessons_are_searched_section_by_section_with_the_heading_to_open() -> None:
    course = _course_with_lessons(
        "# Stap een\n\nIntro over klanten.\n\n## Het proefbroodje\n\nEen **gratis** proefbroodje"
        " bij de koffie.\n\n## Daarna\n\nNiets meer.",
        "# Stap twee\n\n## Café de Hoek\n\nDe uitbater van het café belt zijn vaste gasten.",
    )
    (bread,) = search_lessons(course, "broodje", run_id=7)
    assert (bread.kind, bread.step_id, bread.run_id, bread.ref) == ("lesson", "s1", 7, 1)
    assert bread.heading == "Het proefbroodje"
    assert bread.part == "het-proefbroodje"  # the id the lesson view's heading has
    assert f'id="{bread.part}"' in render_markdown(course.steps[0].body)
    assert "<b>broodje</b>" in bread.snippet and "**" not in bread.snippet
    (cafe,) = search_lessons(course, "cafe uitbater", run_id=7)
    assert cafe.step_id == "s2" and cafe.heading == "Café de Hoek"
    (intro,) = search_lessons(course, "intro", run_id=7)
    assert intro.part == "" and intro.heading == ""  # above the first heading: the top
    assert search_lessons(course, "broodje uitbater", run_id=7) == []  # every word, one section


def test_lesson_hits_rank_whole_words_first_and_follow_the_workbook_hits(db: Database) -> None:
    course = _course_with_lessons(
        "# Een\n\n## Binnen\n\nHet woord klantcontact staat hier.",
        "# Twee\n\n## Heel\n\nHier gaat het om contact zelf.",
    )
    hits = search_lessons(course, "contact", run_id=1)
    assert [hit.heading for hit in hits] == ["Heel", "Binnen"]
    save_reflection(db, TaskKey(1, "c", "s1", "reflection"), "Veel contact gehad")
    workbook = Workbook(db)
    kinds = [hit.kind for hit in workbook.search("contact", course, None)]
    assert kinds == ["reflection", "lesson", "lesson"]
    assert [hit.kind for hit in workbook.search("contact")] == ["reflection"]
