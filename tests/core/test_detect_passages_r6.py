"""Passage rules of the sixth round: each with a case it must find and one it must leave alone."""

from __future__ import annotations

import re

import pytest

from redactor.rulepack import _alternation, _by_first_character, _lower_literals, _wrapping, load_rule_pack
from tests.core.detect_helpers import detect


def _suggested(text: str, ground: str | None = None) -> list[str]:
    return [c.text for c in detect(text) if c.status == "suggested" and (ground is None or c.ground == ground)]


@pytest.mark.parametrize(("text", "ground"), [
    # when and in what order an investigation's coercive steps are taken, and the means it uses
    ("We wachten met de doorzoeking tot de zending in Rotterdam is aangekomen.", "5.1.2c"),
    ("De telefoongegevens vragen we pas na de aanhoudingen op.", "5.1.2c"),
    ("De administratie vorderen we later, zodat de bestuurders niet worden gewaarschuwd.", "5.1.2c"),
    ("We will hold off on the arrests until the second courier has been identified.", "5.1.2c"),
    ("Het OVC-middel in de woning blijft tot eind april staan.", "5.1.2c"),
    ("A tracking device was fitted to his van on 3 March.", "5.1.2c"),
    # officers in plain clothes at a place, an alarm button's place
    ("Twee agenten in burger staan bij de ingang van de zaal.", "5.1.2h"),
    ("De paniekknop zit onder het bureau van de griffier.", "5.1.2h"),
    ("Plain-clothes officers will sit in the public gallery.", "5.1.2h"),
    # a supervisor's measure if a condition fails, a follow-up visit not announced, signallers kept anonymous
    ("Als de school voor 1 mei geen plan indient, leggen wij een aanwijzing op.", "5.1.2d"),
    ("Het hercontrolebezoek in mei wordt niet vooraf aangekondigd.", "5.1.2d"),
    ("De melders blijven anoniem tegenover de zorgaanbieder.", "5.1.2d"),
    # what a firm sent with its application, its quote's figures, its request not to publish
    ("Uit de bij de aanvraag gevoegde exploitatiebegroting blijkt een verlies in het eerste jaar.", "5.1.1c"),
    ("De offerte van de installateur ligt 12 procent boven de raming.", "5.1.1c"),
    ("Het bedrijf heeft verzocht de leveringscontracten niet openbaar te maken.", "5.1.1c"),
])
def test_round_six_cues(text: str, ground: str) -> None:
    assert _suggested(text, ground)


@pytest.mark.parametrize("text", [
    # the practice, the law or what was done and published, not one case's tactics
    "De politie heeft de verdachte op 4 maart aangehouden.",
    "Wij leggen u bij dezen een last onder dwangsom op.",
    "Controles van de NVWA worden in de regel niet vooraf aangekondigd.",
    "Burgers kunnen anoniem melden bij Meld Misdaad Anoniem.",
    "De aanvrager voegt bij de aanvraag een businesscase en een begroting.",
    "Agenten in uniform surveilleren in het uitgaansgebied.",
    "All pool cars are fitted with tracking devices.",
    "Als de besmettingen stijgen, nemen we een maatregel.",
    "A contractor quoted in the article said the work was late.",
    "You may wish to contact the Information Commissioner's Office.",
    "There is a risk that it will rain on the day.",
    "The patient is under observation on the ward overnight.",
])
def test_round_six_cues_stay_silent(text: str) -> None:
    assert _suggested(text) == []


