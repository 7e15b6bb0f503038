"""Storage on SQLAlchemy Core: SQLite by default, PostgreSQL for several server processes."""
