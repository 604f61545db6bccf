"""People and identifiers, fourth round: each rule that unseen batches 101 and on asked for, and what it leaves alone."""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import detect, kept, redacted

BENCH = ("Deze uitspraak is gedaan door mr. A.B. Smit als voorzitter en mr. C. de Leeuw en mr. D. Bakker-Oost als\n"
         "leden, in tegenwoordigheid van E. Ruiter als griffier. De beslissing is uitgesproken in het openbaar.\n")


@pytest.mark.parametrize("name", ["mr. A.B. Smit", "mr. C. de Leeuw", "mr. D. Bakker-Oost", "E. Ruiter"])
def test_a_rulings_bench_and_clerk_are_kept(name: str) -> None:
    assert name in kept(BENCH)
    assert redacted(BENCH) == []


def test_the_bench_ends_with_its_sentence() -> None:
    text = ("Aldus vastgesteld door mr. F. Hoek, staatsraad, in tegenwoordigheid van mr. G. Prins, griffier.\n"
            "Namens appellant is mr. H. Kuiper, advocaat, verschenen.\n")
    assert {"mr. F. Hoek", "mr. G. Prins"} <= set(kept(text))
    assert redacted(text) == ["mr. H. Kuiper"]


def test_a_party_in_a_ruling_is_no_judge() -> None:
    text = "De zaak is behandeld ter zitting, waar appellant is verschenen, bijgestaan door mr. P. Visser, advocaat.\n"
    assert redacted(text) == ["mr. P. Visser"]


TABLE = ("Nr | Aanvrager | Rechtsvorm | Bedrag\n"
         "1 | Stichting Dorpshuis De Kiel | stichting | € 4.000\n"
         "2 | Tsjalling van der Meer | particulier | € 850\n"
         "3 | Vereniging Plaatselijk Belang Oost | vereniging | € 2.000\n")


def test_a_name_column_of_a_table_with_bars_between_the_cells_only() -> None:
    assert redacted(TABLE) == ["Tsjalling van der Meer"]


def test_a_table_with_bars_and_no_name_column_names_no_one() -> None:
    text = "Nr | Datum | Omschrijving\n1 | 12-01-2024 | Verslag Hembrug Overleg\n"
    assert redacted(text) == []


@pytest.mark.parametrize("number", ["06-4173-\n2895", "+31 6 4173-\n2895"])
def test_a_phone_number_wrapped_at_a_hyphen(number: str) -> None:
    assert redacted(f"Wie wil reageren, kan haar bellen op {number}.\n", "PHONE") == [number]


def test_a_chat_time_stamp_is_no_birth_date() -> None:
    text = ("[12-03-2023 14:05:02] Anna de Wit: Zijn kleindochter (geb. 4 juni 2011) rijdt mee\n"
            "[12-03-2023 14:07:19] Bram Kok: Prima\n")
    assert redacted(text, "DATE_OF_BIRTH") == ["4 juni 2011"]


def test_a_birth_date_at_a_line_start_is_still_one() -> None:
    assert redacted("Geboortedatum:\n12-03-1983\n", "DATE_OF_BIRTH") == ["12-03-1983"]


def test_an_address_book_entry_the_address_spells_out() -> None:
    text = "To: Okonkwo-Barnes, Adaeze (HHS/ASPA) <Adaeze.Okonkwo-Barnes@hhs.gov>\nSubject: comment\n\nAdaeze - see below.\n"
    assert "Okonkwo-Barnes, Adaeze" in redacted(text)
    assert "Adaeze" in redacted(text)


def test_an_address_book_entry_with_a_unit_is_a_person_whatever_the_first_name() -> None:
    text = "To: Okafor, Emeka (OS/IOS) <press.desk@hhs.gov>\nSubject: comment\n"
    assert "Okafor, Emeka" in redacted(text)
    assert "Desk, Press" not in redacted("To: Desk, Press (OS/IOS) <press.desk@hhs.gov>\n")  # words of a service


def test_a_hyphenated_first_name_of_two_listed_ones_in_an_address_book() -> None:
    assert "Tran, Minh-Anh" in redacted("From: Tran, Minh-Anh (CDC/NCIRD) <mta3@cdc.gov>\nSent: Monday\n")


def test_a_persons_own_address_is_no_service_box_whatever_its_shape() -> None:
    text = "From: Tran, Minh-Anh (CDC/NCIRD) <qkt7@cdc.gov>\nSent: Monday\n"
    assert "qkt7@cdc.gov" in redacted(text, "EMAIL")


def test_a_road_projects_box_stays_visible() -> None:
    assert redacted("Mail uw vragen aan Projectbureau A27 <a27@rws.nl>.\n", "EMAIL") == []


@pytest.mark.parametrize(("text", "name"), [
    ("The reporter named the Friesen-Martens family in Seminole.\n", "Friesen-Martens"),
    ("We visited the Whitaker family on 3 May.\n", "Whitaker"),
])
def test_a_family_by_its_surname(text: str, name: str) -> None:
    assert name in redacted(text)


def test_a_family_of_a_listed_first_name_is_no_surname() -> None:
    assert redacted("A statement by the Royal family followed the visit.\n") == []


def test_a_scans_zero_for_the_letter_o() -> None:
    text = "Uw medewerker, de heer 0. Kaya, schreef mij op 9 januari.\nMevr0uw Jansen belde ook.\n"
    assert {"0. Kaya", "Jansen"} <= set(redacted(text))


def test_a_scans_postbus_with_a_zero_stays_visible() -> None:
    assert redacted("Aan het college\nP0stbus 20\n7500 AA  Enschede\n", "ADDRESS") == []


def test_a_numbered_heading_with_zero_is_no_initial() -> None:
    assert redacted("Hoofdstuk 0. Samenvatting van het advies\n") == []


def test_a_double_surname_a_scan_parted_before_its_hyphen() -> None:
    assert "E. Zielińska -Bos" in redacted("Afzender: E. Zielińska -Bos\nBroekstraat 117\n")


def test_a_home_in_brackets_after_a_name() -> None:
    text = "Daarna vertelde Tineke van Wijngaarden (Aalanden 14) waarom zij tegen de kap is.\n"
    assert "Aalanden 14" in redacted(text, "ADDRESS")


@pytest.mark.parametrize("text", [
    "Daarna vertelde Tineke van Wijngaarden (Groep 7) over de kap.\n",  # a word, no street
    "Daarna vertelde Tineke van Wijngaarden (Ajax 1995) over de kap.\n",  # a year, no house number
    ("Incident log of the school\nPupil: Amelia Whitaker (Year 4)\nParent: Ms. D. Whitaker\n\nAmelia told her teacher "
     "that she is scared to go home. A referral was made to the council.\n"),  # English: a class
])
def test_no_home_in_brackets_where_it_is_a_word_or_a_year(text: str) -> None:
    assert [c.text for c in detect(text) if c.entity == "ADDRESS"] == []
