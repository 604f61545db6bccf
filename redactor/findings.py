"""What detection proposes: a candidate redaction with its reason."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

from redactor.document import Rect

Status = Literal["suggested", "kept"]
# Scores at or above this are validated identifiers: redacted unless a reviewer rejects them.
# Below it, a finding is a suggestion the reviewer must confirm (names, passages).
AUTO_REDACT_SCORE = 0.85


@dataclass
class Candidate:
    """A passage detection proposes to redact (or, when ``status == 'kept'``, to keep).

    ``start``/``end`` index the page's normalised text; ``rects`` are the glyph boxes
    of those characters, one per line, in PDF points. ``reason`` is rendered in the
    dossier's language; ``reason_key`` and ``reason_args`` render it in any language
    (:func:`redactor.detect.reasons.describe`), ``None`` for a free-text reason.
    """

    document: str
    page: int
    start: int
    end: int
    text: str
    entity: str
    interest: str
    ground: str | None
    score: float
    source: str
    rule: str
    reason: str
    rects: list[Rect] = field(default_factory=list)
    status: Status = "suggested"
    reason_key: str | None = None
    reason_args: dict[str, object] | None = None

    @property
    def auto(self) -> bool:
        return self.status == "suggested" and self.score >= AUTO_REDACT_SCORE

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        del data["reason_key"], data["reason_args"]  # the output keeps the rendered reason only
        data["rects"] = [[round(v, 2) for v in r] for r in self.rects]
        return data
