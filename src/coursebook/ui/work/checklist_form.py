"""A checklist: items to tick, kept as they are ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from coursebook.ui.work.task_form import TaskForm, TaskSetup


class ClickableLabel(QLabel):
    """A wrapping label that ticks its checkbox when clicked (a QCheckBox cannot wrap)."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
        super().mouseReleaseEvent(event)


class ChecklistForm(TaskForm):
    def __init__(self, setup: TaskSetup, parent: QWidget | None = None) -> None:
        super().__init__(setup, self.tr("Checklist"), parent)
        ticked = setup.work.ticked.get(setup.task.id, set())
        self.boxes: list[QCheckBox] = []
        for index, item in enumerate(setup.task.items):
            box = QCheckBox()
            box.setAccessibleName(item)
            box.setChecked(index in ticked)
            box.toggled.connect(lambda on, i=index: self._on_toggled(i, on))
            row = QHBoxLayout()
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(ClickableLabel(item, box), 1)
            self.layout_.addLayout(row)
            self.boxes.append(box)
        self.finish_layout()

    def _on_toggled(self, index: int, on: bool) -> None:
        setup = self.setup
        self.write(
            f"item{index}",
            lambda wb: wb.set_ticked(setup.key, index, on, setup.today()),
            at_once=True,
        )
