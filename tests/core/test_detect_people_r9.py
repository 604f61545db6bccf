"""People rules of round 9: a child's field, relatives by diminutive, by whose relative they are and in brackets, a
name with the writer, a clause after a name, a party after a remark in brackets, signers side by side, surnames first
in a cell, a greeting in a quoted reply, a first name that owns a place's name, a unit's line in a letterhead."""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import detect, kept, redacted


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


def test_whose_relative_someone_is_names_them() -> None:
    text = "During the visit Kofi's younger brother played in the garden.\n"
    assert "Kofi" in redacted(text, "PERSON")


def test_a_bodys_partner_is_no_persons_relative() -> None:
    assert redacted("The Council's partner organisations and the Trust's partners met in March.\n") == []


def test_a_relatives_name_in_brackets_after_the_relation() -> None:
    text = "Present were mum (Folasade Ogunbiyi) and the children. Folasade said the rent was paid.\n"
    flagged = redacted(text, "PERSON")
    assert "Folasade Ogunbiyi" in flagged and flagged.count("Folasade") == 1


def test_a_given_name_no_lexicon_lists_is_found_alone_further_on() -> None:
    text = "Aanwezig: Chidinma Eze (moeder).\n\nChidinma vertelt dat de school heeft gebeld.\n"
    assert redacted(text, "PERSON").count("Chidinma") == 1


