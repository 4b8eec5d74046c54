from __future__ import annotations

from pathlib import Path

import pytest

from coursebook.course.loader import (
    Problem,
    compare_versions,
    find_bundles,
    front_matter_candidates,
    load_course,
)
from coursebook.course.model import CallChoice, TaskType, Weekday
from tests.conftest import SAMPLE_COURSE


def messages(problems: tuple[Problem, ...] | list[Problem]) -> list[str]:
    return [str(p) for p in problems]


def test_sample_course_loads_with_steps_and_typed_tasks() -> None:
    result = load_course(SAMPLE_COURSE / "en")
    assert result.ok, messages(result.problems)
    course = result.course
    assert course is not None
    assert (course.id, course.language, course.title) == ("sample", "en", "Sample course")
    assert [s.number for s in course.steps] == [1, 2, 3]
    assert [s.id for s in course.steps] == ["first", "second", "third"]
    calls = course.steps[1].tasks[0]
    assert calls.type is TaskType.CALLS
    assert calls.count == 2
    assert calls.due is Weekday.THURSDAY
    assert calls.questions == ("Why are you still our customer?", "What could we do better?")
    assert course.steps[1].tasks[1].due is Weekday.FRIDAY
    assert course.steps[2].tasks[0].items == ("Read your notes", "Plan next quarter")
    assert course.steps[0].lesson.startswith("# Getting to know your customers")
    assert "+++" not in course.steps[0].lesson


def test_front_matter_candidates() -> None:
    assert front_matter_candidates("+++\nid = 'a'\n+++\n# Body\n") == [
        ("id = 'a'\n", "# Body\n", 4)
    ]
    assert front_matter_candidates("# no front matter\n") == []
    assert front_matter_candidates("+++\nid = 'a'\n") == []
    assert len(front_matter_candidates("+++\na\n+++\nb\n+++\nc")) == 2


def test_malformed_course_toml_gives_file_and_line(sample_course: Path) -> None:
    path = sample_course / "en" / "course.toml"
    path.write_text('id = "sample"\nlanguage = "en"\ntitle = "x\n', encoding="utf-8")
    result = load_course(sample_course / "en")
    assert result.course is None
    assert len(result.problems) == 1
    assert str(result.problems[0]).startswith(f"{path}:3: invalid TOML")


def test_missing_required_course_keys_are_each_reported(sample_course: Path) -> None:
    path = sample_course / "en" / "course.toml"
    path.write_text('id = "Not A Slug"\nsteps = []\n', encoding="utf-8")
    result = load_course(sample_course / "en")
    assert result.course is None
    text = "\n".join(messages(result.problems))
    assert f"{path}:1: 'id' must be lower-case" in text
    assert "'language' is missing" in text
    assert "'title' is missing" in text
    assert "'description' is missing" in text
    assert f"{path}:2: 'steps' is empty" in text


def test_missing_step_file_is_reported_and_the_rest_loads(sample_course: Path) -> None:
    (sample_course / "en" / "steps" / "02-second.md").unlink()
    result = load_course(sample_course / "en")
    assert result.course is not None
    assert [s.id for s in result.course.steps] == ["first", "third"]
    # Step numbers stay tied to the position in course.toml, so dates stay right.
    assert [s.number for s in result.course.steps] == [1, 3]
    assert messages(result.problems) == [
        f"{sample_course / 'en' / 'course.toml'}:5: step 2: file not found: steps/02-second.md"
    ]


def test_unknown_task_type_points_at_its_line(sample_course: Path) -> None:
    path = sample_course / "en" / "steps" / "03-third.md"
    text = path.read_text(encoding="utf-8").replace('type = "checklist"', 'type = "quiz"')
    path.write_text(text, encoding="utf-8")
    result = load_course(sample_course / "en")
    assert result.course is not None
    assert [s.id for s in result.course.steps] == ["first", "second"]
    line = text.splitlines().index('type = "quiz"') + 1
    assert messages(result.problems) == [
        f"{path}:{line}: unknown task type 'quiz' (known: calls, actions, reflection, checklist)"
    ]


