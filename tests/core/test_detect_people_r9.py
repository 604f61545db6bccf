"""People rules of round 9: a child's field, relatives by diminutive, by whose relative they are and in brackets, a
name with the writer, a clause after a name, a party after a remark in brackets, signers side by side, surnames first
in a cell, a greeting in a quoted reply, a first name that owns a place's name, a unit's line in a letterhead."""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import kept, redacted


def test_a_childs_field_names_the_child() -> None:
    text = "CASE NOTE\nChild: Babajide Okonjo-Hart\nYoung person: Zuzanna Kaczmarek\n"
    flagged = redacted(text, "PERSON")
    assert "Babajide Okonjo-Hart" in flagged and "Zuzanna Kaczmarek" in flagged


def test_a_particle_abbreviated_in_a_name() -> None:  # "vd" for "van de(n)", as a chat's display name has it
    assert "Anneke vd Wal" in redacted("Verslag: Anneke vd Wal\nDe buren hebben geen bezwaar.\n", "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("Vader zegt dat Daan 's ochtends op zijn broertje Mats past.\n", "Mats"),
    ("Moeder brengt haar zusje Noor naar de opvang.\n", "Noor"),
    ("The adviser met the client, Mrs Ruth Amadi, whose son Tobias is in care.\n", "Tobias"),
    ("Tijdens het bezoek was Yusuf's older sister Hatice ook thuis.\n", "Hatice"),
])
def test_a_relative_by_a_diminutive_or_whose_relative(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


def test_a_given_name_no_lexicon_lists_is_found_alone_further_on() -> None:
    text = "Aanwezig: Chidinma Eze (moeder).\n\nChidinma vertelt dat de school heeft gebeld.\n"
    assert redacted(text, "PERSON").count("Chidinma") == 1


def test_a_wijkwethouder_is_kept() -> None:
    text = "Onze wijkwethouder, Sanne Visscher-Bolk, komt in mei langs; mijn collega Tim Hoekstra plant het.\n"
    assert any("Visscher-Bolk" in k for k in kept(text))
    assert "Tim Hoekstra" in redacted(text, "PERSON")


def test_a_representative_by_title_is_kept() -> None:
    text = "His mother has also written to the office of Representative Dolores Whitcombe-Arana about the delay.\n"
    assert "Dolores Whitcombe-Arana" in kept(text)
    assert redacted(text, "PERSON") == []
