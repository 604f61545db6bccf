"""The detection engine: presidio's analyzer over our registry, then document-level passes.

Presidio runs every registered recognizer on each page's normalised text. We give it
a no-op NLP engine: our recognizers read context from the text itself, which keeps
spaCy (and any model download) off the hot path. After presidio: drop what stands in
an earlier-redaction marker or a kept public address/mailbox, resolve overlaps,
find the other mentions of each name in the document, and attach glyph boxes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from redactor.detect.fields import FieldValueDetector
from redactor.detect.identifiers import IDENTIFIER_DETECTORS, public_address_at, public_phone_at
from redactor.detect.lexicon import Lexicon, load_lexicon
from redactor.detect.mailboxes import Mailboxes
from redactor.detect.markers import marker_regex, marker_spans
from redactor.detect.passages import PassageDetector
from redactor.detect.people import COMPANY_AFTER, OFFICIAL, PERSON, POLICE_RANKS, PersonDetector
from redactor.detect.reasons import REASONS, describe
from redactor.detect.signatures import SignatureDetector
from redactor.document import Document, Page
from redactor.findings import Candidate
from redactor.grounds import GroundSet
from redactor.rulepack import Reason, RulePack

LANGUAGES = ("nl", "en")
_BARE_INITIALS = re.compile(r"[A-Z]{2,3}")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=([A-Za-z]))")
_SPACED_HYPHEN = re.compile(r"(?<=[a-zà-ÿ])[ \t]+-[ \t]+(?=[A-Za-z])")
# the street of an address: capitalised words (and particles) before its house number ("Laan van Meerdervoort 811")
_STREET_OF = re.compile(r"([A-Z][\w'’.-]+(?:[ \t](?:[A-Z][\w'’.-]+|van|de|der|den|"
                        r"het|ter|ten|op|naar)){0,4})[ \t]+\d{1,5}(?!\d)")
_ORG_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")
# the rules that find a name in full where its first word is surely the first name: a field's value, a title before
# it, a chat's speaker
_FULL_NAME_RULES = frozenset({"field", "title", "speaker"})
_LABELLED_LINE = re.compile(r"(?m)^[ \t]*[^\W\d_][\w -]{0,30}:")  # "Aanwezig: ...", "From: ..."
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+|[A-Z]{2,})[ \t]\Z")
_CAPITAL_PARTICLE_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]{1,3}[ \t]\Z")  # "Den ", "Van ", "Ter " right before a word
_OPENING = 400  # characters of the first page in which a public statement (or a general text) says what it is
# a statement quoted after a name ("Claire Boswell said:", "Anouk Bos (woordvoerder) zegt:")
_QUOTED_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?,?[ \t]*"
                           r"(?:said|says|added|stated|zei|zegt|verklaarde|voegde toe)\b")
# the public role of the one quoted, right before or in the name's finding ("Detective Inspector", "woordvoerder")
_PUBLIC_SPEAKER = re.compile(r"(?i:spokes(?:person|man|woman)|press officer|woordvoer(?:der|ster)|persvoorlichter|"
                             r"politiewoordvoerder|(?:detective[ \t]+)?(?:chief[ \t]+)?(?:inspector|superintendent)|"
                             r"chief constable|teamchef|politiechef|districtschef)(?=[ \t\n]+[A-Z])")
_SURNAME_FIRST = re.compile(r"([^,\n]+),[ \t]*([^,\n]+)")


def _given_first(name: str) -> str:
    """"HARRISON, Sarah" as "Sarah Harrison"; a name without a comma as it is."""
    m = _SURNAME_FIRST.fullmatch(name)
    if not m:
        return name
    surname = m.group(1).strip()
    return f"{m.group(2).strip()} {surname.title() if surname.isupper() else surname}"


_IDENTIFIER_PRIORITY = {"BSN": 5, "IBAN": 5, "SSN": 5, "EMAIL": 4, "SOCIAL_MEDIA": 4, "PHONE": 3, "LICENSE_PLATE": 3,
                        "DATE_OF_BIRTH": 3, "ID_DOCUMENT": 3, "VAT_ID": 3, "ADDRESS": 2, PERSON: 1, OFFICIAL: 1}


class TextOnlyNlpEngine(NlpEngine):
    """An NLP engine that does no NLP: our recognizers need only the text."""

    def load(self) -> None:  # noqa: D102
        pass

    def is_loaded(self) -> bool:  # noqa: D102
        return True

    def process_text(self, text: str, language: str) -> NlpArtifacts:  # noqa: D102
        return NlpArtifacts(entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=self, language=language)

    def process_batch(self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs):  # noqa: D102
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:  # noqa: D102
        return False

    def is_punct(self, word: str, language: str) -> bool:  # noqa: D102
        return False

    def get_supported_entities(self) -> list[str]:  # noqa: D102
        return []

    def get_supported_languages(self) -> list[str]:  # noqa: D102
        return list(LANGUAGES)


class NoContextEnhancer(ContextAwareEnhancer):
    """Context is scored by each detector itself (see ``PatternDetector``)."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0, context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: D102
        return raw_results


