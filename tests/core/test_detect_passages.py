"""Judgement grounds and special personal data: cue → sentence/clause suggestion with the cue named."""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import detect

PASSAGE_CASES = [
    ("Het project loopt. Volgens de AIVD is er een dreiging tegen de ambassade. De rest is openbaar.",
     "Volgens de AIVD is er een dreiging tegen de ambassade.", "5.1.1b", "AIVD"),
    ("Stg. Confidentieel\n\nDit memo gaat over de inzet.", "Stg. Confidentieel", "5.1.1b", "Stg"),
    ("De Duitse collega deelde in vertrouwen dat Berlijn twijfelt. Dat is bekend.",
     "De Duitse collega deelde in vertrouwen dat Berlijn twijfelt.", "5.1.2a", "in vertrouwen"),
    ("Wij hebben gesproken. Naar mijn mening moeten we wachten. Daarna volgt een besluit.",
     "Naar mijn mening moeten we wachten.", "5.2.1", "Naar mijn mening"),
    ("In my view we should not respond yet. The minister agreed.",
     "In my view we should not respond yet.", "5.2.1", "In my view"),
]


@pytest.mark.parametrize(("text", "passage", "ground", "cue"), PASSAGE_CASES)
def test_passage_suggestions_cover_the_sentence_and_name_the_cue(text: str, passage: str, ground: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == ground]
    assert [c.text for c in found] == [passage]
    assert cue in found[0].reason
    assert not found[0].auto  # a suggestion, never applied without a reviewer (or --accept-all)


def test_a_passage_leaves_a_kept_officials_name_out() -> None:
    text = "The Ethiopian Minister of Foreign Affairs, Gedion Timothewos, told the HoD in confidence that talks failed."
    found = detect(text)
    assert "Gedion Timothewos" in [c.text for c in found if c.status == "kept"]
    assert [c.text for c in found if c.ground == "5.1.2a"] == ["told the HoD in confidence that talks failed."]


def test_a_chat_speaker_line_is_not_part_of_the_message_under_it() -> None:
    text = "[10:04] Anne-Marie Tuinstra\nJa.\n[10:05] Yohannes Tesfamariam\nIk heb een afspraak bij de bedrijfsarts.\n"
    assert [c.text for c in detect(text) if c.ground == "5.1.1d"] == ["Ik heb een afspraak bij de bedrijfsarts"]


def test_health_clause_starts_after_the_name() -> None:
    text = "De vaste medewerker is afwezig: Bart de Korte is sinds augustus met een burn-out thuis."
    found = {c.entity: c for c in detect(text)}
    assert found["PERSON"].text == "Bart de Korte"
    assert found["HEALTH"].text == "is sinds augustus met een burn-out thuis"
    assert found["HEALTH"].ground == "5.1.1d"


@pytest.mark.parametrize("text", [
    "Hij is eerder strafrechtelijk veroordeeld voor fraude.",
    "Zij heeft een religieuze overtuiging die dit verbiedt.",
    "Hij liet zich opnemen in de GGZ-kliniek.",
    "Zij is sinds maart in behandeling bij de GGZ.",
    "Zijn medicatie is aangepast.",
    "Hij is hindoe en wil op feestdagen niet worden opgeroepen.",
    "She was pregnant at the time of the interview.",
    "He is a practising Muslim and asked for a prayer room.",
    "Mijn man is hartpatiënt en kan niet meer buiten zitten.",
    "She was treated for PTSD at a clinic in Rotterdam.",
    "Betrokkene is eerder aangehouden voor rijden onder invloed.",
    "Hij stelt dat hij door zijn diabetes niet kan werken.",
    "The tenant was moved because of her disability.",
    "The file contains Mr. Pruitt's medical records.",
    "Eiser stelt dat hij is vervolgd omdat hij christen is.",  # the verb after it, in a subclause
    "Hij gaf aan dat zijn vrouw sinds december in het ziekenhuis ligt.",
    "Zij heeft COPD en gebruikt een rollator.",
    "Mevrouw is lid van de Molukse Evangelische Kerk.",
    "He explained that he is gay and has been excluded.",
    "De vader heeft een alcoholverslaving.",
    "Lucas start in mei met speltherapie bij Karakter.",
    "Baukje meldt dat haar moeder in het verpleeghuis is opgenomen.",
    "You told us that you have sickle cell disease.",
    "> He is now in a rehabilitation clinic in Lviv.",
    "Mevrouw is sinds een ongeval rolstoelgebonden en heeft een angststoornis.",
    "Opa Henk ligt sinds vanmiddag in het ziekenhuis in Assen.",
    "In 2022 volgde een voorwaardelijke gevangenisstraf wegens bedreiging.",
    "Betrokkene verblijft sinds zijn aanhouding in het Huis van Bewaring.",
    "Hij gebruikt sinds zijn vijftiende dagelijks cannabis.",
    "Zij is in 2023 gediagnosticeerd met ADHD.",
    "Mevrouw is bekend met een bipolaire stoornis.",
    "In het gesprek gaf zij aan Jehova's getuige te zijn.",
    "Yusuf is opgegroeid in een streng religieus gezin.",
    "Zijn ouders zijn van Turks-Koerdische afkomst.",
    "Volgens de jongerenwerker bezoekt hij sinds kort een salafistische moskee.",
    "She is of Somali descent.",
    "Tomasz has been signed off with work-related stress since 3 June.",
    "He is undergoing IVF with his wife.",
    "He is HIV-positive.",
    "Hij is sindsdien met stressklachten thuis.",
    "Kapitein Houtkamp is na de oefening met een hernia uitgevallen.",
    "He has a history of self-harm.",
    "Zij deed vorige maand een suïcidepoging.",
    "He was cautioned for possession of cannabis in 2023.",
    "She has previous convictions for shoplifting.",
    "He was remanded in custody after the hearing.",
    "Betrokkene heeft politieantecedenten.",
    "Hij is bekend bij de politie.",
    "His family attend the Central Mosque in Longsight every Friday.",
    "Sinds haar herseninfarct is zij halfzijdig verlamd.",
    "Zij gebruikt sinds vorig jaar een scootmobiel.",
    "Zij is bovendien slechtziend.",
    "Mevrouw vertelt dat zij elke zondag naar de Gereformeerde Kerk gaat.",
    "He has been denied his insulin.",
    "De melder verklaarde dat hij werd uitgescholden omdat hij homo is.",
    "Hij is bij ons bekend als veelpleger.",
    "Hij zat in 2021 vast voor woninginbraak.",
    "Volgens de wijkagent heeft Veldman een drankprobleem.",
    "Zij werd op 3 februari opgenomen op de afdeling geriatrie.",
    "Zij kreeg een tienvoudige dosis morfine toegediend.",
    "Volgens het rapport lijdt hij aan een persoonlijkheidsstoornis.",
    "The PermRep will miss the meeting because of his wife's cancer treatment.",
])
def test_special_personal_data(text: str) -> None:
    assert any(c.ground == "5.1.1d" for c in detect(text))


