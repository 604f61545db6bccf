"""Passage rules of the fourth round: each with a case it must find and one it must leave alone."""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import detect


def _suggested(text: str, ground: str | None = None) -> list[str]:
    return [c.text for c in detect(text) if c.status == "suggested" and (ground is None or c.ground == ground)]


@pytest.mark.parametrize(("text", "passage"), [
    ("Eens, maar ik zou de datum in de brief niet noemen.", "Eens, maar ik zou de datum in de brief niet noemen."),
    ("I'm not sure the Regional Office has the capacity to run it this year.",
     "I'm not sure the Regional Office has the capacity to run it this year."),
])
def test_advice_not_to_act_and_doubt_about_capacity_are_opinions(text: str, passage: str) -> None:
    assert _suggested(text, "5.2.1") == [passage]


@pytest.mark.parametrize("text", [
    "Ik zou het niet weten.",
    "I'm not sure the file has arrived yet.",
    # a forecast of events, not a view on policy (Woo art. 5.2: prognoses are no personal policy opinions)
    "Post acht het waarschijnlijk dat de protesten in december aanhouden.",
])
def test_a_hedged_fact_or_a_forecast_is_no_opinion(text: str) -> None:
    assert _suggested(text, "5.2.1") == []


def test_a_posts_advice_stays_an_opinion() -> None:
    assert _suggested("Post adviseert de reactie in EU-verband af te stemmen.", "5.2.1") != []


@pytest.mark.parametrize(("text", "cue"), [
    ("Zij gebruikt antipsychotica en woont alleen.", "gebruikt antipsychotica"),
    ("Hij volgt een traject bij een psycholoog.", "traject bij een psycholoog"),
    ("She has been on antidepressants since May.", "on antidepressants"),
])
def test_medication_and_a_course_of_treatment_are_health_data(text: str, cue: str) -> None:
    found = _suggested(text, "5.1.1d")
    assert found and cue in found[0]


def test_a_pharmacy_policy_on_medication_is_no_health_data_of_a_person() -> None:
    assert _suggested("Apotheken leveren antipsychotica alleen op recept.", "5.1.1d") == []


def test_a_title_with_a_health_word_is_no_passage_but_the_text_under_it_is() -> None:
    text = ("Arbodienst Rijk\nTerugkoppeling bedrijfsarts aan werkgever\n\n"
            "Mevrouw is volledig arbeidsongeschikt voor haar eigen werk.\n")
    assert _suggested(text, "5.1.1d") == ["Mevrouw is volledig arbeidsongeschikt voor haar eigen werk"]


def test_a_sentence_that_names_the_company_doctor_is_still_a_passage() -> None:
    text = "Verslag\n\nIk heb vandaag een afspraak bij de bedrijfsarts gehad.\n"
    assert _suggested(text, "5.1.1d") == ["Ik heb vandaag een afspraak bij de bedrijfsarts gehad"]


def test_a_dated_title_line_is_not_part_of_the_passage_under_it() -> None:
    text = ("Verslag beoordeling camerabeelden Stationsplein, 9 augustus 2024\n"
            "Op de beelden is te zien dat persoon 1 (man, ca. 25 jaar, donkere huidskleur) een fiets pakt.\n")
    found = _suggested(text, "5.1.1d")
    assert found and not any("Stationsplein" in f for f in found)


def test_a_wrapped_sentence_whose_line_ends_in_a_year_is_not_cut() -> None:
    text = "Zij is sinds maart 2024\nopgenomen in een psychiatrische kliniek.\n"
    assert _suggested(text, "5.1.1d") == ["Zij is sinds maart 2024\nopgenomen in een psychiatrische kliniek"]


DRAFT = ("CONCEPT - versie t.b.v. interdepartementale afstemming\n\n"
         "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
         "In deze brief informeer ik uw Kamer over de voortgang.\n"
         "[Opmerking FIN: wij zijn geen voorstander van het noemen van een bedrag. Graag schrappen.]\n"
         "Het kabinet trekt EUR 150 miljoen uit.\n")


def test_comments_on_a_draft_letter_to_parliament_are_internal_deliberation() -> None:
    # the note is a sentence apart: the letter's lines above and below it stay out
    assert _suggested(DRAFT, "5.2.1") == ["[Opmerking FIN: wij zijn geen voorstander van het noemen van een bedrag."]


