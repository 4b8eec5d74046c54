"""Start the GUI: Qt application, translations, database, first-start dialog, main window."""

from __future__ import annotations

import logging
import signal
import sys
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from filelock import FileLock
from PySide6.QtCore import QCoreApplication, QEvent, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from coursebook import APP_NAME, DESKTOP_ID, __version__
from coursebook.course.catalog import Catalog
from coursebook.data_lock import DataFolderInUse, lock_data_folder
from coursebook.paths import (
    DataPaths,
    bundled_courses_dir,
    database_url,
    icon_files,
    resolve_data_paths,
)
from coursebook.ui import password_dialog
from coursebook.ui.context import AppContext
from coursebook.ui.i18n import install_translators, system_language
from coursebook.ui.main_window import LEAVE_EXAMPLE, RESTART, MainWindow, open_or_start
from coursebook.ui.messages import problem_message
from coursebook.ui.password_dialog import remember, remembered
from coursebook.ui.settings import Preferences, open_settings
from coursebook.ui.shared_workbook import open_shared_workbook, person_name
from coursebook.ui.single_instance import (
    ask_running_instance_to_show,
    listen_for_second_starts,
    server_name,
)
from coursebook.ui.startup_probe import watch_first_paint
from coursebook.ui.theme import apply_scheme
from coursebook.ui.welcome import WelcomeChoice
from coursebook.workbook.core import (
    DRIVER_ERRORS,
    DatabaseError,
    OpenProblem,
    Recovery,
    Workbook,
    WrongPasswordError,
    folder_is_writable,
    is_protected,
)

log = logging.getLogger(__name__)


def _cannot_open_box(error: DatabaseError) -> tuple[QMessageBox, str]:
    """The box that says the data file cannot be opened, and its details (what, where)."""
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("app", "Coursebook cannot open your data"),
        translate("app", "Coursebook cannot open your data file, and has not changed it."),
    )
    return box, translate("app", "{0}\n\nFile: {1}").format(problem_message(error), error.path)


