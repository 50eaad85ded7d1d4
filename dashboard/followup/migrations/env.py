"""Alembic's entry: migrations run on the connection Database.migrate hands over (or the URL)."""

from alembic import context
from sqlalchemy import create_engine

from dashboard.followup.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # `alembic` from the command line, with sqlalchemy.url set
    with create_engine(config.get_main_option("sqlalchemy.url")).begin() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
