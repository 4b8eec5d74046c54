"""Opening a shared workbook on a PostgreSQL server from the window: the password (from the
keyring, or asked and then kept there, never in the settings), what to do when the server
cannot be reached, and the person's name that goes with what they write."""

from __future__ import annotations

import getpass
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from coursebook.ui.messages import problem_message
from coursebook.ui.settings import Preferences
from coursebook.workbook.core import (
    DatabaseError,
    Password,
    PasswordNeededError,
    Workbook,
    WrongPasswordError,
    keep_password_in_keyring,
    keyring_password,
    server_address,
)

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def ask_server_password(url: str, wrong: bool, parent: QWidget | None = None) -> Password | None:
    """The password for the server (None: the person gave up)."""
    question = (
        translate("shared_workbook", "That password was not accepted. The password of {0}:")
        if wrong
        else translate("shared_workbook", "The password of {0}:")
    ).format(server_address(url))
    typed, ok = QInputDialog.getText(
        parent,
        translate("shared_workbook", "Shared workbook"),
        question,
        QLineEdit.EchoMode.Password,
    )
    return Password(typed) if ok and typed else None


def ask_what_now(url: str, error: DatabaseError, parent: QWidget | None = None) -> bool:
    """The server cannot be reached or refuses: True to try again, False to stop."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("shared_workbook", "Shared workbook"),
        translate("shared_workbook", "The shared workbook at {0} cannot be opened now.").format(
            server_address(url)
        ),
        parent=parent,
    )
    box.setInformativeText(
        problem_message(error)
        + "\n\n"
        + translate(
            "shared_workbook",
            "Check the network connection, or ask whoever looks after the server. To work "
            "on this computer's own workbook meanwhile, start Coursebook without a shared "
            "database (Settings → Shared database, or without --database-url).",
        )
    )
    again = box.addButton(
        translate("shared_workbook", "Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(again)
    box.exec()
    return box.clickedButton() is again


def open_shared_workbook(url: str, folder: Path, parent: QWidget | None = None) -> Workbook | None:
    """The workbook at `url` (what stays local in `folder`), or None when the person gave
    up."""
    password, asked = keyring_password(url), False
    while True:
        try:
            workbook = Workbook.open_server(url, password, folder)
        except (PasswordNeededError, WrongPasswordError):
            log.info("the server asks for a (another) password")
            password = ask_server_password(url, asked, parent)  # asked before: it was wrong
            if password is None:
                return None
            asked = True
            continue
        except DatabaseError as error:
            log.warning("the shared workbook cannot be opened: %s", error)
            if ask_what_now(url, error, parent):
                continue
            return None
        if asked and password is not None and not keep_password_in_keyring(url, password):
            log.info("no keyring: the password will be asked again next time")
        return workbook


def person_name(preferences: Preferences, parent: QWidget | None = None) -> str:
    """Who this is, on a shared workbook: asked once per computer, kept in the settings."""
    known = preferences.text("person/name").strip()
    if known:
        return known
    try:
        guess = getpass.getuser()
    except (OSError, KeyError):  # no login name to be found
        guess = ""
    typed, ok = QInputDialog.getText(
        parent,
        translate("shared_workbook", "Shared workbook"),
        translate("shared_workbook", "Your name, as your colleagues see it beside what you write:"),
        QLineEdit.EchoMode.Normal,
        guess,
    )
    name = typed.strip() if ok and typed.strip() else guess
    if name:
        preferences.put("person/name", name)
        preferences.sync()
    return name