@pytest.mark.parametrize("text", [
    "Het kabinet heeft besloten de ambassade te versterken.",
    "De Kamer wordt binnen twee weken geïnformeerd over de voortgang.",
    "De GGZ-instelling in Utrecht krijgt extra geld voor wachtlijsten.",  # care policy, no person
    "Het Joods Museum en de Katholieke Universiteit zijn die dag open.",
    "Hij is christen-democraat en lid van de gemeenteraad.",
    "Het programma richt zich op de preventie van diabetes bij jongeren.",
    "De vergoeding voor speltherapie wordt per 2025 verhoogd.",
    "Ik stel voor dat we om tien uur beginnen.",  # a meeting time, not advice to the addressee
    "De wet stelt op bedreiging een gevangenisstraf van ten hoogste twee jaar.",  # the law, no person
    "De burgemeester bezocht op 3 juni de moskee aan de Hanzeweg.",  # one visit on a date, no faith of a person
    "Hij heeft een juridische achtergrond en werkt bij de gemeente.",
    "Het Parlement herhaalt zijn veroordeling van de aanval op de burgerbevolking.",  # a condemnation, no conviction
    # a service's own publications are public; a cabinet position is no personal opinion
    "Het openbare jaarverslag van de AIVD over 2023 noemt sabotage een groeiende dreiging.",
    "De NCTV publiceerde in juni het Dreigingsbeeld Statelijke Actoren.",
    "The Security Service's annual report names three hostile states.",
    "Het kabinet is van mening dat de sectoren zelf verantwoordelijk blijven.",
    # guidance that explains an exemption speaks of the law, not of information held
    "Exemption 1 protects information that a foreign government provided in confidence if it is classified.",
    'Under that privilege a staff recommendation such as "In my view, we should wait" is typically withheld.',
    "De uitzonderingsgrond beschermt informatie die de AIVD van een partnerdienst ontving.",
    # prevention policy, a situation known to the police, a promise, one visit
    "Het beleid voor suïcidepreventie wordt in 2025 geëvalueerd.",
    "De situatie is bekend bij de politie.",
    "I'll recommend the new schedule to the board tomorrow.",
    "The mayor visited the mosque in Longsight last Friday.",
    # blind to a problem, a meeting's schedule, a hedged fact
    "Het college is blind voor de problemen in de wijk.",
    "Wat mij betreft sluiten we om twaalf uur af.",
    "Volgens mij is het verslag al op 2 mei rondgestuurd.",
    # said on the record, a neighbourhood's drug problem, a court's finding
    '"In my view, this scheme will save lives," she told MPs on Wednesday.',
    "Officials privately admitted that the flights may slip, two sources told the BBC.",
    "Het drugsprobleem in de wijk neemt toe.",
    "Ik acht het voldoende bewezen dat de brief is verzonden.",
])
def test_plain_policy_text_is_not_flagged(text: str) -> None:
    assert detect(text) == []


def test_list_items_are_sentences_and_a_heading_is_not_part_of_them() -> None:
    text = ("Kernpunten\n"
            "- De ambassadeur heeft ons in vertrouwen laten weten dat de regering twijfelt\n"
            "- Volgens de AIVD is er sprake van beïnvloeding.\n"
            "- Ik zou adviseren het onderwerp pas na de zomer te agenderen.\n")
    found = {c.ground: c.text for c in detect(text)}
    assert found == {
        "5.1.2a": "De ambassadeur heeft ons in vertrouwen laten weten dat de regering twijfelt",
        "5.1.1b": "Volgens de AIVD is er sprake van beïnvloeding.",
        "5.2.1": "Ik zou adviseren het onderwerp pas na de zomer te agenderen.",
    }


def test_a_cue_wrapped_at_a_line_end_still_counts() -> None:
    found = [(c.ground, c.text) for c in detect("Moreau gaf aan dat Parijs in\nvertrouwen met Rabat spreekt. Rest.")]
    assert found == [("5.1.2a", "Moreau gaf aan dat Parijs in\nvertrouwen met Rabat spreekt.")]


def test_a_line_wrapped_in_a_narrow_column_is_no_heading() -> None:
    found = [c.text for c in detect("Bij het overleg waren\nde AIVD en de politie aanwezig.")]
    assert found == ["Bij het overleg waren\nde AIVD en de politie aanwezig."]


def test_one_sentence_under_two_grounds_gets_both_suggestions() -> None:
    found = detect("The partner service shared the names in confidence. Nothing else was said.")
    assert sorted(c.ground for c in found) == ["5.1.1b", "5.1.2a"]
    assert {c.text for c in found} == {"The partner service shared the names in confidence."}


def test_two_rules_with_the_same_ground_give_one_suggestion() -> None:
    found = detect("Volgens de AIVD is deze informatie gerubriceerd. Meer niet.")
    assert [(c.ground, c.text) for c in found] == [("5.1.1b", "Volgens de AIVD is deze informatie gerubriceerd.")]


@pytest.mark.parametrize("text", [
    "Dit heeft geleid tot meer miskramen omdat zwangere vrouwen geen toegang hebben tot prenatale zorg.",
    "Veel inwoners werden ziek door het vervuilde drinkwater.",
    "Soldiers were suspected of war crimes in the region.",
    "Veel vluchtelingen zijn moslim en vierden het suikerfeest in het kamp.",
])
def test_special_data_said_of_a_group_is_no_suggestion(text: str) -> None:
    """Health, faith or crimes of a population are not personal data: no 5.1.1d for a news item or resolution."""
    assert not [c for c in detect(text) if c.ground == "5.1.1d"]


@pytest.mark.parametrize(("text", "entity"), [
    ("Mevrouw Jansen is zwanger en werkt tot de zomer halve dagen.", "HEALTH"),
    ("He was suspected of fraud in 2019.", "CRIMINAL_DATA"),
])
def test_the_same_cues_said_of_a_person_are_suggested(text: str, entity: str) -> None:
    assert [c.ground for c in detect(text) if c.entity == entity] == ["5.1.1d"]


@pytest.mark.parametrize(("text", "ground", "cue"), [
    ("Volgens de ambassadeur wil Amman de afspraken niet publiek maken.", "5.1.2a", "niet publiek maken"),
    ("The chief of staff said privately that the partners had vetoed it.", "5.1.2a", "said privately"),
    ("He asked that this not be shared with other Allies.", "5.1.2a", "asked that this not be shared"),
    ("Eerlijk gezegd vind ik dat we het rapport niet moeten bagatelliseren.", "5.2.1", "vind ik dat"),
    ("Wat mij betreft wegen de veiligheidsbelangen zwaarder.", "5.2.1", "Wat mij betreft"),
    ("Ik stel voor dat u instemt met het voorstel.", "5.2.1", "Ik stel voor dat u"),
    ("We would recommend that Washington not press the issue.", "5.2.1", "We would recommend"),
    ("De delegatieleider vroeg dit niet naar buiten te brengen.", "5.1.2a", "vroeg dit niet"),
    ("The embassy shared its draft with us on a close-hold basis.", "5.1.2a", "close-hold"),
    ("De Duitse ambassadeur liet vertrouwelijk weten dat Berlijn sancties overweegt.", "5.1.2a", "vertrouwelijk weten"),
    ("Bakoe heeft onder voorwaarde van vertrouwelijkheid gegevens over de gevangenen gedeeld.", "5.1.2a",
     "onder voorwaarde van vertrouwelijkheid"),
    ("Ankara blokkeert de bemiddeling, maar wil dit niet publiekelijk bekendmaken.", "5.1.2a", "niet publiekelijk bekendmaken"),
    ("The ministry provided the figures on a confidential basis.", "5.1.2a", "on a confidential basis"),
    ("The Turkish side told us confidentially that Ankara will block the mediation.", "5.1.2a", "told us confidentially"),
    ("Dep. Vertrouwelijk", "5.1.1b", "Dep. Vertrouwelijk"),
    ("Een bevriende dienst meldt dat de eenheden worden verplaatst.", "5.1.1b", "bevriende dienst"),
    ("The Security Service has no current interest in him.", "5.1.1b", "Security Service"),
    ("De Litouwse counterpart vroeg om discretie over de Nederlandse bijdrage.", "5.1.2a", "vroeg om discretie"),
    ("Vilnius asked us for discretion until it announces the contribution.", "5.1.2a", "asked us for discretion"),
    ("Het is mijn inschatting dat de batterij eerder nodig is.", "5.2.1", "Het is mijn inschatting dat"),
    ("Mijn indruk is dat de gemeente te laat is.", "5.2.1", "Mijn indruk is dat"),
    ("Ik neig ernaar de inzet te vervroegen.", "5.2.1", "Ik neig ernaar"),
    ("I'd be inclined to offer support rather than close the case.", "5.2.1", "I'd be inclined"),
    ("My sense is that the Minister should wait.", "5.2.1", "My sense is"),
    ("Mijn advies aan het team is om de hulp toe te kennen.", "5.2.1", "Mijn advies aan het team is"),
    ("My judgement is that we should not raise the case publicly.", "5.2.1", "My judgement is"),
    ("Volgens mij moeten we de Kamer eerst informeren.", "5.2.1", "Volgens mij"),
    ("The Minister asked us to keep this to ourselves until the releases.", "5.1.2a", "asked us to keep this"),
    ("In private, the Minister conceded that the case was lost.", "5.1.2a", "In private"),
    ("The third case is in the hands of State Security.", "5.1.1b", "State Security"),
    ("He asked that this linkage not be repeated outside the room.", "5.1.2a", "asked that this linkage"),
    ("Comment: We assess that Ankara will move only after a notification.", "5.2.1", "We assess that"),
    ("Persoonlijk acht ik een aanwijzing op zijn plaats.", "5.2.1", "acht ik"),
])
def test_judgement_cues_in_other_words(text: str, ground: str, cue: str) -> None:
    assert [c.text for c in detect(text) if c.ground == ground] == [text]


