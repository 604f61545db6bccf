"""More documents written for the detection tests (see unseen_docs.py for what each field means).

Kept apart from unseen_docs.py so that work on passages can add batches without touching the other file.

Round 9 (batches 210 to 213, 24 documents, written blind before any change to the detectors; each batch's comment lists
what it missed). First run: 210 recall 0.389, precision 1.0; 211 recall 0.278, precision 1.0; 212 recall 0.389,
precision 0.75; 213 recall 0.333, precision 0.857. Two labels were corrected after the first run, both named in their
batch's comment (a US banner the pack keeps visible by design; an advised sentence rightly flagged). The fixes are data:
cues and term lists in rules/ (a unit's worry, views in idiom, a partner's hint, a service's people and its reading
along on a service's page, drink, self-harm, time inside, an upbringing, a debt by its amount, a firm's loss and margin,
a suspect watched), a Kamerbrief by its title as a public statement, and a generic risk statement as no one's. After
them every batch scores recall 1.0, precision 1.0. Batch 214 (8 documents) was then written blind after those fixes,
to see whether they carry: first run recall 0.263, precision 0.857, so paraphrase stays the weak point and each round's
cues mostly catch that round's wordings; after its own fixes (more of the same kind) recall 1.0, precision 1.0. With
all five batches the whole unseen set stays at recall 0.993, precision 0.985, 7 officials flagged, and the development
corpus at 1.0 / 1.0.
"""

from __future__ import annotations

from tests.core.unseen_docs import BSN_GROUND, SPECIAL, Doc, E  # noqa: F401

DOCS: list[Doc] = [
    # -- batch 51: a nota to the minister with advice and position, a memo with decision points, an
    #    interdepartmental mail thread, a coded message from a post, an NCTV note, a social-domain case note,
    #    a UK submission and FOI reply, a US deliberative memo ------------------------------------------
    Doc(
        "nl-nota-minister-stikstof-advies",
        "Ministerie van Landbouw, Natuur en Voedselkwaliteit\n"
        "Nota aan de minister\n"
        "\n"
        "Van: DG Natuur, Visserij en Gebiedsgericht werken\n"
        "Behandeld door: drs. Marloes Engbersen-Tilstra\n"
        "Datum: 19 september 2024\n"
        "Onderwerp: vergunningverlening PAS-melders, reactie op verzoek provincie Gelderland\n"
        "\n"
        "Aanleiding\n"
        "Gedeputeerde Peter Kerris heeft u op 9 september per brief gevraagd om een aanvullende bijdrage van\n"
        "EUR 40 miljoen voor het legaliseren van PAS-melders. In Gelderland gaat het om 410 bedrijven.\n"
        "\n"
        "Feiten\n"
        "Landelijk zijn 2.900 PAS-melders in beeld. De Raad van State heeft in zijn uitspraak van 18 december\n"
        "2023 bepaald dat de provincies binnen drie jaar moeten handhaven als geen vergunning wordt verleend.\n"
        "Van het budget van EUR 250 miljoen is tot nu toe EUR 96 miljoen uitgegeven.\n"
        "\n"
        "Advies\n"
        "Wij adviseren u het verzoek niet te honoreren. Een extra bijdrage aan één provincie schept een\n"
        "precedent waar de andere provincies zich direct op zullen beroepen. Het ligt meer voor de hand de\n"
        "resterende middelen landelijk te verdelen naar rato van het aantal melders.\n"
        "\n"
        "Standpunt directie Juridische Zaken\n"
        "DJZ acht de kans reëel dat de rechter een verdere termijn niet zal accepteren en vindt dat u\n"
        "de provincie hierop moet aanspreken.\n",
        redact=[("drs. Marloes Engbersen-Tilstra", "PERSON", E)],
        passages=[("Wij adviseren u het verzoek niet te honoreren", "5.2.1"), ("Het ligt meer voor de hand", "5.2.1"),
                  ("acht de kans reëel", "5.2.1")],
        officials=["Peter Kerris"],
        visible=["Landelijk zijn 2.900 PAS-melders in beeld", "De Raad van State heeft in zijn uitspraak",
                 "tot nu toe EUR 96 miljoen uitgegeven", "In Gelderland gaat het om 410 bedrijven", "Aanleiding",
                 "DG Natuur, Visserij en Gebiedsgericht werken"],
        batch=51,
    ),
    Doc(
        "nl-memo-beslispunten-huisvesting",
        "MEMO\n"
        "Aan: pSG\n"
        "Van: 5.1.2e\n"
        "Cc: 5.1.2e, 5.1.2e (FEZ)\n"
        "Datum: 4 maart 2025\n"
        "Betreft: huisvesting Rijksdienst, locatie Zwolle\n"
        "\n"
        "Beslispunten\n"
        "1. Stemt u in met huur van het pand aan de Zuiderzeelaan voor tien jaar?\n"
        "2. Stemt u in met het informeren van de OR via bijgaande brief?\n"
        "\n"
        "Toelichting\n"
        "Het Rijksvastgoedbedrijf heeft drie panden onderzocht. Het pand aan de Zuiderzeelaan voldoet aan de\n"
        "eisen voor energielabel A en biedt plaats aan 340 werkplekken. De huur bedraagt EUR 1,2 miljoen per jaar.\n"
        "\n"
        "Overwegingen\n"
        "Wij menen dat de tienjarige looptijd te lang is gezien de onzekerheid over het thuiswerken; een\n"
        "termijn van vijf jaar met optie tot verlenging verdient wat ons betreft de voorkeur. De OR zal naar\n"
        "verwachting kritisch zijn over de reistijd voor medewerkers uit Lelystad.\n"
        "\n"
        "Contactpersoon: [geanonimiseerd], tel. 5.1.2e\n",
        passages=[("Wij menen dat", "5.2.1"), ("verdient wat ons betreft de voorkeur", "5.2.1")],
        visible=["5.1.2e", "[geanonimiseerd]", "Het Rijksvastgoedbedrijf heeft drie panden onderzocht",
                 "De huur bedraagt EUR 1,2 miljoen per jaar", "Stemt u in met huur", "Beslispunten",
                 "Rijksdienst", "4 maart 2025"],
        batch=51,
    ),
    Doc(
        "nl-mailwisseling-exportvergunning",
        "Van: 5.1.2e <5.1.2e@minbuza.nl>\n"
        "Verzonden: vrijdag 7 juni 2024 16:41\n"
        "Aan: 5.1.2e <5.1.2e@minezk.nl>; 5.1.2e <5.1.2e@minfin.nl>\n"
        "Onderwerp: RE: RE: dual-use aanvraag Veldhoven\n"
        "\n"
        "Dank. Ter aanvulling: de Duitse collega's hebben ons vertrouwelijk laten weten dat zij een\n"
        "vergelijkbare aanvraag vorige maand hebben afgewezen. Berlijn wil niet dat dit naar buiten komt\n"
        "voordat de Bundesregierung het zelf aan de Bondsdag meldt.\n"
        "Persoonlijk denk ik dat we de vergunning beter kunnen aanhouden tot na de EU-raad van 24 juni.\n"
        "\n"
        "Van: 5.1.2e <5.1.2e@minezk.nl>\n"
        "Verzonden: vrijdag 7 juni 2024 11:02\n"
        "Onderwerp: RE: dual-use aanvraag Veldhoven\n"
        "\n"
        "De aanvraag is op 14 mei binnengekomen en betreft 12 systemen met eindgebruiker in Singapore. De\n"
        "wettelijke beslistermijn loopt op 9 juli af. Het bedrijf heeft ons zijn klantenlijst en de\n"
        "verwachte omzet per land vertrouwelijk verstrekt; die zitten in de bijlage.\n"
        "Ik vind het eerlijk gezegd onverstandig om de aanvraag langer aan te houden dan de termijn toelaat.\n",
        # a passage under 5.1.1c is listed under redact: the scorer counts only the rules it knows as passages
        redact=[("Het bedrijf heeft ons zijn klantenlijst en de\nverwachte omzet per land vertrouwelijk verstrekt",
                 "PASSAGE", "5.1.1c")],
        passages=[("vertrouwelijk laten weten", "5.1.2a"), ("Berlijn wil niet dat dit naar buiten komt", "5.1.2a"),
                  ("Persoonlijk denk ik dat", "5.2.1"),
                  ("Ik vind het eerlijk gezegd onverstandig", "5.2.1")],
        visible=["5.1.2e", "De aanvraag is op 14 mei binnengekomen", "De\nwettelijke beslistermijn loopt op 9 juli af",
                 "Veldhoven", "Singapore"],
        batch=51,
    ),
    Doc(
        "nl-codebericht-post-ankara",
        "STG. CONFIDENTIEEL\n"
        "Codebericht\n"
        "Van: Post Ankara\n"
        "Aan: DEU, DVB\n"
        "Datum: 22-01-2025\n"
        "Nr: ANK-2025/0113\n"
        "Onderwerp: gesprek plv. minister van Buitenlandse Zaken over Zweeds/Fins NAVO-dossier\n"
        "\n"
        "Samenvatting\n"
        "Ambassadeur sprak 21 januari met de Turkse plaatsvervangend minister van Buitenlandse Zaken. Het\n"
        "Turkse parlement behandelt volgende week de wijziging van de Terrorismewet.\n"
        "\n"
        "Verslag\n"
        "1. Gesprekspartner gaf onder vier ogen aan dat president Erdoğan de ratificatie pas wil laten\n"
        "doorgaan als Washington de F-16-levering goedkeurt. Hij verzocht nadrukkelijk dit niet met andere\n"
        "bondgenoten te delen.\n"
        "2. Volgens de officiële verklaring van het Turkse ministerie na afloop stond het gesprek in het teken\n"
        "van de bilaterale handel.\n"
        "\n"
        "Commentaar post\n"
        "Post schat in dat Ankara het dossier tot na de zomer zal rekken. Naar ons oordeel is het raadzaam dat\n"
        "de minister dit punt in Brussel niet zelf aankaart.\n",
        passages=[("STG. CONFIDENTIEEL", "5.1.1b"), ("onder vier ogen", "5.1.2a"),
                  ("verzocht nadrukkelijk dit niet met andere\nbondgenoten te delen", "5.1.2a"),
                  ("Post schat in dat", "5.2.1"), ("Naar ons oordeel", "5.2.1")],
        officials=["Erdoğan"],
        visible=["Het\nTurkse parlement behandelt volgende week", "Volgens de officiële verklaring",
                 "Post Ankara", "ANK-2025/0113", "Samenvatting"],
        batch=51,
    ),
    Doc(
        "nl-nctv-notitie-dreiging",
        "Departementaal Vertrouwelijk\n"
        "Notitie NCTV - Directie Dreigingsanalyse\n"
        "Datum: 3 oktober 2024\n"
        "\n"
        "Onderwerp: beveiliging jaarlijkse herdenking, Amsterdam\n"
        "\n"
        "In het openbare Dreigingsbeeld Terrorisme Nederland van juni 2024 staat het dreigingsniveau op 4\n"
        "(substantieel). De gemeente Amsterdam verwacht ongeveer 4.000 bezoekers.\n"
        "\n"
        "De AIVD heeft op 30 september via een ambtsbericht gemeld dat een persoon uit het netwerk rond de\n"
        "in 2023 opgerolde cel contact zoekt met een wapenleverancier in Antwerpen. Een buitenlandse\n"
        "partnerdienst bevestigt dat beeld. De informatie is afkomstig van een menselijke bron en mag niet\n"
        "worden gebruikt voor strafrechtelijke doeleinden.\n"
        "\n"
        "De politie Amsterdam zet extra surveillance in. De burgemeester is op 1 oktober geïnformeerd.\n",
        passages=[("Departementaal Vertrouwelijk", "5.1.1b"), ("De AIVD heeft op 30 september", "5.1.1b"),
                  ("partnerdienst bevestigt", "5.1.1b"), ("menselijke bron", "5.1.1b")],
        visible=["In het openbare Dreigingsbeeld Terrorisme Nederland", "De gemeente Amsterdam verwacht",
                 "De politie Amsterdam zet extra surveillance in", "De burgemeester is op 1 oktober geïnformeerd"],
        batch=51,
    ),
    Doc(
        "nl-casusnotitie-wijkteam",
        "Casusnotitie sociaal wijkteam Zuid\n"
        "Cliënt: [geanonimiseerd]\n"
        "Datum overleg: 12 november 2024\n"
        "Aanwezig: casusregisseur, wijkverpleegkundige, schuldhulpverlener\n"
        "\n"
        "Situatie\n"
        "Mevrouw woont sinds 2019 met twee kinderen in een huurwoning van Portaal. De huurachterstand\n"
        "bedraagt EUR 2.340. Zij is in augustus na een suïcidepoging kort opgenomen geweest en staat op een\n"
        "wachtlijst voor behandeling bij Altrecht. Haar ex-partner, dhr. xxx, zit sinds september in\n"
        "voorlopige hechtenis. Mevrouw vindt steun bij de Syrisch-orthodoxe kerk, waar zij elke zondag heen gaat.\n"
        "\n"
        "Afspraken\n"
        "De schuldhulpverlener meldt het gezin aan bij de Kredietbank. Volgende evaluatie op 10 december.\n",
        passages=[("na een suïcidepoging", SPECIAL), ("voorlopige hechtenis", SPECIAL),
                  ("waar zij elke zondag heen gaat", SPECIAL)],
        visible=["[geanonimiseerd]", "De huurachterstand\nbedraagt EUR 2.340", "Kredietbank",
                 "Volgende evaluatie op 10 december", "casusregisseur, wijkverpleegkundige, schuldhulpverlener"],
        batch=51,
    ),
    Doc(
        "en-uk-submission-secretary-of-state",
        "OFFICIAL-SENSITIVE\n"
        "To: Secretary of State\n"
        "From: Migration Policy Unit\n"
        "Date: 14 February 2025\n"
        "Subject: Returns agreement with Country A - handling\n"
        "\n"
        "Issue\n"
        "1. Whether to announce the returns arrangement at the summit on 3 March.\n"
        "\n"
        "Recommendation\n"
        "2. That you agree to defer the announcement until Country A has completed its domestic procedures.\n"
        "\n"
        "Background\n"
        "3. Published Home Office statistics show 1,240 nationals of Country A arrived by small boat in 2024.\n"
        "4. At the working-level meeting on 6 February their Interior Ministry told us in confidence that the\n"
        "cabinet remains divided, and asked that the draft text not be shared with EU partners.\n"
        "\n"
        "Argument\n"
        "5. Officials consider an early announcement would be a mistake: it risks a public rejection in their\n"
        "parliament. On balance we advise a joint statement after ratification.\n"
        "\n"
        "Contact: [Redacted - s.40]\n",
        passages=[("told us in confidence", "5.1.2a"), ("asked that the draft text not be shared", "5.1.2a"),
                  ("Officials consider an early announcement would be a mistake", "5.2.1"),
                  ("we advise a joint statement", "5.2.1")],
        visible=["That you agree to defer the announcement", "Published Home Office statistics show", "[Redacted - s.40]", "Migration Policy Unit",
                 "Whether to announce the returns arrangement"],
        batch=51,
    ),
    Doc(
        "en-uk-foi-response-letter",
        "Freedom of Information Team\n"
        "Department for Business and Trade\n"
        "Our ref: FOI2025/04417\n"
        "\n"
        "Dear Requester,\n"
        "\n"
        "Thank you for your request of 2 April 2025 for the submissions on the steel safeguard review. We hold\n"
        "four documents. We are withholding parts of them under sections 27, 35 and 40 of the Act.\n"
        "\n"
        "Section 35(1)(a) exempts information if it relates to the formulation or development of government\n"
        "policy. Officials need a safe space to give free and frank advice. Section 27(1)(a) applies where\n"
        "disclosure would prejudice relations between the United Kingdom and any other State. The names of\n"
        "junior officials are personal data and are exempt under section 40(2).\n"
        "\n"
        "We have concluded that, in all the circumstances of the case, the public interest in maintaining\n"
        "the exemptions outweighs the public interest in disclosure.\n"
        "\n"
        "If you are unhappy with this response you may ask for an internal review within 40 working days.\n"
        "\n"
        "Yours sincerely,\n"
        "FOI Team\n",
        visible=["Officials need a safe space to give free and frank advice", "We have concluded that",
                 "disclosure would prejudice relations", "sections 27, 35 and 40", "Department for Business and Trade"],
        batch=51,
    ),
    Doc(
        "en-us-predecisional-memo",
        "PRE-DECISIONAL // DELIBERATIVE\n"
        "MEMORANDUM FOR: Acting Assistant Administrator, Office of Water\n"
        "FROM: (b)(6), Senior Policy Analyst\n"
        "SUBJECT: Options for the lead service line inventory deadline\n"
        "\n"
        "Background. The rule requires utilities to submit inventories by October 16, 2024. As of August 1,\n"
        "2024, 61 percent of community water systems had filed. The agency received 412 comments on the\n"
        "proposed extension.\n"
        "\n"
        "Options. (1) Keep the deadline; (2) grant a six-month extension to small systems; (3) extend for all.\n"
        "\n"
        "Recommendation. Staff recommend Option 2. In my judgment a blanket extension would signal that the\n"
        "agency is retreating from the rule, and the small systems are where the real capacity problem is.\n"
        "(b)(5)\n"
        "\n"
        "Concur: ________  Non-concur: ________\n",
        passages=[("Staff recommend Option 2", "5.2.1"), ("In my judgment", "5.2.1")],
        visible=["(b)(6)", "(b)(5)", "As of August 1,\n2024, 61 percent of community water systems had filed",
                 "The agency received 412 comments", "PRE-DECISIONAL // DELIBERATIVE", "Office of Water",
                 "Senior Policy Analyst"],
        batch=51,
    ),
    # -- batch 52: a Woo release read back in (codes where the text was), a published country report, a medical
    #    advice in an asylum case, a police note on a running case, a UK e-mail chain, a US cable, a municipal
    #    policy plan (a tempting negative) --------------------------------------------------------------------
    Doc(
        "nl-woo-vrijgegeven-mail",
        "Van: 5.1.2e\n"
        "Verzonden: maandag 2 september 2024 08:57\n"
        "Aan: 5.1.2e; 5.1.2e\n"
        "CC: ██████████\n"
        "Onderwerp: FW: stand van zaken opvang Ter Apel\n"
        "\n"
        "Beste 5.1.2e,\n"
        "\n"
        "Hierbij de cijfers van vanochtend: 2.150 mensen in het aanmeldcentrum, van wie 96 in de wachtruimte.\n"
        "5.2.1\n"
        "Het COA opent volgende week een noodlocatie in Zoutkamp.\n"
        "Advies: 5.2.1\n"
        "De heer xxx van de gemeente Westerwolde belt vanmiddag. Zie ook [naam] bij de IND, 5.1.2e, 5.1.2i.\n"
        "\n"
        "Gr,\n"
        "5.1.2e\n"
        "5.1.2.e | Directie Migratiebeleid | T 5.1.2e\n",
        visible=["5.1.2e", "5.2.1", "██████████", "xxx", "[naam]", "5.1.2i", "5.1.2.e",
                 "Hierbij de cijfers van vanochtend", "Het COA opent volgende week een noodlocatie", "Advies:",
                 "Directie Migratiebeleid", "gemeente Westerwolde"],
        batch=52,
    ),
    Doc(
        "nl-algemeen-ambtsbericht-excerpt",
        "Algemeen ambtsbericht Irak\n"
        "Directie Sub-Sahara Afrika en Midden-Oosten, Ministerie van Buitenlandse Zaken\n"
        "Den Haag, juni 2024\n"
        "\n"
        "3.2 Behandeling van religieuze minderheden\n"
        "Christenen, jezidi's en Sabeeërs worden in delen van Ninive nog altijd gediscrimineerd bij het verkrijgen\n"
        "van documenten. Bronnen meldden dat de Koerdische veiligheidsdienst Asayish in 2023 tientallen jezidi's\n"
        "heeft vastgehouden zonder tussenkomst van een rechter. Homoseksuelen lopen een reëel risico op geweld.\n"
        "\n"
        "3.3 Terugkeerders\n"
        "Volgens UNHCR keerden in 2023 ruim 11.000 vluchtelingen terug naar de Koerdische Autonome Regio.\n",
        visible=["Christenen, jezidi's en Sabeeërs worden in delen van Ninive",
                 "de Koerdische veiligheidsdienst Asayish", "Homoseksuelen lopen een reëel risico op geweld",
                 "Volgens UNHCR keerden in 2023"],
        batch=52,
    ),
    Doc(
        "nl-bma-advies-vreemdeling",
        "Bureau Medische Advisering\n"
        "Medisch advies in het kader van artikel 64 Vw 2000\n"
        "Betrokkene: V-nummer 2871946530\n"
        "Datum: 28 augustus 2024\n"
        "\n"
        "Vraagstelling\n"
        "Is betrokkene medisch in staat te reizen naar het land van herkomst?\n"
        "\n"
        "Medische gegevens\n"
        "Betrokkene is bekend met een posttraumatische stressstoornis en wordt sinds maart behandeld door een\n"
        "psychiater van Centrum '45. Hij gebruikt dagelijks sertraline en quetiapine. Volgens de behandelaar\n"
        "is er een verhoogd risico op suïcide bij gedwongen terugkeer. Betrokkene is van Hazara-afkomst en\n"
        "bekeerde zich in 2021 tot het christendom.\n"
        "\n"
        "Beoordeling\n"
        "De noodzakelijke behandeling is in Kabul beschikbaar maar niet toegankelijk. Het BMA adviseert\n"
        "uitstel van vertrek voor de duur van één jaar.\n",
        redact=[("2871946530", "ID_DOCUMENT", E)],
        passages=[("posttraumatische stressstoornis", SPECIAL), ("Hij gebruikt dagelijks sertraline", SPECIAL),
                  ("verhoogd risico op suïcide", SPECIAL), ("van Hazara-afkomst", SPECIAL),
                  ("bekeerde zich in 2021 tot het christendom", SPECIAL)],
        visible=["Bureau Medische Advisering", "artikel 64 Vw 2000", "Vraagstelling"],
        batch=52,
    ),
    Doc(
        "nl-politie-notitie-lopend-onderzoek",
        "Politie Eenheid Oost-Nederland\n"
        "Notitie ten behoeve van de driehoek Enschede\n"
        "Datum: 6 mei 2025\n"
        "\n"
        "Op 3 mei meldde het Openbaar Ministerie in een persbericht dat een 41-jarige man uit Hengelo is\n"
        "aangehouden voor de brandstichting aan de Oldenzaalsestraat.\n"
        "\n"
        "Het tactisch onderzoek naar de opdrachtgevers loopt nog. Twee andere verdachten worden getapt en zijn\n"
        "niet op de hoogte van het onderzoek. Een doorzoeking van een loods in Losser is gepland voor 15 mei.\n"
        "De aangehouden man heeft een strafblad voor afpersing.\n"
        "\n"
        "De burgemeester wordt gevraagd de loods na de doorzoeking te sluiten op grond van artikel 13b Opiumwet.\n",
        passages=[("heeft een strafblad", SPECIAL)],
        redact=[("Het tactisch onderzoek naar de opdrachtgevers loopt nog", "PASSAGE", "5.1.2c"),
                ("Twee andere verdachten worden getapt en zijn\nniet op de hoogte van het onderzoek", "PASSAGE", "5.1.2c"),
                ("Een doorzoeking van een loods in Losser is gepland voor 15 mei", "PASSAGE", "5.1.2c")],
        visible=["Op 3 mei meldde het Openbaar Ministerie in een persbericht", "artikel 13b Opiumwet",
                 "Politie Eenheid Oost-Nederland"],
        batch=52,
    ),
    Doc(
        "en-uk-email-chain-ministerial-visit",
        "From: Hollis, Bethan (FCDO)\n"
        "Sent: 11 March 2025 18:20\n"
        "To: [s.40(2)]\n"
        "Subject: RE: Minister's visit to Lagos - lines\n"
        "\n"
        "Thanks both. Frankly, I think we would be unwise to raise the pipeline case with the Vice President\n"
        "at this stage. The Nigerian NSA told our Defence Attaché privately that the President wants the issue\n"
        "settled out of court, and that is not yet known outside the Villa.\n"
        "\n"
        "Separately, Tunde is off sick for the rest of the week after his operation, so I will cover the\n"
        "readout.\n"
        "\n"
        "> The Minister announced the £25m climate partnership in her speech at Chatham House on 4 March.\n"
        "> [s.27(1)(a)]\n",
        redact=[("Hollis, Bethan", "PERSON", E), ("Tunde", "PERSON", E)],
        passages=[("Frankly, I think we would be unwise", "5.2.1"), ("told our Defence Attaché privately", "5.1.2a"),
                  ("off sick", SPECIAL)],
        visible=["[s.40(2)]", "[s.27(1)(a)]", "The Minister announced the £25m climate partnership", "FCDO"],
        batch=52,
    ),
    Doc(
        "en-us-cable-post-assessment",
        "CONFIDENTIAL\n"
        "CLASSIFIED BY: (b)(6), POL/ECON Counselor, REASON: 1.4(b), (d)\n"
        "SUBJECT: Ministry signals flexibility on mining royalties\n"
        "\n"
        "1. (U) On February 12 the Ministry of Mines published draft regulations raising royalties to 8 percent.\n"
        "2. (C) In a one-on-one meeting, the Minister confided to the Ambassador that cabinet would accept 6\n"
        "percent if U.S. firms commit to local refining. He asked that we not share the figure with the EU.\n"
        "3. (C) A U.S. mining company provided its projected costs to the Embassy in confidence; the figures\n"
        "suggest 6 percent is viable.\n"
        "4. (C) Comment: Post believes the Minister is testing the waters and recommends that Washington\n"
        "not engage on a number until the draft closes for comment. End comment.\n"
        "(b)(1)\n",
        redact=[("A U.S. mining company provided its projected costs to the Embassy in confidence", "PASSAGE", "5.1.1c")],
        passages=[("the Minister confided", "5.1.2a"),
                  ("asked that we not share", "5.1.2a"), ("Post believes", "5.2.1")],
        visible=["(b)(6)", "(b)(1)", "On February 12 the Ministry of Mines published", "POL/ECON Counselor",
                 "CONFIDENTIAL\n"],
        batch=52,
    ),
    Doc(
        "nl-beleidsplan-sociaal-domein",
        "Beleidsplan Sociaal Domein 2025-2028 gemeente Oosterhout\n"
        "Vastgesteld door de gemeenteraad op 10 december 2024\n"
        "\n"
        "1. Onze ambitie\n"
        "Wij vinden het belangrijk dat iedere inwoner mee kan doen. Wij zijn van mening dat hulp dichtbij\n"
        "moet worden georganiseerd, in de wijk. Het ligt voor de hand dat we daarbij samenwerken met\n"
        "huisartsen en scholen.\n"
        "\n"
        "2. Wat gaan we doen?\n"
        "We investeren EUR 1,4 miljoen in preventie van schulden en eenzaamheid. Inwoners met psychische\n"
        "klachten kunnen zonder verwijzing terecht bij het wijkteam.\n",
        visible=["Wij vinden het belangrijk dat iedere inwoner mee kan doen",
                 "Wij zijn van mening dat hulp dichtbij\nmoet worden georganiseerd",
                 "Het ligt voor de hand dat we daarbij samenwerken", "Inwoners met psychische\nklachten"],
        batch=52,
    ),
    # -- batch 53: minutes of an internal consultation (opinions in the third person), a personnel file note, a
    #    Jeugdwet case file, a UK FOI internal review, a US options paper with a released annex, an AIVD-related
    #    letter to a mayor, an interdepartmental chat on an EU position ---------------------------------------
    Doc(
        "nl-verslag-intern-overleg-dg",
        "Verslag DG-overleg Wonen en Ruimte\n"
        "Datum: 11 februari 2025\n"
        "Aanwezig: DG, plv. DG, directeuren DBL, DWB en DRO, ambtelijk secretaris\n"
        "\n"
        "1. Woningbouwimpuls, vierde tranche\n"
        "DWB licht toe dat 62 aanvragen zijn ingediend voor in totaal EUR 410 miljoen. De DG vindt dat de\n"
        "tranche niet moet worden opgehoogd zolang de begroting niet rond is. DRO is geen voorstander van\n"
        "een aparte regeling voor krimpgebieden en acht het risico op versnippering groot. De plv. DG merkt op\n"
        "dat de minister in het commissiedebat van 6 februari heeft toegezegd de Kamer voor de zomer te\n"
        "informeren.\n"
        "\n"
        "2. Rondvraag\n"
        "De volgende vergadering is op 25 februari.\n",
        passages=[("De DG vindt dat", "5.2.1"), ("DRO is geen voorstander", "5.2.1")],
        visible=["DWB licht toe dat 62 aanvragen zijn ingediend", "De plv. DG merkt op",
                 "De volgende vergadering is op 25 februari", "Woningbouwimpuls, vierde tranche"],
        batch=53,
    ),
    Doc(
        "nl-personeelsdossier-gespreksverslag",
        "Gespreksverslag verzuimbegeleiding (vertrouwelijk)\n"
        "Medewerker: Joris Wentink\n"
        "Leidinggevende: Annemiek Brouwer-Schenk\n"
        "Datum: 3 april 2025\n"
        "\n"
        "Joris geeft aan dat hij sinds januari onder behandeling is van een psycholoog wegens paniekaanvallen.\n"
        "Hij wil terugkeren op arbeidstherapeutische basis, drie ochtenden per week. Hij is lid van de FNV en\n"
        "heeft een vakbondsconsulent meegenomen. Hij vertelt dat hij samenwoont met zijn vriend, wat op de\n"
        "afdeling tot vervelende opmerkingen heeft geleid.\n"
        "\n"
        "Afspraak: evaluatie op 1 mei met de bedrijfsarts.\n",
        redact=[("Joris Wentink", "PERSON", E), ("Annemiek Brouwer-Schenk", "PERSON", E), ("Joris", "PERSON", E)],
        passages=[("onder behandeling is van een psycholoog", SPECIAL), ("lid van de FNV", SPECIAL),
                  ("samenwoont met zijn vriend", SPECIAL), ("met de bedrijfsarts", SPECIAL)],
        visible=["drie ochtenden per week"],
        batch=53,
    ),
    Doc(
        "nl-jeugdbescherming-rapportage",
        "Gecertificeerde instelling Jeugdbescherming Noord\n"
        "Rapportage ten behoeve van verlenging ondertoezichtstelling\n"
        "Kind: [geanonimiseerd], geboren 2014\n"
        "\n"
        "Moeder heeft een licht verstandelijke beperking en is sinds 2022 in beeld bij de verslavingszorg.\n"
        "Vader heeft in 2023 een werkstraf gekregen voor huiselijk geweld en heeft een contactverbod. Het kind\n"
        "gaat naar de islamitische basisschool in de wijk en heeft een hechtingsstoornis. De school meldt\n"
        "dat het kind sinds de herfstvakantie beter meedoet in de klas.\n"
        "\n"
        "Advies: de ondertoezichtstelling met een jaar verlengen.\n",
        passages=[("licht verstandelijke beperking", SPECIAL), ("in beeld bij de verslavingszorg", SPECIAL),
                  ("een werkstraf gekregen", SPECIAL), ("heeft een hechtingsstoornis", SPECIAL)],
        visible=["[geanonimiseerd]", "De school meldt\ndat het kind sinds de herfstvakantie beter meedoet",
                 "Advies: de ondertoezichtstelling met een jaar verlengen"],
        batch=53,
    ),
    Doc(
        "en-uk-foi-internal-review-outcome",
        "Internal Review - FOI2024/11872\n"
        "Home Office, 2 Marsham Street\n"
        "\n"
        "Dear Mr Okonjo-Adeyemi,\n"
        "\n"
        "I have reviewed the handling of your request for the advice given to ministers on the Rwanda\n"
        "partnership. I have concluded that section 35(1)(a) was correctly applied to the submissions of\n"
        "April 2023, but that the factual annex on arrivals should have been released. That annex is enclosed.\n"
        "\n"
        "Section 27(1)(a) was also correctly applied to the record of the meeting with the Rwandan High\n"
        "Commissioner, in which the Rwandan side shared its assessment in confidence. Disclosure would\n"
        "harm the United Kingdom's relations with Rwanda.\n"
        "\n"
        "If you remain dissatisfied, you may complain to the Information Commissioner.\n"
        "\n"
        "Yours sincerely,\n"
        "Information Rights Team\n",
        redact=[("Mr Okonjo-Adeyemi", "PERSON", E)],
        visible=["I have concluded that section 35(1)(a) was correctly applied",
                 "the Rwandan side shared its assessment in confidence", "Information Rights Team",
                 "2 Marsham Street"],
        batch=53,
    ),
    Doc(
        "en-us-options-paper-annex",
        "DELIBERATIVE PROCESS PRIVILEGED\n"
        "Options Paper - Regional Haze Rule: State Plan Disapprovals\n"
        "Prepared for the Deputy Administrator\n"
        "\n"
        "Summary. Fourteen state plans remain under review. Under the statute EPA must act within 12 months.\n"
        "\n"
        "Discussion. The Office of General Counsel views Option B as legally vulnerable because it relies on a\n"
        "cost threshold the court rejected in 2021. OAR's preferred course is Option A. Regional staff are\n"
        "concerned that Option A will be seen as punitive by the Western states, and we suggest a call with\n"
        "the governors before any announcement.\n"
        "\n"
        "Annex (factual). Region 8 received 2,310 public comments. The comment period closed on June 3.\n",
        passages=[("views Option B as legally vulnerable", "5.2.1"), ("OAR's preferred course", "5.2.1"),
                  ("we suggest a call", "5.2.1")],
        visible=["Fourteen state plans remain under review", "Region 8 received 2,310 public comments",
                 "DELIBERATIVE PROCESS PRIVILEGED"],
        batch=53,
    ),
    Doc(
        "nl-brief-aivd-burgemeester",
        "Algemene Inlichtingen- en Veiligheidsdienst\n"
        "Aan de burgemeester van Arnhem\n"
        "Datum: 17 oktober 2024\n"
        "Kenmerk: 4718293\n"
        "Rubricering: Stg. Geheim\n"
        "\n"
        "Geachte burgemeester,\n"
        "\n"
        "Naar aanleiding van ons gesprek van 9 oktober informeer ik u dat de AIVD beschikt over informatie\n"
        "dat een bestuurslid van een stichting in uw gemeente contacten onderhoudt met een Russische\n"
        "inlichtingenofficier. Deze informatie mag uitsluitend worden gebruikt voor het voeren van een\n"
        "gesprek met de stichting en niet worden gedeeld met derden.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "Het hoofd van de Algemene Inlichtingen- en Veiligheidsdienst,\n"
        "namens deze,\n"
        "het hoofd van de directie Inlichtingen Binnenland\n",
        passages=[("Stg. Geheim", "5.1.1b"), ("de AIVD beschikt over informatie", "5.1.1b"),
                  ("Russische\ninlichtingenofficier", "5.1.1b")],
        visible=["Aan de burgemeester van Arnhem", "4718293", "17 oktober 2024"],
        batch=53,
    ),
    Doc(
        "nl-chat-eu-positie",
        "[09:14] Yvette (BZ/DIE): Frankrijk heeft in de RAR-voorbereiding laten doorschemeren dat het tegen zal\n"
        "stemmen, maar Parijs wil dat nog niet publiek maken.\n"
        "[09:16] Ruben (EZK): ok. Ik zou zelf niet te hard inzetten op de uitzondering voor staal.\n"
        "[09:17] Yvette (BZ/DIE): eens. De Commissie publiceert het voorstel volgende week dinsdag.\n"
        "[09:21] Ruben (EZK): mijn gevoel is dat Berlijn bijdraait als Italië omgaat.\n",
        redact=[("Yvette", "PERSON", E), ("Ruben", "PERSON", E)],
        passages=[("Parijs wil dat nog niet publiek maken", "5.1.2a"), ("Ik zou zelf niet te hard inzetten", "5.2.1"),
                  ("mijn gevoel is dat", "5.2.1")],
        visible=["De Commissie publiceert het voorstel volgende week dinsdag", "BZ/DIE"],
        batch=53,
    ),
    # -- batch 54: a Woo decision letter, answers to parliamentary questions, an individual country-of-origin
    #    report, a US State e-mail, a municipal integrity e-mail, public board minutes of an NHS trust ---------
    Doc(
        "nl-woo-besluit-brief",
        "Besluit op uw Woo-verzoek\n"
        "Ons kenmerk: 2025-0000412877\n"
        "\n"
        "Geachte heer Vermeulen,\n"
        "\n"
        "In uw verzoek van 3 februari 2025 vraagt u om documenten over de sluiting van de ambassade in\n"
        "Khartoem. Ik heb 23 documenten gevonden. In een aantal documenten staan persoonlijke\n"
        "beleidsopvattingen van ambtenaren, zoals adviezen en standpunten over de evacuatie. Die maak ik niet\n"
        "openbaar op grond van artikel 5.2, eerste lid, van de Woo. Ook bevatten enkele documenten informatie die\n"
        "Sudanese autoriteiten in vertrouwen hebben gedeeld; openbaarmaking daarvan zou de betrekkingen van\n"
        "Nederland met Sudan kunnen schaden (artikel 5.1, tweede lid, onder a, van de Woo).\n"
        "\n"
        "Inventarislijst\n"
        "Nr. | Datum | Omschrijving | Beoordeling | Grond\n"
        "1 | 15-04-2023 | e-mail DAF | deels openbaar | 5.1.2e, 5.2.1\n"
        "2 | 17-04-2023 | codebericht Khartoem | niet openbaar | 5.1.2a, 5.1.1b\n"
        "\n"
        "Met vriendelijke groet,\n"
        "De minister van Buitenlandse Zaken,\n"
        "namens deze,\n",
        redact=[("Vermeulen", "PERSON", E)],
        visible=["persoonlijke\nbeleidsopvattingen van ambtenaren", "in vertrouwen hebben gedeeld", "5.1.2e, 5.2.1",
                 "5.1.2a, 5.1.1b", "deels openbaar"],
        batch=54,
    ),
    Doc(
        "nl-antwoorden-kamervragen",
        "Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 14 maart 2025)\n"
        "\n"
        "Vraag 2\n"
        "Deelt u de mening dat de wachttijden bij de forensische zorg onaanvaardbaar zijn?\n"
        "\n"
        "Antwoord op vraag 2\n"
        "Ik ben van mening dat de wachttijden te lang zijn. Ik vind het daarom belangrijk dat de capaciteit\n"
        "wordt uitgebreid. De AIVD en de NCTV zijn niet betrokken bij de plaatsing van tbs-gestelden.\n",
        officials=["Van Weel"],
        visible=["Ik ben van mening dat de wachttijden te lang zijn", "Ik vind het daarom belangrijk",
                 "De AIVD en de NCTV zijn niet betrokken"],
        batch=54,
    ),
    Doc(
        "nl-individueel-ambtsbericht",
        "Individueel ambtsbericht\n"
        "Betreft: vreemdeling, V-nummer 3318274065\n"
        "Datum: 6 juni 2024\n"
        "\n"
        "1. Onderzoek ter plaatse heeft uitgewezen dat betrokkene sinds 2019 lid is van de verboden oppositiepartij\n"
        "en in 2022 door de veiligheidsdienst is verhoord. De ambassade baseert zich op gesprekken met een\n"
        "vertrouwenspersoon die niet bij naam genoemd wil worden.\n"
        "2. Betrokkene behoort tot de Oromo-bevolkingsgroep en is lid van de Ethiopisch-orthodoxe kerk.\n"
        "3. Het arrestatiebevel dat betrokkene heeft overgelegd, is volgens de lokale rechtbank vervalst.\n",
        redact=[("3318274065", "ID_DOCUMENT", E)],
        passages=[("lid is van de verboden oppositiepartij", SPECIAL), ("tot de Oromo-bevolkingsgroep", SPECIAL),
                  ("lid van de Ethiopisch-orthodoxe kerk", SPECIAL)],
        batch=54,
    ),
    Doc(
        "en-us-state-email-deliberative",
        "From: (b)(6)\n"
        "Sent: Thursday, May 9, 2024 7:42 AM\n"
        "To: (b)(6)\n"
        "Subject: RE: draft statement on the elections\n"
        "\n"
        "I don't think we should call the vote credible before the OSCE preliminary report is out. My two cents:\n"
        "drop the second paragraph. The Embassy's draft also repeats what the Foreign Minister told us off the\n"
        "record about the Speaker, which obviously cannot go in a public statement.\n"
        "\n"
        "The Department's spokesperson will take questions at the 1:30 briefing.\n",
        passages=[("I don't think we should", "5.2.1"), ("My two cents", "5.2.1"), ("off the\nrecord", "5.1.2a")],
        visible=["(b)(6)", "The Department's spokesperson will take questions"],
        batch=54,
    ),
    Doc(
        "nl-mail-integriteit-gemeente",
        "Van: Sander Kuipers <s.kuipers@gemeentezeist.nl>\n"
        "Aan: Fenna Dijkhuis <f.dijkhuis@gemeentezeist.nl>\n"
        "Onderwerp: melding over wethouder\n"
        "\n"
        "Fenna,\n"
        "\n"
        "De melding is op 2 april binnengekomen via het meldpunt. Het lijkt me geen goed idee om de wethouder nu al\n"
        "te confronteren. Ik heb er een hard hoofd in dat het extern bureau voor de zomer klaar is.\n"
        "Volgens de melder heeft de ambtenaar in kwestie een gokverslaving.\n"
        "\n"
        "Sander\n",
        redact=[("Sander Kuipers", "PERSON", E), ("s.kuipers@gemeentezeist.nl", "EMAIL", E),
                ("Fenna Dijkhuis", "PERSON", E), ("f.dijkhuis@gemeentezeist.nl", "EMAIL", E), ("Fenna", "PERSON", E),
                ("\n\nSander\n", "PERSON", E)],
        passages=[("Het lijkt me geen goed idee", "5.2.1"), ("Ik heb er een hard hoofd in", "5.2.1"),
                  ("een gokverslaving", SPECIAL)],
        visible=["De melding is op 2 april binnengekomen via het meldpunt"],
        batch=54,
    ),
    Doc(
        "en-nhs-public-board-minutes",
        "Minutes of the Public Board Meeting\n"
        "Northfield Hospitals NHS Foundation Trust\n"
        "Held on 27 November 2024, Boardroom, Northfield General Hospital\n"
        "\n"
        "4. Chief Executive's report\n"
        "The Chief Executive reported that A&E performance had improved to 71 percent. The Chair said she felt\n"
        "the winter plan would be premature to sign off without the ambulance handover figures, and the Board\n"
        "agreed to defer approval to December.\n"
        "\n"
        "5. Questions from the public\n"
        "A governor asked about car parking charges. The Director of Finance said the charges would be reviewed\n"
        "in 2025.\n",
        visible=["The Chief Executive reported that A&E performance had improved to 71 percent",
                 "The Chair said she felt\nthe winter plan would be premature", "the charges would be reviewed"],
        batch=54,
    ),
    # -- batch 55: a UK submission in another house style, a US intelligence-based memo, a GGD case note, a
    #    published inspection report (a tempting negative), a UK police FOI reply (neither confirm nor deny), an
    #    RIEC note on organised crime ---------------------------------------------------------------------------
    Doc(
        "en-uk-submission-treasury-style",
        "SENSITIVE\n"
        "To: Chief Secretary to the Treasury\n"
        "From: Public Services Spending Team\n"
        "Date: 8 October 2024\n"
        "\n"
        "SUMMARY\n"
        "1. The Department for Education has bid for GBP 1.1bn for school rebuilding in 2025-26.\n"
        "\n"
        "CONSIDERATIONS\n"
        "2. Our assessment is that the bid is overstated by around GBP 300m. We judge that the Department\n"
        "cannot spend more than GBP 800m in-year given its pipeline. There is a strong case for a multi-year\n"
        "settlement instead.\n"
        "3. The National Audit Office reported in June that 700 school blocks have RAAC.\n",
        passages=[("Our assessment is that", "5.2.1"), ("We judge that", "5.2.1"), ("There is a strong case for", "5.2.1")],
        visible=["The National Audit Office reported in June", "The Department for Education has bid",
                 "Public Services Spending Team"],
        batch=55,
    ),
    Doc(
        "en-us-interagency-memo-intel",
        "SECRET//NOFORN\n"
        "MEMORANDUM FOR THE DEPUTY NATIONAL SECURITY ADVISOR\n"
        "SUBJECT: Options to respond to the detention of two U.S. citizens\n"
        "\n"
        "The Intelligence Community assesses with moderate confidence that the detentions were ordered by the\n"
        "security services to gain leverage before the sanctions review. A sensitive source reports that one\n"
        "detainee has been denied insulin for his diabetes.\n"
        "\n"
        "The State Department issued a Level 4 travel advisory on March 2.\n",
        passages=[("The Intelligence Community assesses", "5.1.1b"), ("A sensitive source reports", "5.1.1b"),
                  ("his diabetes", SPECIAL)],
        visible=["SECRET//NOFORN", "The State Department issued a Level 4 travel advisory"],
        batch=55,
    ),
    Doc(
        "nl-ggd-casusverslag-tbc",
        "GGD Hollands Midden - afdeling Infectieziektebestrijding\n"
        "Verslag bron- en contactonderzoek\n"
        "Indexpatiënt: dhr. R. Bouchtaoui, geb. 14-02-1979\n"
        "\n"
        "De indexpatiënt is op 12 maart opgenomen in het LUMC met open longtuberculose. Hij is sinds 2020\n"
        "hiv-positief en gebruikt antiretrovirale middelen. Hij werkt als chauffeur bij een pakketdienst.\n"
        "Er zijn 14 contacten in kaart gebracht, van wie 9 collega's. De contacten krijgen na acht weken een\n"
        "tuberculinehuidtest.\n",
        redact=[("R. Bouchtaoui", "PERSON", E), ("14-02-1979", "DATE_OF_BIRTH", E)],
        passages=[("opgenomen in het LUMC met open longtuberculose", SPECIAL), ("hiv-positief", SPECIAL)],
        visible=["Er zijn 14 contacten in kaart gebracht", "De contacten krijgen na acht weken een\ntuberculinehuidtest"],
        batch=55,
    ),
    Doc(
        "nl-inspectierapport-gepubliceerd",
        "Inspectie Justitie en Veiligheid\n"
        "Rapport | Toezicht op de tenuitvoerlegging van vrijheidsbenemende maatregelen\n"
        "Gepubliceerd op 21 januari 2025\n"
        "\n"
        "Samenvatting\n"
        "De inspectie is van oordeel dat de penitentiaire inrichtingen onvoldoende zicht hebben op gedetineerden\n"
        "met psychische problemen. In drie van de zeven onderzochte inrichtingen ontbrak een actueel\n"
        "zorgplan. De inspectie beveelt de minister aan de capaciteit van de penitentiaire psychiatrische\n"
        "centra uit te breiden.\n",
        visible=["De inspectie is van oordeel", "gedetineerden\nmet psychische problemen",
                 "De inspectie beveelt de minister aan"],
        batch=55,
    ),
    Doc(
        "en-uk-police-foi-ncnd",
        "Freedom of Information Request Reference No: 2025/00371\n"
        "Northshire Police\n"
        "\n"
        "You asked whether Northshire Police has used covert surveillance against journalists since 2020.\n"
        "\n"
        "Northshire Police neither confirms nor denies that it holds the information you requested, by virtue\n"
        "of sections 23(5), 24(2), 30(3) and 31(3) of the Act. To confirm or deny whether covert surveillance\n"
        "has been used against any group would undermine law enforcement.\n",
        visible=["covert surveillance against journalists", "To confirm or deny whether covert surveillance",
                 "Northshire Police neither confirms nor denies"],
        batch=55,
    ),
    Doc(
        "nl-riec-notitie-ondermijning",
        "RIEC Zeeland-West-Brabant\n"
        "Casusnotitie (niet openbaar)\n"
        "Datum: 20 februari 2025\n"
        "\n"
        "Uit informatie van de politie blijkt dat de exploitant van de shishalounge aan de Havenstraat banden\n"
        "heeft met een criminele groepering. De CIE-informatie hierover is als betrouwbaar aangemerkt. Het OM\n"
        "heeft een strafrechtelijk onderzoek ingesteld; de verdachten weten nog niet dat zij in beeld zijn.\n"
        "De gemeente overweegt de exploitatievergunning in te trekken op grond van de Wet Bibob.\n",
        redact=[("De CIE-informatie hierover is als betrouwbaar aangemerkt", "PASSAGE", "5.1.2c"),
                ("Het OM\nheeft een strafrechtelijk onderzoek ingesteld; de verdachten weten nog niet dat zij in beeld zijn",
                 "PASSAGE", "5.1.2c")],
        visible=["De gemeente overweegt de exploitatievergunning in te trekken"],
        batch=55,
    ),
    # -- batch 56: minutes of a local triangle (mayor, police, prosecutor), a news article kept in a dossier (a
    #    tempting negative), advice of the State Attorney, a US agency e-mail chain, a UK FOI reply quoting a
    #    submission, an IND decision note ------------------------------------------------------------------------
    Doc(
        "nl-verslag-driehoeksoverleg",
        "Verslag driehoeksoverleg Tilburg\n"
        "Datum: 4 maart 2025\n"
        "Aanwezig: burgemeester, hoofdofficier van justitie, districtschef politie, secretaris\n"
        "\n"
        "1. Explosies bij woningen Reeshof\n"
        "De districtschef meldt dat sinds januari zeven explosies zijn geweest. Het opsporingsonderzoek richt\n"
        "zich op een groep van vier jongeren; aanhoudingen worden op korte termijn verwacht en de verdachten\n"
        "worden geobserveerd. De hoofdofficier wil de namen niet in het verslag.\n"
        "De burgemeester overweegt een gebiedsverbod en wil hierover op 18 maart een besluit nemen.\n"
        "\n"
        "2. Jaarwisseling\n"
        "Er zijn 212 meldingen van vuurwerkoverlast ontvangen, 40 minder dan vorig jaar.\n",
        redact=[("aanhoudingen worden op korte termijn verwacht en de verdachten\nworden geobserveerd",
                 "PASSAGE", "5.1.2c")],
        visible=["De districtschef meldt dat sinds januari zeven explosies zijn geweest",
                 "Er zijn 212 meldingen van vuurwerkoverlast ontvangen"],
        batch=56,
    ),
    Doc(
        "nl-nieuwsbericht-in-dossier",
        "Bron: Omroep Brabant, 12 februari 2025\n"
        "\n"
        "Man (34) veroordeeld voor explosies in Reeshof\n"
        "\n"
        "De rechtbank in Breda heeft woensdag een 34-jarige man uit Tilburg veroordeeld tot vier jaar cel voor\n"
        "drie explosies bij woningen. Uit tapgesprekken bleek dat hij voor elke aanslag 5.000 euro kreeg.\n"
        "Burgemeester Weterings is blij met de uitspraak. \"Dit geeft de buurt rust,\" zei hij tegen Omroep Brabant.\n",
        officials=["Weterings"],
        visible=["Uit tapgesprekken bleek", "veroordeeld tot vier jaar cel", "Dit geeft de buurt rust"],
        batch=56,
    ),
    Doc(
        "nl-advies-landsadvocaat",
        "Pels Rijcken - Landsadvocaat\n"
        "Advies aan de Staatssecretaris van Financiën\n"
        "Betreft: aansprakelijkheid herstel kinderopvangtoeslag\n"
        "Datum: 9 september 2024\n"
        "\n"
        "1. U heeft ons gevraagd of de Staat aansprakelijk is voor de vertraging in de herstelregeling.\n"
        "2. De Wet hersteloperatie toeslagen bepaalt in artikel 2.1 dat de hersteltermijn zes maanden bedraagt.\n"
        "3. Naar ons oordeel is de kans aanzienlijk dat de rechter een onrechtmatige daad aanneemt. Wij raden u\n"
        "aan een schikkingsvoorstel te doen voordat de eerste bodemprocedure dient.\n",
        passages=[("Naar ons oordeel", "5.2.1"), ("Wij raden u\naan", "5.2.1")],
        visible=["De Wet hersteloperatie toeslagen bepaalt in artikel 2.1", "U heeft ons gevraagd"],
        batch=56,
    ),
    Doc(
        "en-us-hhs-email-chain",
        "From: (b)(6)\n"
        "To: (b)(6); (b)(6)\n"
        "Subject: RE: RE: drug shortage letter - clearance\n"
        "\n"
        "Honestly I'm not sure we want to go there before OMB weighs in. My recommendation would be to hold\n"
        "the letter until after the hearing. I'd rather we not put a date on it.\n"
        "\n"
        "> The FDA added amoxicillin to the drug shortage list on October 28, 2022.\n",
        passages=[("I'm not sure we want to go there", "5.2.1"), ("My recommendation would be", "5.2.1"),
                  ("I'd rather we not", "5.2.1")],
        visible=["(b)(6)", "The FDA added amoxicillin to the drug shortage list"],
        batch=56,
    ),
    Doc(
        "nl-ind-beslisnotitie",
        "IND - Beslisnotitie asiel\n"
        "V-nummer: 2209187341\n"
        "Datum: 30 januari 2025\n"
        "\n"
        "Relaas\n"
        "Vreemdeling verklaart dat hij in Iran is gearresteerd nadat hij zich had bekeerd tot het christendom en\n"
        "een huiskerk bezocht. Hij verklaart homoseksueel te zijn en daarom door zijn familie te zijn verstoten.\n"
        "\n"
        "Beoordeling\n"
        "De bekering wordt niet geloofwaardig geacht: vreemdeling kon geen inzicht geven in zijn beweegredenen.\n"
        "De gestelde seksuele gerichtheid wordt wel geloofwaardig geacht.\n",
        redact=[("2209187341", "ID_DOCUMENT", E)],
        passages=[("bekeerd tot het christendom", SPECIAL), ("homoseksueel te zijn", SPECIAL),
                  ("seksuele gerichtheid", SPECIAL), ("is gearresteerd", SPECIAL)],
        batch=56,
    ),
    # -- batch 57: a UK No10 e-mail, a Veilig Thuis report, a US DOJ memo, a Dutch memo that cites public advice
    #    (a tempting negative), a note on a state visit with a foreign request -----------------------------------
    Doc(
        "en-uk-email-policy-unit",
        "From: Policy Unit\n"
        "To: Private Secretary (Home Affairs)\n"
        "Subject: RE: knife crime announcement\n"
        "\n"
        "My worry is that the amnesty figures won't stand up if journalists compare them with last year. We\n"
        "should hold the announcement until the ONS publishes on Thursday. For what it's worth, my view is that\n"
        "the Home Secretary should lead on this, not No10.\n"
        "\n"
        "The ONS release is scheduled for 09:30 on Thursday 17 April.\n",
        passages=[("My worry is that", "5.2.1"), ("my view is that", "5.2.1")],
        visible=["The ONS release is scheduled for 09:30", "Policy Unit"],
        batch=57,
    ),
    Doc(
        "nl-veilig-thuis-melding",
        "Veilig Thuis Gelderland-Zuid\n"
        "Melding nr. VT-2025-03317\n"
        "Melder: leerkracht groep 5 (naam bekend bij Veilig Thuis)\n"
        "\n"
        "Melder ziet sinds enkele weken blauwe plekken op de armen van het kind. Moeder is zwanger van het derde\n"
        "kind en zou volgens het kind 's nachts veel huilen. Vader gebruikt volgens buren cocaïne en is in 2021\n"
        "veroordeeld voor mishandeling. Het gezin is sinds januari aangemeld bij het sociaal wijkteam.\n",
        passages=[("Moeder is zwanger", SPECIAL), ("Vader gebruikt volgens buren cocaïne", SPECIAL),
                  ("veroordeeld voor mishandeling", SPECIAL)],
        visible=["Veilig Thuis Gelderland-Zuid", "VT-2025-03317", "Het gezin is sinds januari aangemeld"],
        batch=57,
    ),
    Doc(
        "en-us-doj-memo-olc",
        "U.S. Department of Justice\n"
        "Office of Legislative Affairs\n"
        "MEMORANDUM\n"
        "TO: Assistant Attorney General\n"
        "RE: Draft views letter on S. 2417\n"
        "\n"
        "The bill would require agencies to publish their FOIA logs within 30 days. The Senate Judiciary\n"
        "Committee reported it on July 11.\n"
        "It is our recommendation that the Department oppose section 4. OLC believes section 4 raises separation\n"
        "of powers concerns, and we would not want to commit to a position before OMB clears it.\n",
        passages=[("It is our recommendation", "5.2.1"), ("OLC believes", "5.2.1")],
        visible=["The Senate Judiciary\nCommittee reported it on July 11", "Office of Legislative Affairs"],
        batch=57,
    ),
    Doc(
        "nl-memo-publiek-advies",
        "Memo\n"
        "Aan: directeur Wetgeving\n"
        "Datum: 14 mei 2025\n"
        "Betreft: stand van zaken wetsvoorstel Wet betaalbare huur\n"
        "\n"
        "De Afdeling advisering van de Raad van State bracht op 3 april advies uit en adviseerde het voorstel\n"
        "niet in te dienen voordat de gevolgen voor middenhuur zijn onderzocht. De Autoriteit Persoonsgegevens\n"
        "vindt dat de registratieplicht te ver gaat, zo bleek uit haar openbare advies van 20 maart.\n"
        "De Tweede Kamer heeft het wetsvoorstel op 14 december aangenomen.\n",
        visible=["De Afdeling advisering van de Raad van State bracht op 3 april advies uit",
                 "De Autoriteit Persoonsgegevens\nvindt dat de registratieplicht te ver gaat",
                 "De Tweede Kamer heeft het wetsvoorstel op 14 december aangenomen"],
        batch=57,
    ),
    Doc(
        "nl-notitie-staatsbezoek-verzoek",
        "Notitie DPC - voorbereiding staatsbezoek Portugal\n"
        "Datum: 2 juni 2025\n"
        "\n"
        "Het Portugese protocol heeft gevraagd het programma pas na 20 juni bekend te maken, omdat Lissabon\n"
        "eerst de eigen coalitiepartners wil inlichten over het bezoek aan de marinebasis. De Portugese\n"
        "ambassadeur liet daarbij weten dat de president de kwestie-Mozambique liever buiten het gesprek houdt.\n"
        "Het programma omvat een bezoek aan Porto en een staatsbanket in het Ajuda-paleis.\n",
        passages=[("pas na 20 juni bekend te maken", "5.1.2a")],
        visible=["Het programma omvat een bezoek aan Porto"],
        batch=57,
    ),
    # -- batch 58: texts that quote the law (the Woo, the GDPR, the UK FOIA), a neutral statistics report, and
    #    a privacy impact assessment (tempting negatives), one HR note with the real thing -----------------------
    Doc(
        "nl-wettekst-woo-artikel-5-1",
        "Artikel 5.1 Uitzonderingen\n"
        "1. Het openbaar maken van informatie ingevolge deze wet blijft achterwege voor zover dit:\n"
        "b. de veiligheid van de Staat zou kunnen schaden;\n"
        "c. bedrijfs- en fabricagegegevens betreft die door natuurlijke personen of rechtspersonen vertrouwelijk\n"
        "aan de overheid zijn meegedeeld;\n"
        "d. persoonsgegevens betreft als bedoeld in paragraaf 3.1 van de Uitvoeringswet Algemene verordening\n"
        "gegevensbescherming, tenzij de openbaarmaking kennelijk geen inbreuk op de levenssfeer maakt.\n"
        "2. Het openbaar maken van informatie blijft eveneens achterwege voor zover het belang daarvan niet\n"
        "opweegt tegen de betrekkingen van Nederland met andere staten en met internationale organisaties.\n",
        visible=["de veiligheid van de Staat zou kunnen schaden", "vertrouwelijk\naan de overheid zijn meegedeeld",
                 "de betrekkingen van Nederland met andere staten"],
        batch=58,
    ),
    Doc(
        "en-gdpr-article-9-quoted",
        "Guidance note: special category data\n"
        "\n"
        "Article 9(1) UK GDPR prohibits processing personal data revealing racial or ethnic origin, political\n"
        "opinions, religious or philosophical beliefs, or trade union membership, and the processing of genetic\n"
        "data, biometric data, data concerning health or data concerning a natural person's sex life or sexual\n"
        "orientation. Criminal offence data is covered separately by Article 10.\n",
        visible=["religious or philosophical beliefs, or trade union membership", "sexual\norientation", "UK GDPR",
                 "Criminal offence data is covered separately"],
        batch=58,
    ),
    Doc(
        "nl-cbs-statistiek-bericht",
        "Centraal Bureau voor de Statistiek\n"
        "Statistisch bericht | Gezondheid en zorggebruik 2024\n"
        "\n"
        "In 2024 had 9,1 procent van de volwassenen een depressie of angststoornis. Vrouwen waren vaker\n"
        "psychisch ongezond dan mannen. Het aandeel rokers daalde naar 17,8 procent. Bijna 1 op de 5\n"
        "gedetineerden heeft een verslaving, blijkt uit cijfers van DJI.\n",
        visible=["een depressie of angststoornis", "psychisch ongezond", "heeft een verslaving"],
        batch=58,
    ),
    Doc(
        "nl-dpia-samenvatting",
        "DPIA - Registratiesysteem Wmo-voorzieningen\n"
        "Samenvatting\n"
        "\n"
        "Het systeem verwerkt gegevens over de gezondheid van aanvragers, zoals diagnoses en beperkingen, en in\n"
        "sommige gevallen gegevens over strafrechtelijke veroordelingen. Toegang tot het medisch dossier is\n"
        "beperkt tot de medisch adviseur. Het risico op onbevoegde inzage wordt als hoog ingeschat.\n",
        visible=["gegevens over de gezondheid van aanvragers", "gegevens over strafrechtelijke veroordelingen",
                 "Toegang tot het medisch dossier"],
        batch=58,
    ),
    Doc(
        "nl-hr-notitie-re-integratie",
        "Notitie re-integratie (vertrouwelijk)\n"
        "Betreft: medewerker team Handhaving\n"
        "\n"
        "De medewerker is sinds 14 oktober volledig arbeidsongeschikt na een hernia-operatie. De\n"
        "arbeidsdeskundige verwacht dat hij na zes maanden halve dagen kan werken. Hij heeft aangegeven\n"
        "dat hij tijdens de ramadan graag later begint.\n",
        passages=[("volledig arbeidsongeschikt", SPECIAL), ("tijdens de ramadan graag later begint", SPECIAL)],
        batch=58,
    ),
    # -- batch 59: a UK FCDO readout with a confidence, a council social-care case note in English, a Dutch
    #    beslisnota on a subsidy, a US cable on a detained journalist ---------------------------------------------
    Doc(
        "en-uk-readout-bilateral",
        "OFFICIAL-SENSITIVE\n"
        "READOUT: Foreign Secretary call with the Moldovan Foreign Minister, 3 February 2025\n"
        "\n"
        "1. The Foreign Secretary welcomed Moldova's progress on EU accession chapters.\n"
        "2. The Minister said, speaking frankly and not for onward transmission, that Chisinau expects Moscow to\n"
        "fund opposition candidates in the spring elections through Transnistrian banks.\n"
        "3. Both agreed to publish a short joint statement on energy security.\n",
        passages=[("not for onward transmission", "5.1.2a")],
        visible=["The Foreign Secretary welcomed Moldova's progress", "Both agreed to publish a short joint statement"],
        batch=59,
    ),
    Doc(
        "en-council-adult-social-care-note",
        "Adult Social Care - Case note\n"
        "Service user: Mrs Doreen Ashcroft (ID 4471920)\n"
        "Worker: Callum Price, Social Worker\n"
        "\n"
        "Visited at home with district nurse. Mrs Ashcroft has vascular dementia and is now doubly incontinent.\n"
        "Her son, who has a conviction for theft from a previous employer, manages her money under an LPA; the\n"
        "bank has raised a safeguarding concern. She told me she is Jehovah's Witness and refuses blood products.\n"
        "\n"
        "Plan: referral to the safeguarding team; review in two weeks.\n",
        redact=[("Mrs Doreen Ashcroft", "PERSON", E), ("Callum Price", "PERSON", E), ("Mrs |Ashcroft| has", "PERSON", E)],
        passages=[("has vascular dementia", SPECIAL), ("doubly incontinent", SPECIAL),
                  ("has a conviction for theft", SPECIAL), ("she is Jehovah's Witness", SPECIAL)],
        visible=["Plan: referral to the safeguarding team", "Adult Social Care"],
        batch=59,
    ),
    Doc(
        "nl-beslisnota-subsidie-festival",
        "Beslisnota\n"
        "Aan: wethouder Cultuur\n"
        "Van: afdeling Cultuur en Evenementen\n"
        "Datum: 22 januari 2025\n"
        "\n"
        "Beslispunt\n"
        "Kunt u instemmen met een incidentele subsidie van EUR 85.000 aan Stichting Zomerpark?\n"
        "\n"
        "Feiten\n"
        "De stichting vraagt EUR 120.000. Het festival trok in 2024 ongeveer 18.000 bezoekers.\n"
        "\n"
        "Afweging\n"
        "Wij achten een bijdrage van EUR 85.000 verantwoord. De begroting van de stichting bevat volgens ons een\n"
        "te optimistische raming van de kaartverkoop. De organisatie heeft ons haar jaarcijfers vertrouwelijk\n"
        "verstrekt; daaruit blijkt een negatief eigen vermogen.\n",
        redact=[("De organisatie heeft ons haar jaarcijfers vertrouwelijk\nverstrekt", "PASSAGE", "5.1.1c")],
        passages=[("Wij achten een bijdrage", "5.2.1"), ("volgens ons een\nte optimistische raming", "5.2.1")],
        visible=["Kunt u instemmen met een incidentele subsidie", "Het festival trok in 2024 ongeveer 18.000 bezoekers",
                 "Stichting Zomerpark"],
        batch=59,
    ),
    Doc(
        "en-us-cable-detained-journalist",
        "SUBJECT: Detained U.S. journalist - consular visit\n"
        "\n"
        "1. (SBU) ConOff visited the detainee at Evin prison on March 4. He has lost 9 kg and suffers from\n"
        "untreated hypertension. He said interrogators pressed him on his conversion to Christianity.\n"
        "2. (C) A Swiss Protecting Power official told ConOff confidentially that the judiciary plans to try him\n"
        "on espionage charges in April.\n"
        "3. (U) The Department has publicly called for his release.\n",
        passages=[("suffers from\nuntreated hypertension", SPECIAL), ("his conversion to Christianity", SPECIAL),
                  ("told ConOff confidentially", "5.1.2a")],
        visible=["The Department has publicly called for his release"],
        batch=59,
    ),
    # -- batch 60: a gov.uk news story, a US agency press release, a council's published report to committee, an
    #    internal e-mail that forwards one of them with comments -----------------------------------------------
    Doc(
        "en-govuk-news-story",
        "Press release\n"
        "Home Secretary announces new powers to tackle knife crime\n"
        "From: Home Office\n"
        "Published 14 April 2025\n"
        "\n"
        "The Home Secretary said: \"I believe these powers will save lives. In my view we must act now.\"\n"
        "MI5 and counter-terrorism police will be consulted on the new offence.\n",
        visible=["I believe these powers will save lives", "In my view we must act now", "MI5 and counter-terrorism police"],
        batch=60,
    ),
    Doc(
        "en-us-agency-press-release",
        "NEWS RELEASE\n"
        "U.S. Department of Labor, Office of Public Affairs\n"
        "\n"
        "WASHINGTON - The Department today announced a settlement with a staffing company that misclassified\n"
        "1,200 workers. \"We believe this sends a clear message,\" said the Wage and Hour Administrator. The company\n"
        "provided its payroll records to investigators in confidence during the inquiry.\n",
        visible=["We believe this sends a clear message", "provided its payroll records to investigators in confidence"],
        batch=60,
    ),
    Doc(
        "en-council-committee-report",
        "Report to Cabinet - 12 March 2025\n"
        "Report of the Director of Adult Services\n"
        "Subject: Home care recommissioning\n"
        "\n"
        "Recommendation: that Cabinet approves the award of the home care contract to the preferred bidders.\n"
        "Officers consider that the preferred bidders offer the best value. We recommend approval.\n",
        visible=["Officers consider that the preferred bidders offer the best value", "We recommend approval"],
        batch=60,
    ),
    Doc(
        "en-internal-email-forwarding-report",
        "From: Head of Commissioning\n"
        "To: Director of Adult Services\n"
        "Subject: FW: Cabinet report - home care\n"
        "\n"
        "Before this goes to Cabinet: I don't think we should name Bidder C as reserve. Frankly, I think their\n"
        "pricing is unsustainable. Their bid team told us privately that they are in talks to be taken over.\n",
        passages=[("I don't think we should", "5.2.1"), ("Frankly, I think their", "5.2.1")],
        redact=[("Their bid team told us privately that they are in talks to be taken over", "PASSAGE", "5.1.1c")],
        batch=60,
    ),
    # -- batch 71: a beslisnota with 'Advies:' and 'Kanttekeningen:', a Signal export of officials, a coded message
    #    from a post on what a minister said off the record, a portion-marked US cable, a detention-centre
    #    incident report with medical data, a Kamerbrief in which the minister gives her own view ------------------
    Doc(
        "nl-beslisnota-advies-kanttekeningen-pi",
        "Directoraat-Generaal Straffen en Beschermen\n"
        "Beslisnota\n"
        "\n"
        "Aan: Staatssecretaris van Justitie en Veiligheid\n"
        "Datum: 3 juni 2025\n"
        "Kenmerk: 6021447\n"
        "Opgesteld door: Joost Harmsen-Oldenkamp\n"
        "\n"
        "Onderwerp: tijdelijke capaciteit PI Almelo\n"
        "\n"
        "Beslispunten\n"
        "- Stemt u in met het openhouden van de afdeling B van PI Almelo tot 1 januari 2027?\n"
        "\n"
        "Advies:\n"
        "Instemmen. Wij achten het openhouden van afdeling B de enige manier om de plaatsingslijst binnen\n"
        "de zomer terug te brengen.\n"
        "\n"
        "Toelichting\n"
        "Op 1 mei 2025 stonden 612 personen op de lijst van heenzendingen. De bezetting in het\n"
        "gevangeniswezen ligt sinds februari boven de 98 procent.\n"
        "\n"
        "Kanttekeningen:\n"
        "- De ondernemingsraad van PI Almelo is kritisch over de werkdruk.\n"
        "- Het is onze inschatting dat de gemeente Almelo een verlenging na 2027 niet zal accepteren; wij\n"
        "raden u af daar nu al een toezegging over te doen.\n"
        "- Eerlijk gezegd achten wij de kans klein dat de nieuwbouw in Zaandam op tijd klaar is.\n",
        redact=[("Joost Harmsen-Oldenkamp", "PERSON", E)],
        passages=[("Wij achten het openhouden van afdeling B", "5.2.1"), ("Het is onze inschatting dat", "5.2.1"),
                  ("achten wij de kans klein", "5.2.1")],
        visible=["Op 1 mei 2025 stonden 612 personen op de lijst van heenzendingen", "boven de 98 procent",
                 "De ondernemingsraad van PI Almelo is kritisch over de werkdruk", "Beslispunten", "Kanttekeningen"],
        batch=71,
    ),
    Doc(
        "nl-signal-export-woo-verzoek-stikstof",
        "Signal-gesprek 'Kernteam Woo stikstof' (export 14-10-2025)\n"
        "\n"
        "[08:51] Merel Dijkgraaf: goedemorgen, de inventarislijst staat op Teams\n"
        "[08:53] Tobias Vrielink: thx. ik vind dit echt een slecht idee om de mails van de DG in één keer\n"
        "openbaar te maken zonder dat de minister het weet\n"
        "[08:54] Merel Dijkgraaf: mijn inschatting: dit wordt morgen voorpagina van het FD\n"
        "[08:57] Tobias Vrielink: eens. volgens mij moeten we eerst met woordvoering bellen\n"
        "[09:02] Merel Dijkgraaf: ok ik bel om 10 uur\n"
        "[09:15] Tobias Vrielink: de zienswijze van de provincie is binnen, ligt bij Sanne\n",
        redact=[("Merel Dijkgraaf", "PERSON", E), ("Tobias Vrielink", "PERSON", E), ("Sanne", "PERSON", E)],
        passages=[("ik vind dit echt een slecht idee", "5.2.1"), ("mijn inschatting: dit wordt morgen voorpagina", "5.2.1"),
                  ("volgens mij moeten we eerst met woordvoering bellen", "5.2.1")],
        visible=["de inventarislijst staat op Teams", "ok ik bel om 10 uur", "de zienswijze van de provincie is binnen"],
        batch=71,
    ),
    Doc(
        "nl-codebericht-post-rabat-terugkeer",
        "Codebericht\n"
        "Van: Post Rabat\n"
        "Aan: DAF, DMM, IND\n"
        "Rubricering: Dep. Vertrouwelijk\n"
        "Datum: 27 februari 2025\n"
        "Onderwerp: gesprek met minister van Buitenlandse Zaken over terugkeersamenwerking\n"
        "\n"
        "Samenvatting\n"
        "Ambassadeur sprak op 26 februari met minister Bourita over de terugname van Marokkaanse onderdanen.\n"
        "\n"
        "Verslag\n"
        "1. Bourita gaf buiten het officiële deel van het gesprek om aan dat Rabat bereid is vijftig\n"
        "laissez-passers per maand af te geven, mits Nederland de visumfacilitatie voor studenten uitbreidt. Hij\n"
        "vroeg ons dit aanbod niet aan andere EU-lidstaten te melden.\n"
        "2. In zijn openbare persverklaring na afloop sprak Bourita alleen over 'goede contacten'.\n"
        "\n"
        "Commentaar Post\n"
        "Post acht het aanbod serieus, maar verwacht dat Rabat de uitvoering zal koppelen aan de Sahara-kwestie.\n",
        passages=[("Dep. Vertrouwelijk", "5.1.1b"), ("buiten het officiële deel van het gesprek om", "5.1.2a"),
                  ("vroeg ons dit aanbod niet", "5.1.2a"),
                  ("Post acht het aanbod serieus", "5.2.1")],
        visible=["In zijn openbare persverklaring na afloop sprak Bourita alleen over 'goede contacten'",
                 "Post Rabat", "Ambassadeur sprak op 26 februari met minister Bourita"],
        batch=71,
    ),
    Doc(
        "en-us-cable-portion-marked-elections",
        "S E C R E T SECTION 01 OF 02 LUSAKA 000214\n"
        "NOFORN\n"
        "\n"
        "SUBJECT: (S//NF) FOREIGN MINISTER ON ELECTION TIMING\n"
        "\n"
        "Classified By: Ambassador, reasons 1.4(b) and (d)\n"
        "\n"
        "1. (S//NF) Summary: In a one-on-one meeting on 9 May, the Foreign Minister told the Ambassador that\n"
        "the President intends to postpone the August elections by six months. He stressed that he was speaking\n"
        "off the record and that the Cabinet has not yet been informed. End summary.\n"
        "2. (C) The Foreign Minister asked that the U.S. not raise the matter with the Electoral Commission\n"
        "until after the party congress.\n"
        "3. (U) On 10 May the government spokesperson told reporters that the elections will proceed as planned.\n"
        "4. (C) Comment: Embassy judges that a delay would likely trigger protests in the Copperbelt. End comment.\n",
        passages=[("speaking\noff the record", "5.1.2a"), ("asked that the U.S. not raise the matter", "5.1.2a"),
                  ("Embassy judges that a delay would likely trigger protests", "5.2.1")],
        visible=["(S//NF)", "NOFORN", "told reporters that the elections will proceed as planned", "1.4(b) and (d)"],
        batch=71,
    ),
    Doc(
        "nl-incidentmelding-detentiecentrum",
        "Detentiecentrum Rotterdam\n"
        "Incidentmelding\n"
        "\n"
        "Datum incident: 18 augustus 2025, 22:40 uur\n"
        "Betrokkene: Yusuf Kareem Adebayo\n"
        "V-nummer: 2817406533\n"
        "Afdeling: C2, cel 14\n"
        "\n"
        "Omschrijving\n"
        "Betrokkene weigert sinds 12 augustus voedsel en vocht. De dienstdoende verpleegkundige constateerde een\n"
        "bloeddruk van 85/50 en lichte verwardheid. Betrokkene is insulineafhankelijk diabeticus en heeft zijn\n"
        "insuline sinds drie dagen niet ingenomen. Na overleg met de arts is hij overgebracht naar het Justitieel\n"
        "Centrum voor Somatische Zorg in Scheveningen.\n"
        "\n"
        "Getroffen maatregelen\n"
        "Plaatsing in afzondering is niet nodig geacht. Het incident is gemeld bij de Inspectie Justitie en Veiligheid.\n",
        redact=[("Yusuf Kareem Adebayo", "PERSON", E), ("2817406533", "ID_DOCUMENT", E)],
        passages=[("Betrokkene weigert sinds 12 augustus voedsel en vocht", SPECIAL), ("bloeddruk van 85/50", SPECIAL),
                  ("is insulineafhankelijk diabeticus", SPECIAL), ("zijn\ninsuline", SPECIAL)],
        visible=["Detentiecentrum Rotterdam", "Inspectie Justitie en Veiligheid", "Plaatsing in afzondering"],
        batch=71,
    ),
    Doc(
        "nl-kamerbrief-minister-eigen-opvatting",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Postbus 20018\n"
        "2500 EA Den Haag\n"
        "\n"
        "Datum 11 april 2025\n"
        "Betreft Reactie op het rapport van de Nationale ombudsman over de kinderopvangtoeslag\n"
        "\n"
        "Ik vind het onverstandig om de hersteloperatie nu opnieuw in te richten. Naar mijn oordeel is het\n"
        "beter de huidige aanpak te versnellen. Wat mij betreft is de uitkomst van het rapport een aansporing.\n"
        "In 2024 ontvingen 31.000 ouders een integrale beoordeling.\n"
        "\n"
        "De staatssecretaris van Financiën - Herstel en Toeslagen,\n",
        visible=["Ik vind het onverstandig om de hersteloperatie", "Naar mijn oordeel is het\nbeter",
                 "Wat mij betreft is de uitkomst", "In 2024 ontvingen 31.000 ouders"],
        batch=71,
    ),
    # -- batch 72: an IND hearing report on conversion and sexual orientation, a jeugdzorg plan, a Wmo decision with
    #    a medical advice, an integrity investigation plan, a tender evaluation with a bidder's margins, an earlier
    #    Woo release with its codes in place -------------------------------------------------------------------------
    Doc(
        "nl-ind-rapport-nader-gehoor-bekering",
        "Immigratie- en Naturalisatiedienst\n"
        "Rapport nader gehoor\n"
        "\n"
        "Vreemdeling: Hossein Rahimzadeh\n"
        "V-nummer: 3304917822\n"
        "Nationaliteit: Iraanse\n"
        "Tolk: Farsi, tolknummer 8812\n"
        "\n"
        "Betrokkene verklaart dat hij in 2021 in Teheran in een huiskerk is gedoopt en sindsdien christen is.\n"
        "Hij bezoekt in Nederland wekelijks de Perzische kerkdienst in Zwolle. Betrokkene verklaart verder dat\n"
        "hij zich tot mannen aangetrokken voelt en in Iran een relatie had met een buurjongen.\n"
        "Hij vreest bij terugkeer vervolging wegens afvalligheid.\n"
        "\n"
        "Uit het algemeen ambtsbericht Iran van juni 2024 blijkt dat bekeerlingen in Iran worden vervolgd.\n",
        redact=[("Hossein Rahimzadeh", "PERSON", E), ("3304917822", "ID_DOCUMENT", E)],
        passages=[("in een huiskerk is gedoopt", SPECIAL), ("wekelijks de Perzische kerkdienst", SPECIAL),
                  ("hij zich tot mannen aangetrokken voelt", SPECIAL), ("vervolging wegens afvalligheid", SPECIAL)],
        visible=["Uit het algemeen ambtsbericht Iran van juni 2024", "Immigratie- en Naturalisatiedienst", "Rapport nader gehoor"],
        batch=72,
    ),
    Doc(
        "nl-jeugdzorg-perspectiefplan",
        "Gecertificeerde Instelling Jeugdbescherming Gelderland\n"
        "Plan van aanpak (ondertoezichtstelling)\n"
        "\n"
        "Jeugdige: Noa Verheul, geboren 9 maart 2013\n"
        "Moeder: Sandra Verheul-Kok\n"
        "Jeugdbeschermer: Ruben Tielemans\n"
        "\n"
        "Zorgen\n"
        "Noa heeft een diagnose hechtingsstoornis en slaapt slecht sinds de uithuisplaatsing van haar broertje.\n"
        "Moeder is in behandeling bij Tactus voor haar alcoholgebruik. Er zijn signalen van schoolverzuim.\n"
        "\n"
        "Doelen\n"
        "- Noa gaat twee keer per week naar traumatherapie bij Karakter.\n"
        "- Moeder blijft abstinent en laat dit blijken uit urinecontroles.\n",
        redact=[("Noa Verheul", "PERSON", E), ("9 maart 2013", "DATE_OF_BIRTH", E), ("Sandra Verheul-Kok", "PERSON", E),
                ("Ruben Tielemans", "PERSON", E), ("Noa", "PERSON", E)],
        passages=[("diagnose hechtingsstoornis", SPECIAL), ("in behandeling bij Tactus voor haar alcoholgebruik", SPECIAL),
                  ("traumatherapie", SPECIAL), ("urinecontroles", SPECIAL)],
        visible=["Gecertificeerde Instelling Jeugdbescherming Gelderland", "Zorgen", "Doelen"],
        batch=72,
    ),
    Doc(
        "nl-wmo-beschikking-medisch-advies",
        "Gemeente Zutphen\n"
        "Beschikking maatwerkvoorziening Wmo 2015\n"
        "\n"
        "Geachte heer Oosterwijk,\n"
        "\n"
        "U vroeg op 2 september 2025 om een woningaanpassing (traplift). Wij hebben advies gevraagd aan een\n"
        "onafhankelijk arts van Argonaut Advies. De arts stelt vast dat u door COPD en artrose in beide knieën\n"
        "de trap niet meer veilig kunt lopen. Wij kennen daarom een traplift toe.\n"
        "\n"
        "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken.\n",
        redact=[("Oosterwijk", "PERSON", E)],
        passages=[("door COPD en artrose in beide knieën", SPECIAL)],
        visible=["binnen zes weken bezwaar maken", "Argonaut Advies", "Gemeente Zutphen"],
        batch=72,
    ),
    Doc(
        "nl-integriteitsonderzoek-plan-van-aanpak",
        "Bureau Integriteit Rijk\n"
        "Plan van aanpak integriteitsonderzoek 2025-017\n"
        "\n"
        "Betrokkene: Erik Schothorst, teamleider inkoop\n"
        "Melding: vermoeden van belangenverstrengeling bij aanbesteding schoonmaak\n"
        "\n"
        "Onderzoeksstappen\n"
        "1. Wij vorderen eerst, zonder medeweten van betrokkene, de mailbox en de agenda over 2023-2025.\n"
        "2. Daarna horen wij de collega's van het inkoopteam. Betrokkene wordt als laatste gehoord, zodat hij\n"
        "zijn verklaring niet kan afstemmen.\n"
        "3. Het gesprek met betrokkene wordt onaangekondigd gepland.\n"
        "\n"
        "Het onderzoek volgt het Protocol integriteitsonderzoeken Rijk.\n",
        redact=[("Erik Schothorst", "PERSON", E),
                ("Wij vorderen eerst, zonder medeweten van betrokkene, de mailbox en de agenda over 2023-2025",
                 "PASSAGE", "5.1.2c"),
                ("Betrokkene wordt als laatste gehoord, zodat hij\nzijn verklaring niet kan afstemmen", "PASSAGE", "5.1.2c"),
                ("Het gesprek met betrokkene wordt onaangekondigd gepland", "PASSAGE", "5.1.2c")],
        visible=["Het onderzoek volgt het Protocol integriteitsonderzoeken Rijk", "Bureau Integriteit Rijk"],
        batch=72,
    ),
    Doc(
        "nl-gunningsadvies-aanbesteding-marges",
        "Gunningsadvies Europese aanbesteding leerlingenvervoer 2026-2030\n"
        "Gemeente Leeuwarden, team Inkoop\n"
        "\n"
        "Er zijn drie inschrijvingen ontvangen. Inschrijver B (Taxi Noord B.V.) scoort het hoogst op kwaliteit.\n"
        "Uit de prijsonderbouwing van inschrijver B blijkt een brutomarge van 4,2 procent en een kostprijs van\n"
        "EUR 38,10 per rituur, gebaseerd op een cao-loon van EUR 15,80.\n"
        "Inschrijver C rekent met een uurtarief voor chauffeurs dat onder het cao-minimum ligt.\n"
        "\n"
        "Het gemiddelde tarief in Friesland lag in 2024 op EUR 41 per rituur (bron: CROW-monitor).\n",
        redact=[(("Uit de prijsonderbouwing van inschrijver B blijkt een brutomarge van 4,2 procent en een kostprijs van\nEUR "
                  "38,10 per rituur"), "PASSAGE", "5.1.1c"),
                ("Inschrijver C rekent met een uurtarief voor chauffeurs dat onder het cao-minimum ligt", "PASSAGE", "5.1.1c")],
        visible=["Het gemiddelde tarief in Friesland lag in 2024 op EUR 41 per rituur", "Er zijn drie inschrijvingen ontvangen"],
        batch=72,
    ),
    Doc(
        "nl-woo-release-codes-in-tekst",
        "Van: 5.1.2e <5.1.2e@minszw.nl>\n"
        "Verzonden: woensdag 5 maart 2025 16:22\n"
        "Aan: 5.1.2e; Team Arbeidsmarkt\n"
        "Onderwerp: RE: concept Kamerbrief arbeidsmigratie\n"
        "\n"
        "Hoi 5.1.2e,\n"
        "\n"
        "Zie mijn opmerkingen in de tekst. 5.2.1 5.2.1 5.2.1\n"
        "De cijfers in paragraaf 2 komen uit de CBS-publicatie van februari. [5.1.2.e] heeft ze gecontroleerd.\n"
        "Over de passage over Polen: 5.1.2a\n"
        "\n"
        "Groet,\n"
        "5.1.2e\n",
        visible=["5.1.2e <5.1.2e@minszw.nl>", "Hoi 5.1.2e", "5.2.1 5.2.1 5.2.1", "[5.1.2.e]", "5.1.2a",
                 "De cijfers in paragraaf 2 komen uit de CBS-publicatie van februari", "Team Arbeidsmarkt"],
        batch=72,
    ),
    # -- batch 73: a UK submission marked OFFICIAL-SENSITIVE, a US decision memo released with (b)(5) and (b)(6) codes,
    #    a NATO-marked Dutch note with MIVD reporting, an EU Council reporting e-mail, and negatives that look alike: a
    #    news article quoting an official's view, ONS-style health statistics, a council's policy on places of worship --
    Doc(
        "en-uk-submission-official-sensitive-asylum-hotels",
        "OFFICIAL-SENSITIVE\n"
        "\n"
        "To: Minister for Border Security and Asylum\n"
        "From: Asylum Accommodation Directorate\n"
        "Date: 14 October 2025\n"
        "\n"
        "ISSUE\n"
        "1. Whether to exit the remaining 38 contingency hotels by March 2026.\n"
        "\n"
        "RECOMMENDATION\n"
        "2. That you agree to a phased exit, starting with the 12 hotels with the highest nightly cost.\n"
        "\n"
        "ARGUMENT\n"
        "3. In our judgement a single exit date is not deliverable. Frankly, the large-site option has been tried and\n"
        "failed, and I would not want to see us repeat that. My worry is that local authorities will push back hard\n"
        "if dispersal accelerates before the spring.\n"
        "4. At the end of June 2025, 32,059 people were housed in hotels (published Home Office statistics).\n",
        passages=[("In our judgement a single exit date", "5.2.1"), ("I would not want to see us repeat that", "5.2.1"),
                  ("My worry is that local authorities", "5.2.1")],
        visible=["OFFICIAL-SENSITIVE", "That you agree to a phased exit", "32,059 people were housed in hotels",
                 "Asylum Accommodation Directorate"],
        batch=73,
    ),
    Doc(
        "en-us-decision-memo-released-b5-b6",
        "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n"
        "\n"
        "MEMORANDUM FOR THE SECRETARY\n"
        "FROM: (b)(6), Acting Assistant Secretary for Policy\n"
        "THROUGH: Deputy Secretary\n"
        "SUBJECT: Options for the FY2026 grant reallocation\n"
        "\n"
        "PURPOSE: To seek your decision on reallocating $240 million in unobligated grant funds.\n"
        "\n"
        "DISCUSSION: Option A keeps the current formula. Option B shifts funds to the twelve states with the highest\n"
        "caseloads. (b)(5)\n"
        "I believe Option B is the better choice, though it will be unpopular with the smaller states. My\n"
        "recommendation is that you approve Option B and delay the announcement until after the appropriations hearing.\n"
        "\n"
        "DECISION: Approve Option A ____ Approve Option B ____\n"
        "\n"
        "cc: (b)(6), (b)(7)(C)\n",
        passages=[("I believe Option B is the better choice", "5.2.1"), ("recommendation is that you approve Option B", "5.2.1")],
        visible=["(b)(6), Acting Assistant Secretary", "(b)(5)", "cc: (b)(6), (b)(7)(C)", "Option A keeps the current formula",
                 "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "Deputy Secretary"],
        batch=73,
    ),
    Doc(
        "nl-notitie-nato-restricted-mivd-baltische-staten",
        "NATO RESTRICTED\n"
        "Releasable to NLD\n"
        "\n"
        "Notitie ten behoeve van de minister van Defensie\n"
        "Onderwerp: voorbereiding Defensieministeriële NAVO, 12 februari 2026\n"
        "\n"
        "1. De MIVD beschikt over aanwijzingen dat Russische eenheden in Kaliningrad hun paraatheid hebben verhoogd.\n"
        "De informatie is afkomstig van een partnerdienst en mag niet buiten de NAVO worden gedeeld.\n"
        "2. De Litouwse minister van Defensie liet in een bilateraal gesprek weten dat Vilnius in maart om extra\n"
        "Patriot-capaciteit zal vragen; hij verzocht dit tot dan voor ons te houden.\n"
        "3. In de openbare NAVO-verklaring van januari staat dat de bondgenoten de oostflank blijven versterken.\n",
        passages=[("De MIVD beschikt over aanwijzingen", "5.1.1b"), ("afkomstig van een partnerdienst", "5.1.1b"),
                  ("hij verzocht dit tot dan voor ons te houden", "5.1.2a")],
        visible=["In de openbare NAVO-verklaring van januari", "NATO RESTRICTED", "Releasable to NLD"],
        batch=73,
    ),
    Doc(
        "en-eu-council-reporting-email-restreint",
        "RESTREINT UE/EU RESTRICTED\n"
        "From: Permanent Representation Brussels\n"
        "To: DIE, DIE-EN\n"
        "Subject: Coreper II, 5 November - sanctions package\n"
        "\n"
        "Hungary maintained its reserve on the listing of three oligarchs. In the margins, the Hungarian deputy\n"
        "permanent representative told us that Budapest would lift its reserve if two names were dropped, but asked\n"
        "that this not be reported back to capitals in writing.\n"
        "The Commission presented the legal basis for the 19th package; the text is published in the Official Journal.\n"
        "Our assessment: the package will pass before the December European Council.\n",
        passages=[("asked\nthat this not be reported back to capitals", "5.1.2a"), ("Our assessment: the package will pass", "5.2.1")],
        visible=["RESTREINT UE/EU RESTRICTED", "the text is published in the Official Journal",
                 "Permanent Representation Brussels"],
        batch=73,
    ),
    Doc(
        "nl-nieuwsartikel-ambtenaar-citeert-mening",
        "Bron: NOS, 3 september 2025\n"
        "\n"
        "Topambtenaar: 'Ik vind dat de Belastingdienst te lang heeft gewacht'\n"
        "\n"
        "De directeur-generaal van de Belastingdienst zegt in een interview met de NOS dat hij vindt dat de dienst\n"
        "te lang heeft gewacht met het vervangen van de oude systemen. 'Naar mijn mening hadden we in 2018 moeten\n"
        "beginnen.' Volgens het CBS werkten in 2024 ruim 28.000 mensen bij de Belastingdienst.\n",
        visible=["Ik vind dat de Belastingdienst te lang heeft gewacht", "Naar mijn mening hadden we in 2018",
                 "ruim 28.000 mensen bij de Belastingdienst"],
        batch=73,
    ),
    Doc(
        "en-health-statistics-bulletin",
        "Statistical bulletin: Suicides in England and Wales, 2024 registrations\n"
        "\n"
        "There were 6,069 suicides registered in England and Wales in 2024. Males accounted for three-quarters of\n"
        "suicides. The rate among people aged 45 to 64 years was the highest. Around 1 in 5 people who died by\n"
        "suicide had been in contact with mental health services in the year before their death.\n",
        visible=["There were 6,069 suicides registered", "had been in contact with mental health services"],
        batch=73,
    ),
    Doc(
        "nl-beleidsnotitie-gebedshuizen-gemeente",
        "Gemeente Ede\n"
        "Notitie ruimtelijk beleid voor gebedshuizen\n"
        "\n"
        "In Ede zijn 64 kerken, 4 moskeeën en 1 hindoestaanse tempel gevestigd. De gemeente wil nieuwe gebedshuizen\n"
        "bij voorkeur op bedrijventerreinen toestaan. Het college is van mening dat de parkeernorm van 1 plaats per\n"
        "10 zitplaatsen voor alle geloofsgemeenschappen gelijk moet zijn.\n",
        visible=["In Ede zijn 64 kerken", "Het college is van mening dat de parkeernorm",
                 "nieuwe gebedshuizen\nbij voorkeur op bedrijventerreinen"],
        batch=73,
    ),
    # -- batch 74: MT minutes with named officials' positions, an informal mail between officials, a WhatsApp thread of
    #    UK special advisers, a police intelligence note with a CHIS, an AIVD letter to a mayor next to its annual report,
    #    a Home Office asylum interview record, a Wmo note on a resident's mental health ------------------------------
    Doc(
        "nl-verslag-mt-overleg-standpunten",
        "Verslag MT-overleg directie Arbeidsmarkt\n"
        "Datum: 18 november 2025\n"
        "Aanwezig: DG, dir. AM, plv. dir. AM, Ilse Kooijman (secretaris)\n"
        "\n"
        "3. Wetsvoorstel payrolling\n"
        "De DG vindt het wetsvoorstel in deze vorm niet uitvoerbaar voor de Arbeidsinspectie. Dir. AM deelt die\n"
        "zorg niet en wil het voorstel ongewijzigd naar de Raad van State sturen. Plv. dir. AM stelt voor om eerst\n"
        "een uitvoeringstoets te laten doen.\n"
        "Besluit: er komt een uitvoeringstoets; het voorstel gaat in januari naar de ministerraad.\n"
        "\n"
        "4. Rondvraag\n"
        "Geen punten.\n",
        redact=[("Ilse Kooijman", "PERSON", E)],
        passages=[("De DG vindt het wetsvoorstel in deze vorm niet uitvoerbaar", "5.2.1"), ("deelt die\nzorg niet", "5.2.1"),
                  ("stelt voor om eerst\neen uitvoeringstoets", "5.2.1")],
        visible=["Besluit: er komt een uitvoeringstoets", "Geen punten", "Wetsvoorstel payrolling"],
        batch=74,
    ),
    Doc(
        "nl-mail-informeel-tussen-collega-s",
        "Van: Sander Bloemendaal\n"
        "Aan: Fleur Nijhof\n"
        "Onderwerp: RE: reactie op motie Van der Plas\n"
        "\n"
        "Fleur,\n"
        "\n"
        "Tussen ons gezegd: ik zie dit helemaal niet zitten. Als we de motie zo uitvoeren, zitten we over een jaar\n"
        "met een regeling die niemand snapt. Ik zou het eerlijk gezegd bij een brief laten.\n"
        "De motie is op 4 november aangenomen met 76 stemmen voor.\n"
        "\n"
        "Sander\n",
        redact=[("Sander Bloemendaal", "PERSON", E), ("Fleur Nijhof", "PERSON", E), ("Fleur", "PERSON", E),
                ("Sander", "PERSON", E)],
        passages=[("ik zie dit helemaal niet zitten", "5.2.1"), ("Ik zou het eerlijk gezegd bij een brief laten", "5.2.1")],
        visible=["De motie is op 4 november aangenomen met 76 stemmen voor", "motie Van der Plas"],
        batch=74,
    ),
    Doc(
        "en-uk-whatsapp-spads",
        "WhatsApp group: 'No10/DfE SpAds'\n"
        "\n"
        "[07/03/2025, 08:12] Tom Gallagher: Draft grid attached for next week\n"
        "[07/03/2025, 08:15] Priya Mehta: tbh I think announcing the VAT change on Monday is a terrible idea\n"
        "[07/03/2025, 08:16] Priya Mehta: my gut says we wait for the OBR\n"
        "[07/03/2025, 08:20] Tom Gallagher: no way we should go before the Spring Statement\n"
        "[07/03/2025, 08:21] Tom Gallagher: call at 9?\n",
        redact=[("Tom Gallagher", "PERSON", E), ("Priya Mehta", "PERSON", E)],
        passages=[("I think announcing the VAT change on Monday is a terrible idea", "5.2.1"), ("my gut says we wait", "5.2.1"),
                  ("no way we should go before the Spring Statement", "5.2.1")],
        visible=["Draft grid attached for next week", "call at 9?"],
        batch=74,
    ),
    Doc(
        "en-uk-police-intelligence-note-chis",
        "OFFICIAL-SENSITIVE\n"
        "Intelligence report - Operation KESTREL\n"
        "\n"
        "Source: CHIS 4471 (graded B2)\n"
        "The subject continues to store cash at an address on Hartley Road. A covert human intelligence source reports\n"
        "that the next delivery is expected on 21 March.\n"
        "The subject is not aware of the investigation. A warrant will be sought once the delivery is confirmed.\n"
        "\n"
        "Handling code: 3 - may be shared with partner agencies.\n",
        redact=[("Source: CHIS 4471 (graded B2)\nThe subject continues to store cash at an address on Hartley Road",
                 "PASSAGE", "5.1.2c"),
                ("A covert human intelligence source reports\nthat the next delivery is expected on 21 March", "PASSAGE", "5.1.2c"),
                ("The subject is not aware of the investigation", "PASSAGE", "5.1.2c"),
                ("A warrant will be sought once the delivery is confirmed", "PASSAGE", "5.1.2c")],
        visible=["OFFICIAL-SENSITIVE", "Handling code: 3"],
        batch=74,
    ),
    Doc(
        "nl-brief-aivd-burgemeester-en-jaarverslag",
        "Algemene Inlichtingen- en Veiligheidsdienst\n"
        "Aan: de burgemeester van Arnhem\n"
        "Datum: 2 oktober 2025\n"
        "\n"
        "Geachte heer Marcouch,\n"
        "\n"
        "In het openbare jaarverslag over 2024 heeft de AIVD gewezen op de groei van online radicalisering onder\n"
        "minderjarigen. Aanvullend kan ik u melden dat de AIVD zicht heeft op een netwerk van vijf jongeren in uw\n"
        "gemeente dat zich oriënteert op geweld. Wij verzoeken u deze informatie alleen met de korpschef te delen.\n"
        "\n"
        "Het hoofd van de AIVD,\n",
        passages=[("de AIVD zicht heeft op een netwerk van vijf jongeren", "5.1.1b")],
        officials=["Marcouch"],
        visible=["In het openbare jaarverslag over 2024 heeft de AIVD gewezen", "Het hoofd van de AIVD"],
        batch=74,
    ),
    Doc(
        "en-uk-asylum-interview-record",
        "ASYLUM INTERVIEW RECORD\n"
        "Home Office reference: A1234567\n"
        "Claimant: Mohammed Tahir Rasheed\n"
        "Nationality: Pakistani\n"
        "\n"
        "Q41. Why do you fear return to Pakistan?\n"
        "A. I am Ahmadi. In my village people attacked our prayer hall in 2022 and my uncle was killed.\n"
        "Q42. Do you have any medical conditions?\n"
        "A. I have flashbacks and cannot sleep. My GP in Bolton referred me to talking therapies.\n"
        "\n"
        "The CPIN on Ahmadis (published 2024) states that Ahmadis face legal discrimination in Pakistan.\n",
        redact=[("Mohammed Tahir Rasheed", "PERSON", E)],
        passages=[("I am Ahmadi", SPECIAL), ("I have flashbacks and cannot sleep", SPECIAL),
                  ("referred me to talking therapies", SPECIAL)],
        visible=["The CPIN on Ahmadis (published 2024) states that Ahmadis face legal discrimination",
                 "Do you have any medical conditions?"],
        batch=74,
    ),
    Doc(
        "nl-wmo-notitie-psychische-klachten",
        "Gemeente Deventer, team Wmo\n"
        "Notitie huisbezoek\n"
        "\n"
        "Cliënt: dhr. Rutger van Essen, Brinkgreverweg 41-3, 7413 AC Deventer\n"
        "\n"
        "Meneer hoort sinds enkele maanden stemmen en durft zijn woning nauwelijks uit. Hij staat op de wachtlijst\n"
        "bij Dimence. De buren hebben meerdere keren overlast gemeld.\n"
        "Afspraak: consulent neemt contact op met het FACT-team.\n",
        redact=[("Rutger van Essen", "PERSON", E), ("Brinkgreverweg 41-3, 7413 AC", "ADDRESS", E)],
        passages=[("hoort sinds enkele maanden stemmen", SPECIAL), ("staat op de wachtlijst\nbij Dimence", SPECIAL)],
        visible=["De buren hebben meerdere keren overlast gemeld", "Gemeente Deventer, team Wmo"],
        batch=74,
    ),
    # -- batch 75: a Woo decision with its inventory and the law quoted, a UK FOI reply with section-40 markers, a
    #    company's letter asking that its cost build-up stay confidential, a reporting note on what a foreign official
    #    said informally, a US e-mail on a close-hold basing request, a UK private-office e-mail with the Secretary of
    #    State's inclination, an IND medical advice --------------------------------------------------------------------
    Doc(
        "nl-woo-besluit-inventaris-en-wettekst",
        "Besluit op uw Woo-verzoek\n"
        "\n"
        "Geachte heer Bosman,\n"
        "\n"
        "Op 4 juni 2025 heeft u verzocht om documenten over de sluiting van het AZC in Budel.\n"
        "Ik maak de documenten deels openbaar. Persoonlijke beleidsopvattingen in documenten voor intern beraad maak\n"
        "ik niet openbaar (artikel 5.2, eerste lid, Woo). Ook namen van medewerkers maak ik niet openbaar op grond\n"
        "van artikel 5.1, tweede lid, onder e, Woo.\n"
        "\n"
        "Inventarislijst\n"
        "nr | datum | omschrijving | beoordeling | grond\n"
        "1 | 12-02-2025 | e-mail COA aan gemeente | deels openbaar | 5.1.2e\n"
        "2 | 14-02-2025 | nota aan staatssecretaris | deels openbaar | 5.1.2e, 5.2.1\n"
        "3 | 20-02-2025 | verslag bestuurlijk overleg | deels openbaar | 5.1.2a, 5.2.1\n",
        redact=[("Bosman", "PERSON", E)],
        visible=["Persoonlijke beleidsopvattingen in documenten voor intern beraad", "5.1.2e, 5.2.1", "5.1.2a, 5.2.1",
                 "artikel 5.1, tweede lid, onder e, Woo", "nota aan staatssecretaris", "AZC in Budel"],
        batch=75,
    ),
    Doc(
        "en-uk-foi-reply-section-40-markers",
        "Freedom of Information Request FOI2025/08813\n"
        "\n"
        "Dear [s.40(2)],\n"
        "\n"
        "Thank you for your request of 3 September 2025. We hold the information and enclose the e-mails, with\n"
        "personal data redacted under section 40(2). Section 35(1)(a) applies to the advice to ministers; we have\n"
        "considered the public interest test and concluded that the balance favours withholding.\n"
        "\n"
        "From: [Redacted - s.40]\n"
        "Sent: 12 June 2025\n"
        "To: Private Office [s.40]\n"
        "Subject: [s.35] \n"
        "\n"
        "Yours sincerely,\n"
        "FOI Team\n",
        visible=["[s.40(2)]", "[Redacted - s.40]", "Private Office [s.40]", "[s.35]",
                 "we have\nconsidered the public interest test", "Section 35(1)(a) applies to the advice to ministers"],
        batch=75,
    ),
    Doc(
        "nl-brief-bedrijf-kostprijsopbouw-vertrouwelijk",
        "Van Dijk Groenvoorziening B.V.\n"
        "Aan: gemeente Hardenberg, team Inkoop\n"
        "Betreft: nadere onderbouwing inschrijving onderhoud openbaar groen\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Op uw verzoek sturen wij u bijgaand onze kostprijsopbouw per bestekspost. Onze marge op dit werk bedraagt\n"
        "6 procent. Wij verzoeken u deze gegevens niet openbaar te maken, omdat concurrenten daaruit onze\n"
        "tariefstructuur kunnen afleiden.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Van Dijk Groenvoorziening B.V.\n",
        redact=[("Onze marge op dit werk bedraagt\n6 procent", "PASSAGE", "5.1.1c")],
        # the company's request and its reason are no business data, and no foreign government's confidence
        visible=["Van Dijk Groenvoorziening B.V.", "Op uw verzoek sturen wij u bijgaand",
                 "Wij verzoeken u deze gegevens niet openbaar te maken"],
        batch=75,
    ),
    Doc(
        "nl-verslag-informeel-gesprek-franse-collega",
        "Verslag\n"
        "Onderwerp: Raad Buitenlandse Zaken 16 december, voorbereiding\n"
        "Opgesteld door: Bas Hoogendijk (DIE)\n"
        "\n"
        "In de wandelgangen liet de Franse plaatsvervangend directeur Europa weten dat Parijs de uitbreiding van\n"
        "het mandaat van de missie in de Sahel niet zal steunen. Informeel gaf hij aan dat de Elysée de kwestie\n"
        "tot na de Franse gemeenteraadsverkiezingen wil laten rusten.\n"
        "Officieel houdt Frankrijk vast aan de lijn van de Raadsconclusies van oktober.\n",
        redact=[("Bas Hoogendijk", "PERSON", E)],
        passages=[("In de wandelgangen liet de Franse plaatsvervangend directeur Europa weten", "5.1.2a"),
                  ("Informeel gaf hij aan", "5.1.2a")],
        visible=["Officieel houdt Frankrijk vast aan de lijn van de Raadsconclusies van oktober"],
        batch=75,
    ),
    Doc(
        "en-us-email-close-hold-basing",
        "From: Political-Military Affairs, Embassy Abu Dhabi\n"
        "To: PM/RSAT; NEA/ARP\n"
        "Subject: UAE request on rotational deployment\n"
        "\n"
        "Per our conversation yesterday, the Emiratis asked that we keep the rotational deployment close hold until\n"
        "their National Security Council has met. They also shared, on a strictly confidential basis, their concern\n"
        "that Qatar will object.\n"
        "The Department's public line remains that the U.S. does not comment on force posture.\n",
        passages=[("keep the rotational deployment close hold", "5.1.2a"), ("on a strictly confidential basis", "5.1.2a")],
        visible=["The Department's public line remains that the U.S. does not comment on force posture",
                 "Political-Military Affairs, Embassy Abu Dhabi"],
        batch=75,
    ),
    Doc(
        "en-uk-private-office-email-sofs-minded",
        "From: APS to the Secretary of State\n"
        "To: Schools Policy Directorate\n"
        "Subject: RE: SEND funding submission\n"
        "\n"
        "Thanks for the submission. SofS is minded to agree Option 2 but wants to understand the risk to the\n"
        "high-needs deficit before deciding. The Minister for School Standards is not persuaded that Option 3 is\n"
        "affordable.\n"
        "The submission's annex on pupil numbers reflects the published January census.\n",
        passages=[("SofS is minded to agree Option 2", "5.2.1"), ("is not persuaded that Option 3 is\naffordable", "5.2.1")],
        visible=["The submission's annex on pupil numbers reflects the published January census",
                 "Schools Policy Directorate"],
        batch=75,
    ),
    Doc(
        "nl-bma-advies-ind-medisch",
        "Bureau Medische Advisering\n"
        "Medisch advies in het kader van artikel 64 Vreemdelingenwet\n"
        "\n"
        "Betrokkene: mevrouw Amina Yusuf Warsame\n"
        "V-nummer: 1190842266\n"
        "\n"
        "Betrokkene is onder behandeling bij een psychiater wegens een posttraumatische stressstoornis en gebruikt\n"
        "sertraline 100 mg en quetiapine 25 mg. Er is sprake van een verhoogd suïciderisico bij uitzetting.\n"
        "De behandeling is in Somalië niet beschikbaar.\n",
        redact=[("Amina Yusuf Warsame", "PERSON", E), ("1190842266", "ID_DOCUMENT", E)],
        passages=[("onder behandeling bij een psychiater", SPECIAL), ("gebruikt\nsertraline 100 mg", SPECIAL),
                  ("verhoogd suïciderisico", SPECIAL)],
        visible=["Bureau Medische Advisering", "artikel 64 Vreemdelingenwet"],
        batch=75,
    ),
    # -- batch 76: negatives that look like passages (a council proposal, a GGD annual figure, a Vaughn index row, a mail
    #    that hedges facts, a cabinet plan on mosques' funding, a tender Q&A) and informal positives (a Teams chat with
    #    'imo' and 'tbh', US text messages, a confidential adviser's note) -----------------------------------------------
    Doc(
        "nl-raadsvoorstel-wij-stellen-voor",
        "Raadsvoorstel\n"
        "Onderwerp: vaststellen Woonvisie 2026-2030\n"
        "\n"
        "Wij stellen u voor de Woonvisie 2026-2030 vast te stellen. Wij vinden het belangrijk dat jongeren in de\n"
        "gemeente kunnen blijven wonen. Naar ons oordeel is een aandeel van 30 procent sociale huur haalbaar.\n",
        visible=["Wij stellen u voor de Woonvisie", "Wij vinden het belangrijk", "Naar ons oordeel is een aandeel"],
        batch=76,
    ),
    Doc(
        "nl-ggd-jaarcijfers-tbc",
        "GGD Hollands Midden - Jaarcijfers infectieziektebestrijding 2024\n"
        "\n"
        "In 2024 kreeg de GGD 41 meldingen van tuberculose, waarvan 12 bij mensen die korter dan vijf jaar in\n"
        "Nederland woonden. Bij 3 patiënten ging het om multiresistente tbc. Het aantal meldingen van kinkhoest\n"
        "steeg naar 610.\n",
        visible=["41 meldingen van tuberculose", "Bij 3 patiënten ging het om multiresistente tbc",
                 "Het aantal meldingen van kinkhoest"],
        batch=76,
    ),
    Doc(
        "en-us-vaughn-index-rows",
        "Doc 14 | 03/02/2024 | Email between OGC attorneys discussing draft talking points | 3 pp. | WIP | (b)(5)\n"
        "Description: The withheld portions reflect the attorneys' preliminary views on litigation risk. The\n"
        "deliberative process privilege protects these pre-decisional recommendations.\n"
        "Doc 15 | 03/04/2024 | Email forwarding a news article | 2 pp. | RIF |\n",
        visible=["The withheld portions reflect the attorneys' preliminary views on litigation risk",
                 "protects these pre-decisional recommendations", "(b)(5)", "Email forwarding a news article"],
        batch=76,
    ),
    Doc(
        "nl-mail-feiten-met-voorbehoud",
        "Van: Woo-team DGSZ\n"
        "Aan: Postbus Woo\n"
        "Onderwerp: stand van zaken verzoek 2025-114\n"
        "\n"
        "Volgens mij is het besluit vorige week al verzonden. Ik denk dat de verzoeker het maandag heeft ontvangen.\n"
        "De zienswijzetermijn voor de derde-belanghebbende liep tot 3 november.\n",
        visible=["Volgens mij is het besluit vorige week al verzonden", "Ik denk dat de verzoeker het maandag heeft ontvangen",
                 "Woo-team DGSZ", "Postbus Woo"],
        batch=76,
    ),
    Doc(
        "nl-kabinetsplan-moskeeen-financiering",
        "Notitie\n"
        "Onderwerp: wetsvoorstel transparantie maatschappelijke organisaties\n"
        "\n"
        "Het wetsvoorstel verplicht moskeeën, kerken en andere religieuze organisaties om donaties van buiten de EU\n"
        "boven de EUR 15.000 openbaar te maken. In 2023 ontvingen naar schatting 40 moskeeën financiering uit de Golfstaten.\n"
        "Het voorstel geldt voor alle geloofsgemeenschappen gelijk.\n",
        visible=["verplicht moskeeën, kerken en andere religieuze organisaties", "40 moskeeën financiering uit de Golfstaten",
                 "Het voorstel geldt voor alle geloofsgemeenschappen gelijk"],
        batch=76,
    ),
    Doc(
        "nl-nota-van-inlichtingen-aanbesteding",
        "Nota van inlichtingen - aanbesteding ICT-werkplekken\n"
        "\n"
        "Vraag 7: Mag de inschrijver een opslag voor projectmanagement in de uurtarieven opnemen?\n"
        "Antwoord: Ja. De inschrijver neemt alle kosten op in het uurtarief; een aparte opslag is niet toegestaan.\n",
        visible=["Mag de inschrijver een opslag voor projectmanagement in de uurtarieven opnemen",
                 "De inschrijver neemt alle kosten op in het uurtarief"],
        batch=76,
    ),
    Doc(
        "nl-teams-chat-imo-tbh",
        "Teams-chat 'Woo coördinatie'\n"
        "\n"
        "[10:02] Yara Bouzid: de Kamer wil de stukken voor het debat van donderdag\n"
        "[10:04] Koen Wijnands: imo moeten we de concept-nota's eruit laten, die zijn nooit vastgesteld\n"
        "[10:05] Yara Bouzid: tbh zou ik het hele dossier gewoon meesturen, scheelt gedoe\n"
        "[10:06] Koen Wijnands: 👍 ik bel de DG\n",
        redact=[("Yara Bouzid", "PERSON", E), ("Koen Wijnands", "PERSON", E)],
        passages=[("imo moeten we de concept-nota's eruit laten", "5.2.1"),
                  ("tbh zou ik het hele dossier gewoon meesturen", "5.2.1")],
        visible=["de Kamer wil de stukken voor het debat van donderdag", "ik bel de DG", "'Woo coördinatie'"],
        batch=76,
    ),
    Doc(
        "en-us-text-messages-imo",
        "Text messages exported from government-issued device (released in part)\n"
        "\n"
        "04/11/2024 7:02 PM - (b)(6): IMO we should pull the release until legal clears it\n"
        "04/11/2024 7:05 PM - (b)(6): agree. FWIW the Administrator thinks the numbers are solid\n"
        "04/11/2024 7:06 PM - (b)(6): the draft is on the shared drive\n",
        passages=[("IMO we should pull the release until legal clears it", "5.2.1"),
                  ("the Administrator thinks the numbers are solid", "5.2.1")],
        visible=["(b)(6)", "the draft is on the shared drive"],
        batch=76,
    ),
    Doc(
        "nl-notitie-vertrouwenspersoon-melder",
        "Vertrouwenspersoon integriteit - gespreksnotitie (vertrouwelijk)\n"
        "\n"
        "Melder (medewerker afdeling Vergunningen) geeft aan dat zij sinds het incident met haar leidinggevende\n"
        "slecht slaapt en last heeft van hartkloppingen. Zij is door de huisarts doorverwezen naar een psycholoog.\n"
        "Melder wil op dit moment geen formele melding doen.\n",
        passages=[("slecht slaapt en last heeft van hartkloppingen", SPECIAL),
                  ("doorverwezen naar een psycholoog", SPECIAL)],
        visible=["Melder wil op dit moment geen formele melding doen"],
        batch=76,
    ),
    # -- batch 77: a Stg. Geheim note on a threat with the public threat level, an EEAS note marked EU CONFIDENTIAL, a
    #    Wmo re-assessment, an asylum hearing on a same-sex relationship, a US HR e-mail on a religious accommodation, a
    #    closed integrity case ---------------------------------------------------------------------------------------
    Doc(
        "nl-nota-stg-geheim-dreiging-evenement",
        "Stg. GEHEIM\n"
        "Nota aan de minister van Justitie en Veiligheid\n"
        "Onderwerp: dreiging rond het EK-evenement in Rotterdam\n"
        "\n"
        "Het dreigingsniveau staat sinds december 2023 op niveau 4 van 5, zoals de NCTV in het openbare\n"
        "Dreigingsbeeld Terrorisme Nederland meldt. Uit AIVD-informatie blijkt dat twee personen uit het\n"
        "jihadistische netwerk in Rotterdam-Zuid belangstelling tonen voor het evenement. De MIVD heeft via een\n"
        "partnerdienst aanvullende informatie ontvangen.\n",
        passages=[("Stg. GEHEIM", "5.1.1b"), ("Uit AIVD-informatie blijkt", "5.1.1b"), ("via een\npartnerdienst", "5.1.1b")],
        visible=["Het dreigingsniveau staat sinds december 2023 op niveau 4 van 5"],
        batch=77,
    ),
    Doc(
        "en-eeas-note-eu-confidential",
        "EU CONFIDENTIAL\n"
        "EEAS - Western Balkans Division\n"
        "Note to the file: meeting with the Serbian chief negotiator, 2 October 2025\n"
        "\n"
        "Speaking on background, the chief negotiator said Belgrade could accept the annex on energy if the\n"
        "Commission dropped the reference to the 2023 agreement. In a restricted session she added that the\n"
        "President would not sign before the local elections.\n"
        "Serbia's official position, as set out in its published statement of 1 October, remains unchanged.\n",
        passages=[("Speaking on background", "5.1.2a"), ("In a restricted session she added", "5.1.2a")],
        visible=["EU CONFIDENTIAL", "Serbia's official position, as set out in its published statement of 1 October"],
        batch=77,
    ),
    Doc(
        "nl-wmo-herindicatie-depressief",
        "Gemeente Amersfoort - herindicatie huishoudelijke ondersteuning\n"
        "\n"
        "Cliënt: mevrouw Gerrie Ploeger-Van Dam\n"
        "\n"
        "Mevrouw is sinds het overlijden van haar zoon in 2024 depressief en komt weinig buiten. Zij kan door\n"
        "reumatische klachten in haar handen geen zware huishoudelijke taken doen. Haar dochter komt twee keer per\n"
        "week langs.\n"
        "Besluit: toekenning van 3 uur huishoudelijke ondersteuning per week.\n",
        redact=[("Gerrie Ploeger-Van Dam", "PERSON", E)],
        passages=[("depressief", SPECIAL), ("reumatische klachten in haar handen", SPECIAL)],
        visible=["Besluit: toekenning van 3 uur huishoudelijke ondersteuning per week"],
        batch=77,
    ),
    Doc(
        "nl-ind-gehoor-relatie-vrouw",
        "Rapport nader gehoor (vervolg)\n"
        "\n"
        "Vreemdeling: Grace Nakato Ssempala\n"
        "\n"
        "Betrokkene verklaart dat zij in Kampala drie jaar een relatie had met een vrouw, en dat de familie van haar\n"
        "vriendin haar bij de politie heeft aangegeven. In Nederland bezoekt zij de bijeenkomsten van een lhbti-\n"
        "vereniging in Utrecht.\n"
        "Volgens het landeninformatierapport is homoseksualiteit in Oeganda strafbaar.\n",
        redact=[("Grace Nakato Ssempala", "PERSON", E)],
        passages=[("zij in Kampala drie jaar een relatie had met een vrouw", SPECIAL),
                  ("bezoekt zij de bijeenkomsten van een lhbti-\nvereniging", SPECIAL)],
        visible=["Volgens het landeninformatierapport is homoseksualiteit in Oeganda strafbaar"],
        batch=77,
    ),
    Doc(
        "en-us-hr-email-religious-accommodation",
        "From: Employee Relations Specialist, Office of Human Capital\n"
        "To: Supervisor, Grants Management Branch\n"
        "Subject: Accommodation request - D. Haddad\n"
        "\n"
        "Ms. Dalia Haddad has submitted a religious accommodation request to take unpaid leave for Eid al-Adha and\n"
        "to use a private room for daily prayers. Under agency policy, supervisors must respond within 10 business days.\n",
        redact=[("D. Haddad", "PERSON", E), ("Dalia Haddad", "PERSON", E)],
        passages=[("religious accommodation request", SPECIAL), ("for daily prayers", SPECIAL)],
        visible=["Under agency policy, supervisors must respond within 10 business days", "Employee Relations Specialist"],
        batch=77,
    ),
    Doc(
        "nl-integriteit-afgesloten-zaak",
        "Afdoeningsbericht integriteitsmelding 2024-031\n"
        "\n"
        "Het onderzoek naar de melding over het gebruik van een dienstauto is afgerond. De melding is gegrond\n"
        "verklaard. Betrokkene heeft een schriftelijke berisping gekregen. Het dossier is gesloten.\n"
        "Volgens de Ambtenarenwet 2017 kan een disciplinaire straf worden opgelegd bij plichtsverzuim.\n",
        visible=["Volgens de Ambtenarenwet 2017 kan een disciplinaire straf worden opgelegd", "Het dossier is gesloten"],
        batch=77,
    ),
    # -- batch 78: earlier redactions in Wob-era and FOIA forms around live text, a supplier's 'Commercial in Confidence'
    #    pricing note, a municipal note on an individual AIVD ambtsbericht, a jeugdzorg decision on a parent's
    #    disability, a US e-mail with (b)(1) codes inside sentences -------------------------------------------------------
    Doc(
        "nl-wob-vrijgave-codes-10-2-e",
        "Van: 10.2.e\n"
        "Aan: 10.2.e; 10.2.e\n"
        "Onderwerp: RE: vergunning windpark Zeewolde\n"
        "\n"
        "Hoi 10.2.e,\n"
        "\n"
        "[weggelakt: 11.1]\n"
        "Ik vind dat we de provincie eerst moeten horen voordat we de vergunning aanpassen.\n"
        "De aanvraag is op 2 mei 2019 ontvangen (11.1).\n"
        "\n"
        "Gr. 10.2.e\n",
        passages=[("Ik vind dat we de provincie eerst moeten horen", "5.2.1")],
        visible=["Van: 10.2.e", "Hoi 10.2.e", "[weggelakt: 11.1]", "(11.1)", "Gr. 10.2.e",
                 "De aanvraag is op 2 mei 2019 ontvangen"],
        batch=78,
    ),
    Doc(
        "en-uk-supplier-pricing-commercial-in-confidence",
        "COMMERCIAL IN CONFIDENCE\n"
        "Northgate Facilities Ltd - response to clarification 4\n"
        "\n"
        "Our day rate for a senior engineer is £640, of which 18% is overhead and 7% margin. We have priced the\n"
        "mobilisation phase below cost to secure the contract.\n"
        "The contract value was published on Contracts Finder on 2 June 2025.\n",
        # the supplier's marking alone on its line is suggested as no more than the marking, as Stg. markings are
        redact=[("COMMERCIAL IN CONFIDENCE", "PASSAGE", "5.1.1c"),
                ("Our day rate for a senior engineer is £640, of which 18% is overhead and 7% margin", "PASSAGE", "5.1.1c"),
                ("We have priced the\nmobilisation phase below cost to secure the contract", "PASSAGE", "5.1.1c")],
        visible=["The contract value was published on Contracts Finder on 2 June 2025", "Northgate Facilities Ltd"],
        batch=78,
    ),
    Doc(
        "nl-collegenotitie-individueel-ambtsbericht",
        "Geheime collegenotitie\n"
        "Aan: burgemeester\n"
        "Onderwerp: individueel ambtsbericht inzake vergunning prostitutiebedrijf\n"
        "\n"
        "De AIVD heeft de burgemeester op 3 maart 2025 een individueel ambtsbericht uitgebracht over de aanvrager. Uit\n"
        "het ambtsbericht blijkt dat de aanvrager contacten onderhoudt met een persoon die in verband wordt gebracht\n"
        "met spionage voor een buitenlandse mogendheid.\n"
        "De Wet Bibob geeft de burgemeester de bevoegdheid de vergunning te weigeren.\n",
        passages=[("De AIVD heeft de burgemeester op 3 maart 2025 een individueel ambtsbericht uitgebracht", "5.1.1b"),
                  ("Uit\nhet ambtsbericht blijkt dat de aanvrager contacten onderhoudt", "5.1.1b")],
        visible=["De Wet Bibob geeft de burgemeester de bevoegdheid de vergunning te weigeren"],
        batch=78,
    ),
    Doc(
        "nl-jeugdzorg-besluit-ouder-beperking",
        "Besluit jeugdhulp - gemeente Heerenveen\n"
        "\n"
        "Jeugdige: Sem de Boer (11 jaar)\n"
        "\n"
        "Moeder heeft een licht verstandelijke beperking en krijgt begeleiding van Philadelphia. Vader is sinds\n"
        "2023 niet meer in beeld. Sem heeft autisme en volgt speciaal onderwijs.\n"
        "Wij kennen ambulante gezinsbegeleiding toe voor 6 maanden.\n",
        redact=[("Sem de Boer", "PERSON", E), ("Sem", "PERSON", E)],
        passages=[("licht verstandelijke beperking", SPECIAL), ("heeft autisme", SPECIAL)],
        visible=["Wij kennen ambulante gezinsbegeleiding toe voor 6 maanden"],
        batch=78,
    ),
    Doc(
        "en-us-email-b1-codes-inside-sentences",
        "From: (b)(6)\n"
        "Sent: Tuesday, May 6, 2025 4:12 PM\n"
        "To: (b)(6); NEA-Press\n"
        "Subject: RE: readout\n"
        "\n"
        "The Foreign Minister told the Ambassador (b)(1) 1.4(d) and asked that the readout not mention it.\n"
        "Press guidance: the two sides discussed regional security and trade.\n",
        passages=[("asked that the readout not mention it", "5.1.2a")],
        # the codes inside the sentence lie under its passage: harmless, and no finding of their own
        visible=["Press guidance: the two sides discussed regional security and trade", "NEA-Press"],
        batch=78,
    ),
    # -- batch 79: a press release quoting a minister's view, a nota that weighs risks and prognoses, an informal US
    #    e-mail 'between you and me', a UK Prevent referral note on a pupil's dress and faith, a Dutch mail with
    #    'tussen ons gezegd' and a colleague's leave for a funeral abroad ----------------------------------------------
    Doc(
        "nl-persbericht-minister-mening",
        "Persbericht | Ministerie van Volkshuisvesting en Ruimtelijke Ordening | 14-05-2025\n"
        "\n"
        "Minister Keijzer: 'Ik vind dat gemeenten sneller moeten bouwen'\n"
        "\n"
        "Volgens de minister is het onverstandig om de bouwnormen nu opnieuw aan te scherpen. 'Wat mij betreft\n"
        "gaan we door met de woningbouwimpuls,' aldus Keijzer. In 2024 werden 82.000 woningen opgeleverd.\n",
        officials=["Keijzer"],
        visible=["Ik vind dat gemeenten sneller moeten bouwen", "Wat mij betreft\ngaan we door",
                 "In 2024 werden 82.000 woningen opgeleverd"],
        batch=79,
    ),
    Doc(
        "nl-nota-risicos-en-prognoses",
        "Nota aan de staatssecretaris\n"
        "Onderwerp: uitvoering motie over de toeslagenwet\n"
        "\n"
        "Risico's\n"
        "- De kans is groot dat de Kamer bij de begrotingsbehandeling een motie indient om de regeling te verlengen.\n"
        "- Naar verwachting stijgen de uitvoeringskosten in 2026 met EUR 12 miljoen.\n"
        "\n"
        "Advies\n"
        "Wij adviseren u de regeling niet te verlengen; een verlenging ondermijnt de stelselherziening.\n",
        passages=[("Wij adviseren u de regeling niet te verlengen", "5.2.1")],
        visible=["De kans is groot dat de Kamer", "Naar verwachting stijgen de uitvoeringskosten"],
        batch=79,
    ),
    Doc(
        "en-us-email-between-you-and-me",
        "From: Dana Whitfield\n"
        "To: Marcus Oyelaran\n"
        "Subject: RE: tribal consultation timeline\n"
        "\n"
        "Between you and me, the 60-day timeline is not realistic and the Deputy Secretary knows it. I'd push for 90.\n"
        "The Federal Register notice went out on March 3.\n",
        redact=[("Dana Whitfield", "PERSON", E), ("Marcus Oyelaran", "PERSON", E)],
        passages=[("Between you and me, the 60-day timeline is not realistic", "5.2.1"), ("I'd push for 90", "5.2.1")],
        visible=["The Federal Register notice went out on March 3"],
        batch=79,
    ),
    Doc(
        "en-uk-prevent-referral-note",
        "OFFICIAL-SENSITIVE\n"
        "Prevent referral - Channel panel\n"
        "\n"
        "Pupil: Ayaan Hirsi Mahamud (Year 10)\n"
        "\n"
        "Staff report that since September he wears a thobe to school and has stopped attending music lessons on\n"
        "religious grounds. He told a teacher that his older brother is in prison for a terrorism offence.\n"
        "The school's published safeguarding policy was followed.\n",
        redact=[("Ayaan Hirsi Mahamud", "PERSON", E)],
        passages=[("wears a thobe", SPECIAL), ("on\nreligious grounds", SPECIAL), ("is in prison for a terrorism offence", SPECIAL)],
        visible=["OFFICIAL-SENSITIVE", "The school's published safeguarding policy was followed"],
        batch=79,
    ),
    Doc(
        "nl-mail-tussen-ons-gezegd",
        "Van: Hanneke Oudshoorn\n"
        "Aan: Wouter van Gils\n"
        "Onderwerp: overdracht dossier Groningen\n"
        "\n"
        "Wouter, tussen ons gezegd: het versterkingsprogramma loopt volledig vast en dat gaat de SG niet horen van\n"
        "de NCG. Ik ben vanaf maandag twee weken weg; mijn vader is overleden en de begrafenis is in Suriname.\n",
        redact=[("Hanneke Oudshoorn", "PERSON", E), ("Wouter van Gils", "PERSON", E), ("Wouter", "PERSON", E)],
        passages=[("tussen ons gezegd: het versterkingsprogramma loopt volledig vast", "5.2.1")],
        visible=["Onderwerp: overdracht dossier Groningen"],
        batch=79,
    ),
    # -- batch 80: longer mixed documents: a released mail thread with codes, opinions and a post's report; a UK
    #    submission annex with published statistics and a redacted name; a GGD case note on an outbreak in a care home;
    #    a Dutch coded message with a foreign minister's health ---------------------------------------------------------
    Doc(
        "nl-woo-mailthread-gemengd",
        "Van: 5.1.2e\n"
        "Verzonden: donderdag 9 januari 2025 18:03\n"
        "Aan: 5.1.2e; DGPZ-secretariaat\n"
        "Onderwerp: FW: gesprek ambassadeur met Marokkaanse BZ over terugkeer\n"
        "\n"
        "Ter info. Mijns inziens moeten we dit niet in de Kamerbrief van volgende week noemen.\n"
        "\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Post Rabat\n"
        "Onderwerp: gesprek ambassadeur\n"
        "\n"
        "De secretaris-generaal van het Marokkaanse ministerie deelde in vertrouwen mee dat Rabat de afspraken\n"
        "over laissez-passers in maart wil herzien. 5.1.2a\n"
        "Marokko nam in 2024 volgens de IND-cijfers 640 onderdanen terug.\n",
        passages=[("Mijns inziens moeten we dit niet in de Kamerbrief", "5.2.1"), ("deelde in vertrouwen mee", "5.1.2a")],
        visible=["Van: 5.1.2e", "Aan: 5.1.2e; DGPZ-secretariaat", "Post Rabat",
                 "Marokko nam in 2024 volgens de IND-cijfers 640 onderdanen terug", "Ter info"],
        batch=80,
    ),
    Doc(
        "en-uk-submission-annex-statistics",
        "ANNEX B - Evidence\n"
        "\n"
        "1. ONS figures published in March show that 2.8 million people are economically inactive due to long-term\n"
        "sickness. Mental health conditions are the most common reason among those aged 16 to 34.\n"
        "2. Officials met the chief executive of a large employer on 12 February; Name Redacted, the firm's HR\n"
        "director, said the scheme was unworkable for shift workers.\n"
        "3. We recommend that the pilot runs in two Jobcentre districts before national roll-out.\n",
        passages=[("We recommend that the pilot runs", "5.2.1")],
        visible=["2.8 million people are economically inactive due to long-term\nsickness",
                 "Mental health conditions are the most common reason", "Name Redacted"],
        batch=80,
    ),
    Doc(
        "nl-ggd-casusnotitie-uitbraak-verpleeghuis",
        "GGD Gelderland-Zuid - casusnotitie infectieziektebestrijding\n"
        "\n"
        "Locatie: verpleeghuis De Lindenhof, Tiel\n"
        "Melding: 6 bewoners met diarree en braken sinds 2 februari 2025\n"
        "\n"
        "Bij een bewoonster (89 jaar, kamer 14) is norovirus aangetoond; zij is opgenomen in het ziekenhuis Rivierenland.\n"
        "De locatiemanager, Bart Verweij, heeft bezoek tijdelijk beperkt.\n"
        "Landelijk meldt het RIVM dit seizoen een verhoogd aantal norovirusuitbraken in verpleeghuizen.\n",
        redact=[("Bart Verweij", "PERSON", E)],
        passages=[("is norovirus aangetoond", SPECIAL), ("zij is opgenomen in het ziekenhuis Rivierenland", SPECIAL)],
        visible=["Landelijk meldt het RIVM dit seizoen een verhoogd aantal norovirusuitbraken", "verpleeghuis De Lindenhof, Tiel"],
        batch=80,
    ),
    Doc(
        "nl-codebericht-gezondheid-buitenlandse-minister",
        "Codebericht\n"
        "Van: Post Nairobi\n"
        "Aan: DAF\n"
        "Rubricering: Stg. Confidentieel\n"
        "\n"
        "Volgens goed ingevoerde bronnen binnen de regering is de minister van Buitenlandse Zaken sinds half maart in\n"
        "Londen onder behandeling voor een ernstige hartaandoening. De regering heeft dit niet bekendgemaakt.\n"
        "Post verwacht dat de minister bij de top in juni ontbreekt.\n",
        passages=[("Stg. Confidentieel", "5.1.1b"), ("onder behandeling voor een ernstige hartaandoening", SPECIAL),
                  ("Volgens goed ingevoerde bronnen binnen de regering", "5.1.2a")],
        visible=["Post Nairobi"],
        batch=80,
    ),
    # -- batch 111: a nota with beslispunten and margin remarks, interdepartmental comments on a draft Kamerbrief, an
    #    embassy's political report, a DJI incident report, an IND decision note on an LGBT claim with a medical
    #    advice, a Raad voor de Kinderbescherming report, a bedrijfsarts's advice, a UK write-round letter, a US
    #    deliberative e-mail. First run, before its fixes: recall 0.805, precision 0.857 (41 items, 35 findings); the
    #    misses were a draft Kamerbrief read as a published one, reviewers' notes in brackets run into the letter's text,
    #    a forecast read as an opinion, medication and a treatment with a carer, a title line with a health word, and
    #    the country report cited for a state's law read as a service's ambtsbericht ---------------------------------
    Doc(
        "nl-nota-beslispunten-kantlijn",
        "Directie Migratiebeleid\n"
        "Nota voor de staatssecretaris\n"
        "\n"
        "Onderwerp: verlenging noodopvang Ter Apel na 1 april\n"
        "Kenmerk: 5839201\n"
        "\n"
        "Beslispunten\n"
        "- Gaat u akkoord met verlenging van de paviljoens tot 1 juli 2025?\n"
        "- Gaat u akkoord met de bijgevoegde brief aan de gemeente Westerwolde?\n"
        "\n"
        "Kern\n"
        "Het COA verwacht dat de bezetting in Ter Apel in april oploopt tot circa 2.300 bewoners. De afspraak met\n"
        "de gemeente is een maximum van 2.000. Zonder de paviljoens ontbreken naar verwachting 400 plekken.\n"
        "\n"
        "Advies\n"
        "Wij stellen voor dat u instemt met verlenging. Burgemeester Jaap Velema heeft laten weten alleen mee te\n"
        "werken als het Rijk schriftelijk toezegt dat de paviljoens uiterlijk 1 juli verdwijnen. Naar ons oordeel\n"
        "is die toezegging verantwoord, omdat de nieuwe locatie in Zoetermeer dan open is.\n"
        "\n"
        "[handgeschreven in de kantlijn, paraaf DG:] Eens, maar ik zou de datum in de brief niet noemen - als\n"
        "Zoetermeer uitloopt zitten we klem.\n"
        "[handgeschreven, paraaf stas:] akkoord. Bel Velema zelf even.\n",
        passages=[("Wij stellen voor dat u instemt met verlenging", "5.2.1"), ("Naar ons oordeel", "5.2.1"),
                  ("ik zou de datum in de brief niet noemen", "5.2.1")],
        officials=["Jaap Velema"],
        visible=["Het COA verwacht dat de bezetting in Ter Apel in april oploopt tot circa 2.300 bewoners",
                 "De afspraak met\nde gemeente is een maximum van 2.000",
                 "Gaat u akkoord met verlenging van de paviljoens tot 1 juli 2025?", "Directie Migratiebeleid"],
        batch=111,
    ),
    Doc(
        "nl-concept-kamerbrief-interdepartementaal-commentaar",
        "CONCEPT - versie t.b.v. interdepartementale afstemming, 14 oktober 2024\n"
        "\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Postbus 20018\n"
        "2500 EA Den Haag\n"
        "\n"
        "Onderwerp: voortgang aanpak energiearmoede\n"
        "\n"
        "In deze brief informeer ik uw Kamer over de voortgang van de aanpak van energiearmoede. Volgens het CBS\n"
        "hadden in 2023 ruim 400.000 huishoudens een hoge energierekening in verhouding tot hun inkomen.\n"
        "[Opmerking FIN: wij zijn geen voorstander van het noemen van een bedrag voor 2026 zolang de\n"
        "Voorjaarsnota niet is vastgesteld. Graag schrappen.]\n"
        "Het kabinet trekt in 2025 EUR 150 miljoen uit voor het Nationaal Isolatieprogramma.\n"
        "[Opmerking SZW: het lijkt ons verstandig hier ook de energietoeslag te noemen; anders krijgt de\n"
        "Kamer de indruk dat we die laten vallen.]\n"
        "[Reactie KGG: niet overnemen - de toeslag is nog onderwerp van gesprek in de MR.]\n"
        "Ik zal uw Kamer voor de zomer informeren over de resultaten van de pilots in zes gemeenten.\n",
        passages=[("wij zijn geen voorstander van het noemen van een bedrag", "5.2.1"),
                  ("het lijkt ons verstandig hier ook de energietoeslag te noemen", "5.2.1")],
        visible=["In deze brief informeer ik uw Kamer over de voortgang", "Postbus 20018",
                 "Het kabinet trekt in 2025 EUR 150 miljoen uit voor het Nationaal Isolatieprogramma",
                 "ruim 400.000 huishoudens"],
        batch=111,
    ),
    Doc(
        "nl-politieke-rapportage-ambassade",
        "Ambassade Tbilisi\n"
        "Politieke rapportage, november 2024\n"
        "Rubricering: Departementaal Vertrouwelijk\n"
        "\n"
        "1. Algemeen\n"
        "Georgië hield op 26 oktober parlementsverkiezingen. Volgens de officiële uitslag behaalde Georgische\n"
        "Droom 54 procent van de stemmen. De OVSE-waarnemingsmissie rapporteerde over intimidatie van kiezers.\n"
        "\n"
        "2. Gesprekken\n"
        "In een gesprek met de ambassadeur op 4 november gaf de plaatsvervangend minister van Buitenlandse Zaken\n"
        "buiten het officiële deel van het gesprek om aan dat de regering de EU-toetredingsgesprekken\n"
        "voorlopig wil bevriezen. Een diplomaat van een EU-lidstaat meldde dat Tbilisi Den Haag niet wil\n"
        "betrekken bij de onderhandelingen over de visumliberalisatie, maar vroeg dit niet verder te verspreiden.\n"
        "\n"
        "3. Beoordeling\n"
        "Post acht het waarschijnlijk dat de protesten in december aanhouden. Post adviseert de Nederlandse\n"
        "reactie in EU-verband af te stemmen en niet bilateraal vooruit te lopen.\n",
        passages=[("Departementaal Vertrouwelijk", "5.1.1b"),
                  ("buiten het officiële deel van het gesprek om aan", "5.1.2a"),
                  ("vroeg dit niet verder te verspreiden", "5.1.2a"),
                  ("Post adviseert", "5.2.1")],
        visible=["Georgië hield op 26 oktober parlementsverkiezingen",
                 "De OVSE-waarnemingsmissie rapporteerde over intimidatie van kiezers", "Ambassade Tbilisi"],
        batch=111,
    ),
    Doc(
        "nl-dji-incidentrapport",
        "Dienst Justitiële Inrichtingen\n"
        "PI Vught - Rapport van bevindingen (incident)\n"
        "\n"
        "Datum/tijd: 17-02-2025, 14:35\n"
        "Afdeling: EZV, cel 2.14\n"
        "Gedetineerde: Dragan Mitrović, registratienummer 1288476\n"
        "Rapporteur: PIW'er K. Sprengers\n"
        "\n"
        "Relaas\n"
        "Tijdens de luchtronde weigerde betrokkene naar binnen te gaan en sloeg hij een medegedetineerde in het\n"
        "gezicht. Na inzet van het IBT is betrokkene naar de isoleercel gebracht. Betrokkene is sinds 12 februari\n"
        "in hongerstaking en weigert ook zijn medicatie. De inrichtingsarts is ingelicht en heeft hem om 16:00\n"
        "gezien; zijn bloeddruk was 90/55.\n"
        "\n"
        "Maatregel: plaatsing in afzondering voor drie dagen (art. 51 Pbw).\n",
        redact=[("Dragan Mitrović", "PERSON", E), ("K. Sprengers", "PERSON", E)],
        passages=[("in hongerstaking", SPECIAL), ("weigert ook zijn medicatie", SPECIAL), ("bloeddruk was 90/55", SPECIAL)],
        visible=["Dienst Justitiële Inrichtingen", "PI Vught", "art. 51 Pbw"],
        batch=111,
    ),
    Doc(
        "nl-ind-voornemen-lhbti-medisch",
        "Immigratie- en Naturalisatiedienst\n"
        "Voornemen tot afwijzing - aanvraag verblijfsvergunning asiel voor bepaalde tijd\n"
        "\n"
        "Vreemdeling: Ibrahim Kamara, geboren 3 juni 1997, nationaliteit Sierra Leone\n"
        "\n"
        "3.2 Relevante elementen\n"
        "Vreemdeling verklaart dat hij homoseksueel is en dat hij sinds 2019 een relatie had met een man uit\n"
        "Freetown. In het nader gehoor verklaart hij dat zijn familie hem na de ontdekking van de relatie heeft\n"
        "verstoten. Het BMA heeft op 8 januari geadviseerd dat bij vreemdeling sprake is van een posttraumatische\n"
        "stressstoornis, waarvoor hij bij het AZC in behandeling is bij een psycholoog.\n"
        "\n"
        "3.3 Beoordeling\n"
        "Homoseksuele handelingen zijn in Sierra Leone strafbaar gesteld, maar uit het ambtsbericht blijkt niet dat\n"
        "de wet in de praktijk wordt gehandhaafd.\n",
        redact=[("Ibrahim Kamara", "PERSON", E), ("3 juni 1997", "DATE_OF_BIRTH", E)],
        passages=[("hij homoseksueel is", SPECIAL), ("sprake is van een posttraumatische\nstressstoornis", SPECIAL),
                  ("in behandeling is bij een psycholoog", SPECIAL)],
        visible=["Homoseksuele handelingen zijn in Sierra Leone strafbaar gesteld", "Immigratie- en Naturalisatiedienst"],
        batch=111,
    ),
    Doc(
        "nl-raadsrapport-kinderbescherming",
        "Raad voor de Kinderbescherming, locatie Rotterdam\n"
        "Rapport beschermingsonderzoek\n"
        "\n"
        "Betreft: Noor Ouali, geboren 21-08-2015\n"
        "Moeder: Samira Ouali\n"
        "Vader: Rachid el Haddaoui\n"
        "\n"
        "Zorgen\n"
        "Moeder is sinds de zomer opgenomen geweest in een psychiatrische kliniek na een psychose. Zij gebruikt\n"
        "antipsychotica en staat onder behandeling van de FACT-poli. Vader heeft een verleden met huiselijk geweld\n"
        "en heeft een contactverbod ten aanzien van moeder. Noor is gediagnosticeerd met autisme en bezoekt\n"
        "speciaal onderwijs.\n"
        "\n"
        "Conclusie\n"
        "De Raad verzoekt de kinderrechter Noor onder toezicht te stellen van de gecertificeerde instelling\n"
        "Jeugdbescherming west voor de duur van een jaar.\n",
        redact=[("Noor Ouali", "PERSON", E), ("21-08-2015", "DATE_OF_BIRTH", E), ("Samira Ouali", "PERSON", E),
                ("Rachid el Haddaoui", "PERSON", E), ("Noor", "PERSON", E)],
        passages=[("opgenomen geweest in een psychiatrische kliniek", SPECIAL), ("gebruikt\nantipsychotica", SPECIAL),
                  ("verleden met huiselijk geweld", SPECIAL), ("gediagnosticeerd met autisme", SPECIAL)],
        visible=["Raad voor de Kinderbescherming, locatie Rotterdam", "Jeugdbescherming west"],
        batch=111,
    ),
    Doc(
        "nl-bedrijfsarts-advies-re-integratie",
        "Arbodienst Rijk\n"
        "Terugkoppeling bedrijfsarts aan werkgever\n"
        "\n"
        "Werknemer: Annelies Zuidgeest, personeelsnummer 2290117\n"
        "Leidinggevende: Frank Hoogendijk\n"
        "Datum spreekuur: 3 maart 2025\n"
        "\n"
        "Mevrouw is volledig arbeidsongeschikt voor haar eigen werk. Er zijn beperkingen in het persoonlijk en\n"
        "sociaal functioneren. Ik verwacht dat zij over zes weken kan starten met twee keer drie uur per week\n"
        "aangepast werk. Zij is onder behandeling van een bedrijfsmaatschappelijk werker en volgt een traject bij\n"
        "een psycholoog.\n"
        "\n"
        "Advies aan werkgever: plan een gesprek over passende taken; de medische gegevens blijven bij mij.\n",
        redact=[("Annelies Zuidgeest", "PERSON", E), ("2290117", "ID_DOCUMENT", E), ("Frank Hoogendijk", "PERSON", E)],
        passages=[("volledig arbeidsongeschikt", SPECIAL), ("volgt een traject bij\neen psycholoog", SPECIAL)],
        visible=["Arbodienst Rijk"],
        batch=111,
    ),
    Doc(
        "en-uk-write-round-letter",
        "From the Secretary of State for Education\n"
        "To: Chancellor of the Duchy of Lancaster\n"
        "Copied to: Members of the Domestic and Economic Affairs Committee\n"
        "\n"
        "SCHOOL-BASED NURSERIES: WRITE-ROUND\n"
        "\n"
        "I am writing to seek colleagues' agreement to expand the school-based nurseries programme to a further\n"
        "3,000 primary schools from September 2026. Around 300 schools joined the first phase.\n"
        "\n"
        "I recognise that the Treasury has concerns about the capital cost. My officials' assessment is that the\n"
        "expansion can be met from the existing settlement, and I would strongly resist any proposal to phase it\n"
        "over three years, which in my view would leave the policy looking timid.\n"
        "\n"
        "I would be grateful for colleagues' agreement by 14 March.\n",
        passages=[("My officials' assessment is that", "5.2.1"), ("in my view would leave the policy looking timid", "5.2.1")],
        visible=["Around 300 schools joined the first phase", "I would be grateful for colleagues' agreement by 14 March"],
        batch=111,
    ),
    Doc(
        "en-us-deliberative-email-grant",
        "From: Ortega, Lucia (ACF)\n"
        "Sent: Tuesday, April 8, 2025 4:51 PM\n"
        "To: Whitcomb, Daniel (ACF)\n"
        "Subject: RE: Head Start grantee in Region 6 - draft corrective action\n"
        "\n"
        "Dan - I read the monitoring report. The grantee had 14 classrooms out of ratio during the review.\n"
        "My recommendation would be to issue a deficiency letter rather than suspend the grant; suspension would\n"
        "hit 400 families at once. Honestly I'm not sure the Regional Office has the capacity to run a\n"
        "designation renewal this year either.\n"
        "\n"
        "Lucia\n",
        redact=[("Ortega, Lucia", "PERSON", E), ("Whitcomb, Daniel", "PERSON", E), ("Lucia", "PERSON", E),
                ("Dan", "PERSON", E)],
        passages=[("My recommendation would be to issue a deficiency letter", "5.2.1"),
                  ("I'm not sure the Regional Office has the capacity", "5.2.1")],
        visible=["The grantee had 14 classrooms out of ratio during the review"],
        batch=111,
    ),
    # -- batch 112: texts that speak of health, faith, security and other states in general (a Kamerbrief on
    #    antisemitism and anti-Muslim hatred, a CBS-style release on sick leave, a minister's speech on state threats,
    #    a published inspection report on a prison, a policy review on economic security), next to a subsidy
    #    assessment with a firm's figures, an integrity investigation's final report and a US cable with an embassy
    #    comment. First run, before its fixes: recall 0.571, precision 0.667 (7 items, 6 findings); the misses were a
    #    statistic's clause without its group word, a wrapped line read as a heading (it cut 'In het openbare' off the
    #    sentence that cites the public threat assessment), and a firm's figures supplied in confidence over a line break
    Doc(
        "nl-kamerbrief-antisemitisme-moslimhaat",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "\n"
        "Datum 12 november 2024\n"
        "Betreft Aanpak antisemitisme en moslimhaat\n"
        "\n"
        "Sinds 7 oktober 2023 is het aantal meldingen van antisemitisme sterk gestegen. Het CIDI registreerde in 2023\n"
        "379 incidenten, het hoogste aantal sinds het begin van de registratie. Ook moslims ervaren vaker\n"
        "discriminatie: uit onderzoek van het SCP blijkt dat een op de drie moslims zich in het afgelopen jaar\n"
        "gediscrimineerd voelde. Joodse scholen en synagogen worden beveiligd door politie en marechaussee.\n"
        "\n"
        "Het kabinet investeert de komende vier jaar EUR 10 miljoen in onderwijs over de Holocaust en in\n"
        "ontmoetingen tussen jongeren van verschillende geloofsgemeenschappen. De Nationaal Coördinator\n"
        "Antisemitismebestrijding brengt in het voorjaar een nieuwe strategie uit.\n"
        "\n"
        "De Minister van Justitie en Veiligheid,\n",
        visible=["Het CIDI registreerde in 2023\n379 incidenten", "een op de drie moslims",
                 "Joodse scholen en synagogen worden beveiligd door politie en marechaussee",
                 "ontmoetingen tussen jongeren van verschillende geloofsgemeenschappen",
                 "De Nationaal Coördinator\nAntisemitismebestrijding"],
        batch=112,
    ),
    Doc(
        "nl-cbs-nieuwsbericht-ziekteverzuim",
        "CBS - Ziekteverzuim in 2024 op hoogste niveau sinds begin meting\n"
        "\n"
        "Werknemers meldden zich in 2024 gemiddeld 5,3 procent van de werkdagen ziek. In de zorg lag het verzuim\n"
        "met 7,1 procent het hoogst. Psychische klachten, zoals overspannenheid en burn-out, waren bij langdurig\n"
        "verzuim de meest genoemde oorzaak. Werknemers van 55 jaar en ouder verzuimden vaker dan jongere\n"
        "werknemers. Het verzuim door griep en corona lag in het eerste kwartaal hoger dan een jaar eerder.\n"
        "\n"
        "De cijfers komen uit de Nationale Enquête Arbeidsomstandigheden van TNO en CBS.\n",
        visible=["Psychische klachten, zoals overspannenheid en burn-out", "meldden zich in 2024 gemiddeld 5,3 procent",
                 "Werknemers van 55 jaar en ouder verzuimden vaker", "Het verzuim door griep en corona"],
        batch=112,
    ),
    Doc(
        "nl-toespraak-minister-statelijke-dreigingen",
        "Toespraak van de minister van Binnenlandse Zaken bij het symposium Weerbare Democratie, Den Haag,\n"
        "3 april 2025\n"
        "\n"
        "Dames en heren,\n"
        "\n"
        "Rusland en China proberen ons land op allerlei manieren te beïnvloeden. De AIVD heeft in zijn jaarverslag\n"
        "laten zien dat Russische inlichtingendiensten ook in Nederland actief zijn. Sabotage van onze\n"
        "infrastructuur is geen theoretisch risico meer. Ik vind dat we daar als samenleving veel weerbaarder\n"
        "tegen moeten worden. Daarom komt er een wet die spionage door of voor een buitenlandse mogendheid\n"
        "strafbaar stelt.\n"
        "\n"
        "Het gesproken woord geldt.\n",
        visible=["Russische inlichtingendiensten ook in Nederland actief zijn", "Ik vind dat we daar als samenleving",
                 "Rusland en China proberen ons land"],
        batch=112,
    ),
    Doc(
        "nl-inspectierapport-pi-gepubliceerd",
        "Inspectie Justitie en Veiligheid\n"
        "Toezichtrapport - Afzondering in penitentiaire inrichtingen\n"
        "\n"
        "Samenvatting\n"
        "De Inspectie onderzocht in 2024 hoe vijf penitentiaire inrichtingen omgaan met het plaatsen van\n"
        "gedetineerden in afzondering. Een gedetineerde die in een isoleercel wordt geplaatst, moet binnen\n"
        "24 uur door een arts worden gezien. In drie van de vijf inrichtingen gebeurde dat niet altijd. Bij\n"
        "gedetineerden met psychische problemen ontbrak vaak een overdracht aan de psycholoog.\n"
        "\n"
        "De Inspectie beveelt de directeur-generaal DJI aan de registratie van afzonderingen te verbeteren.\n",
        visible=["Een gedetineerde die in een isoleercel wordt geplaatst",
                 "gedetineerden met psychische problemen ontbrak vaak een overdracht",
                 "De Inspectie beveelt de directeur-generaal DJI aan"],
        batch=112,
    ),
    Doc(
        "nl-beleidsdoorlichting-economische-veiligheid",
        "Beleidsdoorlichting economische veiligheid 2019-2024\n"
        "\n"
        "3. Context\n"
        "De afhankelijkheid van China voor kritieke grondstoffen is de afgelopen jaren toegenomen. Ruim 90\n"
        "procent van de zeldzame aardmetalen die in de EU worden gebruikt, komt uit China. In het openbare\n"
        "Dreigingsbeeld Statelijke Actoren van 2022 wijzen de AIVD, de MIVD en de NCTV op de risico's van\n"
        "kennisoverdracht naar landen met een offensief cyberprogramma. Sinds 1 juni 2023 geldt de Wet\n"
        "veiligheidstoets investeringen, fusies en overnames. Het Bureau Toetsing Investeringen toetste in 2023\n"
        "17 meldingen.\n"
        "\n"
        "4. Doeltreffendheid\n"
        "De evaluatie laat zien dat de toetsing werkt, maar dat bedrijven de meldplicht niet altijd kennen.\n",
        visible=["Ruim 90\nprocent van de zeldzame aardmetalen", "wijzen de AIVD, de MIVD en de NCTV",
                 "Het Bureau Toetsing Investeringen toetste in 2023\n17 meldingen",
                 "dat bedrijven de meldplicht niet altijd kennen"],
        batch=112,
    ),
    Doc(
        "nl-subsidiebeoordeling-bedrijfsgegevens",
        "Rijksdienst voor Ondernemend Nederland\n"
        "Beoordelingsnotitie DEI+ subsidieaanvraag\n"
        "\n"
        "Aanvrager: Nordgas Electrolysers B.V., Delfzijl\n"
        "Projectbudget: EUR 6,4 miljoen, gevraagde subsidie EUR 2,1 miljoen\n"
        "\n"
        "Beoordeling\n"
        "Het project valt binnen de categorie waterstof. De aanvrager heeft haar jaarcijfers over 2023 en de\n"
        "kostprijsberekening van de elektrolyser vertrouwelijk aan RVO verstrekt. Daaruit blijkt een\n"
        "kostprijs van EUR 1.150 per kW, ruim onder het marktgemiddelde. Het bedrijf verwacht in 2027 een\n"
        "productiecapaciteit van 200 MW per jaar te halen.\n"
        "\n"
        "Advies: toekennen.\n",
        redact=[(("De aanvrager heeft haar jaarcijfers over 2023 en de\nkostprijsberekening van de elektrolyser "
                 "vertrouwelijk aan RVO verstrekt"), "PASSAGE", "5.1.1c"),
                ("Daaruit blijkt een\nkostprijs van EUR 1.150 per kW, ruim onder het marktgemiddelde", "PASSAGE", "5.1.1c")],
        visible=["Rijksdienst voor Ondernemend Nederland", "Het project valt binnen de categorie waterstof"],
        batch=112,
    ),
    Doc(
        "nl-integriteitsonderzoek-eindrapport",
        "Eindrapport integriteitsonderzoek - gemeente Hoorn\n"
        "Vertrouwelijk\n"
        "\n"
        "Onderzochte: Mark Dijkstra, senior medewerker vergunningen\n"
        "\n"
        "4. Bevindingen\n"
        "Uit de verklaringen van twee collega's blijkt dat betrokkene in 2023 drie keer een diner aannam van een\n"
        "aannemer die een omgevingsvergunning had aangevraagd. Betrokkene verklaarde dat hij de diners als\n"
        "privécontact zag. Hij was van februari tot mei 2024 ziek thuis met een burn-out en kon in die periode\n"
        "niet worden gehoord.\n"
        "\n"
        "5. Conclusie\n"
        "Het vermoeden van een integriteitsschending is bevestigd. Het college besluit over de maatregel.\n",
        redact=[("Mark Dijkstra", "PERSON", E)],
        passages=[("ziek thuis met een burn-out", SPECIAL)],
        visible=["Het college besluit over de maatregel", "Het vermoeden van een integriteitsschending is bevestigd"],
        batch=112,
    ),
    Doc(
        "en-us-cable-embassy-comment",
        "SUBJECT: ZAMBIA: FINANCE MINISTER ON DEBT TALKS\n"
        "\n"
        "1. (U) Zambia reached an agreement in principle with its official creditors in June 2023 under the G20\n"
        "Common Framework. Public debt stood at 99 percent of GDP at the end of 2022, according to the IMF.\n"
        "\n"
        "2. (C) In a one-on-one meeting on October 4, Finance Minister Situmbeko Musokotwane told the Ambassador\n"
        "that Lusaka would not accept the bondholders' latest offer and asked that this not be shared with the\n"
        "other creditors before the November round.\n"
        "\n"
        "3. (C) Comment: Embassy assesses that the government is prepared to let talks stall until after the\n"
        "budget. We recommend that Washington press the Chinese side to accept comparable treatment. End comment.\n",
        passages=[("asked that this not be shared", "5.1.2a"), ("Embassy assesses that", "5.2.1"),
                  ("We recommend that Washington", "5.2.1")],
        officials=["Situmbeko Musokotwane"],
        visible=["Public debt stood at 99 percent of GDP", "Zambia reached an agreement in principle"],
        batch=112,
    ),
    # -- batch 113: the security of persons and premises (5.1.2h) next to what may be said of it in public: an NCTV
    #    coordination note on a minister's working visit, a municipal note on a threatened alderman, a water company's
    #    note on a pumping station's weak spots, a US e-mail on a protective detail, and a Kamerbrief and a press
    #    release on the protection system in general; a UK tender evaluation with a bidder's rates. First run, before
    #    its fixes: recall 0.333, precision 0.667 (18 items, 9 findings): no rule suggested 5.1.2h at all (the ground
    #    set maps security_of_persons, but no passage rule had that interest), a bidder's price as an amount, and an
    #    evaluation panel's recommendation. The 5.1.2h passages are written as sentence items: the scorer counts a
    #    passage of a rule it does not list as right where an item lies under it --------------------------------------
    Doc(
        "nl-nctv-afstemming-werkbezoek",
        "Nationaal Coördinator Terrorismebestrijding en Veiligheid\n"
        "Afstemmingsnotitie werkbezoek minister van Justitie en Veiligheid aan Rotterdam-Zuid, 21 maart 2025\n"
        "Rubricering: Departementaal Vertrouwelijk\n"
        "\n"
        "1. Dreiging\n"
        "De AIVD beschikt niet over concrete aanwijzingen voor een dreiging tegen de minister tijdens dit bezoek. Op\n"
        "sociale media circuleren wel oproepen om het bezoek te verstoren.\n"
        "\n"
        "2. Maatregelen\n"
        "De minister valt in het stelsel bewaken en beveiligen. De DKDB zet vier persoonsbeveiligers in en rijdt met\n"
        "twee voertuigen. Aankomst is om 13.40 uur via de achteringang aan de Slinge; de hoofdingang blijft dicht.\n"
        "De politie Rotterdam houdt een ME-peloton stand-by in de Zuiderparkhal.\n"
        "\n"
        "3. Communicatie\n"
        "Het bezoek wordt niet vooraf aangekondigd. De woordvoering loopt via het ministerie.\n",
        redact=[("De DKDB zet vier persoonsbeveiligers in en rijdt met\ntwee voertuigen", "PASSAGE", "5.1.2h"),
                ("Aankomst is om 13.40 uur via de achteringang aan de Slinge", "PASSAGE", "5.1.2h"),
                ("De politie Rotterdam houdt een ME-peloton stand-by in de Zuiderparkhal", "PASSAGE", "5.1.2h")],
        passages=[("Departementaal Vertrouwelijk", "5.1.1b"),
                  ("De AIVD beschikt niet over concrete aanwijzingen", "5.1.1b")],
        visible=["Het bezoek wordt niet vooraf aangekondigd", "De woordvoering loopt via het ministerie",
                 "Nationaal Coördinator Terrorismebestrijding en Veiligheid"],
        batch=113,
    ),
    Doc(
        "nl-gemeente-notitie-bedreigde-wethouder",
        "Gemeente Zaanstad - notitie aan de burgemeester\n"
        "Onderwerp: bedreiging wethouder Jurgen de Wolf\n"
        "\n"
        "Na de bedreigingen op 2 februari heeft de politie het beveiligingsniveau van wethouder De Wolf verhoogd.\n"
        "Zijn woning is voorzien van camerabewaking en een alarmknop die rechtstreeks naar de meldkamer gaat. De\n"
        "politie rijdt 's nachts extra surveillances langs zijn huis. Hij reist voorlopig niet meer met het\n"
        "openbaar vervoer naar het stadhuis.\n"
        "\n"
        "De raad is in een besloten vergadering op 6 februari geïnformeerd.\n",
        redact=[("Na de bedreigingen op 2 februari heeft de politie het beveiligingsniveau van wethouder", "PASSAGE", "5.1.2h"),
                ("Zijn woning is voorzien van camerabewaking en een alarmknop die rechtstreeks naar de meldkamer gaat",
                 "PASSAGE", "5.1.2h"),
                ("politie rijdt 's nachts extra surveillances langs zijn huis", "PASSAGE", "5.1.2h")],
        officials=["Jurgen de Wolf"],
        visible=["De raad is in een besloten vergadering op 6 februari geïnformeerd"],
        batch=113,
    ),
    Doc(
        "nl-drinkwaterbedrijf-kwetsbaarheden",
        "Waterbedrijf Oost - memo aan de inspecteur drinkwater (ILT)\n"
        "Betreft: opvolging inspectie pompstation Hengelo-Noord\n"
        "\n"
        "Naar aanleiding van de inspectie van 14 januari melden wij het volgende. Het hek aan de noordzijde van\n"
        "het terrein heeft geen detectie; daar is het terrein buiten kantoortijd onbewaakt. De besturingssoftware\n"
        "van de reinwaterkelder draait nog op Windows 7 en is vanaf het kantoornetwerk bereikbaar. Wij vervangen\n"
        "het besturingssysteem in het tweede kwartaal.\n"
        "\n"
        "Pompstation Hengelo-Noord levert drinkwater aan circa 80.000 huishoudens.\n",
        redact=[("Het hek aan de noordzijde van\nhet terrein heeft geen detectie", "PASSAGE", "5.1.2h"),
                (("De besturingssoftware\nvan de reinwaterkelder draait nog op Windows 7 en is vanaf het kantoornetwerk "
                 "bereikbaar"), "PASSAGE", "5.1.2h")],
        visible=["Pompstation Hengelo-Noord levert drinkwater aan circa 80.000 huishoudens"],
        batch=113,
    ),
    Doc(
        "en-us-email-protective-detail",
        "From: Keane, Marissa (OS/ASPR)\n"
        "To: Delgado, Arturo (OS/IOS)\n"
        "Subject: Secretary travel - Atlanta, June 12\n"
        "\n"
        "Arturo - protective detail confirmed the motorcade will use the loading dock on Clifton Road, not the main\n"
        "entrance. Two agents will stay with the Secretary at the hotel overnight. The public schedule will only\n"
        "list the CDC visit at 10:00.\n",
        redact=[("Keane, Marissa", "PERSON", E), ("Delgado, Arturo", "PERSON", E), ("Arturo", "PERSON", E),
                (("protective detail confirmed the motorcade will use the loading dock on Clifton Road, not the main\n"
                 "entrance"), "PASSAGE", "5.1.2h"),
                ("Two agents will stay with the Secretary at the hotel overnight", "PASSAGE", "5.1.2h")],
        visible=["The public schedule will only\nlist the CDC visit at 10:00"],
        batch=113,
    ),
    Doc(
        "nl-kamerbrief-stelsel-bewaken-beveiligen",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "\n"
        "Betreft Voortgang stelsel bewaken en beveiligen\n"
        "\n"
        "Het aantal personen dat in het stelsel bewaken en beveiligen beveiligd wordt, is de afgelopen vijf jaar\n"
        "verdubbeld. Het gaat om bewindspersonen, burgemeesters, advocaten, officieren van justitie en\n"
        "journalisten. Over de beveiligingsmaatregelen voor individuele personen doe ik geen uitspraken, omdat\n"
        "dat hun veiligheid in gevaar kan brengen. De DKDB krijgt er de komende jaren 200 fte bij.\n",
        visible=["Over de beveiligingsmaatregelen voor individuele personen doe ik geen uitspraken",
                 "De DKDB krijgt er de komende jaren 200 fte bij",
                 "Het aantal personen dat in het stelsel bewaken en beveiligen beveiligd wordt"],
        batch=113,
    ),
    Doc(
        "nl-persbericht-beveiliging-koningsdag",
        "Persbericht | Gemeente Dordrecht | 14 april 2025\n"
        "\n"
        "Koningsdag in Dordrecht: extra veiligheidsmaatregelen in de binnenstad\n"
        "\n"
        "Op Koningsdag bezoekt de koninklijke familie Dordrecht. De binnenstad is die dag tussen 8.00 en 18.00 uur\n"
        "afgesloten voor verkeer. Bezoekers worden bij de toegangspunten gecontroleerd op glaswerk en tassen.\n"
        "Politie en marechaussee zijn in groten getale aanwezig. Drones zijn boven de binnenstad verboden.\n",
        visible=["Politie en marechaussee zijn in groten getale aanwezig",
                 "Bezoekers worden bij de toegangspunten gecontroleerd op glaswerk en tassen"],
        batch=113,
    ),
    Doc(
        "en-uk-tender-evaluation-rates",
        "OFFICIAL-SENSITIVE - COMMERCIAL\n"
        "Tender evaluation report - Lot 2, facilities management, HM Prison Service North West\n"
        "\n"
        "Three compliant bids were received. Bidder B scored highest on quality (68/70).\n"
        "Bidder B's day rates for building services engineers are £412, some 18% below the other bids, and its\n"
        "cost build-up assumes a 3% margin. Bidder A's pricing includes a mobilisation charge of £240,000.\n"
        "The evaluation panel recommends award to Bidder B, subject to a financial standing check.\n",
        redact=[(("Bidder B's day rates for building services engineers are £412, some 18% below the other bids, and its\n"
                 "cost build-up assumes a 3% margin"), "PASSAGE", "5.1.1c"),
                ("Bidder A's pricing includes a mobilisation charge of £240,000", "PASSAGE", "5.1.1c")],
        passages=[("The evaluation panel recommends award to Bidder B", "5.2.1")],
        visible=["Three compliant bids were received", "HM Prison Service North West"],
        batch=113,
    ),
    # -- batch 114: judgement grounds in forms earlier batches rarely used (a draft inspection report with a
    #    provisional verdict, an interdepartmental Teams chat, a nota for the council of ministers with options and
    #    advice, a coded message on what a foreign official said in confidence, a UK submission, US (b)(5) e-mails,
    #    Wmo and youth-care case notes, a tender evaluation) and public texts full of trigger words that must stay
    #    silent (a long Kamerbrief, factual minutes, a quoted law, a press release).
    #    First run, before its fixes: recall 0.52, precision 0.865 (50 items, 37 findings): 'zou ik inzetten op', 'mijn
    #    gok is', 'I'm not comfortable with', a panel's advice to award, 'speaking privately', a firm's accounts read as a
    #    foreign government's confidence, a bidder's 'prijsopbouw', a suspect brought in by the back, an armoured car, a
    #    gap in a site's detection, 'sinds een herseninfarct', violence by someone ('heeft haar ... geslagen') silenced by
    #    'de kinderen' of the same family, a speaker line in a chat taken into the message, a published report ('heeft
    #    ... gepubliceerd') not read as public. Two expectations changed after the run: a city after the postcode is no
    #    one's address, and 'That you agree Option 2' is by the rule pack's design no cue (the decision put to the
    #    minister). After the fixes: recall 0.885, precision 0.981; the misses are 5.1.2d and 5.1.2f, which no
    #    detector interest maps to, and two names (people.py) -------------------------------------------------------
    Doc(
        "nl-igj-conceptrapport-jeugdinstelling",
        "Inspectie Gezondheidszorg en Jeugd\n"
        "CONCEPTRAPPORT - ter zienswijze, niet verspreiden\n"
        "Toezichtbezoek Stichting Jeugdhulp De Meander, locatie Ravelijn (gesloten jeugdhulp)\n"
        "Bezoekdata: 11 en 12 februari 2025\n"
        "\n"
        "1. Bevindingen\n"
        "De inspectie sprak met zes jongeren, acht groepsleiders en de gedragswetenschapper. In drie van de tien\n"
        "ingeziene dossiers ontbrak een actueel signaleringsplan. In januari zijn op de groep Horizon veertien\n"
        "afzonderingen geregistreerd; vier daarvan duurden langer dan 24 uur.\n"
        "\n"
        "2. Voorlopig oordeel\n"
        "De inspectie is voornemens het oordeel 'voldoet niet' te geven op de norm veilig pedagogisch klimaat. Wij\n"
        "overwegen een aanwijzing aan de raad van bestuur, maar wachten eerst de zienswijze af.\n"
        "\n"
        "3. Vervolg\n"
        "De inspectie bezoekt de locatie in de week van 14 april onaangekondigd opnieuw en richt zich dan op de\n"
        "nachtdiensten. Dit vervolgbezoek wordt niet vooraf met de instelling gedeeld.\n",
        passages=[("De inspectie bezoekt de locatie in de week van 14 april onaangekondigd opnieuw", "5.1.2d"),
                  ("Dit vervolgbezoek wordt niet vooraf met de instelling gedeeld", "5.1.2d")],
        visible=["De inspectie sprak met zes jongeren, acht groepsleiders en de gedragswetenschapper",
                 "In drie van de tien\ningeziene dossiers ontbrak een actueel signaleringsplan",
                 "Inspectie Gezondheidszorg en Jeugd"],
        batch=114,
    ),
    Doc(
        "nl-teams-chat-interdepartementaal-opkoop",
        "Chat: Nota opkoopregeling veehouderij (LVVN / EZ / FIN)\n"
        "\n"
        "[09:02] Sanne Velthuis (LVVN)\n"
        "heb je de reactie van EZ al gezien op de conceptnota?\n"
        "[09:04] Bram Okkerse (EZ)\n"
        "ja. eerlijk gezegd vind ik de variant met gedwongen opkoop veel te duur voor wat het oplevert\n"
        "[09:05] Sanne Velthuis (LVVN)\n"
        "snap ik, maar de minister wil voor de zomer iets laten zien\n"
        "[09:07] Bram Okkerse (EZ)\n"
        "dan zou ik inzetten op variant 2 en de opkoop parkeren tot de Voorjaarsnota\n"
        "[09:09] Lotte Hazelaar (FIN)\n"
        "FIN gaat niet akkoord met een claim buiten de besluitvorming om, dat weten jullie\n"
        "[09:10] Bram Okkerse (EZ)\n"
        "mijn gok is dat de MP daar ook niet in meegaat\n"
        "[09:12] Sanne Velthuis (LVVN)\n"
        "ok, ik zet beide varianten in de nota. De ministerraad is op 14 maart.\n",
        redact=[("Sanne Velthuis", "PERSON", E), ("Bram Okkerse", "PERSON", E), ("Lotte Hazelaar", "PERSON", E)],
        passages=[("vind ik de variant met gedwongen opkoop veel te duur", "5.2.1"),
                  ("dan zou ik inzetten op variant 2", "5.2.1"),
                  ("mijn gok is dat de MP daar ook niet in meegaat", "5.2.1")],
        visible=["De ministerraad is op 14 maart", "heb je de reactie van EZ al gezien op de conceptnota?"],
        batch=114,
    ),
    Doc(
        "nl-nota-ministerraad-minimumloon-opties",
        "Ministerie van Sociale Zaken en Werkgelegenheid\n"
        "Nota voor de ministerraad\n"
        "\n"
        "Onderwerp: Vormgeving verhoging wettelijk minimumloon 2026\n"
        "Datum: 3 maart 2025\n"
        "\n"
        "Beslispunt\n"
        "Stemt de ministerraad in met een verhoging van het wettelijk minimumloon per 1 januari 2026?\n"
        "\n"
        "Opties\n"
        "Optie A: een verhoging van 3 procent in een keer. Kosten: EUR 410 miljoen structureel.\n"
        "Optie B: een verhoging in twee stappen van 1,5 procent. Kosten: EUR 205 miljoen in 2026.\n"
        "\n"
        "Advies\n"
        "Optie A heeft onze voorkeur: de Belastingdienst en het UWV kunnen deze tijdig uitvoeren. Wij achten de kans\n"
        "klein dat werkgevers de verhoging afwentelen op de werkgelegenheid.\n"
        "\n"
        "Onderhandelingsruimte\n"
        "In het overleg met de sociale partners houdt het kabinet een reserve aan van EUR 150 miljoen voor\n"
        "compensatie van werkgevers; die ruimte is nog niet met de werkgevers gedeeld.\n",
        passages=[("Optie A heeft onze voorkeur", "5.2.1"), ("Wij achten de kans\nklein", "5.2.1"),
                  ("houdt het kabinet een reserve aan van EUR 150 miljoen", "5.1.2b")],
        visible=["Kosten: EUR 410 miljoen structureel", "Stemt de ministerraad in met een verhoging",
                 "Ministerie van Sociale Zaken en Werkgelegenheid"],
        batch=114,
    ),
    Doc(
        "nl-codebericht-post-rabat-laissez-passers",
        "CODEBERICHT\n"
        "Van: Post Rabat\n"
        "Aan: DAM, DMM, JenV/DGM\n"
        "Rubricering: Stg. Confidentieel\n"
        "Onderwerp: gesprek DG Europa Marokkaans ministerie van Buitenlandse Zaken over terugkeer\n"
        "\n"
        "1. Samenvatting\n"
        "Marokko is bereid meer laissez-passers af te geven, maar wil geen publieke afspraken.\n"
        "\n"
        "2. Gesprek\n"
        "Op 4 maart sprak de chargé d'affaires met de DG Europa. De DG liet in vertrouwen weten dat Rabat tot\n"
        "veertig extra laissez-passers per maand kan afgeven als Nederland de visumtermijnen voor studenten\n"
        "verkort. Volgens de DG houdt de minister van Binnenlandse Zaken het dossier tegen; hij vroeg ons dit niet\n"
        "met andere lidstaten te delen.\n"
        "\n"
        "3. Duiding en advies\n"
        "Marokko is het belangrijkste herkomstland van asielzoekers zonder verblijfsrecht in Nederland. Post beveelt\n"
        "aan het onderwerp bij het bezoek van de minister in april niet zelf aan te snijden.\n",
        passages=[("liet in vertrouwen weten", "5.1.2a"),
                  ("hij vroeg ons dit niet\nmet andere lidstaten te delen", "5.1.2a"),
                  ("Post beveelt\naan", "5.2.1"), ("Stg. Confidentieel", "5.1.1b")],
        visible=["Op 4 maart sprak de chargé d'affaires met de DG Europa",
                 "Marokko is het belangrijkste herkomstland van asielzoekers"],
        batch=114,
    ),
    Doc(
        "en-uk-submission-cladding-recommendation",
        "OFFICIAL-SENSITIVE\n"
        "SUBMISSION\n"
        "\n"
        "From: Joanna Pyke, Deputy Director, Building Safety Remediation\n"
        "To: Minister of State for Housing and Planning\n"
        "Date: 3 October 2024\n"
        "\n"
        "ISSUE\n"
        "1. Whether to extend the Cladding Safety Scheme to residential buildings between 11 and 18 metres.\n"
        "\n"
        "RECOMMENDATION\n"
        "2. That you agree Option 2: extend the scheme from April 2025, capped at £900m over three years.\n"
        "\n"
        "ARGUMENT\n"
        "3. Option 1 (no extension) costs nothing but leaves around 1,200 buildings without a route to funding. We\n"
        "consider that Option 2 strikes the right balance between risk and cost. Option 3 is unaffordable.\n"
        "4. HM Treasury officials have indicated informally that they would not support a bid above £900m at the\n"
        "Spending Review; this figure should not be shared with developers, as it would weaken our position in the\n"
        "negotiations on the developer levy.\n"
        "\n"
        "HANDLING\n"
        "5. The Minister's statement to the House on 12 September said that no leaseholder should pay for\n"
        "remediation of unsafe cladding.\n",
        redact=[("Joanna Pyke", "PERSON", E)],
        passages=[("We\nconsider that Option 2 strikes the right balance", "5.2.1"),
                  ("this figure should not be shared with developers", "5.1.2b")],
        visible=["The Minister's statement to the House on 12 September said that no leaseholder should pay",
                 "Whether to extend the Cladding Safety Scheme"],
        batch=114,
    ),
    Doc(
        "en-us-epa-deliberative-b5-thread",
        "From: Whitlock, Gregory (EPA/OAR)\n"
        "Sent: Tuesday, May 6, 2025 4:12 PM\n"
        "To: Ramirez-Coyle, Dana (EPA/OGC)\n"
        "Cc: Nguyen, Thao (EPA/OAR)\n"
        "Subject: RE: draft preamble - PM2.5 reconsideration\n"
        "\n"
        "Dana,\n"
        "\n"
        "Thanks for turning this around so quickly. Two reactions. First, I'm not comfortable with the cost-benefit\n"
        "language on page 14; it overstates the certainty of the mortality estimates and will draw fire in\n"
        "litigation. Second, I'd recommend we drop the alternative standard of 10 ug/m3 from the preamble\n"
        "altogether - we don't have the record to support it.\n"
        "\n"
        "Thao - can you check whether the RIA tables match the docket version?\n"
        "\n"
        "Greg\n"
        "\n"
        "-----Original Message-----\n"
        "From: Ramirez-Coyle, Dana (EPA/OGC)\n"
        "Sent: Monday, May 5, 2025 6:40 PM\n"
        "Subject: draft preamble - PM2.5 reconsideration\n"
        "\n"
        "Attached is OGC's markup of the draft preamble. The comment period closes on June 30.\n",
        redact=[("Whitlock, Gregory", "PERSON", E), ("Ramirez-Coyle, Dana", "PERSON", E), ("Nguyen, Thao", "PERSON", E),
                ("Greg", "PERSON", E), ("|Dana|,\n", "PERSON", E), ("|Thao| -", "PERSON", E)],
        passages=[("I'm not comfortable with the cost-benefit\nlanguage", "5.2.1"),
                  ("I'd recommend we drop the alternative standard", "5.2.1")],
        visible=["The comment period closes on June 30", "Attached is OGC's markup of the draft preamble"],
        batch=114,
    ),
    Doc(
        "nl-wmo-gespreksverslag-keukentafel",
        "Gemeente Enschede - Wmo-consulentschap\n"
        "Gespreksverslag onderzoek maatwerkvoorziening\n"
        "\n"
        "Cliënt: mevrouw A.G. Hoekstra-Bos\n"
        "Geboortedatum: 14-06-1941\n"
        "Adres: Lindelaan 22, 7521 BK Enschede\n"
        "Datum gesprek: 9 januari 2025\n"
        "\n"
        "Situatie\n"
        "Mevrouw woont sinds het overlijden van haar man in 2022 alleen. Sinds een herseninfarct in maart 2023 heeft\n"
        "zij weinig kracht in haar rechterarm en loopt zij met een rollator. Haar dochter komt twee keer per week en\n"
        "geeft aan dat zij overbelast raakt. Mevrouw gebruikt sinds het voorjaar antidepressiva.\n"
        "\n"
        "Afspraken\n"
        "De gemeente indiceert huishoudelijke ondersteuning voor drie uur per week. Het verslag is op 16 januari\n"
        "aan mevrouw toegestuurd.\n",
        redact=[("A.G. Hoekstra-Bos", "PERSON", E), ("14-06-1941", "DATE_OF_BIRTH", E),
                ("Lindelaan 22, 7521 BK", "ADDRESS", E)],
        passages=[("herseninfarct", SPECIAL), ("antidepressiva", SPECIAL)],
        visible=["Het verslag is op 16 januari\naan mevrouw toegestuurd", "Gemeente Enschede - Wmo-consulentschap",
                 "9 januari 2025"],
        batch=114,
    ),
    Doc(
        "nl-casusoverleg-wijkteam-veilig-thuis",
        "Verslag casusoverleg wijkteam Noord en Veilig Thuis, 22 oktober 2024\n"
        "Betreft: gezin Van Dalen (Mila, 8 jaar, en Daan, 5 jaar)\n"
        "\n"
        "Moeder heeft in september bij Veilig Thuis gemeld dat haar ex-partner, Kevin Bosman, haar in augustus\n"
        "meerdere keren heeft geslagen, ook waar de kinderen bij waren. Bosman is in 2022 veroordeeld voor\n"
        "mishandeling. Mila slaapt slecht en is op school teruggetrokken; de intern begeleider heeft haar aangemeld bij\n"
        "de GGZ voor traumabehandeling.\n"
        "\n"
        "Afspraak: het wijkteam start op 1 november een traject; Veilig Thuis sluit de melding af.\n",
        redact=[("Van Dalen", "PERSON", E), ("Mila", "PERSON", E), ("Daan", "PERSON", E), ("Kevin Bosman", "PERSON", E),
                ("Bosman", "PERSON", E)],
        passages=[("heeft geslagen", SPECIAL), ("veroordeeld voor\nmishandeling", SPECIAL), ("slaapt slecht", SPECIAL),
                  ("traumabehandeling", SPECIAL)],
        visible=["het wijkteam start op 1 november een traject"],
        batch=114,
    ),
    Doc(
        "nl-beoordelingsrapport-schoonmaak-rijkskantoren",
        "Rijksvastgoedbedrijf - Beoordelingsrapport\n"
        "Europese aanbesteding Schoonmaakdiensten Rijkskantoren regio Oost (2024-RVB-118)\n"
        "Vertrouwelijk: alleen voor de beoordelingscommissie\n"
        "\n"
        "Er zijn vier inschrijvingen ontvangen. Inschrijver C voldeed niet aan de geschiktheidseis.\n"
        "\n"
        "Prijs\n"
        "Inschrijver A biedt een uurtarief van EUR 31,40 en rekent met een opslag voor overhead van 9 procent.\n"
        "Inschrijver B ligt met EUR 36,15 per uur het hoogst; haar prijsopbouw gaat uit van een loonstijging van\n"
        "4 procent in 2025.\n"
        "\n"
        "Kwaliteit\n"
        "Het plan van aanpak van inschrijver B scoort het hoogst (8,5 van 10).\n"
        "\n"
        "Advies\n"
        "De commissie adviseert de opdracht voorlopig te gunnen aan inschrijver A.\n",
        redact=[("Inschrijver A biedt een uurtarief van EUR 31,40 en rekent met een opslag voor overhead van 9 procent",
                 "PASSAGE", "5.1.1c"),
                (("Inschrijver B ligt met EUR 36,15 per uur het hoogst; haar prijsopbouw gaat uit van een loonstijging van\n"
                  "4 procent in 2025"), "PASSAGE", "5.1.1c")],
        passages=[("De commissie adviseert de opdracht voorlopig te gunnen", "5.2.1")],
        visible=["Er zijn vier inschrijvingen ontvangen", "Rijksvastgoedbedrijf - Beoordelingsrapport"],
        batch=114,
    ),
    Doc(
        "en-us-cable-deputy-fm-confided",
        "SECRET//NOFORN\n"
        "SUBJECT: GULF STATE DEPUTY FM ON TALKS WITH TEHRAN\n"
        "\n"
        "1. (C) Summary: The Deputy Foreign Minister confirmed a second round of talks with Iran next month. End\n"
        "summary.\n"
        "\n"
        "2. (S/NF) In a March 3 meeting with the Ambassador, the Deputy Foreign Minister said that his government had\n"
        "offered to host the next round in Muscat and that Tehran had accepted. He asked that this not be shared\n"
        "with European partners until the date is fixed.\n"
        "\n"
        "3. (C) The Deputy FM was frank about his own doubts: speaking privately, he said the Foreign Minister\n"
        "overestimates Iranian flexibility on enrichment.\n"
        "\n"
        "4. (U) The Ministry's spokesperson publicly stated on March 4 that the country supports dialogue in the\n"
        "region.\n",
        passages=[("He asked that this not be shared\nwith European partners", "5.1.2a"),
                  ("speaking privately, he said the Foreign Minister\noverestimates", "5.1.2a")],
        visible=["The Ministry's spokesperson publicly stated on March 4", "SECRET//NOFORN"],
        batch=114,
    ),
    Doc(
        "nl-kamerbrief-economische-veiligheid-kennisveiligheid",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "\n"
        "Datum 12 mei 2025\n"
        "Betreft Voortgang economische veiligheid en kennisveiligheid\n"
        "\n"
        "Geachte voorzitter,\n"
        "\n"
        "Hierbij informeer ik uw Kamer over de voortgang van het beleid voor economische veiligheid. De AIVD en de\n"
        "MIVD waarschuwen in hun openbare jaarverslagen dat statelijke actoren bedrijfsgeheimen en gevoelige\n"
        "technologie proberen te verwerven. Ik vind dat bedrijven en kennisinstellingen daartegen beter beschermd\n"
        "moeten worden. Naar mijn oordeel is de investeringstoets daarvoor een belangrijk instrument.\n"
        "\n"
        "Het Bureau Toetsing Investeringen heeft in 2024 ruim 200 meldingen beoordeeld. Vertrouwelijke\n"
        "bedrijfsgegevens die daarbij worden verstrekt, deel ik niet met uw Kamer; dat zou de concurrentiepositie\n"
        "van de betrokken bedrijven schaden. Ook over kwetsbaarheden in vitale infrastructuur doe ik in het openbaar\n"
        "geen uitspraken.\n"
        "\n"
        "Het Loket Kennisveiligheid heeft in 2024 340 vragen van universiteiten beantwoord. In vertrouwelijke\n"
        "gesprekken met andere lidstaten wisselen wij ervaringen uit; de resultaten daarvan deel ik in de\n"
        "geannoteerde agenda van de Raad.\n"
        "\n"
        "De minister van Economische Zaken,\n",
        visible=["statelijke actoren bedrijfsgeheimen en gevoelige\ntechnologie proberen te verwerven",
                 "Ik vind dat bedrijven en kennisinstellingen daartegen beter beschermd",
                 "Naar mijn oordeel is de investeringstoets", "Vertrouwelijke\nbedrijfsgegevens",
                 "kwetsbaarheden in vitale infrastructuur", "In vertrouwelijke\ngesprekken met andere lidstaten"],
        batch=114,
    ),
    Doc(
        "nl-verslag-regionaal-veiligheidsoverleg-feitelijk",
        "Verslag Regionaal Veiligheidsoverleg Eenheid Oost-Brabant\n"
        "Datum: 17 maart 2025\n"
        "Aanwezig: de burgemeesters van de regio, de hoofdofficier van justitie, de politiechef\n"
        "\n"
        "1. Mededelingen\n"
        "De politiechef meldt dat het aantal woninginbraken in 2024 met 12 procent is gedaald. De NCTV heeft het\n"
        "Dreigingsbeeld Terrorisme Nederland op 10 maart gepubliceerd; het dreigingsniveau blijft 4.\n"
        "\n"
        "2. Beveiliging evenementen\n"
        "Het overleg bespreekt de evaluatie van carnaval. De inzet van de ME bij de optocht in 's-Hertogenbosch\n"
        "verliep volgens plan. Besloten wordt de evaluatie in juni te agenderen.\n"
        "\n"
        "3. Ondermijning\n"
        "De hoofdofficier licht het jaarbericht van het RIEC toe. Het aantal bestuurlijke rapportages is gestegen\n"
        "naar 48. Actiepunt: het secretariaat stuurt het jaarbericht rond.\n",
        visible=["De NCTV heeft het\nDreigingsbeeld Terrorisme Nederland op 10 maart gepubliceerd",
                 "De inzet van de ME bij de optocht", "Besloten wordt de evaluatie in juni te agenderen",
                 "De politiechef meldt dat het aantal woninginbraken"],
        batch=114,
    ),
    Doc(
        "nl-woo-besluit-wettekst-geciteerd",
        "Besluit op uw Woo-verzoek\n"
        "\n"
        "Artikel 5.1, tweede lid, van de Woo luidt:\n"
        "'Het openbaar maken van informatie blijft eveneens achterwege voor zover het belang daarvan niet opweegt\n"
        "tegen een van de volgende belangen: a. de betrekkingen van Nederland met andere staten en met\n"
        "internationale organisaties; (...) d. inspectie, controle en toezicht door bestuursorganen; (...) h. de\n"
        "beveiliging van personen en bedrijven en het voorkomen van sabotage;'\n"
        "\n"
        "Artikel 5.2, eerste lid, van de Woo bepaalt dat in geval van een verzoek om informatie uit documenten\n"
        "opgesteld ten behoeve van intern beraad geen informatie wordt verstrekt over persoonlijke\n"
        "beleidsopvattingen. Onder persoonlijke beleidsopvattingen wordt verstaan: een opvatting, voorstel,\n"
        "aanbeveling of conclusie van een of meer personen over een bestuurlijke aangelegenheid.\n"
        "\n"
        "In de documenten 4 en 7 staan gegevens over de gezondheid van een betrokkene. Dit zijn bijzondere\n"
        "persoonsgegevens; die maak ik niet openbaar.\n",
        visible=["de betrekkingen van Nederland met andere staten", "beveiliging van personen en bedrijven",
                 "een opvatting, voorstel,\naanbeveling of conclusie", "gegevens over de gezondheid van een betrokkene"],
        batch=114,
    ),
    Doc(
        "en-press-release-cyber-incident",
        "Press release\n"
        "National Cyber Security Centre, 8 April 2025\n"
        "\n"
        "NCSC responds to ransomware attack on regional water company\n"
        "\n"
        "The NCSC is working with the company and law enforcement after a ransomware attack on its billing systems.\n"
        "Drinking water supply has not been affected. Security services are assessing whether a state actor was\n"
        "involved. We would advise all water companies to check their remote access arrangements. In our view the\n"
        "sector has made good progress, but vulnerabilities in older control systems remain.\n",
        visible=["Security services are assessing whether a state actor was\ninvolved",
                 "We would advise all water companies", "In our view the\nsector has made good progress",
                 "vulnerabilities in older control systems remain"],
        batch=114,
    ),
    Doc(
        "nl-memo-drones-vliegbasis-mivd",
        "Ministerie van Defensie - memo aan de staatssecretaris\n"
        "Onderwerp: dronewaarnemingen vliegbasis Volkel, stand van zaken\n"
        "Datum: 28 november 2024\n"
        "\n"
        "Sinds 20 november zijn boven en rond de vliegbasis elf keer drones waargenomen. De MIVD onderzoekt of een\n"
        "statelijke actor achter de vluchten zit; de dienst heeft aanwijzingen dat ten minste twee vluchten vanaf\n"
        "een schip in de Noordzee werden aangestuurd. De detectieapparatuur op de basis dekt het noordelijk deel van\n"
        "het terrein niet; daar is tot januari geen radarbeeld.\n"
        "\n"
        "De Koninklijke Marechaussee heeft aangifte gedaan. Het ministerie heeft op 25 november een persbericht\n"
        "uitgebracht over de waarnemingen.\n",
        passages=[("De MIVD onderzoekt of een\nstatelijke actor achter de vluchten zit", "5.1.1b")],
        redact=[("De detectieapparatuur op de basis dekt het noordelijk deel van\nhet terrein niet", "PASSAGE", "5.1.2h")],
        visible=["Sinds 20 november zijn boven en rond de vliegbasis elf keer drones waargenomen",
                 "De Koninklijke Marechaussee heeft aangifte gedaan"],
        batch=114,
    ),
    Doc(
        "nl-draaiboek-beveiliging-strafzaak",
        "Openbaar Ministerie - Arrondissementsparket Midden-Nederland\n"
        "Draaiboek beveiliging zittingsdagen strafzaak 16/778231-23, 3 tot en met 7 maart 2025\n"
        "\n"
        "De verdachte wordt iedere zittingsdag om 7.30 uur via de sluis aan de achterzijde van het gerechtsgebouw\n"
        "binnengebracht. De DSI is in de zittingszaal aanwezig. De officier van justitie wordt iedere ochtend thuis\n"
        "opgehaald in een gepantserde auto en rijdt steeds een andere route. Het publiek wordt bij de hoofdingang\n"
        "gecontroleerd.\n"
        "\n"
        "De zaak is openbaar; de rechtbank publiceert de uitspraak op rechtspraak.nl.\n",
        redact=[(("De verdachte wordt iedere zittingsdag om 7.30 uur via de sluis aan de achterzijde van het gerechtsgebouw\n"
                 "binnengebracht"), "PASSAGE", "5.1.2h"),
                ("De DSI is in de zittingszaal aanwezig", "PASSAGE", "5.1.2h"),
                ("wordt iedere ochtend thuis\nopgehaald in een gepantserde auto en rijdt steeds een andere route",
                 "PASSAGE", "5.1.2h")],
        visible=["De zaak is openbaar; de rechtbank publiceert de uitspraak"],
        batch=114,
    ),
    Doc(
        "en-uk-grant-appraisal-company-accounts",
        "Industrial Energy Transformation Fund - Phase 3 appraisal\n"
        "Applicant: Tees Valley Glass Ltd\n"
        "\n"
        "The applicant seeks £6.2m towards a hybrid electric furnace. Its management accounts, provided to the\n"
        "Department in confidence, show an operating loss of £1.9m in 2023 and a cost of energy of 31% of turnover.\n"
        "The furnace would cut emissions by 42,000 tonnes of CO2 a year.\n"
        "\n"
        "The appraisal panel recommends a grant of £5.5m, subject to due diligence.\n",
        redact=[(("Its management accounts, provided to the\nDepartment in confidence, show an operating loss of £1.9m in "
                  "2023 and a cost of energy of 31% of turnover"), "PASSAGE", "5.1.1c")],
        passages=[("The appraisal panel recommends a grant of £5.5m", "5.2.1")],
        visible=["The furnace would cut emissions by 42,000 tonnes of CO2 a year", "Tees Valley Glass Ltd"],
        batch=114,
    ),
    # -- batch 115: a WhatsApp export of officials around a mayor's decision, an inspection of a chemical plant, a
    #    youth-care report, a UK e-mail on what a Gulf minister said privately, a US (b)(5) e-mail, and public texts
    #    (a municipal policy note on threats against officials, a published prison inspection, a decision list of the
    #    college) that must stay silent.
    #    First run, before its fixes: recall 0.84, precision 0.846 (25 items, 26 findings): a published inspection report
    #    read as internal ('Staff told us privately', 'In our view', 'We recommend'), a letter received in a decision list
    #    ('Ingekomen: brief van de AIVD'), 'vertrouwelijk verstrekte', a fence that 'heeft over 300 meter geen detectie',
    #    'In our assessment', 'I would push back on'. After the fixes: recall 1.0, precision 1.0 --------------------------
    Doc(
        "nl-whatsapp-export-noodbevel-demonstratie",
        "WhatsApp-chat 'Driehoek staf Arnhem' (export)\n"
        "\n"
        "14-09-2024 21:03 - Koen Valkhof: Politie meldt 300 man bij het Airborneplein, groeiend\n"
        "14-09-2024 21:05 - Ilse Mertens: burgemeester wil nog geen noodbevel. ik vind dat we het nu moeten doen, voor het\n"
        "escaleert\n"
        "14-09-2024 21:06 - Koen Valkhof: eens. maar de OvJ twijfelt ook\n"
        "14-09-2024 21:09 - Ilse Mertens: de burgemeester gaat om 21.30 uur via de achteringang van het stadhuis naar de\n"
        "commandokamer, zijn beveiligers rijden mee\n"
        "14-09-2024 21:14 - Koen Valkhof: noodbevel is getekend, gaat om 21.20 uur in\n",
        redact=[("Koen Valkhof", "PERSON", E), ("Ilse Mertens", "PERSON", E),
                (("de burgemeester gaat om 21.30 uur via de achteringang van het stadhuis naar de\n"
                  "commandokamer, zijn beveiligers rijden mee"), "PASSAGE", "5.1.2h")],
        passages=[("ik vind dat we het nu moeten doen", "5.2.1")],
        visible=["noodbevel is getekend, gaat om 21.20 uur in", "Politie meldt 300 man bij het Airborneplein"],
        batch=115,
    ),
    Doc(
        "nl-ilt-inspectieverslag-brzo-bedrijf",
        "Inspectie Leefomgeving en Transport / Omgevingsdienst Noordzeekanaalgebied\n"
        "Inspectieverslag Brzo-inspectie Chemiepark Westhaven B.V., 4 en 5 juni 2024\n"
        "\n"
        "Bevindingen\n"
        "Het bedrijf heeft de inspecteurs inzage gegeven in zijn productieplanning; de productiecapaciteit van de\n"
        "chloorfabriek bedraagt volgens die vertrouwelijk verstrekte planning 210.000 ton per jaar. Het hek langs de\n"
        "kade heeft over 300 meter geen detectie. De noodstroomvoorziening is in 2023 niet getest.\n"
        "\n"
        "Oordeel\n"
        "Het bedrijf voldoet niet aan artikel 5, eerste lid, van het Brzo 2015. Wij leggen een last onder dwangsom op.\n",
        redact=[(("de productiecapaciteit van de\nchloorfabriek bedraagt volgens die vertrouwelijk verstrekte planning 210.000 "
                  "ton per jaar"), "PASSAGE", "5.1.1c"),
                ("Het hek langs de\nkade heeft over 300 meter geen detectie", "PASSAGE", "5.1.2h")],
        visible=["Het bedrijf voldoet niet aan artikel 5, eerste lid, van het Brzo 2015",
                 "De noodstroomvoorziening is in 2023 niet getest"],
        batch=115,
    ),
    Doc(
        "nl-jeugdbescherming-rapportage-jongere",
        "Gecertificeerde instelling Jeugdbescherming Gelderland - voortgangsrapportage\n"
        "Jongere: Jayden Koolhoven, geboren 2 mei 2010\n"
        "Jeugdbeschermer: N. Demirci\n"
        "\n"
        "Jayden woont sinds maart in een gezinshuis in Ede. Hij gebruikt volgens de gezinshuisouders bijna dagelijks\n"
        "cannabis en is in juni door de politie aangehouden voor winkeldiefstal. Zijn moeder heeft een licht\n"
        "verstandelijke beperking en kan de opvoeding niet alleen aan. Het contact met vader verloopt via begeleide\n"
        "omgang, eens per twee weken op het kantoor van de GI.\n",
        redact=[("Jayden Koolhoven", "PERSON", E), ("2 mei 2010", "DATE_OF_BIRTH", E), ("N. Demirci", "PERSON", E),
                ("Jayden", "PERSON", E)],
        passages=[("bijna dagelijks\ncannabis", SPECIAL), ("aangehouden voor winkeldiefstal", SPECIAL),
                  ("licht\nverstandelijke beperking", SPECIAL)],
        visible=["Gecertificeerde instelling Jeugdbescherming Gelderland"],
        batch=115,
    ),
    Doc(
        "en-uk-fcdo-email-gulf-minister",
        "From: Harcourt, Eleanor (MED Gulf)\n"
        "To: PS/Minister for the Middle East\n"
        "Subject: Call with the Qatari Minister of State - readout\n"
        "\n"
        "The Minister of State was warm about the hostage negotiation channel. He told HMA privately that Doha has\n"
        "passed a new proposal to Hamas, and asked that we not raise it with the Israelis before Thursday. In our\n"
        "assessment the proposal is unlikely to survive contact with Netanyahu's cabinet.\n"
        "\n"
        "Qatar's Foreign Ministry spokesman told a press conference on Tuesday that talks were continuing.\n"
        "\n"
        "Eleanor\n",
        redact=[("Harcourt, Eleanor", "PERSON", E), ("Eleanor\n", "PERSON", E)],
        passages=[("He told HMA privately", "5.1.2a"), ("asked that we not raise it with the Israelis", "5.1.2a"),
                  ("In our\nassessment the proposal is unlikely", "5.2.1")],
        visible=["Qatar's Foreign Ministry spokesman told a press conference on Tuesday"],
        batch=115,
    ),
    Doc(
        "en-us-doi-email-b5-leasing",
        "From: Okonjo, Patrice <patrice_okonjo@ios.doi.gov>\n"
        "Sent: Thursday, February 13, 2025 9:41 AM\n"
        "To: Lindqvist, Bret <bret_lindqvist@blm.gov>\n"
        "Subject: RE: lease sale timing\n"
        "\n"
        "Bret - my concern is that we are getting ahead of the NEPA review. I would push back on the March date; the\n"
        "Solicitor's office thinks the record is thin on cumulative impacts. Let's discuss at the 2:00.\n",
        redact=[("Okonjo, Patrice", "PERSON", E), ("patrice_okonjo@ios.doi.gov", "EMAIL", E), ("Lindqvist, Bret", "PERSON", E),
                ("bret_lindqvist@blm.gov", "EMAIL", E), ("Bret", "PERSON", E)],
        passages=[("my concern is that we are getting ahead of the NEPA review", "5.2.1"),
                  ("I would push back on the March date", "5.2.1")],
        visible=["Let's discuss at the 2:00"],
        batch=115,
    ),
    Doc(
        "nl-beleidsnota-weerbaar-bestuur",
        "Beleidsnota Weerbaar Bestuur 2025-2028\n"
        "Gemeente Tilburg\n"
        "\n"
        "Bedreiging en intimidatie van burgemeesters, wethouders en raadsleden nemen toe. Uit de monitor Integriteit\n"
        "en Veiligheid blijkt dat een op de vier politieke ambtsdragers in 2024 werd bedreigd. Als een bestuurder wordt\n"
        "bedreigd, kan de politie de beveiliging van zijn woning aanpassen, bijvoorbeeld met camerabewaking of een\n"
        "alarmknop. Over de maatregelen voor individuele bestuurders doen wij geen mededelingen. De AIVD en de NCTV\n"
        "ondersteunen gemeenten met kennis over statelijke inmenging. Wij vinden dat elke bedreiging moet worden gemeld\n"
        "en we adviseren raadsleden aangifte te doen.\n",
        visible=["kan de politie de beveiliging van zijn woning aanpassen", "De AIVD en de NCTV\nondersteunen gemeenten",
                 "Wij vinden dat elke bedreiging moet worden gemeld", "we adviseren raadsleden aangifte te doen",
                 "een op de vier politieke ambtsdragers"],
        batch=115,
    ),
    Doc(
        "en-hmip-published-inspection-report",
        "Report on an unannounced inspection of HMP Woodhill\n"
        "by HM Chief Inspector of Prisons, 3-14 March 2025\n"
        "\n"
        "Inspectors found that prisoners with serious mental health problems waited too long for transfer to hospital.\n"
        "One man had been held in the segregation unit for 84 days. Staff told us privately that they did not feel safe\n"
        "on the house blocks at night. In our view leaders had not done enough to reduce violence. We recommend that the\n"
        "prison reviews its use of segregation.\n",
        visible=["One man had been held in the segregation unit for 84 days", "Staff told us privately",
                 "In our view leaders had not done enough", "We recommend that the\nprison reviews"],
        batch=115,
    ),
    Doc(
        "nl-besluitenlijst-college-feitelijk",
        "Besluitenlijst vergadering college van burgemeester en wethouders, 11 maart 2025\n"
        "\n"
        "1. Veiligheidsregio: het college neemt kennis van het jaarverslag 2024 van de Veiligheidsregio.\n"
        "2. Cameratoezicht Stationsgebied: het college stemt in met verlenging van het cameratoezicht tot 1 maart 2026.\n"
        "3. Subsidie Stichting Vluchtelingenwerk: het college verleent een subsidie van EUR 84.000 voor 2025.\n"
        "4. Ingekomen: brief van de AIVD over de handreiking statelijke inmenging; voor kennisgeving aangenomen.\n",
        visible=["het college stemt in met verlenging van het cameratoezicht", "brief van de AIVD over de handreiking",
                 "het college verleent een subsidie van EUR 84.000"],
        batch=115,
    ),
    # -- batch 116: an embassy's trade mail, a nota with a director's margin notes, a UK policy e-mail, an information
    #    evening's factual report with residents' views, a mayor's memo on an AIVD official message, a GGZ crisis note,
    #    a US accommodation e-mail, a subsidy decision with a firm's accounts, and a Kamerbrief on mental health and an
    #    OM press release that must stay silent.
    #    First run, before its fixes: recall 0.667, precision 0.818 (27 items, 22 findings): 'verzocht ons die
    #    tijdsplanning niet ... te delen', doubt about feasibility ('ik betwijfel of ... haalbaar'), 'Liever schrappen'
    #    in a margin note, 'I'd be wary of', an acute state ('is sinds twee weken manisch'), 'zijn lithium', a crisis
    #    order given, a HIC ward, a patient on average in a Kamerbrief. Two expectations were added after the run (an
    #    AIVD official message named in a subject line; an HR office's recommendation). After the fixes: recall 0.966,
    #    precision 0.964 (29 items) -------------------------------------------------------------------------------------
    Doc(
        "nl-mail-ambassade-handelsmissie-delhi",
        "Van: Ambassade New Delhi, afdeling Economische Zaken\n"
        "Aan: BZ/DIO; EZ/DGBEB\n"
        "Onderwerp: terugkoppeling gesprek Indiase staatssecretaris Handel over de handelsmissie\n"
        "\n"
        "Gisteren sprak de ambassadeur met de Indiase staatssecretaris van Handel. Hij bevestigde dat India de\n"
        "importheffing op Nederlandse pootaardappelen wil verlagen. Onder vier ogen voegde hij eraan toe dat zijn\n"
        "minister het besluit pas na de deelstaatverkiezingen in Bihar durft te nemen. Hij verzocht ons die\n"
        "tijdsplanning niet met het bedrijfsleven te delen.\n"
        "\n"
        "De handelsmissie onder leiding van de minister voor Buitenlandse Handel vindt plaats van 3 tot 6 februari.\n",
        passages=[("Onder vier ogen voegde hij eraan toe", "5.1.2a"),
                  ("Hij verzocht ons die\ntijdsplanning niet met het bedrijfsleven te delen", "5.1.2a")],
        visible=["De handelsmissie onder leiding van de minister voor Buitenlandse Handel",
                 "Gisteren sprak de ambassadeur met de Indiase staatssecretaris van Handel"],
        batch=116,
    ),
    Doc(
        "nl-nota-kanttekeningen-directeur-woningbouw",
        "Nota aan de minister van Volkshuisvesting en Ruimtelijke Ordening\n"
        "Onderwerp: Woningbouwimpuls, verdeling vijfde tranche\n"
        "\n"
        "Beslispunt: stemt u in met de verdeling van EUR 300 miljoen over 41 projecten (bijlage 1)?\n"
        "\n"
        "Toelichting\n"
        "De beoordelingscommissie heeft 78 aanvragen beoordeeld. 41 projecten voldoen aan alle criteria.\n"
        "\n"
        "[Kanttekening dir. WB: ik betwijfel of project 17 in Lelystad haalbaar is; de gemeente heeft nog geen\n"
        "grondpositie. Liever schrappen en het geld naar de reservelijst.]\n"
        "\n"
        "Vervolg\n"
        "Na uw akkoord informeren wij de gemeenten per brief.\n",
        passages=[("ik betwijfel of project 17 in Lelystad haalbaar is", "5.2.1"),
                  ("Liever schrappen en het geld naar de reservelijst", "5.2.1")],
        visible=["De beoordelingscommissie heeft 78 aanvragen beoordeeld", "Na uw akkoord informeren wij de gemeenten"],
        batch=116,
    ),
    Doc(
        "en-uk-dfe-email-policy-options",
        "From: Moreton, Alistair (DfE)\n"
        "To: Bhatt, Sunita (DfE); Clegg, Owen (DfE)\n"
        "Subject: RE: free school meals auto-enrolment - options\n"
        "\n"
        "Sunita, Owen - thanks. I'd be wary of committing to a September start in the consultation response;\n"
        "the data-sharing agreement with DWP won't be signed before the summer. My preference would be to say\n"
        "'from 2026' and leave the month open. Happy to discuss.\n"
        "\n"
        "Alistair\n",
        redact=[("Moreton, Alistair", "PERSON", E), ("Bhatt, Sunita", "PERSON", E), ("Clegg, Owen", "PERSON", E),
                ("|Sunita|, Owen", "PERSON", E), ("Sunita, |Owen| -", "PERSON", E), ("Alistair\n", "PERSON", E)],
        passages=[("I'd be wary of committing to a September start", "5.2.1"),
                  ("My preference would be to say", "5.2.1")],
        visible=["the data-sharing agreement with DWP"],
        batch=116,
    ),
    Doc(
        "nl-verslag-informatieavond-windpark",
        "Verslag informatieavond Windpark Egmondermeer, 12 november 2024\n"
        "\n"
        "Het college had bewoners uitgenodigd voor een toelichting op het voorkeursalternatief. Er waren ongeveer\n"
        "120 bezoekers. Een bewoner van de Hoeverweg vindt dat de turbines te dicht bij de woningen komen. Een andere\n"
        "bezoeker zegt dat hij sinds de bouw van het eerste windpark slecht slaapt door het geluid. De wethouder\n"
        "antwoordt dat de gemeente zich aan de landelijke normen houdt en dat het geluidsonderzoek openbaar is.\n"
        "\n"
        "De presentatie staat op de website van de gemeente.\n",
        visible=["Een bewoner van de Hoeverweg vindt dat de turbines te dicht bij de woningen komen",
                 "De wethouder\nantwoordt dat de gemeente zich aan de landelijke normen houdt"],
        passages=[("slecht slaapt door het geluid", SPECIAL)],
        batch=116,
    ),
    Doc(
        "nl-memo-burgemeester-ambtsbericht-aivd",
        "Gemeente Veenendaal - vertrouwelijk memo aan de burgemeester\n"
        "Onderwerp: ambtsbericht AIVD over stichting Al-Noor\n"
        "\n"
        "Op 8 april heeft de AIVD u een ambtsbericht gestuurd. Daarin staat dat twee bestuursleden van de stichting\n"
        "contacten onderhouden met een salafistisch netwerk in Duitsland. De AIVD vraagt u het ambtsbericht\n"
        "uitsluitend te gebruiken voor de beoordeling van de subsidieaanvraag.\n"
        "\n"
        "Advies: de subsidieaanvraag afwijzen op grond van de Wet Bibob. De stichting heeft in 2023 ook subsidie\n"
        "ontvangen voor het buurtproject in West.\n",
        passages=[("Op 8 april heeft de AIVD u een ambtsbericht gestuurd", "5.1.1b"),
                  ("ambtsbericht AIVD over stichting Al-Noor", "5.1.1b"),
                  ("De AIVD vraagt u het ambtsbericht\nuitsluitend te gebruiken", "5.1.1b")],
        visible=["De stichting heeft in 2023 ook subsidie\nontvangen voor het buurtproject in West"],
        batch=116,
    ),
    Doc(
        "nl-ggz-crisisdienst-verslag",
        "GGZ Centraal - crisisdienst, verslag beoordeling\n"
        "Cliënt: Ruben Hoogendijk, geboren 30-11-1988\n"
        "\n"
        "Op verzoek van de huisarts beoordeeld in de woning. Cliënt is sinds twee weken manisch, slaapt nauwelijks en\n"
        "heeft zijn lithium gestaakt. De burgemeester heeft een crisismaatregel afgegeven; cliënt is om 23.40 uur\n"
        "opgenomen op de HIC van locatie Zon en Schild.\n",
        redact=[("Ruben Hoogendijk", "PERSON", E), ("30-11-1988", "DATE_OF_BIRTH", E)],
        passages=[("sinds twee weken manisch", SPECIAL), ("heeft zijn lithium gestaakt", SPECIAL),
                  ("crisismaatregel", SPECIAL), ("opgenomen op de HIC", SPECIAL)],
        visible=["GGZ Centraal - crisisdienst, verslag beoordeling"],
        batch=116,
    ),
    Doc(
        "en-us-email-reasonable-accommodation",
        "From: Tran, Mei (OHR)\n"
        "To: Castellanos, Victor (OCIO)\n"
        "Subject: accommodation request - telework\n"
        "\n"
        "Victor, the employee's physician confirms that she is undergoing chemotherapy through April and is\n"
        "immunocompromised. We recommend approving full-time telework until May 31. Please do not share the medical\n"
        "details with the team.\n",
        redact=[("Tran, Mei", "PERSON", E), ("Castellanos, Victor", "PERSON", E), ("Victor", "PERSON", E)],
        passages=[("undergoing chemotherapy", SPECIAL), ("immunocompromised", SPECIAL),
                  ("We recommend approving full-time telework", "5.2.1")],
        batch=116,
    ),
    Doc(
        "nl-beschikking-subsidie-jaarrekening-bedrijf",
        "Rijksdienst voor Ondernemend Nederland - beoordeling aanvraag DEI+ (intern)\n"
        "Aanvrager: Greenhouse Heat Systems B.V., Naaldwijk\n"
        "\n"
        "De aanvrager heeft de jaarrekening 2023 vertrouwelijk overgelegd. Daaruit blijkt een nettoverlies van\n"
        "EUR 2,3 miljoen bij een omzet van EUR 11 miljoen. De solvabiliteit is daarmee onder de 15 procent gedaald.\n"
        "Het project past binnen de doelstellingen van de regeling.\n",
        redact=[("De aanvrager heeft de jaarrekening 2023 vertrouwelijk overgelegd", "PASSAGE", "5.1.1c")],
        visible=["Het project past binnen de doelstellingen van de regeling", "Greenhouse Heat Systems B.V."],
        batch=116,
    ),
    Doc(
        "nl-kamerbrief-ggz-wachttijden",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "\n"
        "Betreft Wachttijden in de ggz\n"
        "\n"
        "Mensen met ernstige psychische aandoeningen wachten te lang op passende zorg. Een patiënt met een\n"
        "eetstoornis wacht gemiddeld 14 weken op behandeling. Ik vind dat onaanvaardbaar. Naar mijn mening moeten\n"
        "zorgverzekeraars meer doen. Met de NZa maak ik afspraken over een maximale wachttijd.\n",
        visible=["Een patiënt met een\neetstoornis wacht gemiddeld 14 weken op behandeling",
                 "Ik vind dat onaanvaardbaar", "Naar mijn mening moeten\nzorgverzekeraars meer doen"],
        batch=116,
    ),
    Doc(
        "nl-persbericht-om-aanhouding-brandstichting",
        "Persbericht Openbaar Ministerie, 21 januari 2025\n"
        "\n"
        "Verdachte brandstichting woning Hoorn aangehouden\n"
        "\n"
        "De politie heeft zondag een 34-jarige man uit Hoorn aangehouden op verdenking van brandstichting in een\n"
        "woning aan de Westerdijk. De man zit in voorlopige hechtenis. Hij heeft een strafblad voor geweld. Het OM\n"
        "onderzoekt of hij de woning van zijn ex-partner in brand stak.\n",
        visible=["aangehouden op verdenking van brandstichting", "De man zit in voorlopige hechtenis",
                 "Hij heeft een strafblad voor geweld"],
        batch=116,
    ),
    # -- batch 117: forms met in real published texts read for this round (Kamerstukken as officielebekendmakingen.nl
    #    prints them, a committee debate's report) and internal minutes with each speaker on a line of their own.
    #    Written after the fixes those texts prompted (a Kamerstuk's 'Nr. ... BRIEF VAN' and 'VERSLAG VAN EEN
    #    COMMISSIEDEBAT' openings, a classification a published letter mentions, a speaker line in minutes), so its
    #    first run, recall 1.0 and precision 1.0, is no measure of them -----------------------------------------------
    Doc(
        "nl-kamerstuk-brief-jaarplan-mivd",
        "32 761 Verwerking en bescherming persoonsgegevens\n"
        "\n"
        "Nr. 318 BRIEF VAN DE MINISTER VAN DEFENSIE\n"
        "\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "\n"
        "Den Haag, 18 december 2024\n"
        "\n"
        "Hierbij informeer ik uw Kamer over de hoofdlijnen van het Jaarplan 2025 van de MIVD. Het jaarplan zelf is\n"
        "vanwege zijn inhoud staatsgeheim gerubriceerd; ik deel het integraal met de Commissie voor de Inlichtingen-\n"
        "en Veiligheidsdiensten. De MIVD richt zich in 2025 onder meer op Rusland, cyberdreigingen en de bescherming\n"
        "van de defensie-industrie. Ik vind het van groot belang dat de dienst daarvoor voldoende capaciteit heeft.\n",
        visible=["staatsgeheim gerubriceerd", "De MIVD richt zich in 2025 onder meer op Rusland",
                 "Ik vind het van groot belang"],
        batch=117,
    ),
    Doc(
        "nl-kamerstuk-verslag-commissiedebat-politie",
        "VERSLAG VAN EEN COMMISSIEDEBAT\n"
        "Vastgesteld 14 maart 2025\n"
        "\n"
        "De vaste commissie voor Justitie en Veiligheid heeft op 12 februari 2025 overleg gevoerd met de minister van\n"
        "Justitie en Veiligheid over politie.\n"
        "\n"
        "De heer Mutluer (GroenLinks-PvdA):\n"
        "Ik vind dat de minister de persoonsbeveiliging van burgemeesters veel te traag uitbreidt. Wat mij betreft\n"
        "komt er dit jaar nog extra geld bij.\n"
        "\n"
        "Minister Van Weel:\n"
        "Over de beveiliging van individuele burgemeesters doe ik geen uitspraken.\n",
        officials=["Van Weel"],
        visible=["Ik vind dat de minister de persoonsbeveiliging van burgemeesters", "Wat mij betreft",
                 "Over de beveiliging van individuele burgemeesters"],
        batch=117,
    ),
    Doc(
        "nl-verslag-stuurgroep-sprekers-op-eigen-regel",
        "Verslag stuurgroep Versterking Toezicht Kinderopvang, 4 juni 2025\n"
        "\n"
        "Mw. Karimi (SZW):\n"
        "Ik vind dat we de GGD-inspecties niet moeten verminderen; de signalen uit Rotterdam zijn zorgelijk.\n"
        "\n"
        "Dhr. Postma (VNG):\n"
        "Volgens mij kunnen de gemeenten met de huidige middelen volstaan.\n"
        "\n"
        "Besluit: het secretariaat werkt beide varianten uit voor de vergadering van 2 juli.\n",
        redact=[("Karimi", "PERSON", E), ("Postma", "PERSON", E)],
        passages=[("Ik vind dat we de GGD-inspecties niet moeten verminderen", "5.2.1"),
                  ("Volgens mij kunnen de gemeenten met de huidige middelen volstaan", "5.2.1")],
        visible=["(SZW):", "(VNG):", "het secretariaat werkt beide varianten uit"],
        batch=117,
    ),
    # -- batch 118: a municipality's memo on a firewall flaw, a company's letter asking for confidence, an asylum
    #    interview's report, a UK police e-mail planning an arrest, a US cable with remarks not for attribution, a mail on
    #    how to answer a Woo request, and a provincial press release on a cyber incident that must stay silent.
    #    First run, before its fixes: recall 0.571, precision 0.8 (14 items, 10 findings): a system on a version with a
    #    known flaw, a portal reachable 'vanaf internet' (no article), an arrest the police intend, a suspect who does not
    #    know what they have, a source's remark in the sentence before his request not to attribute it, advice not to
    #    redact ('zou ik ... niet weglakken'). One expectation added after the run (a raid on a house church). After the
    #    fixes: recall 1.0, precision 0.933 (15 items; the cooperative read as a person is people.py's) ---------------
    Doc(
        "nl-memo-ciso-firewall-kwetsbaarheid",
        "Gemeente Leeuwarden - memo CISO aan de gemeentesecretaris\n"
        "Onderwerp: kwetsbaarheid firewall\n"
        "\n"
        "De firewall aan de rand van ons netwerk draait op een versie met een bekende kwetsbaarheid waarmee een\n"
        "aanvaller op afstand beheerrechten kan krijgen. De leverancier heeft een patch uitgebracht; wij installeren\n"
        "die pas in het weekend van 22 maart. Tot die tijd is het beheerportaal vanaf internet bereikbaar.\n"
        "\n"
        "Het college is op 12 maart geïnformeerd.\n",
        redact=[(("De firewall aan de rand van ons netwerk draait op een versie met een bekende kwetsbaarheid waarmee een\n"
                  "aanvaller op afstand beheerrechten kan krijgen"), "PASSAGE", "5.1.2h"),
                ("Tot die tijd is het beheerportaal vanaf internet bereikbaar", "PASSAGE", "5.1.2h")],
        visible=["Het college is op 12 maart geïnformeerd"],
        batch=118,
    ),
    Doc(
        "nl-brief-bedrijf-verzoek-vertrouwelijkheid",
        "Van: Zuivelcoöperatie Noordmelk U.A.\n"
        "Aan: Provincie Friesland, afdeling Vergunningen\n"
        "Betreft: aanvulling aanvraag omgevingsvergunning uitbreiding poederfabriek\n"
        "\n"
        "Bijgaand treft u de gevraagde gegevens aan. Onze verwerkingscapaciteit stijgt na de uitbreiding van 1,1 naar\n"
        "1,6 miljard kilo melk per jaar; onze marge op melkpoeder ligt op dit moment rond 4 procent. Wij verzoeken u\n"
        "deze cijfers vertrouwelijk te behandelen, omdat concurrenten er onze kostprijs uit kunnen afleiden.\n"
        "\n"
        "De aanvraag zelf is op 3 februari ingediend via het Omgevingsloket.\n",
        redact=[(("Onze verwerkingscapaciteit stijgt na de uitbreiding van 1,1 naar\n1,6 miljard kilo melk per jaar; onze "
                  "marge op melkpoeder ligt op dit moment rond 4 procent"), "PASSAGE", "5.1.1c")],
        visible=["De aanvraag zelf is op 3 februari ingediend via het Omgevingsloket", "Zuivelcoöperatie Noordmelk U.A."],
        batch=118,
    ),
    Doc(
        "nl-ind-rapport-nader-gehoor-huiskerk-teheran",
        "Immigratie- en Naturalisatiedienst - rapport nader gehoor\n"
        "V-nummer: 2187654321\n"
        "\n"
        "Betrokkene verklaart dat hij in 2021 in Teheran in het geheim is bekeerd tot het christendom en sindsdien een\n"
        "huiskerk bezocht. Na een inval in de huiskerk is zijn broer gearresteerd. Betrokkene heeft sinds zijn vlucht\n"
        "last van nachtmerries en is in het azc aangemeld bij de huisarts.\n"
        "\n"
        "Het gehoor duurde van 09.30 tot 14.15 uur met een tolk Farsi.\n",
        redact=[("2187654321", "ID_NUMBER", E)],
        passages=[("bekeerd tot het christendom", SPECIAL), ("last van nachtmerries", SPECIAL),
                  ("inval in de huiskerk", SPECIAL)],
        visible=["Het gehoor duurde van 09.30 tot 14.15 uur met een tolk Farsi"],
        batch=118,
    ),
    Doc(
        "en-uk-police-email-arrest-plan",
        "OFFICIAL-SENSITIVE\n"
        "From: DS Hannah Whitcombe\n"
        "To: DI Raj Bhandari\n"
        "Subject: Op KESTREL - next steps\n"
        "\n"
        "Sir, we intend to arrest the main suspect at his home address on Thursday at 06:00, once the search warrant is\n"
        "signed. He does not know that we have the CCTV from the car park. The victim has been told the case is still\n"
        "under review.\n",
        redact=[("Hannah Whitcombe", "PERSON", E), ("Raj Bhandari", "PERSON", E),
                (("we intend to arrest the main suspect at his home address on Thursday at 06:00, once the search warrant is\n"
                  "signed"), "PASSAGE", "5.1.2c"),
                ("He does not know that we have the CCTV from the car park", "PASSAGE", "5.1.2c")],
        batch=118,
    ),
    Doc(
        "en-us-cable-not-for-attribution",
        "CONFIDENTIAL\n"
        "SUBJECT: ELECTIONS: OPPOSITION LEADER'S CHIEF OF STAFF ON BOYCOTT\n"
        "\n"
        "1. (C) The chief of staff of the main opposition leader told PolOff on May 2 that the party will announce a\n"
        "boycott of the June elections next week. He asked that his remarks not be attributed to him, as the decision\n"
        "has not been shared with the party's own MPs.\n"
        "\n"
        "2. (U) The Electoral Commission published the final candidate lists on April 28.\n",
        passages=[("He asked that his remarks not be attributed to him", "5.1.2a")],
        redact=[(("The chief of staff of the main opposition leader told PolOff on May 2 that the party will announce a\n"
                  "boycott of the June elections next week"), "PASSAGE", "5.1.2a")],
        visible=["The Electoral Commission published the final candidate lists on April 28"],
        batch=118,
    ),
    Doc(
        "nl-mail-jurist-afweging-woo-verzoek",
        "Van: Femke Rouwenhorst\n"
        "Aan: team Woo\n"
        "Onderwerp: RE: Woo-verzoek vergunning evenemententerrein\n"
        "\n"
        "Ik heb de stukken doorgelezen. Eerlijk gezegd zou ik de interne mail van de wethouder niet weglakken; die bevat\n"
        "vooral feiten. De beslistermijn verloopt op 14 mei.\n",
        redact=[("Femke Rouwenhorst", "PERSON", E)],
        passages=[("zou ik de interne mail van de wethouder niet weglakken", "5.2.1")],
        visible=["De beslistermijn verloopt op 14 mei", "Ik heb de stukken doorgelezen"],
        batch=118,
    ),
    Doc(
        "nl-persbericht-provincie-cyberincident",
        "Nieuwsbericht | Provincie Overijssel | 19 maart 2025\n"
        "\n"
        "Provincie herstelt na cyberaanval\n"
        "\n"
        "De provincie is op 17 maart getroffen door een cyberaanval. Aanvallers misbruikten een kwetsbaarheid in de\n"
        "firewall; die is inmiddels gedicht. Wij vinden het belangrijk open te zijn over wat er is gebeurd. Er zijn\n"
        "geen aanwijzingen dat persoonsgegevens zijn buitgemaakt. De politie en het NCSC onderzoeken de aanval.\n",
        visible=["Aanvallers misbruikten een kwetsbaarheid in de\nfirewall",
                 "Wij vinden het belangrijk open te zijn", "De politie en het NCSC onderzoeken de aanval"],
        batch=118,
    ),
    # -- batch 119: minutes of a closed triangle meeting, a US litigation e-mail, a municipal note on a firm's losses,
    #    a UK private office e-mail, and a GOV.UK policy paper and a Dutch coalition programme that must stay silent.
    #    First run, before its fixes: recall 0.364, precision 0.444 (11 items, 9 findings): a GOV.UK publication ('Policy
    #    paper', 'Published 24 June 2025') read as internal, a role's view in closed minutes ('De hoofdofficier acht een
    #    verbod juridisch kwetsbaar', 'geeft de voorkeur aan'), the ME 'paraat', 'DOJ thinks', 'I wouldn't sign off',
    #    'He thinks the Treasury line is too cautious', a company opening its books ('gaf inzage in de kwartaalcijfers')
    #    and its request not to share them read as a foreign government's. After the fixes: recall 1.0, precision 1.0 --
    Doc(
        "nl-verslag-driehoek-besloten-demonstratieverbod",
        "Verslag driehoeksoverleg (besloten), 6 oktober 2024\n"
        "Aanwezig: burgemeester, hoofdofficier van justitie, politiechef\n"
        "\n"
        "De burgemeester wil de aangekondigde demonstratie op de Dam verbieden. De hoofdofficier acht een verbod\n"
        "juridisch kwetsbaar en geeft de voorkeur aan een noodverordening voor het gebied rond de synagoge. De\n"
        "politiechef meldt dat de ME met twee pelotons paraat staat in de Marnixstraat.\n"
        "\n"
        "Besluit: de burgemeester beslist morgen na overleg met de organisatoren.\n",
        passages=[("acht een verbod\njuridisch kwetsbaar", "5.2.1"), ("geeft de voorkeur aan een noodverordening", "5.2.1")],
        redact=[("de ME met twee pelotons paraat staat in de Marnixstraat", "PASSAGE", "5.1.2h")],
        visible=["Besluit: de burgemeester beslist morgen na overleg met de organisatoren"],
        batch=119,
    ),
    Doc(
        "en-us-email-b5-litigation-risk",
        "From: Albright, Connor (OGC)\n"
        "To: Ferreira, Lucia (OAR)\n"
        "Subject: RE: haze rule - litigation exposure\n"
        "\n"
        "Lucia - DOJ thinks we would likely lose on the APA claim if the record stays as it is. Frankly, the cost\n"
        "estimates don't stack up, and I wouldn't sign off on the final rule until the RIA is redone.\n",
        redact=[("Albright, Connor", "PERSON", E), ("Ferreira, Lucia", "PERSON", E), ("Lucia", "PERSON", E)],
        passages=[("DOJ thinks we would likely lose", "5.2.1"), ("I wouldn't sign off on the final rule", "5.2.1")],
        batch=119,
    ),
    Doc(
        "nl-notitie-ez-bedrijf-verlies",
        "Gemeente Emmen - notitie economische zaken\n"
        "Onderwerp: gesprek met directie Polymeer Noord B.V. over behoud vestiging\n"
        "\n"
        "De directie gaf in het gesprek inzage in de kwartaalcijfers: de vestiging Emmen draait sinds 2023 verlies,\n"
        "in het derde kwartaal EUR 1,4 miljoen. Het moederbedrijf beslist in december over sluiting. De directie\n"
        "vroeg dringend deze cijfers niet te delen, ook niet met de ondernemingsraad.\n"
        "\n"
        "Bij de vestiging werken 230 mensen.\n",
        redact=[(("De directie gaf in het gesprek inzage in de kwartaalcijfers: de vestiging Emmen draait sinds 2023 "
                  "verlies,\nin het derde kwartaal EUR 1,4 miljoen"), "PASSAGE", "5.1.1c")],
        visible=["Bij de vestiging werken 230 mensen"],
        batch=119,
    ),
    Doc(
        "en-uk-private-office-email-secretary-of-state",
        "From: APS/Secretary of State\n"
        "To: Policy team - Energy Security\n"
        "Subject: SofS views on the price cap submission\n"
        "\n"
        "All - SofS read the submission over the weekend. He is not persuaded that Option B can be delivered by\n"
        "April and would like to see more on the risks to vulnerable households. He thinks the Treasury line is too\n"
        "cautious. Grateful for a revised note by Thursday.\n",
        passages=[("He is not persuaded that Option B can be delivered", "5.2.1"),
                  ("He thinks the Treasury line is too\ncautious", "5.2.1")],
        visible=["Grateful for a revised note by Thursday"],
        batch=119,
    ),
    Doc(
        "en-govuk-policy-paper-national-security",
        "Policy paper\n"
        "National Security Strategy 2025: Security for the British People in a Dangerous World\n"
        "Published 24 June 2025\n"
        "\n"
        "Our intelligence agencies, MI5, MI6 and GCHQ, work every day to keep the country safe. In our view the threat\n"
        "from state actors has never been higher. We would recommend that businesses in critical sectors review their\n"
        "protective security. Close protection officers will be deployed for ministers where the threat requires it.\n",
        visible=["Our intelligence agencies, MI5, MI6 and GCHQ", "In our view the threat",
                 "We would recommend that businesses", "Close protection officers will be deployed"],
        batch=119,
    ),
    Doc(
        "nl-coalitieprogramma-gemeente-veiligheid",
        "Coalitieprogramma 2022-2026 'Samen Sterk Schiedam'\n"
        "\n"
        "Veiligheid\n"
        "Wij vinden dat iedere inwoner zich veilig moet voelen. Naar ons oordeel is cameratoezicht in de binnenstad\n"
        "nodig. Bij dreiging tegen bestuurders zorgt de politie voor persoonsbeveiligers. Wij adviseren inwoners\n"
        "verdachte situaties te melden via 112.\n",
        visible=["Wij vinden dat iedere inwoner", "Naar ons oordeel is cameratoezicht", "persoonsbeveiligers",
                 "Wij adviseren inwoners"],
        batch=119,
    ),
    # -- batch 120: grounds the earlier batches touch least: an officer of justice's e-mail on a running inquiry, a Teams
    #    chat on securing a council meeting, an inspectorate's internal note on a care provider, an assessment of a firm's
    #    subsidy application, a US pre-decisional memo, a UK ministerial submission; and for precision a chronology of facts
    #    (Feitenrelaas) and the minutes of a public council debate, where opinions are said in public.
    #    First run, before its fixes: recall 0.571, precision 1.0 (28 items, 19 findings): none of the three tactical
    #    lines of the inquiry (arrests held back, records claimed only after them so no one is warned, a bug left in
    #    place), officers in plain clothes, the alarm button's place, none of the inspectorate's three (a measure if
    #    a condition fails, a follow-up visit not announced, signallers kept from the provider), none of the firm's
    #    three (its business case's margin, a supplier's quote, its request not to publish), a UK submission's
    #    'That you agree'. The two precision documents stayed silent. One expectation dropped after the run: the
    #    submission's 'That you agree to ...' is the decision put to the minister, which test_detect_passages keeps
    #    visible (as 'Stemt u in met'). After the fixes: recall 0.963 (27 items), precision 1.0; the alarm button
    #    said by 'Die' in a chat reply is an xfail ---------------------------------------------------------------
    Doc(
        "nl-mail-officier-lopend-onderzoek-witwassen",
        "Van: Annelies Brouwer-Kamphuis <a.brouwer@om.nl>\n"
        "Aan: Jeroen Wildeman <jeroen.wildeman@politie.nl>\n"
        "Datum: woensdag 12 februari 2025 16:48\n"
        "Onderwerp: RE: onderzoek Kolibrie - stand van zaken\n"
        "\n"
        "Jeroen,\n"
        "\n"
        "Dank voor je update. Voor het dossier zet ik de afspraken even op een rij:\n"
        "\n"
        "- We wachten met de aanhoudingen tot de tweede geldkoerier in beeld is.\n"
        "- De bankgegevens van de drie vennootschappen vorderen we pas na de aanhoudingen, zodat de\n"
        "  bestuurders niet gewaarschuwd worden.\n"
        "- Het OVC-middel in de bedrijfsruimte aan de Industrieweg blijft tot eind maart staan.\n"
        "\n"
        "De FIOD is op de hoogte en sluit aan bij het overleg van 20 februari.\n"
        "\n"
        "Groet,\n"
        "Annelies\n",
        redact=[("Annelies Brouwer-Kamphuis", "PERSON", E), ("a.brouwer@om.nl", "EMAIL", E),
                ("Jeroen Wildeman", "PERSON", E), ("jeroen.wildeman@politie.nl", "EMAIL", E),
                ("Jeroen", "PERSON", E), ("Annelies", "PERSON", E),
                ("We wachten met de aanhoudingen tot de tweede geldkoerier in beeld is", "PASSAGE", "5.1.2c"),
                (("De bankgegevens van de drie vennootschappen vorderen we pas na de aanhoudingen, zodat de\n"
                  "  bestuurders niet gewaarschuwd worden"), "PASSAGE", "5.1.2c"),
                ("Het OVC-middel in de bedrijfsruimte aan de Industrieweg blijft tot eind maart staan", "PASSAGE",
                 "5.1.2c")],
        visible=["De FIOD is op de hoogte en sluit aan bij het overleg van 20 februari", "onderzoek Kolibrie"],
        batch=120,
    ),
    Doc(
        "nl-teams-chat-beveiliging-raadsvergadering",
        "Chatgesprek Teams - kanaal Openbare Orde, export 3 juni 2025\n"
        "\n"
        "[09:02] Wendy Schoonhoven: Vanavond de raadsvergadering over het azc, we verwachten weer een volle tribune.\n"
        "[09:04] Rachid el Ouali: Twee BOA's in burger zitten op de eerste rij van de publieke tribune.\n"
        "[09:05] Rachid el Ouali: De burgemeester gaat na afloop via de personeelsingang naar de parkeergarage onder het stadhuis.\n"
        "[09:07] Wendy Schoonhoven: En de noodknop? Die zit toch nog onder de tafel van de voorzitter?\n"
        "[09:08] Rachid el Ouali: Ja, en die gaat rechtstreeks naar de meldkamer.\n"
        "[09:10] Wendy Schoonhoven: Prima. De agenda staat sinds vrijdag op de website.\n",
        redact=[("Wendy Schoonhoven", "PERSON", E), ("Rachid el Ouali", "PERSON", E),
                ("Twee BOA's in burger zitten op de eerste rij van de publieke tribune", "PASSAGE", "5.1.2h"),
                ("De burgemeester gaat na afloop via de personeelsingang naar de parkeergarage onder het stadhuis",
                 "PASSAGE", "5.1.2h"),
                ("Die zit toch nog onder de tafel van de voorzitter", "PASSAGE", "5.1.2h")],
        visible=["De agenda staat sinds vrijdag op de website", "Vanavond de raadsvergadering over het azc"],
        batch=120,
    ),
    Doc(
        "nl-interne-notitie-inspectie-thuiszorg",
        "Inspectie Gezondheidszorg en Jeugd\n"
        "Interne notitie - niet voor verzending\n"
        "Betreft: Thuiszorg De Lindeboom B.V., vervolg na toezichtbezoek 14 januari 2025\n"
        "\n"
        "1. Bevindingen\n"
        "Bij het bezoek op 14 januari bleek dat in 11 van de 20 dossiers geen actueel zorgplan aanwezig was.\n"
        "\n"
        "2. Vervolg\n"
        "Als de zorgaanbieder voor 1 april geen verbeterplan indient, leggen wij een aanwijzing op.\n"
        "Het vervolgbezoek vindt in de tweede helft van april plaats en wordt niet vooraf aangekondigd.\n"
        "De signalen van de twee oud-medewerkers nemen we mee zonder hun namen aan de aanbieder te noemen.\n"
        "\n"
        "3. Communicatie\n"
        "Het rapport van het bezoek wordt na vaststelling op de website van de inspectie gepubliceerd.\n",
        redact=[("Als de zorgaanbieder voor 1 april geen verbeterplan indient, leggen wij een aanwijzing op", "PASSAGE",
                 "5.1.2d"),
                ("Het vervolgbezoek vindt in de tweede helft van april plaats en wordt niet vooraf aangekondigd",
                 "PASSAGE", "5.1.2d"),
                ("De signalen van de twee oud-medewerkers nemen we mee zonder hun namen aan de aanbieder te noemen",
                 "PASSAGE", "5.1.2d")],
        visible=["in 11 van de 20 dossiers geen actueel zorgplan aanwezig was",
                 "Het rapport van het bezoek wordt na vaststelling op de website van de inspectie gepubliceerd",
                 "Thuiszorg De Lindeboom B.V."],
        batch=120,
    ),
    Doc(
        "nl-beoordeling-subsidieaanvraag-waterstof",
        "Rijksdienst voor Ondernemend Nederland\n"
        "Beoordelingsformulier DEI+ - aanvraag H2 Noordkop B.V.\n"
        "\n"
        "Projectomschrijving: bouw van een elektrolyser van 20 MW bij Den Helder.\n"
        "\n"
        "Financiële onderbouwing\n"
        "Volgens de bij de aanvraag gevoegde businesscase verwacht de aanvrager vanaf 2028 een brutomarge van 11 procent.\n"
        "De offerte van de stackleverancier ligt 18 procent onder de prijs die de aanvrager in 2023 betaalde.\n"
        "De aanvrager heeft verzocht de afnamecontracten met twee chemiebedrijven niet openbaar te maken.\n"
        "\n"
        "Oordeel\n"
        "De aanvraag voldoet aan de criteria van artikel 4.3 van de regeling. Het gevraagde bedrag is EUR 4,2 miljoen.\n",
        redact=[("verwacht de aanvrager vanaf 2028 een brutomarge van 11 procent", "PASSAGE", "5.1.1c"),
                ("De offerte van de stackleverancier ligt 18 procent onder de prijs die de aanvrager in 2023 betaalde",
                 "PASSAGE", "5.1.1c"),
                ("De aanvrager heeft verzocht de afnamecontracten met twee chemiebedrijven niet openbaar te maken",
                 "PASSAGE", "5.1.1c")],
        visible=["De aanvraag voldoet aan de criteria van artikel 4.3 van de regeling",
                 "Het gevraagde bedrag is EUR 4,2 miljoen", "bouw van een elektrolyser van 20 MW bij Den Helder"],
        batch=120,
    ),
    Doc(
        "en-us-predecisional-memo-rulemaking",
        "U.S. DEPARTMENT OF THE INTERIOR\n"
        "Bureau of Land Management\n"
        "\n"
        "DRAFT - PRE-DECISIONAL AND DELIBERATIVE\n"
        "\n"
        "MEMORANDUM\n"
        "TO: Deputy Director, Policy and Programs\n"
        "FROM: Kelsey Marchetti, Senior Policy Analyst\n"
        "SUBJECT: Options for the grazing fee proposed rule\n"
        "\n"
        "The comment period closed on March 3, 2025, with 4,112 comments received.\n"
        "\n"
        "I recommend that we hold the final rule until the economic analysis has been redone. In my view, Option 2\n"
        "exposes the Bureau to a strong challenge under the Administrative Procedure Act, and I would not advise\n"
        "publishing it in its current form. Solicitor's Office staff share this concern.\n"
        "\n"
        "Option 1 keeps the current fee of $1.35 per animal unit month.\n",
        redact=[("Kelsey Marchetti", "PERSON", E)],
        passages=[("I recommend that we hold the final rule", "5.2.1"), ("In my view, Option 2", "5.2.1"),
                  ("I would not advise\npublishing it", "5.2.1")],
        visible=["The comment period closed on March 3, 2025, with 4,112 comments received",
                 "Option 1 keeps the current fee of $1.35 per animal unit month", "Deputy Director, Policy and Programs"],
        batch=120,
    ),
    Doc(
        "en-uk-submission-minister-bus-franchising",
        "OFFICIAL-SENSITIVE\n"
        "SUBMISSION\n"
        "From: Priya Chandrasekar, Local Transport Directorate\n"
        "To: Minister for Local Transport\n"
        "Date: 9 May 2025\n"
        "\n"
        "Issue\n"
        "Three combined authorities have asked for funding to franchise their bus networks.\n"
        "\n"
        "Recommendation\n"
        "That you agree to fund the two authorities that have finished their assessments, and defer the third.\n"
        "\n"
        "Argument\n"
        "Our view is that funding all three now would stretch the settlement beyond what the Treasury will accept.\n"
        "On balance we think the third authority's case is weak, because its patronage figures rest on pre-pandemic data.\n"
        "\n"
        "Background\n"
        "The Bus Services Act 2017 gives mayoral combined authorities the power to franchise services.\n",
        redact=[("Priya Chandrasekar", "PERSON", E)],
        passages=[("Our view is that funding all three now", "5.2.1"),
                  ("On balance we think the third authority's case is weak", "5.2.1")],
        visible=["Three combined authorities have asked for funding to franchise their bus networks",
                 "That you agree to fund the two authorities",
                 "The Bus Services Act 2017 gives mayoral combined authorities the power to franchise services",
                 "Minister for Local Transport"],
        batch=120,
    ),
    Doc(
        "nl-feitenrelaas-sluiting-zwembad",
        "Gemeente Hardenberg\n"
        "Feitenrelaas sluiting zwembad De Slagen\n"
        "Opgesteld ten behoeve van de raadsenquête, 2 september 2025\n"
        "\n"
        "Op 14 maart 2024 stelde een extern bureau vast dat de dakconstructie niet meer aan het Bouwbesluit voldeed.\n"
        "Het college besloot op 19 maart 2024 het zwembad per direct te sluiten. Op 2 april 2024 bracht de\n"
        "ondernemingsraad van de exploitant advies uit over de tijdelijke overplaatsing van het personeel. De wethouder\n"
        "heeft de raad op 4 april 2024 in een raadsinformatiebrief laten weten dat zij nieuwbouw de beste optie vindt.\n"
        "In de raadsvergadering van 23 april 2024 noemde de fractie van de VVD de sluiting onvermijdelijk.\n"
        "De kosten van nieuwbouw werden in juni 2024 geraamd op EUR 17,8 miljoen.\n",
        visible=["stelde een extern bureau vast dat de dakconstructie niet meer aan het Bouwbesluit voldeed",
                 "Het college besloot op 19 maart 2024 het zwembad per direct te sluiten",
                 "bracht de\nondernemingsraad van de exploitant advies uit",
                 "laten weten dat zij nieuwbouw de beste optie vindt",
                 "noemde de fractie van de VVD de sluiting onvermijdelijk",
                 "geraamd op EUR 17,8 miljoen"],
        batch=120,
    ),
    Doc(
        "nl-verslag-openbare-raadsvergadering-parkeren",
        "Verslag van de openbare vergadering van de gemeenteraad van Deventer, 17 juni 2025\n"
        "\n"
        "Agendapunt 6: parkeerbeleid binnenstad\n"
        "\n"
        "Mevrouw Tuncer (GroenLinks) vindt dat het college de bewoners van de binnenstad te weinig heeft betrokken.\n"
        "De heer Van Lente (CDA) is van mening dat de tarieven voor ondernemers omlaag moeten. Hij stelt voor het\n"
        "betaald parkeren op zaterdag pas om 12.00 uur te laten beginnen.\n"
        "Wethouder Kramer zegt dat het college de suggestie van de heer Van Lente zal meenemen.\n"
        "\n"
        "Het voorstel wordt met 24 stemmen voor en 11 tegen aangenomen.\n",
        officials=["Tuncer", "Van Lente", "Kramer"],
        visible=["vindt dat het college de bewoners van de binnenstad te weinig heeft betrokken",
                 "is van mening dat de tarieven voor ondernemers omlaag moeten",
                 "Hij stelt voor het\nbetaald parkeren op zaterdag pas om 12.00 uur te laten beginnen",
                 "Het voorstel wordt met 24 stemmen voor en 11 tegen aangenomen"],
        batch=120,
    ),
    # -- batch 121: an MT meeting's notes with views attributed to managers, a US agency e-mail chain on a draft
    #    rule, a UK police e-mail on an operation, a water company's security note, a financial supervisor's internal
    #    e-mail, a UK grant appraisal; and for precision a Kamerbrief and a UK FOI reply quoting a debate.
    #    First run, before its fixes: recall 0.576, precision 0.905 (33 items, 21 findings): colleagues' views by first
    #    name in MT minutes ('Dennis is geen voorstander', 'Ilse pleit ervoor', 'heeft er moeite mee'), none of the
    #    police e-mail's three (an address under observation, an ANPR marker, the family not to be told of the search),
    #    one guard and his round's hour, keys in an unlocked cupboard, the supervisor's three (a fine after a hearing,
    #    how the sample is drawn, a bank unaware of its branch in it), the English appraisal's three (the applicant's
    #    forecast, a supplier's quote, its request not to publish), and a Kamerstuk under 'Vergaderjaar 2024-2025'
    #    read as internal (two findings). After the fixes: recall 1.0, precision 1.0 ----------------------------
    Doc(
        "nl-verslag-mt-overleg-thuiswerkbeleid",
        "Verslag MT-overleg directie Bedrijfsvoering, 8 april 2025\n"
        "Aanwezig: Marjolein Hoekstra (voorzitter), Dennis Oosterhuis, Ilse Baldewsingh, Koen Veldkamp (verslag)\n"
        "\n"
        "3. Thuiswerkbeleid\n"
        "Het aantal werkplekken in het gebouw aan de Prinses Beatrixlaan gaat per 1 september van 640 naar 520.\n"
        "Dennis is geen voorstander van een vaste kantoordag; hij vreest dat teams dan op dezelfde dagen komen.\n"
        "Ilse pleit ervoor om eerst de bezettingscijfers van het najaar af te wachten.\n"
        "Marjolein heeft er moeite mee dat de OR pas in juni wordt betrokken.\n"
        "Besluit: het MT legt het voorstel op 22 april opnieuw voor.\n",
        redact=[("Marjolein Hoekstra", "PERSON", E), ("Dennis Oosterhuis", "PERSON", E),
                ("Ilse Baldewsingh", "PERSON", E), ("Koen Veldkamp", "PERSON", E),
                ("Dennis", "PERSON", E), ("Ilse", "PERSON", E), ("Marjolein", "PERSON", E)],
        passages=[("is geen voorstander van een vaste kantoordag", "5.2.1"),
                  ("pleit ervoor om eerst de bezettingscijfers", "5.2.1"),
                  ("heeft er moeite mee dat de OR pas in juni wordt betrokken", "5.2.1")],
        visible=["Het aantal werkplekken in het gebouw aan de Prinses Beatrixlaan gaat per 1 september van 640 naar 520",
                 "Besluit: het MT legt het voorstel op 22 april opnieuw voor"],
        batch=121,
    ),
    Doc(
        "en-us-email-chain-draft-guidance",
        "From: Rodriguez, Tamsin (OGC) <tamsin.rodriguez@hhs.gov>\n"
        "Sent: Thursday, June 12, 2025 3:41 PM\n"
        "To: Whitcombe, Garrett (ASPE) <garrett.whitcombe@hhs.gov>\n"
        "Subject: RE: draft guidance on hospital price transparency\n"
        "\n"
        "Garrett - my two cents: we shouldn't put the enforcement section out for comment yet. Section 4 still reads\n"
        "like a penalty schedule, and I'd rather we take that out before anyone outside sees it. The Secretary's\n"
        "remarks at the March 4 hearing are on the record and we can quote them as they stand.\n"
        "\n"
        "The draft was circulated to CMS on June 9.\n"
        "\n"
        "Tamsin\n",
        redact=[("Rodriguez, Tamsin", "PERSON", E), ("tamsin.rodriguez@hhs.gov", "EMAIL", E),
                ("Whitcombe, Garrett", "PERSON", E), ("garrett.whitcombe@hhs.gov", "EMAIL", E),
                ("Garrett", "PERSON", E), ("Tamsin", "PERSON", E)],
        passages=[("my two cents: we shouldn't put the enforcement section out for comment yet", "5.2.1"),
                  ("I'd rather we take that out", "5.2.1")],
        visible=["The draft was circulated to CMS on June 9",
                 "remarks at the March 4 hearing are on the record and we can quote them as they stand"],
        batch=121,
    ),
    Doc(
        "en-uk-police-email-operation-planning",
        "OFFICIAL-SENSITIVE\n"
        "From: DS Callum Rafferty\n"
        "To: DI Joanne Pritchard\n"
        "Subject: Op HARRIER - next steps\n"
        "\n"
        "Ma'am,\n"
        "\n"
        "The flat on Linthorpe Road will be under observation from Thursday evening. We have put an ANPR marker on the\n"
        "Audi and will know when it leaves the county. The family are not to be told about the Section 18 search until\n"
        "the suspect has been interviewed.\n"
        "\n"
        "The victim's statement was taken on 14 May and the file went to CPS on 19 May.\n"
        "\n"
        "Callum\n",
        redact=[("Callum Rafferty", "PERSON", E), ("Joanne Pritchard", "PERSON", E), ("Callum", "PERSON", E),
                ("The flat on Linthorpe Road will be under observation from Thursday evening", "PASSAGE", "5.1.2c"),
                ("We have put an ANPR marker on the\nAudi and will know when it leaves the county", "PASSAGE", "5.1.2c"),
                ("The family are not to be told about the Section 18 search until\nthe suspect has been interviewed",
                 "PASSAGE", "5.1.2c")],
        visible=["The victim's statement was taken on 14 May and the file went to CPS on 19 May", "Op HARRIER"],
        batch=121,
    ),
    Doc(
        "nl-notitie-beveiliging-productielocatie-drinkwater",
        "Waterbedrijf Oost-Brabant - Notitie Integrale Beveiliging\n"
        "Onderwerp: productielocatie Vlierden, stand van zaken na incident 3 maart 2025\n"
        "\n"
        "Op 3 maart werd het hekwerk aan de Hoofdstraat beschadigd aangetroffen; er is niets ontvreemd.\n"
        "Buiten kantoortijd is er op de locatie één beveiliger aanwezig, die elke nacht om 02.00 uur een ronde loopt.\n"
        "De reservesleutels van de pompkelder hangen in een onafgesloten kast in de kantine.\n"
        "De aangifte is op 4 maart gedaan bij de politie Oost-Brabant.\n",
        redact=[(("Buiten kantoortijd is er op de locatie één beveiliger aanwezig, die elke nacht om 02.00 uur een ronde"
                  " loopt"), "PASSAGE", "5.1.2h"),
                ("De reservesleutels van de pompkelder hangen in een onafgesloten kast in de kantine", "PASSAGE",
                 "5.1.2h")],
        visible=["Op 3 maart werd het hekwerk aan de Hoofdstraat beschadigd aangetroffen",
                 "De aangifte is op 4 maart gedaan bij de politie Oost-Brabant"],
        batch=121,
    ),
    Doc(
        "nl-mail-toezichthouder-voorgenomen-boete",
        "Van: Team Integriteit Toezicht <integriteit@toezichthouder-voorbeeld.nl>\n"
        "Aan: Sectie Handhaving\n"
        "Onderwerp: Bank Lindeberg N.V. - vervolgstappen\n"
        "\n"
        "Collega's,\n"
        "\n"
        "Uit de dossieranalyse van februari blijkt dat bij 37 van de 120 klantdossiers het klantonderzoek ontbrak.\n"
        "We willen de bank eerst horen voordat we een bestuurlijke boete opleggen. Voor de deep dive selecteren we de\n"
        "veertig kantoren met de hoogste afwijking in de transactiemonitoring. De bank weet nog niet dat ook de\n"
        "vestiging in Venlo in de steekproef zit.\n"
        "\n"
        "Het jaarverslag van de bank is op 14 maart gepubliceerd.\n",
        redact=[("We willen de bank eerst horen voordat we een bestuurlijke boete opleggen", "PASSAGE", "5.1.2d"),
                ("Voor de deep dive selecteren we de\nveertig kantoren met de hoogste afwijking in de transactiemonitoring",
                 "PASSAGE", "5.1.2d"),
                ("De bank weet nog niet dat ook de\nvestiging in Venlo in de steekproef zit", "PASSAGE", "5.1.2d")],
        visible=["bij 37 van de 120 klantdossiers het klantonderzoek ontbrak",
                 "Het jaarverslag van de bank is op 14 maart gepubliceerd", "integriteit@toezichthouder-voorbeeld.nl"],
        batch=121,
    ),
    Doc(
        "en-uk-grant-appraisal-business-data",
        "Innovation Grant Appraisal - Application 2025-0417\n"
        "Applicant: Brightwater Coatings Ltd\n"
        "\n"
        "Summary\n"
        "The applicant seeks £640,000 towards a pilot line for low-solvent marine coatings.\n"
        "\n"
        "Financial assessment\n"
        "The applicant's own forecast shows a gross margin of 31% from year three. Its tooling supplier has quoted\n"
        "£212,000, some 20% below the price it paid for the current line. The applicant has asked that the offtake\n"
        "agreement with its Norwegian distributor is not published.\n"
        "\n"
        "Companies House shows the applicant was incorporated in 2011.\n",
        redact=[("The applicant's own forecast shows a gross margin of 31% from year three", "PASSAGE", "5.1.1c"),
                ("Its tooling supplier has quoted\n£212,000, some 20% below the price it paid for the current line",
                 "PASSAGE", "5.1.1c"),
                ("The applicant has asked that the offtake\nagreement with its Norwegian distributor is not published",
                 "PASSAGE", "5.1.1c")],
        visible=["The applicant seeks £640,000 towards a pilot line for low-solvent marine coatings",
                 "Companies House shows the applicant was incorporated in 2011", "Brightwater Coatings Ltd"],
        batch=121,
    ),
    Doc(
        "nl-kamerbrief-mening-minister-gepubliceerd",
        "Tweede Kamer der Staten-Generaal\n"
        "Vergaderjaar 2024-2025\n"
        "\n"
        "Kamerbrief over de voortgang van de woningbouwopgave\n"
        "\n"
        "Ik ben van mening dat gemeenten meer ruimte moeten krijgen om tijdelijke woningen te plaatsen. Naar mijn\n"
        "oordeel is de huidige procedure te lang. Ik stel daarom voor de termijn in de Omgevingswet te verkorten.\n"
        "In 2024 zijn 82.000 woningen opgeleverd.\n",
        visible=["Ik ben van mening dat gemeenten meer ruimte moeten krijgen", "Naar mijn\noordeel is de huidige procedure",
                 "Ik stel daarom voor de termijn in de Omgevingswet te verkorten"],
        batch=121,
    ),
    Doc(
        "en-uk-foi-reply-quoting-debate",
        "Department for Education\n"
        "Freedom of Information Team\n"
        "\n"
        "Our ref: FOI2025/04417\n"
        "\n"
        "Dear Mr Okonkwo,\n"
        "\n"
        "Thank you for your request of 2 May 2025 about the free breakfast clubs pilot.\n"
        "\n"
        "In the Westminster Hall debate of 4 March 2025, the Minister said she believed the pilot was working and that\n"
        "it should be extended. The Committee's chair argued that the funding was too thin. These views are on the\n"
        "public record in Hansard.\n"
        "\n"
        "We hold the evaluation report, which was published on GOV.UK on 20 May 2025 and is therefore exempt under\n"
        "section 21.\n"
        "\n"
        "Yours sincerely,\n"
        "FOI Team\n",
        redact=[("Okonkwo", "PERSON", E)],
        visible=["the Minister said she believed the pilot was working",
                 "The Committee's chair argued that the funding was too thin", "Freedom of Information Team"],
        batch=121,
    ),
    # -- batch 122: a Bibob advice, a US investigative e-mail, a festival's security minutes, an alderman's informal
    #    e-mail with views, a note on the sale of a state building, an HR e-mail on sick leave; and for precision a US
    #    inspector general's published report with its recommendations and a council's published decision list.
    #    First run, before its fixes: recall 0.69, precision 0.833 (29 items, 24 findings): an inquiry against a
    #    partner ('Tegen zijn zakenpartner loopt een strafrechtelijk onderzoek'), none of the agent's three (a pole
    #    camera, a subpoena held until the cooperator's controlled buy, a co-owner talking to the agents), none of the
    #    festival's three (artists via the suppliers' entrance, detectives posted at the gate, no fence along the
    #    canal), a concession kept back for when the buyer presses, an inspector general's issued report read as
    #    internal (two findings), the salutation's first name and the sold building's street (people.py). After the
    #    fixes: recall 0.966, precision 0.933; the last two are xfails ----------------------------------------
    Doc(
        "nl-bibob-advies-horecavergunning",
        "Landelijk Bureau Bibob\n"
        "Advies op grond van artikel 9 Wet Bibob - vertrouwelijk\n"
        "Betreft: aanvraag exploitatievergunning Grand Café 't Hoekje, Markt 4, Oss\n"
        "\n"
        "Betrokkene, de heer Hakan Yıldırım, is in 2019 door de rechtbank Oost-Brabant veroordeeld wegens witwassen.\n"
        "Tegen zijn zakenpartner loopt een strafrechtelijk onderzoek naar handel in verdovende middelen.\n"
        "De aanvraag vermeldt een eigen inbreng van EUR 180.000; de herkomst daarvan is niet aangetoond.\n"
        "\n"
        "Het Bureau adviseert de burgemeester dat er een ernstig gevaar bestaat als bedoeld in artikel 3 van de wet.\n",
        redact=[("Hakan Yıldırım", "PERSON", E),
                ("is in 2019 door de rechtbank Oost-Brabant veroordeeld wegens witwassen", "PASSAGE", SPECIAL),
                ("Tegen zijn zakenpartner loopt een strafrechtelijk onderzoek naar handel in verdovende middelen",
                 "PASSAGE", SPECIAL)],
        visible=["Landelijk Bureau Bibob", "Grand Café 't Hoekje, Markt 4, Oss",
                 "Het Bureau adviseert de burgemeester dat er een ernstig gevaar bestaat"],
        batch=122,
    ),
    Doc(
        "en-us-email-investigation-grand-jury",
        "From: SA Dwayne Kowalczyk\n"
        "To: AUSA Rebecca Thornbury\n"
        "Subject: Case 2024-CR-0881 - status\n"
        "\n"
        "Rebecca,\n"
        "\n"
        "The pole camera across from the Elm Street residence has been running since Tuesday. The subpoena for the\n"
        "First Valley Bank records has not been served yet; we want to hold it until the cooperator has made the second\n"
        "controlled buy. Nobody at the dealership knows the co-owner is talking to us.\n"
        "\n"
        "The indictment in the related case was unsealed on April 2 and is on PACER.\n"
        "\n"
        "Dwayne\n",
        redact=[("Dwayne Kowalczyk", "PERSON", E), ("Rebecca Thornbury", "PERSON", E), ("Rebecca", "PERSON", E),
                ("Dwayne", "PERSON", E),
                ("The pole camera across from the Elm Street residence has been running since Tuesday", "PASSAGE",
                 "5.1.2c"),
                ("we want to hold it until the cooperator has made the second\ncontrolled buy", "PASSAGE", "5.1.2c"),
                ("Nobody at the dealership knows the co-owner is talking to us", "PASSAGE", "5.1.2c")],
        visible=["The indictment in the related case was unsealed on April 2 and is on PACER"],
        batch=122,
    ),
    Doc(
        "nl-verslag-veiligheidsoverleg-festival",
        "Verslag veiligheidsoverleg Festival Zomerpark, 19 juni 2025\n"
        "Aanwezig: gemeente (OOV), politie, brandweer, GHOR, organisatie\n"
        "\n"
        "- De organisatie verwacht 24.000 bezoekers per dag; de kaartverkoop loopt tot 1 juli.\n"
        "- De artiesten komen via de leveranciersingang aan de Parkweg het terrein op en worden naar de backstage\n"
        "  begeleid.\n"
        "- Bij de hoofdingang staan twee rechercheurs die de bekende zakkenrollers herkennen.\n"
        "- Het terrein heeft aan de kant van het kanaal geen hekwerk; daar lopen stewards.\n"
        "- Het evenementenplan is op 12 juni vastgesteld en staat op de site van de gemeente.\n",
        redact=[("De artiesten komen via de leveranciersingang aan de Parkweg het terrein op", "PASSAGE", "5.1.2h"),
                ("Bij de hoofdingang staan twee rechercheurs die de bekende zakkenrollers herkennen", "PASSAGE",
                 "5.1.2h"),
                ("Het terrein heeft aan de kant van het kanaal geen hekwerk", "PASSAGE", "5.1.2h")],
        visible=["De organisatie verwacht 24.000 bezoekers per dag",
                 "Het evenementenplan is op 12 juni vastgesteld en staat op de site van de gemeente"],
        batch=122,
    ),
    Doc(
        "nl-mail-wethouder-informeel-variantkeuze",
        "Van: Thijs Haverkamp\n"
        "Aan: Lotte Brinkman\n"
        "Onderwerp: variant B fietsbrug\n"
        "\n"
        "Lotte,\n"
        "\n"
        "Eerlijk gezegd zie ik niet zoveel in variant B. Volgens mij moeten we de raad gewoon de goedkoopste variant\n"
        "voorleggen, ook al wil de fietsersbond iets anders. Ik neig ernaar om het bewonersoverleg pas na de zomer te\n"
        "houden.\n"
        "\n"
        "De aanbesteding van de brug staat gepland voor het voorjaar van 2026.\n"
        "\n"
        "Thijs\n",
        redact=[("Thijs Haverkamp", "PERSON", E), ("Lotte Brinkman", "PERSON", E), ("Lotte", "PERSON", E),
                ("Thijs", "PERSON", E)],
        passages=[("zie ik niet zoveel in variant B", "5.2.1"), ("Volgens mij moeten we de raad", "5.2.1"),
                  ("Ik neig ernaar om het bewonersoverleg", "5.2.1")],
        visible=["De aanbesteding van de brug staat gepland voor het voorjaar van 2026"],
        batch=122,
    ),
    Doc(
        "nl-notitie-verkoop-rijkskantoor-ondergrens",
        "Rijksvastgoedbedrijf - notitie t.b.v. onderhandeling\n"
        "Betreft: verkoop voormalig belastingkantoor, Stationsweg 12, Apeldoorn\n"
        "\n"
        "De taxatie van maart 2025 komt uit op EUR 9,4 miljoen.\n"
        "Onze ondergrens in de onderhandeling met de projectontwikkelaar ligt op EUR 8,6 miljoen.\n"
        "Als de koper aandringt, kunnen we de bodemsanering voor onze rekening nemen tot maximaal EUR 400.000.\n"
        "De verkoop wordt na afronding gemeld in het jaarverslag.\n",
        redact=[("Onze ondergrens in de onderhandeling met de projectontwikkelaar ligt op EUR 8,6 miljoen", "PASSAGE",
                 "5.1.2b"),
                ("kunnen we de bodemsanering voor onze rekening nemen tot maximaal EUR 400.000", "PASSAGE", "5.1.2b")],
        visible=["De taxatie van maart 2025 komt uit op EUR 9,4 miljoen",
                 "De verkoop wordt na afronding gemeld in het jaarverslag", "Stationsweg 12, Apeldoorn"],
        batch=122,
    ),
    Doc(
        "nl-mail-hr-ziekmelding-teamleider",
        "Van: Bianca Verhoef (P&O)\n"
        "Aan: Gerrit Nijenhuis\n"
        "Onderwerp: Sandra\n"
        "\n"
        "Hoi Gerrit,\n"
        "\n"
        "Sandra is sinds maandag thuis met een hernia en mag van de fysiotherapeut voorlopig niet tillen. Na haar\n"
        "hartoperatie vorig jaar wil de bedrijfsarts haar eerst zelf zien. Het rooster voor juli pas ik aan.\n"
        "\n"
        "Groet, Bianca\n",
        redact=[("Bianca Verhoef", "PERSON", E), ("Gerrit Nijenhuis", "PERSON", E), ("Gerrit", "PERSON", E),
                ("Bianca", "PERSON", E), ("Sandra", "PERSON", E)],
        passages=[("thuis met een hernia", SPECIAL), ("hartoperatie", SPECIAL)],
        visible=["Het rooster voor juli pas ik aan"],
        batch=122,
    ),
    Doc(
        "en-us-oig-published-report-recommendations",
        "OFFICE OF INSPECTOR GENERAL\n"
        "U.S. Department of Transportation\n"
        "Report No. AV2025031\n"
        "Issued: May 14, 2025\n"
        "\n"
        "FAA Needs To Improve Its Oversight of Air Traffic Controller Fatigue\n"
        "\n"
        "What We Found\n"
        "In our view, FAA's fatigue risk management program lacks clear metrics. We found that 22 of 40 facilities\n"
        "did not track schedule-related fatigue reports.\n"
        "\n"
        "Our Recommendations\n"
        "We recommend that the Federal Aviation Administrator establish performance measures for the program. FAA\n"
        "concurred with all 4 recommendations.\n",
        visible=["In our view, FAA's fatigue risk management program lacks clear metrics",
                 "We recommend that the Federal Aviation Administrator establish performance measures",
                 "22 of 40 facilities"],
        batch=122,
    ),
    Doc(
        "nl-besluitenlijst-college-openbaar",
        "Openbare besluitenlijst van de vergadering van burgemeester en wethouders van Zutphen, 3 juni 2025\n"
        "\n"
        "1. Fietsbrug IJsselkade\n"
        "Het college besluit de raad voor te stellen variant A uit te voeren. Het college is van mening dat variant A\n"
        "de beste balans biedt tussen kosten en verkeersveiligheid.\n"
        "\n"
        "2. Subsidie dorpshuis Warnsveld\n"
        "Het college besluit een subsidie van EUR 35.000 te verlenen.\n",
        visible=["Het college is van mening dat variant A\nde beste balans biedt",
                 "Het college besluit de raad voor te stellen variant A uit te voeren"],
        batch=122,
    ),
    # -- batch 123: a WhatsApp export with short views, a draft with reviewers' comments in brackets, a UK submission's
    #    handling section, a US counsel's legal advice, and for precision a planning memo with forecasts, a Woo decision
    #    that describes what it withheld, UK lines to take and a Dutch Q&A for the press.
    #    First run, before its fixes: recall 0.538, precision 0.9 (13 items, 10 findings): 'Lijkt me niet verstandig'
    #    in a chat, both reviewers' comments ('zou ik veel scherper maken', 'is dit voorstel niet geloofwaardig'),
    #    'There is a risk that the sector sees this', 'Ministers may wish to', 'We think a court would find', and the
    #    press Q&A read as internal (one finding). The planning memo, the Woo decision and the lines to take stayed
    #    silent. After the fixes: recall 1.0, precision 1.0 ------------------------------------------------------
    Doc(
        "nl-whatsapp-export-korte-meningen",
        "WhatsApp-chat met Team Jeugd\n"
        "14-05-2025 08:51 - Fleur Bakker: Het contract met Zorgpartners loopt per 1 januari af.\n"
        "14-05-2025 08:53 - Hidde Jansma: Lijkt me niet verstandig om dat nu al te verlengen.\n"
        "14-05-2025 08:54 - Fleur Bakker: Zou ik ook niet doen, eerst de evaluatie afwachten.\n"
        "14-05-2025 08:58 - Hidde Jansma: De evaluatie komt eind juni.\n",
        redact=[("Fleur Bakker", "PERSON", E), ("Hidde Jansma", "PERSON", E)],
        passages=[("Lijkt me niet verstandig om dat nu al te verlengen", "5.2.1"),
                  ("Zou ik ook niet doen, eerst de evaluatie afwachten", "5.2.1")],
        visible=["Het contract met Zorgpartners loopt per 1 januari af", "De evaluatie komt eind juni"],
        batch=123,
    ),
    Doc(
        "nl-concept-notitie-opmerkingen-reviewers",
        "CONCEPT - niet verspreiden\n"
        "Notitie wachttijden GGZ, versie 0.3\n"
        "\n"
        "In 2024 wachtten 82.000 mensen langer dan de Treeknorm op een behandeling.\n"
        "[Opmerking DGCZ: deze passage zou ik veel scherper maken, de minister wil hier juist tempo tonen.]\n"
        "De regio's Twente en Zeeland scoren het slechtst.\n"
        "[Reactie FEZ: ik mis de dekking; zonder extra geld is dit voorstel niet geloofwaardig.]\n",
        passages=[("deze passage zou ik veel scherper maken", "5.2.1"),
                  ("zonder extra geld is dit voorstel niet geloofwaardig", "5.2.1")],
        visible=["In 2024 wachtten 82.000 mensen langer dan de Treeknorm op een behandeling",
                 "De regio's Twente en Zeeland scoren het slechtst"],
        batch=123,
    ),
    Doc(
        "en-uk-submission-handling-section",
        "From: Eleanor Fairweather, Housing Delivery Team\n"
        "To: Secretary of State\n"
        "Date: 2 July 2025\n"
        "\n"
        "HANDLING\n"
        "We would advise against announcing the figures at the LGA conference; councils will read them as a cap.\n"
        "There is a risk that the sector sees this as a retreat from the 1.5 million target.\n"
        "Ministers may wish to hold the announcement until after the Spending Review.\n"
        "\n"
        "The consultation closed on 12 June and received 1,840 responses.\n",
        redact=[("Eleanor Fairweather", "PERSON", E)],
        passages=[("We would advise against announcing the figures", "5.2.1"),
                  ("There is a risk that the sector sees this as a retreat", "5.2.1"),
                  ("Ministers may wish to hold the announcement", "5.2.1")],
        visible=["The consultation closed on 12 June and received 1,840 responses"],
        batch=123,
    ),
    Doc(
        "en-us-ogc-legal-advice-memo",
        "ATTORNEY-CLIENT PRIVILEGED / DELIBERATIVE\n"
        "MEMORANDUM FOR: Assistant Secretary for Fish and Wildlife and Parks\n"
        "FROM: Office of the Solicitor, Division of Parks and Wildlife\n"
        "RE: Authority to close the Sand Creek access road\n"
        "\n"
        "Our advice is that the Secretary likely lacks authority to close the road without notice-and-comment\n"
        "rulemaking. We think a court would find the 2019 closure order arbitrary because it gave no reasons.\n"
        "\n"
        "The road was built in 1962 and is 14 miles long.\n",
        passages=[("ATTORNEY-CLIENT PRIVILEGED", "5.1.2i"), ("Our advice is that the Secretary likely lacks authority", "5.2.1"),
                  ("We think a court would find the 2019 closure order arbitrary", "5.2.1")],
        visible=["The road was built in 1962 and is 14 miles long",
                 "Assistant Secretary for Fish and Wildlife and Parks"],
        batch=123,
    ),
    Doc(
        "nl-planningsmemo-prognoses-feitelijk",
        "Memo planning Zuidasdok\n"
        "Datum: 11 maart 2025\n"
        "\n"
        "Op basis van de huidige planning verwachten wij dat de tunnel in 2031 opengaat. De aannemer heeft de\n"
        "mijlpaal voor de ombouw van het station op 1 maart gehaald. Het CPB verwacht dat de bouwkosten in 2025\n"
        "met 4 procent stijgen. De Raad van State heeft op 5 februari geadviseerd over het tracébesluit.\n",
        visible=["verwachten wij dat de tunnel in 2031 opengaat", "Het CPB verwacht dat de bouwkosten in 2025",
                 "De Raad van State heeft op 5 februari geadviseerd over het tracébesluit"],
        batch=123,
    ),
    Doc(
        "nl-woo-besluit-toelichting-gelakte-passages",
        "Besluit op uw Woo-verzoek\n"
        "\n"
        "Geachte heer Verbruggen,\n"
        "\n"
        "In de documenten 4, 7 en 12 zijn persoonlijke beleidsopvattingen van ambtenaren onleesbaar gemaakt. Het gaat\n"
        "om adviezen en meningen die in intern beraad zijn gegeven. In document 9 is informatie gelakt over de\n"
        "beveiliging van het stadhuis, omdat openbaarmaking de veiligheid van medewerkers in gevaar kan brengen.\n"
        "In document 15 staan gegevens over de gezondheid van een medewerker; die zijn verwijderd.\n",
        redact=[("Verbruggen", "PERSON", E)],
        visible=["persoonlijke beleidsopvattingen van ambtenaren onleesbaar gemaakt",
                 "Het gaat\nom adviezen en meningen die in intern beraad zijn gegeven",
                 "informatie gelakt over de\nbeveiliging van het stadhuis",
                 "gegevens over de gezondheid van een medewerker"],
        batch=123,
    ),
    Doc(
        "en-uk-lines-to-take-reactive",
        "LINES TO TAKE - REACTIVE\n"
        "Subject: Children's social care reforms\n"
        "\n"
        "If asked about the delay:\n"
        "- We remain committed to reforming children's social care and will set out next steps shortly.\n"
        "- We believe every child deserves a stable, loving home.\n"
        "\n"
        "Background (not for use): the White Paper was published on 2 February 2023.\n",
        visible=["We remain committed to reforming children's social care",
                 "We believe every child deserves a stable, loving home"],
        batch=123,
    ),
    Doc(
        "nl-vraag-en-antwoord-pers-gemeente",
        "Vragen en antwoorden voor de pers - opvang Oekraïense ontheemden\n"
        "\n"
        "Vraag: Waarom sluit de locatie aan de Europaweg?\n"
        "Antwoord: Het huurcontract loopt af. Wij vinden het belangrijk dat de bewoners tijdig een nieuwe plek krijgen.\n"
        "\n"
        "Vraag: Hoeveel mensen wonen er nu?\n"
        "Antwoord: Op dit moment wonen er 148 mensen.\n",
        visible=["Wij vinden het belangrijk dat de bewoners tijdig een nieuwe plek krijgen",
                 "Op dit moment wonen er 148 mensen"],
        batch=123,
    ),
    # -- batch 124: the same grounds in other words, to see whether the fixes of batches 120-123 carry: a police
    #    e-mail on a search, a municipal note on a threatened alderman, a NVWA e-mail on a slaughterhouse, a UK
    #    council's note on a bidder, a US (b)(4) review, a Dutch department's e-mail with views by name, and for
    #    precision a police news release and an inspectorate's published report.
    #    First run, before its fixes: recall 0.316, precision 1.0 (19 items, 5 findings): the fixes of 120-123 did not
    #    carry to other words. Missed: a search held until a container is unloaded, a camera aimed at a relative's
    #    door, interviews ordered so stories cannot be aligned; a home's camera and line to the control room, a threatened
    #    alderman fetched by an usher, his exit through the garden; a conclusion 'nog voorlopig', the next visit
    #    'opnieuw onverwacht', 'dan volgt een last onder dwangsom'; a bidder's accounts, its pricing's assumption, a
    #    (b)(4) submitter's process and unit cost. The two public texts stayed silent. After the fixes: recall 1.0,
    #    precision 1.0; a first name alone opening a sentence ('Joost ziet weinig in') is an xfail (people.py) ------
    Doc(
        "nl-mail-recherche-doorzoeking-planning",
        "Van: Wouter Kamminga\n"
        "Aan: team Ondermijning\n"
        "Onderwerp: zaak Meerkoet\n"
        "\n"
        "De doorzoeking van de loods in Emmen doen we pas als de container uit Antwerpen is gelost.\n"
        "Bij de zus van de verdachte hangt sinds vorige week een camera tegenover de voordeur.\n"
        "We verhoren de boekhouder niet eerder dan de eigenaar, anders stemmen ze hun verhaal af.\n"
        "\n"
        "De rechter-commissaris heeft de machtiging op 2 juni afgegeven.\n",
        redact=[("Wouter Kamminga", "PERSON", E),
                ("De doorzoeking van de loods in Emmen doen we pas als de container uit Antwerpen is gelost",
                 "PASSAGE", "5.1.2c"),
                ("Bij de zus van de verdachte hangt sinds vorige week een camera tegenover de voordeur", "PASSAGE",
                 "5.1.2c"),
                ("We verhoren de boekhouder niet eerder dan de eigenaar, anders stemmen ze hun verhaal af", "PASSAGE",
                 "5.1.2c")],
        visible=["De rechter-commissaris heeft de machtiging op 2 juni afgegeven", "zaak Meerkoet"],
        batch=124,
    ),
    Doc(
        "nl-notitie-bedreigde-wethouder-maatregelen",
        "Notitie OOV - vertrouwelijk\n"
        "Betreft: maatregelen na bedreiging wethouder\n"
        "\n"
        "De wethouder is op 9 mei via sociale media bedreigd; de politie heeft aangifte opgenomen.\n"
        "Zijn woning is voorzien van een camera boven de voordeur en een directe lijn met de meldkamer.\n"
        "Hij rijdt voorlopig niet meer zelf naar het stadhuis maar wordt opgehaald door een bode.\n"
        "Raadsvergaderingen verlaat hij via de tuin achter het stadhuis.\n",
        redact=[("Zijn woning is voorzien van een camera boven de voordeur en een directe lijn met de meldkamer",
                 "PASSAGE", "5.1.2h"),
                ("Hij rijdt voorlopig niet meer zelf naar het stadhuis maar wordt opgehaald door een bode", "PASSAGE",
                 "5.1.2h"),
                ("Raadsvergaderingen verlaat hij via de tuin achter het stadhuis", "PASSAGE", "5.1.2h")],
        visible=["De wethouder is op 9 mei via sociale media bedreigd"],
        batch=124,
    ),
    Doc(
        "nl-mail-nvwa-slachthuis-vervolg",
        "Van: Team Toezicht Slachthuizen\n"
        "Onderwerp: Vleesbedrijf Hoogeveen B.V.\n"
        "\n"
        "Bij de controle van 4 maart zagen onze dierenartsen dat 6 van de 40 varkens niet goed waren verdoofd.\n"
        "Onze conclusie is nog voorlopig; het bedrijf krijgt tot 1 april om te reageren.\n"
        "Volgende maand staan we opnieuw onverwacht bij de aanvoer van de dieren.\n"
        "Blijft de verdoving tekortschieten, dan volgt een last onder dwangsom.\n",
        redact=[("Onze conclusie is nog voorlopig; het bedrijf krijgt tot 1 april om te reageren", "PASSAGE", "5.1.2d"),
                ("Volgende maand staan we opnieuw onverwacht bij de aanvoer van de dieren", "PASSAGE", "5.1.2d"),
                ("Blijft de verdoving tekortschieten, dan volgt een last onder dwangsom", "PASSAGE", "5.1.2d")],
        visible=["6 van de 40 varkens niet goed waren verdoofd", "Vleesbedrijf Hoogeveen B.V."],
        batch=124,
    ),
    Doc(
        "en-uk-council-note-bidder-finances",
        "Procurement Note - Highways Maintenance Contract 2025-2032\n"
        "\n"
        "Three bids were received by the deadline of 14 March 2025.\n"
        "Bidder B's financial statements show a net loss of £3.2m in its last financial year and a parent company\n"
        "guarantee has been requested. Its pricing assumes a 2% annual rise in labour costs, well below the index.\n"
        "The evaluation panel will meet on 2 April.\n",
        redact=[("Bidder B's financial statements show a net loss of £3.2m in its last financial year", "PASSAGE",
                 "5.1.1c"),
                ("Its pricing assumes a 2% annual rise in labour costs, well below the index", "PASSAGE", "5.1.1c")],
        visible=["Three bids were received by the deadline of 14 March 2025", "The evaluation panel will meet on 2 April"],
        batch=124,
    ),
    Doc(
        "en-us-b4-review-manufacturer-submission",
        "FOIA Review Worksheet - (b)(4) consultation\n"
        "Record: Submission of Arcadia Medical Devices, Inc., dated January 8, 2025\n"
        "\n"
        "The submitter's sterilization process runs at 134 degrees for 18 minutes, a cycle no competitor uses.\n"
        "The submitter states that its unit cost for the pump housing is $41.20.\n"
        "The 510(k) clearance letter is already public on the FDA website.\n",
        redact=[("The submitter's sterilization process runs at 134 degrees for 18 minutes", "PASSAGE", "5.1.1c"),
                ("The submitter states that its unit cost for the pump housing is $41.20", "PASSAGE", "5.1.1c")],
        visible=["The 510(k) clearance letter is already public on the FDA website"],
        batch=124,
    ),
    Doc(
        "nl-mail-directie-meningen-collega-s",
        "Van: Sevda Kılıç\n"
        "Aan: MT Wonen\n"
        "Onderwerp: terugkoppeling overleg provincie\n"
        "\n"
        "Kort verslag van het overleg van dinsdag. Joost ziet weinig in een gezamenlijke aanbesteding met de provincie.\n"
        "Annemiek is er een groot voorstander van om de woningcorporaties er pas later bij te halen.\n"
        "De provincie levert de cijfers over de woningbehoefte voor 1 juli aan.\n",
        redact=[("Sevda Kılıç", "PERSON", E), ("Joost", "PERSON", E), ("Annemiek", "PERSON", E)],
        passages=[("ziet weinig in een gezamenlijke aanbesteding", "5.2.1"),
                  ("is er een groot voorstander van om de woningcorporaties", "5.2.1")],
        visible=["De provincie levert de cijfers over de woningbehoefte voor 1 juli aan"],
        batch=124,
    ),
    Doc(
        "nl-politiebericht-aanhouding-gepubliceerd",
        "Politie Eenheid Noord-Nederland - nieuwsbericht\n"
        "\n"
        "Drugslab opgerold in Stadskanaal\n"
        "\n"
        "De politie heeft dinsdag een drugslab opgerold in een loods aan de Industrieweg. De woning van een 41-jarige\n"
        "man werd al enige tijd in de gaten gehouden. Na een observatie van enkele weken viel een arrestatieteam het\n"
        "pand binnen. Het onderzoek gaat verder.\n",
        visible=["werd al enige tijd in de gaten gehouden", "Na een observatie van enkele weken viel een arrestatieteam",
                 "Het onderzoek gaat verder"],
        batch=124,
    ),
    Doc(
        "nl-inspectierapport-gepubliceerd-school",
        "Inspectie van het Onderwijs\n"
        "Rapport van bevindingen - Kwaliteitsonderzoek bij Het Vechtdal College\n"
        "Vastgesteld te Utrecht, 12 februari 2025\n"
        "Gepubliceerd op 3 maart 2025\n"
        "\n"
        "Wij beoordelen de kwaliteitszorg als onvoldoende. Het bestuur moet binnen een jaar verbeteren; wij voeren\n"
        "daarna een herstelonderzoek uit. Als de school dan niet verbeterd is, leggen wij een aanwijzing op.\n",
        visible=["Wij beoordelen de kwaliteitszorg als onvoldoende", "wij voeren\ndaarna een herstelonderzoek uit",
                 "leggen wij een aanwijzing op"],
        batch=124,
    ),
    # -- batch 125: a second round of paraphrases across the grounds, written after batch 124's fixes to measure again
    #    how far the cues carry: a UK police e-mail, a municipal security e-mail, a care inspectorate's internal note, a
    #    Dutch tender memo, a US deliberative e-mail, minutes with views by name, and for precision a UK inquiry's
    #    published report and a Dutch factual answer to a council member.
    #    First run, before its fixes: recall 0.364, precision 1.0 (22 items, 11 findings): again the cues did not carry
    #    to new words. Missed: a door not knocked on until the phone shows up, a runner with no idea of the handset data,
    #    uniform kept clear; passes that work at night, cameras out of order; 'gaan nog niet over tot een aanwijzing', a
    #    signaller's request to keep his name from the hospital; a cleaner's hourly rate, the annual accounts it sent;
    #    'I'm not sold on', three members' views by full name. The published inquiry report and the council answers
    #    stayed silent. After the fixes: recall 0.955, precision 1.0; 'waarschuwt dat' after a name is left out (an
    #    organisation's public warning reads the same) and is an xfail, as is 'Nate' opening a line (people.py) ----
    Doc(
        "en-uk-police-email-drugs-line",
        "From: DC Harriet Lomax\n"
        "To: DS Owen Pryce\n"
        "Subject: Op KESTREL\n"
        "\n"
        "Sarge,\n"
        "\n"
        "We won't knock on the door at Fenwick Street until the phone shows up in the area again. The line's\n"
        "runner has no idea we've got his handset data. Uniform are to keep clear of the block until Friday.\n"
        "\n"
        "The first seizure was reported in the Chronicle on 3 June.\n",
        redact=[("Harriet Lomax", "PERSON", E), ("Owen Pryce", "PERSON", E),
                ("We won't knock on the door at Fenwick Street until the phone shows up in the area again", "PASSAGE",
                 "5.1.2c"),
                ("The line's\nrunner has no idea we've got his handset data", "PASSAGE", "5.1.2c"),
                ("Uniform are to keep clear of the block until Friday", "PASSAGE", "5.1.2c")],
        visible=["The first seizure was reported in the Chronicle on 3 June"],
        batch=125,
    ),
    Doc(
        "nl-mail-gemeente-beveiliging-stadskantoor",
        "Van: Facilitair Bedrijf - Beveiliging\n"
        "Onderwerp: stadskantoor na de rellen\n"
        "\n"
        "De glazen pui aan de Kanaalzijde is nog niet vervangen en met platen dichtgezet.\n"
        "De toegangspasjes van de schoonmakers werken ook 's nachts, daar is nog geen beperking op gezet.\n"
        "De camera's op de fietsenstalling zijn sinds maandag uitgevallen.\n"
        "De gemeente heeft op 11 april aangifte gedaan van vernieling.\n",
        redact=[("De toegangspasjes van de schoonmakers werken ook 's nachts, daar is nog geen beperking op gezet",
                 "PASSAGE", "5.1.2h"),
                ("De camera's op de fietsenstalling zijn sinds maandag uitgevallen", "PASSAGE", "5.1.2h")],
        visible=["De gemeente heeft op 11 april aangifte gedaan van vernieling"],
        batch=125,
    ),
    Doc(
        "nl-interne-notitie-igj-vervolg-ziekenhuis",
        "Interne notitie IGJ - niet openbaar\n"
        "Betreft: Ziekenhuis Zuidoever, vervolg calamiteitenonderzoek\n"
        "\n"
        "Het calamiteitenrapport van het ziekenhuis beoordelen we als onvoldoende.\n"
        "Wij gaan nog niet over tot een aanwijzing; eerst een gesprek met de raad van bestuur op 14 mei.\n"
        "De melder heeft gevraagd zijn naam niet aan het ziekenhuis door te geven.\n",
        redact=[("Wij gaan nog niet over tot een aanwijzing; eerst een gesprek met de raad van bestuur op 14 mei",
                 "PASSAGE", "5.1.2d"),
                ("De melder heeft gevraagd zijn naam niet aan het ziekenhuis door te geven", "PASSAGE", "5.1.2d")],
        visible=["Het calamiteitenrapport van het ziekenhuis beoordelen we als onvoldoende"],
        batch=125,
    ),
    Doc(
        "nl-memo-aanbesteding-inschrijvingen",
        "Memo inkoop - aanbesteding schoonmaak 2026\n"
        "\n"
        "Er zijn vier inschrijvingen ontvangen.\n"
        "Schoonmaakbedrijf Glans rekent een uurtarief van EUR 31,40, ruim onder de cao-kosten.\n"
        "Uit de jaarrekening die Glans meestuurde blijkt dat het bedrijf in 2024 verlies leed.\n"
        "De gunning is voorzien op 1 oktober.\n",
        redact=[("Schoonmaakbedrijf Glans rekent een uurtarief van EUR 31,40, ruim onder de cao-kosten", "PASSAGE",
                 "5.1.1c"),
                ("Uit de jaarrekening die Glans meestuurde blijkt dat het bedrijf in 2024 verlies leed", "PASSAGE",
                 "5.1.1c")],
        visible=["Er zijn vier inschrijvingen ontvangen", "De gunning is voorzien op 1 oktober"],
        batch=125,
    ),
    Doc(
        "en-us-email-deliberative-grant-criteria",
        "From: Patel, Anjali (ACF)\n"
        "To: Brooks, Nathaniel (ACF)\n"
        "Subject: scoring criteria draft\n"
        "\n"
        "Nate - honestly I'm not sold on weighting sustainability at 30 points; it punishes the small tribal grantees.\n"
        "I'd push for 20 and putting the rest into community need. The notice of funding opportunity posts on May 1.\n",
        redact=[("Patel, Anjali", "PERSON", E), ("Brooks, Nathaniel", "PERSON", E), ("Nate", "PERSON", E)],
        passages=[("I'm not sold on weighting sustainability at 30 points", "5.2.1"),
                  ("I'd push for 20", "5.2.1")],
        visible=["The notice of funding opportunity posts on May 1"],
        batch=125,
    ),
    Doc(
        "nl-verslag-stuurgroep-meningen-leden",
        "Verslag stuurgroep Regionale Energiestrategie, 3 juli 2025\n"
        "Aanwezig: Ruud Gerritsen, Hanneke Wolters, Mustafa Bulut\n"
        "\n"
        "Ruud Gerritsen vindt het te vroeg om de zoekgebieden al aan de raden voor te leggen.\n"
        "Hanneke Wolters waarschuwt dat de netbeheerder de planning niet gaat halen.\n"
        "Mustafa Bulut zou de windturbines bij Lelystad liever laten vallen.\n"
        "Het concept ligt tot 1 september ter inzage.\n",
        redact=[("Ruud Gerritsen", "PERSON", E), ("Hanneke Wolters", "PERSON", E), ("Mustafa Bulut", "PERSON", E)],
        passages=[("vindt het te vroeg om de zoekgebieden", "5.2.1"),
                  ("waarschuwt dat de netbeheerder de planning niet gaat halen", "5.2.1"),
                  ("zou de windturbines bij Lelystad liever laten vallen", "5.2.1")],
        visible=["Het concept ligt tot 1 september ter inzage"],
        batch=125,
    ),
    Doc(
        "en-uk-inquiry-report-published",
        "The Grenfield Reservoir Inquiry\n"
        "Report of the Inquiry\n"
        "HC 412\n"
        "\n"
        "In our view the operator should have lowered the water level in February. We recommend that the Environment\n"
        "Agency reviews its inspection regime for category A reservoirs.\n",
        visible=["In our view the operator should have lowered the water level",
                 "We recommend that the Environment\nAgency reviews its inspection regime"],
        batch=125,
    ),
    Doc(
        "nl-beantwoording-raadsvragen-feitelijk",
        "Beantwoording schriftelijke vragen van het raadslid Van Dijk (PvdA) over de opvang van dak- en thuislozen\n"
        "\n"
        "Vraag 1: Hoeveel plekken zijn er?\n"
        "Antwoord: Er zijn 120 plekken. Het college vindt dat voldoende voor de winter.\n",
        officials=["Van Dijk"],
        visible=["Het college vindt dat voldoende voor de winter", "Er zijn 120 plekken"],
        batch=125,
    ),
    # -- batch 126: a third round of paraphrases, written after batch 125's fixes: an OM e-mail, a security note on a
    #    minister's visit, an ILT note, a municipality's e-mail on a developer's figures, a UK official's e-mail with
    #    views, and for precision a Dutch ruling's summary on a news site.
    #    First run, before its fixes: recall 0.273, precision 1.0 (11 items, 3 findings): the third round in a row where
    #    new words for the same grounds mostly went unseen (evidence kept from the defence, a minister's route past the
    #    hall and guards at arm's length, a control not announced, a fine not yet fixed, a developer's return and a
    #    cost estimate sent on condition, 'looks too generous to me'). The news item on a ruling stayed silent.
    #    After the fixes: recall 1.0, precision 1.0 ---------------------------------------------------------------
    Doc(
        "nl-mail-om-strategie-verhoor",
        "Van: parketsecretaris arrondissementsparket Gelderland\n"
        "Onderwerp: zaak Tjiftjaf\n"
        "\n"
        "De verdachte wordt pas geconfronteerd met de tapgesprekken als hij zijn eerste verklaring heeft afgelegd.\n"
        "Zijn advocaat krijgt het proces-verbaal van de observatie voorlopig niet te zien.\n"
        "De zitting is gepland op 12 november.\n",
        redact=[(("De verdachte wordt pas geconfronteerd met de tapgesprekken als hij zijn eerste verklaring heeft"
                  " afgelegd"), "PASSAGE", "5.1.2c"),
                ("Zijn advocaat krijgt het proces-verbaal van de observatie voorlopig niet te zien", "PASSAGE", "5.1.2c")],
        visible=["De zitting is gepland op 12 november"],
        batch=126,
    ),
    Doc(
        "nl-notitie-werkbezoek-minister-beveiliging",
        "Notitie werkbezoek minister van Justitie en Veiligheid aan PI Vught, 18 september 2025\n"
        "\n"
        "De minister wordt bij aankomst direct naar de afdeling Terroristen gebracht zonder door de centrale hal te\n"
        "lopen. Tijdens de rondgang blijven twee beveiligers op anderhalve meter afstand. Pers is welkom bij het\n"
        "statement om 15.00 uur aan de poort.\n",
        redact=[(("De minister wordt bij aankomst direct naar de afdeling Terroristen gebracht zonder door de centrale"
                  " hal te\nlopen"), "PASSAGE", "5.1.2h"),
                ("Tijdens de rondgang blijven twee beveiligers op anderhalve meter afstand", "PASSAGE", "5.1.2h")],
        visible=["Pers is welkom bij het\nstatement om 15.00 uur aan de poort"],
        batch=126,
    ),
    Doc(
        "nl-notitie-ilt-vervolg-transporteur",
        "ILT - interne notitie\n"
        "Betreft: Transportbedrijf Van Wijk, vervolg op de controle van 2 juni\n"
        "\n"
        "Bij 14 van de 30 ritten was de rusttijd overschreden.\n"
        "We kondigen de volgende controle niet aan en doen die op de A67 bij Venlo.\n"
        "De hoogte van de boete staat nog niet vast; eerst horen we de directeur.\n",
        redact=[("We kondigen de volgende controle niet aan en doen die op de A67 bij Venlo", "PASSAGE", "5.1.2d"),
                ("De hoogte van de boete staat nog niet vast; eerst horen we de directeur", "PASSAGE", "5.1.2d")],
        visible=["Bij 14 van de 30 ritten was de rusttijd overschreden"],
        batch=126,
    ),
    Doc(
        "nl-mail-gemeente-cijfers-ontwikkelaar",
        "Van: projectleider gebiedsontwikkeling\n"
        "Onderwerp: Stationskwartier - grondexploitatie\n"
        "\n"
        "De ontwikkelaar rekent in zijn eigen doorrekening met een rendement van 7 procent op het project.\n"
        "Hij heeft ons zijn bouwkostenraming gestuurd op voorwaarde dat we die niet verder verspreiden.\n"
        "Het bestemmingsplan ligt vanaf 1 oktober ter inzage.\n",
        redact=[("De ontwikkelaar rekent in zijn eigen doorrekening met een rendement van 7 procent op het project",
                 "PASSAGE", "5.1.1c"),
                ("Hij heeft ons zijn bouwkostenraming gestuurd op voorwaarde dat we die niet verder verspreiden",
                 "PASSAGE", "5.1.1c")],
        visible=["Het bestemmingsplan ligt vanaf 1 oktober ter inzage"],
        batch=126,
    ),
    Doc(
        "en-uk-email-official-views-consultation",
        "From: Callum Whitely (DESNZ)\n"
        "To: Private Office\n"
        "Subject: heat pump grant - read-out\n"
        "\n"
        "Frankly the £7,500 figure looks too generous to me, and I doubt the Treasury will wear it.\n"
        "My instinct is to go out with £6,000 and leave room to move.\n"
        "The scheme has paid 48,000 grants since it opened.\n",
        redact=[("Callum Whitely", "PERSON", E)],
        passages=[("the £7,500 figure looks too generous to me", "5.2.1"),
                  ("My instinct is to go out with £6,000", "5.2.1")],
        visible=["The scheme has paid 48,000 grants since it opened"],
        batch=126,
    ),
    Doc(
        "nl-nieuwsbericht-uitspraak-rechtbank",
        "Rechtbank veroordeelt man voor witwassen via autohandel\n"
        "Gepubliceerd op 2 oktober 2025\n"
        "\n"
        "De rechtbank Oost-Brabant heeft een 45-jarige man uit Oss veroordeeld tot twee jaar cel. De politie hield\n"
        "zijn bedrijf maandenlang in de gaten en tapte zijn telefoon. Volgens de rechtbank is het witwassen bewezen.\n",
        visible=["De politie hield\nzijn bedrijf maandenlang in de gaten en tapte zijn telefoon",
                 "heeft een 45-jarige man uit Oss veroordeeld tot twee jaar cel"],
        batch=126,
    ),
    # -- batch 127: a fourth round of paraphrases, written blind at the start of the seventh round: a WhatsApp export
    #    between desk officers, a transcript of handwritten notes from a DG meeting, a UK e-mail chain with a quoted
    #    reply, an OCR'd scan of a service's official message, minutes of a neighbourhood team's case meeting, a US HR
    #    e-mail on a telework request, a police Teams chat, a municipal decision note on a pool operator's figures, a
    #    protection form flattened to text, and for precision a published Kamerbrief and a Hansard excerpt.
    #    First run, before its fixes: recall 0.528, precision 0.793 (36 items, 29 findings); with three annotation slips
    #    put right (a salutation's comma in the item, two names the detector rightly found but the batch did not list):
    #    recall 0.579, precision 0.862; of the 26 passage items only 10 found (0.385). Missed: 'puur tussen ons' with a
    #    counterpart and Duitsland, 'DG neigt naar', a service listening in and its use restriction, 'kampt met zware
    #    somberheid', 'uit de kast gekomen', AA meetings and a shop steward, a police chat (OT, a beacon under a car,
    #    a girlfriend kept unaware), a firm's own forecast and an agreement it does not want public, a protection form's
    #    rows. Not silent: the Kamerbrief (its Vergaderjaar line carried the number) and a quoted reply that ran on.
    #    Fixed by shared term lists and paired cues (a cue and its companion in one sentence, either order), quoted
    #    lines and date fields as sentence ends, "Label | value" rows as cells. After: recall 1.0, precision 0.932
    #    (a state read as a name, and a service's listening also suggested under 5.1.2c) ----------------------------
    Doc(
        "nl-whatsapp-export-desk-ambassades",
        "WhatsApp-chat met Desk Europa (export)\n"
        "[12-03-25 08:41] Ilse Vermeulen: Net gebeld met mijn counterpart in Berlijn. Hij zei, puur tussen ons, dat\n"
        "Duitsland de sancties tegen Georgië wil afzwakken.\n"
        "[12-03-25 08:43] Ilse Vermeulen: Graag niet verder dan de DG, dit staat nergens op papier.\n"
        "[12-03-25 08:45] Bas Hoekstra: Helder. De Franse ambassade heeft ons off the record laten weten dat Parijs\n"
        "tegen gaat stemmen.\n"
        "[12-03-25 08:47] Bas Hoekstra: De stemming in de Raad Buitenlandse Zaken is op 24 maart.\n",
        redact=[("Ilse Vermeulen", "PERSON", E), ("Bas Hoekstra", "PERSON", E)],
        passages=[("Hij zei, puur tussen ons, dat\nDuitsland de sancties", "5.1.2a"),
                  ("De Franse ambassade heeft ons off the record laten weten", "5.1.2a")],
        visible=["De stemming in de Raad Buitenlandse Zaken is op 24 maart"],
        batch=127,
    ),
    Doc(
        "nl-transcriptie-handgeschreven-aantekeningen-dg",
        "[transcriptie van handgeschreven aantekeningen, overleg pSG/DG Wonen 4-2-2025]\n"
        "\n"
        "- pSG: wat mij betreft gaan we niet mee in de indexatie, veel te duur\n"
        "- DG neigt naar optie B, mits de provincies meebetalen\n"
        "- mijns inziens is de uitvoeringstoets van de Dienst Huurcommissie te rooskleurig (Kees)\n"
        "- actie: FEZ rekent optie B door voor 11-2\n",
        redact=[("Kees", "PERSON", E)],
        passages=[("wat mij betreft gaan we niet mee in de indexatie", "5.2.1"),
                  ("neigt naar optie B", "5.2.1"),
                  ("mijns inziens is de uitvoeringstoets", "5.2.1")],
        visible=["FEZ rekent optie B door voor 11-2"],
        batch=127,
    ),
    Doc(
        "en-uk-email-chain-quoted-readout-ankara",
        "From: Priya Raman (FCDO)\n"
        "Sent: 09 October 2024 17:02\n"
        "To: Tom Ashcroft\n"
        "Subject: RE: Ankara read-out\n"
        "\n"
        "Tom - on balance I'd lean towards holding the statement until after the visit.\n"
        "\n"
        "> From: Tom Ashcroft\n"
        "> Sent: 09 October 2024 15:40\n"
        "> The Turkish deputy minister told us, strictly not for onward transmission, that Ankara will block the\n"
        "> protocol unless the arms restrictions go. My gut feeling is we keep that out of the submission.\n"
        "> The visit itself was announced by No10 on Monday.\n",
        redact=[("Priya Raman", "PERSON", E), ("Tom Ashcroft", "PERSON", E), ("Tom", "PERSON", E)],
        passages=[("I'd lean towards holding the statement", "5.2.1"),
                  ("strictly not for onward transmission", "5.1.2a"),
                  ("My gut feeling is we keep that out of the submission", "5.2.1")],
        visible=["The visit itself was announced by No10 on Monday"],
        batch=127,
    ),
    Doc(
        "nl-ocr-scan-bericht-dienst-aan-burgemeester",
        "STG. GEHEIM\n"
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n"
        "Aan: de burgemeester van Zwolle\n"
        "Kenmerk: 2025-0041877\n"
        "\n"
        "Uit een betrouwbare menselijke bron is ge-\n"
        "bleken dat de stichting sinds april geld ontvangt uit een Golfstaat. De dienst heeft\n"
        "de telefoongesprekken van de penningmeester enige tijd kunnen meeluisteren. Deze informatie mag\n"
        "niet in een bestuursrechtelijke procedure worden gebruikt zonder toestemming van de dienst.\n"
        "\n"
        "De gemeenteraad nam op 3 mei een motie aan over buitenlandse financiering van moskeeën.\n",
        passages=[("STG. GEHEIM", "5.1.1b"), ("Uit een betrouwbare menselijke bron is ge-\nbleken", "5.1.1b"),
                  ("de telefoongesprekken van de penningmeester enige tijd kunnen meeluisteren", "5.1.1b"),
                  ("zonder toestemming van de dienst", "5.1.1b")],
        visible=["De gemeenteraad nam op 3 mei een motie aan", "Kenmerk: 2025-0041877"],
        batch=127,
    ),
    Doc(
        "nl-verslag-casusoverleg-wijkteam",
        "Casusoverleg wijkteam Noord, 21 januari 2025\n"
        "Aanwezig: wijkcoach, GGD-verpleegkundige, jeugdconsulent, woonconsulent Woonstede\n"
        "\n"
        "Casus 3: gezin Yilmaz-de Bruin\n"
        "- Vader heeft jaren vastgezeten voor een gewapende overval en is sinds oktober weer thuis.\n"
        "- Moeder kampt met zware somberheid en slikt sinds de zomer pillen van de huisarts.\n"
        "- De oudste dochter (15) is op school uit de kast gekomen; thuis weet niemand het.\n"
        "- Het gezin bezoekt elke vrijdag de moskee aan de Ringweg; de imam wil bemiddelen.\n"
        "- Huurachterstand: EUR 2.340, Woonstede wacht tot het volgende overleg.\n"
        "\n"
        "Volgend overleg: 18 februari.\n",
        redact=[("Yilmaz-de Bruin", "PERSON", E)],
        passages=[("heeft jaren vastgezeten voor een gewapende overval", SPECIAL),
                  ("kampt met zware somberheid", SPECIAL),
                  ("uit de kast gekomen", SPECIAL),
                  ("bezoekt elke vrijdag de moskee", SPECIAL)],
        visible=["woonconsulent Woonstede", "Volgend overleg: 18 februari"],
        batch=127,
    ),
    Doc(
        "en-us-email-telework-request-hr",
        "From: Hernandez, Luis (OHR)\n"
        "To: Whitfield, Dana\n"
        "Subject: telework request - G. Pruitt\n"
        "\n"
        "Dana,\n"
        "\n"
        "Gerald Pruitt's physician confirmed he is being treated for an anxiety disorder and recommends full-time\n"
        "telework through March. He also told me he is in recovery and goes to AA meetings twice a week, so please\n"
        "keep Tuesday and Thursday evenings free of calls. He is a shop steward for AFGE Local 2578 and asked that\n"
        "the union not be copied.\n"
        "\n"
        "The agency telework policy (Directive 11-3) is on the intranet.\n",
        redact=[("Hernandez, Luis", "PERSON", E), ("Whitfield, Dana", "PERSON", E), ("Gerald Pruitt", "PERSON", E),
                ("G. Pruitt", "PERSON", E), ("\n|Dana|,\n", "PERSON", E)],
        passages=[("being treated for an anxiety disorder", SPECIAL),
                  ("he is in recovery and goes to AA meetings", SPECIAL),
                  ("He is a shop steward for AFGE Local 2578", SPECIAL)],
        visible=["The agency telework policy (Directive 11-3) is on the intranet"],
        batch=127,
    ),
    Doc(
        "nl-teams-chat-recherche-observatie",
        "Teams-chat team Opsporing Oost, 14-11-2024\n"
        "[09:02] rechercheur A: OT staat sinds gisteren bij de garageboxen in Hengelo met zicht op de achterdeur\n"
        "[09:04] rechercheur B: top. onder die Mercedes zit nu een baken, we volgen hem tot over de grens\n"
        "[09:05] rechercheur A: zijn vriendin laten we voorlopig met rust, anders waarschuwt ze hem\n"
        "[09:07] rechercheur B: persbericht over de eerste aanhoudingen staat op politie.nl\n",
        redact=[("OT staat sinds gisteren bij de garageboxen in Hengelo met zicht op de achterdeur", "PASSAGE", "5.1.2c"),
                ("onder die Mercedes zit nu een baken, we volgen hem tot over de grens", "PASSAGE", "5.1.2c"),
                ("zijn vriendin laten we voorlopig met rust, anders waarschuwt ze hem", "PASSAGE", "5.1.2c")],
        visible=["persbericht over de eerste aanhoudingen staat op politie.nl"],
        batch=127,
    ),
    Doc(
        "nl-beslisnota-overdracht-zwembad-exploitant",
        "Beslisnota college van burgemeester en wethouders\n"
        "Onderwerp: overdracht zwembad De Wetering aan een exploitant\n"
        "\n"
        "SportFit Exploitatie B.V. haalt volgens haar eigen meerjarenprognose pas in het vierde jaar break-even.\n"
        "Zij betaalt haar leverancier voor de waterbehandeling EUR 0,82 per kuub, een afspraak die zij niet openbaar\n"
        "wil zien.\n"
        "De overeenkomst wordt na ondertekening in het openbare contractregister gepubliceerd.\n",
        redact=[("SportFit Exploitatie B.V. haalt volgens haar eigen meerjarenprognose pas in het vierde jaar break-even",
                 "PASSAGE", "5.1.1c"),
                ("Zij betaalt haar leverancier voor de waterbehandeling EUR 0,82 per kuub, een afspraak die zij niet"
                 " openbaar\nwil zien", "PASSAGE", "5.1.1c")],
        visible=["De overeenkomst wordt na ondertekening in het openbare contractregister gepubliceerd"],
        batch=127,
    ),
    Doc(
        "nl-formulier-beveiligingsadvies-woning-rechter",
        "Formulier beveiligingsadvies | Team Bewaken en Beveiligen\n"
        "Object | woning van een rechter, Zeist\n"
        "Maatregel 1 | hekwerk achter de tuin verhoogd tot 2,20 m\n"
        "Maatregel 2 | betrokkene rijdt afwisselend via de A28 en via Den Dolder naar de rechtbank\n"
        "Maatregel 3 | paniekknop in de slaapkamer, doorgeschakeld naar de meldkamer\n"
        "Evaluatie | oktober 2025\n",
        redact=[("hekwerk achter de tuin verhoogd tot 2,20 m", "PASSAGE", "5.1.2h"),
                ("betrokkene rijdt afwisselend via de A28 en via Den Dolder naar de rechtbank", "PASSAGE", "5.1.2h"),
                ("paniekknop in de slaapkamer, doorgeschakeld naar de meldkamer", "PASSAGE", "5.1.2h")],
        visible=["oktober 2025"],
        batch=127,
    ),
    Doc(
        "nl-kamerbrief-gepubliceerd-bezoek-washington",
        "Tweede Kamer der Staten-Generaal\n"
        "Vergaderjaar 2024-2025, 36 600 V, nr. 88\n"
        "Brief van de minister van Buitenlandse Zaken\n"
        "\n"
        "Tijdens mijn bezoek aan Washington heb ik met mijn Amerikaanse ambtgenoot gesproken over de steun aan\n"
        "Oekraïne. Wij zijn het erover eens dat die steun onverminderd moet doorgaan. Ik ben van mening dat Nederland\n"
        "hierin een voortrekkersrol moet blijven spelen. Het kabinet investeert daarnaast EUR 300 miljoen extra in de\n"
        "geestelijke gezondheidszorg voor veteranen. De AIVD beschrijft in zijn openbare jaarverslag de dreiging van\n"
        "statelijke actoren.\n",
        visible=["heb ik met mijn Amerikaanse ambtgenoot gesproken", "Ik ben van mening dat Nederland",
                 "Het kabinet investeert daarnaast EUR 300 miljoen extra", "De AIVD beschrijft in zijn openbare jaarverslag"],
        batch=127,
    ),
    Doc(
        "en-hansard-excerpt-minister-counterpart",
        "House of Commons - Hansard\n"
        "Volume 752: debated on Tuesday 5 November 2024\n"
        "\n"
        "The Minister for Europe: I met my French counterpart in Paris last week and we agreed to deepen cooperation on\n"
        "small boats. I believe that this agreement will make a real difference. The security services keep the threat\n"
        "under constant review.\n",
        officials=[],
        visible=["I met my French counterpart in Paris last week", "I believe that this agreement",
                 "The security services keep the threat\nunder constant review"],
        batch=127,
    ),
    # -- batch 128: a fifth round of paraphrases, written blind after batch 127's restructuring (term lists and paired
    #    cues) to measure whether it carries: a coded message from a post, a US e-mail on a read-out, minutes of a
    #    municipal management team, a probation officer's file note, a UK HR case note, a service's note to a mayor, a
    #    police e-mail, a procurement note, a court's security e-mail, and for precision a council's information letter
    #    and a news item on an ambassador.
    #    First run, before its fixes: recall 0.405, precision 0.842 (37 items, 19 findings); of the 26 passage items only
    #    4 found (0.154): the first restructuring's lists did not carry to these idioms ('gaf me mee', 'liet
    #    doorschemeren', 'let slip', 'ziet er geen brood in', 'de minst slechte keuze', a partner service's warning,
    #    someone close to the leader, intercepted traffic, a suspect let run, a number on the tap, a witness with no idea,
    #    a supplier's own margin, an order book shown on condition, a back way, an unmanned door, a key safe's code).
    #    The council letter's subject line was read as a person's health. Fixed by adding to the shared lists (they
    #    then serve every cue that names them), new lists (places of worship, a firm's figures, back ways), paired cues
    #    for the rest, and a pronoun that points back to the companion in the sentence before. Two markings the batch
    #    did not list were added as passages afterwards (they were right). After: recall 1.0, precision 0.95 (a state
    #    and a title read as first names, people.py) --------------------------------------------------------------
    Doc(
        "nl-codebericht-post-wenen-verlenging",
        "Codebericht van post Wenen\n"
        "Nr. 212, 3 juni 2025\n"
        "Onderwerp: verlenging sancties, stand van zaken\n"
        "\n"
        "Mijn Oostenrijkse collega gaf me na afloop van de lunch mee dat Wenen de verlenging gaat tegenhouden. Hij drukte\n"
        "me op het hart dit niet verder te vertellen. Ook de Hongaarse gezant liet doorschemeren dat Boedapest zich zal\n"
        "aansluiten, maar wilde dat nergens terugzien.\n"
        "De Raad neemt op 23 juni een besluit.\n",
        passages=[("gaf me na afloop van de lunch mee dat Wenen", "5.1.2a"),
                  ("drukte\nme op het hart dit niet verder te vertellen", "5.1.2a"),
                  ("liet doorschemeren dat Boedapest", "5.1.2a")],
        visible=["De Raad neemt op 23 juni een besluit"],
        batch=128,
    ),
    Doc(
        "en-us-email-readout-doha",
        "From: Okafor, Chidi\n"
        "To: NEA-Front Office\n"
        "Subject: Doha read-out\n"
        "\n"
        "The Ambassador's counterpart made clear that what Qatar offered on the hostages is not to go beyond this room.\n"
        "He also let slip that the Emir has lost patience with Hamas's negotiators.\n"
        "The Secretary's public remarks on Tuesday will stick to the agreed lines.\n",
        redact=[("Okafor, Chidi", "PERSON", E)],
        passages=[("is not to go beyond this room", "5.1.2a"),
                  ("He also let slip that the Emir has lost patience", "5.1.2a")],
        visible=["The Secretary's public remarks on Tuesday will stick to the agreed lines"],
        batch=128,
    ),
    Doc(
        "nl-notulen-mt-ruimte-gemeente",
        "Notulen MT Ruimte, 12 maart 2025\n"
        "Aanwezig: Ruben Keizer (afdelingshoofd), Priscilla Doorn, Wim van Loon (notulen)\n"
        "\n"
        "3. Omgevingsvisie\n"
        "Ruben ziet er geen brood in om de binnenstad nu al mee te nemen. Priscilla vindt variant 2 de minst slechte\n"
        "keuze. Het afdelingshoofd is er niet gerust op dat de raad het tempo bijhoudt.\n"
        "De conceptvisie gaat op 1 april naar het college.\n",
        redact=[("Ruben Keizer", "PERSON", E), ("Priscilla Doorn", "PERSON", E), ("Wim van Loon", "PERSON", E),
                ("\n|Ruben| ziet", "PERSON", E), (". |Priscilla| vindt", "PERSON", E)],
        passages=[("ziet er geen brood in", "5.2.1"), ("vindt variant 2 de minst slechte", "5.2.1"),
                  ("is er niet gerust op dat de raad het tempo bijhoudt", "5.2.1")],
        visible=["De conceptvisie gaat op 1 april naar het college"],
        batch=128,
    ),
    Doc(
        "nl-dossiernotitie-reclassering",
        "Reclassering Nederland - dossiernotitie\n"
        "Cliënt: D. Wolters (roepnaam Danny)\n"
        "Datum contact: 4 februari 2025\n"
        "\n"
        "Danny heeft eerder vastgezeten voor een steekpartij in Deventer. Hij vertelt dat hij sinds de zomer weer\n"
        "blowt om de stemmen stil te krijgen. Hij woont samen met zijn vriend Marco, dat weet zijn familie niet.\n"
        "Op zondag gaat hij met zijn moeder mee naar de Pinkstergemeente.\n"
        "Volgende afspraak: 18 februari.\n",
        redact=[("D. Wolters", "PERSON", E), ("Danny", "PERSON", E), ("Marco", "PERSON", E)],
        passages=[("heeft eerder vastgezeten voor een steekpartij", SPECIAL), ("om de stemmen stil te krijgen", SPECIAL),
                  ("woont samen met zijn vriend Marco", SPECIAL), ("naar de Pinkstergemeente", SPECIAL)],
        visible=["Volgende afspraak: 18 februari"],
        batch=128,
    ),
    Doc(
        "en-uk-hr-case-note-adjustments",
        "Case note - reasonable adjustments\n"
        "Employee: Bethany Cole, Revenue Team\n"
        "\n"
        "Bethany explained that she was diagnosed bipolar in 2019 and has been stable on medication since.\n"
        "She has been sober for two years and asked that the team social not be held in a pub.\n"
        "Her faith means she does not work between sunset on Friday and sunset on Saturday.\n"
        "HR will review the adjustments in six months.\n",
        redact=[("Bethany Cole", "PERSON", E), ("Bethany", "PERSON", E)],
        passages=[("diagnosed bipolar", SPECIAL), ("She has been sober for two years", SPECIAL),
                  ("Her faith means she does not work", SPECIAL)],
        visible=["HR will review the adjustments in six months"],
        batch=128,
    ),
    Doc(
        "nl-notitie-dienst-burgemeester-netwerk",
        "Notitie voor de burgemeester van Almere (Stg. Confidentieel)\n"
        "\n"
        "Een buitenlandse partner heeft ons gewaarschuwd dat twee leden van het netwerk in Almere wapens proberen te kopen.\n"
        "Wij hebben iemand dicht bij de leider van de groep die ons wekelijks bijpraat.\n"
        "De informatie komt deels uit onderschept satellietverkeer.\n"
        "De gemeente heeft in maart een voorlichtingsavond over radicalisering gehouden.\n",
        passages=[("Stg. Confidentieel", "5.1.1b"), ("Een buitenlandse partner heeft ons gewaarschuwd", "5.1.1b"),
                  ("Wij hebben iemand dicht bij de leider van de groep", "5.1.1b"),
                  ("onderschept satellietverkeer", "5.1.1b")],
        visible=["De gemeente heeft in maart een voorlichtingsavond over radicalisering gehouden"],
        batch=128,
    ),
    Doc(
        "nl-mail-recherche-levering-laten-lopen",
        "Van: teamleider Recherche Zeeland-West-Brabant\n"
        "Onderwerp: onderzoek Grutto\n"
        "\n"
        "We laten hem nog lopen tot de volgende levering binnen is.\n"
        "Zijn nieuwe nummer staat sinds dinsdag op de tap.\n"
        "De getuige heeft geen idee dat zijn buurman ook verdachte is.\n"
        "De officier van justitie is op de hoogte gebracht.\n",
        redact=[("We laten hem nog lopen tot de volgende levering binnen is", "PASSAGE", "5.1.2c"),
                ("Zijn nieuwe nummer staat sinds dinsdag op de tap", "PASSAGE", "5.1.2c"),
                ("De getuige heeft geen idee dat zijn buurman ook verdachte is", "PASSAGE", "5.1.2c")],
        visible=["De officier van justitie is op de hoogte gebracht"],
        batch=128,
    ),
    Doc(
        "nl-notitie-inkoop-ict-leverancier",
        "Notitie inkoop - verlenging contract werkplekbeheer\n"
        "\n"
        "Volgens de leverancier zelf draait hij op dit contract met een marge van hooguit 3 procent.\n"
        "Hij liet ons zijn orderportefeuille zien op voorwaarde dat die binnenskamers blijft.\n"
        "Het contract loopt af op 31 december 2025.\n",
        redact=[("Volgens de leverancier zelf draait hij op dit contract met een marge van hooguit 3 procent", "PASSAGE",
                 "5.1.1c"),
                ("Hij liet ons zijn orderportefeuille zien op voorwaarde dat die binnenskamers blijft", "PASSAGE",
                 "5.1.1c")],
        visible=["Het contract loopt af op 31 december 2025"],
        batch=128,
    ),
    Doc(
        "nl-mail-rechtbank-beveiliging-zitting",
        "Van: coördinator beveiliging rechtbank Overijssel\n"
        "Onderwerp: zitting 14 mei, zaal 3\n"
        "\n"
        "De officier van justitie parkeert in de afgesloten kelder en loopt via de raadkamer naar binnen.\n"
        "Tussen 17.00 en 18.00 uur is de achteringang onbemand.\n"
        "De sleutelkluis hangt naast de dienstingang en heeft code 4471.\n"
        "De zitting is openbaar.\n",
        redact=[("De officier van justitie parkeert in de afgesloten kelder en loopt via de raadkamer naar binnen",
                 "PASSAGE", "5.1.2h"),
                ("Tussen 17.00 en 18.00 uur is de achteringang onbemand", "PASSAGE", "5.1.2h"),
                ("De sleutelkluis hangt naast de dienstingang en heeft code 4471", "PASSAGE", "5.1.2h")],
        visible=["De zitting is openbaar"],
        batch=128,
    ),
    Doc(
        "nl-raadsinformatiebrief-ggz-moskee",
        "Raadsinformatiebrief\n"
        "Onderwerp: aanpak eenzaamheid en psychische klachten\n"
        "\n"
        "Het college investeert EUR 1,2 miljoen in laagdrempelige hulp voor inwoners met somberheid. Samen met de\n"
        "moskeeën, de kerken en de vakbonden organiseren we ontmoetingen. Wij zijn er geen voorstander van de hulp\n"
        "alleen via de huisarts te laten lopen.\n",
        visible=["inwoners met somberheid", "Samen met de\nmoskeeën, de kerken en de vakbonden",
                 "Wij zijn er geen voorstander van"],
        batch=128,
    ),
    Doc(
        "en-news-ambassador-recalled",
        "Published 14 March 2025\n"
        "\n"
        "Ambassador recalled after leaked remarks\n"
        "\n"
        "The government has recalled its ambassador in Paris after leaked cables showed he had described the French\n"
        "president as unreliable. In the cables, sent in confidence to London, he said Paris would never back the plan.\n"
        "The Foreign Office declined to comment.\n",
        visible=["sent in confidence to London, he said Paris would never back the plan",
                 "had described the French\npresident as unreliable"],
        batch=128,
    ),
    # -- batch 129: a sixth round of paraphrases, written blind after batch 128's fixes: a UK telegram from a post, a
    #    chat between policy officers, a Wmo home-visit report, a US HR e-mail, a service's official message, an FIOD
    #    e-mail, a subsidy note on a firm, a UK council's security e-mail, an inspectorate's note, and for precision a
    #    police press release and a news item on a diplomat.
    #    First run, before its fixes: recall 0.353, precision 1.0 (34 items, 14 findings); of the 26 passage items 5 found
    #    (0.19): the third blind round in a row below 0.4 on passages. The shared lists caught a stroke, drink and 'he is
    #    gay' in new sentences, but not 'speaking frankly after the formal session', 'was candid', 'not for sharing', 'mijn
    #    onderbuik zegt', 'een zwaktebod', 'de SG gaat hier nooit mee akkoord', 'van Molukse komaf', a son in the PI, a
    #    pregnancy, a DUI arrest, a person approached to report, a laptop copied under a service's marking, a colleague
    #    service by nationality, a raid 'geprikt', a firm in the red, papers only shown, a tracker fitted, a fire exit, an
    #    inspection returning unannounced, a fine held back. The press release and the news item stayed silent.
    #    After the fixes (the lists extended, a companion that may stand anywhere on the page for a service's methods):
    #    recall 0.941, precision 1.0; two investigation steps that only the document's context makes tactical and a name
    #    inside a special-data passage are xfails ----------------------------------------------------------------------
    Doc(
        "en-uk-telegram-oslo-read-out",
        "OFFICIAL-SENSITIVE\n"
        "Telegram from Oslo, 11 February 2025\n"
        "Subject: Arctic licensing - Norwegian position\n"
        "\n"
        "1. Speaking frankly after the formal session, the Norwegian State Secretary said Oslo had already decided to\n"
        "delay the licensing round. He stressed this was his own reading and not for sharing with the Nordics.\n"
        "2. Our Danish interlocutor was candid: Copenhagen will not support the joint statement.\n"
        "3. The licensing round was debated in the Storting on 4 February.\n",
        passages=[("Speaking frankly after the formal session", "5.1.2a"),
                  ("not for sharing with the Nordics", "5.1.2a"),
                  ("Our Danish interlocutor was candid", "5.1.2a")],
        visible=["The licensing round was debated in the Storting on 4 February"],
        batch=129,
    ),
    Doc(
        "nl-teams-chat-beleidsmedewerkers-schuiven",
        "Chat: Team Arbeidsmarkt\n"
        "[10:02] Sanne de Groot: eerlijk gezegd vind ik schuiven met de datum een zwaktebod\n"
        "[10:04] Koen Bakker: ik ben er nog niet uit maar mijn onderbuik zegt optie A\n"
        "[10:05] Sanne de Groot: de SG gaat hier nooit mee akkoord, die wil geen gezichtsverlies\n"
        "[10:07] Koen Bakker: de brief moet woensdag naar de Kamer\n",
        redact=[("Sanne de Groot", "PERSON", E), ("Koen Bakker", "PERSON", E)],
        passages=[("vind ik schuiven met de datum een zwaktebod", "5.2.1"),
                  ("mijn onderbuik zegt optie A", "5.2.1"),
                  ("de SG gaat hier nooit mee akkoord", "5.2.1")],
        visible=["de brief moet woensdag naar de Kamer"],
        batch=129,
    ),
    Doc(
        "nl-verslag-keukentafelgesprek-wmo",
        "Verslag keukentafelgesprek Wmo\n"
        "Aanvrager: mevrouw H. Latuperisa\n"
        "\n"
        "Mevrouw vertelt dat haar man twee jaar geleden een beroerte kreeg en sindsdien niet meer praat.\n"
        "Zelf is ze na de scheiding van haar eerste man aan de drank geraakt.\n"
        "Ze is van Molukse komaf en wil graag hulp van iemand die haar taal spreekt.\n"
        "Haar zoon zit sinds vorig jaar in de PI Vught.\n"
        "Het gesprek vond plaats op 9 april.\n",
        redact=[("H. Latuperisa", "PERSON", E)],
        passages=[("een beroerte kreeg", SPECIAL), ("aan de drank geraakt", SPECIAL),
                  ("van Molukse komaf", SPECIAL), ("zit sinds vorig jaar in de PI Vught", SPECIAL)],
        visible=["Het gesprek vond plaats op 9 april"],
        batch=129,
    ),
    Doc(
        "en-us-email-hr-assignment-riyadh",
        "From: Delgado, Marisol (HR)\n"
        "To: Whitaker, James\n"
        "Subject: overseas assignment - K. Osei\n"
        "\n"
        "James,\n"
        "Kwame told me he is gay and is worried about the posting to Riyadh.\n"
        "His wife is expecting in May, so he would rather not leave before the summer.\n"
        "He also disclosed a DUI arrest from 2019, which the background check will pick up.\n"
        "The assignment list closes on March 1.\n",
        redact=[("Delgado, Marisol", "PERSON", E), ("Whitaker, James", "PERSON", E), ("K. Osei", "PERSON", E),
                ("\n|James|,\n", "PERSON", E), ("Kwame", "PERSON", E)],
        passages=[("he is gay", SPECIAL), ("His wife is expecting in May", SPECIAL),
                  ("a DUI arrest from 2019", SPECIAL)],
        visible=["The assignment list closes on March 1"],
        batch=129,
    ),
    Doc(
        "nl-bericht-dienst-benadering-betrokkene",
        "Dep. Vertrouwelijk\n"
        "Aan: de burgemeester van Eindhoven\n"
        "\n"
        "Betrokkene is vorig jaar door ons benaderd om over de vereniging te rapporteren, maar heeft geweigerd.\n"
        "Tijdens zijn verblijf in een hotel in Brussel is de inhoud van zijn laptop gekopieerd.\n"
        "Dit weten wij van een Britse collega-dienst.\n"
        "De vereniging staat ingeschreven bij de Kamer van Koophandel.\n",
        passages=[("Dep. Vertrouwelijk", "5.1.1b"), ("door ons benaderd om over de vereniging te rapporteren", "5.1.1b"),
                  ("is de inhoud van zijn laptop gekopieerd", "5.1.1b"), ("Dit weten wij van een Britse collega-dienst", "5.1.1b")],
        visible=["De vereniging staat ingeschreven bij de Kamer van Koophandel"],
        batch=129,
    ),
    Doc(
        "nl-mail-fiod-inval-gepland",
        "Van: teamleider FIOD Eindhoven\n"
        "Onderwerp: onderzoek Kievit - planning\n"
        "\n"
        "De inval is geprikt op dinsdag om 06.00 uur, op drie adressen tegelijk.\n"
        "We wachten tot de directeur terug is uit Dubai.\n"
        "Zijn boekhouder praat al een paar weken met ons.\n"
        "Het onderzoek is gestart na een melding van de Belastingdienst.\n",
        redact=[("De inval is geprikt op dinsdag om 06.00 uur, op drie adressen tegelijk", "PASSAGE", "5.1.2c"),
                ("We wachten tot de directeur terug is uit Dubai", "PASSAGE", "5.1.2c"),
                ("Zijn boekhouder praat al een paar weken met ons", "PASSAGE", "5.1.2c")],
        visible=["Het onderzoek is gestart na een melding van de Belastingdienst"],
        batch=129,
    ),
    Doc(
        "nl-notitie-subsidie-coatingbedrijf",
        "Notitie subsidieverlening - Coatex Industries B.V.\n"
        "\n"
        "Coatex draait al twee jaar rood en heeft de bank om uitstel van aflossing gevraagd.\n"
        "De samenstelling van de coating staat in bijlage 3, die het bedrijf alleen ter inzage heeft gegeven.\n"
        "De subsidieregeling staat open tot 1 oktober.\n",
        redact=[("Coatex draait al twee jaar rood en heeft de bank om uitstel van aflossing gevraagd", "PASSAGE", "5.1.1c"),
                ("De samenstelling van de coating staat in bijlage 3, die het bedrijf alleen ter inzage heeft gegeven",
                 "PASSAGE", "5.1.1c")],
        visible=["De subsidieregeling staat open tot 1 oktober"],
        batch=129,
    ),
    Doc(
        "en-uk-council-email-leader-security",
        "From: Democratic Services\n"
        "To: Head of Legal\n"
        "Subject: Leader - arrangements after the threats\n"
        "\n"
        "The Leader's car now has a tracker fitted by the police and her home has a direct line to the control room.\n"
        "After committee meetings she will leave by the fire exit onto Mill Lane, where a marked car will wait.\n"
        "The threats were reported to the police on 2 May.\n",
        redact=[("The Leader's car now has a tracker fitted by the police and her home has a direct line to the control"
                 " room", "PASSAGE", "5.1.2h"),
                ("After committee meetings she will leave by the fire exit onto Mill Lane, where a marked car will wait",
                 "PASSAGE", "5.1.2h")],
        visible=["The threats were reported to the police on 2 May"],
        batch=129,
    ),
    Doc(
        "nl-notitie-nvwa-koffiebranderij",
        "NVWA - interne notitie\n"
        "Betreft: Koffiebranderij De Bonenhoek, vervolg\n"
        "\n"
        "Bij het bezoek van 3 maart zaten er muizenkeutels in de opslag.\n"
        "We komen terug zonder vooraankondiging, waarschijnlijk op een maandagochtend.\n"
        "De boete leggen we pas op als de hersteltermijn ongebruikt is verstreken.\n",
        redact=[("We komen terug zonder vooraankondiging, waarschijnlijk op een maandagochtend", "PASSAGE", "5.1.2d"),
                ("De boete leggen we pas op als de hersteltermijn ongebruikt is verstreken", "PASSAGE", "5.1.2d")],
        visible=["Bij het bezoek van 3 maart zaten er muizenkeutels in de opslag"],
        batch=129,
    ),
    Doc(
        "nl-persbericht-politie-aanhoudingen-observatie",
        "Persbericht Politie Oost-Brabant\n"
        "\n"
        "Na maandenlange observatie heeft de politie dinsdag drie mannen aangehouden. Het observatieteam volgde de\n"
        "verdachten tot in Duitsland. Een van hen had een peilbaken onder zijn auto. De verdachten zitten vast.\n",
        visible=["Het observatieteam volgde de\nverdachten tot in Duitsland", "Een van hen had een peilbaken onder zijn auto"],
        batch=129,
    ),
    Doc(
        "nl-nieuwsbericht-gezant-doorschemeren",
        "Gepubliceerd op 4 maart 2025\n"
        "\n"
        "Hongaarse gezant laat doorschemeren dat Boedapest blokkeert\n"
        "\n"
        "De Hongaarse ambassadeur in Den Haag liet in een interview met NRC doorschemeren dat Boedapest de sancties zal\n"
        "blokkeren. Het ministerie van Buitenlandse Zaken wilde niet reageren.\n",
        visible=["liet in een interview met NRC doorschemeren dat Boedapest de sancties zal\nblokkeren"],
        batch=129,
    ),
    # -- batch 170 (130 to 145 were taken by the other batches): a seventh round of paraphrases, written blind after batch 129's fixes: a handwritten note of a phone
    #    call with a post, a UK submission's comments box, a youth-care report, a US security e-mail, a service's
    #    briefing, a police chat, an energy firm's letter summarised in a memo, a school's threat assessment, and for
    #    precision a published inspection report.
    #    First run, before its fixes: recall 0.3, precision 0.6 (20 items, 10 findings); with the two chat speakers the
    #    batch did not list (rightly flagged) counted: recall 0.364, precision 0.9; of the 19 passage items 5 found
    #    (0.26). Missed: a contact who does not want his name to fall, 'mag niet naar buiten', 'I am uneasy about',
    #    'Frankly ... not robust enough', eighteen months' prison, bedwetting, a gate that does not latch, the same route
    #    two days running, an informant, chats read along, a French partner confirming, 'hij weet van niks', a door kept
    #    in view from the neighbours' attic, a firm's purchase price and its request not to name it, a threatened
    #    teacher's way in by the bike cellar. Not silent: a note of a phone call read as a tap. After the fixes (the
    #    lists extended; a companion on the page for police documents; a name in CamelCase as a firm; a phone call only
    #    with a tap; a pronoun's companion before a list item's bullet): recall 1.0, precision 0.958 -------------------
    Doc(
        "nl-aantekening-telefoongesprek-post-ankara",
        "[aantekening telefoongesprek met post Ankara, 2-10, opgesteld door DEU/ZO]\n"
        "- onze Turkse contactpersoon op MFA wil niet dat zijn naam valt, maar bevestigt dat Ankara het veto handhaaft\n"
        "- volgens hem zit de president er persoonlijk bovenop; mag niet naar buiten\n"
        "- officiële verklaring MFA volgt morgen\n",
        passages=[("wil niet dat zijn naam valt, maar bevestigt dat Ankara het veto handhaaft", "5.1.2a"),
                  ("mag niet naar buiten", "5.1.2a")],
        visible=["officiële verklaring MFA volgt morgen"],
        batch=170,
    ),
    Doc(
        "en-uk-submission-comments-box",
        "SUBMISSION - Comments from officials\n"
        "\n"
        "Policy lead: I am uneasy about publishing the league table before the appeals are heard.\n"
        "Analyst: Frankly the model is not robust enough to name individual trusts.\n"
        "Legal: No objection to the timetable.\n"
        "The table covers 212 trusts.\n",
        passages=[("I am uneasy about publishing the league table", "5.2.1"),
                  ("Frankly the model is not robust enough", "5.2.1")],
        visible=["The table covers 212 trusts", "No objection to the timetable"],
        batch=170,
    ),
    Doc(
        "nl-rapportage-jeugdhulp-gezin",
        "Rapportage jeugdhulp - gezin Van der Velde\n"
        "\n"
        "Moeder is bekend met een borderline persoonlijkheidsstoornis en is niet in behandeling.\n"
        "Vader is net vrij na achttien maanden cel voor inbraken.\n"
        "De jongste (6) plast weer in bed sinds de ruzies thuis.\n"
        "Het gezin is Jehova's getuige en weigert daarom een bloedtransfusie voor de baby.\n"
        "Volgende evaluatie: juni.\n",
        redact=[("Van der Velde", "PERSON", E)],
        passages=[("borderline persoonlijkheidsstoornis", SPECIAL), ("net vrij na achttien maanden cel", SPECIAL),
                  ("plast weer in bed", SPECIAL), ("Jehova's getuige", SPECIAL)],
        visible=["Volgende evaluatie: juni"],
        batch=170,
    ),
    Doc(
        "en-us-email-security-judge-residence",
        "From: Deputy U.S. Marshal, Judicial Security\n"
        "To: Chambers of Judge R. Alvarez\n"
        "Subject: residence security survey\n"
        "\n"
        "The survey found the rear gate of the residence does not latch and the garage camera has no night vision.\n"
        "We recommend the Judge's vehicle be parked inside the garage and that she not use the same route two days running.\n"
        "The survey was carried out on April 3.\n",
        redact=[("The survey found the rear gate of the residence does not latch and the garage camera has no night vision",
                 "PASSAGE", "5.1.2h"),
                ("We recommend the Judge's vehicle be parked inside the garage and that she not use the same route two days"
                 " running", "PASSAGE", "5.1.2h")],
        officials=["R. Alvarez"],
        visible=["The survey was carried out on April 3"],
        batch=170,
    ),
    Doc(
        "nl-briefing-dienst-minister-netwerk",
        "Briefing voor de minister van BZK (Stg. Geheim)\n"
        "\n"
        "De dienst volgt de groep sinds 2023 via een informant die aan de leiding rapporteert.\n"
        "Uit meegelezen chatverkeer blijkt dat zij in maart een actie in Rotterdam voorbereiden.\n"
        "Een Franse partner bevestigde dit vorige week.\n"
        "Het dreigingsniveau is in december publiek verhoogd naar 4.\n",
        passages=[("Stg. Geheim", "5.1.1b"), ("via een informant die aan de leiding rapporteert", "5.1.1b"),
                  ("Uit meegelezen chatverkeer blijkt", "5.1.1b"), ("Een Franse partner bevestigde dit", "5.1.1b")],
        visible=["Het dreigingsniveau is in december publiek verhoogd naar 4"],
        batch=170,
    ),
    Doc(
        "nl-chat-politie-woning-verdachte",
        "Chat recherche Rotterdam-Zuid\n"
        "[21:14] Inge: zijn auto staat weer voor de deur, hij weet van niks\n"
        "[21:15] Mo: mooi, bij de buren op zolder kunnen we de voordeur goed in beeld houden\n"
        "[21:17] Inge: de zaak ligt nog niet bij de rechter-commissaris\n",
        redact=[("Inge", "PERSON", E), ("Mo", "PERSON", E), ("hij weet van niks", "PASSAGE", "5.1.2c"),
                ("bij de buren op zolder kunnen we de voordeur goed in beeld houden", "PASSAGE", "5.1.2c")],
        visible=["de zaak ligt nog niet bij de rechter-commissaris"],
        batch=170,
    ),
    Doc(
        "nl-memo-energiebedrijf-brief",
        "Memo - brief van WarmteNet Twente B.V. van 12 mei\n"
        "\n"
        "WarmteNet schrijft dat het zijn warmte inkoopt bij de afvalcentrale voor EUR 14 per GJ.\n"
        "Het bedrijf vraagt ons dat bedrag niet te noemen in de antwoorden aan de raad.\n"
        "Het tarief voor bewoners staat op de website van de ACM.\n",
        redact=[("WarmteNet schrijft dat het zijn warmte inkoopt bij de afvalcentrale voor EUR 14 per GJ", "PASSAGE",
                 "5.1.1c"),
                ("Het bedrijf vraagt ons dat bedrag niet te noemen in de antwoorden aan de raad", "PASSAGE", "5.1.1c")],
        visible=["Het tarief voor bewoners staat op de website van de ACM"],
        batch=170,
    ),
    Doc(
        "nl-dreigingsinschatting-school",
        "Dreigingsinschatting - Montessori Lyceum Oost\n"
        "\n"
        "De docent die is bedreigd komt voorlopig via de fietsenkelder binnen en heeft een eigen lokaal zonder ramen aan\n"
        "de straatkant. De conciërge houdt de hoofdingang tijdens de pauzes dicht.\n"
        "De school heeft de ouders op 3 maart per brief geïnformeerd.\n",
        redact=[("De docent die is bedreigd komt voorlopig via de fietsenkelder binnen en heeft een eigen lokaal zonder ramen"
                 " aan\nde straatkant", "PASSAGE", "5.1.2h")],
        visible=["De school heeft de ouders op 3 maart per brief geïnformeerd"],
        batch=170,
    ),
    Doc(
        "en-uk-inspection-report-published-prison",
        "Report on an unannounced inspection of HMP Marshfield\n"
        "by HM Chief Inspector of Prisons\n"
        "\n"
        "Staff told us that the night patrols were often cut to one officer. Several prisoners said they were frightened\n"
        "to leave their cells. We recommend that the governor restores the second night patrol.\n",
        visible=["the night patrols were often cut to one officer", "We recommend that the governor restores"],
        batch=170,
    ),
    # -- batch 171: an eighth round of paraphrases, written blind at the start of the eighth round: a municipality's
    #    kitchen-table report on a resident in debt, a Veilig Thuis report of neglect, a UK council's housing note, a US
    #    cable on a counterpart's aside, a BZ note of a one-to-one talk, a director's margin notes, a service's note on
    #    a group, a police observation plan, a US occupational-health letter, a probation report, and for precision a
    #    Kamerbrief on debt policy.
    #    First run, before its fixes: recall 0.233, precision 0.875 (30 items, 8 findings); with the sleep complaint the
    #    batch did not list (rightly flagged) counted: recall 0.258, precision 1.0; of the 22 passage items 6 found (0.27).
    #    Missed: a debt scheme (WSNP, a Debt Relief Order), a trustee who manages one's income, neglect and its signs in
    #    a child (no rule for one's private circumstances under 5.1.2e), a referral to the POH-ggz, mental-health
    #    difficulties with a hyphen, being sectioned, a mastectomy, seeing a counsellor, an ankle tag, off the coke, a
    #    counterpart's wish that it stays between the delegations or is not trumpeted, speaking for himself in a numbered
    #    item under the counterpart's, 'op persoonlijke titel', 'geen goed gevoel bij', 'zie ik meer in', 'wat mij
    #    aangaat', a source with access to the group, the service's consent to share, an unmarked van, a step held until
    #    a delivery. After the fixes (a personal-circumstances rule and a debt-scheme list; the lists and cues extended;
    #    a pronoun's companion before a numbered item's number): recall 1.0, precision 1.0 ---------------------------
    Doc(
        "nl-wmo-verslag-huisbezoek-wsnp",
        "Verslag keukentafelgesprek Wmo, 14 januari 2025\n"
        "\n"
        "Meneer woont sinds de scheiding alleen in de flat. Hij zit sinds vorig jaar in de WSNP en leeft van 60 euro\n"
        "leefgeld per week. Zijn inkomen wordt beheerd door een bewindvoerder.\n"
        "Hij slaapt slecht sinds zijn ontslag; de huisarts heeft hem doorverwezen naar de POH-ggz.\n"
        "Zijn dochter komt twee keer per week koken.\n"
        "De gemeente heeft het budget voor schuldhulpverlening in 2024 met 12 procent verhoogd.\n",
        redact=[("Hij zit sinds vorig jaar in de WSNP en leeft van 60 euro\nleefgeld per week", "PASSAGE", E),
                ("Zijn inkomen wordt beheerd door een bewindvoerder", "PASSAGE", E)],
        passages=[("doorverwezen naar de POH-ggz", SPECIAL), ("Hij slaapt slecht sinds zijn ontslag", SPECIAL)],
        visible=["De gemeente heeft het budget voor schuldhulpverlening in 2024 met 12 procent verhoogd",
                 "Zijn dochter komt twee keer per week koken"],
        batch=171,
    ),
    Doc(
        "nl-melding-veilig-thuis-verwaarlozing",
        "Veilig Thuis Gelderland-Zuid - weging melding\n"
        "\n"
        "De school meldt dat de twee jongste kinderen structureel zonder ontbijt en in vieze kleding komen.\n"
        "Bij het huisbezoek trof de medewerker een lege koelkast en beschimmeld eten op het aanrecht aan.\n"
        "Er is sprake van ernstige verwaarlozing van de kinderen door moeder.\n"
        "Moeder heeft een licht verstandelijke beperking en staat er alleen voor.\n"
        "Veilig Thuis ontving in 2024 landelijk ruim 140.000 adviesvragen en meldingen.\n",
        redact=[("De school meldt dat de twee jongste kinderen structureel zonder ontbijt en in vieze kleding komen",
                 "PASSAGE", E),
                ("Er is sprake van ernstige verwaarlozing van de kinderen door moeder", "PASSAGE", E),
                # (not listed when written; rightly found since batch 173's cue for a home's squalor)
                ("Bij het huisbezoek trof de medewerker een lege koelkast en beschimmeld eten op het aanrecht aan",
                 "PASSAGE", E)],
        passages=[("licht verstandelijke beperking", SPECIAL)],
        visible=["Veilig Thuis ontving in 2024 landelijk ruim 140.000 adviesvragen en meldingen"],
        batch=171,
    ),
    Doc(
        "en-uk-council-housing-note-arrears",
        "Housing Options - case note\n"
        "\n"
        "The applicant has rent arrears of GBP 3,400 and entered a Debt Relief Order in March.\n"
        "She has long-standing mental-health difficulties and was sectioned briefly last autumn.\n"
        "Her ex-partner is subject to a non-molestation order.\n"
        "The council's allocations policy was updated in January and is published on its website.\n",
        redact=[("The applicant has rent arrears of GBP 3,400 and entered a Debt Relief Order in March", "PASSAGE", E)],
        passages=[("long-standing mental-health difficulties", SPECIAL), ("was sectioned briefly", SPECIAL),
                  ("non-molestation order", SPECIAL)],
        visible=["The council's allocations policy was updated in January"],
        batch=171,
    ),
    Doc(
        "en-us-cable-counterpart-aside",
        "SUBJECT: UNGA THIRD COMMITTEE - SAUDI VOTE\n"
        "\n"
        "1. After the plenary the Saudi deputy permanent representative pulled DepPolCoord aside and said Riyadh would not\n"
        "block the resolution, but asked that this stay strictly between the two delegations.\n"
        "2. He added, speaking for himself, that the capital was divided on the language on guardianship.\n"
        "3. The Saudi Mission's spokesperson told reporters on Tuesday that its position was unchanged.\n",
        passages=[("asked that this stay strictly between the two delegations", "5.1.2a"),
                  ("speaking for himself, that the capital was divided", "5.1.2a")],
        visible=["The Saudi Mission's spokesperson told reporters on Tuesday"],
        batch=171,
    ),
    Doc(
        "nl-verslag-gesprek-ambassadeur-marokko",
        "Verslag kennismakingsgesprek DG Migratie met de ambassadeur van Marokko, 6 maart 2025\n"
        "\n"
        "In het een-op-een gesprek na afloop gaf de ambassadeur aan dat Rabat de terugnameafspraken wil uitbreiden, mits\n"
        "Nederland dit niet aan de grote klok hangt.\n"
        "Hij sprak nadrukkelijk op persoonlijke titel toen hij zei dat de koning het dossier zelf volgt.\n"
        "Het kabinet heeft de Kamer op 3 april per brief over de migratiepartnerschappen geïnformeerd.\n",
        passages=[("Nederland dit niet aan de grote klok hangt", "5.1.2a"),
                  ("sprak nadrukkelijk op persoonlijke titel", "5.1.2a")],
        visible=["Het kabinet heeft de Kamer op 3 april per brief over de migratiepartnerschappen geïnformeerd"],
        batch=171,
    ),
    Doc(
        "nl-concept-nota-kanttekeningen-directeur",
        "Concept nota afbouw energiesubsidie - kanttekeningen directeur\n"
        "\n"
        "Ik krijg er geen goed gevoel bij om de subsidie nu al af te bouwen.\n"
        "Zelf zie ik meer in een geleidelijke afbouw over drie jaar.\n"
        "Het voorstel van EZK schiet wat mij aangaat tekort op het punt van de kleine ondernemers.\n"
        "De regeling kost in 2025 naar verwachting EUR 310 miljoen.\n"
        "Het kabinet heeft in de Voorjaarsnota gekozen voor een korting van tien procent.\n",
        passages=[("Ik krijg er geen goed gevoel bij", "5.2.1"), ("Zelf zie ik meer in een geleidelijke afbouw", "5.2.1"),
                  ("schiet wat mij aangaat tekort", "5.2.1")],
        visible=["De regeling kost in 2025 naar verwachting EUR 310 miljoen",
                 "Het kabinet heeft in de Voorjaarsnota gekozen voor een korting van tien procent"],
        batch=171,
    ),
    Doc(
        "nl-notitie-dienst-groep-vertrek",
        "Stg. Confidentieel\n"
        "Notitie t.b.v. de driehoek\n"
        "\n"
        "Een bron met toegang tot de kern van de groep meldt dat twee leden in mei naar Syrië willen vertrekken.\n"
        "Het telefoonverkeer van de woordvoerder van de groep wordt sinds juni door de dienst afgeluisterd.\n"
        "Deze informatie mag niet zonder overleg met de dienst worden gedeeld met de wijkagent.\n"
        "De groep organiseerde in april een openbare bijeenkomst in het buurthuis.\n",
        passages=[("Stg. Confidentieel", "5.1.1b"), ("Een bron met toegang tot de kern van de groep", "5.1.1b"),
                  ("wordt sinds juni door de dienst afgeluisterd", "5.1.1b"),
                  ("mag niet zonder overleg met de dienst worden gedeeld", "5.1.1b")],
        visible=["De groep organiseerde in april een openbare bijeenkomst in het buurthuis"],
        batch=171,
    ),
    Doc(
        "nl-observatieplan-politie",
        "Plan van aanpak observatie - team Oost\n"
        "\n"
        "Vanaf maandag posten we met een onopvallende bestelbus schuin tegenover zijn garagebox.\n"
        "Onder de achterbumper van zijn Golf is een peilbaken aangebracht.\n"
        "We grijpen pas in als de tweede partij is geleverd.\n"
        "De zitting bij de politierechter is op 4 juni en openbaar.\n",
        redact=[("Vanaf maandag posten we met een onopvallende bestelbus schuin tegenover zijn garagebox", "PASSAGE",
                 "5.1.2c"),
                ("Onder de achterbumper van zijn Golf is een peilbaken aangebracht", "PASSAGE", "5.1.2c"),
                ("We grijpen pas in als de tweede partij is geleverd", "PASSAGE", "5.1.2c")],
        visible=["De zitting bij de politierechter is op 4 juni en openbaar"],
        batch=171,
    ),
    Doc(
        "en-us-occupational-health-letter",
        "Federal Occupational Health - fitness for duty summary\n"
        "\n"
        "The employee is recovering from a double mastectomy and will need a phased return over six weeks.\n"
        "She also has type-2 diabetes, which is well controlled.\n"
        "She has been seeing the EAP counsellor for grief after her husband's death.\n"
        "The agency's wellness program offers flu shots every October.\n",
        passages=[("recovering from a double mastectomy", SPECIAL), ("has type-2 diabetes", SPECIAL),
                  ("seeing the EAP counsellor for grief", SPECIAL)],
        visible=["The agency's wellness program offers flu shots every October"],
        batch=171,
    ),
    Doc(
        "nl-reclasseringsadvies-enkelband",
        "Reclasseringsadvies - toezicht\n"
        "\n"
        "Betrokkene heeft eerder vastgezeten voor een steekpartij in het uitgaansgebied.\n"
        "Zijn enkelband gaat er in maart af als hij zich aan de voorwaarden houdt.\n"
        "Hij meldt zich wekelijks bij zijn toezichthouder en is sinds de zomer van de coke af.\n"
        "De reclassering heeft in 2024 zes nieuwe toezichthouders aangenomen.\n",
        passages=[("heeft eerder vastgezeten voor een steekpartij", SPECIAL), ("Zijn enkelband gaat er in maart af", SPECIAL),
                  ("is sinds de zomer van de coke af", SPECIAL)],
        visible=["De reclassering heeft in 2024 zes nieuwe toezichthouders aangenomen"],
        batch=171,
    ),
    Doc(
        "nl-kamerbrief-schuldenaanpak",
        "Kamerbrief over de aanpak van problematische schulden\n"
        "\n"
        "Ruim 600.000 huishoudens hebben problematische schulden. Het aantal mensen in de WSNP daalt al jaren.\n"
        "Het kabinet wil dat gemeenten mensen met schulden eerder in beeld krijgen. Beschermingsbewind is duur en de\n"
        "kosten komen vaak voor rekening van de bijzondere bijstand. Verwaarlozing van kinderen vraagt om een snelle\n"
        "reactie van Veilig Thuis.\n",
        visible=["Ruim 600.000 huishoudens hebben problematische schulden", "Het aantal mensen in de WSNP daalt al jaren",
                 "Beschermingsbewind is duur", "Verwaarlozing van kinderen vraagt om een snelle"],
        batch=171,
    ),
    # -- batch 172: a ninth round of paraphrases, written blind after batch 171's fixes: a UK telegram, a BZ note of a
    #    dinner, an internal mail chain with views, a US deliberative e-mail, a Wmo home-visit report, a US benefits
    #    letter, a youth worker's note on faith and sexuality, a probation summary, a protection plan, a note on a
    #    provider's prices, a service's note on a cell, and for precision a health-policy memo and a news item.
    #    First run, before its fixes: recall 0.129, precision 0.571 (31 items, 7 findings); with the service's marking the
    #    batch did not list (rightly flagged) counted: recall 0.156, precision 0.714; of the 24 passage items 3 found
    #    (0.13). Missed: 'on condition of anonymity' and 'go no further than Ministers' after an 'Egyptian official', a
    #    word let drop at dessert, 'niet voor de buitenwereld bestemd', 'mijn eerlijke mening', fingers not burnt, 'I'm
    #    skeptical the figures', 'candidly ... a non-starter', trouble climbing stairs, incontinent, a death by lung
    #    cancer, thoughts of ending one's life, a history of opioid use disorder, 'op jongens valt', a strict church
    #    community, a veil, 'did time', 'on licence', a non-contact order, letters from debt collectors and a threatened
    #    cut-off, a minister not sleeping at the hotel, her children's school run, the key of a fire exit, a provider
    #    short of cash, a view into a cell's channel, a sensitive operation. Not silent: 'An Egyptian' read as a name.
    #    After the fixes (the lists and cues extended; nationality adjectives in -ian as common English words; the
    #    protected person's list shared by new paired cues): recall 1.0, precision 1.0 --------------------------------
    Doc(
        "en-uk-telegram-cairo-presidency",
        "OFFICIAL-SENSITIVE\n"
        "Telegram from Cairo, 18 March 2025\n"
        "\n"
        "1. An Egyptian official, speaking on condition of anonymity, indicated that Cairo would reopen the crossing next week.\n"
        "2. He said this should go no further than Ministers until the Presidency had briefed Washington.\n"
        "3. The Egyptian Foreign Ministry's statement of 17 March is attached.\n",
        passages=[("speaking on condition of anonymity", "5.1.2a"), ("should go no further than Ministers", "5.1.2a")],
        visible=["The Egyptian Foreign Ministry's statement of 17 March is attached"],
        batch=172,
    ),
    Doc(
        "nl-verslag-diner-indiase-ambassadeur",
        "Verslag werkdiner met de Indiase ambassadeur, 12 februari 2025\n"
        "\n"
        "De ambassadeur liet tijdens het dessert vallen dat New Delhi het handelsakkoord met de Golfstaten al heeft geparafeerd.\n"
        "Dit is niet voor de buitenwereld bestemd, benadrukte hij.\n"
        "De ambassadeur sprak ook over het culturele programma rond Holi, dat op de website van de ambassade staat.\n",
        passages=[("liet tijdens het dessert vallen dat New Delhi", "5.1.2a"),
                  ("Dit is niet voor de buitenwereld bestemd", "5.1.2a")],
        visible=["dat op de website van de ambassade staat"],
        batch=172,
    ),
    Doc(
        "nl-mailwisseling-meningen-wetsvoorstel",
        "Van: Directie Wetgeving\n"
        "Aan: Directie Bestuurszaken\n"
        "Onderwerp: RE: conceptwetsvoorstel tolheffing\n"
        "\n"
        "Mijn eerlijke mening: dit gaat de Kamer nooit slikken.\n"
        "Ik zou hier mijn vingers niet aan branden voordat de Raad van State heeft geadviseerd.\n"
        "Ik vrees dat we met deze variant de provincies tegen ons in het harnas jagen.\n"
        "De minister heeft in het debat van 4 maart gezegd dat zij tolheffing op de A12 onderzoekt.\n"
        "Het conceptwetsvoorstel telt 42 artikelen.\n",
        passages=[("Mijn eerlijke mening", "5.2.1"), ("Ik zou hier mijn vingers niet aan branden", "5.2.1"),
                  ("Ik vrees dat we met deze variant de provincies tegen ons in het harnas jagen", "5.2.1")],
        visible=["De minister heeft in het debat van 4 maart gezegd", "Het conceptwetsvoorstel telt 42 artikelen"],
        batch=172,
    ),
    Doc(
        "en-us-email-deliberative-rule-timing",
        "From: Office of Policy\n"
        "To: Office of the General Counsel\n"
        "Subject: RE: effluent rule - timing\n"
        "\n"
        "My gut says we should hold the final rule until after the comment period on the companion rule closes.\n"
        "I'm skeptical the cost figures in the draft RIA will hold up.\n"
        "Candidly, Option 2 is a non-starter with the states.\n"
        "The proposed rule was published in the Federal Register on March 3.\n",
        passages=[("My gut says we should hold the final rule", "5.2.1"), ("I'm skeptical the cost figures", "5.2.1"),
                  ("Candidly, Option 2 is a non-starter", "5.2.1")],
        visible=["The proposed rule was published in the Federal Register on March 3"],
        batch=172,
    ),
    Doc(
        "nl-huisbezoek-wmo-oudere-dame",
        "Verslag huisbezoek Wmo - team Ouderen\n"
        "\n"
        "Mevrouw heeft sinds haar val in januari moeite met traplopen en slaapt nu beneden.\n"
        "Zij is zwaar incontinent en schaamt zich daarvoor.\n"
        "Haar man is vorig jaar overleden aan longkanker.\n"
        "Op tafel liggen stapels ongeopende brieven van incassobureaus; de energieleverancier dreigt met afsluiting.\n"
        "De gemeente vergoedt een traplift alleen na een medisch advies.\n",
        redact=[("Op tafel liggen stapels ongeopende brieven van incassobureaus", "PASSAGE", E),
                ("de energieleverancier dreigt met afsluiting", "PASSAGE", E)],
        passages=[("moeite met traplopen", SPECIAL), ("Zij is zwaar incontinent", SPECIAL),
                  ("overleden aan longkanker", SPECIAL)],
        visible=["De gemeente vergoedt een traplift alleen na een medisch advies"],
        batch=172,
    ),
    Doc(
        "en-us-va-letter-claim-decision",
        "Department of Veterans Affairs - Rating Decision\n"
        "\n"
        "Your records show you were hospitalized for alcohol withdrawal in 2022.\n"
        "You told your counselor in May that you had thoughts of ending your life.\n"
        "You have a history of opioid use disorder, now in sustained remission.\n"
        "The Veterans Crisis Line is available 24 hours a day.\n",
        passages=[("hospitalized for alcohol withdrawal", SPECIAL), ("thoughts of ending your life", SPECIAL),
                  ("history of opioid use disorder", SPECIAL)],
        visible=["The Veterans Crisis Line is available 24 hours a day"],
        batch=172,
    ),
    Doc(
        "nl-notitie-jongerenwerker-geloof",
        "Notitie jongerenwerker - gesprek met Y.\n"
        "\n"
        "Y. durft thuis niet te vertellen dat hij op jongens valt.\n"
        "Het gezin hoort bij een streng-orthodoxe kerkgemeenschap en viert geen verjaardagen.\n"
        "Zijn zus draagt sinds kort een sluier.\n"
        "Het jongerencentrum is op vrijdagavond open tot 23.00 uur.\n",
        passages=[("dat hij op jongens valt", SPECIAL), ("streng-orthodoxe kerkgemeenschap", SPECIAL),
                  ("Zijn zus draagt sinds kort een sluier", SPECIAL)],
        visible=["Het jongerencentrum is op vrijdagavond open tot 23.00 uur"],
        batch=172,
    ),
    Doc(
        "en-uk-probation-summary",
        "Probation Service - pre-sentence summary\n"
        "\n"
        "He did time for burglary in the late nineties and has stayed out of trouble since 2008.\n"
        "He will be on licence until 2026 and must keep to a curfew.\n"
        "His partner has a non-contact order against her former husband.\n"
        "Probation caseloads in the region rose by 9 percent last year.\n",
        passages=[("He did time for burglary", SPECIAL), ("He will be on licence until 2026", SPECIAL),
                  ("non-contact order", SPECIAL)],
        visible=["Probation caseloads in the region rose by 9 percent last year"],
        batch=172,
    ),
    Doc(
        "nl-beveiligingsplan-bezoek-minister",
        "Beveiligingsplan werkbezoek minister van Justitie - Rotterdam\n"
        "\n"
        "De minister overnacht niet in het hotel maar in de residentie van de burgemeester.\n"
        "De kinderen van de minister worden deze week door een collega van haar partner naar school gebracht.\n"
        "De sleutel van de nooduitgang aan de achterzijde hangt in de meterkast.\n"
        "Het programma van het werkbezoek is op 2 mei gepubliceerd.\n",
        redact=[("De minister overnacht niet in het hotel maar in de residentie van de burgemeester", "PASSAGE", "5.1.2h"),
                ("De kinderen van de minister worden deze week door een collega van haar partner naar school gebracht",
                 "PASSAGE", "5.1.2h"),
                ("De sleutel van de nooduitgang aan de achterzijde hangt in de meterkast", "PASSAGE", "5.1.2h")],
        visible=["Het programma van het werkbezoek is op 2 mei gepubliceerd"],
        batch=172,
    ),
    Doc(
        "nl-notitie-inkoop-tarieven-aanbieder",
        "Notitie inkoop jeugdhulp - gesprek met Zorgkracht B.V.\n"
        "\n"
        "De aanbieder rekent ons een uurtarief van EUR 118, ruim onder wat hij andere gemeenten rekent.\n"
        "Volgens de eigen administratie zit de aanbieder krap bij kas sinds de fusie.\n"
        "Het landelijke referentietarief voor jeugdhulp is EUR 97 per uur.\n",
        redact=[("De aanbieder rekent ons een uurtarief van EUR 118, ruim onder wat hij andere gemeenten rekent", "PASSAGE",
                 "5.1.1c"),
                ("Volgens de eigen administratie zit de aanbieder krap bij kas sinds de fusie", "PASSAGE", "5.1.1c")],
        visible=["Het landelijke referentietarief voor jeugdhulp is EUR 97 per uur", "Zorgkracht B.V."],
        batch=172,
    ),
    Doc(
        "nl-notitie-dienst-cel-telegram",
        "Dep. Vertrouwelijk\n"
        "Notitie t.b.v. de burgemeester\n"
        "\n"
        "Wij hebben zicht op de besloten Telegram-groep waarin de cel haar plannen bespreekt.\n"
        "Deze informatie komt uit een gevoelige technische operatie en mag niet in het dossier worden opgenomen.\n"
        "De gemeente heeft in maart een voorlichtingsavond over radicalisering gehouden.\n",
        passages=[("Dep. Vertrouwelijk", "5.1.1b"), ("Wij hebben zicht op de besloten Telegram-groep", "5.1.1b"),
                  ("gevoelige technische operatie", "5.1.1b")],
        visible=["De gemeente heeft in maart een voorlichtingsavond over radicalisering gehouden"],
        batch=172,
    ),
    Doc(
        "nl-memo-beleid-mentale-gezondheid",
        "Memo beleid mentale gezondheid jongeren\n"
        "\n"
        "Het RIVM meldt dat 12 procent van de jongeren depressieve klachten heeft. Jongeren met psychische problemen wachten\n"
        "gemiddeld veertien weken op behandeling. Wij stellen voor de wachtlijstondersteuning uit te breiden en\n"
        "scholen te helpen signalen van verwaarlozing en schulden in gezinnen eerder op te pakken.\n",
        visible=["12 procent van de jongeren depressieve klachten heeft", "wachten\ngemiddeld veertien weken op behandeling",
                 "signalen van verwaarlozing en schulden in gezinnen"],
        batch=172,
    ),
    Doc(
        "en-news-diplomat-off-record",
        "Gulf states signal shift on Sudan talks\n"
        "\n"
        "A senior Gulf diplomat, speaking on condition of anonymity, told Reuters that Riyadh would host the next round.\n"
        "The Saudi foreign ministry declined to comment.\n",
        visible=["speaking on condition of anonymity, told Reuters", "The Saudi foreign ministry declined to comment"],
        batch=172,
    ),
    # -- batch 173: a tenth round of paraphrases, written blind after batch 172's fixes: MT minutes, a UK readout of a
    #    counterpart, a company doctor's report, a UK children's social care assessment, a police intelligence summary,
    #    a UK security note, a BZ report from the Council, a police operation note, a tender evaluation, a youth-care
    #    note on faith, and for precision a police press release and a leaflet on dementia.
    #    First run, before its fixes: recall 0.107, precision 0.75 (28 items, 4 findings); of the 22 passage items 2 found
    #    (0.09). Missed: 'grote twijfels bij', 'het liefst schrappen', 'ik ben bang dat', a counterpart's words not to be
    #    attributed or quoted, strain one experiences, a capacity reduced, self-medication, a home's squalor, an eviction,
    #    'een bekende van de politie', detained abroad, liaison reporting, a line into a group, 'achter de schermen', a
    #    proposal on condition that we not table it, a suspect kept in view by an arrest team, an IMSI catcher deployed at
    #    a moment, a bid's place against the others, a thin margin admitted, talks with the bank, raised Hindu, Bible
    #    study, a kosher kitchen. Not silent: a leaflet's 'a person has difficulty with walking'. One item was the
    #    batch's mistake and is dropped: a UK banner marking ('SECRET UK EYES ONLY') stays visible in a release, as the
    #    rule pack says of US banners. After the fixes (the lists and cues extended; 'a person has' is said of anyone):
    #    recall 1.0, precision 1.0 -----------------------------------------------------------------------------------
    Doc(
        "nl-verslag-mt-directie-planning",
        "Verslag MT directie Wonen, 9 april 2025\n"
        "\n"
        "1. Planning woningbouwprogramma\n"
        "De plv. directeur heeft grote twijfels bij de haalbaarheid van de planning.\n"
        "Het hoofd Financiën zou de post voor flexwoningen het liefst schrappen.\n"
        "Ik ben bang dat dit in de Kamer verkeerd valt, aldus de directeur.\n"
        "Het MT stelt de jaarplanning vast.\n",
        passages=[("heeft grote twijfels bij de haalbaarheid", "5.2.1"),
                  ("zou de post voor flexwoningen het liefst schrappen", "5.2.1"),
                  ("Ik ben bang dat dit in de Kamer verkeerd valt", "5.2.1")],
        visible=["Het MT stelt de jaarplanning vast", "Planning woningbouwprogramma"],
        batch=173,
    ),
    Doc(
        "en-uk-readout-minister-counsellor",
        "READOUT: call with the Kenyan Minister-Counsellor, 2 June 2025\n"
        "\n"
        "The Minister-Counsellor was at pains to stress that none of this could be attributed to his government.\n"
        "Without wishing to be quoted, he signalled that Nairobi would not renew the agreement.\n"
        "He also mentioned that the Kenyan High Commission will host a trade fair in October.\n",
        passages=[("none of this could be attributed to his government", "5.1.2a"),
                  ("Without wishing to be quoted", "5.1.2a")],
        visible=["will host a trade fair in October"],
        batch=173,
    ),
    Doc(
        "nl-rapportage-bedrijfsarts-spanningsklachten",
        "Terugkoppeling bedrijfsarts aan werkgever\n"
        "\n"
        "Werknemer ervaart sinds de reorganisatie veel spanningsklachten en piekert 's nachts.\n"
        "Hij staat onder behandeling van een fysiotherapeut voor zijn nek.\n"
        "Door een chronische aandoening is zijn belastbaarheid verminderd.\n"
        "Het verzuimpercentage van de directie was 5,2 procent in 2024.\n",
        passages=[("ervaart sinds de reorganisatie veel spanningsklachten", SPECIAL),
                  ("onder behandeling van een fysiotherapeut", SPECIAL),
                  ("Door een chronische aandoening is zijn belastbaarheid verminderd", SPECIAL)],
        visible=["Het verzuimpercentage van de directie was 5,2 procent in 2024"],
        batch=173,
    ),
    Doc(
        "en-uk-child-and-family-assessment",
        "Child and Family Assessment - summary\n"
        "\n"
        "Mum disclosed that she has been self-medicating with her partner's diazepam.\n"
        "Dad was recently diagnosed with early-onset Alzheimer's.\n"
        "The home conditions were poor: no heating, mouldy food in the kitchen and dog mess on the floor.\n"
        "The family was placed in temporary accommodation after being evicted in May.\n"
        "The local authority's early help offer is set out on its website.\n",
        redact=[("no heating, mouldy food in the kitchen and dog mess on the floor", "PASSAGE", E),
                ("The family was placed in temporary accommodation after being evicted in May", "PASSAGE", E)],
        passages=[("self-medicating with her partner's diazepam", SPECIAL),
                  ("diagnosed with early-onset Alzheimer's", SPECIAL)],
        visible=["The local authority's early help offer is set out on its website"],
        batch=173,
    ),
    Doc(
        "nl-informatierapport-politie-betrokkene",
        "Informatierapport wijkteam Centrum\n"
        "\n"
        "Betrokkene is een bekende van de politie in verband met woninginbraken.\n"
        "Hij heeft nog een openstaande werkstraf van 60 uur.\n"
        "Zijn broer zit op dit moment vast in Spanje.\n"
        "Het wijkteam houdt op dinsdag spreekuur in het buurthuis.\n",
        passages=[("is een bekende van de politie", SPECIAL), ("openstaande werkstraf", SPECIAL),
                  ("Zijn broer zit op dit moment vast in Spanje", SPECIAL)],
        visible=["Het wijkteam houdt op dinsdag spreekuur in het buurthuis"],
        batch=173,
    ),
    Doc(
        "en-uk-security-note-courier",
        "SECRET UK EYES ONLY\n"
        "\n"
        "Liaison reporting suggests the courier has moved to Izmir and is waiting for new instructions from the network.\n"
        "We have a line into the group's treasurer, who is unaware of it.\n"
        "The Home Office published its counter-terrorism statistics on 12 June.\n",
        passages=[("Liaison reporting suggests", "5.1.1b"),
                  ("We have a line into the group's treasurer", "5.1.1b")],
        visible=["The Home Office published its counter-terrorism statistics on 12 June"],
        batch=173,
    ),
    Doc(
        "nl-verslag-raad-buitenlandse-zaken",
        "Verslag Raad Buitenlandse Zaken, 14 april 2025\n"
        "\n"
        "Het Franse voorzitterschap heeft achter de schermen laten weten dat Parijs het mandaat wil oprekken.\n"
        "De Turkse collega deed het voorstel onder voorbehoud dat wij het niet in de Raad zouden inbrengen.\n"
        "De Raad nam conclusies aan over de Westelijke Balkan; die staan op de website van de Raad.\n",
        passages=[("achter de schermen laten weten dat Parijs", "5.1.2a"),
                  ("onder voorbehoud dat wij het niet in de Raad zouden inbrengen", "5.1.2a")],
        visible=["De Raad nam conclusies aan over de Westelijke Balkan"],
        batch=173,
    ),
    Doc(
        "nl-operationele-notitie-arrestatieteam",
        "Operationele notitie - onderzoek Kraanvogel\n"
        "\n"
        "De hoofdverdachte wordt sinds dinsdag door een arrestatieteam in de gaten gehouden.\n"
        "De IMSI-catcher zetten we pas in bij de overdracht in de haven.\n"
        "Zijn vriendin heeft belastend verklaard, maar zij weet niet dat haar verklaring al in het dossier zit.\n"
        "De zaak staat op 3 juli op de rol bij de rechtbank.\n",
        redact=[("De hoofdverdachte wordt sinds dinsdag door een arrestatieteam in de gaten gehouden", "PASSAGE",
                 "5.1.2c"),
                ("De IMSI-catcher zetten we pas in bij de overdracht in de haven", "PASSAGE", "5.1.2c")],
        visible=["De zaak staat op 3 juli op de rol bij de rechtbank"],
        batch=173,
    ),
    Doc(
        "nl-beoordeling-inschrijvingen-aanbesteding",
        "Beoordeling inschrijvingen - renovatie gemeentehuis\n"
        "\n"
        "De inschrijving van Bouwcombinatie Rijnmond lag 11 procent onder die van de nummer twee.\n"
        "De directeur van de aannemer gaf toe dat de marge op dit project flinterdun is.\n"
        "De aannemer is in gesprek met zijn bank over uitstel van de rentebetalingen.\n"
        "De gunningscriteria staan in de aankondiging op TenderNed.\n",
        redact=[("De inschrijving van Bouwcombinatie Rijnmond lag 11 procent onder die van de nummer twee", "PASSAGE",
                 "5.1.1c"),
                ("De directeur van de aannemer gaf toe dat de marge op dit project flinterdun is", "PASSAGE", "5.1.1c"),
                ("De aannemer is in gesprek met zijn bank over uitstel van de rentebetalingen", "PASSAGE", "5.1.1c")],
        visible=["De gunningscriteria staan in de aankondiging op TenderNed"],
        batch=173,
    ),
    Doc(
        "en-us-youth-services-note-faith",
        "Youth Services - case note\n"
        "\n"
        "He was raised Hindu but says he no longer practises.\n"
        "Since the spring he has been going to Bible study at a Baptist church on Wednesdays.\n"
        "His mother keeps a strictly kosher kitchen and asked that meals be vegetarian.\n"
        "The center's meal program serves 80 youths a day.\n",
        passages=[("He was raised Hindu", SPECIAL), ("going to Bible study at a Baptist church", SPECIAL),
                  ("keeps a strictly kosher kitchen", SPECIAL)],
        visible=["The center's meal program serves 80 youths a day"],
        batch=173,
    ),
    Doc(
        "nl-persbericht-politie-inbraken-deventer",
        "Persbericht politie Oost-Nederland\n"
        "\n"
        "De politie heeft dinsdag een 34-jarige man uit Deventer aangehouden voor een reeks woninginbraken. Hij zit in\n"
        "beperking. Het onderzoek gaat door.\n",
        visible=["een reeks woninginbraken", "Het onderzoek gaat door"],
        batch=173,
    ),
    Doc(
        "en-leaflet-dementia-support",
        "Living well with dementia - a guide for families\n"
        "\n"
        "People diagnosed with early-onset Alzheimer's are often still working. Carers may notice that a person has\n"
        "difficulty with walking or becomes incontinent. Talk to your GP about a referral to the memory clinic.\n",
        visible=["People diagnosed with early-onset Alzheimer's are often still working",
                 "Talk to your GP about a referral to the memory clinic"],
        batch=173,
    ),
    # -- batch 174: an eleventh round of paraphrases, written blind after batch 173's fixes: a Teams chat of policy
    #    officers, a cabinet-office note, a Wmo indication, a UK HR case note, a BZ note from a Council working group, a
    #    screening file, a social worker's note on money and housing, and for precision answers to Parliament and an
    #    embassy's press release.
    #    First run, before its fixes: recall 0.158, precision 1.0 (19 items, 4 findings); of the 16 passage items 1 found
    #    (0.06). Missed: 'een draak van een voorstel', 'daar moet je niet aan beginnen', 'privately regards ... as
    #    fanciful', 'our frank assessment is', a CPAP for sleep apnoea, a pacemaker, transitioning, a termination of
    #    pregnancy, a word in the corridor, 'wil dat niet terugzien', 'mits het niet wordt gelekt', no certificate of
    #    conduct, a court date, a report filed against him, the food bank, rent unpaid, sofa-surfing. The answers to
    #    Parliament and the press release stayed silent. After the fixes (the lists and cues extended): recall 1.0,
    #    precision 1.0 ------------------------------------------------------------------------------------------------
    Doc(
        "nl-teams-chat-beleid-draak",
        "Chat: Team Jeugd\n"
        "[14:02] Sanne: ik vind het echt een draak van een voorstel\n"
        "[14:03] Joris: daar moet je als ministerie niet aan beginnen, dit gaat ons opbreken bij de gemeenten\n"
        "[14:05] Sanne: de nota gaat vrijdag naar de minister\n",
        redact=[("Sanne", "PERSON", E), ("Joris", "PERSON", E)],
        passages=[("ik vind het echt een draak van een voorstel", "5.2.1"),
                  ("daar moet je als ministerie niet aan beginnen", "5.2.1")],
        visible=["de nota gaat vrijdag naar de minister"],
        batch=174,
    ),
    Doc(
        "en-au-cabinet-office-note-forecast",
        "CABINET-IN-CONFIDENCE\n"
        "Note for the Secretary\n"
        "\n"
        "The Treasurer's office privately regards the revenue forecast as fanciful.\n"
        "Our frank assessment is that the 2027 target will be missed by a wide margin.\n"
        "The Budget papers were tabled on 25 March.\n",
        passages=[("privately regards the revenue forecast as fanciful", "5.2.1"),
                  ("Our frank assessment is that the 2027 target will be missed", "5.2.1")],
        visible=["The Budget papers were tabled on 25 March"],
        batch=174,
    ),
    Doc(
        "nl-indicatie-wmo-mantelzorg",
        "Indicatiestelling Wmo - huishoudelijke ondersteuning\n"
        "\n"
        "Meneer slaapt met een CPAP-apparaat vanwege slaapapneu.\n"
        "Sinds zijn beroerte is hij voor de dagelijkse verzorging afhankelijk van zijn dochter.\n"
        "Hij heeft sinds 2021 een pacemaker.\n"
        "De eigen bijdrage voor de Wmo is in 2025 EUR 21,80 per maand.\n",
        passages=[("CPAP-apparaat vanwege slaapapneu", SPECIAL), ("Sinds zijn beroerte", SPECIAL),
                  ("een pacemaker", SPECIAL)],
        visible=["De eigen bijdrage voor de Wmo is in 2025 EUR 21,80 per maand"],
        batch=174,
    ),
    Doc(
        "en-uk-hr-case-note-transition",
        "HR case note - confidential\n"
        "\n"
        "The employee is transitioning and has asked colleagues to use her new name from Monday.\n"
        "She was off for two weeks after a termination of pregnancy in January.\n"
        "Her manager has been asked to update the rota.\n",
        passages=[("The employee is transitioning", SPECIAL), ("after a termination of pregnancy", SPECIAL)],
        visible=["Her manager has been asked to update the rota"],
        batch=174,
    ),
    Doc(
        "nl-verslag-raadswerkgroep-hongarije",
        "Verslag Raadswerkgroep Uitbreiding, 3 juni 2025\n"
        "\n"
        "De Hongaarse PV gaf in de gang te kennen dat Boedapest zijn veto laat vallen, maar wil dat niet terugzien in\n"
        "verslagen.\n"
        "De Slowaakse delegatie zei ons zonder omwegen dat Bratislava meegaat, mits het niet over haar wordt gelekt.\n"
        "Het voorzitterschap publiceerde de agenda op 1 juni.\n",
        passages=[("gaf in de gang te kennen dat Boedapest", "5.1.2a"), ("maar wil dat niet terugzien", "5.1.2a"),
                  ("mits het niet over haar wordt gelekt", "5.1.2a")],
        visible=["Het voorzitterschap publiceerde de agenda op 1 juni"],
        batch=174,
    ),
    Doc(
        "nl-screeningsdossier-vog",
        "Screeningsdossier - functie beveiliger\n"
        "\n"
        "Kandidaat kreeg in 2023 geen VOG vanwege een incident met geweld.\n"
        "Hij moet in maart voorkomen voor mishandeling van een portier.\n"
        "Tegen hem is vorig jaar aangifte gedaan van bedreiging.\n"
        "Een VOG is voor deze functie verplicht op grond van de cao.\n",
        passages=[("kreeg in 2023 geen VOG", SPECIAL), ("moet in maart voorkomen voor mishandeling", SPECIAL),
                  ("Tegen hem is vorig jaar aangifte gedaan van bedreiging", SPECIAL)],
        visible=["Een VOG is voor deze functie verplicht op grond van de cao"],
        batch=174,
    ),
    Doc(
        "en-uk-social-worker-note-money",
        "Social work note - home visit\n"
        "\n"
        "The family relies on the food bank most weeks and has not paid rent since February.\n"
        "Her older son has been sofa-surfing since the break-up.\n"
        "The council's hardship fund reopened in April.\n",
        redact=[("The family relies on the food bank most weeks and has not paid rent since February", "PASSAGE", E),
                ("Her older son has been sofa-surfing since the break-up", "PASSAGE", E)],
        visible=["The council's hardship fund reopened in April"],
        batch=174,
    ),
    Doc(
        "nl-antwoorden-kamervragen-vog",
        "Antwoorden op Kamervragen over de Verklaring Omtrent het Gedrag\n"
        "\n"
        "In 2024 werden 1,4 miljoen VOG-aanvragen ingediend; in 0,2 procent van de gevallen is geen VOG afgegeven.\n"
        "Wie een VOG-weigering krijgt, kan daartegen bezwaar maken.\n",
        visible=["in 0,2 procent van de gevallen is geen VOG afgegeven", "Wie een VOG-weigering krijgt"],
        batch=174,
    ),
    Doc(
        "en-embassy-press-release-visit",
        "Press release - Embassy of Hungary\n"
        "\n"
        "The Ambassador said in a speech on Monday that Budapest will not block the enlargement chapter.\n"
        "The full text of the speech is on the Embassy's website.\n",
        visible=["Budapest will not block the enlargement chapter"],
        batch=174,
    ),
    # -- batch 210: a twelfth round of paraphrases, written blind at the start of the ninth round: a DG's memo whose
    #    views are reported, MT minutes of doubts and preferences, a post's report of what Berlin let on, a service's
    #    note that never names its methods, a Wmo kitchen-table report on drink, voices and forgetting, and for precision
    #    a policy letter on dementia.
    #    First run, before its fixes: recall 0.389, precision 1.0 (18 items, 7 findings). Missed: 'ziet weinig heil in',
    #    'leeft de zorg dat', 'plaatst grote vraagtekens bij', 'vreest dat', 'hintte erop', a contact who keeps the
    #    service informed, messages read along, the service's consent, drink as 'naar de fles grijpen', an attachment of
    #    a pension, a cut-off threatened. After the fixes (cues and term lists extended): recall 1.0, precision 1.0 -----
    Doc(
        "nl-memo-dg-warmtenet-terughoudend",
        "Memo\n"
        "Aan: DGKE\n"
        "Datum: 11 maart 2025\n"
        "Betreft: openstelling subsidieregeling collectieve warmte\n"
        "\n"
        "De regeling is op 20 februari in de Staatscourant gepubliceerd. Het budget bedraagt EUR 45 miljoen.\n"
        "\n"
        "De directeur ziet weinig heil in een openstelling per 1 april; de uitvoeringstoets van RVO is nog niet af.\n"
        "Binnen het team leeft de zorg dat kleine gemeenten de aanvragen niet rond krijgen.\n"
        "Mijn onderbuikgevoel zegt dat we beter tot het najaar kunnen wachten.\n"
        "\n"
        "RVO verwacht rond de 300 aanvragen in het eerste jaar.\n",
        passages=[("ziet weinig heil in", "5.2.1"), ("leeft de zorg dat", "5.2.1"),
                  ("Mijn onderbuikgevoel zegt dat", "5.2.1")],
        visible=["De regeling is op 20 februari in de Staatscourant gepubliceerd", "Het budget bedraagt EUR 45 miljoen",
                 "RVO verwacht rond de 300 aanvragen in het eerste jaar"],
        batch=210,
    ),
    Doc(
        "nl-verslag-mt-bedenkingen-planning",
        "Verslag MT Directie Digitale Overheid\n"
        "Datum: 6 mei 2025\n"
        "\n"
        "3. Vervanging zaaksysteem\n"
        "Het hoofd FEZ plaatst grote vraagtekens bij de haalbaarheid van de planning.\n"
        "De plv. directeur geeft de voorkeur aan gefaseerde invoering boven een big bang.\n"
        "De CIO vreest dat de leverancier de koppelingen niet voor de zomer werkend krijgt.\n"
        "Besluit: het MT stemt in met de jaarplanning 2025.\n"
        "\n"
        "4. Mededelingen\n"
        "De minister heeft de Kamer op 3 april per brief over de planning geïnformeerd.\n",
        passages=[("plaatst grote vraagtekens bij", "5.2.1"), ("geeft de voorkeur aan", "5.2.1"),
                  ("vreest dat de leverancier", "5.2.1")],
        visible=["Besluit: het MT stemt in met de jaarplanning 2025",
                 "De minister heeft de Kamer op 3 april per brief over de planning geïnformeerd"],
        batch=210,
    ),
    Doc(
        "nl-verslag-post-berlijn-doorschemeren",
        "Ambtsbericht Ambassade Berlijn\n"
        "Aan: DIE\n"
        "Datum: 14 april 2025\n"
        "Onderwerp: Duitse positie migratiepact\n"
        "\n"
        "Volgens het persbericht van de Bondsregering van 4 april steunt Duitsland het voorstel van de Commissie.\n"
        "\n"
        "Onze gesprekspartner op het Auswärtiges Amt hintte erop dat Berlijn zijn steun in de Raad zal intrekken.\n"
        "Hij drukte ons op het hart dat dit binnen de muren van de ambassade blijft.\n"
        "Achter de schermen verkent de Duitse zijde een compromis met Rome over de solidariteitsbijdrage.\n"
        "\n"
        "De Bondsdag stemt op 12 mei over het uitvoeringspakket.\n",
        passages=[("hintte erop dat Berlijn", "5.1.2a"), ("binnen de muren van de ambassade blijft", "5.1.2a"),
                  ("Achter de schermen verkent de Duitse zijde", "5.1.2a")],
        visible=["Volgens het persbericht van de Bondsregering van 4 april steunt Duitsland het voorstel",
                 "De Bondsdag stemt op 12 mei over het uitvoeringspakket"],
        batch=210,
    ),
    Doc(
        "nl-notitie-dienst-voorman-omgeving",
        "Stg. Confidentieel\n"
        "Notitie\n"
        "Datum: 2 juni 2025\n"
        "Onderwerp: activistische groep rond de haven van Rotterdam\n"
        "\n"
        "De groep organiseerde op 18 mei een aangekondigde demonstratie bij de Maasvlakte.\n"
        "Iemand uit de naaste omgeving van de voorman voorziet ons sinds vorig jaar van informatie.\n"
        "Zijn berichtenverkeer lezen wij sinds maart mee.\n"
        "Wat wij weten mag niet zonder onze instemming aan de politie worden doorgegeven.\n",
        passages=[("Stg. Confidentieel", "5.1.1b"), ("voorziet ons sinds vorig jaar van informatie", "5.1.1b"),
                  ("Zijn berichtenverkeer lezen wij sinds maart mee", "5.1.1b"),
                  ("mag niet zonder onze instemming aan de politie worden doorgegeven", "5.1.1b")],
        visible=["De groep organiseerde op 18 mei een aangekondigde demonstratie bij de Maasvlakte"],
        batch=210,
    ),
    Doc(
        "nl-wmo-keukentafel-drank-stemmen",
        "Verslag keukentafelgesprek Wmo\n"
        "Datum: 4 februari 2025\n"
        "Aanwezig: consulent Wmo, cliënt, dochter van cliënt\n"
        "\n"
        "De Wmo 2015 regelt dat de gemeente ondersteuning biedt waar iemand zich niet zelf kan redden.\n"
        "\n"
        "Meneer grijpt sinds het overlijden van zijn vrouw dagelijks naar de fles en komt daar zelf niet meer vanaf.\n"
        "Hij hoort 's nachts stemmen en is daarvoor bekend bij de crisisdienst.\n"
        "Zijn dochter merkt dat hij steeds vaker dingen vergeet en laatst de weg naar huis niet meer wist.\n"
        "Er ligt beslag op zijn AOW en de energieleverancier dreigt af te sluiten.\n"
        "\n"
        "Vervolg: de consulent vraagt huishoudelijke hulp aan.\n",
        passages=[("grijpt sinds het overlijden van zijn vrouw dagelijks naar de fles", SPECIAL),
                  ("Hij hoort 's nachts stemmen", SPECIAL), ("steeds vaker dingen vergeet", SPECIAL),
                  ("Er ligt beslag op zijn AOW", E), ("de energieleverancier dreigt af te sluiten", E)],
        visible=["De Wmo 2015 regelt dat de gemeente ondersteuning biedt",
                 "Vervolg: de consulent vraagt huishoudelijke hulp aan"],
        batch=210,
    ),
    Doc(
        "nl-beleidsbrief-dementie-algemeen",
        "Beleidsbrief Dementiestrategie 2025-2030\n"
        "\n"
        "Dementie is een verzamelnaam voor ruim vijftig ziekten waarbij het geheugen steeds verder achteruitgaat.\n"
        "Naar schatting 300.000 mensen in Nederland leven met dementie; dat aantal verdubbelt tot 2050.\n"
        "Veel mensen met beginnende dementie raken de weg kwijt in hun eigen buurt.\n"
        "De minister zei op het Alzheimercongres dat mantelzorgers meer steun verdienen.\n"
        "Het kabinet trekt daarvoor EUR 20 miljoen per jaar uit.\n",
        visible=["Dementie is een verzamelnaam voor ruim vijftig ziekten",
                 "Naar schatting 300.000 mensen in Nederland leven met dementie",
                 "Veel mensen met beginnende dementie raken de weg kwijt in hun eigen buurt",
                 "De minister zei op het Alzheimercongres dat mantelzorgers meer steun verdienen",
                 "Het kabinet trekt daarvoor EUR 20 miljoen per jaar uit"],
        batch=210,
    ),
    # -- batch 211: the same round in English: a UK policy e-mail whose views are hedged, a US decision memo with staff
    #    reservations, a UK telegram on what Rome let on, a US note on a source and a collection that never says so, a
    #    UK probation case note (prison, recovery, self-harm, a faith left), and for precision a public-health guidance
    #    text.
    #    First run, before its fixes: recall 0.278, precision 1.0 (18 items, 5 findings). Missed: 'unease in the team',
    #    'Not convinced', staff who lean toward, 'has reservations about' after a Deputy Assistant Administrator, 'It
    #    strikes me that', 'let on that', a well-placed asset, technical collection, 'on the understanding that it stays
    #    in our channels', 'has been inside twice', 'she cuts herself', a friend's sofa; and the banner 'SECRET//NOFORN',
    #    listed as a passage by mistake: the pack keeps a US banner visible by design (classified-markings), so it moved
    #    to visible (17 items). After the fixes: recall 1.0, precision 1.0 -------------------------------------------
    Doc(
        "en-uk-email-dfe-hold-fire",
        "From: Schools Funding Policy Team\n"
        "Sent: 12 March 2025 17:20\n"
        "To: Private Office (DfE)\n"
        "Subject: RE: breakfast clubs - phase 2 timing\n"
        "\n"
        "The consultation closed on 14 February and 2,310 responses came in.\n"
        "My instinct is that we should hold fire until the Spending Review has landed.\n"
        "There is a fair bit of unease in the team about the September start.\n"
        "Not convinced the unit costs stack up either, to be honest.\n"
        "The Minister told the House on 2 March that the scheme would go ahead in the autumn.\n",
        passages=[("My instinct is that we should hold fire", "5.2.1"), ("a fair bit of unease in the team", "5.2.1"),
                  ("Not convinced the unit costs stack up", "5.2.1")],
        visible=["The consultation closed on 14 February and 2,310 responses came in",
                 "The Minister told the House on 2 March that the scheme would go ahead in the autumn"],
        batch=211,
    ),
    Doc(
        "en-us-decision-memo-staff-reservations",
        "DECISION MEMORANDUM FOR THE ADMINISTRATOR\n"
        "FROM: Office of Water\n"
        "DATE: April 22, 2025\n"
        "SUBJECT: Lead service line inventory deadline\n"
        "\n"
        "The final rule was published in the Federal Register on October 30, 2024.\n"
        "Program staff lean toward a six-month extension for small systems.\n"
        "The Deputy Assistant Administrator has reservations about signalling flexibility this early.\n"
        "It strikes me that a blanket extension would reward the systems that did nothing.\n"
        "OPTION A: No extension. OPTION B: Six-month extension for systems serving fewer than 3,300 people.\n",
        passages=[("Program staff lean toward a six-month extension", "5.2.1"), ("has reservations about", "5.2.1"),
                  ("It strikes me that", "5.2.1")],
        visible=["The final rule was published in the Federal Register on October 30, 2024", "OPTION A: No extension"],
        batch=211,
    ),
    Doc(
        "en-uk-telegram-rome-let-on",
        "OFFICIAL-SENSITIVE\n"
        "From: British Embassy Rome\n"
        "To: FCDO Europe Directorate\n"
        "Date: 9 May 2025\n"
        "Subject: Italy and the Western Balkans growth plan\n"
        "\n"
        "Summary. The Italian Foreign Ministry said in a statement on Tuesday that it backs the growth plan.\n"
        "\n"
        "1. Our interlocutor at the Farnesina let on that Rome is quietly preparing to drop its objection to the\n"
        "conditionality clause.\n"
        "2. She was at pains to stress that this should go no further than London.\n"
        "3. Off the record, the Italian side conceded that the Prime Minister's office had overruled them.\n"
        "4. The Council is due to adopt the plan on 27 May.\n",
        passages=[("let on that Rome is quietly preparing", "5.1.2a"),
                  ("this should go no further than London", "5.1.2a"),
                  ("Off the record, the Italian side conceded", "5.1.2a")],
        visible=["OFFICIAL-SENSITIVE", "The Italian Foreign Ministry said in a statement on Tuesday that it backs the growth plan",
                 "The Council is due to adopt the plan on 27 May"],
        batch=211,
    ),
    Doc(
        "en-us-note-collection-without-words",
        "SECRET//NOFORN\n"
        "MEMORANDUM FOR THE RECORD\n"
        "SUBJECT: Procurement network - update\n"
        "\n"
        "The Department of Homeland Security's public bulletin of June 2024 describes a heightened threat environment.\n"
        "A well-placed asset inside the front company has been reporting to us since the autumn.\n"
        "Our technical collection picked up calls between the broker and a shipping agent in Jebel Ali.\n"
        "The Canadians passed us the manifest on the understanding that it stays in our channels.\n"
        "The company was added to the Entity List in a published rule on March 5, 2025.\n",
        passages=[("A well-placed asset inside the front company", "5.1.1b"),
                  ("Our technical collection picked up calls", "5.1.1b"),
                  ("on the understanding that it stays in our channels", "5.1.2a")],
        visible=["SECRET//NOFORN", "The Department of Homeland Security's public bulletin of June 2024 describes a heightened threat",
                 "The company was added to the Entity List in a published rule on March 5, 2025"],
        batch=211,
    ),
    Doc(
        "en-uk-probation-case-note-inside-twice",
        "Case note - Probation Service, North East\n"
        "Date: 3 March 2025\n"
        "\n"
        "The Probation Service supervises around 240,000 people in England and Wales.\n"
        "\n"
        "He has been inside twice, the last time for a string of burglaries.\n"
        "He has been clean since January but still goes to NA meetings twice a week.\n"
        "When things get on top of her, his sister says, she cuts herself.\n"
        "He was raised a Jehovah's Witness and was cast out by the congregation at nineteen.\n"
        "Since his partner threw him out he has been sleeping on a friend's sofa.\n"
        "\n"
        "Next appointment: 17 March.\n",
        passages=[("He has been inside twice", SPECIAL), ("He has been clean since January", SPECIAL),
                  ("she cuts herself", SPECIAL), ("He was raised a Jehovah's Witness", SPECIAL),
                  ("he has been sleeping on a friend's sofa", E)],
        visible=["The Probation Service supervises around 240,000 people in England and Wales", "Next appointment: 17 March"],
        batch=211,
    ),
    Doc(
        "en-uk-guidance-opioid-treatment-general",
        "Guidance: commissioning drug and alcohol treatment\n"
        "\n"
        "Opioid dependence is a chronic relapsing condition that can be treated effectively.\n"
        "People who have been in prison are at a higher risk of overdose in the weeks after release.\n"
        "Local authorities commission treatment from the public health grant.\n"
        "The Secretary of State said in a speech on 5 May that recovery services would receive £53 million.\n",
        visible=["Opioid dependence is a chronic relapsing condition",
                 "People who have been in prison are at a higher risk of overdose",
                 "The Secretary of State said in a speech on 5 May that recovery services would receive"],
        batch=211,
    ),
    # -- batch 212: Dutch again: a policy officer's e-mail of blunt views, a report of a bilateral with Belgium, a
    #    probation report (prison, an ankle monitor, a faith left, a secret love), a grant file with a firm's own
    #    figures, a FIOD e-mail on watched accounts, and for precision a letter to Parliament whose minister gives his
    #    view in public.
    #    First run, before its fixes: recall 0.389, precision 0.75 (18 items, 8 findings). Missed: 'in de voet schieten',
    #    'Het zou me niet verbazen als', a request not to put it in the joint press release, a capital that sounded out a
    #    firm, a case running against him, 'islamitisch opgevoed', a debt by its amount, a firm running at a loss and its
    #    margin, a suspect's accounts watched, a co-suspect's statement. Not silent: the minister's 'Ik ben van mening' in
    #    the Kamerbrief; and the advised sentence ('een voorwaardelijke straf met meldplicht'), rightly flagged as
    #    criminal data but not listed, now listed (19 items). After the fixes: recall 1.0, precision 1.0 --------------
    Doc(
        "nl-mail-beleidsmedewerker-eigen-voet",
        "Van: beleidsmedewerker directie Wonen\n"
        "Verzonden: dinsdag 8 april 2025 09:14\n"
        "Aan: afdelingshoofd Huurbeleid\n"
        "Onderwerp: huurbevriezing 2026\n"
        "\n"
        "De Tweede Kamer heeft de motie over een huurbevriezing op 25 maart aangenomen.\n"
        "Eerlijk is eerlijk: ik zie dit voorstel niet zitten.\n"
        "We schieten onszelf hiermee in de voet, want de corporaties gaan dan minder bouwen.\n"
        "Het zou me niet verbazen als Financiën de dekking alsnog afschiet.\n"
        "Aedes heeft gisteren in een persbericht laten weten tegen de bevriezing te zijn.\n",
        passages=[("ik zie dit voorstel niet zitten", "5.2.1"), ("We schieten onszelf hiermee in de voet", "5.2.1"),
                  ("Het zou me niet verbazen als", "5.2.1")],
        visible=["De Tweede Kamer heeft de motie over een huurbevriezing op 25 maart aangenomen",
                 "Aedes heeft gisteren in een persbericht laten weten tegen de bevriezing te zijn"],
        batch=212,
    ),
    Doc(
        "nl-verslag-bilateraal-belgie-doorschemeren",
        "Verslag bilateraal overleg Nederland-België, energie\n"
        "Datum: 19 mei 2025\n"
        "\n"
        "De Belgische minister van Energie heeft op 14 mei in de Kamer verklaard dat Doel 4 tien jaar langer openblijft.\n"
        "De Belgische collega liet doorschemeren dat zijn regering ook Tihange 3 langer open wil houden.\n"
        "Hij vroeg ons dit niet in het gezamenlijke persbericht op te nemen.\n"
        "Uit zijn woorden bleek dat Brussel de Franse exploitant al heeft gepolst, zonder dat de Vlaamse regering ervan weet.\n"
        "Het volgende overleg is in september in Den Haag.\n",
        passages=[("liet doorschemeren dat zijn regering", "5.1.2a"),
                  ("Hij vroeg ons dit niet in het gezamenlijke persbericht op te nemen", "5.1.2a"),
                  ("Brussel de Franse exploitant al heeft gepolst", "5.1.2a")],
        visible=["heeft op 14 mei in de Kamer verklaard dat Doel 4 tien jaar langer openblijft",
                 "Het volgende overleg is in september in Den Haag"],
        batch=212,
    ),
    Doc(
        "nl-reclasseringsadvies-eerder-gezeten",
        "Reclasseringsadvies\n"
        "Datum: 12 februari 2025\n"
        "\n"
        "De reclassering bracht in 2024 ruim 70.000 adviezen uit aan rechters en officieren van justitie.\n"
        "\n"
        "Betrokkene heeft eerder vastgezeten voor een geweldsdelict en liep daarna een jaar met een enkelband.\n"
        "Tegen hem loopt nog een zaak wegens bedreiging van zijn buurman.\n"
        "Hij is islamitisch opgevoed maar noemt zichzelf niet meer gelovig.\n"
        "Hij valt op mannen en heeft dat altijd voor zijn familie verborgen gehouden.\n"
        "Hij heeft een schuld van ruim EUR 18.000 bij het CJIB en de Belastingdienst.\n"
        "\n"
        "Advies: een voorwaardelijke straf met meldplicht.\n",
        passages=[("heeft eerder vastgezeten voor een geweldsdelict", SPECIAL), ("liep daarna een jaar met een enkelband", SPECIAL),
                  ("Tegen hem loopt nog een zaak", SPECIAL), ("Hij is islamitisch opgevoed", SPECIAL),
                  ("Hij valt op mannen", SPECIAL), ("Hij heeft een schuld van ruim EUR 18.000", E),
                  ("een voorwaardelijke straf met meldplicht", SPECIAL)],
        visible=["De reclassering bracht in 2024 ruim 70.000 adviezen uit"],
        batch=212,
    ),
    Doc(
        "nl-beoordeling-subsidie-bedrijfscijfers-marge",
        "Beoordelingsnotitie subsidie Nationaal Groeifonds, projectaanvraag waterstofelektrolyser\n"
        "Datum: 30 januari 2025\n"
        "\n"
        "De aanvrager staat sinds 2018 ingeschreven bij de KvK en heeft 140 werknemers.\n"
        "De onderneming heeft haar omzetverwachting voor 2026 meegestuurd met het verzoek die niet verder te verspreiden.\n"
        "Volgens de aanvrager draait het bedrijf al twee jaar met verlies en heeft de bank de kredietlijn verkort.\n"
        "De marge op de elektrolysers ligt volgens de onderneming rond de 4 procent.\n"
        "Het maximale subsidiebedrag is in de regeling vastgesteld op EUR 25 miljoen.\n",
        passages=[("haar omzetverwachting voor 2026 meegestuurd", "5.1.1c"),
                  ("draait het bedrijf al twee jaar met verlies", "5.1.1c"),
                  ("De marge op de elektrolysers ligt volgens de onderneming", "5.1.1c")],
        visible=["De aanvrager staat sinds 2018 ingeschreven bij de KvK en heeft 140 werknemers",
                 "Het maximale subsidiebedrag is in de regeling vastgesteld op EUR 25 miljoen"],
        batch=212,
    ),
    Doc(
        "nl-mail-fiod-rekeningen-in-de-gaten",
        "Van: FIOD, team Witwassen\n"
        "Verzonden: donderdag 6 maart 2025 16:02\n"
        "Aan: officier van justitie, Functioneel Parket\n"
        "Onderwerp: onderzoek Zilverreiger - stand van zaken\n"
        "\n"
        "Het OM publiceerde op 5 maart een persbericht over de eerste aanhoudingen.\n"
        "We houden de rekeningen van de tweede verdachte al een paar weken in de gaten.\n"
        "We slaan pas toe als de volgende zending uit Panama binnen is.\n"
        "Een medeverdachte heeft in het verhoor verteld waar de administratie ligt.\n",
        passages=[("We houden de rekeningen van de tweede verdachte al een paar weken in de gaten", "5.1.2c"),
                  ("We slaan pas toe als", "5.1.2c"), ("Een medeverdachte heeft in het verhoor verteld", "5.1.2c")],
        visible=["Het OM publiceerde op 5 maart een persbericht over de eerste aanhoudingen"],
        batch=212,
    ),
    Doc(
        "nl-kamerbrief-minister-mening-openbaar",
        "Kamerbrief over de toekomst van het funderingsherstel\n"
        "\n"
        "Geachte voorzitter,\n"
        "\n"
        "In mijn brief van 3 juni heb ik aangegeven dat het kabinet kiest voor een fonds met leningen.\n"
        "Ik ben van mening dat eigenaren met funderingsschade niet alleen mogen staan.\n"
        "Het kabinet vindt een landelijke regeling daarom noodzakelijk.\n"
        "\n"
        "De minister van Volkshuisvesting en Ruimtelijke Ordening,\n",
        visible=["In mijn brief van 3 juni heb ik aangegeven dat het kabinet kiest voor een fonds met leningen",
                 "Ik ben van mening dat eigenaren met funderingsschade niet alleen mogen staan",
                 "Het kabinet vindt een landelijke regeling daarom noodzakelijk"],
        batch=212,
    ),
    # -- batch 213: both languages: a US HR e-mail on an employee's divorce, garnished wages, therapy and Sabbath, a
    #    Dutch family-support note (benefits, a pregnancy, a son sent home from school, Eritrean roots), a UK readout of
    #    what the Emiratis would not say in public, a MIVD memo without its words, a US deliberative e-mail, and for
    #    precision a Dutch prevention programme on alcohol.
    #    First run, before its fixes: recall 0.333, precision 0.857 (18 items, 7 findings). Missed: a messy divorce,
    #    garnished wages, keeping the Sabbath, a son sent from school, an origin ('komt oorspronkelijk uit Eritrea'),
    #    words a minister would not use in public, 'for our eyes only', 'onze mensen ter plaatse', 'kijken wij mee', a
    #    Scandinavian sister organisation, 'I have real doubts that', 'Several of us think'. Not silent: the programme's
    #    'Wie dagelijks naar de fles grijpt, loopt een groter risico'. After the fixes: recall 1.0, precision 1.0 ------
    Doc(
        "en-us-email-hr-divorce-garnished",
        "From: Employee Relations Specialist\n"
        "Sent: Tuesday, June 10, 2025 2:41 PM\n"
        "To: Branch Chief, Grants Management\n"
        "Subject: RE: schedule change request\n"
        "\n"
        "The agency's telework policy allows up to two days a week.\n"
        "She is going through a messy divorce and only has the kids every other weekend.\n"
        "Her wages are being garnished for an old credit card judgment.\n"
        "She mentioned she has been seeing a therapist for her anxiety since the spring.\n"
        "Her colleague keeps the Sabbath and cannot cover Saturday shifts.\n",
        passages=[("She is going through a messy divorce", E), ("Her wages are being garnished", E),
                  ("seeing a therapist for her anxiety", SPECIAL), ("keeps the Sabbath", SPECIAL)],
        visible=["The agency's telework policy allows up to two days a week"],
        batch=213,
    ),
    Doc(
        "nl-notitie-gezinsbegeleiding-bijstand",
        "Notitie gezinsbegeleiding\n"
        "Datum: 22 april 2025\n"
        "\n"
        "De gemeente begeleidde in 2024 ruim 1.200 huishoudens met meervoudige problemen.\n"
        "\n"
        "Het gezin leeft al jaren van de bijstand en heeft achterstanden bij zes schuldeisers.\n"
        "Moeder is in verwachting van het derde kind en heeft een zware zwangerschap.\n"
        "De oudste zoon is vorige maand van school gestuurd na een vechtpartij.\n"
        "Het gezin komt oorspronkelijk uit Eritrea en spreekt thuis Tigrinya.\n"
        "\n"
        "Volgende afspraak: 6 mei.\n",
        passages=[("Het gezin leeft al jaren van de bijstand", E), ("Moeder is in verwachting van het derde kind", SPECIAL),
                  ("De oudste zoon is vorige maand van school gestuurd", E),
                  ("Het gezin komt oorspronkelijk uit Eritrea", SPECIAL)],
        visible=["De gemeente begeleidde in 2024 ruim 1.200 huishoudens met meervoudige problemen",
                 "Volgende afspraak: 6 mei"],
        batch=213,
    ),
    Doc(
        "en-uk-readout-emirati-figures-eyes-only",
        "OFFICIAL-SENSITIVE\n"
        "Readout: Minister of State's call with the UAE Minister of State for Foreign Affairs\n"
        "Date: 21 May 2025\n"
        "\n"
        "The UAE Ministry of Foreign Affairs announced the trade agreement on 9 May.\n"
        "The Emirati minister made clear, in terms he would not use in public, that Abu Dhabi will not fund the port.\n"
        "He shared their own investment figures and asked that we treat them as for our eyes only.\n"
        "He hinted that Riyadh had been sounded out about taking the stake instead.\n"
        "The Minister of State will visit the Gulf in September.\n",
        passages=[("in terms he would not use in public", "5.1.2a"), ("asked that we treat them as for our eyes only", "5.1.2a"),
                  ("He hinted that Riyadh had been sounded out", "5.1.2a")],
        visible=["The UAE Ministry of Foreign Affairs announced the trade agreement on 9 May",
                 "The Minister of State will visit the Gulf in September"],
        batch=213,
    ),
    Doc(
        "nl-memo-mivd-mensen-ter-plaatse",
        "Stg. Geheim\n"
        "Memo Militaire Inlichtingen- en Veiligheidsdienst\n"
        "Datum: 8 juli 2025\n"
        "\n"
        "De MIVD beschrijft in het openbare jaarverslag 2024 de Russische dreiging tegen de Noordzee-infrastructuur.\n"
        "Onze mensen ter plaatse zagen het schip drie nachten boven de kabel liggen.\n"
        "Met een technisch middel kijken wij mee in het bedrijfsnetwerk van de rederij.\n"
        "Het oorspronkelijke bericht komt van een Scandinavische zusterorganisatie en is niet voor derden bestemd.\n"
        "De Kustwacht meldde het schip op 2 juli publiekelijk.\n",
        passages=[("Stg. Geheim", "5.1.1b"), ("Onze mensen ter plaatse zagen", "5.1.1b"),
                  ("Met een technisch middel kijken wij mee", "5.1.1b"),
                  ("komt van een Scandinavische zusterorganisatie", "5.1.1b")],
        visible=["De MIVD beschrijft in het openbare jaarverslag 2024 de Russische dreiging",
                 "De Kustwacht meldde het schip op 2 juli publiekelijk"],
        batch=213,
    ),
    Doc(
        "en-us-email-deliberative-pilot-premature",
        "From: Senior Advisor, Office of the Deputy Secretary\n"
        "Sent: Monday, July 14, 2025 8:05 AM\n"
        "To: Chief of Staff\n"
        "Subject: apprenticeship pilot\n"
        "\n"
        "The Secretary announced the pilot at a press conference on June 4.\n"
        "I have real doubts that the pilot will scale beyond the three states.\n"
        "Frankly this feels premature, and the evaluation design is thin.\n"
        "Several of us think the Secretary should hold off on the second round.\n"
        "The grant announcement is posted on Grants.gov.\n",
        passages=[("I have real doubts that", "5.2.1"), ("Frankly this feels premature", "5.2.1"),
                  ("Several of us think the Secretary should hold off", "5.2.1")],
        visible=["The Secretary announced the pilot at a press conference on June 4",
                 "The grant announcement is posted on Grants.gov"],
        batch=213,
    ),
    Doc(
        "nl-preventieprogramma-alcohol-algemeen",
        "Preventieprogramma Alcohol en Drugs 2025\n"
        "\n"
        "Alcoholverslaving komt vaker voor bij mannen dan bij vrouwen.\n"
        "Wie dagelijks naar de fles grijpt, loopt een groter risico op leverschade en depressie.\n"
        "Het ministerie heeft het programma in 2022 gepubliceerd en in 2024 geëvalueerd.\n"
        "Gemeenten krijgen EUR 12 miljoen voor lokale preventie.\n",
        visible=["Alcoholverslaving komt vaker voor bij mannen dan bij vrouwen",
                 "Wie dagelijks naar de fles grijpt, loopt een groter risico op leverschade en depressie",
                 "Het ministerie heeft het programma in 2022 gepubliceerd"],
        batch=213,
    ),
    # -- batch 214: a second set of round 9, written blind after the fixes of batches 210-213, to see whether they carry: a
    #    chat of policy officers, a UK minute of a senior meeting, a BZ report of a talk with Morocco, a US case note on a
    #    pen register and a wire, a youth doctor's note, a UK HR note, and for precision a State Department briefing and
    #    a probation service's annual report.
    #    First run, before its fixes: recall 0.263, precision 0.857 (19 items, 7 findings): the paraphrase gap again,
    #    where the fixes of 210-213 did not reach. Missed: 'geloof ik niet dat dit gaat vliegen', 'de SG gaat dit nooit
    #    tekenen', a Permanent Secretary who questioned whether, 'flagged that', 'mag niet in de notulen', a counterpart on
    #    his own minister's personal stance, a pen register, a subject not approached until, barely eating, low mood after
    #    a birth, a crowded flat, 'his husband', days off over Eid, a repayment plan. Not silent: a count in the annual
    #    report ('Het aantal toezichten met een enkelband steeg'). After the fixes: recall 1.0, precision 1.0 ----------
    Doc(
        "nl-app-export-beleid-gaat-niet-vliegen",
        "WhatsApp-export groep 'Team Mobiliteit'\n"
        "[09:12] Femke: eerlijk gezegd geloof ik niet dat dit gaat vliegen\n"
        "[09:14] Bram: de SG gaat dit nooit tekenen, let maar op\n"
        "[09:15] Femke: persconferentie is om 11 uur in Nieuwspoort\n",
        redact=[("Femke", "PERSON", E), ("Bram", "PERSON", E)],
        passages=[("geloof ik niet dat dit gaat vliegen", "5.2.1"), ("de SG gaat dit nooit tekenen", "5.2.1")],
        visible=["persconferentie is om 11 uur in Nieuwspoort"],
        batch=214,
    ),
    Doc(
        "en-uk-minute-senior-leadership-capacity",
        "OFFICIAL\n"
        "Minute of the Executive Committee, Home Office\n"
        "Date: 18 March 2025\n"
        "\n"
        "1. Asylum accommodation\n"
        "The Home Secretary announced the new accommodation model in Parliament on 4 March.\n"
        "The Permanent Secretary questioned whether the department had the capacity to deliver by April.\n"
        "DG Borders was more relaxed, but flagged that the costs had been underestimated.\n"
        "Action: the Finance Director to bring revised costings to the next meeting.\n",
        passages=[("questioned whether the department had the capacity", "5.2.1"),
                  ("flagged that the costs had been underestimated", "5.2.1")],
        visible=["The Home Secretary announced the new accommodation model in Parliament on 4 March", "OFFICIAL"],
        batch=214,
    ),
    Doc(
        "nl-verslag-gesprek-marokko-notulen",
        "Verslag gesprek ambassade Rabat met het Marokkaanse ministerie van Buitenlandse Zaken\n"
        "Datum: 27 mei 2025\n"
        "\n"
        "Het Marokkaanse ministerie publiceerde na afloop een verklaring over constructieve gesprekken.\n"
        "De Marokkaanse gesprekspartner gaf te kennen dat Rabat de terugname alleen wil bespreken als er\n"
        "visumfaciliteiten tegenover staan, maar dat mag niet in de notulen.\n"
        "Hij gaf aan dat zijn minister hier persoonlijk fel op tegen is.\n"
        "Het volgende gesprek vindt in oktober in Den Haag plaats.\n",
        passages=[("maar dat mag niet in de notulen", "5.1.2a"), ("zijn minister hier persoonlijk fel op tegen is", "5.1.2a")],
        visible=["Het Marokkaanse ministerie publiceerde na afloop een verklaring over constructieve gesprekken",
                 "Het volgende gesprek vindt in oktober in Den Haag plaats"],
        batch=214,
    ),
    Doc(
        "en-us-case-note-pen-register-wire",
        "CASE NOTE - Financial Crimes Task Force\n"
        "Date: April 2, 2025\n"
        "\n"
        "The U.S. Attorney's Office announced the first indictment in a press release on March 10.\n"
        "The subject's cell phone has been under a pen register since February.\n"
        "A cooperating witness wore a wire to the meeting at the warehouse on March 3.\n"
        "We will not approach the second subject until the wire transfer from Cyprus has cleared.\n",
        passages=[("has been under a pen register since February", "5.1.2c"),
                  ("A cooperating witness wore a wire", "5.1.2c"),
                  ("We will not approach the second subject until", "5.1.2c")],
        visible=["The U.S. Attorney's Office announced the first indictment in a press release on March 10"],
        batch=214,
    ),
    Doc(
        "nl-notitie-jeugdarts-gezin",
        "Notitie jeugdarts GGD\n"
        "Datum: 3 juni 2025\n"
        "\n"
        "De jeugdgezondheidszorg ziet alle kinderen tot achttien jaar op vaste momenten.\n"
        "\n"
        "Het meisje eet nauwelijks nog en is in korte tijd veel kilo's kwijtgeraakt.\n"
        "Moeder is sinds de bevalling somber en komt haar bed nauwelijks uit.\n"
        "De oudere broer zit sinds maart in een justitiële jeugdinrichting.\n"
        "Het gezin woont met vijf personen in een tweekamerflat.\n"
        "\n"
        "Vervolgafspraak over zes weken.\n",
        passages=[("Het meisje eet nauwelijks nog", SPECIAL), ("Moeder is sinds de bevalling somber", SPECIAL),
                  ("zit sinds maart in een justitiële jeugdinrichting", SPECIAL),
                  ("Het gezin woont met vijf personen in een tweekamerflat", E)],
        visible=["De jeugdgezondheidszorg ziet alle kinderen tot achttien jaar op vaste momenten",
                 "Vervolgafspraak over zes weken"],
        batch=214,
    ),
    Doc(
        "en-uk-hr-note-posting-husband-eid",
        "HR case note - overseas posting\n"
        "Date: 9 June 2025\n"
        "\n"
        "The department's policy allows staff to take leave for religious festivals.\n"
        "He mentioned that his husband would join him at the posting in Amman.\n"
        "He has asked for three days off over Eid.\n"
        "His father did time for fraud in the nineties, which came up in the vetting interview.\n"
        "He is on a repayment plan with HMRC after a tax bill he could not pay.\n",
        passages=[("his husband would join him", SPECIAL), ("He has asked for three days off over Eid", SPECIAL),
                  ("His father did time for fraud", SPECIAL), ("He is on a repayment plan with HMRC", E)],
        visible=["The department's policy allows staff to take leave for religious festivals"],
        batch=214,
    ),
    Doc(
        "en-us-state-press-briefing-doubts",
        "Department Press Briefing\n"
        "Washington, D.C.\n"
        "\n"
        "The spokesperson said at the briefing that the Department has real doubts that Moscow is serious about a ceasefire.\n"
        "She added that the Secretary would travel to Brussels next week.\n",
        visible=["the Department has real doubts that Moscow is serious about a ceasefire",
                 "the Secretary would travel to Brussels next week"],
        batch=214,
    ),
    Doc(
        "nl-jaarverslag-reclassering-algemeen",
        "Jaarverslag Reclassering Nederland 2024\n"
        "\n"
        "Veel cliënten hebben eerder vastgezeten en kampen met schulden.\n"
        "Een op de drie cliënten heeft een verslaving.\n"
        "Het aantal toezichten met een enkelband steeg tot 1.100.\n",
        visible=["Veel cliënten hebben eerder vastgezeten en kampen met schulden",
                 "Een op de drie cliënten heeft een verslaving",
                 "Het aantal toezichten met een enkelband steeg tot 1.100"],
        batch=214,
    ),
]

# (document name, text) -> why the detector misses it; strict xfails, merged into test_detect_unseen.XFAIL
XFAIL: dict[tuple[str, str], str] = {
    ("en-uk-email-chain-ministerial-visit", "Tunde"):
        "a first name alone in running text ('Separately, Tunde is off sick'): nothing but the lexicons could say it "
        "is a name (as 'Linde' in unseen_docs); the health passage covers it, under 5.1.1d only",
    ("nl-brief-aivd-burgemeester-en-jaarverslag", "Marcouch"):
        "the salutation of a letter to an office-holder ('Aan: de burgemeester van Arnhem' ... 'Geachte heer Marcouch'): "
        "the name is read as a private addressee; people.py would have to carry the role of the address field to the "
        "salutation",
    ("nl-raadsrapport-kinderbescherming", "Noor"):
        "a child's first name alone in running text ('Noor is gediagnosticeerd met autisme'), after the name stood in full "
        "under 'Betreft:': the full name's other mentions are not carried to the first name alone (people.py)",
    ("nl-subsidiebeoordeling-bedrijfsgegevens", "Daaruit blijkt een\nkostprijs van EUR 1.150 per kW, ruim onder het marktgemiddelde"):
        "a firm's figure in the sentence after the one that says it was supplied in confidence ('Daaruit blijkt een "
        "kostprijs van ...'): a cue fires per sentence, and a cost price alone also stands in public policy texts",
    ("nl-integriteitsonderzoek-eindrapport", "Mark Dijkstra"):
        "a first name the rule pack lists as a word ('Mark', in people.not_names) before a surname in a field the rule "
        "pack does not list ('Onderzochte:'), as 'Mark Ellison' in the heldout set (people.py)",
    ("en-us-email-reasonable-accommodation", "Tran, Mei"):
        "an address-book entry whose first name is a Dutch month in the rule pack's not_names ('Tran, Mei'): read as a "
        "surname and a month (people.py)",
    ("en-uk-dfe-email-policy-options", "the data-sharing agreement with DWP"):
        "a fact after a semicolon in a sentence that gives an opinion ('I'd be wary of committing to a September start; "
        "the data-sharing agreement with DWP won't be signed before the summer'): the opinion rule takes the sentence; "
        "split at the semicolon, the reasons that carry a view would fall out as well",
    ("nl-teams-chat-beveiliging-raadsvergadering", "Die zit toch nog onder de tafel van de voorzitter"):
        "an alarm button's place in a chat reply that names it only as 'Die', the button in the message before ('En de "
        "noodknop? Die zit toch nog onder de tafel'): a cue reads one sentence, and 'die zit onder' alone says nothing",
    ("en-us-email-investigation-grand-jury", "Rebecca"):
        "a first name alone as the salutation ('Rebecca,') under a To field whose name follows a prosecutor's title "
        "('AUSA Rebecca Thornbury'): the full name is flagged, the first name alone is not carried (people.py)",
    ("nl-notitie-verkoop-rijkskantoor-ondergrens", "Stationsweg 12, Apeldoorn"):
        "the address of a state building for sale ('verkoop voormalig belastingkantoor, Stationsweg 12') read as a "
        "private address: the street rule does not see the building before it (people.py)",
    ("nl-mail-directie-meningen-collega-s", "Joost"):
        "a first name alone opening a sentence in an e-mail's body ('Joost ziet weinig in ...'), no full name elsewhere: "
        "not read as a name, so the view's passage covers it under 5.2.1 only (people.py)",
    ("en-us-email-deliberative-grant-criteria", "Nate"):
        "a short first name opening the body ('Nate - honestly I'm not sold on ...') after the To field's full first "
        "name ('Brooks, Nathaniel'): not read as a name (people.py)",
    ("en-us-email-hr-assignment-riyadh", "Kwame"):
        "a first name alone opening a sentence inside a special-data passage ('Kwame told me he is gay'): covered by the "
        "passage under 5.1.1d only, not flagged as a name under 5.1.2e of its own (people.py)",
    ("nl-mail-fiod-inval-gepland", "We wachten tot de directeur terug is uit Dubai"):
        "waiting for a suspect's return before acting ('We wachten tot de directeur terug is uit Dubai'): only the "
        "document's subject (an investigation) makes the director a suspect; the same words plan any meeting",
    ("nl-mail-fiod-inval-gepland", "Zijn boekhouder praat al een paar weken met ons"):
        "a suspect's associate who talks to the investigators ('Zijn boekhouder praat al een paar weken met ons'): the "
        "same words report any consultation; only the document's subject makes it a cooperating witness",
    ("nl-verslag-stuurgroep-meningen-leden", "waarschuwt dat de netbeheerder de planning niet gaat halen"):
        "a member's warning by name in minutes ('Hanneke Wolters waarschuwt dat ...'): the same words after a capitalised "
        "name are an organisation's public warning ('Rijkswaterstaat waarschuwt dat de brug dicht is'); without knowing "
        "the first name as one, the name cue leaves 'waarschuwt dat' out",
}
