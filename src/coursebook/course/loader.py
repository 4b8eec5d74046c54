"""Read a course bundle from disk and check it.

A bundle is a folder with `course.toml` and one Markdown file per step (see
docs/course-format.md). Loading never raises for bad content: every problem is returned with
its file and line, a broken step is left out and the rest of the course still loads.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coursebook.course.model import CallChoice, Course, Step, Task, TaskType, Weekday

COURSE_FILE = "course.toml"
FRONT_MATTER_FENCE = "+++"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_TOML_LINE = re.compile(r"at line (\d+)")
_TASKS_HEADER = re.compile(r"^\s*\[\[\s*tasks\s*\]\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[\[?\s*[\w.\"' -]+\s*\]\]?\s*(#.*)?$")

_COURSE_KEYS = {"id", "language", "title", "description", "author", "steps"}
_STEP_KEYS = {"id", "title", "summary", "tasks"}
_COMMON_TASK_KEYS = {"id", "type", "title", "prompt", "due"}
_TASK_KEYS: dict[TaskType, set[str]] = {
    TaskType.CALLS: _COMMON_TASK_KEYS | {"count", "questions", "choose"},
    TaskType.ACTIONS: _COMMON_TASK_KEYS | {"count"},
    TaskType.REFLECTION: _COMMON_TASK_KEYS,
    TaskType.CHECKLIST: _COMMON_TASK_KEYS | {"items"},
}
_COUNT_LIMITS = {TaskType.CALLS: 50, TaskType.ACTIONS: 20}
_MAX_QUESTIONS = 20
_MAX_ITEMS = 30


@dataclass(frozen=True)
class Problem:
    """Something wrong in a bundle, at a file and a line (1-based)."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class LoadResult:
    """The course (None when `course.toml` itself is unusable) and every problem found."""

    course: Course | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.course is not None and not self.problems


class _Located:
    """Finds the line of a key in TOML text, so that errors can point at it."""

    def __init__(self, text: str, first_line: int) -> None:
        self.lines = text.split("\n")  # as TOML counts lines: only \n ends one
        self.first_line = first_line  # file line number of the text's first line

    def _table_ranges(self) -> list[tuple[int, int]]:
        """Line ranges of the `[[tasks]]` tables (empty when they are written another way)."""
        starts = [i for i, line in enumerate(self.lines) if _TASKS_HEADER.match(line)]
        ranges = []
        for index, start in enumerate(starts):
            end = starts[index + 1] if index + 1 < len(starts) else len(self.lines)
            for j in range(start + 1, end):
                if _ANY_HEADER.match(self.lines[j]):
                    end = j
                    break
            ranges.append((start, end))
        return ranges

    def line_of(self, key: str | None = None, table: int | None = None) -> int:
        """The file line of `key` (top level, or in the n-th `[[tasks]]` table)."""
        if table is not None:
            ranges = self._table_ranges()
            if table >= len(ranges):
                return self.first_line
            start, end = ranges[table]
        else:
            start = 0
            end = next(
                (i for i, line in enumerate(self.lines) if _ANY_HEADER.match(line)),
                len(self.lines),
            )
        if key is not None:
            pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
            for i in range(start, end):
                if pattern.match(self.lines[i]):
                    return self.first_line + i
        return self.first_line + (start if table is not None else 0)


def _toml_error_line(error: tomllib.TOMLDecodeError, text: str) -> int:
    """The line of a TOML error, counted in `text`; errors at the end point at its end."""
    match = _TOML_LINE.search(str(error))
    if match:
        return int(match.group(1))
    return max(1, len(text.rstrip("\n").split("\n")))


def _toml_error_message(error: tomllib.TOMLDecodeError) -> str:
    return "invalid TOML: " + re.sub(r"\s*\(at [^)]*\)$", "", str(error))


