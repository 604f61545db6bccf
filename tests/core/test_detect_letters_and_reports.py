"""Letters as a scan reads them and reports as police and care services write them (held-out batch 152's fixes):
an address window in capitals, a form's digits a box apart, an American incident report's fields, an elected
sheriff, a unit's mailbox named by one word of its display name, and forgetfulness said of someone."""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import detect, kept, redacted


@pytest.mark.parametrize(("text", "name"), [
    ("DE HEER A.B. EL AMRANI\nWILLEMSPLEIN 7 BIS\n6811 KB ARNHEM\n", "A.B. EL AMRANI"),
    ("T.A.V. DHR. J.P. VAN DER VEEN\nPOSTBUS 12\n", "J.P. VAN DER VEEN"),
    ("MEVROUW Y. KAYA-DEMIR\n", "Y. KAYA-DEMIR"),
    # without initials, over a line with the street's number
    ("FAMILIE JANSEN\nKERKSTRAAT 1\n1234 AB  ERGENS\n", "JANSEN"),
])
def test_the_addressee_of_an_address_window_in_capitals_is_flagged(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


def test_a_title_before_an_office_in_capitals_is_no_addressee() -> None:
    assert redacted("MEVROUW DE VOORZITTER\nIk wil u danken voor het woord.\n", "PERSON") == []


@pytest.mark.parametrize(("text", "address"), [
    # a scan's hyphen at the line's end parts the street's name
    ("DE HEER A.B. EL AMRANI\nWIL-\nLEMSPLEIN 7 BIS\n6811 KB ARNHEM\n", "WIL-\nLEMSPLEIN 7 BIS\n6811 KB"),
    # the flat's word in capitals
    ("Kerkstraat 12 HS, 1017 GB Amsterdam", "Kerkstraat 12 HS, 1017 GB"),
])
def test_a_scanned_address_block_is_flagged(text: str, address: str) -> None:
    assert address in redacted(text, "ADDRESS")


def test_a_phone_number_a_digit_to_a_box_is_flagged() -> None:
    assert redacted("Ik kan u bereiken op 0 6 - 2 8 1 4 5 5 3 9.\n", "PHONE") == ["0 6 - 2 8 1 4 5 5 3 9"]


def test_single_digits_in_a_table_are_no_phone_number() -> None:
    assert redacted("Aantal per week: 0 1 2 3 4 5 6 7 8 9\n", "PHONE") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Reporting Party: BEAUDRY, LORRAINE M.\nDOB: 04/17/1961\n", "BEAUDRY, LORRAINE M."),
    ("Involved Party: Dwayne Kessler\n", "Dwayne Kessler"),
    ("Aangever: Dirk-Jan Wijnbergen\n", "Dirk-Jan Wijnbergen"),
])
def test_the_people_of_a_police_report_are_flagged(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


def test_an_elected_sheriff_is_kept_and_a_deputy_is_not() -> None:
    assert kept("Approved: Sheriff Scott Wriggelsworth\n") == ["Scott Wriggelsworth"]
    assert redacted("Deputy Sheriff Linda Allen arrived at the scene.", "PERSON") == ["Linda Allen"]
    assert kept("Deputy Mayor Anna Lind opened the fair.") == ["Anna Lind"]


def test_a_units_box_named_by_a_word_of_its_display_name_stays_visible() -> None:
    assert redacted("To: Duty Team <childrensduty@kirklees.gov.uk>\nCc: Imran Hussain\n") == ["Imran Hussain"]
    # a person's display name keeps its box personal
    assert "sarahteam@x.nl" in redacted("To: Sarah Team <sarahteam@x.nl>\n", "EMAIL")


def test_forgetting_said_of_someone_is_health_data() -> None:
    found = [(c.ground, c.text) for c in detect("Zij geeft aan dat haar moeder steeds vaker dingen vergeet.")
             if c.status == "suggested"]
    assert found == [("5.1.1d", "Zij geeft aan dat haar moeder steeds vaker dingen vergeet")]


def test_a_source_named_after_a_cables_note_on_protection_is_flagged() -> None:
    text = "A Nairobi human rights lawyer (please protect), Wanjiru Kamau-Otieno, said police had drawn up a list."
    assert redacted(text, "PERSON") == ["Wanjiru Kamau-Otieno"]


@pytest.mark.parametrize(("text", "ground"), [
    ("Noah komt de laatste weken met blauwe plekken op zijn armen op school.", "5.1.1d"),
    ("Her brother was detained for three days and beaten in custody.", "5.1.1d"),
])
def test_bruises_and_detention_said_of_someone_are_special_data(text: str, ground: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested"] == [ground]


@pytest.mark.parametrize("text", ["The shipment was detained by customs.", "The vessel was detained for inspection."])
def test_goods_held_at_the_border_are_no_criminal_data(text: str) -> None:
    assert redacted(text) == []


def test_office_holders_in_a_tab_tables_role_column_further_on_are_kept() -> None:
    text = ("Naam\tOrganisatie\tFunctie\n"
            "Eelco Heinen\tMinisterie van Financiën\tminister\n"
            "Koen Dekker\tZeeuwse Ondernemersvereniging\tvoorzitter\n")
    assert kept(text) == ["Eelco Heinen"]
    assert redacted(text, "PERSON") == ["Koen Dekker"]


def test_the_company_doctors_field_is_no_health_statement() -> None:
    assert redacted("Bedrijfsarts: drs. H.J.M. Oude Wesselink (ArboNed)\n") == ["drs. H.J.M. Oude Wesselink"]
    assert [c.ground for c in detect("Zij is gezien door de bedrijfsarts.") if c.status == "suggested"] == ["5.1.1d"]


def test_a_name_in_lower_case_after_a_titles_abbreviation_is_flagged() -> None:
    text = "gebeld door mw. de wit (dochter van dhr. a. de wit). mevr. jansen belt terug."
    assert redacted(text, "PERSON") == ["de wit", "a. de wit", "jansen"]
    assert redacted("dhr. en mw. zijn op vakantie.", "PERSON") == []


def test_a_british_secretary_of_state_under_the_name_is_no_name() -> None:
    text = "Rt Hon Yvette Cooper MP\nHome Secretary\n\nOur ref: MH/2025/3318\n"
    assert redacted(text, "PERSON") == []
    assert kept("Health Secretary Wes Streeting said the plan would go ahead.") == ["Wes Streeting"]


@pytest.mark.parametrize(("text", "ground"), [
    ("Marcus died after the VAMC discharged him with untreated sepsis.", "5.1.1d"),
    ("Betrokkene stelt dat zij is vervolgd vanwege haar lesbische relatie.", "5.1.1d"),
    ("Mr Vogt added that the company's internal forecast shows margins falling 30% by 2028.", "5.1.1c"),
])
def test_a_condition_an_orientation_and_a_firms_own_forecast_are_suggested(text: str, ground: str) -> None:
    assert ground in [c.ground for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"]


def test_a_hotlines_box_is_a_service_and_a_sole_traders_info_box_is_his() -> None:
    assert redacted("From: Hotline Intake <vaoighotline@va.gov>\nTo: Derrick Shaw\n") == ["Derrick Shaw"]
    text = "Contactpersoon: Mehmet Yavuz, 06-48120397, info@klusbedrijfyavuz.nl\n"
    assert "info@klusbedrijfyavuz.nl" in redacted(text, "EMAIL")
    assert redacted("Contactpersoon: Mehmet Yavuz, info@gemeente.nl\n", "EMAIL") == []


@pytest.mark.parametrize("text", [
    "To: Chancellor of the Duchy of Lancaster\nCopied to: Members of the Committee\n",  # a label opens the next line
    "Home Secretary defends asylum plan in the Commons\nPublished 14 March 2024\n",  # a dateline under a headline
    "Haar ex-partner, dhr. xxx, zit sinds september in voorlopige hechtenis.",  # a placeholder, no name
])
def test_no_name_after_an_office_or_a_title_where_none_stands(text: str) -> None:
    assert [c.text for c in detect(text) if c.entity in ("PERSON", "PUBLIC_OFFICIAL")] == []


def test_a_cables_confidence_names_no_state_but_counts_and_an_officials_name_splits_it() -> None:
    text = ("1. (C) On October 9 PolCouns met the chief of staff, Koen Vandeputte. Speaking off the record, Vandeputte "
            "said the ministers would block a second order, and that Prime Minister De Wever had privately given up on "
            "a decision this year.")
    passages = [c.text for c in detect(text) if c.ground == "5.1.2a"]
    assert passages[0].startswith("Speaking off the record") and passages[1].startswith("had privately given up")
    assert "De Wever" not in " ".join(passages) and kept(text) == ["De Wever"]
    # outside a cable, "off the record" alone says nothing of a foreign government
    assert [c for c in detect("Speaking off the record, the spokesperson said the mayor would resign.")
            if c.ground == "5.1.2a"] == []


def test_the_accounts_of_a_social_media_export() -> None:
    text = ("@jeroen_vd_berg83 · 2 okt: Wethouder @MarijeKluit moet opstappen, schande dit!!\n"
            "@MarijeKluit · 2 okt: Ik begrijp de boosheid.\n"
            "@lisa.hermans · 3 okt: mijn moeder woont daar\n")
    assert redacted(text, "PERSON") == ["@jeroen_vd_berg83", "@lisa.hermans"]
    assert kept(text) == ["@MarijeKluit", "@MarijeKluit"]


@pytest.mark.parametrize(("text", "ground"), [
    ("Dafydd Hughes was sectioned under s.2 of the Mental Health Act on Friday.", "5.1.1d"),
    ("We note that Chidi is autistic and has an EHC plan.", "5.1.1d"),
    ("Joyce is daar al jaren kaderlid.", "5.1.1d"),
    ("Hij zou in Syrië lid zijn geweest van HTS.", "5.1.1d"),
    ("Hij moet verschijnen ter terechtzitting wegens bedreiging van zijn ex-vriendin.", "5.1.1d"),
    ("Ik zou de minister willen ontraden dit politiek te forceren.", "5.2.1"),
])
def test_special_data_and_advice_said_in_other_words_are_suggested(text: str, ground: str) -> None:
    assert ground in [c.ground for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"]


def test_the_law_on_detention_is_no_ones_data() -> None:
    assert redacted("Section 2 of the Mental Health Act allows detention for up to 28 days.") == []


def test_soldiers_by_rank_and_the_head_of_the_armed_forces() -> None:
    assert redacted("2. Investigating Officer: CPT Melissa A. Grant\n", "PERSON") == ["Melissa A. Grant"]
    text = "De Commandant der Strijdkrachten, generaal Onno\nEichelsheim, heeft de familie Hendriks gebeld."
    assert kept(text) == ["Onno\nEichelsheim"] and redacted(text, "PERSON") == ["Hendriks"]


def test_a_petitions_list_of_names_and_homes_is_no_headline() -> None:
    assert redacted("4. R. Tjon Sie Fat, Venneperweg 440\n") == ["R. Tjon Sie Fat", "Venneperweg 440"]


def test_an_action_lists_holders_by_initials_of_names_on_the_page() -> None:
    text = ("Aanwezig: Tim Verbrugge, Nadia Chaouch\n\n"
            "Nr | Actie | Wie | Wanneer\n"
            "1 | Wethouder Koster informeren | NC | 18 nov\n"
            "2 | Kamer informeren | BZK | 2 dec\n")
    assert redacted(text, "PERSON") == ["Tim Verbrugge", "Nadia Chaouch", "NC"]
    assert kept(text) == ["Koster"]


@pytest.mark.parametrize(("text", "ground"), [
    ("Hij is met een gebroken ruggenwervel overgebracht naar een ziekenhuis.", "5.1.1d"),
    ("His wife says he needs insulin twice a day.", "5.1.1d"),
    ("You told us you are receiving treatment for depression.", "5.1.1d"),
    ("Kowalski has a prior Article 15 for a similar incident in 2023.", "5.1.1d"),
])
def test_an_injury_a_drug_a_treatment_and_a_punishment_said_of_someone(text: str, ground: str) -> None:
    assert ground in [c.ground for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"]


def test_a_role_after_the_bracket_a_name_stands_in_is_not_the_names() -> None:
    text = "De klager (mevrouw Hendrikx, Molenakker 12 in Weert) heeft nu ook de Nationale ombudsman ingeschakeld."
    assert redacted(text) == ["Hendrikx", "Molenakker 12"] and kept(text) == []


def test_a_juvenile_by_initials_and_age_and_an_officers_number_after_his_name() -> None:
    text = ("The footage shows the arrest of a juvenile, J.M. (age 16), for aggravated assault. "
            "Officer Kyle Brandt (#8841) recorded the footage.")
    found = redacted(text)
    assert {"J.M.", "Kyle Brandt", "8841"} <= set(found)
    assert "5.1.1d" in [c.ground for c in detect(text) if c.entity == "CRIMINAL_DATA"]


@pytest.mark.parametrize(("text", "ground"), [
    ("Zij zegt dat haar man niet meer slaapt en antidepressiva slikt.", "5.1.1d"),
    ("Your father received disability benefits from 2011 because of multiple sclerosis.", "5.1.1d"),
    ("One of them is the retained swab after Mrs Patricia Dunne's caesarean in March.", "5.1.1d"),
    ("Haar advocaat liet weten dat zij in hongerstaking is.", "5.1.1d"),
    ("Nee, ze is nog in behandeling voor borstkanker.", "5.1.1d"),
    ("De journaliste Sevinj Mammadova (Abzas Media) is op 2 november gearresteerd.", "5.1.1d"),
])
def test_health_and_arrests_said_in_other_words(text: str, ground: str) -> None:
    assert ground in [c.ground for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"]


def test_a_condition_that_closed_schools_is_no_ones() -> None:
    assert redacted("Schools closed because of COVID-19 in March 2020.") == []


def test_a_phones_export_without_the_year_its_senders_and_its_messages_apart() -> None:
    text = ("03-09 21:40 Femke (ambtenaar RO): Morgen. Eerlijk gezegd vind ik de conclusies te rooskleurig\n"
            "04-09 07:55 Van Dijk: Laten we dat niet zo opschrijven.\n"
            "05-09 16:02 Femke (ambtenaar RO): Gesprek verliep slecht\n")
    found = [(c.entity, c.text) for c in detect(text) if c.status == "suggested"]
    assert ("PERSON", "Femke") in found and not any(entity == "PHONE" for entity, _ in found)
    assert ("PASSAGE", "Eerlijk gezegd vind ik de conclusies te rooskleurig") in found


@pytest.mark.parametrize(("text", "ground"), [
    ("You complained that the council disclosed your HIV status to your landlord.", "5.1.1d"),
    ("Frankly, the Chair will fight this in the press.", "5.2.1"),
])
def test_a_status_disclosed_and_a_candid_forecast(text: str, ground: str) -> None:
    assert ground in [c.ground for c in detect(text) if c.status == "suggested"]


def test_two_acronyms_in_capitals_are_no_name() -> None:
    assert redacted("Our view is that the council infringed UK GDPR, as the complainant said.", "PERSON") == []


@pytest.mark.parametrize(("text", "ground"), [
    ("Ik woon op de Ulvenhoutselaan 31 en mijn man is afhankelijk van zijn scootmobiel.", "5.1.1d"),
    ("U woont sinds 1 juli in een Wlz-instelling.", "5.1.1d"),
    ("Mrs. Walker needs dialysis transport three times a week.", "5.1.1d"),
    ("Twee relschoppers hebben online opgeroepen tot geweld.", "5.1.1d"),
    ("Volgens de Regionale Informatie Organisatie komen er relschoppers.", "5.1.2c"),
    ("Castlemere Homes offered £1.42m, conditional on planning.", "5.1.1c"),
])
def test_an_aid_a_home_a_treatment_incitement_police_intelligence_and_a_bid(text: str, ground: str) -> None:
    assert ground in [c.ground for c in detect(text) if c.status == "suggested"]


def test_a_chief_prosecutor_is_kept_and_a_german_noun_is_no_part_of_a_name() -> None:
    assert kept("Advies: laat u bijpraten door korpschef Paauw en hoofdofficier Cohen.") == ["Paauw", "Cohen"]
    text = "am 18.11.2025 wurde der afghanische Staatsangehörige Jawad Noori, geb. 02.04.1997, zurückgewiesen."
    assert "Jawad Noori" in redacted(text, "PERSON")


def test_an_alderman_whose_first_name_is_a_word_and_a_senders_saved_name_with_a_work_word() -> None:
    assert kept("Wethouder Lot van Hooijdonk opent de avond.") == ["Lot van Hooijdonk"]
    assert redacted("Het lot van de bewoners is onzeker.") == []
    text = "[12-11-25 22:06:02] Teamleider Saskia: Bon uitschrijven en moeder bellen\n"
    assert redacted(text, "PERSON") == ["Saskia"]


@pytest.mark.parametrize(("text", "ground"), [
    ("Ik stel voor eerst een waarschuwing te geven.", "5.2.1"),
    ("His wife reports he has lost 12kg in Evin.", "5.1.1d"),
    ("Jongen op scooter zonder helm, geeft valse naam op.", "5.1.1d"),
    ("Ik neig ertoe het niet te doen.", "5.2.1"),  # an optional space in a cue ("er ?toe") may be none
])
def test_a_proposal_weight_lost_and_a_false_name(text: str, ground: str) -> None:
    assert ground in [c.ground for c in detect(text) if c.status == "suggested"]


def test_a_meetings_order_of_business_is_no_proposal() -> None:
    assert redacted("Ik stel voor dat we om tien uur beginnen.") == []


@pytest.mark.parametrize("text", [
    "Abernathy said his gambling debts had left him unable to pay his mortgage.",
    "Hij zit in de bijstand.",
    "Wij verlagen uw WW-uitkering daarom één maand met 25%.",
])
def test_ones_own_debts_and_benefits_are_private_circumstances(text: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"] == ["5.1.2e"]


@pytest.mark.parametrize("text", ["De gemeente betaalt haar schulden af.", "Het aantal mensen in de bijstand stijgt."])
def test_a_bodys_debts_and_welfare_statistics_are_no_ones(text: str) -> None:
    assert redacted(text) == []


@pytest.mark.parametrize(("text", "ground"), [
    ("De oudste wordt volgens school gepest omdat hij stottert.", "5.1.1d"),
    ("He has scars on his back which he says are from beatings.", "5.1.1d"),
    ("Uit het DNA-onderzoek blijkt dat Sagal niet uw biologische dochter is.", "5.1.1d"),
    ("He is an Orthodox Christian and attends church on Sundays.", "5.1.1d"),
])
def test_a_stutter_scars_kinship_and_a_faith_said_of_someone(text: str, ground: str) -> None:
    assert ground in [c.ground for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"]


def test_a_foia_decision_on_withheld_records_and_an_institutions_letters_are_no_ones() -> None:
    assert [c for c in detect("I am affirming the withholding of his medical records under Exemption 6.")
            if c.entity == "HEALTH"] == []
    assert "PI Veenhuizen" not in redacted("Hij verblijft in PI Veenhuizen.", "PERSON")


def test_an_address_care_of_an_organisation_is_the_organisations() -> None:
    text = "De heer H. Abdi Warsame\np/a VluchtelingenWerk, Jansveld 51\n3512 BE Utrecht\n"
    assert redacted(text) == ["H. Abdi Warsame"]


@pytest.mark.parametrize(("text", "ground"), [
    ("Because of your fibromyalgia you cannot walk more than 20 metres.", "5.1.1d"),
    ("De huurder stelt dat zijn zoontje daardoor astma-aanvallen krijgt.", "5.1.1d"),
    ("De recherche heeft sinds september een tap lopen op de eigenaar.", "5.1.2c"),
    ("Our records also show a prior refusal in 2019 for misrepresentation.", "5.1.1d"),
])
def test_a_condition_as_a_reason_an_attack_a_tap_and_a_refusal_for_fraud(text: str, ground: str) -> None:
    assert ground in [c.ground for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"]
