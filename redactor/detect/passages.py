"""Judgement grounds and special personal data: cue words make a passage a suggestion.

A cue fires inside a sentence (or clause, for special personal data); the suggestion
covers that sentence or clause and names the cue, so the reviewer sees why. These
are never more than suggestions: the score stays under the auto-redact threshold.
"""

from __future__ import annotations

import bisect
import functools
import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redactor.detect import months
from redactor.detect.base import COLUMN_GAP, result
from redactor.rulepack import PassageRule

# A sentence ends at . ! ? followed by space and a capital/quote/digit, or at a paragraph break,
# but not after an abbreviation or an initial ("d.d.", "jl.", "J. de Vries").
# A new list item (a bullet or "2." at the start of a line) starts a new sentence too.
# A chat message (a time stamp at a line start) starts a new sentence as well, and so does a labelled
# line ("Onderwerp: ...", "Kanttekening directie IZ: ...") under a header line with no full stop.
_ITEM = (r"\n(?=[ \t]*(?:[-•*–▪·]|\d{1,2}[.)])[ \t])"
         # (the date may leave out the year, as a phone's export does: "04-09 07:55 Van Dijk: ...")
         r"|\n(?=[ \t]*(?:\[[^\]\n]{0,25}?|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+)\d{1,2}:\d{2})"
         # a log's or a list's entry under a clock time and a wide gap ("10:00  R v ...", "09:12  OvD ...")
         r"|\n(?=\d{1,2}[:.]\d{2}(?:[ \t]{2,}|\t))"
         # a row of a form or a table flattened to text ("Maatregel 2 | betrokkene rijdt ...")
         r"|\n(?=[ \t]*[^\n|]{1,60}?[ \t]\|[ \t])"
         r"|\n(?=[ \t]*(?:>+[ \t]*)?[A-Z][\w.'/-]*(?:[ \t]+[\w.'/-]+){0,3}[ \t]*:[ \t])")
# A reviewer's note in brackets on a line of its own ("[Opmerking FIN: graag schrappen.]") is a sentence apart from
# the text around it: it starts a new one, and its closing bracket ends it.
_NOTE = r"|\n(?=[ \t]*\[[A-Z][^\]\n]{0,40}?:)|(?<=[.!?])\](?=[ \t]*\n)"
# A mail's or a note's date field, quoted or not ("> Sent: 09 October 2024 15:40", "Datum: 3 oktober 2024"), is a line
# apart: the sentence before ends at it and the next starts after it (tried before _ITEM, which would only start one).
_HEADER_FIELD = r"\n[ \t]*(?:>+[ \t]*)?(?:Sent|Date|Datum|Verzonden|Verstuurd):[^\n]{1,60}(?=\n)|"
# (a quoted reply's "> " in front of the next sentence is no part of it)
_SENTENCE_END = re.compile(r"[.!?](?=\s+(?:>+[ \t]*)*[\"'“‘(A-Z0-9À-Þ]|\s*$)|\n\s*\n|" + _HEADER_FIELD + _ITEM + _NOTE)
# A main clause after a fronted phrase, its verb before "ik" or "wij" ("Na het gesprek met de bedrijfsarts, bevestig ik
# dat ..."), starts a clause of its own; not a comma before a conjunction that opens a subordinate one.
_INVERSION = (r",(?=\s+(?!(?:zoals|toen|als|omdat|want|dat|wat|waar|die|nu|hoewel|terwijl|tenzij|mits|zodat|voordat|nadat"
              r"|sinds|zodra|doordat|indien|wanneer|of|en|maar|dus|ook|dan)\s)[^\W\d_]+\s+(?:ik|wij|we)\b)")
_CLAUSE_END = re.compile(r"[.!?;:](?=\s|$)|\n\s*\n|,\s+(?:maar|terwijl|omdat|but|while|because)\b|" + _INVERSION + "|"
                         + _ITEM + _NOTE)
# A date before the cue in a clause ("is op 2 januari positief getest") dates the event; the passage starts after it,
# so that the date stays visible: redacting what happened hides it, and a date alone says nothing of one's health.
_MONTHS = months.FULL_PATTERN
_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b|\b(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}\b"
                   r"|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b", re.IGNORECASE)
