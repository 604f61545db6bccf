"""Short government documents written for these tests, with what a reviewer expects of each.

Everything here is invented for the tests: the private persons, civil servants, numbers
and addresses are made up (identifiers pass their checksums, but belong to nobody we know).
The public office-holders are either real and act in their public role, or invented and
marked by their role word; they must stay visible. None of this text comes from the
development corpus; the documents exist to see how detection does on text it was not
tuned on.

Per document:
- ``redact``: (text, entity, ground). Every occurrence of ``text`` must lie under suggested
  findings, one of which carries ``ground``. Entities are what a reviewer would call it;
  the test checks the ground, not the entity name.
- ``passages``: (cue text, ground). A suggested passage finding with that ground must
  contain the cue text.
- ``officials``: names that must stay visible and come out as a kept finding.
- ``visible``: strings no suggested finding may touch (organisations, places, months,
  a government address, an earlier redaction's code, ...).
A string "before|text|after" means ``text`` only where it stands between those two.
"""

from __future__ import annotations

from dataclasses import dataclass, field

E, BSN_GROUND, SPECIAL = "5.1.2e", "5.1.1e", "5.1.1d"


@dataclass(frozen=True)
class Doc:
    name: str
    text: str
    redact: list[tuple[str, str, str]] = field(default_factory=list)
    passages: list[tuple[str, str]] = field(default_factory=list)
    officials: list[str] = field(default_factory=list)
    visible: list[str] = field(default_factory=list)
    batch: int = 1  # 1: written first and used to find the weaknesses; 2, 3: each written after the previous fixes


