"""What every download says about itself: the selection and the day, in its file name and, for
tables and pictures, inside the file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dashboard.domain.filters import URL_KEYS, Filters
from dashboard.formatting import fmt_date
from dashboard.texts import t


def filter_slug(filters: Filters) -> str:
    """'revier-LR_schwerpunkt-F4-F6' (URL names and codes; '' without filters), for file names."""
    parts = []
    for field, key in URL_KEYS.items():
        value = getattr(filters, field)
        if isinstance(value, tuple) and value:
            parts.append(f"{key}-{'-'.join(value)}")
        elif isinstance(value, date):
            parts.append(f"{key}-{value.isoformat()}")
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", "_".join(parts))
    return slug[:80]


@dataclass(frozen=True)
class ExportContext:
    """The selection (as German text and as a slug) and the day of a download."""

    filter_text: str
    slug: str
    day: date

    @classmethod
    def of(cls, filters: Filters, filter_text: str, day: date) -> ExportContext:
        return cls(filter_text, filter_slug(filters), day)

    def file_name(self, stem: str, ext: str) -> str:
        """'stage_current_2026-12-01_revier-LR.png'."""
        suffix = f"_{self.slug}" if self.slug else ""
        return f"{stem}_{self.day.isoformat()}{suffix}.{ext}"

    @property
    def caption(self) -> str:
        return t("export.caption", filters=self.filter_text, day=fmt_date(self.day))

    def info_rows(self, explanation: str) -> list[tuple[str, str]]:
        """The rows of a table download's sheet „Hinweise“."""
        return [(t("export.info.source"), t("app.title")), (t("export.info.filters"), self.filter_text),
                (t("export.info.day"), fmt_date(self.day)), (t("export.info.counted"), explanation)]
