"""Passages in new wordings (round 9): the paraphrases batches 210 to 213 showed (a unit's worry, a view in idiom, a
partner's hint, a service's people and its reading along, drink and self-harm in plain words, time inside, an upbringing
in a faith, a debt, a divorce, a firm's loss and margin, a suspect's accounts watched), each said in other words here,
with the look-alikes they must leave alone.
"""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import detect


def _grounds(text: str) -> list[tuple[str, str]]:
    return [(c.ground, c.text) for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"]


def _cues(text: str, ground: str) -> list[str]:
    """The cue each suggestion under ``ground`` names to the reviewer."""
    return [str((c.reason_args or {}).get("cue", "")) for c in detect(text)
            if c.status == "suggested" and c.ground == ground]


@pytest.mark.parametrize(("text", "ground"), [
    # an official's or a unit's doubt reported, a view in idiom, a view some of us hold
    ("De plaatsvervangend directeur ziet geen heil in een nieuwe pilot.", "5.2.1"),
    ("Het afdelingshoofd zet vraagtekens bij de kostenraming van de provincie.", "5.2.1"),
    ("Bij de directie bestaat twijfel of de gemeenten de taak aankunnen.", "5.2.1"),
    ("Er heerst binnen het team scepsis over de nieuwe planning.", "5.2.1"),
    ("There is some disquiet among officials about the pace of the rollout.", "5.2.1"),
    ("It seems to me that the second option is the safer one.", "5.2.1"),
    ("Not entirely sold on the new funding formula.", "5.2.1"),
    ("Het zou ons niets verbazen als de provincies de regeling links laten liggen.", "5.2.1"),
    ("Met deze termijn schieten we onszelf in de voet.", "5.2.1"),
    ("I have serious reservations about publishing the model this year.", "5.2.1"),
    ("Some of us would prefer to wait for the evaluation.", "5.2.1"),
    ("Een paar van ons vinden de brief te stellig.", "5.2.1"),
    ("Regional staff lean towards keeping the old threshold.", "5.2.1"),
    ("The Deputy Administrator has misgivings about the waiver.", "5.2.1"),
    ("De CIO vreest dat de migratie niet voor de zomer klaar is.", "5.2.1"),
    # a partner's hint, a government sounded out, words it would not use in public, a thing for our eyes only
    ("De Spaanse collega hintte erop dat Madrid zijn veto laat vallen.", "5.1.2a"),
    ("Our Austrian contact let on that Vienna will abstain.", "5.1.2a"),
    ("Volgens de ambassadeur is Parijs al gepolst over een gezamenlijke verklaring.", "5.1.2a"),
    ("The Saudi minister said, in language he would never use in public, that Riyadh is losing patience.", "5.1.2a"),
    ("The Omani envoy gave us the draft for our eyes only.", "5.1.2a"),
    ("The Canadians passed us the list on the understanding that it stays within the two services.", "5.1.2a"),
    ("De Franse minister vroeg ons het bedrag niet in de verklaring op te nemen.", "5.1.2a"),
    # a service's people and its reading along, a source who keeps it informed, an asset, collection
    ("Stg. Geheim\nDe mailbox van de penningmeester lezen wij sinds januari mee.", "5.1.1b"),
    ("Stg. Confidentieel\nEen contact binnen de vereniging voorziet ons wekelijks van informatie.", "5.1.1b"),
    ("Stg. Geheim\nDeze gegevens mogen niet zonder onze toestemming worden gedeeld.", "5.1.1b"),
    ("Notitie AIVD\nDe melding komt van een Baltische partnerorganisatie.", "5.1.1b"),
    ("A recruited asset in the shipping firm confirmed the route.", "5.1.1b"),
    ("Signals collection intercepted two calls to the broker.", "5.1.1b"),
    # drink and self-harm in plain words, time inside, a case running, an upbringing, an origin, the Sabbath
    ("Hij greep na zijn ontslag steeds vaker naar de drank.", "5.1.1d"),
    ("He burns himself with cigarettes when he is anxious.", "5.1.1d"),
    ("She has been inside three times for shoplifting.", "5.1.1d"),
    ("Er loopt nog een strafzaak tegen haar in Rotterdam.", "5.1.1d"),
    ("Zij is streng gereformeerd opgevoed.", "5.1.1d"),
    ("Haar ouders komen van oorsprong uit Suriname.", "5.1.1d"),
    ("His parents are originally from Somalia.", "5.1.1d"),
    ("He kept the Sabbath and would not work on Saturdays.", "5.1.1d"),
    # a debt, a divorce, a child sent away, a cut-off threatened, a friend's floor, an attachment of a pension
    ("Zij heeft een schuld van ruim 6.000 euro bij de woningcorporatie.", "5.1.2e"),
    ("He is in the middle of a bitter custody battle.", "5.1.2e"),
    ("Zij zit midden in een vechtscheiding.", "5.1.2e"),
    ("Haar zoon werd vorig jaar van school verwijderd.", "5.1.2e"),
    ("Her son was permanently excluded from school in May.", "5.1.2e"),
    ("De woningcorporatie dreigt het gezin uit te zetten.", "5.1.2e"),
    ("She has been sleeping on her cousin's floor since March.", "5.1.2e"),
    ("His pension is being garnished by the court.", "5.1.2e"),
    ("Er ligt beslag op zijn pensioen.", "5.1.2e"),
    # a firm's loss, a credit line cut, its margin as a figure
    ("De leverancier draait dit jaar voor het eerst met verlies.", "5.1.1c"),
    ("Bij de aannemer is de kredietlijn door de bank verlaagd.", "5.1.1c"),
    ("De brutomarge van de exploitant lag vorig jaar op 7 procent.", "5.1.1c"),
    # a suspect's accounts watched, a co-suspect's statement
    ("Wij houden de telefoon van de verdachte sinds dinsdag in de gaten.", "5.1.2c"),
    ("Een medeverdachte heeft bekend dat hij de pakketten ophaalde.", "5.1.2c"),
    ("In zijn verhoor heeft hij toegegeven dat hij de boekhouding bijhield.", "5.1.2c"),
])
def test_round_9_wordings_make_a_suggestion(text: str, ground: str) -> None:
    assert ground in [g for g, _ in _grounds(text)]


@pytest.mark.parametrize(("text", "ground", "cue"), [
    ("Binnen het team leeft de zorg dat de uitvoering vastloopt.", "5.2.1", "Binnen het team leeft de zorg dat"),
    ("It strikes me that the figures are too rosy.", "5.2.1", "It strikes me that"),
    ("He has been inside twice for burglary.", "5.1.1d", "has been inside twice"),
])
def test_the_suggestion_names_its_cue(text: str, ground: str, cue: str) -> None:
    assert cue in _cues(text, ground)


@pytest.mark.parametrize("text", [
    # a cabinet's view in a published letter to Parliament, a worry of the public, a disease described in general
    "Kamerbrief over de woningbouwimpuls\n\nIk ben van mening dat gemeenten meer ruimte moeten krijgen.",
    "In de samenleving leeft de zorg dat de zorgkosten blijven stijgen.",
    "Wie dagelijks naar de fles grijpt, loopt een groter risico op leverschade.",
    "People who drink daily are at a higher risk of liver disease.",
    # a firm's public facts, a public bulletin, a trade figure, a public statement of a foreign ministry
    "Het bedrijf staat sinds 2018 ingeschreven bij de KvK en heeft 140 werknemers.",
    "De gemiddelde marge in de bouw ligt rond de 4 procent.",
    "The Italian Foreign Ministry said in a statement that it backs the plan.",
    "We passed the file to the regulator on the understanding that it stays confidential.",
    # an embassy's staff on the spot, a municipality's partner, a museum
    "Onze mensen ter plaatse hebben de Nederlanders in het gebied geholpen.",
    "De gemeente werkt samen met een partnerorganisatie in Gent.",
    "Our collection picked up three new paintings this year.",
    # a meeting's reading, a leaving party, a school in general
    "Wij lezen de stukken vooraf en kijken dan samen mee naar de planning.",
    "Leerlingen die van school worden gestuurd, krijgen een vervangende plek.",
])
def test_round_9_look_alikes_stay_silent(text: str) -> None:
    assert _grounds(text) == []


@pytest.mark.parametrize(("text", "ground"), [
    # batch 214's wordings, said in other words again
    ("Ik geloof er niet in dat deze aanpak gaat werken.", "5.2.1"),
    ("Let maar op, dit gaat nooit vliegen.", "5.2.1"),
    ("Honestly, the new target won't fly with the unions.", "5.2.1"),
    ("De directeur zal dit nooit goedkeuren.", "5.2.1"),
    ("The Director queried whether the pilot could be scaled.", "5.2.1"),
    ("De Tunesische collega vroeg dit niet voor de notulen op te schrijven.", "5.1.2a"),
    ("The Kenyan envoy said that his own president is personally against the deal.", "5.1.2a"),
    ("The target has been under a wiretap since January.", "5.1.2c"),
    ("We will not arrest the main suspect before the shipment lands.", "5.1.2c"),
    ("Zij at al weken bijna niets meer.", "5.1.1d"),
    ("Hij is in een half jaar twintig kilo afgevallen.", "5.1.1d"),
    ("Sinds de scheiding is hij erg neerslachtig.", "5.1.1d"),
    ("She told us her wife works at the consulate.", "5.1.1d"),
    ("Zij vraagt twee dagen verlof voor het Suikerfeest.", "5.1.1d"),
    ("Zij woont met haar vier kinderen in een driekamerflat.", "5.1.2e"),
    ("She is on a payment plan with the council.", "5.1.2e"),
])
def test_batch_214_wordings_in_other_words(text: str, ground: str) -> None:
    assert ground in [g for g, _ in _grounds(text)]


@pytest.mark.parametrize("text", [
    # a mood about the economy, a count that rose, a feast in general, a plane that flies, a spokesperson's doubts
    "Het CPB is somber over de groei in 2026.",
    "Het aantal gedetineerden met een enkelband daalde vorig jaar.",
    "Het Suikerfeest valt dit jaar op 30 maart.",
    "De nieuwe F-35 gaat vanaf maart vliegen.",
    "Department Press Briefing\n\nThe spokesperson said the Department has real doubts that Moscow is serious.",
    "Ik geloof dat de vergadering om tien uur begint.",
])
def test_batch_214_look_alikes_stay_silent(text: str) -> None:
    assert _grounds(text) == []
