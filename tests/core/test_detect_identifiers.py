"""Direct identifiers: a table of true and false cases per detector."""

from __future__ import annotations

import pytest

from redactor.detect.reasons import describe
from tests.core.detect_helpers import detect, redacted

TRUE_CASES = [
    ("ID_DOCUMENT", "A-Number: A204551873", "A204551873"),  # US alien registration number
    ("DATE_OF_BIRTH", "The tenant, whose date of birth is 1979-05-12, moved.", "1979-05-12"),
    ("PHONE", "Haar telefoonnummer is 030 - 274\n91 00.", "030 - 274\n91 00"),  # wrapped at a line end
    ("PHONE", "HM Treasury\nMobile: 07911 123456", "07911 123456"),  # a UK mobile, after a phone word
    ("SSN", "Social Security No.: 412735186", "412735186"),  # no dashes, after the word for it
    ("ADDRESS", "Witness: Teun Vrolijk, 34, lives at 118 Maple Avenue, Springfield", "118 Maple Avenue"),
    ("ADDRESS", "Ms. Y. Bondarenko\n4417 Wisconsin Ave NW, Apt 3B\nWashington, DC 20016", "4417 Wisconsin Ave NW, Apt 3B"),
    ("ADDRESS", "het verzoek van de heer A. Nowicki, wonende Zonnewijzer 41, om handhaving", "Zonnewijzer 41"),
    ("ID_DOCUMENT", "Beste Siti, mijn V-nummer is 2837465190 en mijn zaak loopt nog.", "2837465190"),
    ("ID_DOCUMENT", "National Insurance number: JK 48 29 17 C", "JK 48 29 17 C"),
    ("ADDRESS", "Adres: Pijlstraat 7-III, 1074 PB Amsterdam", "Pijlstraat 7-III, 1074 PB"),  # a floor in Roman numerals
    ("VAT_ID", "Uw eenmanszaak (KvK 81234567, btw-nummer NL759233275B02) vroeg subsidie aan.", "NL759233275B02"),
    ("SOCIAL_MEDIA", "T 023 511 4410\nX: @marloesdvt | LinkedIn: linkedin.com/in/mdevries", "@marloesdvt"),
    ("DATE_OF_BIRTH", "Naam: dhr. R. el Bouazzaoui\nGeb.datum: 14-02-1979\n", "14-02-1979"),
    ("ADDRESS", "Mr O. Adeyemi\nFlat 4, 27 Coldharbour Lane\nLondon SE5 9NR\n", "Flat 4, 27 Coldharbour Lane"),
    ("ADDRESS", "Mr O. Adeyemi\nFlat 4, 27 Coldharbour Lane\nLondon SE5 9NR\n", "SE5 9NR"),  # under a private address
    ("ADDRESS", "T.a.v. mevrouw T. Benjamins\nKerkstraat 12\n7411 JB Deventer", "Kerkstraat 12\n7411 JB"),  # not the name
    ("SOCIAL_MEDIA", "Zijn profiel (https://www.linkedin.com/in/joris-hageman-73a1b2) laat zien dat",
     "https://www.linkedin.com/in/joris-hageman-73a1b2"),
    ("ADDRESS", "Haar zoon woont op de Laan van Meerdervoort 1142 in Den Haag.", "Laan van Meerdervoort 1142"),
    ("ADDRESS", "Zij woont aan de Burgemeester de Monchyplein 12 in Den Haag.", "Burgemeester de Monchyplein 12"),
    ("BSN", "Zijn BSN is 111222333.", "111222333"),
    ("BSN", "burgerservicenummer 1234.56.782 staat op de kaart", "1234.56.782"),
    ("IBAN", "Rekeningnummer: NL91 ABNA 0417 1643 00.", "NL91 ABNA 0417 1643 00"),
    ("IBAN", "IBAN NL91ABNA0417164300", "NL91ABNA0417164300"),
    ("PHONE", "Bel mij op 06-12345678 na vijven.", "06-12345678"),
    ("PHONE", "telefoon +31 (0)70 3456789", "+31 (0)70 3456789"),
    ("PHONE", "Tel. 0031 70 345 6789.", "0031 70 345 6789"),
    ("PHONE", "Contact (070) 3456789 voor vragen", "(070) 3456789"),
    ("PHONE", "Call (202) 555-0143 today.", "(202) 555-0143"),
    ("PHONE", "copied to Ben Lowe (Executive Officer, 07700 900 618).", "07700 900 618"),  # a British mobile's shape
    ("ID_DOCUMENT", "Legitimatie: rijbewijs nr. 5091827364", "5091827364"),  # a Dutch driving licence
    ("BSN", "Ons kenmerk: WMO-2024-08812\nBurgerservicenummer: 111222333\n", "111222333"),  # the nearer word wins
    ("ADDRESS", "Your details (C. Ó Briain, 41 Ferndale Road, Bristol BS7 8LU) are withheld.", "BS7 8LU"),
    ("ADDRESS", "- afzender: P. Vandenberghe, Kerkstraat 12 bus 3, 8500 Kortrijk", "Kerkstraat 12 bus 3"),  # a flat
    ("ID_DOCUMENT", "Identiteitsbewijs: Belgische identiteitskaart nr. 592-1234567-32", "592-1234567-32"),
    ("EMAIL", "E-mail: dilan.aydin.koc [at] hotmail [dot] com", "dilan.aydin.koc [at] hotmail [dot] com"),
    ("PHONE", "Phone: 828.555.0163", "828.555.0163"),  # dots between the groups
    ("EMAIL", "Mail naar j.de.vries@minbzk.nl graag.", "j.de.vries@minbzk.nl"),
    ("SSN", "SSN 536-22-1234 on file", "536-22-1234"),
    ("LICENSE_PLATE", "kenteken 12-ABC-3 gezien", "12-ABC-3"),
    ("LICENSE_PLATE", "De auto met kenteken GB-123-X stond er.", "GB-123-X"),
    ("DATE_OF_BIRTH", "geboren op 3 maart 1981 te Utrecht", "3 maart 1981"),
    ("DATE_OF_BIRTH", "Date of birth: 12/04/1975.", "12/04/1975"),
    ("ADDRESS", "Hij woont aan de Kerkstraat 12a, 1234 AB Ergens.", "Kerkstraat 12a, 1234 AB"),
    ("ADDRESS", "wonend aan de Dorpsweg 4 te Zwolle", "Dorpsweg 4"),
    ("ID_DOCUMENT", "paspoortnummer XR1234567 verlopen", "XR1234567"),
    ("ID_DOCUMENT", "Uw eenmanszaak (KvK 81234567, btw-nummer NL759233275B02) vroeg subsidie aan.", "81234567"),
    ("ID_DOCUMENT", "geboren te Gent, rijksregisternummer 85.07.12-033.83, wonende", "85.07.12-033.83"),
    ("LICENSE_PLATE", "gsm 0475 29 18 63, nummerplaat 1-ABC-123.", "1-ABC-123"),
    ("DATE_OF_BIRTH", "Hij is geboren op veertien januari 1985 in Kayseri.", "veertien januari 1985"),
    ("DATE_OF_BIRTH", "She was born on the third of June 1988 in Leeds.", "the third of June 1988"),
    ("DATE_OF_BIRTH", "De referent verklaart dat zij op 2 december 1991 in Nador is geboren.", "2 december 1991"),
    ("ADDRESS", "wonende Kortrijksesteenweg 1021, 9051 Sint-Denijs-Westrem", "9051"),  # a Belgian postcode
    ("ADDRESS", "interviewed at his residence, 2217 W. Cermak Rd, Chicago", "2217 W. Cermak Rd"),  # a compass prefix
    ("PHONE", "- Nadia Bakkali: (+31) 6 4021 8877", "(+31) 6 4021 8877"),  # the country code in brackets
    ("ID_DOCUMENT", "In the Matter of: OLIVEIRA SANTOS, Maria    A# 214-887-305", "A# 214-887-305"),
    ("DATE_OF_BIRTH", "Achternaam   Voornaam   Geb.datum    Kamer\nTkachuk      Oksana     11-04-1986   1\n", "11-04-1986"),
    ("ADDRESS", "Aan de heer O. Kovalenko\nStationsstraat 22-B\n7772 AB Hardenberg", "Stationsstraat 22-B\n7772 AB"),
    ("ADDRESS", "Mevrouw R. Doornbos\nLaan van Meerdervoort 1142\n2517 AB Den Haag", "Laan van Meerdervoort 1142\n2517 AB"),
]

