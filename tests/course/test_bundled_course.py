"""The bundled course: both languages complete, alike, and written in our own words."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from coursebook.course.check import check_path
from coursebook.course.loader import load_course
from coursebook.course.model import TaskType
from coursebook.paths import bundled_courses_dir

COURSE = bundled_courses_dir() / "superenthousiaste-klanten"
SOURCES = Path(__file__).resolve().parents[3] / "shared" / "course-source"
WINDOW = 8  # no run of this many words may match a source article


def test_both_languages_pass_check_course() -> None:
    for language in ("nl", "en"):
        report = check_path(COURSE / language)
        assert report.ok, [str(p) for p in report.problems]
    both = check_path(COURSE)
    assert both.ok, [str(p) for p in both.problems]
    assert both.summary().startswith("OK: 2 bundles")
    # and no task disagrees with its words (title, due day, whom to call, counts, weekdays)
    assert [str(w) for w in both.warnings] == []


def test_twelve_steps_with_the_same_assignments_in_both_languages() -> None:
    nl, en = load_course(COURSE / "nl").course, load_course(COURSE / "en").course
    assert nl is not None and en is not None
    assert len(nl.steps) == len(en.steps) == 12
    assert [s.id for s in nl.steps] == [s.id for s in en.steps]
    for dutch, english in zip(nl.steps, en.steps, strict=True):
        shape_nl = [
            (t.id, t.type, t.due, t.count, len(t.questions), len(t.items), t.choose)
            for t in dutch.tasks
        ]
        shape_en = [
            (t.id, t.type, t.due, t.count, len(t.questions), len(t.items), t.choose)
            for t in english.tasks
        ]
        assert shape_nl == shape_en, dutch.id
        assert any(t.type is TaskType.REFLECTION for t in dutch.tasks), dutch.id
        assert dutch.title != english.title


def test_step_seven_is_the_model_assignment() -> None:
    course = load_course(COURSE / "nl").course
    assert course is not None
    step = course.steps[6]
    assert step.id == "satisfied-customers-leave-first"
    calls = next(t for t in step.tasks if t.type is TaskType.CALLS)
    actions = next(t for t in step.tasks if t.type is TaskType.ACTIONS)
    assert (calls.count, len(calls.questions)) == (5, 4)
    assert (actions.count, actions.due) == (3, "friday")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_lessons_are_a_readable_length(language: str) -> None:
    course = load_course(COURSE / language).course
    assert course is not None
    for step in course.steps:
        words = len(step.lesson.split())
        assert 500 <= words <= 1100, f"{step.source.name}: {words} words"


def normalise(text: str) -> list[str]:
    """Lower case, punctuation (including quotes and dashes) to spaces, words split."""
    return re.sub(r"[\W_]+", " ", text.lower()).split()


def windows(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + WINDOW]) for i in range(len(words) - WINDOW + 1)}


def test_no_eight_word_run_matches_a_source_article() -> None:
    if not SOURCES.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the source articles are missing: {SOURCES}")
        pytest.skip(f"the source articles are not beside this checkout ({SOURCES})")
    source_windows: set[tuple[str, ...]] = set()
    for source in sorted(SOURCES.glob("*.txt")):
        source_windows |= windows(normalise(source.read_text(encoding="utf-8", errors="replace")))
    assert len(source_windows) > 1000
    copied = []
    for lesson in sorted(COURSE.glob("*/steps/*.md")):
        for run in windows(normalise(lesson.read_text(encoding="utf-8"))) & source_windows:
            copied.append(f"{lesson.relative_to(COURSE)}: {' '.join(run)}")
    assert copied == []


def test_the_overlap_check_would_catch_a_copied_sentence() -> None:
    source = "Tevreden klanten zijn minder betrokken dan andere klanten, lees hoe dit komt."
    lesson = "Zoals gezegd: tevreden klanten zijn minder betrokken dan andere klanten!"
    assert windows(normalise(lesson)) & windows(normalise(source))