def test_toml_error_in_front_matter_is_counted_from_the_top_of_the_file(
    sample_course: Path,
) -> None:
    path = sample_course / "en" / "steps" / "01-first.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[4] = "[[tasks]"  # line 5 of the file
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_course(sample_course / "en")
    assert len(result.problems) == 1
    assert str(result.problems[0]).startswith(f"{path}:5: invalid TOML")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("count = 2", "count = 0", "'count' must be 1 to 50 (got 0)"),
        ("count = 2", 'count = "two"', "'count' must be a whole number, not 'two'"),
        ('due = "thursday"', 'due = "donderdag"', "'due' must be a weekday"),
        ('due = "friday"\n', "", "'due' is missing"),
        ("count = 2", "count = 2\ncuont = 3", "unknown key 'cuont' in a calls task"),
        ('id = "actions"', 'id = "calls"', "task id 'calls' is used twice in this step"),
        (
            'questions = ["Why are you still our customer?", "What could we do better?"]',
            "questions = []",
            "'questions' must have 1 to 20 entries (has 0)",
        ),
    ],
)
def test_bad_task_fields_name_the_problem_and_its_line(
    sample_course: Path, old: str, new: str, expected: str
) -> None:
    path = sample_course / "en" / "steps" / "02-second.md"
    original = path.read_text(encoding="utf-8")
    assert old in original
    path.write_text(original.replace(old, new, 1), encoding="utf-8")
    result = load_course(sample_course / "en")
    assert result.course is not None
    assert "second" not in [s.id for s in result.course.steps]
    assert len(result.problems) >= 1
    problem = result.problems[0]
    assert problem.path == path
    assert expected in problem.message
    lines = path.read_text(encoding="utf-8").split("\n")
    culprit = new.split("\n")[-1] if new else 'prompt = "Three actions from now on."'
    if expected.startswith("'due' is missing"):
        culprit = "[[tasks]]"  # reported at the task's header
        assert problem.line == [i for i, x in enumerate(lines, 1) if x == culprit][1]
    elif expected.startswith("task id"):
        assert problem.line == lines.index('id = "calls"', 10) + 1
    else:
        assert problem.line == lines.index(culprit) + 1


def test_step_without_front_matter(sample_course: Path) -> None:
    path = sample_course / "en" / "steps" / "01-first.md"
    path.write_text("# Just a lesson\n", encoding="utf-8")
    result = load_course(sample_course / "en")
    assert messages(result.problems) == [
        f"{path}:1: a step file must start with a '+++' line (TOML front matter)"
    ]


def test_unclosed_front_matter(sample_course: Path) -> None:
    path = sample_course / "en" / "steps" / "01-first.md"
    path.write_text('+++\nid = "first"\ntitle = "x"\n# lesson\n', encoding="utf-8")
    assert messages(load_course(sample_course / "en").problems) == [
        f"{path}:1: the front matter has no closing '+++' line"
    ]


def test_empty_lesson_and_duplicate_step_id(sample_course: Path) -> None:
    third = sample_course / "en" / "steps" / "03-third.md"
    third.write_text(
        third.read_text(encoding="utf-8").replace('id = "third"', 'id = "first"'), encoding="utf-8"
    )
    second = sample_course / "en" / "steps" / "02-second.md"
    front = second.read_text(encoding="utf-8").split("+++")[1]
    second.write_text(f"+++{front}+++\n\n", encoding="utf-8")
    text = "\n".join(messages(load_course(sample_course / "en").problems))
    assert f"{second}:" in text and "the lesson is empty" in text
    assert f"{third}:2: step id 'first' is also used by step 1" in text  # `id` is on line 2


def test_step_path_outside_the_bundle_is_refused(sample_course: Path) -> None:
    path = sample_course / "en" / "course.toml"
    text = path.read_text(encoding="utf-8").replace("steps/03-third.md", "../nl/steps/03-derde.md")
    path.write_text(text, encoding="utf-8")
    result = load_course(sample_course / "en")
    assert [str(p).split(": ", 1)[1] for p in result.problems] == [
        "step 3: '../nl/steps/03-derde.md' is outside the bundle"
    ]


def test_non_utf8_step_file(sample_course: Path) -> None:
    path = sample_course / "en" / "steps" / "01-first.md"
    path.write_bytes(b'+++\nid = "first"\ntitle = "caf\xe9"\n+++\n# x\n')
    problems = load_course(sample_course / "en").problems
    assert len(problems) == 1
    assert problems[0].path == path
    assert "not UTF-8 text" in problems[0].message


def test_missing_course_toml() -> None:
    result = load_course(SAMPLE_COURSE)
    assert result.course is None
    assert "course.toml is missing" in str(result.problems[0])


def test_find_bundles_and_compare_versions(sample_course: Path) -> None:
    assert find_bundles(sample_course) == [sample_course / "en", sample_course / "nl"]
    assert find_bundles(sample_course / "nl") == [sample_course / "nl"]
    courses = [load_course(b).course for b in find_bundles(sample_course)]
    assert compare_versions([c for c in courses if c]) == []

    path = sample_course / "nl" / "steps" / "02-tweede.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("count = 3", "count = 2"), encoding="utf-8"
    )
    courses = [load_course(b).course for b in find_bundles(sample_course)]
    problems = compare_versions([c for c in courses if c])
    assert messages(problems) == [
        f"{path}:1: the tasks of step 'second' differ from the 'en' version (02-second.md)"
    ]


