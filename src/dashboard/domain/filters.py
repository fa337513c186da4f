"""The shared filter selection, hashable so it can key caches, and validated from URLs."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

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
        """Parse URL parameters, silently dropping unknown codes and malformed dates.

        `allowed` maps filter field -> valid codes (from the reference tables).
        """
        values: dict[str, object] = {}
        for field, key in URL_KEYS.items():
            raw = params.get(key)
            if not raw:
                continue
            if field.startswith("period_"):
                try:
                    values[field] = date.fromisoformat(raw)
                except ValueError:
                    continue
            else:
                valid = allowed.get(field, set())
                values[field] = tuple(c for c in dict.fromkeys(raw.split(",")) if c in valid)
        return cls(**values)
