"""The `Workbook`: the one door to a person's course work, for the window and the command line.

It owns the database of one data folder and offers every operation as a method. Reads return
plain values; writes return an `Outcome`: their value and the `Changes` they made, which the
window hands to its views. Nothing here knows of Qt. The window calls it from one worker
thread (`ui/runner.py`), so a method may take as long as the disk needs.

Problems are raised as codes: `InvalidInput` (a value the person must change), `DatabaseError`
(a file that cannot be opened) and database errors `classify` turns into a `StorageProblem`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from coursebook.course.model import Course, Step, TaskType
from coursebook.course.schedule import task_deadline
from coursebook.export.content import ExportContent, ExportOptions, gather
from coursebook.paths import DataPaths
from coursebook.storage import backup as backups
from coursebook.storage import driver
from coursebook.storage.database import (
    Database,
    DatabaseError,
    DatabaseUnavailableError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    PasswordNeededError,
    ServerUnavailableError,
    WrongPasswordError,
    folder_is_writable,
    inspect_database,
    open_database,
)
from coursebook.storage.driver import Password
from coursebook.storage.encryption import change_protection, key_for
from coursebook.storage.errors import StorageProblem, classify
from coursebook.storage.server import PgDumpMissingError
from coursebook.workbook import (
    actions,
    call_planning,
    calls,
    checklist,
    customers,
    demo,
    forget,
    person,
    progress,
    reflections,
    runs,
    search,
    trash,
    versions,
    week,
)
from coursebook.workbook.actions import Action, DeletedAction
from coursebook.workbook.call_planning import Attention, CallSuggestion
from coursebook.workbook.calls import Call, DeletedCall
from coursebook.workbook.changes import (
    EVERYTHING,
    NOTHING,
    RUNS_CHANGED,
    Changes,
    Outcome,
    heard_from_others,
)
from coursebook.workbook.customer_import import CustomerCandidate, SkippedRow
from coursebook.workbook.customers import (
    CallSummary,
    Customer,
    CustomerRef,
    ImportReport,
    RemovedCustomer,
)
from coursebook.workbook.demo import DemoSummary, WorkbookNotEmptyError
from coursebook.workbook.forget import Forgotten
from coursebook.workbook.move import TableCount, TargetNotEmptyError, move_workbook
from coursebook.workbook.nps import ScoreEntry, Segment
from coursebook.workbook.opening import (
    DailyBackup,
    OpenProblem,
    Recovery,
    copy_daily_backup,
    give_up,
    make_daily_backup,
    open_workbook,
)
from coursebook.workbook.person import PersonData
from coursebook.workbook.progress import StepProgress
from coursebook.workbook.runs import Run
from coursebook.workbook.search import SearchHit
from coursebook.workbook.task_key import TaskKey
from coursebook.workbook.trash import PutBack, TrashEntry, TrashKind
from coursebook.workbook.unchanged import UNCHANGED, Unchanged
from coursebook.workbook.versions import Edit, TextKind, TextRef, TextVersion
from coursebook.workbook.week import WeekGlance

__all__ = [
    "DRIVER_ERRORS",
    "EVERYTHING",
    "KEEP_DAILY",
    "NOTHING",
    "BackupInfo",
    "Changes",
    "DailyBackup",
    "DatabaseError",
    "DatabaseUnavailableError",
    "ForeignDatabaseError",
    "NewerSchemaError",
    "NotADatabaseError",
    "OpenProblem",
    "Outcome",
    "Password",
    "PasswordChanged",
    "PasswordNeededError",
    "PgDumpMissingError",
    "Recovery",
    "Restored",
    "SecondCopy",
    "ServerUnavailableError",
    "StepWork",
    "StorageProblem",
    "Workbook",
    "WorkbookNotEmptyError",
    "WrongPasswordError",
    "back_up_data",
    "back_up_server",
    "classify",
    "folder_is_writable",
    "is_protected",
    "is_server_url",
    "keep_password_in_keyring",
    "keyring_password",
    "probe_shared_database",
    "restore_data",
    "server_address",
    "url_password",
]

log = logging.getLogger(__name__)

BackupInfo = backups.BackupInfo
# What a failing database connection raises (SQLite's errors and SQLCipher's).
DRIVER_ERRORS = driver.Error


def is_server_url(text: str) -> bool:
    """Whether a place to open is a PostgreSQL URL (else: a file)."""
    from coursebook.storage.server import is_server_url as server_url

    return server_url(text)


def server_address(url: str) -> str:
    """A server workbook's address as shown: without its password (ValueError: not one)."""
    from coursebook.storage.server import ServerAddress

    return str(ServerAddress(url))


