"""File → Settings (Ctrl+,; on macOS in the app menu): every setting of `settings.DEFAULTS`,
grouped as a person thinks of them. OK writes what changed; when the interface language or
the appearance changed, the dialog offers to make the window again at once."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coursebook.ui.i18n import language_name, system_language
from coursebook.ui.messages import problem_message
from coursebook.ui.password_dialog import PasswordManager
from coursebook.ui.settings import DEFAULTS, NEEDS_RESTART, RANGES, SYSTEM, Preferences
from coursebook.ui.theme import colour
from coursebook.workbook.core import (
    DatabaseError,
    PasswordNeededError,
    keep_password_in_keyring,
    probe_shared_database,
    server_address,
    url_password,
)

Value = str | int | bool
HINT_WIDTH = 520  # px: about the width a hint gets in the dialog


class SettingsDialog(QDialog):
    _probed = Signal(object, object)  # the schema revision (None: empty), or the error

    def __init__(
        self,
        preferences: Preferences,
        parent: QWidget | None = None,
        passwords: PasswordManager | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.passwords = passwords
        self.changed: set[str] = set()
        self.restart_now = False
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(1100)  # two columns of groups; fits a 1366-pixel screen

        self.interface_language = self._choice(
            [
                (SYSTEM, self.tr("As the system ({0})").format(language_name(system_language()))),
                ("nl", language_name("nl")),
                ("en", language_name("en")),
            ]
        )
        self.course_language = self._choice(
            [
                ("", self.tr("The same as the interface")),
                ("nl", language_name("nl")),
                ("en", language_name("en")),
            ]
        )
        self.person_name = QLineEdit()
        self.person_name.setPlaceholderText(self.tr("For example Anna de Vries"))
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("For example De Bakkerij"))
        self.word_template = QLineEdit()
        self.word_template.setPlaceholderText(self.tr("Coursebook's own"))
        self.word_template.setAccessibleName(self.tr("Word template"))
        choose_template = QPushButton(self.tr("Choose…"))
        choose_template.clicked.connect(self._choose_template)
        self.attention_weeks = self._number("customers/attention_weeks", self.tr(" weeks"))
        self.second_folder = QLineEdit()
        self.second_folder.setPlaceholderText(self.tr("None (for example a USB stick)"))
        self.second_folder.setAccessibleName(self.tr("Second backup folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        self.keep_daily = self._number("backups/keep_daily", self.tr(" days"))
        self.scheme = self._choice(
            [
                (SYSTEM, self.tr("As the system")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ]
        )
        self.reminders = QCheckBox(self.tr("Remind me of the week's step and of actions due"))
        self.week_starts = self._time()
        self.actions_due = self._time()
        self.reminders.toggled.connect(self.week_starts.setEnabled)
        self.reminders.toggled.connect(self.actions_due.setEnabled)

        general = QFormLayout()
        general.addRow(self.tr("Interface language"), self.interface_language)
        general.addRow(self.tr("Course language"), self.course_language)
        general.addRow(self.tr("Your name"), self.person_name)
        general.addRow(self.tr("Company"), self.company)
        general.addRow(self._hint(self.tr("Your name and company go on exported documents.")))
        template_row = QHBoxLayout()
        template_row.addWidget(self.word_template, 1)
        template_row.addWidget(choose_template)
        general.addRow(self.tr("Word template"), template_row)
        general.addRow(
            self._hint(
                self.tr(
                    "Your own .docx or .dotx: Word exports take its fonts, colours, header, "
                    "footer and logo."
                )
            )
        )
        customers = QFormLayout()
        customers.addRow(self.tr("Needs attention after"), self.attention_weeks)
        customers.addRow(self._hint(self.tr("Customers without contact for this long.")))
        backups = QFormLayout()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.second_folder, 1)
        folder_row.addWidget(browse)
        backups.addRow(self.tr("Also copy to"), folder_row)
        backups.addRow(
            self._hint(
                self.tr(
                    "Every day's backup is copied there whenever the folder is present; "
                    "when it is not, Coursebook says so quietly and copies it next time."
                )
            )
        )
        backups.addRow(self.tr("Keep a daily backup for the last"), self.keep_daily)
        self.protection = QLabel()
        self.protect_button = QPushButton()
        self.remove_password_button = QPushButton(self.tr("Remove…"))
        self.protect_button.clicked.connect(lambda: self._manage_password(remove=False))
        self.remove_password_button.clicked.connect(lambda: self._manage_password(remove=True))
        if passwords is not None:
            password_row = QHBoxLayout()
            password_row.addWidget(self.protection, 1)
            password_row.addWidget(self.protect_button)
            password_row.addWidget(self.remove_password_button)
            backups.addRow(self.tr("Password"), password_row)
            self._show_protection()
        self.database_url = QLineEdit()
        self.database_url.setPlaceholderText("postgresql://anna@server/coursebook?sslmode=require")
        self.database_url.setAccessibleName(self.tr("Shared database"))
        self.test_button = QPushButton(self.tr("Test…"))
        self.test_button.setToolTip(self.tr("Connect and look, changing nothing"))
        self.test_button.clicked.connect(self.test_connection)
        self._probed.connect(self._show_probe)  # queued: from the probe's thread
        self.connection_result = QLabel()
        self.connection_result.setWordWrap(True)
        self.connection_result.setMaximumWidth(HINT_WIDTH)
        self.connection_result.hide()  # until there is something to say
        shared = QFormLayout()
        shared_row = QHBoxLayout()
        shared_row.addWidget(self.database_url, 1)
        shared_row.addWidget(self.test_button)
        shared.addRow(self.tr("PostgreSQL URL"), shared_row)
        shared.addRow(self.connection_result)
        shared.addRow(
            self._hint(
                self.tr(
                    "Empty: your work stays in the file on this computer. A URL: the whole "
                    "team works in one database on a server (docs/team.md). The password is "
                    "kept in the system's keyring, never here."
                )
            )
        )
        appearance = QFormLayout()
        appearance.addRow(self.tr("Colours"), self.scheme)
        reminders = QFormLayout()
        reminders.addRow(self.reminders)
        reminders.addRow(self.tr("Monday, at"), self.week_starts)
        reminders.addRow(self.tr("When actions are due, at"), self.actions_due)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self.show_values(dict(DEFAULTS)))

        # Two columns: all of it fits a 1366×768 screen, the buttons included.
        columns = QHBoxLayout()
        for groups in (
            (
                (self.tr("General"), general),
                (self.tr("Customers"), customers),
                (self.tr("Appearance"), appearance),
            ),
            (
                (self.tr("Backups"), backups),
                (self.tr("Shared database"), shared),
                (self.tr("Reminders"), reminders),
            ),
        ):
            column = QVBoxLayout()
            for title, form in groups:
                box = QGroupBox(title)
                box.setLayout(form)
                column.addWidget(box)
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.show_values({key: preferences.get(key) for key in DEFAULTS})

    # -- widgets ---------------------------------------------------------------------------

    @staticmethod
    def _choice(items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        for value, label in items:
            box.addItem(label, value)
        return box

    @staticmethod
    def _number(key: str, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(*RANGES[key])
        box.setSuffix(suffix)
        return box

    @staticmethod
    def _time() -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        return edit

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour('muted')};")
        # A form's last row of wrapped text is given one line too few: ask for its lines.
        label.setMinimumHeight(label.heightForWidth(HINT_WIDTH))
        return label

    def _show_protection(self) -> None:
        protected = self.passwords is not None and self.passwords.protected
        self.protection.setText(self.tr("Encrypted") if protected else self.tr("Not protected"))
        self.protection.setToolTip(
            self.tr("Your workbook and its backups are encrypted with the password.")
            if protected
            else self.tr("Anyone who can read this computer's disk can read your workbook.")
        )
        self.protect_button.setText(
            self.tr("Change…") if protected else self.tr("Protect with a password…")
        )
        self.remove_password_button.setVisible(protected)

    def _manage_password(self, *, remove: bool) -> None:
        if self.passwords is not None and self.passwords.manage(self, remove=remove):
            self._show_protection()

    def _choose_template(self) -> None:
        start = self.word_template.text().strip() or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Word template"), start, self.tr("Word (*.docx *.dotx)")
        )
        if name:
            self.word_template.setText(name)

    def _choose_folder(self) -> None:
        start = self.second_folder.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"), start)
        if folder:
            self.second_folder.setText(folder)

    # -- values ----------------------------------------------------------------------------

    def show_values(self, values: dict[str, Value]) -> None:
        def pick(box: QComboBox, value: Value) -> None:
            index = box.findData(value)
            box.setCurrentIndex(max(index, 0))

        pick(self.interface_language, values["interface/language"])
        pick(self.course_language, values["course/language"])
        pick(self.scheme, values["appearance/scheme"])
        self.person_name.setText(str(values["person/name"]))
        self.company.setText(str(values["person/company"]))
        self.word_template.setText(str(values["documents/word_template"]))
        self.attention_weeks.setValue(int(values["customers/attention_weeks"]))
        self.second_folder.setText(str(values["backups/second_folder"]))
        self.keep_daily.setValue(int(values["backups/keep_daily"]))
        self.reminders.setChecked(bool(values["reminders/enabled"]))
        self.database_url.setText(str(values["database/url"]))
        for edit, key in (
            (self.week_starts, "reminders/week_starts"),
            (self.actions_due, "reminders/actions_due"),
        ):
            time = QTime.fromString(str(values[key]), "HH:mm")
            edit.setTime(time if time.isValid() else QTime(9, 0))
            edit.setEnabled(self.reminders.isChecked())

    def values(self) -> dict[str, Value]:
        return {
            "interface/language": str(self.interface_language.currentData()),
            "course/language": str(self.course_language.currentData()),
            "person/name": self.person_name.text().strip(),
            "person/company": self.company.text().strip(),
            "documents/word_template": self.word_template.text().strip(),
            "customers/attention_weeks": self.attention_weeks.value(),
            "backups/second_folder": self.second_folder.text().strip(),
            "backups/keep_daily": self.keep_daily.value(),
            "appearance/scheme": str(self.scheme.currentData()),
            "reminders/enabled": self.reminders.isChecked(),
            "reminders/week_starts": self.week_starts.time().toString("HH:mm"),
            "reminders/actions_due": self.actions_due.time().toString("HH:mm"),
            "database/url": self.database_url.text().strip(),
        }

    def _say_connection(self, text: str) -> None:
        self.connection_result.setText(text)
        self.connection_result.setVisible(bool(text))

    def _say_not_a_url(self) -> None:
        self._say_connection(
            self.tr("This is not a PostgreSQL URL (postgresql://user@server/database).")
        )

    def _shared_url(self) -> str | None:
        """The URL typed, without a password (kept in the keyring instead); None, said
        beside the field, when it is not a PostgreSQL URL."""
        typed = self.database_url.text().strip()
        if not typed:
            return ""
        try:
            shown = server_address(typed)
        except ValueError:
            self._say_not_a_url()
            return None
        password = url_password(typed)
        if password is not None and not keep_password_in_keyring(shown, password):
            self._say_connection(
                self.tr(
                    "There is no keyring on this computer to keep the password in: leave it "
                    "out of the URL, and put it in ~/.pgpass, or type it when asked."
                )
            )
            return None
        self.database_url.setText(shown)
        return shown

    def test_connection(self) -> None:
        """Connect to the shared database and say what is there."""
        url = self.database_url.text().strip()  # with a password in it, if one was typed
        if not url:
            self._say_connection(self.tr("Type the URL of the database first."))
            return
        try:
            server_address(url)
        except ValueError:
            self._say_not_a_url()
            return
        self._say_connection(self.tr("Connecting…"))
        self.test_button.setEnabled(False)

        def probe() -> None:  # on a thread of its own: connecting may take seconds
            try:
                found: tuple[str | None, Exception | None] = (probe_shared_database(url), None)
            except (DatabaseError, ValueError) as error:
                found = (None, error)
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                self._probed.emit(*found)

        threading.Thread(target=probe, name="coursebook-probe", daemon=True).start()

    def _show_probe(self, revision: str | None, error: Exception | None) -> None:
        self.test_button.setEnabled(True)
        if isinstance(error, PasswordNeededError):
            said = self.tr(
                "The server asks for a password: Coursebook asks for it when it opens the "
                "workbook (or put it in ~/.pgpass)."
            )
        elif error is not None:
            said = self.tr("Not connected: {0}").format(problem_message(error))
        elif revision is None:
            said = self.tr("Connected: an empty database. Coursebook sets it up when it opens it.")
        else:
            said = self.tr("Connected: a Coursebook workbook.")
        self._say_connection(said)

    def accept(self) -> None:
        url = self._shared_url()
        if url is None:
            self.database_url.setFocus()
            return
        values = self.values()
        self.changed = self.preferences.changed_from(values)
        for key in self.changed:
            self.preferences.put(key, values[key])
        self.preferences.sync()
        if self.changed & NEEDS_RESTART:
            self.restart_now = self.ask_restart()
        super().accept()

    def ask_restart(self) -> bool:
        """The language and the appearance apply when the window is made again."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Settings"),
            self.tr(
                "The new language or appearance is used when the window is opened again. "
                "Do that now? Everything you typed is saved first."
            ),
            parent=self,
        )
        now = box.addButton(self.tr("Reopen now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        return box.clickedButton() is now
