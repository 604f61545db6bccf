"""The one small contract every detector shares, on top of presidio's recognizer.

A detector is a presidio ``EntityRecognizer`` that also says which *interest* its
findings protect (the ground set turns that into a code) and why it fired. Pattern
detectors declare ``PATTERNS``/``CONTEXT`` as class constants and override
``validate_result`` for checksums, as presidio's own recognizers do.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

CONTEXT_WINDOW = 48  # characters before a match searched for context words
# a column gap inside a line: three spaces or a tab between two words; a line with one is a table's row
COLUMN_GAP = re.compile(r"\S(?: {3,}|\t)\S")
# a line at least this long that breaks inside a sentence was wrapped by the page, not ended by the writer
WRAPPED_LINE = 45
CONTEXT_BOOST = 0.35
# how Dutch (and German) nouns of an organisation, a policy or a service end ("Juridische Zaken", "Bundespolizei",
# "communicatie@"): such a word is no surname and no person's mailbox
NOUN_ENDINGS = ("atie", "heid", "teit", "isme", "zaken", "beleid", "kunde", "ologie", "centrum", "dienst", "loket",
                "afdeling", "directie", "politie", "polizei", "ministerium", "behörde")


def wrapped_at(text: str, newline: int) -> bool:
    """Whether the line ending at ``newline`` is long enough for the page to have wrapped it, with no table's
    columns in it: a name or an address may then run on into the next line."""
    start = text.rfind("\n", 0, newline) + 1
    return newline - start >= WRAPPED_LINE and not COLUMN_GAP.search(text, start, newline)


def result(
    detector: EntityRecognizer, entity: str, start: int, end: int, score: float,
    *, interest: str, rule: str, reason: str, status: str = "suggested",
    args: dict[str, object] | None = None, flags: tuple[str, ...] = (),
) -> RecognizerResult:
    """A presidio result carrying our metadata (interest, rule, reason, status).

    ``reason`` is a key of :mod:`redactor.detect.reasons` (rendered later in the dossier's
    language) with its ``args``; ``flags`` are reason keys appended to it ("checksum").
    """
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=min(score, 1.0),
        analysis_explanation=AnalysisExplanation(
            recognizer=detector.name, original_score=score, textual_explanation=reason
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: detector.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: detector.id,
            "interest": interest,
            "rule": rule,
            "reason": reason,
            "reason_args": args or {},
            "reason_flags": flags,
            "status": status,
        },
    )


class PatternDetector(EntityRecognizer):
    """Regex detector with optional validation and context words.

    Subclasses set ``ENTITY``, ``INTEREST``, ``PATTERNS`` (name, regex, base score),
    ``CONTEXT`` (words that raise the score when they precede the match),
    ``NEGATIVE_CONTEXT`` (words that rule the match out) and ``REQUIRE_CONTEXT``.
    """

    ENTITY: ClassVar[str]
    INTEREST: ClassVar[str] = "personal_privacy"
    PATTERNS: ClassVar[list[tuple[str, str, float]]]
    CONTEXT: ClassVar[list[str]] = []
    NEGATIVE_CONTEXT: ClassVar[list[str]] = []
    REQUIRE_CONTEXT: ClassVar[bool] = False
    FLAGS: ClassVar[int] = 0
    # a match that fails its check is tried again without its last group of characters
    TRIM_GROUPS: ClassVar[bool] = False
    REASON: ClassVar[str]

    def __init__(self, language: str = "nl") -> None:
        self._compiled = [(n, re.compile(p, self.FLAGS), s) for n, p, s in self.PATTERNS]
        self._context = _words_regex(self.CONTEXT)
        self._negative = _words_regex(self.NEGATIVE_CONTEXT)
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language=language,
        )

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def validate_result(self, pattern_text: str) -> bool | None:
        """True: checksum valid; False: reject; None: no checksum for this entity."""
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        found: list[RecognizerResult] = []
        if self.REQUIRE_CONTEXT and not (self._context and self._context.search(text)):
            return found  # no context word anywhere on the page: no match can qualify
        for name, regex, base in self._compiled:
            for m in regex.finditer(text):
                start, end = m.span("v") if "v" in regex.groupindex else m.span()
                value = text[start:end]
                valid = self.validate_result(value)
                while valid is False and self.TRIM_GROUPS and re.search(r"\s", value):
                    # a group too many, from the next line or column ("NL55 RABO 6631 3867 99\n2025"): the number
                    # without its last group may be the valid one
                    value = re.sub(r"\s+\S+\Z", "", value)
                    end = start + len(value)
                    valid = self.validate_result(value)
                if valid is False:
                    continue
                before = text[max(0, start - CONTEXT_WINDOW):start]
                if self._negative and self._negative.search(before):
                    continue
                has_context = bool(self._context and self._context.search(before))
                if self.REQUIRE_CONTEXT and not has_context:
                    continue
                score = base + (CONTEXT_BOOST if has_context else 0.0)
                flags = (("checksum",) if valid else ()) + (("context",) if has_context else ())
                found.append(result(self, self.ENTITY, start, end, score, interest=self.INTEREST, rule=name,
                                    reason=self.REASON, flags=flags))
        return found


def _words_regex(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
