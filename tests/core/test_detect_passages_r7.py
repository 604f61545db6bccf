"""Passage cues built from shared term lists (round 7): a cue and its companion in one sentence, in either order.

A weak word of confidence counts for foreign relations with a foreign government's actor in its sentence; a leaning
counts as a personal policy opinion with an official who deliberates; a firm's own forecast counts as business data
with the firm in the sentence. One term list (rules/lexicons/*.txt) teaches every cue that names it.
"""

from __future__ import annotations

import pytest

from redactor.rulepack import PairedCue, PassageRule, load_rule_pack
from tests.core.detect_helpers import detect


def _grounds(text: str) -> list[tuple[str, str]]:
    return [(c.ground, c.text) for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"]


@pytest.mark.parametrize(("text", "ground"), [
    # confidence + a foreign actor, in either order, the actor a state, a post or a nationality
    ("Hij zei, strikt tussen ons, dat Polen de steun wil terugschroeven.", "5.1.2a"),
    ("Onze Italiaanse collega's lieten, niet voor publicatie, weten dat Rome zich zal onthouden.", "5.1.2a"),
    ("The Spanish delegation said, strictly not for onward transmission, that Madrid would abstain.", "5.1.2a"),
    # a leaning with an official who deliberates
    ("De plv. DG voelt weinig voor een tweede tranche.", "5.2.1"),
    ("The Director is sceptical of the second tranche.", "5.2.1"),
    # a firm's own forecast, its wish that an agreement stays unpublished
    ("De exploitant verwacht volgens zijn eigen liquiditeitsprognose in 2027 weer winst.", "5.1.1c"),
    ("De aannemer heeft een korting bedongen die hij niet openbaar wil zien.", "5.1.1c"),
    # a service's method with the service in the sentence
    ("De dienst heeft de e-mail van de voorzitter enige tijd kunnen onderscheppen.", "5.1.1b"),
    # the police's means in place, a reason not to tip off
    ("Het observatieteam staat sinds maandag bij de loods in Veghel.", "5.1.2c"),
    ("Zijn broer laten we nog even buiten beeld, anders waarschuwt hij de rest.", "5.1.2c"),
    # a protective measure placed at a home, a route varied on purpose
    ("Bij de woning is een noodknop geplaatst die is doorgeschakeld naar de meldkamer.", "5.1.2h"),
    ("De wethouder neemt afwisselend via de Ringweg en via het centrum de route naar het stadhuis.", "5.1.2h"),
    # special personal data said with new words
    ("Haar zoon is vorig jaar uit de kast gekomen.", "5.1.1d"),
    ("She is a union rep for Unison and asked not to be named.", "5.1.1d"),
    ("He goes to NA meetings every Monday.", "5.1.1d"),
    # batch 128's idioms, said in other words again
    ("De Noorse gezant liet doorschemeren dat Oslo de toezegging intrekt.", "5.1.2a"),
    ("Mijn Belgische collega gaf me bij de koffie mee dat Brussel niet zal tekenen.", "5.1.2a"),
    ("Marloes ziet er geen brood in om de wijkraden nu al te betrekken.", "5.2.1"),
    ("We laten haar voorlopig lopen tot de tweede betaling binnen is.", "5.1.2c"),
    ("Zijn tweede telefoon staat sinds vrijdag op de tap.", "5.1.2c"),
    ("De inschrijver liet ons zijn klantenlijst zien, maar die moet binnenskamers blijven.", "5.1.1c"),
    ("Na 22.00 uur is de personeelsingang onbewaakt.", "5.1.2h"),
    ("De rechter wordt via de parkeergarage naar binnen gebracht.", "5.1.2h"),
    ("Elke vrijdag gaat hij met zijn vader naar de gurdwara.", "5.1.1d"),
    ("She has been clean since March.", "5.1.1d"),
    # batch 129's idioms, said in other words again
    ("Our Swedish interlocutor was candid about Stockholm's doubts.", "5.1.2a"),
    ("Mijn onderbuik zegt dat we variant C moeten laten vallen.", "5.2.1"),
    ("Eerlijk gezegd vind ik dit voorstel een lapmiddel.", "5.2.1"),
    ("Haar broer zit sinds maart in de PI Zwolle.", "5.1.1d"),
    ("He has a drink-driving conviction from 2021.", "5.1.1d"),
    ("Hij is van Kaapverdiaanse komaf.", "5.1.1d"),
    ("Dit hebben wij van een Deense collega-dienst.", "5.1.1b"),
    ("Zij is in 2023 door de dienst benaderd om informatie te leveren over de moskee.", "5.1.1b"),
    ("De doorzoeking is geprikt op donderdag.", "5.1.2c"),
    ("Polyfix draait al drie jaar rood.", "5.1.1c"),
    ("De boete leggen we pas op na de tweede controle.", "5.1.2d"),
    # batch 170's idioms, said in other words again
    ("Onze Spaanse contactpersoon wil niet dat zijn naam valt, maar Madrid stemt tegen.", "5.1.2a"),
    ("I am wary of naming the councils before the audit.", "5.2.1"),
    ("Eerlijk gezegd is deze aanpak niet robuust genoeg.", "5.2.1"),
    ("Haar vriend heeft twee jaar cel gekregen.", "5.1.1d"),
    ("Het zoontje plast sinds de verhuizing weer in bed.", "5.1.1d"),
    ("The back door of the house does not lock.", "5.1.2h"),
    ("GasUnie Noord betaalt haar leverancier volgens de brief EUR 31 per MWh.", "5.1.1c"),
])
def test_composed_cues_find_new_wordings(text: str, ground: str) -> None:
    assert ground in [g for g, _ in _grounds(text)]


@pytest.mark.parametrize("text", [
    # a weak word of confidence in news and public texts about diplomacy in general
    "Vandaag zijn de EU-ministers in Brussel bijeen voor informeel overleg over Oekraïne.",
    "Volgens hem is het voor mensen die contact hebben met de ambassade van belang dat de gesprekken vertrouwelijk blijven.",
    "A cache of confidential U.S. diplomatic cables provides a look at backroom bargaining by embassies around the world.",
    "The Turkish government said in private talks were useful, Reuters reported.",
    # a leaning written to Parliament, a leaning of no official
    "De minister heeft een voorkeur voor variant B, zo schrijft hij in de brief aan de Kamer.",
    "Veel bewoners voelen weinig voor een windturbine in de polder.",
    # a firm's published figures; a beacon on a pier; following an argument; a commute told in a podcast
    "Het bedrijf draait volgens zijn jaarverslag sinds 2023 break-even.",
    "Op de pier bij IJmuiden staat een baken dat de haveningang markeert.",
    "Wij volgen hem niet in zijn redenering over de begroting.",
    "Hij rijdt afwisselend via de A28 en de A1 naar zijn werk, vertelde hij in de podcast.",
    # a union's public chair; care policy for a group
    "De voorzitter van de FNV zei dat de bonden gaan staken.",
    "Het kabinet investeert in de ggz voor jongeren met somberheid en angstklachten.",
    # a fence raised in a public space
    "Het hekwerk rond de speeltuin bij de Dorpsstraat wordt verhoogd.",
    # neighbours unaware of a suspicion; a beer on tap; figures published on a condition; a business partner's news
    "De buren wisten niet dat hun buurman al jaren verdacht werd van oplichting.",
    "In het café staat sinds vorige week een nieuw biertje op de tap.",
    "De jaarrekening is vastgesteld op voorwaarde dat de ALV instemt.",
    "Een buitenlandse partner heeft ons gemeld dat de levering vertraagd is.",
    "Iemand binnen de groep heeft de fietsen gestolen, zegt de leraar.",
    "Wij laten hem lopen, zei de trainer over zijn spits.",
    "Op zondag gaan veel inwoners naar de kerk of de moskee in het centrum.",
    # an organisation's stance in minutes is no colleague's view by name
    "De ondernemingsraad van PI Almelo is kritisch over de werkdruk.",
    # a policy on a topic in a council letter's subject
    "Onderwerp: aanpak eenzaamheid en psychische klachten",
    # a town's or a pool's deficit; a copy made of a file; prisoners as a group
    "De gemeente draait al jaren rood op het zwembad.",
    "Het zwembad draait al jaren rood.",
    "Het bestand is gisteren gekopieerd naar de nieuwe server.",
    "De minister bezocht de gedetineerden die in de PI Vught zitten.",
    # a note of an ordinary phone call; a town's purchase price; a school gate; a business partner's order
    "Aantekening telefoongesprek met de wethouder over de planning van de brug.",
    "De gemeente koopt haar stroom in voor EUR 0,20 per kWh.",
    "Het hek van de school sluit niet goed af.",
    "Een Franse partner bevestigde de order vorige week.",
    "Zij weet van niks, zegt de buurvrouw over de verbouwing.",
])
def test_composed_cues_stay_silent_on_ordinary_text(text: str) -> None:
    assert _grounds(text) == []


def test_a_paired_cue_needs_its_companion_in_its_sentence_or_behind_a_pronoun() -> None:
    # the state stands in the sentence before, and nothing in this one points back to a person: no suggestion
    text = "Berlijn heeft gisteren gestemd. Dat besluit was, strikt tussen ons, een verrassing voor de directie.\n"
    assert [g for g, _ in _grounds(text) if g == "5.1.2a"] == []
    # "Hij" points back to the counterpart of the sentence before
    text = "Ik sprak gisteren mijn Deense counterpart. Hij drukte me op het hart dit niet verder te vertellen.\n"
    assert [t for g, t in _grounds(text) if g == "5.1.2a"] == ["Hij drukte me op het hart dit niet verder te vertellen."]


def test_one_term_list_serves_every_cue_that_names_it() -> None:
    pack = load_rule_pack("default")
    rule = next(r for r in pack.passages if r.id == "foreign-confidence")
    pair = rule.paired_cues[0]
    # the lists are expanded at load: the state list stands in the companion, the confidence list in the cue
    assert "tussen ons" in pair.cue and "polen" in pair.near and "italiaanse" in pair.near


def test_paired_cues_run_in_the_rules_single_pass() -> None:
    rule = PassageRule(id="t", interest="international_relations", reason={"nl": "x", "en": "x"}, cues=[r"\bzzz\b"],
                       paired_cues=[PairedCue(cue=r"\btussen ons\b", near=r"\bparijs\b")])
    assert rule.all_cues == (r"\bzzz\b", r"\btussen ons\b")
    plain, _ = rule.compiled_lower
    assert plain is not None and plain.search("puur tussen ons")


def test_a_services_method_counts_under_its_marking_on_the_page() -> None:
    copied = "Tijdens zijn verblijf in Brussel is de inhoud van zijn laptop gekopieerd.\n"
    assert [g for g, _ in _grounds(copied) if g == "5.1.1b"] == []
    assert "5.1.1b" in [g for g, _ in _grounds("Dep. Vertrouwelijk\n\n" + copied)]


def test_a_police_documents_words_count_on_its_page() -> None:
    unaware = "zijn auto staat weer voor de deur, hij weet van niks\n"
    assert [g for g, _ in _grounds(unaware) if g == "5.1.2c"] == []
    assert "5.1.2c" in [g for g, _ in _grounds("Chat team recherche Zuid\n" + unaware)]


def test_a_pronoun_reaches_back_over_a_list_items_bullet() -> None:
    text = ("- onze Italiaanse contactpersoon bevestigt dat Rome tegenstemt\n"
            "- volgens hem twijfelt de premier nog; mag niet naar buiten\n")
    assert "5.1.2a" in [g for g, t in _grounds(text) if "mag niet naar buiten" in t]


def test_a_services_letterhead_with_its_unit_is_no_passage() -> None:
    text = "AIVD | Unit Contraterrorisme\nNotitie\n\nDe gemeente verwacht 4.000 bezoekers bij de opening.\n"
    assert [g for g, _ in _grounds(text) if g == "5.1.1b"] == []
    # the service in a sentence still counts
    assert "5.1.1b" in [g for g, _ in _grounds("Volgens de AIVD bereidt de groep een actie voor.\n")]


def test_a_quoted_reply_ends_its_sentences_and_its_header_lines() -> None:
    text = ("Agreed.\n\n> From: A. Person\n> Sent: 09 October 2024 15:40\n> The French minister told us, strictly between us,"
            " that Paris will abstain.\n> The vote itself is on Monday.\n")
    found = [t for g, t in _grounds(text) if g == "5.1.2a"]
    assert found == ["The French minister told us, strictly between us, that Paris will abstain."]


def test_a_form_flattened_to_label_and_value_lines_keeps_each_row_apart() -> None:
    text = ("Beveiligingsadvies | Team Bewaken en Beveiligen\nMaatregel 1 | noodknop in de slaapkamer, gekoppeld aan de "
            "meldkamer\nEvaluatie | maart 2026\n")
    assert [t for g, t in _grounds(text) if g == "5.1.2h"] == ["noodknop in de slaapkamer, gekoppeld aan de meldkamer"]


def test_a_kamerstuk_with_its_number_on_the_vergaderjaar_line_is_public() -> None:
    text = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025, 36 600 V, nr. 12\nBrief van de minister\n\n"
            "Ik ben van mening dat Nederland een voortrekkersrol moet spelen.\n")
    assert _grounds(text) == []
