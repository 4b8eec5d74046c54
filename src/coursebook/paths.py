"""Where Coursebook keeps its data and finds its bundled resources.

The data folder is the platform's user data folder (platformdirs), unless the command line
gives `--data-dir DIR` or the environment sets `COURSEBOOK_DATA_DIR`; tests and scripts use
those so that they never touch the real home folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from coursebook import APP_ID

DATA_DIR_ENV = "COURSEBOOK_DATA_DIR"
DATABASE_URL_ENV = "COURSEBOOK_DATABASE_URL"  # a shared workbook on a PostgreSQL server


def database_url(given: str | None = None) -> str | None:
    """The shared workbook on a server to use instead of the data folder's file, if any:
    the one given (--database-url), else $COURSEBOOK_DATABASE_URL."""
    import os

    return given or os.environ.get(DATABASE_URL_ENV) or None


DATABASE_NAME = "coursebook.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    """The files of one data folder."""

    root: Path
    overridden: bool

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def settings_file(self) -> Path:
        """Per-machine preferences (window geometry) as an INI file.

        With an overridden data folder the file lives inside it, so a test or a portable
        install keeps everything in one place; otherwise in the platform's config folder.
        """
        if self.overridden:
            return self.root / "settings.ini"
        return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / "settings.ini"

    @property
    def log_dir(self) -> Path:
        """Where logs rotate: the platform's log folder, or `logs/` in an overridden data
        folder (platformdirs puts Linux logs in ~/.local/state/coursebook/log)."""
        if self.overridden:
            return self.root / "logs"
        return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def resolve_data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder: the argument, else $COURSEBOOK_DATA_DIR, else the platform default."""
    if data_dir is not None:
        return DataPaths(Path(data_dir).expanduser().resolve(), overridden=True)
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return DataPaths(Path(from_env).expanduser().resolve(), overridden=True)
    return DataPaths(Path(platformdirs.user_data_dir(APP_ID, appauthor=False)), overridden=False)


def resources_dir() -> Path:
    """The folder with bundled courses and translations.

    Installed from a wheel it sits inside the package (`coursebook/resources`); in a source
    checkout (editable install, or running from `src/`) it is the top-level `resources/`.
    """
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "resources"
    if installed.is_dir():
        return installed
    checkout = package_dir.parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"Coursebook's resources folder is missing: looked in {installed} and {checkout}"
    )


def bundled_courses_dir() -> Path:
    return resources_dir() / "courses"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def user_guide(language: str) -> Path:
    """The user guide in `language` (Markdown, with its screenshots beside it), else English."""
    folder = resources_dir() / "help"
    wanted = folder / f"{language}.md"
    return wanted if wanted.is_file() else folder / "en.md"


def icon_files() -> list[Path]:
    """The app icon in each size (16 … 512 pixels), made from resources/icons/coursebook.svg
    by packaging/make_icons.py."""
    return sorted((resources_dir() / "icons" / "hicolor").glob("*/apps/*.png"))
