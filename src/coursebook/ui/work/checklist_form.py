"""A checklist: items to tick, kept as they are ticked."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from coursebook.ui.work.task_form import TaskForm, TaskSetup
from coursebook.workbook.checklist import set_ticked, ticked_items


class ChecklistForm(TaskForm):
    def __init__(self, setup: TaskSetup, parent: QWidget | None = None) -> None:
        super().__init__(setup, self.tr("Checklist"), parent)
        ticked = ticked_items(setup.db, setup.key)
        self.boxes: list[QCheckBox] = []
        for index, item in enumerate(setup.task.items):
            box = QCheckBox(item)
            box.setChecked(index in ticked)
            box.toggled.connect(lambda on, i=index: self._on_toggled(i, on))
            self.layout_.addWidget(box)
            self.boxes.append(box)
        self.finish_layout()

    def _on_toggled(self, index: int, on: bool) -> None:
        setup = self.setup
        self.write(
            f"item{index}",
            lambda: set_ticked(setup.db, setup.key, index, on, setup.today()),
            at_once=True,
        )
