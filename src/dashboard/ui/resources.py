"""The process-wide database and cached analytics calls."""

from __future__ import annotations

import atexit
import importlib
import logging
from collections.abc import Callable
from typing import Any

import streamlit as st

from dashboard import clock, config, i18n
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.features import operations
from dashboard.ingest.archive import sweep as sweep_archive
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy
from dashboard.store.schema import migrate
from dashboard.store.server import serve
from dashboard.store.target import open_store, shared


@st.cache_resource(show_spinner=False, on_release=lambda db: db.close())
def database() -> Database:
    """One read-write connection per process (imports run inside the app process). The CLI
    reaches it through store.server while the app owns the file."""
    db = open_store(config.db_target())
    migrate(db)
    sweep_archive(db)
    # SIGTERM ends Streamlit's server normally: closing then checkpoints the WAL into the file
    atexit.register(db.close)
    if shared(db):  # PostgreSQL: the command line writes there itself, no socket needed
        return db
    try:
        db.on_close(serve(db, operations()))
    except (OSError, RuntimeError) as exc:  # the app works without; the CLI then says "locked"
        logging.getLogger("dashboard").warning("Kein Gateway-Socket: %s", exc)
    return db


@st.cache_data(show_spinner=False, max_entries=16)
def _data_age(version: int, today):
    from dashboard.analytics.changes import data_age as compute

    return compute(database(), today)


def data_age(today):
    """How old the data are on `today` (analytics.changes.data_age), once per data version."""
    return _data_age(data_version(), today)


def data_version() -> int:
    """Cheap to poll: changes whenever this process commits a write."""
    return database().data_version


@st.cache_data(show_spinner=False, max_entries=8)
def _taxonomy(version: int) -> Taxonomy:
    return read_taxonomy(database())


def taxonomy() -> Taxonomy:
    return _taxonomy(data_version())


@st.cache_data(show_spinner=False, max_entries=1024)
def _call(module: str, name: str, filters_json: str, version: int, args: tuple,
          language: str = "de") -> Any:
    func = getattr(importlib.import_module(module), name)
    return func(database(), Filters.model_validate_json(filters_json), *args)


def load(func: Callable[..., Any], filters: Filters, *args: Any) -> Any:
    """Call an analytics function `func(db, filters, *args)` through the data cache; the cache
    key includes the data version, so a committed import shows everywhere at once, and the
    language (results may hold sentences)."""
    return _call(func.__module__, func.__name__, filters.model_dump_json(), data_version(), args,
                 i18n.language())


# Views hold plotly figures; unpickling them costs ~20 ms each on every rerun, so they are
# shared as resources (immutable by convention: pages render them, never change them).
@st.cache_resource(show_spinner=False, max_entries=256)
def _view(key: str, filters_json: str, version: int, scale: float, today,
          options: tuple = (), language: str = "de") -> Any:
    from dashboard.views import all_views, build

    if options:  # builder-specific keyword options, e.g. (("measure", "granted_eur"),)
        return all_views()[key][1](database(), Filters.model_validate_json(filters_json),
                                   taxonomy(), scale=scale, today=today, **dict(options))
    return build(key, database(), Filters.model_validate_json(filters_json), taxonomy(),
                 scale=scale, today=today)


def load_view(key: str, filters: Filters, *, scale: float = 1.0, today=None, **options: Any):
    """A views.View through the data cache (same invalidation and language as `load`; the
    language is part of the key, not read inside: a view is built in the run's). Extra keyword
    options go to the builder (hashable values only). Without `today` the clock's day is the
    key's day: a view cached yesterday is not shown today."""
    return _view(key, filters.model_dump_json(), data_version(), scale, today or clock.today(),
                 tuple(sorted(options.items())), i18n.language())
