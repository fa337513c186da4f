"""Errors of the matching service, importable without its heavy dependencies (the CLI catches
them at start-up, and importing scikit-learn there would cost every command ~1,5 s)."""


class DecisionError(ValueError):
    """A decision that cannot be taken (message in German)."""
