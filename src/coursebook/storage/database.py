"""Open the SQLite database safely: check it, back it up, migrate it, then hand out sessions.

Every way a file can be wrong (not SQLite, empty, corrupt, from another program, from a newer
Coursebook) raises a `DatabaseError` whose message says what and where, and the file is
never opened for writing in that case: nothing the person wrote is ever overwritten.
"""

from __future__ import annotations

import contextlib
import re
import struct
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from coursebook.files import first_free_name, require_free_space
from coursebook.storage import driver
from coursebook.storage.driver import SQLITE_MAGIC, Password

if TYPE_CHECKING:
    from alembic.config import Config

    from coursebook.storage.server import ServerAddress

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER_SIZE = 100
BUSY_TIMEOUT_MS = 5000
APPLICATION_ID = int.from_bytes(b"CBk1", "big")  # stamped in the file header: "this is ours"


class DatabaseError(Exception):
    """A database that Coursebook cannot or must not open; the message is for the person."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = path  # a file, or a server database's address (without its password)
        self.reason = message
        super().__init__(f"{path}: {message}")


class NotADatabaseError(DatabaseError):
    """The file is not a (readable) SQLite database: empty, foreign bytes, truncated, corrupt."""


class ForeignDatabaseError(DatabaseError):
    """An SQLite database, but not one of Coursebook's."""


class NewerSchemaError(DatabaseError):
    """The database was written by a newer Coursebook."""


class DatabaseUnavailableError(DatabaseError):
    """The file or folder cannot be read or written (permissions, locked, disk full)."""


class ServerUnavailableError(DatabaseUnavailableError):
    """A database server that cannot be reached (network, server down, refused)."""


class PasswordNeededError(NotADatabaseError):
    """Not a plain SQLite file: protected with a password (none was given), or not a
    database at all; without the password nobody can tell which."""


class WrongPasswordError(DatabaseError):
    """The password given does not open the file (another password, or not our file)."""


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_REVISION = re.compile(r'^(down_)?revision: str(?: \| None)? = "([^"]+)"', re.MULTILINE)


@cache
def _revisions() -> dict[str, str | None]:
    """Each migration's revision and the one it follows, read from the scripts themselves:
    importing Alembic just to learn that the database is up to date costs half a second at
    every start (`tests/storage/test_migrations.py` checks this agrees with Alembic)."""
    found: dict[str, str | None] = {}
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        marks = dict(
            (bool(down), rev) for down, rev in _REVISION.findall(script.read_text("utf-8"))
        )
        if False in marks:
            found[marks[False]] = marks.get(True)
    return found


def known_revisions() -> set[str]:
    return set(_revisions())


def head_revision() -> str:
    revisions = _revisions()
    followed = {down for down in revisions.values() if down is not None}
    heads = [rev for rev in revisions if rev not in followed]
    assert len(heads) == 1, f"the migrations should have one head, not {heads}"
    return heads[0]


