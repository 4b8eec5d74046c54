"""Settings: one dict of defaults, values read back safely, the dialog, and what each
setting does (language, attention weeks, the second backup folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coursebook.course.catalog import Catalog
from coursebook.ui import app as app_module
from coursebook.ui import settings_dialog as settings_dialog_module
from coursebook.ui.context import AppContext
from coursebook.ui.main_window import MainWindow
from coursebook.ui.settings import DEFAULTS, NEEDS_RESTART, Preferences, open_settings
from coursebook.ui.settings_dialog import SettingsDialog
from coursebook.ui.welcome import WelcomeChoice
from coursebook.workbook.customers import DEFAULT_ATTENTION_WEEKS
from coursebook.workbook.runs import start_run
from tests.ui.conftest import START


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(open_settings(tmp_path / "settings.ini"))


def test_every_setting_starts_at_its_default(preferences: Preferences) -> None:
    assert {key: preferences.get(key) for key in DEFAULTS} == DEFAULTS
    assert preferences.get("customers/attention_weeks") == DEFAULT_ATTENTION_WEEKS
    assert preferences.second_backup_folder is None
    assert preferences.interface_language("nl") == "nl"  # "system": the system's


def test_values_written_by_hand_are_read_safely(tmp_path: Path) -> None:
    file = tmp_path / "settings.ini"
    file.write_text(
        "[customers]\nattention_weeks=500\n[appearance]\nscheme=purple\n"
        "[backups]\nkeep_daily=lots\n[reminders]\nenabled=false\n"
        "[interface]\nlanguage=nl\n",
        encoding="utf-8",
    )
    preferences = Preferences(open_settings(file))
    assert preferences.get("customers/attention_weeks") == 104  # clamped to the range
    assert preferences.get("appearance/scheme") == "system"  # not a choice: the default
    assert preferences.get("backups/keep_daily") == DEFAULTS["backups/keep_daily"]
    assert preferences.get("reminders/enabled") is False
    assert preferences.interface_language("en") == "nl"


def test_a_default_is_not_written_down(preferences: Preferences) -> None:
    preferences.put("person/name", "Anna")
    preferences.put("person/company", "De Bakkerij")
    assert preferences.author == "Anna, De Bakkerij"
    preferences.put("person/name", "")
    assert "person/name" not in preferences.settings.allKeys()
    with pytest.raises(KeyError):
        preferences.put("no/such", 1)


def test_the_dialog_saves_what_changed_and_offers_to_reopen(
    qtbot: QtBot, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(SettingsDialog, "ask_restart", lambda self: asked.append(True) or True)
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.interface_language.setCurrentIndex(dialog.interface_language.findData("nl"))
    dialog.attention_weeks.setValue(DEFAULT_ATTENTION_WEEKS + 3)
    qtbot.keyClicks(dialog.company, "De Bakkerij")
    dialog.accept()
    assert dialog.changed == {"interface/language", "customers/attention_weeks", "person/company"}
    assert asked == [True] and dialog.restart_now
    assert preferences.get("interface/language") == "nl"
    assert preferences.get("customers/attention_weeks") == DEFAULT_ATTENTION_WEEKS + 3
    again = SettingsDialog(preferences)  # shows what was saved
    qtbot.addWidget(again)
    assert (
        again.company.text() == "De Bakkerij"
        and again.attention_weeks.value() == DEFAULT_ATTENTION_WEEKS + 3
    )


def test_restore_defaults_and_no_restart_for_what_applies_at_once(
    qtbot: QtBot, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    preferences.put("customers/attention_weeks", 30)
    asked: list[bool] = []
    monkeypatch.setattr(SettingsDialog, "ask_restart", lambda self: asked.append(True) or True)
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.show_values(dict(DEFAULTS))
    dialog.accept()
    assert dialog.changed == {"customers/attention_weeks"} and not dialog.changed & NEEDS_RESTART
    assert asked == [] and not dialog.restart_now
    assert preferences.get("customers/attention_weeks") == DEFAULT_ATTENTION_WEEKS


def window_for(qtbot: QtBot, context: AppContext) -> MainWindow:
    run = start_run(context.workbook.db, "sample", "en", START)
    window = MainWindow(context, run)
    qtbot.addWidget(window)
    window.show()
    window.runner.wait()
    return window


def test_attention_weeks_apply_to_the_customer_register_at_once(
    qtbot: QtBot, context: AppContext
) -> None:
    context.preferences.put("customers/attention_weeks", 20)
    window = window_for(qtbot, context)
    assert window.customers.weeks.value() == 20
    context.preferences.put("customers/attention_weeks", 5)
    window.apply_settings({"customers/attention_weeks"})
    assert window.customers.weeks.value() == 5


def test_a_second_backup_folder_gets_the_copy_and_the_status_bar_says_so(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    context.preferences.put("backups/second_folder", str(stick))
    window = window_for(qtbot, context)
    window.make_daily_backup()
    window.runner.wait()
    qtbot.waitUntil(lambda: "also in" in window.statusBar().currentMessage())
    assert list(stick.glob("coursebook-daily-*.sqlite3"))


def test_a_missing_second_backup_folder_is_a_quiet_note(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    stick = tmp_path / "unplugged"
    context.preferences.put("backups/second_folder", str(stick))
    window = window_for(qtbot, context)
    window.make_daily_backup()
    window.runner.wait()
    qtbot.waitUntil(lambda: "not there" in window.statusBar().currentMessage())
    assert str(stick) in window.statusBar().currentMessage()
    assert (context.workbook.folder / "backups").is_dir()  # the backup itself is made
    assert not stick.exists()


def test_choosing_dutch_reopens_the_window_in_dutch(
    qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import SAMPLE_COURSE

    monkeypatch.setattr(app_module, "bundled_courses_dir", lambda: SAMPLE_COURSE)
    monkeypatch.setattr(
        "coursebook.ui.main_window.WelcomeDialog.ask",
        lambda *args, **kwargs: WelcomeChoice("sample", "en", START),
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    started = app_module.start_gui(str(data_dir))
    assert not isinstance(started, int)
    try:
        menus = [action.text() for action in started.window.menuBar().actions()]
        assert "&File" in menus
        started.window.context.preferences.put("interface/language", "nl")
    finally:
        started.close()
    again = app_module.start_gui(str(data_dir))  # what run_gui does on RESTART
    assert not isinstance(again, int)
    try:
        menus = [action.text() for action in again.window.menuBar().actions()]
        assert "&Bestand" in menus
    finally:
        again.close()
        app_module._install_language(qapp, "en")  # the other tests read English


def test_the_first_welcome_offers_an_example_that_leaves_the_own_work_empty(
    qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coursebook.paths import bundled_courses_dir, resolve_data_paths
    from coursebook.ui.main_window import LEAVE_EXAMPLE
    from coursebook.workbook.core import Workbook

    catalog_course = next(iter(Catalog.discover(bundled_courses_dir())))
    choice = WelcomeChoice(catalog_course.id, "en", START, example=True)
    monkeypatch.setattr(
        "coursebook.ui.main_window.WelcomeDialog.ask", lambda *args, **kwargs: choice
    )
    own = resolve_data_paths(data_dir)
    assert app_module.start_gui(str(data_dir)) == choice  # the welcome asked for the example
    folder = app_module.example_folder(own)
    started = app_module.start_gui(str(folder), choice, own.settings_file)
    assert not isinstance(started, (int, WelcomeChoice))
    exits: list[int] = []
    try:
        window = started.window
        assert window.context.example and "example" in window.windowTitle()
        assert not window.example_note.isHidden()
        assert "Start your own course" in window.example_note.text()
        assert window.runner.call(lambda wb: len(wb.customer_register())) == 36
        assert window.run.language == "en"
        monkeypatch.setattr(started.app, "exit", lambda status=0: exits.append(status))
        window.example_note.linkActivated.emit("#own")
        assert exits == [LEAVE_EXAMPLE]
    finally:
        started.close()
        qapp.setQuitOnLastWindowClosed(True)
    opened = Workbook.open(own)
    try:
        assert opened.current_run() is None and opened.customer_register() == []
    finally:
        opened.close()


def test_the_welcome_button_asks_for_the_example(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    from coursebook.ui.welcome import WelcomeDialog
    from tests.conftest import SAMPLE_COURSE

    dialog = WelcomeDialog(Catalog.discover(SAMPLE_COURSE), "en", START)
    qtbot.addWidget(dialog)
    button = next(b for b in dialog.findChildren(QPushButton) if "example" in b.text())
    button.click()
    chosen = dialog.choice()
    assert chosen is not None and chosen.example and chosen.course_id == "sample"
    later = WelcomeDialog(Catalog.discover(SAMPLE_COURSE), "en", START, current=chosen)
    qtbot.addWidget(later)
    assert not [b for b in later.findChildren(QPushButton) if "example" in b.text()]


def test_protect_with_a_password_from_the_settings_and_save_a_recovery_key(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog, QFileDialog

    from coursebook.ui.password_dialog import ChangePasswordDialog, PasswordManager

    window = window_for(qtbot, context)
    window.runner.call(lambda wb: wb.add_customer("Vertrouwelijk"))
    passwords = PasswordManager(window.runner, context.workbook.folder, context.today, window)
    dialog = SettingsDialog(context.preferences, window, passwords)
    qtbot.addWidget(dialog)
    assert "Not protected" in dialog.protection.text()
    assert dialog.protect_button.text() == "Protect with a password…"
    assert dialog.remove_password_button.isHidden()

    differ = ChangePasswordDialog(False, False, dialog)
    differ.new.setText("een")
    differ.repeat.setText("twee")
    differ._check()  # what OK does
    assert "differ" in differ.error.text() and differ.result() != QDialog.DialogCode.Accepted

    def fill(self: ChangePasswordDialog) -> int:
        self.new.setText("goed")
        self.repeat.setText("goed")
        self._check()
        return self.result()

    monkeypatch.setattr(ChangePasswordDialog, "exec", fill)
    key_file = tmp_path / "herstel.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(key_file), ""))
    dialog.protect_button.click()
    assert "Key: goed" in key_file.read_text(encoding="utf-8")
    assert dialog.protection.text() == "Encrypted" and not dialog.remove_password_button.isHidden()
    database = context.workbook.path
    assert b"Vertrouwelijk" not in database.read_bytes()
    assert window.runner.call(lambda wb: wb.protected)
    assert [c.name for c in window.runner.call(lambda wb: wb.customer_register())] == [
        "Vertrouwelijk"
    ]  # the window goes on with the encrypted workbook


def test_a_shared_database_is_remembered_without_its_password(
    qtbot: QtBot, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept: list[tuple[str, str]] = []
    monkeypatch.setattr(
        settings_dialog_module,
        "keep_password_in_keyring",
        lambda url, password: kept.append((url, password.reveal())) or True,
    )
    monkeypatch.setattr(SettingsDialog, "ask_restart", lambda self: False)
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.database_url, "zomaar een map")
    dialog.accept()  # refused: not a URL, said beside it
    assert dialog.result() != dialog.DialogCode.Accepted.value
    assert "not a PostgreSQL URL" in dialog.connection_result.text()
    dialog.database_url.setText("postgresql://anna:geheim@kantoor.local/coursebook?sslmode=require")
    dialog.accept()
    url = "postgresql://anna@kantoor.local/coursebook?sslmode=require"
    assert preferences.get("database/url") == url  # the password is not in the settings…
    assert kept == [(url, "geheim")]  # …but in the keyring
    assert "database/url" in dialog.changed & NEEDS_RESTART  # the window opens it anew
    assert "geheim" not in Path(preferences.settings.fileName()).read_text(encoding="utf-8")


def test_testing_a_connection_says_what_is_there(qtbot: QtBot, preferences: Preferences) -> None:
    from tests.server import admin_url, fresh_database

    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.database_url.setText("postgresql://anna@127.0.0.1:1/coursebook")
    dialog.test_connection()
    assert dialog.connection_result.text() == "Connecting…"  # the window goes on meanwhile
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert dialog.connection_result.text().startswith("Not connected: ")
    if admin_url() is None:
        return  # and with a server, what is in its database:
    with fresh_database() as url:
        dialog.database_url.setText(url)
        dialog.test_connection()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
        assert dialog.connection_result.text() == "Connected: a Coursebook workbook."
