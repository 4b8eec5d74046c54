"""A workbook on a PostgreSQL server: opened, migrated, checked; its password never shown."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from coursebook.storage.database import (
    DatabaseUnavailableError,
    ForeignDatabaseError,
    NewerSchemaError,
    head_revision,
)
from coursebook.storage.server import ServerAddress, is_server_url, open_server_database
from tests.server import admin_url, fresh_database

needs_server = pytest.mark.skipif(admin_url() is None, reason="no PostgreSQL server given")


def test_an_address_prints_without_its_password() -> None:
    address = ServerAddress("postgresql://anna:geheim@db.kantoor.nl:5433/coursebook")
    assert str(address) == "postgresql://anna@db.kantoor.nl:5433/coursebook"
    assert "geheim" not in repr(address) and "geheim" not in str(address.url)
    assert address.password is not None and address.password.reveal() == "geheim"
    assert str(ServerAddress("postgres://localhost/werk")) == "postgresql://localhost/werk"
    assert is_server_url("postgresql://x/y") and is_server_url("POSTGRES://x/y")
    assert not is_server_url("C:/Users/anna/coursebook.sqlite3")


@pytest.mark.parametrize(
    "url", ["mysql://localhost/werk", "postgresql://localhost", "postgresql://", "zomaar wat"]
)
def test_an_address_that_is_not_a_postgresql_database_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match=r"PostgreSQL URL|database URL"):
        ServerAddress(url)


def test_an_unreachable_server_says_where_and_never_the_password() -> None:
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_server_database("postgresql://anna:geheim@127.0.0.1:1/coursebook")
    message = str(caught.value)
    assert message.startswith("postgresql://anna@127.0.0.1:1/coursebook: cannot open")
    assert "geheim" not in message


@needs_server
def test_an_empty_database_is_migrated_by_the_same_migrations_to_the_newest_schema() -> None:
    with fresh_database() as url:
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
        with engine.begin() as connection:  # back to an empty database
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        engine.dispose()
        database = open_server_database(url)
        try:
            assert database.revision() == head_revision()
            assert database.dialect == "postgresql" and database.server is not None
        finally:
            database.close()


@needs_server
def test_another_programs_database_is_refused_untouched() -> None:
    with fresh_database() as url:
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            connection.execute(text("CREATE TABLE invoices (id int)"))
        with pytest.raises(ForeignDatabaseError, match=r"another program .*invoices"):
            open_server_database(url)
        with engine.connect() as connection:
            tables = connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).all()
        engine.dispose()
        assert [t[0] for t in tables] == ["invoices"]  # no migration ran


@needs_server
def test_a_database_from_a_newer_coursebook_is_refused_untouched() -> None:
    with fresh_database() as url:
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(NewerSchemaError, match="newer version of Coursebook"):
            open_server_database(url)
        with engine.connect() as connection:
            kept = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        engine.dispose()
        assert kept == "9999"


@needs_server
def test_a_server_that_goes_away_is_said_as_such() -> None:
    from sqlalchemy.exc import OperationalError

    from coursebook.storage.errors import StorageProblem, classify

    with fresh_database() as url:
        database = open_server_database(url)
        try:
            with database.engine.connect() as connection:
                pid = connection.execute(text("SELECT pg_backend_pid()")).scalar()
                with database.engine.connect() as other:  # the server ends the connection
                    other.execute(text(f"SELECT pg_terminate_backend({pid})"))
                with pytest.raises(OperationalError) as caught:
                    connection.execute(text("SELECT 1"))
            assert classify(caught.value) is StorageProblem.SERVER
            with database.engine.connect() as connection:  # a new connection works again
                assert connection.execute(text("SELECT 1")).scalar() == 1
        finally:
            database.close()
