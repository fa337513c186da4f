"""argparse in German: its messages ("usage:", "the following arguments are required", "invalid
choice") go through gettext; the CLI installs these translations before parsing, so a wrong
call is answered in the language of everything else the tool says."""

from __future__ import annotations

import argparse

GERMAN = {
    "usage: ": "Aufruf: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "options": "Optionen",
    "positional arguments": "Argumente",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ungültige Wahl: %(value)r (möglich: %(choices)s)",
    "argument %(argument_name)s: %(message)s": "Angabe %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ungültiger Wert: %(value)r",
    "expected one argument": "hier fehlt ein Wert",
    "expected at least one argument": "hier fehlt mindestens ein Wert",
    "expected at most one argument": "hier ist höchstens ein Wert erlaubt",
    "ambiguous option: %(option)s could match %(matches)s":
        "mehrdeutige Option: %(option)s passt zu %(matches)s",
    "not allowed with argument %s": "nicht zusammen mit %s erlaubt",
    "one of the arguments %s is required": "eine dieser Angaben ist nötig: %s",
    "ignored explicit argument %r": "überflüssiger Wert %r",
    "unexpected option string: %s": "unerwartete Option: %s",
    "can't open '%(filename)s': %(error)s": "„%(filename)s“ lässt sich nicht öffnen: %(error)s",
}
GERMAN_PLURAL = {"expected %s argument": ("%s Wert erwartet", "%s Werte erwartet")}


def _gettext(message: str) -> str:
    return GERMAN.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    forms = GERMAN_PLURAL.get(singular)
    if forms:
        return forms[0] if n == 1 else forms[1]
    return singular if n == 1 else plural


def install() -> None:
    """Make argparse answer in German (module-level names its messages are looked up by)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