def ask_recovery(problem: OpenProblem) -> Recovery:
    """Say what is wrong with the data file and ask what to do: restore the newest good
    backup, start fresh (the file is moved aside, never deleted), or quit."""
    translate = QCoreApplication.translate
    newest = problem.newest_backup
    box, details = _cannot_open_box(problem.error)
    choices = {}
    if newest is not None:
        details += "\n\n" + translate(
            "app",
            "The newest good backup is from {0}. Restoring it moves the damaged file "
            "aside (it is kept) and puts the backup in its place.",
        ).format(newest.created.strftime("%Y-%m-%d %H:%M"))
        choices[Recovery.RESTORE] = box.addButton(
            translate("app", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
    choices[Recovery.START_FRESH] = box.addButton(
        translate("app", "Start with an empty workbook"), QMessageBox.ButtonRole.DestructiveRole
    )
    choices[Recovery.GIVE_UP] = box.addButton(
        translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setInformativeText(details)
    box.exec()
    clicked = box.clickedButton()
    return next((name for name, button in choices.items() if button is clicked), Recovery.GIVE_UP)


def open_or_recover(paths: DataPaths) -> Workbook | None:
    """Open the data folder (the same function as the command line), asking for the password
    of a protected workbook (as often as needed) and what to do when the file cannot be
    opened; None when it stays closed."""
    password = remembered(paths.root)
    wrong = False
    while True:
        if password is None and is_protected(paths.database):
            password = password_dialog.ask_password(paths.root, wrong)
            if password is None:
                return None  # the person quit
        try:
            # backed up once the window shows
            workbook = Workbook.open(paths, ask_recovery, back_up_today=False, password=password)
        except WrongPasswordError:
            log.info("a password that does not open %s", paths.database)
            password, wrong = None, True
            remember(paths.root, None)
            continue
        except DatabaseError as error:
            _not_opened(error)
            return None
        except (OSError, *DRIVER_ERRORS) as problem:
            log.error("recovery failed: %s", problem)
            QMessageBox.critical(None, "Coursebook", problem_message(problem))
            return None
        remember(paths.root, workbook.db.password)
        return workbook


def _not_opened(error: DatabaseError) -> None:
    """Say why the data file stays closed (a recoverable one was offered recovery)."""
    print(f"coursebook: {error}", file=sys.stderr)
    if not OpenProblem(error, None).recoverable:  # locked, unreadable: say so and stop
        box, details = _cannot_open_box(error)
        box.setInformativeText(details)
        box.exec()


def claim_data_folder(root: Path) -> FileLock | NoLock | None:
    """One Coursebook per data folder: two processes never write the same database. The
    command line takes the same lock (coursebook.data_lock) before it writes; a lock left by
    a crashed run is gone with its process."""
    translate = QCoreApplication.translate
    try:
        return lock_data_folder(root)
    except DataFolderInUse:
        message = translate(
            "app",
            "Coursebook is already open with this data folder. "
            "Switch to that window, or close it first.",
        )
    except OSError as error:
        if (root / "coursebook.sqlite3").exists() and not folder_is_writable(root):
            log.warning("%s is read-only: opened for reading, without a lock", root)
            return NoLock()  # nobody can write here, so there is nothing to guard
        log.error("cannot lock the data folder %s: %s", root, error)
        message = translate(
            "app",
            "The data folder cannot be used: it cannot be created or written to ({0}). "
            "Check that the folder and the disk are writable.",
        ).format(error.strerror or error)
    print(f"coursebook: {message} ({root})", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Information, "Coursebook", message)
    box.setInformativeText(translate("app", "Folder: {0}").format(root))
    box.exec()
    return None


class NoLock:
    """Stands in for the data folder's lock on read-only media."""

    def release(self) -> None:
        return None


@dataclass
class RunningApp:
    """A started GUI: what `run_gui` executes and closes (tests drive it directly)."""

    app: QApplication
    window: MainWindow
    workbook: Workbook
    lock: FileLock | NoLock

    def close(self) -> None:
        self.window.saver.flush()
        self.window.runner.shutdown()
        self.workbook.close()
        self.lock.release()
        self.window.deleteLater()  # and with it the single-instance server, for a restart
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _quit_on_signals(app: QApplication) -> None:
    """SIGTERM/SIGINT close the window normally, so pending edits are saved first.

    Python runs signal handlers only between bytecodes; a slow timer gives it the chance.
    """
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_args: app.closeAllWindows())
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(300)


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_dir: Path) -> Path | None:
    """Log to a rotating file (1 MB × 5) in the log folder, and to stderr."""
    logging.getLogger("alembic").setLevel(logging.WARNING)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if not any(isinstance(h, logging.StreamHandler) for h in root.handlers):
        root.addHandler(logging.StreamHandler())
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        log_file = log_dir / "coursebook.log"
        if not any(
            isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == log_file
            for h in root.handlers
        ):
            handler = RotatingFileHandler(
                log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
            )
            handler.setFormatter(logging.Formatter(LOG_FORMAT))
            root.addHandler(handler)
    except OSError as error:
        log.warning("no log file in %s: %s", log_dir, error)
        return None
    return log_file


def install_exception_hook(window: MainWindow, log_file: Path | None) -> None:
    """An unexpected error: save what is pending, log it with its traceback, and say what
    happened and where the log is, instead of vanishing."""

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, value, trace))
        try:
            window.saver.flush()
        except Exception:  # the report must still be shown
            log.exception("saving after the unexpected error failed too")
        translate = QCoreApplication.translate
        QMessageBox.critical(
            window,
            translate("app", "Something went wrong"),
            translate(
                "app",
                "Coursebook ran into an unexpected problem: {0}\n\nYour work up "
                "to now has been saved. The details are in the log: {1}",
            ).format(f"{kind.__name__}: {value}", log_file or translate("app", "(no log file)")),
        )

    sys.excepthook = hook


def app_icon() -> QIcon:
    icon = QIcon()
    for file in icon_files():
        icon.addFile(str(file))
    if icon.isNull():
        log.warning("the app icon is missing from the resources folder")
    return icon


