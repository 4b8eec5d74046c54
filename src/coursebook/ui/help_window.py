"""Help → User guide (F1): the guide in the interface's language, shown like a lesson (the
same safe Markdown, its screenshots from the bundled help folder), in a window of its own
beside the main one."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from coursebook.paths import user_guide
from coursebook.ui.lesson_view import LessonView

log = logging.getLogger(__name__)


class HelpWindow(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coursebook user guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.page = LessonView()
        self.page.setAccessibleName(self.tr("User guide"))
        guide = user_guide(language)
        try:
            text = guide.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            log.error("the user guide %s cannot be read: %s", guide, error)
            text = self.tr("The user guide is missing from this installation ({0}).").format(guide)
        self.page.show_page(text, guide.parent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(860, 700)