@pytest.mark.parametrize(("text", "ground"), [
    # a colleague's view by name in internal minutes
    ("Sanne is geen voorstander van een centrale helpdesk.", "5.2.1"),
    ("Pieter de Boer pleit ervoor om de pilot te verlengen.", "5.2.1"),
    ("Youssef heeft er grote moeite mee dat de cliëntenraad niet is gehoord.", "5.2.1"),
    # an address watched, a vehicle flagged, those around the suspect kept unaware
    ("The house on Gower Street will be under observation from Monday.", "5.1.2c"),
    ("An ANPR marker is on the Transit van.", "5.1.2c"),
    ("His partner is not to be told about the search warrant yet.", "5.1.2c"),
    # how thinly a site is guarded, when the guard walks round, keys left unlocked
    ("In het weekend is er maar één bewaker aanwezig op het terrein.", "5.1.2h"),
    ("De beveiliger loopt om 23.30 uur een controleronde langs de hekken.", "5.1.2h"),
    ("De sleutel van het schakelstation ligt in een onafgesloten lade.", "5.1.2h"),
    # a supervisor's measure in view, its sampling, a body unaware of its place in the sample
    ("We overwegen de instelling daarna een last onder dwangsom op te leggen.", "5.1.2d"),
    ("Daarom selecteren we de twintig scholen met de hoogste uitval.", "5.1.2d"),
    ("De zorgaanbieder weet niet dat de locatie Zuid in de steekproef valt.", "5.1.2d"),
    # a firm's forecast, a supplier's quote, its request not to publish
    ("The company's own cash flow forecast runs out in October.", "5.1.1c"),
    ("The contractor has quoted £1.4m for the groundworks.", "5.1.1c"),
    ("The operator has requested that its maintenance schedule is not disclosed.", "5.1.1c"),
])
def test_round_six_cues_of_batch_121(text: str, ground: str) -> None:
    assert _suggested(text, ground)


@pytest.mark.parametrize("text", [
    # a member's or an office-holder's view in a public debate, a country's position
    "De heer Van Lente (CDA) pleit ervoor de tarieven te verlagen.",
    "Kamerlid Omtzigt is voorstander van een parlementaire enquête.",
    "Nederland is voorstander van een gezamenlijke inkoop van gas.",
    # guarding in general, a published fine, a sample's size
    "Beveiligers lopen 's nachts rondes over het terrein.",
    "De AFM heeft de bank een bestuurlijke boete opgelegd van EUR 2 miljoen.",
    "De steekproef omvat 120 dossiers.",
    "The contractor was appointed after an open tender.",
])
def test_round_six_cues_of_batch_121_stay_silent(text: str) -> None:
    assert _suggested(text) == []


def test_a_kamerstuk_under_its_session_year_is_a_public_text() -> None:
    text = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n\n"
            "Ik ben van mening dat gemeenten meer ruimte moeten krijgen.\n")
    assert _suggested(text) == []


@pytest.mark.parametrize(("text", "ground"), [
    # an inquiry against someone
    ("Tegen haar broer loopt nog een strafrechtelijk onderzoek naar fraude.", "5.1.1d"),
    # a pole camera, a controlled buy, a cooperator, a source talking to the agents
    ("A pole camera covers the driveway of the Maple Avenue house.", "5.1.2c"),
    ("The second controlled buy is set for Friday.", "5.1.2c"),
    ("His cousin has been talking to the FBI since January.", "5.1.2c"),
    # an event's entrances, police posted, a site without a fence
    ("De minister komt via de artiesteningang het gebouw binnen.", "5.1.2h"),
    ("Bij de uitgang staan vier agenten die op zakkenrollers letten.", "5.1.2h"),
    ("Het depot heeft aan de achterzijde geen omheining.", "5.1.2h"),
    # a concession kept back for when the other side presses
    ("Als de verhuurder vasthoudt aan indexatie, gaan we akkoord met 2 procent.", "5.1.2b"),
])
def test_round_six_cues_of_batch_122(text: str, ground: str) -> None:
    assert _suggested(text, ground)


@pytest.mark.parametrize("text", [
    "Tegen zijn bedrijf loopt een onderzoek van de ACM.",
    "The department stocks controlled substances in a locked cabinet.",
    "Bij de ingang staan stewards die de kaartjes controleren.",
    "Als de koper akkoord gaat, volgt de levering op 1 juli.",
])
def test_round_six_cues_of_batch_122_stay_silent(text: str) -> None:
    assert _suggested(text) == []


@pytest.mark.parametrize("text", [
    "OFFICE OF INSPECTOR GENERAL\nReport No. AV2025031\nIssued: May 14, 2025\n\nIn our view, the program lacks metrics.\n",
    "GAO\nReport to Congressional Committees\n\nWe recommend that the Secretary set performance measures.\n",
])
def test_an_inspector_generals_issued_report_is_a_public_text(text: str) -> None:
    assert _suggested(text, "5.2.1") == []