def test_duplicate_step_id_points_at_its_id_line(sample_course: Path) -> None:
    third = sample_course / "en" / "steps" / "03-third.md"
    text = third.read_text(encoding="utf-8").replace('id = "third"', '# moved\n\nid = "first"')
    third.write_text(text, encoding="utf-8")
    problems = [str(p) for p in load_course(sample_course / "en").problems]
    assert problems == [f"{third}:4: step id 'first' is also used by step 1 (01-first.md)"]


def test_other_ways_of_writing_tables_never_crash(sample_course: Path) -> None:
    path = sample_course / "en" / "steps" / "02-second.md"
    text = path.read_text(encoding="utf-8")
    text = text.replace("[[tasks]]", "[[ tasks ]]  # spaced").replace("count = 2", "count = 0")
    path.write_text(text, encoding="utf-8")
    problems = load_course(sample_course / "en").problems
    assert len(problems) == 1
    assert problems[0].line == text.split("\n").index("count = 0") + 1


def test_tasks_as_inline_tables_never_crash(sample_course: Path) -> None:
    path = sample_course / "en" / "steps" / "01-first.md"
    path.write_text(
        '+++\nid = "first"\ntitle = "x"\ntasks = [{id = "r", type = "reflection"}]\n+++\n# x\n',
        encoding="utf-8",
    )
    problems = load_course(sample_course / "en").problems
    assert [p.message for p in problems] == ["'prompt' is missing"]


def test_a_fence_inside_a_multiline_string_does_not_end_the_front_matter(
    sample_course: Path,
) -> None:
    path = sample_course / "en" / "steps" / "02-second.md"
    text = path.read_text(encoding="utf-8").replace(
        'prompt = "Three actions from now on."',
        'prompt = """\nThree actions.\n+++\nFrom now on.\n"""',
    )
    path.write_text(text, encoding="utf-8")
    result = load_course(sample_course / "en")
    assert result.ok, [str(p) for p in result.problems]
    assert result.course is not None
    assert "+++" in result.course.steps[1].tasks[1].prompt


def test_bom_and_crlf_are_accepted(sample_course: Path) -> None:
    course = sample_course / "en" / "course.toml"
    course.write_bytes(b"\xef\xbb\xbf" + course.read_bytes().replace(b"\n", b"\r\n"))
    step = sample_course / "en" / "steps" / "01-first.md"
    step.write_bytes(b"\xef\xbb\xbf" + step.read_bytes().replace(b"\n", b"\r\n"))
    result = load_course(sample_course / "en")
    assert result.ok, [str(p) for p in result.problems]


def test_steps_that_are_not_file_names_are_each_reported(sample_course: Path) -> None:
    path = sample_course / "en" / "course.toml"
    text = path.read_text(encoding="utf-8").replace(
        '"steps/03-third.md"]', '3, "bad\\u0000name.md"]'
    )
    path.write_text(text, encoding="utf-8")
    result = load_course(sample_course / "en")
    assert result.course is not None
    assert [s.id for s in result.course.steps] == ["first", "second"]
    assert [p.message for p in result.problems] == [
        "step 3: 3 is not a file name",
        "step 4: 'bad\\x00name.md' is outside the bundle",
    ]


def test_toml_nested_too_deeply_is_a_problem_with_file_not_a_crash(sample_course: Path) -> None:
    course_toml = sample_course / "en" / "course.toml"
    course_toml.write_text(
        course_toml.read_text(encoding="utf-8") + "\ndeep = " + "[" * 5000 + "]" * 5000 + "\n",
        encoding="utf-8",
    )
    result = load_course(sample_course / "en")
    assert result.course is None
    assert [(p.path.name, p.message) for p in result.problems] == [
        ("course.toml", "the TOML nests arrays or tables too deeply to be read")
    ]


def test_a_calls_task_says_whom_to_choose_and_a_wrong_choice_is_named(
    sample_course: Path,
) -> None:
    path = sample_course / "en" / "steps" / "02-second.md"
    text = path.read_text(encoding="utf-8")
    assert 'choose = "satisfied"' in text
    course = load_course(sample_course / "en").course
    assert course is not None and course.steps[1].tasks[0].choose is CallChoice.SATISFIED
    assert course.steps[0].tasks[0].choose is None  # not a calls task
    path.write_text(text.replace('choose = "satisfied"', "", 1))
    course = load_course(sample_course / "en").course
    assert course is not None and course.steps[1].tasks[0].choose is None  # not said
    path.write_text(text.replace('choose = "satisfied"', 'choose = "everyone"', 1))
    result = load_course(sample_course / "en")
    (problem,) = result.problems
    assert "'choose' must be one of satisfied, unhappy" in str(problem)
    assert "'everyone'" in str(problem) and f"{path}:" in str(problem)
