"""A corpus of messy and hostile project lists, written by the tests themselves (openpyxl,
xlsxwriter, raw zip surgery, msoffcrypto, LibreOffice for .ods/.xls). Built once per session."""

from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from openpyxl import Workbook

from dashboard.ingest.fields import PROJECT_FIELDS

MILESTONES = ("Datum Projektidee", "Datum Fachnetzwerk", "Antrag eingereicht am", "Bewilligt am")
HEADERS = [f.header for f in PROJECT_FIELDS] + list(MILESTONES)

# five good rows as a manager would type them (names, not codes)
GOOD_ROWS: list[dict[str, Any]] = [
    {"Projekt-ID": "P-001", "Projekttitel": "Wasserstofftankstelle Hoyerswerda",
     "Kurzbeschreibung": "Tankstelle für Busse", "Projektträger": "Stadt Hoyerswerda",
     "Trägerart": "Kommune", "Revier": "Lausitzer Revier", "Landkreis": "Landkreis Bautzen",
     "Gemeinde": "Hoyerswerda", "Zukunftsmission": "Wasserstoffmodellregion Sachsen",
     "Weitere Missionen": "Mobilität von morgen", "Entwicklungsschwerpunkt": "Mobilität",
     "Fachkräftesicherung": "Hauptziel", "Kinder und Jugendliche": "nicht adressiert",
     "Gleichstellung": "signifikant", "Demografischer Wandel": "nicht adressiert",
     "Prüfstufe": "Antrag eingereicht", "Status": "aktiv", "Förderprogramm": "RL InvKG",
     "Gesamtkosten (€)": 1250000.0, "Beantragte Förderung (€)": 1000000.0,
     "Bewilligte Förderung (€)": None, "Betragsabweichung begründet": "nein",
     "Geplante Arbeitsplätze": 12, "Projektbeginn": date(2026, 1, 1), "Projektende": date(2027, 12, 31),
     "Ansprechpartner": "Frau Muster", "Bemerkungen": None, "Stand": date(2026, 10, 1),
     "Datum Projektidee": date(2025, 3, 1), "Datum Fachnetzwerk": date(2025, 4, 15),
     "Antrag eingereicht am": date(2025, 9, 1), "Bewilligt am": None},
]
for n, (title, revier, district, focus, stage, status, cost) in enumerate([
    ("Radweg Spreewald", "Lausitzer Revier", "Dahme-Spreewald", "Tourismus und lebenswerte Regionen",
     "Fachnetzwerk", "aktiv", 300000.0),
    ("Rechenzentrum Leipzig Nord", "Mitteldeutsches Revier", "Landkreis Nordsachsen", "IT",
     "Bewilligt", "aktiv", 8000000.0),
    ("Biogasanlage Zeitz", "Mitteldeutsches Revier", "Burgenlandkreis",
     "Kreislaufwirtschaft und Bioökonomie", "Projektidee", "zurückgestellt", 450000.0),
    ("Klinikverbund Lausitz", "Lausitzer Revier", "Landkreis Görlitz", "Gesundheitsmodellregion",
     "Fachgruppe Förderung", "abgelehnt", 2000000.0),
], start=2):
    GOOD_ROWS.append({**{h: None for h in HEADERS}, "Projekt-ID": f"P-00{n}", "Projekttitel": title,
                      "Revier": revier, "Landkreis": district, "Entwicklungsschwerpunkt": focus,
                      "Prüfstufe": stage, "Status": status, "Gesamtkosten (€)": cost,
                      "Fachkräftesicherung": "nicht adressiert", "Kinder und Jugendliche": "signifikant",
                      "Gleichstellung": "nicht adressiert", "Demografischer Wandel": "Hauptziel",
                      "Betragsabweichung begründet": "nein", "Datum Projektidee": date(2024, n, 10)})

CODES = [  # expected (revier, district, focus, stage, status) codes of the good rows
    ("LR", "14625", "F1", "ANTRAG", "aktiv"), ("LR", "12061", "F6", "FN", "aktiv"),
    ("MR", "14730", "F2", "BEW", "aktiv"), ("MR", "15084", "F3", "IDEE", "zurueckgestellt"),
    ("LR", "14626", "F5", "FG_FOE", "abgelehnt"),
]


