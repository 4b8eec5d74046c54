"""Versions…: the versions kept of one text, what each differs from the text now, and
putting one back (which is itself a new version, so nothing is lost by trying)."""

from __future__ import annotations

import difflib
import html
import logging
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coursebook.ui.autosave import SaveManager
from coursebook.ui.i18n import format_date
from coursebook.ui.messages import problem_message
from coursebook.ui.theme import colour
from coursebook.ui.widgets import TextEdit
from coursebook.workbook.versions import TextRef, TextVersion

log = logging.getLogger(__name__)

_WORDS = re.compile(r"\S+\s*|\s+")  # each word with the space after it


def difference_html(now: str, version: str) -> str:
    """`version` with what differs from `now` marked, word by word: words of the version
    that the text lacks now on green, words of the text now that the version lacks struck
    through on red."""
    old, new = _WORDS.findall(now), _WORDS.findall(version)
    parts: list[str] = []
    added = f"background:{colour('added_bg')};"
    removed = f"background:{colour('removed_bg')}; text-decoration: line-through;"
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            parts.append(f"<span style='{removed}'>{_escape(''.join(old[a1:a2]))}</span>")
        if op in ("replace", "insert"):
            parts.append(f"<span style='{added}'>{_escape(''.join(new[b1:b2]))}</span>")
        if op == "equal":
            parts.append(_escape("".join(new[b1:b2])))
    return f"<div style='white-space: pre-wrap'>{''.join(parts)}</div>"


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class VersionsDialog(QDialog):
    """The versions of one text, the newest first; `restore_chosen(version id)`."""

    restore_chosen = Signal(int)

    def __init__(
        self,
        what: str,
        versions: list[TextVersion],
        now_text: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions of {0}").format(what))
        self.resize(760, 480)
        self._now_text, self._today = now_text, today
        self.versions = QListWidget()
        self.versions.setMinimumWidth(240)
        self.versions.setSpacing(3)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.versions.setAccessibleName(self.tr("Versions"))
        self.difference = QTextBrowser()
        self.difference.setOpenLinks(False)
        self.difference.setAccessibleName(self.tr("What differs from your text now"))
        legend = QLabel(
            self.tr(
                "Marked green: in this version, not in your text now. Struck through: in your "
                "text now, not in this version."
            )
        )
        legend.setWordWrap(True)
        legend.setObjectName("muted")
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)

        for index, version in enumerate(versions):
            item = QListWidgetItem(self._label(version, index == 0))
            item.setData(Qt.ItemDataRole.UserRole, version)
            self.versions.addItem(item)
        self.versions.currentItemChanged.connect(self._show)

        right = QVBoxLayout()
        right.addWidget(self.difference, 1)
        right.addWidget(legend)
        body = QHBoxLayout()
        body.addWidget(self.versions)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        if len(versions) < 2:
            empty = QLabel(
                self.tr(
                    "No earlier versions yet. Each time you come back to this text and change "
                    "it, the text as it was is kept here."
                )
            )
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        if versions:
            self.versions.setCurrentRow(min(1, len(versions) - 1))

    def _when(self, moment: datetime) -> str:
        clock = moment.strftime("%H:%M")
        if moment.date() == self._today:
            return self.tr("Today {0}").format(clock)
        if moment.date() == self._today - timedelta(days=1):
            return self.tr("Yesterday {0}").format(clock)
        pattern = "ddd d MMM" if moment.year == self._today.year else "d MMM yyyy"
        return f"{format_date(moment.date(), pattern)} {clock}"

    def _label(self, version: TextVersion, newest: bool) -> str:
        label = self._when(version.saved_at)
        if newest:
            label = self.tr("{0} (now)").format(label)
        if version.restored_from is not None:
            label += "\n" + self.tr("restored from {0}").format(self._when(version.restored_from))
        first = " ".join(version.text.split())
        if not first:
            label += "\n" + self.tr("(empty)")
        else:
            label += "\n" + (first if len(first) <= 40 else first[:39] + "…")
        return label

    def _chosen(self) -> TextVersion | None:
        item = self.versions.currentItem()
        version: TextVersion | None = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return version

    def _show(self) -> None:
        version = self._chosen()
        if version is None:
            self.difference.clear()
            self.restore_button.setEnabled(False)
            return
        self.difference.setHtml(difference_html(self._now_text, version.text))
        self.restore_button.setEnabled(version.text != self._now_text)

    def _restore(self) -> None:
        version = self._chosen()
        if version is not None:
            self.restore_chosen.emit(version.id)
            self.accept()


def show_versions(
    edit: TextEdit,
    saver: SaveManager,
    ref: TextRef,
    what: str,
    today: date,
    *,
    origin: object = None,
    failed: Callable[[str], None] | None = None,
) -> None:
    """List the versions of the text in `edit` (after saving what was just typed, so it is
    the newest) and put the one chosen back into `edit`."""

    def say(error: Exception) -> None:
        log.error("versions of %s", ref.subject, exc_info=error)
        if failed is not None:
            failed(problem_message(error))

    def restored(text: str) -> None:
        edit.replace_text(text)

    def listed(versions: list[TextVersion]) -> None:
        dialog = VersionsDialog(what, versions, edit.toPlainText(), today, edit.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_chosen.connect(
            lambda version_id: saver.runner.submit(
                lambda wb: wb.restore_version(ref, version_id), restored, say, origin=origin
            )
        )
        dialog.open()

    saver.flush()
    saver.runner.submit(lambda wb: wb.versions(ref), listed, say)