def back_up_server(url: str, target: Path) -> Path:
    """A backup of a server workbook with pg_dump (PgDumpMissingError without it); the
    password from the URL, ~/.pgpass, PGPASSWORD or the keyring."""
    from coursebook.storage.server import dump_server

    return dump_server(url, target, keyring_password(url))


def probe_shared_database(url: str, password: Password | None = None) -> str | None:
    """Connect to a server database and look, changing nothing: its schema revision, None
    for an empty database; DatabaseError (a password needed or refused, the server away,
    another program's database), ValueError for what is not a PostgreSQL URL."""
    from coursebook.storage.server import probe_server

    return probe_server(url, password)


def url_password(url: str) -> Password | None:
    """The password written in a server URL, if any (to move it to the keyring)."""
    from coursebook.storage.server import ServerAddress

    return ServerAddress(url).password


def keep_password_in_keyring(url: str, password: Password) -> bool:
    """Keep a server's password in the system keyring (False: there is none)."""
    from coursebook.storage.server import save_password_in_keyring

    return save_password_in_keyring(url, password)


def keyring_password(url: str) -> Password | None:
    """The password the system keyring keeps for this server, if any."""
    from coursebook.storage.server import password_from_keyring

    return password_from_keyring(url)


def is_protected(database: Path) -> bool:
    """Whether the database file is encrypted with a password (as far as can be told
    without it)."""
    return driver.looks_encrypted(database)


Restored = backups.Restored
SecondCopy = backups.SecondCopy
KEEP_DAILY = backups.KEEP_DAILY


@dataclass(frozen=True)
class PasswordChanged:
    """The backups given the new password, and those that kept their old one (and why)."""

    backups: tuple[Path, ...]
    backups_failed: tuple[tuple[Path, str], ...]


@dataclass(frozen=True)
class StepWork:
    """Everything written for one step, read in one go when the step is opened."""

    calls: dict[str, list[Call]] = field(default_factory=dict)  # by task id
    actions: dict[str, list[Action]] = field(default_factory=dict)
    reflections: dict[str, str] = field(default_factory=dict)
    ticked: dict[str, set[int]] = field(default_factory=dict)
    customers: list[CustomerRef] = field(default_factory=list)  # to pick from in calls


_VERSIONS_THINNED = "versions_thinned_at"  # when `tidy` last thinned every text's history


def _last_step_key(run_id: int) -> str:
    return f"last_step:{run_id}"


def _last_current_key(run_id: int) -> str:
    return f"last_current_step:{run_id}"