def test_a_marking_alone_on_its_line_is_no_more_than_the_marking() -> None:
    text = "STG. GEHEIM\nBeslisnota\nAan: de minister van Justitie en Veiligheid\nVan: DGSenB\n"
    assert [c.text for c in detect(text) if c.ground == "5.1.1b"] == ["STG. GEHEIM"]


def test_a_service_in_an_address_field_is_no_passage() -> None:
    text = "Opgesteld door: AIVD\nKopie aan: NCTV, BZ/DVB\nDatum: 4 april 2024\n\nDe NCTV meldt een dreiging.\n"
    assert [c.text for c in detect(text) if c.ground == "5.1.1b"] == ["De NCTV meldt een dreiging."]


def test_a_public_statement_holds_no_internal_opinion_or_secret() -> None:
    speech = ("Toespraak van de minister bij de opening van het congres\nHet gesproken woord geldt.\n\n"
              "Naar mijn mening is weerbaarheid een gedeelde taak. De AIVD waarschuwt hier al jaren voor.\n")
    assert detect(speech) == []
    memo = "Notitie\n\n" + speech.split("\n\n", 1)[1]  # the same words in an internal note
    assert {c.ground for c in detect(memo)} == {"5.2.1", "5.1.1b"}


def test_a_letter_to_parliament_is_a_public_statement() -> None:
    text = ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n\n"
            "Naar mijn oordeel ligt de versterking van de AIVD op schema.\n")
    assert not [c for c in detect(text) if c.ground in {"5.2.1", "5.1.1b"}]


def test_a_labelled_line_starts_a_new_sentence() -> None:
    text = "Notitie Stg. Confidentieel\nOnderwerp: cyberincident bij Rijkswaterstaat\n\nHet NCSC adviseert.\n"
    assert [c.text for c in detect(text) if c.ground == "5.1.1b"] == ["Notitie Stg. Confidentieel"]


def test_a_council_proposal_is_a_public_statement() -> None:
    proposal = "Raadsvoorstel\nOnderwerp: opvang\n\nWij stellen u voor in te stemmen met de opvang van 150 mensen.\n"
    assert not [c for c in detect(proposal) if c.ground == "5.2.1"]
    memo = "Notitie\n\n" + proposal.split("\n\n", 1)[1]  # the same advice in an internal note
    assert [c.ground for c in detect(memo)] == ["5.2.1"]


@pytest.mark.parametrize("text", [
    "Het niet openbare deel van het rapport van de MIVD noemt de eenheid.",
    "The CIA's assessment has not been published and names two officers.",
])
def test_an_unpublished_report_of_a_service_is_still_a_passage(text: str) -> None:
    assert [c.text for c in detect(text) if c.ground == "5.1.1b"] == [text]


def test_a_news_release_under_a_letterhead_is_a_public_statement() -> None:
    text = ("Ministerie van Buitenlandse Zaken\nNieuwsbericht | 11-03-2024\n\n"
            "De minister voerde een vertrouwelijk gesprek met zijn ambtgenoot. Naar mijn mening is dat nodig.\n")
    assert detect(text) == []


def test_a_general_text_holds_no_special_data_of_a_person() -> None:
    rule = "Bij ziekte meldt de medewerker zich voor 9.00 uur ziek. De bedrijfsarts beoordeelt of hij ziek is.\n"
    assert detect("Verzuimprotocol gemeente Zwolle 2024\n\n" + rule) == []
    assert {c.ground for c in detect("Verslag gesprek met de medewerker\n\n" + rule)} == {"5.1.1d"}  # a case file


def test_a_published_ruling_holds_no_special_data_of_a_person() -> None:
    summary = "De verdachte is eerder veroordeeld voor vergelijkbare feiten.\n"
    assert detect("ECLI:NL:RBOVE:2024:1187\nRechtbank Overijssel, strafzaak\n\n" + summary) == []
    assert [c.ground for c in detect("Verslag casusoverleg\n\n" + summary)] == ["5.1.1d"]


def test_dotted_initials_do_not_end_a_clause() -> None:
    text = "Patiënte, mevrouw A.M. de Wit-Bos, werd opgenomen op de afdeling geriatrie na een val."
    assert [c.text for c in detect(text) if c.ground == "5.1.1d"] == [text[:-1]]


@pytest.mark.parametrize("text", [
    "Die aandacht gold vooral de nieuwe Wet op de inlichtingen- en veiligheidsdiensten 2017.",
    "De Commissie van Toezicht op de Inlichtingen- en Veiligheidsdiensten houdt toezicht.",
    "Andere staten proberen bedrijfsgeheimen te stelen, zo meldt de AIVD in zijn jaarverslag over 2016.",
])
def test_a_law_title_or_the_services_annual_report_reveals_no_secret(text: str) -> None:
    """The word "veiligheidsdiensten" in the title of a statute or of the watchdog names no service at work;
    what a service wrote in its own annual report has been published."""
    assert not [c for c in detect(text) if c.ground == "5.1.1b"]


def test_a_service_named_in_full_is_still_a_cue() -> None:
    text = "De Algemene Inlichtingen- en Veiligheidsdienst volgt de groep sinds maart."
    assert [c.text for c in detect(text) if c.ground == "5.1.1b"] == [text]


@pytest.mark.parametrize("text", [
    "Per jaar overlijden in justitiële inrichtingen dertig tot veertig gedetineerden.",
    "Wanneer een gedetineerde overlijdt, volgt altijd een calamiteitenonderzoek.",
])
def test_detention_said_of_prisoners_in_general_is_no_criminal_data(text: str) -> None:
    assert not [c for c in detect(text) if c.entity == "CRIMINAL_DATA"]


@pytest.mark.parametrize("text", [
    "Betrokkene is sinds maart gedetineerd in de PI Vught.",
    "De gedetineerde weigerde op 4 mei het bezoek van zijn advocaat.",
])
def test_detention_of_one_person_is_still_criminal_data(text: str) -> None:
    assert [c.text for c in detect(text) if c.entity == "CRIMINAL_DATA"] == [text[:-1]]


@pytest.mark.parametrize(("text", "cue"), [
    ("Zij handelde onder invloed van een waan, onderdeel van haar schizofrenie.", "haar schizofrenie"),
    ("Volgens de psycholoog was bij betrokkene destijds sprake van een ernstige depressie.", "sprake van"),
    ("De man verkeerde op dat moment in een psychotische toestand.", "psychotische toestand"),
])
def test_a_named_illness_in_a_clinicians_words_is_health_data(text: str, cue: str) -> None:
    found = [c for c in detect(text) if c.entity == "HEALTH"]
    assert len(found) == 1 and cue in found[0].reason


