"""Lists of operations written by the tests in the published shapes (no published file is in
the repository): the 2021–27 xlsx (title rows, logo, merged cells, bilingual headers with line
breaks, empty first column, fraction rates, Standortindikator, "029" as text) and the 2014–20
csv (numbered headers, transliterations, soft hyphens, "Kofinan-zierungssatz", English or German
amounts, rates 80 / "80%", postcodes without leading zero, quoted line breaks, district
spellings, natural persons)."""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# (postcode, place, district column as the 2014–20 lists write it, Kreisschlüssel, Revier)
PLACES = (
    ("04416", "Markkleeberg", "Leipzig", "14729", "MR"),
    ("04103", "Leipzig", "Leipzig, Kreisfreie Stadt", "14713", "MR"),
    ("04509", "Delitzsch", "Nordsachsen", "14730", "MR"),
    ("06108", "Halle (Saale)", "Halle (Saale), Kreisfreie Stadt", "15002", "MR"),
    ("04600", "Altenburg", "Altenburger Land", "16077", "MR"),
    ("02625", "Bautzen", "Bautzen", "14625", "LR"),
    ("02977", "Hoyerswerda", "Bautzen", "14625", "LR"),
    ("03046", "Cottbus", "Cottbus, Kreisfreie Stadt", "12052", "LR"),
    ("01067", "Dresden", "Dresden, Kreisfreie Stadt", "14612", None),
    ("07743", "Jena", "Jena, Kreisfreie Stadt", "16053", None),
    ("63477", "Maintal", "Main-Kinzig-Kreis", "06435", None),
)
WORDS = ("Wasserstoff", "Elektrolyseur", "Solarpark", "Radweg", "Wärmenetz", "Gründerzentrum",
         "Batteriespeicher", "Kita", "Museum", "Breitband", "Ladeinfrastruktur", "Biogas",
         "Labor", "Weiterbildung", "Quartier", "Sanierung", "Kläranlage", "Innovationscampus")
SPONSORS = ("Stadtwerke {p} GmbH", "Stadt {p}", "{p} Energie AG", "Verein Zukunft {p} e. V.",
            "Technologiezentrum {p} GmbH", "Landkreis {d}")
PERSONS = ("Müller, Hans", "Anna Schmidt", "Jana Berg e.K.")


@dataclass
class Operation:
    beneficiary: str
    title: str
    purpose: str
    start: date
    end: date
    total: float
    rate: float           # share 0..1
    place: tuple          # an entry of PLACES
    street: str = "Am Kreuzstein 85"
    application_no: str = ""
    intervention: str = "029"
    extra: dict = field(default_factory=dict)


def make_operations(n: int, seed: int = 7, *, start_no: int = 1) -> list[Operation]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        w1, w2 = rng.sample(WORDS, 2)
        sponsor = (PERSONS[i % len(PERSONS)] if i % 17 == 5 else
                   rng.choice(SPONSORS).format(p=place[1], d=place[2].split(",")[0]))
        start = date(2022, 1, 1) + timedelta(days=rng.randrange(900))
        out.append(Operation(sponsor, f"{w1} und {w2} in {place[1]} ({i + start_no})",
                             f"Errichtung von {w1} mit {w2}; Vorhaben Nr. {i + start_no}.",
                             start, start + timedelta(days=rng.randrange(200, 1500)),
                             round(rng.uniform(20_000, 9_000_000), 2),
                             rng.choice((0.0959, 0.4, 0.6, 0.8, 0.85)), place,
                             application_no=f"JTF-{100000 + i + start_no}"))
    return out


HEADERS_2127 = (
    "Name des Begünstigten\n\nBeneficiary name", "Bezeichnung des Vorhabens\n\nOperation name",
    "Zweck und Errungenschaften\n\nPurpose and achievements", "Beginn\n\nStart date",
    "(voraussichtlicher) Abschluss\n\nEnd date", "Förderfähige Gesamtkosten\n\nTotal eligible cost",
    "EU-Fonds\n\nFund", "Spezifisches Ziel\n\nSpecific objective",
    "Kofinanzierungssatz\n\nCo-financing rate", "Standortindikator\n\nLocation indicator",
    "Land\n\nCountry", "Interventionsbereich\n\nType of intervention",
    "Förderprogrammgruppe\n\nProgramme group", "Antragsnummer\n\nApplication number")