# A heading on its own line ("Kernpunten", "2. Woningbouw") above the sentence is not part of it.
_BULLET = r"[ \t]*(?:[-•*–▪·]|\d{1,2}(?:\.\d{1,2})*[.)]?)[ \t]+"
# A chat export's speaker line ("[10:05] Yohannes Tesfamariam") heads the message under it.
_CHAT_TIME = r"\[[^\]\n]{0,14}\d{1,2}:\d{2}(?::\d{2})?[^\]\n]{0,10}\][ \t]*"
_CHAT_LINE = re.compile(_CHAT_TIME)
# (a chat's speaker may be an address book's "Verbeek, Annelies (DGWB)", comma and all)
_HEADING = re.compile(rf"(?:{_CHAT_TIME}[^\n.!?;:]{{1,60}}|(?:{_BULLET})?[^\n.!?;:,]{{1,40}})(?<![,;:])\n")
# The time stamp and speaker in front of a chat message ("[09:14] Yvette (BZ/DIE): ", "12-03-2024 09:14 - Ruben: ")
# belong to the export, not to what was said: a suggestion starts after them.
_SPEAKER = re.compile(r"(?:\[[^\]\n]{0,25}?\d{1,2}:\d{2}(?::\d{2})?[^\]\n]{0,10}\]"
                      r"|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*-)?)"
                      r"[ \t]*[^\n:.!?]{1,60}?:[ \t]+")
