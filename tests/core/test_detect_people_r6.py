"""People rules of round 6: the word lists the person rules read (venues, street words, minute-taker labels, board
posts) are rule-pack data a ministry can extend without code."""

from __future__ import annotations

from functools import lru_cache

import pytest

from redactor.detect.lexicon import load_lexicon
from redactor.detect.people import PersonDetector
from redactor.rulepack import PeopleRules, load_rule_pack
from tests.core.detect_helpers import kept, redacted


@lru_cache(maxsize=2)
def _detector(extended: bool) -> PersonDetector:
    pack = load_rule_pack("default")
    if extended:
        data = pack.people.model_dump()  # as a ministry's own pack would extend the lists, validated the same way
        data["minute_taker_labels"] = [*data["minute_taker_labels"], "verslaglegging"]
        data["venues"]["words"] = [*data["venues"]["words"], "Pizzeria"]
        pack = pack.model_copy(update={"people": PeopleRules.model_validate(data)})
    return PersonDetector(pack, load_lexicon(pack))


def _names(text: str, extended: bool) -> list[str]:
    return [text[n.start:n.end] for n in _detector(extended).find_names(text)]


def test_default_pack_lists_the_word_lists() -> None:
    people = load_rule_pack("default").people
    assert "Bakkerij" in people.venues.words and "bedrijf" in people.venues.compound_endings
    assert "straat" in people.street_words and "notulist" in people.minute_taker_labels
    assert "Non-Executive Director" in people.board_posts


def test_pack_extends_minute_taker_labels() -> None:
    text = "Aanwezig: wethouder, teamleider Wonen, twee beleidsmedewerkers\nverslaglegging: TK\n"
    assert "TK" not in _names(text, extended=False)
    assert "TK" in _names(text, extended=True)


def test_pack_extends_venue_words() -> None:
    text = "Op 3 mei sprak de toezichthouder met de uitbater van Pizzeria Marco Polo over het terras.\n"
    assert any("Marco" in n for n in _names(text, extended=False))
    assert not any("Marco" in n for n in _names(text, extended=True))


def test_default_minute_taker_label_still_reads_initials() -> None:
    assert "SK" in _names("Aanwezig: RV (vz), ES\nnotulen: SK\n", extended=False)


