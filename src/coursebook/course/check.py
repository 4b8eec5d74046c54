"""`coursebook check-course`: check one bundle, or every bundle below a folder: its problems
(it does not load, or loads in part) and its warnings (tasks that disagree with their
words, see `consistency`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coursebook.course.consistency import course_warnings
from coursebook.course.loader import Problem, compare_versions, find_bundles, load_course
from coursebook.course.model import Course


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[Problem, ...]
    courses: tuple[Course, ...]
    warnings: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.courses)

    def summary(self) -> str:
        versions = ", ".join(f"{c.id} ({c.language})" for c in self.courses)
        steps = sum(len(c.steps) for c in self.courses)
        tasks = sum(len(s.tasks) for c in self.courses for s in c.steps)
        noun = "bundle" if len(self.courses) == 1 else "bundles"
        said = f"OK: {len(self.courses)} {noun} [{versions}], {steps} steps, {tasks} tasks"
        if self.warnings:
            count = len(self.warnings)
            said += f"; {count} warning{'s' if count != 1 else ''}"
        return said


def check_path(path: Path) -> CheckReport:
    bundles = find_bundles(path)
    if not bundles:
        return CheckReport((Problem(path, 1, "no course.toml found here or below"),), ())
    problems: list[Problem] = []
    courses: list[Course] = []
    for bundle in bundles:
        result = load_course(bundle)
        problems.extend(result.problems)
        if result.course is not None:
            courses.append(result.course)
    problems.extend(compare_versions(courses))
    warnings = [warning for course in courses for warning in course_warnings(course)]
    return CheckReport(tuple(problems), tuple(courses), tuple(warnings))
