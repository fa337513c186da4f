"""The shared filter selection, hashable so it can key caches, and validated from URLs."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

NO_MISSION = "ohne"  # the missions filter's value for projects without any mission

# filter field -> URL query parameter
URL_KEYS = {
    "reviere": "revier",
    "bundeslaender": "land",
    "districts": "kreis",
    "focus_areas": "schwerpunkt",
    "missions": "mission",
    "programmes": "programm",
    "period_from": "von",
    "period_to": "bis",
}


class Filters(BaseModel):
    """Empty tuples mean 'no restriction'. The period applies to the date a project entered
    the pipeline (its first stage event)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    reviere: tuple[str, ...] = ()
    bundeslaender: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    focus_areas: tuple[str, ...] = ()
    missions: tuple[str, ...] = ()
    programmes: tuple[str, ...] = ()
    period_from: date | None = None
    period_to: date | None = None

    def is_empty(self) -> bool:
        return self == Filters()

    def to_query_params(self) -> dict[str, str]:
        """Compact URL form: lists comma-separated, dates ISO; empty values left out."""
        out: dict[str, str] = {}
        for field, key in URL_KEYS.items():
            value = getattr(self, field)
            if isinstance(value, tuple) and value:
                out[key] = ",".join(value)
            elif isinstance(value, date):
                out[key] = value.isoformat()
        return out

    @classmethod
    def from_query_params(cls, params: dict[str, str], allowed: dict[str, set[str]]) -> Filters:
        """Parse URL parameters, dropping unknown codes and malformed dates (see `parse` for
        the list of what was dropped). `allowed` maps filter field -> valid codes."""
        return cls.parse(params, allowed)[0]

    @classmethod
    def parse(cls, params: dict[str, str], allowed: dict[str, set[str]]
              ) -> tuple[Filters, list[tuple[str, str]]]:
        """The filters of URL parameters and the (field, value) pairs that were not valid
        (unknown codes, malformed dates): the page names them instead of hiding them."""
        values: dict[str, object] = {}
        dropped: list[tuple[str, str]] = []
        for field, key in URL_KEYS.items():
            raw = params.get(key)
            if not raw:
                continue
            if field.startswith("period_"):
                try:
                    values[field] = date.fromisoformat(raw)
                except ValueError:
                    dropped.append((field, raw))
            else:
                valid = allowed.get(field, set())
                codes = list(dict.fromkeys(c.strip() for c in raw.split(",") if c.strip()))
                values[field] = tuple(c for c in codes if c in valid)
                dropped += [(field, c) for c in codes if c not in valid]
        return cls(**values), dropped

    def period_reversed(self) -> bool:
        """'von' after 'bis': no project can match."""
        return bool(self.period_from and self.period_to and self.period_from > self.period_to)
