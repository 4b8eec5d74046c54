"""Another person saved a text while this person was typing it (a shared workbook): both
texts side by side, who saved the other one and when, and a choice. Nothing is lost either
way: the text not kept stays among the text's versions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from coursebook.ui.messages import conflict_message
from coursebook.workbook.conflicts import EditConflict


def _read_only(text: str) -> QPlainTextEdit:
    shown = QPlainTextEdit(text)
    shown.setReadOnly(True)
    shown.setMinimumHeight(90)
    return shown


class ConflictDialog(QDialog):
    """`chosen`: the text to keep, once a button is clicked."""

    def __init__(self, conflict: EditConflict, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.chosen = conflict.theirs
        self.setWindowTitle(self.tr("Changed by someone else"))
        who = conflict.by or self.tr("someone else")
        intro = QLabel(
            self.tr("{0}. Which text of {1} do you keep? The other stays among its versions.")
            .replace("{0}", conflict_message(conflict))
            .replace("{1}", what)
        )
        intro.setWordWrap(True)
        self.theirs = _read_only(conflict.theirs)
        self.mine = _read_only(conflict.mine)
        buttons = QDialogButtonBox()
        self.keep_theirs = QPushButton(self.tr("Keep the text of {0}").format(who))
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_both = QPushButton(self.tr("Keep both, one after the other"))
        for button in (self.keep_theirs, self.keep_mine, self.keep_both):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_theirs.clicked.connect(lambda: self._choose(conflict.theirs))
        self.keep_mine.clicked.connect(lambda: self._choose(conflict.mine))
        self.keep_both.clicked.connect(lambda: self._choose(f"{conflict.theirs}\n{conflict.mine}"))
        layout = QGridLayout(self)
        layout.addWidget(intro, 0, 0, 1, 2)
        layout.addWidget(QLabel(self.tr("Saved by {0}").format(who)), 1, 0)
        layout.addWidget(QLabel(self.tr("Yours, not saved")), 1, 1)
        layout.addWidget(self.theirs, 2, 0)
        layout.addWidget(self.mine, 2, 1)
        layout.addWidget(buttons, 3, 0, 1, 2)
        self.keep_theirs.setDefault(True)

    def _choose(self, text: str) -> None:
        self.chosen = text
        self.accept()

    @classmethod
    def choose(cls, conflict: EditConflict, what: str, parent: QWidget | None = None) -> str:
        """The text to keep; closing the dialog keeps the one saved (theirs)."""
        dialog = cls(conflict, what, parent)
        dialog.exec()
        return dialog.chosen
