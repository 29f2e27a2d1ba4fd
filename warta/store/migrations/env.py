"""Alembic environment for warta's store: runs on the connection warta.store hands it (or on -x url=...)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from warta.store.schema import is_schema_object, metadata

config = context.config


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
        compare_type=True,
        include_name=is_schema_object,
    )


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    engine = create_engine(url)
    with engine.begin() as connection:
        _configure(connection)
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("warta's migrations run online: pass -x url=sqlite:///warta.db")
run_migrations()
