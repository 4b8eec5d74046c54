"""Whom to call in this week's step, from the Customers tab: the proposal the step's calls
task asks for ("Suggest whom to call"), and putting the chosen customers into the step
("Plan calls in this week's step"), with a question when some of them were called in
another step of this run already: over a quarter, nobody should get three calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from coursebook.course.model import CallChoice, Course, Step, Task
from coursebook.ui.messages import not_done_message
from coursebook.ui.runner import Runner
from coursebook.workbook.call_planning import CallSuggestion
from coursebook.workbook.core import Workbook
from coursebook.workbook.runs import Run
from coursebook.workbook.task_key import TaskKey


@dataclass(frozen=True)
class CallsTarget:
    """The step whose calls are planned, and its calls task."""

    course: Course
    run: Run
    step: Step
    task: Task

    @property
    def key(self) -> TaskKey:
        return TaskKey(self.run.id, self.course.id, self.step.id, self.task.id)


class CallPlanner(QObject):
    """`suggested(ids, text)`: customers to select and what to say about them;
    `planned(step, count)`: calls were put into the step."""

    suggested = Signal(list, str)
    planned = Signal(object, int)

    def __init__(
        self,
        parent: QWidget,
        runner: Runner,
        target: Callable[[], CallsTarget | None],
        today: Callable[[], date],
    ) -> None:
        super().__init__(parent)
        self.window, self.runner, self.target, self.today = parent, runner, target, today

    # -- the proposal ------------------------------------------------------------------------

    def suggest(self) -> None:
        target = self._target_or_say(self.tr("Suggest whom to call"))
        if target is None:
            return
        self.runner.submit(
            lambda wb: wb.suggest_calls(target.course, target.run, target.step),
            lambda found: self.suggested.emit(
                [c.id for c in found.customers], self.describe(found)
            ),
            lambda error: self._say_not_done(self.tr("Suggest whom to call"), error),
        )

    def kind(self, choose: CallChoice | None) -> str:
        """Whom a calls task is for, in words."""
        if choose is CallChoice.SATISFIED:
            return self.tr("satisfied customers (a 7 or 8)")
        if choose is CallChoice.UNHAPPY:
            return self.tr("unhappy customers (a score of 0 to 6, or a complaint)")
        if choose is CallChoice.ENTHUSIASTIC:
            return self.tr("enthusiastic customers (a 9 or 10)")
        if choose is CallChoice.MIXED:
            return self.tr("customers from every group: unhappy, satisfied and enthusiastic")
        if choose is CallChoice.CALLED_EARLIER:
            return self.tr("customers you called earlier in the course")
        return self.tr("customers")

    def describe(self, found: CallSuggestion) -> str:
        """What the proposal is, in a few sentences."""
        step = found.step_number
        if found.wanted == 0:
            return self.tr("Every call of step {0} has a customer already.").format(step)
        lines = [
            self.tr("Step {0} asks for {1}; %n call(s) still without a customer.", "", found.wanted)
            .replace("{0}", str(step))
            .replace("{1}", self.kind(found.choose))
        ]
        if found.customers:
            lines.append(
                self.tr(
                    "Selected: %n customer(s) who fit, the longest without contact first.",
                    "",
                    len(found.customers),
                )
            )
        else:
            lines.append(self.tr("No customer in the register fits yet."))
        if found.left_out:
            lines.append(
                self.tr("%n left out: called in another step of this run.", "", found.left_out)
            )
        if found.unknown_segment:
            lines.append(
                self.tr(
                    "%n of them have no score yet, so their group is not known.",
                    "",
                    found.unknown_segment,
                )
            )
        if found.customers:
            lines.append(
                self.tr("Check the selection, then click “Plan calls in this week's step”.")
            )
        return " ".join(lines)

    # -- planning ----------------------------------------------------------------------------

    def plan(self, customer_ids: list[int]) -> None:
        """Put these customers into the step's calls; ask first about those called before."""
        target = self._target_or_say(self.tr("Plan calls"))
        if target is None or not customer_ids:
            return
        if target.task.choose is CallChoice.CALLED_EARLIER:  # closing the loop: that's the point
            self._plan(target, customer_ids)
            return

        def read(wb: Workbook) -> list[tuple[int, str, tuple[int, ...]]]:
            earlier = wb.earlier_calls(target.course, target.run, target.step, customer_ids)
            return [(cid, wb.customer(cid).name, steps) for cid, steps in earlier.items()]

        def decide(earlier: list[tuple[int, str, tuple[int, ...]]]) -> None:
            if not earlier:
                self._plan(target, customer_ids)
                return
            answer = self.ask_about_earlier_calls([(name, steps) for _c, name, steps in earlier])
            if answer == "plan":
                self._plan(target, customer_ids)
            elif answer == "leave":
                called = {cid for cid, _name, _steps in earlier}
                rest = [cid for cid in customer_ids if cid not in called]
                if rest:
                    self._plan(target, rest)
                else:
                    self.planned.emit(target.step, 0)

        self.runner.submit(
            read, decide, lambda error: self._say_not_done(self.tr("Plan calls"), error)
        )

    def ask_about_earlier_calls(self, earlier: list[tuple[str, tuple[int, ...]]]) -> str:
        """ "leave", "plan" or "cancel"; the entry point tests replace."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Plan calls"),
            self.tr(
                "%n of these customers were called in another step of this run already:",
                "",
                len(earlier),
            ),
            parent=self.window,
        )
        lines = [
            self.tr("{0} (step {1})").format(name, ", ".join(str(n) for n in steps))
            for name, steps in earlier
        ]
        box.setInformativeText(
            "\n".join(lines)
            + "\n\n"
            + self.tr(
                "The course spreads its calls so that nobody is called twice in a quarter, "
                "until the last step closes the loop."
            )
        )
        leave = box.addButton(self.tr("Leave them out"), QMessageBox.ButtonRole.AcceptRole)
        again = box.addButton(self.tr("Plan them too"), QMessageBox.ButtonRole.YesRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(leave)
        box.exec()
        clicked = box.clickedButton()
        return "leave" if clicked is leave else "plan" if clicked is again else "cancel"

    def _plan(self, target: CallsTarget, customer_ids: list[int]) -> None:
        key, today = target.key, self.today()
        self.runner.submit(
            lambda wb: wb.plan_calls(key, customer_ids, today),
            lambda calls: self.planned.emit(target.step, len(calls)),
            lambda error: self._say_not_done(self.tr("Plan calls"), error),
        )

    # -- saying so ---------------------------------------------------------------------------

    def _target_or_say(self, title: str) -> CallsTarget | None:
        target = self.target()
        if target is None:
            QMessageBox.information(
                self.window,
                title,
                self.tr(
                    "Neither this week's step nor the step you have open has calls to log. "
                    "Open a step with calls and try again."
                ),
            )
        return target

    def _say_not_done(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self.window, title, not_done_message(title, error))