def rows_with(changes: dict[tuple[int, str], Any] | None = None) -> list[list[Any]]:
    """The good rows as lists in HEADERS order, with some cells replaced: {(row index, header): value}."""
    table = [[r.get(h) for h in HEADERS] for r in GOOD_ROWS]
    for (i, header), value in (changes or {}).items():
        table[i][HEADERS.index(header)] = value
    return table


def openpyxl_book(sheets: list[tuple[str, list[list[Any]]]], hidden: tuple[str, ...] = (),
                  merges: dict[str, list[str]] | None = None) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
        if name in hidden:
            ws.sheet_state = "hidden"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def good_xlsx(changes: dict[tuple[int, str], Any] | None = None, headers: list[str] | None = None) -> bytes:
    return openpyxl_book([("Projekte", [headers or HEADERS, *rows_with(changes)])])


def _xlsxwriter_good() -> bytes:
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True})
    ws = wb.add_worksheet("Projekte")
    date_fmt = wb.add_format({"num_format": "dd.mm.yyyy"})
    money = wb.add_format({"num_format": "#,##0.00 €"})
    ws.write_row(0, 0, HEADERS)
    for r, row in enumerate(rows_with(), start=1):
        for c, value in enumerate(row):
            if isinstance(value, date):
                ws.write_datetime(r, c, datetime(value.year, value.month, value.day), date_fmt)
            elif isinstance(value, float):
                ws.write_number(r, c, value, money)
            elif value is not None:
                ws.write(r, c, value)
    # the title of row 2 is a formula with a cached value: the value is read, never the formula
    ws.write_formula(1, 1, '="Wasserstofftankstelle "&"Hoyerswerda"', None, "Wasserstofftankstelle Hoyerswerda")
    ws.write_formula(1, HEADERS.index("Gesamtkosten (€)"), "=1000000+250000", money, 1250000)
    wb.close()
    return buffer.getvalue()


