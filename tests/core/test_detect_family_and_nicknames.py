"""Held-out batch 193's fixes and after: a mail greeted by an everyday form of the sender's first name, a first name
set off by commas after a noun for a person, drugs by name, a time inside said in the first person, an operation
and a death in the family said to the one it concerns, an official named by post in minutes, a state's own
channels, and a planning application's site; and batch 195's: a relative named by a condition, one person's treatment
where the clause names a group, a school's register for a condition, a family member in a camp, and what a minister
"privately expects" on a cable page."""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import detect, passage_grounds, redacted


@pytest.mark.parametrize(("header", "greeting"), [
    ("To: Baptiste, Reginald <reginald.baptiste@hhs.gov>", "Reggie,"),
    ("To: Whitlock, William <w.whitlock@state.gov>", "Bill --"),
    ("Aan: Cornelis Groeneveld <c.groeneveld@minfin.nl>", "Kees,"),
])
def test_a_mail_greeting_the_addressee_by_an_everyday_form_of_the_first_name_names_them(header: str,
                                                                                       greeting: str) -> None:
    text = f"From: Hotline Intake <intake@agency.gov>\n{header}\nSubject: RE: request\n\n{greeting}\n\nPlease call me.\n"
    assert greeting.rstrip(",- ") in redacted(text, "PERSON")


def test_an_everyday_form_counts_only_for_the_name_it_belongs_to() -> None:
    text = "To: Baptiste, Gregory <g.baptiste@hhs.gov>\nSubject: RE: request\n\nBill,\n\nPlease call me.\n"
    assert "Bill" not in redacted(text, "PERSON")


def test_a_first_name_set_off_by_commas_after_a_noun_for_a_person_is_flagged() -> None:
    text = "Die telefoons heb ik van een jongen uit Overvecht gekocht, Bilal, voor 50 euro per stuk."
    assert redacted(text, "PERSON") == ["Bilal"]


def test_a_place_set_off_by_commas_after_a_noun_for_a_person_is_not() -> None:
    assert redacted("De eigenaar van het pand aan de Kerkstraat, Utrecht, zegt niets.", "PERSON") == []


@pytest.mark.parametrize(("text", "ground"), [
    ("Dewi is weggelopen en gebruikt volgens de politie ketamine.", "5.1.1d"),
    ("Hij gebruikt al jaren speed.", "5.1.1d"),
    ("Ik heb al eens vastgezeten voor heling, dus ik weet dat het fout is.", "5.1.1d"),
    ("Sinds uw heupoperatie in juli kunt u niet meer bukken.", "5.1.1d"),
    ("Since his knee replacement he cannot climb the stairs.", "5.1.1d"),
    ("Uw man is in september overleden.", "5.1.2e"),
    ("Since her husband died she lives alone.", "5.1.2e"),
])
def test_drugs_time_inside_an_operation_and_a_death_in_the_family(text: str, ground: str) -> None:
    assert ground in passage_grounds(text)


@pytest.mark.parametrize("text", [
    "De minister van Financiën is overleden.",
    "Wij gebruiken deze pillen niet in de kliniek.",
])
def test_a_public_death_and_a_clinic_s_stock_are_no_ones_circumstances(text: str) -> None:
    assert passage_grounds(text) == []


def test_an_official_named_by_post_in_minutes_holds_a_view() -> None:
    text = "Dir. FEZ ziet geen andere mogelijkheid dan de subsidieregeling voor dorpshuizen te halveren."
    found = [c for c in detect(text) if c.ground == "5.2.1"]
    assert found and found[0].text.startswith("Dir. FEZ")


def test_a_decision_letter_seeing_no_other_way_holds_no_view() -> None:
    assert passage_grounds("De gemeente ziet geen andere mogelijkheid dan uw aanvraag af te wijzen.") == []


def test_what_a_state_learned_through_its_own_channels_is_its_confidence() -> None:
    text = ("The Ambassador said The Hague had received, through its own channels, indications that two crew members "
            "of the vessel were working for a foreign service.")
    assert "5.1.2a" in passage_grounds(text)
    assert passage_grounds("The council heard through its own channels that the bridge would close.") == []


def test_a_planning_applications_site_is_published_but_an_objectors_home_is_not() -> None:
    text = ("Application 25/01184/FUL: change of use to a house in multiple occupation, 41 Beaconsfield Road\n\n"
            "Objection from Mrs Priya Raghunathan, 12 Orchard Close, who raised parking.\n")
    assert redacted(text, "ADDRESS") == ["12 Orchard Close"]


# held-out batch 195
@pytest.mark.parametrize(("text", "ground"), [
    ("Zij heeft daarnaast mantelzorgtaken voor haar dementerende vader.", "5.1.1d"),
    ("WHITMORE told her he had been treated for opioid addiction and owed money to people in Fresno.", "5.1.1d"),
    ("Kayden is on the SEN register for autism.", "5.1.1d"),
    ("Uit het gehoor blijkt dat zij nu in een kamp in Soedan verblijft.", "5.1.2e"),
])
def test_a_relative_by_condition_one_persons_treatment_a_register_and_a_camp(text: str, ground: str) -> None:
    assert ground in passage_grounds(text)


