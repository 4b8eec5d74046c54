"""What Coursebook bundles, with each part's version and licence, for Help → About.

Versions are read from the installed packages' metadata (the frozen app carries it: see
packaging/coursebook.spec); the licence names are fixed here, as the packages' metadata
spells them in many ways or not at all."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata


@dataclass(frozen=True)
class Part:
    name: str
    distribution: str  # the package on PyPI ("" for Python itself)
    licence: str  # an SPDX expression


BUNDLED = (
    Part("Coursebook", "coursebook", "GPL-3.0-or-later"),
    Part("Python", "", "PSF-2.0"),
    Part("Qt 6 and PySide6", "PySide6-Essentials", "LGPL-3.0-only"),
    Part("Qt Charts (PySide6 Add-ons)", "PySide6-Addons", "GPL-3.0-only"),
    Part("SQLAlchemy", "SQLAlchemy", "MIT"),
    Part("Alembic", "alembic", "MIT"),
    Part("Python-Markdown", "Markdown", "BSD-3-Clause"),
    Part("nh3 (ammonia)", "nh3", "MIT"),
    Part("platformdirs", "platformdirs", "MIT"),
    Part("filelock", "filelock", "Unlicense"),
    Part("openpyxl", "openpyxl", "MIT"),
    Part("python-docx", "python-docx", "MIT"),
    Part("lxml", "lxml", "BSD-3-Clause"),
    Part("icalendar", "icalendar", "BSD-2-Clause"),
    Part("SQLCipher (sqlcipher3)", "sqlcipher3", "Zlib AND BSD-3-Clause"),
    Part("SQLite", "", "blessing (public domain)"),
)


def version_of(part: Part) -> str:
    if part.name == "Python":
        return platform.python_version()
    if part.name == "SQLite":
        from sqlcipher3 import dbapi2  # the SQLite Coursebook uses is SQLCipher's

        return str(dbapi2.sqlite_version)
    try:
        return metadata.version(part.distribution)
    except metadata.PackageNotFoundError:
        return "?"


def licence_lines() -> list[str]:
    """'Name version: licence', one per bundled part."""
    return [f"{part.name} {version_of(part)}: {part.licence}" for part in BUNDLED]