def _zip_replace(data: bytes, replace: dict[str, bytes], extra: dict[str, bytes] | None = None,
                 compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as target:
        for item in source.infolist():
            target.writestr(item.filename, replace.get(item.filename, source.read(item.filename)))
        for name, content in (extra or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def _million_empty_rows() -> bytes:
    """Header, three rows, then a million formatted but empty rows (as Excel leaves them)."""
    base = openpyxl_book([("Projekte", [["Projekttitel", "Revier", "Entwicklungsschwerpunkt"],
                                        ["A", "LR", "F1"], ["B", "MR", "F2"], ["C", "LR", "F3"]])])
    sheet = zipfile.ZipFile(io.BytesIO(base)).read("xl/worksheets/sheet1.xml").decode()
    empty = "".join(f'<row r="{r}" s="1" customFormat="1"/>' for r in range(5, 1_000_005))
    sheet = sheet.replace("</sheetData>", empty + "</sheetData>").replace('ref="A1:C4"', 'ref="A1:T1000004"')
    return _zip_replace(base, {"xl/worksheets/sheet1.xml": sheet.encode()})


def _declared_bomb(data: bytes) -> bytes:
    """Central directory claims every part unpacks to 300 MB (sizes patched, content unchanged)."""
    out = bytearray(data)
    pos = out.find(b"PK\x01\x02")
    while pos != -1:
        out[pos + 24: pos + 28] = struct.pack("<I", 300 * 1024 * 1024)
        pos = out.find(b"PK\x01\x02", pos + 4)
    return bytes(out)


def _encrypted(data: bytes) -> bytes:
    from msoffcrypto.format import ooxml

    out = io.BytesIO()
    ooxml.OOXMLFile(io.BytesIO(data)).encrypt("geheim", out)
    return out.getvalue()


def _csv(rows: list[list[Any]], sep: str, encoding: str) -> bytes:
    def cell(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, date):
            return v.strftime("%d.%m.%Y")
        if isinstance(v, float):
            return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") if sep == ";" else f"{v:.2f}"
        text = str(v)
        return f'"{text}"' if sep in text or '"' in text else text
    return ("\r\n".join(sep.join(cell(v) for v in row) for row in rows) + "\r\n").encode(encoding)


def build(folder: Path) -> dict[str, Path]:
    """Write every corpus file into folder; name -> path (LibreOffice files only if soffice exists)."""
    files: dict[str, bytes] = {}
    good = good_xlsx()
    files["good.xlsx"] = good
    files["good.xlsm"] = good
    files["good_xlsxwriter.xlsx"] = _xlsxwriter_good()
    files["title_rows.xlsx"] = openpyxl_book(
        [("Projekte", [["Projektliste Strukturwandel – Stand Oktober 2026"], ["Vertraulich"], [],
                       [], HEADERS, *rows_with()])], merges={"Projekte": ["A1:H1"]})
    files["blank_rows_cols.xlsx"] = openpyxl_book([("Projekte", [
        ["Projekttitel", None, "Revier", None, "Entwicklungsschwerpunkt"],
        ["A", None, "LR", None, "F1"], [], [], ["B", None, "MR", None, "F2"], [None] * 5,
        ["C", None, "LR", None, "F3"]])])
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekte"
    for r, row in enumerate([["Projekttitel", "Revier", "Entwicklungsschwerpunkt", "Zukunftsmission"],
                             ["A", "LR", "F1", "Wasserstoff"], ["B", "MR", "F2", "M02"]], start=4):
        for c, v in enumerate(row, start=3):
            ws.cell(row=r, column=c, value=v)
    buffer = io.BytesIO()
    wb.save(buffer)
    files["offset.xlsx"] = buffer.getvalue()
    files["synonyms.xlsx"] = openpyxl_book([("Projekte", [
        ["VORHABEN", "Antragsteller", "revier", "Handlungs-\nfeld", "Foerderprogramm", "Projekt Träger"
         .replace(" ", ""), "Mission", "Stufe", "Laufzeit bis"],
        ["A", "Stadt X", "Lausitz", "Mobilitaet", "JTF", "ignored", "2", "FG Förderung", "31.12.25"]])])
    files["units.xlsx"] = openpyxl_book([("Projekte", [
        ["Projekttitel", "Revier", "Schwerpunkt", "Förderung in T€", "Gesamtkosten (Mio. €)", "Bewilligt [€]"],
        ["A", "LR", "F1", 85, 1.25, 85000], ["B", "LR", "F1", "85 T€", "1.250.000,00 €", "1.000"]])])
    files["amounts_text.xlsx"] = openpyxl_book([("Projekte", [
        ["Projekttitel", "Revier", "Schwerpunkt", "Gesamtkosten (€)"],
        *[[f"P{i}", "LR", "F1", v] for i, v in enumerate(
            ["1.250.000,00 €", "1,25 Mio. €", "1250000", "85 T€", 1250000, "1.250.000", "1250000,5",
             ["EUR", "12,50"][1], "-", "1,250,000.00"])]])])
    files["dates_mixed.xlsx"] = openpyxl_book([("Projekte", [
        ["Projekttitel", "Revier", "Schwerpunkt", "Projektbeginn"],
        *[[f"P{i}", "LR", "F1", v] for i, v in enumerate(
            ["31.12.2025", "31.12.25", "2025-12-31", 46022, datetime(2025, 12, 31), date(2025, 12, 31),
             "1.1.2026", "31/12/2025"])]])])
    files["bools_markers.xlsx"] = openpyxl_book([("Projekte", [
        ["Projekttitel", "Revier", "Schwerpunkt", "Betragsabweichung begründet", "Gleichstellung"],
        *[[f"P{i}", "LR", "F1", b, m] for i, (b, m) in enumerate(
            [("ja", 0), ("nein", 1), ("x", 2), ("✓", "nein"), (1, "ja"), (0, "Schwerpunkt"),
             ("JA", "Hauptziel"), (None, "signifikant")])]])])
    files["refs.xlsx"] = openpyxl_book([("Projekte", [
        ["Projekttitel", "Revier", "Landkreis", "Schwerpunkt", "Zukunftsmission", "Prüfstufe",
         "Förderprogramm", "Weitere Missionen"],
        ["A", "Lausitz", "LK Görlitz", "Mobilität", "M02", "FG Förderung", "RL InvKG", "M01, Mobilität"],
        ["B", "MDR", "Burgenlandkreis", "it", "2", "FG_RE", "STARK", None],
        ["C", "LR", "Görlitz", "F4", "Wasserstoff", "Antrag", "JTF", "M09; M10"],
        ["D", "Lausitzer Revier", "14625", "Energiemodellregion", "Energie", "bewilligt", "Kredit", None]])])
    files["errors_many.xlsx"] = good_xlsx({
        (0, "Zukunftsmission"): "Raumfahrt", (1, "Landkreis"): "Leipzig", (2, "Projektbeginn"): "32.01.2026",
        (3, "Gesamtkosten (€)"): "viel Geld", (4, "Status"): "zurueckgstellt",
        (4, "Fachkräftesicherung"): "vielleicht", (2, "Geplante Arbeitsplätze"): "12,5",
        (1, "Beantragte Förderung (€)"): -5})
    files["totals_notes.xlsx"] = openpyxl_book([("Projekte", [
        ["Projekttitel", "Revier", "Schwerpunkt", "Gesamtkosten (€)"],
        ["A", "LR", "F1", 100], ["Gesamtkonzept Mobilität", "LR", "F1", 200], ["Summe", None, None, 300],
        ["Gesamt:", None, None, 300], [], ["* Angaben ohne Gewähr"], [None, "Quelle: eigene Erhebung"]])])
    files["hidden_sheet.xlsx"] = openpyxl_book(
        [("Alt", [HEADERS, *rows_with()]), ("Neu", [["Projekttitel", "Revier", "Schwerpunkt"], ["X", "LR", "F1"]])],
        hidden=("Alt",))
    files["cover_sheet.xlsx"] = openpyxl_book([
        ("Deckblatt", [["Projektliste"], ["Erstellt von Netzwerkmanagement"]]),
        ("Projekte", [HEADERS, *rows_with()]),
        ("Archiv", [["Projekttitel", "Revier", "Schwerpunkt"], ["Alt 1", "MR", "F2"], ["Alt 2", "MR", "F3"]])])
    files["milestones.xlsx"] = openpyxl_book([("Projekte", [
        ["Projekttitel", "Revier", "Schwerpunkt", "Datum Fachnetzwerk", "Datum FG Förderung",
         "Antrag eingereicht am", "Bewilligt am", "Ausgeschieden am"],
        ["A", "LR", "F1", "01.02.2025", "15.03.2025", "2025-06-01", date(2025, 9, 30), None]])])
    files["two_level_header.xlsx"] = openpyxl_book([("Projekte", [
        ["Projekttitel", "Revier", "Schwerpunkt", "Förderung (T€)", None, "Notiz"],
        [None, None, None, "beantragt", "bewilligt", None],
        ["A", "LR", "F1", 100, 80, "x"], ["B", "MR", "F2", 50, None, None]])],
        merges={"Projekte": ["D1:E1"]})
    files["unknown_dup_cols.xlsx"] = openpyxl_book([("Projekte", [
        ["Lfd. Nr.", "Projekttitel", "Revier", "Schwerpunkt", "Vorhaben", "Interne Notiz"],
        [1, "A", "LR", "F1", "A2", "geheim"]])])
    files["missing_required.xlsx"] = openpyxl_book([("Projekte", [
        ["Projekttitel", "Landkreis", "Schwerpunkt"], ["A", "Görlitz", "F1"]])])
    files["header_only.xlsx"] = openpyxl_book([("Projekte", [HEADERS])])
    files["million_empty_rows.xlsx"] = _million_empty_rows()
    buffer = io.BytesIO()
    wb2 = xlsxwriter.Workbook(buffer, {"in_memory": True})
    ws2 = wb2.add_worksheet("Projekte")
    ws2.write_row(0, 0, ["Projekttitel", "Revier", "Schwerpunkt"])
    ws2.write_row(1, 0, ["A", "LR", "F1"])
    ws2.write_row(1500, 0, ["Verirrt", "LR", "F1"])
    ws2.write_blank(1500, 5, None, wb2.add_format({"bold": True}))
    wb2.close()
    files["far_away_row.xlsx"] = buffer.getvalue()
    # CSV
    files["semicolon.csv"] = _csv([HEADERS, *rows_with()], ";", "utf-8")
    files["comma_bom.csv"] = _csv([HEADERS, *rows_with()], ",", "utf-8-sig")
    files["cp1252.csv"] = _csv([HEADERS, *rows_with()], ";", "cp1252")
    files["excel_error.csv"] = _csv([["Projekttitel", "Revier", "Schwerpunkt", "Gesamtkosten (€)"],
                                     ["A", "LR", "F1", "#DIV/0!"], ["B", "LR", "F1", "#NV"]], ";", "utf-8")
    # hostile
    files["not_excel.xlsx"] = b"Dies ist eine Textdatei und keine Arbeitsmappe.\n"
    files["pdf_renamed.xlsx"] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
    files["truncated.xlsx"] = good[: len(good) // 2]
    files["corrupt_zip.xlsx"] = b"PK\x03\x04" + os.urandom(2000)
    files["encrypted.xlsx"] = _encrypted(good)
    files["empty_workbook.xlsx"] = openpyxl_book([("Tabelle1", [])])
    files["no_header.xlsx"] = openpyxl_book([("Tabelle1", [["Einkaufsliste"], ["Milch", 2], ["Brot", 1]])])
    files["docx_renamed.xlsx"] = _zip_replace(openpyxl_book([("A", [["x"]])]), {}, {"word/document.xml": b"<w/>"}).replace(
        b"xl/workbook.xml", b"xl/workbook.xmX")
    files["bomb_declared.xlsx"] = _declared_bomb(good)
    files["bomb_ratio.xlsx"] = _zip_replace(good, {}, {"xl/media/filler.bin": b"\0" * 20_000_000})
    files["bomb_entries.xlsx"] = _zip_replace(good, {}, {f"xl/media/p{i}.bin": b"" for i in range(10_001)},
                                              zipfile.ZIP_STORED)
    workbook_xml = zipfile.ZipFile(io.BytesIO(good)).read("xl/workbook.xml").decode()
    files["xxe.xlsx"] = _zip_replace(good, {"xl/workbook.xml": (
        '<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + workbook_xml).encode()})
    sheet_xml = zipfile.ZipFile(io.BytesIO(good)).read("xl/worksheets/sheet1.xml").decode()
    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
              + sheet_xml.replace(">P-001<", ">&b;<", 1))
    files["billion_laughs.xlsx"] = _zip_replace(good, {"xl/worksheets/sheet1.xml": laughs.encode()})
    files["big_70mb.xlsx"] = _zip_replace(good, {}, {"xl/media/video.bin": os.urandom(70 * 1024 * 1024)},
                                          zipfile.ZIP_STORED)
    files["binary.csv"] = b"\x00\x01\x02\x03" * 100
    files["empty.csv"] = b""
    files["blank_lines.csv"] = b"\r\n;;\r\n\r\n"
    paths = {}
    for name, content in files.items():
        (folder / name).write_bytes(content)
        paths[name] = folder / name
    paths.update(_libreoffice(folder, paths["good.xlsx"]))
    return paths


def _libreoffice(folder: Path, good: Path) -> dict[str, Path]:
    """good.ods and good.xls via headless LibreOffice; both conversions run at the same time with
    separate profiles (one call per target format is how soffice works)."""
    soffice = shutil.which("soffice")
    if not soffice:
        return {}
    jobs = []
    for fmt in ("ods", "xls"):
        out = folder / fmt
        out.mkdir()
        profile = (folder / f"profile_{fmt}").as_uri()
        jobs.append((fmt, out, subprocess.Popen(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt,
             "--outdir", str(out), str(good)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)))
    result = {}
    for fmt, out, proc in jobs:
        proc.wait(timeout=120)
        if (out / f"good.{fmt}").exists():
            result[f"good.{fmt}"] = out / f"good.{fmt}"
    return result
