"""The selection of "gefördert, nicht im Monitor" (issue 19 point 11) on the hand-written lists
of tests/data/foerderlisten: the 12 small trade-fair grants of the Saxon 2014–20 list no longer
drown its 6 larger operations; fund, Förderperiode, minimum, grouping and order as chosen; the
sentence says how many are shown and hidden."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard.cli import main
from dashboard.foerderlisten.periods import period_of
from dashboard.foerderlisten.personal import HIDDEN
from dashboard.foerderlisten.plan import plan_list
from dashboard.foerderlisten.selection import OpSelection, missing_selection
from dashboard.foerderlisten.service import commit_list
from dashboard.store.gateway import Database

DATA = Path(__file__).resolve().parents[2] / "data" / "foerderlisten"
LISTS = (("sachsen_2014_20_art115.csv", "EFRE", "SN"), ("sachsen_2021_27_art49.csv", "JTF", "SN"),
         ("brandenburg_2014_20_art115.csv", "EFRE", "BB"))


@pytest.mark.parametrize("fund, title, starts, period", [
    ("EFRE", ["Liste der Vorhaben gemäß Artikel 49 Absatz 3 der Verordnung (EU) 2021/1060"], [date(2016, 1, 1)], "2021-27"),
    ("EFRE", ["Verzeichnis der Vorhaben", "EFRE Thüringen 2014–2020"], [date(2023, 1, 1)], "2014-20"),
    ("EFRE", ["gemäß Anhang XII der Verordnung (EU) Nr. 1303/2013"], [], "2014-20"),
    ("JTF", [], [date(2016, 1, 1)], "2021-27"),
    ("EFRE", [], [date(2016, 1, 1), date(2019, 5, 1), date(2022, 1, 1)], "2014-20"),
    ("EFRE", [], [date(2020, 6, 1), date(2022, 1, 1), date(2023, 1, 1)], "2021-27"),
    ("ESF+", [], [], None),
])
def test_the_period_of_a_list(fund, title, starts, period):
    assert period_of(fund, title, pd.Series(starts, dtype=object)) == period


@pytest.fixture
def db(empty_db_path: Path):
    with Database(empty_db_path) as database:
        for name, fund, land in LISTS:
            data = (DATA / name).read_bytes()
            plan = plan_list(database, data, name, fund=fund, land=land, stand=date(2026, 9, 30))
            assert commit_list(database, plan, data, actor="Test").committed
        yield database


def test_the_default_shows_the_large_ones_first_and_says_how_many_are_hidden(db):
    sel = missing_selection(db, OpSelection())
    # in the Reviere: Sachsen 2014–20 all 18, Sachsen 2021–27 all 5, Brandenburg 4 of 5 (not Potsdam)
    assert sel.total == 27
    amounts = sel.operations["amount"].tolist()
    assert amounts == sorted(amounts, reverse=True) and min(amounts) >= 100_000
    assert sel.shown == 6 + 4 + 3          # Sachsen 2014–20: 6, 2021–27: 4, Brandenburg: 3
    assert sel.sentence() == "27 Vorhaben, davon 13 ab 100.000 € gezeigt – 14 ausgeblendet."
    assert sel.operations["title"].iloc[0] == "Wasserstofflabor Görlitz"   # 12,6 Mio. €


def test_fund_period_and_minimum(db):
    saxon_1420 = missing_selection(db, OpSelection(funds=("EFRE",), periods=("2014-20",)))
    assert set(saxon_1420.operations["land"]) == {"SN", "BB"}
    assert saxon_1420.shown == 9
    assert saxon_1420.sentence() == ("27 Vorhaben, davon 9 aus EFRE, der Förderperiode 2014–20, "
                                     "ab 100.000 € gezeigt – 18 ausgeblendet.")
    everything = missing_selection(db, OpSelection(min_amount=0, sort="list"))
    assert everything.shown == 27 and everything.sentence() == "27 Vorhaben, alle gezeigt."
    first = everything.operations[everything.operations["land"] == "BB"]["row_number"].tolist()
    assert first == sorted(first)
    fairs = missing_selection(db, OpSelection(periods=("2014-20",), min_amount=0))
    assert (fairs.operations["amount"] < 5_000).sum() == 12 + 0   # the trade-fair grants are all there
    new = missing_selection(db, OpSelection(periods=("2021-27",), min_amount=1_000_000))
    assert new.operations["title"].tolist() == ["Wasserstofflabor Görlitz", "Großwärmespeicher Hoyerswerda",
                                                "Weiterbildungszentrum Markkleeberg"]


def test_grouped_by_beneficiary_with_names_of_persons_hidden(db):
    groups = missing_selection(db, OpSelection(by_beneficiary=True, min_amount=0))
    rows = groups.rows
    assert rows["amount"].tolist() == sorted(rows["amount"].tolist(), reverse=True)
    assert rows["operations"].sum() == 27
    persons = rows[rows["beneficiary"] == HIDDEN]
    assert len(persons) == 1 and persons["operations"].iat[0] == 3   # Müller, Berg, Dr. Schmidt
    assert not rows["beneficiary"].isin(["Müller, Hans", "Jana Berg e.K.", "Dr. Anna Schmidt"]).any()
    big = missing_selection(db, OpSelection(by_beneficiary=True))
    assert (big.rows["amount"] >= 100_000).all() and len(big.rows) == 13
    assert big.sentence() == ("27 Vorhaben von 25 Begünstigten, davon 13 Begünstigte mit zusammen "
                              "mindestens 100.000 € gezeigt (13 Vorhaben) – 14 Vorhaben ausgeblendet.")


def test_the_cli_lists_the_selection(db, empty_db_path, capsys):
    db.close()
    assert main(["foerderliste", "abgleich", "--db", str(empty_db_path)]) == 0
    out = capsys.readouterr().out
    assert "27 Vorhaben, davon 13 ab 100.000 € gezeigt – 14 ausgeblendet." in out
    assert "Wasserstofflabor Görlitz" in out and "Messebeteiligung" not in out
    assert main(["foerderliste", "abgleich", "--db", str(empty_db_path), "--fonds", "EFRE",
                 "--periode", "2014-20", "--ab", "0", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["selection"]["shown"] == 22 and len(result["selection"]["rows"]) == 22
    assert len(result["not_in_monitor"]) == 27      # the whole group stays in the JSON
    assert "Jana Berg e.K." not in json.dumps(result, ensure_ascii=False)
    assert main(["foerderliste", "abgleich", "--db", str(empty_db_path), "--ab", "100.000", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["selection"]["shown"] == 13
    assert main(["foerderliste", "abgleich", "--db", str(empty_db_path), "--ab", "viel"]) == 2
    assert "--ab viel" in capsys.readouterr().err