FALSE_CASES = [
    ("PHONE", "[02-01-2024 19:02] Mama: Opa ligt in het ziekenhuis"),  # a date and a time, not 020-1202419
    ("SOCIAL_MEDIA", "Mail naar info@example.nl of bel X-ray op 14 030."),  # no network before an @handle
    ("VAT_ID", "Factuur van Bouwbedrijf De Vries B.V., btw-nummer NL759233275B02."),  # a company's: business data
    ("ADDRESS", "HM Treasury | London SW1A 2HQ"),  # a postcode on its own: an office's, as likely as anyone's
    ("BSN", "Onze referentie: 123456789"),  # fails the 11-proef
    ("BSN", "kenmerk 111222333 in de brief"),  # passes the 11-proef but is a reference number
    ("BSN", "Het budget is 250000000 euro"),
    ("IBAN", "NL91 ABNA 0417 1643 01"),  # bad check digits
    ("PHONE", "In 2023-2024 steeg het bedrag tot 2.500.000 euro."),
    ("PHONE", "BSN 111222333"),
    ("SSN", "code 666-12-3456 is never issued"),
    ("SSN", "000-12-3456"),
    ("EMAIL", "Stuur een bericht naar info@rijksoverheid.nl"),  # functional mailbox
    ("EMAIL", "You may also reach us at consular@minbuza.nl."),
    ("EMAIL", "Vragen over uw gegevens: fg@gemeente.nl"),
    ("DATE_OF_BIRTH", "Datum: 1 juni 2023"),  # a date, not a birth date
    ("LICENSE_PLATE", "op 12-12-20 vergaderd"),
    ("ADDRESS", "Bezoekadres Rijnstraat 8, 2515 XP Den Haag"),  # government office
    ("ID_DOCUMENT", "Referentie XR1234567"),
    ("ID_DOCUMENT", "Room A204551873 is booked."),  # an A-number only with a word for it
    ("DATE_OF_BIRTH", "Besluit van 2024-05-12 over de subsidie"),
    ("ADDRESS", "Het wijkcentrum aan het Burgemeester de Monchyplein is open."),  # no house number
    ("PHONE", "Zaaknummer 07911 123456 is gesloten."),  # not a Dutch number, and no phone word
    ("SSN", "Order 412735186 was shipped."),  # nine digits without an SSN word
    ("ADDRESS", "Actiehouder: Esmée Kraaijeveld\n3. Marit vraagt het na."),  # a surname, a list number below
    ("ID_DOCUMENT", "Bouwbedrijf De Vries B.V., KvK 81234567, Zwolle"),  # a company's KvK number: business data
    ("ID_DOCUMENT", "rijksregisternummer 85.07.12-033.84"),  # fails the mod-97 check
    ("LICENSE_PLATE", "Zie bijlage 1-ABC-123 bij het besluit."),  # a Belgian plate's shape, no word for it
    ("DATE_OF_BIRTH", "Op 3 mei 2020 is het besluit genomen; de geboren kinderen ..."),  # no birth said of the date
    ("PHONE", "- receptie: 0031-(0)20-5553417"),  # an office's number
    ("ID_DOCUMENT", "There are a number of cases: 214887305 and more."),  # "a number" without the A
    ("PHONE", "01\t04-03-2024\tE-mail aan projectteam\tdeels openbaar"),  # a row number and a date, a tab apart
    ("ID_DOCUMENT", "Zaaknummer 5091827364 is afgesloten."),  # ten digits without a word for a driving licence
    ("ADDRESS", "Department for Transport\nGreat Minster House, 33 Horseferry Road\nLondon SW1P 4DR\n"),
    ("ADDRESS", "Van Doorne Kleinjan Advocaten\nKeizersgracht 411\n1016 EK Amsterdam\n"),  # a law firm's office
    ("BSN", "Ons kenmerk: 111222333\n"),  # a reference, not a BSN
    ("ADDRESS", "Home Office, 2 Marsham Street\nLondon SW1P 4DF\n"),  # the body's name before it on the line
    ("ID_DOCUMENT", "Belgische identiteitskaart nr. 592-1234567-89"),  # the check digits do not match
]