def start_gui(
    data_dir: str | None,
    example: WelcomeChoice | None = None,
    settings_file: Path | None = None,
    url: str | None = None,
) -> RunningApp | WelcomeChoice | int:
    """Everything up to the event loop; an int is the exit status when it cannot start, a
    WelcomeChoice the example workbook the person asked to see first. With `example`,
    `data_dir` is the example's folder (filled with that course's example on first use)
    and `settings_file` the person's own settings. `url`: a shared workbook on a server
    (else $COURSEBOOK_DATABASE_URL, else the one in Settings, else the data folder's)."""
    paths = resolve_data_paths(data_dir)
    log_file = configure_logging(paths.log_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(True)  # a restart from Settings turned it off
    settings = open_settings(settings_file or paths.settings_file)
    preferences = Preferences(settings)
    language = preferences.interface_language(system_language())
    _install_language(app, language)
    apply_scheme(app, preferences.text("appearance/scheme"))

    if ask_running_instance_to_show(server_name(paths.root)):
        print(
            f"coursebook: already open with {paths.root}; brought it to the front", file=sys.stderr
        )
        return 0
    lock = claim_data_folder(paths.root)
    if lock is None:
        return 3
    shared = None if example is not None else database_url(url) or preferences.text("database/url")
    workbook = open_shared_workbook(shared, paths.root) if shared else open_or_recover(paths)
    if workbook is None:
        lock.release()
        return 2
    if workbook.on_server:
        workbook.author = person_name(preferences)
    context = AppContext(
        workbook=workbook,
        catalog=Catalog.discover(bundled_courses_dir()),
        settings=settings,
        language=language,
        example=example is not None,
    )
    for result in context.catalog.unusable:
        for problem in result.problems:
            log.warning("course bundle not usable: %s", problem)
    if example is not None and workbook.current_run() is None:
        fill_example(context, example)
    run = open_or_start(context)
    if run is None or isinstance(run, WelcomeChoice):
        workbook.close()
        lock.release()
        return 0 if run is None else run
    window = MainWindow(context, run)
    install_exception_hook(window, log_file)
    listen_for_second_starts(window, server_name(paths.root))
    app.aboutToQuit.connect(window.saver.flush)
    app.commitDataRequest.connect(lambda _manager: window.saver.flush())  # session ends
    _quit_on_signals(app)
    watch_first_paint(window)
    window.show()
    window.make_daily_backup()
    return RunningApp(app, window, workbook, lock)


_installed: list[QTranslator] = []


def _install_language(app: QApplication, language: str) -> None:
    """The interface's language; on a restart from Settings the earlier one is removed."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _installed.extend(install_translators(app, language))


def example_folder(own: DataPaths) -> Path:
    """Where the example workbook lives: inside the person's data folder, apart from it."""
    return own.root / "example"


def fill_example(context: AppContext, choice: WelcomeChoice) -> None:
    loaded = context.catalog.course(choice.course_id, choice.language)
    if loaded is None or loaded.course is None:
        log.error("no course %s (%s) for the example", choice.course_id, choice.language)
        return
    context.workbook.fill_demo(loaded.course, context.today())


def run_gui(data_dir: str | None, url: str | None = None) -> int:
    """The event loop. The window can end it with RESTART to be made again (in the same
    process, so the data folder's lock and the single-instance server are handed over
    cleanly) in another language or appearance; the welcome can ask for the example
    workbook, which LEAVE_EXAMPLE leaves for the person's own."""
    own = resolve_data_paths(data_dir)
    folder, example = data_dir, None
    while True:
        started = start_gui(folder, example, own.settings_file, url)
        if isinstance(started, WelcomeChoice):
            folder, example = str(example_folder(own)), started
            continue
        if isinstance(started, int):
            return started
        try:
            status = started.app.exec()
        finally:
            started.close()
        if status == LEAVE_EXAMPLE:
            folder, example = data_dir, None
        elif status != RESTART:
            return status
        log.info("making the window again (%s)", "settings" if status == RESTART else "own work")
