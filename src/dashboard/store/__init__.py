"""The only code that talks to DuckDB."""

from dashboard.store.gateway import Database, DatabaseError, Result

__all__ = ["Database", "DatabaseError", "Result"]