@pytest.mark.parametrize(("entity", "text", "expected"), TRUE_CASES)
def test_detects(entity: str, text: str, expected: str) -> None:
    assert expected in redacted(text, entity)


@pytest.mark.parametrize(("entity", "text"), FALSE_CASES)
def test_does_not_detect(entity: str, text: str) -> None:
    assert redacted(text, entity) == []


def test_bsn_gets_its_own_ground_and_is_auto_redacted() -> None:
    (bsn,) = [c for c in detect("BSN: 111222333") if c.entity == "BSN"]
    assert bsn.ground == "5.1.1e"
    assert bsn.auto
    assert bsn.reason == "negen cijfers die de elfproef voor een BSN doorstaan (controlegetal klopt) (met een kenmerkend woord ervoor)"
    assert (bsn.reason_key, bsn.reason_args) == ("bsn", {"flags": ["checksum", "context"]})  # the app renders it
    assert describe(bsn.reason_key, bsn.reason_args, "en") == \
        "nine digits that pass the BSN 11-proef (checksum valid) (context word before it)"


def test_foreign_ssn_is_privacy_ground_under_woo_and_b6_under_foia() -> None:
    (woo,) = [c for c in detect("SSN 536-22-1234") if c.entity == "SSN"]
    (foia,) = [c for c in detect("SSN 536-22-1234", "foia") if c.entity == "SSN"]
    assert woo.ground == "5.1.2e"
    assert foia.ground == "(b)(6)"


