"""The main window: steps on the left, the selected step's lesson in the middle."""

from __future__ import annotations

import html
import logging
import threading
from datetime import timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coursebook import APP_NAME, __version__
from coursebook.course.catalog import all_courses
from coursebook.course.loader import LoadResult
from coursebook.course.model import Course, Step, TaskType
from coursebook.course.schedule import step_ends
from coursebook.licences import licence_lines
from coursebook.ui.autosave import SaveManager
from coursebook.ui.context import AppContext
from coursebook.ui.customers.call_plan import CallPlanner, CallsTarget
from coursebook.ui.customers.dashboard import NpsDashboard
from coursebook.ui.customers.view import CustomersView
from coursebook.ui.i18n import format_date, language_name
from coursebook.ui.lesson_view import LessonView
from coursebook.ui.messages import not_done_message, problem_message
from coursebook.ui.open_actions import OpenActionsDialog
from coursebook.ui.places import Places, run_label
from coursebook.ui.reminders import CHECK_EVERY_MS, Reminders
from coursebook.ui.runner import Runner
from coursebook.ui.search_dialog import SearchDialog
from coursebook.ui.step_list import StepListModel, StepListView
from coursebook.ui.theme import note_style
from coursebook.ui.this_week import ThisWeekNote
from coursebook.ui.trash_dialog import TrashDialog
from coursebook.ui.welcome import WelcomeChoice, WelcomeDialog
from coursebook.ui.window_geometry import WISHED, first_place, onto_a_screen
from coursebook.ui.work.panel import WorkPanel
from coursebook.workbook.actions import Action
from coursebook.workbook.changes import NOTHING, Changes, Outcome
from coursebook.workbook.core import (
    DailyBackup,
    Password,
    PasswordNeededError,
    SecondCopy,
    Workbook,
    WrongPasswordError,
)
from coursebook.workbook.customers import CallSummary
from coursebook.workbook.forget import Forgotten
from coursebook.workbook.runs import Run, current_step
from coursebook.workbook.search import SearchHit
from coursebook.workbook.week import WeekGlance

log = logging.getLogger(__name__)
HEAR_PAUSE_MS = 300  # other people's changes are gathered this long before views redraw
OTHERS = object()  # the origin of changes other people made in a shared workbook
RESTART = 1077  # the exit status that makes app.run_gui build the window again
LEAVE_EXAMPLE = 1078  # … and go from the example workbook back to the person's own
GEOMETRY_KEY = "window/geometry"
SPLITTER_KEY = "window/splitter"


