"""More documents written for the detection tests (see unseen_docs.py for what each field means).

Kept apart from unseen_docs.py so that work on passages can add batches without touching the other file.
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
]

# (document name, text) -> why the detector misses it; strict xfails, merged into test_detect_unseen.XFAIL
XFAIL: dict[tuple[str, str], str] = {
    ("nl-mailwisseling-exportvergunning", "5.1.2e"):
        "an e-mail address whose local part is an earlier redaction's code ('5.1.2e@minbuza.nl', as Woo releases "
        "print them): the engine drops only names that overlap a marker, so the rest of the address is flagged",
    ("nl-codebericht-post-ankara", "Post Ankara"):
        "a diplomatic post in a coded message's From field ('Van: Post Ankara'): the field takes its value as a "
        "name (as 'From: British Embassy Cairo' in unseen_docs)",
    ("en-us-predecisional-memo", "Senior Policy Analyst"):
        "a job title after an earlier redaction in a From field ('FROM: (b)(6), Senior Policy Analyst'): the code "
        "is skipped and the field takes the title as the name",
}