@pytest.mark.parametrize("text", [
    "De raad vergadert in de raadszaal van het stadhuis, Lindenplein 4 te Oosterwolde.",
    "The hearing took place at the Town Hall, 9 Quarry Street, Hexley.",
    "Zitting in de rechtbank aan de Vondelkade 20.",
])
def test_the_address_right_after_a_public_building_is_the_buildings(text: str) -> None:
    assert redacted(text, "ADDRESS") == []


def test_a_home_address_elsewhere_in_the_same_text_is_still_found() -> None:
    text = "Vergadering in het stadhuis, Lindenplein 4. Insprekers: mevrouw Bosch, wonend Lindenplein 17."
    assert redacted(text, "ADDRESS") == ["Lindenplein 17"]


@pytest.mark.parametrize(("entity", "text"), [
    ("PHONE", "Appeal number: EA/2019/0214, decided on the papers."),  # a case number after a slash
    ("ADDRESS", "Verslag van de commissievergadering 12 maart; de regering 4 keer bevraagd."),  # nouns on -ering
])
def test_reference_numbers_and_nouns_are_no_phone_or_address(entity: str, text: str) -> None:
    assert redacted(text, entity) == []


@pytest.mark.parametrize("text", [
    "Tips kunnen anoniem via M. op 0800-7000 worden doorgegeven.",
    "Bel de informatielijn op 0900-1234567 (10 cent per minuut).",
    "For help, call our toll-free line at (888) 467-2211.",
])
def test_free_and_paid_service_lines_are_no_ones_phone(text: str) -> None:
    """Toll-free, premium-rate and shared-cost numbers belong to an organisation's service desk."""
    assert redacted(text, "PHONE") == []


def test_a_direct_number_beside_a_service_line_is_still_found() -> None:
    text = "Bel de centrale via 0800-0430 of rechtstreeks Fenna de Wit op 06-21436587."
    assert redacted(text, "PHONE") == ["06-21436587"]


@pytest.mark.parametrize("text", [
    "Een Woo-verzoek kunt u indienen:\n• Telefonisch via: 085-301 7720\n• Per post via: Postbus 400",
    "Of doe een terugbelverzoek via telefoonnummer 0413 55 28 90.",
    "Heeft u vragen? Bel ons op 0297 38 61 00.",
])
def test_a_number_offered_to_the_public_as_a_channel_stays_visible(text: str) -> None:
    assert redacted(text, "PHONE") == []
    assert redacted("Vragen? Bel mevrouw Tjoe-A-On op 06-31447729.", "PHONE") == ["06-31447729"]


@pytest.mark.parametrize("address", ["gemeente@hattemerbroek.nl", "griffie@statenvanfriesland.nl", "post@waterschapzuid.nl"])
def test_a_bodys_general_mailbox_stays_visible(address: str) -> None:
    assert redacted(f"Stuur uw verzoek naar {address}, t.a.v. de afdeling Juridische Zaken.", "EMAIL") == []
    assert redacted("Stuur uw verzoek naar g.vanommen@hattemerbroek.nl.", "EMAIL") == ["g.vanommen@hattemerbroek.nl"]


