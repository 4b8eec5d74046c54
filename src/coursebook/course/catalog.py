"""The courses a person can choose from: bundles grouped by course id and language."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from coursebook.course.loader import LoadResult, find_bundles, load_course
from coursebook.course.model import Course


@dataclass(frozen=True)
class CourseVersions:
    """One course in every language it was found in."""

    id: str
    versions: dict[str, LoadResult]

    @property
    def languages(self) -> list[str]:
        return sorted(self.versions)

    def pick_language(self, preferred: Iterable[str]) -> str:
        """The first preferred language this course has, else English, else any."""
        for language in [*preferred, "en"]:
            if language in self.versions:
                return language
        return self.languages[0]

    def version(self, language: str) -> LoadResult:
        return self.versions[language]

    def title(self, language: str) -> str:
        course = self.versions[self.pick_language([language])].course
        assert course is not None  # only loadable bundles are kept
        return course.title


class Catalog:
    """All loadable bundles below one or more folders."""

    def __init__(self, results: Iterable[LoadResult]) -> None:
        self._courses: dict[str, CourseVersions] = {}
        self.unusable: list[LoadResult] = []
        for result in results:
            course = result.course
            if course is None:
                self.unusable.append(result)
                continue
            entry = self._courses.setdefault(course.id, CourseVersions(course.id, {}))
            entry.versions.setdefault(course.language, result)

    @classmethod
    def discover(cls, *roots: Path) -> Catalog:
        return cls(load_course(bundle) for root in roots for bundle in find_bundles(root))

    def __iter__(self) -> Iterator[CourseVersions]:
        return iter(sorted(self._courses.values(), key=lambda c: c.id))

    def __len__(self) -> int:
        return len(self._courses)

    def get(self, course_id: str) -> CourseVersions | None:
        return self._courses.get(course_id)

    def course(self, course_id: str, language: str) -> LoadResult | None:
        """The version of `course_id` in `language` (or the nearest one there is)."""
        entry = self._courses.get(course_id)
        if entry is None:
            return None
        return entry.version(entry.pick_language([language]))


def all_courses(catalog: Catalog) -> list[Course]:
    """Every loaded course version, for cross-language checks."""
    return [
        result.course
        for entry in catalog
        for result in entry.versions.values()
        if result.course is not None
    ]
