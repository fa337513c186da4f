"""The features that bring commands and operations, in the order `python -m dashboard --help`
lists them. The command line (dashboard.cli) builds its parser from here and the app's socket
(ui.resources) serves the operations registered here: one list, read by both."""

from __future__ import annotations

from dashboard.admin import commands as admin
from dashboard.admin import transfer_commands as transfer
from dashboard.analytics import commands as analytics
from dashboard.api import commands as api
from dashboard.audit import commands as audit
from dashboard.briefing import commands as briefing
from dashboard.cli_support import AddCommand, Operation, registered_operations
from dashboard.demo import commands as demo
from dashboard.export import commands as export
from dashboard.foerderlisten import commands as foerderlisten
from dashboard.ingest import commands as ingest
from dashboard.matching import commands as matching

FEATURES = (demo, admin, transfer, analytics, ingest, export, briefing, matching, audit, foerderlisten, api)


def register_commands(command: AddCommand) -> None:
    """Let every feature add its subcommands."""
    for feature in FEATURES:
        feature.register(command)


def operations() -> dict[str, Operation]:
    """Every operation of every feature, by the name that travels over the socket."""
    return registered_operations()