class _Collector:
    def __init__(self, path: Path, located: _Located) -> None:
        self.path = path
        self.located = located
        self.problems: list[Problem] = []

    def add(self, message: str, key: str | None = None, table: int | None = None) -> None:
        self.problems.append(Problem(self.path, self.located.line_of(key, table), message))

    def text(
        self, data: Mapping[str, Any], key: str, *, required: bool, table: int | None = None
    ) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.add(f"'{key}' is missing", None, table)
            return ""
        if not isinstance(value, str):
            self.add(f"'{key}' must be text, not {type(value).__name__}", key, table)
            return ""
        if required and not value.strip():
            self.add(f"'{key}' is empty", key, table)
        return value.strip()

    def slug(self, data: Mapping[str, Any], key: str, table: int | None = None) -> str:
        value = self.text(data, key, required=True, table=table)
        if value and not _SLUG.match(value):
            self.add(
                f"'{key}' must be lower-case letters, digits and hyphens (got {value!r})",
                key,
                table,
            )
        return value

    def unknown_keys(
        self, data: Mapping[str, Any], allowed: set[str], what: str, table: int | None = None
    ) -> None:
        for key in sorted(set(data) - allowed):
            self.add(
                f"unknown key '{key}' in {what} (allowed: {', '.join(sorted(allowed))})",
                key,
                table,
            )

    def strings(self, data: Mapping[str, Any], key: str, limit: int, table: int) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            self.add(f"'{key}' is missing", None, table)
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.add(f"'{key}' must be a list of texts", key, table)
            return ()
        if not 1 <= len(value) <= limit:
            self.add(f"'{key}' must have 1 to {limit} entries (has {len(value)})", key, table)
        if any(not v.strip() for v in value):
            self.add(f"'{key}' has an empty entry", key, table)
        return tuple(v.strip() for v in value)


def _read_text(path: Path, bundle: Path, problems: list[Problem]) -> str | None:
    try:
        return path.read_text(encoding="utf-8-sig")  # a BOM from a Windows editor is fine
    except UnicodeDecodeError as error:
        problems.append(Problem(path, 1, f"not UTF-8 text ({error.reason} at byte {error.start})"))
    except FileNotFoundError:
        problems.append(Problem(bundle / COURSE_FILE, 1, f"file not found: {path}"))
    except OSError as error:
        problems.append(Problem(path, 1, f"cannot read file: {error.strerror or error}"))
    return None


def _parse_task(collector: _Collector, raw: object, index: int) -> Task | None:
    if not isinstance(raw, dict):
        collector.add(f"task {index + 1} is not a table", "tasks")
        return None
    before = len(collector.problems)
    task_id = collector.slug(raw, "id", index)
    raw_type = raw.get("type")
    try:
        task_type = TaskType(str(raw_type))
    except ValueError:
        known = ", ".join(t.value for t in TaskType)
        if raw_type is None:
            collector.add("'type' is missing", None, index)
        else:
            collector.add(f"unknown task type {raw_type!r} (known: {known})", "type", index)
        return None
    collector.unknown_keys(raw, _TASK_KEYS[task_type], f"a {task_type} task", index)
    title = collector.text(raw, "title", required=False, table=index)
    prompt = collector.text(raw, "prompt", required=task_type is TaskType.REFLECTION, table=index)

    due: Weekday | None = None
    raw_due = raw.get("due")
    if raw_due is None:
        if task_type is TaskType.ACTIONS:
            collector.add("'due' is missing: the weekday the actions are due", None, index)
    else:
        try:
            due = Weekday(raw_due)
        except ValueError:
            days = ", ".join(d.value for d in Weekday)
            collector.add(f"'due' must be a weekday ({days}), not {raw_due!r}", "due", index)

    count = 0
    if task_type in _COUNT_LIMITS:
        raw_count = raw.get("count")
        limit = _COUNT_LIMITS[task_type]
        if raw_count is None:
            collector.add("'count' is missing", None, index)
        elif isinstance(raw_count, bool) or not isinstance(raw_count, int):
            collector.add(f"'count' must be a whole number, not {raw_count!r}", "count", index)
        elif not 1 <= raw_count <= limit:
            collector.add(f"'count' must be 1 to {limit} (got {raw_count})", "count", index)
        else:
            count = raw_count

    questions: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    choose: CallChoice | None = None
    if task_type is TaskType.CALLS:
        questions = collector.strings(raw, "questions", _MAX_QUESTIONS, index)
        raw_choose = raw.get("choose")
        if raw_choose is not None:
            try:
                choose = CallChoice(raw_choose)
            except ValueError:
                known = ", ".join(c.value for c in CallChoice)
                collector.add(
                    f"'choose' must be one of {known}, not {raw_choose!r}", "choose", index
                )
    if task_type is TaskType.CHECKLIST:
        items = collector.strings(raw, "items", _MAX_ITEMS, index)

    if len(collector.problems) > before:
        return None
    return Task(task_id, task_type, title, prompt, due, count, questions, items, choose)