def test_the_sent_letter_to_parliament_is_still_published() -> None:
    sent = DRAFT.replace("CONCEPT - versie t.b.v. interdepartementale afstemming\n\n", "")
    assert _suggested(sent, "5.2.1") == []


def test_the_country_report_on_a_states_law_is_no_services_secret() -> None:
    text = "Homoseksuele handelingen zijn in Ghana strafbaar gesteld, maar uit het ambtsbericht blijkt niet dat de wet wordt gehandhaafd."
    assert _suggested(text, "5.1.1b") == []
    assert _suggested("Uit het ambtsbericht blijkt dat de aanvrager contacten onderhoudt met een agent.", "5.1.1b") != []


def test_what_a_statistic_counts_most_often_is_no_ones_health() -> None:
    text = "Psychische klachten, zoals overspannenheid en burn-out, waren bij langdurig verzuim de meest genoemde oorzaak."
    assert _suggested(text, "5.1.1d") == []
    assert _suggested("Zij heeft sinds maart een burn-out.", "5.1.1d") != []


def test_a_wrapped_line_after_a_full_stop_is_no_heading() -> None:
    # "In het openbare" ends a line after a full stop: the sentence goes on under it, and its public source with it
    text = ("Ruim 90 procent komt uit China. In het openbare\n"
            "Dreigingsbeeld Statelijke Actoren wijzen de AIVD en de MIVD op de risico's.\n")
    assert _suggested(text, "5.1.1b") == []


def test_a_numbered_heading_stays_out_of_the_sentence_under_it() -> None:
    text = "3. Wetsvoorstel payrolling\nDe DG vindt het wetsvoorstel in deze vorm niet uitvoerbaar.\n"
    assert _suggested(text, "5.2.1") == ["De DG vindt het wetsvoorstel in deze vorm niet uitvoerbaar."]


def test_a_firms_figures_supplied_in_confidence_over_a_line_break() -> None:
    text = ("De aanvrager heeft haar jaarcijfers over 2023 en de\n"
            "kostprijsberekening vertrouwelijk aan RVO verstrekt.\n")
    assert _suggested(text, "5.1.1c") != []
    assert _suggested("De jaarcijfers over 2023 staan op de website.\nDe brief is vertrouwelijk verstrekt.", "5.1.1c") == []


@pytest.mark.parametrize("text", [
    "De DKDB zet vier persoonsbeveiligers in en rijdt met twee voertuigen.",
    "Aankomst is om 13.40 uur via de achteringang aan de Slinge.",
    "Zijn woning is voorzien van camerabewaking en een alarmknop.",
    "De politie rijdt 's nachts extra surveillances langs zijn huis.",
    "De politie houdt een ME-peloton stand-by in de sporthal.",
    "Het hek aan de noordzijde heeft geen detectie.",
    "The motorcade will use the loading dock on Clifton Road.",
    "Two agents will stay with the Secretary at the hotel overnight.",
])
def test_the_measures_that_protect_a_person_or_a_site_are_security_of_persons(text: str) -> None:
    assert _suggested(text, "5.1.2h") == [text.rstrip(".") + "."]


@pytest.mark.parametrize("text", [
    # protection in general, in a letter to Parliament or a press release
    ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nHet aantal beveiligde personen is verdubbeld. "
    "De persoonsbeveiligers van de DKDB krijgen er 200 fte bij.\n"),
    "Persbericht | Gemeente Dordrecht\n\nBezoekers komen via de achteringang van het stadhuis naar binnen.\n",
    "Our Data Protection Officer can be reached by e-mail.",
    "The protection team budget rose by 4 percent.",
])
def test_protection_in_general_is_no_passage(text: str) -> None:
    assert _suggested(text, "5.1.2h") == []


def test_a_bidders_price_and_an_evaluation_panels_advice() -> None:
    text = "Bidder A's pricing includes a mobilisation charge of £240,000. The evaluation panel recommends award to Bidder B."
    assert _suggested(text, "5.1.1c") == ["Bidder A's pricing includes a mobilisation charge of £240,000."]
    assert _suggested(text, "5.2.1") == ["The evaluation panel recommends award to Bidder B."]
    assert _suggested("The Law Commission recommends reform of the statute.", "5.2.1") == []