@pytest.mark.parametrize("text", [
    "Mensen met schizofrenie wachten gemiddeld vier maanden op een behandelplek.",
    "Bij de gemeente is sprake van een tekort aan woningen voor mensen met een psychische aandoening.",
])
def test_an_illness_said_of_no_one_is_no_health_data(text: str) -> None:
    assert not [c for c in detect(text) if c.entity == "HEALTH"]


@pytest.mark.parametrize("opening", [
    "MEMORANDUM OPINION\n\n",
    "GREENPEACE, Plaintiff,\nv.\nDEPARTMENT OF JUSTICE, Defendant.\nCivil Action No. 07-2210 (RMC)\n\n",
    "Neutral Citation Number: [2019] EWHC 2231 (Admin)\n\n",
])
def test_a_published_judgment_holds_no_secret_or_special_data(opening: str) -> None:
    """A published US or UK judgment names the FBI as a party and a claimant's record: none of it is withheld."""
    body = "The FBI searched its files and released 120 pages. The claimant was convicted of fraud in 2011.\n"
    assert not [c for c in detect(opening + body) if c.ground.startswith("5.1.1")]
    assert {c.ground for c in detect("Note to file\n\n" + body)} == {"5.1.1b", "5.1.1d"}  # an internal note


@pytest.mark.parametrize("opening", [
    "Letterlijke tekst persconferentie na de ministerraad van 12 mei 2023\n\n",
    "Video: persconferentie informateur 27 juni 2017\n\n",
    "Verslag van de vergadering van 4 november 2014\n\nDe heer Jansen (CDA):\n",
])
def test_a_press_conference_or_a_sitting_of_parliament_holds_no_internal_opinion(opening: str) -> None:
    body = "Mijn advies is om eerst de fracties te horen en daarna pas een besluit te nemen.\n"
    assert not [c for c in detect(opening + body) if c.ground == "5.2.1"]
    assert [c.ground for c in detect("Verslag overleg directieteam\n\n" + body)] == ["5.2.1"]


@pytest.mark.parametrize("text", [
    ("(3) For the purposes of this section, information obtained from a State is confidential while the terms "
     "on which it was obtained require it to be held in confidence."),
    "Information is also exempt information if it is confidential information obtained from a State and held in confidence.",
    "Informatie die een andere staat in vertrouwen heeft verstrekt, als bedoeld in het tweede lid, wordt niet openbaar gemaakt.",
])
def test_the_quoted_text_of_a_statute_is_no_confidence_of_a_state(text: str) -> None:
    """An e-mail that pastes the exemption clause of an Act shares no foreign government's confidence."""
    assert not [c for c in detect(text) if c.ground == "5.1.2a"]


@pytest.mark.parametrize(("text", "flagged"), [
    ("The Met Office raised section 27 and I think it has considerable merit here.", True),
    ("I feel this would be premature until the review is finished.", True),
    ("I think it was sent to the requester on Monday.", False),
    ("I believe that the file is in the second cabinet.", False),
])
def test_i_think_it_is_an_opinion_only_with_a_judgement_after_it(text: str, flagged: bool) -> None:
    assert bool([c for c in detect(text) if c.ground == "5.2.1"]) is flagged


@pytest.mark.parametrize(("text", "ground", "cue"), [
    # the plural of the civil service in a nota or memo
    ("Wij adviseren u het verzoek van de provincie niet te honoreren.", "5.2.1", "Wij adviseren u"),
    ("Wij menen dat de looptijd te lang is.", "5.2.1", "Wij menen dat"),
    ("Een kortere termijn verdient wat ons betreft de voorkeur.", "5.2.1", "verdient wat ons betreft de voorkeur"),
    ("Het ligt meer voor de hand de middelen landelijk te verdelen.", "5.2.1", "Het ligt meer voor de hand"),
    ("Naar ons oordeel is het raadzaam dat de minister dit niet zelf aankaart.", "5.2.1", "Naar ons oordeel"),
    ("DJZ acht de kans reëel dat de rechter een verdere termijn niet accepteert.", "5.2.1", "DJZ acht"),
    ("Post schat in dat Ankara het dossier tot na de zomer zal rekken.", "5.2.1", "Post schat in"),
    ("Ik vind het eerlijk gezegd onverstandig om de aanvraag aan te houden.", "5.2.1", "Ik vind het"),
    ("Staff recommend Option 2.", "5.2.1", "Staff recommend"),
    ("In my judgment a blanket extension would signal a retreat.", "5.2.1", "In my judgment"),
    ("Officials consider an early announcement would be a mistake.", "5.2.1", "Officials consider"),
    # what a foreign government wants kept out of view, in other words
    ("Berlijn wil niet dat dit naar buiten komt voordat de Bondsdag is ingelicht.", "5.1.2a", "wil niet dat dit"),
    ("Hij verzocht nadrukkelijk dit niet met andere bondgenoten te delen.", "5.1.2a", "verzocht nadrukkelijk"),
    # a faith said of a person with the place of worship first
    ("Zij vindt steun bij de Syrisch-orthodoxe kerk", "5.1.1d", "steun bij"),
    # (the reason names the first cue in the clause: belonging to a faith community, round 8)
    ("Het gezin hoort bij de Pinkstergemeente in de Nieuwe Kerk, waar het gezin elke week komt", "5.1.1d", "hoort bij"),
])
def test_advice_and_confidence_in_the_words_of_notes_and_posts(text: str, ground: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == ground]
    assert [c.text for c in found] == [text]
    assert cue.lower() in found[0].reason.lower()


@pytest.mark.parametrize("text", [
    # the decision put to the minister becomes the decision itself
    "U wordt geadviseerd in te stemmen met de reactie aan de Kamer.",
    "1. That you agree to suspend the licences of the 14 sponsors.",
    # practical advice in a letter to a citizen or a requester
    "Wij adviseren u contact op te nemen met het Juridisch Loket.",
    "We advise you to contact the Information Commissioner if you remain dissatisfied.",
    # facts, a published position, a quoted exemption
    "De huur bedraagt EUR 1,2 miljoen per jaar.",
    "Volgens de officiële verklaring van het ministerie stond het gesprek in het teken van de handel.",
    "Section 35(1)(a) exempts information if it relates to the formulation or development of government policy.",
    "The rule requires utilities to submit inventories by October 16, 2024.",
])
def test_decisions_practical_advice_and_facts_are_no_opinion(text: str) -> None:
    assert [c.text for c in detect(text) if c.ground in ("5.2.1", "5.1.2a")] == []


def test_the_title_line_of_a_services_own_note_is_no_passage() -> None:
    text = "Notitie NCTV - Directie Dreigingsanalyse\nDatum: 3 oktober 2024\n\nDe gemeente verwacht 4.000 bezoekers.\n"
    assert [c for c in detect(text) if c.ground == "5.1.1b"] == []


@pytest.mark.parametrize(("text", "cue"), [
    ("Het bedrijf heeft ons zijn klantenlijst en de omzet per land vertrouwelijk verstrekt.", "Het bedrijf"),
    ("De bijlage bevat bedrijfsvertrouwelijke gegevens over de productielijn.", "bedrijfsvertrouwelijke"),
    ("The company provided its unit prices to the department in confidence.", "company provided"),
])
def test_business_data_given_in_confidence(text: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == "5.1.1c"]
    assert [c.text for c in found] == [text]
    assert cue in found[0].reason


@pytest.mark.parametrize("text", [
    "The ministry provided the figures on a confidential basis.",  # a government, not a company
    "Het bedrijf heeft 340 werknemers en een omzet van EUR 12 miljoen.",  # published figures
    "Section 43(1) exempts information if it constitutes a trade secret.",  # the law
])
def test_no_business_data_in_confidence(text: str) -> None:
    assert [c for c in detect(text) if c.ground == "5.1.1c"] == []