# -- the fixes after batch 106 --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Ook de oudere zus, Nouhaila, was aanwezig en vertaalde.\n", "Nouhaila"),
    ("Her eldest son, Tomasz, was present at the visit.\n", "Tomasz"),
    ("Allocated worker: Tendai Moyo (Social Worker, Locality Team East)\n", "Tendai Moyo"),
    ("You can send them to our case officer Shurnel Woodley at the front desk.\n", "Shurnel Woodley"),
    ("Ik heb afgesproken dat mevrouw In het Veld de school belt.\n", "In het Veld"),
    ("Ik sprak mevrouw in 't Veld over de aanvraag.\n", "in 't Veld"),
    ("Jan Peter van den Berg kwam langs voor het gesprek.\n", "Jan Peter van den Berg"),
])
def test_person_is_flagged(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


@pytest.mark.parametrize(("text", "word"), [
    ("Op 21 maart 2024 bezocht ik het gezin in Kanaleneiland.\n", "Kanaleneiland"),  # a place after "gezin in"
    ("De grote broer van de buurman kwam kijken.\n", "broer"),
    ("The case officer will write to you within four weeks.\n", "case officer"),
    ("Mentor Karim Benali van het Cals College belt mij volgende week.\n", "College"),  # the school, not the surname
    ("Zij zit op het Stedelijk Gymnasium in Leiden.\n", "Gymnasium"),
])
def test_word_is_no_name(text: str, word: str) -> None:
    assert not any(word in t for t in redacted(text, "PERSON"))


def test_chat_display_name_with_office_words_is_the_first_name() -> None:
    chat = ("12-06-2024 08:02 - Mo Bakkali: Vrachtwagen staat weer op de stoep\n"
            "12-06-2024 08:05 - Mo Bakkali: Is van de verhuizer denk ik\n"
            "12-06-2024 08:11 - Wendy Gemeente Handhaving: Dank jullie, mijn collega komt kijken.\n"
            "12-06-2024 08:12 - Marco Buurman: Top\n")
    found = redacted(chat, "PERSON")
    assert "Wendy" in found and not any("Handhaving" in t for t in found)
    assert "Marco Buurman" in found  # a word that is a surname too stays in the saved name


@pytest.mark.parametrize(("text", "address", "flagged"), [
    ("Bedrijf: Restaurant Golden Lotus, Stationsstraat 9, 5211 EV 's-Hertogenbosch\n", "Stationsstraat 9", False),
    ("Bedrijf: Kapsalon Anja (eenmanszaak), Stationsstraat 9, 5211 EV 's-Hertogenbosch\n", "Stationsstraat 9", True),
    ("Naam: Anja de Wit, Stationsstraat 9, 5211 EV 's-Hertogenbosch\n", "Stationsstraat 9", True),
    ("To: Mr. Vernon R. Zagers\nTroy Road #12\nWindwardside, Saba\n", "Troy Road #12", True),
    ("She lives at #25 Back Street, Philipsburg.\n", "#25 Back Street", True),
    ("See item #12 Road safety plan in the annex.\n", "Road", False),
])
def test_business_and_windward_addresses(text: str, address: str, flagged: bool) -> None:
    assert any(address in t for t in redacted(text, "ADDRESS")) == flagged


# -- the fixes after batch 107 --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Beboete: DE HEER MUSTAFA KAYA, h.o.d.n. Snackbar De Kaai (eenmanszaak)\n", "DE HEER MUSTAFA KAYA"),
    ("Naam: M. KAYA\n", "M. KAYA"),  # not the initial alone
    ("Aan: MEVROUW J. DE GROOT\n", "MEVROUW J. DE GROOT"),
    ("Aan: MEVROUW J. VAN 'T HOF\n", "MEVROUW J. VAN 'T HOF"),
    ("To: MRS JANE O'NEILL\n", "MRS JANE O'NEILL"),
    ("Aan: de heer Van der Meer\n", "de heer Van der Meer"),
    ("Aan: VAN DER MEER Jan\n", "VAN DER MEER Jan"),
])
def test_field_name_in_capitals_or_with_capital_particles(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Aan: ALLE MEDEWERKERS\n",
    "Aan: Van de Gemeente\n",  # no title, and a common word after the particles
    "Van: GEMEENTE ZAANSTAD\n",
])
def test_field_value_in_capitals_that_is_no_name(text: str) -> None:
    assert redacted(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("- Daria i Mateusz Nowakowski (echtpaar)\n", ["Daria", "Mateusz Nowakowski"]),
    ("Wir haben Jonas und Lea am Bahnhof gesehen.\n", ["Jonas", "Lea"]),
])
def test_first_names_joined_in_other_languages(text: str, names: list[str]) -> None:
    assert all(n in redacted(text, "PERSON") for n in names)


