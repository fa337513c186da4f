"""Issue 23.7: the Tempo headline states the extreme of its chart (the Revier whose envelope the
projection reaches last), and a share reads the same on the tile and in the sentence."""

from __future__ import annotations

import math

from dashboard.analytics.finance import pace_summary
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_pct
from dashboard.store.reference import read_taxonomy
from dashboard.texts import t
from dashboard.views import build
from tests.conftest import DEMO_AS_OF


def _reached_from_chart(data) -> dict[str, int]:
    """Per Revier, from the chart's own table: the year the projection meets the envelope,
    carried on past the chart's last year at the drawn rate."""
    out = {}
    for revier, rows in data.groupby(t("finanzen.col.revier")):
        last = rows.iloc[-1]
        projected = last[t("finanzen.col.projected")]
        envelope, rate = last[t("finanzen.col.envelope")], last[t("finanzen.col.rate")]
        year = int(last[t("finanzen.col.year")])
        out[revier] = year + max(0, math.ceil((envelope - projected) / rate - 1e-9))
    return out


def test_headline_names_the_revier_furthest_behind(demo_db):
    view = build("finance_pace", demo_db, Filters(), read_taxonomy(demo_db), today=DEMO_AS_OF)
    reached = _reached_from_chart(view.data)
    assert len(reached) == 2 and len(set(reached.values())) == 2, "the demo must tell them apart"
    last = max(reached, key=reached.get)
    genitive = {"Lausitzer Revier": "Lausitzer Reviers",
                "Mitteldeutsches Revier": "Mitteldeutschen Reviers"}[last]
    assert genitive in view.title and str(reached[last]) in view.title, (view.title, reached)


def test_share_reads_the_same_on_tile_and_in_sentence(demo_db):
    view = build("finance_pace", demo_db, Filters(), read_taxonomy(demo_db), today=DEMO_AS_OF)
    tiles = pace_summary(demo_db, Filters(), DEMO_AS_OF.year)
    for row in tiles.itertuples():
        sentence = next(s for s in view.sentences if s.startswith(row.revier_name))
        assert f"({fmt_pct(row.share)})" in sentence.replace("\u00a0", " "), (sentence,
                                                                             fmt_pct(row.share))
