"""Every colour of Coursebook's own is readable on the backgrounds it is drawn on, in the
light and in the dark appearance (WCAG 2 contrast: 4.5 for text, 3 for marks and charts)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from coursebook.ui import theme


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


TEXT = ("text", "muted", "link", "heading", "error", "warning_text", "quote", "summary")
MARKS = ("accent", "detractor", "passive", "promoter", "faint")
PAIRS = (
    ("note_fg", "note_bg"),
    ("alarm_fg", "alarm_bg"),
    ("undo_fg", "undo_bg"),
    ("text", "added_bg"),
    ("text", "removed_bg"),
)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_our_colours_are_readable_in_both_appearances(
    qapp: QApplication, scheme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "_dark", scheme == "dark")
    colours = theme.colours()
    backgrounds = [colours["card"], colours["surface"], colours["assignment"]]
    for name in TEXT:
        for background in backgrounds:
            assert contrast(colours[name], background) >= 4.5, (scheme, name, background)
    for name in MARKS:
        assert contrast(colours[name], colours["card"]) >= 3, (scheme, name)
    for fore, back in PAIRS:
        assert contrast(colours[fore], colours[back]) >= 4.5, (scheme, fore)


def test_the_dark_palette_is_dark_and_its_text_readable(qapp: QApplication) -> None:
    palette = theme._palette(dark=True)
    window = palette.color(QPalette.ColorRole.Window).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    assert luminance(window) < 0.05 and luminance(base) < 0.05
    assert contrast(text, base) >= 7 and contrast(text, window) >= 7


def test_choosing_dark_gives_a_dark_window(qapp: QApplication) -> None:
    before = (qapp.palette(), qapp.style().name())
    try:
        assert theme.apply_scheme(qapp, "dark") is True
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128
        assert theme.is_dark() and theme.colour("text") == theme._DARK["text"]
        assert theme.apply_scheme(qapp, "light") is False
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() >= 128
        theme.apply_scheme(qapp, "dark")
        assert theme.apply_scheme(qapp, "system") is False  # the (light) system, not the last
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    finally:
        qapp.setPalette(before[0])
        theme._dark = False