class MainWindow(QMainWindow):
    """Lays out the views and routes between them. Every read and write of the workbook
    goes through `runner` (one worker thread); views hear what changed from its `changed`
    signal and redraw their own part."""

    second_copy_done = Signal(object)  # a DailyBackup, from the second-copy thread
    others_changed = Signal(object)  # Changes other people made (a shared workbook's thread)

    def __init__(self, context: AppContext, run: Run) -> None:
        super().__init__()
        self.context = context
        self.run = run
        self.places = Places(context.catalog, run, [run])
        self.course: Course | None = None
        self.problems: tuple[str, ...] = ()
        self.setWindowTitle(APP_NAME)

        self.steps_model = StepListModel(self)
        self.step_list = StepListView()
        self.step_list.setModel(self.steps_model)
        self.step_list.setMinimumWidth(250)
        self.step_list.selectionModel().currentChanged.connect(self._on_current_changed)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet(note_style("note") + "padding: 8px;")
        self.banner.hide()
        self.banner.linkActivated.connect(
            lambda link: self.start_again() if link == "#again" else None
        )
        self.lesson = LessonView()
        self.lesson.link_refused.connect(self._on_link_refused)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.banner)
        centre_layout.addWidget(self.lesson, 1)

        self.runner = Runner(context.workbook, self)
        self.runner.changed.connect(self._on_changes)
        self.saver = SaveManager(
            self.runner, self, recovery_dir=context.workbook.folder / "recovery"
        )
        self.saver.failed.connect(self._on_save_failed)
        self.saver.saved.connect(self._on_saved)
        self.save_state = QLabel()  # quiet, at the right of the status bar
        self.save_state.setAccessibleName(self.tr("Saved"))
        self.statusBar().addPermanentWidget(self.save_state)
        # On a shared workbook, what other people change reaches the views as their own
        # edits do, gathered for a moment so that a burst redraws once.
        self._heard = NOTHING
        self._hear_timer = QTimer(self)
        self._hear_timer.setSingleShot(True)
        self._hear_timer.timeout.connect(self._tell_what_others_changed)
        self.others_changed.connect(self._on_others_changed)  # queued: from another thread
        self._stop_listening = context.workbook.listen_for_others(self.others_changed.emit)
        shared = context.workbook.shared_address
        if shared is not None:  # a team's workbook on a server: say whose and where
            self.shared_label = QLabel(self.tr("Shared workbook: {0}").format(shared))
            self.shared_label.setToolTip(
                self.tr("Everyone who connects to this database sees and changes the same work.")
            )
            self.statusBar().addPermanentWidget(self.shared_label)
        self.saver.waiting.connect(self._on_save_waiting)
        self.second_copy_done.connect(self._on_daily_backup)  # queued: back on this thread
        self.work = WorkPanel(self.saver)
        self.save_problem = QLabel()
        self.save_problem.setWordWrap(True)
        self.save_problem.setStyleSheet(note_style("alarm") + "padding: 8px;")
        self.save_problem.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.save_problem)
        right_layout.addWidget(self.work.undo_bar)
        right_layout.addWidget(self.work, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.run_picker = QComboBox()  # shown when there is more than one run
        self.run_picker.setAccessibleName(self.tr("Run of the course"))
        self.run_picker.setToolTip(self.tr("Which time through a course to show"))
        self.run_picker.hide()
        self.run_picker.activated.connect(
            lambda index: self.switch_run(int(self.run_picker.itemData(index)))
        )
        steps_side = QWidget()
        steps_layout = QVBoxLayout(steps_side)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.setSpacing(4)
        steps_layout.addWidget(self.run_picker)
        steps_layout.addWidget(self.step_list, 1)
        self.splitter.addWidget(steps_side)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([280, 560, 520])

        self.customers = CustomersView(self.saver, context.today)
        self.customers.set_attention_weeks(context.preferences.number("customers/attention_weeks"))
        self.customers.use_preferences(context.preferences)
        self.call_planner = CallPlanner(self, self.runner, self._calls_target, context.today)
        self.call_planner.suggested.connect(self.customers.show_suggestion)
        self.call_planner.planned.connect(self._calls_planned)
        self.customers.suggest_calls_requested.connect(self._suggest_calls)
        self.customers.plan_calls_requested.connect(self._plan_calls)
        self.customers.import_requested.connect(self.import_customers)
        self.customers.export_person_requested.connect(self.export_person)
        self.customers.forget_requested.connect(self.forget_customer)
        self.customers.open_call.connect(self.open_customer_call)
        self.customers.removed.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.dashboard = NpsDashboard(self.runner)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Course"))
        self.tabs.addTab(self.customers, self.tr("Customers"))
        dashboard_area = QScrollArea()  # the charts keep their height on a small screen
        dashboard_area.setWidgetResizable(True)
        dashboard_area.setFrameShape(QScrollArea.Shape.NoFrame)
        dashboard_area.setWidget(self.dashboard)
        self.tabs.addTab(dashboard_area, self.tr("NPS"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.search_dialog: SearchDialog | None = None
        self.help_window: QDialog | None = None
        self.actions_dialog: OpenActionsDialog | None = None
        self.trash_dialog: TrashDialog | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.example_note = QLabel()
        self.example_note.setWordWrap(True)
        self.example_note.setTextFormat(Qt.TextFormat.RichText)
        self.example_note.setStyleSheet(note_style("note") + "padding: 8px;")
        self.example_note.linkActivated.connect(lambda _link: self.leave_example())
        self.example_note.setVisible(context.example)
        if context.example:
            self.example_note.setText(
                self.tr(
                    "This is an example workbook, to look around in: a course halfway "
                    "through, with customers, calls, actions and reflections. Nothing you do "
                    "here touches your own work. <a href='#own'>Start your own course</a>"
                )
            )
        self.this_week = ThisWeekNote()
        self.this_week.show_step.connect(self._go_to_this_week)
        self.this_week.open_actions.connect(self.show_open_actions)
        self.this_week.open_action.connect(self.open_action)
        self.reminders = Reminders(context.preferences, self.notify, parent=self)
        self.clock = QTimer(self)
        self.clock.setInterval(CHECK_EVERY_MS)
        self.clock.timeout.connect(self._on_clock)
        self.clock.start()
        self._day = context.today()
        self.tray: QSystemTrayIcon | None = None
        central_layout.addWidget(self.example_note)
        central_layout.addWidget(self.this_week)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._mention_recovered_text()
        self._mention_read_only()
        self._build_menus()
        self._restore_geometry()
        self.load_course()

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.show_export)
        file_menu.addAction(self.export_action)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.show_export(printing=True))
        file_menu.addAction(self.print_action)
        self.preview_action = QAction(self.tr("Print pre&view…"), self)
        self.preview_action.triggered.connect(lambda: self.show_export(printing=True, preview=True))
        file_menu.addAction(self.preview_action)
        self.calendar_action = QAction(self.tr("Export &calendar…"), self)
        self.calendar_action.setStatusTip(
            self.tr("Each step's start and each action's due date, for your own calendar")
        )
        self.calendar_action.triggered.connect(self.export_calendar)
        file_menu.addAction(self.calendar_action)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.show_backups)
        if self.context.workbook.on_server:  # the server keeps the backups (docs/team.md)
            self.backups_action.setEnabled(False)
            self.backups_action.setToolTip(
                self.tr("A shared workbook is backed up on its server (pg_dump)")
            )
        file_menu.addAction(self.backups_action)
        self.settings_action = QAction(self.tr("Se&ttings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: app menu
        self.settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # the standard key is empty on Windows
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        course_menu = self.menuBar().addMenu(self.tr("&Course"))
        self.change_course_action = QAction(self.tr("Change course or start date…"), self)
        self.change_course_action.triggered.connect(self.change_course)
        course_menu.addAction(self.change_course_action)
        self.start_again_action = QAction(self.tr("&Start the course again…"), self)
        self.start_again_action.setStatusTip(
            self.tr("A new run from a Monday you choose; your work so far stays as it is")
        )
        self.start_again_action.triggered.connect(self.start_again)
        course_menu.addAction(self.start_again_action)
        self.runs_menu = course_menu.addMenu(self.tr("&Runs"))
        self.runs_group = QActionGroup(self)
        self.runs_group.setExclusive(True)
        self.language_menu = course_menu.addMenu(self.tr("Course &language"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.next_action = QAction(self.tr("&Next step"), self)
        self.next_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_action.triggered.connect(lambda: self.move_step(1))
        self.previous_action = QAction(self.tr("&Previous step"), self)
        self.previous_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_action.triggered.connect(lambda: self.move_step(-1))
        self.this_week_action = QAction(self.tr("&This week's step"), self)
        self.this_week_action.setShortcut(QKeySequence("Ctrl+Home"))
        self.this_week_action.triggered.connect(self.select_current_step)
        for action in (self.next_action, self.previous_action, self.this_week_action):
            go_menu.addAction(action)
        go_menu.addSeparator()
        for number, label in enumerate(
            (self.tr("The &course"), self.tr("C&ustomers"), self.tr("&NPS dashboard"))
        ):
            tab_action = QAction(label, self)
            tab_action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            tab_action.triggered.connect(lambda _c=False, n=number: self.tabs.setCurrentIndex(n))
            go_menu.addAction(tab_action)

        work_menu = self.menuBar().addMenu(self.tr("&Work"))
        self.search_action = QAction(self.tr("&Search your work…"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.show_search)
        self.reflection_action = QAction(self.tr("Write the &reflection"), self)
        self.reflection_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reflection_action.triggered.connect(self.work.focus_reflection)
        self.add_call_action = QAction(self.tr("&Add a call"), self)
        self.add_call_action.setShortcut(QKeySequence("Ctrl+N"))
        self.add_call_action.triggered.connect(self._add_call)
        self.open_actions_action = QAction(self.tr("&Open actions…"), self)
        self.open_actions_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.open_actions_action.triggered.connect(self.show_open_actions)
        self.trash_action = QAction(self.tr("&Trash…"), self)
        self.trash_action.triggered.connect(self.show_trash)
        for action in (
            self.search_action,
            self.reflection_action,
            self.add_call_action,
            self.open_actions_action,
        ):
            work_menu.addAction(action)
        work_menu.addSeparator()
        work_menu.addAction(self.trash_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1; Cmd+? on macOS
        guide.triggered.connect(self.show_user_guide)
        help_menu.addAction(guide)
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About Coursebook"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- course ----------------------------------------------------------------------------

    def _load_result(self) -> LoadResult | None:
        return self.context.catalog.course(self.run.course_id, self.run.language)

    def load_course(self, open_step: str | None = None) -> None:
        """Show the followed course; opens `open_step`, else the step to open at start."""
        result = self._load_result()
        self.course = result.course if result is not None else None
        self.problems = tuple(str(p) for p in result.problems) if result is not None else ()
        if self.course is None:
            self.steps_model.clear()
            self._show_banner(
                self.tr(
                    "The course “{0}” could not be found in this installation. "
                    "Choose another one in Course → Change course or start date."
                ).format(html.escape(self.run.course_id))
            )
            self.lesson.clear()
            return
        title = f"{self.course.title} — {APP_NAME}"
        if self.context.example:
            title = self.tr("{0} (example)").format(title)
        self.setWindowTitle(title)
        self._fill_language_menu()
        self._read_runs()
        self.steps_model.set_course(self.course, self.run.start, self.context.today())
        self.customers.set_course(self.course, self.run)
        self.dashboard.set_course(self.course)
        self.refresh_progress()
        self.refresh_week()
        if self.problems:
            details = "<br/>".join(html.escape(p) for p in self.problems[:5])
            self._show_banner(
                self.tr("Part of this course could not be loaded; the rest works as usual.")
                + f"<br/><small>{details}</small>"
            )
        elif self.course.steps and self.context.today() > step_ends(
            self.run.start, self.course.steps[-1].number
        ):
            self._show_banner(
                self.tr(
                    "You have been through the whole course. Following it again makes the "
                    "habit stick: <a href='#again'>start it again</a> from a Monday you "
                    "choose; what you wrote this time stays as it is."
                )
            )
        else:
            self.banner.hide()
        if open_step is not None and self.course.step(open_step) is not None:
            self.select_step(open_step)
        else:
            self._select_start_step()
        self.statusBar().showMessage(
            (
                self.tr("Started on {0}")
                if self.run.start <= self.context.today()
                else self.tr("Starts on {0}")
            ).format(format_date(self.run.start))
        )

    def _read_runs(self) -> None:
        """Every run, for the Runs menu, the run picker above the steps, and the labels of
        search hits and open actions from other runs."""
        self.runner.submit(lambda wb: (wb.runs(), wb.everyones_runs()), self._show_runs)

    def _show_runs(self, found: tuple[list[Run], list[Run]]) -> None:
        runs, everyones = found  # this person's; and, to name places, the team's too
        self.places = Places(self.context.catalog, self.run, everyones)
        shown = next((r for r in runs if r.id == self.run.id), self.run)
        self.run = shown  # with its number among the runs of its course
        self.runs_menu.clear()
        for action in self.runs_group.actions():
            self.runs_group.removeAction(action)
        self.run_picker.blockSignals(True)
        self.run_picker.clear()
        for run in reversed(runs):  # the newest first
            label = run_label(run, self.places.course_of(run))
            action = QAction(label, self.runs_group)
            action.setCheckable(True)
            action.setChecked(run.id == self.run.id)
            action.triggered.connect(lambda _checked=False, r=run.id: self.switch_run(r))
            self.runs_menu.addAction(action)
            self.run_picker.addItem(label, run.id)
        self.run_picker.setCurrentIndex(max(0, self.run_picker.findData(self.run.id)))
        self.run_picker.blockSignals(False)
        self.run_picker.setVisible(len(runs) > 1)
        self.runs_menu.setEnabled(len(runs) > 1)
        if self.search_dialog is not None:
            self.search_dialog.set_places(self.places)
        if self.actions_dialog is not None:
            self.actions_dialog.reload(self.places)
        if self.trash_dialog is not None:
            self.trash_dialog.reload(self.places)

    def _fill_language_menu(self) -> None:
        """One entry per language the course exists in; the course's own is ticked."""
        self.language_menu.clear()
        for action in self.language_group.actions():
            self.language_group.removeAction(action)
        entry = self.context.catalog.get(self.run.course_id)
        shown = self.course.language if self.course is not None else ""
        for code in entry.languages if entry is not None else []:
            action = QAction(language_name(code), self.language_group)
            action.setCheckable(True)
            action.setChecked(code == shown)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            self.language_menu.addAction(action)
        self.language_menu.setEnabled(len(self.language_group.actions()) > 1)

    def switch_language(self, language: str) -> None:
        """Show the course in another language; the work stays with the step, so keep it open."""
        if self.course is None or language == self.course.language:
            return
        selected = self.selected_step()
        run_id = self.run.id
        self.runner.submit(
            lambda wb: wb.change_run(run_id, language=language),
            lambda run: self.show_run(run, selected.id if selected is not None else None),
        )

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _current_step(self) -> Step:
        """This week's step, or the nearest loaded step before it."""
        assert self.course is not None
        return current_step(self.course, self.run.start, self.context.today())

    def _select_start_step(self) -> None:
        """Reopen the step selected last time, unless a new week has begun since then."""
        if self.course is None or not self.course.steps:
            self.lesson.clear()
            self.work.clear()
            return
        course, run, today = self.course, self.run, self.context.today()

        def chosen(step: Step) -> None:
            # Unless the person picked a step meanwhile, or another course is shown.
            if self.course is course and self.selected_step() is None:
                self.select_step(step.id)

        self.runner.submit(lambda wb: wb.step_to_open(course, run, today), chosen)

    def select_step(self, step_id: str) -> None:
        row = self.steps_model.row_of(step_id)
        if row is None:
            return
        index = self.steps_model.index(row)
        self.step_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.step_list.scrollTo(index)

    def select_current_step(self) -> None:
        if self.course is not None and self.course.steps:
            self.select_step(self._current_step().id)

    def selected_step(self) -> Step | None:
        index = self.step_list.currentIndex()
        if self.course is None or not index.isValid():
            return None
        return self.course.step(self.steps_model.step_at(index.row()).id)

    def move_step(self, delta: int) -> None:
        count = self.steps_model.rowCount()
        if count == 0:
            return
        row = self.step_list.currentIndex().row()
        new_row = min(max(row + delta, 0), count - 1)
        self.select_step(self.steps_model.step_at(new_row).id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        step = self.selected_step()
        if step is None or self.course is None:
            return
        course, run, today = self.course, self.run, self.context.today()
        self.lesson.show_step(step, course.folder, run.start, today)
        self.work.show_step(course, run, step, self.context.today)
        self.runner.submit(lambda wb: wb.remember_step(course, run, step.id, today))

    def change_course(self) -> None:
        current = WelcomeChoice(self.run.course_id, self.run.language, self.run.start)
        choice = WelcomeDialog.ask(
            self.context.catalog, self.context.course_language, self.context.today(), self, current
        )
        if choice is None:
            return
        self.saver.flush()
        run_id = self.run.id
        if choice.course_id == self.run.course_id:  # the same run, another start or language
            self.runner.submit(
                lambda wb: wb.change_run(run_id, language=choice.language, start=choice.start),
                self.show_run,
                lambda error: self._say_not_done(self.tr("Course"), error),
            )
        else:  # another course: a run of its own; the work of this one stays with it
            self.runner.submit(
                lambda wb: wb.start_run(choice.course_id, choice.language, choice.start),
                self.show_run,
                lambda error: self._say_not_done(self.tr("Course"), error),
            )

    def start_again(self) -> None:
        """Follow the course again from a Monday: a new run; the earlier one stays as it is."""
        today = self.context.today()
        next_monday = today + timedelta(days=7 - today.weekday())
        current = WelcomeChoice(self.run.course_id, self.run.language, next_monday)
        choice = WelcomeDialog.ask(
            self.context.catalog,
            self.context.course_language,
            today,
            self,
            current,
            self.tr("Start the course again"),
        )
        if choice is None:
            return
        self.saver.flush()
        self.runner.submit(
            lambda wb: wb.start_run(choice.course_id, choice.language, choice.start),
            self.show_run,
            lambda error: self._say_not_done(self.tr("Course"), error),
        )

    def switch_run(self, run_id: int) -> None:
        """Show another run (an earlier time through the course, or another course)."""
        if run_id == self.run.id:
            return
        self.saver.flush()
        self.runner.submit(lambda wb: wb.switch_run(run_id), self.show_run)

    def show_run(self, run: Run, open_step: str | None = None) -> None:
        self.run = run
        self.load_course(open_step=open_step)

    def _on_link_refused(self, target: str) -> None:
        self.statusBar().showMessage(
            self.tr("This link cannot be opened: {0}").format(target), 8000
        )

    def show_user_guide(self) -> None:
        """The guide in a window of its own, beside this one (raised if already open)."""
        from coursebook.ui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self.context.language, self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    def show_shortcuts(self) -> None:
        from coursebook.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def show_about(self) -> None:
        """The version and where the data is; the folder opens in the file manager."""
        self.about_box().exec()

    def about_box(self) -> QMessageBox:
        folder = self.context.workbook.folder
        url = QUrl.fromLocalFile(str(folder)).toString()
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Coursebook"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "<h3>Coursebook {0}</h3><p>Follow a weekly course and keep your course "
                "work safe, on your own computer.</p><p>Your data: {1}</p>"
            ).format(
                __version__,
                f'<a href="{html.escape(url)}">{html.escape(str(folder))}</a>',
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box.setInformativeText(
            self.tr(
                "Coursebook is free software under the GNU General Public License, version 3 "
                "or later. It is built with the parts listed under the details, each under "
                "its own licence."
            )
        )
        box.setDetailedText("\n".join(licence_lines()))
        return box

    # -- settings and backups --------------------------------------------------------------

    def show_settings(self) -> None:
        from coursebook.ui.password_dialog import PasswordManager
        from coursebook.ui.settings_dialog import SettingsDialog

        passwords = None
        workbook = self.context.workbook
        if not self.context.example and not workbook.read_only and not workbook.on_server:
            passwords = PasswordManager(
                self.runner,
                self.context.workbook.folder,
                self.context.today,
                self,
                self.context.preferences.second_backup_folder,
            )
        dialog = SettingsDialog(self.context.preferences, self, passwords)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_settings(dialog.changed)
        if dialog.restart_now:
            self.restart()

    def apply_settings(self, changed: set[str]) -> None:
        """What takes effect at once; the interface language and the appearance wait for the
        window to be made again (the dialog offers that)."""
        preferences = self.context.preferences
        if "customers/attention_weeks" in changed:
            self.customers.set_attention_weeks(preferences.number("customers/attention_weeks"))
        if changed & {"backups/second_folder", "backups/keep_daily"}:
            self.make_daily_backup()  # copies today's backup to a new second folder at once

    def restart(self, status: int = RESTART) -> None:
        """Close the window (saving everything, as on quit) and make it again."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)
        if self.close():
            app.exit(status)
        else:
            app.setQuitOnLastWindowClosed(True)

    def leave_example(self) -> None:
        """From the example workbook to the person's own (the welcome, on a first start)."""
        self.restart(LEAVE_EXAMPLE)

    def make_daily_backup(self) -> None:
        """The day's backup, on the database worker once the window shows; then its copy
        in the second backup folder on a thread of its own (a slow stick or a share that
        does not answer never holds up the work). The status bar says how that went."""
        preferences = self.context.preferences
        today, keep = self.context.today(), preferences.number("backups/keep_daily")
        # The example workbook never goes to the person's stick as if it were their work.
        second = None if self.context.example else preferences.second_backup_folder

        def then(report: DailyBackup) -> None:
            if report.problem or second is None or self.context.workbook.read_only:
                self._on_daily_backup(report)
                return
            workbook = self.context.workbook

            def copy() -> None:
                try:
                    copied = workbook.copy_daily_backup(today, second, keep)
                except Exception as error:  # a bug: logged, said quietly, never a crash
                    log.exception("copying the backup to %s failed", second)
                    copied = DailyBackup(None, problem=str(error), second_failed=True)
                try:
                    self.second_copy_done.emit(copied)
                except RuntimeError:  # the window closed meanwhile: nobody left to tell
                    log.info("second backup copy done after the window closed: %s", copied)

            threading.Thread(target=copy, name="second-backup", daemon=True).start()

        self.runner.submit(lambda wb: wb.make_daily_backup(today, keep, None), then)
        self.runner.submit(lambda wb: wb.tidy())  # the trash's oldest, the versions' surplus

    def _on_daily_backup(self, report: DailyBackup) -> None:
        folder = self.context.preferences.second_backup_folder
        if report.problem and report.second_failed and folder is not None:
            message = self.tr("Today's backup could not be copied to {0}: {1}").format(
                folder, report.problem
            )
        elif report.problem:
            message = self.tr("Today's backup could not be made: {0}").format(report.problem)
        elif report.second is SecondCopy.NOT_CONNECTED:
            message = self.tr(
                "The second backup folder {0} is not there (not plugged in?). Today's backup "
                "is in the data folder and is copied there next time."
            ).format(folder)
        elif report.second is SecondCopy.COPIED:
            message = self.tr("Today's backup is also in {0}").format(folder)
        else:
            return
        self.statusBar().showMessage(message, 15000)

    # -- window state ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = self.context.settings
        geometry = settings.value(GEOMETRY_KEY)
        screens = [s.availableGeometry() for s in QApplication.screens()]
        primary = QApplication.primaryScreen()
        if primary is not None:
            screens.insert(0, primary.availableGeometry())
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            moved = onto_a_screen(self.geometry(), screens)
            if moved is not None:
                self.setGeometry(moved)
        elif screens:
            self.setGeometry(first_place(screens[0]))
        else:
            self.resize(WISHED)
        splitter = settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        settings = self.context.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.sync()
        if settings.status() != QSettings.Status.NoError:  # only the window's size is lost
            log.warning("the window's size could not be kept in %s", settings.fileName())

    def _on_others_changed(self, changes: Changes) -> None:
        self._heard = self._heard | changes
        if not self._hear_timer.isActive():
            self._hear_timer.start(HEAR_PAUSE_MS)

    def _tell_what_others_changed(self) -> None:
        heard, self._heard = self._heard, NOTHING
        if heard:
            self.saver.flush()  # what this person typed is saved before views redraw
            self.runner.changed.emit(heard, OTHERS)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.saver.flush()
        if self.saver.has_pending() and not self._may_quit_with_unsaved_text():
            event.ignore()
            return
        if self._stop_listening is not None:
            self._stop_listening()
            self._stop_listening = None
        self.saver.runner.shutdown()  # what is left to save from now on is saved at once
        self.save_window_state()
        for dialog in (self.search_dialog, self.actions_dialog, self.trash_dialog):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)

    def _may_quit_with_unsaved_text(self) -> bool:
        """Text could not be saved (a full disk, a locked file): say where it is kept and let
        the person save it to a file of their own, quit anyway, or stay."""
        unsaved = self.saver.unsaved()  # texts; a tick or a date waiting has no text
        places = sorted({str(path) for _text, path in unsaved.values() if path is not None})
        choice = self.ask_about_unsaved_text(places)
        if choice == "save" and unsaved:
            return self._save_unsaved_text_as(unsaved)
        return choice == "quit"

    def ask_about_unsaved_text(self, places: list[str]) -> str:
        """ "save", "quit" or "stay"; the entry point tests replace."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Text not saved"),
            self.tr("Some of what you typed could not be saved in your workbook."),
            parent=self,
        )
        if places:
            where = self.tr("A copy is kept in: {0}").format("\n".join(places))
        else:
            where = self.tr("No copy could be written anywhere: the text is only on screen.")
        box.setInformativeText(where)
        save = box.addButton(self.tr("Save the text to a file…"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(self.tr("Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Don't quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "quit" if clicked is leave else "stay"

    def _save_unsaved_text_as(self, unsaved: dict[str, tuple[str, Path | None]]) -> bool:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the text that was not saved"),
            str(Path.home() / "coursebook-unsaved.txt"),
            self.tr("Text files (*.txt)"),
        )
        if not name:
            return False
        text = "\n\n".join(f"[{key}]\n{value}" for key, (value, _path) in unsaved.items())
        try:
            Path(name).write_text(text, encoding="utf-8")
        except OSError as error:
            log.error("could not write %s: %s", name, error)
            QMessageBox.warning(
                self,
                self.tr("Text not saved"),
                self.tr("{0} could not be written ({1}); choose another place.").format(
                    name, error.strerror or error
                ),
            )
            return False
        return True

    # -- work ------------------------------------------------------------------------------

    def refresh_progress(self) -> None:
        course, run = self.course, self.run
        if course is not None:
            self.runner.submit(
                lambda wb: wb.progress(course, run),
                lambda progress: (
                    self.steps_model.set_progress(progress)
                    if self.course is course and self.run.id == run.id
                    else None
                ),
            )

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.progress:
            self.refresh_progress()
            self.refresh_week()

    # -- this week and its reminders -------------------------------------------------------

    def refresh_week(self) -> None:
        """Read this week's glance: the note on top, the overdue marks, the reminders."""
        course, run, today = self.course, self.run, self.context.today()
        if course is None or not course.steps:
            return

        def show(glance: WeekGlance) -> None:
            if self.course is not course or self.run.id != run.id:
                return  # another course or run since
            label = self.tr("step {0}, {1}").format(glance.step.number, glance.step.title)
            self.this_week.show_glance(glance, label, today)
            self.steps_model.set_overdue(glance.overdue_by_step)
            if not self.context.example:  # no reminders of made-up actions
                self.reminders.update(glance, label)
                self.reminders.check()

        self.runner.submit(lambda wb: wb.week_glance(course, run, today), show)

    def _on_clock(self) -> None:
        """Every minute: a new day reads the week again (a Monday opens a step); else the
        reminders that have come due are given."""
        today = self.context.today()
        if today != self._day:
            self._day = today
            self.refresh_week()
        else:
            self.reminders.check()

    def _go_to_this_week(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_current_step()

    def notify(self, title: str, message: str) -> None:
        """A notification of the system tray where there is one, else the status bar."""
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.windowIcon(), self)
                self.tray.setToolTip(APP_NAME)
                self.tray.messageClicked.connect(self._bring_to_front)
                self.tray.activated.connect(lambda _reason: self._bring_to_front())
                self.tray.show()
            self.tray.showMessage(title, message, self.windowIcon(), 15000)
        else:
            self.statusBar().showMessage(f"{title}: {message.replace(chr(10), '; ')}", 30000)

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.saver.has_pending():
            self.saver.flush()

    def _mention_read_only(self) -> None:
        if self.context.workbook.read_only:
            self.save_problem.setText(
                self.tr(
                    "This workbook is on a disk or in a folder that cannot be written ({0}). "
                    "You can read, search and export it; changes are not saved. To work in "
                    "it, copy the data folder somewhere writable."
                ).format(self.context.workbook.folder)
            )
            self.save_problem.show()

    def _mention_recovered_text(self) -> None:
        folder = self.saver.recovery_dir
        files = sorted(folder.glob("unsaved-*.txt")) if folder and folder.is_dir() else []
        if files:
            self.save_problem.setText(
                self.tr(
                    "Last time, some text could not be saved. It is kept in {0} ({1} files): "
                    "copy it back where it belongs, then delete the files."
                ).format(folder, len(files))
            )
            self.save_problem.show()

    def _on_save_waiting(self, waiting: bool) -> None:
        if waiting:
            self.save_state.setText(self.tr("Saving…"))
        elif self.saver.unsaved():
            self.save_state.setText(self.tr("Not saved yet"))
        else:
            self.save_state.setText(self.tr("✓ Saved"))

    def _on_saved(self, _key: str) -> None:
        if self.save_problem.isVisible() and not self.saver.has_pending():
            self.save_problem.hide()

    def _on_save_failed(self, _key: str, message: str) -> None:
        if self.saver.has_pending():
            self.save_problem.setText(
                self.tr(
                    "Could not save your last change: {0}. It is kept on screen and "
                    "Coursebook will try again; do not close the window until this message "
                    "is gone."
                ).format(message)
            )
            self.save_problem.show()
        else:
            self.statusBar().showMessage(self.tr("Not saved: {0}").format(message), 8000)

    def _add_call(self) -> None:
        if not self.work.add_call():
            self.statusBar().showMessage(self.tr("This step has no calls to log."), 5000)

    def show_search(self) -> None:
        if self.course is None:
            return
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.runner, self.places, self)
            self.search_dialog.before_search = self.saver.flush
            self.search_dialog.open_hit.connect(self.open_search_hit)
            preferences = self.context.preferences
            self.search_dialog.keep_open.setChecked(bool(preferences.get("search/keep_open")))
            self.search_dialog.keep_open.toggled.connect(
                lambda on: preferences.put("search/keep_open", on)
            )
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.field.setFocus()
        self.search_dialog.field.selectAll()

    def open_search_hit(self, hit: SearchHit) -> None:
        if hit.kind == "lesson":
            self.select_step(hit.step_id)
            self.lesson.show_section(hit.part)
            self.activateWindow()
            return
        self.open_place(hit.run_id, hit.step_id, hit.task_id, hit.part, hit.ref)

    def open_place(self, run_id: int, step_id: str, task_id: str, part: str, ref: int) -> None:
        """Show a step with the cursor in one of its fields, in its run (switching to that
        run when it is not the one shown)."""
        if run_id != self.run.id and run_id:
            self.saver.flush()

            def shown(run: Run) -> None:
                self.show_run(run, open_step=step_id)
                self.work.focus_place(task_id, part, ref)

            self.runner.submit(lambda wb: wb.switch_run(run_id), shown)
        else:
            self.select_step(step_id)
            self.work.focus_place(task_id, part, ref)
        self.activateWindow()

    def show_open_actions(self) -> None:
        if self.course is None:
            return
        self.saver.flush()
        if self.actions_dialog is None:
            self.actions_dialog = OpenActionsDialog(
                self.saver, self.places, self.context.today, self
            )
            self.actions_dialog.open_action.connect(self.open_action)
        else:
            self.actions_dialog.reload()
        self.actions_dialog.show()
        self.actions_dialog.raise_()

    def show_trash(self) -> None:
        self.saver.flush()
        if self.trash_dialog is None:
            self.trash_dialog = TrashDialog(self.saver, self.places, self.context.today, self)
        else:
            self.trash_dialog.reload(self.places)
        self.trash_dialog.show()
        self.trash_dialog.raise_()

    def _on_tab_changed(self, _index: int) -> None:
        self.saver.flush()  # each view redraws itself when it hears what changed

    def _suggest_calls(self) -> None:
        self.saver.flush()  # calls typed a moment ago count
        self.call_planner.suggest()

    def _plan_calls(self, customer_ids: list[int]) -> None:
        self.saver.flush()
        self.call_planner.plan(customer_ids)

    def _calls_target(self) -> CallsTarget | None:
        """This week's step and its calls task; else the selected step's."""
        if self.course is None or not self.course.steps:
            return None
        for step in (self._current_step(), self.selected_step()):
            if step is None:
                continue
            task = next((t for t in step.tasks if t.type is TaskType.CALLS), None)
            if task is not None:
                return CallsTarget(self.course, self.run, step, task)
        return None

    def _calls_planned(self, step: Step, count: int) -> None:
        self.customers.clear_suggestion()
        if count:
            self.tabs.setCurrentIndex(0)
            self.select_step(step.id)  # the panel redraws the step: it hears of the calls
        self.statusBar().showMessage(
            self.tr("%n call(s) planned in step {0}.", "", count).format(step.number), 8000
        )

    def _say_not_done(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self, title, not_done_message(title, error))

    def import_customers(self) -> None:
        from coursebook.ui.customers.import_dialog import ImportDialog

        self.saver.flush()  # the import comes after everything typed before it
        ImportDialog.run(self.runner, self.context.today(), self)

    def export_person(self, customer_id: int) -> None:
        """Everything kept about one customer, for a request for access (GDPR/AVG): JSON
        for machines and Markdown for people, both, side by side."""
        from PySide6.QtWidgets import QFileDialog

        name = next(
            (c.name for c in self.customers.selected_customers() if c.id == customer_id), ""
        )
        suggested = Path.home() / f"{name or 'customer'}.json"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export this customer's data"),
            str(suggested),
            self.tr("JSON, for a program (*.json);;Readable text (*.md)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() not in (".json", ".md"):
            target = target.with_name(target.name + ".json")
        courses, today = all_courses(self.context.catalog), self.context.today()
        language = self.course.language if self.course else self.context.language

        other = target.with_suffix(".md" if target.suffix.lower() == ".json" else ".json")

        def write(workbook: Workbook) -> Path:
            from coursebook.export.labels import labels_for
            from coursebook.export.person import write_person

            data = workbook.person_data(customer_id, courses, today)
            for path in (target, other):
                write_person(data, labels_for(language), path)
            return target

        self.runner.submit(
            write,
            lambda path: self.statusBar().showMessage(
                self.tr("Everything kept about {0} is in {1} and {2}").format(
                    name, path, other.name
                ),
                15000,
            ),
            lambda error: self._say_not_done(self.tr("Export this customer's data"), error),
        )

    def forget_customer(self, customer_id: int) -> None:
        """Erase a customer on their request: say what goes, that backups keep them until
        they rotate out unless erased there too, and ask before anything is changed."""
        name = next(
            (c.name for c in self.customers.selected_customers() if c.id == customer_id), ""
        )
        answer = self.ask_forget(name)
        if answer is None:
            return
        self.saver.flush()
        backups, keep = answer
        second = self.context.preferences.second_backup_folder

        def done(forgotten: Forgotten) -> None:
            message = self.tr("{0} is forgotten.").format(name)
            if backups:
                message += " " + self.tr("Erased from {0} backups.").format(
                    len(forgotten.backups_cleaned)
                )
                if forgotten.backups_failed:
                    message += " " + self.tr("{0} backups could not be changed: {1}").format(
                        len(forgotten.backups_failed),
                        ", ".join(path.name for path, _ in forgotten.backups_failed),
                    )
            self.statusBar().showMessage(message, 20000)

        self.runner.submit(
            lambda wb: wb.forget_customer(
                customer_id, keep_calls=keep, with_backups=backups, second_folder=second
            ),
            done,
            lambda error: self._say_not_done(self.tr("Forget {0}").format(name), error),
        )

    def ask_forget(self, name: str) -> tuple[bool, bool] | None:
        """(with the backups, keep the calls) when the person confirms; None to cancel."""
        from PySide6.QtWidgets import QDialogButtonBox

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Forget {0}").format(name))
        what = QLabel(
            self.tr(
                "Erase {0} for good? Their details, the answers and notes of their calls "
                "with every earlier version, their scores, what of them is in the trash and "
                "their search entries are removed, and the file is compacted so that nothing "
                "of them is left in it. This cannot be undone."
            ).format(name)
        )
        backups_note = QLabel(
            self.tr(
                "Older backups still hold {0} (the daily ones until they rotate out, within "
                "about eight weeks), unless you erase them there too. Copies you saved "
                "elsewhere yourself, and exported documents, are not reached."
            ).format(name)
        )
        for label in (what, backups_note):
            label.setWordWrap(True)
        second = self.context.preferences.second_backup_folder
        with_backups = QCheckBox(
            self.tr("Also erase them from every backup")
            if second is None
            else self.tr("Also erase them from every backup, and from those in {0}").format(second)
        )
        with_backups.setChecked(True)
        keep_calls = QCheckBox(self.tr("Keep their calls without their name (counts stay right)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        forget = buttons.addButton(
            self.tr("Forget {0}").format(name), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        forget.clicked.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        for widget in (what, backups_note, with_backups, keep_calls, buttons):
            layout.addWidget(widget)
        dialog.setMinimumWidth(480)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return with_backups.isChecked(), keep_calls.isChecked()

    def export_calendar(self) -> None:
        """The steps' openings and the actions' due dates as an .ics file, for the
        person's own calendar program (which updates the events on a later import)."""
        if self.course is None:
            return
        self.saver.flush()
        from PySide6.QtWidgets import QFileDialog

        from coursebook.ui.export_dialog import last_export_folder

        suggested = last_export_folder(self.context.settings) / f"{self.course.id}.ics"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), str(suggested), self.tr("Calendar (*.ics)")
        )
        if not name:
            return
        target = Path(name) if name.lower().endswith(".ics") else Path(name + ".ics")
        course, run, today = self.course, self.run, self.context.today()

        def write(workbook: Workbook) -> Path:
            from coursebook.export.calendar import write_calendar
            from coursebook.export.content import ExportOptions
            from coursebook.export.labels import labels_for

            steps = tuple(step.number for step in course.steps)
            content = workbook.export_content(course, run, ExportOptions(steps), today)
            write_calendar(content, labels_for(course.language), run.id, target)
            return target

        self.runner.submit(
            write,
            lambda path: self.statusBar().showMessage(
                self.tr("Calendar saved as {0}: open it with your calendar program.").format(path),
                15000,
            ),
            lambda error: self._say_not_done(self.tr("Export calendar"), error),
        )

    def show_export(self, printing: bool = False, preview: bool = False) -> None:
        """File → Export (or Print, Print preview: the same choice of steps, on paper)."""
        if self.course is None:
            return
        from coursebook.ui.export_dialog import ExportDialog

        self.saver.flush()  # the export includes what was typed a moment ago
        step = self.selected_step() or self._current_step()
        dialog = ExportDialog(
            self.runner,
            self.course,
            self.run,
            self.context.today,
            step.number,
            self.course.language,  # the document's own words in the course's language
            self,
            author=self.context.preferences.author,
            memory=self.context.settings,
            printing=printing,
            template=self.context.preferences.word_template,
        )
        if preview:
            dialog.preview_button.setDefault(True)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written is not None:
            self.statusBar().showMessage(self.tr("Exported to {0}").format(dialog.written), 10000)

    def show_backups(self) -> None:
        from coursebook.ui.backups_dialog import BackupsDialog

        self.saver.flush()
        BackupsDialog(self.runner, self.context.workbook.folder, self.restore_backup, self).exec()

    def restore_backup(self, backup: Path) -> bool:
        """Replace the database by `backup` while the window stays open, then show it. A
        backup made with another password (or none) asks for its own and is given the
        workbook's."""
        self.saver.flush()
        key: Password | None = None
        while True:
            try:
                restored = self.runner.call(partial(_restore, backup=backup, key=key))
            except (PasswordNeededError, WrongPasswordError) as error:
                if error.path != backup:
                    return self._not_restored(backup, error)
                key = self.ask_backup_password(backup, wrong=key is not None)
                if key is None:
                    return False
                continue
            except Exception as error:  # said to the person; the database is as it was
                return self._not_restored(backup, error)
            break
        if restored is not None:
            self.run = restored
        self.load_course()
        self.statusBar().showMessage(self.tr("Restored the backup {0}").format(backup.name), 10000)
        return True

    def _not_restored(self, backup: Path, error: Exception) -> bool:
        log.error("restoring %s failed", backup, exc_info=error)
        QMessageBox.warning(
            self,
            self.tr("Restore a backup"),
            self.tr("Not restored: {0}").format(problem_message(error)),
        )
        self.load_course()
        return False

    def ask_backup_password(self, backup: Path, wrong: bool) -> Password | None:
        """The password of a backup made with another one than the workbook's (tests
        answer for the person)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        question = self.tr(
            "The backup {0} is protected with a password other than your workbook's (or your "
            "workbook has none). Its password:"
        ).format(backup.name)
        if wrong:
            question = self.tr("That password does not open it either.") + "\n" + question
        text, ok = QInputDialog.getText(
            self, self.tr("Restore a backup"), question, QLineEdit.EchoMode.Password
        )
        return Password(text) if ok and text else None

    def open_customer_call(self, call: CallSummary) -> None:
        """A call double-clicked in a customer's history: shown in its step."""
        self.tabs.setCurrentIndex(0)
        self.open_place(call.run_id, call.step_id, call.task_id, "", call.call_id)

    def open_action(self, action: Action) -> None:
        key = action.key
        self.open_place(key.run_id, key.step_id, key.task_id, "", action.id)


def _restore(workbook: Workbook, backup: Path, key: Password | None) -> Outcome[Run | None]:
    return workbook.restore_backup(backup, key)


def open_or_start(context: AppContext) -> Run | WelcomeChoice | None:
    """The run shown last time; on first start (or when its course is gone) ask for a course
    and a Monday. Runs at start-up, before there is a window to keep painting. A choice
    with `example` set asks for the example workbook instead (app.run_gui opens it)."""
    workbook = context.workbook
    run = workbook.current_run()
    if run is not None and context.catalog.get(run.course_id) is not None:
        return run
    while True:
        choice = WelcomeDialog.ask(context.catalog, context.course_language, context.today())
        if choice is not None and choice.example:
            return choice
        if choice is not None:
            return workbook.start_run(choice.course_id, choice.language, choice.start).value
        if not ask_again_for_a_course():
            return None


def ask_again_for_a_course() -> bool:
    """Cancel on the first welcome: say why a course and a Monday are needed, and that both
    can be changed later; True to choose after all, False to quit."""
    translate = QApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Information,
        APP_NAME,
        translate(
            "MainWindow",
            "Coursebook needs a course and the Monday you start it, to know which week's "
            "step to show. Both can be changed later (Course → Change course or start date).",
        ),
    )
    choose = box.addButton(
        translate("MainWindow", "Choose a course"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("MainWindow", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.exec()
    return box.clickedButton() is choose
