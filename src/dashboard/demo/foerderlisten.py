"""A demo list of operations for `init --demo`: the JTF list of Saxony as it could look for the
demo projects (most granted JTF projects of Saxony in the official spelling, a few with other
costs, some still in review in the monitor), plus funded operations the monitor lacks, in and
outside the Reviere, and a few sole traders. Stored like an imported list (no file)."""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta

import pandas as pd

from dashboard import clock
from dashboard.demo.vocabulary import FIRST_NAMES, LAST_NAMES, MUNICIPALITIES, TITLES
from dashboard.foerderlisten import repository as repo
from dashboard.foerderlisten.columns import FIELDS
from dashboard.foerderlisten.personal import is_natural_person
from dashboard.foerderlisten.places import locate_operations
from dashboard.store.gateway import Database

DEMO_BATCH = 0   # no batch number of the import history is used up by demo data
OUTSIDE = {"14612": ["Dresden"], "14511": ["Chemnitz"], "14524": ["Zwickau"]}
SN_REVIER = ("14625", "14626", "14729", "14730", "14713")


def _op(rng: random.Random, no: int, **values) -> dict:
    row = dict.fromkeys(f.name for f in FIELDS)
    row.update(fund_code="JTF", specific_objective="2.1", country="Deutschland",
               intervention=rng.choice(("029", "030", "048", "077")),
               programme_group="JTF Sachsen", application_no=f"JTF-SN-{no:05d}",
               cofinancing_rate=rng.choice((0.0959, 0.4, 0.6, 0.85)), **values)
    return row


def demo_operations(projects: pd.DataFrame, seed: int, as_of: date) -> pd.DataFrame:
    rng = random.Random(seed)
    rows, no = [], 1
    jtf = projects[(projects["programme_code"] == "JTF") & (projects["land_code"] == "SN")]
    for p in jtf.itertuples(index=False):
        if not (p.granted and rng.random() < 0.85) and not (not p.granted and rng.random() < 0.15):
            continue
        title = p.title.split(": ", 1)[1] if ": " in p.title and rng.random() < 0.6 else p.title
        cost = p.total_cost_eur if rng.random() > 0.2 else round((p.total_cost_eur or 1e6) * 1.12, 2)
        sponsor = (p.sponsor or "").replace("Stadt ", "Große Kreisstadt ", 1)
        rows.append(_op(rng, no, beneficiary=sponsor, title=title,
                        purpose=f"Umsetzung: {p.title}", start_date=p.start_date, end_date=p.end_date,
                        total_cost_eur=cost, place=p.municipality, district_text=None,
                        location_text=f"{p.municipality} / Hauptstraße {no}"))
        no += 1
    extra = max(6, len(rows) // 3)
    for i in range(extra + extra // 2):
        where = dict(OUTSIDE) if i >= extra else {k: MUNICIPALITIES[k] for k in SN_REVIER}
        district = rng.choice(sorted(where))
        town = rng.choice(where[district])
        focus = rng.choice(sorted(TITLES))
        person = i % 7 == 3
        sponsor = (f"{rng.choice(LAST_NAMES)}, {rng.choice(FIRST_NAMES)}" if person
                   else f"{town} {rng.choice(('Solar', 'Logistik', 'Bau', 'Energie'))} GmbH")
        start = as_of - timedelta(days=rng.randrange(100, 1200))
        rows.append(_op(rng, no, beneficiary=sponsor,
                        title=rng.choice(TITLES[focus]).format(ort=town) + f" ({no})",
                        purpose="Förderung aus dem Just Transition Fund.", start_date=start,
                        end_date=start + timedelta(days=rng.randrange(365, 1400)),
                        total_cost_eur=round(rng.uniform(50_000, 8_000_000), 2), place=town,
                        district_text=None, location_text=f"{town} / Am Markt {no}"))
        no += 1
    ops = pd.DataFrame(rows)
    ops["row_number"] = range(6, 6 + len(ops))
    ops["op_key"] = ops["application_no"]
    ops["natural_person"] = [is_natural_person(b) for b in ops["beneficiary"]]
    ops["extra"] = None
    return ops.join(locate_operations(ops, land="SN"))


def add_demo_list(db: Database, *, seed: int, as_of: date | None = None) -> int:
    """Store the demo list as list import 0; returns its operations."""
    as_of = as_of or clock.today()
    ops = demo_operations(db.query("oplist_projects").df, seed, as_of)
    digest = hashlib.sha256(ops.to_csv(index=False).encode()).hexdigest()
    with db.transaction() as cur:
        repo.write_import(cur, {
            "batch_id": DEMO_BATCH, "fund": "JTF", "land": "SN", "stand": as_of,
            "file_name": "Demodaten: Liste der Vorhaben JTF Sachsen", "sha256": digest,
            "archived_path": None, "sheet": None, "header_row": None, "actor": "Demodaten",
            "n_operations": len(ops), "n_rejected": 0, "n_new": len(ops), "n_changed": 0,
            "n_unchanged": 0, "n_gone": 0}, ops)
    return len(ops)
