"""Where a piece of work belongs: the run of the course, and step and task ids (never a
language). The course id travels along for the search index and for labels."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement

from coursebook.storage.models import ActionRow, CallRow, ChecklistTickRow, ReflectionRow


@dataclass(frozen=True)
class TaskKey:
    run_id: int
    course_id: str
    step_id: str
    task_id: str


TaskRow = type[ActionRow] | type[CallRow] | type[ReflectionRow] | type[ChecklistTickRow]


def in_task(model: TaskRow, key: TaskKey) -> tuple[ColumnElement[bool], ...]:
    """SQL conditions: rows of `model` that belong to the task `key`."""
    return (
        model.run_id == key.run_id,
        model.step_id == key.step_id,
        model.task_id == key.task_id,
    )
