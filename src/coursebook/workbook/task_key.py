"""Where a piece of work belongs: course, step and task ids (never a language)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement

from coursebook.storage.models import ActionRow, CallRow, ChecklistTickRow, ReflectionRow


@dataclass(frozen=True)
class TaskKey:
    course_id: str
    step_id: str
    task_id: str


TaskRow = type[ActionRow] | type[CallRow] | type[ReflectionRow] | type[ChecklistTickRow]


def in_task(model: TaskRow, key: TaskKey) -> tuple[ColumnElement[bool], ...]:
    """SQL conditions: rows of `model` that belong to the task `key`."""
    return (
        model.course_id == key.course_id,
        model.step_id == key.step_id,
        model.task_id == key.task_id,
    )
