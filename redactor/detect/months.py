"""Month names as the detectors read them in dates, in Dutch and English: one list for every rule that needs them."""

from __future__ import annotations

FULL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december", "january", "february", "march", "may", "june", "july", "august", "october")
SHORT = ("jan", "feb", "mar", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # longest first: "januari" before "jan"


FULL_PATTERN = _alternation(FULL)  # for a case-insensitive regex: "3 maart", "March 3"
ANY_PATTERN = _alternation(FULL + SHORT)  # also "3 mrt.", "14 Jun 1988"
CAPITALISED = frozenset(m.title() for m in FULL)  # "Maart", "June": words that stand capitalised in a date