def front_matter_candidates(text: str) -> list[tuple[str, str, int]]:
    """Ways to split a step file into (front matter, body, the body's first line).

    The front matter starts at a first line `+++`; every later `+++` line could close it
    (one may sit inside a multi-line TOML string), so each is a candidate, in order.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        return []
    return [
        ("\n".join(lines[1:index]) + "\n", "\n".join(lines[index + 1 :]), index + 2)
        for index in range(1, len(lines))
        if lines[index].strip() == FRONT_MATTER_FENCE
    ]


TOO_DEEP = "the TOML nests arrays or tables too deeply to be read"


def _parse_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str, str] | Problem:
    """The front matter as data, its text and the lesson body; or the problem with it."""
    candidates = front_matter_candidates(text)
    if not candidates:
        if text.split("\n")[0].strip() != FRONT_MATTER_FENCE:
            return Problem(path, 1, "a step file must start with a '+++' line (TOML front matter)")
        return Problem(path, 1, "the front matter has no closing '+++' line")
    first_error: tomllib.TOMLDecodeError | None = None
    for front, body, _ in candidates:
        try:
            return tomllib.loads(front), front, body
        except tomllib.TOMLDecodeError as error:
            first_error = first_error or error
        except RecursionError:
            return Problem(path, 1, TOO_DEEP)
    assert first_error is not None
    front = candidates[0][0]
    line = 1 + _toml_error_line(first_error, front)
    return Problem(path, line, _toml_error_message(first_error))


def load_step(path: Path, number: int, bundle: Path) -> tuple[Step | None, list[Problem]]:
    """Parse one step file; the step is None when it has any problem."""
    problems: list[Problem] = []
    text = _read_text(path, bundle, problems)
    if text is None:
        return None, problems
    parsed = _parse_front_matter(path, text)
    if isinstance(parsed, Problem):
        return None, [parsed]
    data, front, body = parsed
    front_line = 2
    collector = _Collector(path, _Located(front, front_line))
    collector.unknown_keys(data, _STEP_KEYS, "the step's front matter")
    step_id = collector.slug(data, "id")
    title = collector.text(data, "title", required=True)
    summary = collector.text(data, "summary", required=False)
    raw_tasks = data.get("tasks", [])
    tasks: list[Task] = []
    if not isinstance(raw_tasks, list):
        collector.add("'tasks' must be a list of [[tasks]] tables", "tasks")
        raw_tasks = []
    for index, raw in enumerate(raw_tasks):
        task = _parse_task(collector, raw, index)
        if task is None:
            continue
        if any(t.id == task.id for t in tasks):
            collector.add(f"task id {task.id!r} is used twice in this step", "id", index)
            continue
        tasks.append(task)
    if not body.strip():
        collector.problems.append(Problem(path, len(text.split("\n")), "the lesson is empty"))
    if collector.problems:
        return None, collector.problems
    return Step(number, step_id, title, body.strip() + "\n", path, summary, tuple(tasks)), []


def _resolve_step_path(bundle: Path, entry: str) -> Path | None:
    candidate = Path(entry)
    if "\x00" in entry or candidate.is_absolute() or ".." in candidate.parts:
        return None
    try:
        resolved = (bundle / candidate).resolve()
    except (OSError, ValueError):
        return None
    return resolved if resolved.is_relative_to(bundle.resolve()) else None


def load_course(folder: Path) -> LoadResult:
    """Load the bundle in `folder`, collecting every problem instead of raising."""
    folder = Path(folder)
    course_path = folder / COURSE_FILE
    problems: list[Problem] = []
    if not folder.is_dir():
        return LoadResult(None, (Problem(folder, 1, "not a folder"),))
    if not course_path.is_file():
        return LoadResult(None, (Problem(course_path, 1, "course.toml is missing"),))
    text = _read_text(course_path, folder, problems)
    if text is None:
        return LoadResult(None, tuple(problems))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problem = Problem(course_path, _toml_error_line(error, text), _toml_error_message(error))
        return LoadResult(None, (problem,))
    except RecursionError:
        return LoadResult(None, (Problem(course_path, 1, TOO_DEEP),))

    collector = _Collector(course_path, _Located(text, 1))
    collector.unknown_keys(data, _COURSE_KEYS, "course.toml")
    course_id = collector.slug(data, "id")
    language = collector.text(data, "language", required=True)
    if language and not _LANGUAGE.match(language):
        collector.add(
            f"'language' must be a two-letter code like 'nl' (got {language!r})", "language"
        )
    title = collector.text(data, "title", required=True)
    description = collector.text(data, "description", required=True)
    author = collector.text(data, "author", required=False)
    entries = data.get("steps")
    if entries is None:
        collector.add("'steps' is missing: the list of step files")
        entries = []
    elif not isinstance(entries, list):
        collector.add("'steps' must be a list of file names", "steps")
        entries = []
    elif not entries:
        collector.add("'steps' is empty: a course needs at least one step", "steps")
    if not (course_id and language and title and description) or collector.problems:
        return LoadResult(None, tuple(collector.problems))

    steps: list[Step] = []
    problems = list(collector.problems)
    steps_line = collector.located.line_of("steps")
    seen_files: set[Path] = set()
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, str):
            problems.append(
                Problem(course_path, steps_line, f"step {number}: {entry!r} is not a file name")
            )
            continue
        path = _resolve_step_path(folder, entry)
        if path is None:
            problems.append(
                Problem(course_path, steps_line, f"step {number}: {entry!r} is outside the bundle")
            )
            continue
        if path in seen_files:
            problems.append(
                Problem(course_path, steps_line, f"step {number}: {entry!r} is listed twice")
            )
            continue
        seen_files.add(path)
        if not path.is_file():
            problems.append(
                Problem(course_path, steps_line, f"step {number}: file not found: {entry}")
            )
            continue
        step, step_problems = load_step(folder / entry, number, folder)
        problems.extend(step_problems)
        if step is None:
            continue
        duplicate = next((s for s in steps if s.id == step.id), None)
        if duplicate is not None:
            id_line = _Located(step.source.read_text(encoding="utf-8-sig"), 1).line_of("id")
            problems.append(
                Problem(
                    step.source,
                    max(id_line, 1),
                    f"step id {step.id!r} is also used by step "
                    f"{duplicate.number} ({duplicate.source.name})",
                )
            )
            continue
        steps.append(step)
    course = Course(course_id, language, title, description, folder, tuple(steps), author)
    return LoadResult(course, tuple(problems))


def find_bundles(root: Path) -> list[Path]:
    """Bundle folders at `root` or up to two levels below it, sorted."""
    root = Path(root)
    if (root / COURSE_FILE).is_file():
        return [root]
    found = {p.parent for p in root.glob(f"*/{COURSE_FILE}")}
    found |= {p.parent for p in root.glob(f"*/*/{COURSE_FILE}")}
    return sorted(found)


def _structure(step: Step) -> list[tuple[object, ...]]:
    return [
        (t.id, t.type, t.due, t.count, len(t.questions), len(t.items), t.choose) for t in step.tasks
    ]


def compare_versions(courses: Iterable[Course]) -> list[Problem]:
    """Problems where language versions of one course differ in steps or task structure."""
    problems: list[Problem] = []
    by_id: dict[str, list[Course]] = {}
    for course in courses:
        by_id.setdefault(course.id, []).append(course)
    for versions in by_id.values():
        reference = versions[0]
        for other in versions[1:]:
            where = other.folder / COURSE_FILE
            if other.language == reference.language:
                problems.append(
                    Problem(
                        where,
                        1,
                        f"language {other.language!r} of course "
                        f"{other.id!r} is also in {reference.folder}",
                    )
                )
                continue
            ref_ids = [s.id for s in reference.steps]
            other_ids = [s.id for s in other.steps]
            if ref_ids != other_ids:
                problems.append(
                    Problem(
                        where,
                        1,
                        f"steps differ from the {reference.language!r} "
                        f"version: {other_ids} vs {ref_ids}",
                    )
                )
                continue
            for ref_step, step in zip(reference.steps, other.steps, strict=True):
                if _structure(ref_step) != _structure(step):
                    problems.append(
                        Problem(
                            step.source,
                            1,
                            f"the tasks of step {step.id!r} differ "
                            f"from the {reference.language!r} version "
                            f"({ref_step.source.name})",
                        )
                    )
    return problems