@pytest.mark.parametrize(("text", "name"), [
    ("Hoi allemaal, Pieter en ik rijden zaterdag mee naar het toernooi.\n", "Pieter"),
    ("Thanks all, Gemma and I will bring the urn on Friday.\n", "Gemma"),
])
def test_a_first_name_with_the_writer(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


def test_a_place_with_the_writer_is_no_one() -> None:
    assert redacted("Tussen Utrecht en ik ligt een uur rijden, schreef hij.\n", "PERSON") == []


def test_a_surname_after_een_zekere() -> None:
    assert "Bakker" in redacted("De verhuurder, een zekere Bakker, kwam onaangekondigd binnen.\n", "PERSON")


def test_a_clause_after_a_name_takes_no_role_from_it() -> None:
    text = "The Minister raised the case. His daughter, Oksana, has written to her MP, Daniel Prescott MP.\n"
    assert "Oksana" in redacted(text, "PERSON")
    assert "Daniel Prescott" in kept(text)


@pytest.mark.parametrize("tag", ["(voorzitter, VVD)", "(vz., D66)"])
def test_a_listed_party_after_a_remark_in_brackets_keeps_the_member(tag: str) -> None:
    text = f"Aanwezig: de heer P.J. Hulsbos {tag}, mevrouw K. Dinç (CDA)\nAfwezig: Jelle Boerema (notulist)\n"
    assert redacted(text, "PERSON") == ["Jelle Boerema"]
    assert any("Hulsbos" in k for k in kept(text))


def test_a_remark_and_a_unit_in_brackets_keep_no_one() -> None:
    text = "Aanwezig: Ilse Westerbeek (notulist, BZK), Mark Tiemens (DGWB)\n"
    assert not kept(text)


def test_a_wijkwethouder_is_kept() -> None:
    text = "Onze wijkwethouder, Sanne Visscher-Bolk, komt in mei langs; mijn collega Tim Hoekstra plant het.\n"
    assert any("Visscher-Bolk" in k for k in kept(text))
    assert "Tim Hoekstra" in redacted(text, "PERSON")


def test_a_representative_by_title_is_kept() -> None:
    text = "His mother has also written to the office of Representative Dolores Whitcombe-Arana about the delay.\n"
    assert "Dolores Whitcombe-Arana" in kept(text)
    assert redacted(text, "PERSON") == []


def test_signers_side_by_side_under_their_offices() -> None:
    text = ("Burgemeester en wethouders van Gemert-Bakel,\n"
            "de secretaris,                 de burgemeester,\n"
            "drs. H.P. Roovers-Brink        Femmigje Aartsen-Vlug\n")
    assert any("Aartsen-Vlug" in k for k in kept(text))
    assert redacted(text, "PERSON") == []


def test_signers_side_by_side_of_a_private_body_are_flagged() -> None:
    text = ("Namens het bestuur van de Stichting Dorpshuis,\n"
            "de voorzitter,                 de penningmeester,\n"
            "Harmke Lubbers-Dijk            Wobbe Terpstra\n")
    flagged = redacted(text, "PERSON")
    assert "Harmke Lubbers-Dijk" in flagged and "Wobbe Terpstra" in flagged


@pytest.mark.parametrize("cell", ["Al Amrani, K. aan Bos-Wijnands, H.J.", "Van Rijswijk, P. aan Kuipers-Doorn, E."])
def test_surnames_first_in_a_cell_with_particles_or_two_parts(cell: str) -> None:
    text = f"Nr.\tDatum\tVan / aan\tBeoordeling\n1\t04-07-2024\t{cell}\tdeels openbaar\n"
    first, second = cell.split(" aan ")
    flagged = redacted(text, "PERSON")
    assert first in flagged and second in flagged


def test_a_particle_surname_before_another_persons_initials_is_not_joined() -> None:
    flagged = redacted("Aanwezig: Van Dijk, A. de Vries en J. Smit\n", "PERSON")
    assert "A. de Vries" in " ".join(flagged) and not any(f.startswith("Van Dijk, A.") for f in flagged)


def test_a_greeting_in_a_quoted_reply_names_the_one_greeted() -> None:
    text = ("From: Ann Wright <a.wright@example.gov.uk>\nTo: Priya Raval <p.raval@example.gov.uk>\n"
            "Subject: Re: rota\n\nFine by me.\n\nOn Tue, 4 Mar 2025 at 09:10, Priya Raval wrote:\n"
            "> Hi Tash,\n> Can you swap Friday with me?\n")
    assert "Tash" in redacted(text, "PERSON")


def test_a_greeting_to_a_place_or_a_body_names_no_one() -> None:
    text = ("From: Ann Wright <a.wright@example.gov.uk>\nTo: Leeds Office <leeds@example.gov.uk>\n"
            "Subject: rota\n\nHello Leeds,\nDear Council,\nThe rota is attached.\n")
    assert redacted(text, "PERSON") == ["Ann Wright"]


@pytest.mark.parametrize("place", ["Lee's Summit", "Martha's Vineyard"])
def test_a_first_name_that_owns_a_places_name_is_no_one(place: str) -> None:
    text = f"The records are kept at the National Records Center, {place}, and were sent on 3 March.\n"
    assert redacted(text, "PERSON") == []


def test_an_address_under_a_bodys_unit_in_a_letterhead_is_the_bodys() -> None:
    text = ("Home Office\nHM Passport Office and Immigration Enforcement\nPeel Building, 2 Marsham Street, London SW1P 4DF\n\n"
            "Mrs Adaeze Nwosu\n14 Elm Grove\nLuton LU2 7AB\n")
    flagged = [c.text for c in detect(text) if c.status == "suggested" and c.entity == "ADDRESS"]
    assert not any("Marsham" in f or "SW1P" in f for f in flagged)
    assert any("Elm Grove" in f for f in flagged)


# -- the fixes after batch 204 --------------------------------------------------------------------------------------
def test_belgian_parties_keep_their_council_members() -> None:
    text = ("Verslag gemeenteraad\nAanwezig: Ann Smets (N-VA), schepen; Pieter Claes (CD&V), raadslid;\n"
            "Els Maes (Vooruit), raadslid\n\nEen inwoner, de heer Luc Segers, vraagt het woord.\n")
    assert redacted(text, "PERSON") == ["Luc Segers"]


def test_a_councils_officer_beside_members_by_party_is_kept() -> None:
    text = ("Aanwezig: Ann Smets (N-VA), burgemeester; Pieter Claes (CD&V), raadslid; Joris Wuyts, algemeen directeur\n"
            "Verontschuldigd: Els Maes (Groen), raadslid\n")
    assert "Joris Wuyts" in kept(text)
    assert redacted(text, "PERSON") == []


def test_a_firms_algemeen_directeur_is_flagged() -> None:
    text = "Namens de aannemer waren aanwezig: Joris Wuyts, algemeen directeur, en Kim Peeters, werfleider.\n"
    assert "Joris Wuyts" in redacted(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Says her boyfriend, a man called Kyle, shouted at him on the stairs.\n",
    "14/01/25  Reports music after midnight. Says her boyfriend, a man called\n          Kyle, shouted at him.\n",
])
def test_someone_known_only_by_what_they_are_called(text: str) -> None:
    assert "Kyle" in redacted(text, "PERSON")


def test_a_dog_called_by_name_is_no_one() -> None:
    assert redacted("The tenant keeps a dog called Max in the flat.\n", "PERSON") == []


@pytest.mark.parametrize(("text", "address"), [
    ("I have lived at 2214 Calle del Norte, Las Cruces, since 2011.\n", "2214 Calle del Norte"),
    ("Complainant: Mr Piotr Nowak (Flat 12, Mercer House)\n", "Flat 12, Mercer House"),
])
def test_a_home_address_of_a_southwestern_street_or_a_flat_in_a_block(text: str, address: str) -> None:
    flagged = [c.text for c in detect(text) if c.status == "suggested" and c.entity == "ADDRESS"]
    assert any(address in f for f in flagged)


def test_a_firms_unit_in_a_business_park_is_no_home() -> None:
    flagged = [c.text for c in detect("Deliveries go to Unit 3, Riverside Court.\n") if c.entity == "ADDRESS"]
    assert flagged == []
