"""Detection rule packs: YAML data, validated at load.

A rule pack says which cues, header fields, titles, role words and lexicons the
detectors use. Ministries add their own packs without code; a pack that does not
validate stops the run with a message naming file, rule and field.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from re import _constants, _parser  # the parse of a cue tells whether it starts with a word character
from typing import Annotated, Literal

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from redactor.errors import RulePackError
from redactor.grounds import INTERESTS, RULES_DIR
from redactor.yamlfile import read_yaml

Language = Literal["nl", "en"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _compile(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from exc


def _valid_patterns(value: tuple[str, ...]) -> tuple[str, ...]:
    for pattern in value:
        _compile(pattern)
    return value


Patterns = Annotated[tuple[str, ...], AfterValidator(_valid_patterns)]  # regular expressions, checked at load


class Reason(_Strict):
    """A reason in both languages of the tool."""

    nl: str
    en: str


class PairedCue(_Strict):
    """A cue that makes a suggestion only when its companion stands in the same sentence (or clause), before or after
    it: "puur tussen ons" with a foreign government's representative ("de Duitse counterpart", "Parijs"), a leaning
    ("neigt naar") with an official who deliberates ("de DG"). Both are usually term lists (``{confidence}``), so one
    list of actors teaches every phrase it is paired with, in any word order."""

    cue: str
    near: str
    # A companion that may stand anywhere on the page instead ("Dep. Vertrouwelijk" over a service's message, for a
    # method the sentence names without the service: "is de inhoud van zijn laptop gekopieerd")
    near_on_page: str = ""


class PassageRule(_Strict):
    """Cues that make a sentence or clause a suggestion under a judgement ground."""

    id: str
    interest: str
    entity: str = "PASSAGE"
    languages: tuple[Language, ...] = ("nl", "en")
    scope: Literal["sentence", "clause"] = "sentence"
    score: float = Field(0.55, ge=0, le=1)
    reason: Reason  # shown to the reviewer, in the dossier's language
    cues: Patterns = Field(min_length=1)
    # A passage that matches one of these speaks of a group ("zwangere vrouwen", "de bevolking"),
    # not of a person: no personal data, no suggestion.
    said_of_groups: Patterns = ()
    # A passage that matches one of these cites a published source ("het openbare jaarverslag van de AIVD",
    # "the Service's annual report"): what it says is already public, no suggestion.
    said_in_public: Patterns = ()
    # A passage that matches one of these explains a refusal ground or an exemption in general ("Exemption 1
    # protects information that is classified"): it is about the law, not about information held.
    said_of_the_law: Patterns = ()
    # A passage that matches one of these is about the order of business ("wat mij betreft sluiten we om
    # twaalf uur af"), not about policy.
    said_of_procedure: Patterns = ()
    # A passage that matches one of these guards another interest than the rule's ("niet openbaar te maken, omdat
    # concurrenten ...": a company's request, not a foreign government's): the other rule suggests it, this one not.
    said_of_other_interests: Patterns = ()
    # A cue on a line that starts with one of these names a recipient or a sender ("Kopie aan: NCTV"),
    # not what the passage is about: no suggestion.
    skip_lines: Patterns = ()
    # A cue on a line that, as a whole, matches one of these is a letterhead or a heading ("NCTV - Directie
    # Dreigingsanalyse"): it names the sender, not what the passage is about.
    skip_headings: Patterns = ()
    # Cues that count only with a companion in their sentence (``PairedCue``).
    paired_cues: tuple[PairedCue, ...] = ()
    # A cue that matches one of these points back to what was said before ("He asked that his remarks not be
    # attributed", "vroeg ons dit niet te delen"): the passage takes in the sentence before it, in the same paragraph.
    reaches_back: Patterns = ()
    # False: a document that is itself a public statement (``RulePack.public_statements``: a speech,
    # a press release) holds no such passage; what a minister says in public is no internal opinion.
    in_public_statements: bool = True
    # False: a general text (``RulePack.general_texts``: a sick-leave protocol, a regulation) holds no such
    # passage; "de medewerker" in a rule for everyone is nobody in particular.
    in_general_texts: bool = True

    @field_validator("interest")
    @classmethod
    def _known_interest(cls, value: str) -> str:
        if value not in INTERESTS:
            raise ValueError(f"unknown interest '{value}'; known: {', '.join(INTERESTS)}")
        return value

    @field_validator("said_of_groups", "said_in_public", "said_of_the_law", "said_of_procedure", "said_of_other_interests",
                     "skip_lines", "skip_headings", "reaches_back")
    @classmethod
    def _run_forms_compile(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        """A pattern runs with its spaces widened to any blank: a look-behind with a space in it compiles as
        written but not as run, so check the forms that run, at load, not at the first page."""
        for pattern in value:
            _compile(_wrapping(pattern))
            _compile(_lower_literals(_wrapping(pattern)))
        return value

    @field_validator("cues")
    @classmethod
    def _cues_compile_as_run(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        """The cues' run forms (``_cue_forms``) compile at load, not at the first page; the rule then finds them
        compiled. Only when they do not is each cue compiled on its own, to name the one at fault."""
        try:
            _cue_forms(value)
        except re.error as exc:
            for pattern in value:
                _compile(_wrapping(pattern))
                _compile(_lower_literals(_wrapping(pattern)))
            raise ValueError(f"the cues do not compile as one alternation: {exc}") from exc
        return value

    @field_validator("paired_cues")
    @classmethod
    def _pairs_compile_as_run(cls, value: tuple[PairedCue, ...]) -> tuple[PairedCue, ...]:
        """Each paired cue and companion in the form ``pairs`` runs it in (compiled once, here; the lower-cased form of
        the cue is part of the rule's one pass, checked with it)."""
        for pair in value:
            for pattern in (pair.cue, pair.near, *([pair.near_on_page] if pair.near_on_page else [])):
                try:
                    _run_form(pattern)
                except re.error as exc:
                    raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from exc
        return value

    @model_validator(mode="after")
    def _all_cues_compile_as_run(self) -> PassageRule:
        """The cues and the paired cues run as one pass (``compiled_lower``): compile that form at load too, so the
        rule finds it compiled at its first page."""
        if self.paired_cues:
            try:
                _cue_forms(self.all_cues)
            except re.error as exc:
                raise ValueError(f"the cues and the paired cues do not compile as one alternation: {exc}") from exc
        return self

    @property
    def all_cues(self) -> tuple[str, ...]:
        """The cues and the paired cues: they run in one pass over the page; a paired cue's match is then checked for
        its companion (``pairs``)."""
        return (*self.cues, *(pair.cue for pair in self.paired_cues))

    @functools.cached_property
    def compiled(self) -> re.Pattern[str]:
        """All cues as one alternation: one pass over the page per rule."""
        return re.compile(_alternation([_wrapping(p) for p in self.all_cues]), re.IGNORECASE)

    @functools.cached_property
    def compiled_lower(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """The cues split for speed (``_cue_forms``), as the load check compiled them."""
        return _cue_forms(self.all_cues)

    @property
    def unpaired(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None:
        """The cues that need no companion in their run forms (as ``compiled_lower``), to tell at a match's start
        whether one of them matches there; None when the rule has no paired cues. The load check compiled these
        forms of the cues (``_cue_forms`` is cached), so nothing is compiled again."""
        return _cue_forms(self.cues) if self.paired_cues else None

    @functools.cached_property
    def unpaired_any_case(self) -> re.Pattern[str]:
        """``unpaired`` as one case-insensitive alternation, for a page that lower-casing would change in length
        ("İ"); compiled only when such a page comes."""
        return re.compile(_alternation([_wrapping(p) for p in self.cues]), re.IGNORECASE)

    @functools.cached_property
    def pairs(self) -> tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None], ...]:
        """(cue, companion in the sentence, companion anywhere on the page or None) of each paired cue, compiled."""
        return tuple((_run_form(p.cue), _run_form(p.near), _run_form(p.near_on_page) if p.near_on_page else None)
                     for p in self.paired_cues)

    @functools.cached_property
    def skipped_headings(self) -> re.Pattern[str] | None:
        """``skip_headings`` as one alternation that must hold a whole line, or None."""
        return re.compile(r"[ \t]*(?:" + "|".join(f"(?:{p})" for p in self.skip_headings) + r")[ \t]*", re.IGNORECASE) \
            if self.skip_headings else None

    @functools.cached_property
    def silencers(self) -> re.Pattern[str] | None:
        """``said_in_public``, ``said_of_the_law``, ``said_of_procedure`` and ``said_of_other_interests`` as one
        alternation, or None."""
        patterns = (*self.said_in_public, *self.said_of_the_law, *self.said_of_procedure, *self.said_of_other_interests)
        return re.compile("|".join(f"(?:{_wrapping(p)})" for p in patterns), re.IGNORECASE) if patterns else None

    @functools.cached_property
    def group_words(self) -> re.Pattern[str] | None:
        """``said_of_groups`` as one alternation, or None."""
        return re.compile("|".join(f"(?:{_wrapping(p)})" for p in self.said_of_groups), re.IGNORECASE) \
            if self.said_of_groups else None

    @functools.cached_property
    def back_reference(self) -> re.Pattern[str] | None:
        """``reaches_back`` as one alternation, or None."""
        return re.compile("|".join(f"(?:{_wrapping(p)})" for p in self.reaches_back), re.IGNORECASE) \
            if self.reaches_back else None

    @functools.cached_property
    def skipped_lines(self) -> re.Pattern[str] | None:
        """``skip_lines`` as one alternation anchored at a line start, or None."""
        return re.compile(r"[ \t]*(?:" + "|".join(f"(?:{p})" for p in self.skip_lines) + ")", re.IGNORECASE) \
            if self.skip_lines else None


@functools.lru_cache(maxsize=256)
def _run_form(pattern: str) -> re.Pattern[str]:
    """A paired cue or a companion as it runs: widened blanks, case-insensitive. Cached: the load check compiles it
    and the rule's ``pairs`` finds it compiled.

    Raises:
        re.error: the pattern does not compile as run.
    """
    return re.compile(_wrapping(pattern), re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _cue_forms(cues: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A rule's cues in the forms they run in: (those without a case-sensitive part, lower-cased, as one
    alternation to run without IGNORECASE on the page's lower-case text; those with one, as they are, with
    IGNORECASE). Matching without IGNORECASE is about three times faster, and the cues find the same places.
    Cached: the load check compiles them and hands them to the rule, so a process compiles them once.

    Raises:
        re.error: a cue does not compile as run, or the cues do not compile together.
    """
    plain = [_lower_literals(_wrapping(p)) for p in cues if "(?-i:" not in p]
    cased = [_wrapping(p) for p in cues if "(?-i:" in p]
    return (re.compile(_by_first_character(plain)) if plain else None,
            re.compile(_alternation(cased), re.IGNORECASE) if cased else None)


def _by_first_character(patterns: list[str]) -> str:
    r"""One alternation of the lower-case ``patterns`` that tries, at a position, only the cues that can start with its
    character: one group per character, behind a look-ahead for it, holds those cues in their order (a cue whose first
    character is not known stands in every group, and in a last group for the other characters). A position has one
    character, so one group applies and the first cue to match is the one the plain alternation finds; groups of cues
    that all start with ``\b`` share it. About a fifth less time than ``_alternation`` on the lower-cased page."""
    sets = [_first_characters(p) for p in patterns]
    union = sorted(set().union(*(s for s in sets if s)))
    word_groups, other_groups = [], []
    for ch in union:
        members = [p for p, s in zip(patterns, sets) if s is None or ch in s]
        if all(p.startswith(r"\b") and not _top_level_bar(p) for p in members):
            word_groups.append(f"(?={re.escape(ch)})(?:" + "|".join(f"(?:{p[2:]})" for p in members) + ")")
        else:
            other_groups.append(f"(?={re.escape(ch)})(?:" + "|".join(f"(?:{p})" for p in members) + ")")
    parts = [r"\b(?:" + "|".join(word_groups) + ")"] if word_groups else []
    parts += other_groups
    rest = [p for p, s in zip(patterns, sets) if s is None]
    if rest:
        guard = "(?![" + "".join(re.escape(c) for c in union) + "])" if union else ""
        parts.append(guard + "(?:" + "|".join(f"(?:{p})" for p in rest) + ")")
    return "|".join(f"(?:{p})" for p in parts)


def _first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, read from its parse; None when unsure or when it can
    match the empty string (then the cue stands in every group)."""
    try:
        chars, nullable = _first_of(list(_parser.parse(pattern)))
    except re.error:
        return None
    return None if chars is None or nullable else frozenset(chars)


def _first_of(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, whether all of ``items`` can match nothing)."""
    out: set[str] = set()
    for op, arg in items:
        chars, nullable = _first_of_item(op, arg)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_of_item(op: object, arg: object) -> tuple[set[str] | None, bool]:
    if op is _constants.LITERAL:
        return {chr(arg)}, False  # type: ignore[arg-type]
    if op is _constants.IN:
        chars: set[str] = set()
        for o, a in arg:  # type: ignore[attr-defined]
            if o is _constants.LITERAL:
                chars.add(chr(a))
            elif o is _constants.RANGE and a[1] - a[0] < 64:
                chars |= {chr(x) for x in range(a[0], a[1] + 1)}
            else:  # a negated class, a category (\w), a wide range: any character
                return None, False
        return chars, False
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return set(), True  # a boundary or a look-around consumes nothing
    if op is _constants.SUBPATTERN:
        return _first_of(list(arg[3]))  # type: ignore[index]
    if op is _constants.BRANCH:
        out: set[str] = set()
        nullable = False
        for branch in arg[1]:  # type: ignore[index]
            chars_b, null_b = _first_of(list(branch))
            if chars_b is None:
                return None, False
            out |= chars_b
            nullable = nullable or null_b
        return out, nullable
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        chars_r, null_r = _first_of(list(arg[2]))  # type: ignore[index]
        return (None, False) if chars_r is None else (chars_r, null_r or arg[0] == 0)  # type: ignore[index]
    return None, False


def _alternation(patterns: list[str]) -> str:
    r"""One alternation of ``patterns``, in their order. Runs of cues that start with ``\b`` share one
    ``\b`` in front: the engine then tests a position once and skips the run inside a word, which is
    most positions of a page (a third less time for the passage rules; the same matches). Inside a run,
    cues that can only start with a word character share a ``(?=\w)`` as well: at the end of a word the
    engine then skips them at once instead of trying each (a sixth less time; the same matches)."""
    parts: list[str] = []
    run: list[str] = []
    for p in patterns:
        if p.startswith(r"\b") and not _top_level_bar(p):
            run.append(p[2:])
            continue
        if run:
            parts.append(_shared_boundary(run))
            run = []
        parts.append(f"(?:{p})")
    if run:
        parts.append(_shared_boundary(run))
    return "|".join(parts)


def _shared_boundary(run: list[str]) -> str:
    r"""The cues of ``run`` (their ``\b`` taken off) behind one ``\b``; consecutive cues that start with a word
    character behind one ``(?=\w)`` too, so the order of the cues, and with it every match, stays as it was."""
    groups: list[tuple[bool, list[str]]] = []
    for cue in run:
        word = _starts_with_word_character(cue)
        if groups and groups[-1][0] == word:
            groups[-1][1].append(cue)
        else:
            groups.append((word, [cue]))
    inner = []
    for word, cues in groups:
        body = "|".join(f"(?:{c})" for c in cues)
        inner.append(rf"(?=\w)(?:{body})" if word else body)
    return r"\b(?:" + "|".join(f"(?:{i})" for i in inner) + ")"


def _starts_with_word_character(pattern: str) -> bool:
    """Whether every match of ``pattern`` starts with a word character (read from its parse; False when unsure)."""
    try:
        items = list(_parser.parse(pattern))
    except re.error:
        return False  # the check names the cue; here it only loses the shortcut
    return _first_is_word(items)


def _first_is_word(items: list[tuple[object, object]]) -> bool:
    if not items:
        return False
    op, arg = items[0]
    if op is _constants.LITERAL:
        return _is_word(chr(arg))  # type: ignore[arg-type]
    if op is _constants.IN:
        return all((o is _constants.LITERAL and _is_word(chr(a)))
                   or (o is _constants.RANGE and _is_word(chr(a[0])) and _is_word(chr(a[1])) and a[1] - a[0] < 26)
                   or (o is _constants.CATEGORY and a is _constants.CATEGORY_WORD)
                   for o, a in arg)  # type: ignore[attr-defined]
    if op is _constants.SUBPATTERN:
        return _first_is_word(list(arg[3]))  # type: ignore[index]
    if op is _constants.BRANCH:
        return all(_first_is_word(list(branch)) for branch in arg[1])  # type: ignore[index]
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        return arg[0] >= 1 and _first_is_word(list(arg[2]))  # type: ignore[index]
    return False


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _lower_literals(pattern: str) -> str:
    r"""``pattern`` with its letters in lower case, but not the letter of an escape (``\S`` stays ``\S``)."""
    out, escaped = [], False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = not escaped and ch == "\\"
    return "".join(out)


def _top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has a "|" outside any group or character class (then its word boundary is not shared)."""
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def _wrapping(pattern: str) -> str:
    """A space in a cue matches any white space: a PDF line may end inside the phrase ("in\nvertrouwen"); an optional
    space (" ?", as in "cash ?flow", "12 ?kg") matches none or any (as "\\s+?" it would still need one)."""
    return re.sub(r"(?<!\\) (\?)?", lambda m: r"\s*" if m.group(1) else r"\s+", pattern)


class FieldRule(_Strict):
    """A labelled field ("Van:", "Geboortedatum:") and what its value holds."""

    labels: tuple[str, ...] = Field(min_length=1)
    entity: Literal["PERSON", "ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT"]
    # The value is a name or a part of one ("Achternaam:", "Roepnaam:"): any capitalised word counts,
    # even one that no lexicon lists or that is also a word ("Groen").
    name_part: bool = False


class VenueWords(_Strict):
    """Words that open a business's or a body's own name ("Bakkerij De Korenschoof", "Wijkraad Lunetten"): the
    capitalised words after one name no person."""

    words: tuple[str, ...] = ()  # "Café", "Bakkerij", "V.O.F.", "Stichting"
    compound_endings: tuple[str, ...] = ()  # a trade's compound ("Hoveniersbedrijf", "Autohandel") ends in one
    # a residents' or clients' body: one of the prefixes joined to one of the endings ("Wijkraad", "Huurdersvereniging")
    body_prefixes: tuple[str, ...] = ()
    body_endings: tuple[str, ...] = ()


class PeopleRules(_Strict):
    """What the person detector needs besides the lexicons."""

    fields: tuple[FieldRule, ...]
    titles: tuple[str, ...]
    salutations: tuple[str, ...]
    particles: tuple[str, ...]
    surname_suffixes: tuple[str, ...] = ()
    # "mijn man Ruurd", "her brother Wang Jun": a family word after a possessive introduces a name
    possessives: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    relation_adjectives: tuple[str, ...] = ()  # "haar oudere zus Nouhaila", "the eldest son": before the relation
    # Closing lines of a letter or e-mail; the first name on the line under one is the sender ("Groet,\nBas")
    closings: tuple[str, ...] = ()
    # Words with which someone gives their own name ("u spreekt met Mirthe")
    introductions: tuple[str, ...] = ()
    # Nouns for a private person in an apposition before a name ("een burger, X Y,", "the applicant X Y"), and
    # words after a name that only a person has ("X Y, wonend aan", "X Y (06-...)"): a name then needs no lexicon
    person_nouns: tuple[str, ...] = ()
    person_tails: tuple[str, ...] = ()
    not_names: tuple[str, ...] = ()
    # Degrees and letters written after a name ("Wubbolts MSc", "De Wit LL.M"): part of the name, never a name
    post_nominals: tuple[str, ...] = ()
    # Word lists the person rules read around a name, which a ministry may extend without code
    venues: VenueWords = VenueWords()
    # the last part of a Dutch street's name ("Kerkstraat", "Molenweg"): a role or a first name before one names no person
    street_words: tuple[str, ...] = ()
    # labels of the minute-taker's initials ("notulen: SK", "Minute-taker: JdV"), matched in any case
    minute_taker_labels: tuple[str, ...] = ()
    # a board's posts in brackets after a member's name ("Dame Sarah Lockwood (Chair)"), public where the paragraph
    # names the board and its chief executive or members
    board_posts: tuple[str, ...] = ()
    first_name_lexicons: tuple[str, ...]
    surname_lexicons: tuple[str, ...] = ()
    common_word_lexicons: tuple[str, ...] = ()
    # "Reginald: Reggie, Reg": everyday forms of a first name that do not open it
    nickname_lexicons: tuple[str, ...] = ()


class OfficialRules(_Strict):
    """How public officials acting in their public role are recognised."""

    role_words: tuple[str, ...] = Field(min_length=1)
    # Titles of office that count only capitalised and right before the name ("Secretary Mayorkas"),
    # as the same word in lower case is often a junior post ("the secretary, Jane Smith")
    title_roles: tuple[str, ...] = ()
    # Offices that count as a role only above a signature ("de secretaris,\nw.g. X"): elsewhere the word is
    # often a private post ("de secretaris van de vereniging")
    signature_roles: tuple[str, ...] = ()
    # Offices that count as a role only after a name in a council's attendance list, where members are listed by
    # party ("Hilde Peeters, algemeen directeur"): elsewhere the words are often a firm's post
    council_roles: tuple[str, ...] = ()
    not_roles: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    list_file: str


class MarkerRules(_Strict):
    """Traces of earlier redaction that stand where text was."""

    labels: tuple[str, ...]
    code_pattern: str

    @field_validator("code_pattern")
    @classmethod
    def _valid(cls, value: str) -> str:
        _compile(value)
        return value


class SignatureRules(_Strict):
    """Where a letter is signed: the closing above the signature, and the size of the space it fills."""

    closings: Patterns = ()  # a closing line ("Met vriendelijke groet")
    labels: Patterns = ()  # a form's signature field ("Handtekening:"): the picture beside or under it
    score: float = Field(0.6, ge=0, le=1)
    min_height: float = 14.0  # points between the closing and the signer's line, at least
    max_height: float = 90.0  # the space searched below a closing with no signer's line under it
    min_width: float = 160.0
    max_width: float = 260.0  # the space searched beside or under a signature field's label
    max_lines_between: int = 2  # lines OCR may read in a scribble


class TermList(_Strict):
    """A list of words that passage cues name as ``{name}`` ("{condition}"), so that one list of conditions
    serves every cue that needs one. Entries are literal words or phrases; a leading ``*`` stands for the rest of
    a compound ("*kanker": longkanker, borstkanker)."""

    name: str = Field(pattern=r"^[a-z_]+$")
    words: tuple[str, ...] = ()
    lexicons: tuple[str, ...] = ()  # text files beside the pack, one entry a line


_TERM_NAME = re.compile(r"\{([a-z_]+)\}")


def _term_alternation(entries: set[str]) -> str:
    """The entries as one non-capturing group, longest first so a phrase wins over its first word."""
    forms = sorted(entries, key=lambda e: (-len(e), e))
    def literal(entry: str) -> str:  # words joined by a plain space, which the cue's run form widens to any blank
        return " ".join(re.escape(word) for word in entry.split())

    return "(?:" + "|".join(r"\w*" + literal(e[1:]) if e.startswith("*") else literal(e) for e in forms) + ")"


def _expand_terms(data: dict, path: Path) -> dict:
    """Replace ``{name}`` in the passage rules' patterns by the term list of that name, before they validate.

    Raises:
        RulePackError: a term list's lexicon is missing, or a pattern names a list the pack does not have.
    """
    raw = data.get("terms") or ()
    if not raw:
        return data
    try:
        terms = [TermList.model_validate(value) for value in raw]
    except ValidationError as exc:
        raise RulePackError(path, "(pack)", "terms", exc.errors()[0]["msg"]) from exc
    groups: dict[str, str] = {}
    for term in terms:
        name = term.name
        entries = {w.strip().lower() for w in term.words if w.strip()}
        for lexicon in term.lexicons:
            file = (path.parent / lexicon).resolve()
            if not file.is_file():
                raise RulePackError(path, "(pack)", f"terms.{name}", f"file not found: {lexicon}")
            entries |= {line.strip().lower() for line in file.read_text(encoding="utf-8").splitlines()
                        if line.strip() and not line.startswith("#")}
        groups[name] = _term_alternation(entries)

    def expand(value: object, rule: str) -> object:
        if isinstance(value, str):
            def group(match: re.Match[str]) -> str:
                if match.group(1) not in groups:
                    raise RulePackError(path, rule, "cues", f"unknown term list '{{{match.group(1)}}}'")
                return groups[match.group(1)]
            return _TERM_NAME.sub(group, value)
        if isinstance(value, list):
            return [expand(v, rule) for v in value]
        if isinstance(value, dict):  # a paired cue
            return {key: expand(v, rule) for key, v in value.items()}
        return value

    passages = [{key: expand(value, str(rule.get("id", "?"))) for key, value in rule.items()} if isinstance(rule, dict)
                else rule for rule in data.get("passages") or []]
    return {**data, "passages": passages}


class RulePack(_Strict):
    """A whole detection rule pack."""

    schema_version: Literal[1]
    id: str
    description: str = ""
    markers: MarkerRules
    people: PeopleRules
    officials: OfficialRules
    keep_addresses: Patterns = ()
    functional_mailboxes: Patterns = ()
    passages: tuple[PassageRule, ...] = ()
    # The opening of a document that is itself a public statement (a speech, a press release), searched in
    # the first lines of its first page; rules with ``in_public_statements: false`` stay silent in it.
    public_statements: Patterns = ()
    # The opening of a text written for everyone and about no one in particular (a regulation, a sick-leave
    # protocol, guidance), searched the same way; rules with ``in_general_texts: false`` stay silent in it.
    general_texts: Patterns = ()
    signatures: SignatureRules = SignatureRules()
    # Word lists the passage cues name as ``{name}``; expanded into the cues at load (``_expand_terms``)
    terms: tuple[TermList, ...] = ()
    path: Path = Field(default=Path(), exclude=True)

    def lexicon_path(self, name: str) -> Path:
        return (self.path.parent / name).resolve()

    @property
    def version(self) -> str:
        """A fingerprint of the pack and its lexicons, for caches and the audit trail."""
        import hashlib

        digest = hashlib.sha256(self.path.read_bytes())
        term_files = (lexicon for term in self.terms for lexicon in term.lexicons)
        for name in (*self.people.first_name_lexicons, *self.people.surname_lexicons, *self.people.nickname_lexicons,
                     self.officials.list_file, *term_files):
            digest.update(self.lexicon_path(name).read_bytes())
        return digest.hexdigest()[:16]


@functools.lru_cache(maxsize=8)
def load_rule_pack(name_or_path: str | Path = "default") -> RulePack:
    """Load and validate a rule pack by name (``rules/detection/<name>.yaml``) or path.

    Raises:
        RulePackError: the file is missing, not YAML, or does not validate.
    """
    path = Path(name_or_path)
    if path.suffix not in {".yaml", ".yml"}:
        path = RULES_DIR / "detection" / f"{name_or_path}.yaml"
    if not path.is_file():
        raise RulePackError(path, "(file)", "path", "rule pack not found")
    try:
        data = read_yaml(path)
    except yaml.YAMLError as exc:
        raise RulePackError(path, "(file)", "(yaml)", f"not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise RulePackError(path, "(file)", "(root)", "expected a mapping at the top level")
    data = _expand_terms(data, path)
    try:
        pack = RulePack.model_validate({**data, "path": path})
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = list(err["loc"])
        rule = "(pack)"
        if loc and loc[0] == "passages" and len(loc) > 1 and isinstance(loc[1], int):
            passages = data.get("passages") or []
            rule = str(passages[loc[1]].get("id", f"#{loc[1]}")) if loc[1] < len(passages) else rule
        raise RulePackError(path, rule, ".".join(str(x) for x in loc), err["msg"]) from exc
    for name in (*pack.people.first_name_lexicons, *pack.people.surname_lexicons,
                 *pack.people.common_word_lexicons, *pack.people.nickname_lexicons, pack.officials.list_file):
        if not pack.lexicon_path(name).is_file():
            raise RulePackError(path, "(pack)", "lexicon", f"file not found: {name}")
    return pack
