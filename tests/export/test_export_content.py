from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coursebook.course.loader import load_course
from coursebook.course.model import Course
from coursebook.export.atomic import (
    ExportCancelled,
    ExportTargetError,
    another_name,
    atomic_target,
    office_lock_file,
)
from coursebook.export.content import ExportOptions, gather, parse_step_range
from coursebook.export.labels import DUTCH, ENGLISH
from coursebook.export.markdown_writer import export_markdown, write_markdown
from coursebook.paths import bundled_courses_dir
from coursebook.storage.database import Database
from coursebook.workbook.demo import WorkbookNotEmptyError, fill_demo, holds_work
from coursebook.workbook.runs import Run
from tests.conftest import SAMPLE_COURSE

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo_course(db: Database) -> Course:
    course = load_course(bundled_courses_dir() / "superenthousiaste-klanten" / "nl").course
    assert course is not None
    summary = fill_demo(db, course, TODAY)
    assert summary.customers == 36 and summary.calls > 10 and summary.reflections >= 8
    return course


def test_parse_step_range() -> None:
    assert parse_step_range("1-3,7, 5-6", 12) == (1, 2, 3, 7, 5, 6)
    assert parse_step_range("7", 12) == (7,)
    for bad in ("0", "13", "3-2", "a", ""):
        with pytest.raises(ValueError):
            parse_step_range(bad, 12)


def test_demo_refuses_a_workbook_with_work(db: Database, demo_course: Course) -> None:
    assert holds_work(db)
    with pytest.raises(WorkbookNotEmptyError):
        fill_demo(db, demo_course, TODAY)


def test_gather_and_markdown_of_step_seven(db: Database, demo_course: Course) -> None:
    from coursebook.workbook.runs import current_run

    enrolment = current_run(db)
    assert enrolment is not None
    content = gather(
        db,
        demo_course,
        enrolment,
        ExportOptions((7,), True, True, True, "Sanne de Vries"),
        TODAY,
    )
    (step,) = content.steps
    assert (step.number, step.title) == (7, "Tevreden klanten doen er niet toe")
    calls = step.tasks[0].calls
    assert len(calls) == 5 and all(len(c.answers) == 4 for c in calls)
    assert content.customers is not None and len(content.customers) == 36
    assert content.nps is not None and content.nps.respondents == 36
    text = export_markdown(content, DUTCH)
    assert text.startswith("# Superenthousiaste klanten\n\n**Sanne de Vries**")
    assert "## Stap 7: Tevreden klanten doen er niet toe" in text
    assert "#### Gesprek 1: " in text
    assert "| Actie | Klaar op | Gedaan |" in text
    assert "### De les" in text
    assert "## Klanten" in text and "## Net Promoter Score: " in text
    # The person's own headings sit below the step's.
    assert "\n##### Wat me verraste" in text  # its "##" under the task's "###"
    english = export_markdown(content, ENGLISH)
    assert "## Step 7: " in english and "#### Call 1: " in english


SAMPLE_RUN = Run(1, "sample", "en", date(2026, 11, 23))  # the run of the `db` fixture


def test_sample_course_export_without_work(db: Database) -> None:
    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    content = gather(db, course, SAMPLE_RUN, ExportOptions((1, 2, 3)), TODAY)
    text = export_markdown(content, ENGLISH)
    assert "(no calls logged yet)" in text
    assert "(nothing written yet)" in text
    assert "- [ ] Read your notes" in text
    assert "### The lesson" not in text  # lessons only when asked for


def test_write_is_atomic_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "werk.md"
    target.write_text("old version", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_target(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old version"
    with pytest.raises(ExportCancelled), atomic_target(target, lambda: True) as temporary:
        temporary.write_text("new", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "old version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["werk.md"]


def test_targets_open_elsewhere_or_missing_folders_are_refused(
    db: Database, tmp_path: Path
) -> None:
    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    content = gather(db, course, SAMPLE_RUN, ExportOptions((1,)), TODAY)
    target = tmp_path / "werk.md"
    office_lock_file(target).write_text("locked by LibreOffice", encoding="utf-8")
    with pytest.raises(ExportTargetError) as caught:
        write_markdown(content, ENGLISH, target)
    assert caught.value.locked and "open in a word processor" in caught.value.reason
    assert another_name(target) == tmp_path / "werk (2).md"
    with pytest.raises(ExportTargetError, match="folder does not exist"):
        write_markdown(content, ENGLISH, tmp_path / "nope" / "werk.md")
    write_markdown(content, ENGLISH, another_name(target))
    assert (tmp_path / "werk (2).md").read_text(encoding="utf-8").startswith("# Sample course")


HOSTILE = '![x](http://evil.example/a.png) <img src="http://evil.example/b.png"> | # **'


def test_names_and_notes_from_outside_stay_text_in_every_export(
    db: Database, tmp_path: Path
) -> None:
    """A name from an imported file must not become an image, a tag, a heading or a table
    column in Markdown, HTML (PDF) or Word."""
    import docx

    from coursebook.export.docx_writer import write_docx
    from coursebook.export.html_writer import export_html
    from coursebook.workbook.calls import ensure_calls, set_answer, update_call
    from coursebook.workbook.customers import add_customer
    from coursebook.workbook.task_key import TaskKey

    course = load_course(SAMPLE_COURSE / "en").course
    assert course is not None
    call = ensure_calls(db, TaskKey(1, "sample", "second", "calls"), 1, TODAY)[0]
    add_customer(db, HOSTILE)
    update_call(db, call.id, today=TODAY, customer=HOSTILE, notes=HOSTILE)
    set_answer(db, call.id, 0, HOSTILE)
    content = gather(db, course, SAMPLE_RUN, ExportOptions((2,), False, True), TODAY)

    from coursebook.render.markdown import render_markdown

    raw = export_markdown(content, ENGLISH)
    assert "![" not in raw and "<img" not in raw  # the .md file itself, for any other viewer
    shown = render_markdown(raw)
    html_out = export_html(content, ENGLISH)
    for out in (shown, html_out):
        assert "<img" not in out and 'href="http://evil' not in out
        assert "<h1>**</h1>" not in out
    assert shown.count("<td>") == html_out.count("<td>")  # no extra table cells from the "|"
    target = tmp_path / "work.docx"
    write_docx(content, ENGLISH, target)
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    texts += [c.text for t in docx.Document(str(target)).tables for r in t.rows for c in r.cells]
    assert any(HOSTILE in t for t in texts)  # shown as it was written, as text