def test_a_treatment_said_of_people_in_general_stays_unflagged() -> None:
    assert passage_grounds("Many people in Fresno have been treated for opioid addiction.") == []


def test_what_a_minister_privately_expects_on_a_cable_page_is_a_confidence() -> None:
    text = ("C O N F I D E N T I A L THE HAGUE 000412\n\n1. (C) In a December 2 meeting, the MFA contact told PolOff "
            "about the licensing. He added that his minister privately expects strong Chinese retaliation.\n")
    assert "5.1.2a" in passage_grounds(text)


# held-out batch 197
@pytest.mark.parametrize(("text", "ground"), [
    ("Onze bron zit dicht op de groep rond de loods in Volkel.", "5.1.2c"),
    ("Wees voorzichtig, want er zijn maar drie mensen die dit kunnen weten.", "5.1.2c"),
    ("CS has provided reliable information in the past.", "5.1.2c"),
    ("He told me he has been sleeping in his car since September.", "5.1.2e"),
    ("He has been going to a food bank.", "5.1.2e"),
    ("Wij vorderen daarom de bijstand over februari tot en met september terug.", "5.1.2e"),
    ("Moeder vertelt dat Noor 's nachts niet slaapt en zich snijdt.", "5.1.1d"),
    ("Er is een verwijzing naar Karakter gemaakt.", "5.1.1d"),
    ("CS stated that Flaco stores fentanyl pills at his girlfriend's apartment.", "5.1.1d"),
    ("Eerlijk gezegd verwachten wij dat een verlenging vooral boeren bereikt die toch al wilden stoppen.", "5.2.1"),
])
def test_a_source_a_car_to_sleep_in_a_benefit_reclaimed_self_harm_a_referral_and_frankness(text: str,
                                                                                         ground: str) -> None:
    assert ground in passage_grounds(text)


@pytest.mark.parametrize("text", [
    "Hij heeft een karakter waar je niet omheen kunt.",
    "De voedselbank zoekt nieuwe vrijwilligers.",
])
def test_a_word_that_names_a_provider_and_a_food_banks_appeal_are_no_ones_circumstances(text: str) -> None:
    assert passage_grounds(text) == []


# held-out batch 220
@pytest.mark.parametrize(("text", "ground"), [
    ("Vader is sinds de zomer werkloos en drinkt veel.", "5.1.2e"),
    ("Mr. Villanueva said that in his opinion the grant portal was rolled out too early.", "5.2.1"),
    ("Adaeze, the Minister won't want to go further than the manifesto.", "5.2.1"),
    ("Between ourselves, I think the thresholds in option C are indefensible.", "5.2.1"),
    ("Ik ben 87 jaar en slechtziend.", "5.1.1d"),
    ("The post-mortem found a mix of pregabalin and alcohol.", "5.1.1d"),
    ("De gemeentesecretaris vertrekt met een vaststellingsovereenkomst en een vergoeding van € 145.000.", "5.1.2e"),
])
def test_out_of_work_a_reported_view_a_ministers_limit_poor_sight_a_post_mortem_and_a_settlement(
        text: str, ground: str) -> None:
    assert ground in passage_grounds(text)


def test_a_source_a_cable_asks_to_protect_makes_the_sentence_a_confidence() -> None:
    text = ("S E C R E T SECTION 01 OF 02 KYIV 001187\n\n2. (S) Rada deputy Oleksandr Marchenko (strictly protect) told "
            "PolOff that two deputy ministers receive kickbacks on drone contracts.\n")
    assert "5.1.2a" in passage_grounds(text)


def test_a_coroners_box_is_a_service() -> None:
    assert redacted("From: HM Coroner <coroners.north@manchester.gov.uk>\n", "EMAIL") == []


# held-out batch 221
@pytest.mark.parametrize(("text", "ground"), [
    ("Daarnaast speelt er thuis iets: haar man is vorige maand vertrokken.", "5.1.2e"),
    ("The only witness has a 2019 conviction for wire fraud.", "5.1.1d"),
    ("Zij heeft besproken dat uw schuld bij de Belastingdienst wordt kwijtgescholden.", "5.1.2e"),
    ("Aylin heeft inmiddels een intake gehad bij de jeugd-GGZ.", "5.1.1d"),
    ("Moeder vertelt dat Aylin niet naar school durft sinds een filmpje van haar rondgaat.", "5.1.2e"),
])
def test_a_partner_who_left_a_conviction_a_forgiven_debt_an_intake_and_a_video(text: str, ground: str) -> None:
    assert ground in passage_grounds(text)


def test_a_memo_to_file_names_no_one() -> None:
    assert "File" not in redacted("MEMORANDUM\nTO: File\nFROM: AUSA Rachel Okonjo\n", "PERSON")
