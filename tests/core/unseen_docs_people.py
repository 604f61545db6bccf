"""More documents written for the detection tests (see unseen_docs.py for what each field means).

Kept apart from unseen_docs.py so that work on people can add batches without touching the other file.

Round 9 (batches 200-204): the first four batches were written blind, all before any run of round 9, and run once
against the untouched detectors. First run (recall, precision, officials flagged): batch 200 0.895 / 0.966 / 1 of 11;
201 0.898 / 0.981 / 0 of 8; 202 0.923 / 1.0 / 0 of 11; 203 0.974 / 0.886 / 2 of 9. Two labels changed after that run,
each marked where it stands (a press line this set reads as the body's, a note's advice as a policy opinion). After
the fixes (test_detect_people_r9.py): 200 1.0 / 1.0 / 0 of 11; 201 1.0 / 0.982 / 0 of 8 (a source's wish not to be
named read as a foreign state's confidence, a passage rule's); 202 1.0 / 1.0 / 0 of 11; 203 0.975 / 1.0 / 0 of 9 (one
strict xfail: a first name in lower case). Batch 204 was written blind after those fixes: first run 0.917 / 0.893 / 8
of 10 (Belgian parties unknown to the rule pack), after its fixes 1.0 / 1.0 / 0 of 10 (one strict xfail: 'het lid X'
is visible but not shown as kept).
"""

from __future__ import annotations

from tests.core.unseen_docs import BSN_GROUND, SPECIAL, Doc, E

DOCS: list[Doc] = [
    Doc(
        "nl-woo-besluit-gemeente-inventaris",
        "Gemeente Zaanstad\n"
        "Retouradres: Postbus 2000, 1500 GA Zaandam\n"
        "\n"
        "De heer R.P. Brouwershaven\n"
        "Westzijde 214\n"
        "1506 EK Zaandam\n"
        "\n"
        "Datum: 22 augustus 2024\n"
        "Ons kenmerk: Z/24/118203\n"
        "Behandeld door: mevrouw Y. Achahbar\n"
        "Telefoonnummer: 14 075\n"
        "Onderwerp: besluit op uw Woo-verzoek over de herinrichting van het Hembrugterrein\n"
        "\n"
        "Geachte heer Brouwershaven,\n"
        "\n"
        "Op 3 juni 2024 vroeg u om alle documenten over de herinrichting van het Hembrugterrein. In dit besluit\n"
        "leest u dat wij de documenten deels openbaar maken. Wethouder Wessel Kleinveld heeft de stukken voor\n"
        "het college voorbereid; zijn naam blijft zichtbaar. Ook burgemeester Jan Hamming noemen wij bij naam.\n"
        "\n"
        "Twee omwonenden, mevrouw Kübra Yıldırım-de Graaf en de heer Tjeerd Oosterwijk, dienden een zienswijze\n"
        "in. Hun namen en die van medewerkers onder het niveau van afdelingshoofd lakken wij (artikel 5.1,\n"
        "tweede lid, onder e, Woo).\n"
        "\n"
        "Inventarislijst\n"
        "Nr. | Datum      | Omschrijving                                   | Beoordeling     | Grond\n"
        "1   | 12-01-2024 | E-mail J. Schouwenaar aan projectteam Hembrug  | deels openbaar  | 5.1.2e\n"
        "2   | 15-01-2024 | Verslag bewonersavond Hembrug                  | deels openbaar  | 5.1.2e\n"
        "3   | 02-02-2024 | Brief Mehmet Arslan over geluidsoverlast       | deels openbaar  | 5.1.2e\n"
        "4   | 19-03-2024 | Collegebesluit herinrichting                   | openbaar        | -\n"
        "5   | 27-03-2024 | Appberichten Wessel Kleinveld en D. Vroegindeweij | deels openbaar | 5.1.2e, 5.2.1\n"
        "\n"
        "Met vriendelijke groet,\n"
        "burgemeester en wethouders van Zaanstad,\n"
        "namens dezen,\n"
        "\n"
        "Y. Achahbar\n"
        "jurist informatieverzoeken\n",
        redact=[
            ("R.P. Brouwershaven", "PERSON", E),
            ("Westzijde 214", "ADDRESS", E),
            ("1506 EK", "ADDRESS", E),
            ("Y. Achahbar", "PERSON", E),
            ("Geachte heer |Brouwershaven|,", "PERSON", E),
            ("Kübra Yıldırım-de Graaf", "PERSON", E),
            ("Tjeerd Oosterwijk", "PERSON", E),
            ("J. Schouwenaar", "PERSON", E),
            ("Mehmet Arslan", "PERSON", E),
            ("D. Vroegindeweij", "PERSON", E),
        ],
        officials=["Wessel Kleinveld", "Jan Hamming"],
        visible=["Gemeente Zaanstad", "Postbus 2000, 1500 GA Zaandam", "22 augustus 2024", "Z/24/118203", "14 075",
                 "Hembrugterrein", "projectteam Hembrug", "Verslag bewonersavond Hembrug", "Collegebesluit herinrichting",
                 "deels openbaar", "5.1.2e", "12-01-2024", "jurist informatieverzoeken"],
        batch=41,
    ),
    Doc(
        "nl-whatsapp-buurtpreventie",
        "03-10-2023 19:22 - Berichten en oproepen worden end-to-end versleuteld.\n"
        "03-10-2023 19:22 - Gerda Pauwels heeft groep \"Buurtpreventie Kerkelanden\" aangemaakt\n"
        "03-10-2023 19:24 - Gerda Pauwels: Welkom allemaal! Vanavond loopt Hidde met mij mee.\n"
        "03-10-2023 19:31 - Hidde: Ik ben er om 21:00, bij het hek van de speeltuin\n"
        "03-10-2023 21:47 - Hidde: Witte bestelbus zonder lichten in de Esdoornlaan, kenteken VK-318-B\n"
        "03-10-2023 21:50 - +31 6 38 17 52 09: Dat is de bus van de loodgieter, die woont op nummer 14 🙂\n"
        "03-10-2023 21:52 - Gerda Pauwels: Oké, dank je Ilse\n"
        "03-10-2023 21:58 - Hidde: Ik heb het toch even doorgegeven aan de wijkagent, Roel Tempelman\n"
        "03-10-2023 22:05 - Gerda Pauwels: <Media weggelaten>\n",
        redact=[
            ("Gerda Pauwels", "PERSON", E),
            ("Hidde", "PERSON", E),
            ("VK-318-B", "LICENSE_PLATE", E),
            ("+31 6 38 17 52 09", "PHONE", E),
            ("Ilse", "PERSON", E),
            ("Roel Tempelman", "PERSON", E),
        ],
        visible=["Buurtpreventie Kerkelanden", "Esdoornlaan", "Media weggelaten", "03-10-2023 19:22", "wijkagent",
                 "Welkom allemaal"],
        batch=41,
    ),
    Doc(
        "nl-teams-transcript-wmo",
        "WEBVTT\n"
        "\n"
        "00:00:02.310 --> 00:00:06.900\n"
        "<v Reinier Akkerman>Goedemiddag allemaal. Lotte, wil jij notuleren?</v>\n"
        "\n"
        "00:00:07.420 --> 00:00:12.050\n"
        "<v Lotte Verbeek>Ja hoor. We bespreken vandaag de Wmo-aanvraag van meneer Gökalp.</v>\n"
        "\n"
        "00:00:12.600 --> 00:00:24.980\n"
        "<v Lotte Verbeek>Hij is 81, woont alleen op Ambachtsweg 6, 3771 MG Barneveld, en zijn dochter Elif komt\n"
        "drie keer per week. Sinds zijn beroerte kan hij de trap niet meer op.</v>\n"
        "\n"
        "00:00:25.400 --> 00:00:31.220\n"
        "<v Anouk Brinkerink (Zorgplein)>De ergotherapeut, Jeroen Maas, adviseert eerder een verhuizing dan een traplift.</v>\n"
        "\n"
        "00:00:31.800 --> 00:00:36.010\n"
        "<v Reinier Akkerman>Dan plannen we een keukentafelgesprek. Anouk, bel jij Elif?</v>\n",
        redact=[
            ("Reinier Akkerman", "PERSON", E),
            ("|Lotte|, wil", "PERSON", E),
            ("Lotte Verbeek", "PERSON", E),
            ("meneer |Gökalp|", "PERSON", E),
            ("Ambachtsweg 6", "ADDRESS", E),
            ("3771 MG", "ADDRESS", E),
            ("Elif", "PERSON", E),
            ("Anouk Brinkerink", "PERSON", E),
            ("|Anouk|, bel", "PERSON", E),
            ("Jeroen Maas", "PERSON", E),
        ],
        passages=[("beroerte", SPECIAL)],
        visible=["WEBVTT", "Zorgplein", "Wmo-aanvraag", "Goedemiddag allemaal", "keukentafelgesprek",
                 "00:00:02.310 --> 00:00:06.900"],
        batch=41,
    ),
    Doc(
        "nl-proces-verbaal-boa",
        "PROCES-VERBAAL VAN BEVINDINGEN\n"
        "Nummer: PL0100-2024187735-3\n"
        "\n"
        "Ik, verbalisant, Hendrikus Johannes Wolters, buitengewoon opsporingsambtenaar in dienst van de\n"
        "gemeente Assen, verklaar het volgende.\n"
        "\n"
        "Op vrijdag 17 mei 2024 omstreeks 14.35 uur bevond ik mij in uniform op de Kloekhorststraat te Assen.\n"
        "Daar zag ik een personenauto, merk Volkswagen, type Polo, kenteken 31-RKN-7, geparkeerd op een\n"
        "gehandicaptenparkeerplaats zonder dat een kaart zichtbaar was. Ik sprak de bestuurder aan. Hij gaf op te zijn:\n"
        "\n"
        "Achternaam: Veldhuis\n"
        "Voornamen: Gerrit Jan Albertus\n"
        "Geboren: 23 oktober 1966 te Emmen\n"
        "Adres: Marsstraat 19, 9406 TG Assen\n"
        "Legitimatie: rijbewijs nr. 5091827364\n"
        "\n"
        "Veldhuis verklaarde: \"Ik sta hier vijf minuten. Mijn vrouw, Trijntje, haalt medicijnen bij de apotheek.\"\n"
        "Ik heb hem medegedeeld dat tegen hem een bestuurlijke strafbeschikking wordt uitgevaardigd.\n"
        "\n"
        "Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Assen op 17 mei 2024.\n"
        "\n"
        "H.J. Wolters\n",
        redact=[
            ("Hendrikus Johannes Wolters", "PERSON", E),
            ("31-RKN-7", "LICENSE_PLATE", E),
            ("Achternaam: |Veldhuis|", "PERSON", E),
            ("Gerrit Jan Albertus", "PERSON", E),
            ("23 oktober 1966", "DATE_OF_BIRTH", E),
            ("Marsstraat 19", "ADDRESS", E),
            ("9406 TG", "ADDRESS", E),
            ("5091827364", "ID_DOCUMENT", E),
            ("|Veldhuis| verklaarde", "PERSON", E),
            ("Trijntje", "PERSON", E),
            ("H.J. Wolters", "PERSON", E),
        ],
        visible=["PROCES-VERBAAL VAN BEVINDINGEN", "PL0100-2024187735-3", "gemeente Assen", "Kloekhorststraat",
                 "Volkswagen", "17 mei 2024", "Emmen"],
        batch=41,
    ),
    Doc(
        "nl-participatiewet-heronderzoek",
        "Gespreksverslag heronderzoek Participatiewet\n"
        "Klant: mevrouw N. Bouzerda-Visser (roepnaam Nadia)\n"
        "BSN: 663923323\n"
        "Consulent: Erwin Sluijter, consulent Werk en Inkomen\n"
        "Datum gesprek: 8 april 2024, op het stadskantoor\n"
        "Ook aanwezig: haar dochter Sanne (17)\n"
        "\n"
        "Mevrouw ontvangt sinds 2019 een bijstandsuitkering als alleenstaande ouder. Zij woont met Sanne en\n"
        "haar zoon Yasin op de Laan van Meerdervoort 811, 2564 AK Den Haag. Haar ex-partner, Rick Visser, betaalt\n"
        "sinds januari geen kinderalimentatie meer. Nadia geeft aan dat zij schulden heeft bij de Belastingdienst.\n"
        "\n"
        "Afspraken\n"
        "- De uitkering blijft gestort op NL24 SNSB 3057 5542 83.\n"
        "- Consulent meldt mevrouw aan bij Dieuwke Haanstra van Stichting Schuldhulpmaatje.\n"
        "- Mevrouw Bouzerda levert vóór 1 mei de bankafschriften van februari en maart in.\n"
        "\n"
        "E. Sluijter, 9 april 2024\n",
        redact=[
            ("N. Bouzerda-Visser", "PERSON", E),
            ("Nadia", "PERSON", E),
            ("663923323", "BSN", BSN_GROUND),
            ("Erwin Sluijter", "PERSON", E),
            ("Sanne", "PERSON", E),
            ("Yasin", "PERSON", E),
            ("Laan van Meerdervoort 811", "ADDRESS", E),
            ("2564 AK", "ADDRESS", E),
            ("Rick Visser", "PERSON", E),
            ("NL24 SNSB 3057 5542 83", "IBAN", E),
            ("Dieuwke Haanstra", "PERSON", E),
            ("Mevrouw |Bouzerda|", "PERSON", E),
            ("E. Sluijter", "PERSON", E),
        ],
        visible=["Participatiewet", "Werk en Inkomen", "8 april 2024", "stadskantoor", "Belastingdienst",
                 "Stichting Schuldhulpmaatje", "1 mei", "februari en maart"],
        batch=41,
    ),
    Doc(
        "nl-bezwaarschrift-buren",
        "Aan het college van burgemeester en wethouders van Houten\n"
        "Postbus 30\n"
        "3990 DA Houten\n"
        "\n"
        "Houten, 2 september 2024\n"
        "\n"
        "Betreft: bezwaarschrift tegen de omgevingsvergunning voor een dakopbouw op Oude Dorp 37\n"
        "\n"
        "Geacht college,\n"
        "\n"
        "Ondergetekenden:\n"
        "1. W.F. Roukema en J. Roukema-Bosman, wonende Oude Dorp 39, 3991 GE Houten;\n"
        "2. Mehdi Ouali, wonende Oude Dorp 35, 3991 GE Houten;\n"
        "3. de familie Ter Horst, Achterom 4, 3991 GH Houten,\n"
        "maken bezwaar tegen uw besluit van 24 juli 2024 waarbij aan de heer P. van Dalfsen een\n"
        "omgevingsvergunning is verleend voor een dakopbouw op Oude Dorp 37.\n"
        "\n"
        "De opbouw neemt ons tuinen een groot deel van de middagzon af. Buurman Van Dalfsen heeft ons vooraf\n"
        "niet over zijn plannen ingelicht. Wij verzoeken u het besluit te herroepen en ons te horen.\n"
        "\n"
        "Correspondentie graag aan W.F. Roukema, w.roukema@kpnmail.nl, tel. 030-6371842.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "W.F. Roukema      J. Roukema-Bosman      M. Ouali      H. ter Horst\n",
        redact=[
            ("W.F. Roukema", "PERSON", E),
            ("J. Roukema-Bosman", "PERSON", E),
            ("Oude Dorp 39", "ADDRESS", E),
            ("Oude Dorp 37", "ADDRESS", E),
            ("Oude Dorp 35", "ADDRESS", E),
            ("3991 GE", "ADDRESS", E),
            ("Mehdi Ouali", "PERSON", E),
            ("familie |Ter Horst|", "PERSON", E),
            ("Achterom 4", "ADDRESS", E),
            ("3991 GH", "ADDRESS", E),
            ("P. van Dalfsen", "PERSON", E),
            ("Buurman |Van Dalfsen|", "PERSON", E),
            ("w.roukema@kpnmail.nl", "EMAIL", E),
            ("030-6371842", "PHONE", E),
            ("M. Ouali", "PERSON", E),
            ("H. ter Horst", "PERSON", E),
        ],
        visible=["college van burgemeester en wethouders van Houten", "Postbus 30", "3990 DA Houten",
                 "2 september 2024", "24 juli 2024", "Geacht college"],
        batch=41,
    ),
    Doc(
        "nl-integriteitsonderzoek-samenvatting",
        "Samenvatting integriteitsonderzoek ID-2023-014\n"
        "Opdrachtgever: de secretaris-generaal van het ministerie van Landbouw, Natuur en Voedselkwaliteit\n"
        "Onderzoekers: Bureau Integriteit, L. Kraaijeveld en mr. T.A. Oyelaran-Smit\n"
        "\n"
        "Aanleiding\n"
        "Op 14 februari 2023 meldde een medewerker van de directie Agro dat teamleider Johan-Willem Baarsma\n"
        "vertrouwelijke aanbestedingsinformatie zou hebben gedeeld met zijn zwager Peter Lindhout, eigenaar van\n"
        "een adviesbureau.\n"
        "\n"
        "Bevindingen\n"
        "Uit het e-mailverkeer blijkt dat de heer Baarsma op 2 en 9 maart 2022 een concept van het bestek\n"
        "doorstuurde naar p.lindhout@lindhoutadvies.nl. De collega's Femke Rozendaal en Abdelkader Mouhib\n"
        "verklaren dat Johan-Willem het bestek \"even wilde laten checken\". Lindhout ontkent dat hij het\n"
        "bestek heeft gebruikt.\n"
        "\n"
        "Afronding\n"
        "Minister Piet Adema is op 20 maart 2023 over de uitkomst geïnformeerd.\n",
        redact=[
            ("L. Kraaijeveld", "PERSON", E),
            ("mr. T.A. Oyelaran-Smit", "PERSON", E),
            ("Johan-Willem Baarsma", "PERSON", E),
            ("Peter Lindhout", "PERSON", E),
            ("heer |Baarsma|", "PERSON", E),
            ("p.lindhout@lindhoutadvies.nl", "EMAIL", E),
            ("Femke Rozendaal", "PERSON", E),
            ("Abdelkader Mouhib", "PERSON", E),
            ("verklaren dat |Johan-Willem|", "PERSON", E),
            ("|Lindhout| ontkent", "PERSON", E),
        ],
        officials=["Piet Adema"],
        visible=["ID-2023-014", "ministerie van Landbouw, Natuur en Voedselkwaliteit", "Bureau Integriteit",
                 "directie Agro", "14 februari 2023", "Aanleiding", "Bevindingen", "secretaris-generaal"],
        batch=41,
    ),
    Doc(
        "en-uk-foi-defra",
        "Department for Environment, Food & Rural Affairs\n"
        "Seacole Building, 2 Marsham Street, London SW1P 4DF\n"
        "\n"
        "Ms Harriet Oduya-Blackwood\n"
        "By email: h.oduya.b@protonmail.com\n"
        "\n"
        "Our ref: FOI2024/07731\n"
        "12 June 2024\n"
        "\n"
        "Dear Ms Oduya-Blackwood,\n"
        "\n"
        "Thank you for your request of 15 May 2024 for the note of the meeting on 3 April 2024 between the\n"
        "Secretary of State, Steve Barclay, and farmers from the Welsh borders. The note is enclosed. We have\n"
        "withheld some personal information under section 40(2) of the FOIA: the names of officials below the\n"
        "Senior Civil Service and of the farmers who attended in a private capacity.\n"
        "\n"
        "Attendees as listed in the note: Steve Barclay (SoS); Gareth Pryce-Llewellyn (farmer, Powys);\n"
        "Siân Morgan-Hughes (farmer, Herefordshire); Priya Chaudhary (Defra, Farming Policy); Callum McAteer\n"
        "(Defra, Private Office).\n"
        "\n"
        "If you are unhappy with this response you may ask for an internal review at foi.requests@defra.gov.uk,\n"
        "and then complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow,\n"
        "Cheshire SK9 5AF.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Oliver Kettering-Nash\n"
        "Farming Policy Unit\n",
        redact=[
            ("Harriet Oduya-Blackwood", "PERSON", E),
            ("h.oduya.b@protonmail.com", "EMAIL", E),
            ("Dear Ms |Oduya-Blackwood|", "PERSON", E),
            ("Gareth Pryce-Llewellyn", "PERSON", E),
            ("Siân Morgan-Hughes", "PERSON", E),
            ("Priya Chaudhary", "PERSON", E),
            ("Callum McAteer", "PERSON", E),
            ("Oliver Kettering-Nash", "PERSON", E),
        ],
        officials=["Steve Barclay"],
        visible=["Department for Environment, Food & Rural Affairs", "Seacole Building, 2 Marsham Street",
                 "SW1P 4DF", "FOI2024/07731", "12 June 2024", "Welsh borders", "section 40(2)", "Powys",
                 "Herefordshire", "Farming Policy", "foi.requests@defra.gov.uk", "Information Commissioner's Office",
                 "Wycliffe House, Water Lane, Wilmslow", "SK9 5AF", "Farming Policy Unit", "Private Office"],
        batch=41,
    ),
    Doc(
        "en-us-foia-roi-ice",
        "U.S. Immigration and Customs Enforcement\n"
        "Freedom of Information Act Office\n"
        "\n"
        "FOIA Case Number: 2024-ICFO-18837\n"
        "\n"
        "Portions of the enclosed Report of Investigation are withheld under Exemptions (b)(6) and (b)(7)(C),\n"
        "which protect the names and identifying information of third parties and of agency employees.\n"
        "\n"
        "REPORT OF INVESTIGATION - Office of Professional Responsibility\n"
        "Subject: Deportation Officer Marcus T. Whitfield, ERO Newark\n"
        "Complainant: Yesenia Carrillo Ortega, A# 213-558-904, DOB 11/02/1990\n"
        "Witnesses: SDDO Karen L. Abernathy; detainee Oumar Diallo\n"
        "\n"
        "On March 4, 2023, complainant CARRILLO ORTEGA alleged that DO Whitfield confiscated her rosary during\n"
        "intake at the Elizabeth Detention Center. Her sister, Daniela Carrillo (SSN 531-42-7786, tel.\n"
        "(973) 555-0148), reported the allegation to the Joint Intake Center. Mr. Diallo stated that he saw the\n"
        "officer put the rosary in a property bag.\n"
        "\n"
        "The report was reviewed by Acting Director Patrick J. Lechleitner on June 30, 2023.\n",
        redact=[
            ("Marcus T. Whitfield", "PERSON", E),
            ("Yesenia Carrillo Ortega", "PERSON", E),
            ("213-558-904", "ID_DOCUMENT", E),
            ("11/02/1990", "DATE_OF_BIRTH", E),
            ("Karen L. Abernathy", "PERSON", E),
            ("Oumar Diallo", "PERSON", E),
            ("CARRILLO ORTEGA", "PERSON", E),
            ("DO |Whitfield|", "PERSON", E),
            ("Daniela Carrillo", "PERSON", E),
            ("531-42-7786", "SSN", E),
            ("(973) 555-0148", "PHONE", E),
            ("Mr. |Diallo|", "PERSON", E),
        ],
        officials=["Patrick J. Lechleitner"],
        visible=["U.S. Immigration and Customs Enforcement", "2024-ICFO-18837", "(b)(6)", "(b)(7)(C)",
                 "Office of Professional Responsibility", "ERO Newark", "Elizabeth Detention Center",
                 "Joint Intake Center", "March 4, 2023", "June 30, 2023"],
        batch=41,
    ),
    # -- batch 42: written after the fixes for batch 41 -----------------------------------------------------
    Doc(
        "nl-woo-besluit-bijlage-inventaris-tabs",
        "Bijlage 1 bij besluit Woo-verzoek 2024-0412 (gemeente Deventer)\n"
        "Inventarislijst\n"
        "\n"
        "Nr.\tDatum\tAfzender / ontvanger\tType\tBesluit\tWeigeringsgrond\n"
        "01\t04-03-2024\tMarieke de Groot (ambtenaar) / wethouder Thijs de Jager\te-mail\tdeels openbaar\t5.1.2e\n"
        "02\t06-03-2024\tBewonersvereniging Zandweerd / gemeente\tbrief\topenbaar\t-\n"
        "03\t11-03-2024\tS. Wojciechowska / Marieke de Groot\te-mail\tdeels openbaar\t5.1.2e\n"
        "04\t19-03-2024\tDe Vries, P. (omwonende) / college\tzienswijze\tdeels openbaar\t5.1.2e\n"
        "05\t02-04-2024\tverslag gesprek Marieke en mw. Wojciechowska\tverslag\tdeels openbaar\t5.1.2e, 5.2.1\n"
        "\n"
        "Toelichting: de namen van medewerkers en omwonenden zijn onleesbaar gemaakt. De naam van wethouder\n"
        "De Jager is openbaar, omdat hij in zijn publieke functie handelt.\n",
        redact=[
            ("Marieke de Groot", "PERSON", E),
            ("S. Wojciechowska", "PERSON", E),
            ("De Vries, P.", "PERSON", E),
            ("gesprek |Marieke| en", "PERSON", E),
            ("mw. |Wojciechowska|", "PERSON", E),
        ],
        officials=["Thijs de Jager"],
        visible=["gemeente Deventer", "Bewonersvereniging Zandweerd", "04-03-2024", "deels openbaar", "zienswijze",
                 "Inventarislijst", "2024-0412"],
        batch=42,
    ),
    Doc(
        "nl-signal-export-handhaving-strand",
        "Signal — Handhaving strand Scheveningen\n"
        "Leden: Bas, Yara, Mehmet K., Wijkcoördinator\n"
        "\n"
        "Za 13 jul. 2024\n"
        "Bas (16:02): Drukte bij de Pier, twee jongens op een scooter over de boulevard\n"
        "Yara (16:05): Zie ze, kenteken scooter DKP-45-G. Ik spreek ze aan\n"
        "Mehmet K. (16:11): Ik sta bij strandopgang 9 met Bas, hebben jullie een bon geschreven?\n"
        "Yara (16:14): Ja. Eén heette Jayden Pronk, geb. 02-11-2007, woont in Duindorp\n"
        "Wijkcoördinator (16:20): Dank jullie! Yara, zet je het vanavond in het systeem?\n",
        redact=[
            ("Leden: |Bas|,", "PERSON", E),
            ("|Bas| (16:02)", "PERSON", E),
            ("met |Bas|,", "PERSON", E),
            ("Yara", "PERSON", E),
            ("Mehmet K.", "PERSON", E),
            ("DKP-45-G", "LICENSE_PLATE", E),
            ("Jayden Pronk", "PERSON", E),
            ("02-11-2007", "DATE_OF_BIRTH", E),
        ],
        visible=["Handhaving strand Scheveningen", "Wijkcoördinator", "Pier", "Duindorp", "13 jul. 2024",
                 "strandopgang 9"],
        batch=42,
    ),
    Doc(
        "nl-proces-verbaal-verhoor-getuige",
        "Politie Eenheid Oost-Nederland\n"
        "PROCES-VERBAAL VAN VERHOOR GETUIGE\n"
        "\n"
        "Op dinsdag 9 januari 2024 verhoorde ik, Liesbeth Kamphorst, brigadier van politie, in het politiebureau te\n"
        "Apeldoorn een persoon die desgevraagd opgaf te zijn:\n"
        "Achternaam: TEKLEHAIMANOT\n"
        "Voornamen: Senait Abrehet\n"
        "Geboren: 14 maart 1994 te Asmara (Eritrea)\n"
        "Adres: Loolaan 212, 7315 AN Apeldoorn\n"
        "Identiteitsbewijs: paspoort NW7KP3RT5\n"
        "\n"
        "V: Wat heeft u op 6 januari gezien?\n"
        "A: Ik zag dat mijn buurman, Dirk Altena, een man sloeg bij de ingang van de flat. Die man heet Samir,\n"
        "hij woont boven mij. Daarna is Altena in zijn auto gestapt.\n"
        "V: Kent u Samir goed?\n"
        "A: Ja, Samir Bouali. Zijn vrouw Nora past soms op mijn dochter.\n"
        "\n"
        "Waarvan door mij, Kamphorst, op ambtseed is opgemaakt dit proces-verbaal.\n",
        redact=[
            ("Liesbeth Kamphorst", "PERSON", E),
            ("TEKLEHAIMANOT", "PERSON", E),
            ("Senait Abrehet", "PERSON", E),
            ("14 maart 1994", "DATE_OF_BIRTH", E),
            ("Loolaan 212", "ADDRESS", E),
            ("7315 AN", "ADDRESS", E),
            ("NW7KP3RT5", "ID_DOCUMENT", E),
            ("Dirk Altena", "PERSON", E),
            ("heet |Samir|,", "PERSON", E),
            ("|Altena| in", "PERSON", E),
            ("Kent u |Samir|", "PERSON", E),
            ("Samir Bouali", "PERSON", E),
            ("Nora", "PERSON", E),
            ("door mij, |Kamphorst|,", "PERSON", E),
        ],
        passages=[("een man sloeg", SPECIAL)],
        visible=["Politie Eenheid Oost-Nederland", "PROCES-VERBAAL VAN VERHOOR GETUIGE", "9 januari 2024",
                 "Apeldoorn", "Asmara (Eritrea)", "6 januari"],
        batch=42,
    ),
    Doc(
        "nl-wmo-beschikking-mantelzorg",
        "Gemeente Súdwest-Fryslân\n"
        "Postbus 10.000\n"
        "8600 HA Sneek\n"
        "\n"
        "Mevrouw G. Hettinga-Zijlstra\n"
        "Jelsmastraat 7\n"
        "8621 BW Heeg\n"
        "\n"
        "Ons kenmerk: WMO-2024-08812\n"
        "Burgerservicenummer: 620966543\n"
        "Contactpersoon: Jildou Wiersma, Wmo-consulent\n"
        "\n"
        "Beste mevrouw Hettinga,\n"
        "\n"
        "Op 22 mei 2024 hebben wij met u en uw zoon Auke Hettinga gesproken over uw aanvraag voor hulp bij het\n"
        "huishouden. Uw dochter, Grietje, woont in Leeuwarden en komt één keer per week. Auke doet de boodschappen.\n"
        "U krijgt vanaf 1 juli 2024 drie uur huishoudelijke ondersteuning per week van Thuiszorg Het Friese Land.\n"
        "De eigen bijdrage wordt door het CAK geïnd; het CAK stort te veel betaalde bedragen terug op\n"
        "NL68 RABO 1239 3704 50.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Jildou Wiersma\n"
        "Wmo-consulent\n",
        redact=[
            ("G. Hettinga-Zijlstra", "PERSON", E),
            ("Jelsmastraat 7", "ADDRESS", E),
            ("8621 BW", "ADDRESS", E),
            ("620966543", "BSN", BSN_GROUND),
            ("Jildou Wiersma", "PERSON", E),
            ("mevrouw |Hettinga|,", "PERSON", E),
            ("Auke Hettinga", "PERSON", E),
            ("Grietje", "PERSON", E),
            ("|Auke| doet", "PERSON", E),
            ("NL68 RABO 1239 3704 50", "IBAN", E),
        ],
        visible=["Gemeente Súdwest-Fryslân", "Postbus 10.000", "8600 HA Sneek", "WMO-2024-08812", "Leeuwarden",
                 "Thuiszorg Het Friese Land", "CAK", "22 mei 2024", "1 juli 2024", "Wmo-consulent"],
        batch=42,
    ),
    Doc(
        "nl-verslag-hoorzitting-bezwaarcommissie",
        "Verslag hoorzitting commissie bezwaarschriften gemeente Leusden\n"
        "Zaak: bezwaar tegen verleende omgevingsvergunning Hamersveldseweg 61 (kappen drie eiken)\n"
        "\n"
        "Aanwezig\n"
        "Commissie: mr. J.P. Dekkers-Oudshoorn (voorzitter), R. Yilmaz, drs. E. van Tuyl\n"
        "Secretaris: Maaike Brandsma\n"
        "Bezwaarmakers: de heer en mevrouw Van Rossum-Kraai, Hamersveldseweg 63; de heer Bram Oostdijk, Hamersveldseweg 59\n"
        "Vergunninghouder: mevrouw Esra Demirtaş, bijgestaan door haar broer Kaan\n"
        "Namens het college: Pieter-Jan Leenhouts, vergunningverlener\n"
        "\n"
        "De heer Van Rossum licht het bezwaar toe. De eiken staan op de erfgrens en geven schaduw en privacy.\n"
        "Mevrouw Demirtaş stelt dat een eik haar fundering beschadigt. Kaan laat foto's zien van scheuren.\n"
        "Leenhouts zegt dat de boomdeskundige van de gemeente de bomen heeft beoordeeld. Oostdijk vraagt waarom\n"
        "de buren niet vooraf zijn ingelicht.\n",
        redact=[
            ("Hamersveldseweg 61", "ADDRESS", E),
            ("Hamersveldseweg 63", "ADDRESS", E),
            ("Hamersveldseweg 59", "ADDRESS", E),
            ("mr. J.P. Dekkers-Oudshoorn", "PERSON", E),
            ("R. Yilmaz", "PERSON", E),
            ("drs. E. van Tuyl", "PERSON", E),
            ("Maaike Brandsma", "PERSON", E),
            ("Van Rossum-Kraai", "PERSON", E),
            ("Bram Oostdijk", "PERSON", E),
            ("Esra Demirtaş", "PERSON", E),
            ("broer |Kaan|", "PERSON", E),
            ("Pieter-Jan Leenhouts", "PERSON", E),
            ("heer |Van Rossum| licht", "PERSON", E),
            ("Mevrouw |Demirtaş|", "PERSON", E),
            ("|Kaan| laat", "PERSON", E),
            ("|Leenhouts| zegt", "PERSON", E),
            ("|Oostdijk| vraagt", "PERSON", E),
        ],
        visible=["commissie bezwaarschriften gemeente Leusden", "kappen drie eiken", "boomdeskundige", "vergunningverlener"],
        batch=42,
    ),
    Doc(
        "en-hr-investigation-summary",
        "OFFICIAL-SENSITIVE: PERSONNEL\n"
        "Investigation summary - grievance ref. HR/2023/117\n"
        "\n"
        "Investigating officer: Fiona MacLeod (Grade 7, HR Casework)\n"
        "Complainant: Olumide Adeyemi, EO, Digital Services\n"
        "Respondent: Gavin Thorne-Whitaker, SEO, Digital Services\n"
        "Witnesses: Kasia Nowak; R. Pemberton; Tom\n"
        "\n"
        "1. Mr Adeyemi alleges that on 12 September 2023 Mr Thorne-Whitaker called him 'lazy' in front of the team.\n"
        "2. Kasia Nowak confirms the remark. Ms Nowak adds that Gavin apologised the next day.\n"
        "3. Tom (apprentice, surname withheld at his request) was not present.\n"
        "4. The Permanent Secretary, Sir Matthew Rycroft, was informed on 2 November 2023.\n"
        "\n"
        "Finding: the allegation is upheld in part. Contact: hr.casework@homeoffice.gov.uk\n",
        redact=[
            ("Fiona MacLeod", "PERSON", E),
            ("Olumide Adeyemi", "PERSON", E),
            ("Gavin Thorne-Whitaker", "PERSON", E),
            ("Kasia Nowak", "PERSON", E),
            ("R. Pemberton", "PERSON", E),
            ("Pemberton; |Tom|\n", "PERSON", E),
            ("Mr |Adeyemi|", "PERSON", E),
            ("Mr |Thorne-Whitaker|", "PERSON", E),
            ("Ms |Nowak|", "PERSON", E),
            ("that |Gavin| apologised", "PERSON", E),
            ("3. |Tom| (", "PERSON", E),
        ],
        officials=["Matthew Rycroft"],
        visible=["OFFICIAL-SENSITIVE", "HR/2023/117", "Grade 7", "HR Casework", "Digital Services", "12 September 2023",
                 "Permanent Secretary", "hr.casework@homeoffice.gov.uk"],
        batch=42,
    ),
    Doc(
        "en-uk-foi-internal-review",
        "Internal review of FOI request FOI-2024-02281\n"
        "\n"
        "Dear Mr Ó Briain,\n"
        "\n"
        "You asked us to review our response of 4 March 2024, in which we withheld the names of staff in the\n"
        "e-mails between the Department for Transport and Network Rail about the closure of ticket offices.\n"
        "\n"
        "I have looked again at the e-mails. Names of Senior Civil Servants (Director level and above) are released:\n"
        "the e-mail of 14 July 2023 is from Alex Hynes, Director General of Rail Services, who is named on GOV.UK.\n"
        "The names of junior staff remain withheld under section 40(2): the e-mails were written by Hannah Oyelowo\n"
        "(Higher Executive Officer) and copied to Ben Sutcliffe-Lowe (Executive Officer, 07700 900 618).\n"
        "\n"
        "Your own details as you gave them (Cathal Ó Briain, 41 Ferndale Road, Bristol BS7 8LU) are not published.\n"
        "\n"
        "Yours sincerely,\n"
        "Rebecca Ashworth-Kaur\n"
        "Head of FOI and Information Rights\n",
        redact=[
            ("Dear Mr |Ó Briain|", "PERSON", E),
            ("Cathal Ó Briain", "PERSON", E),
            ("Hannah Oyelowo", "PERSON", E),
            ("Ben Sutcliffe-Lowe", "PERSON", E),
            ("07700 900 618", "PHONE", E),
            ("41 Ferndale Road", "ADDRESS", E),
            ("BS7 8LU", "ADDRESS", E),
            ("Rebecca Ashworth-Kaur", "PERSON", E),
        ],
        officials=["Alex Hynes"],
        visible=["FOI-2024-02281", "Department for Transport", "Network Rail", "4 March 2024", "section 40(2)",
                 "GOV.UK", "Bristol", "Head of FOI and Information Rights", "Higher Executive Officer"],
        batch=42,
    ),
    Doc(
        "en-us-foia-fd302",
        "FEDERAL BUREAU OF INVESTIGATION\n"
        "FD-302 - Date of entry 08/21/2022\n"
        "\n"
        "LUIS ALBERTO REYES-MONTOYA, date of birth 04/17/1983, Social Security Account Number 412-67-3390,\n"
        "telephone (915) 555-0192, was interviewed at his residence, 2207 Pershing Drive, El Paso, Texas. After being\n"
        "advised of the identities of the interviewing Agents, REYES-MONTOYA provided the following information:\n"
        "\n"
        "REYES-MONTOYA has worked for Tres Hermanos Trucking since 2019. His supervisor, DALE HOLLOWAY, asked\n"
        "him in May 2022 to drive a trailer to Las Cruces without a manifest. REYES-MONTOYA's wife, MARISOL,\n"
        "told him not to do it. Luis called HOLLOWAY and refused.\n"
        "\n"
        "Investigation on 08/18/2022 at El Paso, Texas. File # 245D-EP-3318871\n"
        "by SA Katherine J. Moody, SA Derrick Obi\n",
        redact=[
            ("LUIS ALBERTO REYES-MONTOYA", "PERSON", E),
            ("04/17/1983", "DATE_OF_BIRTH", E),
            ("412-67-3390", "SSN", E),
            ("(915) 555-0192", "PHONE", E),
            ("2207 Pershing Drive", "ADDRESS", E),
            ("Agents, |REYES-MONTOYA| provided", "PERSON", E),
            ("\n|REYES-MONTOYA| has", "PERSON", E),
            ("DALE HOLLOWAY", "PERSON", E),
            ("|REYES-MONTOYA|'s", "PERSON", E),
            ("MARISOL", "PERSON", E),
            ("|Luis| called", "PERSON", E),
            ("called |HOLLOWAY|", "PERSON", E),
            ("Katherine J. Moody", "PERSON", E),
            ("Derrick Obi", "PERSON", E),
        ],
        visible=["FEDERAL BUREAU OF INVESTIGATION", "FD-302", "08/21/2022", "El Paso, Texas", "Tres Hermanos Trucking",
                 "Las Cruces", "245D-EP-3318871", "May 2022"],
        batch=42,
    ),
    # -- batch 43: written after the fixes for batch 42 -----------------------------------------------------
    Doc(
        "nl-woo-besluit-ministerie-derden",
        "Ministerie van Volksgezondheid, Welzijn en Sport\n"
        "> Retouradres Postbus 20350 2500 EJ Den Haag\n"
        "\n"
        "Besluit op uw verzoek om informatie over de subsidie aan zorgcoöperatie De Linde\n"
        "\n"
        "4. Zienswijzen\n"
        "Wij hebben drie derde-belanghebbenden om hun zienswijze gevraagd:\n"
        "a. Stichting Zorgcoöperatie De Linde (bestuurder: mevrouw Annemiek Drost-van Lingen);\n"
        "b. Hendrik-Jan Wolbers, oud-penningmeester van de coöperatie;\n"
        "c. de heer Y. El Mansouri, destijds projectleider.\n"
        "Annemiek Drost gaf aan geen bezwaar te hebben. Hendrik-Jan liet weten dat zijn naam niet openbaar mag.\n"
        "\n"
        "| Nr. | Document | Betrokkenen | Oordeel |\n"
        "|-----|----------|-------------|---------|\n"
        "| 1 | Subsidieaanvraag 2021 | A. Drost-van Lingen | deels openbaar |\n"
        "| 2 | Mail over begroting | H.J. Wolbers, Y. El Mansouri | deels openbaar |\n"
        "| 3 | Brief van minister Kuipers | - | openbaar |\n",
        redact=[
            ("Annemiek Drost-van Lingen", "PERSON", E),
            ("Hendrik-Jan Wolbers", "PERSON", E),
            ("Y. El Mansouri", "PERSON", E),
            ("|Annemiek Drost| gaf", "PERSON", E),
            ("|Hendrik-Jan| liet", "PERSON", E),
            ("A. Drost-van Lingen", "PERSON", E),
            ("H.J. Wolbers", "PERSON", E),
        ],
        officials=["Kuipers"],
        visible=["Ministerie van Volksgezondheid, Welzijn en Sport", "Postbus 20350 2500 EJ Den Haag",
                 "Stichting Zorgcoöperatie De Linde", "zorgcoöperatie De Linde", "Subsidieaanvraag 2021",
                 "Mail over begroting", "deels openbaar", "oud-penningmeester", "projectleider"],
        batch=43,
    ),
    Doc(
        "nl-whatsapp-ios-vergunningen",
        "[09-02-24 14:03:11] Femke 🌻: Heeft iemand de aanvraag van Jos Verhagen al gezien?\n"
        "[09-02-24 14:05:40] Rutger (Toezicht): Ja, hij wil een mantelzorgwoning achter Dorpsstraat 44\n"
        "[09-02-24 14:06:02] Femke 🌻: Jos belde me gisteren boos op, zijn nummer is 06-41230987\n"
        "[09-02-24 14:09:27] Noor: Ik ken Jos nog van de dorpsraad. Rutger, kun je morgen gaan kijken?\n"
        "[09-02-24 14:10:15] Rutger (Toezicht): Prima, ik neem Noor mee\n",
        redact=[
            ("Femke", "PERSON", E),
            ("Jos Verhagen", "PERSON", E),
            ("Rutger", "PERSON", E),
            ("Dorpsstraat 44", "ADDRESS", E),
            ("|Jos| belde", "PERSON", E),
            ("06-41230987", "PHONE", E),
            ("Noor", "PERSON", E),
            ("ken |Jos| nog", "PERSON", E),
        ],
        visible=["Toezicht", "mantelzorgwoning", "dorpsraad", "09-02-24 14:03:11"],
        batch=43,
    ),
    Doc(
        "nl-boa-bevindingen-afval",
        "Rapport van bevindingen - illegale afvaldumping\n"
        "Opgemaakt door: boa M. (Mirjam) Ruiter, team Handhaving Openbare Ruimte\n"
        "\n"
        "- 21-08-2024, 07:40 uur: melding van een bewoner over huisvuil naast de container aan de Weverstraat.\n"
        "- In de zakken trof ik post aan op naam van WIŚNIEWSKA, Katarzyna, Weverstraat 18-B, 6862 AG Oosterbeek.\n"
        "- Om 08:15 uur sprak ik haar aan. Mevrouw Wiśniewska verklaarde dat haar huisgenoot Paweł de zakken had\n"
        "  neergezet. Zij toonde haar identiteitskaart, documentnummer IRK8L4F27.\n"
        "- Een bestelbus met kenteken VXR-81-J stond voor de deur; volgens de buurvrouw, mevrouw Hoekman, is die\n"
        "  van Paweł.\n"
        "- Ik heb een bestuurlijke strafbeschikking opgemaakt. Collega boa T. Bouwmeester was aanwezig.\n",
        redact=[
            ("M. (Mirjam) Ruiter", "PERSON", E),
            ("WIŚNIEWSKA, Katarzyna", "PERSON", E),
            ("Weverstraat 18-B", "ADDRESS", E),
            ("6862 AG", "ADDRESS", E),
            ("Mevrouw |Wiśniewska|", "PERSON", E),
            ("Paweł", "PERSON", E),
            ("IRK8L4F27", "ID_DOCUMENT", E),
            ("VXR-81-J", "LICENSE_PLATE", E),
            ("mevrouw |Hoekman|", "PERSON", E),
            ("T. Bouwmeester", "PERSON", E),
        ],
        visible=["Handhaving Openbare Ruimte", "21-08-2024, 07:40 uur", "container aan de Weverstraat", "Oosterbeek"],
        batch=43,
    ),
    Doc(
        "nl-sociale-recherche-rapportage",
        "Rapportage onderzoek rechtmatigheid bijstand (sociale recherche)\n"
        "Belanghebbende: Ricardo Emanuel Sánchez Pinto, BSN 905091772\n"
        "Onderzoeker: Wendy Lokhorst, sociaal rechercheur\n"
        "\n"
        "Belanghebbende staat sinds 1 februari 2022 ingeschreven op Bergweg 270-C, 3036 BJ Rotterdam. Uit\n"
        "waarnemingen op 4, 7 en 11 maart 2024 blijkt dat ook mevrouw Chantal Mulder daar verblijft. Haar auto\n"
        "(kenteken 52-HKT-3) stond elke ochtend voor de woning. Sánchez Pinto verklaarde dat Chantal alleen\n"
        "oppast op zijn dochter Luna. Op de rekening NL93 ABNA 8202 7904 03 komen maandelijks bedragen binnen van\n"
        "C. Mulder.\n"
        "\n"
        "Conclusie: er is sprake van een gezamenlijke huishouding. Terugvordering over de periode maart 2022 tot\n"
        "en met maart 2024 wordt voorgesteld aan de teamleider.\n",
        redact=[
            ("Ricardo Emanuel Sánchez Pinto", "PERSON", E),
            ("905091772", "BSN", BSN_GROUND),
            ("Wendy Lokhorst", "PERSON", E),
            ("Bergweg 270-C", "ADDRESS", E),
            ("3036 BJ", "ADDRESS", E),
            ("Chantal Mulder", "PERSON", E),
            ("52-HKT-3", "LICENSE_PLATE", E),
            ("|Sánchez Pinto| verklaarde", "PERSON", E),
            ("dat |Chantal| alleen", "PERSON", E),
            ("Luna", "PERSON", E),
            ("NL93 ABNA 8202 7904 03", "IBAN", E),
            ("C. Mulder", "PERSON", E),
        ],
        visible=["sociale recherche", "1 februari 2022", "Rotterdam", "gezamenlijke huishouding", "teamleider",
                 "maart 2022"],
        batch=43,
    ),
    Doc(
        "nl-bezwaarschrift-advocaat",
        "Van Doorne Kleinjan Advocaten\n"
        "Keizersgracht 411\n"
        "1016 EK Amsterdam\n"
        "\n"
        "Aan het dagelijks bestuur van stadsdeel Zuid\n"
        "\n"
        "Amsterdam, 15 oktober 2024\n"
        "Betreft: bezwaar tegen de omgevingsvergunning voor Cornelis Schuytstraat 102\n"
        "\n"
        "Geacht bestuur,\n"
        "\n"
        "Namens mijn cliënten, de heer A.W. Kramer en mevrouw L. Kramer-Stoop, wonende Cornelis Schuytstraat 104-II\n"
        "te Amsterdam, maak ik bezwaar tegen uw besluit van 3 september 2024. De vergunninghouder, de heer\n"
        "Olivier Zandvliet, wil een dakterras bouwen dat direct uitkijkt op de slaapkamer van cliënten. De heer\n"
        "Kramer werkt in ploegendienst en slaapt overdag.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "mr. S.E. (Sophie) Brandsen-Okafor\n"
        "advocaat\n"
        "T 020 5517 340 | E brandsen@vdk-advocaten.nl\n",
        redact=[
            ("Cornelis Schuytstraat 102", "ADDRESS", E),
            ("A.W. Kramer", "PERSON", E),
            ("L. Kramer-Stoop", "PERSON", E),
            ("Cornelis Schuytstraat 104-II", "ADDRESS", E),
            ("Olivier Zandvliet", "PERSON", E),
            ("heer\n|Kramer| werkt", "PERSON", E),
            ("mr. S.E. (Sophie) Brandsen-Okafor", "PERSON", E),
            ("020 5517 340", "PHONE", E),
            ("brandsen@vdk-advocaten.nl", "EMAIL", E),
        ],
        visible=["Van Doorne Kleinjan Advocaten", "Keizersgracht 411", "1016 EK Amsterdam", "stadsdeel Zuid",
                 "15 oktober 2024", "3 september 2024", "Geacht bestuur"],
        batch=43,
    ),
    Doc(
        "nl-melding-vertrouwenspersoon",
        "Samenvatting melding bij de vertrouwenspersoon (vertrouwelijk)\n"
        "Melder: medewerker afdeling Belastingen, Ilona Verbeek-Castro\n"
        "Vertrouwenspersoon: Geert-Jan Vos\n"
        "\n"
        "Ilona geeft aan dat haar leidinggevende, Marco Dijkhuizen, haar sinds de reorganisatie negeert in\n"
        "overleggen en haar werk aan collega's geeft. Volgens Ilona heeft collega Fenna Bosch dit ook gezien.\n"
        "Marco zou in een teamoverleg hebben gezegd dat 'sommige mensen beter kunnen vertrekken'.\n"
        "Ilona wil nu geen formele klacht indienen. Afgesproken is dat Geert-Jan over drie weken contact opneemt.\n",
        redact=[
            ("Ilona Verbeek-Castro", "PERSON", E),
            ("Geert-Jan Vos", "PERSON", E),
            ("|Ilona| geeft", "PERSON", E),
            ("Marco Dijkhuizen", "PERSON", E),
            ("Volgens |Ilona|", "PERSON", E),
            ("Fenna Bosch", "PERSON", E),
            ("|Marco| zou", "PERSON", E),
            ("|Ilona| wil", "PERSON", E),
            ("dat |Geert-Jan| over", "PERSON", E),
        ],
        visible=["afdeling Belastingen", "vertrouwenspersoon", "reorganisatie", "teamoverleg"],
        batch=43,
    ),
    Doc(
        "en-uk-council-foi-response",
        "Bristol City Council\n"
        "Information Governance, PO Box 3399, Bristol BS1 9NE\n"
        "\n"
        "Request reference: CIS-2024-11873\n"
        "\n"
        "You asked for correspondence about the Residents' Parking Zone in Bishopston. We enclose the e-mails.\n"
        "The names of councillors are not withheld: Cllr Emma Holloway, Green, wrote to officers on 2 May 2024.\n"
        "Officers below Head of Service level are withheld under section 40(2), as are residents. In the e-mail\n"
        "of 7 May 2024, Traffic Engineer Joe Pritchard-Evans replies to a resident, Mrs Doreen Ashby of\n"
        "18 Longmead Avenue, who asked whether her carer's van could park outside. Mrs Ashby's carer, Precious\n"
        "Moyo, is also named.\n"
        "\n"
        "Information Governance Team\n"
        "foi@bristol.gov.uk\n",
        redact=[
            ("Joe Pritchard-Evans", "PERSON", E),
            ("Doreen Ashby", "PERSON", E),
            ("18 Longmead Avenue", "ADDRESS", E),
            ("Mrs |Ashby|'s", "PERSON", E),
            ("Precious\nMoyo", "PERSON", E),
        ],
        officials=["Emma Holloway"],
        visible=["Bristol City Council", "PO Box 3399", "BS1 9NE", "CIS-2024-11873", "Residents' Parking Zone",
                 "Bishopston", "section 40(2)", "Information Governance Team", "foi@bristol.gov.uk", "Traffic Engineer"],
        batch=43,
    ),
    Doc(
        "en-us-foia-email-release",
        "U.S. Department of Justice\n"
        "Office of Information Policy\n"
        "\n"
        "From: HARGROVE, DENISE M (CRT) <Denise.M.Hargrove@usdoj.gov>\n"
        "Sent: Tuesday, November 14, 2023 3:12 PM\n"
        "To: Patel, Nikhil (CRT) <Nikhil.Patel2@usdoj.gov>; (b)(6), (b)(7)(C)\n"
        "Subject: RE: complaint 23-CRT-0419\n"
        "\n"
        "Nikhil - the complainant, Mr. Abdullahi Warsame (DOB 06/30/1979), called again this morning from\n"
        "(612) 555-0174. He says his landlord, Gerald Voss, changed the locks. Can you loop in Assistant Attorney\n"
        "General Kristen Clarke before we reply? Denise\n",
        redact=[
            ("HARGROVE, DENISE M", "PERSON", E),
            ("Denise.M.Hargrove@usdoj.gov", "EMAIL", E),
            ("Patel, Nikhil", "PERSON", E),
            ("Nikhil.Patel2@usdoj.gov", "EMAIL", E),
            ("|Nikhil| - the", "PERSON", E),
            ("Abdullahi Warsame", "PERSON", E),
            ("06/30/1979", "DATE_OF_BIRTH", E),
            ("(612) 555-0174", "PHONE", E),
            ("Gerald Voss", "PERSON", E),
            ("reply? |Denise|", "PERSON", E),
        ],
        officials=["Kristen Clarke"],
        visible=["U.S. Department of Justice", "Office of Information Policy", "(b)(6), (b)(7)(C)", "23-CRT-0419",
                 "November 14, 2023", "CRT"],
        batch=43,
    ),
    # -- batch 44: written after the fixes for batch 43 -----------------------------------------------------
    Doc(
        "nl-woo-mailwisseling-provincie",
        "Van: 'Bakker, Sanne' <s.bakker@pzh.nl>\n"
        "Verzonden: donderdag 7 november 2024 16:48\n"
        "Aan: gedeputeerde Van Haaften; 'Rijnders, T.' <t.rijnders@pzh.nl>\n"
        "CC: Moerman, Ruud <r.moerman@arcadis-extern.nl>\n"
        "Onderwerp: RE: stikstofbank - reactie agrariërs\n"
        "\n"
        "Beste Thijmen,\n"
        "\n"
        "De heer en mevrouw Van der Kooij (melkveebedrijf aan de Oud-Bodegraafseweg 15, 2411 HS Bodegraven) hebben\n"
        "gisteren gebeld. Ze willen vóór de Statenvergadering met gedeputeerde Van Haaften praten. Ruud heeft de\n"
        "berekening voor hun bedrijf klaar. Kun jij het gesprek plannen? Hun nummer is 0172-614 338.\n"
        "\n"
        "Groet,\n"
        "Sanne\n",
        redact=[
            ("Bakker, Sanne", "PERSON", E),
            ("s.bakker@pzh.nl", "EMAIL", E),
            ("Rijnders, T.", "PERSON", E),
            ("t.rijnders@pzh.nl", "EMAIL", E),
            ("Moerman, Ruud", "PERSON", E),
            ("r.moerman@arcadis-extern.nl", "EMAIL", E),
            ("Thijmen", "PERSON", E),
            ("Van der Kooij", "PERSON", E),
            ("Oud-Bodegraafseweg 15", "ADDRESS", E),
            ("2411 HS", "ADDRESS", E),
            ("|Ruud| heeft", "PERSON", E),
            ("0172-614 338", "PHONE", E),
            ("Groet,\n|Sanne|", "PERSON", E),
        ],
        officials=["Van Haaften"],
        visible=["7 november 2024", "stikstofbank", "Statenvergadering", "Bodegraven", "melkveebedrijf"],
        batch=44,
    ),
    Doc(
        "nl-teams-kanaal-export",
        "Kanaal: Team Wonen > Algemeen (export 18-06-2024)\n"
        "\n"
        "Sevda Karaman  09:12\n"
        "@Pieter kun jij de huurachterstand van mevrouw Oudshoorn nog een keer bekijken? Ze belde in tranen.\n"
        "\n"
        "Pieter Hulshof  09:20\n"
        "Doe ik. @Sevda weet jij of haar zoon Milan nog bij haar woont?\n"
        "\n"
        "Sevda Karaman  09:24\n"
        "Nee, Milan woont sinds april in Zwolle. Floor van Schuldhulp heeft het dossier.\n",
        redact=[
            ("Sevda Karaman", "PERSON", E),
            ("@|Pieter| kun", "PERSON", E),
            ("Oudshoorn", "PERSON", E),
            ("Pieter Hulshof", "PERSON", E),
            ("@|Sevda| weet", "PERSON", E),
            ("Milan", "PERSON", E),
            ("Floor", "PERSON", E),
        ],
        visible=["Team Wonen", "18-06-2024", "huurachterstand", "Zwolle", "Schuldhulp"],
        batch=44,
    ),
    Doc(
        "nl-aangifte-oplichting",
        "PROCES-VERBAAL AANGIFTE\n"
        "Feit: oplichting (art. 326 Sr)\n"
        "\n"
        "Aangever\n"
        "Achternaam: Nguyễn\n"
        "Voornamen: Thị Lan\n"
        "Geboren: 02-09-1988 te Hanoi\n"
        "Nationaliteit: Vietnamese\n"
        "Adres: Schiekade 190-A, 3013 BS Rotterdam\n"
        "Telefoon: 06-29384751\n"
        "\n"
        "Ik doe aangifte van oplichting. Op 3 februari 2025 kocht ik via Marktplaats een wasmachine van een man die\n"
        "zich 'Kevin' noemde. Ik heb € 250 overgemaakt van mijn rekening NL66 TRIO 7793 3636 49. Daarna reageerde hij\n"
        "niet meer. Mijn buurvrouw Hanneke de Wit heeft de advertentie ook gezien.\n",
        redact=[
            ("Nguyễn", "PERSON", E),
            ("Thị Lan", "PERSON", E),
            ("02-09-1988", "DATE_OF_BIRTH", E),
            ("Schiekade 190-A", "ADDRESS", E),
            ("3013 BS", "ADDRESS", E),
            ("06-29384751", "PHONE", E),
            ("Kevin", "PERSON", E),
            ("NL66 TRIO 7793 3636 49", "IBAN", E),
            ("Hanneke de Wit", "PERSON", E),
        ],
        visible=["PROCES-VERBAAL AANGIFTE", "art. 326 Sr", "Hanoi", "Vietnamese", "Marktplaats", "3 februari 2025",
                 "Rotterdam"],
        batch=44,
    ),
    Doc(
        "nl-schuldhulp-intakeformulier",
        "Intake schuldhulpverlening\n"
        "Naam cliënt: dhr. K.A. (Kees) Verweij\n"
        "BSN: 882569880\n"
        "Partner: mw. Ingrid Verweij-Smit\n"
        "Kinderen: Daan (9), Sofie (6)\n"
        "Werkgever cliënt: Bouwbedrijf Hoogendoorn B.V., Gouda\n"
        "Schuldeisers: Belastingdienst/Toeslagen, CJIB, Eneco, DUO\n"
        "\n"
        "Toelichting: Kees werkt sinds 2021 als timmerman. Ingrid is in 2023 ontslagen. De gezinsvoogd van Daan,\n"
        "mevrouw R. Tahiri, is op de hoogte van de schulden.\n",
        redact=[
            ("dhr. K.A. (Kees) Verweij", "PERSON", E),
            ("882569880", "BSN", BSN_GROUND),
            ("Ingrid Verweij-Smit", "PERSON", E),
            ("Daan", "PERSON", E),
            ("Sofie", "PERSON", E),
            ("|Kees| werkt", "PERSON", E),
            ("|Ingrid| is", "PERSON", E),
            ("R. Tahiri", "PERSON", E),
        ],
        visible=["Bouwbedrijf Hoogendoorn B.V.", "Gouda", "Belastingdienst/Toeslagen", "CJIB", "Eneco", "DUO",
                 "timmerman"],
        batch=44,
    ),
    Doc(
        "nl-zienswijze-buurman-mail",
        "Van: Gert Scholten <gert.scholten63@ziggo.nl>\n"
        "Aan: vergunningen@bunnik.nl\n"
        "Onderwerp: zienswijze aanvraag bed & breakfast Molenweg 3\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Als bewoner van Molenweg 5 in Odijk dien ik een zienswijze in tegen de aanvraag van de familie Yıldız\n"
        "voor een bed & breakfast op nummer 3. Ook mevrouw Bos van nummer 7 maakt zich zorgen over het parkeren.\n"
        "Mijn kenteken (HV-207-T) en dat van mijn vrouw staan al bijna altijd op straat.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "G.J. Scholten\n"
        "Molenweg 5, 3984 NK Odijk\n"
        "06 18 27 36 45\n",
        redact=[
            ("Gert Scholten", "PERSON", E),
            ("gert.scholten63@ziggo.nl", "EMAIL", E),
            ("Molenweg 3", "ADDRESS", E),
            ("Molenweg 5", "ADDRESS", E),
            ("familie |Yıldız|", "PERSON", E),
            ("mevrouw |Bos|", "PERSON", E),
            ("HV-207-T", "LICENSE_PLATE", E),
            ("G.J. Scholten", "PERSON", E),
            ("3984 NK", "ADDRESS", E),
            ("06 18 27 36 45", "PHONE", E),
        ],
        visible=["vergunningen@bunnik.nl", "bed & breakfast", "Odijk", "Geachte heer, mevrouw"],
        batch=44,
    ),
    Doc(
        "en-nhs-disciplinary-outcome",
        "Private and Confidential\n"
        "Ms Charlotte Okonjo-Reilly\n"
        "22 Albert Terrace\n"
        "Sheffield S10 2AG\n"
        "\n"
        "Dear Charlotte,\n"
        "\n"
        "Outcome of disciplinary hearing held on 14 May 2024\n"
        "\n"
        "The hearing panel consisted of Mark Whitcombe (Divisional Director, chair) and Aisha Siddiqui (HR Business\n"
        "Partner). You were accompanied by your RCN representative, Dave Gilchrist. The management case was\n"
        "presented by Ward Manager Lucy Barraclough. The panel found that you did not follow the controlled drugs\n"
        "procedure on 3 March 2024. You will receive a first written warning, which will stay on your file for\n"
        "twelve months. You may appeal to the Chief Executive, Kirsten Major, within 14 days.\n"
        "\n"
        "Yours sincerely,\n"
        "Mark Whitcombe\n",
        redact=[
            ("Charlotte Okonjo-Reilly", "PERSON", E),
            ("22 Albert Terrace", "ADDRESS", E),
            ("S10 2AG", "ADDRESS", E),
            ("Dear |Charlotte|,", "PERSON", E),
            ("Mark Whitcombe", "PERSON", E),
            ("Aisha Siddiqui", "PERSON", E),
            ("Dave Gilchrist", "PERSON", E),
            ("Lucy Barraclough", "PERSON", E),
        ],
        officials=["Kirsten Major"],
        visible=["Private and Confidential", "Sheffield", "14 May 2024", "RCN", "controlled drugs", "Chief Executive"],
        batch=44,
    ),
    Doc(
        "en-us-vaughn-index",
        "VAUGHN INDEX - Case No. 1:23-cv-02217 (D.D.C.)\n"
        "\n"
        "Doc  Description                                           Exemption           Withheld information\n"
        "12   Email from SA Brandon K. Tillery to TFO Ramon Ibarra   (b)(6), (b)(7)(C)   names of FBI personnel\n"
        "13   FD-302 interview of witness Ngozi Eze-Okafor           (b)(6), (b)(7)(C)   witness name, phone 301-555-0187\n"
        "14   Letter from AUSA Hannah J. Brightwater                 (b)(5)              deliberative remarks\n"
        "\n"
        "Declarant: Michael G. Seidel, Section Chief, Record/Information Dissemination Section, FBI\n",
        redact=[
            ("Brandon K. Tillery", "PERSON", E),
            ("Ramon Ibarra", "PERSON", E),
            ("Ngozi Eze-Okafor", "PERSON", E),
            ("301-555-0187", "PHONE", E),
            ("Hannah J. Brightwater", "PERSON", E),
        ],
        officials=["Michael G. Seidel"],
        visible=["VAUGHN INDEX", "1:23-cv-02217", "(b)(6), (b)(7)(C)", "names of FBI personnel",
                 "Record/Information Dissemination Section", "(b)(5)"],
        batch=44,
    ),
    Doc(
        "en-uk-disclosure-log-council",
        "Disclosure log entry FOI/24/0093 - Anti-social behaviour complaints, Hillside estate\n"
        "\n"
        "From: Mandeep Sandhu (ASB Officer)\n"
        "Sent: 12 February 2024 10:03\n"
        "To: Jason Reeve\n"
        "Subject: Noise from flat 14\n"
        "\n"
        "Hi Jason,\n"
        "Thanks for your call about the noise from 14 Hillside Court. I have written to the tenant, Mr Kyle Dawson,\n"
        "and will visit with PCSO Amy Littlewood on Thursday. If it carries on, please call me on 0114 273 4567.\n"
        "Mandeep\n",
        redact=[
            ("Mandeep Sandhu", "PERSON", E),
            ("Jason Reeve", "PERSON", E),
            ("Hi |Jason|,", "PERSON", E),
            ("14 Hillside Court", "ADDRESS", E),
            ("Mr Kyle Dawson", "PERSON", E),
            ("Amy Littlewood", "PERSON", E),
            ("0114 273 4567", "PHONE", E),
            ("4567.\n|Mandeep|", "PERSON", E),
        ],
        visible=["FOI/24/0093", "Hillside estate", "ASB Officer", "12 February 2024", "Noise from flat 14"],
        batch=44,
    ),
    # -- batch 45: written after the fixes for batch 44 -----------------------------------------------------
    Doc(
        "nl-woo-besluit-tabel-betrokkenen",
        "Bijlage 2 - Overzicht betrokkenen en beoordeling\n"
        "\n"
        "| Naam                  | Functie                        | Oordeel                     |\n"
        "|-----------------------|--------------------------------|-----------------------------|\n"
        "| Marjolein Faber-Bos   | wethouder Ruimte               | openbaar (bestuurder)       |\n"
        "| Koen Verstappen       | beleidsadviseur                | niet openbaar (5.1.2e)      |\n"
        "| J.W. (Jan-Willem) Tol | extern adviseur, Tol Advies    | niet openbaar (5.1.2e)      |\n"
        "| Noor el Idrissi       | bewoner Kanaalstraat           | niet openbaar (5.1.2e)      |\n"
        "\n"
        "Toelichting: wethouder Faber-Bos treedt op in haar publieke functie. Koen en Jan-Willem zijn geen\n"
        "bestuurders; mevrouw El Idrissi is een omwonende.\n",
        redact=[
            ("Koen Verstappen", "PERSON", E),
            ("J.W. (Jan-Willem) Tol", "PERSON", E),
            ("|Tol| Advies", "PERSON", E),  # a sole trader's firm named after him
            ("Noor el Idrissi", "PERSON", E),
            ("|Koen| en", "PERSON", E),
            ("en |Jan-Willem| zijn", "PERSON", E),
            ("mevrouw |El Idrissi|", "PERSON", E),
        ],
        officials=["Marjolein Faber-Bos"],
        visible=["wethouder Ruimte", "beleidsadviseur", "Kanaalstraat", "niet openbaar (5.1.2e)",
                 "openbaar (bestuurder)"],
        batch=45,
    ),
    Doc(
        "nl-whatsapp-reisgroep-jongerenwerk",
        "22-07-2024 18:01 - Jongerenwerk Zuid: Morgen vertrek 09:00 bij het wijkcentrum\n"
        "22-07-2024 18:03 - Demi: Top! Ik rij met de bus naar Breda en haal daar Ilias op\n"
        "22-07-2024 18:05 - Jongerenwerk Zuid: Denk aan de medicijnen van Jaylano, zijn moeder brengt ze om 08:45\n"
        "22-07-2024 18:06 - Demi: Komt Fenna ook? Haar vader belde dat ze ziek is\n"
        "22-07-2024 18:09 - Jongerenwerk Zuid: Nee, Fenna blijft thuis. We zijn om 17:00 terug in Ede\n",
        redact=[
            ("Demi", "PERSON", E),
            ("Ilias", "PERSON", E),
            ("Jaylano", "PERSON", E),
            ("Fenna", "PERSON", E),
        ],
        passages=[("ziek", SPECIAL)],
        visible=["Jongerenwerk Zuid", "wijkcentrum", "Breda", "Ede", "22-07-2024 18:01"],
        batch=45,
    ),
    Doc(
        "nl-pv-bevindingen-verdachte-caps",
        "PROCES-VERBAAL VAN BEVINDINGEN (vervolg)\n"
        "\n"
        "Op 14 november 2024 omstreeks 23.10 uur zagen wij, verbalisanten Van Dam en Oukili, een grijze Opel Corsa\n"
        "met kenteken 7-KZR-09 op de Vaartweg. De bestuurder bleek te zijn: DE BRUIJN, Ruben Adrianus, geboren\n"
        "30 januari 2001. Als passagier zat naast hem zijn vriendin, Shanice Zeegers. DE BRUIJN verklaarde dat hij\n"
        "de auto van zijn oom, Henk de Bruijn, had geleend. Shanice wilde geen verklaring afleggen.\n"
        "\n"
        "Verbalisant 1: J. van Dam, hoofdagent\n"
        "Verbalisant 2: S. Oukili, agent\n",
        redact=[
            ("verbalisanten |Van Dam| en", "PERSON", E),
            ("en |Oukili|,", "PERSON", E),
            ("7-KZR-09", "LICENSE_PLATE", E),
            ("DE BRUIJN, Ruben Adrianus", "PERSON", E),
            ("30 januari 2001", "DATE_OF_BIRTH", E),
            ("Shanice Zeegers", "PERSON", E),
            ("|DE BRUIJN| verklaarde", "PERSON", E),
            ("Henk de Bruijn", "PERSON", E),
            ("|Shanice| wilde", "PERSON", E),
            ("J. van Dam", "PERSON", E),
            ("S. Oukili", "PERSON", E),
        ],
        visible=["14 november 2024", "Opel Corsa", "Vaartweg", "hoofdagent"],
        batch=45,
    ),
    Doc(
        "nl-wmo-melding-mantelzorger",
        "Melding Wmo - ondersteuning thuis\n"
        "Datum melding: 5 maart 2025\n"
        "Gemeld door: dochter (mantelzorger), Saskia Ramdin-Jagernath, tel. 06 52 81 90 37\n"
        "Betreft: mevrouw Sumintra Jagernath, BSN 703565680, Johan de Wittlaan 18, 2517 JR Den Haag\n"
        "\n"
        "Saskia geeft aan dat haar moeder sinds de dood van haar vader, Ramesh, niet meer goed voor zichzelf zorgt.\n"
        "Mevrouw Jagernath eet slecht en vergeet afspraken. Saskia werkt fulltime en kan niet vaker komen.\n"
        "Haar broer Vikash woont in Amsterdam. Consulent Thijs Meeuwsen plant een huisbezoek.\n",
        redact=[
            ("Saskia Ramdin-Jagernath", "PERSON", E),
            ("06 52 81 90 37", "PHONE", E),
            ("Sumintra Jagernath", "PERSON", E),
            ("703565680", "BSN", BSN_GROUND),
            ("Johan de Wittlaan 18", "ADDRESS", E),
            ("2517 JR", "ADDRESS", E),
            ("|Saskia| geeft", "PERSON", E),
            ("Ramesh", "PERSON", E),
            ("Mevrouw |Jagernath|", "PERSON", E),
            ("|Saskia| werkt", "PERSON", E),
            ("Vikash", "PERSON", E),
            ("Thijs Meeuwsen", "PERSON", E),
        ],
        passages=[("vergeet afspraken", SPECIAL)],
        visible=["Melding Wmo", "5 maart 2025", "mantelzorger", "Den Haag", "Amsterdam", "huisbezoek"],
        batch=45,
    ),
    Doc(
        "nl-hoorzitting-verslag-surinaams",
        "Verslag hoorzitting bezwaarcommissie - bezwaar tegen last onder dwangsom (Sterrenlaan 9)\n"
        "\n"
        "Aanwezig: mr. A.R. Gobardhan (voorzitter), drs. W. Kroon, mevrouw I. Soekhoe (secretaris)\n"
        "Bezwaarmaker: de heer Dewkoemar Baldewsingh, bijgestaan door zijn schoonzoon, de heer Ravi Mathoera\n"
        "Namens het college: Ellen van Wijngaarden (handhaver)\n"
        "\n"
        "De heer Baldewsingh legt uit dat de aanbouw al sinds 1998 staat. Zijn buurman Tjon-A-Fong heeft nooit\n"
        "geklaagd. Mathoera overlegt foto's uit 2001. Van Wijngaarden zegt dat de aanbouw niet op de tekening staat.\n",
        redact=[
            ("Sterrenlaan 9", "ADDRESS", E),
            ("mr. A.R. Gobardhan", "PERSON", E),
            ("drs. W. Kroon", "PERSON", E),
            ("I. Soekhoe", "PERSON", E),
            ("Dewkoemar Baldewsingh", "PERSON", E),
            ("Ravi Mathoera", "PERSON", E),
            ("Ellen van Wijngaarden", "PERSON", E),
            ("heer |Baldewsingh| legt", "PERSON", E),
            ("Tjon-A-Fong", "PERSON", E),
            ("|Mathoera| overlegt", "PERSON", E),
            ("|Van Wijngaarden| zegt", "PERSON", E),
        ],
        visible=["bezwaarcommissie", "last onder dwangsom", "handhaver", "1998"],
        batch=45,
    ),
    Doc(
        "en-workplace-investigation-witnesses",
        "WORKPLACE INVESTIGATION REPORT - CONFIDENTIAL\n"
        "Case: WI-2024-031 (bullying allegation, Facilities team)\n"
        "\n"
        "Interviewees\n"
        "Witness A: Colm Fitzgerald, Facilities Supervisor\n"
        "Witness B: Precious Ndlovu, Cleaner\n"
        "Witness C: declined to be named\n"
        "\n"
        "Witness A (Mr Fitzgerald) said that the respondent, Barry Kettleborough, shouted at Ms Ndlovu in the\n"
        "loading bay on 9 April 2024. Precious confirmed this and added that Barry had called her 'useless'.\n"
        "The investigator, Joanne Pike of Pike HR Consulting Ltd, recommends mediation.\n",
        redact=[
            ("Colm Fitzgerald", "PERSON", E),
            ("Precious Ndlovu", "PERSON", E),
            ("Mr |Fitzgerald|", "PERSON", E),
            ("Barry Kettleborough", "PERSON", E),
            ("Ms |Ndlovu|", "PERSON", E),
            ("|Precious| confirmed", "PERSON", E),
            ("that |Barry| had", "PERSON", E),
            ("Joanne Pike", "PERSON", E),
        ],
        visible=["WI-2024-031", "Facilities team", "Facilities Supervisor", "Cleaner", "declined to be named",
                 "9 April 2024", "Pike HR Consulting Ltd"],
        batch=45,
    ),
    Doc(
        "en-us-privacy-act-request",
        "PRIVACY ACT / FOIA REQUEST\n"
        "\n"
        "Requester: Oluwaseun Adebayo-Carter\n"
        "Mailing address: 4410 Calloway Drive, Apt 12, Bakersfield, CA 93312\n"
        "Date of birth: March 3, 1975\n"
        "SSN: 602184475\n"
        "A-Number: A098 114 652\n"
        "\n"
        "I request all records about me held by USCIS, including the notes of my interview with officer\n"
        "D. Castellanos in 2019 and any letters from my former employer, Ridgeview Farms. My wife, Ifeoma, is\n"
        "authorized to receive the records on my behalf.\n"
        "\n"
        "Signed: Oluwaseun Adebayo-Carter\n",
        redact=[
            ("Oluwaseun Adebayo-Carter", "PERSON", E),
            ("4410 Calloway Drive, Apt 12", "ADDRESS", E),
            ("March 3, 1975", "DATE_OF_BIRTH", E),
            ("602184475", "SSN", E),
            ("A098 114 652", "ID_DOCUMENT", E),
            ("D. Castellanos", "PERSON", E),
            ("Ifeoma", "PERSON", E),
        ],
        visible=["PRIVACY ACT / FOIA REQUEST", "Bakersfield", "USCIS", "Ridgeview Farms"],
        batch=45,
    ),
    # -- batch 46: written after the fixes for batch 45 -----------------------------------------------------
    Doc(
        "nl-notulen-raad-insprekers",
        "Notulen van de openbare raadsvergadering van 12 juni 2024\n"
        "\n"
        "Aanwezig: de voorzitter, burgemeester Sharon Dijksma; de raadsleden Jeroen Mol (GroenLinks), Liesbeth\n"
        "Vos-Kramer (VVD) en Hamid Akkouh (PvdA); griffier: Ingrid Noorlander.\n"
        "\n"
        "1. Inspreekrecht\n"
        "De heer Bert Hogendoorn, bewoner van de Burgemeester de Withstraat 12, spreekt in over de bomenkap.\n"
        "Mevrouw Zahra Ouahbi spreekt namens Stichting Buurtbelang Hoograven. Mol vraagt de heer Hogendoorn of hij\n"
        "de aannemer, Heijmans, heeft gesproken. Juni is volgens hem een slechte maand om te kappen.\n",
        redact=[
            ("Bert Hogendoorn", "PERSON", E),
            ("Burgemeester de Withstraat 12", "ADDRESS", E),
            ("Zahra Ouahbi", "PERSON", E),
            ("heer |Hogendoorn| of", "PERSON", E),
        ],
        officials=["Sharon Dijksma", "Jeroen Mol", "Liesbeth\nVos-Kramer", "Hamid Akkouh", "Ingrid Noorlander",
                   "|Mol| vraagt"],
        visible=["12 juni 2024", "Stichting Buurtbelang Hoograven", "Heijmans", "Juni is", "Inspreekrecht"],
        batch=46,
    ),
    Doc(
        "en-signal-council-housing",
        "[10/09/2024, 08:12] Chelsea: Morning all, Chelsea Housing Office is closed today, we're at the depot\n"
        "[10/09/2024, 08:14] Tariq Mahmood: Thanks. Mrs Okafor at 7 Florence Road rang again about the damp\n"
        "[10/09/2024, 08:15] Chelsea: Can you ask Declan to visit her? He's in Brixton anyway\n"
        "[10/09/2024, 08:20] Declan: Will do. Her son Tobi said she's been in hospital with her chest\n"
        "[10/09/2024, 08:22] Tariq Mahmood: Cheers Declan\n",
        redact=[
            ("[10/09/2024, 08:12] |Chelsea|:", "PERSON", E),
            ("[10/09/2024, 08:15] |Chelsea|:", "PERSON", E),
            ("Tariq Mahmood", "PERSON", E),
            ("Mrs |Okafor|", "PERSON", E),
            ("7 Florence Road", "ADDRESS", E),
            ("Declan", "PERSON", E),
            ("Tobi", "PERSON", E),
        ],
        passages=[("in hospital with her chest", SPECIAL)],
        visible=["Chelsea Housing Office", "Brixton", "depot", "10/09/2024, 08:12"],
        batch=46,
    ),
    Doc(
        "nl-pv-verhoor-verdachte-alias",
        "PROCES-VERBAAL VAN VERHOOR VERDACHTE\n"
        "\n"
        "Verdachte: EL AMRANI, Mohamed, bijnaam 'Mo', geboren 08-12-1999 te Utrecht\n"
        "Raadsman: mr. P.J. Versteegh, advocaat te Utrecht\n"
        "\n"
        "V: Ken je Kacper Wiśniewski?\n"
        "A: Ja, dat is een vriend van mijn broer Anass. Kacper woont in Overvecht.\n"
        "V: Was je op 2 maart bij de coffeeshop aan de Amsterdamsestraatweg?\n"
        "A: Nee, toen was ik bij mijn vriendin Lotte in Zeist.\n",
        redact=[
            ("EL AMRANI, Mohamed", "PERSON", E),
            ("Mo", "PERSON", E),
            ("08-12-1999", "DATE_OF_BIRTH", E),
            ("mr. P.J. Versteegh", "PERSON", E),
            ("Kacper Wiśniewski", "PERSON", E),
            ("Anass", "PERSON", E),
            ("|Kacper| woont", "PERSON", E),
            ("Lotte", "PERSON", E),
        ],
        visible=["PROCES-VERBAAL VAN VERHOOR VERDACHTE", "Overvecht", "Amsterdamsestraatweg", "Zeist", "2 maart"],
        batch=46,
    ),
    Doc(
        "nl-jeugdbescherming-pleegzorg",
        "Plan van aanpak jeugdbescherming (ondertoezichtstelling)\n"
        "Jeugdige: Noah Brouwer (7) en zijn zus Lieke (4)\n"
        "Moeder: Kimberley Brouwer\n"
        "Pleegouders: fam. Dijkstra-Haan, Boerhaavelaan 31, 8031 AB Zwolle\n"
        "Jeugdbeschermer: Mirjam Kloosterboer, William Schrikker Stichting\n"
        "\n"
        "Noah gaat naar De Regenboog, groep 4. Lieke gaat twee ochtenden naar de peuteropvang. Kimberley ziet de\n"
        "kinderen elke zaterdag onder begeleiding. Opa Gerrit Brouwer wil graag meer contact.\n",
        redact=[
            ("Noah Brouwer", "PERSON", E),
            ("Lieke", "PERSON", E),
            ("Kimberley Brouwer", "PERSON", E),
            ("Dijkstra-Haan", "PERSON", E),
            ("Boerhaavelaan 31", "ADDRESS", E),
            ("8031 AB", "ADDRESS", E),
            ("Mirjam Kloosterboer", "PERSON", E),
            ("|Noah| gaat", "PERSON", E),
            ("|Kimberley| ziet", "PERSON", E),
            ("Gerrit Brouwer", "PERSON", E),
        ],
        visible=["ondertoezichtstelling", "William Schrikker Stichting", "De Regenboog", "Zwolle", "peuteropvang"],
        batch=46,
    ),
    Doc(
        "nl-woo-besluit-zienswijzen-bedrijven",
        "Zienswijzen\n"
        "Over de documenten zijn Van Oord, Boskalis en Heijmans om hun zienswijze gevraagd. Van Oord en Heijmans\n"
        "hebben geen bezwaar. Boskalis vraagt de namen van medewerkers, onder wie projectdirecteur Erik-Jan\n"
        "Wassenaar, en de bedragen in de offerte te lakken. Namens Heijmans reageerde mevrouw Petra Slot-de Groot.\n"
        "\n"
        "Minister Mark Harbers heeft het besluit op 4 april 2024 genomen.\n",
        redact=[
            ("Erik-Jan\nWassenaar", "PERSON", E),
            ("Petra Slot-de Groot", "PERSON", E),
        ],
        officials=["Mark Harbers"],
        visible=["Van Oord", "Boskalis", "Heijmans", "4 april 2024", "projectdirecteur"],
        batch=46,
    ),
    Doc(
        "en-uk-police-foi-officers",
        "Metropolitan Police Service - Freedom of Information Request Reference No: 01/FOI/24/038812\n"
        "\n"
        "The incident log of 17 August 2024 is disclosed with redactions. The names and collar numbers of the\n"
        "attending officers, PC Daniel Oyelaran (PC 4471) and PS Hannah Whitlock, are exempt under section 40(2).\n"
        "The caller, a resident of Coldharbour Lane, gave her name as Mrs Beverley Amoah and her number as\n"
        "07823 551 902. Commander Kevin Southworth has agreed this response.\n",
        redact=[
            ("Daniel Oyelaran", "PERSON", E),
            ("4471", "ID_DOCUMENT", E),
            ("Hannah Whitlock", "PERSON", E),
            ("Mrs Beverley Amoah", "PERSON", E),
            ("07823 551 902", "PHONE", E),
        ],
        officials=["Kevin Southworth"],
        visible=["Metropolitan Police Service", "01/FOI/24/038812", "17 August 2024", "section 40(2)",
                 "Coldharbour Lane"],
        batch=46,
    ),
    Doc(
        "nl-ontslagbesluit-werknemer",
        "Aan: de heer S. (Stefan) Lambregts\n"
        "Kopie: personeelsdossier; mr. drs. E.M. Hagens, arbeidsjurist\n"
        "\n"
        "Geachte heer Lambregts,\n"
        "\n"
        "Na het gesprek op 2 september 2024 met uw leidinggevende, Wendela Oortwijn, en de bedrijfsarts, dr. F.\n"
        "Tielemans, bevestig ik dat uw dienstverband op 1 november 2024 eindigt met wederzijds goedvinden. De\n"
        "vergoeding wordt gestort op NL13 ASNB 0141 6987 22.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "drs. H.A.M. Kerckhoffs\n"
        "directeur Bedrijfsvoering\n",
        redact=[
            ("de heer S. (Stefan) Lambregts", "PERSON", E),
            ("mr. drs. E.M. Hagens", "PERSON", E),
            ("heer |Lambregts|,", "PERSON", E),
            ("Wendela Oortwijn", "PERSON", E),
            ("dr. F.\nTielemans", "PERSON", E),
            ("NL13 ASNB 0141 6987 22", "IBAN", E),
            ("drs. H.A.M. Kerckhoffs", "PERSON", E),
        ],
        visible=["personeelsdossier", "arbeidsjurist", "2 september 2024", "1 november 2024", "directeur Bedrijfsvoering"],
        batch=46,
    ),
    # -- batch 47: written after the fixes for batch 46 (identifiers in many forms) -------------------------
    Doc(
        "nl-woo-bijlage-persoonsgegevens-derden",
        "Bijlage 3 - Persoonsgegevens van derden in de documenten (niet openbaar, art. 5.1 lid 2 sub e Woo)\n"
        "\n"
        "Document 7 (aanvraagformulier subsidie)\n"
        "- aanvrager: Ymke Hoekstra-Zwart, Sânewei 4, 9012 DK Raerd\n"
        "- rekeningnummer: NL15INGB4115073333\n"
        "- burgerservicenummer: 2742.43.398\n"
        "Document 9 (e-mail van een Belgische ondernemer)\n"
        "- afzender: Pieter-Jan Vandenberghe, Kerkstraat 12 bus 3, 8500 Kortrijk\n"
        "- rekening BE86 8870 8685 9150, rijksregisternummer 85.07.12-100.16\n",
        redact=[
            ("Ymke Hoekstra-Zwart", "PERSON", E),
            ("Sânewei 4", "ADDRESS", E),
            ("9012 DK", "ADDRESS", E),
            ("NL15INGB4115073333", "IBAN", E),
            ("2742.43.398", "BSN", BSN_GROUND),
            ("Pieter-Jan Vandenberghe", "PERSON", E),
            ("Kerkstraat 12 bus 3", "ADDRESS", E),
            ("8500", "ADDRESS", E),
            ("BE86 8870 8685 9150", "IBAN", E),
            ("85.07.12-100.16", "ID_DOCUMENT", E),
        ],
        visible=["Bijlage 3", "art. 5.1 lid 2 sub e Woo", "Document 7", "Raerd", "Kortrijk"],
        batch=47,
    ),
    Doc(
        "nl-whatsapp-verhuur-vakantiewoning",
        "05-08-2024 11:02 - Ruud Vermeulen: Hoi Joyce, de sleutel ligt bij de buren, familie Maas op nummer 6\n"
        "05-08-2024 11:05 - Joyce: Top, wij komen rond 15:00. Mijn telefoon is +32 478 12 34 56 als er iets is\n"
        "05-08-2024 11:06 - Ruud Vermeulen: Prima. De borg graag naar DE76 3704 0044 1933 6557 65 t.n.v. R. Vermeulen\n"
        "05-08-2024 11:09 - Joyce: Gedaan. Mijn man Bart rijdt, kenteken 1-ABC-234 (Belgisch)\n",
        redact=[
            ("Ruud Vermeulen", "PERSON", E),
            ("Joyce", "PERSON", E),
            ("familie |Maas|", "PERSON", E),
            ("+32 478 12 34 56", "PHONE", E),
            ("DE76 3704 0044 1933 6557 65", "IBAN", E),
            ("R. Vermeulen", "PERSON", E),
            ("Bart", "PERSON", E),
            ("1-ABC-234", "LICENSE_PLATE", E),
        ],
        visible=["05-08-2024 11:02", "15:00", "Belgisch"],
        batch=47,
    ),
    Doc(
        "nl-pv-aanhouding-belgische-verdachte",
        "Proces-verbaal van aanhouding\n"
        "\n"
        "Aangehouden: JANSSENS, Kevin Marc, geboren op 12 juli 1985 te Genk (België)\n"
        "Woonadres: Stationsstraat 41 bus 2, 3600 Genk\n"
        "Identiteitsbewijs: Belgische identiteitskaart nr. 592-1234567-32\n"
        "Voertuig: BMW 320d, kenteken 2-KLM-584\n"
        "\n"
        "Janssens werd om 03.12 uur aangehouden op de A2 bij Maasbracht. Zijn vriendin, Sarah Peeters,\n"
        "werd gebeld op 0032 489 55 66 77.\n",
        redact=[
            ("JANSSENS, Kevin Marc", "PERSON", E),
            ("12 juli 1985", "DATE_OF_BIRTH", E),
            ("Stationsstraat 41 bus 2", "ADDRESS", E),
            ("3600", "ADDRESS", E),
            ("592-1234567-32", "ID_DOCUMENT", E),
            ("2-KLM-584", "LICENSE_PLATE", E),
            ("|Janssens| werd", "PERSON", E),
            ("Sarah Peeters", "PERSON", E),
            ("0032 489 55 66 77", "PHONE", E),
        ],
        passages=[("aangehouden op de A2", SPECIAL)],
        # the arrest's place lies in the clause its passage covers (the convention of held-out batch 91)
        visible=["Proces-verbaal van aanhouding", "Genk (België)", "BMW 320d"],
        batch=47,
    ),
    Doc(
        "nl-bijzondere-bijstand-aanvraag",
        "Aanvraag bijzondere bijstand - beoordeling\n"
        "Aanvrager: mevrouw D. (Dilan) Aydın-Koç, geb. 19-06-1990\n"
        "Adres: Hof van Delftlaan 88, 2613 BP Delft\n"
        "E-mail: dilan.aydin.koc [at] hotmail [dot] com\n"
        "Telefoon: 015 - 214 77 09\n"
        "\n"
        "Mevrouw vraagt een vergoeding voor een wasmachine. Zij heeft drie kinderen (Elif, Baran en Zeynep).\n"
        "De ex-partner, Murat Aydın, betaalt geen alimentatie. Uitbetaling op NL20 BUNQ 2012 0397 62.\n",
        redact=[
            ("D. (Dilan) Aydın-Koç", "PERSON", E),
            ("19-06-1990", "DATE_OF_BIRTH", E),
            ("Hof van Delftlaan 88", "ADDRESS", E),
            ("2613 BP", "ADDRESS", E),
            ("dilan.aydin.koc [at] hotmail [dot] com", "EMAIL", E),
            ("015 - 214 77 09", "PHONE", E),
            ("Elif", "PERSON", E),
            ("Baran", "PERSON", E),
            ("Zeynep", "PERSON", E),
            ("Murat Aydın", "PERSON", E),
            ("NL20 BUNQ 2012 0397 62", "IBAN", E),
        ],
        visible=["bijzondere bijstand", "BP |Delft|", "wasmachine"],
        batch=47,
    ),
    Doc(
        "en-us-foia-intake-form",
        "FOIA REQUEST FORM - U.S. Department of Veterans Affairs\n"
        "\n"
        "Name: Marcus D. Greenfield\n"
        "Address: 1187 Juniper Hollow Rd, Asheville, NC 28804\n"
        "Phone: 828.555.0163\n"
        "Email: m.greenfield1967@yahoo.com\n"
        "Veteran's SSN: 287541163\n"
        "Veteran's date of birth: 11/30/1967\n"
        "\n"
        "Records requested: my VA claims file, including the C&P exam by Dr. Anita Rosales at the Charles George\n"
        "VA Medical Center in October 2021.\n",
        redact=[
            ("Marcus D. Greenfield", "PERSON", E),
            ("1187 Juniper Hollow Rd", "ADDRESS", E),
            ("828.555.0163", "PHONE", E),
            ("m.greenfield1967@yahoo.com", "EMAIL", E),
            ("287541163", "SSN", E),
            ("11/30/1967", "DATE_OF_BIRTH", E),
            ("Dr. Anita Rosales", "PERSON", E),
        ],
        visible=["U.S. Department of Veterans Affairs", "Asheville", "Charles George\nVA Medical Center",
                 "October 2021", "C&P exam"],
        batch=47,
    ),
    Doc(
        "en-uk-foi-benefits-complaint",
        "DWP Central FOI Team - FOI2024/61522\n"
        "\n"
        "The complaint you asked about was made by a claimant, Mr Rhys Pritchard (National Insurance number\n"
        "JT 48 29 17 B), who lives at 3 Bryn Terrace, Merthyr Tydfil CF47 8DD. His work coach, Lowri, is named in\n"
        "the file, as is her manager, Gethin Morgan. Their names are withheld under section 40(2). The letter was\n"
        "signed for the Secretary of State by Liz Kendall MP.\n",
        redact=[
            ("Mr Rhys Pritchard", "PERSON", E),
            ("JT 48 29 17 B", "ID_DOCUMENT", E),
            ("3 Bryn Terrace", "ADDRESS", E),
            ("CF47 8DD", "ADDRESS", E),
            ("Lowri", "PERSON", E),
            ("Gethin Morgan", "PERSON", E),
        ],
        officials=["Liz Kendall"],
        visible=["DWP Central FOI Team", "FOI2024/61522", "Merthyr Tydfil", "section 40(2)", "Secretary of State"],
        batch=47,
    ),
    # -- batch 48: written after the fixes for batch 47 -----------------------------------------------------
    Doc(
        "nl-mail-outlook-weergavenamen",
        "Van: Jansen, P. (Pieter) <p.jansen@gemeente-oss.nl>\n"
        "Aan: El Ouali, Samira <s.elouali@gemeente-oss.nl>; Team Vergunningen <vergunningen@gemeente-oss.nl>\n"
        "Onderwerp: FW: klacht over geluid evenemententerrein\n"
        "\n"
        "Samira,\n"
        "\n"
        "Zie hieronder de klacht van de heer Van Rijswijk uit Berghem. Hij woont naast het terrein aan de\n"
        "Kruisstraat. Wethouder Gerrits wil vrijdag een reactie. Kun jij met Pieter-Bas van Evenementen bellen?\n"
        "\n"
        "Pieter\n",
        redact=[
            ("Jansen, P. (Pieter)", "PERSON", E),
            ("p.jansen@gemeente-oss.nl", "EMAIL", E),
            ("El Ouali, Samira", "PERSON", E),
            ("s.elouali@gemeente-oss.nl", "EMAIL", E),
            ("|Samira|,", "PERSON", E),
            ("heer |Van Rijswijk|", "PERSON", E),
            ("Pieter-Bas", "PERSON", E),
            ("\n|Pieter|\n", "PERSON", E),
        ],
        officials=["Gerrits"],
        visible=["Team Vergunningen", "vergunningen@gemeente-oss.nl", "Berghem", "Kruisstraat", "Evenementen",
                 "evenemententerrein"],
        batch=48,
    ),
    Doc(
        "nl-memo-straatnamen-en-maanden",
        "Memo verkeersbesluit - juli 2024\n"
        "\n"
        "De afsluiting van de Willem de Zwijgerlaan en de Prins Hendrikstraat duurt van 1 augustus tot Maart\n"
        "volgend jaar niet. Bewoners van de Johan de Wittstraat en het Karel Doormanplein krijgen een brief.\n"
        "Bewoner mevrouw Anna Verhoef (Johan de Wittstraat 44) vroeg om een ontheffing voor haar\n"
        "mantelzorger. Juni en Juli zijn de drukste maanden voor het Rembrandtpark.\n",
        redact=[
            ("Anna Verhoef", "PERSON", E),
            ("Johan de Wittstraat 44", "ADDRESS", E),
        ],
        visible=["Willem de Zwijgerlaan", "Prins Hendrikstraat", "Maart", "Karel Doormanplein", "Juni en Juli",
                 "Rembrandtpark", "de Johan de Wittstraat en"],
        batch=48,
    ),
    Doc(
        "nl-besluit-handhaving-eigenaar",
        "Besluit last onder dwangsom\n"
        "\n"
        "Aan: de heer H.J.M. (Hans) Rutten en mevrouw M.C. Rutten-Peters\n"
        "Eigenaren van het perceel Heistraat 17, 5701 HK Helmond, kadastraal bekend gemeente Helmond, sectie C,\n"
        "nummer 4412\n"
        "\n"
        "Bij een controle op 3 oktober 2024 zag toezichthouder B. Smulders dat in de schuur een woning is gemaakt.\n"
        "Volgens de heer Rutten woont daar zijn schoonzoon, Kevin Habraken. Hans verklaarde dat de gemeente ervan\n"
        "wist.\n",
        redact=[
            ("de heer H.J.M. (Hans) Rutten", "PERSON", E),
            ("M.C. Rutten-Peters", "PERSON", E),
            ("Heistraat 17", "ADDRESS", E),
            ("5701 HK", "ADDRESS", E),
            ("4412", "ADDRESS", E),
            ("B. Smulders", "PERSON", E),
            ("heer |Rutten| woont", "PERSON", E),
            ("Kevin Habraken", "PERSON", E),
            ("|Hans| verklaarde", "PERSON", E),
        ],
        visible=["Besluit last onder dwangsom", "Helmond, sectie C", "3 oktober 2024", "toezichthouder"],
        batch=48,
    ),
    Doc(
        "en-us-oig-complaint-summary",
        "OFFICE OF INSPECTOR GENERAL - COMPLAINT SUMMARY\n"
        "Complaint No. 2023-HL-00417\n"
        "\n"
        "Complainant: Rosa Delgado-Banks, Program Analyst (GS-12), Employee ID 00481267\n"
        "Subject: Supervisor Gregory Tan\n"
        "\n"
        "Ms. Delgado-Banks alleges that Mr. Tan approved overtime for his friend, Wesley Harmon, who did not work\n"
        "it. Wesley has since left the agency. Inspector General Michael E. Horowitz was briefed on May 2, 2023.\n",
        redact=[
            ("Rosa Delgado-Banks", "PERSON", E),
            ("00481267", "ID_DOCUMENT", E),
            ("Gregory Tan", "PERSON", E),
            ("Ms. |Delgado-Banks|", "PERSON", E),
            ("Mr. |Tan|", "PERSON", E),
            ("Wesley Harmon", "PERSON", E),
            ("|Wesley| has", "PERSON", E),
        ],
        officials=["Michael E. Horowitz"],
        visible=["OFFICE OF INSPECTOR GENERAL", "2023-HL-00417", "Program Analyst (GS-12)", "May 2, 2023"],
        batch=48,
    ),
    Doc(
        "en-uk-foi-school-complaint",
        "Derbyshire County Council - FOI response CS/2024/1187\n"
        "\n"
        "The complaint concerned a pupil, referred to in the file as Child A (Oliver), at Ashbourne Primary School.\n"
        "His mother, Mrs Kerry Whitfield, complained about the headteacher's handling of bullying. The Chair of\n"
        "Governors, Cllr Alex Dale, replied on 12 March 2024. The class teacher, Miss Jasmine Holt, gave a statement.\n",
        redact=[
            ("Oliver", "PERSON", E),
            ("Mrs Kerry Whitfield", "PERSON", E),
            ("Miss Jasmine Holt", "PERSON", E),
        ],
        officials=["Alex Dale"],
        visible=["Derbyshire County Council", "CS/2024/1187", "Child A", "Ashbourne Primary School", "12 March 2024"],
        batch=48,
    ),
    # -- batch 49: written after the fixes for batch 48 -----------------------------------------------------
    Doc(
        "nl-verslag-ambtelijk-overleg-mix",
        "Verslag ambtelijk overleg Regionale Energiestrategie, 4 december 2024\n"
        "\n"
        "Aanwezig: gedeputeerde Rik Janssen (provincie Limburg, voorzitter); mw. A.M. van 't Hek (gemeente Venlo);\n"
        "dhr. J.P.M. Coenen (gemeente Peel en Maas); Zhang Wei (adviseur, Witteveen+Bos); ir. María José García\n"
        "López (Enexis)\n"
        "Verslag: Femke Gubbels\n"
        "\n"
        "Mevrouw Van 't Hek meldt dat de raad van Venlo op 18 december besluit. Zhang licht de netcapaciteit toe.\n"
        "García López zegt dat Enexis pas in 2027 kan aansluiten. Gedeputeerde Janssen neemt dit mee naar GS.\n",
        redact=[
            ("mw. A.M. van 't Hek", "PERSON", E),
            ("dhr. J.P.M. Coenen", "PERSON", E),
            ("Zhang Wei", "PERSON", E),
            ("María José García\nLópez", "PERSON", E),
            ("Femke Gubbels", "PERSON", E),
            ("Mevrouw |Van 't Hek|", "PERSON", E),
            ("|Zhang| licht", "PERSON", E),
            ("|García López| zegt", "PERSON", E),
        ],
        officials=["Rik Janssen", "Gedeputeerde |Janssen|"],
        visible=["Regionale Energiestrategie", "4 december 2024", "provincie Limburg", "gemeente Venlo",
                 "gemeente Peel en Maas", "Witteveen+Bos", "Enexis", "18 december", "GS"],
        batch=49,
    ),
    Doc(
        "nl-besluit-ondertekening-wg",
        "Aldus besloten in de vergadering van 10 september 2024.\n"
        "\n"
        "Het college van burgemeester en wethouders van Tilburg,\n"
        "de secretaris,                         de burgemeester,\n"
        "w.g. drs. C.A.M. van Iersel            w.g. Theo Weterings\n"
        "\n"
        "Voor eensluidend afschrift,\n"
        "namens deze,\n"
        "Marloes Kuijpers-Verhoeven\n"
        "medewerker Juridische Zaken\n",
        redact=[
            ("Marloes Kuijpers-Verhoeven", "PERSON", E),
        ],
        officials=["Theo Weterings", "C.A.M. van Iersel"],
        visible=["10 september 2024", "Juridische Zaken", "college van burgemeester en wethouders van Tilburg"],
        batch=49,
    ),
    Doc(
        "nl-klachtbrief-burger-handgeschreven",
        "Aan de gemeente Heerlen, afdeling Klachten\n"
        "\n"
        "Heerlen, 14-2-2025\n"
        "\n"
        "Ik, Josephina (Fien) Lardinois, wonende Akerstraat 102a, 6417 BN Heerlen, wil klagen over\n"
        "medewerker Stijn van het Klantcontactcentrum. Hij was onbeschoft tegen mij en mijn kleindochter Noa toen\n"
        "wij op 10 februari aan de balie kwamen. Mijn BSN is 464762856. U kunt mij bellen op 045-5712934.\n"
        "\n"
        "J. Lardinois\n",
        redact=[
            ("Josephina (Fien) Lardinois", "PERSON", E),
            ("Akerstraat 102a", "ADDRESS", E),
            ("6417 BN", "ADDRESS", E),
            ("Stijn", "PERSON", E),
            ("Noa", "PERSON", E),
            ("464762856", "BSN", BSN_GROUND),
            ("045-5712934", "PHONE", E),
            ("J. Lardinois", "PERSON", E),
        ],
        visible=["afdeling Klachten", "14-2-2025", "Klantcontactcentrum", "10 februari"],
        batch=49,
    ),
    Doc(
        "en-foia-appeal-decision-doj",
        "U.S. Department of Justice\n"
        "Office of Information Policy\n"
        "\n"
        "Re: Appeal No. A-2024-00873\n"
        "\n"
        "Dear Ms. Villanueva-Okoro:\n"
        "\n"
        "You appealed from the action of the Federal Bureau of Prisons on your request for records about your\n"
        "brother, inmate Dashawn Okoro, Register No. 48813-074. I am affirming the withholding of the names of\n"
        "BOP staff and of other inmates under Exemptions 6 and 7(C). Your brother's cellmate, Tyrell Banks, has not\n"
        "consented to release.\n"
        "\n"
        "Sincerely,\n"
        "Christina D. Troiani\n"
        "Chief, Administrative Appeals Staff\n",
        redact=[
            ("Ms. |Villanueva-Okoro|", "PERSON", E),
            ("Dashawn Okoro", "PERSON", E),
            ("48813-074", "ID_DOCUMENT", E),
            ("Tyrell Banks", "PERSON", E),
        ],
        officials=["Christina D. Troiani"],
        visible=["Office of Information Policy", "A-2024-00873", "Federal Bureau of Prisons", "Exemptions 6 and 7(C)"],
        batch=49,
    ),
    Doc(
        "en-uk-foi-attendance-list",
        "Minutes of the Local Resilience Forum, 21 November 2024\n"
        "\n"
        "Present: Chief Constable Rachel Swann (Chair); Cllr Barry Lewis; Dr Priyanka Menon (UKHSA);\n"
        "Gareth Llewelyn-Jones (Environment Agency, Flood Incident Duty Officer); Sam (note-taker)\n"
        "Apologies: Hannah Fairbrother (NHS Derby and Derbyshire ICB)\n"
        "\n"
        "Sam to circulate the flood plan. Dr Menon reported two cases of measles in Glossop.\n",
        redact=[
            ("Dr Priyanka Menon", "PERSON", E),
            ("Gareth Llewelyn-Jones", "PERSON", E),
            ("Sam", "PERSON", E),
            ("Hannah Fairbrother", "PERSON", E),
            ("Dr |Menon|", "PERSON", E),
        ],
        officials=["Rachel Swann", "Barry Lewis"],
        visible=["Local Resilience Forum", "21 November 2024", "UKHSA", "Environment Agency", "Glossop",
                 "NHS Derby and Derbyshire ICB", "Flood Incident Duty Officer"],
        batch=49,
    ),
    # -- batch 50: written after the fixes for batch 49 -----------------------------------------------------
    Doc(
        "nl-mail-collega-voornamen",
        "Van: Wouter Brink <w.brink@rws.nl>\n"
        "Aan: Annelies de Ruiter <a.deruiter@rws.nl>\n"
        "Onderwerp: bezoek Afsluitdijk\n"
        "\n"
        "Hoi Annelies,\n"
        "\n"
        "Morgen rijden Maarten en ik naar Den Oever. Kun jij Ilona vragen of zij de sleutel van het gemaal heeft?\n"
        "Annelies, wil je ook de directeur-generaal Rijkswaterstaat, Martin Wijnen, een update sturen?\n"
        "\n"
        "Groet,\n"
        "Wouter\n",
        redact=[
            ("Wouter Brink", "PERSON", E),
            ("w.brink@rws.nl", "EMAIL", E),
            ("Annelies de Ruiter", "PERSON", E),
            ("a.deruiter@rws.nl", "EMAIL", E),
            ("Hoi |Annelies|,", "PERSON", E),
            ("Maarten", "PERSON", E),
            ("Ilona", "PERSON", E),
            ("\n|Annelies|, wil", "PERSON", E),
            ("Groet,\n|Wouter|", "PERSON", E),
        ],
        officials=["Martin Wijnen"],
        visible=["Afsluitdijk", "Den Oever", "gemaal", "Rijkswaterstaat"],
        batch=50,
    ),
    Doc(
        "en-email-thread-first-names",
        "From: Olivia Grant-Mensah <olivia.grantmensah@education.gov.uk>\n"
        "To: Ben Carter; Priya\n"
        "Subject: RE: free school meals data\n"
        "\n"
        "Hi Ben,\n"
        "\n"
        "Thanks for this. Priya has checked the figures with Tom in Analysis, and they agree with the ONS release.\n"
        "Could you send Priya's note to the Minister's office by Friday?\n"
        "\n"
        "Olivia\n",
        redact=[
            ("Olivia Grant-Mensah", "PERSON", E),
            ("olivia.grantmensah@education.gov.uk", "EMAIL", E),
            ("Ben Carter", "PERSON", E),
            ("To: Ben Carter; |Priya|\n", "PERSON", E),
            ("Hi |Ben|,", "PERSON", E),
            ("|Priya| has", "PERSON", E),
            ("Tom", "PERSON", E),
            ("|Priya|'s", "PERSON", E),
            ("\n|Olivia|\n", "PERSON", E),
        ],
        visible=["free school meals", "Analysis", "ONS", "Minister's office", "Friday"],
        batch=50,
    ),
    Doc(
        "nl-gespreksverslag-jeugd-voornamen",
        "Gespreksverslag wijkteam, 11 maart 2025\n"
        "Aanwezig: moeder (Esther Kuipers), jeugdconsulent Bram Lelieveld\n"
        "\n"
        "Esther vertelt dat haar zoon Tijn (14) sinds januari niet meer naar school gaat. Tijn zit veel op zijn kamer.\n"
        "Zijn vader, Mark Kuipers, woont in Leeuwarden en belt af en toe. Bram stelt voor om leerplicht in te\n"
        "schakelen. Esther wil eerst met Mark praten.\n",
        redact=[
            ("Esther Kuipers", "PERSON", E),
            ("Bram Lelieveld", "PERSON", E),
            ("|Esther| vertelt", "PERSON", E),
            ("Tijn", "PERSON", E),
            ("Mark Kuipers", "PERSON", E),
            ("|Bram| stelt", "PERSON", E),
            ("|Esther| wil", "PERSON", E),
            ("met |Mark| praten", "PERSON", E),
        ],
        visible=["wijkteam", "11 maart 2025", "Leeuwarden", "leerplicht"],
        batch=50,
    ),
    # -- batch 61: new shapes (meeting invite, chat display names, ruling, FOIA b-codes, letter forms, board) ----
    Doc(
        "nl-outlook-uitnodiging-deelnemers",
        "Van: Kortenhoeven, Annemiek <annemiek.kortenhoeven@minszw.nl>\n"
        "Verzonden: maandag 9 september 2024 16:02\n"
        "Aan: Boukhari, Yassine; Dekker-Wolthuis, M.A. (Marleen); Stafbureau DG Werk\n"
        "Onderwerp: Uitnodiging: voorbespreking commissiedebat Arbeidsmarktbeleid\n"
        "Tijd: donderdag 12 september 2024 10:00-11:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome\n"
        "Locatie: Microsoft Teams-vergadering; Parnassusplein 5, kamer C06.14\n"
        "\n"
        "Organisator: Annemiek Kortenhoeven\n"
        "Verplichte deelnemers: Yassine Boukhari; Marleen Dekker-Wolthuis; Rutger Haasnoot (DGWI)\n"
        "Optionele deelnemers: Stafbureau DG Werk; Ingrid Scheepmaker\n"
        "\n"
        "Doel: minister Van Hijum heeft maandag het commissiedebat. Staatssecretaris Nobel sluit het laatste\n"
        "half uur aan. Yassine, kun jij de Q&A klaarzetten? Marleen neemt de cijfers van UWV mee.\n"
        "\n"
        "________________________________________________________________________________\n"
        "Microsoft Teams Hulp nodig?\n"
        "Nu deelnemen aan de vergadering\n"
        "Vergadering-ID: 371 446 982 110\n"
        "Wachtwoord: x7Kp2Q\n",
        redact=[
            ("Kortenhoeven, Annemiek", "PERSON", E),
            ("annemiek.kortenhoeven@minszw.nl", "EMAIL", E),
            ("Boukhari, Yassine", "PERSON", E),
            ("Dekker-Wolthuis, M.A. (Marleen)", "PERSON", E),
            ("Annemiek Kortenhoeven", "PERSON", E),
            ("Yassine Boukhari", "PERSON", E),
            ("Marleen Dekker-Wolthuis", "PERSON", E),
            ("Rutger Haasnoot", "PERSON", E),
            ("Ingrid Scheepmaker", "PERSON", E),
            ("|Yassine|, kun", "PERSON", E),
            ("|Marleen| neemt", "PERSON", E),
        ],
        officials=["Van Hijum", "Nobel"],
        visible=["Stafbureau DG Werk", "Parnassusplein 5", "DGWI", "UWV", "371 446 982 110", "12 september 2024",
                 "Amsterdam, Berlijn, Bern, Rome", "Organisator", "Verplichte deelnemers"],
        batch=61,
    ),
    Doc(
        "nl-teams-chat-weergavenamen-dg",
        "Chatgesprek 'Kamerbrief natuurvergunningen' (geëxporteerd 14-11-2024)\n"
        "\n"
        "[08:47] Verschuren, Lotte (DGNVLG)\n"
        "Heb je de reactie van de landsadvocaat al gezien?\n"
        "[08:49] Al-Khatib, Omar (DGNVLG)\n"
        "Ja. Pels Rijcken vindt de tweede alinea te stellig. Ik heb het aangepast in versie 0.4.\n"
        "[08:52] Verschuren, Lotte (DGNVLG)\n"
        "Top. Dan vraag ik Thijs om het met de minister op te nemen, minister Wiersma wil donderdag tekenen.\n"
        "[09:03] van der Meulen-Agyeman, Joyce (BD/FEZ)\n"
        "Ter info: ik ben vrijdag vrij, Omar vervangt me bij het bilat met Financiën.\n"
        "[09:05] Al-Khatib, Omar (DGNVLG)\n"
        "👍 prima Joyce\n",
        redact=[
            ("Verschuren, Lotte", "PERSON", E),
            ("Al-Khatib, Omar", "PERSON", E),
            ("van der Meulen-Agyeman, Joyce", "PERSON", E),
            ("Thijs", "PERSON", E),
            ("|Omar| vervangt", "PERSON", E),
            ("prima |Joyce|", "PERSON", E),
        ],
        officials=["Wiersma"],
        visible=["DGNVLG", "BD/FEZ", "Pels Rijcken", "14-11-2024", "Financiën", "landsadvocaat"],
        batch=61,
    ),
    Doc(
        "nl-uitspraak-rvs-partijen",
        "RAAD VAN STATE\n"
        "202305118/1/R2\n"
        "Datum uitspraak: 17 juli 2024\n"
        "\n"
        "AFDELING BESTUURSRECHTSPRAAK\n"
        "\n"
        "Uitspraak op het hoger beroep van:\n"
        "\n"
        "Hendrikus Johannes Swinkels, wonend te Valkenswaard,\n"
        "appellant,\n"
        "\n"
        "tegen de uitspraak van de rechtbank Oost-Brabant van 2 juni 2023 in zaak nr. 22/1840 in het geding\n"
        "tussen:\n"
        "\n"
        "Swinkels\n"
        "\n"
        "en\n"
        "\n"
        "het college van burgemeester en wethouders van Valkenswaard.\n"
        "\n"
        "Procesverloop\n"
        "De Afdeling heeft de zaak ter zitting behandeld op 4 juni 2024, waar Swinkels, bijgestaan door\n"
        "mr. R.W. Ouwerkerk, advocaat te Eindhoven, en het college, vertegenwoordigd door mr. D.A.C. Lemmens en\n"
        "ing. P. van Kasteren, zijn verschenen. Voorts is ter zitting als partij gehoord Lambertus Geboers,\n"
        "vergunninghouder, bijgestaan door zijn dochter Anouk Geboers.\n"
        "\n"
        "Overwegingen\n"
        "1. Geboers exploiteert aan de Dommelseweg 41 een paardenhouderij. Swinkels woont op ongeveer 60 m.\n"
        "\n"
        "Aldus vastgesteld door mr. J.Th. Drop, staatsraad, in tegenwoordigheid van mr. I. Sevinç, griffier.\n",
        redact=[
            ("Hendrikus Johannes Swinkels", "PERSON", E),
            ("\n|Swinkels|\n", "PERSON", E),
            ("waar |Swinkels|,", "PERSON", E),
            ("R.W. Ouwerkerk", "PERSON", E),
            ("D.A.C. Lemmens", "PERSON", E),
            ("P. van Kasteren", "PERSON", E),
            ("Lambertus Geboers", "PERSON", E),
            ("Anouk Geboers", "PERSON", E),
            ("1. |Geboers| exploiteert", "PERSON", E),
            ("Dommelseweg 41", "ADDRESS", E),
            ("|Swinkels| woont", "PERSON", E),
        ],
        officials=["J.Th. Drop"],
        visible=["RAAD VAN STATE", "202305118/1/R2", "17 juli 2024", "AFDELING BESTUURSRECHTSPRAAK",
                 "rechtbank Oost-Brabant", "22/1840", "Valkenswaard", "Procesverloop", "Overwegingen", "Eindhoven"],
        batch=61,
    ),
    Doc(
        "en-us-foia-thread-bcodes",
        "From: (b)(6)\n"
        "Sent: Tuesday, March 12, 2024 4:51 PM\n"
        "To: Whitfield, Dana R. <whitfield.dana@epa.gov>; (b)(6)\n"
        "Cc: OCIR Correspondence <ocir@epa.gov>\n"
        "Subject: RE: Congressional inquiry - Tampa Bay discharge permit\n"
        "\n"
        "Dana - Administrator Regan's office wants talking points by Thursday. (b)(5)\n"
        "Can Marcus Oyelaran pull the permit history? The complainant, Mr. Leonard Ashcroft of\n"
        "2210 Bayshore Blvd, Tampa, called the hotline again on Monday.\n"
        "\n"
        "Thanks,\n"
        "Keisha\n"
        "\n"
        "Keisha M. Olamide\n"
        "Deputy Director, Office of Congressional and Intergovernmental Relations\n"
        "(202) 564-2318 (office) | (b)(6) (cell)\n",
        redact=[
            ("Whitfield, Dana R.", "PERSON", E),
            ("whitfield.dana@epa.gov", "EMAIL", E),
            ("|Dana| - Administrator", "PERSON", E),
            ("Marcus Oyelaran", "PERSON", E),
            ("Leonard Ashcroft", "PERSON", E),
            ("2210 Bayshore Blvd", "ADDRESS", E),
            ("\n|Keisha|\n", "PERSON", E),
            ("Keisha M. Olamide", "PERSON", E),
            ("(202) 564-2318", "PHONE", E),
        ],
        officials=["Regan"],
        visible=["(b)(6)", "(b)(5)", "OCIR Correspondence", "ocir@epa.gov", "Tampa Bay", "March 12, 2024",
                 "Office of Congressional and Intergovernmental Relations"],
        batch=61,
    ),
    Doc(
        "nl-brief-tav-io-namens-deze",
        "Stichting Wijkbelang Oud-Noord\n"
        "p/a H. Brinkhorst-Tjon A Fong\n"
        "Zwaluwstraat 63\n"
        "3043 TN Rotterdam\n"
        "\n"
        "Gemeente Rotterdam\n"
        "t.a.v. de heer W.F. Noordermeer, afdeling Stadsbeheer\n"
        "Postbus 70012\n"
        "3000 KP Rotterdam\n"
        "\n"
        "Rotterdam, 21 januari 2025\n"
        "Betreft: uw brief van 8 januari 2025, kenmerk SB/2025/0031\n"
        "\n"
        "Geachte heer Noordermeer,\n"
        "\n"
        "Namens het bestuur reageren wij op het voornemen om de speeltuin aan de Zwaluwstraat te sluiten. Onze\n"
        "penningmeester, mevrouw Rosita Martina-Cijntje, heeft het gesprek met wethouder Faouzi Achbar op\n"
        "13 januari voorbereid. Wij verzoeken u deze brief ook door te sturen aan mevrouw E. Vrolijk.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens deze,\n"
        "\n"
        "i.o. Jurgen Pinas\n"
        "secretaris\n",
        redact=[
            ("H. Brinkhorst-Tjon A Fong", "PERSON", E),
            ("Zwaluwstraat 63", "ADDRESS", E),
            ("3043 TN", "ADDRESS", E),
            ("W.F. Noordermeer", "PERSON", E),
            ("heer |Noordermeer|,", "PERSON", E),
            ("Rosita Martina-Cijntje", "PERSON", E),
            ("E. Vrolijk", "PERSON", E),
            ("Jurgen Pinas", "PERSON", E),
        ],
        officials=["Faouzi Achbar"],
        visible=["Stichting Wijkbelang Oud-Noord", "Gemeente Rotterdam", "afdeling Stadsbeheer", "Postbus 70012",
                 "3000 KP Rotterdam", "21 januari 2025", "SB/2025/0031", "namens deze", "secretaris"],
        batch=61,
    ),
    Doc(
        "en-uk-foi-board-members",
        "Arts Funding Council for the South West\n"
        "Freedom of Information Act 2000 - response to request FOI/2024/0712\n"
        "\n"
        "You asked who decided the grant to Kernow Youth Theatre. The decision was taken by the Grants Panel on\n"
        "14 May 2024: Dame Harriet Pengelly (Chair), Professor Anil Ramaswamy and Councillor Joanne Treloar, all\n"
        "board members appointed under the Council's Royal Charter. Their names are published on our website.\n"
        "\n"
        "The assessment was written by a Relationship Manager, Toby Fenwick-Hall, and checked by Grants Officer\n"
        "Priya Chaudhary. We withhold their contact details under section 40(2), as well as the name of the\n"
        "applicant's director, Mr Callum Roskilly, who wrote to us from his home address, 4 Trevithick Close,\n"
        "Camborne TR14 8LP.\n"
        "\n"
        "Yours sincerely,\n"
        "Information Rights Team\n",
        redact=[
            ("Toby Fenwick-Hall", "PERSON", E),
            ("Priya Chaudhary", "PERSON", E),
            ("Callum Roskilly", "PERSON", E),
            ("4 Trevithick Close", "ADDRESS", E),
            ("TR14 8LP", "ADDRESS", E),
        ],
        officials=["Harriet Pengelly", "Anil Ramaswamy", "Joanne Treloar"],
        visible=["Arts Funding Council for the South West", "FOI/2024/0712", "Kernow Youth Theatre", "Grants Panel",
                 "14 May 2024", "Royal Charter", "Relationship Manager", "section 40(2)", "Information Rights Team"],
        batch=61,
    ),
    Doc(
        "nl-aanvraagformulier-eenmanszaak-bonaire",
        "Openbaar Lichaam Bonaire - aanvraag tegemoetkoming ondernemers\n"
        "\n"
        "Naam aanvrager: Ruthmila E. Janga-Pourier\n"
        "Geb. 03-02-1981 te Kralendijk\n"
        "Adres: Kaya Amsterdam 17, Kralendijk\n"
        "Persoonsnummer (CRIB): 444.636.201\n"
        "Handelsnaam: Janga Snacks & Catering (eenmanszaak), KvK-nummer 74512098\n"
        "Rekeningnummer: NL48 RABO 2264 4575 95\n"
        "Kenteken bedrijfsbus: 53-VKL-2\n"
        "\n"
        "Behandeld door: Gilbert Frans, beleidsmedewerker Economische Zaken\n"
        "Gedeputeerde Nina den Heyer heeft de regeling op 1 maart 2024 vastgesteld.\n",
        redact=[
            ("Ruthmila E. Janga-Pourier", "PERSON", E),
            ("03-02-1981", "DATE_OF_BIRTH", E),
            ("Kaya Amsterdam 17", "ADDRESS", E),
            ("444.636.201", "BSN", BSN_GROUND),
            ("74512098", "ID_DOCUMENT", E),
            ("NL48 RABO 2264 4575 95", "IBAN", E),
            ("53-VKL-2", "LICENSE_PLATE", E),
            ("Gilbert Frans", "PERSON", E),
        ],
        officials=["Nina den Heyer"],
        visible=["Openbaar Lichaam Bonaire", "Kralendijk", "Janga Snacks & Catering", "1 maart 2024",
                 "Economische Zaken"],
        batch=61,
    ),
    # -- batch 62: written after the fixes for batch 61 ---------------------------------------------------------
    Doc(
        "nl-commissieverslag-insprekers-fracties",
        "Verslag commissie Ruimte, 3 oktober 2024\n"
        "\n"
        "Voorzitter: de heer R. (Rik) Hollander (VVD)\n"
        "Aanwezige commissieleden: mevrouw Şahin (GroenLinks-PvdA), de heer Timmer (CDA), mevrouw Blaauw-de Lange\n"
        "(Lokaal Belang), de heer Oosterveld (D66)\n"
        "Namens het college: wethouder Kleefstra\n"
        "Commissiegriffier: Marit Boonstra\n"
        "\n"
        "Agendapunt 2. Insprekers\n"
        "Inspreker 1: mevrouw Tineke Groeneveld-Bos, namens de bewoners van de Molenwijk.\n"
        "Inspreker 2: de heer Dawit Tesfay, ondernemer aan de Molenstraat.\n"
        "Mevrouw Groeneveld zegt dat haar man sinds de bouw slecht slaapt. De heer Timmer vraagt de heer Tesfay\n"
        "of hij de omgevingsmanager, Jelmer Wiersma, heeft gesproken. Wethouder Kleefstra zegt toe dat ambtenaar\n"
        "Bas Kuiper contact opneemt.\n",
        redact=[
            ("Tineke Groeneveld-Bos", "PERSON", E),
            ("Dawit Tesfay", "PERSON", E),
            ("Mevrouw |Groeneveld| zegt", "PERSON", E),
            ("heer |Tesfay|\nof", "PERSON", E),
            ("Jelmer Wiersma", "PERSON", E),
            ("Bas Kuiper", "PERSON", E),
        ],
        officials=["R. (Rik) Hollander", "Şahin", "heer |Timmer| (CDA)", "Blaauw-de Lange", "Oosterveld",
                   "wethouder |Kleefstra|\n", "Marit Boonstra"],
        visible=["commissie Ruimte", "3 oktober 2024", "Molenwijk", "Molenstraat", "Lokaal Belang", "Agendapunt 2"],
        batch=62,
    ),
    Doc(
        "nl-antwoord-kamervragen-burger-genoemd",
        "Antwoord van minister Keijzer (Volkshuisvesting en Ruimtelijke Ordening) op vragen van het lid\n"
        "Grinwis (ChristenUnie) over de ontruiming van een woonwagenkamp in Oss (ingezonden 2 september 2024).\n"
        "\n"
        "Vraag 1\n"
        "Kent u het bericht 'Familie Lambrechts na 40 jaar van kamp gezet'?\n"
        "\n"
        "Antwoord 1\n"
        "Ja. Ik heb contact gehad met burgemeester Buijs van Oss. Over de persoonlijke situatie van de heer\n"
        "Lambrechts en zijn dochter Shirley doe ik geen uitspraken. Mijn ministerie, de heer T.J. Verhagen van de\n"
        "directie Woningmarkt, heeft de gemeente gevraagd om een toelichting.\n",
        redact=[
            ("heer\n|Lambrechts| en", "PERSON", E),
            ("Shirley", "PERSON", E),
            ("T.J. Verhagen", "PERSON", E),
        ],
        officials=["Keijzer", "Grinwis", "Buijs"],
        visible=["Volkshuisvesting en Ruimtelijke Ordening", "ChristenUnie", "Oss", "2 september 2024",
                 "directie Woningmarkt", "Vraag 1", "Antwoord 1"],
        batch=62,
    ),
    Doc(
        "nl-persbericht-woordvoerder-slachtoffer",
        "PERSBERICHT - Veiligheidsregio Hollands Midden\n"
        "Leiden, 19 februari 2025\n"
        "\n"
        "Bij de brand in een appartementencomplex aan de Hooigracht raakte een bewoner, de 71-jarige Cornelis\n"
        "(Kees) van Lier, zwaargewond. Zijn buurvrouw Fenna Ouwehand alarmeerde de brandweer. 'De bewoners hebben\n"
        "snel gehandeld,' zegt woordvoerder Gerben Hoogeveen van de veiligheidsregio. Burgemeester Spies bezocht\n"
        "woensdag de opvanglocatie.\n"
        "\n"
        "Noot voor de redactie: voor vragen kunt u contact opnemen met de persvoorlichter van dienst,\n"
        "Lieke Verdonk, via 06 41 77 20 93.\n",
        redact=[
            ("Cornelis\n(Kees) van Lier", "PERSON", E),
            ("Fenna Ouwehand", "PERSON", E),
            ("06 41 77 20 93", "PHONE", E),
        ],
        officials=["Gerben Hoogeveen", "Spies", "Lieke Verdonk"],
        visible=["Veiligheidsregio Hollands Midden", "Hooigracht", "19 februari 2025", "Leiden"],
        batch=62,
    ),
    Doc(
        "nl-pv-grensoverschrijdend-duits-belgisch",
        "PROCES-VERBAAL VAN BEVINDINGEN\n"
        "Eenheid Limburg, district Parkstad\n"
        "\n"
        "Ik, verbalisant, Jorien Hermans, hoofdagent van politie Eenheid Limburg, verklaar het volgende.\n"
        "Op 14 januari 2025 omstreeks 22.40 uur controleerde ik op de Nieuwstraat te Kerkrade een Duitse\n"
        "personenauto, kenteken AC-KW 4127. Bestuurder was Heinz-Jürgen Schäfer, geboren 09-11-1968 te Aachen,\n"
        "wonende Kaiserstraße 12 in Herzogenrath. Bijrijder was de Belg Wouter Vandeputte, woonachtig\n"
        "Hasseltweg 221 bus 4 te Genk. Schäfer verklaarde dat zij op weg waren naar de Euregio-markt.\n"
        "Collega Ralf Pütz van de Bundespolizei Aachen bevestigde de identiteit telefonisch.\n",
        redact=[
            ("Jorien Hermans", "PERSON", E),
            ("Heinz-Jürgen Schäfer", "PERSON", E),
            ("09-11-1968", "DATE_OF_BIRTH", E),
            ("Kaiserstraße 12", "ADDRESS", E),
            ("Wouter Vandeputte", "PERSON", E),
            ("Hasseltweg 221 bus 4", "ADDRESS", E),
            ("|Schäfer| verklaarde", "PERSON", E),
            ("Ralf Pütz", "PERSON", E),
        ],
        visible=["Eenheid Limburg", "district Parkstad", "14 januari 2025", "Nieuwstraat", "Kerkrade", "Herzogenrath",
                 "Genk", "Euregio-markt", "Bundespolizei Aachen"],
        batch=62,
    ),
    # the text layer of a scan: doubled spaces and a hyphen at a line end (ligatures are not here: ingest's NFKC
    # turns them into letters before detection)
    Doc(
        "nl-ocr-scan-brief-ruis",
        "G E M E E N T E   D E V E N T E R\n"
        "\n"
        "Aan  de  heer  J.W.  Kooi-\n"
        "man\n"
        "Brinkgreverweg  41\n"
        "7413  AD  Deventer\n"
        "\n"
        "Deventer, 4 april 2023\n"
        "Zaaknummer:  2023-0419\n"
        "\n"
        "Geachte  heer  Kooiman,\n"
        "\n"
        "Uw  aanvraag  voor  een  gehandicaptenparkeerkaart  is  beoordeeld  door  de  arts  van  het  GGD-\n"
        "team,  mevrouw  dr.  A.  Rufino-Lemaire.  Wij  wijzen  de  aanvraag  af.  Bezwaar  maken  kan  bij  het\n"
        "college  van  burgemeester  en  wethouders.\n"
        "\n"
        "Met  vriendelijke  groet,\n"
        "namens  het  college,\n"
        "\n"
        "E.  van  den  Brink-Offerman\n"
        "teamleider  Vergunningen\n",
        redact=[
            ("J.W.  Kooi-\nman", "PERSON", E),
            ("Brinkgreverweg  41", "ADDRESS", E),
            ("7413  AD", "ADDRESS", E),
            ("heer  |Kooiman|,", "PERSON", E),
            ("A.  Rufino-Lemaire", "PERSON", E),
            ("E.  van  den  Brink-Offerman", "PERSON", E),
        ],
        visible=["G E M E E N T E   D E V E N T E R", "4 april 2023", "2023-0419", "GGD-", "teamleider  Vergunningen"],
        batch=62,
    ),
    Doc(
        "nl-mail-ontvangers-puntkomma-hoofdletters",
        "Van: PETER JANSEN <p.jansen@rws.nl>\n"
        "Verzonden: woensdag 5 juni 2024 11:37\n"
        "Aan: 'de Bruijn, Femke'; Postbus DGMo; j.hoekstra@minienw.nl; Sanne (extern) <sanne.kok@witteveenbos.com>\n"
        "CC: TEUNISSEN, M.; Secretariaat HID\n"
        "Onderwerp: RE: stremming Prinses Margrietkanaal\n"
        "\n"
        "Femke, Sanne,\n"
        "\n"
        "De schipper die gisteren vastliep, de heer Klaas Dijkstra van de MS Annigje, wil een schadevergoeding. Hij\n"
        "belde mij op 06-18437729. Marieke Teunissen zoekt uit of het Schadeloket dit oppakt.\n"
        "\n"
        "Peter\n",
        redact=[
            ("PETER JANSEN", "PERSON", E),
            ("p.jansen@rws.nl", "EMAIL", E),
            ("de Bruijn, Femke", "PERSON", E),
            ("j.hoekstra@minienw.nl", "EMAIL", E),
            ("|Sanne| (extern)", "PERSON", E),
            ("sanne.kok@witteveenbos.com", "EMAIL", E),
            ("TEUNISSEN, M.", "PERSON", E),
            ("|Femke|, Sanne", "PERSON", E),
            ("Femke, |Sanne|", "PERSON", E),
            ("Klaas Dijkstra", "PERSON", E),
            ("06-18437729", "PHONE", E),
            ("Marieke Teunissen", "PERSON", E),
            ("\n|Peter|\n", "PERSON", E),
        ],
        visible=["Postbus DGMo", "Secretariaat HID", "Prinses Margrietkanaal", "MS Annigje", "Schadeloket",
                 "5 juni 2024"],
        batch=62,
    ),
    Doc(
        "nl-codebericht-ambassadeur-gesprekspartners",
        "Codebericht Post Nairobi, 12 maart 2025\n"
        "Onderwerp: gesprek met minister van Binnenlandse Zaken Murkomen\n"
        "\n"
        "Ambassadeur Van der Zwan sprak op 11 maart met minister Kipchumba Murkomen. Aanwezig van Kenyaanse zijde\n"
        "was ook zijn adviseur, Wanjiru Kamau. Van Nederlandse zijde: plaatsvervangend chef de poste Hidde\n"
        "Brouwer-Otieno en beleidsmedewerker Sietske Landman (notulen). Murkomen zei dat een Nederlandse\n"
        "onderdaan, Jeroen Mulders, sinds februari in Mombasa vastzit.\n",
        redact=[
            ("Wanjiru Kamau", "PERSON", E),
            ("Hidde\nBrouwer-Otieno", "PERSON", E),
            ("Sietske Landman", "PERSON", E),
            ("Jeroen Mulders", "PERSON", E),
        ],
        officials=["Van der Zwan", "Kipchumba Murkomen", "|Murkomen| zei"],
        visible=["Post Nairobi", "12 maart 2025", "Binnenlandse Zaken", "Mombasa", "Kenyaanse zijde"],
        batch=62,
    ),
    # -- batch 63: written after the fixes for batches 61-62 --------------------------------------------------
    Doc(
        "de-brief-staedteregion-grensgemeente",
        "StädteRegion Aachen - Amt für Bauaufsicht\n"
        "Zollernstraße 10, 52070 Aachen\n"
        "\n"
        "Gemeente Vaals\n"
        "z. Hd. Herrn Bürgermeister Reg Levels\n"
        "Von Clermontplein 11\n"
        "6291 AT Vaals\n"
        "\n"
        "Ihr Zeichen: VA/2024/551   Unser Zeichen: 63-BA-2024-1187\n"
        "Ihr Ansprechpartner: Herr Dipl.-Ing. Matthias Overbeck, Tel. +49 241 5198 2231\n"
        "\n"
        "Sehr geehrter Herr Bürgermeister,\n"
        "\n"
        "die Beschwerde von Frau Gisela Kranz, wohnhaft Aachener Straße 41, 52134 Herzogenrath, über den\n"
        "Windpark an der Grenze haben wir geprüft. Frau Kranz gibt an, dass ihr Sohn Lukas seit Monaten nicht\n"
        "schlafen kann. Landrätin Dr. Sabine Verheyen-Koch wurde informiert.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Im Auftrag\n"
        "\n"
        "Stefanie Lenzen\n",
        redact=[
            ("Matthias Overbeck", "PERSON", E),
            ("+49 241 5198 2231", "PHONE", E),
            ("Gisela Kranz", "PERSON", E),
            ("Aachener Straße 41", "ADDRESS", E),
            ("Frau |Kranz| gibt", "PERSON", E),
            ("Lukas", "PERSON", E),
            ("Stefanie Lenzen", "PERSON", E),
        ],
        officials=["Reg Levels", "Sabine Verheyen-Koch"],
        visible=["StädteRegion Aachen", "Amt für Bauaufsicht", "Zollernstraße 10", "52070 Aachen", "Gemeente Vaals",
                 "Von Clermontplein 11", "6291 AT Vaals", "63-BA-2024-1187", "Windpark", "Herzogenrath"],
        batch=63,
    ),
    Doc(
        "nl-wmo-gespreksverslag-surinaams-javaans",
        "Gespreksverslag keukentafelgesprek Wmo\n"
        "Datum: 6 november 2024, huisbezoek\n"
        "Cliënt: mevrouw S. Kartodikromo-Wongsodikromo (geb. 14-08-1941)\n"
        "Aanwezig: cliënt, kleinzoon Rishi Jhinkoe-Rai, Wmo-consulent Devika Soekhoe\n"
        "\n"
        "Mevrouw Kartodikromo woont alleen sinds het overlijden van haar man, Pawiro. Rishi komt drie keer per\n"
        "week boodschappen doen. Haar dochter, Sri Wahyuni Kartodikromo, woont in Paramaribo. Devika adviseert\n"
        "een scootmobiel en huishoudelijke hulp via Zorgpartners Midden-Holland.\n",
        redact=[
            ("S. Kartodikromo-Wongsodikromo", "PERSON", E),
            ("14-08-1941", "DATE_OF_BIRTH", E),
            ("Rishi Jhinkoe-Rai", "PERSON", E),
            ("Devika Soekhoe", "PERSON", E),
            ("Mevrouw |Kartodikromo| woont", "PERSON", E),
            ("Pawiro", "PERSON", E),
            ("|Rishi| komt", "PERSON", E),
            ("Sri Wahyuni Kartodikromo", "PERSON", E),
            ("|Devika| adviseert", "PERSON", E),
        ],
        visible=["6 november 2024", "Paramaribo", "Zorgpartners Midden-Holland", "Wmo-consulent", "huisbezoek"],
        batch=63,
    ),
    Doc(
        "be-collegebesluit-schepen-klacht",
        "Stad Genk - uittreksel uit de notulen van het college van burgemeester en schepenen\n"
        "Zitting van 18 maart 2025\n"
        "\n"
        "Aanwezig: Burgemeester Mona Dieltjens; schepenen Van Hoof, Kris Lemmens en Ayse Yilmaz-Peeters;\n"
        "algemeen directeur Jan Claes\n"
        "\n"
        "Klacht van dhr. Jean-Pierre Vandenbossche (rijksregisternummer 88.08.10-953.69), Weg naar As 14 bus 2,\n"
        "3600 Genk, over de behandeling door een medewerker van de dienst Burgerzaken, mevr. Leen Vanherck.\n"
        "Schepen Van Hoof stelt voor de klacht gegrond te verklaren. Dhr. Vandenbossche wordt schriftelijk\n"
        "geïnformeerd.\n",
        redact=[
            ("Jean-Pierre Vandenbossche", "PERSON", E),
            ("88.08.10-953.69", "ID_DOCUMENT", E),
            ("Weg naar As 14 bus 2", "ADDRESS", E),
            ("Leen Vanherck", "PERSON", E),
            ("Dhr. |Vandenbossche| wordt", "PERSON", E),
        ],
        officials=["Mona Dieltjens", "schepenen |Van Hoof|,", "Kris Lemmens", "Ayse Yilmaz-Peeters", "Jan Claes",
                   "Schepen |Van Hoof| stelt"],
        visible=["Stad Genk", "18 maart 2025", "dienst Burgerzaken", "3600 Genk"],
        batch=63,
    ),
    Doc(
        "en-slack-export-casework",
        "#housing-casework (exported 2024-10-02)\n"
        "\n"
        "Tom Whitlock (he/him)  09:14\n"
        "@Aisha Begum the Mensah family at 22 Ryelands Crescent have been placed in B&B again\n"
        "Aisha Begum  09:20\n"
        "ugh. I'll call Grace Mensah this afternoon, her youngest (Kwame) starts school next week\n"
        "Tom Whitlock (he/him)  09:22\n"
        "thanks - Cllr Hussain asked for an update before Friday's scrutiny meeting\n",
        redact=[
            ("Tom Whitlock", "PERSON", E),
            ("Aisha Begum", "PERSON", E),
            ("the |Mensah| family", "PERSON", E),
            ("22 Ryelands Crescent", "ADDRESS", E),
            ("Grace Mensah", "PERSON", E),
            ("Kwame", "PERSON", E),
        ],
        officials=["Hussain"],
        visible=["#housing-casework", "2024-10-02", "B&B", "scrutiny meeting", "(he/him)"],
        batch=63,
    ),
    Doc(
        "nl-strafvonnis-politierechter",
        "RECHTBANK DEN HAAG\n"
        "Team straf, enkelvoudige kamer, politierechter\n"
        "Parketnummer: 09/184412-24\n"
        "Vonnis van 9 januari 2025\n"
        "\n"
        "in de strafzaak tegen\n"
        "Ricardo Jean-Paul Martis,\n"
        "geboren op 2 mei 1994 te Willemstad (Curaçao),\n"
        "wonende te Den Haag, Paul Krugerlaan 118.\n"
        "\n"
        "Het onderzoek heeft plaatsgevonden op de terechtzitting van 12 december 2024. De politierechter heeft\n"
        "kennisgenomen van de vordering van de officier van justitie, mr. E. Sprenger, en van wat verdachte en zijn\n"
        "raadsman, mr. P. Zandbergen, advocaat te Rijswijk, naar voren hebben gebracht. Aangeefster, mevrouw Naomi\n"
        "Elstak, heeft gebruikgemaakt van haar spreekrecht.\n"
        "\n"
        "Dit vonnis is gewezen door mr. A.H. de Kok, politierechter, in tegenwoordigheid van mr. L. Bos, griffier.\n",
        redact=[
            ("Ricardo Jean-Paul Martis", "PERSON", E),
            ("2 mei 1994", "DATE_OF_BIRTH", E),
            ("Paul Krugerlaan 118", "ADDRESS", E),
            ("P. Zandbergen", "PERSON", E),
            ("Naomi\nElstak", "PERSON", E),
        ],
        officials=["E. Sprenger", "A.H. de Kok"],
        visible=["RECHTBANK DEN HAAG", "09/184412-24", "9 januari 2025", "12 december 2024", "Willemstad (Curaçao)",
                 "Rijswijk"],
        batch=63,
    ),
    Doc(
        "en-uk-mp-letter-constituent",
        "From the Office of Rt Hon Meg Hillier MP\n"
        "House of Commons, London SW1A 0AA\n"
        "\n"
        "Rt Hon Angela Rayner MP\n"
        "Deputy Prime Minister\n"
        "\n"
        "Our ref: MH/38814\n"
        "\n"
        "Dear Angela,\n"
        "\n"
        "I am writing on behalf of my constituent, Mr Harold Bexley-Nwosu of Flat 3, 41 Mare Street, London E8 4RP,\n"
        "who has waited eleven months for repairs to his council flat. His daughter, Chioma, tells my caseworker,\n"
        "Ruth Abernethy, that the damp has made his asthma worse.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Meg Hillier\n",
        redact=[
            ("Harold Bexley-Nwosu", "PERSON", E),
            ("Flat 3, 41 Mare Street", "ADDRESS", E),
            ("E8 4RP", "ADDRESS", E),
            ("Chioma", "PERSON", E),
            ("Ruth Abernethy", "PERSON", E),
        ],
        passages=[("his asthma worse", SPECIAL)],
        officials=["Meg Hillier", "Angela Rayner"],
        visible=["House of Commons", "SW1A 0AA", "MH/38814", "Deputy Prime Minister"],
        batch=63,
    ),
    Doc(
        "nl-inventarislijst-afzenders-tabs",
        "Bijlage 1 - Inventarislijst Woo-verzoek 2024-0193\n"
        "\n"
        "Nr.\tDatum\tSoort\tAfzender\tOntvanger\tBeoordeling\n"
        "1\t04-03-2024\tE-mail\tJ.P. van Ommeren (BZK)\tWoo-coördinator\tDeels openbaar\n"
        "2\t06-03-2024\tBrief\tH. Çelik-Bouwman\tMinister van BZK\tDeels openbaar\n"
        "3\t11-03-2024\tNota\tDirectie Woningbouw\tMinister de Jonge\tOpenbaar\n"
        "4\t15-03-2024\tE-mail\tFleur Adriaansens\tDirectie Woningbouw\tDeels openbaar\n",
        redact=[
            ("J.P. van Ommeren", "PERSON", E),
            ("H. Çelik-Bouwman", "PERSON", E),
            ("Fleur Adriaansens", "PERSON", E),
        ],
        officials=["de Jonge"],
        visible=["Woo-verzoek 2024-0193", "Directie Woningbouw", "Woo-coördinator", "Minister van BZK", "04-03-2024",
                 "Deels openbaar"],
        batch=63,
    ),
    # -- batch 64: written after the fixes for batch 63 ---------------------------------------------------------
    Doc(
        "nl-aanvraagformulier-standplaats-velden",
        "Aanvraagformulier standplaatsvergunning weekmarkt\n"
        "\n"
        "1. Gegevens aanvrager\n"
        "Voorletters en achternaam: A.M. Schouten-Hamdaoui\n"
        "Geboortedatum: 17-09-1979\n"
        "Burgerservicenummer: 5474.64.472\n"
        "Adres: Lindelaan 4a, 3451 BE Vleuten\n"
        "Telefoon (mobiel): +31 (0)6 2947 1183\n"
        "E-mailadres: a.schouten79@ziggo.nl\n"
        "\n"
        "2. Gegevens onderneming\n"
        "Handelsnaam: Poffertjes Schouten (eenmanszaak)\n"
        "KvK-nummer: 81266431\n"
        "IBAN: NL55 INGB 8457 8200 37\n"
        "Kenteken verkoopwagen: 5-TXB-21\n"
        "\n"
        "In te vullen door de gemeente\n"
        "Behandelaar: Orlando Pinas, marktmeester\n"
        "Datum ontvangst: 3 februari 2025\n",
        redact=[
            ("A.M. Schouten-Hamdaoui", "PERSON", E),
            ("17-09-1979", "DATE_OF_BIRTH", E),
            ("5474.64.472", "BSN", BSN_GROUND),
            ("Lindelaan 4a", "ADDRESS", E),
            ("3451 BE", "ADDRESS", E),
            ("+31 (0)6 2947 1183", "PHONE", E),
            ("a.schouten79@ziggo.nl", "EMAIL", E),
            ("81266431", "ID_DOCUMENT", E),
            ("NL55 INGB 8457 8200 37", "IBAN", E),
            ("5-TXB-21", "LICENSE_PLATE", E),
            ("Orlando Pinas", "PERSON", E),
        ],
        visible=["Poffertjes Schouten", "3 februari 2025", "weekmarkt", "Gegevens onderneming", "marktmeester"],
        batch=64,
    ),
    Doc(
        "nl-teams-vergaderchat-deelnemers",
        "Vergaderchat - Overleg Woo-verzoeken provincie (26-03-2025)\n"
        "\n"
        "Deelnemers (5)\n"
        "Gertjan Mulder (Organisator)\n"
        "Özlem Karaca\n"
        "Wietske Hofstra (Extern)\n"
        "Brian Martis (Gast)\n"
        "Postbus Woo Provincie Fryslân\n"
        "\n"
        "Özlem Karaca 10:02\n"
        "Kan Brian even zijn camera aanzetten? We zien alleen zijn initialen.\n"
        "Gertjan Mulder 10:03\n"
        "Gedeputeerde Poepjes schuift om half elf aan.\n"
        "Wietske Hofstra (Extern) 10:05\n"
        "Ik moet om 11 uur weg, mijn dochter Jildou heeft een afspraak bij de tandarts.\n",
        redact=[
            ("Gertjan Mulder", "PERSON", E),
            ("Özlem Karaca", "PERSON", E),
            ("Wietske Hofstra", "PERSON", E),
            ("Brian Martis", "PERSON", E),
            ("Kan |Brian| even", "PERSON", E),
            ("Jildou", "PERSON", E),
        ],
        officials=["Poepjes"],
        visible=["Postbus Woo Provincie Fryslân", "Deelnemers (5)", "(Organisator)", "26-03-2025", "(Extern)"],
        batch=64,
    ),
    Doc(
        "nl-ind-beschikking-curacaose-namen",
        "Immigratie- en Naturalisatiedienst\n"
        "Beschikking op de aanvraag gezinshereniging\n"
        "\n"
        "Referent: Shurendy R. Martina, geboren op 21 juli 1990 te Willemstad, Curaçao\n"
        "Vreemdeling: Yuliana Andreina Rosales Méndez, nationaliteit Venezolaanse\n"
        "V-nummer: 3012448719\n"
        "\n"
        "De referent woont sinds 2015 in Almere. Zijn moeder, Giselle Martina-Isenia, staat garant. De\n"
        "vreemdeling heeft een dochter, Valeria, uit een eerdere relatie. Mevrouw Rosales Méndez verklaart dat\n"
        "de vader van Valeria in Maracaibo woont.\n"
        "\n"
        "Namens de staatssecretaris van Justitie en Veiligheid,\n"
        "J. Koopmans-Dragtsma\n"
        "beslismedewerker\n",
        redact=[
            ("Shurendy R. Martina", "PERSON", E),
            ("21 juli 1990", "DATE_OF_BIRTH", E),
            ("Yuliana Andreina Rosales Méndez", "PERSON", E),
            ("3012448719", "ID_DOCUMENT", E),
            ("Giselle Martina-Isenia", "PERSON", E),
            ("dochter, |Valeria|,", "PERSON", E),
            ("Mevrouw |Rosales Méndez|", "PERSON", E),
            ("van |Valeria| in", "PERSON", E),
            ("J. Koopmans-Dragtsma", "PERSON", E),
        ],
        visible=["Immigratie- en Naturalisatiedienst", "Willemstad, Curaçao", "Almere", "Maracaibo",
                 "staatssecretaris van Justitie en Veiligheid", "Venezolaanse"],
        batch=64,
    ),
    Doc(
        "en-us-congressional-correspondence-log",
        "U.S. Department of Transportation - Executive Secretariat\n"
        "Congressional Correspondence Log, FY2024 Q3 (released under FOIA 2024-OST-00981)\n"
        "\n"
        "Control No.    Date Rec'd   From                              Constituent                Subject\n"
        "OST-24-1187    04/02/2024   Sen. Tammy Duckworth              Mr. Darnell Hughes         CDL testing delays\n"
        "OST-24-1203    04/09/2024   Rep. Mike Gallagher               Ms. Kerstin Albrecht       Airport noise, Green Bay\n"
        "OST-24-1266    05/14/2024   Rep. Alexandria Ocasio-Cortez     Yolanda Pizarro-Vega       Refund for cancelled flight\n"
        "\n"
        "Prepared by: Tamika R. Goodwin, Correspondence Analyst\n",
        redact=[
            ("Darnell Hughes", "PERSON", E),
            ("Kerstin Albrecht", "PERSON", E),
            ("Yolanda Pizarro-Vega", "PERSON", E),
            ("Tamika R. Goodwin", "PERSON", E),
        ],
        officials=["Tammy Duckworth", "Mike Gallagher", "Alexandria Ocasio-Cortez"],
        visible=["U.S. Department of Transportation", "Executive Secretariat", "FOIA 2024-OST-00981", "OST-24-1187",
                 "Green Bay", "CDL testing delays", "Correspondence Analyst"],
        batch=64,
    ),
    Doc(
        "nl-mail-hoofdletters-ontvangers",
        "Van: DE VRIES, MARIEKE <marieke.de.vries@rvo.nl>\n"
        "Aan: JANSEN, P.J.; EL HADDOUCHI, NAIMA; Team Subsidies Landbouw\n"
        "Onderwerp: AW: bezwaar de heer Boerma\n"
        "\n"
        "Naima,\n"
        "\n"
        "Melkveehouder Sjoerd Boerma uit Oosterwolde heeft bezwaar gemaakt tegen de terugvordering. Zijn\n"
        "adviseur, ing. T. Wassenaar van DLV Advies, belt morgen. Kun jij met P.J. afstemmen?\n"
        "\n"
        "Marieke\n",
        redact=[
            ("DE VRIES, MARIEKE", "PERSON", E),
            ("marieke.de.vries@rvo.nl", "EMAIL", E),
            ("JANSEN, P.J.", "PERSON", E),
            ("EL HADDOUCHI, NAIMA", "PERSON", E),
            ("heer |Boerma|\n", "PERSON", E),
            ("\n|Naima|,", "PERSON", E),
            ("Sjoerd Boerma", "PERSON", E),
            ("T. Wassenaar", "PERSON", E),
            ("\n|Marieke|\n", "PERSON", E),
        ],
        visible=["Team Subsidies Landbouw", "Oosterwolde", "DLV Advies", "terugvordering"],
        batch=64,
    ),
    Doc(
        "nl-raadsvoorstel-ondertekening-griffie",
        "Raadsvoorstel\n"
        "Onderwerp: vaststelling bestemmingsplan Kern Nuenen\n"
        "Portefeuillehouder: wethouder Mary-Ann Schreurs\n"
        "Steller: Koen van Bakel, afdeling Ruimte, telefoon 040 263 16 71\n"
        "\n"
        "Tijdens de inloopavond van 14 mei 2024 hebben 23 inwoners gereageerd. De heer W. Coolen, eigenaar\n"
        "van het perceel Berg 12, vraagt om een extra bouwlaag.\n"
        "\n"
        "Burgemeester en wethouders van Nuenen, c.a.,\n"
        "de secretaris,                    de burgemeester,\n"
        "H. van der Linden-Smits            M. Houben\n",
        redact=[
            ("Koen van Bakel", "PERSON", E),
            ("040 263 16 71", "PHONE", E),
            ("W. Coolen", "PERSON", E),
            ("Berg 12", "ADDRESS", E),
        ],
        officials=["Mary-Ann Schreurs", "H. van der Linden-Smits", "M. Houben"],
        visible=["Kern Nuenen", "afdeling Ruimte", "14 mei 2024", "Nuenen, c.a."],
        batch=64,
    ),
    # -- batch 65: written after the fixes for batch 64 ---------------------------------------------------------
    Doc(
        "nl-jeugd-rapportage-familie-en-school",
        "Voortgangsrapportage jeugdhulp - vertrouwelijk\n"
        "Jeugdige: Noah Vermeulen (9)\n"
        "Gezinscoach: Hanneke Smit\n"
        "\n"
        "Noah woont bij moeder (mw. D. Vermeulen-Aksoy) en zijn broertje Sem (6). Oma van moederskant, mevrouw Aksoy,\n"
        "haalt de jongens twee middagen per week op. Juf Anouk van groep 6 merkt dat Noah stiller is sinds de\n"
        "scheiding. Meester Bas, de intern begeleider, stelt voor om Noah te laten testen. Vader, dhr. R. Vermeulen,\n"
        "ziet de kinderen om het weekend.\n",
        redact=[
            ("Noah Vermeulen", "PERSON", E),
            ("Hanneke Smit", "PERSON", E),
            ("\n|Noah| woont", "PERSON", E),
            ("D. Vermeulen-Aksoy", "PERSON", E),
            ("Sem", "PERSON", E),
            ("mevrouw |Aksoy|", "PERSON", E),
            ("Juf |Anouk|", "PERSON", E),
            ("dat |Noah| stiller", "PERSON", E),
            ("Meester |Bas|", "PERSON", E),
            ("om |Noah| te", "PERSON", E),
            ("R. Vermeulen", "PERSON", E),
        ],
        visible=["groep 6", "intern begeleider", "Gezinscoach", "Voortgangsrapportage jeugdhulp"],
        batch=65,
    ),
    Doc(
        "nl-mail-burger-gmail-groetjes",
        "Van: kees.hulshof1962@gmail.com\n"
        "Verzonden: zondag 12 januari 2025 21:48\n"
        "Aan: info@gemeente-dalfsen.nl\n"
        "Onderwerp: lantaarnpaal kapot\n"
        "\n"
        "Goedenavond,\n"
        "\n"
        "Al drie weken is de lantaarnpaal voor ons huis aan de Esweg 27 kapot. Onze buurvrouw, mevrouw Van Dijk,\n"
        "is daardoor vorige week gevallen. Wethouder Sander de Rouwe heeft beloofd dat het opgelost zou worden.\n"
        "\n"
        "Groetjes, Kees en Ria Hulshof\n"
        "\n"
        "Verstuurd vanaf mijn iPhone\n",
        redact=[
            ("kees.hulshof1962@gmail.com", "EMAIL", E),
            ("Esweg 27", "ADDRESS", E),
            ("mevrouw |Van Dijk|", "PERSON", E),
            ("Groetjes, |Kees| en", "PERSON", E),
            ("Ria Hulshof", "PERSON", E),
        ],
        officials=["Sander de Rouwe"],
        visible=["info@gemeente-dalfsen.nl", "12 januari 2025", "iPhone", "Goedenavond"],
        batch=65,
    ),
    Doc(
        "en-us-foia-appeal-letter-requester",
        "Margaret O'Donnell-Reyes\n"
        "1187 Larkspur Lane\n"
        "Boise, ID 83706\n"
        "\n"
        "March 3, 2025\n"
        "\n"
        "Office of Information Policy\n"
        "U.S. Department of Justice\n"
        "441 G Street, NW, 6th Floor\n"
        "Washington, DC 20530\n"
        "\n"
        "Re: Appeal of FOIA Request No. EOUSA-2024-001173\n"
        "\n"
        "I appeal the partial denial of my request for records about my late son, Daniel O'Donnell-Reyes. My\n"
        "attorney, Jonathan Perlmutter, Esq., will follow up. The detective who handled the case, Sgt. Craig\n"
        "Lindqvist, told my husband Luis that the file would be released in full.\n"
        "\n"
        "Sincerely,\n"
        "Margaret O'Donnell-Reyes\n",
        redact=[
            ("Margaret O'Donnell-Reyes", "PERSON", E),
            ("1187 Larkspur Lane", "ADDRESS", E),
            ("Daniel O'Donnell-Reyes", "PERSON", E),
            ("Jonathan Perlmutter", "PERSON", E),
            ("Craig\nLindqvist", "PERSON", E),
            ("Luis", "PERSON", E),
        ],
        visible=["Office of Information Policy", "U.S. Department of Justice", "441 G Street, NW", "Washington, DC 20530",
                 "EOUSA-2024-001173", "March 3, 2025", "Boise, ID"],
        batch=65,
    ),
    Doc(
        "be-pv-aangifte-brugge",
        "PROCES-VERBAAL VAN VERHOOR - Politiezone Brugge\n"
        "PV nr. BR.55.L3.004417/2025\n"
        "\n"
        "Verhoorde: VERCRUYSSE Lieselot, geboren te Roeselare op 10/05/1986\n"
        "Rijksregisternummer: 86.05.10-527.44\n"
        "Adres: Grote Markt 7 bus 12, 8000 Brugge\n"
        "\n"
        "Ik verklaar dat mijn ex-partner, Wannes De Smet, mij sinds januari berichten stuurt. Zijn broer Jelle\n"
        "heeft mij op 2 maart aangesproken aan de bakker. Mijn advocate, meester Van den Bossche, is op de hoogte.\n"
        "\n"
        "Verhoorder: INP Thijs Wouters\n",
        redact=[
            ("VERCRUYSSE Lieselot", "PERSON", E),
            ("10/05/1986", "DATE_OF_BIRTH", E),
            ("86.05.10-527.44", "ID_DOCUMENT", E),
            ("Grote Markt 7 bus 12", "ADDRESS", E),
            ("Wannes De Smet", "PERSON", E),
            ("Jelle", "PERSON", E),
            ("meester |Van den Bossche|", "PERSON", E),
            ("Thijs Wouters", "PERSON", E),
        ],
        visible=["Politiezone Brugge", "BR.55.L3.004417/2025", "Roeselare"],
        batch=65,
    ),
    Doc(
        "nl-schuldhulp-hindoestaanse-namen",
        "Intakeverslag schuldhulpverlening\n"
        "Datum: 20 november 2024\n"
        "Klant: de heer Rakesh Ramkisoensing en mevrouw Chandrika Bhoendie-Jagesar\n"
        "Consulent: Priscilla Soerdjbalie\n"
        "\n"
        "De heer Ramkisoensing werkt als taxichauffeur, mevrouw Bhoendie heeft een Wajong-uitkering. Hun zoon\n"
        "Vishal (19) woont nog thuis. Schuldeisers zijn onder meer de Belastingdienst en verhuurder Woonstad.\n"
        "Chandrika geeft aan dat haar schoonmoeder, Sumintra Ramkisoensing, soms bijspringt.\n",
        redact=[
            ("Rakesh Ramkisoensing", "PERSON", E),
            ("Chandrika Bhoendie-Jagesar", "PERSON", E),
            ("Priscilla Soerdjbalie", "PERSON", E),
            ("heer |Ramkisoensing| werkt", "PERSON", E),
            ("mevrouw |Bhoendie| heeft", "PERSON", E),
            ("Vishal", "PERSON", E),
            ("\n|Chandrika| geeft", "PERSON", E),
            ("Sumintra Ramkisoensing", "PERSON", E),
        ],
        visible=["Belastingdienst", "Woonstad", "20 november 2024", "Wajong-uitkering", "taxichauffeur"],
        batch=65,
    ),
    Doc(
        "nl-ocr-verslag-aaneengeschreven-initialen",
        "V E R S L A G   O V E R L E G   H A V E N B E D R I J F\n"
        "\n"
        "Aanwezig:mr.J.de Vries (voorzitter),dhr.P.Jansen,mw.ing.K.El Idrissi\n"
        "Afwezig met bericht:drs.T.van der Veen\n"
        "\n"
        "De voorzitter opent om 09.30 uur. Dhr.Jansen meldt dat de loodsen aan de Waalhaven in mei leeg staan.\n",
        redact=[
            ("J.de Vries", "PERSON", E),
            ("P.Jansen", "PERSON", E),
            ("K.El Idrissi", "PERSON", E),
            ("T.van der Veen", "PERSON", E),
            ("Dhr.|Jansen| meldt", "PERSON", E),
        ],
        visible=["Waalhaven", "09.30 uur", "H A V E N B E D R I J F"],
        batch=65,
    ),
    Doc(
        "nl-raadsinformatiebrief-brand-ondertekend",
        "Raadsinformatiebrief\n"
        "Onderwerp: brand in woonzorgcentrum De Venen\n"
        "\n"
        "Geachte raadsleden,\n"
        "\n"
        "In de nacht van 3 op 4 februari brak brand uit in woonzorgcentrum De Venen. Eén bewoner, de 88-jarige\n"
        "mevrouw Geertruida Pos-Hoogland, is met rookvergiftiging opgenomen. Een medewerker van de nachtdienst,\n"
        "Ilse Brouwer, heeft veel bewoners naar buiten geholpen. Ik heb haar en de brandweer persoonlijk bedankt.\n"
        "\n"
        "De burgemeester van Zwolle,\n"
        "\n"
        "Peter Snijders\n",
        redact=[
            ("Geertruida Pos-Hoogland", "PERSON", E),
            ("Ilse Brouwer", "PERSON", E),
        ],
        passages=[("met rookvergiftiging opgenomen", SPECIAL)],
        officials=["Peter Snijders"],
        visible=["woonzorgcentrum De Venen", "Geachte raadsleden", "3 op 4 februari"],
        batch=65,
    ),
    # -- batch 66: written after the fixes for batch 65 ---------------------------------------------------------
    Doc(
        "en-uk-foi-annex-names-by-grade",
        "Annex A - Officials named in the released correspondence\n"
        "\n"
        "Name                 Role                                   Grade      Decision\n"
        "Sarah Munby          Permanent Secretary                    Perm Sec   Released\n"
        "Harriet Okoye        Director General, Energy Security      SCS3       Released\n"
        "Callum Fairweather   Policy Adviser, Heat Networks          HEO        Withheld s40(2)\n"
        "Bethan Lloyd-Price   Private Secretary to the Minister      G7         Withheld s40(2)\n"
        "\n"
        "Junior officials are named only by their role in the released documents.\n",
        redact=[
            ("Callum Fairweather", "PERSON", E),
            ("Bethan Lloyd-Price", "PERSON", E),
        ],
        officials=["Sarah Munby", "Harriet Okoye"],
        visible=["Permanent Secretary", "Energy Security", "Heat Networks", "Private Secretary to the Minister",
                 "Withheld s40(2)", "Annex A"],
        batch=66,
    ),
    Doc(
        "nl-omgevingsvergunning-aanvrager-gemachtigde",
        "Besluit omgevingsvergunning\n"
        "Zaaknummer: OLO 8812340\n"
        "\n"
        "Aanvrager: Bouwbedrijf Gebr. Hendriks B.V., Industrieweg 14, 5683 CG Best\n"
        "Contactpersoon aanvrager: de heer K.J. Hendriks\n"
        "Gemachtigde: Arcadis Nederland B.V., ir. P.M. de Groot-Vos\n"
        "Locatie: Heuvelstraat 9, Oirschot (kadastraal bekend gemeente Oirschot, sectie K, nummer 1187)\n"
        "\n"
        "De eigenaar van het naastgelegen perceel Heuvelstraat 11, mevrouw A. Swinkels-Bressers, heeft een\n"
        "zienswijze ingediend. Zij vreest dat haar uitzicht op de Sint-Petrusbasiliek verdwijnt.\n",
        redact=[
            ("K.J. Hendriks", "PERSON", E),
            ("P.M. de Groot-Vos", "PERSON", E),
            ("Heuvelstraat 9", "ADDRESS", E),
            ("1187", "ADDRESS", E),
            ("Heuvelstraat 11", "ADDRESS", E),
            ("A. Swinkels-Bressers", "PERSON", E),
        ],
        visible=["Bouwbedrijf Gebr. Hendriks B.V.", "Industrieweg 14", "5683 CG Best", "Arcadis Nederland B.V.",
                 "OLO 8812340", "Sint-Petrusbasiliek", "Oirschot, sectie K"],
        batch=66,
    ),
    Doc(
        "nl-whatsapp-groep-wethouder-nummers",
        "[12-03-2024 21:14:07] Wethouder Lenie Scholten: Hoe staat het met de opvang aan de Parkweg?\n"
        "[12-03-2024 21:16:52] +31 6 18 27 44 93: Vol. De familie Haddou zit nog in het hotel.\n"
        "[12-03-2024 21:17:30] Erwin (COA): Morgen komt er plek vrij, dan kan Fatima met de kinderen door.\n"
        "[12-03-2024 21:19:02] Wethouder Lenie Scholten: Dank Erwin 👍\n",
        redact=[
            ("+31 6 18 27 44 93", "PHONE", E),
            ("familie |Haddou|", "PERSON", E),
            ("Erwin", "PERSON", E),
            ("Fatima", "PERSON", E),
        ],
        officials=["Lenie Scholten"],
        visible=["Parkweg", "(COA)", "12-03-2024 21:14:07"],
        batch=66,
    ),
    Doc(
        "nl-inspectierapport-kinderopvang-houder",
        "Inspectierapport kinderdagverblijf (GGD Hollands Noorden)\n"
        "\n"
        "Naam voorziening: Kinderdagverblijf Het Zonnetje\n"
        "Houder: E. Demir-Koç, h.o.d.n. Het Zonnetje (eenmanszaak)\n"
        "KvK-nummer houder: 73319285\n"
        "Toezichthouder: Marjolein Vlaar, inspecteur kinderopvang\n"
        "\n"
        "Op groep De Rupsjes werkten op 4 juni twee beroepskrachten, Lisa en Naima. Beroepskracht Lisa had geen\n"
        "geldige VOG. De houder, mevrouw Demir, heeft de VOG op 6 juni alsnog aangevraagd.\n",
        redact=[
            ("E. Demir-Koç", "PERSON", E),
            ("73319285", "ID_DOCUMENT", E),
            ("Marjolein Vlaar", "PERSON", E),
            ("beroepskrachten, |Lisa| en", "PERSON", E),
            ("en |Naima|.", "PERSON", E),
            ("Beroepskracht |Lisa| had", "PERSON", E),
            ("mevrouw |Demir|", "PERSON", E),
        ],
        visible=["Kinderdagverblijf Het Zonnetje", "GGD Hollands Noorden", "De Rupsjes", "4 juni", "VOG"],
        batch=66,
    ),
    Doc(
        "de-bescheid-sachbearbeiterin",
        "Kreis Kleve - Der Landrat\n"
        "Fachbereich Ordnung und Verkehr\n"
        "\n"
        "Frau\n"
        "Dr. Anja Hoffmann-Yilmaz\n"
        "Lindenallee 8\n"
        "47533 Kleve\n"
        "\n"
        "Az.: 32.1-0419/24\n"
        "Sachbearbeiterin: Frau Kühn, Zimmer 2.14, Tel. 02821 85-418\n"
        "\n"
        "Sehr geehrte Frau Dr. Hoffmann-Yilmaz,\n"
        "\n"
        "Ihr Antrag auf Ausnahmegenehmigung für das Parken vor dem Haus Lindenallee 8 wird abgelehnt. Ihr Nachbar,\n"
        "Herr Wolfgang Terhorst, hat gegen die Genehmigung Einwände erhoben.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Im Auftrag\n"
        "Kühn\n",
        redact=[
            ("Anja Hoffmann-Yilmaz", "PERSON", E),
            ("Frau Dr. |Hoffmann-Yilmaz|,", "PERSON", E),
            ("Lindenallee 8", "ADDRESS", E),
            ("Frau |Kühn|,", "PERSON", E),
            ("02821 85-418", "PHONE", E),
            ("Wolfgang Terhorst", "PERSON", E),
            ("\n|Kühn|\n", "PERSON", E),
        ],
        visible=["Kreis Kleve", "Fachbereich Ordnung und Verkehr", "32.1-0419/24", "Zimmer 2.14", "47533 Kleve"],
        batch=66,
    ),
    Doc(
        "nl-pv-zitting-kantonrechter",
        "PROCES-VERBAAL VAN DE MONDELINGE BEHANDELING\n"
        "Rechtbank Gelderland, team kanton, locatie Arnhem\n"
        "Zaaknummer: 11204556 \\ CV EXPL 24-7731\n"
        "\n"
        "Aanwezig: mr. S.E. Reinders-Tol, kantonrechter, en M. Kok, griffier.\n"
        "Verschenen: eiser, de heer Dennis Aalbers, bijgestaan door mr. F. Öztürk (DAS Rechtsbijstand);\n"
        "gedaagde, Woonstichting Vivare, vertegenwoordigd door Ingrid Lammers, teamleider Verhuur.\n"
        "\n"
        "Aalbers verklaart: 'Sinds mijn buurman, Rob Hebing, een hond heeft, kan ik niet meer slapen.'\n",
        redact=[
            ("Dennis Aalbers", "PERSON", E),
            ("F. Öztürk", "PERSON", E),
            ("Ingrid Lammers", "PERSON", E),
            ("\n|Aalbers| verklaart", "PERSON", E),
            ("Rob Hebing", "PERSON", E),
        ],
        officials=["S.E. Reinders-Tol", "M. Kok"],
        visible=["Rechtbank Gelderland", "11204556", "Woonstichting Vivare", "DAS Rechtsbijstand", "teamleider Verhuur"],
        batch=66,
    ),
    # -- batch 67: written after the fixes for batch 66 ---------------------------------------------------------
    Doc(
        "nl-kamervragen-leden-fracties",
        "Vragen van de leden Bikker (ChristenUnie) en Van Baarle (DENK) aan de staatssecretaris van Financiën over\n"
        "de terugvordering van kinderopvangtoeslag bij een alleenstaande moeder in Enschede\n"
        "(ingezonden 14 oktober 2024).\n"
        "\n"
        "Antwoord van staatssecretaris Van Oostenbruggen (Financiën).\n"
        "\n"
        "Vraag 2\n"
        "Klopt het dat mevrouw Yasmina Bouzidi al sinds 2019 wacht op een besluit?\n"
        "\n"
        "Antwoord 2\n"
        "Over individuele gevallen doe ik geen uitspraken. Wel heeft de Dienst Toeslagen op 3 oktober contact gehad\n"
        "met haar advocaat, mr. Eva Gündüz.\n",
        redact=[
            ("Yasmina Bouzidi", "PERSON", E),
            ("Eva Gündüz", "PERSON", E),
        ],
        officials=["Bikker", "Van Baarle", "Van Oostenbruggen"],
        visible=["ChristenUnie", "DENK", "Dienst Toeslagen", "Enschede", "14 oktober 2024", "Vraag 2"],
        batch=67,
    ),
    Doc(
        "en-uk-council-minutes-public-questions",
        "Minutes of the Cabinet meeting, 9 January 2025\n"
        "\n"
        "Present: Councillors Jo Bramwell (Leader, in the Chair), Tariq Anwar, Lucy Pemberton and Dev Sharma\n"
        "Officers: Chief Executive (Helen Ruddock), Democratic Services Officer (Owen Pritchard)\n"
        "\n"
        "12. Public questions\n"
        "Mr Ian Grayling of Ashby Road asked why the library in Coalville would close. Cllr Pemberton replied that\n"
        "no decision had been taken. Mrs Sunita Lal asked a question about her son's school transport; the Leader\n"
        "agreed that officers would contact her.\n",
        redact=[
            ("Owen Pritchard", "PERSON", E),
            ("Ian Grayling", "PERSON", E),
            ("Sunita Lal", "PERSON", E),
        ],
        officials=["Jo Bramwell", "Tariq Anwar", "Lucy Pemberton", "Dev Sharma", "Helen Ruddock", "Cllr |Pemberton|"],
        visible=["Ashby Road", "Coalville", "9 January 2025", "Democratic Services Officer", "Public questions"],
        batch=67,
    ),
    Doc(
        "nl-kennisgeving-zienswijzen-indieners",
        "Bijlage 2 bij het besluit: overzicht van de indieners van zienswijzen\n"
        "\n"
        "1. R. de Wit-Mulder, Dorpsstraat 4, 7971 AA Havelte\n"
        "2. Stichting Dorpsbelang Havelte, p/a Brink 2, 7971 CB Havelte\n"
        "3. mw. G. Hofsteenge en dhr. H. Hofsteenge, Van Helomaweg 31, 7971 BK Havelte\n"
        "4. Natuurmonumenten, regio Drenthe\n"
        "5. Wolter Kamping, Uffelterweg 7a, 7970 AC Havelte\n",
        redact=[
            ("R. de Wit-Mulder", "PERSON", E),
            ("Dorpsstraat 4", "ADDRESS", E),
            ("7971 AA", "ADDRESS", E),
            ("G. Hofsteenge", "PERSON", E),
            ("H. Hofsteenge", "PERSON", E),
            ("Van Helomaweg 31", "ADDRESS", E),
            ("7971 BK", "ADDRESS", E),
            ("Wolter Kamping", "PERSON", E),
            ("Uffelterweg 7a", "ADDRESS", E),
            ("7970 AC", "ADDRESS", E),
        ],
        visible=["Stichting Dorpsbelang Havelte", "Natuurmonumenten, regio Drenthe"],
        batch=67,
    ),
    Doc(
        "nl-mail-doorgestuurd-engelse-kop",
        "Van: Stam, Jorrit <jorrit.stam@minezk.nl>\n"
        "Verzonden: maandag 2 december 2024 08:55\n"
        "Aan: Secretariaat DG Klimaat <secretariaat.dgke@minezk.nl>\n"
        "CC: 'mr. drs. J. van Dam (BZK/DGOO)'\n"
        "Onderwerp: FW: windpark Noordzee - vergunning\n"
        "\n"
        "Ter info. Minister Hermans wil dit donderdag bespreken.\n"
        "\n"
        "-----Original Message-----\n"
        "From: Lindgren, Astrid <astrid.lindgren@orsted.com>\n"
        "Sent: Friday, November 29, 2024 17:12\n"
        "To: Stam, Jorrit\n"
        "Subject: windpark Noordzee - vergunning\n"
        "\n"
        "Dear Jorrit, as discussed with your colleague Mees, we will send the revised plan next week. Astrid\n",
        redact=[
            ("Stam, Jorrit", "PERSON", E),
            ("jorrit.stam@minezk.nl", "EMAIL", E),
            ("J. van Dam", "PERSON", E),
            ("Lindgren, Astrid", "PERSON", E),
            ("astrid.lindgren@orsted.com", "EMAIL", E),
            ("Dear |Jorrit|,", "PERSON", E),
            ("Mees", "PERSON", E),
            ("week. |Astrid|", "PERSON", E),
        ],
        officials=["Hermans"],
        visible=["Secretariaat DG Klimaat", "secretariaat.dgke@minezk.nl", "BZK/DGOO", "windpark Noordzee",
                 "November 29, 2024"],
        batch=67,
    ),
    Doc(
        "nl-collegebesluit-parafenlijst",
        "Collegebesluit nr. 2024/1187 - Subsidie buurthuis De Schakel\n"
        "\n"
        "Paraaf          Naam                 Functie\n"
        "JdV             J. de Vos            beleidsadviseur Welzijn\n"
        "MK              M. Kaya              afdelingshoofd Samenleving\n"
        "HB              wethouder H. Bos     portefeuillehouder\n"
        "\n"
        "Het college besluit de subsidie aan Stichting De Schakel toe te kennen. Secretaris van de stichting is\n"
        "mevrouw Trudy Oldenkamp, die ook in de wijkraad zit.\n",
        redact=[
            ("JdV", "PERSON", E),
            ("J. de Vos", "PERSON", E),
            ("\n|MK| ", "PERSON", E),
            ("M. Kaya", "PERSON", E),
            ("Trudy Oldenkamp", "PERSON", E),
        ],
        officials=["H. Bos"],
        visible=["Stichting De Schakel", "beleidsadviseur Welzijn", "afdelingshoofd Samenleving", "2024/1187",
                 "buurthuis De Schakel"],
        batch=67,
    ),
    Doc(
        "nl-persbericht-politie-woordvoerder-slachtoffer",
        "Politie Eenheid Rotterdam - nieuwsbericht\n"
        "\n"
        "Rotterdam - Een 34-jarige man uit Schiedam is zaterdagnacht aangehouden na een steekpartij aan de\n"
        "Nieuwe Binnenweg. Het slachtoffer, een 27-jarige Rotterdammer, is met ernstig letsel naar het ziekenhuis\n"
        "gebracht. 'We zoeken nog getuigen,' zegt politiewoordvoerder Patricia Wessels. Burgemeester Aboutaleb\n"
        "heeft de familie van het slachtoffer, de familie Mahabier, gesproken.\n",
        redact=[
            ("familie |Mahabier|", "PERSON", E),
        ],
        passages=[("met ernstig letsel naar het ziekenhuis", SPECIAL)],
        officials=["Patricia Wessels", "Aboutaleb"],
        visible=["Politie Eenheid Rotterdam", "Nieuwe Binnenweg", "Schiedam"],
        batch=67,
    ),
    # -- batch 68: written after the fixes for batch 67 ---------------------------------------------------------
    Doc(
        "nl-brief-postnominaal-roepnaam",
        "Aan: de heer drs. P.C. (Peter) van Houten MBA\n"
        "Directeur Zorgbelang Noord, Postbus 1288, 9701 BG Groningen\n"
        "\n"
        "Betreft: uw brief over de wachtlijsten in de GGZ\n"
        "\n"
        "Geachte heer Van Houten,\n"
        "\n"
        "Ik heb Peter gisteren telefonisch gesproken. Gedeputeerde Susan Top neemt uw punten mee in het\n"
        "statenoverleg. Mijn collega, Roos Wiersma-Kuipers, stuurt u de verslagen.\n",
        redact=[
            ("drs. P.C. (Peter) van Houten MBA", "PERSON", E),
            ("heer |Van Houten|,", "PERSON", E),
            ("heb |Peter| gisteren", "PERSON", E),
            ("Roos Wiersma-Kuipers", "PERSON", E),
        ],
        officials=["Susan Top"],
        visible=["Zorgbelang Noord", "Postbus 1288", "9701 BG Groningen", "statenoverleg", "GGZ"],
        batch=68,
    ),
    Doc(
        "nl-incidentmelding-voornamen-afdelingen",
        "Incidentmelding datalek - intern\n"
        "Datum melding: 18 februari 2025\n"
        "Betrokken medewerkers: Anja (HR), Mohammed (Facilitair), Ricardo (ICT)\n"
        "\n"
        "Anja heeft per ongeluk de salarislijst van afdeling Vergunningen naar een externe partij gemaild. Ricardo\n"
        "heeft het bericht binnen een uur teruggehaald. De functionaris gegevensbescherming, Ellen Bos, is\n"
        "ingelicht.\n",
        redact=[
            ("Anja", "PERSON", E),
            ("Mohammed", "PERSON", E),
            ("Ricardo", "PERSON", E),
            ("Ellen Bos", "PERSON", E),
        ],
        visible=["(HR)", "(Facilitair)", "(ICT)", "afdeling Vergunningen", "18 februari 2025"],
        batch=68,
    ),
    Doc(
        "en-uk-parking-appeal-vehicle",
        "London Borough of Haringey - Parking Appeals\n"
        "\n"
        "Penalty Charge Notice: HG41882275\n"
        "Vehicle registration: LK19 XMT\n"
        "Appellant: Mr Aidan O'Connell, 7 Cranley Gardens, London N10 3AB\n"
        "\n"
        "Mr O'Connell says he was loading furniture for his mother, Bridget, who has a Blue Badge. The\n"
        "Civil Enforcement Officer (CEO 4471) recorded no loading activity. The appeal is rejected by\n"
        "Parking Appeals Officer Naomi Fletcher.\n",
        redact=[
            ("LK19 XMT", "LICENSE_PLATE", E),
            ("Aidan O'Connell", "PERSON", E),
            ("7 Cranley Gardens", "ADDRESS", E),
            ("N10 3AB", "ADDRESS", E),
            ("Mr |O'Connell| says", "PERSON", E),
            ("Bridget", "PERSON", E),
            ("Naomi Fletcher", "PERSON", E),
        ],
        visible=["London Borough of Haringey", "HG41882275", "Blue Badge", "Civil Enforcement Officer"],
        batch=68,
    ),
    Doc(
        "nl-ggd-contactonderzoek-vietnamese-namen",
        "GGD Haaglanden - bron- en contactonderzoek tuberculose\n"
        "\n"
        "Indexpatiënt: mevrouw Nguyễn Thị Lan (42), Weimarstraat 188, Den Haag\n"
        "Behandelend arts: M. Dekker, arts tbc-bestrijding\n"
        "\n"
        "Mevrouw Nguyễn is op 2 januari positief getest op open tuberculose. Huisgenoten: echtgenoot Trần Văn Minh\n"
        "en dochter Linh (8). Linh zit op basisschool De Regenboog; de GGD informeert de school zonder namen.\n",
        redact=[
            ("Nguyễn Thị Lan", "PERSON", E),
            ("Weimarstraat 188", "ADDRESS", E),
            ("M. Dekker", "PERSON", E),
            ("Mevrouw |Nguyễn| is", "PERSON", E),
            ("Trần Văn Minh", "PERSON", E),
            ("dochter |Linh| (8)", "PERSON", E),
            (". |Linh| zit", "PERSON", E),
        ],
        passages=[("positief getest op open tuberculose", SPECIAL)],
        visible=["GGD Haaglanden", "basisschool De Regenboog", "Den Haag", "2 januari"],
        batch=68,
    ),
    Doc(
        "en-international-names-apostrophes",
        "Home Office - Immigration Enforcement\n"
        "Case note, 21 March 2025\n"
        "\n"
        "Present at the interview: Mr Ibrahima N'Diaye (applicant), his sponsor Ms Rhiannon D'Souza, interpreter\n"
        "Siobhán Ó Briain, and caseworker Lars Ødegård. Mr N'Diaye stated that his brother Moussa lives in Dakar.\n",
        redact=[
            ("Ibrahima N'Diaye", "PERSON", E),
            ("Rhiannon D'Souza", "PERSON", E),
            ("Siobhán Ó Briain", "PERSON", E),
            ("Lars Ødegård", "PERSON", E),
            ("Mr |N'Diaye| stated", "PERSON", E),
            ("Moussa", "PERSON", E),
        ],
        visible=["Home Office", "Immigration Enforcement", "21 March 2025", "Dakar"],
        batch=68,
    ),
    Doc(
        "nl-notulen-raad-schorsing-hoofdletters",
        "NOTULEN RAADSVERGADERING GEMEENTE SÚDWEST-FRYSLÂN\n"
        "\n"
        "DE VOORZITTER (burgemeester Jannewietske de Vries): Ik open de vergadering.\n"
        "DE HEER HOEKSTRA (FNP): Voorzitter, inwoner Sjoukje Hiemstra uit Makkum heeft ons gemaild over haar\n"
        "zoon Wiebe.\n"
        "MEVROUW ZIJLSTRA (PvdA): Ik sluit me aan bij de heer Hoekstra.\n",
        redact=[
            ("Sjoukje Hiemstra", "PERSON", E),
            ("Wiebe", "PERSON", E),
        ],
        officials=["Jannewietske de Vries", "HOEKSTRA", "ZIJLSTRA", "heer |Hoekstra|."],
        visible=["SÚDWEST-FRYSLÂN", "Makkum", "DE VOORZITTER"],
        batch=68,
    ),
    # -- batch 69: written after the fixes for batch 68 ---------------------------------------------------------
    Doc(
        "nl-mail-handtekening-werkdagen-disclaimer",
        "Van: Jasper Ooms <j.ooms@vrzhz.nl>\n"
        "Aan: Willemijn Tack <w.tack@gemeente-venlo.nl>\n"
        "Onderwerp: evenement Zomerparkfeest - advies brandveiligheid\n"
        "\n"
        "Hoi Willemijn,\n"
        "\n"
        "Ons advies volgt vrijdag. De organisator, Thijs Peeters van Stichting Zomerparkfeest, belde me vanmorgen.\n"
        "\n"
        "Groet,\n"
        "Jasper Ooms | adviseur risicobeheersing\n"
        "Veiligheidsregio Limburg-Noord\n"
        "M 06 - 41 88 72 05 | T 088 119 1000\n"
        "Werkdagen: ma, di, do\n"
        "\n"
        "Dit bericht is uitsluitend bestemd voor de geadresseerde. Veiligheidsregio Limburg-Noord aanvaardt geen\n"
        "aansprakelijkheid voor schade die voortvloeit uit het gebruik van dit bericht.\n",
        redact=[
            ("Jasper Ooms", "PERSON", E),
            ("j.ooms@vrzhz.nl", "EMAIL", E),
            ("Willemijn Tack", "PERSON", E),
            ("w.tack@gemeente-venlo.nl", "EMAIL", E),
            ("Hoi |Willemijn|,", "PERSON", E),
            ("Thijs Peeters", "PERSON", E),
            ("06 - 41 88 72 05", "PHONE", E),
        ],
        visible=["Veiligheidsregio Limburg-Noord", "Stichting Zomerparkfeest", "Werkdagen: ma, di, do",
                 "adviseur risicobeheersing"],
        batch=69,
    ),
    Doc(
        "en-uk-subject-access-response",
        "Subject Access Request - response\n"
        "Our reference: SAR-2025-0142\n"
        "\n"
        "Data subject: Ms Chloe Whitmore-Adeyemi\n"
        "Date of birth: 14/03/1990\n"
        "National Insurance number: JT 48 29 17 B\n"
        "\n"
        "We have withheld the names of third parties, including your former partner, Daniel Roche, and the\n"
        "neighbour who reported the noise, Mrs Patricia Ellery. The case officer was Grace Nwankwo (Housing Officer).\n",
        redact=[
            ("Chloe Whitmore-Adeyemi", "PERSON", E),
            ("14/03/1990", "DATE_OF_BIRTH", E),
            ("JT 48 29 17 B", "ID_DOCUMENT", E),
            ("Daniel Roche", "PERSON", E),
            ("Patricia Ellery", "PERSON", E),
            ("Grace Nwankwo", "PERSON", E),
        ],
        visible=["SAR-2025-0142", "Subject Access Request", "Housing Officer"],
        batch=69,
    ),
    Doc(
        "nl-verslag-wijkoverleg-wijkagent",
        "Verslag wijkoverleg Malburgen-Oost, 27 november 2024\n"
        "\n"
        "Aanwezig: wijkagent Kevin de Boer, boa Hüseyin Arslan, wijkcoördinator Femke Nieuwenhuis (gemeente),\n"
        "Annet Bruil (Vivare), drie bewoners\n"
        "\n"
        "Bewoners klagen over overlast bij de familie Pietersen van nummer 12. Kevin heeft twee keer met de\n"
        "zoon, Dylan, gesproken. Wethouder Gerrie Elfrink komt in januari naar de wijk.\n",
        redact=[
            ("Kevin de Boer", "PERSON", E),
            ("Hüseyin Arslan", "PERSON", E),
            ("Femke Nieuwenhuis", "PERSON", E),
            ("Annet Bruil", "PERSON", E),
            ("familie |Pietersen|", "PERSON", E),
            ("|Kevin| heeft", "PERSON", E),
            ("Dylan", "PERSON", E),
        ],
        officials=["Gerrie Elfrink"],
        visible=["Malburgen-Oost", "27 november 2024", "(gemeente)", "(Vivare)", "drie bewoners"],
        batch=69,
    ),
    Doc(
        "nl-schriftelijke-vragen-fractie-inwoner",
        "Schriftelijke vragen ex artikel 42 Reglement van orde\n"
        "Indiener: raadslid Bouchra Dibi (GroenLinks)\n"
        "\n"
        "Inwoner mevrouw Ans Koster (81) wacht al acht maanden op een traplift. Haar dochter, Marieke, heeft de\n"
        "gemeente vier keer gebeld.\n"
        "\n"
        "Namens de fractie,\n"
        "Pieter Snel, fractievoorzitter\n",
        redact=[
            ("Ans Koster", "PERSON", E),
            ("Marieke", "PERSON", E),
        ],
        officials=["Bouchra Dibi", "Pieter Snel"],
        visible=["Reglement van orde", "GroenLinks", "traplift"],
        batch=69,
    ),
    Doc(
        "nl-brief-kabinet-koning-hofleverancier",
        "Kabinet van de Koning\n"
        "\n"
        "Betreft: aanvraag predicaat Hofleverancier\n"
        "\n"
        "Zijne Majesteit Koning Willem-Alexander en Koningin Máxima bezochten in 2023 de bakkerij van de aanvrager,\n"
        "de heer Jan-Willem Hendriks, in Deventer. De burgemeester van Deventer, Ron König, steunt de aanvraag. De\n"
        "heer Hendriks wordt bijgestaan door zijn compagnon, Ilse Marsman.\n",
        redact=[
            ("Jan-Willem Hendriks", "PERSON", E),
            ("heer |Hendriks| wordt", "PERSON", E),
            ("Ilse Marsman", "PERSON", E),
        ],
        officials=["Willem-Alexander", "Máxima", "Ron König"],
        visible=["Kabinet van de Koning", "Hofleverancier", "Deventer"],
        batch=69,
    ),
    Doc(
        "nl-paspoortaanvraag-documentnummer",
        "Aanvraag vervangend reisdocument (vermissing)\n"
        "\n"
        "Aanvrager: Ömer Faruk Doğan\n"
        "Geboren: 30-06-2001 te Zaandam\n"
        "Nummer vermist paspoort: NXC4R7F19\n"
        "Burgerservicenummer: 485280127\n"
        "\n"
        "De aanvrager verklaart dat het paspoort op 8 april 2025 is verloren op Schiphol. Behandeld door\n"
        "baliemedewerker Sandra Kooistra.\n",
        redact=[
            ("Ömer Faruk Doğan", "PERSON", E),
            ("30-06-2001", "DATE_OF_BIRTH", E),
            ("NXC4R7F19", "ID_DOCUMENT", E),
            ("485280127", "BSN", BSN_GROUND),
            ("Sandra Kooistra", "PERSON", E),
        ],
        visible=["Zaandam", "8 april 2025", "Schiphol"],
        batch=69,
    ),
    # -- batch 70: written after the fixes for batch 69 ---------------------------------------------------------
    Doc(
        "en-outlook-meeting-required-attendees",
        "Subject: Prep - Select Committee evidence session\n"
        "Organizer: Mehta, Anjali <anjali.mehta@dft.gov.uk>\n"
        "Required Attendees: Whitcombe, Oliver; Adebayo, Funmi; DfT Private Office\n"
        "Optional Attendees: Kerr, Fiona (GLD)\n"
        "When: 14 May 2025 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n"
        "Where: Great Minster House, room 4/23; Microsoft Teams Meeting\n"
        "\n"
        "Minister Lord Hendy will give evidence on 20 May. Oliver to bring the lines on rail fares; Funmi the\n"
        "stats pack.\n",
        redact=[
            ("Mehta, Anjali", "PERSON", E),
            ("anjali.mehta@dft.gov.uk", "EMAIL", E),
            ("Whitcombe, Oliver", "PERSON", E),
            ("Adebayo, Funmi", "PERSON", E),
            ("Kerr, Fiona", "PERSON", E),
            ("|Oliver| to bring", "PERSON", E),
            ("|Funmi| the", "PERSON", E),
        ],
        officials=["Hendy"],
        visible=["DfT Private Office", "(GLD)", "Dublin, Edinburgh, Lisbon, London", "Great Minster House",
                 "Select Committee", "14 May 2025"],
        batch=70,
    ),
    Doc(
        "nl-besluit-dwangsom-vof-vennoten",
        "Aan: V.O.F. Autobedrijf Jansen & Zn.\n"
        "t.a.v. de vennoten, de heer A.J.M. Jansen en mevrouw B. Jansen-Smeets\n"
        "Molenweg 31\n"
        "6042 KR Roermond\n"
        "\n"
        "Geachte heer en mevrouw Jansen,\n"
        "\n"
        "Bij de controle op 11 maart 2025 zagen toezichthouders J. Peeters en R. Dassen dat op uw terrein\n"
        "22 autowrakken staan.\n",
        redact=[
            ("A.J.M. Jansen", "PERSON", E),
            ("B. Jansen-Smeets", "PERSON", E),
            ("heer en mevrouw |Jansen|,", "PERSON", E),
            ("J. Peeters", "PERSON", E),
            ("R. Dassen", "PERSON", E),
        ],
        visible=["V.O.F. Autobedrijf Jansen & Zn.", "Molenweg 31", "6042 KR Roermond", "11 maart 2025"],
        batch=70,
    ),
    Doc(
        "nl-kamerbrief-ondertekend-minister-familie",
        "Geachte voorzitter,\n"
        "\n"
        "In het debat van 6 februari vroeg het lid Piri (GroenLinks-PvdA) naar de Syrische familie Al-Khatib in\n"
        "Ter Apel. Het gezin, met de vader Ahmad en drie kinderen, verblijft sinds november in de noodopvang.\n"
        "\n"
        "De minister van Asiel en Migratie,\n"
        "\n"
        "M.H.M. Faber-van de Klashorst\n",
        redact=[
            ("familie |Al-Khatib|", "PERSON", E),
            ("Ahmad", "PERSON", E),
        ],
        officials=["Piri", "M.H.M. Faber-van de Klashorst"],
        visible=["GroenLinks-PvdA", "Ter Apel", "6 februari", "Geachte voorzitter"],
        batch=70,
    ),
    Doc(
        "nl-whatsapp-android-export",
        "12-03-24, 21:14 - Jeroen Baas: Heeft iemand het adres van die mevrouw van de klacht?\n"
        "12-03-24, 21:16 - Naomi: Mevrouw Ter Horst, Kastanjelaan 19\n"
        "12-03-24, 21:17 - Jeroen Baas: Top, ik ga morgen met Gijs langs\n"
        "12-03-24, 21:18 - +31 6 22 41 90 87: Let op, haar zoon Stijn is agressief geweest tegen de wijkagent\n",
        redact=[
            ("Jeroen Baas", "PERSON", E),
            ("- |Naomi|:", "PERSON", E),
            ("Mevrouw |Ter Horst|", "PERSON", E),
            ("Kastanjelaan 19", "ADDRESS", E),
            ("Gijs", "PERSON", E),
            ("+31 6 22 41 90 87", "PHONE", E),
            ("Stijn", "PERSON", E),
        ],
        visible=["12-03-24, 21:14", "wijkagent"],
        batch=70,
    ),
    Doc(
        "en-ombudsman-decision-anonymised",
        "Local Government and Social Care Ombudsman - Final decision\n"
        "Complaint reference: 24 004 117\n"
        "\n"
        "Summary: Mr B complained that the Council delayed his daughter's EHC plan. The Council's SEN Manager,\n"
        "Sandra Okafor, apologised in writing. Mr B's daughter, Isla, was without a school place for five months.\n"
        "\n"
        "Final decision by Amerdeep Somal, Local Government and Social Care Ombudsman.\n",
        redact=[
            ("Sandra Okafor", "PERSON", E),
            ("Isla", "PERSON", E),
        ],
        officials=["Amerdeep Somal"],
        visible=["Local Government and Social Care Ombudsman", "24 004 117", "EHC plan", "SEN Manager"],
        batch=70,
    ),
    # -- batch 101: new genres and name forms (PDF columns, a subsidy table, US e-mail with earlier (b)(6), a
    # WhatsApp export with seconds, an OCR letter, a partly anonymised CRvB ruling, a UK council FOI e-mail).
    # First run (before its fixes): recall 0.823, precision 0.909, ground accuracy 1.0, 4 of 9 officials flagged.
    Doc(
        "nl-wijkkrant-pdf-kolommen-afbreking",
        "WIJKKRANT HOLTENBROEK | april 2025\n"
        "\n"
        "Bewoners denken mee\n"
        "over speelveld Aalanden\n"
        "\n"
        "Op de bewonersavond van 2 april in\n"
        "buurthuis De Klinker kwamen ruim\n"
        "veertig bewoners. Wethouder Michiel\n"
        "Veenstra opende de avond en beloofde\n"
        "dat het college in juni beslist. Daar-\n"
        "na vertelde Tineke van Wijn-\n"
        "gaarden (Aalanden 14) waarom zij te-\n"
        "gen het kappen van de populieren is:\n"
        "'Ze staan er al zestig jaar.' De heer Arend-Jan\n"
        "Hofstede van de VvE Holtenbroek-\n"
        "Noord wil juist meer licht in de\n"
        "tuinen. Wijkbeheerder Sevda Kara-\n"
        "taş noteerde alle wensen. Wie nog\n"
        "wil reageren, kan haar tot 1 mei\n"
        "bellen op 06-4173-\n"
        "2895.\n"
        "\n"
        "Vrijwilliger van de maand\n"
        "\n"
        "Al twaalf jaar zet Henk Jan Poort-\n"
        "man zich in voor de voedselbank in\n"
        "het wijkcentrum. 'Zonder hem en zijn\n"
        "vrouw Gerrie geen kerstpakketten,'\n"
        "zegt coördinator Priscilla Tjon-A-\n"
        "Fong.\n",
        redact=[
            ("Tineke van Wijn-\ngaarden", "PERSON", E),
            ("Aalanden 14", "ADDRESS", E),
            ("Arend-Jan\nHofstede", "PERSON", E),
            ("Sevda Kara-\ntaş", "PERSON", E),
            ("06-4173-\n2895", "PHONE", E),
            ("Henk Jan Poort-\nman", "PERSON", E),
            ("Gerrie", "PERSON", E),
            ("Priscilla Tjon-A-\nFong", "PERSON", E),
        ],
        officials=["Michiel\nVeenstra"],
        visible=["buurthuis De Klinker", "VvE Holtenbroek-\nNoord", "2 april", "speelveld Aalanden", "voedselbank",
                 "WIJKKRANT HOLTENBROEK"],
        batch=101,
    ),
    Doc(
        "nl-subsidieverdeling-tabel-friese-namen",
        "Gemeente Smallingerland\n"
        "Bijlage 2 bij collegebesluit 2025/0218 - verdeling Stimuleringsregeling Fryske taal en kultuer 2025\n"
        "\n"
        "Nr | Aanvrager | Rechtsvorm | Activiteit | Gevraagd | Besluit\n"
        "1 | Stichting Keunstwurk Drachten | stichting | Simmerfestival De Wilgen | € 4.500 | toegekend € 4.000\n"
        "2 | S. Hoekstra-Dijkstra, h.o.d.n. Atelier Reidplûm | eenmanszaak | Fryske ferhalen foar bern | € 1.200 | toegekend\n"
        "3 | Vereniging Plaatselijk Belang Opeinde | vereniging | Dorpsfeest 700 jaar | € 2.000 | afgewezen (art. 6, lid 2)\n"
        "4 | Tsjalling van der Meer | particulier | Fotoboek De Mersken | € 850 | toegekend\n"
        "5 | Louise van 't Hul | eenmanszaak | Gedichtenbundel 'Wyn en wetter' | € 3.000 | toegekend € 2.250\n"
        "6 | Wiebren in 't Veld en Durk Bosma | maatschap | Podcast 'Smelne's erfskip' | € 1.500 | afgewezen (budget op)\n"
        "7 | Sjoerdtje Kuipers-Anema | particulier | Cursus Frysk foar nijkommers | € 640 | toegekend\n"
        "\n"
        "Toelichting: de aanvragen 3 en 6 zijn afgewezen; de aanvragers hebben op 24 maart 2025 bericht gekregen van\n"
        "subsidieadviseur Geartsje Wielinga. Bezwaar kan tot zes weken na die datum.\n"
        "\n"
        "Aldus besloten in de vergadering van het college van 18 maart 2025.\n"
        "De secretaris,                 De burgemeester,\n"
        "drs. R.Th. Bouma               J. Gebben\n",
        redact=[
            ("S. Hoekstra-Dijkstra", "PERSON", E),
            ("Tsjalling van der Meer", "PERSON", E),
            ("Louise van 't Hul", "PERSON", E),
            ("Wiebren in 't Veld", "PERSON", E),
            ("Durk Bosma", "PERSON", E),
            ("Sjoerdtje Kuipers-Anema", "PERSON", E),
            ("Geartsje Wielinga", "PERSON", E),
        ],
        officials=["R.Th. Bouma", "J. Gebben"],
        visible=["Stichting Keunstwurk Drachten", "Vereniging Plaatselijk Belang Opeinde", "Atelier Reidplûm",
                 "Simmerfestival De Wilgen", "Fotoboek De Mersken", "24 maart 2025", "Gedichtenbundel 'Wyn en wetter'",
                 "Podcast 'Smelne's erfskip'", "Cursus Frysk foar nijkommers", "Fryske ferhalen foar bern"],
        batch=101,
    ),
    Doc(
        "en-us-foia-hhs-email-earlier-b6",
        "From: (b)(6)\n"
        "Sent: Tuesday, March 4, 2025 9:41 AM\n"
        "To: Okonkwo-Barnes, Adaeze (HHS/ASPA) <Adaeze.Okonkwo-Barnes@hhs.gov>; (b)(6)\n"
        "Cc: HHS Press Office <media@hhs.gov>\n"
        "Subject: RE: Press inquiry - measles cases, Gaines County\n"
        "\n"
        "Adaeze - the Avalanche-Journal wants a comment by 3pm ET. Andrew Nixon, HHS spokesperson, can be quoted on\n"
        "the record; nothing from the Secretary until Thursday. The reporter also named the family whose daughter was\n"
        "in the news last week (the Friesen-Martens family in Seminole). We neither confirm nor deny anything about them.\n"
        "\n"
        "Please loop in Rafael Domínguez Carrasco at CDC (he is covering for (b)(6) this week) and Siobhan\n"
        "Fairweather-Hughes from OGC.\n"
        "\n"
        "----- Original Message -----\n"
        "From: Tran, Minh-Anh (CDC/NCIRD) <qkt7@cdc.gov>\n"
        "Sent: Monday, March 3, 2025 6:12 PM\n"
        "Subject: caller ID\n"
        "\n"
        "The woman who phoned the hotline gave her SSN as 219-54-8830 and her DOB as 07/19/1986. I have not logged it.\n",
        redact=[
            ("Okonkwo-Barnes, Adaeze", "PERSON", E),
            ("Adaeze.Okonkwo-Barnes@hhs.gov", "EMAIL", E),
            ("|Adaeze| - the", "PERSON", E),
            ("the |Friesen-Martens| family", "PERSON", E),
            ("Rafael Domínguez Carrasco", "PERSON", E),
            ("Siobhan\nFairweather-Hughes", "PERSON", E),
            ("Tran, Minh-Anh", "PERSON", E),
            ("qkt7@cdc.gov", "EMAIL", E),
            ("219-54-8830", "SSN", E),
            ("07/19/1986", "DATE_OF_BIRTH", E),
        ],
        officials=["Andrew Nixon"],
        visible=["media@hhs.gov", "(b)(6)", "Gaines County", "Seminole", "HHS/ASPA", "CDC/NCIRD", "OGC",
                 "Avalanche-Journal", "March 4, 2025", "HHS Press Office"],
        batch=101,
    ),
    Doc(
        "nl-whatsapp-export-zorgvervoer-seconden",
        "[12-03-2023 14:02:11] Hanane El Amrani: Goedemiddag! De taxi voor meneer Ouali staat om 15:00 bij station Sneek\n"
        "[12-03-2023 14:03:40] Bogdan Kowalczyk: Ik rijd hem. Met de bus, kenteken VGL-08-K, er gaan drie koffers mee\n"
        "[12-03-2023 14:05:02] Hanane El Amrani: Top. Zijn kleindochter Yasmina (geb. 4 juni 2011) rijdt mee\n"
        "[12-03-2023 14:07:19] Oksana Melnyk: Voor de rit naar Düsseldorf vrijdag heb ik zijn paspoortnummer nodig, "
        "is het BH7K2PL41?\n"
        "[12-03-2023 14:09:55] Hanane El Amrani: Klopt. Mevrouw Ouali-Bensaïd belt je nog op 06 28 91 44 07\n"
        "[12-03-2023 14:11:02] Bogdan Kowalczyk: <Media weggelaten>\n"
        "[12-03-2023 14:30:47] Oksana Melnyk: Ok dank je Hanane 👍\n",
        redact=[
            ("Hanane El Amrani", "PERSON", E),
            ("meneer |Ouali| staat", "PERSON", E),
            ("Bogdan Kowalczyk", "PERSON", E),
            ("VGL-08-K", "LICENSE_PLATE", E),
            ("Yasmina", "PERSON", E),
            ("4 juni 2011", "DATE_OF_BIRTH", E),
            ("Oksana Melnyk", "PERSON", E),
            ("BH7K2PL41", "ID_DOCUMENT", E),
            ("Ouali-Bensaïd", "PERSON", E),
            ("06 28 91 44 07", "PHONE", E),
            ("je |Hanane| 👍", "PERSON", E),
        ],
        visible=["Düsseldorf", "station Sneek", "<Media weggelaten>", "12-03-2023 14:02:11"],
        batch=101,
    ),
    Doc(
        "nl-ocr-bezwaarschrift-nul-voor-o",
        "Aan het c0llege van burgemeester en wethouders\n"
        "van de gemeente Enschede\n"
        "P0stbus 20\n"
        "7500 AA  Enschede\n"
        "\n"
        "Afzender: E. Zielińska -Bos\n"
        "Br0ekheurnering 117\n"
        "7546  HN Enschede\n"
        "\n"
        "Enschede, 14 februari 2025\n"
        "\n"
        "Betreft :  bezwaar tegen de bes1issing op mijn verzoek om kwijtschelding (uw kenmerk KW-2025-00871)\n"
        "\n"
        "Geachte heer/mevr0uw,\n"
        "\n"
        "Hierbij maak ik bezwaar tegen uw besluit van 9 januari 2025. Uw medewerker, de heer 0. Kaya, schreef\n"
        "dat ik te veel op mijn rekening heb. Dat is niet waar: op mijn Poolse rekening PL24 4735 7143 2178 5375 3663 1674\n"
        "staat het geld van mijn moeder , mevrouw Halina Zielińska, die in Łódź woont. Zij is geboren\n"
        "op 3 augustus 1948 en ik beheer dat geld voor haar. Mijn eigen rekening is NL56 RABO 3195 4663 61 .\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "Ewa Zielińska- Bos\n"
        "~ '\n"
        "Bijlage: afschrift rekening ,  kopie ID-kaart\n",
        redact=[
            ("E. Zielińska -Bos", "PERSON", E),
            ("Br0ekheurnering 117", "ADDRESS", E),
            ("7546  HN", "ADDRESS", E),
            ("0. Kaya", "PERSON", E),
            ("PL24 4735 7143 2178 5375 3663 1674", "IBAN", E),
            ("Halina Zielińska", "PERSON", E),
            ("3 augustus 1948", "DATE_OF_BIRTH", E),
            ("NL56 RABO 3195 4663 61", "IBAN", E),
            ("Ewa Zielińska- Bos", "PERSON", E),
        ],
        visible=["P0stbus 20", "7500 AA  Enschede", "Łódź", "9 januari 2025", "KW-2025-00871", "14 februari 2025"],
        batch=101,
    ),
    Doc(
        "nl-crvb-uitspraak-deels-geanonimiseerd",
        "ECLI:NL:CRVB:2024:2291\n"
        "Centrale Raad van Beroep\n"
        "Datum uitspraak: 14-11-2024\n"
        "Zaaknummer: 23/1487 WIA\n"
        "\n"
        "Uitspraak op het hoger beroep tegen de uitspraak van de rechtbank Gelderland van 2 mei 2023, 22/4410\n"
        "(aangevallen uitspraak)\n"
        "\n"
        "Partijen:\n"
        "[appellant] te [woonplaats] (appellant)\n"
        "de Raad van bestuur van het Uitvoeringsinstituut werknemersverzekeringen (Uwv)\n"
        "\n"
        "Namens appellant heeft mr. Th.G.M. IJzendoorn, advocaat, hoger beroep ingesteld. Het Uwv heeft een\n"
        "verweerschrift ingediend. De zaak is ter zitting behandeld op 3 oktober 2024. Appellant is verschenen,\n"
        "bijgestaan door mr. IJzendoorn en door zijn zoon Baran Yıldız als tolk. Het Uwv heeft zich laten\n"
        "vertegenwoordigen door mr. Chr. Wouda-Hiemstra.\n"
        "\n"
        "OVERWEGINGEN\n"
        "1.1. Appellant werkte als orderpicker bij [naam B.V.] tot zijn arbeidsovereenkomst op 3 februari 2021\n"
        "eindigde. Verzekeringsarts P. Nowak-de Boer en arbeidsdeskundige [naam 1] hebben het dossier beoordeeld.\n"
        "1.2. De echtgenote van appellant, [naam 2], en zijn buurman Henk Lubbers hebben schriftelijk verklaard\n"
        "over zijn dagelijkse activiteiten.\n"
        "\n"
        "Deze uitspraak is gedaan door mr. A.J. Schaap als voorzitter en mr. M.F. Wagner en mr. S. Hoving-Postma\n"
        "als leden, in tegenwoordigheid van L. Ferdinandus als griffier. De beslissing is uitgesproken in het\n"
        "openbaar op 14 november 2024.\n",
        redact=[
            ("Th.G.M. IJzendoorn", "PERSON", E),
            ("mr. |IJzendoorn| en", "PERSON", E),
            ("Baran Yıldız", "PERSON", E),
            ("Chr. Wouda-Hiemstra", "PERSON", E),
            ("P. Nowak-de Boer", "PERSON", E),
            ("Henk Lubbers", "PERSON", E),
        ],
        officials=["A.J. Schaap", "M.F. Wagner", "S. Hoving-Postma", "L. Ferdinandus"],
        visible=["[appellant]", "[woonplaats]", "[naam B.V.]", "[naam 1]", "[naam 2]", "rechtbank Gelderland",
                 "Uitvoeringsinstituut werknemersverzekeringen", "ECLI:NL:CRVB:2024:2291", "Centrale Raad van Beroep",
                 "3 oktober 2024"],
        batch=101,
    ),
    Doc(
        "en-uk-council-foi-objectors-email",
        "From: Priya Venkataraman <priya.venkataraman@cheshireeast.gov.uk>\n"
        "Sent: 02 April 2025 11:26\n"
        "To: Tom Heslop-Whittaker <tom.heslop-whittaker@cheshireeast.gov.uk>\n"
        "Subject: FOI-7741 objections to 24/3381M - what to withhold\n"
        "\n"
        "Hi Tom,\n"
        "\n"
        "Two of the 41 objection letters need care before we release the bundle. Mr Callum Fitzwilliam-Hart of\n"
        "Pexhill Road put his National Insurance number (JN 61 43 20 D) at the top of his letter, and Mrs Rhiannon\n"
        "ap Gwilym-Jones sent hers from her husband Gareth's account, so his address gwilymjones.g@btinternet.com\n"
        "is in the header. Both names go under s.40(2).\n"
        "\n"
        "Cllr Harriet Dunmore-Stokes (Ward Member, Gawsworth) spoke at Strategic Planning Board and her objection is\n"
        "in the published minutes, so her name stays in. The applicant's agent, Emery Planning, can stay too.\n"
        "\n"
        "Thanks,\n"
        "Priya\n"
        "Information Rights Officer\n",
        redact=[
            ("Priya Venkataraman", "PERSON", E),
            ("priya.venkataraman@cheshireeast.gov.uk", "EMAIL", E),
            ("Tom Heslop-Whittaker", "PERSON", E),
            ("tom.heslop-whittaker@cheshireeast.gov.uk", "EMAIL", E),
            ("Hi |Tom|,", "PERSON", E),
            ("Callum Fitzwilliam-Hart", "PERSON", E),
            ("JN 61 43 20 D", "NI_NUMBER", E),
            ("Rhiannon\nap Gwilym-Jones", "PERSON", E),
            ("Gareth", "PERSON", E),
            ("gwilymjones.g@btinternet.com", "EMAIL", E),
            ("\n|Priya|\n", "PERSON", E),
        ],
        officials=["Harriet Dunmore-Stokes"],
        visible=["Pexhill Road", "Strategic Planning Board", "Emery Planning", "Gawsworth", "s.40(2)", "24/3381M",
                 "Information Rights Officer", "02 April 2025"],
        batch=101,
    ),
    # -- batch 102: written after the fixes for batch 101 (a Teams chat copied out, a personnel file, answers to
    # Kamervragen, an objection hearing, a Belgian police report, an NHS trust's board, a permit's third parties)
    # First run (before its fixes): recall 0.879, precision 0.886, ground accuracy 1.0, 2 of 10 officials flagged.
    # Three expectations were added after that run, not counted as fixes: the permit applicant's plot, the builder's
    # plate (a plate says nothing of its owner) and the health passage of the personnel file.
    Doc(
        "nl-teams-chat-gekopieerd-huurtoeslag",
        "[09:12] Kaur, Harpreet (BZK/DGDOO)\n"
        "Goedemorgen! Wie pakt de vragen van mevrouw Tjong-Ayong over haar huurtoeslag op?\n"
        "[09:15] Sewdien, Ashwin\n"
        "Ik. Ze belde gisteren, haar zoon Rishi helpt haar met de brieven.\n"
        "[09:16] Kaur, Harpreet (BZK/DGDOO)\n"
        "Top. Let op: minister Keijzer wil donderdag een overzicht van alle lopende klachten.\n"
        "[09:18] Zhang, Wei\n"
        "Stuur je input naar Raj vóór woensdag, hij maakt de nota.\n"
        "[09:20] Sewdien, Ashwin\n"
        "Doe ik. Feliciteer Mei-Ling namens mij, ze is vandaag jarig toch?\n"
        "[09:21] Zhang, Wei\n"
        "👍\n",
        redact=[
            ("Kaur, Harpreet", "PERSON", E),
            ("Tjong-Ayong", "PERSON", E),
            ("Sewdien, Ashwin", "PERSON", E),
            ("Rishi", "PERSON", E),
            ("Zhang, Wei", "PERSON", E),
            ("naar |Raj| vóór", "PERSON", E),
            ("Mei-Ling", "PERSON", E),
        ],
        officials=["Keijzer"],
        visible=["BZK/DGDOO", "[09:12]", "huurtoeslag", "donderdag"],
        batch=102,
    ),
    Doc(
        "nl-personeelsdossier-reintegratie-gesprek",
        "Gespreksverslag re-integratie (personeelsdossier, vertrouwelijk)\n"
        "Medewerker: Ángela María Ruiz Fernández, personeelsnummer 4471823\n"
        "Leidinggevende: Chr. (Christiaan) van 't Wout\n"
        "Bedrijfsarts: drs. IJ. Zijlstra (ArboNed)\n"
        "Datum gesprek: 14 januari 2025\n"
        "\n"
        "Ángela werkt sinds 2019 als adviseur bij team Inkoop. Zij was van 2 oktober tot en met 15 december 2024\n"
        "afwezig. Op advies van de bedrijfsarts bouwt zij haar uren op van 16 naar 28 uur per week. Haar\n"
        "echtgenoot, Diego Herrera Salas, haalt haar voorlopig op vrijdag op. Van 't Wout spreekt af dat\n"
        "collega Th. Oudeman haar inwerkt in het nieuwe contractbeheersysteem.\n"
        "\n"
        "Loon wordt doorbetaald op rekening ES78 6091 3909 8896 0308 2462.\n",
        redact=[
            ("Ángela María Ruiz Fernández", "PERSON", E),
            ("4471823", "EMPLOYEE_ID", E),
            ("Chr. (Christiaan) van 't Wout", "PERSON", E),
            ("IJ. Zijlstra", "PERSON", E),
            ("\n|Ángela| werkt", "PERSON", E),
            ("Diego Herrera Salas", "PERSON", E),
            ("|Van 't Wout| spreekt", "PERSON", E),
            ("Th. Oudeman", "PERSON", E),
            ("ES78 6091 3909 8896 0308 2462", "IBAN", E),
        ],
        passages=[("Op advies van de bedrijfsarts", SPECIAL)],  # added after the first run
        visible=["ArboNed", "team Inkoop", "14 januari 2025", "contractbeheersysteem"],
        batch=102,
    ),
    Doc(
        "nl-aanhangsel-kamervragen-detentie-china",
        "2025Z03114\n"
        "Vragen van het lid Boswijk (CDA) aan de minister van Buitenlandse Zaken over een in China vastgehouden\n"
        "Nederlander (ingezonden 14 februari 2025).\n"
        "Antwoord van minister Veldkamp (Buitenlandse Zaken) (ontvangen 12 maart 2025).\n"
        "\n"
        "Vraag 1\n"
        "Bent u bekend met het bericht dat de Nederlander Li Jianguo sinds december in Shenzhen vastzit?\n"
        "\n"
        "Antwoord 1\n"
        "Ja. De ambassade in Beijing heeft de zaak op 9 januari bij de Chinese autoriteiten opgebracht. Een consulair\n"
        "medewerker, Femke Oudshoorn, bezocht hem op 21 januari.\n"
        "\n"
        "Vraag 2\n"
        "Klopt het dat zijn echtgenote, Chen Xiumei, en hun dochter Lotte Li sinds de arrestatie geen contact met hem\n"
        "hebben gehad?\n"
        "\n"
        "Antwoord 2\n"
        "Mevrouw Chen heeft op 3 februari met de ambassade gesproken. Op verzoek van de familie gaat het kabinet niet\n"
        "in op de strafzaak. Minister Veldkamp heeft de zaak ook besproken met zijn Chinese ambtgenoot Wang Yi.\n",
        redact=[
            ("Li Jianguo", "PERSON", E),
            ("Femke Oudshoorn", "PERSON", E),
            ("Chen Xiumei", "PERSON", E),
            ("Lotte Li", "PERSON", E),
            ("Mevrouw |Chen| heeft", "PERSON", E),
        ],
        officials=["Boswijk", "lid Boswijk", "minister |Veldkamp| (Buitenlandse", "Minister |Veldkamp| heeft", "Wang Yi"],
        visible=["2025Z03114", "Shenzhen", "Beijing", "Chinese autoriteiten", "14 februari 2025", "Vraag 1",
                 "Antwoord 2"],
        batch=102,
    ),
    Doc(
        "nl-hoorzitting-bezwaar-windturbine-kolhorn",
        "Verslag van de hoorzitting van de commissie bezwaarschriften van de gemeente Hollands Kroon\n"
        "Datum: 6 februari 2025, 19.30 uur, gemeentehuis Anna Paulowna\n"
        "\n"
        "Commissie: mr. H. van 't Zand (voorzitter), mw. drs. S. Bhoelai-Ramcharan, T.J. Sijbrandij (secretaris)\n"
        "Bezwaarden: de heer en mevrouw Oudejans-de Graaf, Westfriesedijk 12, Kolhorn, bijgestaan door\n"
        "mr. M. El Idrissi, advocaat te Alkmaar\n"
        "Vergunninghouder: Windcoöperatie Kolhorn U.A., vertegenwoordigd door haar bestuurder Sjaak Wit\n"
        "Namens het college: Ravi Ramdin (beleidsadviseur ruimtelijke ordening) en S. Kromowidjojo (jurist)\n"
        "\n"
        "De voorzitter opent de zitting. Mevrouw Oudejans zegt dat zij sinds de bouw van de turbine elke avond\n"
        "slagschaduw in haar keuken heeft. Mr. El Idrissi wijst op het rapport van Pondera van 4 november 2024.\n"
        "De heer Ramdin antwoordt dat de stilstandvoorziening sinds januari werkt. Kromowidjojo voegt toe dat\n"
        "wethouder Kramer de vergunning op 12 augustus 2024 heeft verleend. De heer Wit biedt aan de\n"
        "stilstandtijden met de buren te delen.\n",
        redact=[
            ("H. van 't Zand", "PERSON", E),
            ("S. Bhoelai-Ramcharan", "PERSON", E),
            ("T.J. Sijbrandij", "PERSON", E),
            ("Oudejans-de Graaf", "PERSON", E),
            ("Westfriesedijk 12", "ADDRESS", E),
            ("M. El Idrissi", "PERSON", E),
            ("Sjaak Wit", "PERSON", E),
            ("Ravi Ramdin", "PERSON", E),
            ("S. Kromowidjojo", "PERSON", E),
            ("Mevrouw |Oudejans| zegt", "PERSON", E),
            ("Mr. |El Idrissi| wijst", "PERSON", E),
            ("heer |Ramdin| antwoordt", "PERSON", E),
            ("|Kromowidjojo| voegt", "PERSON", E),
            ("heer |Wit| biedt", "PERSON", E),
        ],
        officials=["Kramer"],
        visible=["gemeente Hollands Kroon", "gemeentehuis Anna Paulowna", "Windcoöperatie Kolhorn U.A.", "Pondera",
                 "4 november 2024", "Alkmaar", "Kolhorn, bijgestaan"],
        batch=102,
    ),
    Doc(
        "be-pv-verkeersongeval-rijksregister-nummerplaat",
        "PROCES-VERBAAL - Politiezone Minos\n"
        "PV-nummer AN.44.LB.004417/2025\n"
        "\n"
        "Op 3 maart 2025 om 17.40 uur werden wij gevorderd voor een verkeersongeval op de Statielei te Mortsel.\n"
        "\n"
        "Betrokkene 1: DE SMET Lowie, geboren te Mortsel op 23 november 1979, rijksregisternummer 79.11.23-146.27,\n"
        "wonende te 2640 Mortsel, Edegemsestraat 88 bus 3. Voertuig: Volkswagen Touran, nummerplaat 1-KVD-472.\n"
        "Betrokkene 2: BENALI Samira, rijksregisternummer 03.02.09-287.34, rekening BE26 8301 6613 1829.\n"
        "\n"
        "Betrokkene 1 verklaart: \"Ik kwam van de voetbal met de zoon, Dylan, op de achterbank. De wagen van\n"
        "mevrouw Benali kwam van rechts.\" Betrokkene 2 verklaart dat haar broer Yassine het ongeval heeft\n"
        "gefilmd. Vastgesteld door INP Kobe Vermeiren en HINP Ann Goossens.\n",
        redact=[
            ("DE SMET Lowie", "PERSON", E),
            ("23 november 1979", "DATE_OF_BIRTH", E),
            ("79.11.23-146.27", "NATIONAL_ID", E),
            ("Edegemsestraat 88 bus 3", "ADDRESS", E),
            ("1-KVD-472", "LICENSE_PLATE", E),
            ("BENALI Samira", "PERSON", E),
            ("03.02.09-287.34", "NATIONAL_ID", E),
            ("BE26 8301 6613 1829", "IBAN", E),
            ("zoon, |Dylan|,", "PERSON", E),
            ("mevrouw |Benali|", "PERSON", E),
            ("Yassine", "PERSON", E),
            ("Kobe Vermeiren", "PERSON", E),
            ("Ann Goossens", "PERSON", E),
        ],
        visible=["Politiezone Minos", "AN.44.LB.004417/2025", "Statielei te Mortsel", "Volkswagen Touran", "3 maart 2025"],
        batch=102,
    ),
    Doc(
        "en-uk-nhs-trust-board-foi-email",
        "From: Kirsty McAllister-Reid <kirsty.mcallister-reid@nhs.net>\n"
        "Sent: 19 March 2025 16:02\n"
        "To: FOI Northbridge <northbridge.foi@nhs.net>\n"
        "Subject: FOI 25/0331 - board papers on the maternity review\n"
        "\n"
        "Hi all,\n"
        "\n"
        "The requester wants the private board papers of 6 February. The board members who took the decision -\n"
        "Dame Caroline Ashcombe (Chair), Professor Nikhil Bhattacharya (Non-Executive Director) and the Chief\n"
        "Executive, Mark Pettigrew - are named in the public minutes, so their names can stay. The midwife who\n"
        "raised the concern, Grace Oyelowo-Hart, is not, and neither is the family (Mr and Mrs Abernethy-Clyde).\n"
        "\n"
        "Please send your comments to Priyanka by Friday; she is drafting the response. Mark it OFFICIAL.\n"
        "\n"
        "Kirsty\n"
        "Information Governance Lead\n",
        redact=[
            ("Kirsty McAllister-Reid", "PERSON", E),
            ("kirsty.mcallister-reid@nhs.net", "EMAIL", E),
            ("Grace Oyelowo-Hart", "PERSON", E),
            ("Abernethy-Clyde", "PERSON", E),
            ("to |Priyanka| by", "PERSON", E),
            ("\n|Kirsty|\n", "PERSON", E),
        ],
        officials=["Caroline Ashcombe", "Nikhil Bhattacharya", "Mark Pettigrew"],
        visible=["northbridge.foi@nhs.net", "FOI 25/0331", "6 February", "OFFICIAL", "Information Governance Lead",
                 "Non-Executive Director"],
        batch=102,
    ),
    Doc(
        "nl-omgevingsvergunning-derde-belanghebbenden",
        "Besluit omgevingsvergunning - zaaknummer OLO 9182736 / Z2025-000412\n"
        "\n"
        "Het college van burgemeester en wethouders van Leeuwarden heeft op 20 januari 2025 een omgevingsvergunning\n"
        "verleend aan Ludger Swart voor het bouwen van een mantelzorgwoning op het perceel Hemrik 7. Tegen het\n"
        "ontwerpbesluit zijn zienswijzen ingediend door:\n"
        "1. J. (Jelle) van der Ploeg en A. van der Ploeg-Terpstra, Hemrik 9\n"
        "2. Ingrid Mulder-Ozinga, Hemrik 5a\n"
        "3. Fokke en Lyda Hiemstra, Snekerstraatweg 41\n"
        "4. Stichting Dorpsbelang Wirdum, secretaris P. Tolsma\n"
        "\n"
        "Het kenteken van de bouwkeet (WN-871-X) van aannemer Bouwbedrijf Bergsma B.V. staat in de bijlage.\n"
        "Behandelend ambtenaar: Gerlof Visser, telefoon 058 233 4871.\n",
        redact=[
            ("Ludger Swart", "PERSON", E),
            ("J. (Jelle) van der Ploeg", "PERSON", E),
            ("A. van der Ploeg-Terpstra", "PERSON", E),
            ("Hemrik 9", "ADDRESS", E),
            ("Ingrid Mulder-Ozinga", "PERSON", E),
            ("Hemrik 5a", "ADDRESS", E),
            ("Fokke", "PERSON", E),
            ("Lyda Hiemstra", "PERSON", E),
            ("Snekerstraatweg 41", "ADDRESS", E),
            ("P. Tolsma", "PERSON", E),
            ("Gerlof Visser", "PERSON", E),
            ("058 233 4871", "PHONE", E),
            # added after the first run: the applicant's own plot, and a plate the tool cannot tell from a person's
            ("Hemrik 7", "ADDRESS", E),
            ("WN-871-X", "LICENSE_PLATE", E),
        ],
        visible=["Stichting Dorpsbelang Wirdum", "Bouwbedrijf Bergsma B.V.", "20 januari 2025",
                 "OLO 9182736 / Z2025-000412", "Leeuwarden"],
        batch=102,
    ),
    # -- batch 103: written after the fixes for batch 102 (a Belgian city's letter in columns, a letter from Caribbean
    # Netherlands, a Frisian municipal letter, a Limburg council transcript with speakers in capitals, a UK FOI
    # response with an annex of complainants, US FOIA processing notes, an OCR'd objection letter, a mail chain
    # forwarded from a German youth office, a police log of those involved)
    # First run (before its fixes): recall 0.808, precision 0.919, ground accuracy 0.988, 1 of 14 officials flagged.
    # Corrected after that run, not counted as fixes: two postcodes of private homes were listed as visible (the
    # address finding takes the postcode with the street, rightly), and the CRIB number's ground is 5.1.1e.
    Doc(
        "be-brief-stad-gent-geurhinder-kolommen",
        "Stad Gent\n"
        "Dienst Milieu en Klimaat\n"
        "Woodrow Wilsonplein 1, 9000 Gent\n"
        "\n"
        "Mevrouw Els Van Damme\n"
        "Kortrijksesteenweg 318 bus 2\n"
        "9000 Gent\n"
        "\n"
        "uw bericht van      uw kenmerk     ons kenmerk               bijlagen\n"
        "14 januari 2025     -              MK/2025/00231/LVdV        2\n"
        "\n"
        "contactpersoon: Laurens Van de Velde, dossierbehandelaar\n"
        "telefoon 09 266 71 42 - laurens.vandevelde@stad.gent\n"
        "\n"
        "Gent, 3 februari 2025\n"
        "\n"
        "Betreft: uw klacht over geurhinder van een houtkachel\n"
        "\n"
        "Geachte mevrouw Van Damme,\n"
        "\n"
        "Wij ontvingen uw klacht over de rook van de houtkachel van uw buren, de familie Verhaegen-De Wolf op\n"
        "nummer 320. Op 27 januari bezocht onze milieu-inspecteur, Nathalie Dewaele, beide woningen. Zij sprak met\n"
        "de heer Verhaegen en met zijn schoonvader, Roger De Wolf, die de kachel dagelijks stookt.\n"
        "\n"
        "Schepen Lien Dhondt heeft het college op 30 januari over deze en gelijkaardige klachten ingelicht. Het\n"
        "college van burgemeester en schepenen, voorgezeten door burgemeester Mathias De Clercq, vraagt de\n"
        "milieudienst om in het voorjaar een informatiecampagne over stoken te voeren.\n"
        "\n"
        "Uw rijksregisternummer (85.11.04-213.74) en uw rekeningnummer BE58 0635 1773 2279 voor de premie\n"
        "vermelden wij enkel in het interne dossier.\n"
        "\n"
        "Met vriendelijke groeten,\n"
        "\n"
        "Laurens Van de Velde                         Mathias De Clercq\n"
        "dossierbehandelaar                           burgemeester\n",
        redact=[
            ("Els Van Damme", "PERSON", E),
            ("Kortrijksesteenweg 318 bus 2", "ADDRESS", E),
            ("contactpersoon: |Laurens Van de Velde|,", "PERSON", E),
            ("09 266 71 42", "PHONE", E),
            ("laurens.vandevelde@stad.gent", "EMAIL", E),
            ("mevrouw |Van Damme|,", "PERSON", E),
            ("Verhaegen-De Wolf", "PERSON", E),
            ("Nathalie Dewaele", "PERSON", E),
            ("heer |Verhaegen| en", "PERSON", E),
            ("Roger De Wolf", "PERSON", E),
            ("85.11.04-213.74", "NATIONAL_ID", E),
            ("BE58 0635 1773 2279", "IBAN", E),
            ("\n|Laurens Van de Velde| ", "PERSON", E),
        ],
        officials=["Lien Dhondt", "burgemeester |Mathias De Clercq|", " |Mathias De Clercq|\n"],
        visible=["Stad Gent", "Dienst Milieu en Klimaat", "Woodrow Wilsonplein 1, 9000 Gent", "MK/2025/00231/LVdV",
                 "14 januari 2025", "3 februari 2025", "dossierbehandelaar"],
        batch=103,
    ),
    Doc(
        "bq-brief-rcn-onderstand-bonaire",
        "Rijksdienst Caribisch Nederland\n"
        "Unit Sociale Zaken en Werkgelegenheid\n"
        "Kaya Internashonal z/n, Kralendijk, Bonaire\n"
        "\n"
        "Sra. M.E. (Mildred) Cecilia-Frans\n"
        "Kaya Korona 17\n"
        "Antriol, Bonaire\n"
        "\n"
        "Kralendijk, 11 april 2025\n"
        "Ons kenmerk: SZW-BON/2025/0388\n"
        "Behandeld door: Jurmaine Anthony\n"
        "Telefoon: +599 715 8802\n"
        "Onderwerp: uw aanvraag onderstand\n"
        "\n"
        "Geachte mevrouw Cecilia-Frans,\n"
        "\n"
        "Op 2 april 2025 ontvingen wij uw aanvraag voor onderstand. U woont samen met uw kleinzoon Jayden Frans\n"
        "(14) en uw dochter, Shudeska Cecilia, die sinds februari zonder werk is. Uw CRIB-nummer is 103482775.\n"
        "\n"
        "Om uw aanvraag te beoordelen hebben wij nog nodig:\n"
        "- een afschrift van uw bankrekening bij de MCB (rekeningnummer 40.118.223);\n"
        "- de huurovereenkomst met uw verhuurder, de heer Ramon Soliana.\n"
        "\n"
        "De bedragen van de onderstand zijn per 1 januari 2025 door minister Van Hijum verhoogd. Hebt u vragen,\n"
        "bel dan met Jurmaine of kom langs op ons kantoor in Kralendijk.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens de minister van Sociale Zaken en Werkgelegenheid,\n"
        "\n"
        "Jurmaine Anthony\n"
        "consulent onderstand\n",
        redact=[
            ("M.E. (Mildred) Cecilia-Frans", "PERSON", E),
            ("Kaya Korona 17", "ADDRESS", E),
            ("Behandeld door: |Jurmaine Anthony|", "PERSON", E),
            ("+599 715 8802", "PHONE", E),
            ("mevrouw |Cecilia-Frans|,", "PERSON", E),
            ("Jayden Frans", "PERSON", E),
            ("Shudeska Cecilia", "PERSON", E),
            ("103482775", "NATIONAL_ID", BSN_GROUND),
            ("40.118.223", "ACCOUNT", E),
            ("Ramon Soliana", "PERSON", E),
            ("met |Jurmaine| of", "PERSON", E),
            ("\n|Jurmaine Anthony|\n", "PERSON", E),
        ],
        officials=["Van Hijum"],
        visible=["Rijksdienst Caribisch Nederland", "Kaya Internashonal z/n, Kralendijk, Bonaire", "SZW-BON/2025/0388",
                 "11 april 2025", "MCB", "consulent onderstand", "Antriol, Bonaire"],
        batch=103,
    ),
    Doc(
        "fy-brief-noardeast-fryslan-parkearplak",
        "Gemeente Noardeast-Fryslân\n"
        "Postbus 13, 9100 AA Dokkum\n"
        "\n"
        "Frou B. Hoekstra-Postma\n"
        "Foarstrjitte 12\n"
        "9151 HK Holwert\n"
        "\n"
        "Datum: 18 maart 2025\n"
        "Ús kenmerk: Z-2025-04417\n"
        "Behannele troch: Sietse de Boer\n"
        "Telefoan: 14 0519\n"
        "Underwerp: jo fersyk om in parkearplak foar minsken mei in beheining\n"
        "\n"
        "Achte frou Hoekstra,\n"
        "\n"
        "Op 24 febrewaris hawwe wy jo fersyk krigen foar in parkearplak by jo hûs. Jo skriuwe dat jo man, Gerrit\n"
        "Hoekstra, sûnt ferline jier net mear fier rinne kin. Us adviseur, Anneke Wijma, hat op 10 maart mei jo en\n"
        "jo soan Jelmer by jo thús praat. Wethâlder Frouke Kuipers hat it beslút op 14 maart nommen: jo krije it\n"
        "parkearplak foar it kenteken 52-TNK-8.\n"
        "\n"
        "Mei freonlike groetnis,\n"
        "it kolleezje fan boargemaster en wethâlders fan Noardeast-Fryslân,\n"
        "\n"
        "de sekretaris,                    de boargemaster,\n"
        "Y. (Ytsje) Bosma                  Johannes Kramer\n",
        redact=[
            ("B. Hoekstra-Postma", "PERSON", E),
            ("Foarstrjitte 12", "ADDRESS", E),
            ("Sietse de Boer", "PERSON", E),
            ("frou |Hoekstra|,", "PERSON", E),
            ("Gerrit\nHoekstra", "PERSON", E),
            ("Anneke Wijma", "PERSON", E),
            ("Jelmer", "PERSON", E),
            ("52-TNK-8", "LICENSE_PLATE", E),
        ],
        officials=["Frouke Kuipers", "Y. (Ytsje) Bosma", "Johannes Kramer"],
        visible=["Gemeente Noardeast-Fryslân", "Postbus 13, 9100 AA Dokkum", "Z-2025-04417",
                 "18 maart 2025", "24 febrewaris", "10 maart"],
        batch=103,
    ),
    Doc(
        "nl-woordelijk-verslag-heerlen-insprekers",
        "Gemeente Heerlen - woordelijk verslag van de openbare vergadering van de gemeenteraad\n"
        "van dinsdag 8 april 2025 (concept)\n"
        "\n"
        "Agendapunt 4: Spreekrecht inwoners over de sluiting van buurthuis De Kiekeboe in Heerlerheide\n"
        "\n"
        "De VOORZITTER: Ik geef het woord aan de eerste inspreker, mevrouw Pluijmaekers.\n"
        "\n"
        "Mevrouw PLUIJMAEKERS-SMEETS (inspreker): Dank u, voorzitter. Mijn naam is Mia Pluijmaekers, ik woon al\n"
        "veertig jaar aan de Ganzeweide. Mijn buurman, Sjef Hendrix, kan er vanavond niet bij zijn; hij ligt sinds\n"
        "vorige week in het Zuyderland ziekenhuis. Wij hebben 612 handtekeningen opgehaald.\n"
        "\n"
        "De VOORZITTER: Dank u wel. Dan de heer Vroemen.\n"
        "\n"
        "De heer VROEMEN (inspreker): Voorzitter, ik ben Jo Vroemen, secretaris van de bewonersvereniging. Op\n"
        "dinsdagmiddag komen er veertig ouderen. Die kunnen niet naar Hoensbroek.\n"
        "\n"
        "Mevrouw ERKENS (SP): Heeft de wethouder met mevrouw Pluijmaekers en de heer Vroemen gesproken?\n"
        "\n"
        "Wethouder GORISSEN: Ja, op 2 april, samen met de beheerder van het buurthuis, Ton Ramakers.\n"
        "\n"
        "De VOORZITTER: Dank u. Ik schors de vergadering voor vijf minuten.\n"
        "\n"
        "Voorzitter: burgemeester R. Wever. Griffier: mr. drs. L. Hermans-Vloet.\n",
        redact=[
            ("mevrouw |Pluijmaekers|.", "PERSON", E),
            ("PLUIJMAEKERS-SMEETS", "PERSON", E),
            ("Mia Pluijmaekers", "PERSON", E),
            ("Sjef Hendrix", "PERSON", E),
            ("heer |Vroemen|.", "PERSON", E),
            ("VROEMEN", "PERSON", E),
            ("Jo Vroemen", "PERSON", E),
            ("mevrouw |Pluijmaekers| en", "PERSON", E),
            ("heer |Vroemen| gesproken", "PERSON", E),
            ("Ton Ramakers", "PERSON", E),
        ],
        passages=[("in het Zuyderland ziekenhuis", SPECIAL)],
        officials=["ERKENS", "GORISSEN", "R. Wever", "L. Hermans-Vloet"],
        visible=["Gemeente Heerlen", "buurthuis De Kiekeboe", "Heerlerheide", "Ganzeweide", "Hoensbroek",
                 "8 april 2025", "De VOORZITTER"],
        batch=103,
    ),
    Doc(
        "en-uk-foi-response-annex-complainants",
        "Our ref: FOI/2025/0712\n"
        "Date: 28 April 2025\n"
        "\n"
        "Dear Mr Okonjo-Barnes,\n"
        "\n"
        "Freedom of Information Act 2000 - request for information\n"
        "\n"
        "Thank you for your request of 31 March 2025 about complaints concerning Riverside Court care home. The\n"
        "information we hold is in Annex A. We have withheld the names of complainants and residents under section\n"
        "40(2), as disclosure would breach the data protection principles. The Cabinet Member for Adult Social Care,\n"
        "Cllr Bernadette Quigley, was briefed on the complaints in February 2025.\n"
        "\n"
        "Annex A - complaints received, 1 April 2023 to 31 March 2025\n"
        "\n"
        "Ref      | Received   | Complainant            | Relationship to resident | Outcome\n"
        "C-23-041 | 12/05/2023 | Mrs Pauline Ashworth   | daughter                 | upheld\n"
        "C-23-077 | 03/09/2023 | Mr D. Kowalczyk        | son                      | partly upheld\n"
        "C-24-012 | 22/01/2024 | Tariq Mahmood          | resident (self)          | not upheld\n"
        "C-24-058 | 17/07/2024 | Healthwatch Kirklees   | advocate                 | upheld\n"
        "\n"
        "Annex B - your right to ask for a review\n"
        "If you are unhappy with this response, write to the Information Governance Team, Civic Centre,\n"
        "Huddersfield HD1 2TG, within 40 working days. You may then complain to the Information Commissioner.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Rachel Dunmore\n"
        "Information Governance Officer\n",
        redact=[
            ("Okonjo-Barnes", "PERSON", E),
            ("Pauline Ashworth", "PERSON", E),
            ("D. Kowalczyk", "PERSON", E),
            ("Tariq Mahmood", "PERSON", E),
            ("Rachel Dunmore", "PERSON", E),
        ],
        officials=["Bernadette Quigley"],
        visible=["FOI/2025/0712", "Riverside Court", "Healthwatch Kirklees", "Information Governance Team",
                 "Civic Centre", "Huddersfield HD1 2TG", "Information Commissioner", "28 April 2025", "C-24-058"],
        batch=103,
    ),
    Doc(
        "en-us-foia-processing-notes-ice",
        "FOIA PROCESSING NOTES - 2025-ICFO-01832 (detention transfer records)\n"
        "Analyst: Guerrero, Marisa (ICE FOIA Office) | Second-level review: T. Nakagawa\n"
        "Requester: Erik Lindqvist, Sandoval & Pike LLP, on behalf of client (privacy waiver on file)\n"
        "Subject of records: CASTELLANOS RUIZ, Edgar Ivan; A-number A212-448-907; DOB 03/14/1991\n"
        "\n"
        "03/04/2025  Search tasked to ERO Houston and ICE Health Service Corps.\n"
        "03/18/2025  ERO returned 212 pp. Pp. 14-19: Form I-213. Release to requester, subject's own data. Withhold\n"
        "            names of officers under (b)(6) and (b)(7)(C): Deportation Officer Kyle Whitfield, SDDO R. Banuelos.\n"
        "03/19/2025  Pp. 40-41: medical intake notes. Subject's cellmate named on p. 41 (Oduya, Samuel) - withhold.\n"
        "03/21/2025  Called counsel; Lindqvist agreed to exclude duplicates. Spoke to Marisa's supervisor about\n"
        "            the backlog report for Acting Director Lyons.\n"
        "03/24/2025  Consulted DHS Privacy re: Secretary Noem's memo of 02/10/2025 cited on p. 7 - public, release.\n",
        redact=[
            ("Guerrero, Marisa", "PERSON", E),
            ("T. Nakagawa", "PERSON", E),
            ("Erik Lindqvist", "PERSON", E),
            ("CASTELLANOS RUIZ, Edgar Ivan", "PERSON", E),
            ("A212-448-907", "NATIONAL_ID", E),
            ("03/14/1991", "DATE_OF_BIRTH", E),
            ("Kyle Whitfield", "PERSON", E),
            ("R. Banuelos", "PERSON", E),
            ("Oduya, Samuel", "PERSON", E),
            ("counsel; |Lindqvist| agreed", "PERSON", E),
            ("|Marisa|'s", "PERSON", E),
        ],
        officials=["Lyons", "Noem"],
        visible=["2025-ICFO-01832", "ICE FOIA Office", "Sandoval & Pike LLP", "ERO Houston", "ICE Health Service Corps",
                 "Form I-213", "(b)(7)(C)", "03/04/2025", "DHS Privacy"],
        batch=103,
    ),
    Doc(
        "nl-ocr-bezwaarbrief-wmo-ede",
        "Aan het college van B&W van de gerneente Ede\n"
        "Postbus 9022\n"
        "6710 HK  EDE\n"
        "\n"
        "Betreft : bezwaar tegen beschikking WMO (uw kenrnerk 2025-WMO-3381)\n"
        "\n"
        "Ede , 17 rnaart 2025\n"
        "\n"
        "Geachte heer/rnevrouw ,\n"
        "\n"
        "Hierbij rnaak ik bezwaar tegen uw besluit van 3 rnaart 2025 . lk ben Gerda van Essen-Kooiman , geboren\n"
        "14-06-1951 , BSN 6828 23 302 . Mijn dochter Marjolein helpt rnij met deze brief . Uw consulent , rnevrouw\n"
        "Ter Horst , heeft rnij rnaar tien rninuten gesproken .\n"
        "Sinds rnijn heupoperatie kan ik niet rneer zelf douchen en rnijn buurvrouw Riet Lamers kan niet elke dag\n"
        "kornen .\n"
        "\n"
        "rnet vriendelijke groet ,\n"
        "\n"
        "G . van Essen-Kooiman\n"
        "Bennekomseweg 142\n"
        "6717 LK Ede\n"
        "tel . 0318 - 634219\n",
        redact=[
            ("Gerda van Essen-Kooiman", "PERSON", E),
            ("14-06-1951", "DATE_OF_BIRTH", E),
            ("6828 23 302", "BSN", BSN_GROUND),
            ("Marjolein", "PERSON", E),
            ("Ter Horst", "PERSON", E),
            ("Riet Lamers", "PERSON", E),
            ("G . van Essen-Kooiman", "PERSON", E),
            ("Bennekomseweg 142", "ADDRESS", E),
            ("0318 - 634219", "PHONE", E),
        ],
        passages=[("Sinds rnijn heupoperatie", SPECIAL)],
        visible=["gerneente Ede", "Postbus 9022", "6710 HK  EDE", "2025-WMO-3381", "17 rnaart 2025"],
        batch=103,
    ),
    Doc(
        "nl-mailketen-jugendamt-doorgestuurd",
        "Van: Ilse Brouwers <i.brouwers@venlo.nl>\n"
        "Verzonden: maandag 12 mei 2025 10:04\n"
        "Aan: Wijkteam Venlo-Oost <wijkteam.oost@venlo.nl>\n"
        "Onderwerp: FW: WG: Familie Kaya - Umzug nach Nettetal\n"
        "\n"
        "Collega's,\n"
        "\n"
        "Hieronder de mail van het Jugendamt van de Kreis Viersen. Kunnen jullie nagaan of Emre nog op basisschool\n"
        "De Wieken staat ingeschreven? Bas Peeters had de gezinsbegeleiding tot maart.\n"
        "\n"
        "Ilse\n"
        "\n"
        "---------- Doorgestuurd bericht ----------\n"
        "Von: Schneider, Katharina <k.schneider@kreis-viersen.de>\n"
        "Gesendet: Freitag, 9. Mai 2025 15:37\n"
        "An: Brouwers, Ilse\n"
        "Cc: Hoffmann, Jörg\n"
        "Betreff: WG: Familie Kaya - Umzug nach Nettetal\n"
        "\n"
        "Sehr geehrte Frau Brouwers,\n"
        "\n"
        "die Familie Kaya (Mutter Derya Kaya, Kinder Emre und Elif) ist laut Meldebehörde zum 1. April nach\n"
        "Nettetal-Kaldenkirchen, Grenzweg 8, gezogen. Frau Kaya hat uns mitgeteilt, dass ihr früherer Partner,\n"
        "Murat Demirci, noch in Venlo wohnt. Ihre Schwester Aylin unterstützt sie bei der Wohnungssuche.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Katharina Schneider\n"
        "Allgemeiner Sozialer Dienst, Tel. +49 2162 39 1842\n",
        redact=[
            ("Ilse Brouwers", "PERSON", E),
            ("i.brouwers@venlo.nl", "EMAIL", E),
            ("Familie |Kaya|", "PERSON", E),
            ("Emre", "PERSON", E),
            ("Bas Peeters", "PERSON", E),
            ("\n|Ilse|\n", "PERSON", E),
            ("Schneider, Katharina", "PERSON", E),
            ("k.schneider@kreis-viersen.de", "EMAIL", E),
            ("Brouwers, Ilse", "PERSON", E),
            ("Hoffmann, Jörg", "PERSON", E),
            ("Frau |Brouwers|,", "PERSON", E),
            ("Derya Kaya", "PERSON", E),
            ("Elif", "PERSON", E),
            ("Grenzweg 8", "ADDRESS", E),
            ("Frau |Kaya| hat", "PERSON", E),
            ("Murat Demirci", "PERSON", E),
            ("Aylin", "PERSON", E),
            ("\n|Katharina Schneider|\n", "PERSON", E),
            ("+49 2162 39 1842", "PHONE", E),
        ],
        visible=["wijkteam.oost@venlo.nl", "Wijkteam Venlo-Oost", "Kreis Viersen", "basisschool\nDe Wieken",
                 "Nettetal-Kaldenkirchen", "Allgemeiner Sozialer Dienst", "Meldebehörde", "9. Mai 2025"],
        batch=103,
    ),
    Doc(
        "nl-politie-mutatie-betrokkenen-tabel",
        "Politie Eenheid Rotterdam - Mutatie 2025021436\n"
        "Registratie: 14-02-2025 22:47 | Locatie: Pleinweg 190C, 3083 EZ Rotterdam\n"
        "Rapporteur: hoofdagent R. (Ricardo) Vieira da Silva\n"
        "\n"
        "Betrokkenen\n"
        "Rol        | Naam                          | Geb.datum  | Woonadres\n"
        "Melder     | Sedney, Rowena Marlies        | 22-08-1979 | Pleinweg 188A, Rotterdam\n"
        "Betrokkene | Doelwijt, Glenn Ronaldo       | 03-11-1984 | Pleinweg 190C, Rotterdam\n"
        "Betrokkene | Kromodimedjo-Doelwijt, Sandra | 17-05-1986 | Pleinweg 190C, Rotterdam\n"
        "\n"
        "Melder hoorde vanuit de woning van haar buren harde stemmen en gegil. Ter plaatse troffen wij Doelwijt\n"
        "en zijn partner Sandra aan. Er waren twee kinderen in de woning (Quincy, 6, en Naomi, 3). Sandra had een\n"
        "rode plek op haar wang. Zij verklaarde dat er geen geweld was gebruikt. Melding gedaan bij Veilig Thuis\n"
        "Rotterdam Rijnmond (VT-2025-08812); collega Ilona Pinas heeft de zorgmelding opgemaakt.\n",
        redact=[
            ("R. (Ricardo) Vieira da Silva", "PERSON", E),
            ("Sedney, Rowena Marlies", "PERSON", E),
            ("22-08-1979", "DATE_OF_BIRTH", E),
            ("Pleinweg 188A", "ADDRESS", E),
            ("Doelwijt, Glenn Ronaldo", "PERSON", E),
            ("03-11-1984", "DATE_OF_BIRTH", E),
            ("Pleinweg 190C", "ADDRESS", E),
            ("Kromodimedjo-Doelwijt, Sandra", "PERSON", E),
            ("17-05-1986", "DATE_OF_BIRTH", E),
            ("troffen wij |Doelwijt|", "PERSON", E),
            ("partner |Sandra| aan", "PERSON", E),
            ("Quincy", "PERSON", E),
            ("Naomi", "PERSON", E),
            (". |Sandra| had", "PERSON", E),
            ("Ilona Pinas", "PERSON", E),
        ],
        visible=["Politie Eenheid Rotterdam", "Mutatie 2025021436", "Veilig Thuis\nRotterdam Rijnmond",
                 "VT-2025-08812", "14-02-2025 22:47"],
        batch=103,
    ),
    # -- batch 104: written after the fixes for batch 103 (a pensioner's letter from Paramaribo, an anonymised ruling
    # with a witness the anonymiser missed, a French and English mail chain at a Belgian service, a municipality's
    # table of complaints, a Maastricht care assessment, a UK licensing FOI with minutes in an annex, a US FOIA log)
    # First run (before its fixes): recall 0.937, precision 1.0, ground accuracy 1.0, 0 of 7 officials flagged.
    Doc(
        "sr-brief-paramaribo-aow-svb",
        "R.K. (Radjkoemar) Mathoera\n"
        "Kwattaweg 311\n"
        "Paramaribo, Suriname\n"
        "\n"
        "Aan de Sociale Verzekeringsbank\n"
        "Afdeling AOW buitenland\n"
        "Postbus 18, 1180 AA Amstelveen\n"
        "\n"
        "Paramaribo, 17 februari 2025\n"
        "\n"
        "Betreft: mijn AOW en de leefvormvragenlijst, BSN 843646974\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Hierbij stuur ik u de ingevulde leefvormvragenlijst terug. Mijn echtgenote, Soekarni Mathoera-Kartosen, is\n"
        "op 3 november 2024 overleden. Ik woon sindsdien alleen; mijn schoonzoon Jerrel Pinas komt dagelijks langs.\n"
        "Wilt u mijn AOW voortaan overmaken op rekening NL03 ABNA 0517 7209 34? Dat is de rekening van mijn dochter\n"
        "Anita in Nederland. Het attest de vita is op 10 februari getekend door notaris mr. S. Ramnandanlal.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "R.K. Mathoera\n"
        "tel. +597 8823 417\n",
        redact=[
            ("R.K. (Radjkoemar) Mathoera", "PERSON", E),
            ("Kwattaweg 311", "ADDRESS", E),
            ("843646974", "BSN", BSN_GROUND),
            ("Soekarni Mathoera-Kartosen", "PERSON", E),
            ("Jerrel Pinas", "PERSON", E),
            ("NL03 ABNA 0517 7209 34", "IBAN", E),
            ("dochter\n|Anita|", "PERSON", E),
            ("S. Ramnandanlal", "PERSON", E),
            ("\n|R.K. Mathoera|\n", "PERSON", E),
            ("+597 8823 417", "PHONE", E),
        ],
        visible=["Sociale Verzekeringsbank", "Postbus 18, 1180 AA Amstelveen", "17 februari 2025", "Paramaribo, Suriname",
                 "Afdeling AOW buitenland"],
        batch=104,
    ),
    Doc(
        "nl-uitspraak-rechtbank-geanonimiseerd-getuige",
        "ECLI:NL:RBNNE:2025:1187\n"
        "Rechtbank Noord-Nederland, zittingsplaats Groningen\n"
        "Bestuursrecht, zaaknummer LEE 24/3316\n"
        "\n"
        "uitspraak van de enkelvoudige kamer van 14 maart 2025 in de zaak tussen\n"
        "[eiser], uit [woonplaats], eiser\n"
        "(gemachtigde: mr. drs. P.W. Hoekman),\n"
        "en\n"
        "het college van burgemeester en wethouders van de gemeente Groningen (verweerder).\n"
        "\n"
        "2.3. Eiser stelt dat hij de woning aan de [adres] niet meer bewoonde. Hij verwijst naar de verklaring van zijn\n"
        "buurvrouw, mevrouw Hilda Brandsma, die heeft gezien dat hij in mei 2024 verhuisde. Ook zijn broer [naam broer]\n"
        "heeft dat verklaard.\n"
        "\n"
        "2.4. De rechtbank volgt eiser daarin niet. De handhaver, de heer Dijkhuis, heeft op 6 juni 2024 vastgesteld dat\n"
        "er een bed en kleding in de woning stonden.\n"
        "\n"
        "Deze uitspraak is gedaan door mr. A.B. Claassen, rechter, in aanwezigheid van mr. K. Tjon-A-Joe, griffier.\n",
        redact=[
            ("Hilda Brandsma", "PERSON", E),
            ("heer |Dijkhuis|, heeft", "PERSON", E),
            ("P.W. Hoekman", "PERSON", E),
        ],
        officials=["A.B. Claassen", "K. Tjon-A-Joe"],
        visible=["ECLI:NL:RBNNE:2025:1187", "[eiser]", "[woonplaats]", "[adres]", "[naam broer]", "LEE 24/3316",
                 "Rechtbank Noord-Nederland", "14 maart 2025", "gemeente Groningen"],
        batch=104,
    ),
    Doc(
        "be-mailketen-frans-engels-ibz",
        "De : Dubois, Camille <camille.dubois@ibz.fgov.be>\n"
        "Envoyé : mardi 4 mars 2025 11:02\n"
        "À : Janssens, Pieter <pieter.janssens@ibz.fgov.be>\n"
        "Cc : Mertens, An\n"
        "Objet : TR: dossier regroupement familial - Mme Benali\n"
        "\n"
        "Bonjour Pieter,\n"
        "\n"
        "Je te transfère le message de l'ambassade. Mme Nadia Benali demande un visa pour son fils Karim, qui a\n"
        "aujourd'hui 17 ans. Son mari, M. Youssef Benali, réside à Schaerbeek depuis 2021. Peux-tu vérifier le\n"
        "dossier avant vendredi ?\n"
        "\n"
        "Cordialement,\n"
        "Camille\n"
        "\n"
        "-----Original Message-----\n"
        "From: Visa Section Rabat <visa.rabat@diplobel.fed.be>\n"
        "Sent: Monday, March 3, 2025 4:47 PM\n"
        "To: Dubois, Camille\n"
        "Subject: family reunification - BENALI Nadia\n"
        "\n"
        "Dear Camille, the applicant's passport number is RB4471208 (valid until 2031). Her son travels on his\n"
        "father's passport. Regards, Hamid Ouazzani, local staff\n",
        redact=[
            ("Dubois, Camille", "PERSON", E),
            ("camille.dubois@ibz.fgov.be", "EMAIL", E),
            ("Janssens, Pieter", "PERSON", E),
            ("pieter.janssens@ibz.fgov.be", "EMAIL", E),
            ("Mertens, An", "PERSON", E),
            ("Mme |Benali|\n", "PERSON", E),
            ("Bonjour |Pieter|,", "PERSON", E),
            ("Nadia Benali", "PERSON", E),
            ("fils |Karim|", "PERSON", E),
            ("Youssef Benali", "PERSON", E),
            ("\n|Camille|\n", "PERSON", E),
            ("BENALI Nadia", "PERSON", E),
            ("Dear |Camille|,", "PERSON", E),
            ("RB4471208", "ID_DOCUMENT", E),
            ("Hamid Ouazzani", "PERSON", E),
        ],
        visible=["visa.rabat@diplobel.fed.be", "Visa Section Rabat", "Schaerbeek", "mardi 4 mars 2025"],
        batch=104,
    ),
    Doc(
        "nl-klachtenoverzicht-sittard-geleen-tabel",
        "Gemeente Sittard-Geleen - overzicht klachten openbare ruimte, eerste kwartaal 2025\n"
        "Bijlage bij raadsinformatiebrief 2025-14 (niet openbaar)\n"
        "\n"
        "Nr.     Ontvangen    Klager                       Adres klager                Onderwerp          Afhandeling\n"
        "K-031   04-02-2025   J. (Jan) Smeets              Heerstraat 12, Sittard      stankoverlast      gegrond\n"
        "K-032   11-02-2025   Fam. Vrancken-Pluijmen       Rijksweg Zuid 201, Geleen   losliggende tegels ongegrond\n"
        "K-033   19-02-2025   Bewonersvereniging Ophoven   -                           verlichting        gegrond\n"
        "K-034   03-03-2025   Ilse Kurvers                 Leyenbroekerweg 87a, Sittard hondenpoep        in behandeling\n"
        "\n"
        "De klachten K-031 en K-033 zijn besproken met wethouder Pieter Meekels. Behandelaar: Roy Dassen, team\n"
        "Openbare Ruimte.\n",
        redact=[
            ("J. (Jan) Smeets", "PERSON", E),
            ("Heerstraat 12", "ADDRESS", E),
            ("Vrancken-Pluijmen", "PERSON", E),
            ("Rijksweg Zuid 201", "ADDRESS", E),
            ("Ilse Kurvers", "PERSON", E),
            ("Leyenbroekerweg 87a", "ADDRESS", E),
            ("Roy Dassen", "PERSON", E),
        ],
        officials=["Pieter Meekels"],
        visible=["Bewonersvereniging Ophoven", "Gemeente Sittard-Geleen", "raadsinformatiebrief 2025-14", "K-033",
                 "04-02-2025", "team\nOpenbare Ruimte"],
        batch=104,
    ),
    Doc(
        "nl-maastricht-keukentafelgesprek-wmo",
        "Gemeente Maastricht - Sociaal Domein\n"
        "Verslag keukentafelgesprek Wmo, 6 mei 2025\n"
        "\n"
        "Cliënt: mevrouw J.M.H. (Jeanne) Bemelmans-Lenaerts, Tongerseweg 140B, Maastricht\n"
        "Aanwezig: cliënt, haar dochter Marie-José Kerckhoffs-Bemelmans, consulent Wmo Bas Ubachs\n"
        "\n"
        "Mevrouw Bemelmans (82) woont zelfstandig. Sinds haar val in januari loopt zij met een rollator en durft zij\n"
        "niet meer alleen te douchen. Marie-José komt drie keer per week; haar broer Sjra woont in Eindhoven en komt\n"
        "weinig. Buurman Harrie helpt met de boodschappen. Mevrouw wil graag naar de dagbesteding van Envida in\n"
        "Heer.\n"
        "\n"
        "Afspraak: Ubachs vraagt een indicatie voor huishoudelijke hulp aan.\n",
        redact=[
            ("J.M.H. (Jeanne) Bemelmans-Lenaerts", "PERSON", E),
            ("Tongerseweg 140B", "ADDRESS", E),
            ("Marie-José Kerckhoffs-Bemelmans", "PERSON", E),
            ("Bas Ubachs", "PERSON", E),
            ("Mevrouw |Bemelmans| (82)", "PERSON", E),
            ("douchen. |Marie-José| komt", "PERSON", E),
            ("broer |Sjra|", "PERSON", E),
            ("Buurman |Harrie|", "PERSON", E),
            ("|Ubachs| vraagt", "PERSON", E),
        ],
        passages=[("loopt zij met een rollator", SPECIAL)],
        visible=["Gemeente Maastricht - Sociaal Domein", "Envida", "6 mei 2025", "Eindhoven"],
        batch=104,
    ),
    Doc(
        "en-uk-foi-licensing-annex-minutes",
        "Information Governance Team\n"
        "Ref: FOI-3391\n"
        "\n"
        "Dear Ms Achterberg,\n"
        "\n"
        "You asked for the papers of the Licensing Sub-Committee hearing on the premises licence of The Anchor, Quay\n"
        "Street. The decision notice is published. Annex A is an extract from the minutes; names of the local residents\n"
        "who objected are withheld under section 40(2).\n"
        "\n"
        "Annex A - extract from the minutes, 12 February 2025\n"
        "Present: Cllr Amrit Sandhu (Chair), Cllr Joan Pettifer, Cllr Declan Rooney\n"
        "Officers: Sian Probert (Licensing Officer), Gareth Lewis (Legal Adviser)\n"
        "Objectors: Mr and Mrs Featherstone (14 Quay Street); Ms Olamide Adeyemi\n"
        "Police: PC 2214 Hollis\n"
        "\n"
        "Mrs Featherstone said the noise kept her awake until 2 am most weekends. Ms Adeyemi supported her. The\n"
        "licence holder, Kevin Marsh, said he had fitted a noise limiter. The Chair adjourned the hearing at 11.40.\n"
        "\n"
        "Yours sincerely,\n"
        "Bethan Howells\n"
        "Information Governance Officer\n",
        redact=[
            ("Achterberg", "PERSON", E),
            ("Sian Probert", "PERSON", E),
            ("Gareth Lewis", "PERSON", E),
            ("Mr and Mrs |Featherstone| (14", "PERSON", E),
            ("2214", "ID_DOCUMENT", E),
            ("14 Quay Street", "ADDRESS", E),
            ("Olamide Adeyemi", "PERSON", E),
            ("Hollis", "PERSON", E),
            ("Mrs |Featherstone| said", "PERSON", E),
            ("Ms |Adeyemi| supported", "PERSON", E),
            ("Kevin Marsh", "PERSON", E),
            ("Bethan Howells", "PERSON", E),
        ],
        officials=["Amrit Sandhu", "Joan Pettifer", "Declan Rooney"],
        visible=["Licensing Sub-Committee", "The Anchor", "Information Governance Team", "FOI-3391", "12 February 2025"],
        batch=104,
    ),
    Doc(
        "en-us-foia-log-notes-va",
        "FOIA/PA CASE LOG - VA Regional Office, Phoenix\n"
        "Case: 25-04418-F   Requester: Kimberly A. Nguyen-Pratt   Assigned: GIS J. Okonkwo\n"
        "\n"
        "04/02/2025 Spoke w/ requester. She wants her late father's claim file (Robert L. Pratt, C-file number\n"
        "28 417 993). Death certificate rec'd; next of kin confirmed.\n"
        "04/09/2025 Pulled VBMS file, 640 pp. Third parties: ex-wife Darlene Pratt (address on pp. 55-57), neighbor\n"
        "statement by Luis Ferreira (p. 212) - withhold (b)(6).\n"
        "04/15/2025 Per Secretary Collins' memo on backlog, case moved to fast track.\n",
        redact=[
            ("Kimberly A. Nguyen-Pratt", "PERSON", E),
            ("J. Okonkwo", "PERSON", E),
            ("Robert L. Pratt", "PERSON", E),
            ("28 417 993", "ID_DOCUMENT", E),
            ("Darlene Pratt", "PERSON", E),
            ("Luis Ferreira", "PERSON", E),
        ],
        officials=["Collins"],
        visible=["25-04418-F", "VA Regional Office, Phoenix", "04/02/2025", "04/09/2025", "VBMS", "(b)(6)"],
        batch=104,
    ),
    # -- batch 105: written after the fixes for batch 104 (a reply chain with Dutch and Apple Mail quote headers, a
    # letter from a Curaçao ministry, Frisian minutes of a village council, a table of views with bars, a police
    # report of a complaint, a UK FOI annex with earlier redactions, a US FOIA referral memo)
    # First run (before its fixes): recall 0.867, precision 0.915, ground accuracy 1.0, 0 of 8 officials flagged.
    Doc(
        "nl-mail-antwoordketen-citaatkoppen",
        "Van: Bart Hendriksen <b.hendriksen@provincie-utrecht.nl>\n"
        "Verzonden: woensdag 5 maart 2025 16:40\n"
        "Aan: Noor El Amrani <n.elamrani@provincie-utrecht.nl>\n"
        "Onderwerp: Re: klacht stikstofvergunning\n"
        "\n"
        "Hoi Noor, prima zo. Zet jij hem in het zaaksysteem?\n"
        "\n"
        "Op 5 mrt 2025 om 14:02 heeft Noor El Amrani <n.elamrani@provincie-utrecht.nl> het volgende geschreven:\n"
        "\n"
        "> Bart, de klager (Wim van Rossum, melkveehouder in Eemnes) belde weer. Hij wil gedeputeerde Schaddelee\n"
        "> spreken. Zijn advocaat, mr. Joosten, stuurt morgen een brief.\n"
        ">\n"
        ">> Begin forwarded message:\n"
        ">> From: Wim van Rossum <wvanrossum@kpnmail.nl>\n"
        ">> Date: 3 March 2025 at 21:17:05 CET\n"
        ">> Subject: vergunning\n",
        redact=[
            ("Bart Hendriksen", "PERSON", E),
            ("b.hendriksen@provincie-utrecht.nl", "EMAIL", E),
            ("Noor El Amrani", "PERSON", E),
            ("n.elamrani@provincie-utrecht.nl", "EMAIL", E),
            ("Hoi |Noor|,", "PERSON", E),
            ("Wim van Rossum", "PERSON", E),
            ("> |Bart|, de", "PERSON", E),
            ("mr. |Joosten|", "PERSON", E),
            ("wvanrossum@kpnmail.nl", "EMAIL", E),
        ],
        officials=["Schaddelee"],
        visible=["Eemnes", "5 maart 2025", "3 March 2025", "zaaksysteem"],
        batch=105,
    ),
    Doc(
        "cw-brief-ministerie-curacao-sedula",
        "Ministerie van Sociale Ontwikkeling, Arbeid en Welzijn\n"
        "Sector Sociale Zaken - Willemstad, Curaçao\n"
        "\n"
        "Aan: Sr. Shurendy R. Martina\n"
        "Kaya Gobernador N. Debrot 67\n"
        "Willemstad\n"
        "\n"
        "Willemstad, 9 april 2025\n"
        "Nr. SOAW/SZ-2025/1184\n"
        "\n"
        "Betreft: onderstand (sedulanummer 1984.07.12.045)\n"
        "\n"
        "Geachte heer Martina,\n"
        "\n"
        "Naar aanleiding van uw aanvraag van 12 maart jl. deel ik u mee dat uw onderstand met ingang van 1 mei 2025\n"
        "wordt voortgezet. Uw partner, Jurienne Cijntje, staat niet meer op uw adres ingeschreven en telt niet mee.\n"
        "Uw dossier wordt behandeld door mevrouw Giselle Rosaria-Doran (tel. +5999 466 1290).\n"
        "\n"
        "Hoogachtend,\n"
        "de Minister van Sociale Ontwikkeling, Arbeid en Welzijn,\n"
        "\n"
        "Ruthmilda Larmonie-Cecilia\n",
        redact=[
            ("Shurendy R. Martina", "PERSON", E),
            ("Kaya Gobernador N. Debrot 67", "ADDRESS", E),
            ("1984.07.12.045", "NATIONAL_ID", E),
            ("heer |Martina|,", "PERSON", E),
            ("Jurienne Cijntje", "PERSON", E),
            ("Giselle Rosaria-Doran", "PERSON", E),
            ("+5999 466 1290", "PHONE", E),
        ],
        officials=["Ruthmilda Larmonie-Cecilia"],
        visible=["Ministerie van Sociale Ontwikkeling, Arbeid en Welzijn", "SOAW/SZ-2025/1184", "9 april 2025",
                 "Willemstad, 9 april"],
        batch=105,
    ),
    Doc(
        "fy-notulen-doarpsbelang-wommels",
        "Notulen gearkomste Doarpsbelang Wommels, 20 jannewaris 2025\n"
        "Oanwêzich: Jelle Hettinga (foarsitter), Tineke Bakker-Zijlstra (skriuwer), Sjoerd de Vries, wethâlder\n"
        "Hein de Haas (gemeente Súdwest-Fryslân)\n"
        "Ôfmelde: Durk Postma\n"
        "\n"
        "1. Iepening. Jelle hjit elkenien wolkom.\n"
        "2. Dorpshûs. Sjoerd fertelt dat de hierder, Klaas Wijbenga, syn kontrakt opsein hat. Wethâlder De Haas\n"
        "seit ta dat de gemeente nei in nije hierder sykje sil.\n"
        "3. Rûnfraach. Durk hie per mail frege wat der mei de ljochtmêst by syn hûs op de Stationsdyk 14 bart.\n",
        redact=[
            ("Jelle Hettinga", "PERSON", E),
            ("Tineke Bakker-Zijlstra", "PERSON", E),
            ("Sjoerd de Vries", "PERSON", E),
            ("Durk Postma", "PERSON", E),
            ("|Jelle| hjit", "PERSON", E),
            ("|Sjoerd| fertelt", "PERSON", E),
            ("Klaas Wijbenga", "PERSON", E),
            ("|Durk| hie", "PERSON", E),
            ("Stationsdyk 14", "ADDRESS", E),
        ],
        officials=["Hein de Haas", "Wethâlder |De Haas|"],
        visible=["Doarpsbelang Wommels", "gemeente Súdwest-Fryslân", "20 jannewaris 2025"],
        batch=105,
    ),
    Doc(
        "nl-zienswijzen-tabel-venlo-pipes",
        "Nota van beantwoording zienswijzen - bestemmingsplan Venlo, Greenport Trade Parc (ontwerp)\n"
        "\n"
        "| Nr | Indiener                         | Woonplaats | Samenvatting zienswijze            |\n"
        "|----|----------------------------------|------------|------------------------------------|\n"
        "| 1  | H.J.M. (Harrie) Peeters          | Venlo      | vreest verkeer op de Eindhovenseweg |\n"
        "| 2  | Maatschap Hermans-Janssen        | Sevenum    | vraagt om landschappelijke inpassing |\n"
        "| 3  | Truus Geurts-van Kessel          | Blerick    | zorgen over geluid bij de woning   |\n"
        "| 4  | ZLTO afdeling Noord-Limburg      | Venlo      | steunt het plan                    |\n"
        "\n"
        "Reactie gemeente op 3: de woning van mevrouw Geurts ligt buiten de 50 dB(A)-contour.\n",
        redact=[
            ("H.J.M. (Harrie) Peeters", "PERSON", E),
            ("Truus Geurts-van Kessel", "PERSON", E),
            ("mevrouw |Geurts|", "PERSON", E),
        ],
        visible=["ZLTO afdeling Noord-Limburg", "Greenport Trade Parc", "Eindhovenseweg", "Blerick"],
        batch=105,
    ),
    Doc(
        "nl-pv-aangifte-oplichting-verbalisant",
        "Proces-verbaal van aangifte - Politie Eenheid Oost-Nederland, basisteam Deventer\n"
        "Registratienummer 2025087731\n"
        "\n"
        "Ik, verbalisant, Ruben Mulder, hoofdagent van politie, verklaar dat op 18 maart 2025 bij mij verscheen:\n"
        "Achternaam: Stegeman\n"
        "Voornamen: Hendrika Johanna\n"
        "Geboren: 02-09-1947 te Raalte\n"
        "Adres: Brinkgreverweg 210, 7413 AE Deventer\n"
        "BSN: 839958912\n"
        "\n"
        "De aangever verklaart: \"Op 14 maart belde een man die zei dat hij van de bank was. Hij heette meneer De Boer.\n"
        "Mijn kleindochter Sanne heeft later gezien dat er EUR 4.800 van mijn rekening was afgeschreven.\"\n",
        redact=[
            ("Ruben Mulder", "PERSON", E),
            ("Stegeman", "PERSON", E),
            ("Hendrika Johanna", "PERSON", E),
            ("02-09-1947", "DATE_OF_BIRTH", E),
            ("Brinkgreverweg 210, 7413 AE", "ADDRESS", E),  # the town was expected too at the first run: it is no one's
            ("839958912", "BSN", BSN_GROUND),
            ("kleindochter |Sanne|", "PERSON", E),
            ("meneer |De Boer|.", "PERSON", E),  # added after the first run: the name the caller gave is a name
        ],
        visible=["Politie Eenheid Oost-Nederland", "2025087731", "18 maart 2025", "EUR 4.800"],
        batch=105,
    ),
    Doc(
        "en-uk-foi-annex-email-earlier-redactions",
        "Annex B - emails released in part (FOI 2025/118)\n"
        "\n"
        "From: [Redacted - s.40(2)]\n"
        "Sent: 14 January 2025 09:12\n"
        "To: Planning Enforcement\n"
        "Subject: caravan at Hollins Lane\n"
        "\n"
        "The caravan is still there. The owner, Mr Dennis Whitworth, told my husband Graham it would be gone by\n"
        "Christmas. I am at 3 Hollins Lane if your officer wants to see it from my garden.\n"
        "\n"
        "From: Leanne Tattersall\n"
        "Sent: 16 January 2025 11:40\n"
        "To: Cllr Farooq Siddiqui\n"
        "Subject: RE: caravan at Hollins Lane\n"
        "\n"
        "Cllr Siddiqui, we visited on 15 January and have served a planning contravention notice on the landowner.\n"
        "Leanne Tattersall, Senior Enforcement Officer\n",
        redact=[
            ("Dennis Whitworth", "PERSON", E),
            ("husband |Graham|", "PERSON", E),
            ("3 Hollins Lane", "ADDRESS", E),
            ("From: |Leanne Tattersall|", "PERSON", E),
            ("\n|Leanne Tattersall|,", "PERSON", E),
        ],
        officials=["Farooq Siddiqui", "Cllr |Siddiqui|,"],
        visible=["[Redacted - s.40(2)]", "Planning Enforcement", "FOI 2025/118", "Senior Enforcement Officer",
                 "caravan at Hollins Lane"],
        batch=105,
    ),
    Doc(
        "en-us-foia-referral-memo",
        "MEMORANDUM FOR: Office of Information Policy, Department of Justice\n"
        "FROM: Carolyn M. Stroud, FOIA Officer, U.S. Marshals Service\n"
        "SUBJECT: Referral of 14 pages - FOIA-2025-USMS-00731\n"
        "\n"
        "The enclosed pages originated with the Executive Office for U.S. Attorneys. They concern the arrest of\n"
        "Tremaine D. Holloway (USMS No. 55812-177) on a warrant issued by Judge Patricia Okonjo. Pages 3-5 contain\n"
        "the name and cell number of a confidential informant's handler, Deputy U.S. Marshal Brian Kessler,\n"
        "(202) 555-0148. We recommend withholding under (b)(6) and (b)(7)(C). Attorney General Bondi's guidance\n"
        "of 5 February 2025 applies.\n",
        redact=[
            ("Carolyn M. Stroud", "PERSON", E),
            ("Tremaine D. Holloway", "PERSON", E),
            ("55812-177", "ID_DOCUMENT", E),
            ("Brian Kessler", "PERSON", E),
            ("(202) 555-0148", "PHONE", E),
        ],
        officials=["Patricia Okonjo", "Bondi"],
        visible=["Office of Information Policy", "Executive Office for U.S. Attorneys", "FOIA-2025-USMS-00731",
                 "(b)(7)(C)", "5 February 2025"],
        batch=105,
    ),
    # -- batch 106: new forms (a land registry extract with holders in capitals, a municipality's letter on housing
    # Ukrainian displaced persons, an Android WhatsApp export with numbers as senders, a UK council's SAR file note
    # with NI and NHS numbers, an NVWA inspection report of a Chinese restaurant, a letter from the Public Entity
    # Saba, a performance review with double-barrelled names, a school attendance officer's home visit)
    # First run (before its fixes): recall 0.922, precision 0.882, ground accuracy 1.0, 1 of 4 officials flagged.
    # Corrected after that run, not counted as fixes: the UK postcode of the client's home is hers as much as the
    # street, and a head of department who signs a letter is a civil servant below the level whose name is kept.
    Doc(
        "nl-kadaster-uittreksel-gerechtigden-hoofdletters",
        "Bijlage 4 bij besluit op Woo-verzoek 2024-0877 (grondverwerving Noordelijke Randweg)\n"
        "\n"
        "UITTREKSEL KADASTRALE REGISTRATIE\n"
        "Kadastrale aanduiding     DEVENTER K 4412\n"
        "Grootte                   1 ha 12 a 40 ca\n"
        "Omschrijving              Wonen met erf en landbouwgrond\n"
        "Locatie                   Oude Holterweg 61, 7415 CK Deventer\n"
        "\n"
        "GERECHTIGDE(N)\n"
        "1. Eigendom voor 1/2\n"
        "   JANSEN-KOOLHAAS, HENDRIKA WILHELMINA\n"
        "   Geboren te Deventer op 03-03-1951\n"
        "   Oude Holterweg 61, 7415 CK Deventer\n"
        "2. Eigendom voor 1/2\n"
        "   JANSEN, GERRIT JAN\n"
        "   Geboren te Olst op 17-09-1948\n"
        "   Oude Holterweg 61, 7415 CK Deventer\n"
        "\n"
        "Verkregen bij akte van 12-05-1979, verleden voor mr. A.C. Lubbers, notaris te Deventer, ingeschreven in Hyp4 deel 8812 nummer 33.\n"
        "\n"
        "Toelichting gemeente: de gemeente heeft in 2022 met de eigenaren over aankoop van de strook langs de weg\n"
        "gesproken. De heer Jansen liet weten pas na overleg met zijn zoon te willen verkopen.\n",
        redact=[
            ("JANSEN-KOOLHAAS, HENDRIKA WILHELMINA", "PERSON", E),
            ("JANSEN, GERRIT JAN", "PERSON", E),
            ("03-03-1951", "DATE_OF_BIRTH", E),
            ("17-09-1948", "DATE_OF_BIRTH", E),
            ("Oude Holterweg 61", "ADDRESS", E),
            ("heer |Jansen| liet", "PERSON", E),
        ],
        visible=["DEVENTER K 4412", "Noordelijke Randweg", "Woo-verzoek 2024-0877", "1 ha 12 a 40 ca",
                 "Wonen met erf en landbouwgrond", "Hyp4 deel 8812 nummer 33", "Eigendom voor 1/2", "12-05-1979"],
        batch=106,
    ),
    Doc(
        "nl-brief-gemeente-opvang-oekraiense-ontheemden",
        "Gemeente Apeldoorn\n"
        "Team Opvang Oekraïne\n"
        "\n"
        "Aan: familie Van Oosterhout-Meijer\n"
        "Kanaal Noord 288\n"
        "7323 AN Apeldoorn\n"
        "\n"
        "Datum: 14 november 2023\n"
        "Kenmerk: OEK-23-4471\n"
        "Betreft: verlenging plaatsing in uw gastgezin\n"
        "\n"
        "Beste heer en mevrouw Van Oosterhout,\n"
        "\n"
        "Sinds april 2022 wonen bij u Kateryna Ivanivna Bondarenko en haar zoon Maksym (9). U vroeg ons of de\n"
        "plaatsing na 1 januari kan doorlopen. Dat kan. Mevrouw Bondarenko staat ingeschreven in de BRP met\n"
        "burgerservicenummer 708870417; haar leefgeld wordt vanaf december overgemaakt op NL55INGB8325429587.\n"
        "\n"
        "Haar broer, Oleksandr Bondarenko, verblijft in de gemeentelijke opvang aan de Laan van Westenenk. Hij mag\n"
        "zijn zus in het weekend bezoeken. Voor vragen kunt u bellen met uw vaste contactpersoon, Yuliia Hrytsenko\n"
        "(tolk) of met Merel Dijkhuis van ons team, telefoon 06-41772903.\n"
        "\n"
        "Wethouder Jeroen Joon heeft de gastgezinnen in oktober bedankt; die brief sturen wij u nogmaals mee.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Merel Dijkhuis\n"
        "coördinator gastgezinnen\n",
        redact=[
            ("Van Oosterhout-Meijer", "PERSON", E),
            ("Kanaal Noord 288", "ADDRESS", E),
            ("mevrouw |Van Oosterhout|,", "PERSON", E),
            ("Kateryna Ivanivna Bondarenko", "PERSON", E),
            ("Maksym", "PERSON", E),
            ("Mevrouw |Bondarenko| staat", "PERSON", E),
            ("708870417", "BSN", BSN_GROUND),
            ("NL55INGB8325429587", "IBAN", E),
            ("Oleksandr Bondarenko", "PERSON", E),
            ("Yuliia Hrytsenko", "PERSON", E),
            ("Merel Dijkhuis", "PERSON", E),
            ("06-41772903", "PHONE", E),
        ],
        officials=["Jeroen Joon"],
        visible=["Gemeente Apeldoorn", "Team Opvang Oekraïne", "Laan van Westenenk", "OEK-23-4471", "14 november 2023",
                 "coördinator gastgezinnen"],
        batch=106,
    ),
    Doc(
        "nl-whatsapp-android-nummers-afzenders",
        "12-06-2024 07:58 - Berichten en gesprekken zijn end-to-end versleuteld.\n"
        "12-06-2024 07:58 - +31 6 20418857 heeft je toegevoegd\n"
        "12-06-2024 08:02 - +31 6 20418857: Morgen allemaal. Vrachtwagen staat weer op de stoep bij de Kastanjelaan 😡\n"
        "12-06-2024 08:05 - Mo Bakkali: Is van die verhuizer van nummer 40 denk ik\n"
        "12-06-2024 08:06 - +32 470 55 18 26: Ik heb een foto gemaakt, stuur ik zo door naar Wendy van de gemeente\n"
        "12-06-2024 08:11 - Wendy Gemeente Handhaving: Dank jullie. Mijn collega Stefan komt vanochtend kijken.\n"
        "12-06-2024 08:40 - Mo Bakkali: <Media weggelaten>\n"
        "12-06-2024 09:15 - ~ Anouk: Stefan is geweest en heeft met de chauffeur gesproken\n"
        "12-06-2024 09:16 - +31 6 20418857: Top. Bedankt Anouk!\n",
        redact=[
            ("+31 6 20418857", "PHONE", E),
            ("Mo Bakkali", "PERSON", E),
            ("+32 470 55 18 26", "PHONE", E),
            ("Wendy", "PERSON", E),
            ("Stefan", "PERSON", E),
            ("Anouk", "PERSON", E),
        ],
        visible=["Kastanjelaan", "12-06-2024", "Handhaving", "<Media weggelaten>"],
        batch=106,
    ),
    Doc(
        "en-uk-council-sar-file-note-ni-nhs",
        "OFFICIAL-SENSITIVE\n"
        "Adult Social Care - Case File Note\n"
        "\n"
        "Service user: Mrs Bernadette O'Sullivan-Byrne\n"
        "NI number: JT 48 27 61 B\n"
        "NHS number: 570 688 3149\n"
        "Address: 14 Marlowe Close, Swindon SN3 4QT\n"
        "Allocated worker: Tendai Moyo (Social Worker, Locality Team East)\n"
        "\n"
        "14/02/2024 - Home visit with her daughter, Siobhan Byrne, present. Mrs O'Sullivan-Byrne told me her neighbour\n"
        "Gareth had been helping with shopping. She would like the care package reviewed after her fall in January.\n"
        "Discussed with Team Manager Priya Ramaswamy on return to the office; agreed to refer to the OT service.\n"
        "\n"
        "Note for disclosure: this file note was located in response to a subject access request received by the\n"
        "Information Governance Team on 2 April 2024. Cllr Vijay Manro, Cabinet Member for Adult Social Care, was\n"
        "not copied into the case.\n",
        redact=[
            ("Bernadette O'Sullivan-Byrne", "PERSON", E),
            ("JT 48 27 61 B", "ID_DOCUMENT", E),
            ("570 688 3149", "ID_DOCUMENT", E),
            ("14 Marlowe Close", "ADDRESS", E),
            ("Tendai Moyo", "PERSON", E),
            ("Siobhan Byrne", "PERSON", E),
            ("Mrs |O'Sullivan-Byrne| told", "PERSON", E),
            ("Gareth", "PERSON", E),
            ("Priya Ramaswamy", "PERSON", E),
            ("SN3 4QT", "ADDRESS", E),  # corrected after the first run
        ],
        officials=["Vijay Manro"],
        visible=["Adult Social Care", "Locality Team East", "Information Governance Team", "2 April 2024",
                 "OFFICIAL-SENSITIVE", "Swindon"],
        batch=106,
    ),
    Doc(
        "nl-nvwa-inspectierapport-restaurant-chinese-namen",
        "Nederlandse Voedsel- en Warenautoriteit\n"
        "Inspectierapport hygiënecode horeca\n"
        "\n"
        "Bedrijf: Restaurant Golden Lotus, Stationsstraat 9, 5211 EV 's-Hertogenbosch\n"
        "KvK-nummer: 17093345\n"
        "Eigenaar/exploitant: de heer Zhang Wei\n"
        "Aanwezig bij inspectie: Chen Jianguo (kok), mevrouw Li Xiuying (bedrijfsleider)\n"
        "Inspecteur: 40617\n"
        "Datum inspectie: 5 maart 2024\n"
        "\n"
        "Bevindingen\n"
        "In de koelcel lagen rauwe kip en gekookte rijst onafgedekt naast elkaar. De heer Chen gaf aan dat de\n"
        "koelcel sinds het weekend storingen had. Mevrouw Li toonde de temperatuurlijst; die was sinds 20 februari niet\n"
        "bijgehouden. De eigenaar, de heer Zhang, was telefonisch bereikbaar en zegde toe de monteur te bellen.\n"
        "\n"
        "Maatregel: schriftelijke waarschuwing. Herinspectie binnen vier weken.\n",
        redact=[
            ("Zhang Wei", "PERSON", E),
            ("Chen Jianguo", "PERSON", E),
            ("Li Xiuying", "PERSON", E),
            ("heer |Chen| gaf", "PERSON", E),
            ("Mevrouw |Li| toonde", "PERSON", E),
            ("heer |Zhang|, was", "PERSON", E),
        ],
        visible=["Restaurant Golden Lotus", "Stationsstraat 9", "17093345", "Nederlandse Voedsel- en Warenautoriteit",
                 "5 maart 2024", "20 februari"],
        batch=106,
    ),
    Doc(
        "bq-saba-letter-public-entity-english",
        "PUBLIC ENTITY SABA\n"
        "Department of Community Development\n"
        "The Bottom, Saba, Caribbean Netherlands\n"
        "\n"
        "To: Mr. Vernon R. Zagers\n"
        "Troy Road #12\n"
        "Windwardside, Saba\n"
        "\n"
        "Date: 8 October 2024\n"
        "Our ref.: CD/2024/0391\n"
        "Re: your application for the housing subsidy\n"
        "\n"
        "Dear Mr. Zagers,\n"
        "\n"
        "Thank you for your application of 2 September 2024. Your partner, Ms. Clarissa Hassell-Johnson, also signed the\n"
        "form. To assess the application we need a copy of her ID-card and the salary slips of your son Kenrick for the last\n"
        "three months. You can hand them in at the front desk, or send them to our case officer Shurnel Woodley at the e-mail\n"
        "address shurnel.woodley@sabagov.nl.\n"
        "\n"
        "The Executive Council discussed the subsidy scheme on 24 September. Commissioner Rolando Peterson has asked the\n"
        "department to decide on all applications before the end of the year.\n"
        "\n"
        "Kind regards,\n"
        "\n"
        "Glenda Every\n"
        "Head of Department a.i.\n",
        redact=[
            ("Vernon R. Zagers", "PERSON", E),
            ("Troy Road #12", "ADDRESS", E),
            ("Dear Mr. |Zagers|,", "PERSON", E),
            ("Clarissa Hassell-Johnson", "PERSON", E),
            ("Kenrick", "PERSON", E),
            ("Shurnel Woodley", "PERSON", E),
            ("shurnel.woodley@sabagov.nl", "EMAIL", E),
            ("Glenda Every", "PERSON", E),  # corrected after the first run: a head of department is no office-holder
        ],
        officials=["Rolando Peterson"],
        visible=["PUBLIC ENTITY SABA", "Department of Community Development", "The Bottom", "CD/2024/0391",
                 "Executive Council", "8 October 2024", "Windwardside"],
        batch=106,
    ),
    Doc(
        "nl-hr-verslag-functioneringsgesprek-dubbele-namen",
        "VERTROUWELIJK - PERSONEELSDOSSIER\n"
        "Verslag functioneringsgesprek\n"
        "\n"
        "Medewerker: W.J.M. (Mien) Hoogendoorn-van der Sluis\n"
        "Personeelsnummer: 0041276\n"
        "Functie: senior medewerker vergunningverlening, schaal 10\n"
        "Leidinggevende: P.W. van den Akker-Lodewijks\n"
        "Datum gesprek: 9 juli 2024\n"
        "\n"
        "1. Terugblik\n"
        "Mien heeft het afgelopen jaar de achterstand in de evenementenvergunningen grotendeels weggewerkt. Zij werkte\n"
        "daarbij nauw samen met haar collega Ruud Kamphuis-Brands. Van den Akker noemt haar inzet uitstekend.\n"
        "\n"
        "2. Afspraken\n"
        "Mevrouw Hoogendoorn volgt in het najaar de opleiding Omgevingswet. Zij werkt vanaf 1 september op dinsdag en\n"
        "donderdag thuis. De afdelingsmanager, mr. drs. Fenna ter Veld-Oudshoorn, tekent voor akkoord.\n"
        "\n"
        "Voor akkoord medewerker:       Voor akkoord leidinggevende:\n"
        "W.J.M. Hoogendoorn-van der Sluis      P.W. van den Akker-Lodewijks\n",
        redact=[
            ("W.J.M. (Mien) Hoogendoorn-van der Sluis", "PERSON", E),
            ("0041276", "ID_DOCUMENT", E),
            ("P.W. van den Akker-Lodewijks", "PERSON", E),
            ("Mien", "PERSON", E),
            ("Ruud Kamphuis-Brands", "PERSON", E),
            ("|Van den Akker| noemt", "PERSON", E),
            ("Mevrouw |Hoogendoorn| volgt", "PERSON", E),
            ("Fenna ter Veld-Oudshoorn", "PERSON", E),
            ("W.J.M. Hoogendoorn-van der Sluis", "PERSON", E),
        ],
        visible=["senior medewerker vergunningverlening", "9 juli 2024", "opleiding Omgevingswet", "1 september"],
        batch=106,
    ),
    Doc(
        "nl-leerplicht-verslag-huisbezoek-marokkaanse-namen",
        "Gemeente Utrecht - Leerplicht\n"
        "Verslag huisbezoek\n"
        "\n"
        "Leerling: Yassin Ouled Ali, geboren 11-02-2012\n"
        "School: Cals College Nieuwegein, klas 1B\n"
        "Ouders: Abdelkader el Khattabi en Fatiha Ouled Ali\n"
        "Leerplichtambtenaar: Sanne Verbrugge\n"
        "\n"
        "Op 21 maart 2024 bezocht ik het gezin in Kanaleneiland. Moeder vertelde dat Yassin sinds januari vaak hoofdpijn\n"
        "heeft en daarom thuisblijft. Vader was aan het werk. Ook de oudere zus, Nouhaila, was aanwezig en vertaalde\n"
        "waar nodig. Ik heb afgesproken dat mevrouw Ouled Ali een afspraak maakt bij de jeugdarts. Mentor Karim\n"
        "Benali van het Cals College belt mij volgende week over de aanwezigheid.\n",
        redact=[
            ("Yassin Ouled Ali", "PERSON", E),
            ("11-02-2012", "DATE_OF_BIRTH", E),
            ("Abdelkader el Khattabi", "PERSON", E),
            ("Fatiha Ouled Ali", "PERSON", E),
            ("Sanne Verbrugge", "PERSON", E),
            ("dat |Yassin| sinds", "PERSON", E),
            ("Nouhaila", "PERSON", E),
            ("mevrouw |Ouled Ali| een", "PERSON", E),
            ("Karim\nBenali", "PERSON", E),
        ],
        visible=["Gemeente Utrecht", "Cals College Nieuwegein", "Kanaleneiland", "21 maart 2024", "klas 1B"],
        batch=106,
    ),
    # -- batch 107: written after the fixes for batch 106 (an English parish council's minutes with public
    # participation, a labour inspectorate's fine with names in capitals, a mail forwarded from an iPhone with quoted
    # headers, a municipality's statement of defence to a court, an inspection of migrant workers' housing, a housing
    # association's nuisance report with Turkish names, a US FOIA final response, a scanned letter with spaced letters)
    # First run (before its fixes): recall 0.956, precision 0.986, ground accuracy 1.0, 0 of 9 officials flagged.
    # Corrected after that run, not counted as a fix: the house where the named migrant workers live is their home,
    # so its address is no longer expected visible.
    Doc(
        "en-uk-parish-council-minutes-public-participation",
        "ASHWELL PARISH COUNCIL\n"
        "Minutes of the meeting of the Parish Council held on Tuesday 9 January 2024 at 7.30pm in the Village Hall\n"
        "\n"
        "Present: Cllr M. Pemberton (Chair), Cllr S. Adeyemi, Cllr R. Whitfield-Hart, Cllr T. Quinn\n"
        "In attendance: Mrs L. Barraclough (Clerk), County Cllr Helen Sewell, 6 members of the public\n"
        "\n"
        "24/01 Apologies: Cllr D. Okafor (work commitments)\n"
        "\n"
        "24/02 Public participation\n"
        "Mr Derek Ashworth of 12 Mill Lane raised again the flooding of his garden from the field drain. He said his\n"
        "wife Maureen had slipped on the footpath in December. Ms Kerry-Ann Doyle asked whether the speed watch group\n"
        "could borrow the council's radar gun; she gave her mobile number, 07700 914 382, to the Clerk.\n"
        "\n"
        "24/03 Planning\n"
        "24/00417/FUL, Rose Cottage, High Street: no objection. Cllr Whitfield-Hart declared an interest as a neighbour.\n"
        "\n"
        "The Chair closed the meeting at 8.55pm.\n",
        redact=[
            ("Derek Ashworth", "PERSON", E),
            ("12 Mill Lane", "ADDRESS", E),
            ("Maureen", "PERSON", E),
            ("Kerry-Ann Doyle", "PERSON", E),
            ("07700 914 382", "PHONE", E),
            ("L. Barraclough", "PERSON", E),
        ],
        officials=["M. Pemberton", "S. Adeyemi", "R. Whitfield-Hart", "T. Quinn", "Helen Sewell", "D. Okafor",
                   "Whitfield-Hart"],
        visible=["ASHWELL PARISH COUNCIL", "Village Hall", "24/00417/FUL", "Rose Cottage, High Street",
                 "9 January 2024", "6 members of the public"],
        batch=107,
    ),
    Doc(
        "nl-nla-boetebeschikking-arbeid-vreemdelingen",
        "Nederlandse Arbeidsinspectie\n"
        "BESCHIKKING BESTUURLIJKE BOETE - WET ARBEID VREEMDELINGEN\n"
        "\n"
        "Beboete: DE HEER MUSTAFA KAYA, h.o.d.n. Snackbar De Kaai (eenmanszaak)\n"
        "Adres beboete: Kaaistraat 3, 1611 AS Bovenkarspel\n"
        "KvK-nummer: 62318477\n"
        "Boetenummer: WAV-2024-00812\n"
        "\n"
        "Op 14 februari 2024 troffen inspecteurs van de Arbeidsinspectie in de keuken van de snackbar twee\n"
        "vreemdelingen aan die arbeid verrichtten zonder tewerkstellingsvergunning:\n"
        "1. RAHIMI, Ahmad, geboren 03-07-1997, Afghaanse nationaliteit, V-nummer 2917664038\n"
        "2. HOSSEINI, Zahra, geboren 21-11-2001, Afghaanse nationaliteit\n"
        "\n"
        "De heer Kaya verklaarde dat de heer Rahimi een neef van zijn vrouw is en alleen 'meehielp'. Mevrouw Hosseini\n"
        "verklaarde dat zij sinds januari drie avonden per week werkte voor 8 euro per uur.\n"
        "\n"
        "De boete bedraagt EUR 16.000. De inspecteur-generaal van de Nederlandse Arbeidsinspectie,\n"
        "namens deze,\n"
        "\n"
        "R.M. Dekker-Amrani\n"
        "teamleider boeterapportages\n",
        redact=[
            ("MUSTAFA KAYA", "PERSON", E),
            ("Kaaistraat 3, 1611 AS", "ADDRESS", E),
            ("62318477", "ID_DOCUMENT", E),
            ("RAHIMI, Ahmad", "PERSON", E),
            ("03-07-1997", "DATE_OF_BIRTH", E),
            ("2917664038", "ID_DOCUMENT", E),
            ("HOSSEINI, Zahra", "PERSON", E),
            ("21-11-2001", "DATE_OF_BIRTH", E),
            ("heer |Kaya| verklaarde", "PERSON", E),
            ("heer |Rahimi| een", "PERSON", E),
            ("Mevrouw |Hosseini|", "PERSON", E),
            ("R.M. Dekker-Amrani", "PERSON", E),
        ],
        visible=["Nederlandse Arbeidsinspectie", "Snackbar De Kaai", "WAV-2024-00812", "14 februari 2024", "EUR 16.000",
                 "teamleider boeterapportages", "Afghaanse nationaliteit"],
        batch=107,
    ),
    Doc(
        "nl-iphone-doorgestuurd-bericht-geciteerd",
        "Van: Rianne Bosman <rianne.bosman@gemeentewesterkwartier.nl>\n"
        "Verzonden: maandag 3 juni 2024 08:47\n"
        "Aan: Team Wmo <wmo@gemeentewesterkwartier.nl>\n"
        "Onderwerp: FW: traplift moeder\n"
        "\n"
        "Collega's, kan iemand dit oppakken? Ik ben vandaag op de andere locatie.\n"
        "\n"
        "Verstuurd vanaf mijn iPhone\n"
        "\n"
        "Begin doorgestuurd bericht:\n"
        "\n"
        "> Van: Hilda Wierenga-Kuipers <hwierenga58@ziggo.nl>\n"
        "> Datum: 1 juni 2024 om 21:13:08 CEST\n"
        "> Aan: Rianne Bosman <rianne.bosman@gemeentewesterkwartier.nl>\n"
        "> Onderwerp: traplift moeder\n"
        ">\n"
        "> Beste Rianne,\n"
        ">\n"
        "> Mijn moeder, mevrouw Geesje Kuipers-Bolt (Hoofdstraat 71, Leek), komt de trap niet meer op. Mijn broer\n"
        "> Harm heeft al offertes opgevraagd. Kunt u ons laten weten of de gemeente de traplift vergoedt?\n"
        ">\n"
        "> Met vriendelijke groet,\n"
        "> Hilda Wierenga\n"
        "> 06-18773240\n",
        redact=[
            ("Rianne Bosman", "PERSON", E),
            ("rianne.bosman@gemeentewesterkwartier.nl", "EMAIL", E),
            ("Hilda Wierenga-Kuipers", "PERSON", E),
            ("hwierenga58@ziggo.nl", "EMAIL", E),
            ("Beste |Rianne|,", "PERSON", E),
            ("Geesje Kuipers-Bolt", "PERSON", E),
            ("Hoofdstraat 71", "ADDRESS", E),
            ("Harm", "PERSON", E),
            ("> |Hilda Wierenga|\n", "PERSON", E),
            ("06-18773240", "PHONE", E),
        ],
        visible=["Team Wmo", "wmo@gemeentewesterkwartier.nl", "3 juni 2024", "1 juni 2024", "Verstuurd vanaf mijn iPhone",
                 "Begin doorgestuurd bericht"],
        batch=107,
    ),
    Doc(
        "nl-verweerschrift-rechtbank-beroep-gemeente",
        "Rechtbank Gelderland\n"
        "Sector bestuursrecht\n"
        "t.a.v. mr. J.W. Hoeksema, griffier\n"
        "Postbus 9030\n"
        "6800 EM Arnhem\n"
        "\n"
        "Zaaknummer: ARN 24/2281\n"
        "Betreft: verweerschrift in de zaak D. Kılıç tegen het college van burgemeester en wethouders van Ede\n"
        "\n"
        "Edelgrootachtbare heer, vrouwe,\n"
        "\n"
        "Namens het college dien ik hierbij het verweerschrift in tegen het beroep van eiser, de heer Deniz Kılıç,\n"
        "wonende te Ede, vertegenwoordigd door mr. E.H. Poortvliet, advocaat te Arnhem. Eiser stelt dat de weigering\n"
        "van zijn aanvraag bijzondere bijstand in strijd is met het zorgvuldigheidsbeginsel. De heer Kılıç was tijdens\n"
        "de hoorzitting op 4 april 2024 aanwezig met zijn zus, mevrouw Elif Kılıç-Aydın.\n"
        "\n"
        "Het college verzoekt de rechtbank, de zaak ter zitting te behandelen door de enkelvoudige kamer, mr.\n"
        "A.M. Verhoeven, rechter, het beroep ongegrond te verklaren.\n"
        "\n"
        "Burgemeester en wethouders van Ede,\n"
        "namens dezen,\n"
        "\n"
        "mr. K.L. Zandbergen\n"
        "procesvertegenwoordiger\n",
        redact=[
            ("D. Kılıç", "PERSON", E),
            ("Deniz Kılıç", "PERSON", E),
            ("E.H. Poortvliet", "PERSON", E),
            ("heer |Kılıç| was", "PERSON", E),
            ("Elif Kılıç-Aydın", "PERSON", E),
            ("K.L. Zandbergen", "PERSON", E),
        ],
        officials=["A.M. Verhoeven"],
        visible=["Rechtbank Gelderland", "ARN 24/2281", "Postbus 9030", "6800 EM Arnhem", "4 april 2024",
                 "Burgemeester en wethouders van Ede", "procesvertegenwoordiger"],
        batch=107,
    ),
    Doc(
        "nl-controle-huisvesting-arbeidsmigranten-poolse-namen",
        "Omgevingsdienst Noord-Holland Noord\n"
        "Rapport controle huisvesting arbeidsmigranten\n"
        "\n"
        "Locatie: Dorpsweg 118, 1676 GK Twisk\n"
        "Exploitant: Flexhuis Westfriesland B.V.\n"
        "Datum controle: 22 mei 2024, 19:30 uur\n"
        "Toezichthouders: T. Smit, J. de Boer-Zwaan\n"
        "\n"
        "Aangetroffen bewoners (7, toegestaan: 5):\n"
        "- Krzysztof Wójcik, paspoort EK4471902\n"
        "- Agnieszka Zielińska\n"
        "- Paweł Kamiński, via uitzendbureau\n"
        "- Oleh Marchenko\n"
        "- Daria i Mateusz Nowakowski (echtpaar)\n"
        "- 1 persoon wilde zijn naam niet geven\n"
        "\n"
        "Bevindingen: op zolder slapen drie personen zonder tweede vluchtweg. De heer Wójcik verklaarde dat hij EUR 120\n"
        "per week huur betaalt, ingehouden op zijn loon. Volgens mevrouw Zielińska is de rookmelder al weken stuk.\n",
        redact=[
            ("T. Smit", "PERSON", E),
            ("J. de Boer-Zwaan", "PERSON", E),
            ("Krzysztof Wójcik", "PERSON", E),
            ("EK4471902", "ID_DOCUMENT", E),
            ("Agnieszka Zielińska", "PERSON", E),
            ("Paweł Kamiński", "PERSON", E),
            ("Oleh Marchenko", "PERSON", E),
            ("Daria", "PERSON", E),
            ("Mateusz Nowakowski", "PERSON", E),
            ("heer |Wójcik| verklaarde", "PERSON", E),
            ("mevrouw |Zielińska| is", "PERSON", E),
            ("Dorpsweg 118", "ADDRESS", E),  # corrected after the first run: the residents' home
        ],
        visible=["Omgevingsdienst Noord-Holland Noord", "Flexhuis Westfriesland B.V.", "22 mei 2024",
                 "EUR 120"],
        batch=107,
    ),
    Doc(
        "nl-woningcorporatie-melding-overlast-turkse-namen",
        "Woonstichting De Goede Woning - Meldingsformulier woonoverlast\n"
        "\n"
        "Melder: Ayşe Çelik-Yılmaz\n"
        "Adres melder: Vlijtseweg 240-2, Apeldoorn\n"
        "Telefoon: 055 521 8834\n"
        "Klantnummer: 4410927\n"
        "Over: bewoners van nummer 240-3 (familie Doğan)\n"
        "\n"
        "Omschrijving: Sinds maart hoor ik 's nachts harde muziek en ruzie. De zoon, Emre, rijdt met zijn scooter door de\n"
        "gang. Ik heb met Hüseyin Doğan gepraat maar er is niets veranderd. Mijn man Mehmet durft niet meer aan te\n"
        "bellen. Buurvrouw Sevgi van 240-1 heeft ook last.\n"
        "\n"
        "Afhandeling: woonconsulent Gerrit-Jan Lammers heeft op 18 april met beide partijen gesproken en buurtbemiddeling\n"
        "voorgesteld.\n",
        redact=[
            ("Ayşe Çelik-Yılmaz", "PERSON", E),
            ("Vlijtseweg 240-2", "ADDRESS", E),
            ("055 521 8834", "PHONE", E),
            ("4410927", "ID_DOCUMENT", E),
            ("familie |Doğan|)", "PERSON", E),
            ("Emre", "PERSON", E),
            ("Hüseyin Doğan", "PERSON", E),
            ("Mehmet", "PERSON", E),
            ("Sevgi", "PERSON", E),
            ("Gerrit-Jan Lammers", "PERSON", E),
        ],
        visible=["Woonstichting De Goede Woning", "18 april", "buurtbemiddeling"],
        batch=107,
    ),
    Doc(
        "en-us-foia-final-response-letter-requester",
        "U.S. Department of Housing and Urban Development\n"
        "Office of the Executive Secretariat, FOIA Branch\n"
        "451 7th Street S.W., Washington, DC 20410\n"
        "\n"
        "June 27, 2025\n"
        "\n"
        "Mr. Quang Nguyen-Tran\n"
        "2208 Alder Creek Drive\n"
        "Sacramento, CA 95833\n"
        "\n"
        "Re: FOIA Control No. 25-FI-HQ-01127\n"
        "\n"
        "Dear Mr. Nguyen-Tran:\n"
        "\n"
        "This is the final response to your Freedom of Information Act request for records about the inspection of\n"
        "the Alder Creek Apartments. We located 41 pages. We are releasing 33 pages in full and 8 pages in part. The\n"
        "names and telephone numbers of tenants who complained, such as the tenant in unit 14B, Ms. Lakeisha\n"
        "Brownlee, and her neighbor DeShawn Pruitt, are withheld under Exemption 6, 5 U.S.C. § 552(b)(6).\n"
        "\n"
        "The inspection was ordered by Regional Administrator Julia R. Castellanos. You may contact our FOIA Public\n"
        "Liaison, Tomasz Wierzbicki, at (202) 555-0191 for further assistance.\n"
        "\n"
        "Sincerely,\n"
        "\n"
        "Deborah A. Finch\n"
        "Government Information Specialist\n",
        redact=[
            ("Quang Nguyen-Tran", "PERSON", E),
            ("2208 Alder Creek Drive", "ADDRESS", E),
            ("Dear Mr. |Nguyen-Tran|:", "PERSON", E),
            ("Lakeisha\nBrownlee", "PERSON", E),
            ("DeShawn Pruitt", "PERSON", E),
            ("Tomasz Wierzbicki", "PERSON", E),
            ("(202) 555-0191", "PHONE", E),
            ("Deborah A. Finch", "PERSON", E),
        ],
        officials=["Julia R. Castellanos"],
        visible=["451 7th Street S.W., Washington, DC 20410", "25-FI-HQ-01127", "Alder Creek Apartments", "June 27, 2025",
                 "Exemption 6", "Government Information Specialist"],
        batch=107,
    ),
    Doc(
        "nl-ocr-brief-spaties-tussen-letters",
        "A a n  h e t  c o l l e g e  v a n  B & W  v a n  L e e u w a r d e n\n"
        "Postbus 21000\n"
        "8900 JA  Leeuwarden\n"
        "\n"
        "Afzender :  T j . Hoekstra - Dijkstra\n"
        "Swettestrjitte  4\n"
        "9088 AK  Wirdum\n"
        "\n"
        "Wirdum , 2 - 2 - 2024\n"
        "\n"
        "Geachte  heer ,  mevrouw ,\n"
        "\n"
        "Ondergetekende  maakt  bezwaar  tegen  de  kap  van  de  linden  aan  de  Swettestrjitte .  Mijn\n"
        "buurman ,  de  heer  S . Bergsma ,  heeft  ook  getekend .  Mijn  dochter  Sytske  woont  op  nummer  6 .\n"
        "\n"
        "Hoogachtend ,\n"
        "\n"
        "Tj .  Hoekstra - Dijkstra\n",
        redact=[
            ("T j . Hoekstra - Dijkstra", "PERSON", E),
            ("Swettestrjitte  4", "ADDRESS", E),
            ("S . Bergsma", "PERSON", E),
            ("Sytske", "PERSON", E),
            ("Tj .  Hoekstra - Dijkstra", "PERSON", E),
        ],
        visible=["Postbus 21000", "8900 JA  Leeuwarden", "2 - 2 - 2024"],
        batch=107,
    ),
    # -- batch 108: written after the fixes for batch 107 (an application form with the name split over fields, a
    # Defence incident report with ranks, a US deposition transcript, an Outlook mail sent on behalf of a person, an
    # IND hearing with Eritrean and Afghan names, a mail with Caribbean phone numbers, an EU working party's list with
    # surnames in capitals, a letter of the benefits recovery service naming partner and children)
    # First run (before its fixes): recall 0.787, precision 0.915, ground accuracy 1.0, 0 of 1 officials flagged.
    # Corrected after that run, not counted as fixes: the partner's initial on the form is hers as much as her surname,
    # and the father's prison town lies in the clause a criminal-data passage covers (the convention of batch 91).
    Doc(
        "nl-aanvraagformulier-gesplitste-naamvelden",
        "AANVRAAGFORMULIER INDIVIDUELE INKOMENSTOESLAG - gemeente Zwolle\n"
        "\n"
        "1. Uw gegevens\n"
        "[x] De heer   [ ] Mevrouw\n"
        "Voorletters: A.H.\n"
        "Tussenvoegsel: van der\n"
        "Achternaam: Linden\n"
        "Geboortedatum: 30-08-1962\n"
        "BSN: 784126367\n"
        "Nummer identiteitsbewijs: IR57L3K18\n"
        "Straat en huisnummer: Assendorperstraat 118\n"
        "Postcode en woonplaats: 8012 DN Zwolle\n"
        "Telefoonnummer: +31 (0)6 5172 0936\n"
        "Rekeningnummer (IBAN): NL94INGB4983998881\n"
        "\n"
        "2. Uw partner\n"
        "Voorletters: M.\n"
        "Achternaam: Çakır\n"
        "Geboortedatum: 12-04-1966\n"
        "\n"
        "3. Ondertekening\n"
        "Datum: 2 oktober 2024    Handtekening: [handtekening]\n"
        "\n"
        "In te vullen door de gemeente: ontvangen door D. Mulder-Ates (Team Inkomen), dossier 2024-IIT-3317\n",
        redact=[
            ("Voorletters: |A.H.|\n", "PERSON", E),
            ("Tussenvoegsel: |van der|\n", "PERSON", E),
            ("Linden", "PERSON", E),
            ("30-08-1962", "DATE_OF_BIRTH", E),
            ("784126367", "BSN", BSN_GROUND),
            ("IR57L3K18", "ID_DOCUMENT", E),
            ("Assendorperstraat 118", "ADDRESS", E),
            ("8012 DN", "ADDRESS", E),
            ("+31 (0)6 5172 0936", "PHONE", E),
            ("NL94INGB4983998881", "IBAN", E),
            ("Çakır", "PERSON", E),
            ("Voorletters: |M.|\n", "PERSON", E),  # corrected after the first run
            ("12-04-1966", "DATE_OF_BIRTH", E),
            ("D. Mulder-Ates", "PERSON", E),
        ],
        visible=["gemeente Zwolle", "2 oktober 2024", "Team Inkomen", "2024-IIT-3317", "Uw partner"],
        batch=108,
    ),
    Doc(
        "nl-defensie-incidentrapport-rangen",
        "MINISTERIE VAN DEFENSIE - Koninklijke Landmacht\n"
        "Rapportage ongewoon voorval (ROV) 2024-0412\n"
        "\n"
        "Eenheid: 13e Lichte Brigade, 42 BLJ, B-compagnie\n"
        "Datum/tijd: 17 september 2024, 14:20 uur\n"
        "Plaats: oefenterrein Ermelo, schietbaan 4\n"
        "\n"
        "Betrokkenen:\n"
        "- sld1 D.J. Wolters (gewonde)\n"
        "- kpl Y. El Idrissi (groepscommandant)\n"
        "- elnt M.A. Verbeek-Schouten (pelotonscommandant)\n"
        "\n"
        "Toedracht: tijdens een oefening met losse munitie raakte soldaat Wolters gewond aan zijn hand door een\n"
        "terugslag van het wapen. Korporaal El Idrissi verleende eerste hulp. De pelotonscommandant heeft de\n"
        "compagniescommandant, kapitein R. Hofstede, direct geïnformeerd.\n"
        "\n"
        "Opgesteld door: aoo J.P. Kramer, Veiligheidsfunctionaris 42 BLJ\n"
        "Gezien: lkol S. Terpstra, commandant 42 BLJ\n",
        redact=[
            ("D.J. Wolters", "PERSON", E),
            ("Y. El Idrissi", "PERSON", E),
            ("M.A. Verbeek-Schouten", "PERSON", E),
            ("soldaat |Wolters| gewond", "PERSON", E),
            ("Korporaal |El Idrissi| verleende", "PERSON", E),
            ("R. Hofstede", "PERSON", E),
            ("J.P. Kramer", "PERSON", E),
            ("S. Terpstra", "PERSON", E),
        ],
        visible=["Koninklijke Landmacht", "13e Lichte Brigade", "42 BLJ", "B-compagnie", "oefenterrein Ermelo",
                 "17 september 2024", "2024-0412"],
        batch=108,
    ),
    Doc(
        "en-us-deposition-transcript-excerpt",
        "UNITED STATES DISTRICT COURT\n"
        "DISTRICT OF OREGON\n"
        "\n"
        "DEPOSITION OF KAYLA M. HARGROVE\n"
        "Taken March 4, 2025, Portland, Oregon\n"
        "\n"
        "                                                          Page 41\n"
        " 1   BY MR. KLEINFELD:\n"
        " 2        Q.   Ms. Hargrove, who was your supervisor in the\n"
        " 3   spring of 2022?\n"
        " 4        A.   Dennis Ostrowski. He left in August.\n"
        " 5        Q.   Did you tell Mr. Ostrowski about the missing\n"
        " 6   files?\n"
        " 7        A.   I told him and I told Marisol from HR.\n"
        " 8             MS. ABERNATHY-COLE:  Objection, form.\n"
        " 9             THE WITNESS:  I told both of them, yes.\n"
        "10        Q.   And what did Ms. Delgado say?\n"
        "11        A.   Marisol said she would look into it.\n",
        redact=[
            ("KAYLA M. HARGROVE", "PERSON", E),
            ("Ms. |Hargrove|, who", "PERSON", E),
            ("Dennis Ostrowski", "PERSON", E),
            ("Mr. |Ostrowski| about", "PERSON", E),
            ("Marisol", "PERSON", E),
            ("Ms. |Delgado| say", "PERSON", E),
            ("KLEINFELD", "PERSON", E),
            ("ABERNATHY-COLE", "PERSON", E),
        ],
        visible=["UNITED STATES DISTRICT COURT", "DISTRICT OF OREGON", "March 4, 2025", "THE WITNESS", "Portland, Oregon",
                 "Objection, form"],
        batch=108,
    ),
    Doc(
        "en-outlook-sent-on-behalf-of",
        "From: Planning Enforcement on behalf of Okonkwo, Chidinma\n"
        "Sent: 12 February 2025 15:02\n"
        "To: 'j.pryce-morgan@btinternet.com'\n"
        "Cc: Hendry, Alasdair\n"
        "Subject: Land at rear of 27 Hollybush Road - your complaint ref ENF/24/0871\n"
        "\n"
        "Dear Mr Pryce-Morgan,\n"
        "\n"
        "Thank you for your further email. My colleague Alasdair visited the site on 10 February and spoke to the owner,\n"
        "Mr Lukasz Zielinski, who has agreed to remove the caravan by the end of March. We will visit again in April.\n"
        "\n"
        "Kind regards\n"
        "\n"
        "Chidinma Okonkwo\n"
        "Planning Enforcement Officer\n"
        "Cheltenham Borough Council\n",
        redact=[
            ("Okonkwo, Chidinma", "PERSON", E),
            ("j.pryce-morgan@btinternet.com", "EMAIL", E),
            ("Hendry, Alasdair", "PERSON", E),
            ("27 Hollybush Road", "ADDRESS", E),
            ("Dear Mr |Pryce-Morgan|,", "PERSON", E),
            ("|Alasdair| visited", "PERSON", E),
            ("Lukasz Zielinski", "PERSON", E),
            ("Chidinma Okonkwo", "PERSON", E),
        ],
        visible=["Planning Enforcement", "ENF/24/0871", "Cheltenham Borough Council", "12 February 2025",
                 "Planning Enforcement Officer"],
        batch=108,
    ),
    Doc(
        "nl-ind-rapport-gehoor-eritrese-afghaanse-namen",
        "IMMIGRATIE- EN NATURALISATIEDIENST\n"
        "Rapport aanmeldgehoor\n"
        "\n"
        "V-nummer: 3018847265\n"
        "Naam vreemdeling: TESFAY GEBREMEDHIN, Semhar\n"
        "Geboortedatum: 01-01-2003 (geschat)\n"
        "Nationaliteit: Eritrese\n"
        "Tolk: Tigrinya, tolknummer 7712\n"
        "Gehoormedewerker: R. Boukhari\n"
        "\n"
        "V: Met wie bent u gereisd?\n"
        "A: Met mijn nicht Helen en met een jongen uit Afghanistan, Gulalai. Hij heeft alleen die naam.\n"
        "V: Waar is uw vader?\n"
        "A: Mijn vader, Tesfay Gebremedhin Weldu, zit in de gevangenis in Asmara. Mijn moeder Abrehet is in Ethiopië.\n"
        "V: Heeft u familie in Nederland?\n"
        "A: Mijn oom Yonas Weldu woont in Tilburg.\n",
        redact=[
            ("3018847265", "ID_DOCUMENT", E),
            ("TESFAY GEBREMEDHIN, Semhar", "PERSON", E),
            ("01-01-2003", "DATE_OF_BIRTH", E),
            ("R. Boukhari", "PERSON", E),
            ("Helen", "PERSON", E),
            ("Gulalai", "PERSON", E),
            ("Tesfay Gebremedhin Weldu", "PERSON", E),
            ("Abrehet", "PERSON", E),
            ("Yonas Weldu", "PERSON", E),
        ],
        visible=["IMMIGRATIE- EN NATURALISATIEDIENST", "Eritrese", "Ethiopië", "Tilburg", "Tigrinya"],
        batch=108,
    ),
    Doc(
        "nl-mail-caribische-telefoonnummers",
        "Van: Shudaira Martina <shudaira.martina@rijksdienstcn.com>\n"
        "Aan: Rutger Boesveld <rutger.boesveld@minbzk.nl>\n"
        "Onderwerp: contactgegevens woningzoekenden Bonaire\n"
        "\n"
        "Hoi Rutger,\n"
        "\n"
        "Zoals besproken de twee gezinnen die in aanmerking komen voor de noodwoning in Rincon:\n"
        "- Sr. Edsel Janga, tel. +599 717 8842, werkt bij de haven\n"
        "- Sra. Yuberkis Rosario Peña, tel. +599 780 1196 (spreekt Spaans en Papiaments)\n"
        "Voor de zus van Sra. Rosario in Aruba heb ik ook een nummer: +297 593 4410.\n"
        "\n"
        "Gezaghebber Crestian is op de hoogte.\n"
        "\n"
        "Danki,\n"
        "Shudaira\n",
        redact=[
            ("Shudaira Martina", "PERSON", E),
            ("shudaira.martina@rijksdienstcn.com", "EMAIL", E),
            ("Rutger Boesveld", "PERSON", E),
            ("rutger.boesveld@minbzk.nl", "EMAIL", E),
            ("Hoi |Rutger|,", "PERSON", E),
            ("Edsel Janga", "PERSON", E),
            ("+599 717 8842", "PHONE", E),
            ("Yuberkis Rosario Peña", "PERSON", E),
            ("+599 780 1196", "PHONE", E),
            ("Sra. |Rosario| in", "PERSON", E),
            ("+297 593 4410", "PHONE", E),
            ("\n|Shudaira|\n", "PERSON", E),
        ],
        officials=["Crestian"],
        visible=["Rincon", "Bonaire", "Aruba", "Papiaments"],
        batch=108,
    ),
    Doc(
        "en-eu-working-party-participants-capitals",
        "COUNCIL OF THE EUROPEAN UNION\n"
        "Working Party on Judicial Cooperation in Criminal Matters (COPEN)\n"
        "Meeting of 23 January 2025 - list of participants (internal, not for publication)\n"
        "\n"
        "Chair: Ms Krisztina HORVÁTH-NAGY (HU Presidency)\n"
        "BE  Mr Pieter VAN DAMME, FPS Justice\n"
        "NL  Ms Anouk DE WAAL-BROUWERS, Ministry of Justice and Security\n"
        "PL  Mr Tomasz KOWALCZYK\n"
        "PT  Ms Maria João SANTOS PEREIRA\n"
        "COM Mr Aurelio DI STEFANO, DG JUST\n"
        "GSC Ms Ingrid LUNDQVIST\n",
        redact=[
            ("Krisztina HORVÁTH-NAGY", "PERSON", E),
            ("Pieter VAN DAMME", "PERSON", E),
            ("Anouk DE WAAL-BROUWERS", "PERSON", E),
            ("Tomasz KOWALCZYK", "PERSON", E),
            ("Maria João SANTOS PEREIRA", "PERSON", E),
            ("Aurelio DI STEFANO", "PERSON", E),
            ("Ingrid LUNDQVIST", "PERSON", E),
        ],
        visible=["COUNCIL OF THE EUROPEAN UNION", "COPEN", "23 January 2025", "HU Presidency", "FPS Justice",
                 "Ministry of Justice and Security", "DG JUST"],
        batch=108,
    ),
    Doc(
        "nl-brief-uht-herstel-partner-kinderen",
        "Uitvoeringsorganisatie Herstel Toeslagen\n"
        "Postbus 2009\n"
        "7500 EA Enschede\n"
        "\n"
        "Mevrouw S.R. Ramsaran-Doerga\n"
        "Lodewijk Napoleonplantsoen 8\n"
        "3525 SX Utrecht\n"
        "\n"
        "Datum: 19 maart 2024\n"
        "Uw dossiernummer: UHT-2021-118407\n"
        "Onderwerp: uitkomst integrale beoordeling\n"
        "\n"
        "Geachte mevrouw Ramsaran-Doerga,\n"
        "\n"
        "Uw persoonlijk zaakbehandelaar, Jasmijn, heeft met u en uw toenmalige toeslagpartner, de heer Vikash\n"
        "Ramsaran, uw situatie besproken. Voor de kinderen in uw huishouden in de jaren 2013 tot en met 2019:\n"
        "\n"
        "Naam kind        Geboortejaar    Kinderopvang\n"
        "Ravi             2011            Kinderdagverblijf Het Zonnetje\n"
        "Anjali           2014            Gastouderbureau Utrecht-Oost\n"
        "\n"
        "kennen wij u een compensatie toe van EUR 48.213. Wij betalen dit bedrag uit op uw rekening\n"
        "NL65RABO3818520576.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "namens de directeur Uitvoeringsorganisatie Herstel Toeslagen,\n"
        "\n"
        "E. Brandsma\n"
        "teamleider integrale beoordeling\n",
        redact=[
            ("S.R. Ramsaran-Doerga", "PERSON", E),
            ("Lodewijk Napoleonplantsoen 8", "ADDRESS", E),
            ("3525 SX", "ADDRESS", E),
            ("mevrouw |Ramsaran-Doerga|,", "PERSON", E),
            ("Jasmijn", "PERSON", E),
            ("Vikash\nRamsaran", "PERSON", E),
            ("Ravi", "PERSON", E),
            ("Anjali", "PERSON", E),
            ("NL65RABO3818520576", "IBAN", E),
            ("E. Brandsma", "PERSON", E),
        ],
        visible=["Uitvoeringsorganisatie Herstel Toeslagen", "Postbus 2009", "UHT-2021-118407", "19 maart 2024",
                 "Kinderdagverblijf Het Zonnetje", "Gastouderbureau Utrecht-Oost", "EUR 48.213"],
        batch=108,
    ),
    # -- batch 109: written after the fixes for batch 108 (an English employment tribunal's judgment heading, a council
    # motion signed by members of local parties, a mayor's crisis measure under the Wvggz, a US 911 call transcript,
    # a register of objections exported with semicolons, an agency's mail with Romanian, Bulgarian and Hungarian
    # names, a Belgian mail chain forwarded from French Outlook)
    # First run (before its fixes): recall 0.884, precision 0.935, ground accuracy 1.0, 0 of 5 officials flagged (two
    # signers of the motion not shown as kept). Corrected after that run, not counted as a fix: the clinic's name in
    # the sentence on the admission lies in the clause a health passage covers (the convention of batch 91).
    Doc(
        "en-uk-employment-tribunal-judgment-heading",
        "EMPLOYMENT TRIBUNALS\n"
        "\n"
        "Claimant:      Mrs A Okoye\n"
        "Respondent:    Northgate Logistics Ltd\n"
        "\n"
        "Heard at: Leeds (by CVP)        On: 14 and 15 May 2024\n"
        "Before: Employment Judge Harrington\n"
        "        Mr J P Whitaker\n"
        "        Ms S Rahman\n"
        "\n"
        "Representation\n"
        "Claimant:      in person\n"
        "Respondent:    Mr T Cavendish-Bell, counsel\n"
        "\n"
        "JUDGMENT\n"
        "The claim of unfair dismissal succeeds. Mrs Okoye's line manager, Darren Fieldhouse, gave evidence that the\n"
        "warehouse manager, Ms Kowalska, had told him to 'get rid of her'. Ms Kowalska did not attend.\n",
        redact=[
            ("Mrs A Okoye", "PERSON", E),
            ("J P Whitaker", "PERSON", E),
            ("S Rahman", "PERSON", E),
            ("T Cavendish-Bell", "PERSON", E),
            ("Mrs |Okoye|'s", "PERSON", E),
            ("Darren Fieldhouse", "PERSON", E),
            ("Kowalska", "PERSON", E),
        ],
        officials=["Harrington"],
        visible=["EMPLOYMENT TRIBUNALS", "Northgate Logistics Ltd", "Leeds", "14 and 15 May 2024", "in person"],
        batch=109,
    ),
    Doc(
        "nl-motie-raad-ondertekenaars-lokale-partijen",
        "Motie vreemd aan de orde van de dag\n"
        "Gemeenteraad Oss, vergadering van 11 juli 2024\n"
        "Onderwerp: veilige oversteek Kruisstraat\n"
        "\n"
        "De raad van de gemeente Oss,\n"
        "\n"
        "constaterende dat op 2 juni een kind van 9 jaar is aangereden bij de oversteek Kruisstraat en dat de ouders,\n"
        "de heer en mevrouw Verstegen-Hendriks, al in 2022 een melding deden;\n"
        "verzoekt het college voor 1 oktober een voorstel voor een zebrapad met verlichting te doen,\n"
        "\n"
        "en gaat over tot de orde van de dag.\n"
        "\n"
        "Ondertekend door:\n"
        "Ruud van Kessel (Groen Rechtvaardig Oss)\n"
        "Sanne Broeders-Maas (Lijst Chris Rijkers)\n"
        "Hüseyin Kaplan (SP)\n",
        redact=[
            ("Verstegen-Hendriks", "PERSON", E),
        ],
        officials=["Ruud van Kessel", "Sanne Broeders-Maas", "Hüseyin Kaplan"],
        visible=["Gemeenteraad Oss", "11 juli 2024", "Kruisstraat", "Groen Rechtvaardig Oss", "Lijst Chris Rijkers",
                 "1 oktober"],
        batch=109,
    ),
    Doc(
        "nl-burgemeester-crisismaatregel-wvggz",
        "BESCHIKKING CRISISMAATREGEL\n"
        "(artikel 7:1 Wet verplichte geestelijke gezondheidszorg)\n"
        "\n"
        "De burgemeester van Almere,\n"
        "\n"
        "gelet op de medische verklaring van 3 augustus 2024 van psychiater dr. P.H. Moerman (GGZ Centraal), die\n"
        "betrokkene op die dag heeft onderzocht;\n"
        "\n"
        "Betrokkene: Kevin Adriaan Lammertsma\n"
        "Geboren: 22-06-1991 te Lelystad\n"
        "BSN: 726531911\n"
        "Verblijfplaats: Olympiakwartier, Rembrandtweg 31 Almere\n"
        "\n"
        "overwegende dat de broer van betrokkene, Jeroen Lammertsma, de politie belde nadat betrokkene dreigde zichzelf\n"
        "iets aan te doen;\n"
        "\n"
        "besluit: een crisismaatregel te nemen. Betrokkene wordt opgenomen in de kliniek van GGZ Centraal.\n"
        "\n"
        "Almere, 3 augustus 2024\n"
        "\n"
        "De burgemeester van Almere,\n"
        "\n"
        "Hein van der Loo\n",
        redact=[
            ("P.H. Moerman", "PERSON", E),
            ("Kevin Adriaan Lammertsma", "PERSON", E),
            ("22-06-1991", "DATE_OF_BIRTH", E),
            ("726531911", "BSN", BSN_GROUND),
            ("Rembrandtweg 31", "ADDRESS", E),
            ("Jeroen Lammertsma", "PERSON", E),
        ],
        passages=[("Betrokkene wordt opgenomen", SPECIAL)],  # added after the first run
        officials=["Hein van der Loo"],
        visible=["(|GGZ Centraal|)", "3 augustus 2024", "Wet verplichte geestelijke gezondheidszorg"],
        batch=109,
    ),
    Doc(
        "en-us-911-call-transcript",
        "CITY OF TULSA - EMERGENCY COMMUNICATIONS\n"
        "911 CALL TRANSCRIPT - Incident 24-118873 - released under the Oklahoma Open Records Act\n"
        "\n"
        "00:00 DISPATCHER: 911, what is the address of your emergency?\n"
        "00:03 CALLER: 4410 South Yale Avenue, apartment 12. My neighbor is banging on my door.\n"
        "00:09 DISPATCHER: What's your name, ma'am?\n"
        "00:11 CALLER: Tamika Roundtree. R-O-U-N-D-T-R-E-E.\n"
        "00:15 DISPATCHER: And a callback number?\n"
        "00:17 CALLER: 918-555-0164.\n"
        "00:20 DISPATCHER: Do you know the neighbor?\n"
        "00:22 CALLER: His name is Curtis. Curtis Beaudreau. He lives in 14.\n"
        "00:30 DISPATCHER: Officers are on the way. Dispatcher 2217 disconnecting.\n",
        redact=[
            ("4410 South Yale Avenue", "ADDRESS", E),
            ("Tamika Roundtree", "PERSON", E),
            ("R-O-U-N-D-T-R-E-E", "PERSON", E),
            ("918-555-0164", "PHONE", E),
            ("His name is |Curtis|.", "PERSON", E),
            ("Curtis Beaudreau", "PERSON", E),
        ],
        visible=["CITY OF TULSA", "EMERGENCY COMMUNICATIONS", "24-118873", "Oklahoma Open Records Act", "DISPATCHER"],
        batch=109,
    ),
    Doc(
        "nl-csv-bezwarenregister-puntkomma",
        "Export bezwarenregister gemeente Hengelo, kwartaal 2 2024 (bijlage 3 bij Woo-besluit)\n"
        "\n"
        "Nr;Datum ontvangst;Naam indiener;Adres indiener;Onderwerp;Status\n"
        "B24-101;04-04-2024;J.W. Wissink;Enschedesestraat 212;Afwijzing bijzondere bijstand;gegrond\n"
        "B24-102;09-04-2024;Fam. Nijhuis-Oude Luttikhuis;Tuindorpstraat 5;WOZ-beschikking;ingetrokken\n"
        "B24-103;15-04-2024;Hengelo Bouwt B.V.;Industriestraat 40;Omgevingsvergunning;ongegrond\n"
        "B24-104;30-05-2024;mw. E. Bartels;Drienerstraat 88;Parkeerboete;in behandeling\n",
        redact=[
            ("J.W. Wissink", "PERSON", E),
            ("Enschedesestraat 212", "ADDRESS", E),
            ("Nijhuis-Oude Luttikhuis", "PERSON", E),
            ("Tuindorpstraat 5", "ADDRESS", E),
            ("E. Bartels", "PERSON", E),
            ("Drienerstraat 88", "ADDRESS", E),
        ],
        visible=["Hengelo Bouwt B.V.", "Industriestraat 40", "B24-103", "Afwijzing bijzondere bijstand", "WOZ-beschikking"],
        batch=109,
    ),
    Doc(
        "nl-mail-uitzendbureau-roemeense-bulgaarse-namen",
        "Van: Planning | FlexPower Uitzendgroep <planning@flexpower.nl>\n"
        "Aan: Omgevingsdienst Regio Nijmegen <toezicht@odrn.nl>\n"
        "Onderwerp: RE: controle logiesgebouw Wijchen\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Naar aanleiding van uw controle op 3 september: in het logiesgebouw verblijven op dit moment Ionuț-Cristian\n"
        "Popescu, Ștefania Dumitrescu, Dimitar Georgiev Ivanov en Nagy Zoltán. De heer Ivanov vertrekt op 30 september.\n"
        "Mevrouw Dumitrescu is ook het aanspreekpunt voor de andere bewoners.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Bianca Lubbers-Derksen\n"
        "Coördinator huisvesting\n"
        "FlexPower Uitzendgroep\n",
        redact=[
            ("Ionuț-Cristian\nPopescu", "PERSON", E),
            ("Ștefania Dumitrescu", "PERSON", E),
            ("Dimitar Georgiev Ivanov", "PERSON", E),
            ("Nagy Zoltán", "PERSON", E),
            ("heer |Ivanov| vertrekt", "PERSON", E),
            ("Mevrouw |Dumitrescu| is", "PERSON", E),
            ("Bianca Lubbers-Derksen", "PERSON", E),
        ],
        visible=["planning@flexpower.nl", "toezicht@odrn.nl", "FlexPower Uitzendgroep", "Omgevingsdienst Regio Nijmegen",
                 "3 september", "Coördinator huisvesting"],
        batch=109,
    ),
    Doc(
        "be-mailketen-frans-outlook-doorgestuurd",
        "Van: Joke Vermeersch <joke.vermeersch@brugge.be>\n"
        "Verzonden: dinsdag 8 oktober 2024 10:12\n"
        "Aan: Dienst Burgerzaken <burgerzaken@brugge.be>\n"
        "Onderwerp: TR: adreswijziging\n"
        "\n"
        "Ter info, zie hieronder. Kan iemand mevrouw Lambert terugbellen?\n"
        "\n"
        "De\u00a0: Delphine Lambert <delphine.lambert74@skynet.be>\n"
        "Envoyé\u00a0: lundi 7 octobre 2024 18:40\n"
        "À\u00a0: Joke Vermeersch <joke.vermeersch@brugge.be>\n"
        "Objet\u00a0: changement d'adresse\n"
        "\n"
        "Bonjour Madame Vermeersch,\n"
        "\n"
        "Mon fils Mathis et moi habitons depuis le 1er octobre à la Langestraat 114 à Bruges. Mon ex-mari, Frédéric\n"
        "Dubois, reste à Namur. Pouvez-vous me rappeler au 0478 52 19 63 ?\n"
        "\n"
        "Cordialement,\n"
        "Delphine Lambert\n",
        redact=[
            ("Joke Vermeersch", "PERSON", E),
            ("joke.vermeersch@brugge.be", "EMAIL", E),
            ("mevrouw |Lambert| terugbellen", "PERSON", E),
            ("Delphine Lambert", "PERSON", E),
            ("delphine.lambert74@skynet.be", "EMAIL", E),
            ("Madame |Vermeersch|,", "PERSON", E),
            ("Mathis", "PERSON", E),
            ("Langestraat 114", "ADDRESS", E),
            ("Frédéric\nDubois", "PERSON", E),
            ("0478 52 19 63", "PHONE", E),
        ],
        visible=["Dienst Burgerzaken", "burgerzaken@brugge.be", "8 oktober 2024", "Namur"],
        batch=109,
    ),
    # -- batch 110: written after the fixes for batch 109 (a US court order with generational suffixes and aliases, a
    # residents' meeting with hyphenated first names and Frisian names, a form with a dotted BSN and a spaced IBAN, a
    # Belgian police report with the sign for born, a UK council letter with Arabic and Somali names, a mail with
    # nicknames in quotes, a university's note with Korean, Japanese and Chinese names in two scripts)
    # First run (before its fixes): recall 0.709, precision 0.955, ground accuracy 1.0, 0 of 3 officials flagged.
    # Corrected after that run, not counted as a fix: the Belgian postcode of the witness's home is part of his address.
    Doc(
        "en-us-court-order-suffixes-aliases",
        "IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\n"
        "\n"
        "PEOPLE OF THE STATE OF ILLINOIS v. ROBERT L. HASTINGS III, a/k/a \"Bobby Hastings\"\n"
        "Case No. 2023 CR 0081147\n"
        "\n"
        "ORDER\n"
        "\n"
        "This matter coming before the Court on the motion of defendant Robert L. Hastings III to modify the conditions\n"
        "of his release, the defendant's mother, Loretta Hastings, and his employer, Marcus T. Delaney Jr., having\n"
        "testified, IT IS HEREBY ORDERED that the defendant shall have no contact with Jolene Pruitt.\n"
        "\n"
        "ENTERED: Judge Angela M. Ferraro, No. 2214\n",
        redact=[
            ("ROBERT L. HASTINGS III", "PERSON", E),
            ("Bobby Hastings", "PERSON", E),
            ("Robert L. Hastings III", "PERSON", E),
            ("Loretta Hastings", "PERSON", E),
            ("Marcus T. Delaney Jr.", "PERSON", E),
            ("Jolene Pruitt", "PERSON", E),
        ],
        officials=["Angela M. Ferraro"],
        visible=["CIRCUIT COURT OF COOK COUNTY", "2023 CR 0081147", "PEOPLE OF THE STATE OF ILLINOIS"],
        batch=110,
    ),
    Doc(
        "nl-verslag-bewonersbijeenkomst-samengestelde-voornamen",
        "Verslag bewonersbijeenkomst herinrichting Stationsplein Heerenveen, 12 maart 2024\n"
        "\n"
        "Aanwezig namens de gemeente: wethouder Tsjerk Wijbenga (voorzitter), Anne-Marie uit den Bogaard\n"
        "(projectleider), Jan-Willem Ottens (verkeerskundige)\n"
        "Aanwezig namens bewoners: ca. 40 personen\n"
        "\n"
        "Vragen uit de zaal\n"
        "- Sjoukje Hylkema-de Vries vraagt of de bomen aan de westkant blijven staan. Anne-Marie antwoordt dat drie\n"
        "  bomen moeten wijken.\n"
        "- De heer In 't Veld (Schoterlandseweg) wil weten waar de fietsen komen.\n"
        "- Marie-José Tjeenk Willink vindt de planning te krap; haar man Wiebren is ondernemer aan het plein.\n"
        "\n"
        "Wethouder Wijbenga zegt toe dat de bewoners in mei het definitieve ontwerp zien.\n",
        redact=[
            ("Anne-Marie uit den Bogaard", "PERSON", E),
            ("Jan-Willem Ottens", "PERSON", E),
            ("Sjoukje Hylkema-de Vries", "PERSON", E),
            (". |Anne-Marie| antwoordt", "PERSON", E),
            ("In 't Veld", "PERSON", E),
            ("Marie-José Tjeenk Willink", "PERSON", E),
            ("Wiebren", "PERSON", E),
        ],
        officials=["Tsjerk Wijbenga", "Wethouder |Wijbenga| zegt"],
        visible=["Stationsplein Heerenveen", "12 maart 2024", "ca. 40 personen", "Schoterlandseweg"],
        batch=110,
    ),
    Doc(
        "nl-formulier-bsn-punten-iban-spaties",
        "Meldingsformulier wijziging inkomen - Sociale Dienst Drechtsteden\n"
        "\n"
        "Naam: Gerrit Jan Bouwhuis\n"
        "BSN: 7938.05.648\n"
        "Geboren: 3-4-'67\n"
        "IBAN: NL24 ABNA 4889 6390 81\n"
        "Telefoon: +31(0)6-28391047\n"
        "E-mail: gj.bouwhuis+sociale.dienst@gmail.com\n"
        "Kenteken auto: 52-TKG-8\n"
        "\n"
        "Wijziging: per 1 februari 2024 werk ik 24 uur per week bij Albert Heijn Dordrecht. Mijn vrouw, Wilma\n"
        "Bouwhuis-Kraaijeveld, heeft geen inkomen.\n",
        redact=[
            ("Gerrit Jan Bouwhuis", "PERSON", E),
            ("7938.05.648", "BSN", BSN_GROUND),
            ("3-4-'67", "DATE_OF_BIRTH", E),
            ("NL24 ABNA 4889 6390 81", "IBAN", E),
            ("+31(0)6-28391047", "PHONE", E),
            ("gj.bouwhuis+sociale.dienst@gmail.com", "EMAIL", E),
            ("52-TKG-8", "LICENSE_PLATE", E),
            ("Wilma\nBouwhuis-Kraaijeveld", "PERSON", E),
        ],
        visible=["Sociale Dienst Drechtsteden", "Albert Heijn Dordrecht", "1 februari 2024", "24 uur per week"],
        batch=110,
    ),
    Doc(
        "be-pv-verhoor-geboren-teken",
        "POLITIEZONE GENT - PROCES-VERBAAL VAN VERHOOR\n"
        "PV nr. GE.55.L3.041277/2024\n"
        "\n"
        "Wij, Hoofdinspecteur VAN HECKE Wim, bijgestaan door Inspecteur DE CLERCQ Lotte, horen:\n"
        "\n"
        "VERMEULEN Stijn, ° 12/03/1985 te Aalst, wonende Sleepstraat 77, 9000 Gent, GSM 0472/31.58.90\n"
        "\n"
        "Ik verklaar: Op zaterdag was ik samen met mijn vriendin Elke op café. Een man die ik ken als 'de Rosse',\n"
        "echte naam Kenny Wauters, begon ruzie te maken.\n",
        redact=[
            ("VAN HECKE Wim", "PERSON", E),
            ("DE CLERCQ Lotte", "PERSON", E),
            ("VERMEULEN Stijn", "PERSON", E),
            ("12/03/1985", "DATE_OF_BIRTH", E),
            ("Sleepstraat 77", "ADDRESS", E),
            ("77, |9000| Gent", "ADDRESS", E),  # corrected after the first run
            ("0472/31.58.90", "PHONE", E),
            ("Elke", "PERSON", E),
            ("Kenny Wauters", "PERSON", E),
        ],
        visible=["POLITIEZONE GENT", "GE.55.L3.041277/2024", "Aalst", "PROCES-VERBAAL VAN VERHOOR"],
        batch=110,
    ),
    Doc(
        "en-uk-council-letter-arabic-somali-names",
        "Birmingham City Council - Housing Solutions\n"
        "\n"
        "Mr Abdirahman Mohamed Abdi\n"
        "Flat 3, 41 Alum Rock Road\n"
        "Birmingham B8 1JB\n"
        "\n"
        "Our ref: HS/2024/55190\n"
        "\n"
        "Dear Mr Abdi,\n"
        "\n"
        "Homelessness application - decision\n"
        "\n"
        "You applied on behalf of yourself, your wife Hodan Yusuf Warsame and your three children. We spoke to your\n"
        "brother-in-law, Mohammed Al-Amin, who confirmed that you can no longer stay with him. Your caseworker, Noor\n"
        "Ul-Ain Siddiqui, will contact you about temporary accommodation.\n"
        "\n"
        "Yours sincerely\n"
        "\n"
        "Housing Solutions Team\n",
        redact=[
            ("Abdirahman Mohamed Abdi", "PERSON", E),
            ("Flat 3, 41 Alum Rock Road", "ADDRESS", E),
            ("B8 1JB", "ADDRESS", E),
            ("Dear Mr |Abdi|,", "PERSON", E),
            ("Hodan Yusuf Warsame", "PERSON", E),
            ("Mohammed Al-Amin", "PERSON", E),
            ("Noor\nUl-Ain Siddiqui", "PERSON", E),
        ],
        visible=["Birmingham City Council", "Housing Solutions", "HS/2024/55190", "Housing Solutions Team"],
        batch=110,
    ),
    Doc(
        "nl-mail-bijnamen-tussen-aanhalingstekens",
        "Van: Eveline Stoop <e.stoop@gemeentebreda.nl>\n"
        "Aan: Teamleiders Stadsbeheer <teamleiders.stadsbeheer@gemeentebreda.nl>\n"
        "Onderwerp: graffiti Haagse Beemden\n"
        "\n"
        "Allen,\n"
        "\n"
        "De BOA's hebben gisteren twee jongens aangesproken bij de skatebaan: Mohamed \"Mo\" Bakkali en Johannes\n"
        "(Hans) de Wit. Volgens de wijkagent is Mo ook betrokken bij de bekladding van de bibliotheek. Hans heeft\n"
        "beloofd de schade te herstellen.\n"
        "\n"
        "Groet,\n"
        "Eveline\n",
        redact=[
            ("Eveline Stoop", "PERSON", E),
            ("e.stoop@gemeentebreda.nl", "EMAIL", E),
            ("Mohamed \"Mo\" Bakkali", "PERSON", E),
            ("Johannes\n(Hans) de Wit", "PERSON", E),
            ("is |Mo| ook", "PERSON", E),
            ("|Hans| heeft", "PERSON", E),
            ("\n|Eveline|\n", "PERSON", E),
        ],
        visible=["Teamleiders Stadsbeheer", "teamleiders.stadsbeheer@gemeentebreda.nl", "Haagse Beemden", "skatebaan"],
        batch=110,
    ),
    Doc(
        "nl-universiteit-notitie-koreaanse-japanse-chinese-namen",
        "Universiteit Twente - International Office\n"
        "Notitie klachtbehandeling huisvesting internationale studenten (vertrouwelijk)\n"
        "\n"
        "Klagers:\n"
        "1. Kim Min-jun (김민준), studentnummer s2918847\n"
        "2. Sato Yuki (佐藤 由紀), studentnummer s3001256\n"
        "3. Wang Fang (王芳), studentnummer s2877410\n"
        "\n"
        "De drie studenten huren een kamer van Campus Wonen B.V. Min-jun meldde op 4 november schimmel in de\n"
        "badkamer. Mevrouw Sato heeft foto's gestuurd. Behandelaar: Femke Oosterveld, studentendecaan.\n",
        redact=[
            ("Kim Min-jun", "PERSON", E),
            ("김민준", "PERSON", E),
            ("s2918847", "ID_DOCUMENT", E),
            ("Sato Yuki", "PERSON", E),
            ("佐藤 由紀", "PERSON", E),
            ("s3001256", "ID_DOCUMENT", E),
            ("Wang Fang", "PERSON", E),
            ("王芳", "PERSON", E),
            ("s2877410", "ID_DOCUMENT", E),
            (". |Min-jun| meldde", "PERSON", E),
            ("Mevrouw |Sato| heeft", "PERSON", E),
            ("Femke Oosterveld", "PERSON", E),
        ],
        visible=["Universiteit Twente", "International Office", "Campus Wonen B.V.", "4 november"],
        batch=110,
    ),
    # -- batch 161 (numbered apart: batches 111-125 are the passages engineer's, 130-139 held-out): written after the
    # fixes for batch 110 (a notarial deed of transfer, a US witness list with an officer's badge number, a UK council's
    # FOI reply to a WhatDoTheyKnow requester, a parking permit decision, mail headers with bare addresses, the list of a
    # naturalisation ceremony)
    # First run (before its fixes): recall 0.946, precision 0.919, ground accuracy 1.0, 0 of 1 officials flagged.
    # Corrected after that run, not counted as a fix: the parcel's number points to what the seller owns (the rule of
    # PersonalNumberDetector), so it is expected redacted, not visible.
    Doc(
        "nl-akte-van-levering-comparanten",
        "AKTE VAN LEVERING\n"
        "(perceel kadastraal bekend gemeente Barneveld sectie F nummer 2211)\n"
        "\n"
        "Heden, zes maart tweeduizend vierentwintig, verschenen voor mij, mr. Pieter Jan Hofstede, notaris te Barneveld:\n"
        "1. de heer Hendrik Willem van de Kamp, geboren te Voorthuizen op vier mei negentienhonderd zestig,\n"
        "   wonende te 3781 BK Voorthuizen, Hoofdstraat 55, houder van paspoort met nummer NX48K2PL1,\n"
        "   gehuwd met mevrouw Gerda van de Kamp-Brouwer;\n"
        "   hierna te noemen: 'verkoper';\n"
        "2. mevrouw mr. Ilse Schuurman, werkzaam ten kantore van mij, notaris, ten deze handelend als schriftelijk\n"
        "   gevolmachtigde van het college van burgemeester en wethouders van de gemeente Barneveld;\n"
        "   hierna te noemen: 'koper'.\n",
        redact=[
            ("Hendrik Willem van de Kamp", "PERSON", E),
            ("vier mei negentienhonderd zestig", "DATE_OF_BIRTH", E),  # added in round 7, when years in words were read
            ("Hoofdstraat 55", "ADDRESS", E),
            ("NX48K2PL1", "ID_DOCUMENT", E),
            ("Gerda van de Kamp-Brouwer", "PERSON", E),
            ("Ilse Schuurman", "PERSON", E),
            ("sectie F nummer |2211|)", "ID_DOCUMENT", E),  # corrected after the first run
        ],
        visible=["AKTE VAN LEVERING", "gemeente Barneveld sectie F", "college van burgemeester en wethouders"],
        batch=161,
    ),
    Doc(
        "en-us-witness-list-officer-badge",
        "IN THE DISTRICT COURT OF TRAVIS COUNTY, TEXAS\n"
        "Cause No. D-1-GN-24-004417\n"
        "\n"
        "PLAINTIFF'S DESIGNATION OF WITNESSES\n"
        "\n"
        "1. Dr. Harold Y. Jenkins, M.D., treating physician, Seton Medical Center\n"
        "2. Officer Luis Camacho, Badge #4417, Austin Police Department\n"
        "3. Rosalind Achebe-Turner, plaintiff's sister, 1102 Wendover Lane, Austin, TX 78745\n"
        "4. Custodian of Records, Capital Metro\n"
        "\n"
        "Respectfully submitted,\n"
        "\n"
        "/s/ Dana K. Whitcombe\n"
        "Dana K. Whitcombe, State Bar No. 24077310\n"
        "Attorney for Plaintiff\n",
        redact=[
            ("Harold Y. Jenkins", "PERSON", E),
            ("Luis Camacho", "PERSON", E),
            ("Badge #|4417|,", "ID_DOCUMENT", E),
            ("Rosalind Achebe-Turner", "PERSON", E),
            ("1102 Wendover Lane", "ADDRESS", E),
            ("/s/ |Dana K. Whitcombe|\n", "PERSON", E),
            ("\n|Dana K. Whitcombe|,", "PERSON", E),
            ("24077310", "ID_DOCUMENT", E),
        ],
        visible=["TRAVIS COUNTY", "D-1-GN-24-004417", "Seton Medical Center", "Austin Police Department",
                 "Custodian of Records", "Capital Metro"],
        batch=161,
    ),
    Doc(
        "en-uk-council-foi-reply-whatdotheyknow",
        "From: Information Governance <foi@southglos.gov.uk>\n"
        "To: Imogen Fairweather-Lowe <request-881204-3fa1c2e9@whatdotheyknow.com>\n"
        "Subject: RE: Freedom of Information request - Street lighting complaints 2023\n"
        "\n"
        "Dear Ms Fairweather-Lowe,\n"
        "\n"
        "Thank you for your request. We hold 212 complaints about street lighting in 2023. We cannot give you the names\n"
        "of the residents who complained, such as the resident of Badminton Road whose letter you quote, as this would\n"
        "be their personal data (section 40(2)). For further help please call our switchboard on 01454 868009.\n"
        "\n"
        "Yours sincerely\n"
        "\n"
        "Tariq Mahmood-Ellis\n"
        "Information Governance Officer\n"
        "South Gloucestershire Council\n",
        redact=[
            ("Imogen Fairweather-Lowe", "PERSON", E),
            ("request-881204-3fa1c2e9@whatdotheyknow.com", "EMAIL", E),
            ("Dear Ms |Fairweather-Lowe|,", "PERSON", E),
            ("Tariq Mahmood-Ellis", "PERSON", E),
        ],
        visible=["foi@southglos.gov.uk", "Information Governance", "01454 868009", "South Gloucestershire Council",
                 "Badminton Road", "section 40(2)"],
        batch=161,
    ),
    Doc(
        "nl-beschikking-parkeervergunning-kenteken",
        "Gemeente Haarlem - Parkeren\n"
        "\n"
        "Beschikking bewonersparkeervergunning\n"
        "\n"
        "Vergunninghouder: L.M. (Lieke) Zandvoort-Oosterhuis\n"
        "Adres: Kleverparkweg 19 zwart, 2023 CB Haarlem\n"
        "Kenteken(s): K-902-PX, 7-XNS-45 (deelauto Greenwheels)\n"
        "Vergunningnummer: BPV-2024-018837\n"
        "Geldig: 1 januari 2024 tot en met 31 december 2024\n"
        "\n"
        "U heeft een tweede vergunning aangevraagd voor de auto van uw partner, de heer Sem Oosterhuis. Die wijzen wij\n"
        "af: in de Kleverpark-buurt geldt een plafond van één vergunning per adres.\n",
        redact=[
            ("L.M. (Lieke) Zandvoort-Oosterhuis", "PERSON", E),
            ("Kleverparkweg 19 zwart", "ADDRESS", E),
            ("2023 CB", "ADDRESS", E),
            ("K-902-PX", "LICENSE_PLATE", E),
            ("Sem Oosterhuis", "PERSON", E),
        ],
        visible=["Gemeente Haarlem", "BPV-2024-018837", "1 januari 2024", "Kleverpark-buurt", "Greenwheels"],
        batch=161,
    ),
    Doc(
        "nl-mailkoppen-alleen-adressen",
        "Van: k.dewit1972@hotmail.com\n"
        "Verzonden: zondag 9 juni 2024 22:41\n"
        "Aan: info@gemeentemolenlanden.nl; fam.verhoef@kpnmail.nl\n"
        "Onderwerp: hangjongeren speeltuin Giessenburg\n"
        "\n"
        "Goedenavond,\n"
        "\n"
        "Vanavond weer overlast bij de speeltuin aan de Peulenstraat. Familie Verhoef heeft ook gebeld. Mijn buurjongen\n"
        "Thijs herkende twee van de jongens.\n"
        "\n"
        "Groet,\n"
        "Karin de Wit\n",
        redact=[
            ("k.dewit1972@hotmail.com", "EMAIL", E),
            ("fam.verhoef@kpnmail.nl", "EMAIL", E),
            ("Familie |Verhoef|", "PERSON", E),
            ("Thijs", "PERSON", E),
            ("Karin de Wit", "PERSON", E),
        ],
        visible=["info@gemeentemolenlanden.nl", "Peulenstraat", "Giessenburg", "9 juni 2024"],
        batch=161,
    ),
    Doc(
        "nl-naturalisatieceremonie-deelnemerslijst",
        "Gemeente Enschede - Burgerzaken\n"
        "Naturalisatieceremonie 24 augustus 2024, Raadzaal stadhuis\n"
        "\n"
        "Burgemeester Roelof Bleker reikt de besluiten uit aan:\n"
        "\n"
        "Naam                          Geboren       Land van herkomst\n"
        "Azad Kurdî Xelîl              14-02-1988    Syrië\n"
        "Berivan Xelîl-Hesen           30-09-1991    Syrië\n"
        "Yohannes Tekle Haile          01-01-1995    Eritrea\n"
        "Gülistan Yıldız               07-07-1979    Turkije\n"
        "\n"
        "Na afloop is er koffie in de hal. Contactpersoon: Mariëlle Ter Haar, team Burgerzaken, 053 481 2233.\n",
        redact=[
            ("Azad Kurdî Xelîl", "PERSON", E),
            ("14-02-1988", "DATE_OF_BIRTH", E),
            ("Berivan Xelîl-Hesen", "PERSON", E),
            ("30-09-1991", "DATE_OF_BIRTH", E),
            ("Yohannes Tekle Haile", "PERSON", E),
            ("01-01-1995", "DATE_OF_BIRTH", E),
            ("Gülistan Yıldız", "PERSON", E),
            ("07-07-1979", "DATE_OF_BIRTH", E),
            ("Mariëlle Ter Haar", "PERSON", E),
            ("053 481 2233", "PHONE", E),
        ],
        officials=["Roelof Bleker"],
        visible=["Gemeente Enschede", "Raadzaal stadhuis", "24 augustus 2024", "Syrië", "Eritrea", "Turkije"],
        batch=161,
    ),
    Doc(
        "nl-whatsapp-export-buurtpreventie",
        "WhatsApp-chat met Buurtpreventie Kruiskamp-Noord\n"
        "(export bijgevoegd bij de melding van 12 maart 2025 aan de gemeente 's-Hertogenbosch)\n"
        "\n"
        "[12-03-2025 09:14] Jeroen Smit: Goedemorgen allen. Vannacht weer iemand aan de autodeuren in de Kardinaal de Jongstraat.\n"
        "[12-03-2025 09:16] Fenna Brouwer-Timmermans: Bij ons ook, de camera heeft hem gefilmd. Grijze Golf, kenteken 45-KTH-9 volgens mij\n"
        "[12-03-2025 09:17] +31 6 41 88 20 57: Dat is de auto van die jongen van nummer 12 toch? Ahmet of zo\n"
        "[12-03-2025 09:21] Jeroen Smit: Niet gaan speculeren in de groep mensen. @Fenna stuur je de beelden naar de wijkagent?\n"
        "[12-03-2025 09:22] Fenna Brouwer-Timmermans: Doe ik vanmiddag.\n"
        "[12-03-2025 09:40] Jeroen Smit: Top. De wijkagent zei gisteren dat burgemeester Mikkers het donderdag in de driehoek bespreekt.\n"
        "[12-03-2025 10:02] Tamara: <Media weggelaten>\n"
        "[12-03-2025 10:03] Tamara: Dit is hem. Woont volgens mij bij zijn oma op de Pettelaarseschans 118.\n"
        "[12-03-2025 10:05] Jeroen Smit: Tamara, haal dat weg aub. Adressen en foto's van mensen horen niet in deze app.\n"
        "[12-03-2025 10:05] Jeroen Smit heeft Tamara verwijderd\n",
        redact=[
            ("Jeroen Smit", "PERSON", E),
            ("Fenna Brouwer-Timmermans", "PERSON", E),
            ("45-KTH-9", "LICENSE_PLATE", E),
            ("+31 6 41 88 20 57", "PHONE", E),
            ("Ahmet", "PERSON", E),
            ("@|Fenna| stuur", "PERSON", E),
            ("Tamara", "PERSON", E),
            ("Pettelaarseschans 118", "ADDRESS", E),
        ],
        officials=["Mikkers"],
        visible=["Buurtpreventie Kruiskamp-Noord", "Kardinaal de Jongstraat", "'s-Hertogenbosch", "Golf",
                 "<Media weggelaten>"],
        batch=162,
    ),
    Doc(
        "nl-ocr-bezwaarschrift-afgebroken-regels",
        "Aan het college van burgemeester en\n"
        "wethouders van de gemeente Woer-\n"
        "den\n"
        "Postbus 45\n"
        "3440 AA Woerden\n"
        "\n"
        "Betreft: bezwaar tegen beschikking kenmerk 2024-04478\n"
        "\n"
        "Woerden, 2 januari 2025\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Hierbij maak ik, ondergetekende Johannes Wilhelmus Hoogen-\n"
        "dijk, geboren op zeventien april negentienhonderdachtenzestig,\n"
        "wonende aan de Bredeweg 41 bis te Woer-\n"
        "den, bezwaar tegen de beschikking van 21 novem-\n"
        "ber 2024 waarin u mijn aanvraag voor bijzondere bij-\n"
        "stand afwijst. Mijn burgerservicenummer is 179041265.\n"
        "\n"
        "Mijn buurvrouw, mevr. A. van Wijnga-\n"
        "arden, kan bevestigen dat de wasmachine op 3 oktober\n"
        "kapot is gegaan. Haar telefoonnummer is 0348 - 41 22 90.\n"
        "\n"
        "Het bedrag van € 489,00 kunt u overmaken op rekening-\n"
        "nummer NL45 SNSB 6606 7288 09 t.n.v. J.W. Hoogendijk.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "[handtekening]\n"
        "J.W. Hoogendijk\n",
        redact=[
            ("Johannes Wilhelmus Hoogen-\ndijk", "PERSON", E),
            ("zeventien april negentienhonderdachtenzestig", "DATE_OF_BIRTH", E),
            ("Bredeweg 41 bis", "ADDRESS", E),
            ("179041265", "BSN", BSN_GROUND),
            ("A. van Wijnga-\narden", "PERSON", E),
            ("0348 - 41 22 90", "PHONE", E),
            ("NL45 SNSB 6606 7288 09", "IBAN", E),
            ("J.W. Hoogendijk", "PERSON", E),
        ],
        visible=["3440 AA Woerden", "2024-04478", "2 januari 2025", "€ 489,00", "Postbus 45"],
        batch=162,
    ),
    Doc(
        "nl-mail-geciteerd-antwoord-boomkap",
        "Van: Sanne Verbeek <s.verbeek@utrecht.nl>\n"
        "Verzonden: maandag 3 maart 2025 11:47\n"
        "Aan: Pieter Bos <pieterbos61@ziggo.nl>\n"
        "CC: Team Leefomgeving <leefomgeving@utrecht.nl>\n"
        "Onderwerp: RE: boomkap Oog in Al\n"
        "\n"
        "Beste meneer Bos,\n"
        "\n"
        "Dank voor uw snelle reactie. Ik heb uw vragen doorgezet naar onze bomendeskundige, Koen Lamers. Hij belt u\n"
        "deze week. Wethouder Eelco Eerenberg is op de hoogte van de zorgen in de buurt.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Sanne Verbeek\n"
        "Gemeente Utrecht | Stadsbeheer\n"
        "\n"
        "Op 3 mrt. 2025 om 10:12 schreef Pieter Bos <pieterbos61@ziggo.nl>:\n"
        "\n"
        "> Mevrouw Verbeek,\n"
        ">\n"
        "> Ik lees in het AD dat de bomen aan de Van Bijnkershoeklaan gekapt worden. Mijn buurman\n"
        "> Henk-Jan Dekkers en ik hebben daar in 2019 al bezwaar tegen gemaakt. U kunt mij bellen op\n"
        "> 06-2941 7730.\n"
        ">\n"
        "> Pieter Bos\n"
        ">\n"
        "> -----Oorspronkelijk bericht-----\n"
        "> Van: Gemeente Utrecht <noreply@utrecht.nl>\n"
        "> Verzonden: vrijdag 28 februari 2025 16:00\n"
        "> Aan: pieterbos61@ziggo.nl\n"
        "> Onderwerp: Bewonersbrief boomkap Oog in Al\n",
        redact=[
            ("Sanne Verbeek", "PERSON", E),
            ("s.verbeek@utrecht.nl", "EMAIL", E),
            ("Pieter Bos", "PERSON", E),
            ("pieterbos61@ziggo.nl", "EMAIL", E),
            ("meneer |Bos|,", "PERSON", E),
            ("Koen Lamers", "PERSON", E),
            ("Mevrouw |Verbeek|,", "PERSON", E),
            ("Henk-Jan Dekkers", "PERSON", E),
            ("06-2941 7730", "PHONE", E),
        ],
        officials=["Eelco Eerenberg"],
        visible=["leefomgeving@utrecht.nl", "noreply@utrecht.nl", "Team Leefomgeving", "Oog in Al",
                 "Van Bijnkershoeklaan", "Gemeente Utrecht", "Stadsbeheer"],
        batch=162,
    ),
    Doc(
        "nl-inspraakavond-presentielijst-tabs",
        "Gemeente Súdwest-Fryslân\n"
        "Verslag inspraakavond windpark Hemmen-Wommels\n"
        "Donderdag 14 november 2024, dorpshuis De Kruisweg, Wommels\n"
        "\n"
        "Voorzitter: wethouder Sjoerd Tjepkema\n"
        "Namens de provincie Fryslân: gedeputeerde Friso Talsma\n"
        "Verslag: Ytsje Hoekstra (griffie)\n"
        "\n"
        "Presentielijst (ingevuld bij de ingang, overgenomen)\n"
        "Naam\tWoonplaats\tAdres\tE-mail\n"
        "Wiebe de Vries\tWommels\tTsjerkestrjitte 8\twiebedv@hotmail.com\n"
        "Gerbrich Hoekstra-Bergsma\tHidaard\tHidaarderdyk 3\t-\n"
        "fam. Oosterhof\tOosterend\tSkilmerwei 21a\tt.oosterhof@planet.nl\n"
        "Durk-Jan van der Meulen\tWommels\t-\tdjvdmeulen@gmail.com\n"
        "A.S. Kingma (Dorpsbelang Wommels)\tWommels\t\t\n"
        "\n"
        "1. Opening\n"
        "Wethouder Tjepkema heet iedereen welkom. Gedeputeerde Talsma licht de rol van de provincie toe.\n"
        "\n"
        "2. Insprekers\n"
        "De heer De Vries vraagt naar de slagschaduw op zijn woning. Mevrouw Hoekstra-Bergsma wil weten of de\n"
        "geluidsnorm van 47 dB Lden ook 's nachts geldt. De heer Kingma spreekt namens Dorpsbelang Wommels en vraagt\n"
        "om een gebiedsfonds. Durk-Jan van der Meulen overhandigt een brief van 41 omwonenden.\n",
        redact=[
            ("Ytsje Hoekstra", "PERSON", E),
            ("Wiebe de Vries", "PERSON", E),
            ("Tsjerkestrjitte 8", "ADDRESS", E),
            ("wiebedv@hotmail.com", "EMAIL", E),
            ("Gerbrich Hoekstra-Bergsma", "PERSON", E),
            ("Hidaarderdyk 3", "ADDRESS", E),
            ("fam. |Oosterhof|", "PERSON", E),
            ("Skilmerwei 21a", "ADDRESS", E),
            ("t.oosterhof@planet.nl", "EMAIL", E),
            ("Durk-Jan van der Meulen", "PERSON", E),
            ("djvdmeulen@gmail.com", "EMAIL", E),
            ("A.S. Kingma", "PERSON", E),
            ("heer |De Vries|", "PERSON", E),
            ("Mevrouw |Hoekstra-Bergsma|", "PERSON", E),
            ("heer |Kingma|", "PERSON", E),
        ],
        officials=["Sjoerd Tjepkema", "Friso Talsma", "Wethouder |Tjepkema|", "Gedeputeerde |Talsma|"],
        visible=["Gemeente Súdwest-Fryslân", "Hemmen-Wommels", "De Kruisweg", "Dorpsbelang Wommels", "provincie Fryslân",
                 "47 dB Lden"],
        batch=162,
    ),
    Doc(
        "nl-uitspraak-raad-van-state-pseudoniemen",
        "ECLI:NL:RVS:2025:884\n"
        "\n"
        "Uitspraak 202402117/1/R3\n"
        "\n"
        "Datum van uitspraak: woensdag 5 maart 2025\n"
        "\n"
        "AFDELING BESTUURSRECHTSPRAAK\n"
        "\n"
        "Uitspraak in het geding tussen:\n"
        "\n"
        "1. [appellant sub 1A] en [appellant sub 1B], beiden wonend te [woonplaats],\n"
        "2. [appellante sub 2], wonend te Maastricht,\n"
        "\n"
        "en\n"
        "\n"
        "de raad van de gemeente Maastricht,\n"
        "verweerder.\n"
        "\n"
        "Procesverloop\n"
        "Bij besluit van 11 januari 2024 heeft de raad het bestemmingsplan 'Sphinxkwartier-Oost' vastgesteld.\n"
        "De Afdeling heeft de zaak ter zitting behandeld op 14 januari 2025, waar [appellant sub 1A], bijgestaan door\n"
        "mr. E.W. Custers-Ramakers, advocaat te Heerlen, en [appellante sub 2] zijn verschenen. De raad heeft zich\n"
        "laten vertegenwoordigen door ing. B.A. Lemmens en mr. R. Goossens.\n"
        "\n"
        "Overwegingen\n"
        "4. [appellant sub 1A] en [appellant sub 1B] wonen aan de [locatie]. Zij vrezen geluidshinder van het\n"
        "evenemententerrein. De deskundige die zij hebben ingeschakeld, ir. F.L. Wolfs van Wolfs Akoestiek, gaat uit\n"
        "van 62 dB(A).\n"
        "\n"
        "Aldus vastgesteld door mr. J.Th. Drop, voorzitter, en mr. G.T.J.M. Jurgens en mr. H.C.P. Venema, leden, in\n"
        "tegenwoordigheid van mr. S. Schermer-Burggraaf, griffier.\n",
        redact=[
            ("E.W. Custers-Ramakers", "PERSON", E),
            ("B.A. Lemmens", "PERSON", E),
            ("R. Goossens", "PERSON", E),
            ("F.L. Wolfs", "PERSON", E),
        ],
        officials=["J.Th. Drop", "G.T.J.M. Jurgens", "H.C.P. Venema", "S. Schermer-Burggraaf"],
        visible=["[appellant sub 1A]", "[appellant sub 1B]", "[appellante sub 2]", "[woonplaats]", "[locatie]",
                 "ECLI:NL:RVS:2025:884", "202402117/1/R3", "Sphinxkwartier-Oost", "AFDELING BESTUURSRECHTSPRAAK",
                 "gemeente Maastricht"],
        batch=162,
    ),
    Doc(
        "nl-petitie-ondertekenaars-bibliotheek",
        "Petitie 'Behoud de bibliotheek in Oosterhout-Noord'\n"
        "Aangeboden aan de gemeenteraad van Oosterhout op 9 oktober 2024 door initiatiefnemer Lotte Swinkels\n"
        "(Heuvelstraat 22, Oosterhout). In ontvangst genomen door burgemeester Mark Buijs. Kamerlid Jimmy Dijk (SP)\n"
        "steunt de petitie en was bij de overhandiging aanwezig.\n"
        "\n"
        "Ondertekenaars (uitdraai petities.nl, 1.214 handtekeningen, eerste acht)\n"
        "\n"
        " 1  Annemiek Verschuren-van Dongen   Oosterhout    'Mijn kinderen lenen hier elke week boeken'\n"
        " 2  Bram Heijmans                    Dorst\n"
        " 3  Y. el Idrissi                    Oosterhout\n"
        " 4  Joost van den Hout               Oosterhout    'Niet bezuinigen op lezen!'\n"
        " 5  Marie-Louise Prinsen             Breda\n"
        " 6  anoniem                          Oosterhout\n"
        " 7  Cor van Gils                     Den Hout\n"
        " 8  Şeyma Aydın                      Oosterhout\n",
        redact=[
            ("Lotte Swinkels", "PERSON", E),
            ("Heuvelstraat 22", "ADDRESS", E),
            ("Annemiek Verschuren-van Dongen", "PERSON", E),
            ("Bram Heijmans", "PERSON", E),
            ("Y. el Idrissi", "PERSON", E),
            ("Joost van den Hout", "PERSON", E),
            ("Marie-Louise Prinsen", "PERSON", E),
            ("Cor van Gils", "PERSON", E),
            ("Şeyma Aydın", "PERSON", E),
        ],
        officials=["Mark Buijs", "Jimmy Dijk"],
        visible=["Oosterhout-Noord", "petities.nl", "anoniem", "Den Hout", "Dorst", "Breda", "9 oktober 2024"],
        batch=162,
    ),
    Doc(
        "nl-memoblaadje-transcriptie-dakkapel",
        "Transcriptie handgeschreven notitie (inventarisnummer 14)\n"
        "[geel memoblaadje, handschrift, niet gedateerd; doorhalingen weggelaten]\n"
        "\n"
        "Bel terug: mevr. Kuipers-Oldenbeuving\n"
        "   06 - 1887 4402 (na 17u)\n"
        "   ivm dakkapel Lindenlaan 7 -> buren (fam. Oğuz) klagen over inkijk\n"
        "-> Hester vragen of vergunning al verleend is??\n"
        "Wethouder Kok wil er vóór de raad van 12/3 iets over weten.\n"
        "[onleesbaar] ... Bart (BWT) zegt: geen melding binnen.\n"
        "zie ook mail Wouter 4/3\n",
        redact=[
            ("Kuipers-Oldenbeuving", "PERSON", E),
            ("06 - 1887 4402", "PHONE", E),
            ("Lindenlaan 7", "ADDRESS", E),
            ("fam. |Oğuz|", "PERSON", E),
            ("Hester", "PERSON", E),
            ("Bart", "PERSON", E),
            ("Wouter", "PERSON", E),
        ],
        officials=["Kok"],
        visible=["inventarisnummer 14", "BWT", "[onleesbaar]"],
        batch=162,
    ),
    Doc(
        "en-uk-foi-internal-original-message",
        "From: Hargreaves, Eleanor\n"
        "Sent: 14 February 2025 16:20\n"
        "To: FOI Team\n"
        "Subject: FW: FOI 2025/0113 - noise complaints Ashby Road\n"
        "\n"
        "Please see below for the background. The complainant is the same gentleman as last year; Cllr Helen\n"
        "Whitmore has also asked about the case.\n"
        "\n"
        "Eleanor Hargreaves | Senior Environmental Health Officer | Charnwood Borough Council\n"
        "Tel: +44 (0)1509 634 921 | Mob: 07700 914 328\n"
        "\n"
        "-----Original Message-----\n"
        "From: Desmond O'Callaghan <des.ocallaghan@btinternet.com>\n"
        "Sent: 12 February 2025 09:03\n"
        "To: Environmental Health <ehealth@charnwood.gov.uk>\n"
        "Subject: noise complaints Ashby Road\n"
        "\n"
        "Dear Sir/Madam,\n"
        "\n"
        "I live at 41 Ashby Road, Loughborough LE11 3AA. My neighbour, Mr Gary Pilkington at no. 43, runs a\n"
        "car repair business from his garage until late at night. His van (reg. YK19 ZPW) blocks my drive.\n"
        "\n"
        "Regards,\n"
        "Des O'Callaghan\n",
        redact=[
            ("Hargreaves, Eleanor", "PERSON", E),
            ("Eleanor Hargreaves", "PERSON", E),
            ("+44 (0)1509 634 921", "PHONE", E),
            ("07700 914 328", "PHONE", E),
            ("Desmond O'Callaghan", "PERSON", E),
            ("des.ocallaghan@btinternet.com", "EMAIL", E),
            ("41 Ashby Road", "ADDRESS", E),
            ("LE11 3AA", "ADDRESS", E),
            ("Gary Pilkington", "PERSON", E),
            ("YK19 ZPW", "LICENSE_PLATE", E),
            ("Des O'Callaghan", "PERSON", E),
        ],
        officials=["Helen\nWhitmore"],
        visible=["ehealth@charnwood.gov.uk", "Charnwood Borough Council", "FOI Team", "FOI 2025/0113",
                 "Environmental Health <"],
        batch=162,
    ),
    Doc(
        "nl-rapport-bevindingen-duitse-belgische-namen",
        "Gemeente Venlo - Team Toezicht en Handhaving\n"
        "Rapport van bevindingen nr. TH-2025-0318\n"
        "\n"
        "Op zaterdag 8 maart 2025 omstreeks 14.20 uur trof ik, verbalisant, op het parkeerterrein aan de\n"
        "Kaldenkerkerweg een camper aan met een aanhanger met het Nederlandse kenteken WX-581-G. De camper stond\n"
        "naast een personenauto met kenteken 3-VKG-18.\n"
        "\n"
        "De bestuurder verklaarde te zijn: Karl-Heinz von der Heyden, geboren 3 juni 1961 te Krefeld, wonende\n"
        "Uerdinger Straße 112, 47799 Krefeld. Telefoon: 0049 171 5520384.\n"
        "De passagier was mevrouw Marie-Thérèse Van den Bossche, rijksregisternummer 82.11.28-014.72,\n"
        "tel. +32 (0)477 21 90 33. Zij verklaarde dat de auto van haar zus is, mevrouw Griet Vanden Bossche-D'Hondt\n"
        "uit Lommel.\n"
        "\n"
        "De bestuurder betaalde de bestuurlijke strafbeschikking van € 140,00 ter plaatse vanaf rekening\n"
        "BE13 5658 9496 7839 (t.n.v. K.-H. von der Heyden).\n"
        "\n"
        "Opgemaakt door: R.J.G. Peeters, boa, nummer 4471-VL\n",
        redact=[
            ("WX-581-G", "LICENSE_PLATE", E),
            ("3-VKG-18", "LICENSE_PLATE", E),
            ("Karl-Heinz von der Heyden", "PERSON", E),
            ("3 juni 1961", "DATE_OF_BIRTH", E),
            ("Uerdinger Straße 112", "ADDRESS", E),
            ("0049 171 5520384", "PHONE", E),
            ("Marie-Thérèse Van den Bossche", "PERSON", E),
            ("82.11.28-014.72", "NATIONAL_ID", E),
            ("+32 (0)477 21 90 33", "PHONE", E),
            ("Griet Vanden Bossche-D'Hondt", "PERSON", E),
            ("BE13 5658 9496 7839", "IBAN", E),
            ("K.-H. von der Heyden", "PERSON", E),
            ("R.J.G. Peeters", "PERSON", E),
        ],
        visible=["Gemeente Venlo", "Kaldenkerkerweg", "TH-2025-0318", "Krefeld", "Lommel", "€ 140,00"],
        batch=162,
    ),
    Doc(
        "nl-teams-chat-gekopieerd-stikstofnota",
        "Chat: Woo-verzoek 2025-0142 stikstof (gekopieerd uit Teams op 14-02-2025)\n"
        "\n"
        "Bos, Marieke (DGSN) 10:02\n"
        "Heb je de conceptnota voor de minister al gezien? Staatssecretaris Rummenie wil hem vrijdag hebben.\n"
        "Yilmaz, Emre 10:05\n"
        "Ja. Ik heb hem doorgestuurd naar Karin de Lange van Juridische Zaken.\n"
        "Bos, Marieke (DGSN) 10:06\n"
        "Top. Vraag jij Thijs of de cijfers van het RIVM kloppen?\n"
        "Yilmaz, Emre 10:11\n"
        "Doe ik. Thijs is tot woensdag met verlof, dan vraag ik het aan Anouk.\n",
        redact=[
            ("Bos, Marieke", "PERSON", E),
            ("Yilmaz, Emre", "PERSON", E),
            ("Karin de Lange", "PERSON", E),
            ("Thijs", "PERSON", E),
            ("Anouk", "PERSON", E),
        ],
        officials=["Rummenie"],
        visible=["DGSN", "Juridische Zaken", "RIVM", "2025-0142"],
        batch=163,
    ),
    Doc(
        "en-us-fema-email-thread-wrote",
        "From: Kowalski, Daniel J. <daniel.j.kowalski@fema.dhs.gov>\n"
        "Sent: Tuesday, March 4, 2025 4:12 PM\n"
        "To: Nguyen, Thao <thao.nguyen@fema.dhs.gov>\n"
        "Cc: FEMA-FOIA <fema-foia@fema.dhs.gov>\n"
        "Subject: RE: claimant follow-up\n"
        "\n"
        "Thao - the claimant called again. She says her adjuster, Rick Delgado, never came out. Her cell is\n"
        "(504) 812-3397. Senator Cassidy's office has asked about her case as well.\n"
        "\n"
        "Dan\n"
        "\n"
        "On Mon, Mar 3, 2025 at 9:47 AM Loretta Fontenot <lfontenot1958@yahoo.com> wrote:\n"
        "> Mr. Kowalski,\n"
        "> I am writing again about my claim (FEMA registration 41-2291877). The house at 2214 Lapeyrouse St,\n"
        "> New Orleans, LA 70119 still has no roof. My son Terrence has been sleeping at a friend's since January.\n"
        "> Loretta Fontenot\n",
        redact=[
            ("Kowalski, Daniel J.", "PERSON", E),
            ("daniel.j.kowalski@fema.dhs.gov", "EMAIL", E),
            ("Nguyen, Thao", "PERSON", E),
            ("thao.nguyen@fema.dhs.gov", "EMAIL", E),
            ("\n|Thao| -", "PERSON", E),
            ("Rick Delgado", "PERSON", E),
            ("(504) 812-3397", "PHONE", E),
            ("\n|Dan|\n", "PERSON", E),
            ("Loretta Fontenot", "PERSON", E),
            ("lfontenot1958@yahoo.com", "EMAIL", E),
            ("Mr. |Kowalski|,", "PERSON", E),
            ("41-2291877", "ID_DOCUMENT", E),
            ("2214 Lapeyrouse St", "ADDRESS", E),
            ("Terrence", "PERSON", E),
        ],
        officials=["Cassidy"],
        visible=["fema-foia@fema.dhs.gov", "FEMA-FOIA", "New Orleans"],
        batch=163,
    ),
    Doc(
        "nl-zienswijzen-overzicht-kolommen",
        "Bijlage 2 bij raadsvoorstel 2024-118: overzicht zienswijzen ontwerpbestemmingsplan Lage Weide\n"
        "\n"
        "Nr.  Indiener                            Adres                        Ontvangen    Onderwerp\n"
        "1    mw. A.M. Pietersen-van Dam          Kortenaerlaan 7, Houten       12-09-2024   geluid\n"
        "2    Fam. El Khattabi                    Loerikseweg 3a, Houten        13-09-2024   verkeer\n"
        "3    De heer B. de Wit-Schouten          Plantage 44, Houten           13-09-2024   groen\n"
        "4    Buurtvereniging De Molen            Postbus 112, Houten           16-09-2024   groen, verkeer\n"
        "5    J. ter Horst en H. ter Horst-Oude Egberink   Spoorlaan 18, Houten   17-09-2024   geluid\n"
        "\n"
        "Beantwoording\n"
        "Mevrouw Pietersen-van Dam vreest meer geluid van de bedrijven aan de Meidoornweg. Het college deelt die zorg\n"
        "niet: de geluidszone blijft gelijk. De familie El Khattabi en de heer De Wit-Schouten vragen om een\n"
        "extra oversteekplaats. Wethouder Hans van Bruggen zegt toe dit te onderzoeken.\n",
        redact=[
            ("A.M. Pietersen-van Dam", "PERSON", E),
            ("Kortenaerlaan 7", "ADDRESS", E),
            ("Fam. |El Khattabi|", "PERSON", E),
            ("Loerikseweg 3a", "ADDRESS", E),
            ("B. de Wit-Schouten", "PERSON", E),
            ("Plantage 44", "ADDRESS", E),
            ("J. ter Horst", "PERSON", E),
            ("H. ter Horst-Oude Egberink", "PERSON", E),
            ("Spoorlaan 18", "ADDRESS", E),
            ("Mevrouw |Pietersen-van Dam|", "PERSON", E),
            ("familie |El Khattabi|", "PERSON", E),
            ("heer |De Wit-Schouten|", "PERSON", E),
        ],
        officials=["Hans van Bruggen"],
        visible=["Buurtvereniging De Molen", "Postbus 112", "Lage Weide", "Meidoornweg", "2024-118"],
        batch=163,
    ),
    Doc(
        "nl-ocr-pv-verhoor-getuige",
        "PROCES-VERBAAL VAN VERHOOR GETUIGE\n"
        "Nummer: PL0900-2025041187-3\n"
        "\n"
        "Op 11 februari 2025 verhoorde ik, verbalisant, op het politiebureau Zaandam de getuige:\n"
        "Achternaam       : El Amrani\n"
        "Voornamen        : Mohamed Yassin\n"
        "Geboren          : 19 augustus 1996 te Amsterdam\n"
        "Adres            : Peperstraat 21-3, 1502 AG Zaandam\n"
        "Telefoon         : 0031 6 2977 1340\n"
        "\n"
        "De getuige verklaarde: Ik stond op het perron toen ik zag dat een man met een rode jas, die ik later her-\n"
        "kende als de buurman van mijn tante, de heer Ri-\n"
        "chard Boelens, de vrouw duwde. Mijn vriendin Sanne heeft het ook gezien. Zij woont op num-\n"
        "mer 9 aan de Vincent van Goghweg. De vrouw is later door de ambulance meegenomen.\n",
        redact=[
            ("El Amrani", "PERSON", E),
            ("Mohamed Yassin", "PERSON", E),
            ("19 augustus 1996", "DATE_OF_BIRTH", E),
            ("Peperstraat 21-3", "ADDRESS", E),
            ("1502 AG", "ADDRESS", E),
            ("0031 6 2977 1340", "PHONE", E),
            ("Ri-\nchard Boelens", "PERSON", E),
            ("Sanne", "PERSON", E),
            # first written as visible; with the number before it, it is her home (read since batch 164)
            ("9 aan de Vincent van Goghweg", "ADDRESS", E),
        ],
        visible=["PL0900-2025041187-3", "politiebureau Zaandam", "11 februari 2025"],
        batch=163,
    ),
    Doc(
        "nl-vonnis-kantonrechter-ontruiming",
        "vonnis\n"
        "RECHTBANK AMSTERDAM\n"
        "Civiel recht, kantonrechter\n"
        "Zaaknummer: 10987654 CV EXPL 24-8812\n"
        "\n"
        "Vonnis van 21 januari 2025 in de zaak van\n"
        "de stichting STICHTING WOONZORG ZUID, gevestigd te Amsterdam,\n"
        "eiseres, gemachtigde: mr. W.F. Brandsma,\n"
        "tegen\n"
        "[gedaagde], wonende te [woonplaats],\n"
        "gedaagde, procederend in persoon.\n"
        "\n"
        "2.2. [gedaagde] huurt sinds 2011 de woning aan de [adres]. Zij woont daar met haar dochter [dochter].\n"
        "2.3. De buurvrouw, mevrouw Hanneke Lubbers, heeft verklaard dat zij sinds maart 2024 geen licht meer in\n"
        "de woning heeft gezien. De huismeester, de heer Orhan Kılıç, bevestigt dat.\n"
        "\n"
        "Dit vonnis is gewezen door mr. C.M. Frijters, kantonrechter, en in het openbaar uitgesproken op\n"
        "21 januari 2025.\n",
        redact=[
            ("W.F. Brandsma", "PERSON", E),
            ("Hanneke Lubbers", "PERSON", E),
            ("Orhan Kılıç", "PERSON", E),
        ],
        officials=["C.M. Frijters"],
        visible=["[gedaagde]", "[woonplaats]", "[adres]", "[dochter]", "STICHTING WOONZORG ZUID", "RECHTBANK AMSTERDAM",
                 "10987654 CV EXPL 24-8812"],
        batch=163,
    ),
    Doc(
        "nl-naheffingen-kentekenlijst",
        "Gemeente Deventer - Parkeerbeheer\n"
        "Overzicht bezwaren naheffingsaanslagen, week 6 (intern)\n"
        "\n"
        "Kenteken    Datum        Locatie               Bedrag   Status\n"
        "GZ-419-B    03-02-2025   Brink                  €72,90   afgewezen\n"
        "J-702-FR    03-02-2025   Lange Bisschopstraat   €72,90   gegrond\n"
        "VTL-28-K    04-02-2025   Keizerstraat           €72,90   afgewezen\n"
        "S-61-HDX    05-02-2025   Brink                  €72,90   in behandeling\n"
        "4-TZN-62    05-02-2025   Stationsplein          €72,90   afgewezen\n"
        "1-KV-237    06-02-2025   Lange Bisschopstraat   €72,90   gegrond\n"
        "123-GT-4    07-02-2025   Brink                  €72,90   afgewezen\n"
        "\n"
        "Opmerking: bij 1-KV-237 had de bestuurder, de heer Vos, een geldige gehandicaptenparkeerkaart.\n"
        "Behandelaar: Bram Koolhof (handhaving, tel. +31 (0)570 69 31 22)\n",
        redact=[
            ("GZ-419-B", "LICENSE_PLATE", E),
            ("J-702-FR", "LICENSE_PLATE", E),
            ("VTL-28-K", "LICENSE_PLATE", E),
            ("S-61-HDX", "LICENSE_PLATE", E),
            ("4-TZN-62", "LICENSE_PLATE", E),
            ("1-KV-237", "LICENSE_PLATE", E),
            ("123-GT-4", "LICENSE_PLATE", E),
            ("heer |Vos|,", "PERSON", E),
            ("Bram Koolhof", "PERSON", E),
            ("+31 (0)570 69 31 22", "PHONE", E),  # first written as visible: a civil servant's own line is not public
        ],
        passages=[("gehandicaptenparkeerkaart", SPECIAL)],
        visible=["Gemeente Deventer", "Brink", "Lange Bisschopstraat", "Keizerstraat", "Stationsplein", "€72,90"],
        batch=163,
    ),
    Doc(
        "nl-nota-gedetineerde-nederlander-ambassade",
        "Ministerie van Buitenlandse Zaken\n"
        "Nota aan de minister\n"
        "Onderwerp: consulaire bijstand aan de in Kenia gedetineerde Nederlander\n"
        "\n"
        "1. De heer Jeroen Schuitemaker (42), geboren 2 juli 1982, uit Almere, is op 18 februari in Nairobi\n"
        "aangehouden. Ambassadeur Maarten Brouwer heeft hem op 20 februari in de gevangenis bezocht.\n"
        "2. Zijn zus, Ellen Schuitemaker-Bakker, heeft de media benaderd. Kamerlid Jan Paternotte (D66) heeft\n"
        "schriftelijke vragen gesteld; woordvoerder Jannes Rijpma beantwoordt de persvragen.\n"
        "3. Advies: u spreekt uw Keniaanse ambtgenoot op 3 maart aan in de marge van de bijeenkomst in Brussel.\n"
        "\n"
        "Contactpersoon: Fleur Ramdin, DCM/CA, 06 4137 7720\n",
        redact=[
            ("Jeroen Schuitemaker", "PERSON", E),
            ("2 juli 1982", "DATE_OF_BIRTH", E),
            ("Ellen Schuitemaker-Bakker", "PERSON", E),
            ("Fleur Ramdin", "PERSON", E),
            ("06 4137 7720", "PHONE", E),
        ],
        # a detention is criminal data of the person (5.1.1d); first left out, the detector found it
        passages=[("in de gevangenis bezocht", SPECIAL)],
        officials=["Maarten Brouwer", "Jan Paternotte", "Jannes Rijpma"],
        visible=["Ministerie van Buitenlandse Zaken", "Nairobi", "Almere", "DCM/CA", "Brussel"],
        batch=163,
    ),
    Doc(
        "en-uk-parish-minutes-public-participation",
        "HARTFIELD PARISH COUNCIL\n"
        "Minutes of the meeting held on Tuesday 11 February 2025 at 7.30pm in the Village Hall\n"
        "\n"
        "Present: Cllr Mrs P. Hartley (Chair), Cllr D. Osei, Cllr J. Fairbrother-Lane\n"
        "In attendance: the Clerk; 6 members of the public\n"
        "\n"
        "25/14 Public participation\n"
        "Mr Graham Lockwood of 12 Orchard Close spoke against the proposed car park extension. Mrs Denise\n"
        "O'Rourke asked when the footpath by her house would be repaired; she can be reached on 07812 447 301.\n"
        "\n"
        "25/15 Planning\n"
        "WD/2025/0187/F - Rose Cottage, Church Lane - single-storey rear extension (applicant: Ms K. Venables).\n"
        "No objection.\n",
        redact=[
            ("Graham Lockwood", "PERSON", E),
            ("12 Orchard Close", "ADDRESS", E),
            ("Denise\nO'Rourke", "PERSON", E),
            ("07812 447 301", "PHONE", E),
            ("K. Venables", "PERSON", E),
        ],
        officials=["P. Hartley", "D. Osei", "J. Fairbrother-Lane"],
        visible=["HARTFIELD PARISH COUNCIL", "Village Hall", "WD/2025/0187/F", "Church Lane"],
        batch=163,
    ),
    Doc(
        "nl-mail-doorgestuurd-achternaam-eerst",
        "Van: Wit-Schouten, mevr. drs. H.M. (Hanneke) de <h.m.dewit@minbzk.nl>\n"
        "Verzonden: woensdag 5 maart 2025 08:31\n"
        "Aan: Postbus DGOO <postbus.dgoo@minbzk.nl>\n"
        "Onderwerp: FW: vraag over huurtoeslag buurman\n"
        "\n"
        "Ter info, ik heb de melder teruggebeld.\n"
        "\n"
        "Op di 4 mrt 2025 om 16:02 schreef Jansen, P. (Pieter) <p.jansen@minbzk.nl>:\n"
        "\n"
        "    Hanneke, zie hieronder. Burger belde namens zijn buurman Gerrit Hulshof (87), die zijn post niet\n"
        "    meer kan lezen. IBAN van de buurman: NL34 INGB 1322 1330 76. Kun jij dit oppakken? Pieter\n",
        redact=[
            ("Wit-Schouten, mevr. drs. H.M. (Hanneke) de", "PERSON", E),
            ("h.m.dewit@minbzk.nl", "EMAIL", E),
            ("Jansen, P. (Pieter)", "PERSON", E),
            ("p.jansen@minbzk.nl", "EMAIL", E),
            ("    |Hanneke|,", "PERSON", E),
            ("Gerrit Hulshof", "PERSON", E),
            ("NL34 INGB 1322 1330 76", "IBAN", E),
            ("oppakken? |Pieter|", "PERSON", E),
        ],
        visible=["Postbus DGOO", "postbus.dgoo@minbzk.nl"],
        batch=163,
    ),
    Doc(
        "nl-mail-oorspronkelijk-bericht-genest",
        "Van: Leefbaarheid <leefbaarheid@woonstichting-vallei.nl>\n"
        "Verzonden: donderdag 6 maart 2025 13:20\n"
        "Aan: Meldpunt Overlast <overlast@ede.nl>\n"
        "Onderwerp: FW: klachten bovenburen Bellestein\n"
        "\n"
        "Ter informatie voor het casusoverleg van volgende week.\n"
        "\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Ineke Hoogstraten-Mol <ihoogstraten@kpnmail.nl>\n"
        "Verzonden: maandag 3 maart 2025 22:47\n"
        "Aan: Leefbaarheid <leefbaarheid@woonstichting-vallei.nl>\n"
        "Onderwerp: Re: klachten bovenburen Bellestein\n"
        "\n"
        "> Het is weer raak. De heer Rachidi en zijn vriendin schreeuwen tot 3 uur 's nachts.\n"
        "> Mijn buurvrouw mevrouw Verhagen-de Boer heeft het ook gehoord.\n"
        ">\n"
        "> > Beste mevrouw Hoogstraten,\n"
        "> > Wij hebben uw klacht ontvangen en nemen contact op met de bewoners.\n"
        "> > Groet, Dirk-Jan (consulent leefbaarheid)\n",
        redact=[
            ("Ineke Hoogstraten-Mol", "PERSON", E),
            ("ihoogstraten@kpnmail.nl", "EMAIL", E),
            ("heer |Rachidi|", "PERSON", E),
            ("Verhagen-de Boer", "PERSON", E),
            ("mevrouw |Hoogstraten|,", "PERSON", E),
            ("Dirk-Jan", "PERSON", E),
        ],
        visible=["leefbaarheid@woonstichting-vallei.nl", "overlast@ede.nl", "Meldpunt Overlast", "Bellestein"],
        batch=164,
    ),
    Doc(
        "nl-ocr-brief-huurcommissie-adres-in-tekst",
        "Aan de Huurcommissie\n"
        "Postbus 16495\n"
        "2500 BL Den Haag\n"
        "\n"
        "Betreft: verzoek uitspraak onderhoudsgebreken\n"
        "\n"
        "Geachte leden van de commissie,\n"
        "\n"
        "Ik, Marloes Vermeulen-\n"
        "van der Sluis, huur sinds 2019 de woning op num-\n"
        "mer 14 van de Hoefsmidstraat in Nijkerk van verhuurder\n"
        "Vastgoed Veluwe B.V. Sinds de winter is er schimmel in de slaapkamer van mijn zoon Daan.\n"
        "Mijn vorige buurman, de heer G.J. Spoelstra, had hetzelfde probleem en is daarom verhuisd.\n"
        "\n"
        "U kunt mij bereiken op +31 (0)6 18 27 64 90 of via marloes.vds@gmail.com.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "M. Vermeulen-van der Sluis\n",
        redact=[
            ("Marloes Vermeulen-\nvan der Sluis", "PERSON", E),
            ("14 van de Hoefsmidstraat", "ADDRESS", E),  # first written with the scan's "mer" of "num-\nmer" in it
            ("Daan", "PERSON", E),
            ("G.J. Spoelstra", "PERSON", E),
            ("+31 (0)6 18 27 64 90", "PHONE", E),
            ("marloes.vds@gmail.com", "EMAIL", E),
            ("M. Vermeulen-van der Sluis", "PERSON", E),
        ],
        visible=["Huurcommissie", "Postbus 16495", "Vastgoed Veluwe B.V.", "Nijkerk"],
        batch=164,
    ),
    Doc(
        "nl-whatsapp-android-export-mantelzorg",
        "14-03-2025 09:14 - Berivan Doğan: Goedemorgen! Mam heeft vannacht slecht geslapen\n"
        "14-03-2025 09:15 - Berivan Doğan: Kan iemand vandaag bij haar langs?\n"
        "14-03-2025 09:31 - Kees Buurman: Ik ga om 11 uur even kijken. Sleutel ligt nog onder de mat?\n"
        "14-03-2025 09:32 - Berivan Doğan: Ja. De wijkverpleegkundige (Froukje) komt om 14u\n"
        "14-03-2025 09:40 - +31 6 55 01 93 27: Ik kan vanmiddag niet, sorry. Groetjes Serkan\n"
        "14-03-2025 10:02 - Kees Buurman: Geen probleem. Ik bel Berivan als er iets is.\n",
        redact=[
            ("Berivan Doğan", "PERSON", E),
            ("Kees Buurman", "PERSON", E),
            ("Froukje", "PERSON", E),
            ("+31 6 55 01 93 27", "PHONE", E),
            ("Serkan", "PERSON", E),
            ("bel |Berivan| als", "PERSON", E),
        ],
        batch=164,
    ),
    Doc(
        "en-us-foia-acknowledgment-letter",
        "U.S. Department of Housing and Urban Development\n"
        "Office of the Executive Secretariat, FOIA Branch\n"
        "451 7th Street S.W., Washington, DC 20410\n"
        "\n"
        "March 11, 2025\n"
        "\n"
        "Ms. Adaeze Okafor-Williams\n"
        "3318 Kensington Ave, Apt 2F\n"
        "Philadelphia, PA 19134\n"
        "\n"
        "Re: FOIA Request 25-FI-HQ-01187\n"
        "\n"
        "Dear Ms. Okafor-Williams:\n"
        "\n"
        "This acknowledges receipt of your request for records about the inspection of your unit by the Philadelphia\n"
        "Housing Authority, including the inspector's notes about your neighbor, Mr. Dwayne Tillman. Your request was\n"
        "assigned to Government Information Specialist Rochelle Amankwah, who can be reached at (202) 402-7631.\n"
        "\n"
        "Sincerely,\n"
        "\n"
        "Deborah R. Castellanos\n"
        "FOIA Officer\n",
        redact=[
            ("Adaeze Okafor-Williams", "PERSON", E),
            ("3318 Kensington Ave, Apt 2F", "ADDRESS", E),
            ("Ms. |Okafor-Williams|:", "PERSON", E),
            ("Dwayne Tillman", "PERSON", E),
            ("Rochelle Amankwah", "PERSON", E),
            ("(202) 402-7631", "PHONE", E),
            ("Deborah R. Castellanos", "PERSON", E),
        ],
        visible=["451 7th Street S.W.", "Philadelphia\nHousing Authority", "25-FI-HQ-01187", "FOIA Branch"],
        batch=164,
    ),
    Doc(
        "nl-statenbrief-gedeputeerde-melkveehouder",
        "Provincie Groningen\n"
        "Statenbrief\n"
        "Onderwerp: stand van zaken versterkingsoperatie en aardbevingsschade agrarische bedrijven\n"
        "\n"
        "Geachte Statenleden,\n"
        "\n"
        "Op 4 februari spraken gedeputeerde Susan Top en staatssecretaris Eric van der Burg met de Nationaal\n"
        "Coördinator Groningen over de schade aan boerderijen. Bij het werkbezoek aan Zeerijp vertelde melkveehouder\n"
        "Albert Wubben dat zijn stal al drie jaar gestut wordt; zijn vrouw Trijntje heeft de regeling aangevraagd.\n"
        "Woordvoerder Mirjam Wijnja van het IMG zegde toe dat zijn dossier met voorrang wordt behandeld.\n"
        "\n"
        "Hoogachtend,\n"
        "Gedeputeerde Staten van Groningen,\n",
        redact=[
            ("Albert Wubben", "PERSON", E),
            ("Trijntje", "PERSON", E),
        ],
        officials=["Susan Top", "Eric van der Burg", "Mirjam Wijnja"],
        visible=["Provincie Groningen", "Nationaal\nCoördinator Groningen", "Zeerijp", "IMG", "Gedeputeerde Staten"],
        batch=164,
    ),
    Doc(
        "nl-hoorzitting-dwangsom-bijgebouw",
        "Verslag hoorzitting commissie bezwaarschriften gemeente Tilburg\n"
        "Datum: 19 februari 2025\n"
        "Zaak: BZ-2024-0931, bezwaar tegen last onder dwangsom (bijgebouw)\n"
        "\n"
        "Aanwezig:\n"
        "- bezwaarmaker: de heer Ö. Çelik, bijgestaan door mr. drs. L.A.M. van Grinsven-Peeters\n"
        "- namens het college: mevrouw T. Bakker (team Vergunningen) en de heer R. van Oirschot (toezicht)\n"
        "- secretaris van de commissie: mw. S. Kuijpers\n"
        "\n"
        "De heer Çelik licht toe dat het bijgebouw al sinds 1998 achter zijn woning aan de Ringbaan-Oost 211 staat.\n"
        "Zijn buurman, de heer Antonius van Hest, heeft schriftelijk verklaard dat dit klopt. Mevrouw Bakker stelt\n"
        "dat op luchtfoto's van 2005 nog geen bijgebouw te zien is.\n",
        redact=[
            ("Ö. Çelik", "PERSON", E),
            ("L.A.M. van Grinsven-Peeters", "PERSON", E),
            ("T. Bakker", "PERSON", E),
            ("R. van Oirschot", "PERSON", E),
            ("S. Kuijpers", "PERSON", E),
            ("heer |Çelik|", "PERSON", E),
            ("Ringbaan-Oost 211", "ADDRESS", E),
            ("Antonius van Hest", "PERSON", E),
            ("Mevrouw |Bakker|", "PERSON", E),
        ],
        visible=["gemeente Tilburg", "BZ-2024-0931", "team Vergunningen", "19 februari 2025"],
        batch=164,
    ),
    Doc(
        "nl-subsidieontvangers-tabs-iban",
        "Regeling stimulering verduurzaming agrarisch erf 2024 - vastgestelde subsidies (intern overzicht)\n"
        "\n"
        "Aanvrager\tKvK\tIBAN\tBedrag\n"
        "Loonbedrijf Hoekstra B.V.\t01087743\tNL14 ABNA 0331 1749 92\t€ 24.800\n"
        "J.H. (Jelle) Hoekstra\t-\tNL91 INGB 8454 6535 03\t€ 6.250\n"
        "Maatschap Bouma-Wiersma\t56610099\tNL44 RABO 4431 8881 35\t€ 18.000\n"
        "\n"
        "De aanvraag van de heer Hoekstra (particulier) is na een telefonisch gesprek met zijn dochter Wietske aangevuld.\n",
        redact=[
            ("J.H. (Jelle) Hoekstra", "PERSON", E),
            ("NL91 INGB 8454 6535 03", "IBAN", E),
            ("heer |Hoekstra|", "PERSON", E),
            ("Wietske", "PERSON", E),
            ("NL44 RABO 4431 8881 35", "IBAN", E),
            ("Maatschap |Bouma-Wiersma|", "PERSON", E),  # added after the first run: a partnership's partners are people
        ],
        visible=["Loonbedrijf Hoekstra B.V.", "01087743", "NL14 ABNA 0331 1749 92", "€ 24.800"],
        batch=164,
    ),
    Doc(
        "nl-keukentafelgesprek-wmo-familie",
        "Verslag keukentafelgesprek Wmo\n"
        "Cliënt: mevrouw W.G.M. Oude Luttikhuis-Pots, geb. 12-03-1941\n"
        "Adres: Molenstraat 9, 7631 AB Ootmarsum\n"
        "Aanwezig: cliënt, haar dochter Esther en schoonzoon Bennie; consulent Nathalie ter Braak\n"
        "\n"
        "Mevrouw woont sinds het overlijden van haar man Herman (2022) alleen. Esther doet de boodschappen, Bennie het\n"
        "tuinonderhoud. Buurvrouw Gerda komt elke ochtend even kijken.\n",
        redact=[
            ("W.G.M. Oude Luttikhuis-Pots", "PERSON", E),
            ("12-03-1941", "DATE_OF_BIRTH", E),
            ("Molenstraat 9", "ADDRESS", E),
            ("7631 AB", "ADDRESS", E),
            ("Esther", "PERSON", E),
            ("Bennie", "PERSON", E),
            ("Nathalie ter Braak", "PERSON", E),
            ("Herman", "PERSON", E),
            ("Gerda", "PERSON", E),
        ],
        visible=["Ootmarsum", "Wmo"],
        batch=164,
    ),
    # -- batch 165 (round 8): written blind, before any run of round 8. An FBI release letter with a Special Agent
    # in Charge, a Teams chat whose colleagues go by first name only, a police report in capitals, a UK council's
    # FOIA reply, Surinamese names in a municipal letter, a tab-flattened attendance list of Ukrainian refugees,
    # an IND decision with Eritrean names, a hard-wrapped mail with a minister and a spokesperson, a Flemish
    # complaint with a schepen, a labour inspection report with Polish and Turkish names.
    # First run: recall 0.873, precision 0.949, 2 of 10 officials flagged (one of them written as an official against
    # this set's own convention, see below); after the fixes: 1.0 / 1.0 / 0 of 9.
    Doc(
        "en-us-fbi-foipa-release-sac",
        "U.S. Department of Justice\n"
        "Federal Bureau of Investigation\n"
        "Record/Information Dissemination Section\n"
        "200 Constitution Drive, Winchester, VA 22602\n"
        "\n"
        "April 2, 2025\n"
        "\n"
        "Mr. Thaddeus Kowalczyk\n"
        "1120 W. Argyle St, Unit 3\n"
        "Chicago, IL 60640\n"
        "\n"
        "Re: FOIPA Request No. 1587342-000\n"
        "\n"
        "Dear Mr. Kowalczyk:\n"
        "\n"
        "The enclosed 212 pages were reviewed under the FOIA. The file shows that Special Agent in Charge\n"
        "Marguerite Delacroix-Baines of the Chicago Field Office approved the interview of your former tenant,\n"
        "Ms. Latoya Pruitt, on June 14, 2019. The interview was conducted by SA Brendan O'Shaughnessy and Task\n"
        "Force Officer Julio Esparza of the Chicago Police Department. Names of third parties were withheld\n"
        "under Exemptions (b)(6) and (b)(7)(C).\n"
        "\n"
        "Sincerely,\n"
        "\n"
        "Raymond T. Albrecht\n"
        "Section Chief\n",
        redact=[
            ("Thaddeus Kowalczyk", "PERSON", E),
            ("1120 W. Argyle St, Unit 3", "ADDRESS", E),
            ("Mr. |Kowalczyk|:", "PERSON", E),
            ("Marguerite Delacroix-Baines", "PERSON", E),
            ("Latoya Pruitt", "PERSON", E),
            ("Brendan O'Shaughnessy", "PERSON", E),
            ("Julio Esparza", "PERSON", E),
            # first written as an official under a real section chief's name; this set treats a FOIA office's
            # signer as a civil servant (batch 164's 'FOIA Officer'), so an invented name is flagged instead
            ("Raymond T. Albrecht", "PERSON", E),
        ],
        visible=["Special Agent in Charge", "Chicago Field Office", "Chicago Police Department", "1587342-000",
                 "200 Constitution Drive, Winchester, VA 22602", "April 2, 2025", "June 14, 2019"],
        batch=165,
    ),
    Doc(
        "nl-teams-export-voornamen-alleen",
        "[09:12] Verbeek, Annelies (DGWB)\n"
        "Goedemorgen! Heb je het stuk van Jelmer al gezien? Hij wil het vandaag naar de DG.\n"
        "[09:14] Çelik, Burak (DGWB)\n"
        "Nog niet, ik zit tot 11 uur in het overleg met Rijkswaterstaat. Kan Noortje er niet even naar kijken?\n"
        "[09:15] Verbeek, Annelies (DGWB)\n"
        "Noortje is ziek vandaag. Ik vraag het wel aan Thijmen\n"
        "[09:21] Verbeek, Annelies (DGWB)\n"
        "Thijmen zegt dat minister Madlener het stuk pas donderdag wil zien, dus geen haast 👍\n"
        "[09:22] Çelik, Burak (DGWB)\n"
        "Top, dank je Annelies\n",
        redact=[
            ("Verbeek, Annelies", "PERSON", E),
            ("Çelik, Burak", "PERSON", E),
            ("Jelmer", "PERSON", E),
            ("Noortje", "PERSON", E),
            ("Thijmen", "PERSON", E),
            ("dank je |Annelies|", "PERSON", E),
        ],
        # added after the first run, which found it (with the speaker's line in it): a sick day is health data
        passages=[("Noortje |is ziek vandaag|", SPECIAL)],
        officials=["Madlener"],
        visible=["DGWB", "Rijkswaterstaat", "naar de DG"],
        batch=165,
    ),
    Doc(
        "nl-pv-aangifte-hoofdletters",
        "POLITIE\n"
        "EENHEID ROTTERDAM\n"
        "DISTRICT ZUID\n"
        "\n"
        "PROCES-VERBAAL VAN AANGIFTE\n"
        "Registratienummer: PL1700-2025041183\n"
        "\n"
        "AANGEVER\n"
        "Achternaam\t: KARAPETYAN\n"
        "Voornamen\t: Armen Vardanovich\n"
        "Geboren\t: 12-05-1988 te JEREVAN (ARMENIË)\n"
        "Adres\t: GOUDSESINGEL 77B\n"
        "Postcode/plaats\t: 3031 EH ROTTERDAM\n"
        "Telefoon\t: 06-41872203\n"
        "\n"
        "Op dinsdag 8 april 2025 verscheen voor mij, JEROEN VAN DER WAAL, hoofdagent van politie, de\n"
        "aangever. Hij verklaarde: 'Mijn buurman, een man die ik ken als DENNIS, heeft mijn fiets uit de\n"
        "berging gehaald. Mijn vrouw LIANA heeft het gezien.'\n"
        "\n"
        "Dit proces-verbaal is door mij, VAN DER WAAL, op ambtsbelofte opgemaakt.\n",
        redact=[
            ("KARAPETYAN", "PERSON", E),
            ("Armen Vardanovich", "PERSON", E),
            ("12-05-1988", "DATE_OF_BIRTH", E),
            ("GOUDSESINGEL 77B", "ADDRESS", E),
            ("3031 EH", "ADDRESS", E),
            ("06-41872203", "PHONE", E),
            ("JEROEN VAN DER WAAL", "PERSON", E),
            ("DENNIS", "PERSON", E),
            ("LIANA", "PERSON", E),
            ("mij, |VAN DER WAAL|, op", "PERSON", E),
        ],
        visible=["EENHEID ROTTERDAM", "DISTRICT ZUID", "PROCES-VERBAAL VAN AANGIFTE", "PL1700-2025041183",
                 "8 april 2025", "AANGEVER"],
        batch=165,
    ),
    Doc(
        "en-uk-council-foi-response-councillor",
        "Bristol City Council\n"
        "Information Governance, PO Box 3399, Bristol BS1 9NE\n"
        "\n"
        "Our ref: FOI-2025-04417\n"
        "Date: 17 February 2025\n"
        "\n"
        "Dear Mr Oyelaran-Hughes,\n"
        "\n"
        "Freedom of Information Act 2000 - request for information\n"
        "\n"
        "You asked for correspondence about the closure of Filwood Library. Cllr Asher Craig, then Cabinet\n"
        "Member for Communities, met residents on 9 May 2024. The notes name two residents who spoke, Mrs\n"
        "Doreen Pasco and Mr Kwabena Asante-Mensah of 14 Hengrove Lane; we have withheld their names and\n"
        "addresses under section 40(2). The library manager at the time, Gemma Roques, has since left the council.\n"
        "\n"
        "If you are unhappy with this response you may ask for an internal review.\n"
        "\n"
        "Yours sincerely\n"
        "\n"
        "Priyanka Solanki\n"
        "Information Governance Officer\n",
        redact=[
            ("Oyelaran-Hughes", "PERSON", E),
            ("Doreen Pasco", "PERSON", E),
            ("Kwabena Asante-Mensah", "PERSON", E),
            ("14 Hengrove Lane", "ADDRESS", E),
            ("Gemma Roques", "PERSON", E),
            ("Priyanka Solanki", "PERSON", E),
        ],
        officials=["Asher Craig"],
        visible=["Bristol City Council", "PO Box 3399, Bristol BS1 9NE", "FOI-2025-04417", "Filwood Library",
                 "17 February 2025", "9 May 2024", "Information Governance Officer", "Cabinet\nMember for Communities"],
        batch=165,
    ),
    Doc(
        "nl-brief-kwijtschelding-surinaamse-namen",
        "Gemeente Den Haag\n"
        "Dienst Publiekszaken, afdeling Belastingen\n"
        "Postbus 12600, 2500 DJ Den Haag\n"
        "\n"
        "Aan mevrouw S.D. Ramdin-Chotkan en de heer R. Mangroelal\n"
        "Loosduinseweg 1042\n"
        "2571 AP Den Haag\n"
        "\n"
        "Datum: 3 maart 2025\n"
        "Aanslagnummer: 2024.0183.7720.5\n"
        "\n"
        "Geachte mevrouw Ramdin-Chotkan en heer Mangroelal,\n"
        "\n"
        "U vroeg kwijtschelding van de gemeentelijke belastingen over 2024. Uw zoon Rishi Mangroelal woont\n"
        "volgens de BRP ook op dit adres; zijn inkomen tellen wij daarom mee. Ook uw kostganger, de heer\n"
        "Soekarmin Kartodikromo, staat op dit adres ingeschreven.\n"
        "\n"
        "Wethouder Saskia Bruines heeft in haar brief van januari toegezegd dat\n"
        "de regeling voor kostgangers wordt herzien. Tot dan passen wij de huidige regels toe.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens het college,\n"
        "\n"
        "W.G. Amatmoekrim-Lachmon\n"
        "medewerker kwijtschelding\n",
        redact=[
            ("S.D. Ramdin-Chotkan", "PERSON", E),
            ("R. Mangroelal", "PERSON", E),
            ("Loosduinseweg 1042", "ADDRESS", E),
            ("2571 AP", "ADDRESS", E),
            ("mevrouw |Ramdin-Chotkan| en", "PERSON", E),
            ("heer |Mangroelal|,", "PERSON", E),
            ("Rishi Mangroelal", "PERSON", E),
            ("Soekarmin Kartodikromo", "PERSON", E),
            ("W.G. Amatmoekrim-Lachmon", "PERSON", E),
        ],
        officials=["Saskia Bruines"],
        visible=["Gemeente Den Haag", "Postbus 12600, 2500 DJ Den Haag", "3 maart 2025", "2024.0183.7720.5",
                 "BRP", "medewerker kwijtschelding"],
        batch=165,
    ),
    Doc(
        "nl-presentielijst-oekraine-tabs",
        "Presentielijst informatiebijeenkomst opvanglocatie De Hooge Boekel, 21 november 2024\n"
        "Nr.\tNaam\tOrganisatie / functie\tAanwezig\n"
        "1\tOksana Melnychenko\tbewoner\tja\n"
        "2\tDmytro Hrytsenko\tbewoner, tolk\tja\n"
        "3\tHalyna Tkachuk-Bondar\tbewoner\tnee\n"
        "4\tW. Nijboer\tgemeente, team opvang\tja\n"
        "5\tdhr. K. Bosma\tCOA, locatiemanager\tja\n"
        "6\tburgemeester Anne Marie Fransen\tgemeente\tja\n"
        "\n"
        "Oksana vraagt of haar dochter Sofiia naar de school in het dorp kan. Dmytro vertaalt.\n",
        redact=[
            ("Oksana Melnychenko", "PERSON", E),
            ("Dmytro Hrytsenko", "PERSON", E),
            ("Halyna Tkachuk-Bondar", "PERSON", E),
            ("W. Nijboer", "PERSON", E),
            ("K. Bosma", "PERSON", E),
            ("\n|Oksana| vraagt", "PERSON", E),
            ("Sofiia", "PERSON", E),
            (". |Dmytro| vertaalt", "PERSON", E),
        ],
        officials=["Anne Marie Fransen"],
        visible=["De Hooge Boekel", "21 november 2024", "team opvang", "locatiemanager", "COA"],
        batch=165,
    ),
    Doc(
        "nl-ind-beschikking-eritrese-namen-hoofdletters",
        "Immigratie- en Naturalisatiedienst\n"
        "Ministerie van Asiel en Migratie\n"
        "\n"
        "VOORNEMEN TOT AFWIJZING\n"
        "\n"
        "Naam\t\t: TESFAMARIAM, Yonas Haile\n"
        "V-nummer\t: 2784019335\n"
        "Geboortedatum\t: 01-01-1999\n"
        "Nationaliteit\t: Eritrese\n"
        "\n"
        "Vreemdeling verklaart dat hij Eritrea in 2021 verliet met zijn neef, ABRAHAM GEBREMEDHIN, en dat\n"
        "zijn moeder, Letebrhan Woldu, nog in Keren woont. In het gehoor van 4 juni 2024 noemde hij een smokkelaar\n"
        "die hij kent als Kidane. De gehoorambtenaar, B. Schaafsma, heeft hem daarop gewezen op zijn\n"
        "meewerkplicht.\n"
        "\n"
        "De minister van Asiel en Migratie, mr. M.H.M. Faber, is voornemens de aanvraag af te wijzen.\n",
        redact=[
            ("TESFAMARIAM, Yonas Haile", "PERSON", E),
            ("2784019335", "ID_NUMBER", E),
            ("01-01-1999", "DATE_OF_BIRTH", E),
            ("ABRAHAM GEBREMEDHIN", "PERSON", E),
            ("Letebrhan Woldu", "PERSON", E),
            ("Kidane", "PERSON", E),
            ("B. Schaafsma", "PERSON", E),
        ],
        officials=["M.H.M. Faber"],
        visible=["Immigratie- en Naturalisatiedienst", "VOORNEMEN TOT AFWIJZING", "Eritrea", "Keren", "4 juni 2024",
                 "Eritrese"],
        batch=165,
    ),
    Doc(
        "nl-mail-hardwrapped-minister-woordvoerder",
        "Van: Koopmans, Ruben <ruben.koopmans@minvws.nl>\n"
        "Aan: Pers VWS <pers@minvws.nl>\n"
        "Onderwerp: vragen NOS over wachtlijsten jeugdzorg\n"
        "\n"
        "Dag allen,\n"
        "\n"
        "De NOS belde vanochtend met vragen over de wachtlijsten in de jeugdzorg. De journaliste,\n"
        "Femke Scholte-\n"
        "vaart, wil voor vrijdag een reactie van staatssecretaris Karremans. Woordvoer-\n"
        "der Dennis Hulsbergen heeft gezegd dat we morgen reageren. Kan Marloes\n"
        "de cijfers van het CBS erbij zoeken? De moeder uit Gouda die de NOS aanhaalt,\n"
        "mevrouw Jolanda Brink-\n"
        "man, heeft ook de minister gemaild.\n"
        "\n"
        "Groet,\n"
        "Ruben\n",
        redact=[
            ("Koopmans, Ruben", "PERSON", E),
            ("ruben.koopmans@minvws.nl", "EMAIL", E),
            ("Femke Scholte-\nvaart", "PERSON", E),
            ("Kan |Marloes|\n", "PERSON", E),
            ("Jolanda Brink-\nman", "PERSON", E),
            ("Groet,\n|Ruben|\n", "PERSON", E),
        ],
        officials=["Karremans", "Dennis Hulsbergen"],
        visible=["pers@minvws.nl", "NOS", "CBS", "Gouda", "Pers VWS"],
        batch=165,
    ),
    Doc(
        "be-klacht-schepen-vlaamse-marokkaanse-namen",
        "Stad Mechelen\n"
        "Klachtenmanagement\n"
        "Grote Markt 21, 2800 Mechelen\n"
        "\n"
        "Dossier: KL/2025/0219\n"
        "\n"
        "Klager: Soufiane El Khattabi, Hanswijkvaart 88 bus 3, 2800 Mechelen, GSM 0486 21 74 09\n"
        "Betreft: parkeerboete tijdens ramadanmarkt\n"
        "\n"
        "De heer El Khattabi stelt dat de gemeenschapswacht, mevrouw Lieve De Smedt, hem een boete gaf terwijl\n"
        "hij met zijn schoonvader Abdelkader Ouali aan het laden was. Schepen van Mobiliteit Bart Van Ostaeyen\n"
        "werd in kopie gezet. Burgemeester Alexander Vandersmissen liet weten dat de klacht\n"
        "via de normale weg wordt behandeld.\n"
        "\n"
        "Dossierbehandelaar: Wouter Vandenbroucke\n",
        redact=[
            ("Soufiane El Khattabi", "PERSON", E),
            ("Hanswijkvaart 88 bus 3", "ADDRESS", E),
            # the postcode was first left out; as a Dutch one (batch 41's "1506 EK"), it is part of the home address
            ("bus 3, |2800|", "ADDRESS", E),
            ("0486 21 74 09", "PHONE", E),
            ("heer |El Khattabi|", "PERSON", E),
            ("Lieve De Smedt", "PERSON", E),
            ("Abdelkader Ouali", "PERSON", E),
            ("Wouter Vandenbroucke", "PERSON", E),
        ],
        officials=["Bart Van Ostaeyen", "Alexander Vandersmissen"],
        visible=["Stad Mechelen", "Grote Markt 21, 2800 Mechelen", "KL/2025/0219", "Klachtenmanagement"],
        batch=165,
    ),
    Doc(
        "nl-arbeidsinspectie-rapport-poolse-turkse-namen",
        "Nederlandse Arbeidsinspectie\n"
        "Rapport van bevindingen\n"
        "Inspectienummer: 2025-0448117\n"
        "\n"
        "Op 11 februari 2025 bezochten inspecteurs J. Haverkamp en E. Yılmaz het tuinbouwbedrijf van de\n"
        "heer Hüseyin Karataş in Maasdijk. Daar werkten zes arbeidsmigranten, onder wie Krzysztof Wąsowicz\n"
        "en Agnieszka Dąbrowska-Nowak. Wąsowicz verklaarde dat hij 60 uur per week werkte. Hij woont met\n"
        "vijf anderen op de Zwartendijk 12 in Maasdijk.\n"
        "\n"
        "Werknemer\tBSN\tGeboortedatum\n"
        "Wąsowicz, K.\t111222333\t17-08-1991\n"
        "Dąbrowska-Nowak, A.\t123456782\t02-11-1995\n",
        redact=[
            ("J. Haverkamp", "PERSON", E),
            ("E. Yılmaz", "PERSON", E),
            ("Hüseyin Karataş", "PERSON", E),
            ("Krzysztof Wąsowicz", "PERSON", E),
            ("Agnieszka Dąbrowska-Nowak", "PERSON", E),
            (". |Wąsowicz| verklaarde", "PERSON", E),
            ("Zwartendijk 12", "ADDRESS", E),
            ("Wąsowicz, K.", "PERSON", E),
            ("111222333", "BSN", BSN_GROUND),
            ("17-08-1991", "DATE_OF_BIRTH", E),
            ("Dąbrowska-Nowak, A.", "PERSON", E),
            ("123456782", "BSN", BSN_GROUND),
            ("02-11-1995", "DATE_OF_BIRTH", E),
        ],
        visible=["Nederlandse Arbeidsinspectie", "2025-0448117", "11 februari 2025", "Maasdijk"],
        batch=165,
    ),
    # -- batch 166 (round 8): written blind after the fixes for batch 165. A DEA mail with Special Agents in Charge on
    # the same line as their names, a youth-care mail that names colleagues by first name only, a criminal judgment's
    # caption in capitals, a Curaçao WhatsApp group, a municipal mail about a Syrian family, a UK NHS complaint reply,
    # an ambassador's visit note with Turkish names, an OCR'd objection with broken hyphenation, and council
    # committee attendance with officials by initials.
    # First run: recall 0.9, precision 0.913, 1 of 13 officials flagged; after its fixes 0.971 / 0.985 / 0 of 14 (a
    # committee clerk first written as private moved to the officials); two Papiamentu first names and a branch's
    # box stay strict xfails.
    Doc(
        "en-us-dea-email-sac-inline",
        "From: Whitfield, Lorraine M. <Lorraine.M.Whitfield@dea.gov>\n"
        "Sent: Tuesday, January 14, 2025 4:12 PM\n"
        "To: Okoro, Darnell <Darnell.Okoro@dea.gov>\n"
        "Subject: RE: CI payment request - Houston FD\n"
        "\n"
        "Darnell,\n"
        "\n"
        "Special Agent in Charge Raymond Castellano signed off this morning. ASAC Priscilla Nwosu wants the\n"
        "payment made before the CI, Hector \"Chino\" Villarreal, is interviewed again by SA Dustin Pfeiffer.\n"
        "The Resident Agent in Charge in Beaumont, Travis Kowalski, has the receipts.\n"
        "\n"
        "Lorraine\n",
        redact=[
            ("Whitfield, Lorraine M.", "PERSON", E),
            ("Lorraine.M.Whitfield@dea.gov", "EMAIL", E),
            ("Okoro, Darnell", "PERSON", E),
            ("Darnell.Okoro@dea.gov", "EMAIL", E),
            ("\n|Darnell|,", "PERSON", E),
            ("Raymond Castellano", "PERSON", E),
            ("Priscilla Nwosu", "PERSON", E),
            ("Hector", "PERSON", E),
            ("Chino", "PERSON", E),
            ("Villarreal", "PERSON", E),
            ("Dustin Pfeiffer", "PERSON", E),
            ("Travis Kowalski", "PERSON", E),
            ("\n|Lorraine|\n", "PERSON", E),
        ],
        visible=["Special Agent in Charge", "Resident Agent in Charge", "Houston FD", "Beaumont", "January 14, 2025"],
        batch=166,
    ),
    Doc(
        "nl-mail-jeugdzorg-voornamen-collegas",
        "Van: Sevda Aydın <s.aydin@jeugdbescherming-gelderland.nl>\n"
        "Aan: team Arnhem-Noord\n"
        "Onderwerp: overdracht gezin Dijkhuizen\n"
        "\n"
        "Hoi allemaal,\n"
        "\n"
        "Ik ga vanaf maandag met verlof. Marieke neemt het gezin Dijkhuizen over; ik heb het dossier gisteren met haar\n"
        "doorgenomen. De oudste, Jayden (14), zit sinds de herfst op het Montessori College en gaat daar goed. Zijn\n"
        "moeder heeft gevraagd of Wouter van de GI ook bij het volgende gesprek kan zijn. Zoals afgesproken met\n"
        "Ruud loopt de ondertoezichtstelling door tot 1 oktober.\n"
        "\n"
        "Groet, Sevda\n",
        redact=[
            ("Sevda Aydın", "PERSON", E),
            ("s.aydin@jeugdbescherming-gelderland.nl", "EMAIL", E),
            ("Marieke", "PERSON", E),
            ("gezin |Dijkhuizen|", "PERSON", E),
            ("Jayden", "PERSON", E),
            ("Wouter", "PERSON", E),
            ("Ruud", "PERSON", E),
            ("Groet, |Sevda|", "PERSON", E),
        ],
        visible=["team Arnhem-Noord", "Montessori College", "GI", "1 oktober"],
        batch=166,
    ),
    Doc(
        "nl-vonnis-politierechter-hoofdletters",
        "RECHTBANK ZEELAND-WEST-BRABANT\n"
        "Strafrecht\n"
        "Zittingsplaats Breda\n"
        "\n"
        "Parketnummer: 02/178344-24\n"
        "Vonnis van de politierechter van 19 februari 2025\n"
        "\n"
        "in de strafzaak tegen\n"
        "\n"
        "STEFAN KRZYSZTOF NOWICKI,\n"
        "geboren op 3 maart 1990 te Gdańsk (Polen),\n"
        "wonende te Tilburg, Ringbaan-Oost 188.\n"
        "\n"
        "De verdachte is bijgestaan door mr. F.E. Rooijakkers, advocaat te Tilburg. Het slachtoffer, MARIA\n"
        "DO CARMO PEREIRA, heeft ter zitting gebruik gemaakt van haar spreekrecht.\n"
        "\n"
        "Dit vonnis is gewezen door mr. A.C. van Gestel-Kuipers, politierechter, in tegenwoordigheid van\n"
        "W. Bastiaansen, griffier, en is uitgesproken ter openbare terechtzitting van 19 februari 2025.\n",
        redact=[
            ("STEFAN KRZYSZTOF NOWICKI", "PERSON", E),
            ("3 maart 1990", "DATE_OF_BIRTH", E),
            ("Ringbaan-Oost 188", "ADDRESS", E),
            ("F.E. Rooijakkers", "PERSON", E),
            ("MARIA\nDO CARMO PEREIRA", "PERSON", E),
        ],
        officials=["A.C. van Gestel-Kuipers", "W. Bastiaansen"],
        visible=["RECHTBANK ZEELAND-WEST-BRABANT", "02/178344-24", "19 februari 2025", "Gdańsk", "Zittingsplaats Breda"],
        batch=166,
    ),
    Doc(
        "cw-whatsapp-buurtgroep-papiaments",
        "[12-01-2025, 08:41:07] Shurendy Martina: Bon dia! Awe mainta trùk di sushi no a pasa na Seru Fortuna\n"
        "[12-01-2025, 08:43:55] Ruthmila Isenia-Koeiman: Mi a bel Selikor kaba. Jurrick di kas 14 tambe a yama\n"
        "[12-01-2025, 08:50:12] +599 9 675 2210: Danki Ruthmila! Mi ta avisá Gilbert pa e yama mañan\n"
        "[12-01-2025, 09:02:31] Shurendy Martina: Minister Elvira Martis-Jansen di Kòrsou a bisa riba radio\n"
        "ku nan ta bin buska e sushi djaweps.\n",
        redact=[
            ("Shurendy Martina", "PERSON", E),
            ("Ruthmila Isenia-Koeiman", "PERSON", E),
            ("Jurrick", "PERSON", E),
            ("+599 9 675 2210", "PHONE", E),
            ("Danki |Ruthmila|!", "PERSON", E),
            ("Gilbert", "PERSON", E),
        ],
        officials=["Elvira Martis-Jansen"],
        visible=["Seru Fortuna", "Selikor"],
        batch=166,
    ),
    Doc(
        "nl-mail-gemeente-statushouders-syrisch-gezin",
        "Van: Groen, Esther <e.groen@apeldoorn.nl>\n"
        "Verzonden: woensdag 5 februari 2025 10:17\n"
        "Aan: VluchtelingenWerk Oost-Nederland <apeldoorn@vwon.nl>\n"
        "CC: Hamstra, Jelle <j.hamstra@apeldoorn.nl>\n"
        "Onderwerp: huisvesting gezin Al-Hassan\n"
        "\n"
        "Beste collega's,\n"
        "\n"
        "Het gezin van de heer Mohammad Al-Hassan (vader), zijn vrouw Rasha Al-Khatib en de kinderen Omar (9),\n"
        "Lina (6) en Yusuf (2) krijgt per 1 maart de woning aan de Zwitsersestraat 41 in Apeldoorn. Hun oudste\n"
        "zoon Karim blijft voorlopig bij een oom in Zwolle. Mevrouw Al-Khatib spreekt alleen Arabisch; tolk\n"
        "Nour Haddad is voor de sleuteloverdracht gereserveerd.\n"
        "\n"
        "Wethouder Jeroen Joon is op de hoogte gebracht.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Esther Groen\n"
        "Consulent huisvesting statushouders\n",
        redact=[
            ("Groen, Esther", "PERSON", E),
            ("e.groen@apeldoorn.nl", "EMAIL", E),
            ("Hamstra, Jelle", "PERSON", E),
            ("j.hamstra@apeldoorn.nl", "EMAIL", E),
            ("gezin |Al-Hassan|\n", "PERSON", E),
            ("Mohammad Al-Hassan", "PERSON", E),
            ("Rasha Al-Khatib", "PERSON", E),
            ("Omar", "PERSON", E),
            ("Lina", "PERSON", E),
            ("Yusuf", "PERSON", E),
            ("Zwitsersestraat 41", "ADDRESS", E),
            ("Karim", "PERSON", E),
            ("Mevrouw |Al-Khatib|", "PERSON", E),
            ("Nour Haddad", "PERSON", E),
            ("Esther Groen", "PERSON", E),
        ],
        officials=["Jeroen Joon"],
        visible=["apeldoorn@vwon.nl", "VluchtelingenWerk Oost-Nederland", "Zwolle", "Arabisch", "5 februari 2025"],
        batch=166,
    ),
    Doc(
        "en-uk-nhs-complaint-response-consultant",
        "Northbrook Hospitals NHS Foundation Trust\n"
        "Patient Advice and Liaison Service\n"
        "\n"
        "Our ref: PALS/2025/0193\n"
        "\n"
        "Dear Mrs Adeyemi-Clarke,\n"
        "\n"
        "Thank you for your letter about the care of your father, Mr Winston Clarke, on Ward 7B in December.\n"
        "I have spoken to the consultant responsible, Dr Aleksandra Nowicka-Reid, and to the ward manager,\n"
        "Sister Bernadette Okafor. Dr Nowicka-Reid accepts that the discharge letter was sent to your old\n"
        "address at 17 Marlowe Court, Hull.\n"
        "\n"
        "Our Chief Executive, Professor Jonathan Hale, has asked me to apologise on behalf of the Trust.\n"
        "\n"
        "Yours sincerely\n"
        "\n"
        "Kirsty Maddison\n"
        "Complaints Manager\n",
        redact=[
            ("Adeyemi-Clarke", "PERSON", E),
            ("Winston Clarke", "PERSON", E),
            ("Aleksandra Nowicka-Reid", "PERSON", E),
            ("Bernadette Okafor", "PERSON", E),
            ("Dr |Nowicka-Reid| accepts", "PERSON", E),
            ("17 Marlowe Court", "ADDRESS", E),
            ("Kirsty Maddison", "PERSON", E),
        ],
        officials=["Jonathan Hale"],
        visible=["Northbrook Hospitals NHS Foundation Trust", "Patient Advice and Liaison Service", "PALS/2025/0193",
                 "Ward 7B", "Complaints Manager"],
        batch=166,
    ),
    Doc(
        "nl-verslag-werkbezoek-ambassadeur-turkse-namen",
        "Verslag werkbezoek ambassadeur aan Gaziantep, 11-12 maart 2025\n"
        "\n"
        "Deelnemers: ambassadeur Joep Wijnands, plv. hoofd politieke afdeling M. Verhulst, beleidsmedewerker\n"
        "Zeynep Arslan (lokaal personeel).\n"
        "\n"
        "De ambassadeur sprak met gouverneur Kemal Çeber en met vertegenwoordigers van de Syrische gemeenschap. Een\n"
        "van hen, de heer Abdulrahman Haj Ali, vertelde dat zijn broer Walid sinds januari vastzit in Kilis. Mevrouw\n"
        "Hatice Doğru van de lokale NGO Hayat Derneği regelde de ontmoeting.\n",
        redact=[
            ("M. Verhulst", "PERSON", E),
            ("Zeynep Arslan", "PERSON", E),
            ("Abdulrahman Haj Ali", "PERSON", E),
            ("Walid", "PERSON", E),
            ("Hatice Doğru", "PERSON", E),
        ],
        officials=["Joep Wijnands", "Kemal Çeber"],
        visible=["Gaziantep", "Kilis", "Hayat Derneği", "11-12 maart 2025"],
        batch=166,
    ),
    Doc(
        "nl-ocr-bezwaarschrift-afbreking-hoofdletters",
        "BEZWAARSCHRIFT\n"
        "\n"
        "Aan het college van burgemeester en wethouders van de gemeente Oss\n"
        "\n"
        "Ondergetekende: A.W.M. (Anton) van Rooij-\n"
        "Schellekens, wonende Kruisstraat 62, 5341 HL Oss, maakt bezwaar tegen de aanslag afvalstof-\n"
        "fenheffing 2025. Mijn schoonzoon, de heer Bram Ver-\n"
        "hoeven, woont sinds augustus niet meer op dit adres. Uw medewerker mevr. I. Koolen-\n"
        "Dekkers zei mij aan de telefoon dat ik dan minder zou betalen.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "A.W.M. VAN ROOIJ-SCHELLEKENS\n",
        redact=[
            ("A.W.M. (Anton) van Rooij-\nSchellekens", "PERSON", E),
            ("Kruisstraat 62", "ADDRESS", E),
            ("5341 HL", "ADDRESS", E),
            ("Bram Ver-\nhoeven", "PERSON", E),
            ("I. Koolen-\nDekkers", "PERSON", E),
            ("A.W.M. VAN ROOIJ-SCHELLEKENS", "PERSON", E),
        ],
        visible=["BEZWAARSCHRIFT", "gemeente Oss", "afvalstof-\nfenheffing 2025"],
        batch=166,
    ),
    Doc(
        "nl-commissieverslag-aanwezigen-initialen",
        "Verslag commissie Ruimte, 27 januari 2025\n"
        "\n"
        "Aanwezig: mevr. drs. J.M. Pronk (voorzitter), dhr. K. Öztürk (VVD), mevr. L. Bakker-Hendriks (GroenLinks-PvdA),\n"
        "dhr. T. van 't Hul (CDA), wethouder P.J. Dirksen, mevr. S. de Wolff (commissiegriffier)\n"
        "Insprekers: de heer Rinus Baars (namens bewonersvereniging Oude Haven), mevrouw Fenna Dijkstra-\n"
        "Oosterhof\n"
        "\n"
        "1. Opening\n"
        "De voorzitter opent de vergadering om 19.30 uur. De heer Baars vraagt aandacht voor het parkeren aan\n"
        "de Havenkade; mevrouw Dijkstra-Oosterhof woont op nummer 9 en heeft sinds de bouw scheuren in haar gevel.\n"
        "Wethouder Dirksen zegt een gesprek toe.\n",
        redact=[
            ("Rinus Baars", "PERSON", E),
            ("Fenna Dijkstra-\nOosterhof", "PERSON", E),
            ("heer |Baars| vraagt", "PERSON", E),
            ("mevrouw |Dijkstra-Oosterhof| woont", "PERSON", E),
        ],
        # 'S. de Wolff' (commissiegriffier) was first written as private; the pack keeps a griffier, a court's and a
        # council's alike, and council minutes publish the clerk's name
        officials=["J.M. Pronk", "K. Öztürk", "L. Bakker-Hendriks", "T. van 't Hul", "P.J. Dirksen", "Dirksen",
                   "S. de Wolff"],
        visible=["bewonersvereniging Oude Haven", "27 januari 2025", "Havenkade"],
        batch=166,
    ),
    # -- batch 167 (round 8): written blind after the fixes for batch 166. A US criminal docket's caption and order in
    # capitals, a police log with a surname-first suspect and a neighbourhood officer, a Home Office reply naming a
    # minister, an Eritrean family in a municipal intake note, a Ukrainian name with a patronymic, a Flemish OCMW
    # decision with a schepen, council minutes whose speakers are in capitals, an OCR'd letter with spaced initials,
    # and a signature with degrees around the name.
    # First run: recall 0.836, precision 0.921, 2 of 5 officials flagged; after its fixes 0.985 / 0.957 / 3 of 8 (the
    # three added officials of the Belgian committee are strict xfails, as is an apposition after a relation).
    Doc(
        "en-us-district-court-order-caption",
        "UNITED STATES DISTRICT COURT\n"
        "NORTHERN DISTRICT OF GEORGIA\n"
        "ATLANTA DIVISION\n"
        "\n"
        "UNITED STATES OF AMERICA\n"
        "\n"
        "v.                                   CRIMINAL ACTION NO. 1:24-cr-00318\n"
        "\n"
        "JAMAL RASHEED PRUITT,\n"
        "     Defendant.\n"
        "\n"
        "ORDER\n"
        "\n"
        "Defendant's mother, Mrs. Loretta Pruitt, of 2281 Campbellton Road SW, Atlanta, asked to address the Court.\n"
        "The Government, through AUSA Brendan Kilgallen, does not object. Pretrial Services Officer Tamika Ruffin\n"
        "reports that Defendant has complied with all conditions.\n"
        "\n"
        "SO ORDERED this 4th day of March, 2025.\n"
        "\n"
        "MARGARET T. OKONKWO\n"
        "UNITED STATES DISTRICT JUDGE\n",
        redact=[
            ("JAMAL RASHEED PRUITT", "PERSON", E),
            ("Loretta Pruitt", "PERSON", E),
            ("2281 Campbellton Road SW", "ADDRESS", E),
            ("Brendan Kilgallen", "PERSON", E),
            ("Tamika Ruffin", "PERSON", E),
        ],
        officials=["MARGARET T. OKONKWO"],
        visible=["UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF GEORGIA", "1:24-cr-00318", "ORDER",
                 "UNITED STATES OF AMERICA"],
        batch=167,
    ),
    Doc(
        "nl-politie-mutatie-verdachte-achternaam-eerst",
        "Mutatie 2025012314207 - Overlast jeugd - Leiden Noord\n"
        "Datum/tijd: 23-01-2025 21:40\n"
        "\n"
        "Melder: de 67-jarige Gerrit Mulder, wonende Kooilaan 18, tel. 071-5147723.\n"
        "Betrokkene 1: BOUZID, Hamza (geb. 14-06-2008)\n"
        "Betrokkene 2: onbekende jongen, ca. 15 jaar, door melder 'Milan' genoemd\n"
        "\n"
        "Melder verklaarde dat Hamza en een vriend vuurwerk tegen zijn voordeur gooiden. De wijkagent, Erik\n"
        "van Dam, kent BOUZID van eerdere meldingen. Ter plaatse gesproken met moeder Saida Bouzid.\n"
        "\n"
        "Verbalisant: K.L. Hoogeveen, brigadier\n",
        redact=[
            ("Gerrit Mulder", "PERSON", E),
            ("Kooilaan 18", "ADDRESS", E),
            ("071-5147723", "PHONE", E),
            ("BOUZID, Hamza", "PERSON", E),
            ("14-06-2008", "DATE_OF_BIRTH", E),
            ("Milan", "PERSON", E),
            ("dat |Hamza| en", "PERSON", E),
            ("Erik\nvan Dam", "PERSON", E),
            ("kent |BOUZID| van", "PERSON", E),
            ("Saida Bouzid", "PERSON", E),
            ("K.L. Hoogeveen", "PERSON", E),
        ],
        visible=["Leiden Noord", "2025012314207", "23-01-2025 21:40", "Overlast jeugd"],
        batch=167,
    ),
    Doc(
        "en-uk-home-office-reply-minister",
        "Home Office\n"
        "2 Marsham Street\n"
        "London SW1P 4DF\n"
        "\n"
        "Our ref: MIN/0048213/25\n"
        "\n"
        "Dear Ms Kowalczyk,\n"
        "\n"
        "Thank you for your letter of 3 February to the Minister for Border Security and Asylum, Dame Angela Eagle\n"
        "MP, about your partner, Mr Oleksandr Shevchenko (Home Office reference S2284716). I have been asked to reply.\n"
        "\n"
        "Mr Shevchenko's application was refused on 12 December 2024. His caseworker, Mr Adeel Siddiqui, has\n"
        "reviewed the file; Mr Shevchenko may apply again with the documents listed overleaf.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Helen Ashworth-Byrne\n"
        "Direct Communications Unit\n",
        redact=[
            ("Ms |Kowalczyk|,", "PERSON", E),
            ("Oleksandr Shevchenko", "PERSON", E),
            ("S2284716", "ID_DOCUMENT", E),
            ("Mr |Shevchenko|'s", "PERSON", E),
            ("Adeel Siddiqui", "PERSON", E),
            ("; Mr |Shevchenko| may", "PERSON", E),
            ("Helen Ashworth-Byrne", "PERSON", E),
        ],
        officials=["Angela Eagle"],
        visible=["2 Marsham Street", "MIN/0048213/25", "Direct Communications Unit", "12 December 2024",
                 "Minister for Border Security and Asylum"],
        batch=167,
    ),
    Doc(
        "nl-intake-notitie-eritrees-gezin",
        "Intake statushouder - gemeente Emmen\n"
        "Datum intake: 10 februari 2025\n"
        "Consulent: Wilma Kuipers\n"
        "\n"
        "Hoofdaanvrager: Mehari Tesfamichael Gebru\n"
        "Partner: Senait Haile Berhe\n"
        "Kinderen: Yohannes (7), Selam (4), Filmon (1)\n"
        "\n"
        "Meneer spreekt Tigrinya en wat Engels. Tolk via Tolkcontact, dhr. Amanuel Kidane. Mehari wil zo snel mogelijk\n"
        "aan het werk; hij was in Asmara automonteur. Senait heeft nog geen taalles. Broer van Senait, Tekle, woont\n"
        "in Assen en helpt met de administratie.\n",
        redact=[
            ("Wilma Kuipers", "PERSON", E),
            ("Mehari Tesfamichael Gebru", "PERSON", E),
            ("Senait Haile Berhe", "PERSON", E),
            ("Yohannes", "PERSON", E),
            ("Selam", "PERSON", E),
            ("Filmon", "PERSON", E),
            ("Amanuel Kidane", "PERSON", E),
            (". |Mehari| wil", "PERSON", E),
            (". |Senait| heeft", "PERSON", E),
            ("van |Senait|,", "PERSON", E),
            ("Tekle", "PERSON", E),
        ],
        visible=["gemeente Emmen", "Tolkcontact", "Asmara", "Assen", "Tigrinya", "10 februari 2025"],
        batch=167,
    ),
    Doc(
        "nl-brief-coa-oekraiense-patroniem",
        "Gemeente Westland\n"
        "Team Opvang Oekraïne\n"
        "\n"
        "Aan: mevrouw Kateryna Ivanivna Bondarenko\n"
        "Verblijfsadres: opvanglocatie Naaldwijk, kamer 214\n"
        "BSN: 731844166\n"
        "\n"
        "Geachte mevrouw Bondarenko,\n"
        "\n"
        "U heeft leefgeld aangevraagd voor u en uw zoon Artem Bondarenko (geboren 02-09-2011). Uw moeder, mevrouw\n"
        "Halyna Petrivna Moroz, verblijft op dezelfde locatie en ontvangt zelf leefgeld. Het leefgeld wordt gestort\n"
        "op IBAN NL48 INGB 0761 8451 10 ten name van K.I. Bondarenko.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Marco Vreugdenhil\n"
        "teamleider Opvang Oekraïne\n",
        redact=[
            ("Kateryna Ivanivna Bondarenko", "PERSON", E),
            ("731844166", "BSN", BSN_GROUND),
            ("mevrouw |Bondarenko|,", "PERSON", E),
            ("Artem Bondarenko", "PERSON", E),
            ("02-09-2011", "DATE_OF_BIRTH", E),
            ("Halyna Petrivna Moroz", "PERSON", E),
            ("NL48 INGB 0761 8451 10", "IBAN", E),
            ("K.I. Bondarenko", "PERSON", E),
            ("Marco Vreugdenhil", "PERSON", E),
        ],
        visible=["Gemeente Westland", "Team Opvang Oekraïne", "opvanglocatie Naaldwijk", "teamleider Opvang Oekraïne"],
        batch=167,
    ),
    Doc(
        "be-ocmw-beslissing-bijzonder-comite",
        "OCMW Sint-Niklaas\n"
        "Bijzonder Comité voor de Sociale Dienst - zitting van 18 februari 2025\n"
        "\n"
        "Aanwezig: Koen Verbeke, schepen-voorzitter; Ilse De Ridder, Tom Van Hoeymissen, leden;\n"
        "Stefaan Goossens, algemeen directeur\n"
        "\n"
        "Dossier 2025/0412 - mevrouw Nathalie Van den Bossche, Kleibeekstraat 27 bus 2, 9100 Sint-Niklaas,\n"
        "rijksregisternummer 85.07.14-212.38\n"
        "\n"
        "Het comité beslist op voorstel van maatschappelijk werker Yasmina Boukhari om mevrouw Van den Bossche een\n"
        "leefloon toe te kennen aan het tarief samenwonende. Haar partner, Dieter Claeys, heeft geen inkomen.\n",
        redact=[
            ("Nathalie Van den Bossche", "PERSON", E),
            ("Kleibeekstraat 27 bus 2", "ADDRESS", E),
            ("bus 2, |9100|", "ADDRESS", E),
            ("85.07.14-212.38", "ID_NUMBER", E),
            ("Yasmina Boukhari", "PERSON", E),
            ("mevrouw |Van den Bossche| een", "PERSON", E),
            ("Dieter Claeys", "PERSON", E),
        ],
        # the committee's members and the top civil servant were first left out (their names counted against precision
        # in the first run); they hold public office in this role
        officials=["Koen Verbeke", "Ilse De Ridder", "Tom Van Hoeymissen", "Stefaan Goossens"],
        visible=["OCMW Sint-Niklaas", "Bijzonder Comité voor de Sociale Dienst", "18 februari 2025", "2025/0412"],
        batch=167,
    ),
    Doc(
        "nl-notulen-raad-sprekers-hoofdletters",
        "Notulen van de openbare vergadering van de gemeenteraad van Deventer, 29 januari 2025\n"
        "\n"
        "DE VOORZITTER: Ik geef het woord aan de inspreker, de heer Koopman.\n"
        "\n"
        "DE HEER KOOPMAN: Voorzitter, ik woon al veertig jaar aan de Brinkgreverweg. Mijn buurvrouw, mevrouw\n"
        "Ter Haar, kan door de bouw haar huis niet meer uit.\n"
        "\n"
        "MEVROUW VAN DER LINDEN (D66): Dank aan de heer Koopman. Ik vraag de wethouder om een reactie.\n"
        "\n"
        "WETHOUDER GRUTTERS: De heer Koopman heeft gelijk dat de planning is uitgelopen.\n",
        redact=[
            ("heer |Koopman|.", "PERSON", E),
            ("KOOPMAN", "PERSON", E),
            ("mevrouw\n|Ter Haar|,", "PERSON", E),
            ("heer |Koopman|. Ik", "PERSON", E),
            ("heer |Koopman| heeft", "PERSON", E),
        ],
        officials=["VAN DER LINDEN", "GRUTTERS"],
        visible=["Brinkgreverweg", "DE VOORZITTER", "29 januari 2025"],
        batch=167,
    ),
    Doc(
        "nl-ocr-brief-gespatieerde-initialen",
        "Aan de gemeente Heerenveen\n"
        "Afdeling Vergunningen\n"
        "\n"
        "Betreft : bezwaar omgevingsvergunning Schoterlandseweg\n"
        "\n"
        "Ondergetekenden, J . P . de Graaf en G . de Graaf - Visser, wonende Schoterland-\n"
        "seweg 71 te Heerenveen, maken bezwaar tegen de vergunning voor de loods van\n"
        "de heer S . Y . Dijkstra. Onze buurman, de heer Hessel Bo-\n"
        "kma, heeft ook bezwaar gemaakt.\n"
        "\n"
        "Hoogachtend ,\n"
        "\n"
        "J . P . de Graaf\n",
        redact=[
            ("J . P . de Graaf", "PERSON", E),
            ("G . de Graaf - Visser", "PERSON", E),
            ("S . Y . Dijkstra", "PERSON", E),
            ("Hessel Bo-\nkma", "PERSON", E),
        ],
        visible=["gemeente Heerenveen", "Afdeling Vergunningen", "Heerenveen"],
        batch=167,
    ),
    Doc(
        "nl-mail-handtekening-titels-rondom",
        "Van: Veldkamp, Harm-Jan <h.veldkamp@hengelo.nl>\n"
        "Aan: 'Bert ten Dam' <bert@tendamtransport.nl>\n"
        "Onderwerp: RE: ontheffing laden en lossen\n"
        "\n"
        "Geachte heer Ten Dam,\n"
        "\n"
        "Uw ontheffing is verleend tot 1 juli. Mijn collega Jasper Eshuis van Handhaving is geïnformeerd.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "drs. ing. Harm-Jan Veldkamp MBA\n"
        "Teamleider Vergunningen\n"
        "Gemeente Hengelo\n"
        "T 06 - 21 43 65 87\n",
        redact=[
            ("Veldkamp, Harm-Jan", "PERSON", E),
            ("h.veldkamp@hengelo.nl", "EMAIL", E),
            ("Bert ten Dam", "PERSON", E),
            ("bert@tendamtransport.nl", "EMAIL", E),
            ("heer |Ten Dam|,", "PERSON", E),
            ("Jasper Eshuis", "PERSON", E),
            ("Harm-Jan Veldkamp", "PERSON", E),
            ("06 - 21 43 65 87", "PHONE", E),
        ],
        visible=["Teamleider Vergunningen", "Gemeente Hengelo", "Handhaving", "1 juli"],
        batch=167,
    ),
    # -- batch 168 (round 8): written blind after the fixes for batch 167. A DOJ appeal decision with an Attorney
    # General and a Special Agent in Charge named after the office, answers to parliamentary questions with a
    # pseudonymised victim, an iPhone WhatsApp export, a Polish agency's worker list under Polish headers, a Welsh
    # police FOI reply, a council letter naming a shop owner, a Teams chat with Moroccan surnames first, an
    # administrative court's parties in capitals, and a refugee's letter that says what his family are called.
    # First run: recall 0.8, precision 0.904, 0 of 6 officials flagged; after its fixes 1.0 / 0.968 / 0 of 6 (two
    # police collar numbers first left out are items now; a shop's address and a chief constable after his rank and
    # title are strict xfails; a passage cue (not people's) takes a FOIA appeal's sentence for a security service's).
    Doc(
        "en-us-doj-oip-appeal-decision",
        "U.S. Department of Justice\n"
        "Office of Information Policy\n"
        "Suite 11050, 1425 New York Avenue, NW, Washington, DC 20530-0001\n"
        "\n"
        "Ms. Nadia Haddad-Ferreira\n"
        "Re: Appeal No. A-2025-00417; Request No. 1602233\n"
        "\n"
        "Dear Ms. Haddad-Ferreira:\n"
        "\n"
        "You appealed the FBI's withholding of records about the 2023 arrest of your brother, Karim Haddad. The\n"
        "records name the Special Agent in Charge of the Newark Field Office, Thomas J. Whitcombe, and two agents,\n"
        "SA Kyle Brandt and SA Maria Esposito-Lund, whose names were properly withheld. Attorney General Pam Bondi's\n"
        "public statement about the case is already available on the Department's website.\n"
        "\n"
        "Sincerely,\n"
        "\n"
        "Christina D. Okafor\n"
        "Senior Supervisory Attorney\n",
        redact=[
            ("Nadia Haddad-Ferreira", "PERSON", E),
            ("Ms. |Haddad-Ferreira|:", "PERSON", E),
            ("Karim Haddad", "PERSON", E),
            ("Thomas J. Whitcombe", "PERSON", E),
            ("Kyle Brandt", "PERSON", E),
            ("Maria Esposito-Lund", "PERSON", E),
            ("Christina D. Okafor", "PERSON", E),
        ],
        officials=["Pam Bondi"],
        visible=["Office of Information Policy", "Suite 11050, 1425 New York Avenue, NW", "A-2025-00417",
                 "Newark Field Office", "Special Agent in Charge"],
        batch=168,
    ),
    Doc(
        "nl-antwoord-kamervragen-slachtoffer-initiaal",
        "Antwoord van minister Van Weel (Justitie en Veiligheid) op vragen van het lid Mutluer (GroenLinks-PvdA)\n"
        "over de steekpartij in Kanaleneiland\n"
        "\n"
        "Vraag 2\n"
        "Klopt het dat het slachtoffer, de 23-jarige Ilias B., al eerder aangifte deed van bedreiging?\n"
        "\n"
        "Antwoord 2\n"
        "Ja. Ilias B. heeft in 2024 aangifte gedaan. De politie heeft toen met de vermoedelijke dader, Dion K., een\n"
        "stopgesprek gevoerd. Journaliste Mirjam van Oordt van RTV Utrecht heeft hierover bericht; haar bronnen ken\n"
        "ik niet. Burgemeester Dijksma is over de zaak geïnformeerd.\n",
        redact=[
            ("Ilias B.", "PERSON", E),
            ("Dion K.", "PERSON", E),
            ("Mirjam van Oordt", "PERSON", E),
        ],
        officials=["Van Weel", "Mutluer", "Dijksma"],
        visible=["Kanaleneiland", "RTV Utrecht", "Justitie en Veiligheid", "GroenLinks-PvdA"],
        batch=168,
    ),
    Doc(
        "nl-whatsapp-ios-export-familie",
        "[14-02-25 18:02:11] Anouk: Wie haalt oma Riet morgen op bij de dagbesteding?\n"
        "[14-02-25 18:05:40] Joost Hermsen: Ik kan niet, ik heb Daan en Fleur tot 6 uur\n"
        "[14-02-25 18:06:02] Anouk: Oké. Dan vraag ik Stijn\n"
        "[14-02-25 18:20:57] +31 6 41 09 77 32: Ik doe het wel. Groetjes, Mieke\n"
        "[14-02-25 18:21:30] Anouk: Top Mieke, dank je! 🙏\n",
        redact=[
            ("[14-02-25 18:02:11] |Anouk|:", "PERSON", E),
            ("Riet", "PERSON", E),
            ("Joost Hermsen", "PERSON", E),
            ("Daan", "PERSON", E),
            ("Fleur", "PERSON", E),
            ("[14-02-25 18:06:02] |Anouk|:", "PERSON", E),
            ("Stijn", "PERSON", E),
            ("+31 6 41 09 77 32", "PHONE", E),
            ("Groetjes, |Mieke|", "PERSON", E),
            ("[14-02-25 18:21:30] |Anouk|:", "PERSON", E),
            ("Top |Mieke|,", "PERSON", E),
        ],
        batch=168,
    ),
    Doc(
        "nl-uitzendbureau-lijst-poolse-kolomkoppen",
        "Bijlage 3 bij het inspectierapport: lijst van uitzendkrachten aangeleverd door Flexpraca Sp. z o.o.\n"
        "\n"
        "Lp.\tNazwisko i imię\tData urodzenia\tAdres w NL\n"
        "1\tNowak Tomasz\t04.07.1993\tHoofdstraat 12, Honselersdijk\n"
        "2\tWiśniewska Joanna\t21.11.1989\tHoofdstraat 12, Honselersdijk\n"
        "3\tZieliński Paweł\t30.01.2001\tVoorstraat 88a, Maasdijk\n",
        redact=[
            ("Nowak Tomasz", "PERSON", E),
            ("04.07.1993", "DATE_OF_BIRTH", E),
            ("Hoofdstraat 12", "ADDRESS", E),
            ("Wiśniewska Joanna", "PERSON", E),
            ("21.11.1989", "DATE_OF_BIRTH", E),
            ("Zieliński Paweł", "PERSON", E),
            ("30.01.2001", "DATE_OF_BIRTH", E),
            ("Voorstraat 88a", "ADDRESS", E),
        ],
        visible=["Flexpraca Sp. z o.o.", "Honselersdijk", "Maasdijk"],
        batch=168,
    ),
    Doc(
        "en-uk-welsh-police-foi-officers",
        "Heddlu Dyfed-Powys Police\n"
        "Freedom of Information Unit\n"
        "\n"
        "FOI Reference: DP-2025-0217\n"
        "\n"
        "Dear Mr Pritchard,\n"
        "\n"
        "You asked about the search of a flat in Llanelli on 9 November 2024. The search was led by Detective\n"
        "Inspector Rhodri Vaughan; PC 2318 Bethan Lloyd and PC 1904 Gareth Owain Hughes attended. The occupant,\n"
        "Mr Dylan Jenkins, was not arrested. Chief Constable Dr Richard Lewis has approved the release of the\n"
        "policy on forced entry.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Ceri Morgan-Evans\n"
        "Disclosure Officer\n",
        redact=[
            ("Mr |Pritchard|,", "PERSON", E),
            ("Rhodri Vaughan", "PERSON", E),
            # the collar numbers were first left out; they identify an officer as the name does (rule 'collar-number')
            ("PC |2318|", "ID_NUMBER", E),
            ("Bethan Lloyd", "PERSON", E),
            ("PC |1904|", "ID_NUMBER", E),
            ("Gareth Owain Hughes", "PERSON", E),
            ("Dylan Jenkins", "PERSON", E),
            ("Ceri Morgan-Evans", "PERSON", E),
        ],
        officials=["Richard Lewis"],
        visible=["Heddlu Dyfed-Powys Police", "DP-2025-0217", "Llanelli", "9 November 2024", "Disclosure Officer"],
        batch=168,
    ),
    Doc(
        "nl-brief-gemeente-ondernemer-winkel",
        "Gemeente Arnhem\n"
        "Team Bijzondere Wetten\n"
        "\n"
        "Aan de heer M. Yılmaz\n"
        "Döner Palace Arnhem\n"
        "Steenstraat 41\n"
        "6828 CK Arnhem\n"
        "\n"
        "Onderwerp: waarschuwing sluitingstijden\n"
        "\n"
        "Geachte heer Yılmaz,\n"
        "\n"
        "Op 8 maart 2025 om 02:40 uur was uw zaak nog open. Toezichthouder R. Brinkhuis sprak met uw medewerker,\n"
        "de heer Sadık Öztürk, die verklaarde dat u hem had gevraagd tot 3 uur open te blijven. Burgemeester\n"
        "Marcouch heeft besloten u eerst een waarschuwing te geven.\n"
        "\n"
        "Hoogachtend,\n"
        "namens de burgemeester,\n"
        "\n"
        "ing. P.C.M. Wolters\n"
        "teamleider Bijzondere Wetten\n",
        redact=[
            ("M. Yılmaz", "PERSON", E),
            ("heer |Yılmaz|,", "PERSON", E),
            ("R. Brinkhuis", "PERSON", E),
            ("Sadık Öztürk", "PERSON", E),
            ("P.C.M. Wolters", "PERSON", E),
        ],
        officials=["Marcouch"],
        visible=["Gemeente Arnhem", "Team Bijzondere Wetten", "Döner Palace Arnhem", "Steenstraat 41", "6828 CK Arnhem",
                 "8 maart 2025"],
        batch=168,
    ),
    Doc(
        "nl-teams-chat-marokkaanse-achternamen-eerst",
        "[10:02] El Ouardi, Nadia (JenV/DGSenB)\n"
        "Heb jij de reactie van het OM al? Youssef wacht erop\n"
        "[10:04] Boukhrissi, Anouar (JenV/DGSenB)\n"
        "Nog niet, ik heb net met Fatima afgestemd dat zij het OM belt\n"
        "[10:05] El Ouardi, Nadia (JenV/DGSenB)\n"
        "Oké, de staatssecretaris wil het voor het commissiedebat, dus Anouar, wil je Fatima nog even herinneren?\n",
        redact=[
            ("El Ouardi, Nadia", "PERSON", E),
            ("Youssef", "PERSON", E),
            ("Boukhrissi, Anouar", "PERSON", E),
            ("met |Fatima| afgestemd", "PERSON", E),
            ("dus |Anouar|,", "PERSON", E),
            ("je |Fatima| nog", "PERSON", E),
        ],
        visible=["JenV/DGSenB", "OM", "commissiedebat"],
        batch=168,
    ),
    Doc(
        "nl-uitspraak-bestuursrecht-partijen-hoofdletters",
        "RECHTBANK MIDDEN-NEDERLAND\n"
        "Zittingsplaats Utrecht\n"
        "Bestuursrecht\n"
        "\n"
        "zaaknummer: UTR 24/4412\n"
        "\n"
        "uitspraak van de enkelvoudige kamer van 6 maart 2025 in de zaak tussen\n"
        "\n"
        "MOHAMMED EL HADDOUCHI, uit Utrecht, eiser\n"
        "(gemachtigde: mr. S. Tahiri),\n"
        "\n"
        "en\n"
        "\n"
        "het college van burgemeester en wethouders van de gemeente Utrecht, verweerder\n"
        "(gemachtigde: mr. L.M. de Bruijn-Stam).\n",
        redact=[
            ("MOHAMMED EL HADDOUCHI", "PERSON", E),
            ("S. Tahiri", "PERSON", E),
            ("L.M. de Bruijn-Stam", "PERSON", E),
        ],
        visible=["RECHTBANK MIDDEN-NEDERLAND", "UTR 24/4412", "6 maart 2025", "gemeente Utrecht"],
        batch=168,
    ),
    Doc(
        "nl-brief-vluchteling-gebroken-nederlands",
        "Beste mevrouw van de gemeente,\n"
        "\n"
        "Mijn naam is Abdulkarim Al-Hamwi. Ik woon met mijn familie in Doetinchem. Mijn vrouw heet Rasha en mijn\n"
        "zoon heet Omar, hij is 9 jaar. Ons huis is te klein, wij slapen met 5 personen in een kamer. Mijn broer\n"
        "Hussam kan ons niet helpen, hij woont in Duitsland. Kunt u mij bellen op 06 18 72 44 09?\n"
        "\n"
        "Met vriendelijke groeten,\n"
        "Abdulkarim\n",
        redact=[
            ("Abdulkarim Al-Hamwi", "PERSON", E),
            ("Rasha", "PERSON", E),
            ("Omar", "PERSON", E),
            ("Hussam", "PERSON", E),
            ("06 18 72 44 09", "PHONE", E),
            ("groeten,\n|Abdulkarim|", "PERSON", E),
        ],
        visible=["Doetinchem", "Duitsland"],
        batch=168,
    ),
    # -- batch 169 (round 8): written blind after the fixes for batch 168. An FBI press e-mail with an Acting Special
    # Agent in Charge and a SAC by the abbreviation, a ministry mail whose colleagues go by first name only, a
    # Belgian appeal court's ruling with the surname first in capitals, a cabinet meeting note with ministers, a
    # Surinamese family's WhatsApp, a municipal intake form with identifiers in Dutch formats, and an attendance
    # table with a function column.
    # First run: recall 0.884, precision 0.956, 0 of 7 officials flagged; after its fixes 0.977 / 1.0 / 0 of 7 (a
    # hospital visit in the chat, a passage, stays a strict xfail).
    Doc(
        "en-us-fbi-press-email-acting-sac",
        "From: Delgado, Rosa M. (PH) (FBI) <rmdelgado@fbi.gov>\n"
        "Sent: Friday, February 7, 2025 9:48 AM\n"
        "To: Hwang, Daniel (PH) (FBI) <dhwang2@fbi.gov>\n"
        "Subject: media inquiry - Kensington search\n"
        "\n"
        "Dan,\n"
        "\n"
        "The Inquirer's reporter, Shauna McBride, asked whether Acting Special Agent in Charge Luis Ortega will speak\n"
        "at Monday's press conference. SAC Jennifer Moreau is on leave until the 14th. The property owner, Walter\n"
        "Szymanski, called twice about the damage to his door.\n"
        "\n"
        "Rosa\n",
        redact=[
            ("Delgado, Rosa M.", "PERSON", E),
            ("rmdelgado@fbi.gov", "EMAIL", E),
            ("Hwang, Daniel", "PERSON", E),
            ("dhwang2@fbi.gov", "EMAIL", E),
            ("\n|Dan|,", "PERSON", E),
            ("Shauna McBride", "PERSON", E),
            ("Luis Ortega", "PERSON", E),
            ("Jennifer Moreau", "PERSON", E),
            ("Walter\nSzymanski", "PERSON", E),
            ("\n|Rosa|\n", "PERSON", E),
        ],
        visible=["Acting Special Agent in Charge", "Kensington", "The Inquirer", "February 7, 2025"],
        batch=169,
    ),
    Doc(
        "nl-mail-ministerie-voornamen-zonder-achternaam",
        "Van: Postma, Lieke <lieke.postma@minbzk.nl>\n"
        "Aan: DGOO-Woo <woo-dgoo@minbzk.nl>\n"
        "Onderwerp: stand van zaken verzoek 2025-0188\n"
        "\n"
        "Hoi allen,\n"
        "\n"
        "Volgens Bram zijn de stukken van de directie Participatie compleet. Ingrid heeft de zienswijzen van de\n"
        "provincies verwerkt; ik heb het concept aan Reinier gestuurd voor een juridische toets. De minister tekent\n"
        "waarschijnlijk volgende week. Sanne zit morgen bij de DG en neemt het lijstje mee.\n"
        "\n"
        "Groet,\n"
        "Lieke\n",
        redact=[
            ("Postma, Lieke", "PERSON", E),
            ("lieke.postma@minbzk.nl", "EMAIL", E),
            ("Bram", "PERSON", E),
            ("Ingrid", "PERSON", E),
            ("Reinier", "PERSON", E),
            ("Sanne", "PERSON", E),
            ("Groet,\n|Lieke|", "PERSON", E),
        ],
        visible=["woo-dgoo@minbzk.nl", "DGOO-Woo", "directie Participatie", "2025-0188"],
        batch=169,
    ),
    Doc(
        "be-arrest-hof-van-beroep-naam-hoofdletters-eerst",
        "HOF VAN BEROEP TE ANTWERPEN\n"
        "Kamer C6 - correctionele zaken\n"
        "\n"
        "ARREST\n"
        "\n"
        "In de zaak van het Openbaar Ministerie tegen:\n"
        "\n"
        "DE WINTER Kevin, geboren te Mechelen op 12 maart 1987, wonende te 2800 Mechelen, Battelsesteenweg 155,\n"
        "beklaagde, bijgestaan door mr. Sofie Peeters, advocaat te Antwerpen.\n"
        "\n"
        "De burgerlijke partij, VERMEULEN Anja, vordert een schadevergoeding.\n"
        "\n"
        "Uitgesproken in openbare terechtzitting door de voorzitter, mevrouw H. Van Dyck, in aanwezigheid van\n"
        "griffier J. Aerts.\n",
        redact=[
            ("DE WINTER Kevin", "PERSON", E),
            ("12 maart 1987", "DATE_OF_BIRTH", E),
            ("Battelsesteenweg 155", "ADDRESS", E),
            ("Sofie Peeters", "PERSON", E),
            ("VERMEULEN Anja", "PERSON", E),
        ],
        officials=["H. Van Dyck", "J. Aerts"],
        visible=["HOF VAN BEROEP TE ANTWERPEN", "Kamer C6", "ARREST", "Openbaar Ministerie"],
        batch=169,
    ),
    Doc(
        "nl-verslag-ministerraad-voorbereiding",
        "Verslag voorbereidend overleg asiel, 20 januari 2025\n"
        "\n"
        "Aanwezig: minister-president Schoof, minister Faber (AenM), minister Keijzer (VRO), staatssecretaris\n"
        "Struycken (JenV); van ambtelijke zijde: J.W. Bakhuizen (notulen), F. Öztürk (DGM)\n"
        "\n"
        "De minister-president opent. Minister Faber licht de stand van de opvang toe. Minister Keijzer wijst op de\n"
        "afspraken met gemeenten. Bakhuizen zal de actiepunten rondsturen.\n",
        redact=[
            ("J.W. Bakhuizen", "PERSON", E),
            ("F. Öztürk", "PERSON", E),
            (". |Bakhuizen| zal", "PERSON", E),
        ],
        officials=["Schoof", "Faber", "Keijzer", "Struycken"],
        visible=["AenM", "VRO", "JenV", "20 januari 2025", "DGM"],
        batch=169,
    ),
    Doc(
        "sr-whatsapp-familie-surinaamse-namen",
        "05/03/2025, 19:12 - Radjen Ramsaransing: Familie, oma Soekhdei gaat donderdag naar het ziekenhuis\n"
        "05/03/2025, 19:14 - Anjali Soekhoe-Ramsaransing: Wie rijdt? Ik moet werken\n"
        "05/03/2025, 19:20 - Wiranto Sastrodimedjo: Ik kan haar brengen, zeg maar hoe laat\n"
        "05/03/2025, 19:21 - Radjen Ramsaransing: Dank je Wiranto 👍 om 8 uur bij haar\n",
        redact=[
            ("Radjen Ramsaransing", "PERSON", E),
            ("Soekhdei", "PERSON", E),
            ("Anjali Soekhoe-Ramsaransing", "PERSON", E),
            ("Wiranto Sastrodimedjo", "PERSON", E),
            ("Dank je |Wiranto|", "PERSON", E),
        ],
        passages=[("naar het ziekenhuis", SPECIAL)],
        batch=169,
    ),
    Doc(
        "nl-intakeformulier-identificatie",
        "INTAKEFORMULIER SCHULDHULPVERLENING\n"
        "\n"
        "Achternaam:\tVan der Meer-Hofstede\n"
        "Voornamen:\tPetronella Johanna (Nelleke)\n"
        "BSN:\t204.815.538\n"
        "Geboortedatum:\t17-11-1968\n"
        "Identiteitsbewijs:\tpaspoort, nr. NW7K4R2P5\n"
        "Rekeningnummer:\tNL39 RABO 0341 2789 15\n"
        "Telefoon:\t06-29 48 17 03\n"
        "\n"
        "Nelleke heeft schulden bij de Belastingdienst en bij energieleverancier Vattenfall. Haar ex-partner, Ruud\n"
        "Hofstede, betaalt geen alimentatie.\n",
        redact=[
            ("Van der Meer-Hofstede", "PERSON", E),
            ("Petronella Johanna (Nelleke)", "PERSON", E),
            ("204.815.538", "BSN", BSN_GROUND),
            ("17-11-1968", "DATE_OF_BIRTH", E),
            ("NW7K4R2P5", "ID_DOCUMENT", E),
            ("NL39 RABO 0341 2789 15", "IBAN", E),
            ("06-29 48 17 03", "PHONE", E),
            ("\n|Nelleke| heeft", "PERSON", E),
            ("Ruud\nHofstede", "PERSON", E),
        ],
        visible=["INTAKEFORMULIER SCHULDHULPVERLENING", "Belastingdienst", "Vattenfall"],
        batch=169,
    ),
    Doc(
        "nl-presentielijst-functiekolom-tabs",
        "Presentielijst werkbezoek gedeputeerde aan zorgboerderij De Hoeve, 4 april 2025\n"
        "\n"
        "Naam\tFunctie\tOrganisatie\n"
        "Jeroen Steenbakkers\tgedeputeerde\tProvincie Limburg\n"
        "Maud Crombach\tbeleidsadviseur\tProvincie Limburg\n"
        "Harrie Vossen\teigenaar\tZorgboerderij De Hoeve\n"
        "Ans Vossen-Geurts\tdeelnemer dagbesteding\t-\n",
        redact=[
            ("Maud Crombach", "PERSON", E),
            ("Harrie Vossen", "PERSON", E),
            ("Ans Vossen-Geurts", "PERSON", E),
        ],
        officials=["Jeroen Steenbakkers"],
        visible=["Provincie Limburg", "Zorgboerderij De Hoeve", "4 april 2025", "beleidsadviseur"],
        batch=169,
    ),
    # -- batch 176 (round 8; numbered apart: 170 is the passages engineer's): written blind after the fixes for
    # batch 169. An employment tribunal's judgment with initials without stops, a mail whose subject line names a resident, a letter signed on a team leader's behalf,
    # a German district's letter with a Landrat, a Ukrainian statement with names in Cyrillic beside their
    # transliteration, and a council letter with a first name in brackets.
    # First run: recall 0.926, precision 0.96, 0 of 5 officials flagged; after its fixes 1.0 / 1.0 / 0 of 5.
    Doc(
        "en-uk-employment-tribunal-initials-no-stops",
        "EMPLOYMENT TRIBUNALS\n"
        "\n"
        "Claimant: Mrs P Adeyemi\n"
        "Respondent: Greenfield Care Homes Ltd\n"
        "\n"
        "Heard at: Leeds On: 11-13 February 2025\n"
        "Before: Employment Judge Hargreaves, Mr D Whitworth, Ms K Bhatti\n"
        "\n"
        "JUDGMENT\n"
        "\n"
        "1. The claimant's manager, Ms Joanne Tattersall, dismissed her after she raised concerns about staffing on\n"
        "the night shift. The claimant's daughter, Funmilayo, gave evidence on her behalf.\n"
        "\n"
        "Employment Judge Hargreaves\n",
        redact=[
            ("Mrs P Adeyemi", "PERSON", E),
            ("Joanne Tattersall", "PERSON", E),
            ("Funmilayo", "PERSON", E),
        ],
        officials=["Hargreaves", "D Whitworth", "K Bhatti"],
        visible=["Greenfield Care Homes Ltd", "EMPLOYMENT TRIBUNALS", "Leeds", "JUDGMENT"],
        batch=176,
    ),
    Doc(
        "nl-mail-onderwerpregel-met-naam",
        "Van: Wijkteam Centrum <wijkteamcentrum@tilburg.nl>\n"
        "Aan: Klachtencoördinator <klachten@tilburg.nl>\n"
        "Onderwerp: FW: klacht mevr. Çakır over bejegening door wijkteam\n"
        "\n"
        "Ter behandeling. Mevrouw Çakır voelt zich niet serieus genomen door onze collega Femke, die haar huisbezoek\n"
        "twee keer heeft afgezegd. Haar zoon Emre belde ook al naar de balie.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Wijkteam Centrum\n",
        redact=[
            ("mevr. |Çakır| over", "PERSON", E),
            ("Mevrouw |Çakır| voelt", "PERSON", E),
            ("Femke", "PERSON", E),
            ("Emre", "PERSON", E),
        ],
        visible=["wijkteamcentrum@tilburg.nl", "klachten@tilburg.nl", "Wijkteam Centrum", "Klachtencoördinator"],
        batch=176,
    ),
    Doc(
        "nl-besluit-namens-deze-teamleider",
        "Gemeente Zoetermeer\n"
        "\n"
        "Aan de heer R.J. (Rob) Kerkhof\n"
        "Dorpsstraat 114\n"
        "2712 AM Zoetermeer\n"
        "\n"
        "Betreft: aanvraag gehandicaptenparkeerplaats\n"
        "\n"
        "Geachte heer Kerkhof,\n"
        "\n"
        "Uw aanvraag is toegewezen. Het kenteken op het bord wordt 52-KXR-7.\n"
        "\n"
        "Hoogachtend,\n"
        "burgemeester en wethouders van Zoetermeer,\n"
        "namens deze,\n"
        "de teamleider Verkeer,\n"
        "\n"
        "M. de Groot-Koster\n",
        redact=[
            ("R.J. (Rob) Kerkhof", "PERSON", E),
            ("Dorpsstraat 114", "ADDRESS", E),
            ("2712 AM", "ADDRESS", E),
            ("heer |Kerkhof|,", "PERSON", E),
            ("52-KXR-7", "LICENSE_PLATE", E),
            ("M. de Groot-Koster", "PERSON", E),
        ],
        visible=["Gemeente Zoetermeer", "burgemeester en wethouders van Zoetermeer"],
        batch=176,
    ),
    Doc(
        "de-brief-kreis-landrat-sachbearbeiterin",
        "Kreis Borken\n"
        "Der Landrat\n"
        "Fachbereich Bauen und Umwelt\n"
        "Burloer Straße 93, 46325 Borken\n"
        "\n"
        "Herrn\n"
        "Jens Albrecht\n"
        "Vredener Straße 12\n"
        "46395 Bocholt\n"
        "\n"
        "Ihr Zeichen: -, Unser Zeichen: 63-2025-0412\n"
        "\n"
        "Sehr geehrter Herr Albrecht,\n"
        "\n"
        "Ihre Beschwerde über den Stall Ihres Nachbarn, Herrn Bernd Tenhagen, haben wir geprüft. Landrat Dr. Kai\n"
        "Zwicker hat die Stellungnahme der niederländischen Gemeente Winterswijk erhalten.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Im Auftrag\n"
        "\n"
        "Kerstin Möller\n",
        redact=[
            ("Jens Albrecht", "PERSON", E),
            ("Vredener Straße 12", "ADDRESS", E),
            ("Herr |Albrecht|,", "PERSON", E),
            ("Bernd Tenhagen", "PERSON", E),
            ("Kerstin Möller", "PERSON", E),
        ],
        officials=["Kai\nZwicker"],
        visible=["Kreis Borken", "Burloer Straße 93, 46325 Borken", "63-2025-0412", "Gemeente Winterswijk"],
        batch=176,
    ),
    Doc(
        "nl-verklaring-oekraiens-cyrillisch",
        "Vertaling van een verklaring (origineel in het Oekraïens)\n"
        "\n"
        "Ik, Olena Kovalenko (Олена Коваленко), geboren op 14 mei 1979 te Charkiv, verklaar dat mijn man Serhiy\n"
        "Kovalenko (Сергій Коваленко) sinds maart 2022 in het leger dient. Onze dochter Daryna woont bij mij.\n"
        "\n"
        "Beëdigd vertaler: mr. I. Vasylenko-de Ruiter\n",
        redact=[
            ("Olena Kovalenko", "PERSON", E),
            ("Олена Коваленко", "PERSON", E),
            ("14 mei 1979", "DATE_OF_BIRTH", E),
            ("Serhiy\nKovalenko", "PERSON", E),
            ("Сергій Коваленко", "PERSON", E),
            ("Daryna", "PERSON", E),
            ("I. Vasylenko-de Ruiter", "PERSON", E),
        ],
        visible=["Charkiv", "maart 2022"],
        batch=176,
    ),
    Doc(
        "nl-raadsinformatiebrief-voornaam-tussen-haakjes",
        "Raadsinformatiebrief\n"
        "Onderwerp: afhandeling schademelding Oostpolderweg\n"
        "\n"
        "Geachte raadsleden,\n"
        "\n"
        "Op 12 december 2024 viel een boom op de auto van de heer A. (Ahmed) Bouzerda uit Hoogezand. Wethouder\n"
        "Jorien Sijbring heeft hem op 17 december bezocht. De schade is inmiddels vergoed; zijn advocaat,\n"
        "mr. W.F. Kuipers, heeft de zaak gesloten.\n"
        "\n"
        "Het college van burgemeester en wethouders van Midden-Groningen,\n",
        redact=[
            ("A. (Ahmed) Bouzerda", "PERSON", E),
            ("W.F. Kuipers", "PERSON", E),
        ],
        officials=["Jorien Sijbring"],
        visible=["Oostpolderweg", "Hoogezand", "Midden-Groningen", "12 december 2024"],
        batch=176,
    ),
    # -- batch 200 (round 9): written blind, before any run of round 9. A ministry mail with a state secretary and a
    # mayor beside colleagues by first name, a UK children's services case note with Nigerian and Polish names, a
    # truancy officer's report of a home visit, a US immigration FOIA reply with a press secretary, council committee
    # minutes with members by party and a local party, and a UK readout of a minister's call with an ambassador.
    # First run: recall 0.895, precision 0.966, 1 of 11 officials flagged; after the fixes 1.0 / 1.0 / 0 of 11.
    Doc(
        "nl-mail-bzk-werkbezoek-staatssecretaris-r9",
        "Van: Koray Demirtaş <koray.demirtas@minbzk.nl>\n"
        "Verzonden: woensdag 5 februari 2025 16:41\n"
        "Aan: Hanneke Stoltenborg-Uijl; Bouchra el Idrissi\n"
        "CC: Secretariaat DGVB <secretariaat.dgvb@minbzk.nl>\n"
        "Onderwerp: RE: voorbereiding werkbezoek Lelystad\n"
        "\n"
        "Hanneke, Bouchra,\n"
        "\n"
        "Staatssecretaris Marloes Keizerwaard wil op 14 februari de bouwlocatie Warande in Lelystad bezoeken.\n"
        "Burgemeester Pieter-Jan Oudendijk ontvangt haar op het stadhuis. Bij de gemeente is Sven Kromhout\n"
        "(projectleider) ons aanspreekpunt; zijn nummer is 06-41873302.\n"
        "\n"
        "Bouchra, kun jij de spreekpunten maken? Hanneke stemt het programma af met Gijs van 't Erve van het\n"
        "kabinet. Het bezoek is nog niet openbaar, dus graag niet delen buiten het DG.\n"
        "\n"
        "Groet,\n"
        "Koray\n"
        "\n"
        "Koray Demirtaş\n"
        "Senior beleidsmedewerker Woningbouw\n"
        "Directoraat-generaal Volkshuisvesting en Bouwen\n"
        "M 06 29 17 48 53\n",
        redact=[
            ("Koray", "PERSON", E),
            ("Demirtaş", "PERSON", E),
            ("koray.demirtas@minbzk.nl", "EMAIL", E),
            ("Hanneke", "PERSON", E),
            ("Stoltenborg-Uijl", "PERSON", E),
            ("Bouchra", "PERSON", E),
            ("Bouchra el Idrissi", "PERSON", E),
            ("Sven Kromhout", "PERSON", E),
            ("06-41873302", "PHONE", E),
            ("Gijs van 't Erve", "PERSON", E),
            ("06 29 17 48 53", "PHONE", E),
        ],
        officials=["Marloes Keizerwaard", "Pieter-Jan Oudendijk"],
        visible=["secretariaat.dgvb@minbzk.nl", "Secretariaat DGVB", "Warande", "Lelystad", "14 februari",
                 "Directoraat-generaal Volkshuisvesting en Bouwen", "Senior beleidsmedewerker Woningbouw"],
        batch=200,
    ),
    Doc(
        "en-uk-childrens-services-case-note-r9",
        "Hartsmere Borough Council - Children's Services\n"
        "CASE NOTE (home visit)\n"
        "\n"
        "Child: Oluwaseun Adebayo-Clarke\n"
        "Date of birth: 14/09/2016\n"
        "Allocated social worker: Marta Wiśniewska\n"
        "Date of visit: 3 March 2025\n"
        "\n"
        "I visited the family home at 27 Foxglove Close. Present were mum (Chiamaka Adebayo), her partner\n"
        "Dariusz Nowicki and Seun's older sister Temi (12). Dariusz works nights at the distribution centre and\n"
        "was asleep when I arrived, so I spoke with him briefly at the end.\n"
        "\n"
        "Seun showed me his bedroom, which was clean and warm. Chiamaka told me that the school (Mrs Hollingworth,\n"
        "his Year 3 teacher) had raised his late arrivals with her again. I agreed to speak to the school's\n"
        "safeguarding lead, Mr Emeka Okafor, before the core group meeting.\n"
        "\n"
        "Cllr Bernadette Fairweather, Lead Member for Children, has asked to be kept informed because of the\n"
        "complaint the family made in January.\n"
        "\n"
        "Next visit: within 10 working days.\n"
        "M. Wiśniewska\n"
        "Social Worker, Assessment Team 2\n",
        redact=[
            ("Oluwaseun Adebayo-Clarke", "PERSON", E),
            ("14/09/2016", "DATE_OF_BIRTH", E),
            ("Marta Wiśniewska", "PERSON", E),
            ("27 Foxglove Close", "ADDRESS", E),
            ("Chiamaka", "PERSON", E),
            ("Chiamaka Adebayo", "PERSON", E),
            ("Dariusz", "PERSON", E),
            ("Dariusz Nowicki", "PERSON", E),
            ("Seun", "PERSON", E),
            ("Temi", "PERSON", E),
            ("Mrs Hollingworth", "PERSON", E),
            ("Emeka Okafor", "PERSON", E),
            ("M. Wiśniewska", "PERSON", E),
        ],
        officials=["Bernadette Fairweather"],
        visible=["Hartsmere Borough Council", "Children's Services", "3 March 2025", "Assessment Team 2",
                 "Lead Member for Children", "Year 3"],
        batch=200,
    ),
    Doc(
        "nl-leerplicht-verslag-huisbezoek-r9",
        "Gemeente Tiel - Team Leerplicht\n"
        "Verslag huisbezoek\n"
        "\n"
        "Leerling: Mustafa Aydoğan (groep 7, OBS De Regenboog)\n"
        "Leerplichtambtenaar: Wendelien Hoogendoorn\n"
        "Datum: 19 november 2024\n"
        "\n"
        "Op verzoek van de intern begeleider van de school, juf Marjolein, ben ik bij het gezin Aydoğan langs\n"
        "geweest op de Ravensweg 12a. Ik sprak met vader, Hüseyin Aydoğan, en met de oudste zus, Zeynep. Moeder\n"
        "werkt overdag in de kassen. Vader vertelt dat Mustafa 's ochtends voor zijn broertje Emir zorgt, omdat\n"
        "beide ouders vroeg weg moeten. De buurvrouw, mevrouw Tjon Sie Fat, brengt Emir soms naar de opvang.\n"
        "\n"
        "Afgesproken is dat Zeynep voortaan Emir wegbrengt. Ik bel over twee weken met de school (meester Jorrit,\n"
        "groepsleerkracht).\n"
        "\n"
        "W. Hoogendoorn\n",
        redact=[
            ("Mustafa Aydoğan", "PERSON", E),
            ("Mustafa", "PERSON", E),
            ("Wendelien Hoogendoorn", "PERSON", E),
            ("juf |Marjolein|", "PERSON", E),
            ("gezin |Aydoğan|", "PERSON", E),
            ("Ravensweg 12a", "ADDRESS", E),
            ("Hüseyin Aydoğan", "PERSON", E),
            ("Zeynep", "PERSON", E),
            ("Emir", "PERSON", E),
            ("mevrouw |Tjon Sie Fat|", "PERSON", E),
            ("meester |Jorrit|", "PERSON", E),
            ("W. Hoogendoorn", "PERSON", E),
        ],
        visible=["Gemeente Tiel", "Team Leerplicht", "OBS De Regenboog", "19 november 2024", "groep 7",
                 "intern begeleider", "groepsleerkracht"],
        batch=200,
    ),
    Doc(
        "en-us-uscis-foia-reply-press-secretary-r9",
        "From: Hovhannes Petrosyan <hovhannes.petrosyan@uscis.dhs.gov>\n"
        "Sent: Tuesday, January 21, 2025 10:02 AM\n"
        "To: Kateryna Bondarenko-Reyes <kbondarenko.reyes@gmail.com>\n"
        "Subject: Your FOIA request COW2024001873\n"
        "\n"
        "Dear Ms. Bondarenko-Reyes,\n"
        "\n"
        "Thank you for your patience. Your request for the A-file of your late father, Mykola Bondarenko, has been\n"
        "assigned to FOIA specialist Lillian Okonkwo-Barnes, who will contact you when the review is complete.\n"
        "As Press Secretary Dana Morrow said at last week's briefing, the agency is working to bring the backlog\n"
        "down this year.\n"
        "\n"
        "Regards,\n"
        "Hovhannes\n"
        "\n"
        "Hovhannes Petrosyan\n"
        "Government Information Specialist\n"
        "National Records Center, Lee's Summit, MO\n",
        redact=[
            ("Hovhannes", "PERSON", E),
            ("Hovhannes Petrosyan", "PERSON", E),
            ("hovhannes.petrosyan@uscis.dhs.gov", "EMAIL", E),
            ("Kateryna Bondarenko-Reyes", "PERSON", E),
            ("kbondarenko.reyes@gmail.com", "EMAIL", E),
            ("Ms. |Bondarenko-Reyes|", "PERSON", E),
            ("Mykola Bondarenko", "PERSON", E),
            ("Lillian Okonkwo-Barnes", "PERSON", E),
        ],
        officials=["Dana Morrow"],
        visible=["COW2024001873", "National Records Center", "Lee's Summit", "January 21, 2025",
                 "Government Information Specialist"],
        batch=200,
    ),
    Doc(
        "nl-notulen-commissie-ruimte-lokale-partij-r9",
        "Verslag van de commissie Ruimte van de gemeente Oost Gelre\n"
        "Datum: 10 maart 2025\n"
        "Aanwezig: de heer G.J. ter Braak (voorzitter, CDA), mevrouw A. Kolkman-Wenting (VVD), de heer S. Yıldız\n"
        "(GroenLinks-PvdA), wethouder M. Hoitink-Lammers\n"
        "Namens de ambtelijke organisatie: R. Gülpen (beleidsmedewerker ruimtelijke ordening)\n"
        "\n"
        "1. Inspreekrecht\n"
        "Mevrouw Anja Hulshof-te Riele, bewoner van de Borculoseweg, spreekt in over de zonneweide. Zij vraagt\n"
        "waarom omwonenden pas in januari zijn geïnformeerd. De heer Yıldız vraagt of de initiatiefnemer, de heer\n"
        "Bennie Wolterink, ook met de buurt heeft gesproken. Mevrouw Hulshof antwoordt dat dat één keer is gebeurd.\n"
        "\n"
        "2. Zonneweide Lichtenvoorde\n"
        "Wethouder Hoitink-Lammers zegt toe dat de ambtelijke organisatie (de heer Gülpen) vóór de raadsvergadering\n"
        "een overzicht van alle reacties stuurt. Mevrouw Kolkman-Wenting vraagt dat ook de reactie van\n"
        "Natuurmonumenten wordt meegenomen.\n",
        redact=[
            ("R. Gülpen", "PERSON", E),
            ("heer |Gülpen|", "PERSON", E),
            ("Anja Hulshof-te Riele", "PERSON", E),
            ("Mevrouw |Hulshof| antwoordt", "PERSON", E),
            ("Bennie Wolterink", "PERSON", E),
        ],
        officials=["G.J. ter Braak", "Kolkman-Wenting", "Yıldız", "Hoitink-Lammers"],
        visible=["Oost Gelre", "commissie Ruimte", "Borculoseweg", "Zonneweide Lichtenvoorde", "Natuurmonumenten",
                 "10 maart 2025", "beleidsmedewerker ruimtelijke ordening"],
        batch=200,
    ),
    Doc(
        "en-uk-readout-minister-ambassador-call-r9",
        "OFFICIAL-SENSITIVE\n"
        "\n"
        "READOUT: Minister for Europe's call with the Ukrainian Ambassador, 6 February 2025\n"
        "\n"
        "Participants: Minister Rachel Ashcombe; Ambassador Oksana Hrytsenko\n"
        "FCDO officials: Harriet Pemberton-Lowe (Private Secretary), Callum McAteer (Ukraine Unit)\n"
        "Note-taker: Aisha Rahman\n"
        "\n"
        "1. The Ambassador thanked the Minister for the UK's winter support package. She raised the case of\n"
        "a British-Ukrainian dual national, Mr Bohdan Kovalchuk, who has had no contact with his family since\n"
        "October. His wife, Iryna, has written to her constituency MP, Sarah Pennington MP.\n"
        "\n"
        "2. The Minister said she would ask officials for an update. Callum to follow up with consular\n"
        "colleagues; Harriet to send this readout to No10 (Oliver Garside) and to the Ambassador's office.\n",
        redact=[
            ("Harriet Pemberton-Lowe", "PERSON", E),
            ("Harriet", "PERSON", E),
            ("Callum McAteer", "PERSON", E),
            ("Callum", "PERSON", E),
            ("Aisha Rahman", "PERSON", E),
            ("Bohdan Kovalchuk", "PERSON", E),
            ("Iryna", "PERSON", E),
            ("Oliver Garside", "PERSON", E),
        ],
        officials=["Rachel Ashcombe", "Oksana Hrytsenko", "Sarah Pennington"],
        visible=["OFFICIAL-SENSITIVE", "Minister for Europe", "6 February 2025", "Ukraine Unit", "FCDO",
                 "Private Secretary", "No10"],
        batch=200,
    ),
    # -- batch 201 (round 9): written blind, before any run of round 9. A municipality's Wmo letter with Hindustani
    # names and a signer for the college, a US police incident report with names surname first, a parents' chat
    # export with nicknames, a ministry's inventory list with names in a column surname first, an embassy's
    # report with an ambassador and Armenian contacts, and a UK tribunal decision with a judge and witnesses.
    # First run: recall 0.898, precision 0.981, 0 of 8 officials flagged; after the fixes 1.0 / 0.982 / 0 of 8.
    Doc(
        "nl-brief-wmo-hindoestaanse-namen-r9",
        "Gemeente Capelle aan den IJssel\n"
        "Afdeling Zorg en Welzijn\n"
        "\n"
        "Aan de heer R.K. Ramsaran-Mahabiersing\n"
        "Fazantlaan 47\n"
        "2903 GB Capelle aan den IJssel\n"
        "\n"
        "Datum: 28 januari 2025\n"
        "Behandeld door: Ilona Verschoor-Baas\n"
        "Onderwerp: uw aanvraag huishoudelijke ondersteuning\n"
        "\n"
        "Geachte heer Ramsaran-Mahabiersing,\n"
        "\n"
        "U heeft op 6 januari samen met uw schoondochter, Priya Ramsaran, een aanvraag gedaan voor huishoudelijke\n"
        "ondersteuning. Op 15 januari hadden wij een gesprek bij u thuis; daarbij was ook uw kleinzoon Devesh\n"
        "aanwezig. Wij kennen u de ondersteuning toe voor drie uur per week, te leveren door Thuiszorg West.\n"
        "\n"
        "Wethouder Annemarie Stolk-Boender heeft in de gemeenteraad toegezegd dat aanvragen binnen acht weken\n"
        "worden afgehandeld. Dat is bij uw aanvraag gelukt.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens het college van burgemeester en wethouders,\n"
        "\n"
        "drs. C.M. (Carla) Blommestijn\n"
        "teamleider Wmo\n",
        redact=[
            ("R.K. Ramsaran-Mahabiersing", "PERSON", E),
            ("Fazantlaan 47", "ADDRESS", E),
            ("2903 GB", "ADDRESS", E),
            ("Ilona Verschoor-Baas", "PERSON", E),
            ("heer |Ramsaran-Mahabiersing|,", "PERSON", E),
            ("Priya Ramsaran", "PERSON", E),
            ("Devesh", "PERSON", E),
            ("C.M. (Carla) Blommestijn", "PERSON", E),
        ],
        officials=["Annemarie Stolk-Boender"],
        visible=["Gemeente Capelle aan den IJssel", "Afdeling Zorg en Welzijn", "28 januari 2025", "Thuiszorg West",
                 "teamleider Wmo"],
        batch=201,
    ),
    Doc(
        "en-us-police-incident-report-surname-first-r9",
        "RIVERTON POLICE DEPARTMENT\n"
        "INCIDENT REPORT  Case No. 25-004417\n"
        "\n"
        "Date/Time Reported: 02/14/2025 21:37\n"
        "Location: 1400 blk E Maple Ave\n"
        "Offense: Criminal Mischief\n"
        "\n"
        "Reporting Party: GUTIERREZ, ROSALINDA M.\n"
        "Involved Party: HOLLOWAY, TRAVIS J.\n"
        "Reporting Officer: Ofc. Kyle Brandt #2291\n"
        "\n"
        "NARRATIVE\n"
        "On the above date and time I responded to a call about a vehicle damaged in a parking lot. I met\n"
        "with Rosalinda Gutierrez, who stated that her ex-boyfriend, Travis Holloway, had scratched the door of\n"
        "her car. Her neighbor, Darnell Pickett, said he saw a white male in a gray hoodie near the car at\n"
        "about 21:15. I was unable to locate Holloway. Sgt. Melissa Okoye approved this report.\n"
        "\n"
        "Chief of Police Raymond Castellanos said in a statement on the department's Facebook page that\n"
        "vehicle damage in the area had gone up this winter.\n",
        redact=[
            ("GUTIERREZ, ROSALINDA M.", "PERSON", E),
            ("HOLLOWAY, TRAVIS J.", "PERSON", E),
            ("Kyle Brandt", "PERSON", E),
            ("Rosalinda Gutierrez", "PERSON", E),
            ("Travis Holloway", "PERSON", E),
            ("Darnell Pickett", "PERSON", E),
            ("locate |Holloway|", "PERSON", E),
            ("Melissa Okoye", "PERSON", E),
        ],
        officials=["Raymond Castellanos"],
        visible=["RIVERTON POLICE DEPARTMENT", "25-004417", "E Maple Ave", "Criminal Mischief", "NARRATIVE",
                 "02/14/2025 21:37"],
        batch=201,
    ),
    Doc(
        "nl-whatsapp-ouders-groep-8-bijnamen-r9",
        "[12-03-25 19:02:11] Femke Jorritsma: Hoi allemaal, wie rijdt er vrijdag mee naar het schoolkamp?\n"
        "[12-03-25 19:04:37] Rachid: Ik kan 3 kinderen meenemen, ook Ilyas en Sami\n"
        "[12-03-25 19:05:02] Femke Jorritsma: Top Rachid! 👍\n"
        "[12-03-25 19:09:45] Joke vd Berg: Kees en ik rijden ook. Mag Lieke bij Ilyas in de auto?\n"
        "[12-03-25 19:11:20] Rachid: Tuurlijk\n"
        "[12-03-25 19:15:53] +31 6 18 44 20 97: Hoi, ik ben de moeder van Nikolai. Hij mag niet bij Bram in de\n"
        "auto, graag even rekening mee houden\n"
        "[12-03-25 19:16:40] Femke Jorritsma: Is goed Swetlana, ik zet hem bij Joke\n"
        "[12-03-25 19:20:14] Joke vd Berg: Meester Wouter zei dat de bus om 8:30 vertrekt vanaf De Klimop\n",
        redact=[
            ("Femke Jorritsma", "PERSON", E),
            ("Rachid", "PERSON", E),
            ("Ilyas", "PERSON", E),
            ("Sami", "PERSON", E),
            ("Joke vd Berg", "PERSON", E),
            ("Kees", "PERSON", E),
            ("Lieke", "PERSON", E),
            ("+31 6 18 44 20 97", "PHONE", E),
            ("Nikolai", "PERSON", E),
            ("Bram", "PERSON", E),
            ("Swetlana", "PERSON", E),
            ("bij |Joke|", "PERSON", E),
            ("Meester |Wouter|", "PERSON", E),
        ],
        visible=["schoolkamp", "De Klimop", "12-03-25 19:02:11"],
        batch=201,
    ),
    Doc(
        "nl-woo-inventaris-jenv-achternaam-eerst-r9",
        "Ministerie van Justitie en Veiligheid\n"
        "Bijlage 1 bij het besluit op het Woo-verzoek over de opvang in Ter Apel\n"
        "\n"
        "Inventarislijst\n"
        "Nr.\tDatum\tSoort\tVan / aan\tBeoordeling\tGrond\n"
        "1\t04-07-2024\tE-mail\tSchaapman, D. (DGMI) aan Reitsma, L.\tdeels openbaar\t5.1.2e\n"
        "2\t05-07-2024\tNota\tDirectie Migratiebeleid aan de minister\topenbaar\t-\n"
        "3\t09-07-2024\tE-mail\tEl Khatib, N. aan Bos-Wijnands, H.J.\tdeels openbaar\t5.1.2e\n"
        "4\t11-07-2024\tVerslag\tOverleg COA en IND\tdeels openbaar\t5.1.2e, 5.2.1\n"
        "\n"
        "Toelichting\n"
        "In de documenten staan ook namen van medewerkers van het COA, onder wie de locatiemanager in Ter Apel,\n"
        "Joost Mellema. Die namen maken wij niet openbaar. De naam van de minister van Asiel en Migratie,\n"
        "Ingrid Faber-Hulst, en die van de burgemeester van Westerwolde, Jaap Velthuis, maken wij wel openbaar.\n"
        "Een verzoeker, de heer A. Haile Gebremedhin, schreef in document 3 over zijn verblijf op de locatie.\n",
        redact=[
            ("Schaapman, D.", "PERSON", E),
            ("Reitsma, L.", "PERSON", E),
            ("El Khatib, N.", "PERSON", E),
            ("Bos-Wijnands, H.J.", "PERSON", E),
            ("Joost Mellema", "PERSON", E),
            ("A. Haile Gebremedhin", "PERSON", E),
        ],
        officials=["Ingrid Faber-Hulst", "Jaap Velthuis"],
        visible=["Ministerie van Justitie en Veiligheid", "Ter Apel", "Directie Migratiebeleid", "DGMI",
                 "Overleg COA en IND", "deels openbaar", "04-07-2024", "Westerwolde"],
        batch=201,
    ),
    Doc(
        "en-nl-embassy-yerevan-report-contacts-r9",
        "Embassy of the Kingdom of the Netherlands in Yerevan\n"
        "Report of meetings, 17-18 October 2024\n"
        "\n"
        "Ambassador Hendrik-Jan Mulderij met the Deputy Minister of Foreign Affairs, Vahe Gevorgyan, on the\n"
        "border talks. Gevorgyan said a first meeting of the commissions was planned for November.\n"
        "\n"
        "The next day the embassy's political officer, Nienke Schuurmans, met civil society contacts in Gyumri:\n"
        "Anahit Sargsyan of a local women's rights group and the lawyer Tigran Hakobyan, who represents families\n"
        "of displaced persons from Nagorno-Karabakh. Sargsyan asked that her name not be shared with the\n"
        "authorities. Hakobyan described the case of a client, Mrs Gayane Avetisyan, whose son Aram has been\n"
        "missing since September 2023.\n"
        "\n"
        "Drafted by: N. Schuurmans; cleared by: Ambassador Mulderij\n",
        redact=[
            ("Nienke Schuurmans", "PERSON", E),
            ("Anahit Sargsyan", "PERSON", E),
            ("Tigran Hakobyan", "PERSON", E),
            ("|Sargsyan| asked", "PERSON", E),
            ("|Hakobyan| described", "PERSON", E),
            ("Gayane Avetisyan", "PERSON", E),
            ("Aram", "PERSON", E),
            ("N. Schuurmans", "PERSON", E),
        ],
        officials=["Hendrik-Jan Mulderij", "Vahe Gevorgyan", "Mulderij"],
        visible=["Embassy of the Kingdom of the Netherlands in Yerevan", "Gyumri", "Nagorno-Karabakh",
                 "17-18 October 2024", "September 2023", "political officer"],
        batch=201,
    ),
    Doc(
        "en-uk-tribunal-decision-witnesses-r9",
        "FIRST-TIER TRIBUNAL (SOCIAL ENTITLEMENT CHAMBER)\n"
        "Appeal reference: SC242/24/01187\n"
        "\n"
        "Appellant: Mr Kwabena Asante-Mensah\n"
        "Respondent: Secretary of State for Work and Pensions\n"
        "\n"
        "Tribunal Judge: Judge Philippa Harrow\n"
        "\n"
        "DECISION NOTICE\n"
        "1. The appeal is allowed.\n"
        "2. The Tribunal heard evidence from the appellant and from his daughter, Abena Asante, who helps him with\n"
        "his post and his bills. A letter from his former employer, Mr Gareth Pryce-Jones, was also read. The\n"
        "Tribunal preferred the evidence of Ms Asante to the report of the assessor, Ms L Fernandes.\n"
        "3. The appellant was represented by Ms Olamide Coker of Leeds Welfare Rights.\n",
        redact=[
            ("Kwabena Asante-Mensah", "PERSON", E),
            ("Abena Asante", "PERSON", E),
            ("Gareth Pryce-Jones", "PERSON", E),
            ("Ms |Asante|", "PERSON", E),
            ("Ms L Fernandes", "PERSON", E),
            ("Olamide Coker", "PERSON", E),
        ],
        officials=["Philippa Harrow"],
        visible=["FIRST-TIER TRIBUNAL", "SC242/24/01187", "Secretary of State for Work and Pensions",
                 "Leeds Welfare Rights", "DECISION NOTICE"],
        batch=201,
    ),
    # -- batch 202 (round 9): written blind, before any run of round 9. An HR interview report with Polish names,
    # a mail thread quoted with 'On ... wrote:' and a nickname, council questions by a council member with the
    # college's answer, a tab-separated attendance list with a director-general, a child protection report with a
    # Turkish family, and a UK press release quoting a spokesperson and a resident.
    # First run: recall 0.923, precision 1.0, 0 of 11 officials flagged; after the fixes 1.0 / 1.0 / 0 of 11.
    Doc(
        "nl-hr-verslag-gesprek-poolse-namen-r9",
        "Verslag gesprek over de uitzendkrachten op locatie Venlo\n"
        "Datum: 4 december 2024\n"
        "Deelnemers: Tomasz Kowalewski (uitzendkracht), Agnieszka Zielińska (tolk), Mark Hendriks (teamleider\n"
        "logistiek), Esther Pijnenburg-Claessens (HR-adviseur)\n"
        "\n"
        "Tomasz vertelt dat hij en zijn collega Paweł Dąbrowski sinds oktober zes dagen per week werken. Zij\n"
        "wonen met vier anderen in een huis aan de Kaldenkerkerweg. De huisbaas, een zekere Vermeulen, komt\n"
        "onaangekondigd binnen. Mark zegt dat het rooster per 1 januari wordt aangepast. Esther neemt contact op\n"
        "met het uitzendbureau (contactpersoon: Kasia Nowak) over de huisvesting.\n"
        "\n"
        "Actiepunten\n"
        "- Esther: uitzendbureau bellen over het huis aan de Kaldenkerkerweg\n"
        "- Mark: nieuw rooster naar Tomasz en Paweł\n",
        redact=[
            ("Tomasz Kowalewski", "PERSON", E),
            ("Tomasz", "PERSON", E),
            ("Agnieszka Zielińska", "PERSON", E),
            ("Mark Hendriks", "PERSON", E),
            ("Mark", "PERSON", E),
            ("Esther Pijnenburg-Claessens", "PERSON", E),
            ("Esther", "PERSON", E),
            ("Paweł Dąbrowski", "PERSON", E),
            ("Paweł", "PERSON", E),
            ("een zekere |Vermeulen|", "PERSON", E),
            ("Kasia Nowak", "PERSON", E),
        ],
        visible=["Venlo", "4 december 2024", "Kaldenkerkerweg", "teamleider", "HR-adviseur", "Actiepunten",
                 "1 januari"],
        batch=202,
    ),
    Doc(
        "en-mail-thread-wrote-nickname-r9",
        "From: Rebecca Thornbury <r.thornbury@eastmoor.gov.uk>\n"
        "Sent: 12 March 2025 15:20\n"
        "To: Jaswinder Gill <jaswinder.gill@eastmoor.gov.uk>\n"
        "Subject: Re: Licensing hearing - Golden Lion\n"
        "\n"
        "Thanks Jas, that works. I'll let Fergus know.\n"
        "Bex\n"
        "\n"
        "On Wed, 12 Mar 2025 at 11:04, Jaswinder Gill <jaswinder.gill@eastmoor.gov.uk> wrote:\n"
        "> Hi Bex,\n"
        "> The landlord, Mr Declan Fahey, has asked to move the hearing to the 27th. His solicitor (Ruth Amankwah)\n"
        "> is away that week. Councillor Patel, who chairs the sub-committee, is fine with the new date.\n"
        "> Jas\n",
        redact=[
            ("Rebecca Thornbury", "PERSON", E),
            ("r.thornbury@eastmoor.gov.uk", "EMAIL", E),
            ("Jaswinder Gill", "PERSON", E),
            ("jaswinder.gill@eastmoor.gov.uk", "EMAIL", E),
            ("Jas", "PERSON", E),
            ("Fergus", "PERSON", E),
            ("Bex", "PERSON", E),
            ("Declan Fahey", "PERSON", E),
            ("Ruth Amankwah", "PERSON", E),
        ],
        officials=["Patel"],
        visible=["Licensing hearing", "Golden Lion", "12 March 2025", "sub-committee"],
        batch=202,
    ),
    Doc(
        "nl-schriftelijke-vragen-raadslid-antwoord-r9",
        "Schriftelijke vragen ex artikel 42 RvO\n"
        "Vragensteller: Lotte Brinkman-Oudeman (Partij voor de Dieren)\n"
        "Onderwerp: kap van de lindebomen aan de Stationsweg\n"
        "\n"
        "1. Klopt het dat een bewoner, de heer Frank Molenkamp, al in 2023 heeft gewaarschuwd voor de kap?\n"
        "2. Heeft de wethouder, Ruud Overbeek, met de bomenstichting gesproken?\n"
        "\n"
        "Antwoord van het college\n"
        "1. Ja. De heer Molenkamp heeft op 12 mei 2023 gemaild met onze boomdeskundige, de heer T. Smulders. Die\n"
        "heeft hem teruggebeld. In die mail noemde de heer Molenkamp ook zijn buurvrouw, Gerda Swinkels, die\n"
        "de bomen liet onderzoeken.\n"
        "2. Ja, wethouder Overbeek sprak op 3 februari met de voorzitter van Stichting Bomenwacht Oss.\n"
        "\n"
        "Burgemeester en wethouders van Oss,\n"
        "de secretaris,                 de burgemeester,\n"
        "drs. M.A. Verhoeven-Kusters    Wobine Buijs-Glaudemans\n",
        redact=[
            ("Frank Molenkamp", "PERSON", E),
            ("heer |Molenkamp|", "PERSON", E),
            ("T. Smulders", "PERSON", E),
            ("Gerda Swinkels", "PERSON", E),
        ],
        officials=["Lotte Brinkman-Oudeman", "Ruud Overbeek", "Overbeek", "M.A. Verhoeven-Kusters",
                   "Wobine Buijs-Glaudemans"],
        visible=["Stationsweg", "Stichting Bomenwacht Oss", "12 mei 2023", "3 februari", "RvO"],
        batch=202,
    ),
    Doc(
        "nl-presentielijst-tabs-dg-r9",
        "Presentielijst bestuurlijk overleg Noordzeekanaalgebied, 20 februari 2025\n"
        "\n"
        "Naam\tOrganisatie\tFunctie\n"
        "Femke Halsema\tGemeente Amsterdam\tburgemeester\n"
        "Jeroen Olthof\tGemeente Velsen\twethouder\n"
        "drs. P.H. Koenders\tMinisterie van IenW\tdirecteur-generaal\n"
        "Saskia van Leeuwen-Brandt\tMinisterie van IenW\tbeleidsadviseur\n"
        "Mehmet Öztürk\tProvincie Noord-Holland\tprojectsecretaris\n"
        "Yvonne Roozendaal\tPort of Amsterdam\tsecretaresse\n"
        "\n"
        "Verslag: Mehmet Öztürk\n",
        redact=[
            ("Saskia van Leeuwen-Brandt", "PERSON", E),
            ("Mehmet Öztürk", "PERSON", E),
            ("Yvonne Roozendaal", "PERSON", E),
        ],
        officials=["Femke Halsema", "Jeroen Olthof", "P.H. Koenders"],
        visible=["Noordzeekanaalgebied", "Gemeente Amsterdam", "Gemeente Velsen", "Ministerie van IenW",
                 "Provincie Noord-Holland", "Port of Amsterdam", "20 februari 2025", "beleidsadviseur"],
        batch=202,
    ),
    Doc(
        "nl-veilig-thuis-melding-turks-gezin-r9",
        "Veilig Thuis Gelderland-Zuid\n"
        "Verslag van een melding\n"
        "\n"
        "Melder: mevrouw D. Janssen-Arts, mentor op het Montessori College\n"
        "Betreft: Elif Kılıç (14) en haar broertje Kerem (9)\n"
        "Ouders: Serkan Kılıç en Ayşe Kılıç-Şahin\n"
        "\n"
        "De melder vertelt dat Elif de laatste weken vaak te laat komt en zegt dat er thuis veel ruzie\n"
        "is. Elif heeft haar vriendin Noa verteld dat vader haar moeder heeft geslagen. Noa heeft\n"
        "dit aan de mentor doorgegeven. De melder heeft nog niet met de ouders gesproken.\n"
        "\n"
        "Afspraak: casemanager Rick Gerritsen neemt binnen vijf werkdagen contact op met de moeder.\n",
        redact=[
            ("D. Janssen-Arts", "PERSON", E),
            ("Elif Kılıç", "PERSON", E),
            ("Elif", "PERSON", E),
            ("Kerem", "PERSON", E),
            ("Serkan Kılıç", "PERSON", E),
            ("Ayşe Kılıç-Şahin", "PERSON", E),
            ("Noa", "PERSON", E),
            ("Rick Gerritsen", "PERSON", E),
        ],
        passages=[("heeft geslagen", SPECIAL)],
        visible=["Veilig Thuis Gelderland-Zuid", "Montessori College", "mentor"],
        batch=202,
    ),
    Doc(
        "en-uk-press-release-spokesperson-resident-r9",
        "PRESS RELEASE - Northfield City Council\n"
        "For immediate release: 9 April 2025\n"
        "\n"
        "Council confirms closure of Beechwood Road bridge\n"
        "\n"
        "The bridge on Beechwood Road will close for six weeks from 22 April for repairs. A council spokesperson,\n"
        "Graham Whitlock, said: \"We know this will cause disruption and we are sorry for it.\"\n"
        "\n"
        "Local resident Margaret Oyelaran, 71, who has lived on Beechwood Road for forty years, told the council\n"
        "that the diversion adds twenty minutes to her bus journey. The Leader of the Council, Cllr Imran Saddiq,\n"
        "will meet residents on 15 April.\n"
        "\n"
        "Media enquiries: Sophie Langridge, Communications Officer, 0121 496 0733\n",
        redact=[
            ("Margaret Oyelaran", "PERSON", E),
            ("Sophie Langridge", "PERSON", E),
        ],
        officials=["Graham Whitlock", "Imran Saddiq"],
        # the press line was first written as private; this set reads a number a press release gives every journalist
        # ('Media enquiries: ...') as the body's press line (identifiers.public_phone_at), so it stays visible
        visible=["Northfield City Council", "Beechwood Road", "9 April 2025", "22 April", "15 April",
                 "Communications Officer", "0121 496 0733"],
        batch=202,
    ),
    # -- batch 203 (round 9): written blind, before any run of round 9. A Dutch court ruling with a judge, a clerk
    # and an authorised representative, a UK Home Office letter with a Nigerian sponsor, a municipal mail whose
    # signature gives a name with particles and its box, a note to the minister with a paraphs table, a US
    # senator's letter to an agency about a constituent, and a phone note with a caller by first name.
    # First run: recall 0.974, precision 0.886, 2 of 9 officials flagged; after the fixes 0.975 / 1.0 / 0 of 9.
    Doc(
        "nl-uitspraak-rechtbank-bestuursrecht-r9",
        "RECHTBANK OOST-BRABANT\n"
        "Bestuursrecht\n"
        "zaaknummer: SHE 24/3318\n"
        "\n"
        "uitspraak van de enkelvoudige kamer van 13 februari 2025 in de zaak tussen\n"
        "\n"
        "Dragan Petrović, uit Helmond, eiser\n"
        "(gemachtigde: mr. J.W.M. van Kempen-Thijssen),\n"
        "\n"
        "en\n"
        "\n"
        "het college van burgemeester en wethouders van Helmond (het college)\n"
        "(gemachtigde: I. Bouwmans).\n"
        "\n"
        "Procesverloop\n"
        "Eiser heeft beroep ingesteld tegen de weigering van een omgevingsvergunning voor een carport. Zijn\n"
        "buurman, de heer Gijsbers, heeft als derde-partij deelgenomen aan het geding. De zitting was op\n"
        "21 januari 2025. Eiser was aanwezig, bijgestaan door zijn gemachtigde en zijn zoon Luka.\n"
        "\n"
        "Deze uitspraak is gedaan door mr. A.C. Wientjes-Dekker, rechter, in aanwezigheid van\n"
        "mr. F. el Ouazzani, griffier.\n",
        redact=[
            ("Dragan Petrović", "PERSON", E),
            ("J.W.M. van Kempen-Thijssen", "PERSON", E),
            ("I. Bouwmans", "PERSON", E),
            ("heer |Gijsbers|", "PERSON", E),
            ("Luka", "PERSON", E),
        ],
        officials=["A.C. Wientjes-Dekker", "F. el Ouazzani"],
        visible=["RECHTBANK OOST-BRABANT", "SHE 24/3318", "13 februari 2025", "Helmond", "Procesverloop",
                 "21 januari 2025"],
        batch=203,
    ),
    Doc(
        "en-uk-home-office-letter-sponsor-r9",
        "Home Office\n"
        "UK Visas and Immigration\n"
        "Lunar House, 40 Wellesley Road, Croydon CR9 2BY\n"
        "\n"
        "Mrs Ngozi Chukwuemeka-Obi\n"
        "Flat 4, 88 Stanhope Road\n"
        "Reading RG2 7HN\n"
        "\n"
        "Your reference: family visit application of Chinedu Obi\n"
        "\n"
        "Dear Mrs Chukwuemeka-Obi,\n"
        "\n"
        "Thank you for your letter of 2 February about the visit visa application of your brother, Chinedu Obi.\n"
        "The application was refused because the caseworker was not satisfied that Mr Obi would leave the UK at\n"
        "the end of his visit. You say in your letter that your MP, Matthew Rodwell MP, has also written to the\n"
        "Minister for Border Security and Asylum, Angela Corrigan MP, about the case. The Minister has asked me to\n"
        "reply on her behalf.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Priyanka Deshmukh\n"
        "Correspondence Team\n",
        redact=[
            ("Ngozi Chukwuemeka-Obi", "PERSON", E),
            ("Flat 4, 88 Stanhope Road", "ADDRESS", E),
            ("RG2 7HN", "ADDRESS", E),
            ("Chinedu Obi", "PERSON", E),
            ("Mrs |Chukwuemeka-Obi|,", "PERSON", E),
            ("Mr |Obi|", "PERSON", E),
            ("Priyanka Deshmukh", "PERSON", E),
        ],
        officials=["Matthew Rodwell", "Angela Corrigan"],
        visible=["UK Visas and Immigration", "Lunar House, 40 Wellesley Road, Croydon CR9 2BY",
                 "Correspondence Team", "2 February"],
        batch=203,
    ),
    Doc(
        "nl-mail-gemeente-handtekening-tussenvoegsels-r9",
        "Van: J. van der Meulen-Tan <j.vandermeulen-tan@zwolle.nl>\n"
        "Aan: 'Harm Dijkhuis' <harmdijkhuis58@ziggo.nl>\n"
        "Onderwerp: uw melding over de speeltuin aan de Assendorperstraat\n"
        "\n"
        "Beste meneer Dijkhuis,\n"
        "\n"
        "Dank voor uw melding van vorige week. Mijn collega Sharon de Boer-Kwakman van de buitendienst is\n"
        "gisteren gaan kijken. Het kapotte klimrek wordt volgende week vervangen. Onze wijkwethouder, Merel\n"
        "Knoef-Hesselink, komt in mei ook langs in de wijk; dan kunt u haar er zelf naar vragen.\n"
        "\n"
        "Hartelijke groet,\n"
        "\n"
        "Jacqueline van der Meulen-Tan\n"
        "wijkregisseur Zwolle-Zuid | Gemeente Zwolle\n"
        "T 038 498 2731 | jacqueline werkt niet op vrijdag\n",
        redact=[
            ("J. van der Meulen-Tan", "PERSON", E),
            ("j.vandermeulen-tan@zwolle.nl", "EMAIL", E),
            ("Harm Dijkhuis", "PERSON", E),
            ("harmdijkhuis58@ziggo.nl", "EMAIL", E),
            ("meneer |Dijkhuis|", "PERSON", E),
            ("Sharon de Boer-Kwakman", "PERSON", E),
            ("Jacqueline van der Meulen-Tan", "PERSON", E),
            ("038 498 2731", "PHONE", E),
            ("|jacqueline| werkt", "PERSON", E),
        ],
        officials=["Merel\nKnoef-Hesselink"],
        visible=["Assendorperstraat", "Gemeente Zwolle", "wijkregisseur Zwolle-Zuid", "buitendienst"],
        batch=203,
    ),
    Doc(
        "nl-nota-minister-parafenlijst-r9",
        "Nota aan de minister van Onderwijs, Cultuur en Wetenschap\n"
        "\n"
        "Onderwerp: reactie op de brief van de Stichting Oudervereniging Thuisonderwijs\n"
        "Datum: 7 maart 2025\n"
        "Kenmerk: 48812043\n"
        "\n"
        "Parafen\n"
        "Directeur PO\t\tmr. E.J. Slotboom\t\t6-3\n"
        "Plv. directeur\t\tF. Amrani\t\t5-3\n"
        "Steller\t\tdrs. B. Hoekman-Pranger\t\t4-3\n"
        "\n"
        "Aanleiding\n"
        "De voorzitter van de stichting, de heer Wilbert Scheepstra, vraagt u in zijn brief van 12 februari om een\n"
        "gesprek. Hij verwijst naar uw uitspraken in het debat van 29 januari met Kamerlid Esther Groenveld-Tamsma.\n"
        "\n"
        "Advies\n"
        "Wij adviseren u het gesprek te laten voeren door de directeur PO. Minister Eppo Bruins heeft eerder\n"
        "aangegeven thuisonderwijs zelf te willen bespreken met de sector.\n",
        redact=[
            ("E.J. Slotboom", "PERSON", E),
            ("F. Amrani", "PERSON", E),
            ("B. Hoekman-Pranger", "PERSON", E),
            ("Wilbert Scheepstra", "PERSON", E),
        ],
        # added after the first run, which found it: the advice of a note to the minister is a personal policy opinion
        passages=[("Wij adviseren u", "5.2.1")],
        officials=["Esther Groenveld-Tamsma", "Eppo Bruins"],
        visible=["Onderwijs, Cultuur en Wetenschap", "Stichting Oudervereniging Thuisonderwijs", "7 maart 2025",
                 "48812043", "Directeur PO", "Aanleiding", "Advies", "12 februari"],
        batch=203,
    ),
    Doc(
        "en-us-senator-constituent-inquiry-r9",
        "United States Senate\n"
        "WASHINGTON, DC 20510\n"
        "\n"
        "March 4, 2025\n"
        "\n"
        "Congressional Liaison Office\n"
        "Department of Veterans Affairs\n"
        "\n"
        "Dear Liaison:\n"
        "\n"
        "I am writing on behalf of my constituent, Mr. Deshawn L. Whitfield of Beaumont, Texas, who served in\n"
        "the U.S. Army from 2004 to 2012. Mr. Whitfield contacted my office about a delay in his claim. His wife,\n"
        "Monique Whitfield, has also written to the office of Representative Carla Espinoza-Reyes.\n"
        "\n"
        "Please direct your reply to my caseworker, Brittany Galloway, in my Beaumont office.\n"
        "\n"
        "Sincerely,\n"
        "\n"
        "Thomas R. Hadley\n"
        "United States Senator\n",
        redact=[
            ("Deshawn L. Whitfield", "PERSON", E),
            ("Mr. |Whitfield| contacted", "PERSON", E),
            ("Monique Whitfield", "PERSON", E),
            ("Brittany Galloway", "PERSON", E),
        ],
        officials=["Carla Espinoza-Reyes", "Thomas R. Hadley"],
        visible=["United States Senate", "Congressional Liaison Office", "Department of Veterans Affairs",
                 "March 4, 2025", "Beaumont, Texas", "U.S. Army"],
        batch=203,
    ),
    Doc(
        "nl-telefoonnotitie-beller-voornaam-r9",
        "TELEFOONNOTITIE\n"
        "Datum/tijd: 22-01-2025, 10.15 uur\n"
        "Aangenomen door: Bas\n"
        "Voor: Monique Tiemessen (team Belastingen)\n"
        "Beller: mevrouw Halima Bakkali, tel. 06-24917738\n"
        "\n"
        "Mevrouw belt over de aanslag afvalstoffenheffing voor de woning van haar overleden vader, de heer\n"
        "Abdelkader Bakkali, aan de Pieter de Hoochstraat 9. Haar broer Youssef regelt de nalatenschap; hij\n"
        "heeft het huis per 1 december opgezegd. Halima vraagt of de aanslag kan worden verminderd en wil\n"
        "graag teruggebeld worden na 14.00 uur.\n"
        "\n"
        "Monique, kun jij haar terugbellen? Groet, Bas\n",
        redact=[
            ("Aangenomen door: |Bas|", "PERSON", E),
            ("Groet, |Bas|", "PERSON", E),
            ("Monique Tiemessen", "PERSON", E),
            ("|Monique|, kun", "PERSON", E),
            ("Halima Bakkali", "PERSON", E),
            ("Halima", "PERSON", E),
            ("06-24917738", "PHONE", E),
            ("Abdelkader Bakkali", "PERSON", E),
            ("Pieter de Hoochstraat 9", "ADDRESS", E),
            ("Youssef", "PERSON", E),
        ],
        visible=["TELEFOONNOTITIE", "team Belastingen", "afvalstoffenheffing", "22-01-2025", "1 december"],
        batch=203,
    ),
    # -- batch 204 (round 9): written blind after the fixes for batches 200-203. A bus company's complaint handling
    # with a driver and a manager, a US declaration in a civil case, a public-space report from an app with Surinamese
    # Javanese names, a UK housing association's anti-social behaviour log, a forwarded ministry mail with names in
    # the address book's order and a Member of Parliament, and Flemish council minutes with Belgian parties.
    # First run: recall 0.917, precision 0.893, 8 of 10 officials flagged (the Flemish council's members: no Belgian
    # party was listed, nor a Flemish municipality's 'algemeen directeur'); after its fixes 1.0 / 1.0 / 0 of 10 (one
    # strict xfail: a member of parliament as 'het lid X', visible but not shown as kept).
    Doc(
        "nl-klachtafhandeling-buschauffeur-r9",
        "Klachtnummer: K-2025-00871\n"
        "Ontvangen: 3 februari 2025, via het webformulier\n"
        "Klager: mw. S. (Sabine) de Haan-Oyelaran, Pruimengaard 17, 2716 PC Zoetermeer\n"
        "\n"
        "Samenvatting van de klacht\n"
        "Mevrouw stond op 30 januari met haar zoontje Jayden bij de halte Stadhuis. De chauffeur van lijn 70 reed\n"
        "door zonder te stoppen. Een andere reiziger, de heer Oguz Demir, heeft het voorval gezien en wil dat\n"
        "bevestigen.\n"
        "\n"
        "Afhandeling\n"
        "Teamleider Marco Verhagen heeft de rittenstaat bekeken en met de chauffeur, Johan Luyendijk, gesproken.\n"
        "Luyendijk zegt dat hij de halte niet zag door de zon. Sabine heeft op 10 februari een excuusbrief en een\n"
        "tegoedbon ontvangen. De klacht is gegrond verklaard.\n"
        "\n"
        "Behandelaar: Gülşen Arıkan, klantenservice\n",
        redact=[
            ("S. (Sabine) de Haan-Oyelaran", "PERSON", E),
            ("Pruimengaard 17", "ADDRESS", E),
            ("2716 PC", "ADDRESS", E),
            ("Jayden", "PERSON", E),
            ("Oguz Demir", "PERSON", E),
            ("Marco Verhagen", "PERSON", E),
            ("Johan Luyendijk", "PERSON", E),
            ("|Luyendijk| zegt", "PERSON", E),
            ("|Sabine| heeft", "PERSON", E),
            ("Gülşen Arıkan", "PERSON", E),
        ],
        visible=["K-2025-00871", "3 februari 2025", "halte Stadhuis", "lijn 70", "klantenservice", "10 februari"],
        batch=204,
    ),
    Doc(
        "en-us-declaration-civil-case-r9",
        "UNITED STATES DISTRICT COURT\n"
        "DISTRICT OF NEW MEXICO\n"
        "\n"
        "ESPERANZA QUINTANILLA,\n"
        "        Plaintiff,\n"
        "v.                                        Case No. 1:24-cv-00912-KWR\n"
        "CITY OF LAS CRUCES, et al.,\n"
        "        Defendants.\n"
        "\n"
        "DECLARATION OF TOMÁS ARCHULETA\n"
        "\n"
        "I, Tomás Archuleta, declare as follows:\n"
        "1. I am the plaintiff's neighbor and have lived at 2214 Calle del Norte, Las Cruces, since 2011.\n"
        "2. On March 9, 2024, I saw Officer Brent Kowalski and a second officer, whose name I later learned was\n"
        "Dana Whitehorse, stop Ms. Quintanilla's son, Mateo, in front of her house.\n"
        "3. My wife, Lucía, called Ms. Quintanilla at work.\n"
        "\n"
        "I declare under penalty of perjury that the foregoing is true and correct.\n"
        "Executed on June 2, 2025.\n"
        "\n"
        "/s/ Tomás Archuleta\n",
        redact=[
            ("ESPERANZA QUINTANILLA", "PERSON", E),
            ("TOMÁS ARCHULETA", "PERSON", E),
            ("Tomás Archuleta", "PERSON", E),
            ("2214 Calle del Norte", "ADDRESS", E),
            ("Brent Kowalski", "PERSON", E),
            ("Dana Whitehorse", "PERSON", E),
            ("Ms. Quintanilla", "PERSON", E),
            ("Mateo", "PERSON", E),
            ("Lucía", "PERSON", E),
        ],
        visible=["UNITED STATES DISTRICT COURT", "DISTRICT OF NEW MEXICO", "CITY OF LAS CRUCES", "1:24-cv-00912-KWR",
                 "March 9, 2024", "June 2, 2025"],
        batch=204,
    ),
    Doc(
        "nl-melding-openbare-ruimte-app-javaanse-namen-r9",
        "Melding openbare ruimte MOR-2025-114093\n"
        "Categorie: zwerfafval / dumping\n"
        "Locatie: achterpad tussen Sitalsingel en Karimunplein, Den Haag\n"
        "Melder: Soeratin Kartosen-Wongsodikromo\n"
        "E-mail melder: s.kartosen@hotmail.com\n"
        "\n"
        "Toelichting melder:\n"
        "Al drie weken ligt hier een bank en een matras. Volgens mijn buurman Ramon Sital komen ze van het huis op\n"
        "nummer 22, daar is iemand verhuisd. Wilt u ook een keer kijken bij de container, die zit vol.\n"
        "\n"
        "Interne notitie (niet zichtbaar voor melder):\n"
        "Doorgezet naar HMS Escamp. Handhaver Nadia Amajjar gaat langs bij nummer 22. Afgemeld door: K. Ramdin\n",
        redact=[
            ("Soeratin Kartosen-Wongsodikromo", "PERSON", E),
            ("s.kartosen@hotmail.com", "EMAIL", E),
            ("Ramon Sital", "PERSON", E),
            ("Nadia Amajjar", "PERSON", E),
            ("K. Ramdin", "PERSON", E),
        ],
        visible=["MOR-2025-114093", "Sitalsingel", "Karimunplein", "Den Haag", "HMS Escamp", "zwerfafval"],
        batch=204,
    ),
    Doc(
        "en-uk-housing-asb-case-log-r9",
        "Brookvale Homes - Anti-Social Behaviour Case Log\n"
        "Case ref: ASB/25/0319\n"
        "Complainant: Mr Wojciech Lewandowski (Flat 12, Mercer House)\n"
        "Alleged perpetrator: Ms Shannon Doyle (Flat 14, Mercer House)\n"
        "Housing Officer: Gemma Pritchard\n"
        "\n"
        "14/01/25  Wojciech reports loud music after midnight on three nights. Says Shannon's boyfriend, a man called\n"
        "          Kyle, shouted at him on the stairs.\n"
        "20/01/25  Gemma visited Ms Doyle. She says the music was her brother's party and apologised.\n"
        "03/02/25  Joint visit with PCSO Aaron Mbeki. No further incidents reported.\n"
        "10/02/25  Ward councillor Cllr Dorothy Haines asked for an update; update sent.\n",
        redact=[
            ("Wojciech Lewandowski", "PERSON", E),
            ("Wojciech", "PERSON", E),
            ("Flat 12, Mercer House", "ADDRESS", E),
            ("Shannon Doyle", "PERSON", E),
            ("Shannon", "PERSON", E),
            ("Flat 14, Mercer House", "ADDRESS", E),
            ("Gemma Pritchard", "PERSON", E),
            ("Kyle", "PERSON", E),
            ("Gemma", "PERSON", E),
            ("Ms Doyle", "PERSON", E),
            ("Aaron Mbeki", "PERSON", E),
        ],
        officials=["Dorothy Haines"],
        visible=["Brookvale Homes", "ASB/25/0319", "Anti-Social Behaviour Case Log", "14/01/25", "Housing Officer"],
        batch=204,
    ),
    Doc(
        "nl-doorgestuurde-mail-adresboek-kamerlid-r9",
        "Van: Vos, Marijke (DGLM) <marijke.vos@minlnv.nl>\n"
        "Verzonden: maandag 17 maart 2025 08:55\n"
        "Aan: Tahiri, Anouar (DGLM); Hoekstra-Brouwer, Wietske\n"
        "Onderwerp: FW: mondelinge vraag over mestfraude\n"
        "\n"
        "Anouar, Wietske,\n"
        "\n"
        "Zie hieronder. Het lid Kostić heeft morgen een mondelinge vraag over mestfraude. De minister wil vanavond\n"
        "de antwoorden zien. Wietske, kun jij de cijfers van de NVWA checken bij Remco?\n"
        "\n"
        "Marijke\n"
        "\n"
        "Van: Schipper, Remco (NVWA) <r.schipper@nvwa.nl>\n"
        "Verzonden: vrijdag 14 maart 2025 17:12\n"
        "Aan: Vos, Marijke (DGLM)\n"
        "Onderwerp: mondelinge vraag over mestfraude\n"
        "\n"
        "Beste Marijke, in 2024 zijn 41 boeterapporten opgemaakt. Groet, Remco\n",
        redact=[
            ("Vos, Marijke", "PERSON", E),
            ("marijke.vos@minlnv.nl", "EMAIL", E),
            ("Tahiri, Anouar", "PERSON", E),
            ("Hoekstra-Brouwer, Wietske", "PERSON", E),
            ("Anouar", "PERSON", E),
            ("Wietske", "PERSON", E),
            ("Remco", "PERSON", E),
            ("Marijke", "PERSON", E),
            ("Schipper, Remco", "PERSON", E),
            ("r.schipper@nvwa.nl", "EMAIL", E),
        ],
        officials=["Kostić"],
        visible=["DGLM", "NVWA", "mestfraude", "17 maart 2025", "41 boeterapporten"],
        batch=204,
    ),
    Doc(
        "be-verslag-gemeenteraad-vlaamse-partijen-r9",
        "Gemeente Zoersel - Verslag gemeenteraad van 24 februari 2025\n"
        "\n"
        "Aanwezig: Liesbeth Verhoeven (N-VA), burgemeester; Koen Mertens (CD&V), schepen; Sofie Van Gorp (Vooruit),\n"
        "gemeenteraadslid; Bart De Clercq (Vlaams Belang), gemeenteraadslid; Hilde Peeters, algemeen directeur\n"
        "Verontschuldigd: Jan Wouters (Open VLD), gemeenteraadslid\n"
        "\n"
        "3. Vraag van een inwoner\n"
        "Een inwoner, de heer Dirk Janssens, vraagt waarom het fietspad langs de Kerkhoflei nog niet hersteld is.\n"
        "Schepen Mertens antwoordt dat aannemer Wim Verbist de werken in april start. Raadslid Van Gorp vraagt of de\n"
        "buren, de familie Aerts, vooraf een brief krijgen.\n",
        redact=[
            ("Dirk Janssens", "PERSON", E),
            ("Wim Verbist", "PERSON", E),
            ("familie |Aerts|", "PERSON", E),
        ],
        officials=["Liesbeth Verhoeven", "Koen Mertens", "Sofie Van Gorp", "Bart De Clercq", "Jan Wouters", "Mertens",
                   "Van Gorp", "Hilde Peeters"],
        visible=["Gemeente Zoersel", "24 februari 2025", "Kerkhoflei", "N-VA", "CD&V", "Vooruit", "Vlaams Belang"],
        batch=204,
    ),
]

# (document name, text) -> why the detector misses it; strict xfails, merged into test_detect_unseen.XFAIL
XFAIL: dict[tuple[str, str], str] = {
    ("nl-teams-chat-gekopieerd-huurtoeslag", "Mei-Ling"):
        "a first name after an imperative at a message's start ('Feliciteer Mei-Ling namens mij'): the capitalised verb "
        "no lexicon lists opens the run of capitals, and the chat's first-name rule wants the name to open it",
    ("nl-codebericht-ambassadeur-gesprekspartners", "Wanjiru Kamau"):
        "a first name and a surname no lexicon lists, after 'zijn adviseur,': an apposition after a possessive "
        "and a noun may also name a company ('haar werkgever, Albert Heijn'), so only a listed first name counts",
    ("be-collegebesluit-schepen-klacht", "Jan Claes"):
        "a Belgian municipality's top civil servant ('algemeen directeur Jan Claes'), public in his role as the "
        "'gemeentesecretaris' is: 'algemeen directeur' is no role word in the rule pack",
    ("nl-ggd-contactonderzoek-vietnamese-namen", "Trần Văn Minh"):
        "a Vietnamese name no lexicon lists after a relation word without a possessive ('Huisgenoten: echtgenoot Trần "
        "Văn Minh'): the relation rule wants 'haar echtgenoot', and no word of the name is a listed first name",
    ("nl-notulen-raad-schorsing-hoofdletters", "HOEKSTRA"):
        "a council member in capitals with a regional party the rule pack does not list ('DE HEER HOEKSTRA (FNP):'): "
        "'FNP' is no party in officials.parties, and one known party among the speakers is too few to read the "
        "others' tags as local parties",
    ("nl-notulen-raad-schorsing-hoofdletters", "heer |Hoekstra|."):
        "as 'HOEKSTRA': the same member later in the minutes, by title and surname",
    ("en-outlook-meeting-required-attendees", "Adebayo, Funmi"):
        "an address-book entry with a first name no lexicon lists and no middle initial ('Adebayo, Funmi'), on a "
        "label's line the rule pack does not list as a name field ('Required Attendees:')",
    ("en-outlook-meeting-required-attendees", "|Funmi| the"):
        "as 'Adebayo, Funmi': the entry is not found, so neither is the first name alone",
    ("en-outlook-meeting-required-attendees", "Hendy"):
        "a peer's title between the role and the surname ('Minister Lord Hendy'): the role rule reads 'Lord' as the "
        "surname's place; the name stays visible but is not shown as kept",
    ("nl-ocr-bezwaarbrief-wmo-ede", "Ter Horst"):
        "a surname with a particle after a title a scan misread ('rnevrouw\\nTer Horst', 'rn' for 'm'): no title is "
        "read, and a surname with particles alone needs one",
    ("nl-ocr-bezwaarbrief-wmo-ede", "Sinds rnijn heupoperatie"):
        "a health passage in a scan's text with 'rn' for 'm' ('rnijn heupoperatie'): the passage cues (passages.py, "
        "not people's) read no OCR variants",
    ("be-brief-stad-gent-geurhinder-kolommen", "Woodrow Wilsonplein 1, 9000 Gent"):
        "a city's own office address in its letterhead, under the city's and the service's name: only the "
        "government addresses listed in the rule pack (keep_addresses) are known to be public",
    ("nl-hr-verslag-functioneringsgesprek-dubbele-namen", "|Van den Akker| noemt"):
        "the first part of a double surname alone, without a title, whose full name stands above in a field ('P.W. van "
        "den Akker-Lodewijks'): the other mentions the engine seeks (engine._variants) hold the whole double surname "
        "and its last part, not the part before the hyphen",
    ("nl-ocr-brief-spaties-tussen-letters", "T j . Hoekstra - Dijkstra"):
        "a two-letter initial a scan split with a space ('T j . Hoekstra'): 'j' reads as a word, so the field's value "
        "opens with no name; the same name under the closing ('Tj .') is found",
    ("nl-ind-rapport-gehoor-eritrese-afghaanse-namen", "Gulalai"):
        "a single name no lexicon lists in an apposition after a plain noun ('een jongen uit Afghanistan, Gulalai'): "
        "'jongen' is no person noun of the rule pack, as 'man' and 'vrouw' are not (they are relations after a possessive)",
    ("en-eu-working-party-participants-capitals", "COPEN"):
        "a list's own marking ('list of participants (internal, not for publication)') is read as a foreign state's "
        "confidence by the passage rules (passages.py, rules/detection/grounds), with the meeting's heading above it",
    ("en-eu-working-party-participants-capitals", "23 January 2025"):
        "as 'COPEN': the passage over the list's marking takes in the heading's date",
    ("be-pv-verhoor-geboren-teken", "PROCES-VERBAAL VAN VERHOOR"):
        "a Belgian surname in capitals with its particle before the first name ('VAN HECKE Wim'): the other mentions "
        "the engine seeks (engine._variants) take its first word for a given name, and 'Van' is a listed first name "
        "that is mostly a word, so the heading's 'VAN' is flagged",
    ("nl-mail-bijnamen-tussen-aanhalingstekens", "is |Mo| ook"):
        "a nickname in quotes inside the name ('Mohamed \"Mo\" Bakkali'): the name is found, but the other mentions the "
        "engine seeks (engine._variants) read a nickname in brackets only ('Johannes (Hans) de Wit')",
    ("en-us-foia-referral-memo", "(b)(7)(C)"):
        "a FOIA office's recommendation on its own processing ('We recommend withholding under (b)(6) and (b)(7)(C)') "
        "is read as a personal policy opinion by the passage rules (passages.py, rules/detection/grounds), codes and all",
    ("nl-whatsapp-export-buurtpreventie", "Ahmet"):
        "a first name alone after a question in a chat ('... van nummer 12 toch? Ahmet of zo'): the chat rule takes a "
        "message's first word only when a verb follows it; a listed first name alone opens many sentences as a place "
        "or a word ('Gent', 'Israël', 'India' are listed first names)",
    ("nl-memoblaadje-transcriptie-dakkapel", "Hester"):
        "a colleague's first name alone in a handwritten note ('-> Hester vragen of ...'): no title, role or relation; "
        "listed first names alone mid-sentence measured 7 true against 59 false on the unseen set (round 7)",
    ("nl-memoblaadje-transcriptie-dakkapel", "Bart"):
        "as 'Hester': a first name with a unit's acronym after it ('Bart (BWT) zegt: ...') in a note, not in a list or "
        "a chat, where the rules read such a tag",
    ("nl-memoblaadje-transcriptie-dakkapel", "Wouter"):
        "as 'Hester': a first name alone after a noun ('zie ook mail Wouter 4/3')",
    ("cw-whatsapp-buurtgroep-papiaments", "Jurrick"):
        "a first name no lexicon lists at a Papiamentu message's start ('Jurrick di kas 14 tambe a yama'): the chat rule "
        "takes a message's first word only when it is a listed first name and a Dutch or English verb follows",
    ("nl-mail-gemeente-statushouders-syrisch-gezin", "apeldoorn@vwon.nl"):
        "a branch's box named by its town under the organisation's own display name ('VluchtelingenWerk Oost-Nederland "
        "<apeldoorn@vwon.nl>'): 'Apeldoorn' is also a listed surname, and a surname's box under a firm's name is a person's",
    ("be-ocmw-beslissing-bijzonder-comite", "Ilse De Ridder"):
        "a committee's members named before a plural role ('Ilse De Ridder, Tom Van Hoeymissen, leden;') in an "
        "attendance list: 'leden' is no role word, and members of a residents' committee are private",
    ("be-ocmw-beslissing-bijzonder-comite", "Tom Van Hoeymissen"):
        "as 'Ilse De Ridder': the second member before 'leden'",
    ("be-ocmw-beslissing-bijzonder-comite", "Stefaan Goossens"):
        "as 'Jan Claes': a Belgian municipality's top civil servant ('algemeen directeur'), no role word in the pack",
    ("nl-intake-notitie-eritrees-gezin", "Tekle"):
        "a first name no lexicon lists in an apposition after a relation of someone named ('Broer van Senait, Tekle, "
        "woont'): the relation rule reads 'de broer van' before a listed first name, not an apposition after it",
    ("en-uk-welsh-police-foi-officers", "Richard Lewis"):
        "a title between a role and its holder ('Chief Constable Dr Richard Lewis'): the name stops at 'Constable', a "
        "police rank the pack lists as a title, so the holder is neither found nor kept (he stays visible)",
    ("nl-brief-gemeente-ondernemer-winkel", "Steenstraat 41"):
        "a shop's address under its trade name without a legal form ('Döner Palace Arnhem\nSteenstraat 41'): only a "
        "body's word or a legal form marks the line above as an organisation's",
    ("nl-brief-gemeente-ondernemer-winkel", "6828 CK Arnhem"):
        "as 'Steenstraat 41': the postcode under the shop's street",
    ("sr-whatsapp-familie-surinaamse-namen", "naar het ziekenhuis"):
        "a family member's hospital visit in a chat ('oma Soekhdei gaat donderdag naar het ziekenhuis'): the health cues "
        "(passages.py, not people's) read a stay in hospital, not going there",
    ("nl-zienswijzen-overzicht-kolommen", "Plantage 44"):
        "a street without a street word ('Plantage 44, Houten') in a column headed 'Adres': the address rules want a "
        "street word, a postcode or a word for living somewhere; no rule reads a table's address column",
    ("en-us-fema-email-thread-wrote", "41-2291877"):
        "a disaster claimant's registration number ('my claim (FEMA registration 41-2291877)'): no rule knows an "
        "agency's case or registration numbers, and a number after 'registration' is as often a company's or a car's",
    ("nl-naheffingen-kentekenlijst", "gehandicaptenparkeerkaart"):
        "a disabled person's parking card says something about health ('had ... een geldige "
        "gehandicaptenparkeerkaart'): the health cues (passages) do not list it",
    ("nl-subsidieontvangers-tabs-iban", "NL14 ABNA 0331 1749 92"):
        "a company's account in its own row ('Loonbedrijf Hoekstra B.V.<tab>...<tab>NL14 ABNA ...'): the IBAN rule "
        "does not look at whose row a number stands in, as the address rules do for a business's cell",
    ("nl-mail-gemeente-handtekening-tussenvoegsels-r9", "|jacqueline| werkt"):
        "a colleague's first name in lower case in her signature ('jacqueline werkt niet op vrijdag'): the other "
        "mentions the engine seeks (engine._variants) keep the name's case, and a lower-case word is mostly a word",
    ("nl-doorgestuurde-mail-adresboek-kamerlid-r9", "Kostić"):
        "a member of parliament by the formula's short form ('Het lid Kostić heeft morgen een mondelinge vraag'): the "
        "rule pack lists 'vragen van het lid' and the like, not 'het lid' alone, which also names a club's member; the "
        "name stays visible but is not shown as kept",
}
