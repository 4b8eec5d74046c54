"""The workbook's password in the window: asked at start for a protected workbook (as often
as needed, no lock-out; a recovery key file works too), and set, changed or removed from
the Settings. The password lives in memory only: never in the settings, a log or a file,
except a recovery key file the person asks for."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coursebook.ui.messages import problem_message
from coursebook.ui.runner import Runner
from coursebook.ui.theme import colour
from coursebook.ui.widgets import InlineError
from coursebook.workbook.core import Password, PasswordChanged, Workbook, WrongPasswordError
from coursebook.workbook.recovery_key import (
    RecoveryKeyError,
    read_recovery_key,
    write_recovery_key,
)

log = logging.getLogger(__name__)

# For a restart of the window in the same process (Settings): the workbook is not asked
# for again. In memory only.
_remembered: dict[Path, Password] = {}


def remembered(folder: Path) -> Password | None:
    return _remembered.get(folder.resolve())


def remember(folder: Path, password: Password | None) -> None:
    if password is None:
        _remembered.pop(folder.resolve(), None)
    else:
        _remembered[folder.resolve()] = password


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(280)
    return field


class AskPasswordDialog(QDialog):
    """At start: the password of a protected workbook, or a recovery key file."""

    def __init__(self, folder: Path, wrong: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coursebook: password"))
        self.password: Password | None = None
        intro = QLabel(self.tr("Your workbook in {0} is protected with a password.").format(folder))
        intro.setWordWrap(True)
        self.field = _secret_field(self.tr("Password"))
        self.error = InlineError()
        self.error.setStyleSheet(f"color: {colour('error')};")
        if wrong:
            self.error.show_message(
                self.tr(
                    "That password does not open this workbook. Check Caps Lock and try "
                    "again; you can try as often as you like."
                )
            )
        key_button = QPushButton(self.tr("Use a recovery key file…"))
        key_button.clicked.connect(self._use_key_file)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.addButton(key_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept_typed)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept_typed(self) -> None:
        if not self.field.text():
            self.error.show_message(self.tr("Type the password first."))
            return
        self.password = Password(self.field.text())
        self.accept()

    def _use_key_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Recovery key file"), str(Path.home()), self.tr("Text (*.txt);;All (*)")
        )
        if not name:
            return
        try:
            self.password = read_recovery_key(Path(name))
        except RecoveryKeyError as error:
            log.warning("%s", error)
            self.error.show_message(self.tr("{0} is not a recovery key file.").format(name))
            return
        self.accept()


def ask_password(folder: Path, wrong: bool) -> Password | None:
    """The password the person types (None: they quit). Tests replace this function."""
    dialog = AskPasswordDialog(folder, wrong)
    dialog.exec()
    return dialog.password


class ChangePasswordDialog(QDialog):
    """Set (no current password), change, or remove (no new one) the password."""

    def __init__(self, protected: bool, remove: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.protected, self.remove = protected, remove
        title = (
            self.tr("Remove the password")
            if remove
            else self.tr("Change the password")
            if protected
            else self.tr("Protect with a password")
        )
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.current = _secret_field(self.tr("Current password"))
        self.new = _secret_field(self.tr("New password"))
        self.repeat = _secret_field(self.tr("New password again"))
        self.save_key = QCheckBox(self.tr("Save a recovery key to a file afterwards"))
        self.save_key.setChecked(True)
        self.error = InlineError()
        self.error.setStyleSheet(f"color: {colour('error')};")
        form = QFormLayout()
        if protected:
            form.addRow(self.tr("Current password"), self.current)
        if not remove:
            form.addRow(self.tr("New password"), self.new)
            form.addRow(self.tr("Again"), self.repeat)
        layout = QVBoxLayout(self)
        explanation = QLabel(self._explanation())
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addLayout(form)
        if not remove:
            warning = QLabel(
                self.tr(
                    "<b>A forgotten password cannot be recovered.</b> Without it, or a "
                    "recovery key file, your work is gone for good: nobody can open it, "
                    "not even the makers of Coursebook."
                )
            )
            warning.setWordWrap(True)
            layout.addWidget(warning)
            layout.addWidget(self.save_key)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(title)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _explanation(self) -> str:
        if self.remove:
            return self.tr(
                "Your workbook and its backups are written anew without encryption. Anyone "
                "who can read this computer's disk can then read them."
            )
        return self.tr(
            "Your workbook and its backups are encrypted with the password (SQLCipher). "
            "Coursebook asks for it each time it starts. It protects your customers' "
            "details when the laptop or a backup gets into other hands."
        )

    def _check(self) -> None:
        if self.protected and not self.current.text():
            self.error.show_message(self.tr("Type the current password."))
            return
        if not self.remove:
            if not self.new.text():
                self.error.show_message(self.tr("Type a new password."))
                return
            if self.new.text() != self.repeat.text():
                self.error.show_message(self.tr("The two new passwords differ."))
                return
        self.accept()

    def values(self) -> tuple[Password | None, Password | None]:
        old = Password(self.current.text()) if self.protected else None
        new = None if self.remove else Password(self.new.text())
        return old, new


def _change(
    workbook: Workbook, old: Password | None, new: Password | None, second: Path | None
) -> PasswordChanged:
    return workbook.change_password(old, new, second)


class PasswordManager(QObject):
    """What the Settings need to offer the password: whether there is one, and the dialogs
    that change it on the worker."""

    def __init__(
        self,
        runner: Runner,
        folder: Path,
        today: Callable[[], date],
        parent: QObject | None,
        second_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.folder, self.today = runner, folder, today
        self.second_folder = second_folder  # its backups get the new protection too

    @property
    def protected(self) -> bool:
        return bool(self.runner.call(lambda wb: wb.protected))

    def manage(self, parent: QWidget, *, remove: bool = False) -> bool:
        """Ask and do; True when the password changed."""
        dialog = ChangePasswordDialog(self.protected, remove, parent)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            old, new = dialog.values()
            try:
                done: PasswordChanged = self.runner.call(
                    partial(_change, old=old, new=new, second=self.second_folder)
                )
            except WrongPasswordError:
                dialog.error.show_message(self.tr("That is not the current password."))
                continue
            except Exception as error:  # said in the dialog, which stays open to try again
                log.warning("the password was not changed", exc_info=error)
                dialog.error.show_message(
                    self.tr("Not changed: {0}").format(problem_message(error))
                )
                continue
            remember(self.folder, new)
            self._report(parent, done)
            if new is not None and dialog.save_key.isChecked():
                self.save_recovery_key(parent, new)
            return True
        return False

    def _report(self, parent: QWidget, done: PasswordChanged) -> None:
        if not done.backups_failed:
            return
        names = ", ".join(path.name for path, _reason in done.backups_failed)
        QMessageBox.warning(
            parent,
            "Coursebook",
            self.tr("These backups keep their earlier protection: {0}").format(names),
        )

    def save_recovery_key(self, parent: QWidget, password: Password) -> None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Save the recovery key"),
            str(Path.home() / "coursebook-recovery-key.txt"),
            self.tr("Text (*.txt)"),
        )
        if not name:
            return
        try:
            write_recovery_key(Path(name), password, self.folder, self.today())
        except OSError as error:
            QMessageBox.warning(parent, "Coursebook", problem_message(error))
