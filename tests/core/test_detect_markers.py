"""Traces of an earlier redaction stand where a name was: they are never flagged as a name themselves."""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import detect, redacted


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


@pytest.mark.parametrize("text", [
    "Gesprek met dhr. xxx over zijn aanvraag.\n",
    "Gesprek met mevrouw XXXX en de heer xxxxx over de aanvraag.\n",
    "Beste █████,\n\nDank voor je bericht.\n\nGroet,\n█████\n",
    "Van: XXXXX\nAan: 5.1.2 e\nOnderwerp: overleg\n\nBeste [naam], dank.\n",
    "Van: ■■■■■■\nAan: Woo-team\n\nZie bijlage.\n",
    "From: (b)(6), (b)(7)(C)\nTo: (b)(6)\nSubject: RE: visit\n\nThanks (b)(6).\n",
    "Dear [s.40(2)],\n\nThank you.\n\nRegards,\n[Section 40(2)]\n",
    "Van: [Name redacted]\nAan: 10.2e\nOnderwerp: stukken\n\nBeste 10.2.e, zie bijlage.\n",
    "Mevrouw [***] woont sinds 2019 in Assen.\n",
    "Contactpersoon: 5.1.2e (DGBEB), T 5.1.2e, M 06-5.1.2e\n",
    "Aanwezig: 5.1.2e (voorzitter), 5.1.2e, 5.1.2e (notulist)\n",
    "Met vriendelijke groet,\n\nXXXXXXX\nSenior adviseur\n",
    "Advies: 5.2.1\nHet COA opent volgende week een noodlocatie.\n",  # a code where the advice was: no opinion
])
def test_placeholders_and_codes_of_an_earlier_redaction_are_never_flagged(text: str) -> None:
    assert [c.text for c in detect(text) if c.status == "suggested"] == []


def test_an_email_address_an_earlier_redaction_left_as_its_code_is_no_finding() -> None:
    from tests.core.detect_helpers import detect

    text = "Aan: 5.1.2e@minbuza.nl\nVan: REDACTED@state.gov\nCC: j.smit@minbuza.nl\n"
    assert [c.text for c in detect(text) if c.entity == "EMAIL"] == ["j.smit@minbuza.nl"]


@pytest.mark.parametrize(("text", "passage"), [
    ("Option B shifts funds. (b)(5)\nI believe Option B is the better choice.", "I believe Option B is the better choice."),
    ("Zie de tekst.\n5.2.1 5.2.1\nIk vind dat we de brief moeten uitstellen.", "Ik vind dat we de brief moeten uitstellen."),
])
def test_a_code_on_its_own_line_before_a_passage_stays_out_of_it(text: str, passage: str) -> None:
    assert [c.text for c in detect(text) if c.ground == "5.2.1"] == [passage]


def test_a_bracketed_note_on_its_own_line_before_a_passage_stays_out_of_it() -> None:
    text = "Hoi 10.2.e,\n\n[weggelakt: 11.1]\nIk vind dat we de provincie eerst moeten horen.\n"
    assert [c.text for c in detect(text) if c.ground == "5.2.1"] == ["Ik vind dat we de provincie eerst moeten horen."]
