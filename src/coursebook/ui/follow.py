"""Views that read again when what they show changed: at once while they are on screen, else
the next time they are shown (a hidden tab reads nothing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from coursebook.ui.runner import Runner
from coursebook.workbook.changes import Changes


class Follower(QObject):
    """Calls `reload` when `wants(changes, origin)` says a change concerns `view`."""

    def __init__(
        self,
        view: QWidget,
        runner: Runner,
        wants: Callable[[Changes, object], bool],
        reload: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self.view, self.wants, self.reload = view, wants, reload
        self.stale = True  # nothing read yet: read when first shown
        runner.changed.connect(self._on_changed)
        view.installEventFilter(self)

    def _on_changed(self, changes: Changes, origin: object) -> None:
        if not self.wants(changes, origin):
            return
        if self.view.isVisible():
            self.reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.reload()
        return False
