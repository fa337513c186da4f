"""Query parameters of the API: the app's filter parameters (same names as its URLs, parsed by
the same Filters.parse) and the output format. Invalid values are refused, never dropped
silently: a script should not receive other numbers than it asked for."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from dashboard.analytics.filtering import allowed_codes
from dashboard.domain.filters import URL_KEYS, Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.texts import t

FORMATS = ("json", "csv")
FORMAT_KEY = "format"
LANG_KEY = "lang"  # the language of descriptions and messages (the data are the same)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
FILTER_KEYS = tuple(URL_KEYS.values())
# the query parameters each route takes (its OpenAPI parameters); any other is refused
PARAMETERS = {"projekte": (*FILTER_KEYS, FORMAT_KEY, LANG_KEY),
              "kennzahlen": (*FILTER_KEYS, LANG_KEY),
              "openapi.json": (LANG_KEY,)}


@dataclass(frozen=True)
class Invalid:
    """A parameter value the API does not accept."""

    parameter: str
    value: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"parameter": self.parameter, "wert": self.value, "meldung": self.message}


def _strict(field: str, raw: str, valid: set[str]) -> list[str]:
    """The parts of a raw value the API refuses. Stricter than the app's URL parsing, which
    forgives spaces and stray commas: a script should learn of its mistake."""
    if not raw:
        return []
    if field.startswith("period_"):
        return [] if _DATE.fullmatch(raw) else [raw]
    return [code for code in raw.split(",") if code not in valid] or []


def parse_names(items: Iterable[tuple[str, str]], allowed: Sequence[str]) -> list[Invalid]:
    """Parameters a route does not take, and parameters given more than once: both refused, so
    a misspelt filter never answers with unfiltered numbers, and no value silently wins."""
    given: dict[str, list[str]] = {}
    for key, value in items:
        given.setdefault(key, []).append(value)
    invalid = []
    for key, values in given.items():
        if key not in allowed:
            invalid.append(Invalid(key, ",".join(values), t(
                "api.invalid.unknown", parameter=key,
                allowed=", ".join(allowed))))
        elif len(values) > 1:
            joined = ",".join(v for v in values if v)
            invalid.append(Invalid(key, "&".join(f"{key}={v}" for v in values), t(
                "api.invalid.repeated_list" if key in FILTER_KEYS else "api.invalid.repeated",
                parameter=key, example=f"{key}={joined}")))
    return invalid


def parse_filters(get_all: Callable[[str], Iterable[str]], taxonomy: Taxonomy
                  ) -> tuple[Filters, list[Invalid]]:
    """Filters from query parameters; `get_all(key)` gives every value of a key (a repeated
    parameter counts like a comma-separated list)."""
    allowed = allowed_codes(taxonomy)
    raw = {key: ",".join(v for v in get_all(key) if v) for key in URL_KEYS.values()}
    refused = [(field, value) for field, key in URL_KEYS.items()
               for value in _strict(field, raw[key], allowed.get(field, set()))]
    filters, dropped = Filters.parse({k: v for k, v in raw.items() if v}, allowed)
    invalid = [Invalid(URL_KEYS[field], value,
                       t("api.invalid.date" if field.startswith("period_") else "api.invalid.code",
                         parameter=URL_KEYS[field], value=value))
               for field, value in dict.fromkeys(refused + dropped)]
    return filters, invalid


def parse_format(values: Iterable[str]) -> tuple[str, list[Invalid]]:
    """'json' (default, also for an empty value) or 'csv', spelt exactly so."""
    given = [v for v in values if v]
    if not given:
        return "json", []
    value = given[-1]
    if value in FORMATS:
        return value, []
    return "json", [Invalid(FORMAT_KEY, given[-1], t("api.invalid.format", value=given[-1]))]


def parse_language(values: Iterable[str]) -> tuple[str, list[Invalid]]:
    """'de' (default) or 'en', spelt exactly so; another value is refused (in German: no
    language was chosen)."""
    from dashboard.i18n import DEFAULT, LANGUAGES

    given = [v for v in values if v]
    if not given:
        return DEFAULT, []
    value = given[-1]
    if value in LANGUAGES:
        return value, []
    return DEFAULT, [Invalid(LANG_KEY, given[-1], t("api.invalid.lang", value=given[-1]))]