@pytest.mark.parametrize(("text", "ground", "cue"), [
    ("Tunde is off sick for the rest of the week", "5.1.1d", "off sick"),
    ("Hij gebruikt dagelijks sertraline en quetiapine", "5.1.1d", "sertraline"),
    ("Volgens de behandelaar is er een verhoogd risico op suïcide bij gedwongen terugkeer", "5.1.1d",
     "risico op suïcide"),
    ("He asked that we not share the figure with the EU.", "5.1.2a", "asked that we not share"),
    ("Een doorzoeking van een loods in Losser is gepland voor 15 mei.", "5.1.2c", "doorzoeking"),
    ("Twee andere verdachten worden getapt en zijn niet op de hoogte van het onderzoek.", "5.1.2c", "getapt"),
    ("The NSA intercepted the calls of the minister.", "5.1.1b", "NSA"),
])
def test_cues_found_in_case_notes_cables_and_police_notes(text: str, ground: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == ground]
    assert [c.text for c in found] == [text]
    assert cue in found[0].reason


def test_a_national_security_adviser_is_no_service() -> None:
    assert [c for c in detect("The Nigerian NSA told the attaché that talks had stalled.") if c.ground == "5.1.1b"] == []


def test_an_arrest_the_prosecution_announced_is_no_special_data() -> None:
    text = ("Op 3 mei meldde het Openbaar Ministerie in een persbericht dat een 41-jarige man is aangehouden "
            "voor brandstichting.")
    assert [c for c in detect(text) if c.ground == "5.1.1d"] == []


@pytest.mark.parametrize("opening", [
    "Algemeen ambtsbericht Irak\nMinisterie van Buitenlandse Zaken\n\n",
    "Beleidsplan Sociaal Domein 2025-2028\nVastgesteld door de gemeenteraad op 10 december 2024\n\n",
])
def test_a_published_country_report_or_policy_plan_holds_no_secret_or_opinion(opening: str) -> None:
    body = ("Wij zijn van mening dat hulp dichtbij moet worden georganiseerd. Bronnen meldden dat de Koerdische "
            "veiligheidsdienst tientallen mensen heeft vastgehouden.\n")
    assert [c for c in detect(opening + body) if c.ground in ("5.2.1", "5.1.1b")] == []
    assert [c.ground for c in detect("Notitie\n\n" + body)] == ["5.2.1", "5.1.1b"]


@pytest.mark.parametrize("text", [
    "Wij adviseren u een AVG-verzoek te doen als het om uw eigen gegevens gaat.",  # a web page's advice to a citizen
    ("HC 96\nPost-legislative scrutiny of the Freedom of Information Act\n\nWe recommend that the Government keeps the "
     "veto under review."),  # a select committee's published report
    ("Opinion for the Court filed by Circuit Judge WILLIAMS.\n\nWe believe the district court erred, and we think the "
     "memorandum should be withheld."),  # an appellate court's opinion
])
def test_public_advice_reports_and_opinions_of_courts_are_no_internal_opinion(text: str) -> None:
    assert [c for c in detect(text) if c.ground == "5.2.1"] == []


@pytest.mark.parametrize(("text", "ground", "cue"), [
    # a position in the minutes' third person, a chat's opinion, a US paper's judgement
    ("DRO is geen voorstander van een aparte regeling voor krimpgebieden.", "5.2.1", "DRO is geen voorstander"),
    ("Ik zou zelf niet te hard inzetten op de uitzondering voor staal.", "5.2.1", "Ik zou zelf niet te hard inzetten"),
    ("Mijn gevoel is dat Berlijn bijdraait als Italië omgaat.", "5.2.1", "Mijn gevoel is dat"),
    ("The Office of General Counsel views Option B as legally vulnerable.", "5.2.1", "views Option B as legally vulnerable"),
    # special data in personnel and youth-care files
    ("Hij is sinds januari onder behandeling van een psycholoog", "5.1.1d", "onder behandeling van een psycholoog"),
    ("Moeder heeft een licht verstandelijke beperking", "5.1.1d", "verstandelijke beperking"),
    ("Hij is lid van de FNV", "5.1.1d", "lid van de FNV"),
    ("Hij vertelt dat hij samenwoont met zijn vriend", "5.1.1d", "samenwoont met zijn vriend"),
    ("Vader heeft in 2023 een werkstraf gekregen voor huiselijk geweld", "5.1.1d", "heeft in 2023 een werkstraf"),
])
def test_cues_in_minutes_chats_and_case_files(text: str, ground: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == ground]
    assert [c.text for c in found] == [text]
    assert cue in found[0].reason


def test_a_chat_messages_time_and_speaker_are_not_part_of_the_passage() -> None:
    text = "[09:21] Ruben (EZK): mijn gevoel is dat Berlijn bijdraait als Italië omgaat.\n"
    assert [c.text for c in detect(text) if c.ground == "5.2.1"] == [
        "mijn gevoel is dat Berlijn bijdraait als Italië omgaat."]


def test_a_services_letterhead_and_signature_block_are_no_passage() -> None:
    text = ("Algemene Inlichtingen- en Veiligheidsdienst\nAan de burgemeester van Arnhem\n\nGeachte burgemeester,\n\n"
            "Hierbij de stukken.\n\nHoogachtend,\n\nHet hoofd van de Algemene Inlichtingen- en Veiligheidsdienst,\n")
    assert [c for c in detect(text) if c.ground == "5.1.1b"] == []


def test_an_exemption_said_to_be_applied_in_a_reply_to_a_requester_is_no_passage() -> None:
    text = ("Section 27(1)(a) was also correctly applied to the record of the meeting, in which the other side shared "
            "its assessment in confidence.")
    assert [c for c in detect(text) if c.ground == "5.1.2a"] == []


@pytest.mark.parametrize(("text", "ground", "cue"), [
    ("I don't think we should call the vote credible yet.", "5.2.1", "I don't think we"),
    ("Het lijkt me geen goed idee om de wethouder nu al te confronteren.", "5.2.1", "Het lijkt me geen goed idee"),
    ("Ik heb er een hard hoofd in dat het bureau voor de zomer klaar is.", "5.2.1", "Ik heb er een hard hoofd in"),
    ("Volgens de melder heeft de ambtenaar in kwestie een gokverslaving", "5.1.1d", "gokverslaving"),
    ("Betrokkene is sinds 2019 lid van de verboden oppositiepartij", "5.1.1d", "lid van de verboden oppositiepartij"),
])
def test_doubt_an_addiction_and_a_party_membership(text: str, ground: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == ground]
    assert [c.text for c in found] == [text]
    assert cue in found[0].reason


@pytest.mark.parametrize("text", [
    "De SP is voorstander van een referendum over de fusie.",  # a party's stance, as the news reports it
    "Het CDA is tegenstander van de windturbines.",
])
def test_a_partys_public_stance_is_no_internal_opinion(text: str) -> None:
    assert [c for c in detect(text) if c.ground == "5.2.1"] == []


def test_answers_to_parliamentary_questions_are_a_public_statement() -> None:
    text = ("Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 14 maart 2025)\n\nAntwoord op vraag 2\n"
            "Ik ben van mening dat de wachttijden te lang zijn. De AIVD is niet betrokken bij de plaatsing.\n")
    assert [c for c in detect(text) if c.ground in ("5.2.1", "5.1.1b")] == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("Officials consider an early announcement would be a mistake.", True),
    ("US officials believe the talks should resume.", False),  # the news reporting others
    ("Health officials recommend that residents boil water.", False),  # public advice
])
def test_officials_view_only_as_the_writers_own(text: str, flagged: bool) -> None:
    assert bool([c for c in detect(text) if c.ground == "5.2.1"]) is flagged