class Workbook:
    """One data folder's course work. Use `Workbook.open`, and `close` when done."""

    def __init__(self, db: Database, folder: Path | None = None) -> None:
        self.db = db
        # The data folder on this computer (recovery files, logs, backups of a file); for a
        # file, the one it is in.
        self._folder = folder
        # What time it is, for the versions of texts and the trash (tests simulate time).
        self.clock: Callable[[], datetime] = datetime.now
        # Who is writing: on a shared workbook, saved with each change of a shared text, so
        # that a conflict can say "changed by Anna at 14:02".
        self.author = ""

    def _edit(self) -> Edit:
        return Edit(self.clock(), by=self.author)

    @classmethod
    def open(
        cls,
        paths: DataPaths,
        decide: Callable[[OpenProblem], Recovery] = give_up,
        *,
        today: date | None = None,
        back_up_today: bool = True,
        password: Password | None = None,
    ) -> Workbook:
        """Check, recover (as `decide` says), migrate and back up the data folder's
        database; raises DatabaseError (or OSError) when it cannot be opened:
        PasswordNeededError or WrongPasswordError for a workbook with a password."""
        return cls(
            open_workbook(
                paths, decide, today=today, back_up_today=back_up_today, password=password
            )
        )

    @classmethod
    def open_server(
        cls, url: str, password: Password | None = None, folder: Path | None = None
    ) -> Workbook:
        """The workbook in a PostgreSQL database (`postgresql://user@host/database`),
        checked and migrated; raises DatabaseError when it cannot be opened. `folder`: the
        data folder on this computer, for what stays local (recovery files, the log)."""
        from coursebook.storage.server import open_server_database

        return cls(open_server_database(url, password), folder)

    def listen_for_others(self, heard: Callable[[Changes], None]) -> Callable[[], None] | None:
        """On a shared workbook: `heard(changes)` for what other people change, called on a
        thread of its own (hand it to the GUI thread); returns how to stop. None for a file,
        which has one writer."""
        if self.db.server is None:
            return None
        from coursebook.storage.server import ChangeListener

        listener = ChangeListener(self.db, lambda heard_now: heard(heard_from_others(heard_now)))
        return listener.stop

    @property
    def shared_address(self) -> str | None:
        """Where a shared workbook lives (without its password); None for a file."""
        return None if self.db.server is None else str(self.db.server)

    @property
    def on_server(self) -> bool:
        """A shared database on a server, not a file on this computer."""
        return self.db.server is not None

    def move_to(self, target: str) -> list[TableCount]:
        """Copy this workbook into an empty PostgreSQL database (a URL) or into a new file
        (a path); the number of rows of each table on both sides afterwards."""
        from coursebook.storage.server import open_server_database

        if is_server_url(target):
            destination = open_server_database(target)
        else:
            path = Path(target)
            if path.exists() and path.stat().st_size > 0:
                raise TargetNotEmptyError(f"{path} exists already")
            destination = open_database(path)
        try:
            return move_workbook(self.db, destination)
        finally:
            destination.close()

    def make_daily_backup(
        self, today: date, keep_daily: int = KEEP_DAILY, second_folder: Path | None = None
    ) -> DailyBackup:
        """The day's backup, if not made yet (the window asks for it once it shows), and its
        copy in the second backup folder when that is there. Not for a server database:
        its backups are the server's (and `coursebook backup`, with pg_dump)."""
        if self.read_only or self.on_server:
            return DailyBackup(None)
        return make_daily_backup(self.db, today, keep_daily, second_folder)

    def copy_daily_backup(
        self, today: date, second_folder: Path, keep_daily: int = KEEP_DAILY
    ) -> DailyBackup:
        """Today's backup into the second folder (files only: safe on any thread)."""
        return copy_daily_backup(self.db.path, second_folder, today, keep_daily)

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def read_only(self) -> bool:
        """On read-only media: reading, searching and exporting work; nothing is saved."""
        return self.db.read_only

    @property
    def folder(self) -> Path:
        return self._folder or self.db.path.parent

    def close(self) -> None:
        self.db.close()

    # -- runs of a course ----------------------------------------------------------------

    @property
    def person(self) -> str:
        """Whose runs these are: on a shared workbook the author; "" for a file (one person)."""
        return self.author if self.on_server else ""

    def runs(self) -> list[Run]:
        """Every run of every course, oldest first (on a shared workbook: this person's,
        and those from before it was shared)."""
        return runs.list_runs(self.db, self.person)

    def everyones_runs(self) -> list[Run]:
        """Every run, of everyone in a shared workbook (to say where a shared action is)."""
        return runs.list_runs(self.db)

    def current_run(self) -> Run | None:
        return runs.current_run(self.db, self.person)

    def start_run(self, course_id: str, language: str, start: date) -> Outcome[Run]:
        """Follow a course (again) from a Monday: a new run, shown from now on; on a shared
        workbook, this person's own (their start, reflections and ticks)."""
        started = runs.start_run(self.db, course_id, language, start, self.person)
        return Outcome(started, RUNS_CHANGED)

    def switch_run(self, run_id: int) -> Outcome[Run]:
        return Outcome(runs.switch_run(self.db, run_id, self.person), RUNS_CHANGED)

    def change_run(
        self, run_id: int, *, language: str | None = None, start: date | None = None
    ) -> Outcome[Run]:
        """Another language of the run's course, or another start Monday."""
        changed = runs.change_run(self.db, run_id, language=language, start=start)
        return Outcome(changed, RUNS_CHANGED)

    def step_to_open(self, course: Course, run: Run, today: date) -> Step:
        """The step to show at start: the one open last time, unless a new week began."""
        return runs.step_to_open(
            course,
            run.start,
            today,
            runs.get_state(self.db, _last_step_key(run.id)),
            runs.get_state(self.db, _last_current_key(run.id)),
        )

    def remember_step(self, course: Course, run: Run, step_id: str, today: date) -> None:
        """Keep which step is open (and which was this week's then) for the next start."""
        if self.read_only:
            return
        this_week = runs.current_step(course, run.start, today)
        runs.set_state(self.db, _last_step_key(run.id), step_id)
        runs.set_state(self.db, _last_current_key(run.id), this_week.id)

    def progress(self, course: Course, run: Run) -> dict[str, StepProgress]:
        return progress.course_progress(self.db, course, run.id)

    # -- one step's work ------------------------------------------------------------------

    def open_step(self, course: Course, run: Run, step: Step, today: date) -> StepWork:
        """The work of `step`, with the empty call forms and action lines its tasks ask for
        made ready (so the person can start typing)."""
        work = StepWork()
        for task in step.tasks:
            key = TaskKey(run.id, course.id, step.id, task.id)
            if task.type is TaskType.CALLS and self.read_only:
                work.calls[task.id] = calls.list_calls(self.db, key)
                if not work.customers:
                    work.customers.extend(customers.list_customers(self.db))
            elif task.type is TaskType.CALLS:
                work.calls[task.id] = calls.ensure_calls(self.db, key, task.count, today)
                if not work.customers:
                    work.customers.extend(customers.list_customers(self.db))
            elif task.type is TaskType.ACTIONS and self.read_only:
                work.actions[task.id] = actions.list_actions(self.db, key)
            elif task.type is TaskType.ACTIONS:
                due = task_deadline(run.start, step.number, task.due) if task.due else today
                work.actions[task.id] = actions.ensure_actions(self.db, key, task.count, due)
            elif task.type is TaskType.REFLECTION:
                work.reflections[task.id] = reflections.get_reflection(self.db, key)
            elif task.type is TaskType.CHECKLIST:
                work.ticked[task.id] = checklist.ticked_items(self.db, key)
        return work

    def save_reflection(self, key: TaskKey, text: str) -> Outcome[None]:
        reflections.save_reflection(self.db, key, text, self._edit())
        return Outcome(None, Changes.of(work=[key.step_id]))

    def set_ticked(self, key: TaskKey, index: int, ticked: bool, today: date) -> Outcome[None]:
        checklist.set_ticked(self.db, key, index, ticked, today)
        return Outcome(None, Changes.of(work=[key.step_id]))

    # -- calls ----------------------------------------------------------------------------

    def add_call(self, key: TaskKey, today: date) -> Outcome[Call]:
        return Outcome(calls.add_call(self.db, key, today), Changes.of(calls=[key.step_id]))

    def update_call(
        self,
        call_id: int,
        *,
        today: date,
        customer: int | str | Unchanged | None = UNCHANGED,
        call_date: date | Unchanged = UNCHANGED,
        channel: str | Unchanged = UNCHANGED,
        score: int | Unchanged | None = UNCHANGED,
        notes: str | Unchanged = UNCHANGED,
        notes_typed_over: str | None = None,
    ) -> Outcome[Call]:
        """Change a call; `notes_typed_over`: the notes the person began from (another
        person's notes saved since are EditConflict)."""
        call = calls.update_call(
            self.db,
            call_id,
            today=today,
            customer=customer,
            call_date=call_date,
            channel=channel,
            score=score,
            notes=notes,
            edit=self._edit(),
            notes_typed_over=notes_typed_over,
        )
        # Who was called, when and the score show in the register; notes do not.
        about_customers = any(v is not UNCHANGED for v in (customer, call_date, score))
        return Outcome(call, Changes.of(customers=about_customers, work=[call.key.step_id]))

    def set_answer(
        self, key: TaskKey, call_id: int, index: int, text: str, based_on: int | None = None
    ) -> Outcome[int]:
        """Save an answer; its version. `based_on`: the version it was typed over (0: none
        yet); when another person saved a different answer since, EditConflict."""
        version = calls.set_answer(self.db, call_id, index, text, self._edit(), based_on)
        return Outcome(version, Changes.of(work=[key.step_id]))

    def delete_call(self, call_id: int) -> Outcome[DeletedCall]:
        """Move a call to the trash (the undo bar puts it back with `restore_call`)."""
        deleted = calls.delete_call(self.db, call_id, self.clock())
        step = deleted.call.key.step_id
        return Outcome(deleted, Changes.of(customers=True, calls=[step]))

    def restore_call(self, deleted: DeletedCall) -> Outcome[Call]:
        call = calls.restore_call(self.db, deleted)
        return Outcome(call, Changes.of(customers=True, calls=[call.key.step_id]))

    def suggest_calls(self, course: Course, run: Run, step: Step) -> CallSuggestion:
        """Whom to call in a step (its task's `choose`), leaving out the customers already
        called in other steps of the run."""
        return call_planning.suggest_calls(self.db, course, run.id, step)

    def earlier_calls(
        self, course: Course, run: Run, step: Step, customer_ids: list[int]
    ) -> dict[int, tuple[int, ...]]:
        """Of these customers, those called in other steps of the run, with those steps."""
        return call_planning.earlier_calls(self.db, course, run.id, step, customer_ids)

    def plan_calls(self, key: TaskKey, customer_ids: list[int], today: date) -> Outcome[list[Call]]:
        planned = calls.plan_calls(self.db, key, customer_ids, today)
        # The register too: calls counted, and the attention list leaves out whoever is planned.
        return Outcome(planned, Changes.of(customers=True, calls=[key.step_id]))

    # -- actions --------------------------------------------------------------------------

    def add_action(self, key: TaskKey, due: date) -> Outcome[Action]:
        return Outcome(actions.add_action(self.db, key, due), Changes.of(actions=[key.step_id]))

    def update_action(
        self,
        action_id: int,
        *,
        today: date,
        text: str | Unchanged = UNCHANGED,
        due: date | Unchanged = UNCHANGED,
        done: bool | Unchanged = UNCHANGED,
        based_on: int | None = None,
    ) -> Outcome[Action]:
        """Change an action. `based_on`: the version its text was typed over; when another
        person saved a different text since, EditConflict (both texts kept)."""

        action = actions.update_action(
            self.db,
            action_id,
            today=today,
            text=text,
            due=due,
            done=done,
            edit=self._edit(),
            based_on=based_on,
        )
        return Outcome(action, Changes.of(actions=[action.key.step_id]))

    def delete_action(self, action_id: int) -> Outcome[DeletedAction]:
        deleted = actions.delete_action(self.db, action_id, self.clock())
        return Outcome(deleted, Changes.of(actions=[deleted.action.key.step_id]))

    def restore_action(self, deleted: DeletedAction) -> Outcome[Action]:
        action = actions.restore_action(self.db, deleted)
        return Outcome(action, Changes.of(actions=[action.key.step_id]))

    def week_glance(self, course: Course, run: Run, today: date) -> WeekGlance:
        """This week: its step, the actions due and overdue, the calls still to make."""
        return week.week_glance(self.db, course, run, today)

    def open_actions(self) -> list[Action]:
        """Open actions of every run (each action's key names its run)."""
        return actions.open_actions(self.db)

    # -- versions of texts ----------------------------------------------------------------

    def versions(self, ref: TextRef) -> list[TextVersion]:
        """The versions kept of one text, the newest (the text as it is now) first."""
        return versions.versions(self.db, ref)

    def restore_version(self, ref: TextRef, version_id: int) -> Outcome[str]:
        """Put an earlier version of a text back (a new version itself); returns the text.
        LookupError when the version or the thing the text belongs to is gone."""
        version = versions.get_version(self.db, ref, version_id)
        edit = Edit(self.clock(), restores=version.saved_at)
        text = version.text
        match ref.kind:
            case TextKind.REFLECTION:
                assert ref.task is not None
                reflections.save_reflection(self.db, ref.task, text, edit)
                return Outcome(text, Changes.of(work=[ref.task.step_id]))
            case TextKind.CALL_NOTES:
                call = calls.update_call(
                    self.db, ref.id, today=edit.at.date(), notes=text, edit=edit
                )
                return Outcome(text, Changes.of(work=[call.key.step_id]))
            case TextKind.CALL_ANSWER:
                calls.set_answer(self.db, ref.id, ref.index, text, edit)
                step = calls.get_call(self.db, ref.id).key.step_id
                return Outcome(text, Changes.of(work=[step]))
            case TextKind.ACTION:
                action = actions.update_action(
                    self.db, ref.id, today=edit.at.date(), text=text, edit=edit
                )
                return Outcome(text, Changes.of(actions=[action.key.step_id]))
            case TextKind.CUSTOMER_NOTES:
                customers.update_customer(self.db, ref.id, notes=text, edit=edit)
                return Outcome(text, Changes.of(customers=True))

    # -- search and export --------------------------------------------------------------

    def export_content(
        self, course: Course, run: Run, options: ExportOptions, today: date
    ) -> ExportContent:
        """What an export of `options.steps` of one run holds, read in one go."""
        return gather(self.db, course, run, options, today)

    # -- search ---------------------------------------------------------------------------

    def search(
        self, typed: str, course: Course | None = None, run: Run | None = None
    ) -> list[SearchHit]:
        """Hits in every run of every course (each hit names its run), then, when a course
        is given, in its lessons (named by `run`, the run shown)."""
        if not typed.strip():
            return []
        hits = search.search(self.db, typed)
        if course is not None:
            hits += search.search_lessons(course, typed, run.id if run is not None else 0)
        return hits

    # -- customers ------------------------------------------------------------------------

    def customer_register(self, *, include_archived: bool = False) -> list[Customer]:
        return customers.customer_register(self.db, include_archived=include_archived)

    def attention_list(self, today: date, weeks: int) -> list[Customer]:
        return customers.attention_list(self.db, today, weeks)

    def attention_in_run(self, run: Run, today: date, weeks: int) -> Attention:
        """The attention list without the customers called (or planned) in this run."""
        return call_planning.attention_in_run(self.db, run.id, today, weeks)

    def customer(self, customer_id: int) -> Customer:
        return customers.get_customer(self.db, customer_id)

    def customer_details(
        self, customer_id: int
    ) -> tuple[Customer, list[CallSummary], list[ScoreEntry]]:
        """A customer with their calls and scores, for the detail pane."""
        return (
            customers.get_customer(self.db, customer_id),
            customers.customer_calls(self.db, customer_id),
            customers.score_history(self.db, customer_id),
        )

    def person_data(self, customer_id: int, courses: Iterable[Course], today: date) -> PersonData:
        """Everything held about one customer, for a request for access (GDPR/AVG)."""
        return person.person_data(self.db, customer_id, courses, today)

    def forget_customer(
        self,
        customer_id: int,
        *,
        keep_calls: bool = False,
        with_backups: bool = False,
        second_folder: Path | None = None,
    ) -> Outcome[Forgotten]:
        """Erase a customer for good (GDPR/AVG): from the database, compacted so the bytes
        are gone, and with `with_backups` from every backup too (those in `second_folder`
        as well, when it is there). `keep_calls` keeps their calls without anything that
        points at them. Raises LookupError for no such customer, sqlite3.Error or OSError
        when the database cannot be changed."""
        if self.on_server:  # backups of a shared workbook are the server's
            calls, scores = forget.forget_on_server(self.db.engine, customer_id, keep_calls)
            return Outcome(forget.Forgotten(calls, scores), EVERYTHING)
        self.db.engine.dispose()  # the erase and VACUUM need the file to themselves
        calls, scores = forget.forget_in_file(
            self.db.path, customer_id, keep_calls, self.db.password
        )
        cleaned: Forgotten = forget.Forgotten(calls, scores)
        if with_backups:
            paths = [backup.path for backup in self.backups()]
            if second_folder is not None:
                paths += [backup.path for backup in backups.backups_in(second_folder)]
            in_backups = forget.forget_in_backups(paths, customer_id, keep_calls, self.db.password)
            cleaned = forget.Forgotten(
                calls, scores, in_backups.backups_cleaned, in_backups.backups_failed
            )
        return Outcome(cleaned, EVERYTHING)

    def remove_customer(self, customer_id: int) -> Outcome[RemovedCustomer]:
        """Move a customer to the trash, with their scores and calls."""
        removed = customers.remove_customer(self.db, customer_id, self.clock())
        return Outcome(removed, Changes.of(customers=True, calls=removed.steps))

    # -- the trash ------------------------------------------------------------------------

    def trash(self) -> list[TrashEntry]:
        """What is in the trash, the most recently removed first."""
        return trash.list_trash(self.db)

    def restore_from_trash(self, entry_id: int) -> Outcome[PutBack]:
        """Put a call, action or customer back as it was; LookupError when it is gone."""
        back = trash.restore(self.db, entry_id)
        if back.kind is TrashKind.ACTION:
            return Outcome(back, Changes.of(actions=back.steps))
        return Outcome(back, Changes.of(customers=True, calls=back.steps))

    def delete_from_trash(self, entry_ids: list[int] | None = None) -> Outcome[int]:
        """Delete these entries for good (all of the trash when None); how many went."""
        return Outcome(trash.delete_for_good(self.db, entry_ids), NOTHING)

    def tidy(self) -> int:
        """Once a day: empty what has been in the trash longer than 30 days, and thin the
        versions of texts not edited since (`versions.prune`). Returns the entries emptied."""
        if self.read_only:
            return 0
        now = self.clock()
        emptied = trash.empty_old(self.db, now)
        last = runs.get_state(self.db, _VERSIONS_THINNED)
        since = datetime.fromisoformat(last) if last else None
        with self.db.session() as session:
            versions.prune(session, now, since=since if since and since <= now else None)
        runs.set_state(self.db, _VERSIONS_THINNED, now.isoformat())
        return emptied

    def score_history(
        self, customer_id: int | None = None, written_by: str | None = None
    ) -> list[ScoreEntry]:
        """Every score, oldest first; `written_by`: only from that person's calls."""
        return customers.score_history(self.db, customer_id, written_by)

    def possible_duplicates(self) -> list[list[Customer]]:
        return customers.possible_duplicates(self.db)

    def add_customer(self, name: str) -> Outcome[int]:
        return Outcome(customers.add_customer(self.db, name), Changes.of(customers=True))

    def update_customer(
        self,
        customer_id: int,
        *,
        name: str | Unchanged = UNCHANGED,
        organisation: str | Unchanged = UNCHANGED,
        email: str | Unchanged = UNCHANGED,
        phone: str | Unchanged = UNCHANGED,
        notes: str | Unchanged = UNCHANGED,
        tags: tuple[str, ...] | Unchanged = UNCHANGED,
        manual_segment: Segment | Unchanged | None = UNCHANGED,
        expected: dict[str, str] | None = None,
    ) -> Outcome[Customer]:
        """Change a customer's details; `expected`: what they were when the person began
        (`customers.detail_values`): another person's change since is EditConflict."""
        customer = customers.update_customer(
            self.db,
            customer_id,
            name=name,
            organisation=organisation,
            email=email,
            phone=phone,
            notes=notes,
            tags=tags,
            manual_segment=manual_segment,
            edit=self._edit(),
            expected=expected,
        )
        return Outcome(customer, Changes.of(customers=True))

    def set_archived(self, customer_ids: Iterable[int], archived: bool) -> Outcome[None]:
        for customer_id in customer_ids:
            customers.set_archived(self.db, customer_id, archived)
        return Outcome(None, Changes.of(customers=True))

    def add_score(
        self, customer_id: int, score: int, on: date, today: date, *, contact: bool = False
    ) -> Outcome[None]:
        """A score given outside a logged call; with `contact` it was given when the person
        spoke to the customer, and counts as their last contact too."""
        source = customers.CONTACT_SCORE if contact else "manual"
        customers.add_score(self.db, customer_id, score, on, today, source)
        return Outcome(None, Changes.of(customers=True))

    def merge_customers(self, keep_id: int, duplicate_id: int) -> Outcome[Customer]:
        kept = customers.merge_customers(self.db, keep_id, duplicate_id)
        return Outcome(kept, Changes.of(customers=True))

    def import_customers(
        self,
        found: Iterable[CustomerCandidate],
        skipped: Iterable[SkippedRow],
        today: date,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> Outcome[ImportReport]:
        report = customers.import_customers(
            self.db, found, skipped, today, progress=progress, cancelled=cancelled
        )
        return Outcome(report, Changes.of(customers=True))

    # -- demo data ------------------------------------------------------------------------

    def fill_demo(self, course: Course, today: date) -> Outcome[DemoSummary]:
        """Example work in an empty workbook; raises WorkbookNotEmptyError otherwise."""
        return Outcome(demo.fill_demo(self.db, course, today), EVERYTHING)

    # -- backups --------------------------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        return backups.list_backups(self.db.path)

    def back_up(self, target: Path | None = None) -> Path:
        return backups.back_up(self.db.path, target=target, password=self.db.password)

    def restore_backup(
        self, backup: Path, backup_password: Password | None = None
    ) -> Outcome[Run | None]:
        """Put `backup` in place of the database (the current file is kept aside), check
        and migrate it, and go on with it; raises DatabaseError, OSError or a database
        error when it cannot, with the database as it was. A backup made with another
        password (`backup_password`) or none gets the workbook's password."""
        self.db.engine.dispose()  # no connection may hold the old file while it is replaced
        password = self.db.password
        backups.restore(self.db.path, backup, password=password, backup_password=backup_password)
        # checks the file and migrates an older schema
        open_database(self.db.path, password=password).close()
        self.db.engine.dispose()
        return Outcome(self.current_run(), EVERYTHING)

    # -- the password ---------------------------------------------------------------------

    @property
    def protected(self) -> bool:
        """Whether the workbook is encrypted with a password."""
        return self.db.password is not None

    def change_password(
        self, old: Password | None, new: Password | None, second_folder: Path | None = None
    ) -> PasswordChanged:
        """Set (`old` None), change or remove (`new` None) the workbook's password, for the
        database and every backup in its backups folder (and in `second_folder`, when it is
        there), each file replaced in one rename (a crash leaves it with the old password
        or the new). WrongPasswordError when `old` is not the workbook's password."""
        if self.read_only:
            raise DatabaseUnavailableError(self.db.path, "the workbook cannot be written here")
        if old != self.db.password:
            raise WrongPasswordError(self.db.path, "that is not the workbook's password")
        path = self.db.path
        self.db.engine.dispose()
        change_protection(path, old, new)
        self.db = open_database(path, password=new)
        changed: list[Path] = []
        failed: list[tuple[Path, str]] = []
        copies = [] if second_folder is None else backups.backups_in(second_folder)
        for backup in [*self.backups(), *copies]:
            try:
                change_protection(backup.path, old, new, keep_time=True)
            except (DatabaseError, OSError, *driver.Error) as error:
                log.warning("%s keeps its protection: %s", backup.path.name, error)
                failed.append((backup.path, getattr(error, "reason", str(error))))
                continue
            changed.append(backup.path)
        return PasswordChanged(tuple(changed), tuple(failed))


def back_up_data(
    paths: DataPaths, target: Path | None = None, password: Password | None = None
) -> Path:
    """A backup of a data folder that is not open (the command line): the file is checked,
    never migrated or changed; raises DatabaseError, OSError or a database error."""
    inspect_database(paths.database, password=key_for(paths.database, password))
    return backups.back_up(paths.database, "manual", target=target, password=password)


def restore_data(
    paths: DataPaths,
    backup: Path,
    password: Password | None = None,
    backup_password: Password | None = None,
) -> Restored:
    """Put `backup` in place of a data folder's database that is not open (the command line).
    A damaged database is moved aside unopened, with its journals; a healthy one is kept as
    a before-restore copy. The restored file gets the workbook's password (or none)."""
    return backups.restore(
        paths.database, backup, password=password, backup_password=backup_password
    )
