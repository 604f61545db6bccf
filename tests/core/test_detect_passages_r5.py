"""Passage rules of the fifth round: each with a case it must find and one it must leave alone."""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import detect


def _suggested(text: str, ground: str | None = None) -> list[str]:
    return [c.text for c in detect(text) if c.status == "suggested" and (ground is None or c.ground == ground)]


@pytest.mark.parametrize(("text", "ground", "passage"), [
    # a date before the cue dates the event and stays visible; the passage starts after it
    ("Mevrouw Visscher is op 2 januari positief getest op open tuberculose.", "5.1.1d",
     "positief getest op open tuberculose"),
    # a main clause after a fronted phrase is a clause of its own ("..., bevestig ik dat")
    ("Na het gesprek met de bedrijfsarts, bevestig ik dat uw contract op 1 mei eindigt.", "5.1.1d",
     "Na het gesprek met de bedrijfsarts"),
])
def test_a_health_passage_leaves_the_dates_and_the_main_clause_around_it(text: str, ground: str, passage: str) -> None:
    assert _suggested(text, ground) == [passage]


@pytest.mark.parametrize(("text", "ground"), [
    ("Dan zou ik inzetten op variant 2 en de opkoop parkeren.", "5.2.1"),
    ("Mijn gok is dat de MP daar niet in meegaat.", "5.2.1"),
    ("I'm not comfortable with the cost-benefit language on page 14.", "5.2.1"),
    ("De commissie adviseert de opdracht voorlopig te gunnen aan inschrijver A.", "5.2.1"),
    ("Speaking privately, he said the Foreign Minister overestimates Iranian flexibility.", "5.1.2a"),
    ("Hij zegt dat haar ex-partner haar in augustus meerdere keren heeft geslagen.", "5.1.1d"),
    ("De verdachte wordt om 7.30 uur via de sluis aan de achterzijde binnengebracht.", "5.1.2h"),
    ("Het hek langs de kade heeft over 300 meter geen detectie.", "5.1.2h"),
    ("Inschrijver B ligt met EUR 36,15 per uur het hoogst; haar prijsopbouw gaat uit van 4 procent loonstijging.",
     "5.1.1c"),
])
def test_round_five_cues(text: str, ground: str) -> None:
    assert _suggested(text, ground)


@pytest.mark.parametrize("text", [
    "Zou ik graag willen weten wanneer de vergadering begint?",
    "De klok heeft twaalf uur geslagen en de raad heeft alarm geslagen over de begroting.",
    "Het vrachtschip wordt via de sluis bij IJmuiden naar de haven gebracht.",
    "Defensie schaft 12 gepantserde voertuigen aan voor de landmacht.",
    "4. Ingekomen: brief van de AIVD over de handreiking statelijke inmenging; voor kennisgeving aangenomen.",
    "De NCTV heeft het Dreigingsbeeld Terrorisme Nederland op 10 maart gepubliceerd.",
])
def test_round_five_cues_stay_silent(text: str) -> None:
    assert _suggested(text) == []


def test_a_firms_accounts_in_confidence_are_business_data_not_a_foreign_confidence() -> None:
    text = ("Its management accounts, provided to the Department in confidence, show an operating loss of £1.9m in "
            "2023.")
    found = [c for c in detect(text) if c.status == "suggested"]
    assert {c.ground for c in found} == {"5.1.1c"}


def test_a_published_inspection_report_is_a_public_text() -> None:
    text = ("Report on an unannounced inspection of HMP Northgate\nby HM Chief Inspector of Prisons, 3-14 March 2025\n\n"
            "Staff told us privately that they did not feel safe. In our view leaders had not done enough.\n")
    assert _suggested(text) == []


