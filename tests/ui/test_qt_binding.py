"""The Qt binding itself: a release that miscounts references would abort the app after a
while of normal use, whatever our code does, so the suite refuses to run on one."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QComboBox


def test_calling_qt_does_not_use_up_references_to_none(qapp: QApplication) -> None:
    box = QComboBox()
    box.addItem("warm-up")
    before = sys.getrefcount(None)
    for _ in range(500):
        box.addItem("x", 5)
        box.setToolTip("x")
    # A few references may come and go around the loop; 1,000 lost ones is the PySide6 6.12.0
    # bug on Python 3.11 that ends in "Fatal Python error: none_dealloc".
    assert sys.getrefcount(None) > before - 50
