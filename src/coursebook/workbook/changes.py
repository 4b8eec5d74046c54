"""What an operation changed, as a small value (Anki's `OpChanges`): the window hands it to
every view, and each view redraws only when its own part changed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which parts of the workbook an operation changed.

    `work` holds the steps whose written work changed (texts, ticks, dates: what progress
    and search count); `calls` and `actions` the steps whose list of calls or actions changed
    (added, removed, planned, ticked off elsewhere), which a view showing them must redraw."""

    customers: bool = False  # the register: names, details, scores, last contacts
    work: frozenset[str] = frozenset()
    calls: frozenset[str] = frozenset()
    actions: frozenset[str] = frozenset()
    runs: bool = False  # a run started, switched to, or given another language or start
    everything: bool = False  # a restored backup, demo data: redraw all

    @classmethod
    def of(
        cls,
        *,
        customers: bool = False,
        work: Iterable[str] = (),
        calls: Iterable[str] = (),
        actions: Iterable[str] = (),
        runs: bool = False,
        everything: bool = False,
    ) -> Changes:
        calls, actions = frozenset(calls), frozenset(actions)
        return cls(
            customers,
            frozenset(work) | calls | actions,
            calls,
            actions,
            runs,
            everything,
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.customers or other.customers,
            self.work | other.work,
            self.calls | other.calls,
            self.actions | other.actions,
            self.runs or other.runs,
            self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return self != NOTHING

    @property
    def progress(self) -> bool:
        """Whether the course's progress (ticks in the step list) may have moved."""
        return bool(self.work) or self.runs or self.everything

    @property
    def register(self) -> bool:
        """Whether the customer register or the NPS figures may have moved."""
        return self.customers or self.everything

    def step_redraw(self, step_id: str) -> bool:
        """Whether a view showing the forms of `step_id` must build them again."""
        return step_id in self.calls or step_id in self.actions or self.everything


def heard_from_others(notifications: Iterable[str]) -> Changes:
    """What other people changed in a shared workbook, from the server's notifications
    ("action welcome", "call_note welcome", "customer", "course_run"; migration 0010): a
    step someone else wrote in is drawn again as a whole."""
    changes = Changes()
    for notification in notifications:
        table, _, step = notification.partition(" ")
        if table in ("customer", "customer_score"):
            changes = changes | Changes.of(customers=True)
        elif table == "course_run":
            changes = changes | Changes.of(runs=True)
        elif step:
            register = table == "call_note"  # calls count as contacts in the register
            changes = changes | Changes.of(
                customers=register, work=[step], calls=[step], actions=[step]
            )
    return changes


NOTHING = Changes()
EVERYTHING = Changes(everything=True)
RUNS_CHANGED = Changes(runs=True)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of an operation that writes, with what it changed."""

    value: T
    changes: Changes

    @staticmethod
    def all_of(outcomes: Iterable[Outcome[T]]) -> Outcome[list[T]]:
        """Several operations' outcomes as one: their values, and all they changed."""
        values: list[T] = []
        changes = NOTHING
        for outcome in outcomes:
            values.append(outcome.value)
            changes = changes | outcome.changes
        return Outcome(values, changes)
