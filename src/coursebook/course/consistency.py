"""Whether a step's tasks agree with what its words say: the warnings of `check-course`.

What can be checked reliably from the words, in the languages it knows (Dutch, English):

- every task has a title and a due day (the app otherwise shows a generic title, no date);
- every calls task says whom it is for (`choose`), so the app can propose customers;
- a task's title that names a number ("Call five customers") names its `count`;
- a task's words that name weekdays name its due day among them ("count the answers on
  Friday" for a task due Friday), and "before Friday" is not said of a task due Friday.

A warning is not an error: the course loads and works; it reads as if made with care less.
"""

from __future__ import annotations

import re
from pathlib import Path

from coursebook.course.loader import Problem
from coursebook.course.model import Course, Step, Task, TaskType, Weekday

_DAYS: dict[str, dict[str, Weekday]] = {
    "nl": {
        "maandag": Weekday.MONDAY,
        "dinsdag": Weekday.TUESDAY,
        "woensdag": Weekday.WEDNESDAY,
        "donderdag": Weekday.THURSDAY,
        "vrijdag": Weekday.FRIDAY,
        "zaterdag": Weekday.SATURDAY,
        "zondag": Weekday.SUNDAY,
    },
    "en": {day.value: day for day in Weekday},
}
_BEFORE = {"nl": ("vóór",), "en": ("before",)}  # not "voor": also "for" ("voor vrijdag")
# Number words in titles ("een" is also "a" in Dutch, so only "één" counts as one).
_NUMBERS: dict[str, dict[str, int]] = {
    "nl": {
        w: n
        for n, w in enumerate(
            [
                "één",
                "twee",
                "drie",
                "vier",
                "vijf",
                "zes",
                "zeven",
                "acht",
                "negen",
                "tien",
                "elf",
                "twaalf",
            ],
            start=1,
        )
    },
    "en": {
        w: n
        for n, w in enumerate(
            [
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
            ],
            start=1,
        )
    },
}
_WORD = re.compile(r"\w+", re.UNICODE)


def _task_line(path: Path, task_id: str) -> int:
    """The line of the task's `id = "…"` in the step file (1 when it cannot be found)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return 1
    pattern = re.compile(rf"""^\s*id\s*=\s*["']{re.escape(task_id)}["']""")
    in_tasks = False
    for number, line in enumerate(lines, start=1):
        in_tasks = in_tasks or line.strip().startswith("[[tasks]]")
        if in_tasks and pattern.match(line):
            return number
    return 1


def _days_named(text: str, language: str) -> list[tuple[Weekday, bool]]:
    """The weekdays a text names, each with whether "before" stands right in front of it."""
    days, before = _DAYS.get(language, {}), _BEFORE.get(language, ())
    words = [word.lower() for word in _WORD.findall(text)]
    return [
        (days[word], index > 0 and words[index - 1] in before)
        for index, word in enumerate(words)
        if word in days
    ]


def _first_number(title: str, language: str) -> int | None:
    numbers = _NUMBERS.get(language, {})
    return next((numbers[w] for w in _WORD.findall(title.lower()) if w in numbers), None)


def _task_warnings(task: Task, language: str) -> list[str]:
    found: list[str] = []
    if not task.title:
        found.append(f"task {task.id!r} has no title (the app shows a general one)")
    if task.due is None:
        found.append(f"task {task.id!r} has no 'due' day (the app shows no date for it)")
    if task.type is TaskType.CALLS and task.choose is None:
        found.append(
            f"calls task {task.id!r} has no 'choose' (whom to call): the app cannot propose "
            "customers for it"
        )
    if task.type in (TaskType.CALLS, TaskType.ACTIONS) and task.title:
        number = _first_number(task.title, language)
        if number is not None and number != task.count:
            found.append(f"task {task.id!r}: the title says {number} but 'count' is {task.count}")
    if task.due is not None:
        named = _days_named(f"{task.title} {task.prompt}", language)
        if named and all(day is not task.due for day, _ in named):
            days = ", ".join(sorted({day.value for day, _ in named}))
            found.append(f"task {task.id!r} names {days} but is due {task.due.value}")
        if any(before and day is task.due for day, before in named):
            found.append(
                f"task {task.id!r} says before {task.due.value} but is due {task.due.value} "
                "(due the day before, or say 'by')"
            )
    return found


def step_warnings(step: Step, language: str) -> list[Problem]:
    return [
        Problem(step.source, _task_line(step.source, task.id), f"warning: {message}")
        for task in step.tasks
        for message in _task_warnings(task, language)
    ]


def course_warnings(course: Course) -> list[Problem]:
    """Where a course's tasks and their words do not agree (see the module's text)."""
    return [warning for step in course.steps for warning in step_warnings(step, course.language)]
