from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from coursebook.ui.versions_dialog import difference_html


def marked(html: str, style: str) -> list[str]:
    return re.findall(rf"<span style='[^']*{style}[^']*'>([^<]*)</span>", html)


def test_the_difference_marks_words_gained_and_lost(qapp: QApplication) -> None:
    now = "She liked the fast delivery."
    version = "She liked the friendly driver and the fast delivery."
    html = difference_html(now, version)
    assert marked(html, "background") == ["friendly driver and the "]
    assert marked(html, "line-through") == []
    back = difference_html(version, now)
    assert marked(back, "line-through") == ["friendly driver and the "]


def test_the_difference_is_escaped_and_keeps_lines(qapp: QApplication) -> None:
    html = difference_html("", "<b>bold</b>\nnext line")
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert "<br>" in html