# A speaker on a line of their own in minutes or a verbatim record ("De heer Van Nispen (SP):", "Dhr. Kok (BZK):")
# heads what they said.
_SPEAKER_LINE = re.compile(r"[^\n:!?]{1,60}\([^()\n]{1,25}\):[ \t]*\n[ \t]*")
# A title line at a paragraph's start that ends in a year or a date, with no sentence's end in it.
_DATED_TITLE = re.compile(r"[ \t]*[A-Z\u00c0-\u00de][^\n.!?;:]{0,100}?(?:\b\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})[ \t]*\n")
# two words or more, no digit or stop; a body in brackets is part of it ("Terugkoppeling bedrijfsarts (Arbo Unie) aan werkgever")
_TITLE = re.compile(r"[A-Z\u00c0-\u00de][^\W\d_]*(?:[ \t]+\(?[^\W\d_][\w'-]*\)?)+")
_LINE_HEAD = re.compile(r"[ \t]*(?:(?:[-•*–▪·]|\d{1,2}(?:\.\d{1,2})*[.)]?)[ \t]*)?")
_CELL_GAP = re.compile(r" {2,}|\t")
_PIPE = re.compile(r"[ \t]*\|[ \t]*")
_PIPE_ROW = re.compile(r"[ \t]*[^\n|]{1,60}?[ \t]\|[ \t]")
_TIME_CODE = re.compile(r"[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[ \t]*")
_STOP_AT_END = re.compile(r"[.!?;:][ \t]*$")
_LEADING_BULLET = re.compile(r"(?:[-•*–▪·]|\d{1,2}[.)]|>+)[ \t]+")  # ">": a quoted line of an e-mail
_FRAME = " \t()[]*-–—•:"  # what may stand around a marking alone on its line
_BRACKETED = re.compile(r"[ \t]*\[[^\]\n]*\][ \t]*")  # "[weggelakt: 11.1]", "[Redacted - s.40]" alone on a line
_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters or more: a word, not a code's letter ("(b)(5)", "5.1.2e")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "A.M. de Wit": the last initial's full stop ends nothing
# a cue that names whose it is ("haar burn-out", "his lithium") speaks of one person, whatever group the clause names
# (not "zijn", as often the verb: "Veel vluchtelingen zijn moslim")
_ONES_OWN = re.compile(r"\b(?:haar|uw|mijn|his|her|your|my)\b", re.IGNORECASE)
# or one person its subject ("he had been treated for opioid addiction and owed money to people in Fresno")
_ONE_BEFORE = re.compile(r"\b(?:he|she|I|hij|ik)\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
_ABBREVIATIONS = {"jl", "d.d", "dd", "nr", "bv", "ca", "zgn", "mr", "dr", "ir", "drs", "stg", "vs", "st", "o.a",
                  "e.g", "i.e", "mrs", "ms", "prof", "dhr", "mw", "mevr", "no", "art", "lid", "blz", "p",
                  # minutes name people by their post ("dir. FEZ", "plv. DG", "vz."), mid-sentence
                  "dir", "plv", "vz", "wnd", "bijv", "evt", "incl", "resp", "t.a.v", "m.b.t", "i.v.m"}


def _ends(pattern: re.Pattern[str], text: str, start: int = 0, stop: int | None = None):
    for m in pattern.finditer(text, start, len(text) if stop is None else stop):
        if m.group() == ".":
            word = re.search(r"([\w.]+)$", text[max(0, m.start() - 12):m.start()])
            prev = word.group(1).lower() if word else ""
            if prev in _ABBREVIATIONS or (len(prev) == 1 and text[m.start() - 1].isupper()) \
                    or _INITIALS.fullmatch(word.group(1) if word else ""):
                continue
        yield m


def sentence_bounds(text: str, start: int, end: int, clause: bool = False) -> tuple[int, int]:
    """The sentence (or clause) around ``start:end``, without surrounding whitespace."""
    pattern = _CLAUSE_END if clause else _SENTENCE_END
    ends = _all_ends(pattern, text)
    i = bisect.bisect_right(ends, start, key=lambda m: m[1])
    left = ends[i - 1][1] if i else 0
    # The text before the cue read on its own may end a sentence where the whole text does not
    # ("... gesprek. in vertrouwen"): look again between the last end and the cue.
    for m in _ends(pattern, text, left, start):
        left = m.end()
    # A line with no word on it before the sentence ("(b)(5)", "5.1.2e", "***"), or a note in brackets alone on its
    # line ("[weggelakt: 11.1]"): the trace an earlier redaction left, or a separator, stands apart from the sentence.
    line_end = text.find("\n", left, start)
    while line_end >= 0 and (not _WORD.search(text, left, line_end) or _BRACKETED.fullmatch(text, left, line_end)):
        clock = _TIME_CODE.fullmatch(text, left, line_end)
        left = line_end + 1
        line_end = text.find("\n", left, start)
        # a transcript's time code heads the speaker's line under it ("0:03:02\nVermeulen, Patrick (Provincie
        # Gelderland)\nPersoonlijk vind ik ..."): what was said starts under both
        if clock and line_end >= 0 and line_end - left <= 80 and not _STOP_AT_END.search(text, left, line_end):
            left = line_end + 1
            line_end = text.find("\n", left, start)
    j = bisect.bisect_left(ends, end, key=lambda m: m[0])
    right = len(text)
    if j < len(ends):
        m_start, m_end, group = ends[j]
        right = m_end if (not clause and not group.startswith("\n")) else m_start
    while left < right and text[left].isspace():
        left += 1
    # a heading is a line of its own (after a number or a bullet at most), not the end of a line after a full stop
    line_head = text[text.rfind("\n", 0, left) + 1:left]
    heading = _HEADING.match(text, left, start) if _LINE_HEAD.fullmatch(line_head) else None
    # (a chat's speaker line heads its message, which often starts in lower case)
    if heading and _is_heading(heading.group()) and (text[heading.end():end].lstrip()[:1].isupper()
                                                     or _CHAT_LINE.match(heading.group()) is not None):
        left = heading.end()
    elif _paragraph_start(text, left):
        # a title that ends in its date ("Verslag beoordeling camerabeelden Stationsplein, 9 augustus 2024") heads
        # the paragraph under it, commas and all
        title = _DATED_TITLE.match(text, left, start)
        if title and len(title.group().split()) <= 12 and text[title.end():end].lstrip()[:1].isupper():
            left = title.end()
    while left < right and text[left].isspace():
        left += 1
    bullet = _LEADING_BULLET.match(text, left, start)
    if bullet:
        left = bullet.end()
    speaker = _SPEAKER.match(text, left, start) or _SPEAKER_LINE.match(text, left, start)
    if speaker:
        left = speaker.end()
    if clause:
        dates = [m.end() for m in _DATE.finditer(text, left, start)]
        if dates:
            left = dates[-1]
            while left < start and (text[left].isspace() or text[left] in ",)"):  # "(geb. 11-07-1979) nog ..."
                left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return _within_cell(text, start, end, left, right)


def _paragraph_start(text: str, at: int) -> bool:
    """Whether ``at`` opens the text or a paragraph (a blank line before it)."""
    before = text[max(0, at - 80):at].rstrip(" \t")
    return not text[:at].strip() or before.endswith("\n\n") or bool(re.search(r"\n[ \t]*\n$", before))


def _within_cell(text: str, start: int, end: int, left: int, right: int) -> tuple[int, int]:
    """A cue in a table row (a line with a column gap) stays in its cell: the sentence around it would run over
    the table's other rows and columns, names and dates included."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if COLUMN_GAP.search(text, line_start, line_end):
        gaps = list(_CELL_GAP.finditer(text, line_start, line_end))
    elif _PIPE_ROW.match(text, line_start, line_end):  # a form or a table flattened to "Label | value" lines
        gaps = list(_PIPE.finditer(text, line_start, line_end))
    else:
        return left, right
    cell_left = max((m.end() for m in gaps if m.end() <= start), default=line_start)
    cell_right = min((m.start() for m in gaps if m.start() >= end), default=line_end)
    return max(left, cell_left), min(right, cell_right)


def _is_heading(line: str) -> bool:
    """A short line of at most five words, capitalised, that does not run on into the next."""
    line = re.sub(rf"^{_CHAT_TIME}", "", line)
    words = [w for w in line.split() if not re.fullmatch(r"[-•*–▪·]|[\d.)]+", w)]
    return 1 <= len(words) <= 5 and words[0][:1].isupper()


def _title_line(text: str, line_start: int, end: int) -> bool:
    """Whether the cue stands in a short title over a paragraph ("Terugkoppeling bedrijfsarts aan werkgever"): it
    names what the document is about, not what is true of someone; the sentences under it say that."""
    line_end = text.find("\n", end)
    if line_end < 0 or not text[line_end + 1:line_end + 200].strip():
        return False
    # at a paragraph's start, or under a letterhead of such lines at the top ("Arbodienst Rijk")
    if not _paragraph_start(text, line_start) and not (
            line_start < 300 and all(_TITLE.fullmatch(x.strip()) for x in text[:line_start].splitlines() if x.strip())):
        return False
    line = text[line_start:line_end].strip()
    return bool(_TITLE.fullmatch(line)) and len(line.split()) <= 6


def _line_alone(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The cue's line, if the cue is all it holds ("STG. GEHEIM", "(SECRET//NOFORN)"): a marking stands
    on its own line above a header, and the sentence around it would run into that header."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    if text[left:start].strip(_FRAME) or text[end:right].strip(_FRAME):
        return None
    return start, end



def _with_sentence_before(text: str, left: int, right: int, cues: list[tuple[int, int]]) -> tuple[int, int]:
    """The passage and the sentence before it, when that stands in the same paragraph: a request not to share "this"
    covers what "this" is. Not when a cue of its own makes that sentence a passage already."""
    before = text[:left].rstrip()
    if not before or re.search(r"\n[ \t]*\n[ \t]*$", text[:left]) or before[-1] not in ".!?":
        return left, right
    prev_left, _ = sentence_bounds(text, len(before) - 1, len(before))
    if prev_left >= left or any(prev_left <= s < left for s, _ in cues):
        return left, right
    return prev_left, right


@functools.lru_cache(maxsize=8)
def _all_ends(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    """Every sentence (clause) end of a page, found once for all the cues on it."""
    return [(m.start(), m.end(), m.group()) for m in _ends(pattern, text)]


@functools.lru_cache(maxsize=4)
def _lower(text: str) -> str | None:
    """The page in lower case, once for all rules; None where lower-casing changes its length ("İ")."""
    lower = text.lower()
    return lower if len(lower) == len(text) else None


def _matches(rule: PassageRule, text: str) -> list[tuple[int, int]]:
    """Where the rule's cues match, in page order."""
    lower = _lower(text)
    if lower is None:
        return [m.span() for m in rule.compiled.finditer(text)]
    plain, cased = rule.compiled_lower
    found = [m.span() for m in plain.finditer(lower)] if plain else []
    if cased:
        found = sorted(found + [m.span() for m in cased.finditer(text)])
    return found


def _on_heading(headings: re.Pattern[str], text: str, line_start: int, end: int) -> bool:
    """Whether the cue's whole line is a letterhead or a heading the rule skips ("NCTV - Directie Dreigingsanalyse")."""
    line_end = text.find("\n", end)
    return headings.fullmatch(text, line_start, len(text) if line_end < 0 else line_end) is not None


# A numbered list item's number at the end of the text before a sentence ("...delegations.\n2. He added").
_ITEM_NUMBER = re.compile(r"\n[ \t]*\d{1,2}[.)]$")
# A personal pronoun as the sentence's subject ("Hij drukte me op het hart ...", "He also let slip that ..."): the
# person it points back to stands in the sentence before.
_PRONOUN = re.compile(r"\b(?:hij|zij|ze|hem|he|she|they|him)\b", re.IGNORECASE)


def _unpaired_at(rule: PassageRule, text: str, start: int) -> bool:
    """Whether one of the rule's cues that need no companion matches at ``start``, in the forms the page is scanned in."""
    lower = _lower(text)
    if lower is None:
        return rule.unpaired_any_case.match(text, start) is not None
    plain, cased = rule.unpaired  # type: ignore[misc]
    return bool((plain and plain.match(lower, start)) or (cased and cased.match(text, start)))


def _without_companion(rule: PassageRule, text: str, start: int, bounds: tuple[int, int]) -> bool:
    """Whether the match at ``start`` is only a paired cue's and none of its companions stands in ``bounds``, nor,
    when a pronoun in the sentence points back to someone, in the sentence before it in the same paragraph."""
    if rule.unpaired is not None and _unpaired_at(rule, text, start):
        return False
    pairs = [(near, page) for cue, near, page in rule.pairs if cue.match(text, start)]
    if not pairs or any(near.search(text, *bounds) or (page is not None and page.search(text)) for near, page in pairs):
        return False
    nears = [near for near, _ in pairs]
    left, _ = bounds
    before = text[:left].rstrip(" \t\n-•*–▪·")  # (and the bullet of a list item, or its number)
    number = _ITEM_NUMBER.search(before, max(0, len(before) - 8))
    if number:
        before = before[:number.start()].rstrip()
    if not _PRONOUN.search(text, left, bounds[1]) or not before or re.search(r"\n[ \t]*\n[ \t]*$", text[:left]):
        return True
    prev_left, _ = sentence_bounds(text, len(before) - 1, len(before))
    return prev_left >= left or not any(near.search(text, prev_left, left) for near in nears)


class PassageDetector(EntityRecognizer):
    """One rule-pack passage rule as a recognizer."""

    def __init__(self, rule: PassageRule, language: str) -> None:
        self.rule = rule
        # presidio drops a result that another of the same entity type contains; a sentence that
        # falls under two grounds must keep both suggestions, so each rule reports under its own key
        # (the candidate gets ``rule.entity`` back from the metadata)
        self.key = f"{rule.entity}#{rule.id}"
        super().__init__(supported_entities=[self.key], name=f"passage:{rule.id}", supported_language=language)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        spans: dict[tuple[int, int], str] = {}
        cue_spans: dict[tuple[int, int], list[tuple[int, int]]] = {}  # every cue in a sentence, not only its first
        skipped, headings = self.rule.skipped_lines, self.rule.skipped_headings
        clause = self.rule.scope == "clause"
        matches = _matches(self.rule, text)
        for start, end in matches:
            line_start = text.rfind("\n", 0, start) + 1
            if skipped and skipped.match(text, line_start, start):
                continue
            if headings and _on_heading(headings, text, line_start, end):
                continue
            if clause and _title_line(text, line_start, end):
                continue
            bounds = _line_alone(text, start, end) or \
                sentence_bounds(text, start, end, clause=clause)
            if self.rule.paired_cues and _without_companion(self.rule, text, start, bounds):
                continue
            if self.rule.back_reference and self.rule.back_reference.search(text, start, end):
                bounds = _with_sentence_before(text, *bounds, matches)
            spans.setdefault(bounds, text[start:end])
            cue_spans.setdefault(bounds, []).append((start, end))
        silencers, groups = self.rule.silencers, self.rule.group_words  # cited from a public source, about the law
        found = [
            result(self, self.key, s, e, self.rule.score, interest=self.rule.interest,
                   rule=self.rule.id, reason="passage", args={"text": self.rule.reason, "cue": cue})
            for (s, e), cue in spans.items()
            if e > s and not (silencers and silencers.search(text, s, e))
            # said of a group, unless a cue says whose ("na haar burn-out ... minder kinderen opvangt")
            and not (groups and groups.search(text, s, e)
                     and not any(_ONES_OWN.search(text, cs, ce) or _ONE_BEFORE.search(text, max(s, cs - 30), cs)
                                 for cs, ce in cue_spans[(s, e)]))
        ]
        for r in found:
            r.recognition_metadata["entity"] = self.rule.entity
            r.recognition_metadata["cue_spans"] = cue_spans[(r.start, r.end)]
        return found
