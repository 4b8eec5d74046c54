"""A workbook on a PostgreSQL server: for a team sharing one register, or one person on two
computers (an SQLite file on a network drive or in a synced folder gets corrupted).

The URL is the usual `postgresql://user@host:port/database`; the driver is psycopg 3. The
password may be in the URL, in `~/.pgpass` (libpq reads it) or given separately; it is
never part of what is shown or logged: `ServerAddress` is the URL without it. Opening
checks the server can be reached and the database is Coursebook's (or empty), brings it to
the newest schema with the same Alembic migrations as a file, and hands out a `Database`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from coursebook.storage.database import (
    Database,
    DatabaseError,
    DatabaseUnavailableError,
    ForeignDatabaseError,
    NewerSchemaError,
    PasswordNeededError,
    ServerUnavailableError,
    WrongPasswordError,
    alembic_config,
    head_revision,
    known_revisions,
)
from coursebook.storage.driver import Password

log = logging.getLogger(__name__)

SERVER_SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_S = 10


class ServerAddress:
    """Where a server workbook lives, printable: user, host, port and database, no password."""

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url.replace("postgres://", "postgresql://", 1))
        except ArgumentError as error:
            raise ValueError("not a database URL (postgresql://user@host/database)") from error
        if parsed.get_backend_name() != "postgresql" or not parsed.database:
            raise ValueError("not a PostgreSQL URL (postgresql://user@host/database)")
        self.password = Password(parsed.password) if parsed.password else None
        self.url: URL = parsed._replace(drivername="postgresql+psycopg", password=None)

    @property
    def database(self) -> str:
        return str(self.url.database)

    def __str__(self) -> str:
        """The URL without its password (options such as sslmode=require stay)."""
        return self.url.set(drivername="postgresql").render_as_string(hide_password=True)

    __repr__ = __str__


def is_server_url(text_: str) -> bool:
    return text_.split(":", 1)[0].lower() in SERVER_SCHEMES


def _engine(
    address: ServerAddress, password: Password | None, backends: set[int] | None = None
) -> Engine:
    secret = password or address.password
    url = address.url if secret is None else address.url.set(password=secret.reveal())
    engine = create_engine(
        url,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Coursebook"},
        pool_pre_ping=True,  # a connection the server dropped is replaced, not used
        hide_parameters=True,  # a person's words never reach a log through an error
    )

    @event.listens_for(engine, "connect")
    def _utc(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()
        if backends is not None:  # the server processes of its own connections
            backends.add(dbapi_connection.info.backend_pid)

    return engine


def _detail(error: BaseException) -> str:
    """The first line of the driver's message, without the password (libpq never shows it,
    but a URL quoted back might)."""
    original = error.orig if isinstance(error, DBAPIError) else error
    line = (str(original).strip().splitlines() or [type(original).__name__])[0]
    return line


def server_revision(engine: Engine, where: str) -> str | None:
    """The schema revision of the database (None: empty); refuses another program's."""
    tables = set(inspect(engine).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            shown = ", ".join(sorted(tables)[:5])
            raise ForeignDatabaseError(
                where, f"this database belongs to another program (it holds {shown})"
            )
        return None
    with engine.connect() as connection:
        row = connection.execute(text("SELECT version_num FROM alembic_version")).fetchone()
    if row is None:
        return None
    revision = str(row[0])
    if revision not in known_revisions():
        raise NewerSchemaError(
            where,
            f"this database was written by a newer version of Coursebook (schema {revision}); "
            "update Coursebook to open it",
        )
    return revision


def migrate_server(engine: Engine) -> None:
    """Bring the server database to the newest schema (in one transaction: PostgreSQL
    changes its schema transactionally, so a failed migration leaves it as it was)."""
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def probe_server(url: str, password: Password | None = None) -> str | None:
    """Connect and look, changing nothing: the schema revision (None: an empty database);
    raises as `open_server_database` does."""
    address = ServerAddress(url)
    engine = _engine(address, password or password_from_keyring(url))
    try:
        return server_revision(engine, str(address))
    except (DBAPIError, OSError) as error:
        raise _refusal(str(address), error) from error
    finally:
        engine.dispose()


def _refusal(where: str, error: BaseException) -> DatabaseError:
    """What a failed connection means for the person: a password to give, or the server."""
    detail = _detail(error)
    if "no password supplied" in detail:
        return PasswordNeededError(where, "the server asks for a password")
    if "password authentication failed" in detail:
        return WrongPasswordError(where, "the server refused the user name or password")
    return ServerUnavailableError(where, f"cannot open the database on the server: {detail}")


def open_server_database(url: str, password: Password | None = None) -> Database:
    """Connect, check, migrate and open the workbook at a PostgreSQL URL."""
    address = ServerAddress(url)
    where = str(address)
    backends: set[int] = set()
    engine = _engine(address, password, backends)
    try:
        revision = server_revision(engine, where)
        if revision != head_revision():
            migrate_server(engine)
    except (ForeignDatabaseError, NewerSchemaError):
        engine.dispose()
        raise
    except (DBAPIError, OSError) as error:
        engine.dispose()
        raise _refusal(where, error) from error
    database = Database(Path(where), engine, server=address)
    database.own_backends = backends  # what they notify, this workbook did itself
    return database


KEYRING_SERVICE = "Coursebook"


def password_from_keyring(url: str) -> Password | None:
    """The password kept for this server in the system's keyring (Windows Credential
    Manager, macOS Keychain, the Secret Service on Linux), if there is a keyring and one."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        secret = keyring.get_password(KEYRING_SERVICE, str(ServerAddress(url)))
    except (KeyringError, RuntimeError, OSError) as error:
        log.info("no keyring to ask for the password: %s", type(error).__name__)
        return None
    return Password(secret) if secret else None


def save_password_in_keyring(url: str, password: Password) -> bool:
    """Keep the password in the system's keyring (never in the settings); False without one."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, str(ServerAddress(url)), password.reveal())
    except (KeyringError, RuntimeError, OSError) as error:
        log.info("the password could not be kept in a keyring: %s", type(error).__name__)
        return False
    return True


class PgDumpMissingError(Exception):
    """`pg_dump`, PostgreSQL's own backup tool, is not installed on this computer."""


def dump_server(url: str, target: Path, password: Password | None = None) -> Path:
    """A backup of the server database with `pg_dump` (its custom format, for `pg_restore`).
    The password goes to pg_dump in its environment, never on its command line."""
    import os
    import shutil
    import subprocess

    program = shutil.which("pg_dump")
    if program is None:
        raise PgDumpMissingError("pg_dump is not installed")
    address = ServerAddress(url)
    if target.exists():
        raise FileExistsError(f"{target} exists already; a backup never overwrites a file")
    target.parent.mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ)
    secret = password or address.password
    if secret is not None:
        environment["PGPASSWORD"] = secret.reveal()
    plain = str(address)  # the password goes in the environment
    done = subprocess.run(
        [program, "--format=custom", "--no-owner", f"--file={target}", f"--dbname={plain}"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        detail = (done.stderr.strip().splitlines() or ["pg_dump failed"])[-1]
        raise DatabaseUnavailableError(str(address), f"no backup made: {detail}")
    return target


CHANNEL = "coursebook"  # migration 0010's triggers notify it


class ChangeListener:
    """Hears what other people change in a shared workbook: a thread of its own, with a
    connection of its own that LISTENs; `heard(payloads)` is called on that thread with
    what changed ("action welcome", "customer") since the last call. When the server goes
    away it connects again, every few seconds, until `stop`."""

    RETRY_S = 5.0

    def __init__(self, db: Database, heard: Callable[[list[str]], None]) -> None:
        import threading

        assert db.server is not None
        self.url = db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self.heard = heard
        self.own = db.own_backends
        self._stopped = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="coursebook-listen", daemon=True)
        self._thread.start()
        self._listening.wait(CONNECT_TIMEOUT_S)  # from here on nothing is missed

    def _listen(self) -> None:
        import psycopg

        while not self._stopped.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=10) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    while not self._stopped.is_set():
                        payloads = [
                            n.payload
                            for n in connection.notifies(timeout=0.5, stop_after=200)
                            if n.pid not in self.own
                        ]
                        if payloads:
                            self.heard(payloads)
            except psycopg.Error as error:
                log.warning("listening for changes stopped (%s); trying again", _detail(error))
                self._listening.set()  # nobody waits for a server that is away
                self._stopped.wait(self.RETRY_S)

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=5)
