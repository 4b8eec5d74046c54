"""Coursebook: an offline desktop companion for a weekly course."""

__version__ = "0.1.0"
APP_NAME = "Coursebook"
APP_ID = "coursebook"  # the data, config and log folders' name: never change it
# The launcher's and the store listing's id (reverse-DNS, as freedesktop.org asks):
DESKTOP_ID = "nl.coursebook.Coursebook"