def build_registry(pack: RulePack, lexicon: Lexicon) -> RecognizerRegistry:
    """All built-in and rule-pack detectors, registered the same way, per language."""
    registry = RecognizerRegistry(supported_languages=list(LANGUAGES))
    for language in LANGUAGES:
        for detector in IDENTIFIER_DETECTORS:
            registry.add_recognizer(detector(language=language))
        registry.add_recognizer(PersonDetector(pack, lexicon, language=language))
        registry.add_recognizer(FieldValueDetector(pack, language=language))
        for rule in pack.passages:
            if language in rule.languages:
                registry.add_recognizer(PassageDetector(rule, language))
    return registry


_ADDRESS_NAME = re.compile(r"([^,\s]+),\s+([^,\s]+)")  # "Whitcomb, Daniel (ACF)": the given name after the comma
# an address field right under a public body's name ("Public Authority: Ministry of Justice\nAddress: 102 Petty France")
_BODY_ADDRESS = re.compile(r"(?im)^[ \t]*(?:public authority|bestuursorgaan|overheidsinstantie)[ \t]*:[^\n]*\n"
                           r"[ \t]*(?:address|adres|postadres|bezoekadres)[ \t]*:[^\n]*\Z")


# an address "p/a" (care of) an organisation, under the addressee's name: the organisation's, not a home
_CARE_OF = re.compile(r"(?im)^[ \t]*(?:p/a|c/o|per adres|care of)[ \t]+[^\n,]{2,60},[ \t]*\Z")


