"""Structured signals of candidate pairs, vectorised over DataFrames: the same sponsor (normal
form), the same place, the same topic, overlapping periods, similar amounts, title similarity
(rapidfuzz), what crosses a border (Fachnetzwerk, Revier, Land), and the words both texts share.

A record is one row with the columns of RECORD_COLUMNS (projects, rows of an upload, operations
of an official list all fit); missing values are allowed everywhere except `key`."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import scipy.sparse as sp
from rapidfuzz import fuzz, process, utils

from dashboard.matching import words
from dashboard.matching.german import related
from dashboard.matching.lexicon import concepts
from dashboard.matching.normalise import place_key, sponsor_form, sponsor_key, stem_words

RECORD_COLUMNS = ("key", "title", "description", "sponsor", "municipality", "district_code",
                  "revier_code", "land_code", "network_code", "focus_area_code", "mission_code",
                  "start_date", "end_date", "amount_eur")
# German function words and words every project text uses: never "shared terms"
STOPWORDS = frozenset(["aber", "alle", "als", "also", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des", "die", "dies", "diese", "dieser", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "es", "für", "hat", "ist", "im", "in", "ins", "mit", "nach", "neue", "neuen", "neuer", "nicht", "noch", "oder", "sich", "sind", "so", "über", "um", "und", "unter", "vom", "von", "vor", "wird", "werden", "wie", "zu", "zum", "zur", "projekt", "projekts", "projekte", "vorhaben", "vorhabens", "phase", "region", "regionale", "regionalen"])
_WORDS = re.compile(r"[^\W\d_][\w\-]{3,}")
_PLAIN = re.compile(r"[^\w]+")


def _long(found: list[str]) -> list[str]:
    """The words of four letters or more (as _WORDS finds them)."""
    return [w for w in found if len(w) >= 4]


def _plain(text: str) -> str:
    return " ".join(_PLAIN.sub(" ", text.lower()).split())


def prepare(records: pd.DataFrame, *, german: bool = True) -> pd.DataFrame:
    """Records with the normal forms the signals compare (sponsor, place, title). With `german`
    the words a text names without writing them count too (german.related) and sponsors are
    compared with their acronyms; the Förderlisten reconciliation leaves both out: an operation
    and its project share their words, and without the word list the reconciliation of 6.000
    operations keeps its time (same precision and recall, bench_foerderlisten)."""
    out = records.reindex(columns=list(RECORD_COLUMNS)).copy()
    out["key"] = out["key"].astype(str)
    sponsors = out["sponsor"].astype(object).where(out["sponsor"].notna(), None)
    out["sponsor_key"] = [sponsor_key(s) for s in sponsors]
    out["sponsor_form"] = [sponsor_form(s, k, m if isinstance(m, str) else None, german)
                           for s, k, m in zip(sponsors, out["sponsor_key"], out["municipality"],
                                              strict=True)]
    out["place_key"] = [place_key(m) if isinstance(m, str) else "" for m in out["municipality"]]
    out["title_key"] = [utils.default_process(without_place(t, m)) if isinstance(t, str) else ""
                        for t, m in zip(out["title"], out["municipality"], strict=True)]
    keys = out["sponsor_key"].where(out["sponsor_key"] != "")
    out["sponsor_projects"] = keys.map(keys.value_counts()).fillna(0).astype(int)
    # per record once (not per pair): content words of text, title and place as word ids
    # (words.py), the text and the place in a plain lower-case form with spaces around, so
    # "names the other's town" is a substring test
    text_words, title_words, place_words, plain_text, plain_place = [], [], [], [], []
    subject_words, named_words = [], []
    for title, description, town, sponsor in zip(out["title"].tolist(), out["description"].tolist(),
                                                 out["municipality"].tolist(),
                                                 out["sponsor"].tolist(), strict=True):
        title = title if isinstance(title, str) else ""
        text = f"{title} {description if isinstance(description, str) else ''}"
        named = concepts(text)
        # "H2" and "Wasserstoff" share a word, "Hebammenzentrale" and "Hebammen" one too (a
        # word only named, never written, is counted but not shown: shared_terms)
        unwritten = _long(related(text, compounds=False)) if german else []
        text = f"{text} {_joined(named)}"
        # a concept of several words counts once: "Künstliche Intelligenz" is one shared
        # subject, not three words ("Künstliche", "Intelligenz", "Künstliche-Intelligenz")
        parts = _phrase_words(named)
        written = words.ids(_content(text, parts), STOPWORDS, spell=True)
        only_named = np.setdiff1d(words.ids(unwritten, STOPWORDS), written).astype(np.int32)
        text_words.append(np.union1d(written, only_named).astype(np.int32))
        named_words.append(only_named)
        title_words.append(words.ids(_WORDS.findall(title), STOPWORDS))
        # the subject: the title's words and its concepts ("Pflanzenkohle aus Grünschnitt" and
        # "Biokohle aus …" name one subject); only the idea measure reads it, so one sponsor's
        # two hydrogen projects are not tied closer
        named = concepts(title)
        leave = _phrase_words(named)
        subject_words.append(words.ids(
            _content(f"{title} {_joined(named)}", leave)
            + [w for w in _long(related(title) if german else []) if w.lower() not in leave],
            STOPWORDS))
        town = town if isinstance(town, str) else ""
        # names, not subjects: the town, its adjective ("Cottbuser") and the sponsor's words
        # ("Klinikum Altenburger Land")
        names = _WORDS.findall(town)
        names += [f"{w}er" for w in names] + _WORDS.findall(sponsor if isinstance(sponsor, str) else "")
        place_words.append(words.ids(names, STOPWORDS))
        plain_text.append(f" {_plain(text)} ")
        plain_place.append(f" {_plain(town)} " if town.strip() else "")
    out["text_words"], out["title_words"], out["place_words"] = text_words, title_words, place_words
    out["subject_words"] = subject_words
    # words a text names without writing them: counted (engine.fit_index), never shown as a
    # shared word (shared_terms)
    out["named_words"] = named_words
    out["plain_text"], out["plain_place"] = plain_text, plain_place
    for col in ("start_date", "end_date"):
        out[col] = pd.to_datetime(out[col], errors="coerce")
    out["amount_eur"] = pd.to_numeric(out["amount_eur"], errors="coerce")
    return out.reset_index(drop=True)


def _joined(named: list[str]) -> str:
    return " ".join(c.replace(" ", "-") for c in named)


def _phrase_words(named: list[str]) -> frozenset[str]:
    """The single words of the concepts of several words ("künstliche", "intelligenz")."""
    return frozenset(w.lower() for c in named if " " in c for w in c.split())


def _content(text: str, leave: frozenset[str]) -> list[str]:
    found = _WORDS.findall(text)
    return [w for w in found if w.lower() not in leave] if leave else found


def similar_sponsors(a: pd.Series, b: pd.Series, a_form: pd.Series, b_form: pd.Series
                     ) -> np.ndarray:
    """Sponsor normal forms that are spelling variants (ratio >= 92: "Stadtwerk"/"Stadtwerke") or
    where one names the other and more ("Universität Leipzig (Institut für Energietechnik)"),
    in any order ("Leipziger Stadtwerke"/"Stadtwerke Leipzig"); two sites of one institute
    ("Außenstelle Zittau"/"Außenstelle Kamenz") are not similar. By the sponsors' forms
    (normalise.SponsorForm) also: the name without the project's town, written together or
    apart, or shortened to its initials ("KAEV Niederlausitz")."""
    ratio = process.cpdist(a.tolist(), b.tolist(), scorer=fuzz.ratio, workers=1)
    out = np.zeros(len(a), dtype=bool)
    for i, (x, y, fx, fy) in enumerate(zip(a.tolist(), b.tolist(), a_form.tolist(),
                                           b_form.tolist(), strict=True)):
        if not x or not y:
            continue
        wx, wy = stem_words(x.split()), stem_words(y.split())
        out[i] = ratio[i] >= 92 or wx <= wy or wy <= wx or fx.same_body(fy)
    return out


def without_place(text: str, municipality: object) -> str:
    """`text` without the name of `municipality` (case-insensitive, whole words)."""
    if not isinstance(municipality, str) or not municipality.strip():
        return text
    return re.sub(rf"(?<!\w){re.escape(municipality.strip())}(?!\w)", " ", text, flags=re.IGNORECASE)


def _same(a: pd.Series, b: pd.Series) -> np.ndarray:
    av, bv = a.to_numpy(dtype=object), b.to_numpy(dtype=object)
    given = pd.notna(av) & pd.notna(bv) & (av != "") & (bv != "")
    return given & (av == bv)


def with_rare(records: pd.DataFrame, word_df: dict[str, int] | None, max_df: int | None
              ) -> pd.DataFrame:
    """Prepared records plus, per record once (not per pair), the title without the corpus'
    frequent words and the rare words of text and title (words in more than `max_df` texts
    say nothing: "Planung: … in …")."""
    df = word_df or {}

    def frequent(word: str) -> bool:
        return bool(max_df) and df.get(word, 0) > max_df

    out = records.copy()
    some = bool(max_df) and any(n > max_df for n in df.values())
    out["title_distinct"] = _distinctive(out["title_key"], frequent) if some else out["title_key"].tolist()
    out["rare_text"] = words.without(out["text_words"].tolist(), frequent)
    out["rare_title"] = words.without(out["title_words"].tolist(), frequent)
    out["rare_subject"] = words.without(out["subject_words"].tolist(), frequent)
    return out


def pair_signals(left: pd.DataFrame, right: pd.DataFrame, li: np.ndarray, ri: np.ndarray, *,
                 word_df: dict[str, int] | None = None, max_df: int | None = None,
                 cosine: np.ndarray | None = None, each=None) -> pd.DataFrame:
    """One row per candidate pair (left row li[i], right row ri[i]) of prepared records. With
    `word_df` and `max_df`, words in more than max_df texts are left out of the title
    comparison ("Planung: … in …" says nothing). `cosine` (per pair) becomes the third column;
    `each(rows)` is applied to every chunk of rows before they are put together (the full run
    keeps only the pairs that can score enough, so a million candidates are never held)."""
    same = right is left
    if "rare_text" not in left:
        left = with_rare(left, word_df, max_df)
    right = left if same else right if "rare_text" in right else with_rare(right, word_df, max_df)
    # only what the pairs read, text columns as Python objects (once, also when both sides are
    # one frame: at 100k projects each conversion of all columns held ~150 MB)
    left = _as_objects(left[_PAIR_SIDE + list(_WORD_COLUMNS)])
    right = left if same else _as_objects(right[_PAIR_SIDE + list(_WORD_COLUMNS)])
    width = words.width()
    n_texts = len(right) if not same else len(left)
    sides = [{col: words.distinct_rows(frame[col].tolist(), rows, width) for col in _WORD_COLUMNS}
             for frame, rows in ((left, li), (right, ri))]
    parts = []
    # the two sides of every pair are taken row by row: in chunks, so ~1M pairs at 100k
    # projects never hold two 1M-row copies of all record columns at once
    for i in range(0, max(len(li), 1), CHUNK):
        part = _signals(left, right, li[i:i + CHUNK], ri[i:i + CHUNK], word_df, n_texts,
                        *({col: m[where[i:i + CHUNK]] for col, (m, where) in side.items()}
                          for side in sides))
        if cosine is not None:
            part.insert(2, "cosine", np.asarray(cosine[i:i + CHUNK], dtype=float))
        parts.append(part if each is None else each(part))
    return parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)


CHUNK = 100_000  # candidate pairs per step of pair_signals
_WORD_COLUMNS = ("rare_text", "rare_title", "rare_subject", "place_words", "named_words")


def _signals(left: pd.DataFrame, right: pd.DataFrame, li: np.ndarray, ri: np.ndarray,
             word_df: dict[str, int] | None, n_texts: int, a_words: dict, b_words: dict
             ) -> pd.DataFrame:
    a = left[_PAIR_SIDE].iloc[li].reset_index(drop=True)
    b = right[_PAIR_SIDE].iloc[ri].reset_index(drop=True)
    out = pd.DataFrame({"a": a["key"].to_numpy(), "b": b["key"].to_numpy()})
    out["title_sim"] = process.cpdist(a["title_distinct"].tolist(), b["title_distinct"].tolist(),
                                      scorer=fuzz.token_sort_ratio, workers=1) / 100.0
    out["sponsor_same"] = _same(a["sponsor_key"], b["sponsor_key"])
    out["sponsor_similar"] = ~out["sponsor_same"] & similar_sponsors(a["sponsor_key"], b["sponsor_key"],
                                                                          a["sponsor_form"], b["sponsor_form"])
    out["sponsor_projects"] = np.maximum(a["sponsor_projects"].to_numpy(), b["sponsor_projects"].to_numpy())
    out["same_place"] = _same(a["place_key"], b["place_key"])
    out["place_named"] = ~out["same_place"].to_numpy() & places_named(a, b)
    out["same_district"] = _same(a["district_code"], b["district_code"])
    out["same_focus"] = _same(a["focus_area_code"], b["focus_area_code"])
    out["same_mission"] = _same(a["mission_code"], b["mission_code"])
    start = np.maximum(a["start_date"], b["start_date"])
    end = np.minimum(a["end_date"], b["end_date"])
    shorter = np.minimum(a["end_date"] - a["start_date"], b["end_date"] - b["start_date"])
    overlap = (end - start).dt.days / shorter.dt.days.clip(lower=1)
    out["period_overlap"] = overlap.fillna(0).clip(0, 1).to_numpy()
    amounts = np.vstack([a["amount_eur"].to_numpy(dtype=float), b["amount_eur"].to_numpy(dtype=float)])
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = amounts.min(axis=0) / amounts.max(axis=0)
    out["amount_ratio"] = np.where(np.isfinite(ratio), ratio, 0.0)
    out["amount_a"], out["amount_b"] = amounts[0], amounts[1]
    for what, col in (("network", "network_code"), ("revier", "revier_code"), ("land", "land_code")):
        known = a[col].notna().to_numpy() & b[col].notna().to_numpy()
        out[f"cross_{what}"] = known & (a[col].to_numpy(dtype=object) != b[col].to_numpy(dtype=object))
    out["shared_terms"], out["shared_count"] = shared_terms(a_words, b_words, word_df=word_df)
    out["specific_count"] = specific_counts(a_words, b_words, word_df, n_texts)
    out["title_specific"] = specific_counts(a_words, b_words, word_df, n_texts, column="rare_subject")
    return out


# the columns of prepared records that a pair's signals take from its two sides (the word ids
# are read from the records directly, see shared_terms)
_PAIR_SIDE = ["key", "title_distinct", "sponsor_key", "sponsor_form", "sponsor_projects", "place_key",
              "plain_place", "plain_text", "district_code", "focus_area_code", "mission_code",
              "start_date", "end_date", "amount_eur", "network_code", "revier_code", "land_code"]


def _as_objects(records: pd.DataFrame) -> pd.DataFrame:
    """Text columns as Python objects: taking ~100k rows of Arrow strings per column costs more
    than converting once (bench: pair signals at 10k projects 2,0 s -> 1,3 s)."""
    text = [c for c in records.columns if pd.api.types.is_string_dtype(records[c].dtype)
            and records[c].dtype != object]
    return records.astype(dict.fromkeys(text, object)) if text else records


def _distinctive(titles: pd.Series, frequent) -> list[str]:
    out = []
    for title in titles:
        kept = " ".join(w for w in title.split() if not frequent(w))
        out.append(kept or title)
    return out


def places_named(a: pd.DataFrame, b: pd.DataFrame) -> np.ndarray:
    """Per pair: does one text name the other's municipality ("… für den Elektrolyseur Böhlen"
    in a project in Zwenkau)?"""
    return np.fromiter((bool(pb and pb in ta) or bool(pa and pa in tb)
                        for pa, ta, pb, tb in zip(a["plain_place"].tolist(), a["plain_text"].tolist(),
                                                  b["plain_place"].tolist(), b["plain_text"].tolist(),
                                                  strict=True)),
                       dtype=bool, count=len(a))


def shared_terms(a: dict, b: dict, *, limit: int = 3, word_df: dict[str, int] | None = None
                 ) -> tuple[list[tuple[str, ...]], np.ndarray]:
    """Per pair, from the word matrices of its two sides (row k = pair k; "rare_text",
    "rare_title", "place_words", "named_words", see with_rare): the (up to `limit`) rarest
    words both texts have written, as first written ("Elektrolyseur", "Böhlen"), and how many
    rare words the two titles share that are not the name of either's municipality (the
    subject: "Elektrolyseur")."""
    df = word_df or {}
    both = words.shared(a["rare_text"], b["rare_text"])
    # shown are words both texts have written (decided per pair, not by what this process has
    # read before: "Rufbus" of "On-Demand-Rufbus" in both is counted, not shown)
    named = ((a["named_words"] + b["named_words"]) > 0).astype(np.int8)
    shown = (both - both.multiply(named)).tocsr()
    shown.eliminate_zeros()
    terms = words.first(shown, limit, lambda w: (df.get(w, 0), -len(w), w))
    titles = words.shared(a["rare_title"], b["rare_title"])
    places = a["place_words"] + b["place_words"]
    counts = np.diff(titles.indptr) - np.diff(titles.multiply(places).tocsr().indptr)
    return terms, counts.astype(np.int64)


def specific_counts(a: dict, b: dict, word_df: dict[str, int] | None, n_texts: int, *,
                    column: str = "rare_text") -> np.ndarray:
    """Per pair: the words both texts contain that few texts of the whole database use
    (document frequency <= specific_df(n_texts)), not a municipality of either: a rare
    technology, site or target group in common ("Klärschlamm", "Soldatenfliege")."""
    df = word_df or {}
    both = words.shared(a[column], b[column])
    if not both.nnz:
        return np.zeros(both.shape[0], dtype=np.int64)
    places = ((a["place_words"] + b["place_words"]) > 0).astype(np.int8)
    both = (both - both.multiply(places)).tocsr()
    both.eliminate_zeros()
    seen = np.unique(both.indices)
    limit = specific_df(n_texts)
    rare = np.zeros(words.width(), dtype=bool)
    rare[seen] = [0 < df.get(words.lower(i), 0) <= limit for i in seen.tolist()]
    hits = rare[both.indices].astype(np.int64)
    per_pair = sp.csr_matrix((hits, both.indices, both.indptr), shape=both.shape)
    return np.asarray(per_pair.sum(axis=1)).ravel().astype(np.int64)


def specific_df(n_texts: int) -> int:
    """Texts a word may occur in and still be specific: 3, or 1 in 1.000 texts."""
    return max(3, int(np.ceil(0.001 * n_texts)))


ALIKE_COSINE = 0.45  # a text this close to another sponsor's makes the two "gleichartig"


def alike_titles(pairs: pd.DataFrame, *, min_title: float = 0.9) -> pd.DataFrame:
    """Pairs of other sponsors with (almost) equal titles or close texts and no place in
    common: what same_title_counts counts."""
    close = pairs["title_sim"] >= min_title
    if "cosine" in pairs:
        close = close | (pairs["cosine"] >= ALIKE_COSINE)
    placed = pairs["same_place"] | pairs["place_named"] if "place_named" in pairs else False
    return pairs[close & ~placed & ~pairs["sponsor_same"] & ~pairs["sponsor_similar"]]


def same_title_counts(pairs: pd.DataFrame, *, min_title: float = 0.9) -> pd.Series:
    """Per record key: how many partners of other sponsors carry an (almost) equal title. A
    title many sponsors use is a standard measure (a trade-fair stand, an award), not an overlap."""
    alike = alike_titles(pairs, min_title=min_title)
    return pd.concat([alike["a"], alike["b"]]).value_counts()
