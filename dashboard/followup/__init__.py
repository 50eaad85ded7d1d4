"""What people write about the figures (analyses, assessments, their versions), the accounts that
write them and the audit log, kept in a SQL database through SQLAlchemy (SQLite or PostgreSQL)."""