class Screener:
    """Finds candidates in documents. Detection never touches the PDF."""

    def __init__(self, ground_set: GroundSet, pack: RulePack, registry: RecognizerRegistry | None = None) -> None:
        self.ground_set, self.pack = ground_set, pack
        self.lexicon = load_lexicon(pack)
        self.analyzer = AnalyzerEngine(
            registry=registry or build_registry(pack, self.lexicon),
            nlp_engine=TextOnlyNlpEngine(),
            supported_languages=list(LANGUAGES),
            context_aware_enhancer=NoContextEnhancer(),
        )
        self._markers = marker_regex(pack)
        # reasons in the reviewer's language: Dutch for Dutch ground sets (Woo, Wob), else English
        self.language = "nl" if ground_set.jurisdiction.upper() == "NL" else "en"
        self._keep_addresses = [re.compile(p) for p in pack.keep_addresses]
        self._mailboxes = Mailboxes(pack, self.lexicon)
        self._particles = {p.lower() for p in pack.people.particles}
        self._post_nominals = set(pack.people.post_nominals)
        self._titles = {t for t in pack.people.titles if " " not in t}
        self._double_surname = re.compile(r"\w-(?:" + "|".join(map(re.escape, self._particles)) + r")$", re.I)
        self._role_word = re.compile("|".join(map(re.escape, pack.officials.role_words)), re.I)
        self._signatures = SignatureDetector(pack.signatures, ground_set, self.language)
        self._public_statement = _opening_pattern(pack.public_statements)
        self._general_text = _opening_pattern(pack.general_texts)
        self._not_in_public = {rule.id for rule in pack.passages if not rule.in_public_statements}
        self._not_in_general = {rule.id for rule in pack.passages if not rule.in_general_texts}

    def detect(self, document: Document) -> list[Candidate]:
        """Candidates for one document, ordered by page and position."""
        per_page: list[list[Candidate]] = []
        cues: dict[int, list[tuple[int, int]]] = {}  # a passage's cues, by id of the passage
        for page in document.pages:
            if not page.text.strip():
                per_page.append([])
                continue
            results = self.analyzer.analyze(page.text, language=document.language)
            found = []
            for r in results:
                found.append(self._candidate(document, page, r))
                if (r.recognition_metadata or {}).get("cue_spans"):
                    cues[id(found[-1])] = r.recognition_metadata["cue_spans"]
            found = self._drop_kept_text(page, found)
            per_page.append(_resolve_overlaps(found))
        if _opening_says(self._public_statement, document):
            self._keep_quoted_officers(per_page, document)
        self._propagate_names(document, per_page)
        self._homes_after_names(document, per_page)
        self._propagate_streets(document, per_page)
        silent = (self._not_in_public if _opening_says(self._public_statement, document) else set()) \
            | (self._not_in_general if _opening_says(self._general_text, document) else set())
        out: list[Candidate] = []
        for page, found in zip(document.pages, per_page):
            for cand in found:
                if cand.rule in silent:
                    continue
                _trim_clause(cand, found, page)
                for piece in _leave_officials_out(cand, found, page, cues[id(cand)]) if id(cand) in cues else [cand]:
                    piece.rects = page.rects_for(piece.start, piece.end)
                    if piece.rects:
                        out.append(piece)
        out += self._signatures.detect(document)  # pictures: read from the layout, not the text
        return sorted(out, key=lambda c: (c.page, c.start, -c.end))

    # -- helpers --------------------------------------------------------------------------
    def _candidate(self, document: Document, page: Page, r: RecognizerResult) -> Candidate:
        meta = r.recognition_metadata or {}
        interest = meta.get("interest", "personal_privacy")
        key, args = _reason_of(meta)
        return Candidate(
            document=document.name, page=page.number, start=r.start, end=r.end,
            text=page.text[r.start:r.end], entity=meta.get("entity", r.entity_type), interest=interest,
            ground=self.ground_set.for_interest(interest), score=round(r.score, 2),
            source=meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, ""), rule=meta.get("rule", ""),
            reason=describe(key, args, self.language), status=meta.get("status", "suggested"),
            reason_key=key if key in REASONS else None, reason_args=args if key in REASONS else None,
        )

    def _set_reason(self, cand: Candidate, key: str, **args: object) -> None:
        cand.reason, cand.reason_key, cand.reason_args = describe(key, args, self.language), key, args

    def _drop_kept_text(self, page: Page, found: list[Candidate]) -> list[Candidate]:
        markers = marker_spans(self._markers, page.text)
        kept: list[Candidate] = []
        for cand in found:
            if any(s < cand.end and cand.start < e for s, e in markers) and cand.entity in (PERSON, OFFICIAL):
                continue
            if cand.entity == "ADDRESS" and (any(p.search(_ocr_letters(cand.text)) for p in self._keep_addresses)
                                             or _BODY_ADDRESS.search(page.text, 0, cand.start)
                                             or _CARE_OF.search(page.text, max(0, cand.start - 80), cand.start)):
                continue  # a government address, or the address field under a public body's name
            if cand.entity == "EMAIL" and (any(s <= cand.start < e for s, e in markers)
                                           or self._mailboxes.is_service(page.text, cand, found)):
                continue  # an address an earlier redaction left as its code ("5.1.2e@minbuza.nl"), or a service's box
            if cand.entity == "PHONE" and public_phone_at(page.text, cand.start, cand.text):
                continue
            kept.append(cand)
        return kept

    def _keep_quoted_officers(self, per_page: list[list[Candidate]], document: Document) -> None:
        """A body's officer or spokesperson quoted by name in its own public statement ("Detective Inspector Claire
        Boswell said: ...", "woordvoerder Anouk Bos zegt: ..."): speaking in their public role, as the release
        publishes; a private person quoted in it stays suggested."""
        for page, found in zip(document.pages, per_page):
            for c in found:
                if c.entity != PERSON or c.status != "suggested" or not _QUOTED_AFTER.match(page.text, c.end):
                    continue
                role = _PUBLIC_SPEAKER.search(page.text, max(0, c.start - 40), c.end)
                if role:
                    c.entity, c.status, c.rule, c.score = OFFICIAL, "kept", "quoted-public", 0.8
                    self._set_reason(c, "quoted-public", role=" ".join(role.group().split()))

    def _propagate_names(self, document: Document, per_page: list[list[Candidate]]) -> None:
        """Other mentions of a name found in this document: full name, surname, first name."""
        for page, found in zip(document.pages, per_page):
            for c in found:  # "Mark H. Lynch": a first name that is a word goes with the name after it
                start = self._word_name_before(page.text, c.start) if c.entity == PERSON else c.start
                if start < c.start:
                    c.start, c.text = start, page.text[start:c.end]
        officials: dict[str, Candidate] = {}
        persons: dict[str, Candidate] = {}
        for found in per_page:
            for c in found:
                target = officials if c.entity == OFFICIAL else persons if c.entity == PERSON else None
                if target is not None:
                    for variant in self._variants(c.text, first=c.entity == PERSON,
                                                  official=c.entity == OFFICIAL):
                        target.setdefault(variant, c)
                    given = self._unlisted_given(c) if c.entity == PERSON else None
                    if given:
                        persons.setdefault(given, c)
        official_words = {w for v in officials for w in v.split()}
        persons = {v: c for v, c in persons.items() if v not in official_words and v not in officials}
        # "Dear Angela," in a letter to "Rt Hon Angela Rayner MP": the greeting names the office-holder it is sent to
        greeted = {w: c for v, c in officials.items() for w in v.split()[:-1] if self.lexicon.is_first_name(w)}
        for found in per_page:
            for c in found:
                key = self._without_titles(c.text) if c.entity == PERSON else ""
                # "HARRISON, Sarah" in a mail's header is the "Sarah Harrison MP" who signs it
                origin = (officials.get(key) or officials.get(_given_first(key))) if key else None
                if origin is None and c.entity == PERSON and c.rule in ("salutation", "closing"):
                    # and a sign-off by the first name of the office-holder the page names ("woordvoerder Roel X ...
                    # Groet, Roel")
                    origin = greeted.get(c.text)
                if origin is not None:  # "de heer Kalk" in the minutes is the "A. Kalk" of the attendance list
                    c.entity, c.status, c.rule, c.score = OFFICIAL, origin.status, "same-name", 0.9
                    c.interest, c.ground = origin.interest, origin.ground
                    self._set_reason(c, "same-official", page=origin.page)
        for variants, entity in ((officials, OFFICIAL), (persons, PERSON)):
            if not variants:
                continue
            # a name may wrap a line ("Van den\nHeuvel"): any run of white space between its words
            alternatives = (r"\s+".join(map(re.escape, v.split())) for v in sorted(variants, key=len, reverse=True))
            regex = re.compile(r"(?<![\w@.-])(?:" + "|".join(alternatives) + r")(?![\w@-])")
            for page, found in zip(document.pages, per_page):
                for m in regex.finditer(page.text):
                    if any(c.start < m.end() and m.start() < c.end for c in found if c.entity in _IDENTIFIER_PRIORITY):
                        continue
                    if COMPANY_AFTER.match(page.text, m.end()):
                        continue  # "Bouwbedrijf Van Wijk B.V." is a company, not Mr Van Wijk
                    if self._role_word.fullmatch(m.group()) and any(
                            c.entity == OFFICIAL and 0 < c.start - m.end() <= 2 for c in found):
                        continue  # "Dijkgraaf Hennie Zwanenburg": the role, not Mr Dijkgraaf
                    origin = variants[" ".join(m.group().split())]
                    if entity == PERSON and " " not in m.group() and self._particle_before(page.text, m.start()):
                        continue  # "Den Hout" (a village) is not the "Joost van den Hout" of the list above it
                    if m.group() == origin.text.split()[0] and _ORG_WORD_AFTER.match(page.text, m.end()) \
                            and self.lexicon.is_common(_ORG_WORD_AFTER.match(page.text, m.end()).group(1)):
                        continue  # the speaker "Chelsea" is not the "Chelsea" of "Chelsea Housing Office"
                    start = self._word_name_before(page.text, m.start()) if entity == PERSON else m.start()
                    found.append(Candidate(
                        document=document.name, page=page.number, start=start, end=m.end(), text=page.text[start:m.end()],
                        entity=entity, interest=origin.interest, ground=origin.ground,
                        score=0.9 if entity == OFFICIAL else 0.7, source=origin.source, rule="same-name",
                        reason="", status=origin.status,
                    ))
                    self._set_reason(found[-1], "same-official" if entity == OFFICIAL else "same-name",
                                     page=origin.page)

        self._propagate_short_forms(document, per_page, persons)
        self._propagate_initials(document, per_page, persons, officials)

    def _propagate_short_forms(self, document: Document, per_page: list[list[Candidate]],
                               persons: dict[str, Candidate]) -> None:
        """A short form of a private person's first name where a mail greets or signs with it ("Dan -- I read the
        report", "Carla, Dan --", "Greg" on its own line under "From: Whitlock, Gregory"): the listed first name that
        opens the full one, or an everyday form the pack lists ("Reggie" for Reginald), at a line's start. Only there:
        "Dan" is a Dutch word and "Art" an English one elsewhere."""
        shorts: dict[str, Candidate] = {}
        for c in {id(c): c for c in persons.values()}.values():
            m = _ADDRESS_NAME.match(c.text)
            given = m.group(2) if m else c.text.split()[0]
            if not (given.isalpha() and self.lexicon.is_first_name(given)):
                continue
            openings = (given[:size] for size in range(2, len(given) - 1) if given[:size] in self.lexicon.first_names)
            for short in (*openings, *self.lexicon.nicknames.get(given, ())):  # "Greg"; "Reggie" for Reginald
                if short not in persons:
                    shorts.setdefault(short, c)
        if not shorts:
            return
        # a form of two letters ("Jo" under "From: Whitaker, Joanna") only as a sign-off alone on its line
        longer = "|".join(map(re.escape, (s for s in shorts if len(s) > 2))) or "(?!)"
        two = "|".join(map(re.escape, (s for s in shorts if len(s) == 2))) or "(?!)"
        regex = re.compile(r"(?m)^[ \t]*(?:(?:[A-Z][a-z]+,[ \t]*)?(" + longer + r")(?=[ \t]*(?:[-–—,:!]|\n|$))"
                           r"|(" + two + r")(?=[ \t]*(?:\n|$)))")
        for page, found in zip(document.pages, per_page):
            for m in regex.finditer(page.text):
                group = 1 if m.group(1) else 2
                if any(c.start < m.end(group) and m.start(group) < c.end for c in found):
                    continue
                origin = shorts[m.group(group)]
                found.append(Candidate(
                    document=document.name, page=page.number, start=m.start(group), end=m.end(group), text=m.group(group),
                    entity=PERSON, interest=origin.interest, ground=origin.ground, score=0.7, source=origin.source,
                    rule="same-name", reason="", status=origin.status))
                self._set_reason(found[-1], "same-name", page=origin.page)

    def _propagate_initials(self, document: Document, per_page: list[list[Candidate]], persons: dict[str, Candidate],
                            officials: dict[str, Candidate]) -> None:
        """A private person by their initials where minutes go on with them ("Aanwezig: ..., Joyce Lammers, ..." and
        later "JL licht de kaart toe", "- PdV: bespreekt"): the initials of a full name a field gave, opening a line, a
        list item or a sentence before a word in lower case or a colon. Not initials that are also a word or an acronym
        the document uses as one ("de EU"), nor an office-holder's."""
        def initials(name: str) -> set[str]:
            """"Pieter-Jan de Vos": "PJV", "PdV", "PJdV", "PV"; the particles in lower case or left out."""
            words = name.split()
            first, rest = words[0], words[1:]
            heads = {first[0], "".join(p[0] for p in first.split("-") if p)}
            particles = "".join(w[0] for w in rest if w[0].islower())
            surname = "".join(p[0] for w in rest if w[0].isupper() for p in w.split("-") if p)
            return {h + mid + surname for h in heads for mid in {particles, particles.upper(), ""}}

        taken = {form for v in officials if len(v.split()) >= 2 for form in initials(v)}
        texts = {page.number: page.text for page in document.pages}
        forms: dict[str, Candidate] = {}
        for c in {id(c): c for c in persons.values()}.values():
            words = c.text.split()
            # only someone a labelled paragraph names (an attendance list, also where it wraps; a From line): minutes
            # refer by initials to those present
            text = texts.get(c.page, "")
            paragraph = text[max(text.rfind("\n\n", 0, c.start) + 2, c.start - 400):c.start]
            if len(words) >= 2 and self.lexicon.is_first_name(words[0]) and _LABELLED_LINE.search(paragraph):
                for form in initials(c.text):
                    if 2 <= len(form) <= 4 and form[0].isupper() and form[-1].isupper():
                        forms.setdefault(form, c)
        forms = {f: c for f, c in forms.items() if f not in taken and not self.lexicon.is_common(f)}
        if not forms:
            return
        # initials the document also uses as a noun or an acronym ("de EU", "(MT)"): one pass over its text for all
        acronym = re.compile(r"(?<![\w-])(?:(?i:de|het|the|van|in|of)[ \t]+|\()(" + "|".join(map(re.escape, forms))
                             + r")(?![\w-])")
        used = {m.group(1) for page in document.pages for m in acronym.finditer(page.text)}
        forms = {f: c for f, c in forms.items() if f not in used}
        if not forms:
            return
        regex = re.compile(r"(?m)(?:^[ \t]*(?:[-•*–][ \t]*)?|(?<=[.!?;][ \t]))(" + "|".join(map(re.escape, forms))
                           + r")(?=[ \t]*:|[ \t]*\n?[ \t]*[a-z])")
        for page, found in zip(document.pages, per_page):
            for m in regex.finditer(page.text):
                if any(c.start < m.end(1) and m.start(1) < c.end for c in found if c.entity in (PERSON, OFFICIAL)):
                    continue
                origin = forms[m.group(1)]
                found.append(Candidate(
                    document=document.name, page=page.number, start=m.start(1), end=m.end(1), text=m.group(1),
                    entity=PERSON, interest=origin.interest, ground=origin.ground, score=0.6, source=origin.source,
                    rule="same-name", reason="", status=origin.status))
                self._set_reason(found[-1], "same-name", page=origin.page)

    def _propagate_streets(self, document: Document, per_page: list[list[Candidate]]) -> None:
        """Other houses in the street of a home address found in this document: a neighbour's objection names
        "Oude Dorp 39, 3991 GE Houten" once and "Oude Dorp 37" without its postcode after it."""
        streets = {" ".join(m.group(1).split()): c for found in per_page for c in found if c.entity == "ADDRESS" and c.status == "suggested"
                   for m in [_STREET_OF.match(c.text)] if m}
        if not streets:
            return
        alternatives = "|".join(r"\s+".join(map(re.escape, s.split())) for s in sorted(streets, key=len, reverse=True))
        regex = re.compile(rf"(?<![\w-])({alternatives})[ \t]+\d{{1,5}}(?:[ \t-]?[a-zA-Z](?![\w-]))?(?![\w-]|[.,]\d)")
        for page, found in zip(document.pages, per_page):
            for m in regex.finditer(page.text):
                if any(c.start < m.end() and m.start() < c.end for c in found if c.entity in _IDENTIFIER_PRIORITY) \
                        or any(p.search(m.group()) for p in self._keep_addresses) or public_address_at(page.text, m.start()):
                    continue
                origin = streets[" ".join(m.group(1).split())]
                found.append(Candidate(
                    document=document.name, page=page.number, start=m.start(), end=m.end(), text=m.group(),
                    entity="ADDRESS", interest=origin.interest, ground=origin.ground, score=0.6, source=origin.source,
                    rule="same-street", reason="", status="suggested"))
                self._set_reason(found[-1], "address")

    def _homes_after_names(self, document: Document, per_page: list[list[Candidate]]) -> None:
        """A street and number in brackets right after a private person's name ("Tineke van Wijngaarden (Aalanden 14)"):
        where they live, as minutes of a residents' evening write it, also without a street word. Dutch documents only:
        English puts the number first, and "(Year 4)", "(Room 12)" are a class and a room."""
        if document.language != "nl":
            return
        for page, found in zip(document.pages, per_page):
            for c in [c for c in found if c.entity == PERSON and c.status == "suggested"]:
                m = _HOME_IN_BRACKETS.match(page.text, c.end)
                if not m or any(c2.start < m.end(1) and m.start(1) < c2.end for c2 in found if c2 is not c) \
                        or any(self.lexicon.is_common(w) for w in re.findall(r"[A-Z][\w'’.-]*", m.group("street"))):
                    continue  # "(Bijlage 3)", "(Kamer 12)": a word, no street
                found.append(Candidate(
                    document=document.name, page=page.number, start=m.start(1), end=m.end(1), text=m.group(1),
                    entity="ADDRESS", interest=c.interest, ground=c.ground, score=0.6, source=c.source,
                    rule="street-after-name", reason="", status="suggested"))
                self._set_reason(found[-1], "address")

    def _word_name_before(self, text: str, start: int) -> int:
        """Where a person's name starts whose surname stands at ``start``: a first name the lexicons set aside as a
        word ("Mark", "Grant") is the first name when it stands right before the surname ("Mark Hood", "MARK HOOD")."""
        m = _WORD_BEFORE.search(text, max(0, start - 16), start)
        return m.start(1) if m and m.group(1).title() in self.lexicon.word_names else start

    def _particle_before(self, text: str, start: int) -> bool:
        """Whether a capitalised particle stands right before ``start``: the surname found alone there belongs to
        another name or a place ("Den Hout", "De Bilt"), since the person's own particles would have come with it."""
        m = _CAPITAL_PARTICLE_BEFORE.search(text, max(0, start - 5), start)
        return bool(m) and m.group().strip().lower() in self._particles

    def _unlisted_given(self, c: Candidate) -> str | None:
        """The first name no lexicon lists of a name given in full by a field, after a title or as a chat's speaker
        ("Partner: Senait Haile Berhe", "mevrouw Chandrika Bhoendie-Jagesar"): there the first word is surely the
        first name, and it names the same person alone further on ("Senait heeft nog geen taalles")."""
        if c.rule not in _FULL_NAME_RULES:
            return None
        words = self._without_titles(c.text).split()
        if len(words) < 2 or not words[1][:1].isupper() or words[0].endswith((",", ".")):
            return None  # "Tesfay, Semhar": surname first; "J. Jansen": initials
        given = words[0]
        if len(given) < 3 or not given.isalpha() or not given[0].isupper() or given.isupper() \
                or self.lexicon.is_first_name(given) or self.lexicon.is_common(given):
            return None  # a listed one is already a variant; capitals and words are not taken alone
        return given

    def _without_titles(self, name: str) -> str:
        """A name as it would stand in the variants: without "de heer", "Mr", "mevrouw" before it."""
        words = name.split()
        while len(words) > 1 and (words[0] in self._titles or words[0].lower() in self._particles
                                  and words[1] in self._titles):
            words = words[1:]
        return " ".join(words)

    def _variants(self, name: str, first: bool, official: bool = False) -> set[str]:
        # "Kooi-\nman", as OCR read a scan, is "Kooiman" elsewhere; "Wit-\nPranoto" is "Wit-Pranoto"
        name = _HYPHEN_BREAK.sub(lambda m: "-" if m.group(1).isupper() else "", name)
        name = _SPACED_HYPHEN.sub("-", name)  # "Donders - de Leest", as some systems print a double name
        words = name.split()
        out = {" ".join(words)}
        while len(words) > 1 and words[-1].lstrip(",").rstrip(",") in self._post_nominals:
            words = words[:-1]  # "Wubbolts MSc": the degree is no surname
            words[-1] = words[-1].rstrip(",")
        while len(words) > 2 and words[0] in self._titles:
            words = words[1:]  # "Mr Abdirahman Mohamed Abdi": the first name comes after the title
        if len(words) >= 2 and _BARE_INITIALS.fullmatch(words[0]) and words[0] not in POLICE_RANKS:
            out.add(words[0])  # "JP de Vries" is "JP" in the rest of the mail ("Hoi JP,")
        caps = [w for w in words if w[:1].isupper() and not w.endswith(".")]
        surname_first = len(caps) >= 2 and caps[0].endswith(",")
        if surname_first:  # "O'Brien, Declan P": surname first
            caps = [*caps[1:2], caps[0]]
            if first and len(caps[0]) >= 3 and caps[0].isalpha() and not self.lexicon.is_common(caps[0]):
                out |= {caps[0], caps[0].title()}  # "Okonkwo, Chiamaka N" is "Chiamaka" in the mail under it
        if caps:
            last = caps[-1].rstrip(",")
            # an official's surname stays visible even if it is also a word ("Klaar")
            if len(last) >= 3 and (official or not self.lexicon.is_common(last)):
                out.add(last)
                if last.isupper() and len(last) >= 4:  # "JANSSENS, Kevin Marc" is "Janssens" in the text under it
                    out.add(last.title())
            at = words.index(caps[-1])
            lead = at
            while lead > 0 and words[lead - 1].lower() in self._particles:
                lead -= 1
            if lead > 0 and self._double_surname.search(words[lead - 1]):
                lead -= 1  # "Wiersma-de Boer": a double surname
            if lead < at:  # "van den Heuvel" names the person even where "Heuvel" alone is a word
                surname = " ".join(words[lead:at + 1]).rstrip(",")
                out |= {surname, surname[0].upper() + surname[1:]}
            if len(caps) >= 3 and words[-2:] == caps[-2:] and not any(self.lexicon.is_common(w) for w in caps[-2:]):
                out.add(" ".join(caps[-2:]))  # "María José García López": the two surnames together
            given = caps[0].title() if caps[0].isupper() else caps[0]  # "LUIS ALBERTO REYES-MONTOYA" is "Luis" too
            if first and len(caps) >= 2 and len(caps[0]) >= 3 and words[0] == caps[0] \
                    and (self.lexicon.is_first_name(given) or given in self.lexicon.word_names
                         # a given name no lexicon lists ("Chiamaka Adebayo" is "Chiamaka" further on)
                         or (len(given) >= 4 and given.isalpha() and not self.lexicon.is_common(given))):  # "Mark Kuipers": "Mark"
                out |= {caps[0], given}
        if first:  # "dhr. K.A. (Kees) Verweij" is "Kees" in the notes under it
            out |= {w[1:-1] for w in words if w[:1] == "(" and w[-1:] == ")" and self.lexicon.is_first_name(w[1:-1])}
        if len(words) >= 2 and not surname_first:
            out.add(" ".join(words).upper())  # "DECLARATION OF MARIA FERNANDA OLIVEIRA SANTOS": a heading in capitals
        # "complainant CARRILLO ORTEGA alleged": police and court files write the surname in capitals
        out |= {v.upper() for v in out if len(v) >= 4}
        return out


