"""Appearance: light or dark (or as the system says), and every colour of Coursebook's own
in a light and a dark variant, so that each is readable on either background.

`apply_scheme` runs once at start, before any window is made; the widgets take their
colours from `colour()` as they are built (a change in Settings rebuilds the window).
On Qt 6.8 and later the platform is asked for the scheme first (Windows, macOS and GNOME
then draw their own dark style); where it does not follow, the Fusion style with a palette
of ours does.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

log = logging.getLogger(__name__)

_LIGHT = {
    "text": "#1f2328",
    "muted": "#5b6470",
    "faint": "#8a8f98",  # placeholders, archived rows
    "link": "#0b62c4",
    "accent": "#1c7c54",  # done, the step ticks
    "accent_strong": "#0f5132",
    "heading": "#1c5c40",  # task titles
    "error": "#b42318",
    "warning_text": "#8a5a00",
    "note_bg": "#fff4d6",
    "note_fg": "#5c4300",
    "note_border": "#e8d49a",
    "alarm_bg": "#fde8e7",
    "alarm_fg": "#7a1a12",
    "alarm_border": "#f1b5b0",
    "surface": "#f6f8f7",  # behind the work cards
    "card": "#ffffff",
    "card_border": "#d5dae1",
    "section_border": "#dfe4ea",
    "table_head": "#eef1f4",
    "table_border": "#c9ced6",
    "code_bg": "#f5f7f9",
    "quote": "#4b5563",
    "summary": "#374151",
    "assignment": "#f3f8f5",
    "undo_bg": "#2f3a45",
    "undo_fg": "#ffffff",
    "detractor": "#c2410c",
    "passive": "#a16207",
    "promoter": "#15803d",
    "no_score": "#9ca3af",
    "bar_border": "#713f12",
    "added_bg": "#d7f5dd",  # a version's words the text lacks now
    "removed_bg": "#fbdcd9",  # the text's words the version lacks
}
_DARK = {
    "text": "#e6e8eb",
    "muted": "#a3acb9",
    "faint": "#7d8590",
    "link": "#6cb6ff",
    "accent": "#3fb67f",
    "accent_strong": "#2e8b60",
    "heading": "#7ad3a4",
    "error": "#ff7b72",
    "warning_text": "#e3b341",
    "note_bg": "#3d3012",
    "note_fg": "#f2d68a",
    "note_border": "#6b5519",
    "alarm_bg": "#4a1d1a",
    "alarm_fg": "#ffb4ab",
    "alarm_border": "#7d3029",
    "surface": "#1b1f24",
    "card": "#24292f",
    "card_border": "#3a414a",
    "section_border": "#363c44",
    "table_head": "#2d333b",
    "table_border": "#444c56",
    "code_bg": "#2d333b",
    "quote": "#b1bac4",
    "summary": "#c9d1d9",
    "assignment": "#1f2a24",
    "undo_bg": "#3b4652",
    "undo_fg": "#ffffff",
    "detractor": "#f0883e",
    "passive": "#d4a72c",
    "promoter": "#3fb950",
    "no_score": "#8b949e",
    "bar_border": "#e3b341",
    "added_bg": "#1c4428",
    "removed_bg": "#5a1f1b",
}

_dark = False


def is_dark() -> bool:
    return _dark


def colour(name: str) -> str:
    """One of Coursebook's colours for the scheme in use, as '#rrggbb'."""
    return (_DARK if _dark else _LIGHT)[name]


def colours() -> dict[str, str]:
    return dict(_DARK if _dark else _LIGHT)


def note_style(kind: str) -> str:
    """A style sheet's colours for a note ("note": for your information; "alarm": act)."""
    return (
        f"background: {colour(kind + '_bg')}; color: {colour(kind + '_fg')}; "
        f"border-bottom: 1px solid {colour(kind + '_border')};"
    )


def system_is_dark(app: QGuiApplication) -> bool:
    scheme = app.styleHints().colorScheme()
    if scheme is Qt.ColorScheme.Dark:
        return True
    if scheme is Qt.ColorScheme.Light:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_scheme(app: QApplication, chosen: str) -> bool:
    """Use the light or dark scheme ("system": whatever the system uses); returns whether
    it is dark. Safe to call again (Settings' restart)."""
    global _dark
    hints = app.styleHints()
    has_scheme = hasattr(hints, "setColorScheme")  # Qt 6.8
    if has_scheme:  # first undo an earlier choice, so that "system" hears the system
        hints.setColorScheme(Qt.ColorScheme.Unknown)
    app.setPalette(QPalette())  # no palette of ours: the platform's again
    want_dark = system_is_dark(app) if chosen == "system" else chosen == "dark"
    if has_scheme and chosen != "system":
        hints.setColorScheme(Qt.ColorScheme.Dark if want_dark else Qt.ColorScheme.Light)
    window = app.palette().color(QPalette.ColorRole.Window)
    if (window.lightness() < 128) != want_dark:  # the platform did not follow: Fusion will
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        app.setPalette(_palette(want_dark))
    _dark = want_dark
    log.info("appearance: %s (%s)", "dark" if want_dark else "light", chosen)
    return want_dark


def _palette(dark: bool) -> QPalette:
    if not dark:
        fusion = QStyleFactory.create("Fusion")
        return fusion.standardPalette() if fusion is not None else QPalette()
    roles = QPalette.ColorRole
    palette = QPalette()
    for role, value in {
        roles.Window: "#1f2328",
        roles.WindowText: _DARK["text"],
        roles.Base: "#16191d",
        roles.AlternateBase: "#22272e",
        roles.ToolTipBase: "#2d333b",
        roles.ToolTipText: _DARK["text"],
        roles.PlaceholderText: _DARK["faint"],
        roles.Text: _DARK["text"],
        roles.Button: "#2b3138",
        roles.ButtonText: _DARK["text"],
        roles.BrightText: "#ffffff",
        roles.Link: _DARK["link"],
        roles.LinkVisited: "#b392f0",
        roles.Highlight: "#2f6fba",
        roles.HighlightedText: "#ffffff",
        roles.Light: "#3a414a",
        roles.Midlight: "#30363d",
        roles.Mid: "#262c33",
        roles.Dark: "#121417",
        roles.Shadow: "#000000",
    }.items():
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#6e7681"))
    return palette
