<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../review_controller.py" line="37"/>
        <source>Decision not saved</source>
        <translation>Beslissing niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../actions.py" line="19"/>
        <source>&amp;Open folder…</source>
        <translation>&amp;Map openen…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="19"/>
        <source>Open a folder of documents and screen it</source>
        <translation>Een map met documenten openen en screenen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="20"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="21"/>
        <source>Open &amp;dossier database…</source>
        <translation>&amp;Dossierdatabase openen…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="22"/>
        <source>Open an existing dossier database (.sqlite)</source>
        <translation>Een bestaande dossierdatabase openen (.sqlite)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="23"/>
        <source>Open &amp;team dossier (server)…</source>
        <translation>Open &amp;teamdossier (server)…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="24"/>
        <source>Open a dossier on a PostgreSQL server: postgresql+psycopg://user@host/dossier</source>
        <translation>Open een dossier op een PostgreSQL-server: postgresql+psycopg://gebruiker@host/dossier</translation>
    </message>
    <message>
        <location filename="../actions.py" line="25"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="26"/>
        <source>Write redacted PDFs, the inventory list and the redaction log</source>
        <translation>Gelakte pdf’s, de inventarislijst en het laklogboek schrijven</translation>
    </message>
    <message>
        <location filename="../actions.py" line="27"/>
        <source>Require &amp;four eyes before export</source>
        <translation>&amp;Vier ogen vereisen voor export</translation>
    </message>
    <message>
        <location filename="../actions.py" line="28"/>
        <source>Export a document only after a second reviewer, who made no decisions on it, approved it (Ctrl+Shift+A); the setting is the dossier&apos;s, for every reviewer</source>
        <translation>Exporteer een document pas nadat een tweede beoordelaar, die er zelf geen besluiten over nam, het heeft goedgekeurd (Ctrl+Shift+A); de instelling geldt voor het dossier, voor elke beoordelaar</translation>
    </message>
    <message>
        <location filename="../actions.py" line="31"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../actions.py" line="31"/>
        <source>Close the app; every decision is already saved</source>
        <translation>De app sluiten; elk besluit is al opgeslagen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="33"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../actions.py" line="33"/>
        <source>Undo the last decision</source>
        <translation>Het laatste besluit ongedaan maken</translation>
    </message>
    <message>
        <location filename="../actions.py" line="33"/>
        <source>Undo</source>
        <translation>Ongedaan</translation>
    </message>
    <message>
        <location filename="../actions.py" line="34"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../actions.py" line="34"/>
        <source>Redo the decision just undone</source>
        <translation>Het zojuist ongedaan gemaakte besluit opnieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="35"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../actions.py" line="37"/>
        <source>&amp;Next finding</source>
        <translation>&amp;Volgende bevinding</translation>
    </message>
    <message>
        <location filename="../actions.py" line="37"/>
        <source>Go to the next finding in the list</source>
        <translation>Naar de volgende bevinding in de lijst</translation>
    </message>
    <message>
        <location filename="../actions.py" line="38"/>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location filename="../actions.py" line="39"/>
        <source>&amp;Previous finding</source>
        <translation>V&amp;orige bevinding</translation>
    </message>
    <message>
        <location filename="../actions.py" line="40"/>
        <source>Go to the previous finding in the list</source>
        <translation>Naar de vorige bevinding in de lijst</translation>
    </message>
    <message>
        <location filename="../actions.py" line="40"/>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../actions.py" line="41"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="41"/>
        <source>Redact this finding with its ground</source>
        <translation>Deze bevinding lakken met haar grond</translation>
    </message>
    <message>
        <location filename="../actions.py" line="42"/>
        <source>&amp;Reject</source>
        <translation>A&amp;fwijzen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="42"/>
        <source>Keep this text visible</source>
        <translation>Deze tekst zichtbaar laten</translation>
    </message>
    <message>
        <location filename="../actions.py" line="43"/>
        <source>Change &amp;ground…</source>
        <translation>&amp;Grond wijzigen…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="43"/>
        <source>Redact this finding with another ground</source>
        <translation>Deze bevinding lakken met een andere grond</translation>
    </message>
    <message>
        <location filename="../actions.py" line="44"/>
        <source>Ground…</source>
        <translation>Grond…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="45"/>
        <source>Accept all of this &amp;kind in document</source>
        <translation>Alles van deze &amp;soort in document accepteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="46"/>
        <source>Accept every open finding of this kind (e.g. every person) in this document</source>
        <translation>Elke open bevinding van deze soort (bv. elke persoon) in dit document accepteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="48"/>
        <source>Accept kind</source>
        <translation>Soort accepteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>Accept all of this kind in &amp;dossier</source>
        <translation>Alles van deze soort in &amp;dossier accepteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="50"/>
        <source>Accept every open finding of this kind in every document</source>
        <translation>Elke open bevinding van deze soort in elk document accepteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="51"/>
        <source>Accept all of this ru&amp;le in document</source>
        <translation>Alles van deze &amp;regel in document accepteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="52"/>
        <source>Accept every open finding of the same detection rule in this document</source>
        <translation>Elke open bevinding van dezelfde detectieregel in dit document accepteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="53"/>
        <source>Accept all of this rule in do&amp;ssier</source>
        <translation>Alles van deze regel in dossi&amp;er accepteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="54"/>
        <source>Accept every open finding of the same detection rule in every document</source>
        <translation>Elke open bevinding van dezelfde detectieregel in elk document accepteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="55"/>
        <source>Remove &amp;box</source>
        <translation>Vlak &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="55"/>
        <source>Remove the selected manual box</source>
        <translation>Het geselecteerde handmatige vlak verwijderen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="56"/>
        <source>A&amp;pprove document (four eyes)</source>
        <translation>Document &amp;goedkeuren (vier ogen)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="57"/>
        <source>As the second reviewer, approve this document for export (only if you made no decisions on it)</source>
        <translation>Keur dit document als tweede beoordelaar goed voor export (alleen als u er zelf geen besluiten over nam)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="59"/>
        <source>Next &amp;document</source>
        <translation>Volgend &amp;document</translation>
    </message>
    <message>
        <location filename="../actions.py" line="60"/>
        <source>Open the next document</source>
        <translation>Het volgende document openen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="61"/>
        <source>Previous docu&amp;ment</source>
        <translation>Vorig docu&amp;ment</translation>
    </message>
    <message>
        <location filename="../actions.py" line="62"/>
        <source>Open the previous document</source>
        <translation>Het vorige document openen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="64"/>
        <source>&amp;Browse</source>
        <translation>&amp;Bladeren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="64"/>
        <source>Click findings, drag to move the page</source>
        <translation>Bevindingen aanklikken, slepen om de pagina te verschuiven</translation>
    </message>
    <message>
        <location filename="../actions.py" line="65"/>
        <source>Draw &amp;box</source>
        <translation>&amp;Vlak tekenen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="65"/>
        <source>Drag on the page to draw a redaction box</source>
        <translation>Op de pagina slepen om een lakvlak te tekenen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="66"/>
        <source>Box</source>
        <translation>Vlak</translation>
    </message>
    <message>
        <location filename="../actions.py" line="67"/>
        <source>Select &amp;text</source>
        <translation>&amp;Tekst selecteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="67"/>
        <source>Drag over words to select them</source>
        <translation>Over woorden slepen om ze te selecteren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="68"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../actions.py" line="73"/>
        <source>Redact &amp;selection…</source>
        <translation>&amp;Selectie lakken…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="73"/>
        <source>Redact the selected text</source>
        <translation>De geselecteerde tekst lakken</translation>
    </message>
    <message>
        <location filename="../actions.py" line="74"/>
        <source>Redact text</source>
        <translation>Tekst lakken</translation>
    </message>
    <message>
        <location filename="../actions.py" line="75"/>
        <source>Redact every &amp;occurrence…</source>
        <translation>&amp;Overal lakken…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="76"/>
        <source>Find a text in every document, see how often it occurs, redact it all</source>
        <translation>Een tekst in elk document zoeken, zien hoe vaak hij voorkomt, alles lakken</translation>
    </message>
    <message>
        <location filename="../actions.py" line="77"/>
        <source>Every occurrence</source>
        <translation>Overal lakken</translation>
    </message>
    <message>
        <location filename="../actions.py" line="78"/>
        <source>Mark &amp;page…</source>
        <translation>&amp;Pagina markeren…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="79"/>
        <source>Withhold this whole page: niet openbaar, buiten reikwijdte, …</source>
        <translation>Deze hele pagina weigeren: niet openbaar, buiten reikwijdte, …</translation>
    </message>
    <message>
        <location filename="../actions.py" line="79"/>
        <source>Page…</source>
        <translation>Pagina…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="80"/>
        <source>Mark d&amp;ocument…</source>
        <translation>D&amp;ocument markeren…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="81"/>
        <source>Judge the whole document: niet openbaar, reeds openbaar, dubbel, …</source>
        <translation>Het hele document beoordelen: niet openbaar, reeds openbaar, dubbel, …</translation>
    </message>
    <message>
        <location filename="../actions.py" line="82"/>
        <source>Document…</source>
        <translation>Document…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="83"/>
        <source>Clear selection</source>
        <translation>Selectie wissen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="83"/>
        <source>Clear the text selection, back to browsing</source>
        <translation>De tekstselectie wissen, terug naar bladeren</translation>
    </message>
    <message>
        <location filename="../actions.py" line="85"/>
        <source>&amp;Preview export</source>
        <translation>&amp;Voorbeeld export</translation>
    </message>
    <message>
        <location filename="../actions.py" line="85"/>
        <source>Show the page as it will be exported</source>
        <translation>De pagina tonen zoals hij geëxporteerd wordt</translation>
    </message>
    <message>
        <location filename="../actions.py" line="86"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../actions.py" line="87"/>
        <source>Ground &amp;codes on page</source>
        <translation>Grond&amp;codes op pagina</translation>
    </message>
    <message>
        <location filename="../actions.py" line="87"/>
        <source>Show the ground code above every box</source>
        <translation>De grondcode boven elk vlak tonen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="88"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../actions.py" line="90"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="90"/>
        <source>Enlarge the page</source>
        <translation>De pagina vergroten</translation>
    </message>
    <message>
        <location filename="../actions.py" line="91"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="91"/>
        <source>Shrink the page</source>
        <translation>De pagina verkleinen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="92"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Paginabreedte</translation>
    </message>
    <message>
        <location filename="../actions.py" line="92"/>
        <source>Fit the page to the window width</source>
        <translation>De pagina aan de vensterbreedte aanpassen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="93"/>
        <source>Fit</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <location filename="../actions.py" line="94"/>
        <source>&amp;Duplicates and threads</source>
        <translation>&amp;Dubbelen en e-mailreeksen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="95"/>
        <source>Show duplicate groups, e-mail threads and attachments; open a document from there</source>
        <translation>Dubbele documenten, e-mailreeksen en bijlagen tonen; van daaruit een document openen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="96"/>
        <source>Duplicates</source>
        <translation>Dubbelen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="97"/>
        <source>Filter findings on &amp;text</source>
        <translation>Bevindingen filteren op &amp;tekst</translation>
    </message>
    <message>
        <location filename="../actions.py" line="98"/>
        <source>Show only the findings whose text or reason contains a word</source>
        <translation>Toon alleen bevindingen waarvan de tekst of reden een woord bevat</translation>
    </message>
    <message>
        <location filename="../actions.py" line="99"/>
        <source>Ne&amp;xt page</source>
        <translation>Volge&amp;nde pagina</translation>
    </message>
    <message>
        <location filename="../actions.py" line="99"/>
        <source>Show the next page</source>
        <translation>De volgende pagina tonen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="100"/>
        <source>Pre&amp;vious page</source>
        <translation>Vo&amp;rige pagina</translation>
    </message>
    <message>
        <location filename="../actions.py" line="100"/>
        <source>Show the previous page</source>
        <translation>De vorige pagina tonen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="101"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="101"/>
        <source>List every shortcut</source>
        <translation>Alle sneltoetsen tonen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="102"/>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location filename="../actions.py" line="102"/>
        <source>Version and licence</source>
        <translation>Versie en licentie</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../findings_model.py" line="28"/>
        <location filename="../findings_model.py" line="48"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="49"/>
        <source>official</source>
        <translation>functionaris</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="50"/>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="51"/>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="52"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="53"/>
        <source>date of birth</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="54"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="55"/>
        <source>SSN</source>
        <translation>SSN (VS)</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="56"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="57"/>
        <source>ID number</source>
        <translation>identificatienummer</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="58"/>
        <source>licence plate</source>
        <translation>kenteken</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="59"/>
        <source>VAT number</source>
        <translation>btw-nummer</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="60"/>
        <source>social media account</source>
        <translation>sociale-media-account</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="61"/>
        <source>signature</source>
        <translation>handtekening</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="62"/>
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="63"/>
        <source>health</source>
        <translation>gezondheid</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="64"/>
        <source>special personal data</source>
        <translation>bijzondere persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="65"/>
        <source>criminal data</source>
        <translation>strafrechtelijke gegevens</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="66"/>
        <source>manual box</source>
        <translation>handmatig vlak</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="78"/>
        <source>Export dossier</source>
        <translation>Dossier exporteren</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="81"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="90"/>
        <source>Sets the language and judgements of the inventory list; the codes on the boxes are the ones chosen during review</source>
        <translation>Bepaalt de taal en beoordelingen van de inventarislijst; de codes op de vlakken zijn die uit de beoordeling</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="92"/>
        <source>Redacted PDFs (verified before they are written)</source>
        <translation>Gelakte pdf’s (gecontroleerd voordat ze worden geschreven)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="95"/>
        <source>Inventory list (XLSX, CSV)</source>
        <translation>Inventarislijst (XLSX, CSV)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="97"/>
        <source>Redaction log (JSON): every box with its ground and decision</source>
        <translation>Laklogboek (JSON): elk vlak met zijn grond en beslissing</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="99"/>
        <source>Publication package (merged PDF with bookmarks and the inventory as an annex)</source>
        <translation>Publicatiepakket (samengevoegde pdf met bladwijzers en inventarislijst als bijlage)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="101"/>
        <source>Also prints each document&apos;s number in the margin of its pages; the merged PDF holds the documents in number order</source>
        <translation>Zet ook het documentnummer in de marge van elke pagina; de samengevoegde pdf bevat de documenten op volgorde van nummer</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="104"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="105"/>
        <source>Only documents whose review is done</source>
        <translation>Alleen documenten waarvan de beoordeling klaar is</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="113"/>
        <location filename="../export_dialog.py" line="183"/>
        <source>Output folder</source>
        <translation>Uitvoermap</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="114"/>
        <source>Ground set</source>
        <translation>Gronden</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="115"/>
        <source>Include</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="119"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="130"/>
        <location filename="../export_dialog.py" line="197"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="161"/>
        <source>awaits approval by a second reviewer (four eyes, Ctrl+Shift+A)</source>
        <translation>wacht op goedkeuring door een tweede beoordelaar (vier ogen, Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="163"/>
        <source>{n} suggestion(s) not yet reviewed</source>
        <translation>{n} voorstel(len) nog niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="169"/>
        <source>All {n} document(s) are ready to export.</source>
        <translation>Alle {n} document(en) zijn klaar voor export.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="171"/>
        <source>{ready} of {n} document(s) are ready; the others will not be exported:</source>
        <translation>{ready} van {n} document(en) zijn klaar; de andere worden niet geëxporteerd:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="176"/>
        <source>{n} with suggestions not yet reviewed</source>
        <translation>{n} met voorstellen die nog niet beoordeeld zijn</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="178"/>
        <source>{n} awaiting four-eyes approval</source>
        <translation>{n} wachten op goedkeuring (vier ogen)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="197"/>
        <source>Choose an output folder.</source>
        <translation>Kies een uitvoermap.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="218"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="227"/>
        <source>Exporting {name}…</source>
        <translation>{name} exporteren…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="233"/>
        <source>Export finished.</source>
        <translation>Export klaar.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="237"/>
        <source>Export failed.</source>
        <translation>Export mislukt.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="238"/>
        <source>Export failed</source>
        <translation>Export mislukt</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="242"/>
        <source>Export cancelled; files already written stay in the folder.</source>
        <translation>Export geannuleerd; al geschreven bestanden blijven in de map.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="247"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="252"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="268"/>
        <source>{n} redacted PDF(s) written</source>
        <translation>{n} gelakte pdf(’s) geschreven</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="269"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="274"/>
        <source>Not exported: {n} document(s)</source>
        <translation>Niet geëxporteerd: {n} document(en)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="279"/>
        <source>Verification: no hidden data found in any PDF.</source>
        <translation>Controle: in geen enkele pdf verborgen gegevens gevonden.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="280"/>
        <source>Verification found problems in {n} file(s)!</source>
        <translation>De controle vond problemen in {n} bestand(en)!</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="287"/>
        <source>Publication package</source>
        <translation>Publicatiepakket</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="293"/>
        <source>Inventory and log</source>
        <translation>Inventarislijst en logboek</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="303"/>
        <source>{name}: the file is protected with a password. Open the document to give it, then export again.</source>
        <translation>{name}: het bestand is beveiligd met een wachtwoord. Open het document om het wachtwoord te geven en exporteer opnieuw.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="309"/>
        <source>The merged PDF was not written: it did not pass the last check for hidden data and redacted text. The separate PDFs above are not affected.</source>
        <translation>De samengevoegde pdf is niet geschreven: hij kwam niet door de laatste controle op verborgen gegevens en gelakte tekst. Dit raakt de afzonderlijke pdf’s hierboven niet.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="311"/>
        <source>The publication package was not written: the inventory list as PDF did not pass the last check for hidden data. The separate PDFs above are not affected.</source>
        <translation>Het publicatiepakket is niet geschreven: de inventarislijst als pdf kwam niet door de laatste controle op verborgen gegevens. Dit raakt de afzonderlijke pdf’s hierboven niet.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="313"/>
        <source>Technical detail: {message}</source>
        <translation>Technische details: {message}</translation>
    </message>
</context>
<context>
    <name>FindRedactDialog</name>
    <message>
        <location filename="../find_dialog.py" line="41"/>
        <source>Redact every occurrence</source>
        <translation>Overal lakken</translation>
    </message>
    <message>
        <location filename="../find_dialog.py" line="44"/>
        <source>Text to find in every document</source>
        <translation>Tekst om in elk document te zoeken</translation>
    </message>
    <message>
        <location filename="../find_dialog.py" line="45"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../find_dialog.py" line="46"/>
        <source>Search all documents (Enter)</source>
        <translation>Alle documenten doorzoeken (Enter)</translation>
    </message>
    <message>
        <location filename="../find_dialog.py" line="52"/>
        <source>Whole words, not case-sensitive.</source>
        <translation>Hele woorden, niet hoofdlettergevoelig.</translation>
    </message>
    <message>
        <location filename="../find_dialog.py" line="60"/>
        <location filename="../find_dialog.py" line="118"/>
        <source>Redact all</source>
        <translation>Alles lakken</translation>
    </message>
    <message>
        <location filename="../find_dialog.py" line="68"/>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <location filename="../find_dialog.py" line="91"/>
        <source>Search failed</source>
        <translation>Zoeken mislukt</translation>
    </message>
    <message>
        <location filename="../find_dialog.py" line="102"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; occurrence(s) of “{text}” in {docs} document(s).</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; keer “{text}” in {docs} document(en).</translation>
    </message>
    <message>
        <location filename="../find_dialog.py" line="105"/>
        <source>…{context}…   (page {page}, {doc})</source>
        <translation>…{context}…   (pagina {page}, {doc})</translation>
    </message>
    <message>
        <location filename="../find_dialog.py" line="110"/>
        <source>Not searched: {problem}</source>
        <translation>Niet doorzocht: {problem}</translation>
    </message>
    <message>
        <location filename="../find_dialog.py" line="111"/>
        <source>Redact all {count}</source>
        <translation>Alle {count} lakken</translation>
    </message>
</context>
<context>
    <name>GroundPicker</name>
    <message>
        <location filename="../dialogs.py" line="58"/>
        <source>Type a code or part of a label…</source>
        <translation>Typ een code of een deel van de omschrijving…</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../groups.py" line="67"/>
        <source>same text</source>
        <translation>dezelfde tekst</translation>
    </message>
    <message>
        <location filename="../groups.py" line="67"/>
        <source>nearly the same text</source>
        <translation>vrijwel dezelfde tekst</translation>
    </message>
    <message>
        <location filename="../groups.py" line="68"/>
        <source>quoted whole in a later message</source>
        <translation>volledig geciteerd in een later bericht</translation>
    </message>
    <message>
        <location filename="../groups.py" line="83"/>
        <source>duplicate of {n}</source>
        <translation>dubbel van {n}</translation>
    </message>
    <message>
        <location filename="../groups.py" line="84"/>
        <source>Duplicate ({reason}) of {original}: its content is assessed there, and the inventory lists this document as a duplicate.</source>
        <translation>Dubbel ({reason}) van {original}: de inhoud is daar beoordeeld; de inventarislijst vermeldt dit document als dubbel.</translation>
    </message>
    <message>
        <location filename="../groups.py" line="90"/>
        <source>original</source>
        <translation>origineel</translation>
    </message>
    <message>
        <location filename="../groups.py" line="91"/>
        <source>Original: its content is assessed here for {n} duplicate(s): {names}.</source>
        <translation>Origineel: de inhoud is hier beoordeeld voor {n} dubbel(e) document(en): {names}.</translation>
    </message>
    <message>
        <location filename="../groups.py" line="97"/>
        <source>thread: longest</source>
        <translation>reeks: langste</translation>
    </message>
    <message>
        <location filename="../groups.py" line="98"/>
        <source>Longest message of an e-mail thread of {n}: review this one.</source>
        <translation>Langste bericht van een e-mailreeks van {n}: beoordeel dit bericht.</translation>
    </message>
    <message>
        <location filename="../groups.py" line="102"/>
        <source>thread {n}</source>
        <translation>reeks {n}</translation>
    </message>
    <message>
        <location filename="../groups.py" line="103"/>
        <source>Message in an e-mail thread of {n}; its longest message is {head}.</source>
        <translation>Bericht in een e-mailreeks van {n}; het langste bericht is {head}.</translation>
    </message>
    <message>
        <location filename="../groups.py" line="106"/>
        <source>{n} attachment(s)</source>
        <translation>{n} bijlage(n)</translation>
    </message>
    <message>
        <location filename="../groups.py" line="107"/>
        <source>E-mail with {n} attachment(s).</source>
        <translation>E-mail met {n} bijlage(n).</translation>
    </message>
    <message>
        <location filename="../groups.py" line="109"/>
        <source>attachment of {n}</source>
        <translation>bijlage bij {n}</translation>
    </message>
    <message>
        <location filename="../groups.py" line="110"/>
        <source>Attachment of {message}.</source>
        <translation>Bijlage bij {message}.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../workers.py" line="82"/>
        <source>no explanation given</source>
        <translation>zonder toelichting</translation>
    </message>
    <message>
        <location filename="../workers.py" line="84"/>
        <source>{file}: stopped by an unexpected problem ({problem}).</source>
        <translation>{file}: gestopt door een onverwacht probleem ({problem}).</translation>
    </message>
    <message>
        <location filename="../workers.py" line="85"/>
        <source>Stopped by an unexpected problem ({problem}).</source>
        <translation>Gestopt door een onverwacht probleem ({problem}).</translation>
    </message>
</context>
<context>
    <name>JobIndicator</name>
    <message>
        <location filename="../chrome.py" line="137"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="138"/>
        <source>Stop after the current file; what is done so far is kept</source>
        <translation>Stoppen na het huidige bestand; wat klaar is blijft bewaard</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../chrome.py" line="24"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="26"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="31"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="33"/>
        <source>&amp;Review</source>
        <translation>&amp;Beoordelen</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="43"/>
        <source>Re&amp;dact</source>
        <translation>&amp;Lakken</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="49"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="58"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="59"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="65"/>
        <source>Review</source>
        <translation>Beoordelen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="75"/>
        <source>Woo redactor</source>
        <translation>Woo-lakker</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103"/>
        <source>Duplicates and threads</source>
        <translation>Dubbelen en e-mailreeksen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>Open a folder of documents (Ctrl+O) or a dossier database (Ctrl+Shift+O).</source>
        <translation>Open een map met documenten (Ctrl+O) of een dossierdatabase (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195"/>
        <source>Open a folder of documents</source>
        <translation>Een map met documenten openen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>Open a dossier database</source>
        <translation>Een dossierdatabase openen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201"/>
        <source>Dossier databases (*.sqlite *.db);;All files (*)</source>
        <translation>Dossierdatabases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <location filename="../main_window.py" line="325"/>
        <source>Busy</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <location filename="../main_window.py" line="325"/>
        <source>Wait until the current work has finished, or cancel it.</source>
        <translation>Wacht tot het huidige werk klaar is, of annuleer het.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="215"/>
        <location filename="../main_window.py" line="236"/>
        <location filename="../main_window.py" line="245"/>
        <source>Cannot open dossier</source>
        <translation>Dossier kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219"/>
        <location filename="../main_window.py" line="332"/>
        <source>Screening</source>
        <translation>Screenen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225"/>
        <source>Open a team dossier</source>
        <translation>Teamdossier openen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226"/>
        <source>Database URL (PostgreSQL), e.g. postgresql+psycopg://user@host/dossier:</source>
        <translation>Database-URL (PostgreSQL), bijv. postgresql+psycopg://gebruiker@host/dossier:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <source>Some files could not be read</source>
        <translation>Sommige bestanden konden niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <source>{n} document(s) screened, {reused} unchanged since last time.</source>
        <translation>{n} document(en) gescreend, {reused} ongewijzigd sinds de vorige keer.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>{name} — Woo redactor</source>
        <translation>{name} — Woo-lakker</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272"/>
        <source>Dossier: {name} ({grounds})</source>
        <translation>Dossier: {name} ({grounds})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274"/>
        <source>Reviewer: {name}</source>
        <translation>Beoordelaar: {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <location filename="../main_window.py" line="347"/>
        <source>Cannot read document</source>
        <translation>Document kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <source>That password does not open “{name}”. Try again.</source>
        <translation>Met dit wachtwoord gaat “{name}” niet open. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="317"/>
        <source>“{name}” is protected with a password.</source>
        <translation>“{name}” is beveiligd met een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318"/>
        <source>The password is kept only while this dossier is open; it is never saved.</source>
        <translation>Het wachtwoord wordt alleen onthouden zolang dit dossier open is; het wordt nooit opgeslagen.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="346"/>
        <source>That password does not open “{name}”.</source>
        <translation>Met dit wachtwoord gaat “{name}” niet open.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="367"/>
        <source>Four eyes required before export.</source>
        <translation>Vier ogen vereist voor export.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="368"/>
        <source>Four eyes no longer required.</source>
        <translation>Vier ogen niet meer vereist.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375"/>
        <source>{work} failed</source>
        <translation>{work} mislukt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>Cannot show document</source>
        <translation>Document kan niet worden getoond</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="426"/>
        <source>Page {n} of {total}</source>
        <translation>Pagina {n} van {total}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="471"/>
        <source>Whole document marked: {judgement}{ground}</source>
        <translation>Hele document gemarkeerd: {judgement}{ground}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="475"/>
        <source>Approved by {name} (four eyes); a new decision withdraws the approval.</source>
        <translation>Goedgekeurd door {name} (vier ogen); een nieuw besluit trekt de goedkeuring in.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="487"/>
        <source>Selected: “{text}”. X redacts it, Shift+X every occurrence.</source>
        <translation>Geselecteerd: “{text}”. X lakt het, Shift+X overal.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="534"/>
        <source>The language changes when the app is started again.</source>
        <translation>De taal verandert wanneer de app opnieuw wordt gestart.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="537"/>
        <source>About Woo redactor</source>
        <translation>Over Woo-lakker</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="538"/>
        <source>Woo redactor {version}
Review and redact Woo/FOIA dossiers.
Licence: AGPL-3.0-or-later</source>
        <translation>Woo-lakker {version}
Woo/FOIA-dossiers beoordelen en lakken.
Licentie: AGPL-3.0-or-later</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../dialogs.py" line="131"/>
        <source>Mark page</source>
        <translation>Pagina markeren</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="131"/>
        <source>Mark document</source>
        <translation>Document markeren</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="137"/>
        <source>The whole page is covered by one box that carries the ground (or the judgement).</source>
        <translation>De hele pagina wordt bedekt door één vlak met de grond (of de beoordeling).</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="138"/>
        <source>The inventory lists the document with this judgement.</source>
        <translation>De inventarislijst vermeldt het document met deze beoordeling.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="147"/>
        <source>Judge by its content (clear the mark)</source>
        <translation>Beoordelen naar de inhoud (markering wissen)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="154"/>
        <source>(no ground)</source>
        <translation>(geen grond)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="158"/>
        <source>e.g. duplicate of document 3</source>
        <translation>bv. dubbel met document 3</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="159"/>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="160"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="184"/>
        <source>Withholding in full needs a ground</source>
        <translation>Geheel weigeren vraagt een grond</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../reasons.py" line="82"/>
        <source>drawn box</source>
        <translation>getekend vlak</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="83"/>
        <source>selected text “{text}”</source>
        <translation>geselecteerde tekst “{text}”</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="84"/>
        <source>every occurrence of “{text}”</source>
        <translation>elke vermelding van “{text}”</translation>
    </message>
    <message>
        <location filename="../reasons.py" line="88"/>
        <source>whole page: {judgement}</source>
        <translation>hele pagina: {judgement}</translation>
    </message>
</context>
<context>
    <name>QtDocumentList</name>
    <message>
        <location filename="../document_list.py" line="121"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="151"/>
        <source>Click to enter its password.</source>
        <translation>Klik om het wachtwoord in te voeren.</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="156"/>
        <source>Documents ({count})</source>
        <translation>Documenten ({count})</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="169"/>
        <source>{n} open</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="171"/>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="174"/>
        <source>{name}
{status}: {decided} decided, {open} open, {boxes} manual box(es)</source>
        <translation>{name}
{status}: {decided} besloten, {open} open, {boxes} handmatige vlak(ken)</translation>
    </message>
</context>
<context>
    <name>QtFindingsModel</name>
    <message>
        <location filename="../findings_model.py" line="133"/>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="130"/>
        <source>Page</source>
        <translation>Pag.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="133"/>
        <source>Entity</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="133"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="133"/>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="133"/>
        <source>p.</source>
        <comment>page</comment>
        <translation>p.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="134"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>QtFindingsPanel</name>
    <message>
        <location filename="../findings_panel.py" line="37"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="40"/>
        <source>Show only findings with this ground</source>
        <translation>Alleen bevindingen met deze grond tonen</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="41"/>
        <source>Show only findings of this kind</source>
        <translation>Alleen bevindingen van deze soort tonen</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="42"/>
        <source>Show only findings in this state</source>
        <translation>Alleen bevindingen in deze staat tonen</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="46"/>
        <source>Filter on text or reason…</source>
        <translation>Filter op tekst of reden…</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="48"/>
        <source>Show only findings whose text or reason contains this</source>
        <translation>Toon alleen bevindingen waarvan de tekst of reden dit bevat</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="86"/>
        <location filename="../findings_panel.py" line="205"/>
        <source>Ground</source>
        <translation>Grond</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="86"/>
        <source>Entity</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="87"/>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="142"/>
        <source>All grounds</source>
        <translation>Alle gronden</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="143"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="144"/>
        <source>All states</source>
        <translation>Alle staten</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="194"/>
        <source>Findings: {open} open of {total}</source>
        <translation>Bevindingen: {open} open van {total}</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="196"/>
        <source>({shown} shown)</source>
        <translation>({shown} getoond)</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="201"/>
        <source>No finding selected.</source>
        <translation>Geen bevinding geselecteerd.</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="205"/>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="205"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="206"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="206"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../findings_panel.py" line="206"/>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
</context>
<context>
    <name>QtGroupsPanel</name>
    <message>
        <location filename="../groups_panel.py" line="45"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="45"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="54"/>
        <source>Mark as d&amp;uplicate</source>
        <translation>Markeren als d&amp;ubbel</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="55"/>
        <source>Judge this copy a duplicate of the document where its content was assessed (saved like every decision; Ctrl+Z undoes it)</source>
        <translation>Deze kopie als dubbel beoordelen van het document waarin de inhoud is beoordeeld (opgeslagen zoals elke beslissing; Ctrl+Z maakt het ongedaan)</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="57"/>
        <source>C&amp;lear duplicate mark</source>
        <translation>Markering dubbel &amp;opheffen</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="58"/>
        <source>Judge this document by its own content again</source>
        <translation>Dit document weer op de eigen inhoud beoordelen</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="61"/>
        <source>Double-click or Enter opens a document. A copy is not published again: the inventory lists it as a duplicate, with the document where its content was assessed.</source>
        <translation>Dubbelklik of Enter opent een document. Een kopie wordt niet opnieuw openbaar gemaakt: de inventarislijst vermeldt haar als dubbel, met het document waarin de inhoud is beoordeeld.</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="87"/>
        <source>Same content: assessed in {name}</source>
        <translation>Zelfde inhoud: beoordeeld in {name}</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="88"/>
        <source>E-mail thread of {n} messages: review {name}</source>
        <translation>E-mailreeks van {n} berichten: beoordeel {name}</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="89"/>
        <source>E-mail with attachments: {name}</source>
        <translation>E-mail met bijlagen: {name}</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="113"/>
        <source>{d} group(s) with the same content, {t} e-mail thread(s), {f} e-mail(s) with attachments</source>
        <translation>{d} groep(en) met dezelfde inhoud, {t} e-mailreeks(en), {f} e-mail(s) met bijlagen</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="116"/>
        <source>No duplicates or e-mail threads in this dossier.</source>
        <translation>Geen dubbelen of e-mailreeksen in dit dossier.</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="117"/>
        <source>Open a dossier to see its duplicates and e-mail threads.</source>
        <translation>Open een dossier om de dubbelen en e-mailreeksen te zien.</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="121"/>
        <source>original: content assessed here</source>
        <translation>origineel: inhoud hier beoordeeld</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="122"/>
        <source>longest message: review this one</source>
        <translation>langste bericht: dit beoordelen</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="122"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="126"/>
        <source>attachment</source>
        <translation>bijlage</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="128"/>
        <source>duplicate: {reason}</source>
        <translation>dubbel: {reason}</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="129"/>
        <source>message with text of its own: review it too</source>
        <translation>bericht met eigen tekst: ook beoordelen</translation>
    </message>
    <message>
        <location filename="../groups_panel.py" line="138"/>
        <source>{n} open</source>
        <translation>{n} open</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../review_controller.py" line="107"/>
        <source>No more findings.</source>
        <translation>Geen bevindingen meer.</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="140"/>
        <source>Change ground</source>
        <translation>Grond wijzigen</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="167"/>
        <source>No open suggestions {what} in the dossier.</source>
        <translation>Geen open voorstellen {what} in het dossier.</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="169"/>
        <source>Accept across the dossier</source>
        <translation>Accepteren in het hele dossier</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="170"/>
        <source>Accept {count} open suggestion(s) {what} in {docs} document(s) of the dossier?</source>
        <translation>{count} open voorstel(len) {what} in {docs} document(en) van het dossier accepteren?</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="173"/>
        <source>Each is redacted with its ground. Ctrl+Z undoes them all in one step.</source>
        <translation>Elk wordt gelakt met de eigen grond. Ctrl+Z maakt ze alle in één stap ongedaan.</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="174"/>
        <source>Accept {count}</source>
        <translation>{count} accepteren</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="182"/>
        <source>in the dossier</source>
        <translation>in het dossier</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="161"/>
        <source>in this document</source>
        <translation>in dit document</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="187"/>
        <source>of the kind “{kind}”</source>
        <translation>van de soort “{kind}”</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="188"/>
        <source>of the rule “{rule}”</source>
        <translation>van de regel “{rule}”</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="193"/>
        <source>Accepted {count} open finding(s) {what} {where}.</source>
        <translation>{count} open bevinding(en) {what} {where} geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="205"/>
        <source>Undone.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="209"/>
        <source>Redone.</source>
        <translation>Opnieuw uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="221"/>
        <source>Ground for this box</source>
        <translation>Grond voor dit vlak</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="226"/>
        <source>Select text first (T, then drag over the words).</source>
        <translation>Selecteer eerst tekst (T, dan over de woorden slepen).</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="236"/>
        <source>Ground for the selected text</source>
        <translation>Grond voor de geselecteerde tekst</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="244"/>
        <source>Redacted {n} occurrence(s).</source>
        <translation>{n} keer gelakt.</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="284"/>
        <source>You ({name}) made decisions on this document, so you cannot also approve it. Four eyes means a second reviewer, signed in under their own name, approves it.</source>
        <translation>U ({name}) nam besluiten over dit document en kunt het dus niet ook goedkeuren. Vier ogen betekent dat een tweede beoordelaar, aangemeld onder de eigen naam, het goedkeurt.</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="289"/>
        <source>{n} suggestion(s) in this document are not yet reviewed. Approve it when the review is done: a decision made after the approval withdraws it.</source>
        <translation>{n} voorstel(len) in dit document zijn nog niet beoordeeld. Keur het goed als de beoordeling klaar is: een besluit na de goedkeuring trekt die weer in.</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="292"/>
        <source>Document not approved</source>
        <translation>Document niet goedgekeurd</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="295"/>
        <source>Document {n} approved by {name}.</source>
        <translation>Document {n} goedgekeurd door {name}.</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="311"/>
        <source>Document {n} marked as a duplicate of document {of}.</source>
        <translation>Document {n} gemarkeerd als dubbel van document {of}.</translation>
    </message>
    <message>
        <location filename="../review_controller.py" line="315"/>
        <source>Document {n} is judged by its own content again.</source>
        <translation>Document {n} wordt weer op de eigen inhoud beoordeeld.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../dialogs.py" line="192"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="197"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="197"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../findings_model.py" line="40"/>
        <source>kept</source>
        <translation>behouden</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="20"/>
        <location filename="../findings_model.py" line="36"/>
        <source>suggested</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="37"/>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="38"/>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="39"/>
        <source>kept (official)</source>
        <translation>behouden (functionaris)</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="41"/>
        <source>manual box</source>
        <translation>handmatig vlak</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../document_list.py" line="37"/>
        <source>not started</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="38"/>
        <source>in review</source>
        <translation>in beoordeling</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="39"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="40"/>
        <source>cannot be read</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location filename="../document_list.py" line="41"/>
        <source>password needed</source>
        <translation>wachtwoord nodig</translation>
    </message>
</context>
</TS>
