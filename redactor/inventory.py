"""The inventory list (inventarislijst) and the redaction log, rendered from stored rows."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from redactor.grounds import GroundSet

_HEADERS = {
    "nl": ["Nr.", "Document", "Omschrijving", "Datum", "Beoordeling", "Beoordelingsgrond", "Aantal lakkingen",
           "Toelichting"],
    "en": ["No.", "Document", "Description", "Date", "Assessment", "Grounds", "Redactions", "Remarks"],
}
# Shown when the dossier has e-mail families, threads or duplicates (the ZyLAB-style columns).
_RELATED = {"nl": ["Family ID", "E-mail thread ID", "Dubbel van", "Bestandstype"],
            "en": ["Family ID", "Email thread ID", "Duplicate of", "File type"]}


@dataclass
class InventoryRow:
    """One document of the dossier as the requester will see it."""

    number: int
    name: str
    title: str
    date: str
    judgement: str
    grounds: list[str]
    redactions: int
    remark: str = ""
    reviewers: list[str] = field(default_factory=list)  # internal only: never in the published list
    approver: str = ""
    family: str = ""  # number of the message heading the e-mail family (message + attachments)
    thread: str = ""  # number of the thread's longest message
    duplicate_of: str = ""  # number of the document where this content was assessed
    file_type: str = ""  # pdf, email, office, scan, image, text
    internal_name: str = ""  # the file's own name when ``name`` hides a redacted word (redactor.public_names)

    def cells(self, related: bool = False) -> list[object]:
        cells = [self.number, self.name, self.title, self.date, self.judgement, "; ".join(self.grounds),
                 self.redactions, self.remark]
        return cells + [self.family, self.thread, self.duplicate_of, self.file_type] if related else cells


@dataclass
class LogEntry:
    """One applied box, for the redaction log (never the redacted text itself)."""

    document: str
    page: int
    rect: list[float]
    ground: str
    entity: str
    source: str
    decision: str
    reviewer: str
    decided_at: str = ""
    rule: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def language_of(ground_set: GroundSet) -> str:
    return "nl" if ground_set.jurisdiction.upper() == "NL" else "en"


def duplicate_remark(number: int | str, lang: str) -> str:
    """The inventory's remark on a copy: where its content was assessed ("dubbel" with a reference)."""
    return f"inhoud is beoordeeld in document {number}" if lang == "nl" else f"content assessed in document {number}"


def not_processed(lang: str) -> str:
    """The inventory's judgement for a document that was not published in this export."""
    return "niet verwerkt" if lang == "nl" else "not processed"


def withheld_remark(lang: str, open_suggestions: int = 0) -> str:
    """Why a document is left out of this export, in the inventory's language: it is a public list, so the
    remark says what is still to be done in the review, never which command to run."""
    if open_suggestions:
        return (f"beoordeling loopt nog: {open_suggestions} voorstel(len) niet beoordeeld" if lang == "nl"
                else f"review in progress: {open_suggestions} suggestion(s) not yet reviewed")
    return ("wacht op goedkeuring door een tweede beoordelaar" if lang == "nl"
            else "awaiting approval by a second reviewer")


def sort_grounds(codes: set[str], ground_set: GroundSet) -> list[str]:
    """Codes in catalogue order, so '5.1.1e' comes before '5.1.2e'."""
    order = {g.code: i for i, g in enumerate(ground_set.grounds)}
    return sorted(codes, key=lambda c: (order.get(c, len(order)), c))


_INTERNAL = {"nl": ["Beoordeeld door", "Goedgekeurd door (vier ogen)"], "en": ["Reviewed by", "Approved by (four eyes)"]}


def write_inventory(rows: list[InventoryRow], out_dir: Path, ground_set: GroundSet,
                    stem: str = "inventarislijst") -> list[Path]:
    """Write the published inventory (XLSX, CSV) and an internal one that also names the reviewers.

    Reviewers are civil servants: their names stay out of the list that is published.
    """
    headers, table = public_table(rows, ground_set)
    paths = _write_table(headers, table, out_dir, stem, ground_set)
    related = len(headers) > len(_HEADERS["nl"])
    internal = [[*r.cells(related), ", ".join(r.reviewers), r.approver] for r in rows]
    for cells, r in zip(internal, rows):
        if r.internal_name:
            cells[1] = r.internal_name  # the team needs to find the file; the published list must not name it
    paths += _write_table(headers + _INTERNAL[language_of(ground_set)], internal, out_dir, f"{stem}-intern",
                          ground_set)
    return paths