# -- the fixes after batch 108 --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Voorletters: A.H.\nTussenvoegsel: van der\nAchternaam: Linden\n", "van der"),  # the particles alone
    ("2. Uw partner\nVoorletters: M.\nAchternaam: Çakır\n", "M."),
    ("Naam vreemdeling: TESFAY GEBREMEDHIN, Semhar\nNationaliteit: Eritrese\n", "TESFAY GEBREMEDHIN, Semhar"),
    ("Cc: Hendry, Alasdair\nSubject: site visit\n", "Hendry, Alasdair"),  # an address book's entry, any first name
    ("From: Planning Enforcement on behalf of Okonkwo, Chidinma\nSent: 12 February 2025 15:02\n", "Okonkwo, Chidinma"),
    (" 1   BY MR. KLEINFELD:\n 2        Q.   Who was your supervisor?\n", "KLEINFELD"),
    (" 8             MS. ABERNATHY-COLE:  Objection, form.\n", "ABERNATHY-COLE"),
    ("BE  Mr Pieter VAN DAMME, FPS Justice\n", "Mr Pieter VAN DAMME"),
    ("PT  Ms Maria João SANTOS PEREIRA\n", "Ms Maria João SANTOS PEREIRA"),
    ("Dat is alles.\n\nDanki,\nShudaira\n", "Shudaira"),  # a closing in Papiamentu, a first name no lexicon lists
    ("Uw persoonlijk zaakbehandelaar, Jasmijn, heeft met u gesproken.\n", "Jasmijn"),
    ("Naam kind        Geboortejaar    Kinderopvang\nRavi             2011            Het Zonnetje\n", "Ravi"),
])
def test_person_is_flagged_after_batch_108(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


@pytest.mark.parametrize(("text", "word"), [
    ("[x] De heer   [ ] Mevrouw\nVoorletters: A.H.\n", "Voorletters"),  # the next field's label, not a name
    ("2. Uw partner\nVoorletters: M.\n", "Voorletters"),
    ("Dat is alles.\n\nGroeten,\nRijkswaterstaat\n", "Rijkswaterstaat"),  # a body's compound under a closing
    ("Contact Anna SMITH FOIA OFFICE for details.\n", "FOIA"),
    (" 9             THE WITNESS:  I told both of them, yes.\n", "WITNESS"),
    ("To: Finance, Legal\nSubject: budget\n", "Finance"),
])
def test_word_is_no_name_after_batch_108(text: str, word: str) -> None:
    assert not any(word in t for t in redacted(text, "PERSON"))


def test_identity_document_field_and_lowercase_compound_is_no_street() -> None:
    assert "IR57L3K18" in redacted("Nummer identiteitsbewijs: IR57L3K18\n", "ID_DOCUMENT")
    assert redacted("Plaats: oefenterrein Ermelo, schietbaan 4\n", "ADDRESS") == []
    assert "'s-Gravendijkwal 12" in redacted("Hij woont aan de 's-Gravendijkwal 12 in Rotterdam.\n", "ADDRESS")


# -- the fixes after batch 109 --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Claimant:      Mrs A Okoye\nRespondent:    Northgate Logistics Ltd\n", "Mrs A Okoye"),
    ("Before: Employment Judge Harrington\n        Mr J P Whitaker\n", "Mr J P Whitaker"),
    ("Miss AC Xia the Appellant in Person\n", "Miss AC Xia"),  # two initials run together
    ("00:11 CALLER: Tamika Roundtree. R-O-U-N-D-T-R-E-E.\n", "R-O-U-N-D-T-R-E-E"),
])
def test_person_is_flagged_after_batch_109(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


def test_motion_signers_with_local_parties_are_kept() -> None:
    text = ("Motie vreemd aan de orde van de dag\nGemeenteraad Oss, vergadering van 11 juli 2024\n\n"
            "verzoekt het college een voorstel te doen,\n\nOndertekend door:\n"
            "Ruud van Kessel (Groen Rechtvaardig Oss)\nSanne Broeders-Maas (Lijst Chris Rijkers)\nHüseyin Kaplan (SP)\n")
    assert {"Ruud van Kessel", "Sanne Broeders-Maas", "Hüseyin Kaplan"} <= set(kept(text))
    assert redacted(text, "PERSON") == []  # nor the leader a local party is named after


def test_tags_outside_a_motion_are_no_parties() -> None:
    text = "Aanwezig bij het overleg:\nRuud van Kessel (Groen Rechtvaardig Oss)\nSanne Broeders (Team Wonen)\n"
    assert "Sanne Broeders" in redacted(text, "PERSON")


@pytest.mark.parametrize(("text", "word"), [
    ("Aan: Omgevingsdienst Regio Nijmegen <toezicht@odrn.nl>\nOnderwerp: controle\n", "Omgevingsdienst"),
    ("00:12 DISPATCHER: Is it on the A-B-C list?\n", "A-B-C"),  # spelled letters that are no found name's
    ("Dr NHS England wrote to the trust.\n", "England"),  # an acronym after a title is no initials
])
def test_word_is_no_name_after_batch_109(text: str, word: str) -> None:
    assert not any(word in t for t in redacted(text, "PERSON"))


def test_a_company_rows_address_stays_visible() -> None:
    rows = ("Nr;Datum;Naam indiener;Adres indiener\n"
            "B24-103;15-04-2024;Hengelo Bouwt B.V.;Industriestraat 40\n"
            "B24-101;04-04-2024;J.W. Wissink;Enschedesestraat 212\n")
    assert redacted(rows, "ADDRESS") == ["Enschedesestraat 212"]


# -- the fixes after batch 110 --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("the motion of defendant Robert L. Hastings III to modify the conditions\n", "Robert L. Hastings III"),
    ("his employer, Marcus T. Delaney Jr., having testified\n", "Marcus T. Delaney Jr."),
    ("Aanwezig: wethouder Tsjerk Wijbenga (voorzitter), Anne-Marie uit den Bogaard\n", "Anne-Marie uit den Bogaard"),
    ("Wij, Hoofdinspecteur VAN HECKE Wim, bijgestaan door Inspecteur DE CLERCQ Lotte, horen:\n", "VAN HECKE Wim"),
    ("Op zaterdag was ik samen met mijn vriendin Elke op café.\n", "Elke"),
    ("Twee jongens: Mohamed \"Mo\" Bakkali en een ander.\n", "Mohamed \"Mo\" Bakkali"),
    ("1. Kim Min-jun (김민준), studentnummer s2918847\n", "Kim Min-jun"),
    ("1. Kim Min-jun (김민준), studentnummer s2918847\n", "김민준"),
    ("2. Sato Yuki (佐藤 由紀), studentnummer s3001256\n", "佐藤 由紀"),
])
def test_person_is_flagged_after_batch_110(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("Mijn vriendin Lotte uit Zeist belde gisteren.\n", "Lotte"),  # "uit" before a place ends the name
    ("Jan Bakker uit Assen was er ook.\n", "Jan Bakker"),
])
def test_name_ends_before_a_place(text: str, name: str) -> None:
    assert redacted(text, "PERSON") == [name]


