"""Where a piece of work belongs: course, step and task ids (never a language)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TaskKey:
    course_id: str
    step_id: str
    task_id: str
