"""Coursebook: an offline desktop companion for a weekly course."""

__version__ = "0.1.0"
APP_NAME = "Coursebook"
APP_ID = "coursebook"
