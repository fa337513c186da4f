"""What every command of `python -m dashboard` shares: exit codes, the German error, the filter
options, the database a command opens, and operations (writes and reads another process may
ask the app to perform).

An operation is a function (db, args) -> JSON-able dict, marked with @operation("name"). The
command line runs it itself when it can open the database file, and asks the running app that
owns the file through the local socket otherwise (store.server); either way the same function
runs. The app's socket serves the same registry (dashboard.features). Requests carry data,
never paths: a file travels as base64, an export comes back as base64 and the caller writes it.

Command modules import their heavy services (sklearn, openpyxl, the import pipeline) inside the
functions that use them, so `python -m dashboard …` starts fast; every command and every test
that runs one pays that start. The layer contracts see these imports too (grimp reads imports
inside functions).
"""

from __future__ import annotations

import argparse
import base64
from collections.abc import Callable
from datetime import date
from typing import Any

from dashboard import config
from dashboard.domain.filters import URL_KEYS, Filters
from dashboard.domain.taxonomy import read_reference_dir
from dashboard.store.gateway import Database, DatabaseError
from dashboard.store.reference import read_taxonomy
from dashboard.store.schema import migrate
from dashboard.store.server import GatewayUnavailable, RemoteError, UnsafeSocket, call
from dashboard.store.target import open_store
from dashboard.texts.filters import options

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # as shells report Ctrl-C

Operation = Callable[[Database, dict[str, Any]], dict[str, Any]]
AddCommand = Callable[..., argparse.ArgumentParser]   # command(name, func, help, **kwargs)
_OPERATIONS: dict[str, Operation] = {}


class CliError(Exception):
    """A problem to report to the user (German) with an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def operation(name: str) -> Callable[[Operation], Operation]:
    """Register an operation under `name` (the word that travels over the socket)."""
    def mark(func: Operation) -> Operation:
        if _OPERATIONS.setdefault(name, func) is not func:
            raise ValueError(f"Operation {name!r} ist doppelt registriert")
        func.op_name = name  # type: ignore[attr-defined]
        return func
    return mark


def registered_operations() -> dict[str, Operation]:
    """Every operation registered so far (dashboard.features imports every feature first)."""
    return dict(_OPERATIONS)


def run_owned(args: argparse.Namespace, op: Operation, payload: dict[str, Any], *,
              read_only: bool = False) -> dict[str, Any]:
    """Run `op` here when this process can open the database, else through the running app
    that owns it (store.server)."""
    target = config.db_target(args.db)
    if config.is_shared(target):   # PostgreSQL: this process is a replica and writes itself
        with open_store(target, read_only=read_only, follow=False) as db:
            return op(db, payload)
    path = config.db_path(args.db)
    try:
        db = Database.open_existing(path, read_only=read_only)
    except DatabaseError as exc:
        if "verwendet" not in str(exc):
            raise
        try:
            return call(path, op.op_name, payload)  # type: ignore[attr-defined]
        except GatewayUnavailable:
            raise exc from None
        except (RemoteError, UnsafeSocket) as remote:
            raise CliError(str(remote)) from None
    with db:
        if not read_only:
            migrate(db)
        return op(db, payload)


def open_db(args: argparse.Namespace, *, read_only: bool = False) -> Database:
    return open_store(config.db_target(args.db), read_only=read_only, follow=False)


def encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def decode(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def add_filter_args(p: argparse.ArgumentParser) -> None:
    """The shared filters, as repeatable options (codes as in data/reference)."""
    g = p.add_argument_group("Filter")
    g.add_argument("--revier", action="append", default=[], metavar="CODE", help="z. B. LR, MR")
    g.add_argument("--land", action="append", default=[], metavar="CODE", help="z. B. SN, ST")
    g.add_argument("--kreis", action="append", default=[], metavar="CODE", help="Kreisschlüssel")
    g.add_argument("--schwerpunkt", action="append", default=[], metavar="CODE", help="F1 bis F6")
    g.add_argument("--mission", action="append", default=[], metavar="CODE", help="M01 bis M10, ohne")
    g.add_argument("--programm", action="append", default=[], metavar="CODE", help="z. B. RL_INVKG")
    g.add_argument("--von", type=date.fromisoformat, metavar="JJJJ-MM-TT")
    g.add_argument("--bis", type=date.fromisoformat, metavar="JJJJ-MM-TT")


def filters_from_args(args: argparse.Namespace, *, check: bool = True) -> Filters:
    """The filters of the command line; unknown codes and a period that ends before it starts
    are usage errors (exit 2) naming the valid codes, never silently empty figures."""
    filters = Filters(reviere=tuple(args.revier), bundeslaender=tuple(args.land),
                      districts=tuple(args.kreis), focus_areas=tuple(args.schwerpunkt),
                      missions=tuple(args.mission), programmes=tuple(args.programm),
                      period_from=args.von, period_to=args.bis)
    if check:
        check_filters(filters, reference_taxonomy(args))
    return filters


def check_filters(filters: Filters, taxonomy) -> None:
    """Raise CliError for codes the reference data does not know, or von after bis."""
    known = options(taxonomy)
    for field, values in filters.model_dump().items():
        if isinstance(values, tuple) and (bad := [v for v in values if v not in known[field]]):
            raise CliError(f"Unbekannte Angabe für --{URL_KEYS[field]}: {', '.join(bad)}. "
                           f"Möglich sind: {', '.join(known[field])}.")
    if filters.period_from and filters.period_to and filters.period_from > filters.period_to:
        raise CliError(f"--von ({filters.period_from:%d.%m.%Y}) liegt nach --bis "
                       f"({filters.period_to:%d.%m.%Y}); so gäbe es keine Projekte.")


def reference_taxonomy(args: argparse.Namespace):
    """The reference data of the database; the CSV folder while another process holds it."""
    try:
        with open_db(args, read_only=True) as db:
            return read_taxonomy(db)
    except DatabaseError:
        return read_reference_dir(config.reference_dir())