def _reason_of(meta: dict) -> tuple[str, dict[str, object]]:
    """A detector's reason as the store keeps it: key, and arguments that are plain JSON (a rule pack's
    wording in both languages, the flags as a list)."""
    args = dict(meta.get("reason_args") or {})
    if isinstance(args.get("text"), Reason):  # a passage: the rule pack's reason, quoted with its cue
        args["text"] = args["text"].model_dump()
    if meta.get("reason_flags"):
        args["flags"] = list(meta["reason_flags"])
    return meta.get("reason", ""), args


def _opening_pattern(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """Rule-pack patterns for a document's opening as one alternation, or None."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I | re.M) if patterns else None


def _opening_says(pattern: re.Pattern[str] | None, document: Document) -> bool:
    """The document's opening says what it is (a speech, a press release, a sick-leave protocol)."""
    return bool(pattern and document.pages and pattern.search(document.pages[0].text[:_OPENING]))


def _resolve_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Among overlapping identifiers keep the strongest; passages may overlap anything, but of two
    under the same ground (two rules, one sentence) only the wider, or the stronger, is kept."""
    passages: list[Candidate] = []
    for c in sorted((c for c in found if c.entity not in _IDENTIFIER_PRIORITY),
                    key=lambda c: (c.start - c.end, -c.score)):
        if not any(p.ground == c.ground and p.entity == c.entity and p.start <= c.start and c.end <= p.end
                   for p in passages):
            passages.append(c)
    others = sorted((c for c in found if c.entity in _IDENTIFIER_PRIORITY),
                    key=lambda c: (-_IDENTIFIER_PRIORITY[c.entity], -c.score, -(c.end - c.start)))
    kept: list[Candidate] = []
    for c in others:
        clash = [k for k in kept if k.start < c.end and c.start < k.end]
        if not clash:
            kept.append(c)
        elif c.entity == "ADDRESS" and all(k.entity == "ADDRESS" for k in clash):
            tail = _postcode_after(c, max(k.end for k in clash))
            if tail is not None:
                kept.append(tail)
    return kept + passages


def _postcode_after(address: Candidate, end: int) -> Candidate | None:
    """What an address field's value holds with digits after the street a pattern read in it: the postcode
    ("Address: Flat 2, 19 Mill Road, Cambridge CB1 2AD"), which the field's value had taken in. The town stays
    visible, as it does after a street and postcode the patterns read."""
    rest = address.text[end - address.start:] if address.start < end < address.end else ""
    tokens = [m for m in re.finditer(r"\S+", rest) if any(ch.isdigit() for ch in m.group())]
    if not tokens:
        return None
    start, stop = end + tokens[0].start(), end + tokens[-1].end()
    return replace(address, start=start, end=stop, text=address.text[start - address.start:stop - address.start].rstrip(",;"))


def _leave_officials_out(cand: Candidate, found: list[Candidate], page: Page,
                         cues: list[tuple[int, int]]) -> list[Candidate]:
    """A passage leaves a kept official's name visible: it starts after a name before its cue ("The Minister of
    Foreign Affairs, X, told the HoD in confidence ...") and ends before one after it. Where the sentence has a cue on
    either side of the name ("... off the record, ..., and that Prime Minister Y had privately given up ..."), each
    stretch between names that holds a cue is a passage of its own."""
    names = sorted((o.start, o.end) for o in found
                   if o.entity == OFFICIAL and o.status == "kept" and cand.start <= o.start and o.end <= cand.end)
    if not names:
        return [cand]
    bounds = [cand.start, *(edge for name in names for edge in name), cand.end]
    pieces = []
    for start, end in zip(bounds[::2], bounds[1::2]):
        if not any(start <= s and e <= end for s, e in cues):
            continue
        while start < end and page.text[start] in " \t\n,;:":
            start += 1
        while end > start and page.text[end - 1] in " \t\n,;:(":
            end -= 1
        if start < end:
            pieces.append(replace(cand, start=start, end=end, text=page.text[start:end]))
    return pieces or [cand]  # a cue that takes in a name: the passage as it is


def _trim_clause(cand: Candidate, found: list[Candidate], page: Page) -> None:
    """A clause about a person starts after the person's name ("<name> is ziek ...")."""
    if cand.entity in _IDENTIFIER_PRIORITY:
        return
    for other in found:
        if other.entity in (PERSON, OFFICIAL) and cand.start <= other.start < cand.start + 3 and other.end < cand.end:
            start = other.end
            while start < cand.end and page.text[start] in " \n,":
                start += 1
            cand.start, cand.text = start, page.text[start:cand.end]


# "(Aalanden 14)", "(Oude Dorp 37a)": capitalised words and a house number, not a year ("(Ajax 1995)")
_HOME_IN_BRACKETS = re.compile(r"[ \t]*\(((?P<street>[A-Z][\w'’.-]*(?:[ \t](?:(?:van|de|der|den|het)[ \t])*[A-Z][\w'’.-]*){0,2})"
                               r"[ \t](?!(?:19|20)\d\d\b)\d{1,4}(?:[ \t-]?[a-zA-Z])?)\)")
_OCR_ZERO = re.compile(r"(?<=[^\W\d_])0(?=[^\W\d_])")


def _ocr_letters(text: str) -> str:
    """A scan's text with a zero between letters read as the letter o ("P0stbus 20"), as OCR confuses them."""
    return _OCR_ZERO.sub(lambda m: "O" if m.string[m.start() - 1].isupper() and m.string[m.end()].isupper() else "o", text) \
        if "0" in text else text
