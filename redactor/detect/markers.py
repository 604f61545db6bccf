"""Traces of an earlier redaction: labels and ground codes standing where text was."""

from __future__ import annotations

import re

from redactor.rulepack import RulePack


def marker_regex(pack: RulePack) -> re.Pattern[str]:
    """One regex for every label (whitespace-tolerant) and the ground-code pattern."""
    labels = [r"\s+".join(re.escape(w) for w in label.split()) for label in pack.markers.labels]
    labels.sort(key=len, reverse=True)
    return re.compile("(?:" + "|".join(labels) + ")|" + pack.markers.code_pattern, re.IGNORECASE)


def marker_spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of text that mark an earlier redaction, never to be flagged as content."""
    return [m.span() for m in regex.finditer(text)]
