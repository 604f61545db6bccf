"""Names the publication shows: file names and titles with redacted words replaced by their ground.

A file is often named after the person it is about ("bezwaar Ploegmaker.pdf"). Once every
"Ploegmaker" on its pages is boxed, the published file name and the inventory row must not
name him either; Woo practice prints the ground where the word was ("bezwaar [5.1.2e].pdf").
"""

from __future__ import annotations

import re
import unicodedata

from redactor.verify import Redaction, secret_words

_WORD = re.compile(r"[^\W_]+")  # letters and digits: "notitie_ploegmaker" is two words here
_REPEAT = re.compile(r"(\[[^\]]+\])(?:[\s_.,-]+\1)+")


def secret_grounds(redactions: list[Redaction], kept_text: list[str]) -> dict[str, str]:
    """Each word redacted everywhere (never left visible on a published page), with its ground."""
    secrets = secret_words(redactions, dict(enumerate(kept_text)))
    grounds: dict[str, str] = {}
    for r in redactions:
        for word in _WORD.findall(_fold(r.text)):
            if word in secrets:
                grounds.setdefault(word, r.ground)
    return grounds


def mask(text: str, grounds: dict[str, str]) -> str:
    """``text`` with each secret word replaced by ``[ground]``; a run of them ("Pieter Ploegmaker") by one."""
    if not grounds:
        return text
    masked = _WORD.sub(lambda m: f"[{grounds[w]}]" if (w := _fold(m[0])) in grounds else m[0], text)
    return _REPEAT.sub(r"\1", masked)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()