DOCS = [
    Doc(
        "nl-email-signature",
        "Van: Mirjam ten Brinke <mirjam.tenbrinke@minienw.nl>\n"
        "Verzonden: dinsdag 14 maart 2023 09:12\n"
        "Aan: Postbus Woo <woo@minienw.nl>\n"
        "CC: Sjoerd Verhoeckx; Fatma Öztürk-Kaya\n"
        "Onderwerp: RE: planning brug Gorinchem\n"
        "\n"
        "Hoi Sjoerd,\n"
        "\n"
        "Rijkswaterstaat heeft gisteren de planning voor de brug bij Gorinchem aangepast. Kun jij dit\n"
        "meenemen in de nota voor de minister? Fatma heeft de nieuwe cijfers van de Hoogheemraadschap.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Mirjam ten Brinke\n"
        "Senior beleidsadviseur Wegen\n"
        "Ministerie van Infrastructuur en Waterstaat\n"
        "Rijnstraat 8 | 2515 XP Den Haag\n"
        "M +31 6 42187730\n",
        redact=[
            ("Mirjam ten Brinke", "PERSON", E),
            ("mirjam.tenbrinke@minienw.nl", "EMAIL", E),
            ("Sjoerd Verhoeckx", "PERSON", E),
            ("Sjoerd", "PERSON", E),
            ("Fatma Öztürk-Kaya", "PERSON", E),
            ("Fatma", "PERSON", E),
            ("+31 6 42187730", "PHONE", E),
        ],
        visible=["woo@minienw.nl", "Rijkswaterstaat", "Gorinchem", "Rijnstraat 8", "2515 XP Den Haag",
                 "Ministerie van Infrastructuur en Waterstaat", "14 maart 2023", "Hoogheemraadschap",
                 "Senior beleidsadviseur Wegen"],
    ),
    Doc(
        "nl-verslag-aanwezig",
        "Verslag bestuurlijk overleg gemeente Almere en ministerie van BZK\n"
        "Datum: 7 februari 2024\n"
        "Aanwezig: mr. drs. H.J.M. van den Heuvel (voorzitter), ing. S. Bakırcı, Priya Ramdin-Mahabier,\n"
        "K. d'Ancona (notulist)\n"
        "Afwezig: dr. W. 't Hooft, Tomasz Wiśniewski\n"
        "\n"
        "1. Opening\n"
        "De voorzitter opent het overleg. Mevrouw Ramdin-Mahabier meldt dat de heer Wiśniewski sinds\n"
        "januari ziek thuis is.\n"
        "\n"
        "2. Woningbouw Almere Pampus\n"
        "Burgemeester Hein van der Loo heeft de minister van BZK, Hugo de Jonge, per brief gevraagd om\n"
        "extra middelen. Bakırcı licht de cijfers toe. Naar mijn inschatting halen we 2026 niet, zegt Van den\n"
        "Heuvel; hij wil dat niet in de stukken voor de gemeenteraad.\n"
        "\n"
        "3. Rondvraag\n"
        "Geen punten. De volgende vergadering is in april.\n",
        redact=[
            ("mr. drs. H.J.M. van den Heuvel", "PERSON", E),
            ("ing. S. Bakırcı", "PERSON", E),
            ("Bakırcı", "PERSON", E),
            ("Priya Ramdin-Mahabier", "PERSON", E),
            ("Ramdin-Mahabier", "PERSON", E),
            ("K. d'Ancona", "PERSON", E),
            ("dr. W. 't Hooft", "PERSON", E),
            ("Tomasz Wiśniewski", "PERSON", E),
            ("Wiśniewski", "PERSON", E),
            ("Van den\nHeuvel", "PERSON", E),
        ],
        passages=[("ziek thuis", SPECIAL), ("Naar mijn inschatting", "5.2.1")],
        officials=["Hein van der Loo", "Hugo de Jonge"],
        visible=["Almere Pampus", "Opening", "Rondvraag", "april", "7 februari 2024"],
    ),
    Doc(
        "nl-brief-burger",
        "Gemeente Utrecht\n"
        "Postbus 16200\n"
        "3500 CE Utrecht\n"
        "\n"
        "Mevrouw E. Yılmaz\n"
        "Kanaalweg 118 bis\n"
        "3526 KM Utrecht\n"
        "\n"
        "Datum: 3 oktober 2023\n"
        "Ons kenmerk: 2023-0418775\n"
        "Onderwerp: beschikking parkeervergunning\n"
        "\n"
        "Geachte mevrouw Yılmaz,\n"
        "\n"
        "Op 12 september 2023 ontvingen wij uw aanvraag voor een parkeervergunning voor het voertuig met\n"
        "kenteken 94-TNV-3. U bent geboren op 17-06-1986 en staat met burgerservicenummer 843646974\n"
        "ingeschreven op het adres hierboven. Wij verlenen de vergunning. De leges van EUR 42,50 schrijven\n"
        "wij af van rekening NL95 RABO 0420 0323 04.\n"
        "\n"
        "Heeft u vragen? Bel dan 14 030 of kom langs op het Stadskantoor aan het Stadsplateau.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens het college van burgemeester en wethouders,\n"
        "\n"
        "R.A. Sprenkels\n"
        "teamleider Vergunningen\n",
        redact=[
            ("E. Yılmaz", "PERSON", E),
            ("Yılmaz", "PERSON", E),
            ("Kanaalweg 118 bis", "ADDRESS", E),
            ("3526 KM", "ADDRESS", E),
            ("94-TNV-3", "LICENSE_PLATE", E),
            ("17-06-1986", "DATE_OF_BIRTH", E),
            ("843646974", "BSN", BSN_GROUND),
            ("NL95 RABO 0420 0323 04", "IBAN", E),
            ("R.A. Sprenkels", "PERSON", E),
        ],
        visible=["Gemeente Utrecht", "Postbus 16200", "2023-0418775", "12 september 2023", "Stadskantoor",
                 "Stadsplateau", "14 030", "3 oktober 2023"],
    ),
    Doc(
        "en-foia-email",
        "From: Rebecca Haldane <HaldaneRJ@state.gov>\n"
        "Sent: Thursday, May 16, 2024 4:37 PM\n"
        "To: O'Brien, Declan P\n"
        "Cc: Liang Xiaoming; FOIA Requester Service Center\n"
        "Subject: RE: Request F-2024-03318, interview notes\n"
        "\n"
        "Dear Mr O'Brien,\n"
        "\n"
        "Thank you for your patience. As discussed with Ambassador Caroline Whitcombe on Monday, the\n"
        "interview notes of Ms. Anoush Hovhannisyan can be released in part. Department spokesperson\n"
        "Matthew Miller already confirmed the meeting in June. The claimant's SSN 412-73-5186 and her\n"
        "cell number (571) 382-9047 will be withheld.\n"
        "\n"
        "Best regards,\n"
        "\n"
        "Rebecca Haldane\n"
        "Government Information Specialist\n"
        "Office of Information Programs and Services\n",
        redact=[
            ("Rebecca Haldane", "PERSON", E),
            ("HaldaneRJ@state.gov", "EMAIL", E),
            ("O'Brien, Declan P", "PERSON", E),
            ("O'Brien", "PERSON", E),
            ("Liang Xiaoming", "PERSON", E),
            ("Anoush Hovhannisyan", "PERSON", E),
            ("412-73-5186", "SSN", E),
            ("(571) 382-9047", "PHONE", E),
        ],
        officials=["Caroline Whitcombe", "Matthew Miller"],
        visible=["FOIA Requester Service Center", "Office of Information Programs and Services", "June",
                 "May 16, 2024", "Government Information Specialist", "F-2024-03318"],
    ),
    Doc(
        "nl-beslisnota",
        "Nota\n"
        "Aan: de minister van Buitenlandse Zaken\n"
        "Van: DGPZ\n"
        "Via: SG\n"
        "Kopie aan: DAM, DMM\n"
        "Contactpersoon: Siham el Idrissi-Boukhari, DAM/NM, 06-23097714\n"
        "\n"
        "Aanleiding\n"
        "Minister-president Dick Schoof ontvangt op 12 juni de Marokkaanse premier. U bent gevraagd om\n"
        "aansluitend met uw ambtgenoot Nasser Bourita te spreken.\n"
        "\n"
        "Kernpunten\n"
        "- De Marokkaanse ambassadeur heeft ons in vertrouwen laten weten dat Rabat de terugkeerafspraken\n"
        "wil heronderhandelen.\n"
        "- Volgens de AIVD is er sprake van beïnvloeding van de diaspora via religieuze netwerken.\n"
        "- Ik zou adviseren het onderwerp migratie pas na de zomer te agenderen.\n"
        "\n"
        "Informatie die niet openbaar gemaakt kan worden\n"
        "Namen van medewerkers (5.1.2e) zijn weggelakt.\n",
        redact=[
            ("Siham el Idrissi-Boukhari", "PERSON", E),
            ("06-23097714", "PHONE", E),
        ],
        passages=[("in vertrouwen", "5.1.2a"), ("AIVD", "5.1.1b"), ("Ik zou adviseren", "5.2.1")],
        officials=["Dick Schoof", "Nasser Bourita"],
        visible=["Buitenlandse Zaken", "DGPZ", "Aanleiding", "Kernpunten", "Marokkaanse premier", "12 juni", "5.1.2e"],
    ),
    Doc(
        "nl-chat-export",
        "Export WhatsApp-groep 'Crisisteam hoogwater Limburg'\n"
        "\n"
        "[14-07-2021 21:02] Joost Hoogendijk-Stam: Maas bij Venlo stijgt sneller dan verwacht\n"
        "[14-07-2021 21:04] Gohar Mkrtchyan: Veiligheidsregio belt om 22 uur, ik sluit aan\n"
        "[14-07-2021 21:05] Joost Hoogendijk-Stam: Top. Burgemeester Scholten wil een persmoment\n"
        "[14-07-2021 21:09] Lahcen Ouariachi: Mijn nummer voor vannacht is 06 18 44 02 91\n"
        "[14-07-2021 21:11] Gohar Mkrtchyan: 👍\n",
        redact=[
            ("Joost Hoogendijk-Stam", "PERSON", E),
            ("Gohar Mkrtchyan", "PERSON", E),
            ("Lahcen Ouariachi", "PERSON", E),
            ("06 18 44 02 91", "PHONE", E),
        ],
        officials=["Scholten"],
        visible=["Crisisteam hoogwater Limburg", "Maas", "Venlo", "Veiligheidsregio", "14-07-2021"],
    ),
    Doc(
        "nl-intake-bezwaar",
        "Intakeformulier bezwaar\n"
        "Naam aanvrager: Radjeshwar Jagessar\n"
        "Adres: Hindostaansestraat 7, 2526 BK Den Haag\n"
        "Geboortedatum: 29 augustus 1971\n"
        "BSN: 7510.49.049\n"
        "Telefoon: (070) 348 6621\n"
        "E-mail: r.jagessar1971@hotmail.com\n"
        "\n"
        "Toelichting\n"
        "Bezwaarmaker stelt dat zijn uitkering is stopgezet nadat hij zich liet opnemen in de GGZ-kliniek. "
        "Hij is hindoe en wil op feestdagen niet worden opgeroepen. Zijn zus, Sunita Jagessar, is getuige "
        "van het gesprek van 2 mei met de klantmanager, mevrouw Chandrikapersad. Volgens de\n"
        "klantmanager heeft hij een strafblad wegens uitkeringsfraude uit 2015.\n",
        redact=[
            ("Radjeshwar Jagessar", "PERSON", E),
            ("Hindostaansestraat 7, 2526 BK", "ADDRESS", E),  # the town alone names nobody
            ("29 augustus 1971", "DATE_OF_BIRTH", E),
            ("7510.49.049", "BSN", BSN_GROUND),
            ("(070) 348 6621", "PHONE", E),
            ("r.jagessar1971@hotmail.com", "EMAIL", E),
            ("Sunita Jagessar", "PERSON", E),
            ("Chandrikapersad", "PERSON", E),
        ],
        passages=[("GGZ-kliniek", SPECIAL), ("hindoe", SPECIAL), ("strafblad", SPECIAL)],
        visible=["Intakeformulier bezwaar", "2 mei"],
    ),
    Doc(
        "en-minutes-present",
        "Minutes, working group on consular cooperation\n"
        "Present: Dr. Chen Yuting (chair), Prof. Wojciech Zieliński, Siobhan Kavanagh, Mr. T. Adeyemi-Brooks\n"
        "Apologies: Ms. Dorota Szymańska\n"
        "\n"
        "1. The chair welcomed EU Special Representative Toivo Klaar, who briefed the group on the talks in\n"
        "Brussels. In my opinion, said Zieliński, the Commission should wait until September. Kavanagh\n"
        "noted that a partner service had shared information in confidence about two detained nationals.\n"
        "2. Any other business: the next meeting is on 3 March at the Ministry of Foreign Affairs,\n"
        "Rijnstraat 8, The Hague.\n",
        redact=[
            ("Dr. Chen Yuting", "PERSON", E),
            ("Prof. Wojciech Zieliński", "PERSON", E),
            ("Zieliński", "PERSON", E),
            ("Siobhan Kavanagh", "PERSON", E),
            ("Kavanagh", "PERSON", E),
            ("Mr. T. Adeyemi-Brooks", "PERSON", E),
            ("Ms. Dorota Szymańska", "PERSON", E),
        ],
        passages=[("In my opinion", "5.2.1"), ("in confidence", "5.1.2a")],
        officials=["Toivo Klaar"],
        visible=["Brussels", "3 March", "Ministry of Foreign Affairs", "Rijnstraat 8",
                 "The Hague"],
    ),
    Doc(
        "nl-handhaving-rapport",
        "Rapport van bevindingen handhaving openbare ruimte\n"
        "\n"
        "Op zaterdag 9 september 2023 omstreeks 23.40 uur zagen wij, toezichthouders, op de Prins\n"
        "Hendrikkade een personenauto, kenteken GZ-481-T, dubbel geparkeerd. De bestuurder verklaarde te\n"
        "heten Mohamed Amrani, geboren op 02-11-1994 te Rotterdam, wonende Van Speijkstraat 41-2,\n"
        "1057 GS Amsterdam. Amrani verklaarde dat hij zijn zwangere vriendin naar het OLVG bracht.\n"
        "Zijn bijrijder, de heer Barış Yıldız, weigerde zijn identiteitsbewijs te tonen.\n",
        redact=[
            ("GZ-481-T", "LICENSE_PLATE", E),
            ("Mohamed Amrani", "PERSON", E),
            ("Amrani", "PERSON", E),
            ("02-11-1994", "DATE_OF_BIRTH", E),
            ("Van Speijkstraat 41-2", "ADDRESS", E),
            ("1057 GS", "ADDRESS", E),
            ("Barış Yıldız", "PERSON", E),
        ],
        passages=[("zwangere", SPECIAL)],
        visible=["Prins\nHendrikkade", "Rotterdam", "9 september 2023"],
    ),
    Doc(
        "nl-persbericht-geen-namen",
        "Persbericht\n"
        "\n"
        "Maart 2024 staat in het teken van erfgoed. Het Van Gogh Museum, het Rijksmuseum en De Nederlandsche\n"
        "Bank openen die maand hun deuren voor scholieren. Rijkswaterstaat sluit de Van Brienenoordbrug op\n"
        "zondag 17 maart. Koning Willem-Alexander opent op 20 maart de tentoonstelling in het Paleis op de\n"
        "Dam. Inschrijven kan via Microsoft Forms of bij de balie aan de Jan van Galenstraat.\n"
        "De Hoge Raad en de Raad van State zijn die week gesloten. Vragen? Mail naar pers@minocw.nl.\n"
        "Opgesteld door: 5.1.2e\n",
        officials=["Willem-Alexander"],
        visible=["Maart 2024", "Van Gogh Museum", "Rijksmuseum", "De Nederlandsche\nBank", "Rijkswaterstaat",
                 "Van Brienenoordbrug", "17 maart", "Paleis op de\nDam", "Microsoft Forms", "Jan van Galenstraat",
                 "Hoge Raad", "Raad van State", "pers@minocw.nl", "5.1.2e"],
    ),
    Doc(
        "en-press-statement",
        "Statement on the detention of human rights defenders\n"
        "\n"
        "Amnesty International and Human Rights Watch said on Tuesday that the authorities in Baku must\n"
        "release the journalists. Secretary-General António Guterres called for restraint. A spokesperson\n"
        "for the European Commission, Peter Stano, said the EU would raise the matter in May. Lawyers for\n"
        "the detained reporter Sevinj Mammadli said she had been denied medical treatment.\n"
        "Windows and Signal were used to contact the families. New York, Geneva and Strasbourg.\n",
        redact=[("Sevinj Mammadli", "PERSON", E)],
        passages=[("medical treatment", SPECIAL)],
        officials=["António Guterres", "Peter Stano"],
        visible=["Amnesty International", "Human Rights Watch", "Baku", "European Commission", "Tuesday", "May",
                 "Windows", "Signal", "New York", "Geneva", "Strasbourg"],
    ),
    Doc(
        "en-consular-letter",
        "Consulate-General of the Kingdom of the Netherlands\n"
        "\n"
        "Dear Ms Kowalczyk,\n"
        "\n"
        "We refer to your application of 4 April 2024 for a residence permit for your mother, Mrs Ewa\n"
        "Jędrzejczak (date of birth 11 February 1952). Her passport number NXP4R81K2 has expired. Please\n"
        "send the new document to our office, or contact our case officer Przemysław Nowak-Gill on\n"
        "+48 22 559 1204. You may also reach us at consular@minbuza.nl.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "J.W. Timmermans-Oud\n"
        "Head of the consular section\n",
        redact=[
            ("Kowalczyk", "PERSON", E),
            ("Mrs Ewa\nJędrzejczak", "PERSON", E),
            ("11 February 1952", "DATE_OF_BIRTH", E),
            ("NXP4R81K2", "ID_DOCUMENT", E),
            ("Przemysław Nowak-Gill", "PERSON", E),
            ("+48 22 559 1204", "PHONE", E),
            ("J.W. Timmermans-Oud", "PERSON", E),
        ],
        visible=["Consulate-General of the Kingdom of the Netherlands", "4 April 2024", "consular@minbuza.nl",
                 "Head of the consular section"],
    ),
    # -- batch 2: written after the fixes that batch 1 prompted, to see how general they are --------
    Doc(
        "nl-email-doorgestuurd",
        "Van: Bas Overdijk\n"
        "Verzonden: vrijdag 2 februari 2024 16:48\n"
        "Aan: 'Annelot Vrijburg'\n"
        "Onderwerp: FW: vraag bewoner over geluidsscherm\n"
        "\n"
        "Annelot, zie hieronder. Kun jij dit oppakken? Ik ben maandag vrij.\n"
        "\n"
        "Groet,\n"
        "Bas\n"
        "\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Kuipers, Marieke <marieke.kuipers64@ziggo.nl>\n"
        "Verzonden: donderdag 1 februari 2024 21:03\n"
        "Aan: Info Provincie <info@provincie.nl>\n"
        "Onderwerp: geluidsscherm N201\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Sinds de verbreding van de N201 slaap ik slecht. Mijn man Ruurd is hartpatiënt en kan sindsdien\n"
        "niet meer buiten zitten. Wij wonen op Dorpsstraat 44, 1432 JL Aalsmeer. Bel mij gerust op\n"
        "0297-328 114.\n"
        "\n"
        "Marieke Kuipers\n"
        "\n"
        "Verstuurd vanaf mijn iPhone\n",
        redact=[
            ("Bas Overdijk", "PERSON", E),
            ("Annelot Vrijburg", "PERSON", E),
            ("Annelot", "PERSON", E),
            ("Bas", "PERSON", E),
            ("Kuipers, Marieke", "PERSON", E),
            ("marieke.kuipers64@ziggo.nl", "EMAIL", E),
            ("Ruurd", "PERSON", E),
            ("Dorpsstraat 44, 1432 JL", "ADDRESS", E),
            ("0297-328 114", "PHONE", E),
            ("Marieke Kuipers", "PERSON", E),
        ],
        passages=[("hartpatiënt", SPECIAL)],
        visible=["info@provincie.nl", "Info Provincie", "N201", "Verstuurd vanaf mijn iPhone", "2 februari 2024"],
        batch=2,
    ),
    Doc(
        "nl-woo-besluit",
        "Besluit op uw Woo-verzoek\n"
        "\n"
        "Geachte heer El Khatib,\n"
        "\n"
        "Bij e-mail van 3 januari 2024 heeft u verzocht om openbaarmaking van documenten over de\n"
        "vergunning voor het pand aan de Oudegracht. Over de documenten is de derde-belanghebbende,\n"
        "Bouwbedrijf Van Wijk B.V., gevraagd een zienswijze te geven. De heer Siebe van Wijk, directeur\n"
        "van het bouwbedrijf, heeft op 19 januari 2024 laten weten dat hij bezwaar heeft.\n"
        "\n"
        "Namen en contactgegevens van medewerkers maak ik niet openbaar op grond van artikel 5.1, tweede\n"
        "lid, aanhef en onder e, van de Woo. Het gaat om de eerbiediging van de persoonlijke levenssfeer.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "de burgemeester van Utrecht,\n"
        "namens deze,\n"
        "\n"
        "mw. mr. L.C. Feddema-Talbi\n"
        "juridisch adviseur\n",
        redact=[
            ("El Khatib", "PERSON", E),
            ("Siebe van Wijk", "PERSON", E),
            ("mw. mr. L.C. Feddema-Talbi", "PERSON", E),
        ],
        visible=["Bouwbedrijf Van Wijk B.V.", "Oudegracht", "artikel 5.1", "Woo", "3 januari 2024", "juridisch adviseur",
                 "burgemeester van Utrecht"],
        batch=2,
    ),
    Doc(
        "en-case-file",
        "CASE SUMMARY\n"
        "Name: WANG, Li    DOB: 03/07/1988    Nationality: Chinese\n"
        "A-Number: A204551873\n"
        "Case officer: Gwendolyn Achterberg-Smits\n"
        "Interpreter: Mr. Zhou Jianhua\n"
        "\n"
        "The applicant states that she fled Wuhan in 2019 after her brother Wang Jun was detained. She\n"
        "was treated for PTSD at a clinic in Rotterdam. Her cousin, Liu Xiuying, lives in Amsterdam and\n"
        "can be reached at +31 6 5012 3398. The Department of Justice and the UNHCR were informed.\n",
        redact=[
            ("WANG, Li", "PERSON", E),
            ("03/07/1988", "DATE_OF_BIRTH", E),
            ("A204551873", "ID_DOCUMENT", E),
            ("Gwendolyn Achterberg-Smits", "PERSON", E),
            ("Mr. Zhou Jianhua", "PERSON", E),
            ("Wang Jun", "PERSON", E),
            ("Liu Xiuying", "PERSON", E),
            ("+31 6 5012 3398", "PHONE", E),
        ],
        passages=[("PTSD", SPECIAL)],
        visible=["CASE SUMMARY", "Chinese", "Wuhan", "Amsterdam", "Department of Justice", "UNHCR"],
        batch=2,
    ),
    Doc(
        "nl-kamerbrief",
        "Geachte Voorzitter,\n"
        "\n"
        "Tijdens het commissiedebat van 8 mei jl. heeft het lid Bikker (ChristenUnie) gevraagd naar de\n"
        "inzet van de Koninklijke Marechaussee op Schiphol. Staatssecretaris Van Marum heeft toegezegd\n"
        "de Kamer te informeren. De Nationaal Coördinator Terrorismebestrijding en Veiligheid en het\n"
        "Openbaar Ministerie zijn betrokken. Op Prinsjesdag volgt het jaarverslag. De Commissaris van de\n"
        "Koning in Gelderland, John Berends, heeft zijn steun uitgesproken.\n"
        "\n"
        "De Minister van Justitie en Veiligheid,\n"
        "\n"
        "D.M. van Weel\n",
        officials=["Van Marum", "John Berends", "D.M. van Weel"],
        visible=["Bikker", "Koninklijke Marechaussee", "Schiphol", "Nationaal Coördinator Terrorismebestrijding",
                 "Openbaar Ministerie", "Prinsjesdag", "Gelderland", "8 mei"],
        batch=2,
    ),
    Doc(
        "nl-politie-melding",
        "Melding overlast\n"
        "Melder: Thijs Oudshoorn (geb. 14-3-1990)\n"
        "Betrokkene: Jovana PETROVIĆ\n"
        "\n"
        "Melder verklaart dat de betrokkene sinds april dagelijks met de auto met kenteken 5-TXH-47 voor\n"
        "zijn oprit parkeert. Betrokkene is volgens melder eerder aangehouden voor rijden onder invloed.\n"
        "Melder wil het geld voor de schade terug op rekening NL59SNSB2838383899. Hij is bereikbaar op\n"
        "0031 6 4218 7730.\n",
        redact=[
            ("Thijs Oudshoorn", "PERSON", E),
            ("14-3-1990", "DATE_OF_BIRTH", E),
            ("Jovana PETROVIĆ", "PERSON", E),
            ("5-TXH-47", "LICENSE_PLATE", E),
            ("NL59SNSB2838383899", "IBAN", E),
            ("0031 6 4218 7730", "PHONE", E),
        ],
        passages=[("aangehouden voor rijden onder invloed", SPECIAL)],
        visible=["Melding overlast", "april"],
        batch=2,
    ),
    Doc(
        "en-advisor-signature",
        "Subject: Follow-up on the vaccination campaign\n"
        "\n"
        "Dear colleagues,\n"
        "\n"
        "Following our call with the World Health Organization on Wednesday, please find attached the draft\n"
        "for the Minister. I would recommend that we postpone the publication until August, as the\n"
        "figures from the RIVM are not final.\n"
        "\n"
        "Kind regards,\n"
        "\n"
        "Dr. Amara Okonkwo-Bell\n"
        "Senior Policy Advisor | Ministry of Health, Welfare and Sport\n"
        "M: +31 6 5012 3398 | E: a.okonkwobell@minvws.nl\n",
        redact=[
            ("Dr. Amara Okonkwo-Bell", "PERSON", E),
            ("+31 6 5012 3398", "PHONE", E),
            ("a.okonkwobell@minvws.nl", "EMAIL", E),
        ],
        passages=[("I would recommend", "5.2.1")],
        visible=["World Health Organization", "Wednesday", "Ministry of Health, Welfare and Sport",
                 "Senior Policy Advisor", "Minister"],
        batch=2,
    ),
    # -- batch 3: written after the fixes that batch 2 prompted -----------------------------------
    Doc(
        "nl-projectoverleg-tabel",
        "Deelnemers projectoverleg Vechtdal\n"
        "\n"
        "Naam                        Functie            Organisatie\n"
        "P. (Pieter) Dijkgraaf       projectleider      Gemeente Zwolle\n"
        "Saskia Oosterhuis-Ruiters   adviseur water     Provincie Overijssel\n"
        "Olusegun Adebayo            stagiair           Waterschap Drents Overijsselse Delta\n"
        "\n"
        "Dijkgraaf Hennie Zwanenburg opende het overleg. Dijkgraaf (gemeente) gaf een toelichting op de\n"
        "planning. Bel voor vragen 038 - 498 24 11 of mail p.dijkgraaf@zwolle.nl.\n",
        redact=[
            ("P. (Pieter) Dijkgraaf", "PERSON", E),
            ("Saskia Oosterhuis-Ruiters", "PERSON", E),
            ("Olusegun Adebayo", "PERSON", E),
            ("|Dijkgraaf| (gemeente)", "PERSON", E),
            ("p.dijkgraaf@zwolle.nl", "EMAIL", E),
            ("038 - 498 24 11", "PHONE", E),  # next to his e-mail address: his direct line
        ],
        officials=["Hennie Zwanenburg"],
        visible=["|Dijkgraaf| Hennie", "Gemeente Zwolle", "Provincie Overijssel", "Waterschap Drents Overijsselse Delta", "projectleider",
                 "Vechtdal"],
        batch=3,
    ),
    Doc(
        "en-reply-chain",
        "On Tue, Mar 5, 2024 at 10:14 AM, Kevin Marchetti <kmarchetti@gmail.com> wrote:\n"
        "> Hi Fenna,\n"
        "> I still have not received the documents I asked for in January. My lawyer, Rutger Spaargaren,\n"
        "> will contact your office next week.\n"
        "> Kevin\n"
        "\n"
        "Thanks Kevin, I have forwarded this to our legal team. You will hear from us before Friday.\n"
        "Fenna Stavast\n"
        "Sent from my iPhone\n",
        redact=[
            ("Kevin Marchetti", "PERSON", E),
            ("kmarchetti@gmail.com", "EMAIL", E),
            ("Fenna", "PERSON", E),
            ("Rutger Spaargaren", "PERSON", E),
            ("Kevin", "PERSON", E),
            ("Fenna Stavast", "PERSON", E),
        ],
        visible=["January", "Friday", "Sent from my iPhone", "Mar 5, 2024"],
        batch=3,
    ),
    Doc(
        "nl-adressen-zonder-postcode",
        "Rapportage huisbezoeken wijkteam\n"
        "\n"
        "Op 14 mei bezochten wij mevrouw Ilona Bosveld, woonachtig aan de Lindenlaan 3 te Zeist. Zij is\n"
        "geboren op 3 april 1961 te Paramaribo. Haar zoon woont op de Laan van Meerdervoort 1142 in Den Haag.\n"
        "Het gesprek vond plaats in het wijkcentrum aan het Burgemeester de Monchyplein. Mevrouw Bosveld\n"
        "vroeg of het wijkteam contact kan opnemen met haar huisarts. Haar telefoonnummer is 030 - 274 91 00.\n",
        redact=[
            ("Ilona Bosveld", "PERSON", E),
            ("Lindenlaan 3", "ADDRESS", E),
            ("3 april 1961", "DATE_OF_BIRTH", E),
            ("Laan van Meerdervoort 1142", "ADDRESS", E),
            ("Bosveld", "PERSON", E),
            ("030 - 274 91 00", "PHONE", E),
        ],
        passages=[("haar huisarts", SPECIAL)],
        visible=["Rapportage huisbezoeken wijkteam", "Zeist", "Paramaribo", "Den Haag", "Burgemeester de Monchyplein",
                 "14 mei"],
        batch=3,
    ),
    Doc(
        "en-uk-foi-response",
        "Our ref: FOI2024/0315\n"
        "\n"
        "Dear Mr Achebe-Lindqvist,\n"
        "\n"
        "Thank you for your request of 2 May 2024. Cllr Patel, the cabinet member for housing, has asked me to\n"
        "respond. The tenant, whose date of birth is 1979-05-12, was moved because of her disability. Her\n"
        "neighbour, Mr Baptiste, made the complaint. Our Data Protection Officer can be reached at\n"
        "dpo@council.gov.uk.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Priyanka Sharma-Holt\n"
        "Information Governance Officer\n",
        redact=[
            ("Mr Achebe-Lindqvist", "PERSON", E),
            ("1979-05-12", "DATE_OF_BIRTH", E),
            ("Mr Baptiste", "PERSON", E),
            ("Priyanka Sharma-Holt", "PERSON", E),
        ],
        passages=[("disability", SPECIAL)],
        officials=["Patel"],
        visible=["FOI2024/0315", "2 May 2024", "Data Protection Officer", "dpo@council.gov.uk",
                 "Information Governance Officer"],
        batch=3,
    ),
    Doc(
        "nl-hoorzitting",
        "Verslag hoorzitting bezwaarschriftencommissie\n"
        "\n"
        "Bezwaarmaker: de heer Ö. Çelik, bijgestaan door mr. R.J. (Rutger) Spaargaren, advocaat te Arnhem\n"
        "Namens het college: J. Wiersma-de Boer, jurist\n"
        "\n"
        "De heer Çelik licht zijn bezwaar toe. Hij stelt dat hij door zijn diabetes niet kan werken en dat\n"
        "de gemeente dat wist. Mr. Spaargaren verwijst naar de uitspraak van de Centrale Raad van Beroep van\n"
        "12 maart 2023. Mevrouw Wiersma-de Boer antwoordt dat het college het dossier opnieuw bekijkt.\n",
        redact=[
            ("de heer Ö. Çelik", "PERSON", E),
            ("mr. R.J. (Rutger) Spaargaren", "PERSON", E),
            ("J. Wiersma-de Boer", "PERSON", E),
            ("Çelik", "PERSON", E),
            ("Spaargaren", "PERSON", E),
            ("Wiersma-de Boer", "PERSON", E),
        ],
        passages=[("diabetes", SPECIAL)],
        visible=["Centrale Raad van Beroep", "Arnhem", "12 maart 2023", "bezwaarschriftencommissie"],
        batch=3,
    ),
    Doc(
        "nl-chat-voornamen",
        "Signal-gesprek 'Team Woo-verzoeken'\n"
        "\n"
        "Wendelien: Heeft iemand de inventarislijst voor verzoek 2024-117 al gezien?\n"
        "Tjeerd: Ja, staat op de K-schijf. Ik heb de namen van de externe adviseurs nog niet weggelakt.\n"
        "Wendelien: Oké, doe ik vanmiddag. Margriet van Communicatie wil morgen een update.\n"
        "Tjeerd: 👍\n",
        redact=[
            ("Wendelien", "PERSON", E),
            ("Tjeerd", "PERSON", E),
            ("Margriet", "PERSON", E),
        ],
        visible=["Team Woo-verzoeken", "2024-117", "K-schijf", "Communicatie"],
        batch=3,
    ),
    # -- batch 4: written after the fixes that batch 3 prompted -----------------------------------
    Doc(
        "nl-raadsvergadering",
        "Besluitenlijst commissie Ruimte, 21 november 2023\n"
        "\n"
        "Inspreker: mevrouw A. Groenewegen namens bewonersvereniging De Hoven\n"
        "\n"
        "Mevrouw Groenewegen vraagt de commissie het bestemmingsplan aan te houden. De heer Koster (D66)\n"
        "en mevrouw Yeşilgöz (VVD) stellen vragen over de verkeersveiligheid. Wethouder Hulshof zegt toe\n"
        "voor de raadsvergadering met een memo te komen. Het raadslid Verbruggen (GroenLinks) dient een\n"
        "motie in.\n",
        redact=[("A. Groenewegen", "PERSON", E), ("Groenewegen", "PERSON", E)],  # "mevrouw" stays, as usual
        officials=["Koster", "Yeşilgöz", "Hulshof", "Verbruggen"],
        visible=["bewonersvereniging De Hoven", "commissie Ruimte", "21 november 2023"],
        batch=4,
    ),
    Doc(
        "en-incident-report",
        "INCIDENT REPORT 2024-0193\n"
        "Reporting officer: Officer D. Ramirez, badge 4471\n"
        "Victim: Halima Chaouch\n"
        "Witness: Teun Vrolijk, 34, lives at 118 Maple Avenue, Springfield\n"
        "\n"
        "At approximately 23:10 the victim reported that her ex-partner had threatened her outside the\n"
        "community centre. Ms. Chaouch was visibly upset. The witness, Mr. Vrolijk, confirmed her account.\n"
        "The suspect has a criminal record for assault.\n",
        redact=[
            ("D. Ramirez", "PERSON", E),
            ("Halima Chaouch", "PERSON", E),
            ("Teun Vrolijk", "PERSON", E),
            ("118 Maple Avenue", "ADDRESS", E),
            ("Ms. Chaouch", "PERSON", E),
            ("Mr. Vrolijk", "PERSON", E),
        ],
        passages=[("criminal record", SPECIAL)],
        visible=["INCIDENT REPORT 2024-0193", "community centre", "Springfield"],
        batch=4,
    ),
    Doc(
        "nl-brief-tav",
        "Kapsalon Tamar\n"
        "T.a.v. mevrouw T. Benjamins\n"
        "Kerkstraat 12\n"
        "7411 JB Deventer\n"
        "\n"
        "Onderwerp: uw subsidieaanvraag energiebesparing\n"
        "\n"
        "Geachte mevrouw Benjamins,\n"
        "\n"
        "U heeft als eigenaar van een eenmanszaak subsidie aangevraagd. Wij kennen u EUR 4.500 toe. Wij\n"
        "maken het bedrag over op rekening NL55 INGB 5539 7179 18 ten name van T. Benjamins.\n",
        redact=[
            ("T. Benjamins", "PERSON", E),
            ("Kerkstraat 12", "ADDRESS", E),
            ("7411 JB", "ADDRESS", E),
            ("Benjamins", "PERSON", E),
            ("NL55 INGB 5539 7179 18", "IBAN", E),
        ],
        visible=["Kapsalon Tamar", "Deventer", "EUR 4.500"],
        batch=4,
    ),
    Doc(
        "nl-actiepunten",
        "Actielijst MT Digitale Overheid, 4 maart 2024\n"
        "\n"
        "1. Jorrit stuurt de nota over de Wet open overheid voor vrijdag naar de SG. Actie: Jorrit\n"
        "2. Kosten van de migratie naar Microsoft 365 uitzoeken. Actiehouder: Esmée Kraaijeveld\n"
        "3. Marit Wijnalda vraagt bij Logius na of DigiD in april beschikbaar is.\n",
        redact=[
            ("Jorrit", "PERSON", E),
            ("Esmée Kraaijeveld", "PERSON", E),
            ("Marit Wijnalda", "PERSON", E),
        ],
        visible=["Wet open overheid", "Microsoft 365", "Logius", "DigiD", "april", "Digitale Overheid", "SG"],
        batch=4,
    ),
    Doc(
        "en-memo-attn",
        "MEMORANDUM\n"
        "Attn: Quirine de Graaff-Hooijer, Legal Affairs\n"
        "cc: R. Osei (OGC); j.vanderlinden@example.org\n"
        "Date: 11 June 2024\n"
        "\n"
        "The requester's public profile (https://www.linkedin.com/in/joris-hageman-73a1b2) shows that he\n"
        "worked for the contractor until 2022. Mr. Hageman's home number is 020-6254 331.\n",
        redact=[
            ("Quirine de Graaff-Hooijer", "PERSON", E),
            ("R. Osei", "PERSON", E),
            ("j.vanderlinden@example.org", "EMAIL", E),
            ("https://www.linkedin.com/in/joris-hageman-73a1b2", "PERSON", E),
            ("Mr. Hageman", "PERSON", E),
            ("020-6254 331", "PHONE", E),
        ],
        visible=["MEMORANDUM", "Legal Affairs", "OGC", "11 June 2024"],
        batch=4,
    ),
    Doc(
        "nl-melding-datalek",
        "Melding datalek (intern)\n"
        "\n"
        "Op 9 oktober 2024 is een e-mail met een bijlage verstuurd naar een verkeerde ontvanger. De bijlage\n"
        "bevatte de gegevens van cliënt Dewi Sastrowardojo (BSN 432017185, geboren 22-01-2003). De\n"
        "ontvanger, de heer P.J. van 't Riet, heeft de e-mail verwijderd. De Autoriteit Persoonsgegevens\n"
        "is niet ingelicht. Contact: Functionaris Gegevensbescherming, fg@gemeente-ede.nl.\n",
        redact=[
            ("Dewi Sastrowardojo", "PERSON", E),
            ("432017185", "BSN", BSN_GROUND),
            ("22-01-2003", "DATE_OF_BIRTH", E),
            ("P.J. van 't Riet", "PERSON", E),
        ],
        visible=["Autoriteit Persoonsgegevens", "Functionaris Gegevensbescherming", "fg@gemeente-ede.nl",
                 "9 oktober 2024"],
        batch=4,
    ),
    # -- batch 5: written after the fixes that batch 4 prompted -----------------------------------
    Doc(
        "en-uk-signature",
        "Thanks both, that is helpful. I will share the revised list with the FCDO team tomorrow.\n"
        "\n"
        "Regards,\n"
        "Tom\n"
        "\n"
        "Thomas Brennan-Ng | Deputy Director, Sanctions Policy\n"
        "HM Treasury | 1 Horse Guards Road | London SW1A 2HQ\n"
        "Mobile: 07911 123456\n",
        redact=[
            ("Tom", "PERSON", E),
            ("Thomas Brennan-Ng", "PERSON", E),
            ("07911 123456", "PHONE", E),
        ],
        visible=["FCDO", "HM Treasury", "1 Horse Guards Road", "London", "Sanctions Policy"],
        batch=5,
    ),
    Doc(
        "nl-whatsapp-android",
        "14-03-2023 09:14 - Jeroen Bakker: Zijn de stukken voor de bewonersavond al klaar?\n"
        "14-03-2023 09:16 - Chidi Okonjo: Bijna. Ik mis nog de kaart van de gemeente Tilburg.\n"
        "14-03-2023 09:20 - Jeroen Bakker: Vraag het aan Linde, zij heeft contact met de wethouder.\n",
        redact=[
            ("Jeroen Bakker", "PERSON", E),
            ("Chidi Okonjo", "PERSON", E),
            ("Linde", "PERSON", E),
        ],
        visible=["gemeente Tilburg", "14-03-2023"],
        batch=5,
    ),
    Doc(
        "nl-brief-behandeld-door",
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n"
        "\n"
        "Behandeld door: A. el Amrani\n"
        "Doorkiesnummer: 070 - 456 7890\n"
        "E-mail: a.elamrani@minbzk.nl\n"
        "Uw kenmerk: 2024/88213\n"
        "Bijlage(n): 2\n"
        "\n"
        "Geachte heer Van der Linde-Oosterbaan,\n"
        "\n"
        "In uw brief van 2 april vraagt u om een toelichting op de huurtoeslag van uw moeder. De heer\n"
        "El Amrani neemt binnenkort contact met u op.\n",
        redact=[
            ("A. el Amrani", "PERSON", E),
            ("070 - 456 7890", "PHONE", E),
            ("a.elamrani@minbzk.nl", "EMAIL", E),
            ("Van der Linde-Oosterbaan", "PERSON", E),
            ("El Amrani", "PERSON", E),
        ],
        visible=["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "2024/88213", "2 april", "huurtoeslag"],
        batch=5,
    ),
    Doc(
        "en-minutes-surnames",
        "Present: Jane Smith (chair), Chidi Okonjo, María José García López\n"
        "\n"
        "Smith opened the meeting and thanked García López for the paper on visa facilitation. Okonjo noted\n"
        "that the figures for 2023 were still provisional. Ambassador Kirsten Lund joined for item 2.\n",
        redact=[
            ("Jane Smith", "PERSON", E),
            ("Chidi Okonjo", "PERSON", E),
            ("María José García López", "PERSON", E),
            ("Smith", "PERSON", E),
            ("García López", "PERSON", E),
            ("Okonjo", "PERSON", E),
        ],
        officials=["Kirsten Lund"],
        visible=["visa facilitation", "2023"],
        batch=5,
    ),
    Doc(
        "nl-gespreksverslag-diplomaten",
        "Gespreksverslag Nederland-Frankrijk, Parijs, 6 juni 2024\n"
        "Deelnemers: Anna de Vries (DAF), Pieter Jansen (DAF); Jean-Luc Moreau (Quai d'Orsay)\n"
        "\n"
        "De Franse ambassadeur, François Delattre, opende het gesprek. Moreau gaf aan dat Parijs in\n"
        "vertrouwen met Rabat spreekt over de terugkeer van uitgeprocedeerde asielzoekers.\n",
        redact=[
            ("Anna de Vries", "PERSON", E),
            ("Pieter Jansen", "PERSON", E),
            ("Jean-Luc Moreau", "PERSON", E),
            ("Moreau", "PERSON", E),
        ],
        passages=[("in\nvertrouwen", "5.1.2a")],
        officials=["François Delattre"],
        visible=["Quai d'Orsay", "Parijs, 6 juni 2024", "DAF"],
        batch=5,
    ),
    Doc(
        "nl-zienswijze-bedrijf",
        "Zienswijze Bakkerij De Korenschoof B.V.\n"
        "\n"
        "Namens Bakkerij De Korenschoof B.V. (KvK 12345678) maak ik bezwaar tegen openbaarmaking van de\n"
        "offerte. Ik ben directeur-grootaandeelhouder. Met vriendelijke groet, R. (Rik) Hoogeveen,\n"
        "rik@korenschoof.nl, 06-48213390.\n",
        redact=[
            ("R. (Rik) Hoogeveen", "PERSON", E),
            ("rik@korenschoof.nl", "EMAIL", E),
            ("06-48213390", "PHONE", E),
        ],
        visible=["Bakkerij De Korenschoof B.V.", "12345678"],
        batch=5,
    ),
    # -- batch 6: news and notes, written after the fixes that batch 5 prompted --------------------
    Doc(
        "en-news-officials",
        "Azerbaijan and Armenia agree on border commission\n"
        "\n"
        "BAKU, 14 March (Reuters) - Azerbaijani Defence Minister Zakir Hasanov said on Thursday that troops\n"
        "would stay in the Lachin corridor until the commission finished its work. Hasanov spoke after talks\n"
        "with Armenia's deputy prime minister, Mher Grigoryan, who leads the Armenian delegation. The\n"
        "Kremlin's spokesman Dmitry Peskov welcomed the deal. EU foreign policy chief Kaja Kallas called it\n"
        "a first step, while Human Rights Watch and the Red Cross urged both sides to protect civilians in\n"
        "Stepanakert and Goris. Turkish President Recep Tayyip Erdogan is expected in Baku next week.\n",
        officials=["Zakir Hasanov", "Hasanov", "Mher Grigoryan", "Dmitry Peskov", "Kaja Kallas",
                   "Recep Tayyip Erdogan"],
        visible=["Lachin corridor", "Human Rights Watch", "Red Cross", "Stepanakert", "Goris", "Reuters", "Baku"],
        batch=6,
    ),
    Doc(
        "nl-nieuws-bewindspersonen",
        "Kabinet trekt extra geld uit voor opvang\n"
        "\n"
        "DEN HAAG - Het kabinet trekt 300 miljoen euro uit voor de opvang van asielzoekers. Dat maakte\n"
        "minister Marjolein Faber (Asiel en Migratie) vrijdag bekend na de ministerraad. Premier Schoof\n"
        "noemde het een noodzakelijke stap. Tweede Kamerlid Jesse Klaver (GroenLinks-PvdA) sprak van\n"
        "symboolpolitiek. Burgemeester Sharon Dijksma van Utrecht en de Veiligheidsregio Utrecht willen\n"
        "snel duidelijkheid. Het COA en VluchtelingenWerk Nederland reageerden positief.\n",
        officials=["Marjolein Faber", "Schoof", "Jesse Klaver", "Sharon Dijksma"],
        visible=["Kabinet", "DEN HAAG", "Veiligheidsregio Utrecht", "COA", "VluchtelingenWerk Nederland"],
        batch=6,
    ),
    Doc(
        "nl-nota-intern",
        "Nota\n"
        "Aan: de staatssecretaris\n"
        "Van: directeur Migratiebeleid\n"
        "Opgesteld door: Noor Bakhuizen-Tahiri, DMB/AO, 06-27319048\n"
        "Datum: 17 april 2024\n"
        "\n"
        "Aanleiding\n"
        "Op 10 april heeft u gesproken met de burgemeester van Ter Apel, Jaap Velema. Velema vroeg om een\n"
        "tijdelijke noodopvang in de gemeente.\n"
        "\n"
        "Toelichting\n"
        "Uit overleg met collega Sjors Ruitenberg (JenV) blijkt dat de IND de achterstand niet voor de zomer\n"
        "wegwerkt. Een medewerker van het COA, de heer F. Oukili, is sinds maart met burn-out thuis; zijn\n"
        "taken zijn overgenomen. Naar mijn inschatting is een tweede locatie onvermijdelijk.\n",
        redact=[
            ("Noor Bakhuizen-Tahiri", "PERSON", E),
            ("06-27319048", "PHONE", E),
            ("Sjors Ruitenberg", "PERSON", E),
            ("F. Oukili", "PERSON", E),
        ],
        passages=[("burn-out", SPECIAL), ("Naar mijn inschatting", "5.2.1")],
        officials=["Jaap Velema", "Velema"],
        visible=["directeur Migratiebeleid", "DMB/AO", "17 april 2024", "Ter Apel", "IND"],
        batch=6,
    ),
    Doc(
        "en-news-quotes",
        "UN envoy warns of famine in Sudan\n"
        "\n"
        "GENEVA - The UN's humanitarian chief Tom Fletcher told the Security Council on Monday that more than\n"
        "two million people faced famine. \"We are running out of time,\" said Fletcher, a former British\n"
        "diplomat. The World Food Programme's executive director, Cindy McCain, called for safe access to\n"
        "Darfur. Sudan's ambassador to the UN, Al-Harith Idriss Al-Harith Mohamed, rejected the figures.\n",
        officials=["Tom Fletcher", "Fletcher", "Cindy McCain", "Al-Harith Idriss Al-Harith Mohamed"],
        visible=["Security Council", "World Food Programme", "Darfur", "GENEVA"],
        batch=6,
    ),
    Doc(
        "nl-intake-formulier-2",
        "Intakeformulier Woo-verzoek\n"
        "Naam verzoeker: Sevda Kılınç-Maas\n"
        "Adres: Oranjeboomstraat 219, 4812 AT Breda\n"
        "Geboren: 30 november 1989\n"
        "Burgerservicenummer: 567851369\n"
        "Rekeningnummer: NL71 ABNA 9438 6066 89\n"
        "Kenteken: HV-509-K\n"
        "Telefoon: 076 - 529 44 10\n"
        "\n"
        "Verzoeker vraagt alle documenten over de handhaving bij haar buurman, de heer Gerben Wassink, die\n"
        "volgens haar een illegale aanbouw heeft. Haar advocaat, mr. Yusuf Aydın, is in kopie.\n",
        redact=[
            ("Sevda Kılınç-Maas", "PERSON", E),
            ("Oranjeboomstraat 219, 4812 AT", "ADDRESS", E),
            ("30 november 1989", "DATE_OF_BIRTH", E),
            ("567851369", "BSN", BSN_GROUND),
            ("NL71 ABNA 9438 6066 89", "IBAN", E),
            ("HV-509-K", "LICENSE_PLATE", E),
            ("076 - 529 44 10", "PHONE", E),
            ("Gerben Wassink", "PERSON", E),
            ("mr. Yusuf Aydın", "PERSON", E),
        ],
        visible=["Intakeformulier Woo-verzoek", "Breda"],
        batch=6,
    ),
    Doc(
        "en-nota-embassy",
        "Note for file\n"
        "From: Political Section, Embassy of the Kingdom of the Netherlands in Yerevan\n"
        "Drafted by: Lusine Avetisyan (local staff)\n"
        "\n"
        "On 3 October the ambassador met Gegham Stepanyan, a member of the National Assembly, and Arman\n"
        "Tatoyan, the former Human Rights Defender. Stepanyan shared in confidence that the government\n"
        "would not extend the state of emergency. A refugee from Stepanakert, Mrs Siranush Petrosyan, told\n"
        "embassy staff that her son was detained by the security services on suspicion of espionage.\n",
        redact=[
            ("Lusine Avetisyan", "PERSON", E),
            ("Mrs Siranush Petrosyan", "PERSON", E),
        ],
        passages=[("in confidence", "5.1.2a"), ("on suspicion of espionage", SPECIAL)],
        officials=["Gegham Stepanyan", "Arman\nTatoyan"],
        visible=["Political Section", "Embassy of the Kingdom of the Netherlands in Yerevan", "National Assembly"],
        batch=6,
    ),
    # -- batch 7: forms and odd places for names, written after the fixes that batch 6 prompted -------
    Doc(
        "nl-aanvraagformulier-velden",
        "Aanvraag bijzondere bijstand\n"
        "Achternaam: Bosma\n"
        "Voornamen: Hendrika Wilhelmina\n"
        "Roepnaam: Riek\n"
        "Geboortedatum: 4 jan. 1975\n"
        "E-mailadres: riekbosma@kpnmail.nl\n"
        "\n"
        "Aanvraag voor een nieuwe wasmachine. Mevrouw heeft schulden en staat onder bewind bij Bewindvoering\n"
        "Noord B.V. (contactpersoon: Marloes de Wit).\n",
        redact=[
            ("Bosma", "PERSON", E),
            ("Hendrika Wilhelmina", "PERSON", E),
            ("Riek", "PERSON", E),
            ("4 jan. 1975", "DATE_OF_BIRTH", E),
            ("riekbosma@kpnmail.nl", "EMAIL", E),
            ("Marloes de Wit", "PERSON", E),
            # her debts and the administration of her income are her private circumstances (round 8's
            # personal-circumstances rule); the administrator's firm stands in that clause, so it is no longer visible
            ("Mevrouw heeft schulden en staat onder bewind", "PASSAGE", E),
        ],
        visible=["Aanvraag bijzondere bijstand"],
        batch=7,
    ),
    Doc(
        "en-form-names",
        "APPLICATION FOR ACCESS TO RECORDS\n"
        "Last name: Nwankwo    First name(s): Obinna Chukwuemeka\n"
        "Social Security No.: 412735186\n"
        "\n"
        "Mr. and Mrs. Nwankwo request all records held on their late son. Their daughter Adaeze will collect\n"
        "the documents in person.\n",
        redact=[
            ("Nwankwo", "PERSON", E),
            ("Obinna Chukwuemeka", "PERSON", E),
            ("412735186", "SSN", E),
            ("Adaeze", "PERSON", E),
        ],
        visible=["APPLICATION FOR ACCESS TO RECORDS"],
        batch=7,
    ),
    Doc(
        "nl-mail-aan-lijst",
        "Aan: van der Meer, J.; Quist, P.; Kubra Aslan\n"
        "Onderwerp: planning Woo-besluit dossier 2024-0311\n"
        "\n"
        "Collega's,\n"
        "\n"
        "Het besluit gaat volgende week naar de verzoeker. Thirza Zandbergen van Juridische Zaken heeft de\n"
        "zienswijzen verwerkt. Vragen? Bel Thirza op 070 - 333 87 12.\n",
        redact=[
            ("van der Meer, J.", "PERSON", E),
            ("Quist, P.", "PERSON", E),
            ("Kubra Aslan", "PERSON", E),
            ("Thirza Zandbergen", "PERSON", E),
            ("Thirza", "PERSON", E),
            ("070 - 333 87 12", "PHONE", E),
        ],
        visible=["Juridische Zaken", "2024-0311", "Collega's"],
        batch=7,
    ),
    # -- batch 8: written after the fixes that batch 7 prompted -----------------------------------
    Doc(
        "nl-nota-kopie-aan",
        "Nota aan de minister\n"
        "Kopie aan: DJZ (mr. E. Veenstra), DCO\n"
        "Opgesteld door: DMO/MH, Rosalie Tjon-A-Fong, T 070-348 5071\n"
        "\n"
        "Geadviseerd besluit\n"
        "U wordt geadviseerd in te stemmen met de reactie aan de Kamer. De Surinaamse gezant Ricardo\n"
        "Panka heeft laten weten dat zijn regering geen bezwaar heeft. Volgens de MIVD zijn er geen\n"
        "aanwijzingen voor inmenging.\n",
        redact=[
            ("mr. E. Veenstra", "PERSON", E),
            ("Rosalie Tjon-A-Fong", "PERSON", E),
            ("070-348 5071", "PHONE", E),
        ],
        passages=[("MIVD", "5.1.1b")],
        officials=["Ricardo\nPanka"],
        visible=["DJZ", "DCO", "DMO/MH", "Geadviseerd besluit"],
        batch=8,
    ),
    Doc(
        "en-visa-application",
        "Re: visa application of Anahit Sargsyan (DOB 2/11/1984)\n"
        "\n"
        "Applicant: Anahit Sargsyan\n"
        "Spouse: Tigran Sargsyan\n"
        "Children: Nare Sargsyan, Davit Sargsyan\n"
        "\n"
        "The applicant's husband works for the Yerevan municipality. She states that she is pregnant and\n"
        "that her father was convicted of fraud in 2011.\n",
        redact=[
            ("Anahit Sargsyan", "PERSON", E),
            ("2/11/1984", "DATE_OF_BIRTH", E),
            ("Tigran Sargsyan", "PERSON", E),
            ("Nare Sargsyan", "PERSON", E),
            ("Davit Sargsyan", "PERSON", E),
        ],
        passages=[("pregnant", SPECIAL), ("convicted of fraud", SPECIAL)],
        visible=["Yerevan municipality"],
        batch=8,
    ),
    Doc(
        "nl-telefoonnotitie",
        "Telefoonnotitie\n"
        "Gesprek met: mevrouw Ö. Demir (verzoekster)\n"
        "Datum: 12 september 2024\n"
        "\n"
        "Mevrouw Demir belt over haar Woo-verzoek. Zij wil weten waarom de naam van haar ex-man, Serkan\n"
        "Yıldırım, in de stukken is weggelakt. Ik heb uitgelegd dat wij namen van derden niet openbaar maken.\n"
        "Terugbellen op 06-41873925 of per e-mail o.demir@outlook.com.\n",
        redact=[
            ("Ö. Demir", "PERSON", E),
            ("Demir", "PERSON", E),
            ("Serkan\nYıldırım", "PERSON", E),
            ("06-41873925", "PHONE", E),
            ("o.demir@outlook.com", "EMAIL", E),
        ],
        visible=["Telefoonnotitie", "12 september 2024", "Woo-verzoek"],
        batch=8,
    ),
    # -- batch 9: written after the fixes that batch 8 prompted -----------------------------------
    Doc(
        "en-foia-case-notes",
        "Case notes, FOIA-2024-00412\n"
        "\n"
        "03/14/2024: Spoke with the requester, Ms. Dana Whitlock-Reyes, by phone at 703-555-0182. She asked\n"
        "for the complaint filed by her neighbor Gary Pruitt against the agency. Per Supervisor Alan Brooks,\n"
        "the file contains Mr. Pruitt's medical records; these will be withheld under (b)(6).\n"
        "03/18/2024: Emailed dana.whitlock@gmail.com with the estimate.\n",
        redact=[
            ("Ms. Dana Whitlock-Reyes", "PERSON", E),
            ("703-555-0182", "PHONE", E),
            ("Gary Pruitt", "PERSON", E),
            ("Alan Brooks", "PERSON", E),
            ("Mr. Pruitt", "PERSON", E),
            ("dana.whitlock@gmail.com", "EMAIL", E),
        ],
        passages=[("medical records", SPECIAL)],
        visible=["FOIA-2024-00412", "(b)(6)", "03/14/2024"],
        batch=9,
    ),
    Doc(
        "nl-besluit-derden",
        "Besluit op bezwaar\n"
        "\n"
        "Bij brief van 5 februari 2024 heeft mr. drs. K.L. (Karel) Brinkhorst namens zijn cliënte,\n"
        "Woningstichting Het Oosten, bezwaar gemaakt. Op de hoorzitting van 3 april 2024 waren aanwezig:\n"
        "de heer Brinkhorst, de directeur van de woningstichting, mevrouw Ilse Nooteboom-Kalk, en namens\n"
        "het college de heer drs. T. (Tom) ter Haar. De commissie bestond uit mr. A.J. Pietersen (voorzitter),\n"
        "drs. F. Ouaddou en ir. M. de Jong-Saris.\n",
        redact=[
            ("mr. drs. K.L. (Karel) Brinkhorst", "PERSON", E),
            ("Brinkhorst", "PERSON", E),
            ("Ilse Nooteboom-Kalk", "PERSON", E),
            ("drs. T. (Tom) ter Haar", "PERSON", E),
            ("mr. A.J. Pietersen", "PERSON", E),
            ("drs. F. Ouaddou", "PERSON", E),
            ("ir. M. de Jong-Saris", "PERSON", E),
        ],
        visible=["Woningstichting Het Oosten", "5 februari 2024", "3 april 2024", "Besluit op bezwaar"],
        batch=9,
    ),
    Doc(
        "nl-sms-wijkagent",
        "Berichten wijkagent (export)\n"
        "\n"
        "Ma 09:12 Van: +31 6 28411907\n"
        "Goedemorgen, u spreekt met Mirthe. Mijn buurjongen Kevin is gisteren door de politie opgepakt wegens\n"
        "inbraak. Zijn moeder, Anouk van 't Hek, wil weten waar hij is.\n"
        "Ma 09:30 Aan: +31 6 28411907\n"
        "Goedemorgen Mirthe, ik bel u vanmiddag. Gr, Wijkagent Vermeulen\n",
        redact=[
            ("+31 6 28411907", "PHONE", E),
            ("Mirthe", "PERSON", E),
            ("Kevin", "PERSON", E),
            ("Anouk van 't Hek", "PERSON", E),
            ("Vermeulen", "PERSON", E),
        ],
        passages=[("opgepakt wegens\ninbraak", SPECIAL)],
        visible=["Berichten wijkagent"],
        batch=9,
    ),
    # -- batch 10: text without private persons, to catch over-flagging by the newer rules ------------
    Doc(
        "nl-kamerbrief-beleid",
        "Geachte Voorzitter,\n"
        "\n"
        "Hierbij informeer ik u over de voortgang van het programma Digitale Weerbaarheid.\n"
        "\n"
        "Kernpunten\n"
        "- Het Nationaal Cyber Security Centrum (NCSC) en de Rijksinspectie Digitale Infrastructuur werken samen.\n"
        "- Vanaf 1 januari 2025 geldt de Cyberbeveiligingswet voor ruim 8.000 organisaties.\n"
        "- De pilot met Microsoft Teams en Zoom bij de Belastingdienst is afgerond.\n"
        "\n"
        "Tot slot\n"
        "Dank aan alle partners, waaronder VNG, IPO en de Unie van Waterschappen.\n"
        "\n"
        "De Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,\n"
        "\n"
        "Zsolt Szabó\n",
        officials=["Zsolt Szabó"],
        visible=["Digitale Weerbaarheid", "Nationaal Cyber Security Centrum", "Rijksinspectie Digitale Infrastructuur",
                 "Cyberbeveiligingswet", "Microsoft Teams", "Zoom", "Belastingdienst", "VNG", "IPO",
                 "Unie van Waterschappen", "Tot slot", "Kernpunten"],
        batch=10,
    ),
    Doc(
        "en-report-no-names",
        "Annual report on access to information\n"
        "\n"
        "Best practices\n"
        "Agencies that publish a disclosure log answer requests faster. Thanks to the Open Government\n"
        "Partnership, twelve agencies now follow the same template.\n"
        "\n"
        "Naam                      Verzoeken   Gemiddelde termijn\n"
        "Ministerie van Financien  412         38 dagen\n"
        "Gemeente Groningen        97          44 dagen\n"
        "Rijkswaterstaat           215         51 dagen\n"
        "\n"
        "Regards,\n"
        "The Secretariat\n",
        visible=["Best practices", "Open Government\nPartnership", "Ministerie van Financien", "Gemeente Groningen",
                 "Rijkswaterstaat", "The Secretariat"],
        batch=10,
    ),
    # -- batch 11: chat exports, quoted mail chains, HR and police files; written after batch 10 --------
    Doc(
        "nl-teams-chat",
        "Chatgesprek Microsoft Teams (export 12-06-2024)\n"
        "Deelnemers: Jan-Willem Hoekstra; Anne-Marie Tuinstra; Yohannes Tesfamariam\n"
        "\n"
        "[10:02] Jan-Willem Hoekstra\n"
        "Goedemorgen! Staat het overleg met de provincie Fryslân vanmiddag nog?\n"
        "[10:04] Anne-Marie Tuinstra\n"
        "Ja, om 14:00 in Leeuwarden. Sytske Dijkstra van de provincie schuift ook aan.\n"
        "[10:05] Yohannes Tesfamariam\n"
        "Ik kan niet, ik heb om 14:30 een afspraak bij de bedrijfsarts.\n"
        "[10:07] Jan-Willem Hoekstra\n"
        "Geen probleem. Ik bel je daarna op 06 2894 1173, goed?\n",
        redact=[
            ("Jan-Willem Hoekstra", "PERSON", E),
            ("Anne-Marie Tuinstra", "PERSON", E),
            ("Yohannes Tesfamariam", "PERSON", E),
            ("Sytske Dijkstra", "PERSON", E),
            ("06 2894 1173", "PHONE", E),
        ],
        passages=[("bedrijfsarts", SPECIAL)],
        visible=["Microsoft Teams", "12-06-2024", "provincie Fryslân", "Leeuwarden", "Goedemorgen"],
        batch=11,
    ),
    Doc(
        "nl-mailketen-geciteerd",
        "Van: Wietske Hoekstra-Bouma <w.hoekstrabouma@fryslan.frl>\n"
        "Verzonden: maandag 3 juni 2024 11:05\n"
        "Aan: JP de Vries\n"
        "Onderwerp: RE: subsidie dorpshuis Jorwert\n"
        "\n"
        "Hoi JP,\n"
        "\n"
        "Dank voor je snelle reactie. Ik heb het bedrag doorgezet naar de afdeling Subsidies.\n"
        "\n"
        "Groeten,\n"
        "Wietske\n"
        "\n"
        "Op ma 3 jun. 2024 om 10:12 schreef Kwame Mensah-Bonsu <kwame.mensahbonsu@gmail.com>:\n"
        "\n"
        "> Beste mevrouw Hoekstra,\n"
        ">\n"
        "> Namens de stichting Dorpshuis Jorwert vraag ik of de subsidie nog dit jaar wordt uitbetaald.\n"
        "> Onze penningmeester, Oksana Melnyk, heeft het rekeningnummer NL68 INGB 0006 8412 73 al doorgegeven.\n"
        ">\n"
        "> Met vriendelijke groet,\n"
        "> Kwame Mensah-Bonsu\n",
        redact=[
            ("Wietske Hoekstra-Bouma", "PERSON", E),
            ("w.hoekstrabouma@fryslan.frl", "EMAIL", E),
            ("JP de Vries", "PERSON", E),
            ("Hoi |JP|,", "PERSON", E),
            ("Wietske", "PERSON", E),
            ("Kwame Mensah-Bonsu", "PERSON", E),
            ("kwame.mensahbonsu@gmail.com", "EMAIL", E),
            ("mevrouw |Hoekstra|,", "PERSON", E),
            ("Oksana Melnyk", "PERSON", E),
            ("NL68 INGB 0006 8412 73", "IBAN", E),
        ],
        visible=["Dorpshuis Jorwert", "3 juni 2024", "Subsidies", "ma 3 jun. 2024"],
        batch=11,
    ),
    Doc(
        "en-outlook-original-message",
        "Thanks Johan, noted. I will raise it with the Special Envoy tomorrow.\n"
        "Nadia\n"
        "\n"
        "-----Original Message-----\n"
        "From: PIETERSEN, J. (Johan) <j.pietersen@minbuza.nl>\n"
        "Sent: Friday, June 7, 2024 3:40 PM\n"
        "To: Nadia Haddad <nadia.haddad@un.org>\n"
        "Cc: Olena Kovalenko; Wróblewski, Bogdan\n"
        "Subject: Draft cable Kyiv\n"
        "\n"
        "Dear Nadia,\n"
        "\n"
        "Please find the draft attached. Mykola Shevchenko of the Ukrainian foreign ministry asked us in\n"
        "confidence to delay the release until after the summit. Olena can confirm.\n"
        "\n"
        "Best,\n"
        "Johan\n",
        redact=[
            ("PIETERSEN, J. (Johan)", "PERSON", E),
            ("j.pietersen@minbuza.nl", "EMAIL", E),
            ("Thanks |Johan|,", "PERSON", E),
            ("Best,\n|Johan|", "PERSON", E),
            ("Nadia Haddad", "PERSON", E),
            ("nadia.haddad@un.org", "EMAIL", E),
            ("|Nadia|\n\n", "PERSON", E),
            ("Dear |Nadia|,", "PERSON", E),
            ("Olena Kovalenko", "PERSON", E),
            ("|Olena| can", "PERSON", E),
            ("Wróblewski, Bogdan", "PERSON", E),
            ("Mykola Shevchenko", "PERSON", E),
        ],
        passages=[("in\nconfidence", "5.1.2a")],
        visible=["Special Envoy", "Draft cable Kyiv", "Friday, June 7, 2024"],
        batch=11,
    ),
    Doc(
        "nl-verzuimdossier",
        "Verzuimdossier (vertrouwelijk)\n"
        "Medewerker: ing. R.A.M. (Roel) Wubbolts MSc\n"
        "Personeelsnummer: 104827\n"
        "Leidinggevende: Esther Poetiray\n"
        "Casemanager: drs. Hans Sahertian\n"
        "\n"
        "Verloop\n"
        "Op 8 januari 2024 heeft de heer Wubbolts zich ziek gemeld. Volgens de bedrijfsarts, dr. K. Boateng,\n"
        "is er sprake van overspannenheid. Mevrouw Poetiray heeft op 22 januari met hem gesproken. Hij gaf aan\n"
        "dat zijn vrouw sinds december in het ziekenhuis ligt.\n"
        "\n"
        "Re-integratie\n"
        "Vanaf 1 maart werkt de medewerker twee ochtenden per week. De arbeidsdeskundige, mevrouw\n"
        "M. Tahitu-Latuhihin, stelt in april een nieuw plan van aanpak op met het UWV.\n",
        redact=[
            ("ing. R.A.M. (Roel) Wubbolts MSc", "PERSON", E),
            ("104827", "ID_DOCUMENT", E),
            ("Esther Poetiray", "PERSON", E),
            ("drs. Hans Sahertian", "PERSON", E),
            ("heer |Wubbolts|", "PERSON", E),
            ("dr. K. Boateng", "PERSON", E),
            ("Mevrouw |Poetiray|", "PERSON", E),
            ("M. Tahitu-Latuhihin", "PERSON", E),
        ],
        passages=[("ziek gemeld", SPECIAL), ("overspannenheid", SPECIAL), ("in het ziekenhuis ligt", SPECIAL)],
        visible=["Verzuimdossier", "Re-integratie", "UWV", "Verloop", "arbeidsdeskundige"],
        batch=11,
    ),
    Doc(
        "nl-proces-verbaal-getuige",
        "PROCES-VERBAAL VAN VERHOOR GETUIGE\n"
        "Proces-verbaalnummer: PL1700-2024087213-3\n"
        "\n"
        "Ik, verbalisant, Dennis Lakerveld, hoofdagent van politie Eenheid Rotterdam, verklaar het volgende.\n"
        "Op woensdag 6 maart 2024 omstreeks 14.15 uur verhoorde ik op het politiebureau Zuidplein:\n"
        "\n"
        "Achternaam: ASANTE\n"
        "Voornamen: Kofi Mensah\n"
        "Geboren: 17 oktober 1988 te Kumasi (Ghana)\n"
        "Adres: Slinge 412 C, 3085 EK Rotterdam\n"
        "Telefoon: 06-39127745\n"
        "\n"
        "De getuige verklaarde:\n"
        "Ik stond bij de bushalte toen ik zag dat een man met een mes op de heer Bakker afliep. Later hoorde\n"
        "ik van mijn buurman Ahmad Al-Khatib dat de man al eerder is veroordeeld voor mishandeling.\n"
        "\n"
        "Dit proces-verbaal is door mij opgemaakt en ondertekend te Rotterdam op 6 maart 2024.\n"
        "\n"
        "D. Lakerveld\n",
        redact=[
            ("Dennis Lakerveld", "PERSON", E),
            ("ASANTE", "PERSON", E),
            ("Kofi Mensah", "PERSON", E),
            ("17 oktober 1988", "DATE_OF_BIRTH", E),
            ("Slinge 412 C, 3085 EK", "ADDRESS", E),
            ("06-39127745", "PHONE", E),
            ("de heer |Bakker|", "PERSON", E),
            ("Ahmad Al-Khatib", "PERSON", E),
            ("D. Lakerveld", "PERSON", E),
        ],
        passages=[("veroordeeld voor mishandeling", SPECIAL)],
        visible=["PL1700-2024087213-3", "Eenheid Rotterdam", "Zuidplein", "Kumasi (Ghana)", "6 maart 2024",
                 "PROCES-VERBAAL VAN VERHOOR GETUIGE"],
        batch=11,
    ),
    # -- batch 12: a judgment, a council letter, an inventory, a routing slip, a cable -----------------
    Doc(
        "nl-uitspraak-geanonimiseerd",
        "RECHTBANK DEN HAAG\n"
        "Bestuursrecht\n"
        "zaaknummer: SGR 23/4471\n"
        "\n"
        "uitspraak van de enkelvoudige kamer van 14 mei 2024 in de zaak tussen\n"
        "\n"
        "[eiser], uit [woonplaats], eiser\n"
        "(gemachtigde: mr. T.W.F. Smulders-Oyono),\n"
        "\n"
        "en\n"
        "\n"
        "de minister van Asiel en Migratie, verweerder\n"
        "(gemachtigde: mr. drs. B. Zandstra LL.M).\n"
        "\n"
        "Procesverloop\n"
        "Bij besluit van 3 oktober 2023 heeft verweerder de aanvraag van eiser afgewezen. De zaak is behandeld\n"
        "op de zitting van 2 april 2024. Eiser is verschenen, bijgestaan door zijn gemachtigde en door\n"
        "H. Tesfay, tolk Tigrinya.\n"
        "\n"
        "Overwegingen\n"
        "1. Eiser stelt dat hij in Eritrea is vervolgd omdat hij christen is.\n"
        "\n"
        "Deze uitspraak is gedaan door mr. A.C. van der Wal, rechter.\n",
        redact=[
            ("mr. T.W.F. Smulders-Oyono", "PERSON", E),
            ("mr. drs. B. Zandstra LL.M", "PERSON", E),
            ("H. Tesfay", "PERSON", E),
        ],
        passages=[("christen is", SPECIAL)],
        officials=["A.C. van der Wal"],
        visible=["[eiser]", "[woonplaats]", "RECHTBANK DEN HAAG", "SGR 23/4471", "14 mei 2024",
                 "minister van Asiel en Migratie", "Procesverloop", "Tigrinya"],
        batch=12,
    ),
    Doc(
        "nl-raadsinformatiebrief",
        "Raadsinformatiebrief\n"
        "\n"
        "Aan: de gemeenteraad van Súdwest-Fryslân\n"
        "Van: het college van burgemeester en wethouders\n"
        "Portefeuillehouder: wethouder Hendrik Boland\n"
        "Informatie bij: Femke Tjalma-Reitsma, telefoon 0515 - 48 90 12\n"
        "\n"
        "Onderwerp: voortgang dorpshuizenregeling\n"
        "\n"
        "Geachte raadsleden,\n"
        "\n"
        "In de commissie van 5 februari vroeg raadslid Sjoukje de Boer-Hiemstra (FNP) naar de stand van zaken.\n"
        "Inmiddels zijn 14 aanvragen toegekend. Eén aanvraag is afgewezen; de aanvrager, de heer\n"
        "Okke Wijbenga uit Bolsward, heeft bezwaar gemaakt. Burgemeester Jannewietske de Vries heeft het\n"
        "dossier met de provincie besproken.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "het college van burgemeester en wethouders van Súdwest-Fryslân\n",
        redact=[
            ("Femke Tjalma-Reitsma", "PERSON", E),
            ("0515 - 48 90 12", "PHONE", E),
            ("Okke Wijbenga", "PERSON", E),
        ],
        officials=["Hendrik Boland", "Sjoukje de Boer-Hiemstra", "Jannewietske de Vries"],
        visible=["Súdwest-Fryslân", "Bolsward", "Raadsinformatiebrief", "5 februari", "dorpshuizenregeling"],
        batch=12,
    ),
    Doc(
        "nl-woo-inventarislijst",
        "Bijlage 1 - Inventarislijst bij besluit op het Woo-verzoek van 12 maart 2024\n"
        "\n"
        "Nr.  Datum        Document                                        Beoordeling         Grond\n"
        "1    04-01-2024   E-mail van R. Koopmans aan wethouder Kuipers     Deels openbaar      5.1.2e\n"
        "2    09-01-2024   Notitie gesprek met fam. Soeratman               Niet openbaar       5.1.2e; 5.1.1d\n"
        "3    15-01-2024   Brief van mr. P.G. Wolters (advocaat)            Deels openbaar      5.1.2e\n"
        "4    22-01-2024   Verslag overleg Stichting Wijkbelang Oost        Openbaar\n"
        "\n"
        "Toelichting: in document 2 staan gegevens over de gezondheid van een bewoner.\n",
        redact=[
            ("R. Koopmans", "PERSON", E),
            ("Soeratman", "PERSON", E),
            ("mr. P.G. Wolters", "PERSON", E),
        ],
        officials=["Kuipers"],
        visible=["Inventarislijst", "12 maart 2024", "04-01-2024", "Deels openbaar", "Niet openbaar", "5.1.2e; 5.1.1d",
                 "Stichting Wijkbelang Oost", "Openbaar"],
        batch=12,
    ),
    Doc(
        "nl-nota-parafen",
        "Nota aan de minister van Onderwijs, Cultuur en Wetenschap\n"
        "Onderwerp: reactie op brief VSNU over internationalisering\n"
        "\n"
        "Parafenblad\n"
        "Functie              Naam                    Paraaf    Datum\n"
        "Opsteller            Gijs van Nimwegen       GvN       02-05\n"
        "Afdelingshoofd       Lieke Oostenbrink       LO        03-05\n"
        "Directeur HO         ir. W.J. Scheepmaker    akkoord   06-05\n"
        "SG                   -                       -         -\n"
        "\n"
        "Beslispunt\n"
        "Akkoord met bijgaande brief aan de Kamer? Minister Eppo Bruins heeft in het debat toegezegd de\n"
        "Kamer voor de zomer te informeren.\n",
        redact=[
            ("Gijs van Nimwegen", "PERSON", E),
            ("GvN", "PERSON", E),
            ("       |LO|       ", "PERSON", E),  # added after the first run: a paraaf, as "GvN"
            ("Lieke Oostenbrink", "PERSON", E),
            ("ir. W.J. Scheepmaker", "PERSON", E),
        ],
        officials=["Eppo Bruins"],
        visible=["Parafenblad", "Opsteller", "Afdelingshoofd", "Directeur HO", "VSNU", "Beslispunt", "02-05"],
        batch=12,
    ),
    Doc(
        "en-eu-cable",
        "RESTREINT UE/EU RESTRICTED\n"
        "FROM: EU DELEGATION ADDIS ABABA\n"
        "TO: EEAS HQ, AFRICA.3\n"
        "SUBJECT: Meeting with Eritrean diaspora representatives\n"
        "\n"
        "1. On 18 April the Head of Delegation met three representatives of the Eritrean diaspora in\n"
        "Addis Ababa. One of them, Mr Kibrom Ghebremedhin, said that his brother had been held without\n"
        "charge since 2019. Another participant, Ms Senait Abraha, asked not to be named in any report.\n"
        "2. The Ethiopian Minister of Foreign Affairs, Gedion Timothewos, told the HoD in confidence that\n"
        "Addis would not extradite the activists.\n"
        "3. Drafted by: Lucia FERRANTE, Political Officer. Cleared by: HoD.\n",
        redact=[
            ("Mr Kibrom Ghebremedhin", "PERSON", E),
            ("Ms Senait Abraha", "PERSON", E),
            ("Lucia FERRANTE", "PERSON", E),
        ],
        passages=[("in confidence", "5.1.2a")],
        officials=["Gedion Timothewos"],
        visible=["RESTREINT UE/EU RESTRICTED", "EU DELEGATION ADDIS ABABA", "EEAS HQ", "Head of Delegation",
                 "Political Officer", "18 April"],
        batch=12,
    ),
    # -- batch 13: a US release letter, a spreadsheet export, a CV, a Signal group, a citizen's mail ---
    Doc(
        "en-foia-release-letter",
        "U.S. Department of Homeland Security\n"
        "Privacy Office, FOIA Division\n"
        "\n"
        "March 28, 2024\n"
        "\n"
        "Ms. Yevheniia Bondarenko\n"
        "4417 Wisconsin Ave NW, Apt 3B\n"
        "Washington, DC 20016\n"
        "\n"
        "Re: FOIA Request 2024-HQFO-00871\n"
        "\n"
        "Dear Ms. Bondarenko:\n"
        "\n"
        "This is the final response to your Freedom of Information Act request of January 9, 2024, for\n"
        "records about the detention of your brother, Oleksandr Bondarenko. We located 42 pages; 17 pages\n"
        "are released in part. The names of DHS employees and third parties are withheld under (b)(6) and\n"
        "(b)(7)(C). Secretary Alejandro Mayorkas has not been involved in this request.\n"
        "\n"
        "If you have questions, write to foia@hq.dhs.gov.\n"
        "\n"
        "Sincerely,\n"
        "\n"
        "Marvin Okafor-Delgado\n"
        "Government Information Specialist\n",
        redact=[
            ("Ms. Yevheniia Bondarenko", "PERSON", E),
            ("4417 Wisconsin Ave NW, Apt 3B", "ADDRESS", E),
            ("Ms. |Bondarenko|:", "PERSON", E),
            ("Oleksandr Bondarenko", "PERSON", E),
            ("Marvin Okafor-Delgado", "PERSON", E),
        ],
        officials=["Alejandro Mayorkas"],
        visible=["U.S. Department of Homeland Security", "Privacy Office, FOIA Division", "March 28, 2024",
                 "2024-HQFO-00871", "January 9, 2024", "foia@hq.dhs.gov", "(b)(7)(C)", "Government Information Specialist"],
        batch=13,
    ),
    Doc(
        "nl-spreadsheet-export",
        "Overzicht meldingen 2024 (export uit Excel)\n"
        "Nr;Datum;Naam melder;E-mail;Woonplaats;Omschrijving\n"
        "1;08-01-2024;Hanna Kowalska;h.kowalska@wp.pl;Tilburg;geluidsoverlast evenement\n"
        "2;15-01-2024;M. al-Hassan;mhd.alhassan@outlook.com;Breda;stankoverlast\n"
        "3;22-01-2024;Stichting Buurtbelang;info@buurtbelang.nl;Tilburg;parkeren\n"
        "4;02-02-2024;T.J. Pattipeilohy;tjpattipeilohy@ziggo.nl;Oosterhout;rijplaten bij school\n"
        "5;09-02-2024;Wouter Brouwer;wbrouwer83@gmail.com;Tilburg;gevaarlijke oversteek\n",
        redact=[
            ("Hanna Kowalska", "PERSON", E),
            ("h.kowalska@wp.pl", "EMAIL", E),
            ("M. al-Hassan", "PERSON", E),
            ("mhd.alhassan@outlook.com", "EMAIL", E),
            ("T.J. Pattipeilohy", "PERSON", E),
            ("tjpattipeilohy@ziggo.nl", "EMAIL", E),
            ("Wouter Brouwer", "PERSON", E),
            ("wbrouwer83@gmail.com", "EMAIL", E),
        ],
        visible=["Stichting Buurtbelang", "info@buurtbelang.nl", "Tilburg", "Breda", "Oosterhout", "08-01-2024",
                 "Naam melder", "geluidsoverlast evenement"],
        batch=13,
    ),
    Doc(
        "nl-cv-sollicitatie",
        "Curriculum vitae\n"
        "\n"
        "Bogdan Kravchenko\n"
        "Zoetermeer | +31 6 17 48 29 03 | bogdan.kravchenko@proton.me\n"
        "linkedin.com/in/bogdankravchenko\n"
        "\n"
        "Werkervaring\n"
        "2021 - heden   Senior data-analist, Gemeente Den Haag\n"
        "2017 - 2021    Data engineer, Nationale-Nederlanden\n"
        "\n"
        "Opleiding\n"
        "2012 - 2017    MSc Computer Science, Kyiv Polytechnic Institute\n"
        "\n"
        "Referenties\n"
        "drs. Marleen Huisman-Kok (voormalig leidinggevende), 06-55107732\n",
        redact=[
            ("Bogdan Kravchenko", "PERSON", E),
            ("+31 6 17 48 29 03", "PHONE", E),
            ("bogdan.kravchenko@proton.me", "EMAIL", E),
            ("linkedin.com/in/bogdankravchenko", "SOCIAL_MEDIA", E),
            ("drs. Marleen Huisman-Kok", "PERSON", E),
            ("06-55107732", "PHONE", E),
        ],
        visible=["Curriculum vitae", "Zoetermeer", "Gemeente Den Haag", "Nationale-Nederlanden", "Computer Science",
                 "Kyiv Polytechnic Institute", "Werkervaring", "Referenties", "MSc"],
        batch=13,
    ),
    Doc(
        "nl-signal-groep",
        "Signal-export groep 'Handhaving Centrum'\n"
        "\n"
        "[12-03-24 08:41] Sanne: Wie heeft vannacht dienst?\n"
        "[12-03-24 08:43] +31 6 41 55 20 87: Ik, samen met Dirk-Jan\n"
        "[12-03-24 08:44] Sanne: Top. Ibrahim Haddad belde nog over zijn zoon. Die is gisteren opgepakt wegens\n"
        "winkeldiefstal.\n"
        "[12-03-24 08:50] Dirk-Jan: Ik bel hem straks terug.\n",
        redact=[
            ("Sanne", "PERSON", E),
            ("+31 6 41 55 20 87", "PHONE", E),
            ("Dirk-Jan", "PERSON", E),
            ("Ibrahim Haddad", "PERSON", E),
        ],
        passages=[("opgepakt wegens\nwinkeldiefstal", SPECIAL)],
        visible=["Handhaving Centrum", "12-03-24 08:41"],
        batch=13,
    ),
    Doc(
        "nl-mail-burger-woz",
        "Van: jan.pietersen1@gmail.com\n"
        "Aan: Gemeente Zaanstad <info@zaanstad.nl>\n"
        "CC: a.elkaddouri@zaanstad.nl\n"
        "Onderwerp: bezwaar WOZ-beschikking\n"
        "\n"
        "Goedendag,\n"
        "\n"
        "Ik maak bezwaar tegen de WOZ-waarde van mijn woning aan de Westzijde 112 in Zaandam. Mijn buurman\n"
        "betaalt voor hetzelfde huis veel minder. Ik heb dit in januari al aan mevr. El Kaddouri van uw\n"
        "afdeling gemeld; wethouder Wessel Breunesse weet er ook van.\n"
        "\n"
        "Jan Pietersen\n",
        redact=[
            ("jan.pietersen1@gmail.com", "EMAIL", E),
            ("a.elkaddouri@zaanstad.nl", "EMAIL", E),
            ("Westzijde 112", "ADDRESS", E),
            ("mevr. El Kaddouri", "PERSON", E),
            ("Jan Pietersen", "PERSON", E),
        ],
        officials=["Wessel Breunesse"],
        visible=["Gemeente Zaanstad", "info@zaanstad.nl", "Zaandam", "WOZ-waarde", "januari"],
        batch=13,
    ),
    # -- batch 14: forwarded mail, a Wmo interview, a US cable, a council decision list, an HR hearing ---
    Doc(
        "nl-doorgestuurd-gmail",
        "---------- Doorgestuurd bericht ---------\n"
        "Van: Siti Rahmawati <siti.rahmawati@yahoo.co.id>\n"
        "Date: wo 17 apr. 2024 om 21:40\n"
        "Subject: Fwd: verblijfsvergunning\n"
        "To: <loket@ind.nl>\n"
        "\n"
        "Begin forwarded message:\n"
        "\n"
        "From: \"Nguyen, Thi Lan\" <thilan.nguyen@hotmail.com>\n"
        "Date: April 16, 2024 at 8:02:11 PM GMT+2\n"
        "To: Siti Rahmawati <siti.rahmawati@yahoo.co.id>\n"
        "\n"
        "Beste Siti, mijn V-nummer is 2837465190 en mijn zaak loopt nog steeds. Kun je dit doorsturen naar\n"
        "de IND? Mijn advocaat, mr. Hidayat Prawiro, heeft ook al gebeld.\n",
        redact=[
            ("Siti Rahmawati", "PERSON", E),
            ("siti.rahmawati@yahoo.co.id", "EMAIL", E),
            ("Nguyen, Thi Lan", "PERSON", E),
            ("thilan.nguyen@hotmail.com", "EMAIL", E),
            ("Beste |Siti|,", "PERSON", E),
            ("2837465190", "ID_DOCUMENT", E),
            ("mr. Hidayat Prawiro", "PERSON", E),
        ],
        visible=["loket@ind.nl", "IND", "verblijfsvergunning", "April 16, 2024"],
        batch=14,
    ),
    Doc(
        "nl-wmo-keukentafel",
        "Gespreksverslag keukentafelgesprek Wmo\n"
        "Cliënt: mevrouw W.S. Latumahina-Pattiasina (geb. 03-09-1941)\n"
        "Cliëntnummer: 2024-88171\n"
        "Aanwezig: dochter Ria Latumahina; Wmo-consulent Yusuf Demirtaş\n"
        "\n"
        "Mevrouw woont alleen. Zij heeft COPD en gebruikt sinds haar val in februari een rollator. Haar\n"
        "dochter doet de boodschappen. Mevrouw is lid van de Molukse Evangelische Kerk en wil op zondag naar\n"
        "de dienst kunnen.\n"
        "\n"
        "Advies: scootmobiel en huishoudelijke hulp, 3 uur per week.\n",
        redact=[
            ("W.S. Latumahina-Pattiasina", "PERSON", E),
            ("03-09-1941", "DATE_OF_BIRTH", E),
            ("2024-88171", "ID_DOCUMENT", E),
            ("Ria Latumahina", "PERSON", E),
            ("Yusuf Demirtaş", "PERSON", E),
        ],
        passages=[("heeft COPD", SPECIAL), ("lid van de Molukse Evangelische Kerk", SPECIAL)],
        visible=["Gespreksverslag keukentafelgesprek Wmo", "scootmobiel", "Advies"],
        batch=14,
    ),
    Doc(
        "en-cable-markings",
        "SECRET//NOFORN\n"
        "SUBJECT: (S) Syrian opposition contacts in Gaziantep\n"
        "\n"
        "1. (S) On 2 May PolOff met Dr. Rami Al-Abdullah, a physician who coordinates aid in Idlib, and his\n"
        "colleague Lina Kheirbek. Al-Abdullah said that he fears for his family in Aleppo.\n"
        "2. (C) Turkish Deputy Foreign Minister Nuh Yilmaz told the Ambassador on 3 May that Ankara would\n"
        "keep the border crossing closed for a few weeks.\n",
        redact=[
            ("Dr. Rami Al-Abdullah", "PERSON", E),
            ("Lina Kheirbek", "PERSON", E),
            ("|Al-Abdullah| said", "PERSON", E),
        ],
        officials=["Nuh Yilmaz"],
        visible=["SECRET//NOFORN", "Gaziantep", "Idlib", "Aleppo", "PolOff", "(S)", "Ankara", "2 May"],
        batch=14,
    ),
    Doc(
        "nl-besluitenlijst-college",
        "Besluitenlijst college van burgemeester en wethouders, 9 april 2024\n"
        "\n"
        "Aanwezig: burgemeester L. Verhagen (voorzitter), wethouders M. Tuinman, K. Yıldız-de Groot en\n"
        "P. Ramkisoen; gemeentesecretaris drs. J.H. Oudejans\n"
        "\n"
        "3. Verzoek om handhaving Kattenbroek\n"
        "Het college besluit het verzoek van de heer A. Nowicki, wonende Zonnewijzer 41, om handhaving tegen\n"
        "zijn buren af te wijzen. Portefeuillehouder: Tuinman. Behandelaar: Lisanne Gerritsen-Wouda (VTH).\n",
        redact=[
            ("A. Nowicki", "PERSON", E),
            ("Zonnewijzer 41", "ADDRESS", E),
            ("Lisanne Gerritsen-Wouda", "PERSON", E),
        ],
        officials=["L. Verhagen", "M. Tuinman", "K. Yıldız-de Groot", "P. Ramkisoen", "J.H. Oudejans",
                   "Portefeuillehouder: |Tuinman|"],
        visible=["9 april 2024", "Kattenbroek", "VTH", "Besluitenlijst"],
        batch=14,
    ),
    Doc(
        "en-hr-grievance",
        "Grievance hearing - note of meeting\n"
        "Employee: Kwabena Owusu-Ansah\n"
        "Companion: Gráinne Ní Bhriain, union representative\n"
        "Chair: Deborah Ellison-Barnes, HR Operations\n"
        "\n"
        "Mr Owusu-Ansah explained that since he told his team that he is gay, colleagues in the Leeds office\n"
        "have excluded him. He is a trade union member and has been on sick leave since 12 February.\n"
        "Ms Ní Bhriain asked that the investigation be completed by the end of March.\n",
        redact=[
            ("Kwabena Owusu-Ansah", "PERSON", E),
            ("Gráinne Ní Bhriain", "PERSON", E),
            ("Deborah Ellison-Barnes", "PERSON", E),
            ("Mr Owusu-Ansah", "PERSON", E),
            ("Ms Ní Bhriain", "PERSON", E),
        ],
        passages=[("he is gay", SPECIAL), ("trade union member", SPECIAL), ("sick leave", SPECIAL)],
        visible=["Grievance hearing", "HR Operations", "March"],
        batch=14,
    ),
    # -- batch 15: an iPhone chat, a youth-care report, a police log entry, parliamentary questions -----
    Doc(
        "nl-whatsapp-iphone",
        "[14-03-2023, 09:14:22] Wytze Hoekstra: Is de zaal in Drachten al geregeld?\n"
        "[14-03-2023, 09:15:03] Jildou: Ja, via Syb van de beheerstichting\n"
        "[14-03-2023, 09:15:40] +31 6 22 91 40 77: Ik neem de sleutel mee, groet Dmytro\n"
        "[14-03-2023, 09:16:12] Wytze Hoekstra: ‎<bijlage weggelaten>\n"
        "[14-03-2023, 09:17:55] Jildou: Wytze, kun jij de burgemeester even bellen?\n",
        redact=[
            ("Wytze Hoekstra", "PERSON", E),
            ("Jildou", "PERSON", E),
            ("Syb", "PERSON", E),
            ("+31 6 22 91 40 77", "PHONE", E),
            ("Dmytro", "PERSON", E),
            ("|Wytze|, kun", "PERSON", E),
        ],
        visible=["Drachten", "beheerstichting", "bijlage weggelaten", "burgemeester", "14-03-2023, 09:14:22"],
        batch=15,
    ),
    Doc(
        "nl-jeugdzorg-rapport",
        "Rapportage jeugdhulp (vertrouwelijk)\n"
        "Roepnaam: Lucas\n"
        "Geboortedatum: 11-08-2014\n"
        "Moeder: mevrouw S. Sewnath\n"
        "Vader: R.K. Ramdin\n"
        "Behandelaar: prof. dr. ir. Wietse van den Akker\n"
        "\n"
        "Lucas woont bij zijn moeder en zit in groep 6 van de Prinses Julianaschool. Volgens de school is hij\n"
        "vaak afwezig. De vader heeft een alcoholverslaving en is bekend bij Veilig Thuis. Mevrouw Sewnath\n"
        "staat open voor hulp. Afspraak: Lucas start in mei met speltherapie bij Karakter.\n",
        redact=[
            ("Roepnaam: |Lucas|", "PERSON", E),
            ("|Lucas| woont", "PERSON", E),
            ("Afspraak: |Lucas|", "PERSON", E),
            ("11-08-2014", "DATE_OF_BIRTH", E),
            ("S. Sewnath", "PERSON", E),
            ("R.K. Ramdin", "PERSON", E),
            ("prof. dr. ir. Wietse van den Akker", "PERSON", E),
            ("Mevrouw |Sewnath|", "PERSON", E),
        ],
        passages=[("alcoholverslaving", SPECIAL), ("speltherapie", SPECIAL)],
        visible=["Rapportage jeugdhulp", "Prinses Julianaschool"],
        batch=15,
    ),
    Doc(
        "nl-politie-mutatie",
        "Mutatie 11-04-2024 02:13 | registratienummer 2024098877\n"
        "Locatie: woning, Hoofdstraat 88, Veenendaal\n"
        "Betrokkene 1: JANSEN, Pieter Willem, geb. 12-05-1979, BSN 645290415\n"
        "Betrokkene 2: KOWALCZYK, A. (Agnieszka)\n"
        "Verbalisanten: hoofdagent D. Brouwer, agent J. El Idrissi\n"
        "\n"
        "Melding van buren over geschreeuw. Ter plaatse trof ik KOWALCZYK met een bloedneus aan. JANSEN was\n"
        "onder invloed en werd aangehouden op verdenking van mishandeling. Kinderen lagen te slapen.\n",
        redact=[
            ("Hoofdstraat 88", "ADDRESS", E),
            ("JANSEN, Pieter Willem", "PERSON", E),
            ("12-05-1979", "DATE_OF_BIRTH", E),
            ("645290415", "BSN", BSN_GROUND),
            ("KOWALCZYK, A. (Agnieszka)", "PERSON", E),
            ("D. Brouwer", "PERSON", E),
            ("J. El Idrissi", "PERSON", E),
            ("trof ik |KOWALCZYK|", "PERSON", E),
            ("|JANSEN| was", "PERSON", E),
        ],
        passages=[("aangehouden op verdenking van mishandeling", SPECIAL)],
        visible=["Veenendaal", "2024098877", "11-04-2024 02:13"],
        batch=15,
    ),
    Doc(
        "nl-kamervragen-antwoord",
        "Aanhangsel van de Handelingen\n"
        "\n"
        "Vragen van het lid Paternotte (D66) aan de minister van Justitie en Veiligheid over de aanpak van\n"
        "ondermijning in Tilburg (ingezonden 4 maart 2024).\n"
        "\n"
        "Antwoord van minister Yeşilgöz-Zegerius (Justitie en Veiligheid) (ontvangen 28 maart 2024).\n"
        "\n"
        "Vraag 1\n"
        "Bent u bekend met het bericht over de aanslag op de woning van een Tilburgse ondernemer?\n"
        "\n"
        "Antwoord 1\n"
        "Ja. Het Openbaar Ministerie heeft mij laten weten dat de ondernemer, de heer Y. Bouzidi, en zijn gezin\n"
        "elders zijn ondergebracht. Burgemeester Weterings heeft een woningsluiting opgelegd.\n",
        redact=[("Y. Bouzidi", "PERSON", E)],
        officials=["Paternotte", "Yeşilgöz-Zegerius", "Weterings"],
        visible=["Aanhangsel van de Handelingen", "Openbaar Ministerie", "Tilburg", "4 maart 2024", "Vraag 1",
                 "Antwoord 1"],
        batch=15,
    ),
    Doc(
        "en-ngo-letter",
        "Stichting Vluchtelingen in de Knel\n"
        "Utrecht, 2 July 2024\n"
        "\n"
        "To: Immigration and Naturalisation Service (IND), attn. Mr. R. Visser\n"
        "\n"
        "Re: Mr Tesfay Gebremariam, born 1 January 1996, V-number 3049581726\n"
        "\n"
        "Dear Mr. Visser,\n"
        "\n"
        "We write on behalf of our client, who fled Eritrea in 2021. His sister, Mrs Abrehet Gebremariam, lives\n"
        "in Rotterdam and is willing to house him. Mr Gebremariam suffers from tuberculosis and needs treatment.\n"
        "\n"
        "Kind regards,\n"
        "Anna-Lena Vogelzang-Ferreira, legal adviser\n",
        redact=[
            ("Mr. R. Visser", "PERSON", E),
            ("Mr Tesfay Gebremariam", "PERSON", E),
            ("1 January 1996", "DATE_OF_BIRTH", E),
            ("3049581726", "ID_DOCUMENT", E),
            ("Mr. |Visser|,", "PERSON", E),
            ("Mrs Abrehet Gebremariam", "PERSON", E),
            ("Mr |Gebremariam| suffers", "PERSON", E),
            ("Anna-Lena Vogelzang-Ferreira", "PERSON", E),
        ],
        passages=[("suffers from tuberculosis", SPECIAL)],
        visible=["Stichting Vluchtelingen in de Knel", "Immigration and Naturalisation Service", "IND", "2 July 2024",
                 "Eritrea", "legal adviser"],
        batch=15,
    ),
    # -- batch 16: a village council's minutes, a profile page, a UK benefit letter, and two texts without
    #    private persons that use the words the newer rules look for ----------------------------------
    Doc(
        "nl-notulen-dorpsraad",
        "Notulen dorpsraad Easterlittens, 12 februari 2024\n"
        "Aanwezig: Sjoerd (vz), Baukje, Hylke, Tsjitske Zijlstra (notulen), wethouder Wietske Hoekstra\n"
        "Afbericht: Auke de Haan\n"
        "\n"
        "1. Opening. Sjoerd heet iedereen welkom, in het bijzonder wethouder Hoekstra.\n"
        "2. Ingekomen stukken: een brief van de familie Bergsma over de speeltuin.\n"
        "3. Rondvraag. Hylke vraagt of de ijsbaan dit jaar opengaat. Baukje meldt dat haar moeder in het\n"
        "verpleeghuis is opgenomen.\n",
        redact=[
            ("Aanwezig: |Sjoerd| (vz)", "PERSON", E),
            ("|Sjoerd| heet", "PERSON", E),
            ("Baukje", "PERSON", E),
            ("Hylke", "PERSON", E),
            ("Tsjitske Zijlstra", "PERSON", E),
            ("Auke de Haan", "PERSON", E),
            ("Bergsma", "PERSON", E),
        ],
        passages=[("verpleeghuis is opgenomen", SPECIAL)],
        officials=["Wietske Hoekstra", "wethouder |Hoekstra|."],
        visible=["Easterlittens", "12 februari 2024", "Opening", "Ingekomen stukken", "speeltuin", "ijsbaan"],
        batch=16,
    ),
    Doc(
        "en-profile-page",
        "Aleksandra Nowak-Zielińska\n"
        "Senior Policy Officer at Ministry of Foreign Affairs | EU trade\n"
        "The Hague, South Holland, Netherlands\n"
        "\n"
        "About\n"
        "Policy officer with ten years of experience in EU trade negotiations.\n"
        "\n"
        "Experience\n"
        "Senior Policy Officer, Ministry of Foreign Affairs (2019 - present)\n"
        "Trade advisor, Embassy of Poland in The Hague (2014 - 2019)\n"
        "\n"
        "Recommendations\n"
        "\"Aleksandra is a pleasure to work with.\" - Tomasz Lewandowski, Head of Economic Section\n",
        redact=[
            ("Aleksandra Nowak-Zielińska", "PERSON", E),
            ("\"|Aleksandra| is", "PERSON", E),
            ("Tomasz Lewandowski", "PERSON", E),
        ],
        visible=["Senior Policy Officer", "Ministry of Foreign Affairs", "The Hague, South Holland, Netherlands",
                 "Embassy of Poland in The Hague", "Head of Economic Section", "Experience", "Recommendations"],
        batch=16,
    ),
    Doc(
        "en-uk-benefit-letter",
        "Department for Work and Pensions\n"
        "\n"
        "Mr Oluwaseun Adeyemi\n"
        "Flat 4, 27 Coldharbour Lane\n"
        "London SE5 9NR\n"
        "\n"
        "National Insurance number: JK 48 29 17 C\n"
        "Date: 3 June 2024\n"
        "\n"
        "Dear Mr Adeyemi,\n"
        "\n"
        "We have looked again at your claim for Personal Independence Payment. You told us that you have\n"
        "sickle cell disease and use a wheelchair outdoors. We have changed our decision.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "R. Pemberton\n"
        "Decision Maker\n",
        redact=[
            ("Mr Oluwaseun Adeyemi", "PERSON", E),
            ("Flat 4, 27 Coldharbour Lane", "ADDRESS", E),
            ("SE5 9NR", "ADDRESS", E),
            ("JK 48 29 17 C", "ID_DOCUMENT", E),
            ("Mr |Adeyemi|,", "PERSON", E),
            ("R. Pemberton", "PERSON", E),
        ],
        passages=[("have\nsickle cell disease", SPECIAL)],
        visible=["Department for Work and Pensions", "Personal Independence Payment", "3 June 2024", "Decision Maker",
                 "London"],
        batch=16,
    ),
    Doc(
        "nl-subsidieregeling-geen-namen",
        "Regeling jeugdhulp 2025 - overzicht toekenningen\n"
        "\n"
        "Naam                          Soort           Bedrag\n"
        "Stichting Speel en Leer       speltherapie    EUR 48.000\n"
        "Jeugdzorg Plus Noord          residentieel    EUR 120.000\n"
        "GGD Hollands Midden           preventie       EUR 35.000\n"
        "\n"
        "Deelnemers overleg: VNG, IPO, Jeugdzorg Nederland en de Inspectie Gezondheidszorg en Jeugd.\n"
        "De vergoeding voor speltherapie en gezinstherapie wordt per 2025 verhoogd. De wethouders en\n"
        "raadsleden van de regio worden in maart geïnformeerd.\n"
        "\n"
        "Paraaf     Datum\n"
        "akkoord    04-11\n",
        visible=["Stichting Speel en Leer", "Jeugdzorg Plus Noord", "GGD Hollands Midden", "VNG", "IPO",
                 "Jeugdzorg Nederland", "Inspectie Gezondheidszorg en Jeugd", "speltherapie", "gezinstherapie",
                 "akkoord", "raadsleden"],
        batch=16,
    ),
    Doc(
        "en-foia-guidance-no-names",
        "Guidance on processing requests\n"
        "\n"
        "Secretary of State guidance applies to all components. The Deputy Secretary and the Chief FOIA Officer\n"
        "review the annual report. Staff number fields, V-number fields and National Insurance fields must be\n"
        "withheld under (b)(6). Requests from people living at a shelter are handled by the Privacy Office.\n"
        "\n"
        "Participants    Organisation\n"
        "FOIA Office     Department of State\n"
        "OIP             Department of Justice\n",
        visible=["Secretary of State", "Deputy Secretary", "Chief FOIA Officer", "Privacy Office", "FOIA Office",
                 "Department of State", "OIP", "Department of Justice", "(b)(6)"],
        batch=16,
    ),
    # -- batch 17: a scanned letter read by OCR, a published agenda, a memo with earlier redactions, a
    #    journalist's request, a UK witness statement ------------------------------------------------
    Doc(
        "nl-ocr-klachtbrief",
        "Geachte heer Van Os,\n"
        "\n"
        "Op 3 april j.l. heb ik, mevr. A.M. Kooi-\n"
        "man, bij uw afdeling een klacht ingediend over de behandeling van mijn aanvraag. Mijn\n"
        "telefoonnummer is 06 - 4172 9035 en mijn adres is Kerkweg 14, 3951 AB Maarn.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "A.M. Kooiman\n",
        redact=[
            ("heer |Van Os|,", "PERSON", E),
            ("A.M. Kooi-\nman", "PERSON", E),
            ("06 - 4172 9035", "PHONE", E),
            ("Kerkweg 14, 3951 AB", "ADDRESS", E),
            ("A.M. Kooiman", "PERSON", E),
        ],
        visible=["Maarn", "3 april"],
        batch=17,
    ),
    Doc(
        "nl-agenda-bewindspersoon",
        "Agenda staatssecretaris Jeugd, Preventie en Sport, week 12\n"
        "\n"
        "ma 18 mrt   09:30   Bewindspersonenoverleg met minister Helder\n"
        "            11:00   Gesprek met de Kinderombudsman, Margrite Kalverboer\n"
        "            14:00   Werkbezoek jeugdzorginstelling Horizon; ontvangst door bestuurder J. de Wit-Pranoto\n"
        "di 19 mrt   10:00   Voorbereiding debat (DJ, DMO, woordvoerder Sanne Ploeg)\n",
        redact=[("J. de Wit-Pranoto", "PERSON", E)],
        officials=["Helder", "Margrite Kalverboer", "Sanne Ploeg"],
        visible=["Jeugd, Preventie en Sport", "Horizon", "ma 18 mrt", "Bewindspersonenoverleg", "DMO"],
        batch=17,
    ),
    Doc(
        "en-memo-for-record",
        "MEMORANDUM FOR THE RECORD\n"
        "SUBJECT: Call with (b)(6) regarding detainee transfer\n"
        "\n"
        "On 14 June, (b)(6), (b)(7)(C) of the Regional Office called Deputy Assistant Secretary Karen\n"
        "Holloway to discuss the transfer of detainee Abdulrahman Al-Shami. The caller said that\n"
        "Mr. Al-Shami's lawyer, Clive Stafford-Hughes, had asked for the file.\n",
        redact=[
            ("Abdulrahman Al-Shami", "PERSON", E),
            ("Mr. Al-Shami", "PERSON", E),
            ("Clive Stafford-Hughes", "PERSON", E),
        ],
        officials=["Karen\nHolloway"],
        visible=["MEMORANDUM FOR THE RECORD", "(b)(6)", "(b)(7)(C)", "Regional Office", "14 June"],
        batch=17,
    ),
    Doc(
        "nl-woo-verzoek-journalist",
        "Aan: Ministerie van Volksgezondheid, Welzijn en Sport\n"
        "Van: Roos Vermeer-Abdi, onderzoeksjournalist bij Follow the Money\n"
        "Onderwerp: Woo-verzoek beschermingsmiddelen\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Op grond van de Woo verzoek ik om alle documenten over contacten tussen oud-minister Hugo de Jonge en\n"
        "zakenman Daan Brouwer-Sipkema en diens compagnon Erik Tjoa over de levering van mondkapjes.\n"
        "U kunt mij bereiken op roos@ftm.nl of 06-31887024.\n",
        redact=[
            ("Roos Vermeer-Abdi", "PERSON", E),
            ("Daan Brouwer-Sipkema", "PERSON", E),
            ("Erik Tjoa", "PERSON", E),
            ("roos@ftm.nl", "EMAIL", E),
            ("06-31887024", "PHONE", E),
        ],
        officials=["Hugo de Jonge"],
        visible=["Ministerie van Volksgezondheid, Welzijn en Sport", "Follow the Money", "Woo-verzoek beschermingsmiddelen"],
        batch=17,
    ),
    Doc(
        "en-uk-witness-statement",
        "WITNESS STATEMENT\n"
        "Statement of: Priya DHILLON\n"
        "Age if under 18: Over 18    Occupation: Pharmacist\n"
        "\n"
        "On Saturday 2nd March 2024 at about 22:40 I was working at the chemist on Station Road. A man I now\n"
        "know to be Callum REID came in and shouted at my colleague Agnieszka. REID had been drinking.\n"
        "\n"
        "Signature: P. Dhillon    Date: 03/03/2024\n",
        redact=[
            ("Priya DHILLON", "PERSON", E),
            ("Callum REID", "PERSON", E),
            ("Agnieszka", "PERSON", E),
            ("|REID| had", "PERSON", E),
            ("P. Dhillon", "PERSON", E),
        ],
        visible=["WITNESS STATEMENT", "Pharmacist", "Station Road", "Saturday 2nd March 2024", "03/03/2024"],
        batch=17,
    ),
    # -- batch 18: a British reply chain, a house visit, a note verbale, a complaint file, a tab export ---
    Doc(
        "en-gmail-reply-uk",
        "On Mon, 3 Jun 2024 at 10:12, Olha Marchenko <olha.marchenko@ukr.net> wrote:\n"
        "> Dear Mr Haddad,\n"
        "> I am writing on behalf of my father, Taras Marchenko, who was injured in Kharkiv in May.\n"
        "> He is now in a rehabilitation clinic in Lviv.\n"
        "> Olha\n"
        "\n"
        "Dear Olha,\n"
        "\n"
        "Thank you. I have passed your message to our consular team in Kyiv. Ambassador Hester Somsen is aware.\n"
        "\n"
        "Kind regards,\n"
        "Karim Haddad\n"
        "Consular Officer\n"
        "Sent from Outlook for Android\n",
        redact=[
            ("Olha Marchenko", "PERSON", E),
            ("olha.marchenko@ukr.net", "EMAIL", E),
            ("Mr |Haddad|,", "PERSON", E),
            ("Taras Marchenko", "PERSON", E),
            ("> |Olha|\n", "PERSON", E),
            ("Dear |Olha|,", "PERSON", E),
            ("Karim Haddad", "PERSON", E),
        ],
        passages=[("rehabilitation clinic", SPECIAL)],
        officials=["Hester Somsen"],
        visible=["Kyiv", "Consular Officer", "Sent from Outlook for Android", "Mon, 3 Jun 2024"],
        batch=18,
    ),
    Doc(
        "nl-huisbezoek-ondermijning",
        "Verslag huisbezoek Team Ondermijning\n"
        "Adres: Pijlstraat 7-III, 1074 PB Amsterdam\n"
        "Datum: 20 maart 2024, 10.00 uur\n"
        "Aanwezig namens de gemeente: H. Sitompul (toezichthouder), mr. E. Boukhari (jurist)\n"
        "\n"
        "Bij binnenkomst troffen wij de bewoner, de heer Mirza Ćosić, en zijn vriendin Dagmara aan. Volgens de\n"
        "heer Ćosić wordt de kamer aan de straatkant onderverhuurd aan een zekere Piotr. Er lagen vijf matrassen\n"
        "in de woonkamer. De heer Ćosić is in 2021 veroordeeld wegens woonfraude.\n",
        redact=[
            ("Pijlstraat 7-III, 1074 PB", "ADDRESS", E),
            ("H. Sitompul", "PERSON", E),
            ("mr. E. Boukhari", "PERSON", E),
            ("Mirza Ćosić", "PERSON", E),
            ("Dagmara", "PERSON", E),
            ("Ćosić", "PERSON", E),  # every mention (the first run listed only the second)
            ("Piotr", "PERSON", E),
        ],
        passages=[("veroordeeld wegens woonfraude", SPECIAL)],
        visible=["Team Ondermijning", "Amsterdam", "20 maart 2024"],
        batch=18,
    ),
    Doc(
        "en-note-verbale",
        "No. 127/2024\n"
        "\n"
        "The Embassy of the Republic of Ghana presents its compliments to the Ministry of Foreign Affairs of the\n"
        "Kingdom of the Netherlands and has the honour to inform the Ministry that the new head of mission,\n"
        "Kofi Owusu-Boateng, Ambassador-designate, will arrive in The Hague on 14 September 2024.\n"
        "\n"
        "The Embassy of the Republic of Ghana avails itself of this opportunity to renew to the Ministry the\n"
        "assurances of its highest consideration.\n"
        "\n"
        "The Hague, 2 September 2024\n",
        officials=["Kofi Owusu-Boateng"],
        visible=["Embassy of the Republic of Ghana", "Ministry of Foreign Affairs", "Kingdom of the Netherlands",
                 "The Hague", "14 September 2024", "No. 127/2024"],
        batch=18,
    ),
    Doc(
        "nl-klachtdossier",
        "Klachtdossier 2024-K-0193\n"
        "Klager: mevrouw G.J.M. (Gerda) Olthof-Bakker\n"
        "Beklaagde: B. (Bas) Tuinstra, handhaver\n"
        "Klachtbehandelaar: Irene Ho-Sam-Sooi\n"
        "\n"
        "Mevrouw Olthof-Bakker klaagt over de bejegening door handhaver Tuinstra op 4 maart. Zij stelt dat hij\n"
        "haar uitschold. Tuinstra ontkent dit. Zij kan ook naar de Nationale ombudsman, Reinier van Zutphen.\n",
        redact=[
            ("mevrouw G.J.M. (Gerda) Olthof-Bakker", "PERSON", E),
            ("B. (Bas) Tuinstra", "PERSON", E),
            ("Irene Ho-Sam-Sooi", "PERSON", E),
            ("Mevrouw |Olthof-Bakker|", "PERSON", E),
            ("handhaver |Tuinstra|", "PERSON", E),
            ("|Tuinstra| ontkent", "PERSON", E),
        ],
        officials=["Reinier van Zutphen"],
        visible=["Klachtdossier 2024-K-0193", "4 maart", "Nationale ombudsman"],
        batch=18,
    ),
    Doc(
        "en-tab-export",
        "Case ID\tRequester\tEmail\tStatus\n"
        "FOIA-24-001\tMaria Gonzalez-Ortiz\tmgonzalez@yahoo.com\tClosed\n"
        "FOIA-24-002\tLAWSON, Derek\tdlawson77@aol.com\tOpen\n"
        "FOIA-24-003\tAmerican Civil Liberties Union\tfoia@aclu.org\tOpen\n",
        redact=[
            ("Maria Gonzalez-Ortiz", "PERSON", E),
            ("mgonzalez@yahoo.com", "EMAIL", E),
            ("LAWSON, Derek", "PERSON", E),
            ("dlawson77@aol.com", "EMAIL", E),
        ],
        visible=["American Civil Liberties Union", "foia@aclu.org", "FOIA-24-001", "Closed", "Requester"],
        batch=18,
    ),
    # -- batch 19: a sole trader's grant, a medical advice, a US appeal, a signed decision, a transcript --
    Doc(
        "nl-subsidie-eenmanszaak",
        "Klussenbedrijf Vos\n"
        "t.a.v. de heer T.H. Vos\n"
        "Molenweg 3\n"
        "8271 RB IJsselmuiden\n"
        "\n"
        "Onderwerp: vaststelling subsidie verduurzaming\n"
        "\n"
        "Geachte heer Vos,\n"
        "\n"
        "Uw eenmanszaak (KvK 81234567, btw-nummer NL759233275B02) heeft de subsidie aangevraagd. Wij stellen\n"
        "het bedrag vast op EUR 7.250.\n",
        redact=[
            ("T.H. Vos", "PERSON", E),
            ("Klussenbedrijf |Vos|", "PERSON", E),  # added after the first run: a sole trader's trade name names him
            ("Molenweg 3", "ADDRESS", E),
            ("8271 RB", "ADDRESS", E),
            ("heer |Vos|,", "PERSON", E),
            ("NL759233275B02", "VAT_ID", E),
            # changed in batch 24 (was visible): a sole trader's KvK number points to him (woo-practice.md, PII formats)
            ("81234567", "ID_DOCUMENT", E),
        ],
        visible=["IJsselmuiden", "EUR 7.250"],
        batch=19,
    ),
    Doc(
        "nl-medisch-advies-urgentie",
        "Medisch advies urgentieaanvraag\n"
        "Aanvrager: Fenna Dijkstra-Mulder\n"
        "Adviserend arts: drs. P.W. Kalsbeek, GGD\n"
        "\n"
        "Mevrouw Dijkstra-Mulder is sinds een ongeval rolstoelgebonden en heeft een angststoornis. De huidige\n"
        "woning op drie hoog is ongeschikt. Advies: urgentie toekennen.\n",
        redact=[
            ("Fenna Dijkstra-Mulder", "PERSON", E),
            ("drs. P.W. Kalsbeek", "PERSON", E),
            ("Mevrouw |Dijkstra-Mulder|", "PERSON", E),
        ],
        passages=[("rolstoelgebonden", SPECIAL), ("angststoornis", SPECIAL)],
        visible=["Medisch advies urgentieaanvraag", "GGD", "Advies: urgentie toekennen"],
        batch=19,
    ),
    Doc(
        "en-foia-appeal",
        "Tamika R. Washington\n"
        "2210 Peachtree Rd NE, Apt 1412\n"
        "Atlanta, GA 30309\n"
        "\n"
        "Director, Office of Information Policy\n"
        "U.S. Department of Justice\n"
        "\n"
        "Re: FOIA appeal, request no. EMRUFOIA052024\n"
        "\n"
        "I appeal the withholding of the records about my late husband, Marcus Washington. The agency cited\n"
        "(b)(7)(C) but he has died and I am his next of kin.\n"
        "\n"
        "Sincerely,\n"
        "/s/ Tamika R. Washington\n",
        redact=[
            ("Tamika R. Washington", "PERSON", E),
            ("2210 Peachtree Rd NE, Apt 1412", "ADDRESS", E),
            ("Marcus Washington", "PERSON", E),
        ],
        visible=["Office of Information Policy", "U.S. Department of Justice", "EMRUFOIA052024", "(b)(7)(C)",
                 "Atlanta, GA"],
        batch=19,
    ),
    Doc(
        "nl-besluit-wg",
        "Besluit op bezwaar van de heer Ö. Aksoy\n"
        "\n"
        "Het college verklaart het bezwaar ongegrond.\n"
        "\n"
        "Burgemeester en wethouders van Deventer,\n"
        "\n"
        "de secretaris,                  de burgemeester,\n"
        "w.g. mr. H.J. ten Brinke         w.g. R.C. König\n"
        "\n"
        "Voor eensluidend afschrift,\n"
        "Linda Groothuis-Eijkelkamp, medewerker Juridische Zaken\n",
        redact=[
            ("Ö. Aksoy", "PERSON", E),
            ("Linda Groothuis-Eijkelkamp", "PERSON", E),
        ],
        officials=["H.J. ten Brinke", "R.C. König"],
        visible=["Deventer", "Juridische Zaken", "Voor eensluidend afschrift"],
        batch=19,
    ),
    Doc(
        "nl-transcript-teams",
        "Transcript vergadering Woo-team\n"
        "\n"
        "0:00:12 Jan-Willem Hoekstra\n"
        "Goedemiddag allemaal, zullen we beginnen?\n"
        "\n"
        "0:00:19 Nkechi Okafor\n"
        "Ja. Ik heb de lijst van Merel nog niet gezien.\n"
        "\n"
        "0:00:31 Jan-Willem Hoekstra\n"
        "Die stuurt ze vandaag. Siebren, jij neemt de zienswijzen mee?\n",
        redact=[
            ("Jan-Willem Hoekstra", "PERSON", E),
            ("Nkechi Okafor", "PERSON", E),
            ("Merel", "PERSON", E),
            ("Siebren", "PERSON", E),
        ],
        visible=["Transcript vergadering Woo-team", "0:00:12", "Goedemiddag"],
        batch=19,
    ),
    # -- batch 20: a memcon, an e-mail signature with handles, a citizen's form with short labels, a
    #    classified note naming a source, a school incident log -----------------------------------
    Doc(
        "en-memcon",
        "MEMORANDUM OF CONVERSATION\n"
        "SUBJECT: Bilateral meeting with the Netherlands\n"
        "PARTICIPANTS:\n"
        "U.S.: Under Secretary Marcia Tellefsen; Ambassador Robert Kalman; Daniel Okoro (notetaker)\n"
        "Netherlands: Minister Joost Harmsen; Ambassador Birgitte Tazelaar-Ruys; Ilse Zwartkruis (notetaker)\n"
        "DATE, TIME AND PLACE: June 4, 2024, 10:00-10:45, The Hague\n"
        "\n"
        "Minister Harmsen said that the Netherlands would not block the sanctions package.\n",
        redact=[
            ("Daniel Okoro", "PERSON", E),
            ("Ilse Zwartkruis", "PERSON", E),
        ],
        officials=["Marcia Tellefsen", "Robert Kalman", "Joost Harmsen", "Birgitte Tazelaar-Ruys", "Minister |Harmsen|"],
        visible=["MEMORANDUM OF CONVERSATION", "June 4, 2024", "The Hague", "PARTICIPANTS"],
        batch=20,
    ),
    Doc(
        "nl-handtekening-socials",
        "Dank voor je snelle reactie, ik kom er volgende week op terug.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Marloes de Vries-Tjon\n"
        "Communicatieadviseur | Gemeente Haarlem\n"
        "T 023 511 4410 | M 06 1834 9876\n"
        "X: @marloesdvt | LinkedIn: linkedin.com/in/marloesdevriestjon\n",
        redact=[
            ("Marloes de Vries-Tjon", "PERSON", E),
            ("023 511 4410", "PHONE", E),
            ("06 1834 9876", "PHONE", E),
            ("@marloesdvt", "SOCIAL_MEDIA", E),
            ("linkedin.com/in/marloesdevriestjon", "SOCIAL_MEDIA", E),
        ],
        visible=["Communicatieadviseur", "Gemeente Haarlem"],
        batch=20,
    ),
    Doc(
        "nl-formulier-korte-labels",
        "Naam: dhr. Rachid el Bouazzaoui\n"
        "Geb.datum: 14-02-1979\n"
        "Mob.: +31 (0)6 1987 2245\n"
        "E: rachid.elb@gmail.com\n"
        "Betreft: informatie over mijn parkeerboete (kenmerk 2024/PB/11873)\n",
        redact=[
            ("dhr. Rachid el Bouazzaoui", "PERSON", E),
            ("14-02-1979", "DATE_OF_BIRTH", E),
            ("+31 (0)6 1987 2245", "PHONE", E),
            ("rachid.elb@gmail.com", "EMAIL", E),
        ],
        visible=["2024/PB/11873", "parkeerboete"],
        batch=20,
    ),
    Doc(
        "nl-notitie-bron",
        "Notitie (Stg. Confidentieel)\n"
        "\n"
        "Een bron binnen de moskeevereniging, de heer Y. Ait Taleb, meldde op 3 mei dat twee bestuursleden geld\n"
        "uit Qatar ontvangen. De AIVD is geïnformeerd.\n",
        redact=[("Y. Ait Taleb", "PERSON", E)],
        # a source placed inside an organisation is a source and method of the security service (issue 3)
        passages=[("Stg. Confidentieel", "5.1.1b"), ("De AIVD is geïnformeerd", "5.1.1b"),
                  ("Een bron binnen de moskeevereniging", "5.1.1b")],
        batch=20,
    ),
    Doc(
        "en-school-incident-log",
        "Incident log - Oakfield Primary School\n"
        "Pupil: Amelia-Rose Whitaker (Year 4)\n"
        "Parent: Ms. Danielle Whitaker, 07911 123457\n"
        "\n"
        "Amelia-Rose told her teacher, Mr. Hughes, that she is scared to go home. A referral was made to\n"
        "Children's Social Care on 12 March.\n",
        redact=[
            ("Amelia-Rose Whitaker", "PERSON", E),
            ("Ms. Danielle Whitaker", "PERSON", E),
            ("07911 123457", "PHONE", E),
            ("|Amelia-Rose| told", "PERSON", E),
            ("Mr. Hughes", "PERSON", E),
        ],
        visible=["Oakfield Primary School", "Year 4", "Children's Social Care", "12 March"],
        batch=20,
    ),
    # -- batch 21: a lawyer's letter, children by first name and age, a pipe-separated log, an
    #    authorisation, an EU working paper --------------------------------------------------------
    Doc(
        "nl-advocatenbrief",
        "Advocatenkantoor Kuyper & Oudshoorn\n"
        "mr. drs. F.E. (Fleur) Kuyper, advocaat\n"
        "Onze ref.: FK/2024/118\n"
        "\n"
        "Aan het college van burgemeester en wethouders van Leiden\n"
        "\n"
        "Betreft: ingebrekestelling namens cliënt Stanisław Dąbrowski\n"
        "\n"
        "Edelachtbaar college,\n"
        "\n"
        "Namens mijn cliënt, de heer Dąbrowski, stel ik u in gebreke wegens het niet tijdig beslissen op zijn\n"
        "aanvraag van 2 januari 2024.\n",
        redact=[
            ("mr. drs. F.E. (Fleur) Kuyper", "PERSON", E),
            ("Advocatenkantoor |Kuyper| &", "PERSON", E),  # added after the first run: the firm's name gives hers away
            ("Stanisław Dąbrowski", "PERSON", E),
            ("heer |Dąbrowski|,", "PERSON", E),
        ],
        visible=["FK/2024/118", "Leiden", "2 januari 2024", "Edelachtbaar college"],
        batch=21,
    ),
    Doc(
        "nl-kinderen-leeftijd",
        "Verslag huisbezoek Veilig Thuis\n"
        "\n"
        "Moeder, mevrouw Jessica Verhoef, woont met haar kinderen Lotte (7) en Daan (4) op een flat in\n"
        "Hoogvliet. Lotte gaat naar de Klimopschool. De vader van de kinderen, Kevin Mulder, heeft een\n"
        "contactverbod.\n",
        redact=[
            ("Jessica Verhoef", "PERSON", E),
            ("Lotte", "PERSON", E),
            ("Daan", "PERSON", E),
            ("Kevin Mulder", "PERSON", E),
        ],
        visible=["Veilig Thuis", "Hoogvliet", "Klimopschool"],
        batch=21,
    ),
    Doc(
        "en-foia-log-pipes",
        "| Request no. | Requester name      | Organization        | Subject                 |\n"
        "|-------------|---------------------|---------------------|-------------------------|\n"
        "| 2024-0412   | Harrington, Beth    | Self                | Own immigration file    |\n"
        "| 2024-0413   | Ahmed Osman Farah   | Refugee Law Clinic  | Detention standards     |\n"
        "| 2024-0414   | Washington Post     | Media               | Border contracts        |\n",
        redact=[
            ("Harrington, Beth", "PERSON", E),
            ("Ahmed Osman Farah", "PERSON", E),
        ],
        visible=["Refugee Law Clinic", "Washington Post", "Own immigration file", "2024-0412", "Requester name"],
        batch=21,
    ),
    Doc(
        "nl-machtiging",
        "Machtiging\n"
        "\n"
        "Ondergetekende, Aylin Şahin-Demir, geboren op 2 februari 1990 te Ankara, machtigt hierbij haar broer\n"
        "Emre Şahin om namens haar het Woo-verzoek in te dienen en stukken in ontvangst te nemen.\n"
        "\n"
        "Zwolle, 8 mei 2024\n",
        redact=[
            ("Aylin Şahin-Demir", "PERSON", E),
            ("2 februari 1990", "DATE_OF_BIRTH", E),
            ("Emre Şahin", "PERSON", E),
        ],
        visible=["Machtiging", "Ankara", "Zwolle, 8 mei 2024", "Woo-verzoek"],
        batch=21,
    ),
    Doc(
        "en-eu-working-paper",
        "COUNCIL OF THE EUROPEAN UNION\n"
        "WK 4471/2024 INIT\n"
        "LIMITE\n"
        "\n"
        "From: General Secretariat of the Council\n"
        "To: Working Party on Migration\n"
        "\n"
        "Contact: Mateusz Wiśniewski-Kral, DG JAI, mateusz.wisniewski-kral@consilium.europa.eu\n"
        "\n"
        "Delegations will find attached a revised text. The Presidency invites delegations to send written\n"
        "comments by 15 May. Commissioner Ylva Johansson presented the proposal on 3 May.\n",
        redact=[
            ("Mateusz Wiśniewski-Kral", "PERSON", E),
            ("mateusz.wisniewski-kral@consilium.europa.eu", "EMAIL", E),
        ],
        officials=["Ylva Johansson"],
        visible=["COUNCIL OF THE EUROPEAN UNION", "WK 4471/2024 INIT", "LIMITE", "General Secretariat of the Council",
                 "Working Party on Migration", "DG JAI", "15 May"],
        batch=21,
    ),
    # -- batch 22: mail sent on someone's behalf, an address book with departments, a meeting invite,
    #    a family chat, a Somali name in a case note ----------------------------------------------
    Doc(
        "nl-mail-namens",
        "Van: Secretariaat DGB namens Pieter Bos-Hermans\n"
        "Verzonden: dinsdag 7 mei 2024 08:55\n"
        "Aan: Dijkhuizen, Marit; Achterberg, R.J. (Rob)\n"
        "Onderwerp: agenda DG-overleg\n"
        "\n"
        "Beste Marit en Rob,\n"
        "\n"
        "Bijgaand de agenda voor donderdag. Pieter vraagt of jullie de notitie over Schiphol willen voorbereiden.\n"
        "\n"
        "Groet,\n"
        "Secretariaat DGB\n",
        redact=[
            ("Pieter Bos-Hermans", "PERSON", E),
            ("Dijkhuizen, Marit", "PERSON", E),
            ("Achterberg, R.J. (Rob)", "PERSON", E),
            ("Beste |Marit|", "PERSON", E),
            ("en |Rob|,", "PERSON", E),
            ("|Pieter| vraagt", "PERSON", E),
        ],
        visible=["Secretariaat DGB", "agenda DG-overleg", "Schiphol", "7 mei 2024"],
        batch=22,
    ),
    Doc(
        "en-addressbook-departments",
        "From: Reyes, Gabriel (DHS/OIG) <Gabriel.Reyes@oig.dhs.gov>\n"
        "To: Okonkwo, Chiamaka N (CBP); FOIA Appeals (OGC)\n"
        "Subject: RE: referral of records\n"
        "\n"
        "Chiamaka, the two pages are ours. Gabriel\n",
        redact=[
            ("Reyes, Gabriel", "PERSON", E),
            ("Gabriel.Reyes@oig.dhs.gov", "EMAIL", E),
            ("Okonkwo, Chiamaka N", "PERSON", E),
            ("|Chiamaka|, the", "PERSON", E),
            ("ours. |Gabriel|", "PERSON", E),
        ],
        visible=["DHS/OIG", "CBP", "FOIA Appeals (OGC)", "referral of records"],
        batch=22,
    ),
    Doc(
        "nl-vergaderverzoek",
        "Vergaderverzoek: voorbereiding hoorzitting\n"
        "Organisator: Ingrid Wolthuis-Sam\n"
        "Verplichte deelnemers: Thijs Boersma; Karima Ouali; mr. J.C. Pos\n"
        "Optionele deelnemers: Demi Huisman\n"
        "Locatie: Teams / kamer 4.12 (Stadskantoor)\n"
        "Tijd: woensdag 15 mei 2024 14:00-15:00\n",
        redact=[
            ("Ingrid Wolthuis-Sam", "PERSON", E),
            ("Thijs Boersma", "PERSON", E),
            ("Karima Ouali", "PERSON", E),
            ("mr. J.C. Pos", "PERSON", E),
            ("Demi Huisman", "PERSON", E),
        ],
        visible=["voorbereiding hoorzitting", "Stadskantoor", "15 mei 2024", "kamer 4.12"],
        batch=22,
    ),
    Doc(
        "nl-familiechat",
        "[02-01-2024 19:02] Mama: Opa Henk ligt sinds vanmiddag in het ziekenhuis in Assen\n"
        "[02-01-2024 19:05] Sem: Oh nee. Weet tante Ineke het al?\n"
        "[02-01-2024 19:06] Mama: Ja, zij rijdt er nu heen\n",
        redact=[
            ("Henk", "PERSON", E),
            ("Sem", "PERSON", E),
            ("Ineke", "PERSON", E),
        ],
        passages=[("ligt sinds vanmiddag in het ziekenhuis", SPECIAL)],
        visible=["Mama", "02-01-2024 19:02"],
        batch=22,
    ),
    Doc(
        "en-case-note-somali",
        "Case note, 21 February 2024\n"
        "\n"
        "Met Mr Abdirahman Mohamed Abdi at the reception centre in Ter Apel. He travelled with his cousin,\n"
        "Hodan Abdi Warsame, who is pregnant. Abdirahman asked for a Somali-speaking interpreter.\n",
        redact=[
            ("Mr Abdirahman Mohamed Abdi", "PERSON", E),
            ("Hodan Abdi Warsame", "PERSON", E),
            ("|Abdirahman| asked", "PERSON", E),
        ],
        passages=[("is pregnant", SPECIAL)],
        visible=["Ter Apel", "21 February 2024", "reception centre"],
        batch=22,
    ),
    # -- batch 23: a collegevoorstel with a Steller block, a US Vaughn index, a GGD outbreak memo,
    #    minutes with 'Afwezig met kennisgeving', a letter with a kenmerk/contactpersoon column block ------
    Doc(
        "nl-collegevoorstel-steller",
        "Collegevoorstel\n"
        "Onderwerp: Herinrichting Marktplein Zuidbroek\n"
        "Registratienummer: Z/24/018734\n"
        "Portefeuillehouder: wethouder M. Koopmans-Brink\n"
        "Steller: Roel Hesselink\n"
        "Afdeling: Ruimte en Wonen\n"
        "Telefoonnummer: (0598) 69 24 31\n"
        "Datum collegevergadering: 9 april 2024\n"
        "\n"
        "1. Aanleiding\n"
        "Bewoners van het Marktplein hebben in februari een petitie aangeboden. Woordvoerder van de bewonersgroep\n"
        "is mevrouw Jantine Sikkema-Reinders; zij vraagt om een tweede inspraakavond. Daarnaast heeft de eigenaar\n"
        "van café De Eendracht, dhr. H.B. Tuinstra, bezwaar gemaakt tegen het verplaatsen van het terras.\n"
        "\n"
        "2. Voorstel\n"
        "Het college stemt in met het schetsontwerp en vraagt Roel de inspraakavond voor te bereiden.\n",
        redact=[
            ("Roel Hesselink", "PERSON", E),
            ("(0598) 69 24 31", "PHONE", E),
            ("Jantine Sikkema-Reinders", "PERSON", E),
            ("H.B. Tuinstra", "PERSON", E),
            ("vraagt |Roel| de", "PERSON", E),
        ],
        officials=["M. Koopmans-Brink"],
        visible=["Marktplein Zuidbroek", "Z/24/018734", "Ruimte en Wonen", "9 april 2024", "De Eendracht",
                 "Collegevoorstel"],
        batch=23,
    ),
    Doc(
        "en-vaughn-index",
        "VAUGHN INDEX - Civil Action No. 1:23-cv-02284 (D.D.C.)\n"
        "Defendant: U.S. Immigration and Customs Enforcement\n"
        "\n"
        "Doc. No. | Date | Description | Pages | Exemption(s) | Withheld information\n"
        "VI-0012 | 03/14/2022 | Email from Priya Venkataraman (ERO) to Daniel Oyelaran-Smith re detainee transfer | 2 |"
        " (b)(6), (b)(7)(C) | Names, phone number (202) 732-4491 and email address of ICE employees\n"
        "VI-0013 | 03/15/2022 | Memorandum for the record by SA K. Brzezinski | 4 | (b)(7)(E) | Law enforcement techniques\n"
        "VI-0014 | 03/17/2022 | Letter from Senator Alex Padilla to Acting Director Tae D. Johnson | 1 | none |"
        " Released in full\n",
        redact=[
            ("Priya Venkataraman", "PERSON", E),
            ("Daniel Oyelaran-Smith", "PERSON", E),
            ("(202) 732-4491", "PHONE", E),
            ("K. Brzezinski", "PERSON", E),
        ],
        officials=["Alex Padilla", "Tae D. Johnson"],
        visible=["U.S. Immigration and Customs Enforcement", "ERO", "03/14/2022", "Law enforcement techniques",
                 "VI-0013", "ICE employees"],
        batch=23,
    ),
    Doc(
        "nl-ggd-contactonderzoek",
        "GGD Drenthe - Memo infectieziektebestrijding\n"
        "Betreft: cluster legionella Emmen (melding 2024-0412)\n"
        "Datum: 22 augustus 2024\n"
        "Opgesteld door: arts infectieziektebestrijding T. Schuurman-Bakker\n"
        "\n"
        "Indexpatiënt: man, 67 jaar, woonachtig Houtweg 14, 7811 KD Emmen, BSN 239487114.\n"
        "Contactonderzoek:\n"
        "- echtgenote, mevrouw G. Oldenhof\n"
        "- kleinzoon Jesse (14), logeerde van 10 tot 17 augustus bij hen\n"
        "- buurman dhr. Wiktor Zieliński, deelde de buitendouche\n"
        "Bron: vermoedelijk de whirlpool van camping De Vlinderhoeve. Eigenaar Harm Jan Bruggink is gevraagd de\n"
        "whirlpool te sluiten.\n",
        redact=[
            ("T. Schuurman-Bakker", "PERSON", E),
            ("Houtweg 14, 7811 KD", "ADDRESS", E),
            ("239487114", "BSN", BSN_GROUND),
            ("G. Oldenhof", "PERSON", E),
            ("Jesse", "PERSON", E),
            ("Wiktor Zieliński", "PERSON", E),
            ("Harm Jan Bruggink", "PERSON", E),
        ],
        visible=["GGD Drenthe", "22 augustus 2024", "De Vlinderhoeve", "melding 2024-0412"],
        batch=23,
    ),
    Doc(
        "nl-notulen-kennisgeving",
        "Notulen Cliëntenraad Sociaal Domein Westerkwartier\n"
        "Datum: 4 juni 2024, 19.30 uur, gemeentehuis Zuidhorn\n"
        "Aanwezig: Gerrit-Jan Wierenga (voorzitter), Hanneke Dijkstra-Oosting, Abdelkader Boukhari\n"
        "Namens de gemeente: Sanne Meijering (beleidsadviseur Wmo)\n"
        "Afwezig met kennisgeving: Bartholomeus (Bart) Hoogeveen, mw. J. van Rijs-Kalsbeek\n"
        "Afwezig zonder kennisgeving: Dimitri Papadopoulos\n"
        "\n"
        "1. Opening en mededelingen\n"
        "De voorzitter opent de vergadering. Wethouder Thea Blaauw sluit om 20.15 uur aan voor agendapunt 3.\n"
        "Abdelkader meldt dat hij namens de raad bij de inspraakavond over het armoedebeleid was.\n"
        "\n"
        "2. Verslag vorige vergadering\n"
        "Op pagina 2 moet 'mevrouw Dijkstra' worden gelezen als 'mevrouw Dijkstra-Oosting'. Het verslag is vastgesteld.\n",
        redact=[
            ("Gerrit-Jan Wierenga", "PERSON", E),
            ("Hanneke Dijkstra-Oosting", "PERSON", E),
            ("Abdelkader Boukhari", "PERSON", E),
            ("Sanne Meijering", "PERSON", E),
            ("Bartholomeus (Bart) Hoogeveen", "PERSON", E),
            ("J. van Rijs-Kalsbeek", "PERSON", E),
            ("Dimitri Papadopoulos", "PERSON", E),
            ("|Abdelkader| meldt", "PERSON", E),
            ("mevrouw |Dijkstra|'", "PERSON", E),
            ("mevrouw |Dijkstra-Oosting|'", "PERSON", E),  # added after the first run: the name is the same person's
        ],
        officials=["Thea Blaauw"],
        visible=["Cliëntenraad Sociaal Domein Westerkwartier", "Zuidhorn", "4 juni 2024", "beleidsadviseur Wmo"],
        batch=23,
    ),
    Doc(
        "nl-brief-kenmerkblok",
        "Gemeente Hardenberg\n"
        "Postbus 500, 7770 BA Hardenberg\n"
        "\n"
        "Aan de heer O. Kovalenko\n"
        "Stationsstraat 22-B\n"
        "7772 AB Hardenberg\n"
        "\n"
        "Uw kenmerk        Ons kenmerk        Contactpersoon        Doorkiesnummer\n"
        "brief 3-2-2024    SZ/2024/00871      Wouter Brinkhuis      0523 - 28 93 10\n"
        "\n"
        "Datum: 14 februari 2024\n"
        "Onderwerp: terugvordering bijstand\n"
        "\n"
        "Geachte heer Kovalenko,\n"
        "\n"
        "Uit onze gegevens blijkt dat u van 1 oktober tot en met 31 december 2023 inkomsten had uit werk bij\n"
        "Uitzendbureau FlexPlus, die u niet aan ons heeft doorgegeven. Ook uw echtgenote, mevrouw Olena Kovalenko-Hrytsenko,\n"
        "had in die periode inkomsten. Wij vorderen daarom € 1.842,17 terug. Wij verrekenen dit bedrag met de bijstand\n"
        "die wij storten op uw rekening NL91 INGB 0008 1234 90.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens het college van burgemeester en wethouders,\n"
        "\n"
        "W. Brinkhuis\n"
        "consulent Werk en Inkomen\n",
        redact=[
            ("O. Kovalenko", "PERSON", E),
            ("Stationsstraat 22-B", "ADDRESS", E),
            ("7772 AB", "ADDRESS", E),
            ("Wouter Brinkhuis", "PERSON", E),
            ("0523 - 28 93 10", "PHONE", E),
            ("heer |Kovalenko|,", "PERSON", E),
            ("Olena Kovalenko-Hrytsenko", "PERSON", E),
            ("NL91 INGB 0008 1234 90", "IBAN", E),
            ("W. Brinkhuis", "PERSON", E),
        ],
        visible=["Gemeente Hardenberg", "Postbus 500, 7770 BA Hardenberg", "SZ/2024/00871", "14 februari 2024",
                 "Uitzendbureau FlexPlus", "consulent Werk en Inkomen", "terugvordering bijstand"],
        batch=23,
    ),
    # -- batch 24: an Outlook mail in English with foreign numbers, a UK inspection report with witness
    #    initials, a Woo request for views to a sole trader, a Belgian accident report, an IND interview ------
    Doc(
        "en-outlook-sent-foreign-numbers",
        "From: Kowalczyk, Agnieszka <agnieszka.kowalczyk@rotterdam.nl>\n"
        "Sent: Tuesday, 5 March 2024 16:12\n"
        "To: Bakker, Joost; 'Ferhat Yıldırım'\n"
        "Cc: Woo-team Rotterdam <woo@rotterdam.nl>\n"
        "Subject: FW: request 2024-117 / contact details\n"
        "\n"
        "Joost, Ferhat,\n"
        "\n"
        "The requester, Mr Wojciech Nowak-Lis, called again this morning from his Polish mobile (+48 601 234 871).\n"
        "He also left a Belgian number: 0475 29 18 63. I told him we would answer before 20 March.\n"
        "\n"
        "Agnieszka Kowalczyk\n"
        "Legal adviser | Public Information Team\n"
        "T 010 - 267 14 92\n",
        redact=[
            ("Kowalczyk, Agnieszka", "PERSON", E),
            ("agnieszka.kowalczyk@rotterdam.nl", "EMAIL", E),
            ("Bakker, Joost", "PERSON", E),
            ("Ferhat Yıldırım", "PERSON", E),
            ("|Joost|, Ferhat", "PERSON", E),
            ("Joost, |Ferhat|,", "PERSON", E),
            ("Wojciech Nowak-Lis", "PERSON", E),
            ("+48 601 234 871", "PHONE", E),
            ("0475 29 18 63", "PHONE", E),
            ("Agnieszka Kowalczyk", "PERSON", E),
            ("010 - 267 14 92", "PHONE", E),
        ],
        visible=["Woo-team Rotterdam <woo@rotterdam.nl>", "request 2024-117", "5 March 2024", "20 March",
                 "Public Information Team"],
        batch=24,
    ),
    Doc(
        "en-hse-inspection-witnesses",
        "HEALTH AND SAFETY EXECUTIVE - Inspection report\n"
        "Premises: Millbrook Recycling Ltd, Unit 7, Harbour Trading Estate, Grimsby\n"
        "Inspector: Dawn Ellery (HM Inspector of Health and Safety)\n"
        "Date of visit: 11 September 2023\n"
        "\n"
        "3. Findings\n"
        "3.1 The shift supervisor, Mr Kwame Asante-Boateng, stated that the guard on baler 2 had been removed weeks ago.\n"
        "3.2 Two operatives were interviewed. Witness W1 (T.R.) confirmed this; witness W2 (S.McK.) declined to give\n"
        "a statement. The injured person, Craig Thewlis, aged 42, was off work for nine weeks.\n"
        "3.3 The managing director, Rachel Oduya-Grant, accepted the findings on behalf of the company.\n",
        redact=[
            ("Dawn Ellery", "PERSON", E),
            ("Kwame Asante-Boateng", "PERSON", E),
            ("T.R.", "PERSON", E),
            ("S.McK.", "PERSON", E),
            ("Craig Thewlis", "PERSON", E),
            ("Rachel Oduya-Grant", "PERSON", E),
        ],
        visible=["Millbrook Recycling Ltd", "Harbour Trading Estate", "Grimsby", "11 September 2023",
                 "HM Inspector of Health and Safety", "HEALTH AND SAFETY EXECUTIVE"],
        batch=24,
    ),
    Doc(
        "nl-zienswijzeverzoek-eenmanszaak",
        "Klusbedrijf Demir\n"
        "t.a.v. de heer Y. Demir\n"
        "Vlierstraat 9\n"
        "6843 KL Arnhem\n"
        "\n"
        "Ons kenmerk: WOO-2024-0311/zv\n"
        "Datum: 2 juli 2024\n"
        "Onderwerp: verzoek om zienswijze (artikel 4.4 Woo)\n"
        "\n"
        "Geachte heer Demir,\n"
        "\n"
        "Wij hebben een verzoek ontvangen op grond van de Wet open overheid om documenten over de subsidie voor\n"
        "verduurzaming van bedrijfspanden. Onder de documenten is uw aanvraag van 14 maart 2023. Uw bedrijf is een\n"
        "eenmanszaak (KvK-nummer 81472390) en het vestigingsadres is ook uw woonadres. Wij zijn daarom van plan uw\n"
        "naam, uw KvK-nummer en uw adres niet openbaar te maken. U kunt binnen twee weken uw zienswijze geven.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens het college van burgemeester en wethouders van Arnhem,\n"
        "\n"
        "mr. drs. Lotte Veldhuis-Obbink\n"
        "juridisch adviseur Woo\n",
        redact=[
            ("Klusbedrijf |Demir|", "PERSON", E),
            ("Y. Demir", "PERSON", E),
            ("Vlierstraat 9", "ADDRESS", E),
            ("6843 KL", "ADDRESS", E),
            ("heer |Demir|,", "PERSON", E),
            ("81472390", "KVK", E),
            ("Lotte Veldhuis-Obbink", "PERSON", E),
        ],
        visible=["WOO-2024-0311/zv", "2 juli 2024", "14 maart 2023", "Wet open overheid", "artikel 4.4 Woo",
                 "juridisch adviseur Woo"],
        batch=24,
    ),
    Doc(
        "nl-be-pv-verkeersongeval",
        "PROCES-VERBAAL VAN VERKEERSONGEVAL\n"
        "Politiezone Gent - PV nr. GE.55.L3.012345/2024\n"
        "\n"
        "Op 18 mei 2024 omstreeks 17.40 uur kwamen op de kruising van de Kortrijksesteenweg met de Sint-Denijslaan\n"
        "twee voertuigen met elkaar in aanraking.\n"
        "\n"
        "Bestuurder 1: VANDENBROUCKE Jean-Luc, geboren te Gent op 12/07/1985, rijksregisternummer 85.07.12-033.83,\n"
        "wonende Kortrijksesteenweg 1021, 9051 Sint-Denijs-Westrem, gsm 0475 29 18 63, nummerplaat 1-ABC-123.\n"
        "Bestuurder 2: Matthias SCHRÖDER, Duitse nationaliteit, geboren op 3 maart 1979 te Keulen.\n"
        "Getuige: mevrouw Annelies De Smet-Vercruysse, die de botsing zag vanaf de bushalte.\n"
        "\n"
        "Verbalisant: inspecteur Pieter-Jan Maes\n",
        redact=[
            ("VANDENBROUCKE Jean-Luc", "PERSON", E),
            ("12/07/1985", "DATE_OF_BIRTH", E),
            ("85.07.12-033.83", "ID_DOCUMENT", E),
            ("Kortrijksesteenweg 1021", "ADDRESS", E),
            ("9051", "ADDRESS", E),
            ("0475 29 18 63", "PHONE", E),
            ("1-ABC-123", "LICENSE_PLATE", E),
            ("Matthias SCHRÖDER", "PERSON", E),
            ("3 maart 1979", "DATE_OF_BIRTH", E),
            ("Annelies De Smet-Vercruysse", "PERSON", E),
            ("Pieter-Jan Maes", "PERSON", E),
        ],
        visible=["Politiezone Gent", "GE.55.L3.012345/2024", "18 mei 2024", "de |Kortrijksesteenweg| met",
                 "Sint-Denijslaan", "Duitse nationaliteit"],
        batch=24,
    ),
    Doc(
        "nl-ind-nader-gehoor",
        "Verslag nader gehoor gezinshereniging\n"
        "Referent: Fatima-Zahra Bouazza (V-nummer 2839104756)\n"
        "Gemachtigde: mr. S.E. Wijnands, advocaat te Utrecht\n"
        "\n"
        "De referent verklaart dat zij op 2 december 1991 in Nador is geboren. Haar echtgenoot, Mehmet Ali Çelik,\n"
        "is geboren op veertien januari 1985 in Kayseri en heeft een Nederlandse identiteitskaart, nummer NR4KL29T6.\n"
        "Zij trouwden in 2015 in Istanbul. Hun dochter Elif Nur (6) woont bij haar grootmoeder in Kayseri.\n"
        "De tolk, de heer B. Ait Lahcen, vertaalde uit het Tamazight.\n",
        redact=[
            ("Fatima-Zahra Bouazza", "PERSON", E),
            ("2839104756", "ID_DOCUMENT", E),
            ("S.E. Wijnands", "PERSON", E),
            ("2 december 1991", "DATE_OF_BIRTH", E),
            ("Mehmet Ali Çelik", "PERSON", E),
            ("veertien januari 1985", "DATE_OF_BIRTH", E),
            ("NR4KL29T6", "ID_DOCUMENT", E),
            ("Elif Nur", "PERSON", E),
            ("B. Ait Lahcen", "PERSON", E),
        ],
        visible=["Nador", "Kayseri", "Istanbul", "Tamazight", "Utrecht"],
        batch=24,
    ),
    # -- batch 25: a reception centre's resident list, an FBI-style interview report, a German letter from
    #    across the border, a US sworn declaration, phone numbers written every way ------------------------
    Doc(
        "nl-opvang-bewonerslijst",
        "Gemeentelijke opvang Oekraïense ontheemden - locatie Sporthal De Wielewaal\n"
        "Overzicht bewoners kamer 1 t/m 3 (stand 1 maart 2024)\n"
        "\n"
        "Achternaam      Voornaam       Geb.datum     Kamer   Bijzonderheden\n"
        "Tkachuk         Oksana         11-04-1986    1       moeder van Danylo\n"
        "Tkachuk         Danylo         02-09-2015    1\n"
        "Melnyk          Oleksandr      23-12-1958    2       rolstoel\n"
        "Bondarenko      Kateryna       07-06-1993    3       werkt bij Kwekerij Van Dijk\n"
        "\n"
        "Contactpersoon locatie: Femke Harmsen-Udo, 06 - 21 48 77 35\n",
        redact=[
            ("Tkachuk         Oksana", "PERSON", E),
            ("Tkachuk         Danylo", "PERSON", E),
            ("van |Danylo|", "PERSON", E),
            ("Melnyk          Oleksandr", "PERSON", E),
            ("Bondarenko      Kateryna", "PERSON", E),
            ("11-04-1986", "DATE_OF_BIRTH", E),
            ("02-09-2015", "DATE_OF_BIRTH", E),
            ("23-12-1958", "DATE_OF_BIRTH", E),
            ("07-06-1993", "DATE_OF_BIRTH", E),
            ("Femke Harmsen-Udo", "PERSON", E),
            ("06 - 21 48 77 35", "PHONE", E),
        ],
        visible=["Sporthal De Wielewaal", "1 maart 2024", "Kwekerij Van Dijk", "Achternaam", "Voornaam"],
        batch=25,
    ),
    Doc(
        "en-interview-report-302",
        "FEDERAL BUREAU OF INVESTIGATION\n"
        "Date of transcription: 04/18/2023\n"
        "\n"
        "RAMIREZ-OCHOA, Luis Alberto, date of birth 07/22/1981, Social Security Account Number 318-62-4470, was\n"
        "interviewed at his residence, 2217 W. Cermak Rd, Chicago, Illinois, telephone (312) 421-6630. After being\n"
        "advised of the identity of the interviewing Agents, RAMIREZ-OCHOA provided the following information:\n"
        "RAMIREZ-OCHOA has worked for Midway Freight Solutions since 2019. His supervisor is DONNELLY, Patrick.\n"
        "\n"
        "Investigation on 04/17/2023 at Chicago, Illinois\n"
        "by SA Jennifer L. Kowalski, SA Marcus T. Greene\n",
        redact=[
            ("RAMIREZ-OCHOA, Luis Alberto", "PERSON", E),
            ("07/22/1981", "DATE_OF_BIRTH", E),
            ("318-62-4470", "SSN", E),
            ("2217 W. Cermak Rd", "ADDRESS", E),
            ("(312) 421-6630", "PHONE", E),
            ("Agents, |RAMIREZ-OCHOA| provided", "PERSON", E),
            ("\n|RAMIREZ-OCHOA| has", "PERSON", E),
            ("DONNELLY, Patrick", "PERSON", E),
            ("Jennifer L. Kowalski", "PERSON", E),
            ("Marcus T. Greene", "PERSON", E),
        ],
        visible=["FEDERAL BUREAU OF INVESTIGATION", "Midway Freight Solutions", "04/17/2023", "Chicago, Illinois"],
        batch=25,
    ),
    Doc(
        "de-brief-euregio",
        "Kreis Borken - Der Landrat\n"
        "Fachbereich Straßenbau\n"
        "\n"
        "Provincie Gelderland\n"
        "z. Hd. Herrn Bart Oude Luttikhuis\n"
        "Postbus 9090\n"
        "6800 GX Arnhem\n"
        "\n"
        "Ihr Zeichen: 2024-011867     Unser Zeichen: 66.2-Ha     Datum: 12.03.2024\n"
        "\n"
        "Sehr geehrter Herr Oude Luttikhuis,\n"
        "\n"
        "Landrat Dr. Kai Zwicker hat mich gebeten, Ihnen die Planung für die Grenzbrücke bei Dinxperlo zu senden.\n"
        "Für Rückfragen steht Ihnen Frau Sabine Hövelmann-Kuhn (Tel. +49 2861 681-4417) gerne zur Verfügung.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Im Auftrag\n"
        "\n"
        "Lars Wehmeyer\n",
        redact=[
            ("Bart Oude Luttikhuis", "PERSON", E),
            ("Herr |Oude Luttikhuis|,", "PERSON", E),
            ("Sabine Hövelmann-Kuhn", "PERSON", E),
            ("+49 2861 681-4417", "PHONE", E),
            ("Lars Wehmeyer", "PERSON", E),
        ],
        officials=["Kai Zwicker"],
        visible=["Kreis Borken", "Fachbereich Straßenbau", "Provincie Gelderland", "Postbus 9090", "Dinxperlo",
                 "Grenzbrücke", "12.03.2024", "2024-011867"],
        batch=25,
    ),
    Doc(
        "en-sworn-declaration",
        "UNITED STATES DEPARTMENT OF JUSTICE\n"
        "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW - IMMIGRATION COURT, NEWARK, NJ\n"
        "In the Matter of: OLIVEIRA SANTOS, Maria Fernanda    A# 214-887-305\n"
        "Immigration Judge: Hon. Rebecca L. Harmon\n"
        "\n"
        "DECLARATION OF MARIA FERNANDA OLIVEIRA SANTOS\n"
        "\n"
        "I, Maria Fernanda Oliveira Santos, declare under penalty of perjury that the following is true:\n"
        "1. I was born in Goiânia, Brazil. I came to the United States in 2019 with my son, Thiago, who is now nine.\n"
        "2. My former partner, Rodrigo Paiva Lemos, threatened me several times before I left.\n"
        "\n"
        "Executed on March 4, 2024, at Newark, New Jersey.\n"
        "/s/ Maria F. Oliveira Santos\n",
        redact=[
            ("OLIVEIRA SANTOS, Maria Fernanda", "PERSON", E),
            ("214-887-305", "ID_DOCUMENT", E),
            ("MARIA FERNANDA OLIVEIRA SANTOS", "PERSON", E),
            ("I, |Maria Fernanda Oliveira Santos|,", "PERSON", E),
            ("Thiago", "PERSON", E),
            ("Rodrigo Paiva Lemos", "PERSON", E),
            ("Maria F. Oliveira Santos", "PERSON", E),
        ],
        officials=["Rebecca L. Harmon"],
        visible=["Goiânia, Brazil", "March 4, 2024", "Newark, New Jersey", "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW"],
        batch=25,
    ),
    Doc(
        "nl-mail-telefoonnummers",
        "Van: Yvonne Kuijpers-Sanches\n"
        "Verzonden: vrijdag 19 april 2024 11:03\n"
        "Aan: Teamleiders Burgerzaken\n"
        "Onderwerp: bereikbaarheid tijdens de verhuizing\n"
        "Urgentie: Hoog\n"
        "\n"
        "Collega's,\n"
        "\n"
        "Tijdens de verhuizing zijn we zo te bereiken:\n"
        "- Gijs Verbeek: +31(0)6-2148 7735\n"
        "- Nadia Bakkali: (+31) 6 4021 8877\n"
        "- receptie: 0031-(0)20-5553417\n"
        "- Olena Kravchuk (tolk Oekraïens): +380 67 431 2290\n"
        "Bel mij voor spoed op 0621487735 of +31 (0)6 18 22 40 97 (privé).\n"
        "\n"
        "Yvonne\n",
        redact=[
            ("Yvonne Kuijpers-Sanches", "PERSON", E),
            ("Gijs Verbeek", "PERSON", E),
            ("+31(0)6-2148 7735", "PHONE", E),
            ("Nadia Bakkali", "PERSON", E),
            ("(+31) 6 4021 8877", "PHONE", E),
            ("Olena Kravchuk", "PERSON", E),
            ("+380 67 431 2290", "PHONE", E),
            ("0621487735", "PHONE", E),
            ("+31 (0)6 18 22 40 97", "PHONE", E),
            ("\n|Yvonne|\n", "PERSON", E),
        ],
        visible=["Teamleiders Burgerzaken", "19 april 2024", "Urgentie: Hoog", "Collega's", "0031-(0)20-5553417"],
        batch=25,
    ),
    # -- batch 31: a beslisnota marked Stg. Geheim, a minister's public speech, a US cable summary,
    #    a probation report, an e-mail thread with opinions --------------------------------------------
    Doc(
        "nl-beslisnota-stg-geheim",
        "STG. GEHEIM\n"
        "Beslisnota\n"
        "Aan: de minister van Justitie en Veiligheid\n"
        "Van: DGSenB\n"
        "Via: SG\n"
        "Kopie aan: NCTV, BZ/DVB\n"
        "Datum: 4 april 2024\n"
        "Contactpersoon: Ruben Vlietstra, DGSenB/DVC, 06-48213390\n"
        "\n"
        "Geadviseerd besluit\n"
        "Instemmen met voortzetting van de informatie-uitwisseling over uitreizigers met Jordanië.\n"
        "\n"
        "Kernpunten\n"
        "- De Jordaanse zusterdienst levert sinds 2019 namen van uitreizigers die via Amman reizen.\n"
        "- Volgens de Jordaanse ambassadeur wil Amman de afspraken niet publiek maken.\n"
        "- Het kabinet heeft de Kamer op 3 november 2023 over de samenwerking met derde landen geïnformeerd.\n"
        "\n"
        "Kanttekeningen\n"
        "- Wat mij betreft wegen de veiligheidsbelangen zwaarder dan het risico op imagoschade.\n"
        "- De directie Wetgeving ziet geen juridische belemmeringen.\n"
        "\n"
        "Advies\n"
        "Ik stel voor dat u instemt en de Kamer in een besloten overleg informeert.\n",
        redact=[
            ("Ruben Vlietstra", "PERSON", E),
            ("06-48213390", "PHONE", E),
        ],
        passages=[("STG. GEHEIM", "5.1.1b"), ("zusterdienst", "5.1.1b"), ("niet publiek maken", "5.1.2a"),
                  ("Wat mij betreft", "5.2.1"), ("Ik stel voor", "5.2.1")],
        visible=["NCTV", "BZ/DVB", "DGSenB", "Geadviseerd besluit", "Kanttekeningen", "4 april 2024",
                 "Het kabinet heeft de Kamer op 3 november 2023", "De directie Wetgeving ziet geen juridische"],
        batch=31,
    ),
    Doc(
        "nl-toespraak-minister",
        "Toespraak van minister David van Weel bij de opening van het Nationaal Cybersecuritycongres,\n"
        "Den Haag, 9 oktober 2024\n"
        "Het gesproken woord geldt.\n"
        "\n"
        "Dames en heren,\n"
        "\n"
        "Naar mijn mening is digitale weerbaarheid geen taak van de overheid alleen. Ik vind dat bedrijven die\n"
        "vitale diensten leveren zelf meer moeten investeren. Ik zou iedere bestuurder willen aanraden dit\n"
        "onderwerp op de agenda van de raad van bestuur te zetten.\n"
        "\n"
        "De AIVD en de MIVD waarschuwen in hun openbare jaarverslagen al jaren voor statelijke actoren.\n"
        "Dat beeld deel ik.\n"
        "\n"
        "Dank u wel.\n",
        officials=["David van Weel"],
        visible=["Naar mijn mening is digitale weerbaarheid", "Ik vind dat bedrijven", "Ik zou iedere bestuurder",
                 "De AIVD en de MIVD", "Nationaal Cybersecuritycongres", "9 oktober 2024"],
        batch=31,
    ),
    Doc(
        "en-cable-noforn",
        "SECRET//NOFORN\n"
        "SUBJECT: NETHERLANDS: FM DISCUSSES SAHEL CONTRIBUTION\n"
        "REF: STATE 041187\n"
        "\n"
        "1. (C) Summary: During a call on 14 March, Foreign Minister Caspar Veldkamp told the Ambassador that\n"
        "the Netherlands would not renew its Sahel contribution. End summary.\n"
        "2. (S//NF) The Minister's chief of staff, Jorien Plasmeijer, said privately that the coalition partners\n"
        "had vetoed a renewal, and asked that this not be shared with other Allies.\n"
        "3. (C) Post's view: the decision is final. We would recommend that Washington not press the issue\n"
        "before the NATO summit.\n"
        "4. (U) The Minister repeated the public line at a press conference later that day: the Netherlands\n"
        "remains committed to the region.\n",
        redact=[("Jorien Plasmeijer", "PERSON", E)],
        # the banner and portion markings of a US cable stay visible, as in en-cable-markings (batch 14)
        passages=[("said privately", "5.1.2a"), ("asked that this not be shared", "5.1.2a"),
                  ("We would recommend", "5.2.1")],
        officials=["Caspar Veldkamp"],
        visible=["SECRET//NOFORN", "STATE 041187", "14 March", "told the Ambassador", "The Minister repeated the public line"],
        batch=31,
    ),
    Doc(
        "nl-reclasseringsadvies",
        "Reclassering Nederland\n"
        "Adviesrapport\n"
        "Betreft: Kevin Dorrestijn, geboren 11-06-1998\n"
        "Opdrachtgever: Openbaar Ministerie, arrondissementsparket Amsterdam\n"
        "\n"
        "Kevin werd in 2019 veroordeeld tot een taakstraf van 80 uur voor winkeldiefstal. In 2022 volgde een\n"
        "voorwaardelijke gevangenisstraf wegens bedreiging. Hij gebruikt sinds zijn vijftiende dagelijks cannabis\n"
        "en is in 2023 gediagnosticeerd met ADHD. Betrokkene verblijft sinds zijn aanhouding in het Huis van\n"
        "Bewaring.\n"
        "\n"
        "Naar het oordeel van de reclassering is het risico op herhaling gemiddeld.\n"
        "\n"
        "Advies: een voorwaardelijke straf met meldplicht en een ambulante behandeling bij de verslavingszorg.\n"
        "\n"
        "Reclasseringswerker: Sanne Oudejans\n",
        redact=[
            ("Kevin Dorrestijn", "PERSON", E),
            ("11-06-1998", "DATE_OF_BIRTH", E),
            ("|Kevin| werd", "PERSON", E),
            ("Sanne Oudejans", "PERSON", E),
        ],
        passages=[("veroordeeld tot een taakstraf", SPECIAL), ("voorwaardelijke gevangenisstraf", SPECIAL),
                  ("dagelijks cannabis", SPECIAL), ("gediagnosticeerd met ADHD", SPECIAL),
                  ("sinds zijn aanhouding", SPECIAL), ("behandeling bij de verslavingszorg", SPECIAL)],
        visible=["Reclassering Nederland", "Openbaar Ministerie", "arrondissementsparket Amsterdam",
                 "Naar het oordeel van de reclassering"],
        batch=31,
    ),
    Doc(
        "nl-mail-ik-vind",
        "Van: Marloes Groenewegen <m.groenewegen@minszw.nl>\n"
        "Verzonden: donderdag 6 juni 2024 16:40\n"
        "Aan: Bas Kuijpers <bas.kuijpers@minszw.nl>\n"
        "Onderwerp: RE: reactie op rapport Inspectie\n"
        "\n"
        "Bas,\n"
        "\n"
        "Eerlijk gezegd vind ik dat we het rapport niet moeten bagatelliseren. Persoonlijk denk ik dat de\n"
        "staatssecretaris beter meteen excuses kan aanbieden.\n"
        "\n"
        "De feiten op een rij: de Inspectie onderzocht 42 dossiers en vond in 17 gevallen een te late beslissing.\n"
        "\n"
        "Groet,\n"
        "Marloes\n"
        "\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Bas Kuijpers\n"
        "Verzonden: donderdag 6 juni 2024 11:02\n"
        "Onderwerp: reactie op rapport Inspectie\n"
        "\n"
        "Marloes, de staatssecretaris wil voor het debat een lijn. Volgens mij kunnen we volstaan met een\n"
        "verwijzing naar het verbeterplan. Wat vind jij?\n",
        redact=[
            ("Marloes Groenewegen", "PERSON", E),
            ("m.groenewegen@minszw.nl", "EMAIL", E),
            ("Bas Kuijpers", "PERSON", E),
            ("bas.kuijpers@minszw.nl", "EMAIL", E),
            ("|Bas|,", "PERSON", E),
            ("Groet,\n|Marloes|", "PERSON", E),
            ("|Marloes|, de", "PERSON", E),
        ],
        passages=[("vind ik dat we", "5.2.1"), ("Persoonlijk denk ik", "5.2.1"), ("Volgens mij", "5.2.1")],
        visible=["De feiten op een rij", "Wat vind jij?", "rapport Inspectie", "6 juni 2024"],
        batch=31,
    ),
    # -- batch 32: a threat assessment, a GGD note on confused behaviour, a safety-house case meeting,
    #    a factual policy memo, a UK ministerial submission -------------------------------------------
    Doc(
        "nl-dreigingsinschatting",
        "Departementaal Vertrouwelijk\n"
        "Dreigingsinschatting Koningsdag 2024, Emmen\n"
        "Opgesteld door: NCTV, Directie Dreigingsanalyse\n"
        "Contactpersoon: Hidde Zwartjes, 06-31877402\n"
        "\n"
        "1. Algemeen\n"
        "Het dreigingsniveau voor Nederland is 4 op een schaal van 5, zoals vermeld in het openbare\n"
        "Dreigingsbeeld Terrorisme Nederland van december 2023.\n"
        "\n"
        "2. Specifieke informatie\n"
        "Uit informatie van een buitenlandse partnerdienst blijkt dat een man uit de regio contact heeft met een\n"
        "jihadistisch netwerk in Syrië. Een menselijke bron meldt dat hij een bezoek aan Emmen overweegt.\n"
        "Betrokkene is in 2021 veroordeeld wegens het verspreiden van terroristische propaganda.\n"
        "\n"
        "3. Maatregelen\n"
        "De politie Noord-Nederland zet extra agenten in rond de vrijmarkt.\n",
        redact=[
            ("Hidde Zwartjes", "PERSON", E),
            ("06-31877402", "PHONE", E),
        ],
        passages=[("Departementaal Vertrouwelijk", "5.1.1b"), ("partnerdienst", "5.1.1b"),
                  ("menselijke bron", "5.1.1b"), ("veroordeeld wegens", SPECIAL)],
        visible=["NCTV, Directie Dreigingsanalyse", "Het dreigingsniveau voor Nederland is 4",
                 "De politie Noord-Nederland zet extra agenten in", "Koningsdag 2024"],
        batch=32,
    ),
    Doc(
        "nl-ggd-bemoeizorg",
        "GGD Drenthe - Team Bemoeizorg\n"
        "Melding verward gedrag, registratienummer BZ-2024-0412\n"
        "Datum: 12 maart 2024\n"
        "Cliënt: mevrouw Anouk Schepers-Lunenburg, Vlasakker 14, 7823 PK Emmen\n"
        "Melder: woningcorporatie Domesta\n"
        "\n"
        "Mevrouw is bekend met een bipolaire stoornis en is volgens haar zus gestopt met haar lithium. Zij woont\n"
        "alleen en heeft sinds januari geen contact meer met haar behandelaar. In het gesprek van 11 maart gaf\n"
        "zij aan Jehova's getuige te zijn en een bloedtransfusie te weigeren.\n"
        "\n"
        "De wijkverpleegkundige, Tamara Oosting, bezoekt haar twee keer per week.\n",
        redact=[
            ("Anouk Schepers-Lunenburg", "PERSON", E),
            ("Vlasakker 14, 7823 PK", "ADDRESS", E),  # the town alone names nobody
            ("Tamara Oosting", "PERSON", E),
        ],
        passages=[("bekend met een bipolaire stoornis", SPECIAL), ("haar behandelaar", SPECIAL),
                  ("Jehova's getuige te zijn", SPECIAL)],
        visible=["GGD Drenthe", "Team Bemoeizorg", "BZ-2024-0412", "woningcorporatie Domesta", "12 maart 2024"],
        batch=32,
    ),
    Doc(
        "nl-casusoverleg-zvh",
        "Verslag casusoverleg Zorg- en Veiligheidshuis IJsselland, 5 juni 2024\n"
        "Casus: Yusuf Demirci, 17 jaar\n"
        "\n"
        "Yusuf is opgegroeid in een streng religieus gezin van Turks-Koerdische afkomst. Volgens de jongerenwerker\n"
        "bezoekt hij sinds kort een salafistische moskee in Deventer. In mei is hij aangehouden voor vernieling.\n"
        "De burgemeester bezocht op 3 juni de moskee aan de Hanzeweg na een brandstichting.\n"
        "\n"
        "Afspraak: de leerplichtambtenaar neemt contact op met moeder, mevrouw F. Demirci-Aslan.\n",
        redact=[
            ("Yusuf Demirci", "PERSON", E),
            ("|Yusuf| is", "PERSON", E),
            ("F. Demirci-Aslan", "PERSON", E),
        ],
        passages=[("streng religieus gezin", SPECIAL), ("Turks-Koerdische afkomst", SPECIAL),
                  ("bezoekt hij sinds kort een salafistische moskee", SPECIAL), ("aangehouden voor vernieling", SPECIAL)],
        visible=["Zorg- en Veiligheidshuis IJsselland", "De burgemeester bezocht op 3 juni de moskee", "5 juni 2024"],
        batch=32,
    ),
    Doc(
        "nl-memo-cijfers-jeugd",
        "Memo\n"
        "Aan: MT Directie Jeugd\n"
        "Van: cluster Jeugdbescherming\n"
        "Opgesteld door: Iris Veenstra\n"
        "Datum: 21 mei 2024\n"
        "Onderwerp: cijfers jeugdbescherming 2023\n"
        "\n"
        "In 2023 kregen 29.400 jeugdigen een kinderbeschermingsmaatregel, 3 procent minder dan in 2022. Jongeren\n"
        "met een licht verstandelijke beperking zijn daarbij oververtegenwoordigd. Volgens het CBS kregen 1.200\n"
        "jeugdigen een jeugdreclasseringsmaatregel na een veroordeling. Het ziekteverzuim bij de gecertificeerde\n"
        "instellingen was 7,9 procent.\n"
        "\n"
        "De minister heeft de Kamer op 14 mei geïnformeerd; de Kamerbrief is openbaar. De directie behandelt de\n"
        "definitieve cijfers vertrouwelijk tot de publicatie op 1 juli. Ik stel voor om ze daarna in het MT te\n"
        "bespreken.\n",
        redact=[("Iris Veenstra", "PERSON", E)],
        visible=["29.400 jeugdigen", "licht verstandelijke beperking", "na een veroordeling", "Het ziekteverzuim",
                 "de Kamerbrief is openbaar", "definitieve cijfers vertrouwelijk", "Ik stel voor om ze daarna",
                 "MT Directie Jeugd", "cluster Jeugdbescherming", "21 mei 2024"],
        batch=32,
    ),
    Doc(
        "en-uk-submission",
        "OFFICIAL-SENSITIVE\n"
        "From: Priya Raman, Migration Policy Unit\n"
        "Date: 3 July 2024\n"
        "To: Minister for Legal Migration\n"
        "Cc: Private Office; Special Advisers\n"
        "\n"
        "SUBMISSION: VISA SPONSOR LICENCE SUSPENSIONS\n"
        "\n"
        "Recommendation\n"
        "1. That you agree to suspend the licences of the 14 sponsors listed at Annex A.\n"
        "\n"
        "Argument\n"
        "2. Immigration Enforcement found that 9 of the 14 sponsors paid workers below the salary threshold.\n"
        "3. Personally, I think we should also publish the names of the sponsors, but the lawyers advise\n"
        "against it.\n"
        "4. The Indian High Commission told officials in confidence that it would not object.\n"
        "5. One sponsor, Mr Harjit Singh Bains, was convicted of document fraud in 2019.\n"
        "6. MI5 has raised no security concerns about the sponsors.\n"
        "\n"
        "Handling\n"
        "7. The Minister told the House on 2 July that the Government would act firmly against abuse.\n",
        redact=[
            ("Priya Raman", "PERSON", E),
            ("Mr Harjit Singh Bains", "PERSON", E),
        ],
        passages=[("Personally, I think we should", "5.2.1"), ("in confidence", "5.1.2a"),
                  ("convicted of document fraud", SPECIAL), ("MI5", "5.1.1b")],
        visible=["OFFICIAL-SENSITIVE", "Migration Policy Unit", "Minister for Legal Migration", "Private Office",
                 "Immigration Enforcement found", "The Minister told the House", "3 July 2024"],
        batch=32,
    ),
    # -- batch 33: a letter to Parliament, a US deliberative e-mail, minutes of a bilateral meeting,
    #    an occupational health referral, a note on a cyber incident ------------------------------------
    Doc(
        "nl-kamerbrief-inlichtingen",
        "> Retouradres Postbus 20301 2500 EH Den Haag\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Postbus 20018\n"
        "2500 EA Den Haag\n"
        "\n"
        "Datum 18 september 2024\n"
        "Betreft Voortgang versterking inlichtingendiensten\n"
        "\n"
        "Naar mijn oordeel ligt de versterking van de AIVD en de MIVD op schema. Ik vind dat de Kamer daarover\n"
        "periodiek moet worden geïnformeerd. Het kabinet heeft in 2024 300 miljoen euro extra uitgetrokken.\n"
        "\n"
        "De Minister van Justitie en Veiligheid,\n"
        "\n"
        "David van Weel\n",
        officials=["David van Weel"],
        visible=["Naar mijn oordeel ligt de versterking", "van de AIVD en de MIVD", "Ik vind dat de Kamer",
                 "Voortgang versterking inlichtingendiensten", "18 september 2024"],
        batch=33,
    ),
    Doc(
        "en-foia-deliberative-email",
        "From: Whitaker, Dana (OS/ASPE) <Dana.Whitaker@hhs.gov>\n"
        "Sent: Tuesday, April 9, 2024 5:12 PM\n"
        "To: Okafor, Emeka (OS/IOS)\n"
        "Subject: RE: draft talking points on drug pricing\n"
        "\n"
        "Emeka - honestly, I think we should hold the talking points until the CBO score is out. My recommendation\n"
        "would be to drop the second bullet entirely.\n"
        "\n"
        "For context, the Secretary said at yesterday's press briefing that negotiations are on track.\n"
        "\n"
        "The Canadian embassy shared its draft regulation with us on a close-hold basis, so please don't forward.\n"
        "\n"
        "Dana\n",
        redact=[
            ("Whitaker, Dana", "PERSON", E),
            ("Dana.Whitaker@hhs.gov", "EMAIL", E),
            ("Okafor, Emeka", "PERSON", E),
            ("|Emeka| -", "PERSON", E),
            ("forward.\n\n|Dana|", "PERSON", E),
        ],
        passages=[("I think we should", "5.2.1"), ("My recommendation\nwould be", "5.2.1"),
                  ("close-hold basis", "5.1.2a")],
        visible=["OS/ASPE", "OS/IOS", "the Secretary said at yesterday's press briefing", "April 9, 2024"],
        batch=33,
    ),
    Doc(
        "nl-verslag-bilateraal-schelde",
        "Verslag ambtelijk overleg Nederland-België over de Schelde, 22 februari 2024\n"
        "Verslag: Noor Hendriksen (IZ)\n"
        "\n"
        "1. De Belgische delegatie lichtte het Vlaamse standpunt toe, zoals gepubliceerd in de nota van de\n"
        "Vlaamse regering van 9 februari.\n"
        "2. De Vlaamse delegatieleider liet weten dat Antwerpen de verdieping wil uitstellen, en vroeg dit niet\n"
        "naar buiten te brengen zolang de Vlaamse regering niet heeft besloten.\n"
        "3. Nederland zegde toe de Tweede Kamer in april te informeren.\n"
        "\n"
        "Kanttekening directie IZ: het lijkt ons verstandig de Kamer pas na de Vlaamse besluitvorming te informeren.\n",
        redact=[("Noor Hendriksen", "PERSON", E)],
        passages=[("vroeg dit niet\nnaar buiten te brengen", "5.1.2a"), ("het lijkt ons verstandig", "5.2.1")],
        visible=["De Belgische delegatie lichtte het Vlaamse standpunt toe", "Nederland zegde toe",
                 "22 februari 2024", "Verslag ambtelijk overleg"],
        batch=33,
    ),
    Doc(
        "en-occupational-health-referral",
        "Occupational Health Referral - CONFIDENTIAL\n"
        "Employee: Mr Tomasz Wójcik\n"
        "Manager: Karen Lloyd\n"
        "\n"
        "Tomasz has been signed off with work-related stress since 3 June. He told me he is undergoing IVF with\n"
        "his wife and that she had a miscarriage in May. He has asked that his colleagues are not told.\n"
        "He is HIV-positive; he is happy for OH to contact his GP.\n",
        redact=[
            ("Mr Tomasz Wójcik", "PERSON", E),
            ("Karen Lloyd", "PERSON", E),
            ("|Tomasz| has", "PERSON", E),
        ],
        passages=[("signed off with work-related stress", SPECIAL), ("undergoing IVF", SPECIAL),
                  ("had a miscarriage", SPECIAL), ("HIV-positive", SPECIAL), ("his GP", SPECIAL)],
        visible=["Occupational Health Referral - CONFIDENTIAL", "He has asked that his colleagues are not told"],
        batch=33,
    ),
    Doc(
        "nl-notitie-cyberincident",
        "Notitie Stg. Confidentieel\n"
        "Onderwerp: cyberincident bij Rijkswaterstaat\n"
        "\n"
        "Volgens een inlichtingenrapport van de MIVD zit een statelijke actor achter de aanval. Het NCSC heeft op\n"
        "2 april een openbaar beveiligingsadvies gepubliceerd. Ik zou adviseren de attributie niet publiekelijk te\n"
        "doen. Een medewerker van RWS, de heer P. Kalsbeek, klikte op de phishingmail en is sindsdien met\n"
        "stressklachten thuis.\n",
        redact=[("P. Kalsbeek", "PERSON", E)],
        passages=[("Stg. Confidentieel", "5.1.1b"), ("inlichtingenrapport", "5.1.1b"), ("Ik zou adviseren", "5.2.1"),
                  ("stressklachten", SPECIAL)],
        visible=["Het NCSC heeft op", "openbaar beveiligingsadvies", "cyberincident bij Rijkswaterstaat"],
        batch=33,
    ),
    # -- batch 34: a progress report citing public reports, a council proposal, a US FOIA guidance note
    #    (three tempting negatives), a defence note, a UK Prevent referral ------------------------------
    Doc(
        "nl-voortgang-weerbaarheid",
        "Voortgangsrapportage Weerbaarheid Vitale Infrastructuur, tweede kwartaal 2024\n"
        "Contactpersoon: Kees Dijkhuizen, 06-19874402\n"
        "Datum: 8 juli 2024\n"
        "\n"
        "1. Stand van zaken\n"
        "Het openbare jaarverslag van de AIVD over 2023 noemt sabotage van vitale infrastructuur een groeiende\n"
        "dreiging. De NCTV publiceerde in juni het Dreigingsbeeld Statelijke Actoren, dat op haar website staat.\n"
        "Het kabinet is van mening dat de sectoren zelf verantwoordelijk blijven voor hun weerbaarheid.\n"
        "\n"
        "2. Voortgang\n"
        "Van de 14 vitale aanbieders hebben er 11 een risicoanalyse ingeleverd. Het ziekteverzuim in het\n"
        "programmateam was hoog; er is tijdelijk extra capaciteit ingehuurd. Wij stellen voor de volgende\n"
        "rapportage in oktober in het MT te bespreken.\n",
        redact=[("Kees Dijkhuizen", "PERSON", E), ("06-19874402", "PHONE", E)],
        visible=["Het openbare jaarverslag van de AIVD", "De NCTV publiceerde in juni", "Het kabinet is van mening",
                 "Het ziekteverzuim", "Wij stellen voor de volgende", "8 juli 2024", "Stand van zaken",
                 "Vitale Infrastructuur"],
        batch=34,
    ),
    Doc(
        "nl-raadsvoorstel-opvang",
        "Raadsvoorstel\n"
        "Onderwerp: opvang asielzoekers locatie Zuiderpark\n"
        "Registratienummer: RV-2024-117\n"
        "Raadsvergadering: 27 juni 2024\n"
        "\n"
        "Voorstel\n"
        "Wij stellen u voor in te stemmen met de opvang van 150 asielzoekers op de locatie Zuiderpark voor de\n"
        "duur van vijf jaar.\n"
        "\n"
        "Argumenten\n"
        "Het college is van mening dat de gemeente haar deel van de opgave moet dragen. Naar ons oordeel past\n"
        "de locatie bij de omgeving. Uit de GGD-monitor blijkt dat asielzoekers vaker psychische klachten\n"
        "hebben dan andere inwoners; het COA zorgt voor een huisarts op de locatie.\n"
        "\n"
        "Kanttekeningen\n"
        "Omwonenden vrezen overlast. De burgemeester heeft in de raadsvergadering van 12 maart toegezegd dat er\n"
        "een klankbordgroep komt.\n",
        visible=["Wij stellen u voor in te stemmen", "Het college is van mening", "Naar ons oordeel",
                 "vaker psychische klachten", "De burgemeester heeft in de raadsvergadering", "RV-2024-117",
                 "27 juni 2024", "Kanttekeningen"],
        batch=34,
    ),
    Doc(
        "en-foia-guidance-exemptions",
        "FOIA Guidance Note 7: Exemptions 1 and 5\n"
        "Office of Information Policy - for agency FOIA professionals\n"
        "\n"
        "Exemption 1 protects information that is properly classified under Executive Order 13526 in the interest\n"
        "of national defense or foreign policy. Information that a foreign government provided in confidence may be\n"
        "withheld under Exemption 1 if it is classified.\n"
        "\n"
        "Exemption 5 incorporates the deliberative process privilege. Under that privilege a staff\n"
        "recommendation such as \"In my view, the Department should delay the rule\" is typically withheld; the\n"
        "final decision is not.\n"
        "\n"
        "Records marked (b)(1) or (b)(5) in a release must show the exemption at the place of the deletion.\n",
        visible=["Exemption 1 protects information", "provided in confidence", "In my view, the Department",
                 "(b)(1)", "(b)(5)", "Office of Information Policy"],
        batch=34,
    ),
    Doc(
        "nl-defensie-notitie-litouwen",
        "Dep. Vertrouwelijk\n"
        "Notitie\n"
        "Aan: Directeur Operaties\n"
        "Van: DOPS/J2\n"
        "Datum: 16 mei 2024\n"
        "Onderwerp: ondersteuning Litouwen, luchtverdediging\n"
        "\n"
        "1. Een bevriende dienst meldt dat Russische eenheden bij Kaliningrad luchtverdedigingssystemen verplaatsen.\n"
        "2. De Litouwse counterpart vroeg om discretie over de Nederlandse bijdrage totdat Vilnius die zelf\n"
        "aankondigt.\n"
        "3. Het is mijn inschatting dat de NASAMS-batterij eerder nodig is dan gepland. Ik neig ernaar de inzet met\n"
        "twee maanden te vervroegen.\n"
        "4. De minister heeft de Kamer op 2 mei gemeld dat Nederland bijdraagt aan de luchtverdediging van de\n"
        "Baltische staten.\n"
        "5. De stafofficier J2, kapitein R. Houtkamp, is na de oefening in april met een hernia uitgevallen.\n",
        redact=[("R. Houtkamp", "PERSON", E)],
        passages=[("Dep. Vertrouwelijk", "5.1.1b"), ("bevriende dienst", "5.1.1b"), ("vroeg om discretie", "5.1.2a"),
                  ("Het is mijn inschatting", "5.2.1"), ("Ik neig ernaar", "5.2.1"), ("met een hernia", SPECIAL)],
        visible=["De minister heeft de Kamer op 2 mei gemeld", "DOPS/J2", "16 mei 2024", "Directeur Operaties"],
        batch=34,
    ),
    Doc(
        "en-prevent-referral",
        "OFFICIAL-SENSITIVE\n"
        "Greater Manchester Police - Prevent referral summary\n"
        "Name: Aaron Whitfield\n"
        "Date of birth: 02/11/2006\n"
        "Prepared by: Karen Ashworth, Prevent Officer\n"
        "\n"
        "Aaron was referred after teachers at St Anne's Academy saw extremist material on his phone. He has an\n"
        "autism diagnosis and a history of self-harm. He was cautioned for possession of cannabis in 2023. His\n"
        "family attend the Central Mosque in Longsight every Friday.\n"
        "\n"
        "The Security Service has no current interest in Aaron. I'd be inclined to offer Channel support rather\n"
        "than close the case.\n",
        redact=[
            ("Aaron Whitfield", "PERSON", E),
            ("02/11/2006", "DATE_OF_BIRTH", E),
            ("Karen Ashworth", "PERSON", E),
            ("|Aaron| was", "PERSON", E),
            ("in |Aaron|.", "PERSON", E),
        ],
        passages=[("autism diagnosis", SPECIAL), ("history of self-harm", SPECIAL),
                  ("cautioned for possession", SPECIAL), ("attend the Central Mosque", SPECIAL),
                  ("The Security Service", "5.1.1b"), ("I'd be inclined to", "5.2.1")],
        visible=["OFFICIAL-SENSITIVE", "Greater Manchester Police", "St Anne's Academy", "Prevent Officer"],
        batch=34,
    ),
    # -- batch 35: a news item on a state visit, a sick-leave protocol, procedural MT minutes (three tempting
    #    negatives), a Wmo kitchen-table report, a UK embassy telegram ----------------------------------
    Doc(
        "nl-nieuwsbericht-staatsbezoek",
        "Ministerie van Buitenlandse Zaken\n"
        "Nieuwsbericht | 11-03-2024\n"
        "\n"
        "Indonesische president op staatsbezoek in Nederland\n"
        "\n"
        "Koning Willem-Alexander ontvangt van 11 tot en met 13 maart de president van Indonesië voor een\n"
        "staatsbezoek. Minister Caspar Veldkamp voerde met zijn Indonesische ambtgenoot een vertrouwelijk gesprek\n"
        "over de mensenrechten in Papoea. 'Naar mijn mening verdient de handelsrelatie een nieuwe impuls,' zei\n"
        "Veldkamp na afloop. De AIVD en de Indonesische veiligheidsdienst ondertekenden een intentieverklaring\n"
        "over terrorismebestrijding.\n",
        officials=["Willem-Alexander", "Caspar Veldkamp"],
        visible=["een vertrouwelijk gesprek", "Naar mijn mening verdient", "Veldkamp na afloop", "De AIVD en de Indonesische",
                 "Ministerie van Buitenlandse Zaken", "11-03-2024"],
        batch=35,
    ),
    Doc(
        "nl-verzuimprotocol",
        "Verzuimprotocol gemeente Zwolle 2024\n"
        "Vastgesteld door het college op 16 januari 2024\n"
        "\n"
        "Artikel 1 Ziekmelding\n"
        "Bij ziekte meldt de medewerker zich vóór 9.00 uur ziek bij de leidinggevende. De leidinggevende vraagt\n"
        "niet naar de aard van de ziekte; dat is een medisch gegeven.\n"
        "\n"
        "Artikel 2 Bedrijfsarts\n"
        "Duurt het verzuim langer dan twee weken, dan roept de bedrijfsarts de medewerker op voor een spreekuur. De\n"
        "bedrijfsarts beoordeelt of de medewerker arbeidsongeschikt is en adviseert over re-integratie.\n"
        "\n"
        "Artikel 3 Zwangerschap\n"
        "Een zwangere medewerker heeft recht op zwangerschaps- en bevallingsverlof van ten minste zestien weken.\n",
        visible=["Ziekmelding", "Bij ziekte meldt de medewerker", "de aard van de ziekte", "roept de bedrijfsarts",
                 "arbeidsongeschikt", "Een zwangere medewerker", "16 januari 2024"],
        batch=35,
    ),
    Doc(
        "nl-verslag-mt-procedure",
        "Verslag MT-overleg directie Bedrijfsvoering\n"
        "Datum: 14 mei 2024\n"
        "Aanwezig: Gert-Jan Mulders (voorzitter), Samira el Idrissi, Wouter Pronk\n"
        "\n"
        "1. Opening en vaststelling agenda\n"
        "Gert-Jan opent de vergadering. Hij stelt voor het punt huisvesting naar voren te halen. Wat mij betreft\n"
        "sluiten we om twaalf uur af, zegt Samira.\n"
        "\n"
        "2. Verslag vorige vergadering\n"
        "Volgens mij is het verslag al op 2 mei rondgestuurd, zegt Wouter. Het verslag wordt ongewijzigd vastgesteld.\n"
        "\n"
        "3. Huisvesting\n"
        "Het college is van mening dat het stadskantoor in 2026 wordt verbouwd. De planning staat in het openbare\n"
        "raadsvoorstel.\n",
        redact=[
            ("Gert-Jan Mulders", "PERSON", E),
            ("Samira el Idrissi", "PERSON", E),
            ("Wouter Pronk", "PERSON", E),
            ("|Gert-Jan| opent", "PERSON", E),
            ("zegt |Samira|", "PERSON", E),
            ("zegt |Wouter|", "PERSON", E),
        ],
        visible=["Wat mij betreft", "Volgens mij is het verslag", "Hij stelt voor het punt",
                 "Het college is van mening", "Bedrijfsvoering", "14 mei 2024"],
        batch=35,
    ),
    Doc(
        "nl-wmo-keukentafelgesprek",
        "Gemeente Apeldoorn - Wmo\n"
        "Verslag keukentafelgesprek\n"
        "Cliënt: mevrouw Gerda Brinkhuis, Loolaan 212, 7315 AG Apeldoorn\n"
        "Consulent: Yvette Kamphuis\n"
        "Datum gesprek: 4 juni 2024\n"
        "\n"
        "Mevrouw woont sinds het overlijden van haar man alleen. Sinds haar herseninfarct in 2022 is zij halfzijdig\n"
        "verlamd en gebruikt zij een scootmobiel. Zij is bovendien slechtziend. Mevrouw vertelt dat zij elke zondag\n"
        "naar de Gereformeerde Kerk gaat en dat gemeenteleden haar rijden.\n"
        "\n"
        "Mijn advies aan het team is om huishoudelijke hulp voor vier uur per week toe te kennen.\n",
        redact=[
            ("Gerda Brinkhuis", "PERSON", E),
            ("Loolaan 212, 7315 AG", "ADDRESS", E),
            ("Yvette Kamphuis", "PERSON", E),
        ],
        passages=[("Sinds haar herseninfarct", SPECIAL), ("gebruikt zij een scootmobiel", SPECIAL),
                  ("slechtziend", SPECIAL), ("elke zondag\nnaar de Gereformeerde Kerk", SPECIAL),
                  ("Mijn advies aan het team", "5.2.1")],
        visible=["Gemeente Apeldoorn", "Verslag keukentafelgesprek", "4 juni 2024"],
        batch=35,
    ),
    Doc(
        "en-telegram-cairo-detainees",
        "OFFICIAL-SENSITIVE\n"
        "From: British Embassy Cairo\n"
        "To: FCDO London, MENAD\n"
        "Date: 21 February 2024\n"
        "Subject: EGYPT: DETAINED BRITISH NATIONALS\n"
        "\n"
        "Summary\n"
        "1. The Foreign Minister told HMA that Cairo would release two of the three detainees next month, but asked\n"
        "us to keep this to ourselves until the releases have happened.\n"
        "\n"
        "Detail\n"
        "2. In private, the Minister conceded that the third case was in the hands of State Security.\n"
        "3. The family of one detainee, Mr Omar Haddad, told consular staff that he has been denied his insulin.\n"
        "\n"
        "Comment\n"
        "4. My judgement is that we should not raise the third case publicly before the releases.\n",
        redact=[("Mr Omar Haddad", "PERSON", E)],
        passages=[("asked\nus to keep this to ourselves", "5.1.2a"), ("In private, the Minister conceded", "5.1.2a"),
                  ("State Security", "5.1.1b"), ("his insulin", SPECIAL), ("My judgement is", "5.2.1")],
        visible=["OFFICIAL-SENSITIVE", "British Embassy Cairo", "FCDO London", "21 February 2024"],
        batch=35,
    ),
    # -- batch 36: a published ruling summary and a news article quoting a minister (tempting negatives),
    #    a police incident record, a health inspectorate assessment, a US embassy readout ---------------
    Doc(
        "nl-uitspraak-samenvatting",
        "ECLI:NL:RBOVE:2024:1187\n"
        "Rechtbank Overijssel, 12 maart 2024, strafzaak\n"
        "\n"
        "Samenvatting\n"
        "De rechtbank veroordeelt een 34-jarige man uit Enschede tot een gevangenisstraf van vier jaar voor een\n"
        "gewapende overval op een juwelier. De verdachte is eerder veroordeeld voor vergelijkbare feiten. Volgens het\n"
        "Pro Justitia-rapport lijdt hij aan een antisociale persoonlijkheidsstoornis; de rechtbank legt daarom ook\n"
        "tbs met voorwaarden op.\n",
        visible=["veroordeelt een 34-jarige man", "eerder veroordeeld voor", "persoonlijkheidsstoornis",
                 "Rechtbank Overijssel", "ECLI:NL:RBOVE:2024:1187", "12 maart 2024"],
        batch=36,
    ),
    Doc(
        "en-news-home-secretary",
        "Home Secretary defends asylum plan in the Commons\n"
        "Published 14 March 2024\n"
        "\n"
        "The Home Secretary has defended the government's asylum plan. \"In my view, this scheme will save lives,\"\n"
        "she told MPs on Wednesday. Officials privately admitted that the first flights may not leave before the\n"
        "summer, two sources told the BBC.\n"
        "\n"
        "MI5 warned about the terror threat in its annual report last year.\n",
        visible=["In my view, this scheme", "she told MPs", "privately admitted", "MI5 warned", "14 March 2024"],
        batch=36,
    ),
    Doc(
        "nl-politie-mutatie-burenruzie",
        "Politie Eenheid Oost-Nederland\n"
        "Registratienummer: PL0600-2024118734\n"
        "Verbalisant: hoofdagent M. Scholten\n"
        "Datum: 18 juni 2024\n"
        "\n"
        "Melder, de heer Dennis Kroeze, wonende Esstraat 41 te Hengelo, verklaarde dat hij door zijn buurman werd\n"
        "uitgescholden omdat hij homo is. De buurman, Ricardo Veldman, is bij ons bekend als veelpleger en zat in\n"
        "2021 vast voor woninginbraak. Volgens de wijkagent heeft Veldman een drankprobleem.\n"
        "\n"
        "Het lijkt mij raadzaam de zaak door te zetten naar het Veiligheidshuis.\n",
        redact=[
            ("M. Scholten", "PERSON", E),
            ("Dennis Kroeze", "PERSON", E),
            ("Esstraat 41", "ADDRESS", E),
            ("Ricardo Veldman", "PERSON", E),
            ("heeft |Veldman| een", "PERSON", E),
        ],
        passages=[("omdat hij homo is", SPECIAL), ("bekend als veelpleger", SPECIAL),
                  ("zat in\n2021 vast voor woninginbraak", SPECIAL), ("drankprobleem", SPECIAL),
                  ("Het lijkt mij raadzaam", "5.2.1")],
        visible=["Politie Eenheid Oost-Nederland", "PL0600-2024118734", "18 juni 2024"],
        batch=36,
    ),
    Doc(
        "nl-igj-calamiteit",
        "Inspectie Gezondheidszorg en Jeugd\n"
        "Beoordeling calamiteitenmelding, meldingsnummer IGJ-2024-08812\n"
        "Zorgaanbieder: Ziekenhuis Gelderse Vallei, Ede\n"
        "Behandelend inspecteur: drs. Lotte Hoekstra\n"
        "\n"
        "Patiënte, mevrouw A.M. de Wit-Bos (82), werd op 3 februari opgenomen op de afdeling geriatrie na een val.\n"
        "Zij had een delier en kreeg op 5 februari een tienvoudige dosis morfine toegediend. Zij overleed op 6\n"
        "februari. Het ziekenhuis heeft de calamiteit tijdig gemeld en een onderzoek ingesteld.\n"
        "\n"
        "Persoonlijk acht ik een aanwijzing aan het ziekenhuis op zijn plaats, maar het team wil eerst het rapport\n"
        "afwachten.\n",
        redact=[("Lotte Hoekstra", "PERSON", E), ("A.M. de Wit-Bos", "PERSON", E)],
        passages=[("opgenomen op de afdeling geriatrie", SPECIAL), ("had een delier", SPECIAL),
                  ("morfine toegediend", SPECIAL), ("Persoonlijk acht ik", "5.2.1")],
        visible=["Inspectie Gezondheidszorg en Jeugd", "Ziekenhuis Gelderse Vallei",
                 "Het ziekenhuis heeft de calamiteit tijdig gemeld", "IGJ-2024-08812", "Ede\nBehandelend inspecteur"],
        batch=36,
    ),
    Doc(
        "en-readout-ankara",
        "SENSITIVE BUT UNCLASSIFIED\n"
        "READOUT: DCM MEETING WITH TURKISH PERMREP, 9 JANUARY 2024\n"
        "\n"
        "1. The Turkish PermRep told the DCM that Ankara would lift its hold on Sweden's accession once Congress\n"
        "moves on the F-16 sale. He asked that this linkage not be repeated outside the room.\n"
        "2. The FBI legal attaché reported that the Turkish police had shared the names of two PKK financiers.\n"
        "3. The PermRep will miss next week's meeting because of his wife's cancer treatment in Istanbul.\n"
        "4. Comment: We assess that Ankara will move only after a Congressional notification.\n",
        passages=[("asked that this linkage not be repeated", "5.1.2a"), ("FBI", "5.1.1b"),
                  ("wife's cancer treatment", SPECIAL), ("We assess that", "5.2.1")],
        visible=["SENSITIVE BUT UNCLASSIFIED", "9 JANUARY 2024", "READOUT"],
        batch=36,
    ),
]