@pytest.mark.parametrize("block", [
    "Woonstichting De Meerpaal\nBeukenlaan 14\n3811 KV Amersfoort",
    "Installatiebedrijf Hoekstra B.V.\nIndustrieweg 7\n8401 DC Gorredijk",
    "Gemeente Zuidwolde\nt.a.v. de heer R. Otten\nRaadhuisplein 2\n7921 GA Zuidwolde",
])
def test_an_organisations_address_in_an_address_block_stays_visible(block: str) -> None:
    assert redacted(f"{block}\n\nGeachte heer, mevrouw,\n\nHierbij ontvangt u het besluit.", "ADDRESS") == []


def test_a_residents_address_under_the_senders_letterhead_is_still_found() -> None:
    text = "Gemeente Zuidwolde\nMevrouw T. Kroeze\nBerkenweg 9\n7921 AB Zuidwolde\n\nGeachte mevrouw Kroeze,"
    assert any("Berkenweg 9" in a for a in redacted(text, "ADDRESS"))


def test_another_house_in_a_street_found_as_a_home_address_is_found_too() -> None:
    text = ("Betreft: dakopbouw op Oude Dorp 37\nBezwaarmaker: W. Roukema, wonende Oude Dorp 39, 3991 GE Houten.\n"
            "Vergadering in het stadhuis, Oude Dorp 1.")
    assert redacted(text, "ADDRESS") == ["Oude Dorp 37", "Oude Dorp 39, 3991 GE"]


@pytest.mark.parametrize(("text", "flagged"), [
    ("Voor vragen kunt u contact opnemen met de afdeling Communicatie,\ntelefoon 038 498 91 11.", []),
    ("Journalists can contact the Press Office on 020 7035 3535.", []),
    ("Agnieszka Kowalczyk\nLegal adviser | Public Information Team\nT 010 - 267 14 92\n", ["010 - 267 14 92"]),
    ("Bel de afdeling Vergunningen, Jan de Vries, telefoon 038 498 91 11.", ["038 498 91 11"]),
    ("Neem contact op met het team Handhaving via 06-19283746.", ["06-19283746"]),
])
def test_a_department_line_named_before_the_number_is_the_bodys(text: str, flagged: list[str]) -> None:
    """A team's mobile and a number in someone's signature stay personal."""
    assert [c.text for c in detect(text) if c.entity == "PHONE"] == flagged


def test_the_address_under_a_bodys_unit_in_a_letterhead_is_the_bodys() -> None:
    text = ("U.S. Department of Veterans Affairs\nFOIA Service\n810 Vermont Avenue, NW\nWashington, DC 20420\n\n"
            "Mr. Desmond Achebe-Larkin\n4410 Briarcliff Road, Apt 2B\nAtlanta, GA 30345\n")
    assert [c.text for c in detect(text) if c.entity == "ADDRESS"] == ["4410 Briarcliff Road, Apt 2B"]


@pytest.mark.parametrize(("text", "number"), [
    ("Eigenaren van het perceel, kadastraal bekend gemeente Helmond, sectie C,\nnummer 4412, zijn aangeschreven.", "4412"),
    ("The attending officers, PC Daniel Oyelaran (PC 4471) and PS Hannah Whitlock, are exempt.", "4471"),
    ("His brother, inmate Dashawn Okoro, Register No. 48813-074, wrote to us.", "48813-074"),
])
def test_a_parcel_collar_or_register_number_points_to_one_person(text: str, number: str) -> None:
    assert [c.text for c in detect(text) if c.entity == "ID_DOCUMENT"] == [number]


def test_a_model_number_or_a_voltage_is_no_collar_number() -> None:
    assert [c.text for c in detect("The PC 2000 series runs at DC 1500 volts.") if c.entity == "ID_DOCUMENT"] == []


@pytest.mark.parametrize(("text", "found"), [
    ("Persoonsnummer (CRIB): 444.636.201", ["444.636.201"]),  # the BSN of the Caribbean Netherlands
    ("BSN 444 636 201", ["444 636 201"]),
    ("Het project kost 444.636.201 euro.", []),  # an amount: no word for a BSN before it
])
def test_a_bsn_in_three_groups_of_three_after_a_word_for_it(text: str, found: list[str]) -> None:
    assert redacted(text, "BSN") == found


