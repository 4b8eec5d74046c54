"""Markdown → safe HTML for display (Qt-free)."""
