"""A reflection: a Markdown editor with a live preview rendered like the lessons."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from coursebook.render.markdown import render_markdown
from coursebook.ui.lesson_view import lesson_css
from coursebook.ui.theme import colour
from coursebook.ui.widgets import TextEdit
from coursebook.ui.work.task_form import TaskForm, TaskSetup
from coursebook.workbook.versions import TextRef

PREVIEW_DELAY_MS = 250


class ReflectionForm(TaskForm):
    def __init__(self, setup: TaskSetup, parent: QWidget | None = None) -> None:
        super().__init__(setup, self.tr("Reflection"), parent)
        self.editor = TextEdit()
        self.editor.paste_refused.connect(self.error.show_message)
        self.editor.setAccessibleName(self.tr("Reflection"))
        self.editor.setPlaceholderText(
            self.tr(
                "Write in your own words. Markdown works: # heading, **bold**, *italic*, - lists."
            )
        )
        self.editor.setMinimumHeight(180)
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(setup.work.reflections.get(setup.task.id, ""))
        self.editor.document().setModified(False)
        self.editor.textChanged.connect(self._on_text_changed)
        self.offer_versions(self.editor, TextRef.reflection(setup.key), self.tr("your reflection"))

        label = QLabel(self.tr("Preview"))
        small = QFont(label.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        label.setFont(small)
        label.setObjectName("muted")
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.document().setDefaultStyleSheet(lesson_css())
        self.preview.setMinimumHeight(120)
        self.preview.setAccessibleName(self.tr("Preview of the reflection"))
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self.update_preview)

        self.layout_.addWidget(self.editor)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.preview)
        self.finish_layout()
        self.update_preview()

    def _on_text_changed(self) -> None:
        text = self.editor.toPlainText()
        key = self.setup.key
        self.write("text", lambda wb: wb.save_reflection(key, text), text=text)
        self._preview_timer.start(PREVIEW_DELAY_MS)

    def update_preview(self) -> None:
        text = self.editor.toPlainText()
        if text.strip():
            self.preview.setHtml(render_markdown(text))
        else:
            self.preview.setHtml(
                f"<p style='color:{colour('faint')}'>"
                + self.tr("Your text will appear here.")
                + "</p>"
            )

    def focus_place(self, part: str, ref: int) -> bool:
        self.editor.setFocus()
        return True