def test_a_meetings_venue_is_no_home_address_but_a_police_reports_location_is() -> None:
    assert redacted("Locatie: Microsoft Teams-vergadering; Parnassusplein 5, kamer C06.14\n", "ADDRESS") == []
    assert redacted("Locatie: woning, Hoofdstraat 88, Veenendaal\n", "ADDRESS") == ["Hoofdstraat 88"]


def test_a_british_close_and_its_postcode_on_the_next_line() -> None:
    text = "He wrote from his home address, 4 Trevithick Close,\nCamborne TR14 8LP.\n"
    assert redacted(text, "ADDRESS") == ["4 Trevithick Close", "TR14 8LP"]


@pytest.mark.parametrize(("text", "found"), [
    ("Cc: OCIR Correspondence <ocir@epa.gov>\n", []),  # a unit's mailbox, named by its acronym
    ("Aan: DGWI Secretariaat <dgwi@minszw.nl>\n", []),
    ("Aan: Piet Bos <bos@example.nl>\n", ["bos@example.nl"]),  # a person's, named by the surname
])
def test_a_units_mailbox_named_by_its_acronym_stays_visible(text: str, found: list[str]) -> None:
    assert redacted(text, "EMAIL") == found


def test_an_address_in_a_scans_text_with_doubled_spaces() -> None:
    assert redacted("Aan  de  heer  J.  Kooiman\nBrinkgreverweg  41\n7413  AD  Deventer\n", "ADDRESS") == \
        ["Brinkgreverweg  41\n7413  AD"]


def test_a_german_street_and_a_german_authoritys_letterhead() -> None:
    text = ("StädteRegion Aachen - Amt für Bauaufsicht\nZollernstraße 10, 52070 Aachen\n\n"
            "die Beschwerde von Frau Gisela Kranz, wohnhaft Aachener Straße 41, 52134 Herzogenrath\n")
    assert redacted(text, "ADDRESS")[0] == "Aachener Straße 41"
    assert "Zollernstraße 10" not in redacted(text, "ADDRESS")


@pytest.mark.parametrize("line", ["afdeling Vergunningen", "Team Wonen", "z. Hd. Herrn Dr. Weber", "t.a.v. de heer Bos"])
def test_a_letters_attention_line_under_the_organisation(line: str) -> None:
    assert redacted(f"Gemeente Vaals\n{line}\nVon Clermontplein 11\n6291 AT Vaals\n", "ADDRESS") == []


@pytest.mark.parametrize("words", ["de afdeling Communicatie", "het team Publieksvoorlichting"])
def test_a_departments_number_named_in_a_sentence_stays_visible(words: str) -> None:
    """The department words are one list, shared with the attention line of a letter."""
    assert redacted(f"Neem contact op met {words}, telefoon 038 498 91 11.", "PHONE") == []


def test_the_address_of_a_parcel_without_a_street_word() -> None:
    assert redacted("De heer W. Coolen, eigenaar van het perceel Berg 12, vraagt om een bouwlaag.", "ADDRESS") == ["Berg 12"]


def test_a_foundations_care_of_address_in_a_numbered_list_is_the_foundations() -> None:
    text = "1. R. de Wit, Dorpsstraat 4, 7971 AA Havelte\n2. Stichting Dorpsbelang Havelte, p/a Brink 2, 7971 CB Havelte\n"
    assert redacted(text, "ADDRESS") == ["Dorpsstraat 4, 7971 AA"]


def test_a_british_number_plate_after_a_word_for_it() -> None:
    assert redacted("Vehicle registration: LK19 XMT\n", "LICENSE_PLATE") == ["LK19 XMT"]
    assert redacted("Reference LK19 XMT in the log.\n", "LICENSE_PLATE") == []


def test_a_partnerships_address_under_its_name_and_attention_line() -> None:
    text = "Aan: V.O.F. Autobedrijf Jansen & Zn.\nt.a.v. de vennoten\nMolenweg 31\n6042 KR Roermond\n"
    assert redacted(text, "ADDRESS") == []


def test_a_british_address_a_typeset_line_wrapped() -> None:
    text = "who wrote to us from his home address, 4 Trevithick\nClose,\nCamborne TR14 8LP.\n"
    assert redacted(text, "ADDRESS") == ["4 Trevithick\nClose", "TR14 8LP"]
