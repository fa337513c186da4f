"""Deterministic demo projects with full stage histories (numpy; 100k projects in seconds)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

from dashboard import clock
from dashboard.demo import texts as demo_texts
from dashboard.demo import vocabulary as vocab
from dashboard.demo.overlaps import plant
from dashboard.domain.taxonomy import Taxonomy

PIPELINE_START = date(2021, 3, 1)
# median days in each stage, and the share of projects leaving the pipeline there
STAGE_MEDIAN_DAYS = {"IDEE": 40, "FN": 35, "FG_RE": 21, "FG_FOE": 24, "EMPF": 14,
                     "ANTRAG": 70, "QUAL": 160, "BEW": 75, "UMS": 720, "ABG": 0}
EXIT_SHARE = {"IDEE": 0.05, "FN": 0.10, "FG_RE": 0.07, "FG_FOE": 0.09, "EMPF": 0.03,
              "ANTRAG": 0.04, "QUAL": 0.10, "BEW": 0.01, "UMS": 0.01, "ABG": 0.0}
EXIT_REASONS = ("zurueckgestellt", "abgelehnt", "zurueckgezogen")
EXIT_REASON_P = (0.40, 0.35, 0.25)
FOCUS_WEIGHTS = {"F1": 0.15, "F2": 0.12, "F3": 0.17, "F4": 0.24, "F5": 0.13, "F6": 0.19}
# per theme: P(marker 0, 1, 2)
THEME_P = {"theme_fk": (0.40, 0.42, 0.18), "theme_kj": (0.62, 0.28, 0.10),
           "theme_gs": (0.58, 0.35, 0.07), "theme_dw": (0.48, 0.36, 0.16)}
PROGRAMMES_SN = (("RL_INVKG", 0.58), ("STARK", 0.14), ("JTF", 0.12), ("BUND_INVKG", 0.07),
                 ("KREDIT", 0.04), ("SONST", 0.05))
PROGRAMMES_OTHER = (("STARK", 0.40), ("JTF", 0.25), ("BUND_INVKG", 0.20), ("KREDIT", 0.05),
                    ("SONST", 0.10))


@dataclass(frozen=True)
class DemoData:
    projects: pd.DataFrame
    events: pd.DataFrame
    # the planted overlaps (demo/overlaps.py): project_a < project_b, kind 'dublette',
    # 'verwandt' or 'standard' (a decoy); not part of the project table
    truth: pd.DataFrame = field(default_factory=pd.DataFrame)


def _pick(rng: np.random.Generator, options: list, n: int, p=None) -> np.ndarray:
    idx = rng.choice(len(options), size=n, p=None if p is None else np.asarray(p) / np.sum(p))
    return np.asarray(options, dtype=object)[idx]


def _missions(rng, taxonomy: Taxonomy, focus: np.ndarray) -> tuple[np.ndarray, list[list[str]]]:
    """Primary mission from those mapped to the focus area (a few mis-tagged, F6 mostly none)."""
    n = len(focus)
    all_codes = [m.code for m in taxonomy.missions]
    primary = np.empty(n, dtype=object)
    further: list[list[str]] = [[] for _ in range(n)]
    mapped = {f.code: [(mf.mission_code, 3.0 if mf.strength == "primary" else 1.0)
                       for mf in taxonomy.mission_focus_areas if mf.focus_area_code == f.code]
              for f in taxonomy.focus_areas}
    for code, pairs in mapped.items():
        rows = np.flatnonzero(focus == code)
        if not len(rows):
            continue
        if pairs:
            codes, weights = zip(*pairs, strict=True)
            primary[rows] = _pick(rng, list(codes), len(rows), weights)
        roll = rng.random(len(rows))
        none_share = 0.7 if not pairs else 0.04
        primary[rows[roll < none_share]] = None
        stray = rows[(roll >= none_share) & (roll < none_share + 0.05)]
        primary[stray] = _pick(rng, all_codes, len(stray))
        for r in rows[rng.random(len(rows)) < 0.22]:
            others = [c for c, _ in pairs if c != primary[r]] or all_codes
            choice = others[rng.integers(len(others))]
            if choice != primary[r]:
                further[r] = [choice]
    return primary, further


def _histories(rng, n: int, as_of: date) -> tuple[pd.DataFrame, np.ndarray, np.ndarray, np.ndarray]:
    """Walk every project through the stages; returns events, current stage index,
    status, and the date the current stage was entered."""
    stages = list(STAGE_MEDIAN_DAYS)
    horizon = (as_of - PIPELINE_START).days
    day = rng.integers(0, max(horizon - 7, 1), size=n)  # day offset of entering IDEE
    alive = np.ones(n, dtype=bool)
    current = np.zeros(n, dtype=np.int64)
    entered = day.copy()
    status = np.full(n, "aktiv", dtype=object)
    ev_pid, ev_stage, ev_day, ev_outcome = [], [], [], []
    for s, code in enumerate(stages):
        rows = np.flatnonzero(alive)
        ev_pid.append(rows)
        ev_stage.append(np.full(len(rows), s))
        ev_day.append(day[rows])
        ev_outcome.append(np.full(len(rows), None, dtype=object))
        current[rows] = s
        entered[rows] = day[rows]
        if code == "ABG":
            break
        dur = np.maximum(1, rng.lognormal(np.log(STAGE_MEDIAN_DAYS[code]), 0.55, len(rows))).astype(int)
        leave_day = day[rows] + dur
        still_here = leave_day > horizon
        exits = ~still_here & (rng.random(len(rows)) < EXIT_SHARE[code])
        ex_rows = rows[exits]
        reasons = _pick(rng, list(EXIT_REASONS), len(ex_rows), EXIT_REASON_P)
        ev_pid.append(ex_rows)
        ev_stage.append(np.full(len(ex_rows), s))
        ev_day.append(leave_day[exits])
        ev_outcome.append(reasons)
        status[ex_rows] = reasons
        alive[rows[still_here | exits]] = False
        day[rows] = leave_day
    events = pd.DataFrame({
        "pid": np.concatenate(ev_pid),
        "stage": np.concatenate(ev_stage),
        "day": np.concatenate(ev_day),
        "outcome": np.concatenate(ev_outcome),
    })
    events["stage_code"] = np.asarray(stages, dtype=object)[events["stage"].to_numpy()]
    return events, current, status, entered


def generate(taxonomy: Taxonomy, size: int = 400, seed: int = 42,
             as_of: date | None = None) -> DemoData:
    """Build `size` projects; identical output for identical (size, seed, as_of)."""
    as_of = as_of or clock.today()
    rng = np.random.default_rng(seed)
    n = size
    fa_codes = [f.code for f in taxonomy.focus_areas]
    focus = _pick(rng, fa_codes, n, [FOCUS_WEIGHTS.get(c, 0.1) for c in fa_codes])
    # ensure every focus area and Revier appears even in tiny data sets
    focus[: len(fa_codes)] = fa_codes[: n]
    revier = _pick(rng, [r.code for r in taxonomy.reviere], n, [0.45, 0.55][: len(taxonomy.reviere)])
    revier[len(fa_codes): 2 * len(fa_codes)] = taxonomy.reviere[0].code

    district = np.empty(n, dtype=object)
    for r in taxonomy.reviere:
        ds = [d for d in taxonomy.districts if d.revier_code == r.code]
        weights = [3.0 if d.bundesland_code == "SN" else 1.0 for d in ds]
        rows = np.flatnonzero(revier == r.code)
        district[rows] = _pick(rng, [d.code for d in ds], len(rows), weights)
    district_info = {d.code: d for d in taxonomy.districts}
    saxon = np.array([district_info[d].bundesland_code == "SN" for d in district])

    ort = np.array([vocab.MUNICIPALITIES.get(d, [district_info[d].name])[i % len(vocab.MUNICIPALITIES.get(d, [1]))]
                    for d, i in zip(district, rng.integers(0, 1000, n), strict=True)], dtype=object)
    rng.integers(0, 1000, n)  # drawn as before the richer texts, so the other columns stay
    st_codes = [s.code for s in taxonomy.sponsor_types]
    sponsor_type = _pick(rng, st_codes, n, [0.30, 0.08, 0.30, 0.15, 0.09, 0.04, 0.04][: len(st_codes)])
    sp_idx = rng.integers(0, 1000, n)
    sponsors = np.array([_sponsor(t, i, o, district_info[d].name)
                         for t, i, o, d in zip(sponsor_type, sp_idx, ort, district, strict=True)],
                        dtype=object)
    text_rng = np.random.default_rng([seed, 13])  # own stream: texts do not shift the figures
    titles, descriptions, subjects = _texts(text_rng, focus, ort, sponsors)

    primary, further = _missions(rng, taxonomy, focus)

    themes = {col: rng.choice(3, size=n, p=p).astype(np.int8) for col, p in THEME_P.items()}
    themes["theme_kj"][(focus == "F6") & (rng.random(n) < 0.25)] = 2
    themes["theme_dw"][(focus == "F5") & (rng.random(n) < 0.25)] = 2

    prog_sn, p_sn = zip(*PROGRAMMES_SN, strict=True)
    prog_ot, p_ot = zip(*PROGRAMMES_OTHER, strict=True)
    programme = np.where(saxon, _pick(rng, list(prog_sn), n, p_sn), _pick(rng, list(prog_ot), n, p_ot))

    events, current, status, entered = _histories(rng, n, as_of)
    stage_codes = np.asarray(list(STAGE_MEDIAN_DAYS), dtype=object)
    bew = list(STAGE_MEDIAN_DAYS).index("BEW")

    total = np.round(np.exp(rng.normal(np.log(3_500_000), 1.05, n)), -2).clip(50_000, 250_000_000)
    requested = np.round(total * rng.uniform(0.55, 0.95, n), -2)
    granted = np.where(current >= bew, np.round(requested * rng.uniform(0.85, 1.0, n), -2), np.nan)
    total[(current <= 1) & (rng.random(n) < 0.25)] = np.nan
    requested[(current <= 2) & (rng.random(n) < 0.4)] = np.nan
    jobs = np.where(rng.random(n) < 0.7, rng.poisson(np.where(sponsor_type == "UNTERNEHMEN", 25, 4)), -1)

    start_offset = PIPELINE_START + timedelta(days=0)
    entered_dates = pd.to_datetime(start_offset) + pd.to_timedelta(entered, unit="D")
    start = (entered_dates + pd.to_timedelta(rng.integers(20, 200, n), unit="D")).date
    end = (pd.to_datetime(start) + pd.to_timedelta(rng.integers(365, 5 * 365, n), unit="D")).date

    cols = {"title": titles, "description": descriptions, "sponsor": sponsors,
            "sponsor_type": sponsor_type, "revier_code": revier, "district_code": district,
            "municipality": ort, "focus_area_code": focus, "mission_code": primary,
            "further_missions": further, "total_cost_eur": total, "requested_eur": requested,
            "granted_eur": granted, "start_date": start, "end_date": end}
    truth_rows = plant(cols, taxonomy, text_rng, subjects,
                       sponsor_for=lambda t, o, d: _sponsor(t, int(text_rng.integers(1000)), o,
                                                            district_info[d].name))
    # a planted row may have moved to another Land: RL InvKG funds Saxon districts only
    moved = (programme == "RL_INVKG") & ~np.array([district_info[d].bundesland_code == "SN"
                                                   for d in district])
    programme[moved] = _pick(text_rng, list(prog_ot), int(moved.sum()), p_ot)
    # own stream: the issue-15 columns do not shift any earlier figure
    effect = _effects(np.random.default_rng([seed, 17]), jobs, current, focus, programme)
    networks = np.array([taxonomy.network_for(r, f).code for r, f in zip(revier, focus, strict=True)],
                        dtype=object)
    # each Fachnetzwerk last reported on its own day; one is clearly out of date
    net_codes = sorted(set(networks))
    lag = {c: int(rng.integers(3, 40)) for c in net_codes}
    if net_codes:
        lag[net_codes[-1]] = 95
    as_of_col = np.array([as_of - timedelta(days=lag[c]) for c in networks], dtype=object)
    seq = np.arange(1, n + 1)
    names = rng.integers(0, 10_000, n)

    projects = pd.DataFrame({
        "project_id": [f"{c}-{i:06d}" for c, i in zip(networks, seq, strict=True)],
        "title": titles,
        "description": descriptions,
        "sponsor": sponsors,
        "sponsor_type": sponsor_type,
        "revier_code": revier,
        "district_code": district,
        "municipality": ort,
        "mission_code": primary,
        "further_missions": further,
        "focus_area_code": focus,
        **themes,
        "stage_code": stage_codes[current],
        "status": status,
        "programme_code": programme,
        "total_cost_eur": total,
        "requested_eur": requested,
        "granted_eur": granted,
        "amounts_flagged": False,
        "planned_jobs": pd.array(np.where(jobs < 0, None, jobs), dtype="Int32"),
        "start_date": start,
        "end_date": end,
        **effect,
        "contact": [f"{vocab.FIRST_NAMES[i % 16]} {vocab.LAST_NAMES[(i // 16) % 14]}" for i in names],
        "remarks": None,
        "as_of": as_of_col,
        "source": f"demo:seed={seed}",
    })
    ids = projects["project_id"].to_numpy()
    event_frame = pd.DataFrame({
        "project_id": ids[events["pid"].to_numpy()],
        "stage_code": events["stage_code"],
        "entered_on": (pd.to_datetime(PIPELINE_START) + pd.to_timedelta(events["day"], unit="D")).dt.date,
        "outcome": events["outcome"],
    })
    a = ids[truth_rows["row_a"].to_numpy(dtype=int)]
    b = ids[truth_rows["row_b"].to_numpy(dtype=int)]
    truth = pd.DataFrame({"project_a": np.minimum(a, b), "project_b": np.maximum(a, b),
                          "kind": truth_rows["kind"].to_numpy(dtype=object)})
    return DemoData(projects=projects, events=event_frame, truth=truth)


# Förderbereich (InvKG § 4 Abs. 1) of an RL-InvKG project, by focus area: (codes, weights)
AREAS_BY_FOCUS = {"F1": (("FB2", "FB5", "FB1"), (0.6, 0.2, 0.2)),
                  "F2": (("FB5", "FB7"), (0.6, 0.4)),
                  "F3": (("FB8", "FB1", "FB7"), (0.5, 0.3, 0.2)),
                  "F4": (("FB8", "FB1", "FB7"), (0.5, 0.3, 0.2)),
                  "F5": (("FB3", "FB7"), (0.6, 0.4)),
                  "F6": (("FB6", "FB4", "FB9"), (0.5, 0.3, 0.2))}


def _effects(rng: np.random.Generator, jobs: np.ndarray, current: np.ndarray, focus: np.ndarray,
             programme: np.ndarray) -> dict[str, object]:
    """Apprenticeships planned at application; jobs and apprenticeships implemented as reported
    by projects in Umsetzung (part of the plan so far) or Abgeschlossen (about the plan); the
    Förderbereich of RL-InvKG projects."""
    n = len(jobs)
    stages = list(STAGE_MEDIAN_DAYS)
    planned = np.where(jobs < 0, -1, np.where(rng.random(n) < 0.6, rng.poisson(0.12 * np.maximum(
        jobs, 0) + 0.6), -1))
    ums, abg = current == stages.index("UMS"), current == stages.index("ABG")
    reach = np.where(ums, rng.uniform(0.2, 0.9, n), np.where(abg, rng.uniform(0.7, 1.25, n), 0))
    reported = (ums | abg) & (rng.random(n) < 0.85)
    actual_jobs = np.where(reported & (jobs >= 0), np.round(np.maximum(jobs, 0) * reach), -1)
    actual_appr = np.where(reported & (planned >= 0), np.round(np.maximum(planned, 0) * reach), -1)
    area = np.full(n, None, dtype=object)
    for f, (codes, weights) in AREAS_BY_FOCUS.items():
        rows = np.flatnonzero((focus == f) & (programme == "RL_INVKG"))
        area[rows] = _pick(rng, list(codes), len(rows), weights)

    def ints(values: np.ndarray):
        return pd.array(np.where(values < 0, None, values).astype(object), dtype="Int32")

    return {"planned_apprenticeships": ints(planned), "actual_jobs": ints(actual_jobs),
            "actual_apprenticeships": ints(actual_appr), "invkg_area": area}


def _sponsor(sponsor_type: str, i: int, ort: str, kreis: str) -> str:
    options = vocab.SPONSORS.get(sponsor_type, ["{ort}"])
    return options[i % len(options)].format(ort=ort, kreis=kreis)


def _texts(rng: np.random.Generator, focus: np.ndarray, ort: np.ndarray, sponsors: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Title, description and subject key noun per project. Within a (focus area, municipality)
    the subjects are dealt from a shuffled deck, skipping subjects the sponsor already has, so
    two projects share subject and place, or subject and sponsor, only when a place or a sponsor
    has more projects of a focus area than there are subjects (not in small data sets)."""
    n = len(focus)
    titles = np.empty(n, dtype=object)
    descriptions = np.empty(n, dtype=object)
    subjects = np.empty(n, dtype=object)
    steps = rng.integers(0, len(demo_texts.STEPS), n)
    purposes = rng.integers(0, 3, n)
    details = rng.integers(0, len(demo_texts.DETAILS), n)
    jobs = rng.integers(5, 120, n)
    sites = _names(rng, n, demo_texts.SITE_KINDS, demo_texts.SITE_ENDINGS, before=True)
    partners = _names(rng, n, demo_texts.PARTNER_FORMS, [""], before=False)
    sizes = rng.integers(2, 900, n)
    sites, partners, sizes = sites.tolist(), partners.tolist(), sizes.tolist()
    steps, purposes, details, jobs = steps.tolist(), purposes.tolist(), details.tolist(), jobs.tolist()
    groups = pd.DataFrame({"f": focus, "o": ort}).groupby(["f", "o"], sort=True).indices
    dealt: dict[tuple[str, str], set[int]] = {}
    for (f, o), rows in groups.items():
        deck = demo_texts.SUBJECTS[f]
        perm = rng.permutation(len(deck)).tolist()
        left: list[int] = []
        for r in rows.tolist():
            if not left:  # a new round through the deck
                left = list(perm)
            had = dealt.setdefault((sponsors[r], f), set())
            pick = next((x for x in left if x not in had), left[0])
            left.remove(pick)
            had.add(pick)
            phrase, key = deck[pick]
            titles[r] = f"{demo_texts.STEPS[steps[r]]}: {phrase} in {o}"
            subjects[r] = key
            descriptions[r] = (f"{phrase} in {o}, {sites[r]}: das Vorhaben "
                               f"{demo_texts.PURPOSES[f][purposes[r]]}. Umfang: {sizes[r]} "
                               f"{demo_texts.SIZES[f]}. Als Partner wirkt {partners[r]} mit. "
                               + demo_texts.DETAILS[details[r]].format(n=jobs[r]))
    return titles, descriptions, subjects


def _names(rng: np.random.Generator, n: int, kinds: list[str], endings: list[str], *,
           before: bool) -> np.ndarray:
    """Invented proper names from syllables ("Gewerbegebiet Kalenweg", "Tramiro GmbH")."""
    syl = np.asarray(demo_texts.SYLLABLES, dtype=object)
    count = rng.integers(2, 4, n)
    parts = [syl[rng.integers(0, len(syl), n)] for _ in range(3)]
    stem = parts[0] + parts[1] + np.where(count == 3, parts[2], "")
    stem = np.array([s.capitalize() for s in stem], dtype=object)
    stem = stem + np.asarray(endings, dtype=object)[rng.integers(0, len(endings), n)]
    kind = np.asarray(kinds, dtype=object)[rng.integers(0, len(kinds), n)]
    return kind + " " + stem if before else stem + " " + kind