def write_2127_xlsx(ops: list[Operation], path: Path, *, stand: str = "26.01.2026",
                    merge_first: bool = True) -> Path:
    """The 2021–27 shape: data from column B (A empty), title rows, a logo, a merged title,
    bilingual headers with line breaks, a beneficiary merged over two rows, real dates and
    numbers, rates as fractions, codes as text."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Liste der Vorhaben"
    ws["B2"] = ("Liste der Vorhaben gemäß Artikel 49 (3) der Verordnung (EU) 2021/1060 – "
                f"EFRE/JTF Sachsen 2021–2027, Stand {stand}")
    ws.merge_cells("B2:O2")
    ws["B3"] = "Die Angaben beruhen auf den Meldungen der Begünstigten."
    try:
        from openpyxl.drawing.image import Image

        ws.add_image(Image(str(ROOT / "assets" / "favicon.png")), "M1")
    except ImportError:  # no Pillow: the logo is decoration only
        pass
    for c, h in enumerate(HEADERS_2127, start=2):
        ws.cell(row=5, column=c, value=h)
    for r, op in enumerate(ops, start=6):
        values = (op.beneficiary, op.title, op.purpose, op.start, op.end, op.total, "JTF", "2.1",
                  op.rate, f"{op.place[0]} {op.place[1]} / {op.street}".strip(), "Deutschland",
                  op.intervention, "Transformation", op.application_no)
        for c, v in enumerate(values, start=2):
            cell = ws.cell(row=r, column=c, value=v)
            if c in (9, 13) or c == 15:
                cell.number_format = "@"
    if merge_first and len(ops) >= 2 and ops[0].beneficiary == ops[1].beneficiary:
        ws.cell(row=7, column=2, value=None)
        ws.merge_cells("B6:B7")
    wb.save(path)
    return path


HEADERS_1420 = ("1. Name des Begünstigten", "2. Bezeichnung des Vorhabens",
                "3. Zusammenfassung des Vorhabens", "4. Datum des Beginns", "5. Datum des Endes",
                "6. Gesamtbetrag der förderfähigen Ausgaben", "7. Kofinan-zierungssatz",
                "8. Postleitzahl", "9. Ort", "10. Landkreis", "11. Land",
                "12. Bezeichnung der Interventionskategorie", "16. Vorhabensident")


def _amount(value: float, style: str) -> str:
    text = f"{value:,.2f}"
    if style == "en":
        return text
    return text.replace(",", "X").replace(".", ",").replace("X", ".") + " € "


def write_1420_csv(ops: list[Operation], path: Path, *, amounts: str = "de",
                   rates: str = "mixed", transliterate: bool = False, pdf: bool = True) -> Path:
    """The 2014–20 shape: ';'-separated, numbered headers (transliterated, with soft hyphens
    and doubled spaces when `pdf`), amounts "3,000.00" (en) or "102.691,05 € " (de), rates as
    80 or "80%", postcodes without the leading zero, line breaks inside quoted fields."""
    headers = list(HEADERS_1420)
    if transliterate:
        headers = [h.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae") for h in headers]
    if pdf:
        headers[2] = "3. Zusammen\u00adfassung  des Vorhabens "
        headers[5] = headers[5].replace("förderfähigen", "förder\u00adfähigen") if not transliterate \
            else headers[5]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    for i, op in enumerate(ops):
        rate = round(op.rate * 100, 2)
        rate_text = (f"{rate:g}%" if rates == "percent" or (rates == "mixed" and i % 2)
                     else f"{rate:g}").replace(".", ",")
        title = op.title if i % 13 != 3 else f"2015 TIZ {i:04d}"
        writer.writerow([op.beneficiary, title, op.purpose.replace("; ", ";\n"),
                         op.start.strftime("%d.%m.%Y"), op.end.strftime("%d.%m.%Y"),
                         _amount(op.total, amounts), rate_text,
                         str(int(op.place[0])) if op.place[0] else "",
                         op.place[1], op.place[2], "Deutschland", op.intervention,
                         op.application_no])
    path.write_bytes(buf.getvalue().encode("utf-8"))
    return path


def _official_title(title: str, rng: random.Random) -> str:
    """How a list tends to name the same undertaking: without the monitor's "Konzept:" prefix,
    sometimes with a suffix."""
    bare = title.split(": ", 1)[1] if ": " in title and rng.random() < 0.7 else title
    return bare + (" – 1. Bauabschnitt" if rng.random() < 0.2 else "")


def _official_sponsor(sponsor: str) -> str:
    return sponsor.replace("Stadt ", "Große Kreisstadt ", 1) if sponsor.startswith("Stadt ") else sponsor


def operations_from_projects(projects, seed: int = 3, *, amount_changed: float = 0.25,
                             start_no: int = 500_000) -> list[Operation]:
    """Operations of a list that are projects of the monitor (`projects`: rows with title,
    sponsor, municipality, district_code, total_cost_eur, start_date, end_date): the official
    title and sponsor spelling, the same place, a quarter with another amount."""
    rng = random.Random(seed)
    by_district = {p[3]: p for p in PLACES}
    out = []
    for i, p in enumerate(projects.itertuples(index=False)):
        known = by_district.get(p.district_code)
        place = (known[0] if known else "", p.municipality, known[2] if known else "",
                 p.district_code, known[4] if known else p.revier_code)
        total = 1_000_000.0 if p.total_cost_eur is None or p.total_cost_eur != p.total_cost_eur \
            else float(p.total_cost_eur)  # NaN != NaN
        if rng.random() < amount_changed:
            total = round(total * rng.choice((0.8, 1.15)), 2)
        start = p.start_date if isinstance(p.start_date, date) else date(2023, 1, 1)
        end = p.end_date if isinstance(p.end_date, date) else date(2026, 12, 31)
        out.append(Operation(_official_sponsor(p.sponsor or "Unbekannt"), _official_title(p.title, rng),
                             f"Umsetzung des Vorhabens {p.title}.", start, end, total, 0.6, place,
                             application_no=f"JTF-{start_no + i}", extra={"project_id": p.project_id}))
    return out
