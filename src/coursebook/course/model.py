"""The course as the rest of the program sees it: frozen dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Weekday(StrEnum):
    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    @property
    def offset(self) -> int:
        """Days after Monday (Monday = 0), as `date.weekday()` counts."""
        return list(Weekday).index(self)


class TaskType(StrEnum):
    CALLS = "calls"
    ACTIONS = "actions"
    REFLECTION = "reflection"
    CHECKLIST = "checklist"


class CallChoice(StrEnum):
    """Whom a calls task is for: the app proposes customers by it. Every choice but
    CALLED_EARLIER leaves out the customers called in other steps of the same run."""

    SATISFIED = "satisfied"
    UNHAPPY = "unhappy"
    ENTHUSIASTIC = "enthusiastic"
    MIXED = "mixed"  # a mix of the three segments
    CALLED_EARLIER = "called-earlier"  # the customers called in earlier steps of the run


@dataclass(frozen=True)
class Task:
    """One part of a step's assignment.

    Fields that do not apply to a task's type keep their empty default: `count` is used by
    calls and actions, `questions` and `choose` by calls, `items` by checklists.
    """

    id: str
    type: TaskType
    title: str = ""
    prompt: str = ""
    due: Weekday | None = None
    count: int = 0
    questions: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    choose: CallChoice | None = None


def lesson_body(lesson: str) -> str:
    """A lesson's Markdown without its leading `# Title` line."""
    first, _, rest = lesson.lstrip().partition("\n")
    return rest if first.startswith("# ") else lesson


@dataclass(frozen=True)
class Step:
    number: int
    id: str
    title: str
    lesson: str
    source: Path
    summary: str = ""
    tasks: tuple[Task, ...] = ()

    @property
    def body(self) -> str:
        """The lesson without its leading `# Title` line (the title is shown on its own)."""
        return lesson_body(self.lesson)


@dataclass(frozen=True)
class Course:
    id: str
    language: str
    title: str
    description: str
    folder: Path
    steps: tuple[Step, ...] = field(default=())
    author: str = ""

    def step(self, step_id: str) -> Step | None:
        return next((step for step in self.steps if step.id == step_id), None)
