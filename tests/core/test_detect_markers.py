"""Traces of an earlier redaction stand where a name was: they are never flagged as a name themselves."""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import redacted


@pytest.mark.parametrize("header", [
    "From: Name Redacted\nTo: Press Office\nSubject: visit\n\nThanks, see below.\n",
    "From: [Redacted - Section 40]\nTo: FOI team\nSubject: RE: request\n\nNoted.\n",
    "Van: Geanonimiseerd\nAan: Woo-team\nOnderwerp: stukken\n\nZie bijlage.\n",
    "Van: Bescherming persoonlijke levenssfeer\nAan: 5.1.2e\nOnderwerp: overleg\n\nBeste [naam], dank.\n",
])
def test_a_redaction_label_in_a_header_is_no_name(header: str) -> None:
    assert redacted(header, "PERSON") == []


def test_a_first_name_left_beside_a_redacted_surname_is_still_a_name() -> None:
    assert "Maarten" in redacted("Dear Maarten [redacted],\n\nThank you for the call.\n", "PERSON")