@pytest.mark.parametrize(("text", "ground"), [
    ("Lijkt mij geen goed idee om de raad nu al te informeren.", "5.2.1"),
    ("[Opmerking JZ: deze alinea zou ik voorzichtiger formuleren.]", "5.2.1"),
    ("Zonder cijfers is deze paragraaf niet overtuigend.", "5.2.1"),
    ("The Minister may wish to delay the visit until the inquiry reports.", "5.2.1"),
    ("There is a risk that the press reads this as a U-turn.", "5.2.1"),
    ("We believe the tribunal would find the refusal unlawful.", "5.2.1"),
])
def test_round_six_cues_of_batch_123(text: str, ground: str) -> None:
    assert _suggested(text, ground)


@pytest.mark.parametrize("text", [
    "You may wish to note the attached letter from the Mayor.",
    "There is a risk that flooding will recur in the winter.",
    "Het lijkt erop dat de bouw in 2026 start.",
    "Q&A\nVraag: Waarom sluit de locatie?\nAntwoord: Wij vinden het belangrijk dat de bewoners een plek krijgen.\n",
])
def test_round_six_cues_of_batch_123_stay_silent(text: str) -> None:
    assert _suggested(text) == []


@pytest.mark.parametrize("text", [
    ("Commonwealth v. Doe\n\nSupreme Judicial Court of Massachusetts\n\nThe informant made two controlled buys at the "
     "apartment before the warrant issued.\n"),
    ("State v. Roe\n412 Mass. 97 (Mass. 1992)\n\nThe informant made two controlled buys at the apartment before the "
     "warrant issued.\n"),
])
def test_a_state_courts_opinion_is_a_general_text(text: str) -> None:
    assert _suggested(text, "5.1.2c") == []


@pytest.mark.parametrize(("text", "ground"), [
    # the same grounds in other words (batch 124)
    ("De aanhouding van de broers volgt pas als de tweede zending binnen is.", "5.1.2c"),
    ("We verhoren de vrouw pas na haar ex-partner.", "5.1.2c"),
    ("Sinds maart hangt er een camera gericht op de ingang van de garage.", "5.1.2c"),
    ("Ze moeten apart worden gehoord, anders stemmen ze hun verklaringen af.", "5.1.2c"),
    ("Haar woning heeft een directe lijn met de meldkamer.", "5.1.2h"),
    ("De burgemeester verlaat het gemeentehuis via de binnenplaats.", "5.1.2h"),
    ("De gedeputeerde wordt deze maand opgehaald door een chauffeur van de provincie.", "5.1.2h"),
    ("Ons oordeel is nog voorlopig.", "5.1.2d"),
    ("Komende week komen we onaangekondigd terug op de afdeling.", "5.1.2d"),
    ("Wordt er opnieuw te laat gemeld, dan volgt een bestuurlijke boete.", "5.1.2d"),
    ("Bidder C's accounts show a turnover of £4m.", "5.1.1c"),
    ("Their pricing assumes no rise in fuel costs.", "5.1.1c"),
    ("The manufacturer's coating process uses a solvent no one else has licensed.", "5.1.1c"),
    ("The supplier told us its production costs rose by a third.", "5.1.1c"),
])
def test_round_six_cues_of_batch_124(text: str, ground: str) -> None:
    assert _suggested(text, ground)


@pytest.mark.parametrize("text", [
    "De inspectie komt in de regel onaangekondigd.",
    "De camera hangt boven de kassa van de winkel.",
    "Het rapport is definitief vastgesteld op 3 maart.",
    "Mevrouw wordt op dinsdag opgehaald door de regiotaxi.",
    "We horen pas na de zomer of de subsidie doorgaat.",
    "The company's annual report is published in May.",
])
def test_round_six_cues_of_batch_124_stay_silent(text: str) -> None:
    assert _suggested(text) == []