def _checked_marker(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def mark_checked(path: Path) -> None:
    """After a clean close: note the file's size and time, so that the next start, finding
    the file exactly as it was left, need not read all of it again (`PRAGMA quick_check`
    reads every page: it would make starting slower with every year of work)."""
    try:
        stat = path.stat()
        _checked_marker(path).write_text(f"{stat.st_size} {stat.st_mtime_ns}", encoding="ascii")
    except OSError:
        pass  # then the next start checks the whole file, as without the marker


def _unchanged_since_closed(path: Path) -> bool:
    """Whether the file is as a clean close left it (no crash since, nobody else wrote it)."""
    marker = _checked_marker(path)
    try:
        noted = marker.read_text(encoding="ascii").split()
        stat = path.stat()
    except OSError:
        return False
    journal = path.with_name(path.name + "-wal")
    if journal.exists() and journal.stat().st_size > 0:
        return False
    return noted == [str(stat.st_size), str(stat.st_mtime_ns)]


def forget_checked(path: Path) -> None:
    """While the database is open, the next start must check the whole file (a crash may
    leave it half-written)."""
    with contextlib.suppress(OSError):  # a read-only folder: nothing is written there either
        _checked_marker(path).unlink(missing_ok=True)


def folder_is_writable(folder: Path) -> bool:
    """Whether a file can be made in `folder` (a read-only disk or share, a locked-down
    folder: permissions alone do not tell when running as an administrator)."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _read_only_uri(path: Path) -> str:
    """A URI SQLite can read on read-only media, where it cannot make the -shm file WAL needs:
    `immutable` reads the file as it is (a -wal beside it is not applied)."""
    return path.resolve().as_uri() + "?mode=ro&immutable=1"


def inspect_database(
    path: Path, *, read_only_media: bool = False, password: Password | None = None
) -> str | None:
    """Check an existing file without writing to it; return its schema revision.

    Returns None for a database without any table (a new one). Raises a DatabaseError
    subclass for anything Coursebook must not open: PasswordNeededError for an encrypted
    file without `password`, WrongPasswordError when it does not open it. The page-by-page
    check is skipped for a file exactly as the last clean close left it (`mark_checked`).
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(SQLITE_HEADER_SIZE)
    except OSError as error:
        raise DatabaseUnavailableError(path, f"cannot read the file: {error.strerror}") from error
    if not header:
        raise NotADatabaseError(path, "the file is empty (0 bytes), not a Coursebook database")
    encrypted = not header.startswith(SQLITE_MAGIC)
    if encrypted and not driver.looks_encrypted(path):
        raise NotADatabaseError(path, "this file is not an SQLite database")
    if encrypted and password is None:
        raise PasswordNeededError(
            path, "this file is protected with a password, or it is not a database"
        )
    if len(header) < SQLITE_HEADER_SIZE:
        raise NotADatabaseError(path, "the file is truncated (shorter than an SQLite header)")
    try:
        uri = _read_only_uri(path) if read_only_media else path.resolve().as_uri() + "?mode=ro"
        key = password if encrypted else None
        with closing(driver.connect(uri, key, uri=True)) as connection:
            if encrypted and not driver.opens(connection):
                raise WrongPasswordError(
                    path, "the password does not open this workbook (or it is not one)"
                )
            check = (
                ["ok"]
                if _unchanged_since_closed(path)
                else [row[0] for row in connection.execute("PRAGMA quick_check")]
            )
            if check != ["ok"]:
                detail = "; ".join(str(c) for c in check[:3])
                raise NotADatabaseError(path, f"the database is damaged ({detail})")
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if application_id not in (0, APPLICATION_ID):
                raise ForeignDatabaseError(
                    path, f"this SQLite database belongs to another program (id {application_id})"
                )
            objects = {
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                )
            }
            row = None
            if "alembic_version" in objects:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None:
                others = sorted(objects - {"alembic_version"})
                if others:
                    raise ForeignDatabaseError(
                        path,
                        "this SQLite database belongs to another program "
                        f"(it holds {', '.join(others[:5])})",
                    )
                return None
    except driver.OperationalError as error:
        raise DatabaseUnavailableError(
            path,
            f"the database cannot be read ({error}): it may be in use by another program, "
            "or its folder may be read-only",
        ) from error
    except driver.DatabaseError as error:
        raise NotADatabaseError(path, f"the database cannot be read: {error}") from error
    revision = str(row[0])
    if revision not in known_revisions() and application_id != APPLICATION_ID:
        # Alembic is used by other programs too: without our stamp, an unknown revision is
        # another program's database, not one from a newer Coursebook.
        raise ForeignDatabaseError(
            path,
            f"this SQLite database belongs to another program (schema {revision}, "
            "not Coursebook's)",
        )
    if revision not in known_revisions():
        raise NewerSchemaError(
            path,
            f"this database was written by a newer version of Coursebook (schema {revision}); "
            "update Coursebook to open it",
        )
    return revision


def backup_database(source: Path, target: Path, password: Password | None = None) -> Path:
    """Copy a database with SQLite's online backup API (consistent, even if it is in use);
    an encrypted one stays encrypted with the same password."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise FileExistsError(f"{target} exists already; a backup never overwrites a file")
    wal = source.with_name(source.name + "-wal")
    size = source.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    require_free_space(target.parent, size)
    uri = source.resolve().as_uri() + "?mode=ro"
    with (
        closing(driver.connect(uri, password, uri=True)) as src,
        closing(driver.connect(target, password)) as dst,
    ):
        src.backup(dst)
    return target


def _configure_connection(foreign_keys: bool) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN, so DDL is transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    return on_connect


def _make_engine(
    path: Path, password: Password | None = None, *, foreign_keys: bool = True
) -> Engine:
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        module=driver.dbapi,
        creator=lambda: driver.connect(path, password, check_same_thread=False),
    )
    event.listen(engine, "connect", _configure_connection(foreign_keys))

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def migrate(path: Path, password: Password | None = None) -> None:
    """Bring the database at `path` to the newest schema (foreign keys off, then checked)."""
    from alembic import command

    engine = _make_engine(path, password, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseError(path, f"the migration broke {len(problems)} references")
    finally:
        engine.dispose()


class Database:
    """An open, migrated database. Use `session()` for a unit of work."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        read_only: bool = False,
        password: Password | None = None,
        server: ServerAddress | None = None,
    ) -> None:
        self.path = path  # for a server database, its address (without a password)
        self.engine = engine
        self.password = password  # None: a plain file
        self.read_only = read_only  # on read-only media: reading, searching, exporting
        self.server = server  # None: a file on this computer
        self.own_backends: set[int] = set()  # on a server: the processes of its connections
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in a transaction: committed when the block ends, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            row = connection.execute(text("SELECT version_num FROM alembic_version")).fetchone()
        return None if row is None else str(row[0])

    def close(self) -> None:
        """Close every connection (SQLite folds the journal into the file) and note that the
        file was left whole."""
        self.engine.dispose()
        if not self.read_only and self.server is None:
            mark_checked(self.path)

    @property
    def dialect(self) -> str:
        """ "sqlite" or "postgresql": where the SQL of the two differs."""
        return self.engine.dialect.name


