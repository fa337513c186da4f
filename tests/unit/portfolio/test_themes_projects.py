"""Theme shares, funding shares, network gaps and the project explorer against pandas over the
raw tables, for several selections including an empty one."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.analytics.projects import (
    SORT_KEYS,
    display_rows,
    project_detail,
    project_page,
    stage_history,
)
from dashboard.analytics.themes import network_themes, theme_funding, theme_gaps, theme_shares
from dashboard.domain.filters import Filters
from tests.conftest import DEMO_AS_OF
from tests.unit.portfolio.conftest import SELECTIONS, filtered

GROUP_COLUMN = {"focus_area": "focus_area_code", "revier": "revier_code", "stage": "stage_code"}


@pytest.mark.parametrize("by", list(GROUP_COLUMN))
@pytest.mark.parametrize("name", list(SELECTIONS))
def test_theme_shares_equal_pandas(demo_db, raw, name, by):
    f = SELECTIONS[name]
    p = filtered(raw, f)
    got = theme_shares(demo_db, f, by)
    groups = {"focus_area": "ref_focus_area", "revier": "ref_revier", "stage": "ref_stage"}[by]
    assert len(got) == 4 * len(raw[groups])
    for r in got.itertuples():
        column = raw["ref_theme"].set_index("code").at[r.theme_code, "column"]
        part = p[p[GROUP_COLUMN[by]] == r.group_code]
        assert r.projects == len(part)
        assert r.marker_1 == (part[column] == 1).sum()
        assert r.marker_2 == (part[column] == 2).sum()
        if len(part):
            assert r.share_2 == pytest.approx((part[column] == 2).mean())
        else:
            assert pd.isna(r.share_2)


@pytest.mark.parametrize("measure", ["requested_eur", "granted_eur"])
@pytest.mark.parametrize("name", list(SELECTIONS))
def test_theme_funding_equals_pandas(demo_db, raw, name, measure):
    f = SELECTIONS[name]
    p = filtered(raw, f)
    live = p[p["status"] == "aktiv"]
    got = theme_funding(demo_db, f, measure).set_index("theme_code")
    for theme in raw["ref_theme"].itertuples():
        total = live[measure].sum()
        assert got.at[theme.code, "total_eur"] == pytest.approx(total)
        assert got.at[theme.code, "any_eur"] == pytest.approx(live.loc[live[theme.column] >= 1, measure].sum())
        assert got.at[theme.code, "main_eur"] == pytest.approx(live.loc[live[theme.column] == 2, measure].sum())
        if total:
            assert got.at[theme.code, "share_main"] == pytest.approx(
                live.loc[live[theme.column] == 2, measure].sum() / total)
        else:
            assert pd.isna(got.at[theme.code, "share_main"])


def _network_of(raw) -> dict[tuple[str, str], str]:
    return {(n.revier_code, fa): n.code for n in raw["ref_network"].itertuples()
            for fa in n.focus_area_codes}


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_network_themes_and_gaps(demo_db, raw, name):
    f = SELECTIONS[name]
    p = filtered(raw, f)
    p = p.assign(network=[_network_of(raw)[(r, fa)] for r, fa in
                          zip(p["revier_code"], p["focus_area_code"], strict=True)])
    got = network_themes(demo_db, f)
    assert len(got) == len(raw["ref_network"]) * 4
    expected_gaps = set()
    for r in got.itertuples():
        column = raw["ref_theme"].set_index("code").at[r.theme_code, "column"]
        part = p[p["network"] == r.network_code]
        assert (r.projects, r.marker_1, r.marker_2) == (
            len(part), (part[column] == 1).sum(), (part[column] == 2).sum())
        if len(part) and (part[column] == 2).sum() == 0:
            expected_gaps.add((r.network_code, r.theme_code))
    gaps = theme_gaps(demo_db, f)
    assert set(zip(gaps["network_code"], gaps["theme_code"], strict=True)) == expected_gaps
    if name == "unmoeglich":
        assert gaps.empty


def test_theme_gap_sentence_for_a_network_without_principal_aim(writable_db_path):
    from dashboard.store.gateway import Database

    with Database(writable_db_path) as db:
        with db.transaction() as cur:
            cur.execute("UPDATE project SET theme_kj = 1 WHERE revier_code = 'LR' "
                        "AND focus_area_code = 'F6' AND theme_kj = 2")
        sentences = theme_gaps(db, Filters())["sentence"].tolist()
    assert ("Im Fachnetzwerk Tourismus und lebenswerte Regionen des Lausitzer Reviers hat kein "
            "Projekt Kinder und Jugendliche als Hauptziel.") in sentences


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_project_page_total_and_order(demo_db, raw, name):
    f = SELECTIONS[name]
    p = filtered(raw, f)
    rows, total = project_page(demo_db, f, limit=50)
    assert total == len(p)
    assert rows["project_id"].tolist() == sorted(p["project_id"])[:50]


def test_project_page_search_sort_and_paging(demo_db, raw):
    p = filtered(raw, Filters())
    needle = "leipzig"
    hay = (p["project_id"] + " " + p["title"] + " " + p["sponsor"].fillna("") + " "
           + p["municipality"].fillna("")).str.lower()
    hits = p[hay.str.contains(needle, regex=False)]
    expected = hits.sort_values(["requested_eur", "project_id"], ascending=[False, True],
                                na_position="last")
    rows, total = project_page(demo_db, Filters(), needle, "requested_eur", True, limit=20, offset=20)
    assert total == len(hits)
    assert rows["project_id"].tolist() == expected["project_id"].tolist()[20:40]
    _, past_end = project_page(demo_db, Filters(), needle, offset=10_000)
    assert past_end == len(hits)
    for key in SORT_KEYS:  # every whitelisted key sorts without error
        assert len(project_page(demo_db, Filters(), "", key, False, limit=5)[0]) == 5
    with pytest.raises(ValueError):
        project_page(demo_db, Filters(), sort="title; DROP TABLE project")


def test_display_rows_are_german(demo_db):
    rows, _ = project_page(demo_db, Filters(), sort="requested_eur", descending=True, limit=3)
    shown = display_rows(rows)
    assert shown["requested_eur"].str.match(r"^\d{1,3}(\.\d{3})*,\d{2} €$").all()
    assert shown["first_entered_on"].str.match(r"^\d{2}\.\d{2}\.\d{4}$").all()


def test_project_detail_and_stage_history(demo_db, raw):
    events = raw["stage_event"]
    exited = raw["project"][raw["project"]["status"] != "aktiv"]["project_id"].iat[0]
    detail = project_detail(demo_db, exited)
    assert detail["row"]["project_id"] == exited
    assert set(detail["fields"]["field"]) >= {"title", "revier_name", "requested_eur", "as_of"}
    assert len(detail["themes"]) == 4
    assert project_detail(demo_db, "GIBT-ES-NICHT") is None
    stays = stage_history(demo_db, exited, DEMO_AS_OF)
    ev = events[events["project_id"] == exited].sort_values(["entered_on", "event_id"])
    entries = ev[ev["outcome"].isna()]
    assert stays["stage_code"].tolist() == entries["stage_code"].tolist()
    exit_event = ev[ev["outcome"].notna()].iloc[0]
    assert stays["outcome"].iloc[-1] == exit_event["outcome"]
    assert stays["left_on"].iloc[-1] == exit_event["entered_on"]
    assert not stays["is_open"].any()
    days = [(b - a).days for a, b in zip(entries["entered_on"],
                                          [*entries["entered_on"].iloc[1:], exit_event["entered_on"]],
                                          strict=True)]
    assert stays["days"].tolist() == days


def test_open_stay_counts_until_today(demo_db, raw):
    active = raw["project"][(raw["project"]["status"] == "aktiv")
                            & (raw["project"]["stage_code"] == "QUAL")]["project_id"].iat[0]
    stays = stage_history(demo_db, active, date(2026, 11, 1))
    last = stays.iloc[-1]
    assert last["is_open"] and last["stage_code"] == "QUAL"
    assert last["days"] == (date(2026, 11, 1) - last["entered_on"].date()).days