@pytest.mark.parametrize(("text", "ground", "cue"), [
    ("Our assessment is that the bid is overstated by around GBP 300m.", "5.2.1", "Our assessment is"),
    ("We judge that the Department cannot spend more than GBP 800m in-year.", "5.2.1", "We judge that"),
    ("There is a strong case for a multi-year settlement instead.", "5.2.1", "There is a strong case for"),
    ("A sensitive source reports that the talks have stalled.", "5.1.1b", "sensitive source"),
    ("De indexpatiënt is opgenomen in het LUMC met open longtuberculose", "5.1.1d", "LUMC"),
    ("De verdachten weten nog niet dat zij in beeld zijn.", "5.1.2c", "weten nog niet dat zij in beeld"),
])
def test_cues_of_submissions_intelligence_memos_and_case_notes(text: str, ground: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == ground]
    assert [c.text for c in found] == [text]
    assert cue in found[0].reason


def test_a_police_reply_that_neither_confirms_nor_denies_is_about_the_law() -> None:
    text = ("Freedom of Information Request Reference No: 2025/00371\n\nYou asked whether the force has used covert "
            "surveillance against journalists.\n\nTo confirm or deny whether covert surveillance has been used would "
            "undermine law enforcement.\n")
    assert [c for c in detect(text) if c.ground == "5.1.2c"] == []


@pytest.mark.parametrize(("text", "ground", "cue"), [
    ("Honestly I'm not sure we want to go there before OMB weighs in.", "5.2.1", "I'm not sure we"),
    ("I'd rather we not put a date on it.", "5.2.1", "I'd rather"),
    ("De gestelde seksuele gerichtheid wordt wel geloofwaardig geacht", "5.1.1d", "seksuele gerichtheid"),
])
def test_doubt_a_preference_and_a_sexual_orientation(text: str, ground: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == ground]
    assert [c.text for c in found] == [text]
    assert cue in found[0].reason


def test_a_news_report_kept_in_a_dossier_is_published() -> None:
    text = ("Bron: Omroep Brabant, 12 februari 2025\n\nMan (34) veroordeeld voor explosies\n\nDe rechtbank heeft een "
            "34-jarige man veroordeeld tot vier jaar cel. Uit tapgesprekken bleek dat hij 5.000 euro kreeg.\n")
    assert [c for c in detect(text) if c.ground in ("5.1.1d", "5.1.2c")] == []


@pytest.mark.parametrize(("text", "ground", "cue"), [
    ("My worry is that the figures won't stand up.", "5.2.1", "My worry is that"),
    ("It is our recommendation that the Department oppose section 4.", "5.2.1", "It is our recommendation that"),
    ("OLC believes section 4 raises separation of powers concerns.", "5.2.1", "OLC believes"),
    ("Mijn grootste zorg is dat de planning niet haalbaar is.", "5.2.1", "Mijn grootste zorg is dat"),
    ("Het Portugese protocol heeft gevraagd het programma pas na 20 juni bekend te maken.", "5.1.2a",
     "gevraagd het programma pas na 20 juni bekend te maken"),
    ("The Palace asked us to hold off announcing the visit until May.", "5.1.2a", "asked us to hold off announcing"),
])
def test_worries_recommendations_and_a_request_to_hold_the_news(text: str, ground: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == ground]
    assert [c.text for c in found] == [text]
    assert cue in found[0].reason


@pytest.mark.parametrize("text", [
    ("Article 9(1) UK GDPR prohibits processing personal data revealing racial or ethnic origin, political opinions, "
     "religious beliefs or trade union membership."),
    "Het systeem verwerkt gegevens over de gezondheid van aanvragers, zoals diagnoses en beperkingen.",
    "In 2024 had 9,1 procent van de volwassenen een depressie of angststoornis.",
    "Bijna 1 op de 5 gedetineerden heeft een verslaving.",
])
def test_kinds_of_data_and_statistics_are_about_no_one(text: str) -> None:
    assert [c for c in detect(text) if c.ground == "5.1.1d"] == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("Hij heeft aangegeven dat hij tijdens de ramadan graag later begint", True),
    ("De gemeente past tijdens de ramadan de openingstijden van het zwembad aan.", False),
])
def test_religious_observance_only_said_of_a_person(text: str, flagged: bool) -> None:
    assert bool([c for c in detect(text) if c.ground == "5.1.1d"]) is flagged


@pytest.mark.parametrize(("text", "ground", "cue"), [
    ("The Minister said, speaking frankly and not for onward transmission, that Chisinau expects unrest.", "5.1.2a",
     "not for onward transmission"),
    ("Her son has a conviction for theft from a previous employer", "5.1.1d", "a conviction for"),
    ("She told me she is Jehovah's Witness and refuses blood products", "5.1.1d", "Jehovah's Witness"),
    ("He said interrogators pressed him on his conversion to Christianity", "5.1.1d", "his conversion to"),
    ("He suffers from untreated hypertension and has lost 9 kg", "5.1.1d", "hypertension"),
    ("Wij achten een bijdrage van EUR 85.000 verantwoord.", "5.2.1", "Wij achten"),  # a number with a full stop
    ("De begroting bevat volgens ons een te optimistische raming van de kaartverkoop.", "5.2.1", "volgens ons"),
])
def test_cues_of_readouts_care_notes_and_subsidy_notes(text: str, ground: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == ground]
    assert [c.text for c in found] == [text]
    assert cue in found[0].reason


def test_volgens_ons_before_a_noun_it_owns_is_no_opinion() -> None:
    assert [c for c in detect("Volgens ons beleid moet de aanvraag binnen acht weken worden beoordeeld.")
            if c.ground == "5.2.1"] == []


def test_a_councils_report_to_cabinet_is_published() -> None:
    text = ("Report to Cabinet - 12 March 2025\nReport of the Director of Adult Services\n\n"
            "Officers consider that the preferred bidders offer the best value. We recommend approval.\n")
    assert [c for c in detect(text) if c.ground == "5.2.1"] == []


@pytest.mark.parametrize(("text", "ground", "cue"), [
    # ("Frankly, I think" is a cue of its own and, first in the sentence, the one the reason names)
    ("Frankly, I think their pricing is unsustainable.", "5.2.1", "I think"),
    ("Their bid team told us privately that they are in talks to be taken over.", "5.1.1c", "bid team told us privately"),
])
def test_a_judgement_of_a_bid_and_what_a_bidder_said_in_private(text: str, ground: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == ground]
    assert [c.text for c in found] == [text]
    assert cue in found[0].reason