@pytest.mark.parametrize(("text", "ground"), [
    # a second round of paraphrases (batch 125)
    ("We won't go in at the Mill Lane address until the van is back.", "5.1.2c"),
    ("She has no idea the police have her messages.", "5.1.2c"),
    ("Patrols are to keep clear of the estate this week.", "5.1.2c"),
    ("De bezoekerspasjes werken ook buiten kantoortijd.", "5.1.2h"),
    ("De bewakingscamera's bij de achteringang zijn defect.", "5.1.2h"),
    ("The CCTV in the car park has been switched off since Monday.", "5.1.2h"),
    ("We gaan voorlopig nog niet over tot een last onder dwangsom.", "5.1.2d"),
    ("De klokkenluider wil dat zijn naam niet bij de werkgever bekend wordt.", "5.1.2d"),
    ("Inschrijver Schoonrein offreert een uurtarief van EUR 29,90.", "5.1.1c"),
    ("Uit de jaarcijfers die de exploitant aanleverde blijkt een tekort.", "5.1.1c"),
    ("Honestly, I'm not convinced the pilot is ready to scale.", "5.2.1"),
    ("Karin de Graaf vindt het te vroeg om de raad te informeren.", "5.2.1"),
    ("Bas zou de tweede fase liever uitstellen.", "5.2.1"),
])
def test_round_six_cues_of_batch_125(text: str, ground: str) -> None:
    assert _suggested(text, ground)


@pytest.mark.parametrize("text", [
    "Officers will not knock on doors after 9pm.",
    "Pedestrians are to keep clear of the works area.",
    "De camera van mijn laptop werkt niet.",
    "De gemeente rekent een uurtarief van EUR 85 voor het behandelen van de aanvraag.",
    "Rijkswaterstaat waarschuwt dat de brug in het weekend dicht is.",
    "Zij vreest dat haar uitzicht op de kerk verdwijnt.",
    "Hij is geen voorstander van een hogere schutting.",
])
def test_round_six_cues_of_batch_125_stay_silent(text: str) -> None:
    assert _suggested(text) == []


def test_cues_grouped_by_their_first_character_find_what_the_plain_alternation_finds() -> None:
    from tests.core import unseen_docs, unseen_docs_passages

    texts = [d.text.lower() for d in (*unseen_docs.DOCS, *unseen_docs_passages.DOCS)]
    for rule in load_rule_pack("default").passages:
        plain = [_lower_literals(_wrapping(p)) for p in rule.cues if "(?-i:" not in p]
        if not plain:
            continue
        before, after = re.compile(_alternation(plain)), re.compile(_by_first_character(plain))
        for text in texts:
            assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)], rule.id


@pytest.mark.parametrize(("cues", "text"), [
    ([r"\bik vind", r"(?:§|art\.) 5", r"\b(?:wij|we) denken", r"x?"], "wij denken dat art. 5 geldt; ik vind het goed"),
    ([r"[^a]b", r"\bab"], "ab cb"),
])
def test_cues_whose_first_character_is_unknown_stand_in_every_group(cues: list[str], text: str) -> None:
    assert [m.span() for m in re.finditer(_by_first_character(cues), text)] == \
        [m.span() for m in re.finditer(_alternation(cues), text)]


@pytest.mark.parametrize(("text", "ground"), [
    # a third round of paraphrases (batch 126)
    ("De raadsman krijgt de observatieverslagen nog niet te zien.", "5.1.2c"),
    ("De tapverslagen worden voorlopig niet aan het dossier toegevoegd.", "5.1.2c"),
    ("De staatssecretaris loopt naar de zaal zonder door de publieksruimte te gaan.", "5.1.2h"),
    ("Twee persoonsbeveiligers blijven binnen vijf meter van de burgemeester.", "5.1.2h"),
    ("Wij kondigen de hercontrole niet vooraf aan.", "5.1.2d"),
    ("Het boetebedrag is nog niet bepaald.", "5.1.2d"),
    ("De projectontwikkelaar verwacht een rendement van 9 procent.", "5.1.1c"),
    ("De leverancier stuurde zijn offerte op voorwaarde dat we die niet publiceren.", "5.1.1c"),
    ("The timetable looks far too tight to me.", "5.2.1"),
    ("I doubt the Chancellor will accept a higher cap.", "5.2.1"),
])
def test_round_six_cues_of_batch_126(text: str, ground: str) -> None:
    assert _suggested(text, ground)


@pytest.mark.parametrize("text", [
    "Sounds good to me, see you on Monday.",
    "De advocaat van de gemeente was niet aanwezig.",
    "Bezoekers lopen door de centrale hal naar de balie.",
])
def test_round_six_cues_of_batch_126_stay_silent(text: str) -> None:
    assert _suggested(text) == []
