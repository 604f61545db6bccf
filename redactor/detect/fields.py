"""Values of labelled address, date-of-birth and personal-number fields ("Adres: ...", "Personeelsnummer: ...")."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redactor.detect.base import COLUMN_GAP, result
from redactor.rulepack import RulePack

_CELL = re.compile(r"[^\s|](?:[^\s|]| (?![ |]))*")  # a cell's text: up to two spaces in a row or a bar between cells


class FieldValueDetector(EntityRecognizer):
    """The value after a field label the rule pack lists for ADDRESS, DATE_OF_BIRTH or ID_DOCUMENT."""

    def __init__(self, pack: RulePack, language: str = "nl") -> None:
        self._fields = [
            (fr.entity, re.compile(
                r"(?im)^[ \t]*(?P<label>" + "|".join(re.escape(lbl) for lbl in fr.labels) + r")(?:[ \t]+\d{1,2})?[ \t]*:[ \t]*"
                r"(?P<value>[^\n]*?\S)[ \t]*(?=[ \t]{3,}|\n|$)"))
            for fr in pack.people.fields if fr.entity != "PERSON"
        ]
        # a personal number also stands in running text ("mijn V-nummer is 2837465190"), the line may wrap before it
        self._fields += [
            (fr.entity, re.compile(
                r"(?i)(?<![\w-])(?P<label>" + "|".join(re.escape(lbl) for lbl in fr.labels) + r")"
                # the value may wrap to the next line, and come in groups ("C-file number\n28 417 993")
                r"(?:[ \t]+(?:is|was|nr\.?|number|nummer))?[ \t]*:?[ \t]*\n?[ \t]*"
                r"(?P<value>\d{2,4}(?: \d{2,4}){1,3}|[A-Z]{0,3}-?\d[\d./-]{2,18}\d)(?![\w-])"))
            for fr in pack.people.fields if fr.entity == "ID_DOCUMENT"
        ]
        # a table column headed by a date-of-birth label ("Naam   Geb.datum   Kamer"): the dates under it
        dob = [lbl for fr in pack.people.fields if fr.entity == "DATE_OF_BIRTH" for lbl in fr.labels]
        # also with bars between the cells ("| Geb.datum  |")
        self._dob_column = re.compile(r"(?im)(?:^|(?<=[ \t]{2})|(?<=\t)|(?<=\| )|(?<=\|))(?:" + "|".join(map(re.escape, dob)) + r")"
                                      # not a label padded out to its colon ("Geboren        : 14-02-1993"): a field
                                      r"(?=(?:[ \t]{2,}|\t)(?![ \t]*:)|[ \t]*\||[ \t]*$)") if dob else None
        entities = sorted({entity for entity, _ in self._fields}) or ["ADDRESS"]
        super().__init__(supported_entities=entities, name="FieldValueDetector", supported_language=language)

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        found = []
        seen: set[tuple[int, int]] = set()
        for entity, regex in self._fields:
            for m in regex.finditer(text):
                value = m.group("value")
                if m.span("value") in seen:
                    continue
                seen.add(m.span("value"))
                if entity in ("DATE_OF_BIRTH", "ID_DOCUMENT") and not re.search(r"\d", value):
                    continue
                found.append(result(self, entity, m.start("value"), m.end("value"), 0.85,
                                    interest="personal_privacy", rule="field",
                                    reason="field", args={"label": m.group("label")}))
        return found + self._dob_cells(text)

    def _dob_cells(self, text: str) -> list[RecognizerResult]:
        """The dates in the column under a date-of-birth header, down to the first empty line."""
        found = []
        for m in self._dob_column.finditer(text) if self._dob_column else ():
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not COLUMN_GAP.search(text, line_start, _eol(text, m.start())) and "|" not in text[line_start:m.start()]:
                continue  # one label on a line is a field, not a table
            col, pos = m.start() - line_start, _eol(text, m.start()) + 1
            while pos < len(text) and text[pos:_eol(text, pos)].strip():
                eol = _eol(text, pos)
                cell = _CELL.match(text, pos + col, eol) if pos + col < eol and (col == 0 or text[pos + col - 1] in " \t") else None
                if cell and re.search(r"\d", cell.group()):
                    found.append(result(self, "DATE_OF_BIRTH", cell.start(), cell.end(), 0.8, interest="personal_privacy",
                                        rule="field-column", reason="field", args={"label": m.group()}))
                pos = eol + 1
        return found


def _eol(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