@pytest.mark.parametrize(("text", "word"), [
    ("Per 1 februari werk ik 24 uur per week bij Albert Heijn Dordrecht.\n", "Albert"),  # the employer
    ("Het rapport \"Veilig\" Thuis is uit.\n", "Veilig"),
    ("Mijn collega Financiën belde.\n", "Financiën"),
])
def test_word_is_no_name_after_batch_110(text: str, word: str) -> None:
    assert not any(word in t for t in redacted(text, "PERSON"))


def test_belgian_phone_with_slash_and_dots() -> None:
    assert "0472/31.58.90" in redacted("VERMEULEN Stijn, GSM 0472/31.58.90\n", "PHONE")
    assert redacted("Zie dossier 0412/24.01.05 en 2024/0412.\n") == []


# -- the fixes after batch 161 --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "number"), [
    ("2. Officer Luis Camacho, Badge #4417, Austin Police Department\n", "4417"),
    ("Dana K. Whitcombe, State Bar No. 24077310\nAttorney for Plaintiff\n", "24077310"),
])
def test_badge_and_bar_numbers(text: str, number: str) -> None:
    assert number in redacted(text, "ID_DOCUMENT")


def test_a_bar_and_a_badge_without_a_number_are_nothing() -> None:
    assert redacted("The bar was closed. He showed his badge to the clerk.\n") == []


# -- checks of this round's rules on the forms real letters and minutes use ---------------------------------------
@pytest.mark.parametrize("word", ["Griffie", "Namens", "Hoogachtend", "Woordvoerder", "Bedankt", "Gemeentesecretaris",
                                  "Stadsdeelvoorzitter", "Sportfondsen", "Vergunningverlening", "Teamleider"])
def test_one_word_under_a_closing_that_is_no_first_name(word: str) -> None:
    assert redacted(f"Zie de bijlage.\n\nMet vriendelijke groet,\n{word}\n", "PERSON") == []


@pytest.mark.parametrize("text", ["Aan: MEVROUW DE VOORZITTER\n", "Aan: DE HEER DE BURGEMEESTER\n", "Aan: ALLE RAADSLEDEN\n",
                                  "Van: TEAM VERGUNNINGEN\n", "Aan: DE LEDEN VAN DE RAAD\n"])
def test_a_field_in_capitals_that_addresses_an_office(text: str) -> None:
    assert redacted(text, "PERSON") == []