def migration_backup_path(path: Path, now: datetime) -> Path:
    """A name in the backups folder that no earlier backup has taken."""
    stem = f"{path.stem}-before-migration-{now:%Y-%m-%d-%H%M%S}"
    return first_free_name(path.parent / "backups", stem, path.suffix)


_WAL_MAGIC = (0x377F0682, 0x377F0683)  # little- or big-endian checksums
_WAL_HEADER = 32
_FRAME_HEADER = 24


def _wal_checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    """SQLite's WAL checksum (two running sums over pairs of 32-bit words)."""
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[index + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def wal_is_readable(wal: Path) -> bool:
    """Whether a -wal left beside the database starts the way SQLite wrote it: a header whose
    checksum holds and, when there are frames, a first frame that belongs to that header. SQLite
    silently ignores a journal that does not, and the transactions in it are lost: such a file
    is evidence to keep, not something to open over."""
    try:
        with wal.open("rb") as handle:
            header = handle.read(_WAL_HEADER)
            if len(header) < _WAL_HEADER:
                return len(header) == 0
            magic, _version, page_size, _checkpoint, salt1, salt2, c1, c2 = struct.unpack(
                ">8I", header
            )
            if magic not in _WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
                return False
            big = magic == _WAL_MAGIC[1]
            s0, s1 = _wal_checksum(header[:24], big)
            if (s0, s1) != (c1, c2):
                return False
            frame = handle.read(_FRAME_HEADER + page_size)
    except OSError:
        return False
    if len(frame) < _FRAME_HEADER + page_size:
        return True  # no whole frame: nothing was committed in it
    _page, _commit, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", frame[:_FRAME_HEADER])
    if (f_salt1, f_salt2) != (salt1, salt2):
        return False
    s0, s1 = _wal_checksum(frame[:8], big, s0, s1)
    s0, s1 = _wal_checksum(frame[_FRAME_HEADER:], big, s0, s1)
    return (s0, s1) == (f1, f2)


def _check_orphaned_journal(path: Path) -> None:
    """A -wal file next to a missing or empty database holds someone's last changes: opening
    would delete it, so refuse and say what to do."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0 and (not path.exists() or path.stat().st_size == 0):
        raise NotADatabaseError(
            path,
            f"{wal.name} holds changes for a database file that is missing or empty; "
            "put the database file back, or move both files aside to start fresh",
        )
    if wal.exists() and wal.stat().st_size > 0 and not wal_is_readable(wal):
        raise NotADatabaseError(
            path,
            f"{wal.name}, left by a crash, holds changes that cannot be read (it is damaged); "
            "opening now would drop them, so both files are kept as they are",
        )


def open_read_only(path: Path, password: Password | None = None) -> Database:
    """Open a database on read-only media (a USB stick mounted read-only, a share without
    write access) for reading only; refused when it would need a migration first."""
    password = password if driver.looks_encrypted(path) else None
    revision = inspect_database(path, read_only_media=True, password=password)
    if revision != head_revision():
        raise DatabaseUnavailableError(
            path,
            "this workbook needs an update of its structure, which cannot be written where "
            "it is (the disk or folder is read-only); copy the data folder somewhere writable",
        )
    uri = _read_only_uri(path)

    def connect() -> Any:
        connection = driver.connect(uri, password, uri=True, check_same_thread=False)
        connection.isolation_level = None
        connection.execute("PRAGMA foreign_keys = ON")
        return connection

    engine = create_engine("sqlite://", creator=connect, module=driver.dbapi)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return Database(path, engine, read_only=True, password=password)


def open_database(
    path: Path, *, now: Callable[[], datetime] = datetime.now, password: Password | None = None
) -> Database:
    """Check, back up if a migration is due, migrate, and open the database at `path`.
    `password` opens an encrypted file (a plain one ignores it; a new one is made plain)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseUnavailableError(
            path.parent, f"cannot create the data folder: {error.strerror}"
        ) from error
    _check_orphaned_journal(path)
    password = password if path.exists() and driver.looks_encrypted(path) else None
    revision = inspect_database(path, password=password) if path.exists() else None
    try:
        forget_checked(path)
        if revision != head_revision():
            if revision is not None:
                backup_database(path, migration_backup_path(path, now()), password)
            migrate(path, password)
        engine = _make_engine(path, password)
        with engine.begin() as connection:
            connection.exec_driver_sql("SELECT 1 FROM alembic_version").fetchall()
            if connection.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    except DatabaseError:
        raise
    except (*driver.Error, DBAPIError, OSError) as error:
        original = error.orig if isinstance(error, DBAPIError) else error
        detail = str(original).splitlines()[0] if str(original) else type(original).__name__
        raise DatabaseUnavailableError(path, f"cannot open the database: {detail}") from error
    return Database(path, engine, password=password)