def public_table(rows: list[InventoryRow], ground_set: GroundSet) -> tuple[list[str], list[list[object]]]:
    """Headers and cells of the published inventory: the columns every published form shows, no reviewers."""
    lang = language_of(ground_set)
    related = any(r.family or r.thread or r.duplicate_of for r in rows)
    return _HEADERS[lang] + (_RELATED[lang] if related else []), [r.cells(related) for r in rows]


def _write_table(headers: list[str], table: list[list[object]], out_dir: Path, stem: str,
                 ground_set: GroundSet, sheet_title: str | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path, xlsx_path = out_dir / f"{stem}.csv", out_dir / f"{stem}.xlsx"
    with csv_path.open("w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel opens it as UTF-8
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(headers)
        writer.writerows(table)
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title or ("Inventaris" if language_of(ground_set) == "nl" else "Inventory")
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cells in table:
        sheet.append(cells)
    internal = {h for names in _INTERNAL.values() for h in names}
    for i, header in enumerate(headers):
        width = (6, 38, 40, 12, 16, 22, 10, 50)[i] if i < 8 else (30 if header in internal else 12)
        sheet.column_dimensions[get_column_letter(i + 1)].width = width
    sheet.freeze_panes = "A2"
    book.properties.creator = "woo-redactor"
    book.save(xlsx_path)
    return [xlsx_path, csv_path]


_GROUND_HEADERS = {
    "nl": ["Grond", "Artikel", "Omschrijving", "Soort", "Documenten", "Aantal lakkingen"],
    "en": ["Ground", "Article", "Description", "Kind", "Documents", "Redactions"],
}
_KINDS = {"nl": {"absolute": "absoluut", "relative": "relatief (belangenafweging)", "temporary": "tijdelijk"},
          "en": {"absolute": "absolute", "relative": "relative (balancing of interests)", "temporary": "temporary"}}
GROUNDS_SUMMARY = {"nl": "weigeringsgronden", "en": "grounds-applied"}


def write_grounds_summary(rows: list[InventoryRow], redactions: dict[str, int], out_dir: Path,
                          ground_set: GroundSet) -> list[Path]:
    """Every ground applied in the dossier with its article, kind and the documents it was applied in:
    the outline of the decision's motivation, ground by ground (a relative ground needs its
    balancing of interests written out). ``redactions`` counts them per ground, as the inventory
    does per document; a document withheld as a whole under a ground adds none."""
    lang = language_of(ground_set)
    documents: dict[str, list[int]] = {}
    for row in rows:
        for code in row.grounds:
            documents.setdefault(code, []).append(row.number)
    table = []
    for code in sort_grounds(set(documents) | set(redactions), ground_set):
        try:
            ground = ground_set.get(code)
            article, label, kind = ground.article, ground.label(lang), _KINDS[lang].get(ground.kind, ground.kind)
        except KeyError:  # a code the reviewer typed that the ground set does not list
            article = label = kind = ""
        table.append([code, article, label, kind, ", ".join(map(str, sorted(documents.get(code, [])))),
                      redactions.get(code, 0)])
    return _write_table(_GROUND_HEADERS[lang], table, out_dir, GROUNDS_SUMMARY[lang], ground_set,
                        "Weigeringsgronden" if lang == "nl" else "Grounds")


def write_log(entries: list[LogEntry], out_dir: Path, ground_set: GroundSet, name: str = "redaction-log.json") -> Path:
    path = out_dir / name
    # One box a line: as readable as an indented file, and a tenth of the time for 100,000 boxes.
    lines = ",\n".join(json.dumps(vars(e), ensure_ascii=False) for e in entries)
    path.write_text(f'{{"ground_set": {json.dumps(ground_set.id)}, "redactions": [\n{lines}\n]}}\n',
                    encoding="utf-8")
    return path
