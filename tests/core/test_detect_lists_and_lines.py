"""Names and numbers whose meaning the line around them gives: a chat sender, a list of initials, a press line."""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import kept, redacted


def test_a_chat_sender_as_the_address_book_names_them_is_found_and_so_is_the_surname_later() -> None:
    text = ("[09:12] Verbeek, Anouk (LNV/DGNVLG)\nHeb jij het stuk al naar Dijkstra gestuurd?\n"
            "[09:14] Dijkstra, Hidde (LNV/DAJ)\nNog niet.\n")
    found = redacted(text, "PERSON")
    assert "Verbeek, Anouk" in found and "Dijkstra, Hidde" in found
    assert found.count("Dijkstra") == 1  # "naar Dijkstra gestuurd"
    assert not any("LNV" in f for f in found)


def test_a_chat_line_with_a_comma_but_no_first_name_is_no_sender() -> None:
    assert redacted("[09:12] Prima, dank\nTot morgen.\n", "PERSON") == []


def test_initials_in_an_attendance_list_are_people_and_so_are_their_later_mentions() -> None:
    text = "Aanwezig: JdV (vz), PK, MvdB, SA\n\n1. PK meldt dat het besluit vertraagd is. Actie: MvdB.\n"
    assert sorted(redacted(text, "PERSON")) == ["JdV", "MvdB", "MvdB", "PK", "PK", "SA"]


@pytest.mark.parametrize("text", ["Aanwezig: BZK, EZK, FIN, AZ\n", "Aanwezig: PK, SA\n", "CC: DGB, DJZ\n"])
def test_capitals_alone_in_a_list_are_departments_not_initials(text: str) -> None:
    assert redacted(text, "PERSON") == []


def test_a_role_in_brackets_belongs_to_the_name_before_it() -> None:
    text = "Attendees: Rebecca Pow MP (Minister), Owen Bradley (Policy Lead, Floods), Hannah Leese (notes)\n"
    assert "Rebecca Pow" in kept(text)
    assert "Owen Bradley" in redacted(text, "PERSON")


def test_a_role_word_before_a_chat_colon_names_an_official() -> None:
    text = ("[12-02-2024 21:14] Wethouder Van Rijswijk: Hoi Koen, morgen akkoord.\n"
            "[12-02-2024 21:20] Koen Bastiaansen: Top.\n[12-02-2024 21:22] Wethouder Van Rijswijk: Groet.\n")
    assert not any("Rijswijk" in f for f in redacted(text))
    assert "Van Rijswijk" in kept(text)


def test_a_press_releases_press_line_stays_but_a_mobile_does_not() -> None:
    line = "Voor vragen van de pers: woordvoerder Sandra Kuijpers, {}.\n"
    assert redacted(line.format("078 - 770 43 21"), "PHONE") == []
    assert redacted(line.format("06 - 28 45 91 07"), "PHONE") == ["06 - 28 45 91 07"]


def test_a_dutch_07x_landline_named_as_a_teams_line_is_no_mobile() -> None:
    assert redacted("Bel het team Vergunningen via 070 - 353 99 11.\n", "PHONE") == []
    assert redacted("Bel het team Vergunningen via 07912 448 613.\n", "PHONE") == ["07912 448 613"]


def test_an_officer_by_collar_number_and_surname() -> None:
    found = redacted("Attending officer: PC 2291 Hughes\n")
    assert "2291" in found and "Hughes" in found


def test_a_belgian_postcode_on_the_line_under_the_street() -> None:
    found = redacted("Aan: Mevrouw Annelies Vandenbroucke\nKerkstraat 112 bus 3\n9000 Gent\n", "ADDRESS")
    assert "Kerkstraat 112 bus 3" in found and "9000" in found


def test_a_hospital_named_after_a_person_is_no_person() -> None:
    assert redacted("Hij werd naar het Albert Schweitzer ziekenhuis in Dordrecht gebracht.\n", "PERSON") == []
