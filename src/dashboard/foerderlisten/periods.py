"""The Förderperiode of a list of operations (2014–20 or 2021–27): what its title block says,
the fund, or when its operations began. A list belongs to one period; the selection on the
Förderlisten-Abgleich page filters by it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date

import pandas as pd

from dashboard.texts import t

PERIODS = ("2014-20", "2021-27")
# what a list's title block says of its period: the regulation or the years of the programme
_NAMED = ((re.compile(r"2021\s*/\s*1060|2021\s*[-–]\s*(20)?27\b"), "2021-27"),
          (re.compile(r"1303\s*/\s*2013|2014\s*[-–]\s*(20)?20\b"), "2014-20"))
# expenditure of 2021–27 is eligible from this day on (Art. 63(2) Reg. (EU) 2021/1060)
_NEW_PERIOD = pd.Timestamp(date(2021, 1, 1))


def period_of(fund: str, title_block: Iterable[str], starts: pd.Series) -> str | None:
    """The Förderperiode of one list: as its title block names it (regulation or years), else
    2021-27 for the JTF (a fund of 2021–27 only), else 2014-20 when most of its operations began
    before 2021, else 2021-27; None for a list without any of these."""
    text = " ".join(title_block)
    for pattern, period in _NAMED:
        if pattern.search(text):
            return period
    if fund == "JTF":
        return "2021-27"
    dated = pd.to_datetime(starts, errors="coerce").dropna()
    if dated.empty:
        return None
    return "2014-20" if (dated < _NEW_PERIOD).mean() > 0.5 else "2021-27"


def list_periods(lists: pd.DataFrame, ops: pd.DataFrame) -> dict[int, str | None]:
    """batch_id -> period for the lists (`lists`: batch_id, fund, preamble as stored)."""
    out = {}
    for row in lists.itertuples(index=False):
        cells = json.loads(row.preamble) if isinstance(row.preamble, str) else (row.preamble or [])
        starts = ops.loc[ops["batch_id"] == row.batch_id, "start_date"]
        out[int(row.batch_id)] = period_of(row.fund, (c["value"] for c in cells), starts)
    return out


def period_label(code: str | None) -> str:
    """"2014–20" for "2014-20"; "unbekannt" for a list whose period nothing says."""
    return code.replace("-", "–") if code else t("fl.sel.period_unknown")
