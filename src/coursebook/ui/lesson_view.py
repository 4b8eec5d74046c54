"""The lesson in the middle: the step's Markdown rendered safely, plus its assignment."""

from __future__ import annotations

import html
import logging
from datetime import date
from pathlib import Path
from string import Template

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from coursebook.course.model import Step, Task, TaskType
from coursebook.course.schedule import step_ends, step_opens, step_state, task_deadline
from coursebook.render.markdown import is_local_resource, is_safe_link, render_markdown
from coursebook.ui.i18n import format_date
from coursebook.ui.theme import colours

log = logging.getLogger(__name__)

_LESSON_CSS = Template(
    """
body { color: $text; }
h1 { font-size: 20pt; font-weight: 600; margin-top: 4px; margin-bottom: 6px; }
h2 { font-size: 14.5pt; font-weight: 600; margin-top: 20px; margin-bottom: 6px; }
h3 { font-size: 12.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 10px; line-height: 135%; }
li { margin-bottom: 4px; line-height: 130%; }
blockquote { margin-left: 18px; margin-right: 18px; color: $quote; font-style: italic; }
table { border-collapse: collapse; margin-top: 6px; margin-bottom: 12px; }
th { background-color: $table_head; font-weight: 600; border: 1px solid $table_border;
     padding: 5px 9px; }
td { border: 1px solid $table_border; padding: 5px 9px; }
pre { background-color: $code_bg; padding: 8px; }
code { font-family: "DejaVu Sans Mono", monospace; background-color: $code_bg; }
a { color: $link; }
.meta { color: $muted; font-size: 10pt; margin-bottom: 4px; }
.summary { font-size: 12pt; font-style: italic; color: $summary; margin-bottom: 14px; }
.assignment { background-color: $assignment; }
.task-title { font-weight: 600; color: $heading; }
"""
)


def lesson_css() -> str:
    """The lesson's style sheet in the colours of the scheme in use."""
    return _LESSON_CSS.substitute(colours())


MAX_TEXT_WIDTH = 760  # px: long lines are hard to read
DOCUMENT_MARGIN = 24


class LessonView(QTextBrowser):
    """A read-only, sanitised lesson. Links open outside only when clicked, and only http(s)
    and mailto; images load only from inside the course's own folder."""

    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.document().setDefaultStyleSheet(lesson_css())
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.setAccessibleName(self.tr("Lesson"))
        self._bundle: Path | None = None
        self._step_folder: Path | None = None

    # -- content ---------------------------------------------------------------------------

    def show_step(self, step: Step, bundle: Path, start: date, today: date) -> None:
        self._bundle = bundle.resolve()
        self._step_folder = step.source.parent.resolve()
        self.setHtml(self.step_html(step, start, today))
        self._fit_text_width()
        self.verticalScrollBar().setValue(0)

    def show_page(self, markdown: str, folder: Path) -> None:
        """A page that is not a step (the user guide), its images from inside `folder`."""
        self._bundle = self._step_folder = folder.resolve()
        self.setHtml(render_markdown(markdown))
        self._fit_text_width()
        self.verticalScrollBar().setValue(0)

    def show_section(self, anchor: str) -> None:
        """Scroll to a heading of the lesson shown (its id; "" for the top) and put the
        keyboard there, so reading goes on from it."""
        if anchor:
            self.scrollToAnchor(anchor)
            bar = self.verticalScrollBar()
            if bar.value() < bar.maximum():  # a little of what comes before, for breathing
                bar.setValue(max(0, bar.value() - self.fontMetrics().height()))
        else:
            self.verticalScrollBar().setValue(0)
        self.setFocus()

    def step_html(self, step: Step, start: date, today: date) -> str:
        opens, ends = step_opens(start, step.number), step_ends(start, step.number)
        state = step_state(start, step.number, today)
        state_text = {
            "current": self.tr("This is this week's step."),
            "past": self.tr("This step is behind you."),
            "upcoming": self.tr("This step opens later."),
        }[state.value]
        meta = self.tr("Step {0} · {1} – {2}").format(
            step.number, format_date(opens, "d MMMM"), format_date(ends, "d MMMM yyyy")
        )
        parts = [
            f"<h1>{html.escape(step.title)}</h1>",
            f'<p class="meta">{html.escape(meta)} · {html.escape(state_text)}</p>',
        ]
        if step.summary:
            parts.append(f'<p class="summary">{html.escape(step.summary)}</p>')
        parts.append(render_markdown(step.body))
        if step.tasks:
            parts.append(self._assignment_html(step, start))
        return "\n".join(parts)

    def _assignment_html(self, step: Step, start: date) -> str:
        out = ["<hr/>", f"<h2>{html.escape(self.tr('Your assignment'))}</h2>"]
        for task in step.tasks:
            title = task.title or self._default_title(task)
            line = f'<p><span class="task-title">{html.escape(title)}</span>'
            if task.due is not None:
                due = format_date(task_deadline(start, step.number, task.due), "dddd d MMMM")
                line += " · " + html.escape(self.tr("due {0}").format(due))
            out.append(line + "</p>")
            if task.prompt:
                out.append(render_markdown(task.prompt))
            if task.questions:
                out.append(
                    "<ol>" + "".join(f"<li>{html.escape(q)}</li>" for q in task.questions) + "</ol>"
                )
            if task.items:
                out.append(
                    "<ul>" + "".join(f"<li>☐ {html.escape(i)}</li>" for i in task.items) + "</ul>"
                )
        return "\n".join(out)

    def _default_title(self, task: Task) -> str:
        if task.type is TaskType.CALLS:
            return self.tr("Calls: %n conversation(s)", "", task.count)
        if task.type is TaskType.ACTIONS:
            return self.tr("Actions: %n action(s)", "", task.count)
        if task.type is TaskType.REFLECTION:
            return self.tr("Reflection")
        return self.tr("Checklist")

    # -- links and resources -------------------------------------------------------------

    def _on_anchor_clicked(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("#"):
            self.scrollToAnchor(url.fragment())
        elif is_safe_link(target):
            QDesktopServices.openUrl(url)
        else:
            log.info("refused to open link %r", target)
            self.link_refused.emit(target)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Only images inside the course bundle; nothing remote, nothing else on disk."""
        if kind != int(QTextDocument.ResourceType.ImageResource.value):
            return None
        if self._bundle is None or self._step_folder is None:
            return None
        target = name.toString() if isinstance(name, QUrl) else name
        if not is_local_resource(target):
            return None
        path = (self._step_folder / target).resolve()
        if not path.is_relative_to(self._bundle) or not path.is_file():
            return None
        image = QImage(str(path))
        if image.isNull():
            return None
        if image.width() > MAX_TEXT_WIDTH:  # a screenshot: as wide as the text, not wider
            return image.scaledToWidth(MAX_TEXT_WIDTH, Qt.TransformationMode.SmoothTransformation)
        return image

    # -- layout ---------------------------------------------------------------------------

    def _fit_text_width(self) -> None:
        """Keep the text column readable on wide windows by centring it."""
        spare = max(0, self.viewport().width() - MAX_TEXT_WIDTH)
        margin = DOCUMENT_MARGIN + spare / 2
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if fmt.leftMargin() != margin:
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text_width()
