"""check-course's warnings: tasks that disagree with their own words."""

from __future__ import annotations

from pathlib import Path

from coursebook.course.consistency import step_warnings
from coursebook.course.model import CallChoice, Step, Task, TaskType, Weekday

FRONT = '+++\nid = "s"\ntitle = "S"\n\n[[tasks]]\nid = "calls"\ntype = "calls"\n+++\n# S\n'


def warnings(tmp_path: Path, language: str, *tasks: Task) -> list[str]:
    source = tmp_path / "step.md"
    source.write_text(FRONT, encoding="utf-8")
    step = Step(1, "s", "S", "# S", source, tasks=tasks)
    return [str(problem) for problem in step_warnings(step, language)]


CALLS = Task(
    "calls",
    TaskType.CALLS,
    title="Bel vijf tevreden klanten",
    prompt="Kies vijf klanten.",
    due=Weekday.THURSDAY,
    count=5,
    questions=("Hoe gaat het?",),
    choose=CallChoice.SATISFIED,
)


def test_a_consistent_task_has_no_warnings(tmp_path: Path) -> None:
    assert warnings(tmp_path, "nl", CALLS) == []


def test_a_missing_title_due_day_or_choice_is_named_with_file_and_line(tmp_path: Path) -> None:
    bare = Task("calls", TaskType.CALLS, count=3, questions=("Hoe gaat het?",))
    found = warnings(tmp_path, "nl", bare)
    assert len(found) == 3
    assert all(line.startswith(f"{tmp_path / 'step.md'}:6: warning: ") for line in found)
    assert "no title" in found[0] and "no 'due' day" in found[1] and "no 'choose'" in found[2]


def test_a_number_in_the_title_must_be_the_count(tmp_path: Path) -> None:
    five_said_three_counted = Task(
        "calls",
        TaskType.CALLS,
        "Call five satisfied customers",
        "",
        Weekday.THURSDAY,
        3,
        ("How are you?",),
        choose=CallChoice.SATISFIED,
    )
    (found,) = warnings(tmp_path, "en", five_said_three_counted)
    assert "the title says 5 but 'count' is 3" in found
    scores = Task(  # digits are scores, not counts; "een" is "a" in Dutch
        "calls",
        TaskType.CALLS,
        "Bel een paar klanten die je een 7 of 8 gaven",
        "",
        Weekday.THURSDAY,
        3,
        ("Hoe gaat het?",),
        choose=CallChoice.SATISFIED,
    )
    assert warnings(tmp_path, "nl", scores) == []


def test_weekdays_in_the_words_must_include_the_due_day(tmp_path: Path) -> None:
    monday_and_friday = Task(
        "checklist",
        TaskType.CHECKLIST,
        "Je eerste NPS-meting",
        "Verstuur de vraag op maandag en tel de antwoorden op vrijdag.",
        Weekday.FRIDAY,
        items=("Verstuurd",),
    )
    assert warnings(tmp_path, "nl", monday_and_friday) == []  # the last day is the due day
    wednesday_only = Task(
        "reflection",
        TaskType.REFLECTION,
        "Look back",
        "Write this on Wednesday evening.",
        Weekday.FRIDAY,
    )
    (found,) = warnings(tmp_path, "en", wednesday_only)
    assert "names wednesday but is due friday" in found


def test_before_the_due_day_is_a_contradiction(tmp_path: Path) -> None:
    before = Task(
        "actions",
        TaskType.ACTIONS,
        "Bedank wie jou aanbeveelt",
        "Bedank vóór vrijdag één klant.",
        Weekday.FRIDAY,
        1,
    )
    (found,) = warnings(tmp_path, "nl", before)
    assert "says before friday but is due friday" in found
    meant_for = Task(  # "voor vrijdag" is also "for Friday": not counted
        "actions",
        TaskType.ACTIONS,
        "Bedank wie jou aanbeveelt",
        "Zet het klaar voor vrijdag.",
        Weekday.FRIDAY,
        1,
    )
    assert warnings(tmp_path, "nl", meant_for) == []
    english = Task(
        "actions",
        TaskType.ACTIONS,
        "Thank one customer",
        "Do it before Thursday.",
        Weekday.THURSDAY,
        1,
    )
    assert "says before thursday" in warnings(tmp_path, "en", english)[0]