@pytest.mark.parametrize("text", [
    ("30 977 AIVD\n\nNr. 153 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN\n\nHet jaarplan van de AIVD is staatsgeheim "
     "gerubriceerd. Ik vind dat de dienst meer capaciteit nodig heeft.\n"),
    ("VERSLAG VAN EEN COMMISSIEDEBAT\nVastgesteld 14 maart 2025\n\nDe heer Ellian (VVD):\nIk vind dat de AIVD meer "
     "moet doen. Wat mij betreft komt er extra geld.\n"),
])
def test_a_kamerstuk_as_published_is_a_public_text(text: str) -> None:
    assert _suggested(text) == []


def test_a_speaker_on_a_line_of_their_own_heads_what_they_said() -> None:
    text = "Verslag stuurgroep, 4 juni 2025\n\nDhr. Postma (VNG):\nVolgens mij kunnen de gemeenten hiermee volstaan.\n"
    assert _suggested(text, "5.2.1") == ["Volgens mij kunnen de gemeenten hiermee volstaan."]


@pytest.mark.parametrize("text", [
    ("Woo-besluiten beter motiveren\n\nGepubliceerd op 4 apr. 2024\n\nNaar mijn mening is dat een goede ontwikkeling. "
     "Een bestuursorgaan kan informatie die een derde in vertrouwen heeft verstrekt niet zomaar openbaar maken.\n"),
    ("Uitspraak 202301234/1/A3\n\nProcesverloop\n\nHet college stelt dat de ambtenaren hun mening in vertrouwen hebben "
     "gegeven. [appellant] lijdt aan een chronische ziekte.\n"),
])
def test_a_web_article_and_a_published_ruling_are_public_texts(text: str) -> None:
    assert _suggested(text) == []


def test_a_request_not_to_share_this_covers_the_sentence_before_it() -> None:
    text = ("The chief of staff told PolOff that the party will boycott the elections. He asked that his remarks not be "
            "attributed to him.\n")
    assert _suggested(text, "5.1.2a") == [text.strip()]


def test_a_request_after_a_sentence_with_its_own_cue_stays_apart() -> None:
    text = ("Hij gaf onder vier ogen aan dat de ratificatie wacht. Hij verzocht ons dit niet met anderen te delen.\n")
    assert _suggested(text, "5.1.2a") == ["Hij gaf onder vier ogen aan dat de ratificatie wacht.",
                                          "Hij verzocht ons dit niet met anderen te delen."]


@pytest.mark.parametrize(("text", "ground"), [
    ("De firewall draait op een oude versie met een bekende kwetsbaarheid.", "5.1.2h"),
    ("We intend to arrest the main suspect at his home address on Thursday.", "5.1.2c"),
    ("Eerlijk gezegd zou ik de interne mail van de wethouder niet weglakken.", "5.2.1"),
])
def test_round_five_cues_of_batch_118(text: str, ground: str) -> None:
    assert _suggested(text, ground)


@pytest.mark.parametrize(("text", "ground"), [
    ("De hoofdofficier acht een verbod juridisch kwetsbaar en geeft de voorkeur aan een noodverordening.", "5.2.1"),
    ("DOJ thinks we would likely lose on the APA claim.", "5.2.1"),
    ("He thinks the Treasury line is too cautious.", "5.2.1"),
    ("De politiechef meldt dat de ME met twee pelotons paraat staat.", "5.1.2h"),
    ("De directie gaf in het gesprek inzage in de kwartaalcijfers: de vestiging draait verlies.", "5.1.1c"),
])
def test_round_five_cues_of_batch_119(text: str, ground: str) -> None:
    assert _suggested(text, ground)


def test_a_companys_request_not_to_share_its_figures_is_no_foreign_confidence() -> None:
    text = "Het moederbedrijf beslist in december. De directie vroeg dringend deze cijfers niet te delen.\n"
    assert _suggested(text, "5.1.2a") == []


def test_a_govuk_policy_paper_is_a_public_text() -> None:
    text = ("Policy paper\nNational Security Strategy\nPublished 24 June 2025\n\nIn our view the threat from state "
            "actors has never been higher. Close protection officers will be deployed where needed.\n")
    assert _suggested(text) == []
