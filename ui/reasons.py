"""Reasons and notes in the interface's language, whatever language they were stored in.

A finding's reason is shown from its key and arguments (``reason_key``/``reason_args``,
stored since migration 0006; see :func:`redactor.detect.reasons.describe`). :func:`reason_in`
is only the fallback for findings screened before that, which keep just the text rendered
at screening in the dossier's language (Dutch for a Woo dossier), and is used only when that
language differs from the interface's. The reasons are rendered from the templates in
:mod:`redactor.detect.reasons`, so the text can be read back: it is matched against every
template in every language, and the key and arguments found are rendered again in the
interface's language. A text no template matches (a rule pack's own wording) is shown as
stored. The notes the app writes on manual boxes are stored in English (the audit log's
language) and translated here.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from redactor.detect.reasons import REASONS, render
from redactor.rulepack import Reason

_FLAGS = ("checksum", "context")  # appended to a reason: " (checksum valid)"


def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    for literal, field, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if field:
            parts.append(f"(?P<{field}>.+?)")
    return re.compile("".join(parts), re.DOTALL)


@functools.cache
def _templates() -> list[tuple[str, re.Pattern[str]]]:
    """(key, pattern) for every template but the flags, the most literal text first (the most specific)."""
    found = [(key, template) for key, languages in REASONS.items() if key not in _FLAGS
             for template in languages.values()]
    found.sort(key=lambda kt: -len(re.sub(r"\{\w+\}", "", kt[1])))
    return [(key, _pattern(template)) for key, template in found]


Passages = tuple[tuple[str, str], ...]  # a rule pack's passage reasons, (nl, en)


def passage_reasons(reasons: Iterable[Reason]) -> Passages:
    return tuple((r.nl, r.en) for r in reasons)


@functools.lru_cache(maxsize=4096)
def reason_in(reason: str, language: str, passages: Passages = ()) -> str:
    """``reason`` (as stored) in ``language`` ('nl' or 'en'); a passage's reason quotes one of ``passages``."""
    base, flags = reason, []
    while True:  # " (controlegetal klopt)" and the like, at the end
        flag = next((key for key in _FLAGS for text in REASONS[key].values() if base.endswith(text)), None)
        if flag is None:
            break
        base = base[: -len(next(t for t in REASONS[flag].values() if base.endswith(t)))]
        flags.insert(0, flag)
    for key, pattern in _templates():
        match = pattern.fullmatch(base)
        if match is None:
            continue
        args = match.groupdict()
        if key == "passage":
            said = next((p for p in passages if args["text"] in p), None)
            args["text"] = said[language == "en"] if said else args["text"]
        return render(key, language, **args) + "".join(render(flag, language) for flag in flags)
    return reason


def note_label(note: str) -> str:
    """A note the app stored on a manual box ("drawn box"), in the interface's language; the reviewer's own
    notes as typed."""
    translate = QCoreApplication.translate
    if note == "drawn box":
        return translate("Notes", "drawn box")
    for prefix, text in (("selected text “", translate("Notes", "selected text “{text}”")),
                         ("every occurrence of “", translate("Notes", "every occurrence of “{text}”"))):
        if note.startswith(prefix) and note.endswith("”"):
            return text.format(text=note[len(prefix):-1])
    if note.startswith("page: "):
        return translate("Notes", "whole page: {judgement}").format(judgement=note[len("page: "):])
    return note