@pytest.mark.parametrize("text", [
    "Volgens mevrouw Jansen heeft haar man hartproblemen en kan hij geen lawaai verdragen.",
    "Jayden is sinds januari onder behandeling bij de kinderpsychiater wegens ADHD.",
    "Ik stond daar omdat ik sinds mijn herseninfarct slecht ter been ben.",
    "The complaint says the agency disclosed her HIV status to her employer.",
])
def test_a_named_condition_said_of_someone_is_health_data(text: str) -> None:
    assert [c.entity for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"] == ["HEALTH"]


@pytest.mark.parametrize("text", [
    "Moeder geeft aan dat de vader een verleden heeft met huiselijk geweld.",
    "De buurman heeft een straatverbod voor de Dorpsstraat.",
    "Hij zei vorige keer dat hij net uit detentie kwam.",
])
def test_time_inside_a_restraining_order_or_a_violent_past_is_criminal_data(text: str) -> None:
    assert [c.entity for c in detect(text) if c.status == "suggested"] == ["CRIMINAL_DATA"]


def test_a_condition_or_detention_in_policy_text_is_about_no_one() -> None:
    text = ("Het aantal kinderen met ADHD stijgt al jaren. De aanpak van huiselijk geweld krijgt prioriteit. "
            "Gedetineerden die uit detentie komen krijgen hulp bij het vinden van werk.")
    assert [c.entity for c in detect(text) if c.status == "suggested"] == []


@pytest.mark.parametrize(("text", "ground"), [
    ("On balance we consider that a short extension is the least risky option.", "5.2.1"),
    ("Post beveelt aan hierover niet publiek te reageren.", "5.2.1"),
    ("Een bron binnen de groep meldt dat er een lijst circuleert.", "5.1.1b"),
])
def test_a_considered_view_and_a_placed_source_are_suggested(text: str, ground: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested"] == [ground]


@pytest.mark.parametrize("text", [
    "Bijgaand de antwoorden op de vragen over wachtlijsten in de GGZ.",
    "Uit onderzoek blijkt dat huishoudens met problematische schulden vaker kampen met psychische klachten.",
    "We consider all applications within 20 working days.",
])
def test_care_policy_statistics_and_procedure_are_no_passage(text: str) -> None:
    assert [c.entity for c in detect(text) if c.status == "suggested"] == []


@pytest.mark.parametrize(("text", "ground", "cue"), [
    # the odds or the only course, weighed by the writers of a beslisnota
    ("Wij achten het openhouden van afdeling B de enige manier om de lijst te verkorten.", "5.2.1", "Wij achten"),
    ("Eerlijk gezegd achten wij de kans klein dat de nieuwbouw op tijd klaar is.", "5.2.1", "achten wij"),
    # a view after a colon, as in a chat
    ("mijn inschatting: dit wordt morgen voorpagina van het FD", "5.2.1", "mijn inschatting:"),
    ("My take: announcing this before the summit is too early.", "5.2.1", "My take:"),
    # a cable's comment in the mission's own name
    ("Comment: Embassy judges that a delay would likely trigger protests.", "5.2.1", "Embassy judges"),
    # what a minister said outside the official part of a talk, or asked be kept from others
    ("Bourita gaf buiten het officiële deel van het gesprek om aan dat Rabat bereid is.", "5.1.2a",
     "buiten het officiële deel van het gesprek"),
    ("De minister vertrouwde ons na afloop toe dat het kabinet verdeeld is.", "5.1.2a", "vertrouwde ons na afloop toe dat"),
    ("The Foreign Minister asked that the U.S. not raise the matter with the Commission.", "5.1.2a",
     "asked that the U.S. not raise"),
    # a hunger strike, refused food or medicine, a measurement of one's body
    ("Betrokkene weigert sinds 12 augustus voedsel en vocht", "5.1.1d", "weigert sinds 12 augustus voedsel"),
    ("De verpleegkundige mat een bloeddruk van 85/50", "5.1.1d", "bloeddruk van 85/50"),
    ("He has been on hunger strike since Monday", "5.1.1d", "hunger strike"),
])
def test_judgements_confidences_and_the_body_in_more_words(text: str, ground: str, cue: str) -> None:
    found = [c for c in detect(text) if c.ground == ground]
    assert [c.text for c in found] == [text]
    assert cue.lower() in found[0].reason.lower()


@pytest.mark.parametrize("text", [
    "The U.S. Embassy recommends that U.S. citizens avoid the city centre on Friday.",
    "Wij achten ons gebonden aan de termijn van artikel 4.4 van de Woo.",
    "De gemiddelde bloeddruk van gedetineerden wordt jaarlijks gemeten.",
    "Buiten het officiële programma bezocht de minister een markt in de oude stad.",
])
def test_a_travel_alert_a_deadline_and_a_group_measurement_are_no_passage(text: str) -> None:
    assert [c.text for c in detect(text) if c.status == "suggested"] == []


@pytest.mark.parametrize(("text", "entity"), [
    ("Hij verklaart dat hij in 2021 in een huiskerk is gedoopt.", "SPECIAL_DATA"),
    ("Hij bezoekt in Nederland wekelijks de Perzische kerkdienst in Zwolle.", "SPECIAL_DATA"),
    ("Betrokkene verklaart dat hij zich tot mannen aangetrokken voelt.", "SPECIAL_DATA"),
    ("Hij vreest vervolging wegens afvalligheid.", "SPECIAL_DATA"),
    ("Moeder is in behandeling bij Tactus voor haar alcoholgebruik.", "HEALTH"),
    ("Noa gaat twee keer per week naar traumatherapie.", "HEALTH"),
    ("Moeder laat haar abstinentie blijken uit urinecontroles.", "HEALTH"),
    ("De arts stelt vast dat u door COPD en artrose de trap niet meer kunt lopen.", "HEALTH"),
])
def test_faith_orientation_and_care_of_a_person_in_more_words(text: str, entity: str) -> None:
    assert [c.entity for c in detect(text) if c.status == "suggested"] == [entity]


@pytest.mark.parametrize("text", [
    # a country report on groups, a law on apostasy, a ship christened, a condition a court may impose
    "Uit het algemeen ambtsbericht blijkt dat bekeerlingen in Iran worden vervolgd.",
    "Op afvalligheid staat in Iran formeel de doodstraf.",
    "De nieuwe veerboot is gisteren gedoopt door de burgemeester.",
    "De rechter kan urinecontroles opleggen als bijzondere voorwaarde.",
    # published rates and a tender's rules for all bidders
    "De gemeente betaalt aanbieders een uurtarief van EUR 33,50.",
    "Inschrijvers dienen in hun offerte een uurtarief op te geven.",
    "De NVWA controleert bedrijven onaangekondigd.",
])
def test_groups_laws_and_published_rates_are_no_passage(text: str) -> None:
    assert [c.text for c in detect(text) if c.status == "suggested"] == []


@pytest.mark.parametrize("text", [
    "Uit de prijsonderbouwing van inschrijver B blijkt een brutomarge van 4,2 procent.",
    "Inschrijver C rekent met een uurtarief dat onder het cao-minimum ligt.",
    "The bidder's pricing assumes a profit margin of 3 per cent.",
])
def test_a_bidders_own_figures_are_business_data(text: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested"] == ["5.1.1c"]


@pytest.mark.parametrize("text", [
    "Wij vorderen eerst, zonder medeweten van betrokkene, de mailbox.",
    "Betrokkene wordt als laatste gehoord, zodat hij zijn verklaring niet kan afstemmen.",
    "Het gesprek met betrokkene wordt onaangekondigd gepland.",
])
def test_the_tactics_of_an_investigation_into_a_person(text: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested"] == ["5.1.2c"]


@pytest.mark.parametrize(("text", "ground"), [
    ("Frankly, I would not want to see us repeat that.", "5.2.1"),
    ("Our assessment: the package will pass before the December European Council.", "5.2.1"),
    ("He asked that this not be reported back to capitals in writing.", "5.1.2a"),
    ("Hij verzocht dit tot maart voor ons te houden.", "5.1.2a"),
])
def test_a_wish_an_assessment_and_a_request_to_keep_it_quiet(text: str, ground: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested"] == [ground]


@pytest.mark.parametrize(("text", "ground"), [
    # positions in the minutes and informal views of officials
    ("Dir. AM deelt die zorg niet en wil het voorstel ongewijzigd doorsturen.", "5.2.1"),
    ("Plv. dir. AM stelt voor om eerst een uitvoeringstoets te laten doen.", "5.2.1"),
    ("Tussen ons gezegd: ik zie dit helemaal niet zitten.", "5.2.1"),
    ("Ik zou het eerlijk gezegd bij een brief laten.", "5.2.1"),
    ("tbh I think announcing the VAT change on Monday is a terrible idea", "5.2.1"),
    ("my gut says we wait for the OBR", "5.2.1"),
    ("no way we should go before the Spring Statement", "5.2.1"),
    # a police source and the subject kept unaware
    ("A covert human intelligence source reports that the delivery is expected on 21 March.", "5.1.2c"),
    ("The subject is not aware of the investigation.", "5.1.2c"),
    ("A warrant will be sought once the delivery is confirmed.", "5.1.2c"),
    # faith, nightmares, a referral, voices heard
    ("A. I am Ahmadi.", "5.1.1d"),
    ("He has frequent nightmares since the journey.", "5.1.1d"),
    ("My GP referred me to talking therapies.", "5.1.1d"),
    ("Meneer hoort sinds enkele maanden stemmen.", "5.1.1d"),
])
def test_minutes_chats_sources_and_care_in_more_words(text: str, ground: str) -> None:
    assert ground in [c.ground for c in detect(text) if c.status == "suggested"]


@pytest.mark.parametrize("text", [
    "Ik zou het je morgen laten weten.",
    "De gemeente hoort de stemmen van bewoners in een participatieavond.",
    "Q42. Do you have any medical conditions?",
    "Handling code: 3 - may be shared with partner agencies.",
    "The council works with partner agencies to safeguard children.",
])
def test_a_promise_a_consultation_a_question_and_partner_agencies_are_no_passage(text: str) -> None:
    assert [c.text for c in detect(text) if c.status == "suggested"] == []


@pytest.mark.parametrize(("text", "ground"), [
    ("In de wandelgangen liet de Franse directeur Europa weten dat Parijs het mandaat niet steunt.", "5.1.2a"),
    ("Informeel gaf hij aan dat het Elysée de kwestie wil laten rusten.", "5.1.2a"),
    ("The Emiratis asked that we keep the rotational deployment close hold.", "5.1.2a"),
    ("SofS is minded to agree Option 2 but wants to understand the risk.", "5.2.1"),
    ("The Minister is not persuaded that Option 3 is affordable.", "5.2.1"),
    ("Onze marge op dit werk bedraagt 6 procent.", "5.1.1c"),
    ("Er is sprake van een verhoogd suïciderisico bij uitzetting.", "5.1.1d"),
])
def test_corridor_talk_a_ministers_inclination_a_companys_margin_and_a_suicide_risk(text: str, ground: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested"] == [ground]


@pytest.mark.parametrize("text", [
    # a company's request for confidence is not a foreign government's, nor business data itself
    "Wij verzoeken u deze gegevens niet openbaar te maken, omdat concurrenten daaruit onze tarieven afleiden.",
    "Op uw verzoek sturen wij u bijgaand onze kostprijsopbouw per bestekspost.",
    # the law and a decision's inventory
    "Persoonlijke beleidsopvattingen in documenten voor intern beraad maak ik niet openbaar.",
    "2 | 14-02-2025 | nota aan staatssecretaris | deels openbaar | 5.1.2e, 5.2.1",
])
def test_a_companys_request_the_law_and_an_inventory_row_are_no_passage(text: str) -> None:
    assert [c.text for c in detect(text) if c.status == "suggested"] == []


@pytest.mark.parametrize(("text", "ground"), [
    ("[10:04] Koen: imo moeten we de concept-nota's eruit laten", "5.2.1"),
    ("[10:05] Yara: tbh zou ik het hele dossier gewoon meesturen", "5.2.1"),
    ("IMO we should pull the release until legal clears it", "5.2.1"),
    ("FWIW the Administrator thinks the numbers are solid", "5.2.1"),
    ("De SG vindt eigenlijk dat de brief te vroeg komt.", "5.2.1"),
    ("Zij slaapt slecht en heeft last van hartkloppingen.", "5.1.1d"),
    ("Zij is door de huisarts doorverwezen naar een psycholoog.", "5.1.1d"),
])
def test_chat_shorthand_a_seniors_view_and_complaints_of_the_body(text: str, ground: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"] == [ground]


@pytest.mark.parametrize("text", [
    "Ik denk dat de verzoeker het maandag heeft ontvangen.",
    "De IMO heeft de nieuwe emissieregels voor schepen vastgesteld.",
    "De inschrijver neemt alle kosten op in het uurtarief; een aparte opslag is niet toegestaan.",
    "The bidder must include its day rates and a margin for risk in the pricing schedule.",
])
def test_a_hedged_fact_the_maritime_body_and_a_tenders_rules_are_no_passage(text: str) -> None:
    assert [c.text for c in detect(text) if c.status == "suggested"] == []


@pytest.mark.parametrize(("text", "ground"), [
    ("Speaking on background, the chief negotiator said Belgrade could accept the annex.", "5.1.2a"),
    ("In a restricted session she added that the President would not sign.", "5.1.2a"),
    ("Zij kan door reumatische klachten in haar handen geen zware taken doen.", "5.1.1d"),
    ("Betrokkene verklaart dat zij drie jaar een relatie had met een vrouw.", "5.1.1d"),
    ("In Nederland bezoekt zij de bijeenkomsten van een lhbti-vereniging in Utrecht.", "5.1.1d"),
    ("She has asked for a private room for daily prayers.", "5.1.1d"),
])
def test_background_talk_complaints_a_same_sex_relationship_and_prayer(text: str, ground: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested"] == [ground]


@pytest.mark.parametrize("text", [
    "De gemeente subsidieert twee lhbti-verenigingen en de jaarlijkse Pride.",
    "Lhbti'ers in Oeganda riskeren vervolging.",
    "The Mayor will host the annual prayer breakfast on 4 May.",
])
def test_groups_and_public_events_of_faith_or_orientation_are_no_passage(text: str) -> None:
    assert [c.text for c in detect(text) if c.status == "suggested"] == []


@pytest.mark.parametrize(("text", "ground"), [
    ("Our day rate for a senior engineer is £640, of which 7% is margin.", "5.1.1c"),
    ("We have priced the mobilisation phase below cost to secure the contract.", "5.1.1c"),
    ("De AIVD heeft de burgemeester een individueel ambtsbericht uitgebracht.", "5.1.1b"),
    ("Uit het ambtsbericht blijkt dat de aanvrager contacten onderhoudt met een agent.", "5.1.1b"),
])
def test_a_suppliers_rates_and_an_individual_ambtsbericht(text: str, ground: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested"] == [ground]


def test_a_commercial_marking_is_no_confidence_of_a_state() -> None:
    text = "COMMERCIAL IN CONFIDENCE\nNorthgate Facilities Ltd - response to clarification 4\n"
    assert [(c.text, c.ground) for c in detect(text) if c.status == "suggested"] == [("COMMERCIAL IN CONFIDENCE", "5.1.1c")]


def test_uit_het_algemeen_ambtsbericht_is_a_published_source() -> None:
    text = "Uit het algemeen ambtsbericht Iran blijkt dat de situatie is verslechterd."
    assert [c.text for c in detect(text) if c.status == "suggested"] == []


@pytest.mark.parametrize(("text", "ground"), [
    ("Between you and me, the 60-day timeline is not realistic.", "5.2.1"),
    ("I'd push for 90 days.", "5.2.1"),
    ("Since September he wears a thobe to school.", "5.1.1d"),
    ("He has stopped attending music lessons on religious grounds.", "5.1.1d"),
    ("His older brother is in prison for a terrorism offence.", "5.1.1d"),
])
def test_asides_dress_of_faith_and_a_relative_in_prison(text: str, ground: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested"] == [ground]


@pytest.mark.parametrize("text", [
    "De kans is groot dat de Kamer bij de begrotingsbehandeling een motie indient.",  # a prognosis, no opinion
    "Naar verwachting stijgen de uitvoeringskosten in 2026 met EUR 12 miljoen.",
    "The agreement between the council and the trust was signed in May.",
])
def test_prognoses_and_agreements_are_no_opinion(text: str) -> None:
    assert [c.text for c in detect(text) if c.status == "suggested"] == []


@pytest.mark.parametrize(("text", "ground"), [
    ("Bij een bewoonster (89 jaar, kamer 14) is norovirus aangetoond.", "5.1.1d"),
    ("De minister is sinds maart in Londen onder behandeling voor een ernstige hartaandoening.", "5.1.1d"),
    ("Volgens goed ingevoerde bronnen wil de president de top overslaan.", "5.1.2a"),
])
def test_an_infection_found_treatment_abroad_and_well_placed_sources(text: str, ground: str) -> None:
    assert [c.ground for c in detect(text) if c.status == "suggested"] == [ground]


def test_an_outbreak_reported_nationally_is_about_no_one() -> None:
    text = "Landelijk meldt het RIVM dit seizoen een verhoogd aantal norovirusuitbraken in verpleeghuizen."
    assert [c.text for c in detect(text) if c.status == "suggested"] == []
