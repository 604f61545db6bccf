"""Held-out documents: written by the lead engineer while two others changed the detectors, and kept from them.

The same fields as ``unseen_docs.py``. Every document is invented. Batch 90 is the honest figure for text the
detectors were not tuned on: on its first run (the detectors as the others left them, c576578, plus the
rule-pack entries they asked for) recall was 0.914, precision 0.893, ground accuracy 1.0 and 3 of 20
officials were flagged (24 documents, 116 items). The general fixes it prompted (named conditions said of
someone, a source inside a group, a department's phone line, signers under offices written in one line, a
title of office that takes in a listed first name, a place after a word for a place, ...) brought it to
recall 0.991, precision 0.952, 1 official flagged; what is left is in ``XFAIL``.

Batch 91 was written the same way a session later, while two others again changed the detectors (it is kept
from them). First run, against the detectors as the session found them (879b9b7): recall 0.802, precision 0.926,
ground accuracy 1.0, 1 of 20 officials flagged (24 documents, 116 items). Five expectations were wrong by the
tool's stated conventions and were changed after that run, not counted as fixes: a US cable's banner
("CONFIDENTIAL") stays visible as released cables show it; a UK address's town stays visible, as a Dutch one's
does, and so does a Belgian or German postcode on the line under the street (four or five digits name a town,
not a street); and a place, an organisation or a hospital inside a sentence a passage suggestion covers is covered with
it. The general fixes it prompted (a chat sender as the address book names them, initials in an attendance
list, a bracketed role belonging to the name before it, "MP" after a name, a press line, a Dutch 07x landline
taken for a British mobile, an officer by collar number, ...) brought it to recall 1.0, precision 0.969.

Batch 92 (24 documents, 118 items) was written after those fixes and run once against them, the others' changes
still apart: recall 0.822, precision 0.952, ground accuracy 0.99, 0 of 9 officials flagged. One expectation
changed after that run: a network's name inside a sentence a passage covers is covered with it. Its fixes (a BSN written in threes after
its word, an address field's postcode, "Van der Hoek" after a role, a chat sender's surname that is a word, a
month in a date and cities as no first names, German and more English street words, a street in brackets after
a name, an account handle, an employer field, and cues for dealing, a child's complaint, an operation, a nursing
home, prison, a sexual orientation, an ethnic background, a confidence asked of a partner and a caseworker's
assessment) brought it to recall 1.0, precision 1.0.

Batch 93 (24 documents, 88 items) came next, run once against the fixes for 91 and 92 (not yet the others'):
recall 0.83, precision 0.936, ground accuracy 1.0, 0 of 4 officials flagged. After it, three findings it had
made were added as items, as the tool's conventions call them (a company adviser's work number in a contact
list, a deputy director's name, a partnership's bank account). Its fixes (an Outlook item's organiser and
attendees, a transcript's speaker under the time code, a double surname in an address book's form, a name in a
file's name, "Mail van Jan Visser", "moeder van Mila", a unit's code in a paraaf column beside the signer's
name, and cues for an operation, complaints of pain, driving under the influence, an evaluation of one's mind and
officials' judgement) brought it to recall 1.0, precision 1.0.

Batch 94 (24 documents, 84 items) ran first on the branch with all the above and the others' commits of the
morning: recall 0.905, precision 0.938, ground accuracy 0.987, 0 of 4 officials flagged. One finding became an
item (a lawyer's name in the court's letter). Its fixes (a role and a first name in a heading, a sign-off before
the next message's line, two first names joined by "en", the child after "de ouders van", a firm named after
its partners, a VA file number, an English court list's case, a description of someone's skin or accent, a
cancer's stage, a log's entries under a clock time as sentences of their own) brought it to recall 1.0,
precision 0.966; a project's site and parcel in a company's permit stay flagged (an address the rules cannot tell
from a home), and a title glued to the sentence under it is an xfail.

Batch 95 (8 long documents of policy text, 9 items, 8 officials) tests precision where capitalised names of
bodies, places and programmes crowd the page. First run: recall 0.889, precision 0.8 (10 findings in all), 0 of 8
officials flagged, 1 official not shown as kept (a motion named after its mover, "motie-Van der Plas"). After the
fixes (that motion's mover, a team's mailbox by its word "leadership"): one name in a published press release
stays flagged (the family on whose farm it took place) and a first name after "to" is an xfail.

Batch 96 (12 documents, 58 items) ran first on the branch after batch 95: recall 0.776, precision 0.957, ground
accuracy 1.0. Its fixes (a project's mailbox by a road's number, a surname after a carer's noun ("huisarts Van
Gool"), a first name in brackets after a noun or before a handle, a handle in brackets after a name, a Home
Office reference, a passage in a table's row kept to its cell, and cues for anxiety, union representation, a
wheelchair user, a condition one got, scars of torture and daily drinking) brought it to recall 1.0, ground
accuracy 0.983, precision 0.983; "Mark Ellison" (a first name the pack lists as a word) is an xfail and a monument's address stays flagged.

Batch 97 (10 documents, 35 items) ran first after that: recall 0.943, precision 0.846, ground accuracy 1.0, 1 of 4
officials flagged (a minister's "Britse collega", read as a private colleague). One expectation changed: a phone
number in a civil servant's signature is an item, as the tool's convention has it, though this one was the
switchboard's. Its fixes (a counterpart of another state, a business's form before a name as no initials
("V.O.F. De Kroon"), a venue's name, the first of a couple's two first names before their surname, a confidence
told) brought it to recall 1.0, precision 1.0; a minister's own first name under his mail is an xfail.

Batch 98 (24 documents, 86 items, 7 officials) was written in a new session before running anything, while two others
again changed the detectors, and ran once against main as the session found it (df9e00a): recall 0.907, precision
0.965, ground accuracy 1.0, 0 of 7 officials flagged, 1 not shown as kept ("vragen van het lid\nOmtzigt"). Two
expectations changed after that run, by the convention of batch 91: a city and a unit inside a sentence a passage
covers are covered with it. Its fixes (a firm's trade word at the start of an address field, a list of initials that
runs on past "; verslag: TB", "vragen van het lid" as a role, and cues for a request as a noun not to spread what was
said, a form of an illness, someone unfit for their own work, an attendee's position by initials in minutes, "I think
Option B ...", a minister "content with the proposal, but believes ...") brought it to recall 0.988, precision 0.978;
a colleague greeted by a short form of his first name ("Carla, Dan --") was an xfail until a short form from the mail
header counted at a line's start (people batch 103's round).

Batch 99 (24 documents, 72 items, 9 officials) was written after batch 98's fixes, before running anything: recall
0.859, precision 0.929, ground accuracy 1.0, 1 of 9 officials flagged (a Frisian "wethâlder Sybrand Buma"). Three
expectations changed after that run: a couple by two first names and one surname is two names ("Henk en Truus
Overbeek"), a country and a care service inside a sentence a passage covers are covered with it, and a writing error in
one document's expected name. Its fixes (a first name after a word for a teacher or a carer, a role before the next
name in a list, who took a call or noted a report, a ministry's own visiting address, Frisian role words, and cues for
drinking, domestic violence by someone, a pronoun's minister "minded to agree") brought it to recall 1.0, precision
0.974.

Batch 100 (24 documents, 107 items, 12 officials) was written after batch 99's fixes, before running anything, and ran
against main as it stood (6180edd): recall 0.822, precision 0.867, ground accuracy 1.0, 3 of 12 officials flagged (a
Secretary of State named after a portfolio with commas, a park's superintendent, a member of Congress under his
signature). No expectation changed after that run. Its fixes (a draft's own "niet voor verspreiding" is no state's
confidence, a service's box by one word ("handhaving@"), English words of services, a Teams copy's "Name 10:02" lines
as a chat, a door colour after a house number, the Belgian "°" before a birth date, a payroll number, an officer by
collar number before a verb, a bare relative at a list item's start, a sole trader's name after the trade word, and
cues for a capacity to work, injuries, work stress, a waiting list for care, an arrest "ter zake", drugs found at
someone's home or dealt, figures given in confidence in the sentence after them) brought it to recall 0.991, precision
0.92; a draft verdict of an inspectorate (5.1.2d) and two places read as first names are xfails.

Batch 130 (18 documents, 72 items, 8 officials; numbered apart from the other engineers' batches 101-113) was written
after batch 100's fixes, before running anything: recall 0.903, precision 0.93, ground accuracy 1.0, 1 of 8 officials
flagged (a gezaghebber who signs on behalf of the Bestuurscollege). One expectation changed after that run: a child's
school on the attendance line of a care meeting may go with the health passage that line gets (a mental-health
therapist at the table says the child is in care). Its fixes (a Papiamentu street, the Caribbean office-holders, a body
signed for between the closing and the name, a letterhead's street under an office, "verbalisant" as a title, a number
after a label that ends its line, counted visitors as a group, a Woo decision as a published text, and cues for a
write round's "no objection, but considers", "would prefer", "Ambtelijk verwachten wij" and someone's sexuality)
brought it to recall 1.0, precision 0.986.

Batch 131 (16 documents, 51 items, 9 officials) was written after batch 130's fixes, before running anything: recall
0.784, precision 0.90, ground accuracy 1.0, 0 of 9 officials flagged. No expectation changed after that run. Its fixes
(a scan's space before an initial's stop and inside a house number, a place ending a line is no surname before the
initial of the signer under a blank line, a transcript's speaker on the time code's line, an address book's entry with
a unit's code whatever the first name (two strict xfails of test_detect_unseen go), a body's box named by a word of
its display name, the address field under a public authority, an association by its compound, "naar Marleen sturen",
published tribunal decisions and inspection reports as general texts, and cues for a wheelchair used, a syndrome,
"ik zou ... niet openbaar maken") brought it to recall 1.0, precision 0.981; a London street read as a name is an
xfail.

Batch 132 (10 documents, 27 items, 7 officials; half of them long public texts, for precision) was written after batch
131's fixes, before running anything: recall 0.889, precision 0.80, ground accuracy 1.0, 2 of 7 officials flagged (a
minister after a portfolio the line wraps in, a US Attorney). One expectation changed after that run, by the convention
of the other batches: a private person named in a press release is suggested too (the reviewer marks a published text as
already public). Its fixes (a US press release and a GOV.UK policy paper as published texts, the office of a portfolio
over a line break, 'United States Attorney', initials among full names and a minute-taker's initials, and a cue for
someone's religion or headscarf commented on) brought it to recall 1.0, precision 1.0.

Batch 133 (8 documents, 50 items, 3 officials; Armenian, Azerbaijani and Arabic names) was written after batch 132's
fixes, before running anything: recall 0.88, precision 0.918, ground accuracy 1.0, 0 of 3 officials flagged. Two
expectations changed after that run: a health clause that follows a name starts after it (the name has a finding of
its own), and a writing error in one item's context. Its fixes (someone known by the street they live in ("die Ayoub van
de Kerkstraat"), a compact date of birth ("14JUN1988"), an embassy's section in a From field, "Member of Parliament"
under "MP" is no holder, a consul general as an office, and cues for work for an opposition party, an organ's
complaint, "asked us not to cite him") brought it to recall 1.0, precision 1.0.

Batch 134 (6 documents, 23 items, 5 officials) was written after batch 133's fixes and the arrest rule, before running
anything: recall 0.913, precision 0.815, ground accuracy 1.0, 1 of 5 officials flagged (a senior coroner). Three
expectations changed after that run, by the conventions above: the deceased named in a coroner's published report is
suggested like a private person in a press release (one item added), and a body's name inside a sentence a passage
covers is covered with it. Its fixes (coroners as judicial offices, a coroner's report to prevent future deaths as a
published text, figures a firm provided in confidence after the verb, which are business data and no state's
confidence, "I think the settlement amount has to be released") (and an office-holder's work address beside the kept name) brought it to recall 1.0, precision 0.92; a treaty's
two acronyms read as a name is an xfail.

Batch 135 (15 documents, 89 items, 11 officials) was written in a new session, before running anything, and ran against
main as the session found it (9a63e5a): recall 0.854, precision 0.975, ground accuracy 1.0, 0 of 11 officials flagged.
Two expectations changed after that run, by the convention of batch 91: a facility and a service inside a sentence a
passage covers are covered with it. Its fixes (one list of conditions that every health cue names as {condition}, a
condition of one person by the noun for them ("haar zoon met autisme"), "your diagnosis", a finding of latent TB, a bone
broken said the other way round, one of a group named after it ("een van de bewoners, meneer X,"), a UK address block
over its postcode whatever the street's word, a plate after the word "tag", a name in capitals in a person field, a US
police form's race code, a unit's box named after its display name, and the advice of one's own directorate) brought it
to recall 1.0, precision 0.989.

Batch 136 (12 documents, 63 items, 6 officials) was written after batch 135's fixes, before running anything: recall
0.746, precision 0.922, ground accuracy 1.0, 0 of 6 officials flagged. Two expectations changed after that run: a
reintegration service inside a covered sentence is covered with it, and a foreign-confidence cue that crossed a kept
ambassador's name (officials are left out of passages) now starts after it. Its fixes (a signer on behalf of a body named
after its holders, a role whose holder stands between it and the next name, an attendee's initials in the minutes, "dokter"
as a title, a box named by the body and the display name's words, and cues for a symptom since a day, a treatment one
follows, a hospital stay, drink on duty, a dose prescribed, religious objections, "ik denk eerlijk gezegd dat",
"ambtelijk de voorkeur", a government that "privately warned") brought it to recall 0.968, precision 0.953; a boy known
by his family's surname, a first name before her shop's name, and an English first name that is a Dutch word are xfails.

Batch 137 (12 documents, 68 items, 7 officials) was written after batch 136's fixes, before running anything: recall
0.882, precision 0.922, ground accuracy 1.0, 1 of 7 officials flagged (the King after "Z.M.", read as initials). Three
expectations changed after that run: a plan's title under a classification marking is covered with the marking, a plea
clause after the defendant's name starts after it, and the defendant's surname alone was a missing item. Its fixes (royal
styles as no initials, an NHS number by its check digit after the words for it, a hospital's Patient Advice and Liaison
Service as no intelligence liaison, pressure sores as a condition, and cues for an estimate of one's own ("Wij schatten
... in op"), "we would not recommend", a plea someone will make, escape routes and vehicles standing by for a guest's
evacuation, figures "vertrouwelijk verstrekt") brought it to recall 1.0, precision 0.93.

Batch 138 (10 documents, 49 items, 6 officials) was written after batch 137's fixes, before running anything: recall
0.878, precision 1.0, ground accuracy 1.0, 0 of 6 officials flagged. Two expectations changed after that run, by the
convention of batch 91: a team and a region inside a covered sentence are covered with it. Its fixes (an attendee's
initials with the particles in lower case and after a list item's dash, only for those a labelled paragraph names; a list
of judging words ({judgement}) for "ik vind het ... onzin"; "Ambtelijk zien we"; a walking aid one uses; "did not want
this to reach the press") brought it to recall 1.0, precision 1.0.

Batch 139 (10 documents, 47 items, 2 officials) was written after batch 138's fixes, before running anything: recall
0.894, precision 0.917, ground accuracy 1.0, 0 of 2 officials flagged. One expectation changed after that run, by the
convention of batch 91: a city in a covered clause. Its fixes (a partner's and a client's field, children named after
"kinderen," when an age in brackets follows, an inspectorate's verdict "voorlopig als onvoldoende" and a "herstelopdracht"
it considers, and violence someone did to a person in English) brought it to recall 1.0, precision 0.885; a building
named like a person ("Delaney Hall") and a service's letterhead read as the service's cue are xfails.

Batch 140 (10 documents, 47 items, 2 officials) was written after batch 139's fixes, before running anything: recall
0.872, precision 1.0, ground accuracy 1.0, 0 of 2 officials flagged. One expectation changed after that run: in a
witness's statement, the criminal data is the driver's driving off ("is daarna weggereden"), not the collision the
expectation had named. Its fixes (a relative's condition from the term list, out of a prison the text names, a
hit-and-run, drinking suspected in a household, someone written down by a title and one initial before a note in
brackets) brought it to recall 0.979, precision 1.0; a first name alone after a place and a comma is an xfail.

Batch 141 (8 documents, 35 items, 3 officials) was written after batch 140's fixes, before running anything: recall
0.857, precision 0.909, ground accuracy 1.0, 0 of 3 officials flagged. No expectation changed after that run. Its fixes
(symptoms and allergies in the list of conditions, recovering from an operation, a surveillance team at work on a
suspect) brought it to recall 0.971, precision 0.892; a child's first name alone in running text is an xfail.

Batch 142 (8 documents, 36 items, 4 officials; mostly US and UK) was written after batch 141's fixes, before running
anything: recall 0.833, precision 0.941, ground accuracy 1.0, 0 of 4 officials flagged. Two expectations were writing
errors and changed after that run: a Belgian national number whose check digits failed (the detector rightly passed it
by), and a custody sergeant's rank, which stays visible as a post while his collar number and name are items. Its
fixes (a sign-off by a two-letter short form alone on its line, a unit's box by the initials and last word of its display
name, a claim for a condition, an appointment with one's doctor, English custody wording of a drugs offence) brought it
to recall 1.0, precision 0.949.

Batch 143 (6 documents, 26 items, 5 officials) was written at the end of the session, after all the fixes above,
before running anything: recall 0.808, precision 0.909, ground accuracy 1.0, 1 of 5 officials flagged (a
hoofdofficier van justitie). Two expectations changed after that run, by the convention of batch 91: a country and a
Council inside covered sentences. Its fixes (a condition said with the verb last, "hoofdofficier van justitie" as a
role) brought it to recall 0.885, precision 0.957; the head of a housing authority named in a complaint is an xfail:
"executive director" is a role the pack keeps.

Batch 144 (12 documents, 74 items, 2 officials) was written at the start of the next session, before running
anything, while two others changed the detectors on branches of their own: recall 0.892, precision 0.899, ground
accuracy 1.0, 0 of 2 officials flagged. Two expectations changed after that run: a law firm named after the lawyer
who acts ("Schotanus & Dekker") is her name, as batch 94 counts it, and a foundation's bank account in a table stays
flagged (a validated account number is redacted whoever holds it; the reviewer releases a body's). Its fix (a form
whose labels are padded out to their colons, "Achternaam     : El Idrissi", read as fields and no longer as the
headers of columns whose cells were the next labels) brought precision to 0.96; six passages in wordings the cues do
not know are xfails.

Batch 145 (10 documents, 54 items, 5 officials) was written after batch 144's first run and its fix, before running
anything: recall 0.961, precision 0.877, ground accuracy 1.0, 0 of 5 officials flagged. Four expectations changed
after that run: the address of the cafe under a complainant's home is his (an item), the lawyers who act for the
parties in a ruling are items as in batch 94, a horeca applicant's premises stay flagged as batch 94's permit site
did, and a place or an act inside a covered sentence is covered with it (batch 91). After those: recall 0.963,
precision 0.93; two passages are xfails.

Batch 146 (10 documents, 36 items, 4 officials) was written after batch 145's run, before running anything: recall
0.914, precision 0.93, ground accuracy 1.0, 1 of 4 officials flagged (a misconduct hearing's legally qualified chair,
named in an apposition that wraps to the next line). Three expectations were writing errors, changed after that run:
the signer's direct line under a German letter is an item, and a constable's rank ("PC") and an action list's date
stand outside the items as batch 142 has it. Its fixes: a citizen's street named after an office ("Burgemeester
Jansenlaan 41" under the signer) no longer keeps the signer as a mayor (a leak); the "Wie" column of an action list
holds names; the legally qualified chair is an office, and an apposition may wrap. Read through a typeset PDF it
showed three more: an IBAN wrapped at a group, a surname a wrap joined at its hyphen after a title ("mevrouw
Bou-taleb"), and a role left alone at the end of a line of a sentence ("met wethouder" over the alderman's name).
After: recall 1.0, precision 0.977, 0 officials flagged; an inventory's title read as officials' advice is an xfail.

Batches 147 to 149 were kept from the two other engineers until they had stopped.

Batch 147 (10 documents, 56 items, 4 officials) was written after merging their branches of the morning (d24c563),
before running anything: recall 0.893, precision 0.962, ground accuracy 1.0, 0 of 4 officials flagged; read through a
typeset PDF it missed nothing more. Three expectations changed after that run by the convention of batch 91 (a
hospital or a clinic inside a covered sentence). Its fixes (a unit's box named by its hyphenated display name, a
unit's address under its department's name) brought precision to 1.0; six passages in new wordings are xfails (a
pregnancy by weeks, an injury sustained, a drug started on, unease and a view said in idiom, an arrest team at the
ready).

Batch 148 (8 documents, 46 items, 3 officials) was written hard-wrapped, as mails and scans are, after batch 147's
fixes and before running anything: recall 0.891, precision 0.977, ground accuracy 1.0, 0 of 3 officials flagged. Every
name a wrap parted was found (the wrap fixes of batch 146 and after). Two expectations changed by the convention of
batch 91. Its fixes (a unit after a dash in a mail header, an American town before its state's letters and ZIP code)
brought it to recall 0.935, precision 1.0; three passages are xfails.

Batch 149 (7 documents, 35 items, 5 officials) was written after batch 148's fixes, before running anything: recall
0.771, precision 0.857, ground accuracy 1.0, 1 of 5 officials flagged (an American FOIA officer who signs the response,
which the expectations then changed to an item: earlier batches count a FOIA officer a civil servant). Two more
expectations changed: a UK address's town stays visible (batch 91), and an organisation's office address under a name
without a legal form stays flagged. Its fixes (a phone's message export: its time stamps, a greeting after them, a
self-introduction and thanks that address someone; a plant named after its firm; an office-holder's own sign-off by
first name) brought it to recall 0.946, precision 0.947; a steering group's chair in a letter to parliament, a
condition with a hyphenated modifier and a spokesperson's off-the-record remark (read as a foreign confidence) are
xfails.

Batch 150 (6 documents, 34 items, 1 official) was written after batch 149's fixes, before running anything: recall 0.941,
precision 0.889, ground accuracy 1.0, 0 of 1 official flagged. Two expectations changed after that run: a Belgian
postcode on the street's own line is flagged with it, as the rule for "Kortrijksesteenweg 1021, 9051" has it, and a
defendant named in an English court's sentencing remarks, and his convictions, are items, as Dutch practice
pseudonymises the people in a published ruling. After: recall 0.921, precision 1.0; an unconscious victim and a
hospital stay by the hospital's acronym are xfails.

After the other engineers had stopped, seventeen of the passages batches 144 to 150 had left as xfails were fixed by
general cues (a pregnancy by its weeks, an injury sustained, a drug started on, drinking again, growing forgetful, a
hospital stay by its letters, a refusal because of a conviction, laundering said of someone, unease and views in idiom,
a foreign government that wants a thing kept from the public, an arrest team at the ready, a step held back until a
search) and an inventory's title is no longer read as advice; "off the record" alone counts only with a foreign actor.
What is left: a resident's debt restructuring and a spokesperson's remark about neglect, which no rule reads as
private data, and a steering group's chair.

Batch 151 (5 documents, 35 items, 2 officials) was written at the end of the session, after all the fixes above,
before running anything: recall 0.943, precision 0.919, ground accuracy 1.0, 0 of 2 officials flagged; read through a
typeset PDF it missed nothing more. Its fixes (a service's box named by a long word for its task, pain said of someone,
an official's wish that a thing stays out of the press) brought it to recall 1.0, precision 0.947; "in Charge" of a
Special Agent in Charge is still read as a surname after a title.

Batches 152 to 160 and 190 (8 documents each) were written by the lead in a new session, each before running anything,
while two others changed the detectors (people and passages, round 8) and kept from them; 190 is numbered apart, as 161
to 176 went to the others. Expectations changed after a first run only by the set's stated conventions (a place, a
body or a firm inside a sentence a passage covers is covered with it, batch 91) or where the document was wrong: a UK
street and its postcode are two items, as is a Belgian street and its postcode; a race code in a police report
("W/M") is special data; a named employee's "ziek gemeld" is health data; a sole trader's KvK number, a civil servant's
number in a letter, a police officer's collar number and a care-home resident's street are items; a commissioner's
head of cabinet is a civil servant; the HMRC example prefix "QQ" is no issued NINO and a Belgian national number I
wrote had a wrong check digit (both replaced by valid ones); special data in a published court or coroner's text stays
visible (general texts); police intelligence (the RIO) is an investigation's (5.1.2c), not state security. First run
(recall / precision / officials flagged), then after this session's fixes and the two merges:

    152  0.857 / 0.935 / 1 of 4 (an elected sheriff)      ->  0.969 / 0.984 / 0
    153  0.933 / 0.978 / 0 of 6                           ->  1.0 / 1.0 / 0
    154  0.955 / 0.913 / 2 of 7 (a tab table's Functie)    ->  1.0 / 1.0 / 0
    155  0.814 / 0.878 / 1 of 10                          ->  0.956 / 1.0 / 0
    156  0.72 / 1.0 / 0 of 5 (2 handles not kept)         ->  0.961 / 1.0 / 0
    157  0.804 / 0.955 / 1 of 4 (the head of the forces)   ->  1.0 / 0.981 / 0
    158  0.796 / 1.0 / 0 of 6 (a complainant kept: leak)  ->  1.0 / 0.98 / 0
    159  0.821 / 0.917 / 0 of 4                           ->  0.975 / 0.974 / 0
    160  0.78 / 0.912 / 0 of 6                            ->  0.952 / 0.976 / 0
    190  0.816 / 0.939 / 0 of 6                           ->  1.0 / 0.974 / 0

Through a typeset PDF they missed nothing more after the fixes. The fixes: an address window's addressee in capitals,
a street a scan's hyphen parts, a phone number a digit to a box; a police report's fields, a surname-first name with a
middle initial, an elected sheriff (not a deputy), the head of the armed forces, British secretaries of state, a chief
prosecutor; a role column further on in a table, and a tab that stays a column's gap through ingest; a role after the
bracket a name stands in is not that name's (a complainant was kept as an official); a name in lower case after
"mw."/"dhr."; a social-media export's handles; a phone's export without the year; an action list's holders by
initials; a cable's confidence with no state named; a passage split around a kept official's name when it has a cue
on either side; an optional space in a cue (" ?") matching none; many health, criminal, opinion and business wordings.
Left as xfails: a first name then a bracketed initial ("Jannie (J.)"), a lower-case street and first name in a quick
note, an unlisted given name before a family's titled surname ("Chidi Okonkwo"), a press release's unnamed injured
man, a regulator's finding read as a view, a room in a care home, a short sign-off that is no prefix ("Joe"), a
source's wish for anonymity.

Batch 191 (6 documents, 39 items, 4 officials) was written after the two merges, before running anything: recall 0.872,
precision 0.895, 0 of 4 officials flagged. Expectations changed after that run: a firm's request for bridging credit
is business data (the tool was right), genetic kinship from a DNA test is special data (5.1.1d, not 5.1.2e), "inmate"
before a name is no passage of its own (as in batch 49's appeal decision; the name and register number are items), and
places in covered sentences (batch 91). Its fixes (a stutter, scars on one's body, kinship by DNA, a faith said of
someone, a prison's letters "PI", an address care of an organisation, a FOIA decision on withheld records is about
the law) brought it to 1.0 / 1.0, and an older xfail ("AZC in Budel") went with them.

Batch 192 (6 documents, 24 items, 4 officials) was written after batch 191's fixes, before running anything: recall 0.792,
precision 0.95, 0 of 4 officials flagged. One expectation changed: a visa application's number is a case's reference, which
the set leaves visible. Its fixes (a condition as the reason for something, attacks of a condition, a tap that runs, an
earlier refusal for misrepresentation) brought it to 1.0 / 0.958; a health service's advice to a school ("Wij adviseren de
ouders ... te informeren") is still read as an official's view.

Batch 193 (8 documents, 53 items, 3 officials) was written at the start of a new session, before running anything, while
two others changed the detectors in their own branches: recall 0.849, precision 0.978, ground accuracy 1.0, 0 of 3
officials flagged. Two expectations changed by the convention of batch 91 (a unit, "FEZ", and an agency, "COA", inside
a sentence a passage covers). Its fixes (an everyday form of a first name from a list, "Reggie" for Reginald, which also
fixed the "Joe" xfail; a first name set off by commas after a noun for a person further back in the clause; drugs by
name; "heb ... vastgezeten voor"; "uw heupoperatie", "his knee replacement"; a death in one's family as a private
circumstance; "dir." and "plv." no sentence's end, so an official named by post in minutes holds the view; a state's
"own channels"; a planning application's site) brought it to recall 1.0, precision 1.0.

Batch 194 (8 documents, 45 items, 1 official) was written after batch 193's fixes, before running anything: recall 0.727,
precision 0.868, 0 of 1 official flagged (one document's name was taken; renamed, it was run again before any change).
Four expectations changed after that run: a Home Office reference is an item, as the set has it since batch 96; a GP's
surgery inside a covered sentence is covered (batch 91); an officer's badge is its digits; and I had put the passage
of a beaten man on the assault, where his stay in hospital is what says something of his health. Its fixes (a speaker
in capitals taking turns makes a transcript, a Teams time code over its speaker's line, a badge after an officer's
initial, a plate with a space, party fields of court and asylum files, a Belgian or German street over its town, a
Belgian public body's address, a living wage granted, a group named in a clause whose cue says whose condition, one's
own medicine not taken, a move to another prison, a minister content "but nervous about") brought it to recall 0.978,
precision 0.978: an asylum claimant's account of his work for British forces is an xfail, and a brother detained by the
Taliban is read as a criminal record.

Batch 195 (8 documents, 46 items, 4 officials) was written after batch 194's fixes, before running anything: recall 0.886,
precision 0.951, 0 of 4 officials flagged (three document names were taken; renamed, it was run again before any
change). One expectation changed: a Dutch ministry's director named in an American cable is an item, as the set has
a civil servant since batch 93 (I had left him visible), and the firm inside the covered sentence is covered (batch 91).
Its fixes (a relative named by a condition, "haar dementerende vader"; one person as the cue's subject outweighs a group
in the clause; a school's register for a condition; a family member staying in a camp; "privately expects" as a
confidence) brought it to recall 1.0, precision 1.0.

Batch 196 (8 documents, 38 items, 3 officials) was written after batch 195's fixes, before running anything: recall 0.744,
precision 0.914, 0 of 2 officials flagged (a document's name was taken; renamed, it was run again before any change).
Four expectations changed: I had written a chat's phone items with the colon after them; a court's clerk stands beside
the judge in a published ruling, and the pack keeps "griffier" as an office; a police station and a town inside covered
sentences are covered (batch 91). Its fixes (a register's rows in semicolons are no headline; the postcode in the cell
after a street; an organisation's row keeps its address; a first name before a surname that is also a word, "Alyssa
Grant"; a claim for a condition several words on; hospice care; a push) brought it to recall 0.974, precision 0.973: a
sexual orientation told by one's partner's word is an xfail, and a chat's contact saved with a word ("Ria
Buurtpreventie") is flagged whole.

Batch 197 (8 documents, 40 items, 1 official) was written after batch 196's fixes and the passages helper's round 9
(merged), before running anything. Its first run read recall 0.718, precision 0.966; three of my expectations were wrong
by the law and the set's conventions and were put right before any change: a police source is "opsporing" (5.1.2c), not
inspection (5.1.2d); a nota's "Wij adviseren u ..." is the officials' advice (5.2.1); a city inside a covered sentence is
covered (batch 91). Read again: recall 0.725, precision 1.0, 0 of 1 official flagged. Its fixes (a source close to a
group, how few could know, a source's track record; sleeping in one's car, a food bank, a benefit reclaimed; a partner
who did not want it reported back; "zich snijdt"; a referral to a mental-health provider by name, from a new term list;
"Eerlijk gezegd verwachten wij"; drugs kept or sold) brought it to recall 1.0, precision 1.0.

Batch 198 (8 documents, 37 items, 1 official) was written after batch 197's fixes, before running anything: recall 0.676,
precision 0.962, 0 of 1 official flagged. Two expectations changed: a town's visible string had taken the phone's first
digits with it, and an employee's misconduct itself is what the inquiry found, published once the name is out (I had
made it a passage). Its fixes (a firm's vice president is no public official, the words before a role read back two;
"Officer", "Deputy" and other ranks as titles; an inmate's number; one's own medicine, "I am a type 1 diabetic", an
addiction as a cause; in debt either way round, struggling financially, a job lost; a motive not to give an impression)
brought it to recall 0.944, precision 0.971: an integrity inquiry's next step (the investigation rule holds integrity
cues under 5.1.2c) and a registrar's account of a couple are xfails; a municipality's claims box, flagged as a
person's address, was listed with the service boxes in batch 199's round.

Batch 199 (8 documents, 31 items, 8 officials) was written after batch 198's fixes and both helpers' round 9 (merged),
before running anything: recall 0.806, precision 0.743, 3 of 8 officials flagged, the lowest precision of the session.
Four expectations changed: a convicted man named in a police news release stays flagged, as the set has names in
published releases since batch 95 (I had listed him as kept); a couple's "en" between their names is no name; the issue
names "Stg. Confidentieel" a cue of its own, so the marking is suggested (I had left it visible); and an MP's e-mail
address is an address like any other. Its fixes (recruitment and claims boxes; "door mijn dyslexie"; foster parents'
fields; speech therapy; "zit tot de zomer vast"; a biological parent only where a test says otherwise; an occupation that
ends like an Armenian surname, "Consultant Geriatrician"; a memo's "aan de NCTV" line; what a service holds "volgens de
dienst" and who may know it; "HARRISON, Sarah" in a header as the "Sarah Harrison MP" who signs; an officer quoted
by rank and name in the body's own public statement is kept, as a spokesperson is) brought it to recall 1.0, precision
0.971, 0 officials flagged; the MP's e-mail address is flagged.

Batch 220 (8 documents, 48 items, 5 officials) was written at the end of the session, after every fix above, before
running anything: recall 0.833, precision 0.975, 0 of 5 officials flagged; every name, address and number was found, and
all eight misses were passages in words no cue listed (out of work, a view reported "in his opinion", what a minister
"won't want", "indefensible", poor sight, a post-mortem's finding, a settlement on leaving, a cable's "(strictly
protect)") plus a coroner's box. Fixed, it reads 1.0 / 1.0. One expectation changed: my visible town had taken the next
line's first word with it.

Batch 221 (6 documents, 39 items, 1 official) came after batch 220's fixes, the last of the session: recall 0.821,
precision 0.938, 1 of 1 official flagged (two document names were taken; renamed, it was run again before any change).
Names, addresses and numbers were all found again; the misses were passages (a husband who left, a conviction "for
wire fraud", a debt forgiven, an intake at the youth mental-health service, a video of a
pupil passed round, what a foreign minister told the ambassador) and "TO: File" read as a name. After the fixes: recall
0.974, precision 0.972; a foreign minister named without his office near the name, and what he told the ambassador
with no word of confidence in the sentence, are xfails. One expectation changed: a compensation granted in a benefits
scandal's letter stays visible, as an older document of the set has it (I had made it a passage).
"""

from __future__ import annotations

from tests.core.unseen_docs import BSN_GROUND, SPECIAL, Doc, E

DOCS: list[Doc] = [
    Doc(
        "nl-omgevingsvergunning-buren",
        "Van: Hanneke Schrijnemakers <h.schrijnemakers@sittard-geleen.nl>\n"
        "Verzonden: donderdag 6 juni 2024 16:41\n"
        "Aan: Team Vergunningen\n"
        "Onderwerp: zienswijze dakkapel Kloosterstraat\n"
        "\n"
        "Beste collega's,\n"
        "\n"
        "Er is een zienswijze binnengekomen van de buren van aanvrager Ruud Lemmens. De indieners, het echtpaar\n"
        "Wim en Gerda Hoogstraten-Pluijmen, wonen op Kloosterstraat 14, 6131 CK Sittard en vrezen voor\n"
        "schaduw in hun tuin. Zij zijn telefonisch bereikbaar op 046 - 451 28 90. Volgens mevrouw\n"
        "Hoogstraten-Pluijmen heeft haar man hartproblemen en kan hij geen bouwlawaai verdragen.\n"
        "\n"
        "Wethouder Ruijters wil voor de zomer een besluit. Kan iemand een hoorzitting plannen?\n"
        "\n"
        "Groet,\n"
        "Hanneke\n",
        redact=[
            ("Hanneke Schrijnemakers", "PERSON", E),
            ("h.schrijnemakers@sittard-geleen.nl", "EMAIL", E),
            ("Ruud Lemmens", "PERSON", E),
            ("Wim", "PERSON", E),
            ("Gerda Hoogstraten-Pluijmen", "PERSON", E),
            ("Kloosterstraat 14, 6131 CK", "ADDRESS", E),
            ("046 - 451 28 90", "PHONE", E),
            ("mevrouw\n|Hoogstraten-Pluijmen|", "PERSON", E),
            ("Groet,\n|Hanneke|", "PERSON", E),
        ],
        passages=[("hartproblemen", SPECIAL)],
        visible=["Team Vergunningen", "Wethouder Ruijters"],
        batch=90,
    ),
    Doc(
        "nl-nota-minister-handelsmissie",
        "Nota aan de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking\n"
        "Van: DIO/HM, Jelmer Sibma\n"
        "Datum: 3 april 2024\n"
        "Onderwerp: handelsmissie naar Vietnam\n"
        "\n"
        "1. De Vietnamese viceminister van Industrie liet de ambassadeur in vertrouwen weten dat Hanoi de\n"
        "aanbesteding voor de haven van Cai Mep wil heropenen; dit mag niet naar buiten komen voordat Vietnam\n"
        "het zelf bekendmaakt.\n"
        "2. Ambtelijk zien wij weinig in een gezamenlijk persmoment. Ik zou adviseren het programma klein te\n"
        "houden en de bedrijven pas na de missie te informeren.\n"
        "3. Minister Klever heeft eerder in de Kamer gezegd dat de missie doorgaat.\n",
        redact=[("Jelmer Sibma", "PERSON", E)],
        passages=[("Ambtelijk zien wij weinig in een gezamenlijk persmoment", "5.2.1"), ("in vertrouwen weten", "5.1.2a"), ("Ik zou adviseren", "5.2.1")],
        officials=["Klever"],
        visible=["DIO/HM", "3 april 2024"],
        batch=90,
    ),
    Doc(
        "nl-jeugdzorg-casus",
        "Casusoverleg wijkteam Noord, 12 februari 2024\n"
        "Aanwezig: Sanne de Graaf (jeugdconsulent), Mehmet Yıldız (GGD), Loes Overdijk (school)\n"
        "\n"
        "Cliënt: Jayden Kroes, geboren 4 november 2012, BSN 387981135\n"
        "Moeder: Priscilla Kroes, Van Brakelstraat 27, 1057 XK Amsterdam\n"
        "\n"
        "Jayden is sinds januari onder behandeling bij de kinderpsychiater wegens ADHD en een angststoornis.\n"
        "Moeder geeft aan dat de vader een verleden heeft met huiselijk geweld en een straatverbod heeft.\n"
        "Afspraak: Loes meldt verzuim direct aan Sanne.\n",
        redact=[
            ("Sanne de Graaf", "PERSON", E),
            ("Mehmet Yıldız", "PERSON", E),
            ("Loes Overdijk", "PERSON", E),
            ("Jayden Kroes", "PERSON", E),
            ("4 november 2012", "DATE_OF_BIRTH", E),
            ("387981135", "BSN", BSN_GROUND),
            ("Priscilla Kroes", "PERSON", E),
            ("Van Brakelstraat 27, 1057 XK", "ADDRESS", E),
            ("\n|Jayden| is", "PERSON", E),
            ("Afspraak: |Loes|", "PERSON", E),
            ("direct aan |Sanne|", "PERSON", E),
        ],
        passages=[("ADHD", SPECIAL), ("huiselijk geweld", SPECIAL)],
        visible=["wijkteam Noord", "GGD", "12 februari 2024"],
        batch=90,
    ),
    Doc(
        "en-foia-agency-email",
        "From: Dana R. Whitfield\n"
        "Sent: Tuesday, March 12, 2024 9:14 AM\n"
        "To: Marcus Oyelaran; Beth Kowalczyk\n"
        "Subject: RE: draft talking points for the Secretary\n"
        "\n"
        "Marcus - my recommendation would be to drop the second paragraph; I don't think we should commit to a\n"
        "date before OMB weighs in. Secretary Mayorkas is expected to testify on Thursday either way.\n"
        "\n"
        "Also, the complainant (Terrence Boyd, 2214 Alder Lane, Tacoma, WA 98406) called again. He says his\n"
        "disability claim was denied because of his PTSD diagnosis. His SSN is 523-48-1967, please don't forward.\n"
        "\n"
        "Dana\n",
        redact=[
            ("Dana R. Whitfield", "PERSON", E),
            ("Marcus Oyelaran", "PERSON", E),
            ("Beth Kowalczyk", "PERSON", E),
            ("\n|Marcus| -", "PERSON", E),
            ("Terrence Boyd", "PERSON", E),
            ("2214 Alder Lane", "ADDRESS", E),
            ("523-48-1967", "SSN", E),
            ("\n|Dana|\n", "PERSON", E),
        ],
        passages=[("my recommendation would be", "5.2.1"), ("PTSD", SPECIAL)],
        officials=["Mayorkas"],
        visible=["Thursday", "RE: draft talking points"],
        batch=90,
    ),
    Doc(
        "nl-verslag-stuurgroep",
        "Verslag stuurgroep Regionale Energiestrategie Twente\n"
        "Datum: 21 maart 2024, provinciehuis Zwolle\n"
        "Aanwezig: gedeputeerde Van Haaften (voorzitter), wethouder Bram Tuinman (Hengelo), wethouder\n"
        "Femke Kolkman (Enschede), R. Oude Vrielink (secretaris, ambtelijk), Thijmen Nijhuis (netbeheerder)\n"
        "Afwezig: wethouder Roelofs (Almelo)\n"
        "\n"
        "1. Mededelingen\n"
        "De secretaris meldt dat het concept bij de raden ligt.\n"
        "2. Actiepunten\n"
        "- ROV stuurt de planning rond (voor 1 mei).\n"
        "- TN levert de netcapaciteitskaart aan.\n",
        redact=[("- |TN| levert", "PERSON", E), 
            ("R. Oude Vrielink", "PERSON", E),
            ("Thijmen Nijhuis", "PERSON", E),
        ],
        officials=["Van Haaften", "Bram Tuinman", "Femke Kolkman", "Roelofs"],
        visible=["Regionale Energiestrategie Twente", "provinciehuis Zwolle", "Hengelo", "Enschede", "Almelo"],
        batch=90,
    ),
    Doc(
        "nl-besluit-woo-verzoek",
        "Mevrouw L.M. Brouwer-Stam\n"
        "Oude Delft 112\n"
        "2611 CJ Delft\n"
        "\n"
        "Datum: 28 mei 2024\n"
        "Kenmerk: WOO-2024-0187\n"
        "Onderwerp: besluit op uw Woo-verzoek\n"
        "\n"
        "Geachte mevrouw Brouwer-Stam,\n"
        "\n"
        "Op 2 april 2024 heeft u verzocht om openbaarmaking van documenten over de renovatie van het\n"
        "stadskantoor. In de documenten zijn persoonsgegevens van medewerkers weggelakt met de code 5.1.2e.\n"
        "Het college heeft besloten de documenten gedeeltelijk openbaar te maken.\n"
        "\n"
        "Hoogachtend,\n"
        "namens het college van burgemeester en wethouders,\n"
        "\n"
        "M.C. van Leeuwaarden\n"
        "teamleider Juridische Zaken\n",
        redact=[
            ("L.M. Brouwer-Stam", "PERSON", E),
            ("Oude Delft 112\n2611 CJ", "ADDRESS", E),
            ("mevrouw |Brouwer-Stam|,", "PERSON", E),
            ("M.C. van Leeuwaarden", "PERSON", E),
        ],
        visible=["5.1.2e", "WOO-2024-0187", "stadskantoor", "28 mei 2024"],
        batch=90,
    ),
    Doc(
        "nl-whatsapp-handhaving",
        "[09-01-24 08:12:44] Kevin Boa: Goedemorgen, bij de Lidl weer die grijze bus zonder vergunning\n"
        "[09-01-24 08:13:02] Kevin Boa: kenteken VXR-82-N\n"
        "[09-01-24 08:15:31] Naomi: Is dat weer van die meneer Dekkers van nummer 9?\n"
        "[09-01-24 08:16:10] Kevin Boa: Ja, Erik Dekkers. Hij zei vorige keer dat hij net uit detentie kwam\n"
        "[09-01-24 08:17:55] Naomi: Ok, ik bel Joost even\n",
        redact=[
            ("Kevin Boa", "PERSON", E),
            ("VXR-82-N", "LICENSE_PLATE", E),
            ("Naomi", "PERSON", E),
            ("meneer |Dekkers|", "PERSON", E),
            ("Erik Dekkers", "PERSON", E),
            ("bel |Joost|", "PERSON", E),
        ],
        passages=[("net uit detentie kwam", SPECIAL)],
        visible=["Lidl"],
        batch=90,
    ),
    Doc(
        "en-uk-foi-response-rwanda",
        "Freedom of Information Request Reference: FOI2024/04417\n"
        "\n"
        "Dear Ms Achterberg,\n"
        "\n"
        "Thank you for your request of 3 February 2024 for correspondence between the Home Office and the\n"
        "Rwandan government. We hold information within scope. Some of it is exempt under section 27\n"
        "(international relations): it was provided by the Government of Rwanda in confidence and its release\n"
        "would prejudice relations. The names of junior officials are withheld under section 40(2).\n"
        "\n"
        "The Home Secretary, James Cleverly, has made public statements on this matter.\n"
        "\n"
        "Yours sincerely,\n"
        "Priya Raghunathan\n"
        "Information Rights Team\n",
        redact=[
            ("Ms |Achterberg|,", "PERSON", E),
            ("Priya Raghunathan", "PERSON", E),
        ],
        officials=["James Cleverly"],
        visible=["FOI2024/04417", "Home Office", "Information Rights Team", "section 40(2)", "3 February 2024"],
        batch=90,
    ),
    Doc(
        "nl-proces-verbaal-aanrijding",
        "PROCES-VERBAAL van bevindingen\n"
        "Verbalisant: hoofdagent J. Koerts, Team Noordoost-Friesland\n"
        "\n"
        "Op zaterdag 17 februari 2024 omstreeks 23.40 uur zag ik op de N356 bij Dokkum een personenauto,\n"
        "kenteken 4-TNK-38, over de middenstreep rijden. De bestuurder bleek te zijn:\n"
        "Achternaam: Wiersma\n"
        "Voornamen: Sjoerd Pieter\n"
        "Geboren: 30-07-1989 te Leeuwarden\n"
        "Adres: Hegebrechlaan 5, 9101 LP Dokkum\n"
        "IBAN voor de boete: NL23INGB1415790072\n"
        "De ademanalyse wees uit dat hij onder invloed van alcohol reed.\n",
        redact=[
            ("J. Koerts", "PERSON", E),
            ("4-TNK-38", "LICENSE_PLATE", E),
            ("Wiersma", "PERSON", E),
            ("Sjoerd Pieter", "PERSON", E),
            ("30-07-1989", "DATE_OF_BIRTH", E),
            ("Hegebrechlaan 5, 9101 LP", "ADDRESS", E),
            ("NL23INGB1415790072", "IBAN", E),
        ],
        visible=["Team Noordoost-Friesland", "N356", "Dokkum een", "17 februari 2024"],
        passages=[("onder invloed van alcohol reed", SPECIAL)],
        batch=90,
    ),
    Doc(
        "nl-codebericht-ankara-migratie",
        "Codebericht van post Ankara\n"
        "Stg. Confidentieel\n"
        "Aan: DGPZ, DEU\n"
        "Onderwerp: gesprek met Turkse onderminister over migratie\n"
        "\n"
        "Ambassadeur Van der Zwan sprak op 14 maart met onderminister Kaymakcı. Deze deelde vertrouwelijk\n"
        "mede dat Turkije overweegt de terugnameafspraken op te schorten als de EU-steun uitblijft; hij\n"
        "verzocht uitdrukkelijk dit niet met andere lidstaten te delen.\n"
        "Naar onze inschatting is dit vooral onderhandelingstactiek. Post beveelt aan hierover niet publiek\n"
        "te reageren.\n"
        "Contactpersoon op post: Merel Bosschaart, tweede ambassadesecretaris, +90 312 409 18 27\n",
        redact=[
            ("Merel Bosschaart", "PERSON", E),
            ("+90 312 409 18 27", "PHONE", E),
        ],
        passages=[("Naar onze inschatting is dit vooral onderhandelingstactiek", "5.2.1"), ("Stg. Confidentieel", "5.1.1b"), ("deelde vertrouwelijk", "5.1.2a"),
                  ("Post beveelt aan", "5.2.1")],
        officials=["Van der Zwan", "Kaymakcı"],
        visible=["Ankara", "DGPZ"],
        batch=90,
    ),
    Doc(
        "nl-persbericht-gemeente",
        "Persbericht gemeente Zwolle, 14 mei 2024\n"
        "\n"
        "Nieuwe fietsbrug over de IJssel in 2026 klaar\n"
        "\n"
        "De gemeenteraad heeft dinsdagavond ingestemd met de bouw van een fietsbrug tussen Zwolle-Zuid en\n"
        "Hattem. Wethouder Monique Schuttenbeld: \"Met deze brug fietsen duizenden scholieren straks veiliger\n"
        "naar school.\" De provincie Overijssel draagt 4,2 miljoen euro bij. Gedeputeerde Tijs de Bree noemde\n"
        "het project een voorbeeld voor de regio. De bouw start na de zomer; omwonenden ontvangen in juni een\n"
        "brief. Meer informatie: www.zwolle.nl/fietsbrug of bel 14 038.\n"
        "\n"
        "Noot voor de redactie: voor vragen kunt u contact opnemen met de afdeling Communicatie,\n"
        "telefoon 038 498 91 11.\n",
        officials=["Monique Schuttenbeld", "Tijs de Bree"],
        visible=["Zwolle-Zuid", "Hattem", "IJssel", "14 038", "038 498 91 11", "Communicatie"],
        batch=90,
    ),
    Doc(
        "nl-beleidsnotitie-algemeen",
        "Beleidsnotitie armoede en schulden 2024-2027\n"
        "\n"
        "In Nederland leven ruim 540.000 mensen onder de armoedegrens. Uit onderzoek van het Nibud blijkt\n"
        "dat huishoudens met problematische schulden vaker kampen met psychische klachten en een slechtere\n"
        "gezondheid. De gemeente wil vroegsignalering versterken door samen te werken met woningcorporaties,\n"
        "energieleveranciers en zorgverzekeraars. Het Rijk stelt hiervoor middelen beschikbaar via de\n"
        "Wet gemeentelijke schuldhulpverlening. De raad wordt in het najaar geïnformeerd over de voortgang.\n",
        visible=["Nibud", "psychische klachten", "Wet gemeentelijke schuldhulpverlening", "woningcorporaties"],
        batch=90,
    ),
    Doc(
        "en-foia-interview-notes",
        "MEMORANDUM OF INTERVIEW\n"
        "Case No. OIG-2023-0418\n"
        "Interviewee: Rosalind Okonkwo-Barnes, Contract Specialist, GS-12\n"
        "Interviewer: SA Gregory Tamburello\n"
        "Date: October 3, 2023\n"
        "\n"
        "Okonkwo-Barnes stated that her supervisor, Kevin Stroud, told her in August to backdate two task\n"
        "orders. She said she was afraid to refuse because she was on a performance improvement plan and was\n"
        "going through a divorce. She provided her personal cell number, (703) 555-0148, and asked that her\n"
        "identity not be disclosed. Inspector General Cardell Richardson was briefed on October 5.\n",
        redact=[
            ("Rosalind Okonkwo-Barnes", "PERSON", E),
            ("Gregory Tamburello", "PERSON", E),
            ("\n|Okonkwo-Barnes| stated", "PERSON", E),
            ("Kevin Stroud", "PERSON", E),
            ("(703) 555-0148", "PHONE", E),
        ],
        officials=["Cardell Richardson"],
        visible=["OIG-2023-0418", "October 3, 2023", "MEMORANDUM OF INTERVIEW"],
        batch=90,
    ),
    Doc(
        "nl-klacht-afhandeling",
        "Klachtnummer: KL-24-0093\n"
        "Klager: dhr. A. (Abdelkader) El Amrani\n"
        "E-mail klager: a.elamrani1966@hotmail.com\n"
        "Behandelaar: Ingrid Wolters, klachtencoördinator\n"
        "\n"
        "De heer El Amrani klaagt erover dat hij bij de balie van Burgerzaken onheus is bejegend door een\n"
        "medewerker. Hij stelt dat de medewerker opmerkingen maakte over zijn geloof. De betrokken medewerker,\n"
        "mevrouw T. Hazelhoff, herkent zich niet in dit beeld. Abdelkader wil een excuus van de gemeente.\n",
        redact=[
            ("A. (Abdelkader) El Amrani", "PERSON", E),
            ("a.elamrani1966@hotmail.com", "EMAIL", E),
            ("Ingrid Wolters", "PERSON", E),
            ("heer |El Amrani|", "PERSON", E),
            ("T. Hazelhoff", "PERSON", E),
            ("beeld. |Abdelkader|", "PERSON", E),
        ],
        visible=["Burgerzaken", "KL-24-0093"],
        batch=90,
    ),
    Doc(
        "en-uk-ministerial-submission",
        "OFFICIAL-SENSITIVE\n"
        "To: Minister for Security\n"
        "From: Hamish Dunwoodie, Counter-Terrorism Policy Unit\n"
        "Date: 9 January 2024\n"
        "\n"
        "Issue: whether to extend the proscription review.\n"
        "Recommendation: that you agree to extend the review by three months.\n"
        "\n"
        "1. MI5 has shared an assessment that the group is regrouping online; this assessment must not be\n"
        "cited publicly. 2. On balance we consider that a short extension is the least risky option.\n"
        "3. The Home Secretary announced the review in Parliament on 12 October 2023.\n",
        redact=[("Hamish Dunwoodie", "PERSON", E)],
        passages=[("MI5", "5.1.1b"), ("we consider that", "5.2.1")],
        visible=["Counter-Terrorism Policy Unit", "9 January 2024", "Minister for Security"],
        batch=90,
    ),
    Doc(
        "nl-raadsinformatiebrief-opvang",
        "Raadsinformatiebrief\n"
        "Onderwerp: stand van zaken opvang Oekraïense ontheemden\n"
        "\n"
        "Geachte raadsleden,\n"
        "\n"
        "In de gemeentelijke opvang aan de Stationsweg verblijven op dit moment 212 ontheemden uit Oekraïne,\n"
        "van wie 64 kinderen. De locatie is tot 1 maart 2025 beschikbaar. Wij zoeken samen met de\n"
        "Veiligheidsregio naar vervolglocaties. Over de voortgang informeren wij u in het volgende kwartaal.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Het college van burgemeester en wethouders van Tiel,\n"
        "de secretaris, de burgemeester,\n"
        "drs. H.J. van Wijk      mr. H.M. Beenakker\n",
        officials=["H.M. Beenakker"],
        visible=["Stationsweg", "Veiligheidsregio", "Oekraïne", "1 maart 2025"],
        batch=90,
    ),
    Doc(
        "nl-bezwaar-parkeerboete",
        "Aan het college van burgemeester en wethouders van Haarlem\n"
        "Postbus 511\n"
        "2003 PB Haarlem\n"
        "\n"
        "Betreft: bezwaar naheffingsaanslag 2024-118822\n"
        "\n"
        "Geacht college,\n"
        "\n"
        "Hierbij maak ik bezwaar tegen de naheffingsaanslag voor mijn auto met kenteken GZ-731-K. Ik stond op\n"
        "de invalidenparkeerplaats omdat ik sinds mijn herseninfarct slecht ter been ben; mijn gehandicaptenkaart\n"
        "lag achter de voorruit. Mijn BSN is 386293405.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Cornelis (Kees) Verbruggen\n"
        "Kleine Houtstraat 41\n"
        "2011 DM Haarlem\n"
        "06-28193746\n",
        redact=[
            ("GZ-731-K", "LICENSE_PLATE", E),
            ("386293405", "BSN", BSN_GROUND),
            ("Cornelis (Kees) Verbruggen", "PERSON", E),
            ("Kleine Houtstraat 41\n2011 DM", "ADDRESS", E),
            ("06-28193746", "PHONE", E),
        ],
        passages=[("herseninfarct", SPECIAL)],
        visible=["Postbus 511", "2003 PB Haarlem", "2024-118822"],
        batch=90,
    ),
    Doc(
        "nl-integriteitsonderzoek-zwager",
        "Samenvatting integriteitsonderzoek BIO-2023-07 (vertrouwelijk)\n"
        "\n"
        "Betrokkene: de heer drs. F.J.M. (Frank) Oosterhout, senior adviseur bij de directie Financiën.\n"
        "Melder: een collega van de afdeling Inkoop; de identiteit van de melder is bekend bij de\n"
        "vertrouwenspersoon, mevrouw A. Doğan.\n"
        "\n"
        "Bevindingen: Oosterhout heeft in 2022 twee opdrachten verstrekt aan het bedrijf van zijn zwager,\n"
        "Bouwadvies Van Rijn B.V., zonder dit te melden. Frank verklaart dat hij niet wist dat dit gemeld\n"
        "moest worden. Hij is inmiddels met ziekteverlof.\n"
        "Advies: naar het oordeel van de onderzoekers is sprake van plichtsverzuim.\n",
        redact=[
            ("drs. F.J.M. (Frank) Oosterhout", "PERSON", E),
            ("A. Doğan", "PERSON", E),
            ("Bevindingen: |Oosterhout|", "PERSON", E),
            (". |Frank| verklaart", "PERSON", E),
        ],
        passages=[("ziekteverlof", SPECIAL)],
        visible=["directie Financiën", "afdeling Inkoop", "BIO-2023-07"],
        batch=90,
    ),
    Doc(
        "en-foia-release-letter-va",
        "U.S. Department of Veterans Affairs\n"
        "FOIA Service\n"
        "810 Vermont Avenue, NW\n"
        "Washington, DC 20420\n"
        "\n"
        "June 18, 2024\n"
        "\n"
        "Mr. Desmond Achebe-Larkin\n"
        "4410 Briarcliff Road, Apt 2B\n"
        "Atlanta, GA 30345\n"
        "\n"
        "Re: FOIA Request No. 24-03318-F\n"
        "\n"
        "Dear Mr. Achebe-Larkin:\n"
        "\n"
        "This letter responds to your request for records about the closure of the Decatur clinic. We located\n"
        "212 pages; 37 pages are released in part. Names and contact information of VA employees below the\n"
        "level of Medical Center Director are withheld under 5 U.S.C. 552(b)(6). Deliberative drafts are\n"
        "withheld under (b)(5).\n"
        "\n"
        "Sincerely,\n"
        "Latoya M. Grissom\n"
        "Government Information Specialist\n",
        redact=[
            ("Desmond Achebe-Larkin", "PERSON", E),
            ("4410 Briarcliff Road, Apt 2B", "ADDRESS", E),
            ("Mr. |Achebe-Larkin|:", "PERSON", E),
            ("Latoya M. Grissom", "PERSON", E),
        ],
        visible=["810 Vermont Avenue, NW", "24-03318-F", "Decatur", "552(b)(6)", "June 18, 2024"],
        batch=90,
    ),
    Doc(
        "nl-mail-ministerie-kamervragen",
        "Van: Koppenol, Lieke <lieke.koppenol@minvws.nl>\n"
        "Aan: Pranoto, Arjen; DGV-Kamervragen\n"
        "Onderwerp: concept-antwoorden vragen lid Tielen\n"
        "\n"
        "Arjen,\n"
        "\n"
        "Bijgaand de concept-antwoorden op de vragen van het lid Tielen (VVD) over wachtlijsten in de GGZ.\n"
        "Persoonlijk vind ik antwoord 4 te stellig; ik zou de zin over 2025 schrappen. Staatssecretaris\n"
        "Karremans wil de antwoorden donderdag tekenen.\n"
        "\n"
        "Groet, Lieke\n"
        "06 - 15 28 39 47\n",
        redact=[
            ("Koppenol, Lieke", "PERSON", E),
            ("lieke.koppenol@minvws.nl", "EMAIL", E),
            ("Pranoto, Arjen", "PERSON", E),
            ("\n|Arjen|,", "PERSON", E),
            ("Groet, |Lieke|", "PERSON", E),
            ("06 - 15 28 39 47", "PHONE", E),
        ],
        passages=[("Persoonlijk vind ik", "5.2.1")],
        officials=["Tielen", "Karremans"],
        visible=["DGV-Kamervragen", "GGZ"],
        batch=90,
    ),
    Doc(
        "nl-nctv-dreigingsnotitie",
        "Departementaal vertrouwelijk\n"
        "Notitie aan de NCTV\n"
        "Onderwerp: dreiging tegen gemeentelijke bestuurders in Noord-Brabant\n"
        "\n"
        "De AIVD heeft signalen ontvangen dat een groep rond de drugshandel informatie verzamelt over\n"
        "woonadressen van wethouders. Een bron binnen de groep meldt dat er een lijst circuleert. Het Team\n"
        "Bewaken en Beveiligen heeft extra maatregelen getroffen rond de woning van burgemeester Jorritsma.\n"
        "Wij achten het raadzaam de betrokken gemeenten persoonlijk te informeren.\n",
        passages=[("Departementaal vertrouwelijk", "5.1.1b"), ("De AIVD heeft signalen", "5.1.1b"),
                  ("Een bron binnen de groep", "5.1.1b"), ("Wij achten het raadzaam", "5.2.1")],
        officials=["Jorritsma"],
        visible=["Noord-Brabant"],
        batch=90,
    ),
    Doc(
        "en-court-filing-caption",
        "UNITED STATES DISTRICT COURT\n"
        "DISTRICT OF MARYLAND\n"
        "\n"
        "JANELLE P. WHITAKER,\n"
        "        Plaintiff,\n"
        "v.                                   Civil Action No. 8:23-cv-02741\n"
        "SOCIAL SECURITY ADMINISTRATION,\n"
        "        Defendant.\n"
        "\n"
        "Plaintiff, a 52-year-old former nurse, alleges that the agency mishandled her claim and disclosed her\n"
        "HIV status to her employer. Her daughter, Kiara Whitaker, submitted a declaration. Judge Paula Xinis\n"
        "granted the motion to seal on May 2, 2024.\n",
        redact=[
            ("JANELLE P. WHITAKER", "PERSON", E),
            ("Kiara Whitaker", "PERSON", E),
        ],
        passages=[("HIV status", SPECIAL)],
        officials=["Paula Xinis"],
        visible=["SOCIAL SECURITY ADMINISTRATION", "8:23-cv-02741", "DISTRICT OF MARYLAND"],
        batch=90,
    ),
    Doc(
        "nl-aanvraag-bijstand",
        "Aanvraag levensonderhoud (Participatiewet)\n"
        "Naam aanvrager: Nour Haddad\n"
        "Geboortedatum: 17-09-1994\n"
        "BSN: 434960573\n"
        "Partner: Yusuf Haddad (verblijft in Libanon)\n"
        "Rekeningnummer: NL97RABO0381601062\n"
        "Woonadres: Zonnebloemstraat 8-A, 3531 TR Utrecht\n"
        "\n"
        "Toelichting consulent (Mila Verschoor): mevrouw is gevlucht uit Syrië, volgt een traject bij het\n"
        "Leger des Heils en is zwanger van haar tweede kind.\n",
        redact=[
            ("Nour Haddad", "PERSON", E),
            ("17-09-1994", "DATE_OF_BIRTH", E),
            ("434960573", "BSN", BSN_GROUND),
            ("Yusuf Haddad", "PERSON", E),
            ("NL97RABO0381601062", "IBAN", E),
            ("Zonnebloemstraat 8-A, 3531 TR", "ADDRESS", E),
            ("Mila Verschoor", "PERSON", E),
        ],
        passages=[("zwanger", SPECIAL)],
        visible=["Participatiewet"],
        batch=90,
    ),
    Doc(
        "en-uk-minutes-board",
        "Minutes of the Board meeting, 4 March 2024\n"
        "Present: Dame Sarah Lockwood (Chair), Professor Iain McTavish, Ms Ruth Adeyemi-Clarke,\n"
        "Mr Owen Pritchard (Chief Executive)\n"
        "In attendance: Sunita Bhardwaj (Board Secretary), Tom Ellery (minutes)\n"
        "Apologies: Rt Hon Michael Gove MP\n"
        "\n"
        "Item 3. The Chief Executive reported that one member of staff had been dismissed following a\n"
        "disciplinary hearing. The Board noted that the employee has lodged an appeal.\n"
        "Action: TE to circulate the revised risk register by 15 March.\n",
        redact=[
            ("Sunita Bhardwaj", "PERSON", E),
            ("Tom Ellery", "PERSON", E),
        ],
        officials=["Sarah Lockwood", "Owen Pritchard", "Michael Gove"],
        visible=["Board Secretary", "4 March 2024", "risk register"],
        batch=90,
    ),
    Doc(
        "nl-raadsnotulen-spreekrecht-zutphen",
        "Notulen van de openbare vergadering van de gemeenteraad van Zutphen, 11 maart 2024\n"
        "Aanwezig: de voorzitter, burgemeester A. Vermeulen; de raadsleden mevrouw Kocken (GroenLinks),\n"
        "de heer Ter Haar (VVD) en de heer Mulder (CDA).\n"
        "\n"
        "Agendapunt 4. Spreekrecht burgers\n"
        "De heer Gerrit Oosterhof, wonende aan de Spittaalstraat 41 in Zutphen, spreekt in over de verkeersoverlast\n"
        "in zijn straat. Hij vertelt dat zijn vrouw sinds een ongeval in 2022 in een rolstoel zit en de stoep niet\n"
        "meer op kan.\n"
        "De heer Ter Haar vraagt of de wethouder met de insprekers in gesprek wil gaan. Wethouder Brinkman zegt toe\n"
        "dat zij voor de zomer met de buurt spreekt.\n",
        redact=[
            ("Gerrit Oosterhof", "PERSON", E),
            ("Spittaalstraat 41", "ADDRESS", E),
        ],
        passages=[("in een rolstoel", SPECIAL)],
        officials=["Vermeulen", "Kocken", "Ter Haar", "Mulder", "Brinkman"],
        visible=["GroenLinks", "Spreekrecht burgers", "11 maart 2024"],
        batch=91,
    ),
    Doc(
        "en-cable-energy-minister",
        "CONFIDENTIAL\n"
        "SUBJECT: ENERGY MINISTER PREVIEWS GAS SUPPLY DEAL\n"
        "REF: STATE 041277\n"
        "Classified By: Ambassador Laura M. Whitcombe for reasons 1.4 (b) and (d).\n"
        "\n"
        "1. (C) SUMMARY: In a private meeting on 14 May, Energy Minister Andrei Rusnac told the Ambassador that\n"
        "the government will sign the supply contract before the elections, but asked that we not share this with\n"
        "the EU delegation. END SUMMARY.\n"
        "2. (SBU) Embassy local staff member Natalia Cebotari, who interpreted, later told emboff that her brother\n"
        "works for the state gas company.\n"
        "3. (C) Comment: In my view Rusnac is overselling the deal. I recommend we hold off on public praise until\n"
        "the terms are known.\n",
        redact=[("Natalia Cebotari", "PERSON", E)],
        passages=[("In my view", "5.2.1"), ("asked that we not share this", "5.1.2a"), ("I recommend", "5.2.1")],
        officials=["Laura M. Whitcombe", "Andrei Rusnac"],
        visible=["STATE 041277"],
        batch=91,
    ),
    Doc(
        "nl-wmo-verslag-herseninfarct",
        "Verslag keukentafelgesprek Wmo\n"
        "Gemeente Apeldoorn, team Wmo\n"
        "Datum gesprek: 22 januari 2024\n"
        "Consulent: Marloes Timmerman\n"
        "Cliënt: mevrouw E.J. (Els) van Beek-Schouten, geboren 17-08-1941\n"
        "Adres: Loolaan 212, 7315 AH Apeldoorn\n"
        "Telefoon: 055 - 578 31 46\n"
        "Mantelzorger: zoon Ronald van Beek (06 - 28 45 91 07)\n"
        "\n"
        "Hulpvraag\n"
        "Mevrouw is na een herseninfarct in 2023 halfzijdig verlamd en kan niet meer zelfstandig douchen. Zij\n"
        "gebruikt een rollator. Haar zoon komt drie keer per week.\n"
        "\n"
        "Afspraak\n"
        "De consulent vraagt een indicatie huishoudelijke hulp aan bij Zorggroep Veluwe.\n",
        redact=[
            ("Marloes Timmerman", "PERSON", E),
            ("E.J. (Els) van Beek-Schouten", "PERSON", E),
            ("17-08-1941", "DATE_OF_BIRTH", E),
            ("Loolaan 212, 7315 AH", "ADDRESS", E),
            ("055 - 578 31 46", "PHONE", E),
            ("Ronald van Beek", "PERSON", E),
            ("06 - 28 45 91 07", "PHONE", E),
        ],
        passages=[("gebruikt een rollator", SPECIAL), ("herseninfarct", SPECIAL)],
        visible=["Zorggroep Veluwe", "Gemeente Apeldoorn", "22 januari 2024"],
        batch=91,
    ),
    Doc(
        "nl-teams-chat-woo-stikstof",
        "Chatexport Microsoft Teams, kanaal 'Woo-verzoek stikstof'\n"
        "[09:12] Verbeek, Anouk (LNV/DGNVLG)\n"
        "Heb jij de inventarislijst al naar Dijkstra gestuurd?\n"
        "[09:14] Dijkstra, Hidde (LNV/DAJ)\n"
        "Nog niet, ik wacht op de zienswijze van de provincie. Eerlijk gezegd vind ik de lijn van de DG te defensief.\n"
        "[09:15] Verbeek, Anouk (LNV/DGNVLG)\n"
        "Snap ik. Minister Wiersma wil het besluit voor 1 juli de deur uit hebben.\n"
        "[09:21] Koç, Emre (LNV/DGNVLG)\n"
        "Ik neem de passages over de boerenprotesten vanmiddag nog door.\n",
        redact=[
            ("Verbeek, Anouk", "PERSON", E),
            ("Dijkstra", "PERSON", E),
            ("Dijkstra, Hidde", "PERSON", E),
            ("Koç, Emre", "PERSON", E),
        ],
        passages=[("Eerlijk gezegd vind ik", "5.2.1")],
        officials=["Wiersma"],
        visible=["LNV/DGNVLG", "LNV/DAJ"],
        batch=91,
    ),
    Doc(
        "nl-politiemutatie-huiselijk",
        "Politie Eenheid Oost-Nederland, Basisteam Enschede\n"
        "Mutatie 2024041712345 (rapportage)\n"
        "Datum/tijd: 17-04-2024 23:40\n"
        "Melder: Yvonne Brinkhuis, Pathmossingel 88, 7513 CN Enschede, tel. 06-43 19 82 70\n"
        "Betrokkene: Dennis Oude Booijink, geb. 02-11-1996 te Hengelo\n"
        "Voertuig: grijze VW Golf, kenteken 81-TKP-4\n"
        "\n"
        "Melder verklaart dat betrokkene, haar ex-partner, dronken voor de deur stond en de ruit van haar auto\n"
        "insloeg. Betrokkene is bekend met eerdere veroordelingen voor mishandeling.\n"
        "Verbalisant: hoofdagent R. Stegeman\n",
        redact=[
            ("Yvonne Brinkhuis", "PERSON", E),
            ("Pathmossingel 88, 7513 CN", "ADDRESS", E),
            ("06-43 19 82 70", "PHONE", E),
            ("Dennis Oude Booijink", "PERSON", E),
            ("02-11-1996", "DATE_OF_BIRTH", E),
            ("81-TKP-4", "LICENSE_PLATE", E),
            ("R. Stegeman", "PERSON", E),
        ],
        passages=[("eerdere veroordelingen voor mishandeling", SPECIAL)],
        visible=["Basisteam Enschede", "2024041712345"],
        batch=91,
    ),
    Doc(
        "en-uk-council-library-email",
        "From: Gareth Pryce <gareth.pryce@bristol.gov.uk>\n"
        "Sent: 04 March 2024 11:02\n"
        "To: Libraries FOI <libraries.foi@bristol.gov.uk>\n"
        "Cc: Cllr Martin Ashdown\n"
        "Subject: RE: Hartcliffe library closure - complaint\n"
        "\n"
        "Hi Sian,\n"
        "\n"
        "The resident who phoned, Mrs Dorothy Pilkington of 14 Fulford Road, Bristol BS13 9PQ, says she relies on\n"
        "the library's computers because she has had no internet at home since her husband's stroke. Her number is\n"
        "07912 448 613 if you need it.\n"
        "\n"
        "Personally I think the consultation was rushed, but that's not for the FOI reply.\n"
        "\n"
        "Thanks,\n"
        "Gareth\n"
        "\n"
        "Gareth Pryce | Library Services Manager | Bristol City Council\n",
        redact=[
            ("Gareth Pryce", "PERSON", E),
            ("gareth.pryce@bristol.gov.uk", "EMAIL", E),
            ("Hi |Sian|", "PERSON", E),
            ("Dorothy Pilkington", "PERSON", E),
            ("14 Fulford Road, Bristol BS13 9PQ", "ADDRESS", E),
            ("07912 448 613", "PHONE", E),
            ("Thanks,\n|Gareth|", "PERSON", E),
        ],
        passages=[("husband's stroke", SPECIAL), ("Personally I think", "5.2.1")],
        officials=["Martin Ashdown"],
        visible=["libraries.foi@bristol.gov.uk", "Bristol City Council"],
        batch=91,
    ),
    Doc(
        "nl-rvo-beschikking-eenmanszaak",
        "Rijksdienst voor Ondernemend Nederland\n"
        "Retouradres Postbus 93144, 2509 AC Den Haag\n"
        "\n"
        "t.a.v. mevrouw L.M. Severijns\n"
        "Hoogstraat 9\n"
        "6241 BC Bunde\n"
        "\n"
        "Datum 12 juni 2024\n"
        "Betreft Beschikking TVL Q1 2022, dossiernummer TVL22-0098812\n"
        "\n"
        "Geachte mevrouw Severijns,\n"
        "\n"
        "U heeft subsidie aangevraagd voor uw eenmanszaak. Wij stellen de subsidie vast op € 4.312,-. Wij maken het\n"
        "bedrag over op rekeningnummer NL43 INGB 2760 3949 82 ten name van L.M. Severijns.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens deze,\n"
        "Team Vaststellingen TVL\n",
        redact=[
            ("L.M. Severijns", "PERSON", E),
            ("Geachte mevrouw |Severijns|", "PERSON", E),
            ("Hoogstraat 9\n6241 BC", "ADDRESS", E),
            ("NL43 INGB 2760 3949 82", "IBAN", E),
        ],
        visible=["Postbus 93144, 2509 AC Den Haag", "TVL22-0098812", "Team Vaststellingen TVL"],
        batch=91,
    ),
    Doc(
        "nl-uitspraak-rechtbank-geanonimiseerd",
        "ECLI:NL:RBGEL:2024:1123\n"
        "Rechtbank Gelderland\n"
        "Zittingsplaats Arnhem\n"
        "Bestuursrecht\n"
        "zaaknummer: ARN 23/4410\n"
        "\n"
        "uitspraak van de enkelvoudige kamer van 28 februari 2024 in de zaak tussen\n"
        "[eiser], uit [woonplaats], eiser,\n"
        "en\n"
        "het college van burgemeester en wethouders van de gemeente Arnhem, verweerder.\n"
        "\n"
        "Eiser heeft een handhavingsverzoek gedaan over de bouw van een schuur door [derde-partij].\n"
        "\n"
        "Deze uitspraak is gedaan door mr. K.L. Breukink, rechter, in aanwezigheid van een griffier.\n",
        officials=["K.L. Breukink"],
        visible=["[eiser]", "[woonplaats]", "[derde-partij]", "ECLI:NL:RBGEL:2024:1123", "ARN 23/4410"],
        batch=91,
    ),
    Doc(
        "nl-agenda-minister-ocw",
        "Agenda minister Bruins (OCW), week 12\n"
        "\n"
        "maandag 18 maart\n"
        "09.00-09.30  Staf\n"
        "10.00-11.00  Werkbezoek ROC Midden Nederland, Utrecht\n"
        "13.00-13.30  Bellen met Ilse Verwoerd (moeder van leerling, n.a.v. haar brief), 06 18 27 44 63\n"
        "15.00-16.00  Overleg met staatssecretaris Paul over laaggeletterdheid\n",
        redact=[("Ilse Verwoerd", "PERSON", E), ("06 18 27 44 63", "PHONE", E)],
        officials=["Bruins", "Paul"],
        visible=["ROC Midden Nederland", "18 maart"],
        batch=91,
    ),
    Doc(
        "nl-integriteitsmelding-inkoop",
        "Vertrouwelijk - Bureau Integriteit\n"
        "Melding nr. BI-2024-017\n"
        "Melder: anoniem, bekend bij de vertrouwenspersoon\n"
        "Betrokkene: Stefan Hoekstra, teamleider Inkoop, personeelsnummer 1187734\n"
        "\n"
        "De melder stelt dat de heer Hoekstra offertes van het bedrijf van zijn zwager, Bart Kuipers, heeft\n"
        "voorgetrokken.\n"
        "Onderzoeksplan: wij vragen eerst de mailbox van betrokkene op zonder dat hij hiervan op de hoogte wordt\n"
        "gesteld, en horen daarna de collega's van het team.\n"
        "\n"
        "Opgesteld door: Naima El Idrissi, integriteitsonderzoeker\n",
        redact=[
            ("Stefan Hoekstra", "PERSON", E),
            ("de heer |Hoekstra|", "PERSON", E),
            ("1187734", "ID_DOCUMENT", E),
            ("Bart Kuipers", "PERSON", E),
            ("Naima El Idrissi", "PERSON", E),
        ],
        passages=[("zonder dat hij hiervan op de hoogte wordt", "5.1.2c")],
        visible=["Bureau Integriteit", "BI-2024-017"],
        batch=91,
    ),
    Doc(
        "nl-codebericht-washington-chips",
        "Codebericht\n"
        "Van: Washington\n"
        "Aan: Den Haag / DAM\n"
        "Rubricering: Departementaal Vertrouwelijk\n"
        "Onderwerp: gesprek met State Department over export van chips\n"
        "\n"
        "1. Op 9 oktober sprak ik met Deputy Assistant Secretary Linda Kavanagh. Zij deelde in vertrouwen dat de VS in\n"
        "november nieuwe exportbeperkingen aankondigen en vroeg ons dit niet met Duitsland te delen.\n"
        "2. Mijn inschatting is dat Den Haag er goed aan doet de lijn met Berlijn vooraf af te stemmen, ondanks dit\n"
        "verzoek.\n"
        "\n"
        "Ambassadeur Hoogland\n",
        passages=[("Departementaal Vertrouwelijk", "5.1.1b"), ("deelde in vertrouwen", "5.1.2a"),
                  ("Mijn inschatting is", "5.2.1")],
        officials=["Linda Kavanagh", "Hoogland"],
        visible=["State Department", "Den Haag / DAM"],
        batch=91,
    ),
    Doc(
        "nl-beslisnota-pilot-levensloop",
        "Beslisnota\n"
        "Aan: de minister van Justitie en Veiligheid\n"
        "Datum: 2 mei 2024\n"
        "Opgesteld door: mr. W.F. (Wouter) Ramaker, DGSenV/DSenB, 06-52 81 33 09\n"
        "Akkoord: directeur DSenB\n"
        "\n"
        "Beslispunt: Gaat u akkoord met het verlengen van de pilot Levensloop?\n"
        "Advies: Akkoord. Wij adviseren u de pilot met een jaar te verlengen; naar ons oordeel is het voor de\n"
        "evaluatie te vroeg om conclusies te trekken.\n"
        "Kanttekeningen: De NCTV heeft aangegeven dat drie deelnemers aan de pilot onder de aandacht van de AIVD\n"
        "staan; die informatie is niet voor derden bestemd.\n",
        redact=[("W.F. (Wouter) Ramaker", "PERSON", E), ("06-52 81 33 09", "PHONE", E)],
        passages=[("Wij adviseren u", "5.2.1"), ("naar ons oordeel", "5.2.1"),
                  ("onder de aandacht van de AIVD", "5.1.1b")],
        visible=["DGSenV/DSenB", "2 mei 2024"],
        batch=91,
    ),
    Doc(
        "en-doj-press-inquiry-chain",
        "From: (b)(6)\n"
        "Sent: Thursday, August 8, 2024 4:17 PM\n"
        "To: Ramirez, Carlos J. (OPA) <Carlos.J.Ramirez@usdoj.gov>\n"
        "Cc: (b)(6); Whitfield, Dana <dana.whitfield@usdoj.gov>\n"
        "Subject: RE: press inquiry - detention center\n"
        "\n"
        "Carlos - the reporter, Megan Strohl from the Tribune, left a voicemail at 312-846-2291 asking about the\n"
        "inmate who died, Terrence Booker. His mother told her he had been denied his insulin for days.\n"
        "\n"
        "Sent from my iPhone\n",
        redact=[
            ("Ramirez, Carlos J.", "PERSON", E),
            ("Carlos.J.Ramirez@usdoj.gov", "EMAIL", E),
            ("Whitfield, Dana", "PERSON", E),
            ("dana.whitfield@usdoj.gov", "EMAIL", E),
            ("\n|Carlos| -", "PERSON", E),
            ("Megan Strohl", "PERSON", E),
            ("312-846-2291", "PHONE", E),
            ("Terrence Booker", "PERSON", E),
        ],
        passages=[("denied his insulin", SPECIAL)],
        visible=["(b)(6)", "Tribune"],
        batch=91,
    ),
    Doc(
        "nl-klachtbrief-bijzondere-bijstand",
        "Aan de gemeente Leeuwarden\n"
        "Afdeling Klachten\n"
        "\n"
        "Leeuwarden, 3 september 2024\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Hierbij dien ik een klacht in over de behandeling van mijn aanvraag bijzondere bijstand. Ik ben sinds 2021\n"
        "volledig afgekeurd vanwege reuma en ben afhankelijk van de bijstand. Uw medewerker, mevrouw Zijlstra, heeft\n"
        "mij aan de telefoon uitgelachen.\n"
        "Ik verwacht binnen twee weken een reactie.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "Tjitske Hoekstra-de Boer\n"
        "Oostergrachtswal 15-B\n"
        "8921 AA Leeuwarden\n"
        "tjitske.hdb@gmail.com\n",
        redact=[
            ("Tjitske Hoekstra-de Boer", "PERSON", E),
            ("Oostergrachtswal 15-B\n8921 AA", "ADDRESS", E),
            ("tjitske.hdb@gmail.com", "EMAIL", E),
            ("mevrouw |Zijlstra|", "PERSON", E),
        ],
        passages=[("afgekeurd vanwege reuma", SPECIAL)],
        visible=["Afdeling Klachten", "3 september 2024"],
        batch=91,
    ),
    Doc(
        "nl-hr-brief-bedrijfsarts",
        "Personeelsdossier - vertrouwelijk\n"
        "Aan: dhr. M. (Martijn) de Lange\n"
        "Personeelsnummer: 40231187\n"
        "Onderwerp: uitkomst gesprek bedrijfsarts\n"
        "\n"
        "Beste Martijn,\n"
        "\n"
        "Naar aanleiding van je gesprek met de bedrijfsarts op 14 maart bevestig ik dat je vanwege een burn-out\n"
        "voorlopig voor 50% werkt. In juni kijken we opnieuw naar je belastbaarheid.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Ellen Groeneveld\n"
        "Teamleider Facilitaire Zaken\n",
        redact=[
            ("M. (Martijn) de Lange", "PERSON", E),
            ("40231187", "ID_DOCUMENT", E),
            ("Beste |Martijn|", "PERSON", E),
            ("Ellen Groeneveld", "PERSON", E),
        ],
        passages=[("vanwege een burn-out", SPECIAL)],
        visible=["Facilitaire Zaken"],
        batch=91,
    ),
    Doc(
        "nl-mt-verslag-initialen",
        "Verslag MT-overleg directie Wonen, 8 april 2024\n"
        "Aanwezig: JdV (vz), PK, MvdB, SA\n"
        "\n"
        "1. Woo-verzoek huurtoeslag: PK meldt dat het besluit vertraagd is. Actie: MvdB belt de verzoeker.\n"
        "2. Personeel: SA is tot 1 mei met verlof.\n"
        "\n"
        "Volgende overleg: 22 april.\n",
        redact=[("JdV", "PERSON", E), ("PK", "PERSON", E), ("MvdB", "PERSON", E), ("SA", "PERSON", E)],
        visible=["directie Wonen", "22 april"],
        batch=91,
    ),
    Doc(
        "nl-ind-rapport-nader-gehoor",
        "Rapport nader gehoor\n"
        "IND, Aanmeldcentrum Ter Apel\n"
        "V-nummer: 2987443102\n"
        "Vreemdeling: Dawit Tesfaye Gebremariam, geboren 01-01-1998, nationaliteit Eritrese\n"
        "Contactmedewerker: R. Spijkerman\n"
        "\n"
        "Vreemdeling verklaart dat hij in 2021 is overgegaan van de orthodoxe kerk naar de pinksterkerk en daarom in\n"
        "Eritrea gevangen is gezet. Hij heeft littekens op zijn rug van de mishandeling in de gevangenis.\n",
        redact=[
            ("2987443102", "ID_DOCUMENT", E),
            ("Dawit Tesfaye Gebremariam", "PERSON", E),
            ("01-01-1998", "DATE_OF_BIRTH", E),
            ("R. Spijkerman", "PERSON", E),
        ],
        passages=[("overgegaan van de orthodoxe kerk naar de pinksterkerk", SPECIAL),
                  ("littekens op zijn rug", SPECIAL)],
        visible=["Aanmeldcentrum Ter Apel"],
        batch=91,
    ),
    Doc(
        "en-uk-police-incident-log",
        "INCIDENT LOG - Avon and Somerset Constabulary\n"
        "Ref: AS-20240611-0342\n"
        "Reported by: Kieran Doyle (DOB 22/09/1987), 7 Brook Lane, Keynsham BS31 2AE, mobile 07823 614 905\n"
        "\n"
        "Details: caller states that his neighbour, Mr Lee Harcombe, threatened him with a knife over a parking\n"
        "dispute. Mr Harcombe is known to police and was released from HMP Bristol in January.\n"
        "\n"
        "Attending officer: PC 2291 Hughes\n",
        redact=[
            ("Kieran Doyle", "PERSON", E),
            ("22/09/1987", "DATE_OF_BIRTH", E),
            ("7 Brook Lane", "ADDRESS", E),
            ("BS31 2AE", "ADDRESS", E),
            ("07823 614 905", "PHONE", E),
            ("Lee Harcombe", "PERSON", E),
            ("Mr |Harcombe|", "PERSON", E),
            ("2291 Hughes", "PERSON", E),
        ],
        passages=[("threatened him with a knife", SPECIAL), ("released from HMP Bristol", SPECIAL)],
        visible=["Avon and Somerset Constabulary", "AS-20240611-0342"],
        batch=91,
    ),
    Doc(
        "nl-fod-financien-brief-gent",
        "Federale Overheidsdienst Financiën\n"
        "\n"
        "Aan: Mevrouw Annelies Vandenbroucke\n"
        "Kerkstraat 112 bus 3\n"
        "9000 Gent\n"
        "\n"
        "Rijksregisternummer: 85.03.17-143.86\n"
        "Uw gsm: +32 476 58 21 09\n"
        "\n"
        "Mevrouw,\n"
        "\n"
        "Naar aanleiding van uw vraag over de verrekening van uw belastingteruggave laten wij u weten dat het\n"
        "bedrag binnen dertig dagen wordt gestort.\n",
        redact=[
            ("Annelies Vandenbroucke", "PERSON", E),
            ("Kerkstraat 112 bus 3", "ADDRESS", E),
            ("85.03.17-143.86", "ID_DOCUMENT", E),
            ("+32 476 58 21 09", "PHONE", E),
        ],
        visible=["Federale Overheidsdienst Financiën"],
        batch=91,
    ),
    Doc(
        "nl-sms-wethouder-ontwikkelaar",
        "Sms-berichten wethouder Van Rijswijk en projectontwikkelaar (bijlage 7 bij het Woo-besluit)\n"
        "[12-02-2024 21:14] Wethouder Van Rijswijk: Hoi Koen, de raad gaat morgen akkoord denk ik. Hou het nog even\n"
        "stil.\n"
        "[12-02-2024 21:20] Koen Bastiaansen: Top. Mijn vrouw ligt nog in het ziekenhuis, dus ik bel je pas donderdag.\n"
        "[12-02-2024 21:22] Wethouder Van Rijswijk: Sterkte! Groet aan Marieke.\n",
        redact=[
            ("Hoi |Koen|", "PERSON", E),
            ("Koen Bastiaansen", "PERSON", E),
            ("Groet aan |Marieke|", "PERSON", E),
        ],
        passages=[("ligt nog in het ziekenhuis", SPECIAL)],
        officials=["Van Rijswijk"],
        batch=91,
    ),
    Doc(
        "nl-woo-verzoek-journalist-shell",
        "Van: Fleur Dekkers <fleur@onderzoeksplatform-nl.nl>\n"
        "Verzonden: maandag 5 februari 2024 08:03\n"
        "Aan: woo@rijksoverheid.nl\n"
        "Onderwerp: Woo-verzoek contacten met Shell 2022\n"
        "\n"
        "Geacht ministerie,\n"
        "\n"
        "Op grond van de Woo verzoek ik om openbaarmaking van alle documenten over contacten tussen het ministerie\n"
        "en Shell in 2022.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Fleur Dekkers\n"
        "Onderzoeksjournalist\n"
        "06 31 57 20 84\n",
        redact=[
            ("Fleur Dekkers", "PERSON", E),
            ("fleur@onderzoeksplatform-nl.nl", "EMAIL", E),
            ("06 31 57 20 84", "PHONE", E),
        ],
        visible=["woo@rijksoverheid.nl", "Shell"],
        batch=91,
    ),
    Doc(
        "nl-concept-persbericht-flatbrand",
        "CONCEPT persbericht (niet verspreiden) - Gemeente Dordrecht, 19 augustus 2024\n"
        "Brand in flat aan de Oranjelaan: bewoners tijdelijk opgevangen\n"
        "\n"
        "Burgemeester Kolff bezocht vanochtend de getroffen bewoners. 'Dit is een zware dag voor de buurt,' aldus de\n"
        "burgemeester. Bewoner Johan Visser (67) vertelt dat hij met zijn hond via de galerij naar buiten kon. Hij werd\n"
        "met rookvergiftiging naar het Albert Schweitzer ziekenhuis gebracht.\n"
        "\n"
        "Voor vragen van de pers: woordvoerder Sandra Kuijpers, 078 - 770 43 21.\n",
        redact=[("Johan Visser", "PERSON", E)],
        passages=[("rookvergiftiging", SPECIAL)],
        officials=["Kolff", "Sandra Kuijpers"],
        visible=["078 - 770 43 21", "Oranjelaan"],
        batch=91,
    ),
    Doc(
        "en-uk-ministerial-flood-minutes",
        "Minutes: Ministerial meeting on flood resilience, 4 December 2023\n"
        "Attendees: Rt Hon Steve Barclay MP (Secretary of State), Rebecca Pow MP (Minister), Tamara Finkelstein\n"
        "(Permanent Secretary), Owen Bradley (Policy Lead, Floods), Hannah Leese (Private Secretary, notes)\n"
        "\n"
        "1. The Secretary of State asked for options on the Somerset Levels. Owen said a further £40m would need\n"
        "HMT agreement. Hannah to circulate the options paper.\n"
        "2. The Minister noted she would visit Bridgwater in January.\n",
        redact=[
            ("Owen Bradley", "PERSON", E),
            ("Levels. |Owen| said", "PERSON", E),
            ("Hannah Leese", "PERSON", E),
            ("agreement. |Hannah| to", "PERSON", E),
        ],
        officials=["Steve Barclay", "Rebecca Pow", "Tamara Finkelstein"],
        visible=["Somerset Levels", "Bridgwater", "HMT"],
        batch=91,
    ),
    Doc(
        "nl-hoorzitting-parkeervergunning",
        "Verslag hoorzitting bezwaarschriftencommissie gemeente Tilburg\n"
        "Datum: 25 april 2024\n"
        "Zaak: bezwaar van de heer A. (Ahmed) Bouzian tegen de afwijzing van een parkeervergunning\n"
        "Aanwezig namens het college: de heer B. Claessens (afdeling Parkeren); secretaris: mevrouw R. Luijten.\n"
        "\n"
        "Bezwaarmaker licht toe dat hij vanwege zijn MS niet ver kan lopen en de auto nodig heeft om zijn dochter\n"
        "Yasmina naar school te brengen. Het college blijft bij het standpunt dat de wachtlijst voor iedereen geldt.\n",
        redact=[
            ("A. (Ahmed) Bouzian", "PERSON", E),
            ("B. Claessens", "PERSON", E),
            ("R. Luijten", "PERSON", E),
            ("dochter\n|Yasmina|", "PERSON", E),
        ],
        passages=[("vanwege zijn MS", SPECIAL)],
        visible=["afdeling Parkeren", "25 april 2024"],
        batch=91,
    ),
    Doc(
        "nl-schuldhulp-intake",
        "Intakeformulier schuldhulpverlening - Gemeente Zaanstad\n"
        "Datum intake: 14 mei 2024                 Consulent: Ruben Vermeij\n"
        "\n"
        "Aanvrager:      mevrouw S.R. (Samira) Ouali\n"
        "BSN:            463.386.048\n"
        "Geboortedatum:  09-06-1988\n"
        "IBAN:           NL28 INGB 0762 3438 56\n"
        "Kinderen:       Ilyas (7), Nour (4)\n"
        "Werkgever:      Albert Heijn Zaandam (vakkenvuller, 24 uur)\n"
        "\n"
        "Mevrouw heeft schulden bij de Belastingdienst, CJIB en Vattenfall, samen ongeveer € 11.400. Zij heeft sinds de\n"
        "scheiding last van depressieve klachten en slaapt slecht. Haar ex-partner betaalt geen alimentatie.\n",
        redact=[
            ("Ruben Vermeij", "PERSON", E),
            ("S.R. (Samira) Ouali", "PERSON", E),
            ("463.386.048", "BSN", BSN_GROUND),
            ("09-06-1988", "DATE_OF_BIRTH", E),
            ("NL28 INGB 0762 3438 56", "IBAN", E),
            ("Ilyas", "PERSON", E),
            ("Nour", "PERSON", E),
        ],
        passages=[("depressieve klachten", SPECIAL)],
        visible=["Gemeente Zaanstad", "Belastingdienst", "14 mei 2024"],
        batch=92,
    ),
    Doc(
        "nl-doorgestuurde-mail-gmail",
        "---------- Doorgestuurd bericht ---------\n"
        "Van: Pieter-Jan Hooghiemstra <pjhooghiemstra@gmail.com>\n"
        "Date: di 5 mrt 2024 om 10:12\n"
        "Subject: overlast hangjongeren\n"
        "To: <meldingen@heerenveen.nl>\n"
        "\n"
        "Op ma 4 mrt 2024 om 22:40 schreef Anke Bosgra <anke.bosgra@hotmail.com>:\n"
        "> Pieter-Jan, ik heb de politie weer gebeld. Die jongen van nummer 12 stond weer te dealen.\n"
        "\n"
        "Geachte gemeente,\n"
        "Hierbij stuur ik u het bericht van mijn buurvrouw door. Wij willen graag een gesprek met de wijkagent.\n"
        "Met vriendelijke groet,\n"
        "Pieter-Jan Hooghiemstra\n",
        redact=[
            ("Pieter-Jan Hooghiemstra", "PERSON", E),
            ("pjhooghiemstra@gmail.com", "EMAIL", E),
            ("Anke Bosgra", "PERSON", E),
            ("anke.bosgra@hotmail.com", "EMAIL", E),
            ("> |Pieter-Jan|,", "PERSON", E),
        ],
        passages=[("stond weer te dealen", SPECIAL)],
        visible=["meldingen@heerenveen.nl"],
        batch=92,
    ),
    Doc(
        "en-uk-subject-access-log",
        "SUBJECT ACCESS REQUEST - CASE NOTE\n"
        "Reference: SAR-2024-1187\n"
        "Data subject: Mr Jaroslav Novak\n"
        "National Insurance number: JG 10 37 21 B\n"
        "Address: Flat 2, 19 Mill Road, Cambridge CB1 2AD\n"
        "Case officer: Priya Raman (Information Governance)\n"
        "\n"
        "Mr Novak asks for all records about his universal credit claim, including notes from his work coach,\n"
        "Bethany Clarke. He says the notes wrongly state he was dismissed for drinking at work.\n",
        redact=[
            ("Jaroslav Novak", "PERSON", E),
            ("JG 10 37 21 B", "ID_DOCUMENT", E),
            ("Flat 2, 19 Mill Road", "ADDRESS", E),
            ("CB1 2AD", "ADDRESS", E),
            ("Priya Raman", "PERSON", E),
            ("Mr |Novak|", "PERSON", E),
            ("Bethany Clarke", "PERSON", E),
        ],
        visible=["SAR-2024-1187", "Information Governance"],
        batch=92,
    ),
    Doc(
        "nl-bestuurlijk-overleg-dijkversterking",
        "Verslag bestuurlijk overleg dijkversterking Gorinchem-Waardenburg, 3 oktober 2023\n"
        "Aanwezig: gedeputeerde Van der Hoek (provincie Gelderland), dijkgraaf Kooiman (Waterschap Rivierenland),\n"
        "burgemeester Melissant-Briene (Gorinchem); ambtelijk: Thijs Verhagen (provincie), Lotte Ammerlaan\n"
        "(waterschap, verslag)\n"
        "\n"
        "De dijkgraaf meldt dat de planning met een half jaar uitloopt. Gedeputeerde Van der Hoek vraagt om een\n"
        "nieuwe raming voor het volgende overleg. Thijs stuurt die uiterlijk 1 november rond.\n",
        redact=[
            ("Thijs Verhagen", "PERSON", E),
            ("Lotte Ammerlaan", "PERSON", E),
            ("overleg. |Thijs| stuurt", "PERSON", E),
        ],
        officials=["Van der Hoek", "Kooiman", "Melissant-Briene"],
        visible=["Waterschap Rivierenland", "provincie Gelderland"],
        batch=92,
    ),
    Doc(
        "de-euregio-brief-kreis",
        "Kreis Kleve - Der Landrat\n"
        "Fachbereich Ordnung\n"
        "\n"
        "Frau\n"
        "Gerda Schulze-Böhmer\n"
        "Lindenallee 17\n"
        "47533 Kleve\n"
        "\n"
        "Sehr geehrte Frau Schulze-Böhmer,\n"
        "\n"
        "Ihre Anfrage zur grenzüberschreitenden Pflegeberatung haben wir an die Gemeente Nijmegen weitergeleitet.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Im Auftrag\n"
        "Hans-Peter Wiegand\n",
        redact=[
            ("Gerda Schulze-Böhmer", "PERSON", E),
            ("Lindenallee 17", "ADDRESS", E),
            ("Frau |Schulze-Böhmer|", "PERSON", E),
            ("Hans-Peter Wiegand", "PERSON", E),
        ],
        visible=["Kreis Kleve", "Gemeente Nijmegen", "Fachbereich Ordnung"],
        batch=92,
    ),
    Doc(
        "en-us-email-thread-wrote",
        "From: Daniel Okafor <dokafor@epa.gov>\n"
        "Sent: Tuesday, March 5, 2024 10:31 AM\n"
        "To: (b)(6)\n"
        "Subject: RE: site visit Flint\n"
        "\n"
        "Thanks - I'll bring the sampling kits.\n"
        "\n"
        "On Mon, Mar 4, 2024 at 4:02 PM, Rachel Whitmore <rachel.whitmore@gmail.com> wrote:\n"
        "> Daniel, my son has had rashes since January and our pediatrician thinks it's the water.\n"
        "> You can reach me at (810) 555-2917.\n",
        redact=[
            ("Daniel Okafor", "PERSON", E),
            ("dokafor@epa.gov", "EMAIL", E),
            ("Rachel Whitmore", "PERSON", E),
            ("rachel.whitmore@gmail.com", "EMAIL", E),
            ("> |Daniel|,", "PERSON", E),
            ("(810) 555-2917", "PHONE", E),
        ],
        passages=[("my son has had rashes", SPECIAL)],
        visible=["(b)(6)"],
        batch=92,
    ),
    Doc(
        "nl-bibob-advies-horeca",
        "Bibob-advies, Landelijk Bureau Bibob\n"
        "Betreft: aanvraag exploitatievergunning Café De Zwaan, Markt 3, Oss\n"
        "Aanvrager: Z. (Zoran) Petrović, geboren 22 april 1979 te Belgrado\n"
        "\n"
        "Uit de justitiële documentatie blijkt dat betrokkene in 2019 is veroordeeld wegens witwassen. Zijn\n"
        "zakenpartner, Dennis van Lieshout, is verdacht van betrokkenheid bij een hennepkwekerij in Uden.\n"
        "Het LBB adviseert de vergunning te weigeren.\n",
        redact=[
            ("Z. (Zoran) Petrović", "PERSON", E),
            ("22 april 1979", "DATE_OF_BIRTH", E),
            ("Dennis van Lieshout", "PERSON", E),
        ],
        passages=[("veroordeeld wegens witwassen", SPECIAL), ("verdacht van betrokkenheid", SPECIAL)],
        visible=["Landelijk Bureau Bibob", "Café De Zwaan"],
        batch=92,
    ),
    Doc(
        "nl-boa-proces-verbaal",
        "PROCES-VERBAAL VAN BEVINDINGEN\n"
        "Handhaving gemeente Rotterdam\n"
        "Ik, verbalisant, Kevin Rijnsburger, buitengewoon opsporingsambtenaar, BOA-nummer 77310042, verklaar het\n"
        "volgende.\n"
        "Op zaterdag 13 juli 2024 omstreeks 02.15 uur zag ik op de Witte de Withstraat een man wildplassen. Hij\n"
        "gaf op te zijn: Romano Sedney, geboren 30-12-1995 te Paramaribo, wonende Zuidplein 88B, 3083 CX Rotterdam.\n",
        redact=[
            ("Kevin Rijnsburger", "PERSON", E),
            ("77310042", "ID_DOCUMENT", E),
            ("Romano Sedney", "PERSON", E),
            ("30-12-1995", "DATE_OF_BIRTH", E),
            ("Zuidplein 88B, 3083 CX", "ADDRESS", E),
        ],
        visible=["Witte de Withstraat", "Handhaving gemeente Rotterdam"],
        batch=92,
    ),
    Doc(
        "nl-kamerbrief-commissiedebat",
        "Kamerbrief over toezeggingen commissiedebat Jeugd\n"
        "Datum 12 maart 2024\n"
        "\n"
        "Tijdens het commissiedebat van 7 februari heeft het lid Westerveld (GroenLinks-PvdA) gevraagd naar de\n"
        "wachttijden in de jeugd-ggz. Ook Kamerlid Ceder (ChristenUnie) vroeg hiernaar. Ik heb toegezegd de Kamer\n"
        "voor de zomer te informeren.\n"
        "\n"
        "De staatssecretaris van Volksgezondheid, Welzijn en Sport,\n"
        "\n"
        "Maarten van Ooijen\n",
        officials=["Westerveld", "Ceder", "Maarten van Ooijen"],
        visible=["GroenLinks-PvdA", "ChristenUnie", "12 maart 2024"],
        batch=92,
    ),
    Doc(
        "nl-ziekmelding-teamapp",
        "Van: Coördinator Publiekszaken\n"
        "Aan: Team Burgerzaken\n"
        "Onderwerp: bezetting balie vandaag\n"
        "\n"
        "Hoi allemaal,\n"
        "\n"
        "Wendy heeft zich vanochtend ziek gemeld en Gijs zit bij de tandarts tot 11 uur. Kan iemand van de\n"
        "middagploeg eerder komen? Dewi neemt de paspoortaanvragen over.\n"
        "\n"
        "Dank!\n",
        redact=[("Wendy", "PERSON", E), ("Gijs", "PERSON", E), ("Dewi", "PERSON", E)],
        passages=[("ziek gemeld", SPECIAL)],
        visible=["Team Burgerzaken"],
        batch=92,
    ),
    Doc(
        "nl-jeugdreclassering-overdracht",
        "Overdrachtsformulier Jeugdreclassering, William Schrikker Stichting\n"
        "Jongere: Rayan El Amrani (16), Hoofdweg 310-2, 1058 BB Amsterdam\n"
        "School: Calandlyceum, 4 vmbo\n"
        "Moeder: mevrouw H. El Amrani-Tahiri, 06-19 44 72 08\n"
        "\n"
        "Rayan heeft een werkstraf van 40 uur voor een winkeldiefstal. Hij is bekend bij de politie en blowt dagelijks.\n"
        "Zijn moeder maakt zich zorgen over zijn vrienden uit de wijk.\n",
        redact=[
            ("Rayan El Amrani", "PERSON", E),
            ("Hoofdweg 310-2, 1058 BB", "ADDRESS", E),
            ("H. El Amrani-Tahiri", "PERSON", E),
            ("06-19 44 72 08", "PHONE", E),
            ("\n|Rayan| heeft", "PERSON", E),
        ],
        passages=[("werkstraf van 40 uur", SPECIAL), ("blowt dagelijks", SPECIAL)],
        visible=["William Schrikker Stichting", "Calandlyceum"],
        batch=92,
    ),
    Doc(
        "en-uk-visa-caseworker-note",
        "UK Visas and Immigration - caseworker minute\n"
        "Applicant: Ms Grace Achieng Otieno (DOB 14.03.1990)\n"
        "Home Office reference: O1192837\n"
        "Sponsor: her brother, Mr Peter Otieno Ouma, 44 Gladstone Street, Leicester LE1 2BE\n"
        "\n"
        "The applicant states she was detained in Nairobi in 2021 because of her work for an LGBT rights group and\n"
        "that she is a lesbian. I consider her account to be credible and recommend the claim is granted.\n",
        redact=[
            ("Grace Achieng Otieno", "PERSON", E),
            ("14.03.1990", "DATE_OF_BIRTH", E),
            ("O1192837", "ID_DOCUMENT", E),
            ("Peter Otieno Ouma", "PERSON", E),
            ("44 Gladstone Street", "ADDRESS", E),
            ("LE1 2BE", "ADDRESS", E),
        ],
        passages=[("she is a lesbian", SPECIAL), ("I consider her account", "5.2.1")],
        visible=["UK Visas and Immigration"],
        batch=92,
    ),
    Doc(
        "nl-adellijke-titels-brief",
        "Aan: jhr. mr. W.A. van Lynden\n"
        "Kasteellaan 4\n"
        "3941 ML Doorn\n"
        "\n"
        "Hooggeboren Heer,\n"
        "\n"
        "In antwoord op uw brief over de restauratie van de oranjerie kan ik u meedelen dat de subsidie is\n"
        "toegekend. Uw contactpersoon bij de Rijksdienst voor het Cultureel Erfgoed is mevrouw drs. C. Hoefnagels.\n",
        redact=[
            ("W.A. van Lynden", "PERSON", E),
            ("Kasteellaan 4\n3941 ML", "ADDRESS", E),
            ("C. Hoefnagels", "PERSON", E),
        ],
        visible=["Rijksdienst voor het Cultureel Erfgoed"],
        batch=92,
    ),
    Doc(
        "nl-kcc-telefoonnotitie",
        "Telefoonnotitie Klant Contact Centrum\n"
        "Datum: 18-09-2024 14:05\n"
        "Medewerker KCC: Jesse\n"
        "Beller: de heer Tjeerd Wiersma, tel. 0513-628 415\n"
        "\n"
        "Meneer belt over de afvalinzameling. Zijn container is al drie weken niet geleegd. Hij is boos en zegt dat\n"
        "hij door zijn rugoperatie de container niet zelf naar de milieustraat kan brengen.\n"
        "Terugbelverzoek aan team Afval.\n",
        redact=[
            ("Medewerker KCC: |Jesse|", "PERSON", E),
            ("Tjeerd Wiersma", "PERSON", E),
            ("0513-628 415", "PHONE", E),
        ],
        passages=[("zijn rugoperatie", SPECIAL)],
        visible=["team Afval", "18-09-2024 14:05"],
        batch=92,
    ),
    Doc(
        "nl-whatsapp-groep-buurtpreventie",
        "WhatsApp-chat met Buurtpreventie Vogelwijk\n"
        "21-08-2024 23:02 - Marco Buurman: Er loopt weer iemand aan de auto's te trekken bij de Merelstraat\n"
        "21-08-2024 23:04 - Ingrid 🌷: Ik zie hem ook, grijze hoodie\n"
        "21-08-2024 23:05 - Marco Buurman: Ingrid bel jij 112?\n"
        "21-08-2024 23:09 - +31 6 38 21 77 04: Politie is onderweg\n",
        redact=[
            ("Marco Buurman", "PERSON", E),
            ("Ingrid", "PERSON", E),
            ("+31 6 38 21 77 04", "PHONE", E),
        ],
        visible=["Buurtpreventie Vogelwijk", "Merelstraat"],
        batch=92,
    ),
    Doc(
        "nl-aanvraag-bijstand-tabel",
        "Gegevens aanvrager en partner\n"
        "                 Aanvrager               Partner\n"
        "Naam             Kees Hoogendoorn        Joyce Hoogendoorn-Smit\n"
        "Geboortedatum    11-02-1974              27-07-1977\n"
        "BSN              550766650               677163563\n"
        "Rekeningnummer   NL73 SNSB 2268 5632 58\n",
        redact=[
            ("Kees Hoogendoorn", "PERSON", E),
            ("Joyce Hoogendoorn-Smit", "PERSON", E),
            ("11-02-1974", "DATE_OF_BIRTH", E),
            ("27-07-1977", "DATE_OF_BIRTH", E),
            ("550766650", "BSN", BSN_GROUND),
            ("677163563", "BSN", BSN_GROUND),
            ("NL73 SNSB 2268 5632 58", "IBAN", E),
        ],
        batch=92,
    ),
    Doc(
        "en-uk-school-incident-report",
        "Incident report - Oakfield Academy\n"
        "Date: 12 June 2024\n"
        "Pupil: Jayden Thompson (Year 9)\n"
        "Staff member reporting: Mrs L. Akhtar (Head of Year)\n"
        "\n"
        "Jayden was found with a vape in the toilets. He told me his dad is in prison and that he is being looked\n"
        "after by his nan, Maureen Thompson, at 3 Elm Close, Rotherham S60 1QT.\n",
        redact=[
            ("Jayden Thompson", "PERSON", E),
            ("L. Akhtar", "PERSON", E),
            ("\n|Jayden| was", "PERSON", E),
            ("Maureen Thompson", "PERSON", E),
            ("3 Elm Close", "ADDRESS", E),
            ("S60 1QT", "ADDRESS", E),
        ],
        passages=[("his dad is in prison", SPECIAL)],
        visible=["Oakfield Academy", "12 June 2024"],
        batch=92,
    ),
    Doc(
        "nl-ambtsbericht-aivd",
        "Stg. GEHEIM\n"
        "Ambtsbericht AIVD aan de burgemeester van Den Haag\n"
        "Kenmerk: 2024-00318\n"
        "\n"
        "1. De AIVD heeft uit betrouwbare bron vernomen dat de heer Yusuf Demirtaş, geboren 3 januari 1990, actief\n"
        "is binnen een extremistisch netwerk in de regio Haaglanden.\n"
        "2. Deze informatie mag niet worden gedeeld met derden buiten de gemeentelijke driehoek.\n",
        redact=[("Yusuf Demirtaş", "PERSON", E), ("3 januari 1990", "DATE_OF_BIRTH", E)],
        passages=[("Stg. GEHEIM", "5.1.1b"), ("uit betrouwbare bron vernomen", "5.1.1b")],
        officials=[],
        visible=["Kenmerk: 2024-00318"],
        batch=92,
    ),
    Doc(
        "nl-contactpersoon-onderaan-brief",
        "Ministerie van Volksgezondheid, Welzijn en Sport\n"
        "Directie Langdurige Zorg\n"
        "\n"
        "Betreft: reactie op uw brief over de eigen bijdrage Wlz\n"
        "\n"
        "Geachte heer Roodbeen,\n"
        "\n"
        "Dank voor uw brief van 2 april over de eigen bijdrage van uw moeder, die in een verpleeghuis woont.\n"
        "Het CAK stelt de bijdrage vast; ik heb uw vragen aan het CAK doorgestuurd.\n"
        "\n"
        "Contactpersoon: drs. Karin Smeets, senior beleidsmedewerker, T 070 340 78 90, karin.smeets@minvws.nl\n",
        redact=[
            ("Geachte heer |Roodbeen|", "PERSON", E),
            ("Karin Smeets", "PERSON", E),
            ("070 340 78 90", "PHONE", E),
            ("karin.smeets@minvws.nl", "EMAIL", E),
        ],
        passages=[("die in een verpleeghuis woont", SPECIAL)],
        visible=["Directie Langdurige Zorg", "CAK"],
        batch=92,
    ),
    Doc(
        "nl-mail-engelse-ambassade",
        "From: Sophie Turnbull <sophie.turnbull@fcdo.gov.uk>\n"
        "To: Wouter de Graaf <wouter-de.graaf@minbuza.nl>\n"
        "Subject: migration dialogue - next steps\n"
        "\n"
        "Dear Wouter,\n"
        "\n"
        "As discussed, London is not yet ready to go public on the returns arrangement; please keep this between us\n"
        "until the Home Secretary has briefed Cabinet. Our ambassador, Joanna Roper, will call your DG on Monday.\n"
        "\n"
        "Best,\n"
        "Sophie\n",
        redact=[
            ("Sophie Turnbull", "PERSON", E),
            ("sophie.turnbull@fcdo.gov.uk", "EMAIL", E),
            ("Wouter de Graaf", "PERSON", E),
            ("wouter-de.graaf@minbuza.nl", "EMAIL", E),
            ("Dear |Wouter|", "PERSON", E),
            ("Best,\n|Sophie|", "PERSON", E),
        ],
        passages=[("please keep this between us", "5.1.2a")],
        officials=["Joanna Roper"],
        batch=92,
    ),
    Doc(
        "nl-klachtafhandeling-handtekening-functie",
        "Geachte mevrouw Brouwer-Koolhaas,\n"
        "\n"
        "Op 4 juni heeft u een klacht ingediend over de bejegening door een van onze handhavers. Wij hebben de klacht\n"
        "besproken met de betrokken medewerker, de heer D. Sprenger. Hij betreurt het voorval.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "mr. A.C. Zwinkels\n"
        "klachtencoördinator\n",
        redact=[
            ("Brouwer-Koolhaas", "PERSON", E),
            ("D. Sprenger", "PERSON", E),
            ("A.C. Zwinkels", "PERSON", E),
        ],
        visible=["klachtencoördinator", "4 juni"],
        batch=92,
    ),
    Doc(
        "en-us-ig-report-excerpt",
        "OFFICE OF INSPECTOR GENERAL - REPORT OF INVESTIGATION\n"
        "Case Number: OI-2023-0147\n"
        "Subject: (b)(6), (b)(7)(C), GS-13 Contract Specialist\n"
        "\n"
        "The investigation found that the subject accepted meals from a contractor representative, Mr. Gregory Haines\n"
        "of Tri-State Logistics LLC. Inspector General Rachel Mendoza referred the matter to the U.S. Attorney's\n"
        "Office, which declined prosecution.\n",
        redact=[("Gregory Haines", "PERSON", E)],
        officials=["Rachel Mendoza"],
        visible=["(b)(6), (b)(7)(C)", "Tri-State Logistics LLC", "OI-2023-0147"],
        batch=92,
    ),
    Doc(
        "nl-verslag-inspraakavond-windpark",
        "Verslag inspraakavond windpark Spui, 26 september 2024, dorpshuis Piershil\n"
        "Namens de gemeente: wethouder Jan-Willem Kats; projectleider Marloes Groenendijk\n"
        "\n"
        "Vragen uit de zaal\n"
        "- Mevrouw De Jongh (Kade 14) vraagt naar slagschaduw bij haar woning.\n"
        "- De heer Van Es, melkveehouder, vreest voor zijn vergunning.\n"
        "- Een bewoner vertelt dat zijn dochter epilepsie heeft en bang is voor flikkerend licht.\n",
        redact=[
            ("Marloes Groenendijk", "PERSON", E),
            ("Mevrouw |De Jongh|", "PERSON", E),
            ("Kade 14", "ADDRESS", E),
            ("De heer |Van Es|", "PERSON", E),
        ],
        passages=[("dochter epilepsie heeft", SPECIAL)],
        officials=["Jan-Willem Kats"],
        visible=["dorpshuis Piershil"],
        batch=92,
    ),
    Doc(
        "nl-sociale-media-melding",
        "Melding discriminatie via webformulier\n"
        "Naam melder: Lisa Nguyen\n"
        "E-mail: lisa.nguyen97@outlook.com\n"
        "\n"
        "Op Instagram zet het account @jeroen_vd_berg88 al weken racistische opmerkingen over mijn Vietnamese\n"
        "achtergrond onder mijn foto's. Ik weet dat het Jeroen van den Berg uit Almere is.\n",
        redact=[
            ("Lisa Nguyen", "PERSON", E),
            ("lisa.nguyen97@outlook.com", "EMAIL", E),
            ("@jeroen_vd_berg88", "SOCIAL_MEDIA", E),
            ("Jeroen van den Berg", "PERSON", E),
        ],
        passages=[("mijn Vietnamese\nachtergrond", SPECIAL)],
        batch=92,
    ),
    Doc(
        "nl-woo-besluit-aan-verzoeker",
        "Datum 14 augustus 2024\n"
        "Betreft Besluit op uw Woo-verzoek\n"
        "\n"
        "Geachte heer Kamphorst,\n"
        "\n"
        "In uw e-mail van 2 mei 2024 heeft u gevraagd om openbaarmaking van documenten over de sluiting van het\n"
        "zwembad De Wetering. Uw verzoek is ontvangen op 3 mei 2024 en geregistreerd onder nummer WOO-2024-0412.\n"
        "Namen en contactgegevens van medewerkers en van derden maak ik niet openbaar (artikel 5.1, tweede lid,\n"
        "onder e, Woo).\n"
        "\n"
        "Burgemeester en wethouders van Steenwijkerland,\n"
        "namens dezen,\n"
        "\n"
        "J.H. Dekker-Wolters\n"
        "teamleider Juridische Zaken\n",
        redact=[("Geachte heer |Kamphorst|", "PERSON", E), ("J.H. Dekker-Wolters", "PERSON", E)],
        visible=["WOO-2024-0412", "zwembad De Wetering", "Juridische Zaken"],
        batch=93,
    ),
    Doc(
        "nl-nota-paraaftabel",
        "Nota aan de staatssecretaris\n"
        "\n"
        "Paraaf        Naam                  Datum\n"
        "DGB           Femke Oosterveld      12-03\n"
        "DJZ           Ruud van Kesteren     13-03\n"
        "\n"
        "Onderwerp: aanpassing regeling huurtoeslag\n",
        redact=[("Femke Oosterveld", "PERSON", E), ("Ruud van Kesteren", "PERSON", E)],
        visible=["DGB", "DJZ", "Onderwerp: aanpassing regeling huurtoeslag"],
        batch=93,
    ),
    Doc(
        "nl-outlook-agenda-item",
        "Onderwerp: Afstemming communicatie asielopvang Budel\n"
        "Locatie: Microsoft Teams-vergadering\n"
        "Begin: vr 19-01-2024 10:00\n"
        "Einde: vr 19-01-2024 11:00\n"
        "Organisator: Wouters, Bram\n"
        "Verplichte deelnemers: Çelik, Aylin; Janssen, Pieter (COA); Smits-van Hout, Ria\n"
        "\n"
        "Graag bespreken we de Q&A voor de informatieavond.\n",
        redact=[
            ("Wouters, Bram", "PERSON", E),
            ("Çelik, Aylin", "PERSON", E),
            ("Janssen, Pieter", "PERSON", E),
            ("Smits-van Hout, Ria", "PERSON", E),
        ],
        visible=["Microsoft Teams-vergadering", "COA"],
        batch=93,
    ),
    Doc(
        "nl-contactenlijst-csv",
        "naam;functie;organisatie;e-mail;telefoon\n"
        "Hilde Vermeulen;projectleider;Gemeente Tilburg;h.vermeulen@tilburg.nl;013 542 87 10\n"
        "Sjaak Peeters;bewoner;Buurtvereniging Groenewoud;sjaakpeeters@ziggo.nl;06 23 48 91 55\n"
        "Joost van Gils;adviseur;Arcadis;joost.vangils@arcadis.com;088 426 12 12\n",
        redact=[
            ("Hilde Vermeulen", "PERSON", E),
            ("h.vermeulen@tilburg.nl", "EMAIL", E),
            ("013 542 87 10", "PHONE", E),
            ("Sjaak Peeters", "PERSON", E),
            ("sjaakpeeters@ziggo.nl", "EMAIL", E),
            ("06 23 48 91 55", "PHONE", E),
            ("Joost van Gils", "PERSON", E),
            ("joost.vangils@arcadis.com", "EMAIL", E),
            ("088 426 12 12", "PHONE", E),
        ],
        visible=["Gemeente Tilburg", "Buurtvereniging Groenewoud", "Arcadis"],
        batch=93,
    ),
    Doc(
        "nl-teams-transcript",
        "Transcript vergadering Programmateam Wonen\n"
        "0:00:04\n"
        "Van Dijk, Marieke\n"
        "Goedemorgen allemaal, zullen we beginnen?\n"
        "0:00:09\n"
        "Ozturk, Kemal\n"
        "Ja. Ik heb de cijfers van Dennis nog niet binnen.\n"
        "0:00:15\n"
        "Van Dijk, Marieke\n"
        "Dan schuiven we dat punt door naar volgende week.\n",
        redact=[
            ("Van Dijk, Marieke", "PERSON", E),
            ("Ozturk, Kemal", "PERSON", E),
            ("van |Dennis| nog", "PERSON", E),
        ],
        visible=["Programmateam Wonen"],
        batch=93,
    ),
    Doc(
        "en-fbi-interview-302",
        "FD-302\n"
        "Date of entry 04/11/2024\n"
        "\n"
        "KAREN LOUISE MADDOX, date of birth 07/22/1969, was interviewed at her residence, 1412 Oak Street,\n"
        "Cedar Rapids, Iowa. After being advised of the identity of the interviewing agent, MADDOX provided the\n"
        "following information: she worked for the contractor from 2019 until she was fired in 2022. Her former\n"
        "supervisor, Tom Brinkley, told her to destroy the invoices.\n",
        redact=[
            ("KAREN LOUISE MADDOX", "PERSON", E),
            ("07/22/1969", "DATE_OF_BIRTH", E),
            ("1412 Oak Street", "ADDRESS", E),
            ("agent, |MADDOX| provided", "PERSON", E),
            ("Tom Brinkley", "PERSON", E),
        ],
        visible=["Cedar Rapids", "04/11/2024"],
        batch=93,
    ),
    Doc(
        "nl-ggd-melding-infectieziekte",
        "GGD Hollands Noorden - melding infectieziekte\n"
        "Patiënt: mevrouw D.M. Kraaijeveld, geb. 30-05-1956\n"
        "Huisarts: dr. P.J. Wit, Alkmaar\n"
        "\n"
        "Patiënte is besmet met open tuberculose en is opgenomen in het Noordwest Ziekenhuis. Haar kleinzoon, die\n"
        "dagelijks bij haar kwam, wordt door de GGD onderzocht.\n",
        redact=[
            ("D.M. Kraaijeveld", "PERSON", E),
            ("30-05-1956", "DATE_OF_BIRTH", E),
            ("P.J. Wit", "PERSON", E),
        ],
        passages=[("besmet met open tuberculose", SPECIAL)],
        visible=["GGD Hollands Noorden"],
        batch=93,
    ),
    Doc(
        "nl-aangifte-woninginbraak",
        "PROCES-VERBAAL VAN AANGIFTE\n"
        "Aangever:\n"
        "Achternaam: Bakhuis\n"
        "Voornamen: Geertruida Johanna\n"
        "Geboren: 12 november 1949 te Winterswijk\n"
        "Adres: Meddosestraat 48, 7101 CT Winterswijk\n"
        "Telefoon: 0543-514 772\n"
        "\n"
        "Aangever verklaart: Toen ik zondagavond thuiskwam, was de achterdeur opengebroken. De sieraden van mijn\n"
        "overleden man en mijn medicijnen voor de ziekte van Parkinson zijn weg.\n",
        redact=[
            ("Bakhuis", "PERSON", E),
            ("Geertruida Johanna", "PERSON", E),
            ("12 november 1949", "DATE_OF_BIRTH", E),
            ("Meddosestraat 48, 7101 CT", "ADDRESS", E),
            ("0543-514 772", "PHONE", E),
        ],
        passages=[("ziekte van Parkinson", SPECIAL)],
        batch=93,
    ),
    Doc(
        "en-uk-submission-private-office",
        "OFFICIAL-SENSITIVE\n"
        "To: Secretary of State for Levelling Up\n"
        "From: Aisha Rahman, Deputy Director, Local Government Finance\n"
        "Clearance: Private Office (Tom Hargreaves)\n"
        "\n"
        "Recommendation: that you agree to intervene in Woking Borough Council.\n"
        "\n"
        "1. Officials judge that without intervention the council will be unable to set a balanced budget. In our\n"
        "view a commissioner-led approach is the only credible option.\n",
        redact=[("Aisha Rahman", "PERSON", E), ("Tom Hargreaves", "PERSON", E)],
        passages=[("Officials judge that", "5.2.1"), ("In our\nview", "5.2.1")],
        visible=["Woking Borough Council", "Private Office"],
        batch=93,
    ),
    Doc(
        "nl-outlook-origineel-bericht",
        "Hoi Marloes,\n"
        "\n"
        "Zie hieronder. Kun jij dit oppakken met Legal?\n"
        "\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Erik Schoemaker <e.schoemaker@kpnmail.nl>\n"
        "Verzonden: woensdag 7 februari 2024 21:48\n"
        "Aan: Info Gemeente <info@heemskerk.nl>\n"
        "Onderwerp: boom in de tuin van de buren\n"
        "\n"
        "Goedenavond, de eik bij mijn buren op de Maerelaan 21 staat op omvallen. Ik heb al drie keer gebeld.\n",
        redact=[
            ("Hoi |Marloes|", "PERSON", E),
            ("Erik Schoemaker", "PERSON", E),
            ("e.schoemaker@kpnmail.nl", "EMAIL", E),
            ("Maerelaan 21", "ADDRESS", E),
        ],
        visible=["info@heemskerk.nl", "Legal"],
        batch=93,
    ),
    Doc(
        "nl-betalingsoverzicht-schadevergoeding",
        "Overzicht uitbetalingen tegemoetkoming wateroverlast Valkenburg (juli 2021)\n"
        "\n"
        "Nr  Naam                       IBAN                      Bedrag\n"
        "1   A.H.M. Lemmens             NL31 RABO 6987 2037 95    € 2.450,00\n"
        "2   Fam. Willems-Hermans       NL79 ASNB 7141 7131 07    € 5.000,00\n"
        "3   Bakkerij Ramakers V.O.F.   NL27 BUNQ 5679 6444 59    € 12.300,00\n",
        redact=[
            ("A.H.M. Lemmens", "PERSON", E),
            ("NL31 RABO 6987 2037 95", "IBAN", E),
            ("Willems-Hermans", "PERSON", E),
            ("NL79 ASNB 7141 7131 07", "IBAN", E),
            ("NL27 BUNQ 5679 6444 59", "IBAN", E),
        ],
        visible=["Bakkerij Ramakers V.O.F.", "€ 12.300,00"],
        batch=93,
    ),
    Doc(
        "nl-ingekomen-stukken-raad",
        "Lijst van ingekomen stukken, raadsvergadering 23 mei 2024\n"
        "1. Brief van de heer J. Pietersen over parkeeroverlast in de Ganzenmarkt. Voorstel: afdoen door het college.\n"
        "2. E-mail van mevrouw A. Rahimi-Jansen over de sluiting van de bibliotheek. Voorstel: voor kennisgeving.\n"
        "3. Brief van de Provincie Utrecht over de begroting 2025. Voorstel: betrekken bij de begroting.\n",
        redact=[("J. Pietersen", "PERSON", E), ("A. Rahimi-Jansen", "PERSON", E)],
        visible=["Provincie Utrecht", "Ganzenmarkt"],
        batch=93,
    ),
    Doc(
        "nl-logboek-crisisteam",
        "Logboek ROT Veiligheidsregio Zeeland - hoogwater 2 januari 2024\n"
        "09:12  OvD Bevolkingszorg (Lotte Verschuure): opvang in Sporthal De Vliet gereed.\n"
        "09:25  Melding van bewoner Cor de Nooijer (Zeedijk 8, Westkapelle): kelder loopt onder.\n"
        "09:40  Burgemeester Van der Velde neemt besluit tot evacuatie van de Zeedijk.\n",
        redact=[
            ("Lotte Verschuure", "PERSON", E),
            ("Cor de Nooijer", "PERSON", E),
            ("Zeedijk 8", "ADDRESS", E),
        ],
        officials=["Van der Velde"],
        visible=["Sporthal De Vliet", "Veiligheidsregio Zeeland"],
        batch=93,
    ),
    Doc(
        "en-privacy-act-request",
        "PRIVACY ACT REQUEST\n"
        "Requester: Marcus D. Bellamy\n"
        "SSN (last four): xxx-xx-4417\n"
        "Mailing address: 2209 Riverside Drive, Apt 4C, Tulsa, OK 74114\n"
        "\n"
        "I request copies of all records about my 2021 security clearance investigation, including the\n"
        "polygraph results and the notes of my psychological evaluation.\n",
        redact=[
            ("Marcus D. Bellamy", "PERSON", E),
            ("2209 Riverside Drive, Apt 4C", "ADDRESS", E),
        ],
        passages=[("my psychological evaluation", SPECIAL)],
        visible=["xxx-xx-4417"],
        batch=93,
    ),
    Doc(
        "nl-pv-belgie-rijksregister",
        "Politiezone Antwerpen - proces-verbaal PV AN.55.L1.004412/2024\n"
        "Betrokkene: VERMEIREN Kobe, rijksregisternummer 92041228752, wonende Kasteelpleinstraat 59 bus 2,\n"
        "2000 Antwerpen\n"
        "\n"
        "Betrokkene werd om 23u40 gecontroleerd en was onder invloed van alcohol (ademanalyse 0,82 mg/l).\n",
        redact=[
            ("VERMEIREN Kobe", "PERSON", E),
            ("92041228752", "ID_DOCUMENT", E),
            ("Kasteelpleinstraat 59 bus 2", "ADDRESS", E),
        ],
        passages=[("onder invloed van alcohol", SPECIAL)],
        visible=["Politiezone Antwerpen"],
        batch=93,
    ),
    Doc(
        "nl-minister-familie-ziek",
        "Van: Secretariaat minister\n"
        "Aan: DG Politie\n"
        "Onderwerp: agenda donderdag\n"
        "\n"
        "Minister Van Weel zegt het werkbezoek aan Rotterdam af: zijn dochter is met spoed geopereerd en hij wil bij\n"
        "haar zijn. Graag niet delen buiten de staf.\n"
        "\n"
        "Groet,\n"
        "Annemieke\n",
        redact=[("Groet,\n|Annemieke|", "PERSON", E)],
        passages=[("met spoed geopereerd", SPECIAL)],
        officials=["Van Weel"],
        visible=["DG Politie", "Secretariaat minister"],
        batch=93,
    ),
    Doc(
        "nl-documentenlijst-bestandsnamen",
        "Inventarislijst Woo-verzoek windturbines\n"
        "Nr  Document                                                    Oordeel\n"
        "1   2024-03-12 Mail van Jan Visser aan provincie.pdf            deels openbaar (5.1.2e)\n"
        "2   2024-03-15 Notitie overleg met bewonersgroep.docx           openbaar\n"
        "3   2024-04-02 Brief aan mevrouw E. Cools-Hendriks.pdf           deels openbaar (5.1.2e)\n",
        redact=[("Jan Visser", "PERSON", E), ("E. Cools-Hendriks", "PERSON", E)],
        visible=["deels openbaar (5.1.2e)", "bewonersgroep"],
        batch=93,
    ),
    Doc(
        "nl-signature-linkedin-mobiel",
        "Met vriendelijke groet,\n"
        "\n"
        "ir. Stephan Boersma-Lont\n"
        "Adviseur Bodem & Ondergrond | Rijkswaterstaat Water, Verkeer en Leefomgeving\n"
        "M 06 51 88 42 07 | www.linkedin.com/in/stephanboersma\n"
        "Werkdagen: ma t/m do\n",
        redact=[
            ("Stephan Boersma-Lont", "PERSON", E),
            ("06 51 88 42 07", "PHONE", E),
            ("www.linkedin.com/in/stephanboersma", "SOCIAL_MEDIA", E),
        ],
        visible=["Rijkswaterstaat Water, Verkeer en Leefomgeving", "Werkdagen: ma t/m do"],
        batch=93,
    ),
    Doc(
        "nl-bezwaar-zorgtoeslag-gemachtigde",
        "Aan: Belastingdienst/Toeslagen\n"
        "Postbus 8250, 3503 RG Utrecht\n"
        "\n"
        "Betreft: bezwaar tegen terugvordering zorgtoeslag 2022, BSN 243050215\n"
        "\n"
        "Namens mijn cliënt, de heer H. Boukhari, maak ik bezwaar. Mijn cliënt was in 2022 langdurig opgenomen in\n"
        "een psychiatrische kliniek en kon zijn post niet openen.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "mr. S.W. Verbruggen\n"
        "Sociaal Raadslieden Utrecht\n",
        redact=[
            ("243050215", "BSN", BSN_GROUND),
            ("H. Boukhari", "PERSON", E),
            ("S.W. Verbruggen", "PERSON", E),
        ],
        passages=[("psychiatrische kliniek", SPECIAL)],
        visible=["Postbus 8250, 3503 RG Utrecht", "Sociaal Raadslieden Utrecht"],
        batch=93,
    ),
    Doc(
        "en-us-state-dept-email-foreign",
        "From: Hughes, Amanda R <HughesAR@state.gov>\n"
        "To: Nakamura, Ken <NakamuraK@state.gov>\n"
        "Subject: FW: readout - call with Canadian DFM\n"
        "\n"
        "Ken - per the readout, the Deputy Foreign Minister said Ottawa would support the sanctions package but asked\n"
        "that we not attribute this to Canada until their cabinet signs off. I think we should hold the press\n"
        "guidance until Friday.\n",
        redact=[
            ("Hughes, Amanda R", "PERSON", E),
            ("HughesAR@state.gov", "EMAIL", E),
            ("Nakamura, Ken", "PERSON", E),
            ("NakamuraK@state.gov", "EMAIL", E),
            ("\n|Ken| -", "PERSON", E),
        ],
        passages=[("asked\nthat we not attribute this", "5.1.2a"), ("I think we should", "5.2.1")],
        batch=93,
    ),
    Doc(
        "nl-jeugdarts-verslag-school",
        "Verslag gesprek jeugdarts, OBS De Regenboog, 5 maart 2024\n"
        "Aanwezig: jeugdarts Ingrid Baas, intern begeleider Mariska de Wit, moeder van Mila\n"
        "\n"
        "Mila (groep 5) verzuimt veel. Moeder vertelt dat Mila sinds de zomer buikpijnklachten heeft en dat de\n"
        "kinderarts geen oorzaak vindt. Er is thuis veel spanning sinds vader vorig jaar is vertrokken.\n",
        redact=[
            ("Ingrid Baas", "PERSON", E),
            ("Mariska de Wit", "PERSON", E),
            ("Mila", "PERSON", E),
        ],
        passages=[("buikpijnklachten", SPECIAL)],
        visible=["OBS De Regenboog"],
        batch=93,
    ),
    Doc(
        "nl-wob-oud-besluit-lakcodes",
        "Van: [5.1.2e]\n"
        "Aan: [5.1.2e]; Jeroen Kwakkel\n"
        "Onderwerp: RE: stikstofberekening Lelystad Airport\n"
        "\n"
        "[5.1.2e], zoals besproken stuur ik de berekening van het RIVM. Jeroen, kun jij dit delen met de\n"
        "directeur?\n",
        redact=[("Jeroen Kwakkel", "PERSON", E), ("RIVM. |Jeroen|, kun", "PERSON", E)],
        visible=["[5.1.2e]", "RIVM", "Lelystad Airport"],
        batch=93,
    ),
    Doc(
        "nl-raadsvragen-antwoord-college",
        "Beantwoording schriftelijke vragen van het raadslid Bouali (D66) over jeugdoverlast in Kanaleneiland\n"
        "\n"
        "Vraag 1: Is het college bekend met de brief van bewoners van de Marshalllaan?\n"
        "Antwoord: Ja. Wethouder Diepeveen heeft op 12 maart met de bewoners gesproken, onder wie de heer\n"
        "R. Vlasblom, die de brief namens de buurt schreef.\n",
        redact=[("R. Vlasblom", "PERSON", E)],
        officials=["Bouali", "Diepeveen"],
        visible=["Kanaleneiland", "D66", "Marshalllaan"],
        batch=93,
    ),
    Doc(
        "nl-verslag-keukentafel-mantelzorg-engels",
        "Notes of call with Mr Jan-Hendrik Smeenk (son of client), 6 June 2024\n"
        "Mr Smeenk says his father, Willem Smeenk (89), has advanced dementia and wanders at night. He lives alone at\n"
        "Kerkweg 3, Laren. The family asks for a place in a care home as soon as possible.\n"
        "Action: Nadia to contact the care provider.\n",
        redact=[
            ("Jan-Hendrik Smeenk", "PERSON", E),
            ("Mr |Smeenk| says", "PERSON", E),
            ("Willem Smeenk", "PERSON", E),
            ("Kerkweg 3", "ADDRESS", E),
            ("Action: |Nadia|", "PERSON", E),
        ],
        passages=[("has advanced dementia", SPECIAL)],
        batch=93,
    ),
    Doc(
        "nl-verslag-selectiecommissie",
        "Verslag selectiegesprekken vacature senior beleidsadviseur Klimaat (vacaturenummer 24-118)\n"
        "Commissie: Hanna Wieringa (voorzitter), Tim Koopmans, Esra Demir (P&O)\n"
        "\n"
        "Kandidaat 1, Sander Bruggink: sterk inhoudelijk, maar weinig ervaring met bestuurlijke advisering.\n"
        "Kandidaat 2, Yvette Lammers-Oude Nijhuis: overtuigend; de commissie adviseert haar aan te nemen.\n"
        "Kandidaat 3 trok zich terug wegens een burn-out bij haar huidige werkgever.\n",
        redact=[
            ("Hanna Wieringa", "PERSON", E),
            ("Tim Koopmans", "PERSON", E),
            ("Esra Demir", "PERSON", E),
            ("Sander Bruggink", "PERSON", E),
            ("Yvette Lammers-Oude Nijhuis", "PERSON", E),
        ],
        passages=[("wegens een burn-out", SPECIAL)],
        visible=["vacaturenummer 24-118", "P&O"],
        batch=94,
    ),
    Doc(
        "en-us-congressional-casework",
        "Office of Congresswoman Delia Ramos\n"
        "Casework referral - Department of Veterans Affairs\n"
        "\n"
        "Constituent: Mr. Harold T. Jefferson, 4410 W Grand Ave, Chicago, IL 60639\n"
        "Phone: (773) 555-0142\n"
        "VA file number: 28 417 993\n"
        "\n"
        "Mr. Jefferson, a Vietnam veteran, was diagnosed with prostate cancer in 2022 and asks why his disability claim\n"
        "has been pending for 14 months.\n",
        redact=[
            ("Harold T. Jefferson", "PERSON", E),
            ("4410 W Grand Ave", "ADDRESS", E),
            ("(773) 555-0142", "PHONE", E),
            ("28 417 993", "ID_DOCUMENT", E),
            ("Mr. |Jefferson|, a", "PERSON", E),
        ],
        passages=[("diagnosed with prostate cancer", SPECIAL)],
        officials=["Delia Ramos"],
        visible=["Department of Veterans Affairs"],
        batch=94,
    ),
    Doc(
        "nl-brief-school-leerlingen",
        "Aan de ouders van groep 7, OBS Het Kompas\n"
        "\n"
        "Beste ouders,\n"
        "\n"
        "Tijdens het schoolreisje op 12 juni raakten Daan en Sem lichtgewond bij een val van het klimrek. Zij zijn door\n"
        "de EHBO'er verbonden. De ouders van Noah hebben gevraagd of hun zoon voortaan een eigen begeleider krijgt\n"
        "vanwege zijn autisme.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Marije Stoffels, directeur\n",
        redact=[
            ("raakten |Daan| en", "PERSON", E),
            ("en |Sem| lichtgewond", "PERSON", E),
            ("ouders van |Noah|", "PERSON", E),
            ("Marije Stoffels", "PERSON", E),
        ],
        passages=[("vanwege zijn autisme", SPECIAL)],
        visible=["OBS Het Kompas"],
        batch=94,
    ),
    Doc(
        "nl-omgevingsvergunning-aanvrager-bv",
        "Besluit omgevingsvergunning, zaaknummer Z/24/0871\n"
        "Aanvrager: Bouwbedrijf Jansen Wijchen B.V., vertegenwoordigd door de heer K.P. Jansen\n"
        "Locatie: Kasteellaan 12, 6602 DG Wijchen, kadastraal bekend gemeente Wijchen, sectie F, nummer 1187\n"
        "\n"
        "Tegen het ontwerpbesluit is een zienswijze ingediend door de eigenaar van het naastgelegen perceel,\n"
        "mevrouw G. Arts-van Dongen.\n",
        redact=[
            ("K.P. Jansen", "PERSON", E),
            ("G. Arts-van Dongen", "PERSON", E),
        ],
        visible=["Bouwbedrijf Jansen Wijchen B.V.", "Z/24/0871"],
        batch=94,
    ),
    Doc(
        "en-uk-mp-spouse-visa-letter",
        "House of Commons, London SW1A 0AA\n"
        "\n"
        "Dear Minister,\n"
        "\n"
        "I am writing on behalf of my constituent, Mr Harpreet Singh Dhillon of 22 Church Road, Southall UB2 4AZ, whose\n"
        "application for a spouse visa for his wife, Manpreet Kaur, has been delayed for eleven months.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Virendra Sharma MP\n",
        redact=[
            ("Harpreet Singh Dhillon", "PERSON", E),
            ("22 Church Road", "ADDRESS", E),
            ("UB2 4AZ", "ADDRESS", E),
            ("Manpreet Kaur", "PERSON", E),
        ],
        officials=["Virendra Sharma"],
        visible=["House of Commons, London SW1A 0AA"],
        batch=94,
    ),
    Doc(
        "nl-bezoekersregistratie",
        "Bezoekersregistratie Provinciehuis Zwolle, 14 november 2024\n"
        "Tijd   Naam bezoeker            Organisatie             Kenteken     Bezoekt\n"
        "08:55  Rick van der Schuit      Witteveen+Bos           GZ-418-N     Team Water\n"
        "09:30  Fatima el Khattabi       (particulier)           -            Loket Subsidies\n",
        redact=[
            ("Rick van der Schuit", "PERSON", E),
            ("GZ-418-N", "LICENSE_PLATE", E),
            ("Fatima el Khattabi", "PERSON", E),
        ],
        visible=["Witteveen+Bos", "Team Water", "Loket Subsidies"],
        batch=94,
    ),
    Doc(
        "nl-brp-uittreksel",
        "Uittreksel Basisregistratie Personen\n"
        "Geslachtsnaam:     Oudshoorn\n"
        "Voornamen:         Cornelis Adrianus\n"
        "Geboortedatum:     03-09-1962\n"
        "Geboorteplaats:    Katwijk\n"
        "Nationaliteit:     Nederlandse\n"
        "Burgerservicenummer: 528345059\n"
        "Woonadres:         Zeeweg 71, 2224 CG Katwijk\n",
        redact=[
            ("Oudshoorn", "PERSON", E),
            ("Cornelis Adrianus", "PERSON", E),
            ("03-09-1962", "DATE_OF_BIRTH", E),
            ("528345059", "BSN", BSN_GROUND),
            ("Zeeweg 71, 2224 CG", "ADDRESS", E),
        ],
        visible=["Basisregistratie Personen"],
        batch=94,
    ),
    Doc(
        "nl-beleidsnotitie-privacy-negatief",
        "Notitie: verwerking van gezondheidsgegevens in het sociaal domein\n"
        "\n"
        "Gemeenten verwerken in de Wmo en de Jeugdwet gegevens over de gezondheid van inwoners. Volgens de AVG zijn\n"
        "dat bijzondere persoonsgegevens. Ook strafrechtelijke gegevens, zoals een veroordeling, vallen onder een\n"
        "streng regime. Uit de Monitor Sociaal Domein blijkt dat 12 procent van de cliënten een psychische aandoening\n"
        "heeft. De werkgroep stelt voor de privacyverklaring te actualiseren.\n",
        visible=["gezondheid van inwoners", "strafrechtelijke gegevens", "12 procent van de cliënten", "psychische aandoening"],
        batch=94,
    ),
    Doc(
        "nl-gemeentenieuws-bewoners",
        "Concept nieuwsbericht wijkvernieuwing Presikhaaf (niet publiceren voor 1 maart)\n"
        "\n"
        "Anouk (34) woont al twaalf jaar in de Kastanjelaan. 'Sinds mijn scheiding red ik het net,' vertelt ze.\n"
        "Buurman Henk Wolters (71) is blij met de nieuwe bankjes.\n"
        "Wethouder Ron König opende woensdag het vernieuwde plein.\n",
        redact=[("Anouk", "PERSON", E), ("Henk Wolters", "PERSON", E)],
        officials=["Ron König"],
        visible=["Presikhaaf", "Kastanjelaan"],
        batch=94,
    ),
    Doc(
        "nl-evenementenvergunning-organisator",
        "Aanvraag evenementenvergunning Zomerfeest Wijk aan Zee\n"
        "Organisator: Stichting Dorpsfeest WaZ\n"
        "Contactpersoon: Joyce Kramer-Tol, 06-44 87 12 39, joyce@dorpsfeestwaz.nl\n"
        "Beveiliging: Safe Events BV, coördinator Bart Zonneveld\n"
        "Verwacht aantal bezoekers: 2.500\n",
        redact=[
            ("Joyce Kramer-Tol", "PERSON", E),
            ("06-44 87 12 39", "PHONE", E),
            ("joyce@dorpsfeestwaz.nl", "EMAIL", E),
            ("Bart Zonneveld", "PERSON", E),
        ],
        visible=["Stichting Dorpsfeest WaZ", "Safe Events BV"],
        batch=94,
    ),
    Doc(
        "nl-sms-reeks-nummers",
        "Sms-export telefoon teamleider Handhaving\n"
        "+31 6 21 43 65 87 (12-05-2024 08:14): Ik ben ziek, kan vandaag niet komen. Groet Kevin\n"
        "Teamleider (12-05-2024 08:20): Beterschap! Ik regel vervanging.\n",
        redact=[("+31 6 21 43 65 87", "PHONE", E), ("Groet |Kevin|", "PERSON", E)],
        passages=[("Ik ben ziek", SPECIAL)],
        batch=94,
    ),
    Doc(
        "nl-memo-britse-diplomaat",
        "Memo DEU/BI, 21 maart 2024\n"
        "\n"
        "De Britse diplomaat James Whitaker liet tijdens de lunch weten dat Londen overweegt de sancties tegen Iran\n"
        "uit te breiden, maar vroeg dit niet door te geven aan andere EU-lidstaten. Volgens mij moeten we hier niet\n"
        "op wachten.\n",
        redact=[("James Whitaker", "PERSON", E)],
        passages=[("vroeg dit niet door te geven", "5.1.2a"), ("Volgens mij moeten we", "5.2.1")],
        visible=["DEU/BI"],
        batch=94,
    ),
    Doc(
        "en-us-hotline-complaint",
        "OIG Hotline Complaint Intake\n"
        "Complaint number: 2024-HL-00831\n"
        "Complainant: Anonymous (requested confidentiality)\n"
        "Subject of complaint: Supervisory Contract Specialist Brenda K. Holloway, Region 5\n"
        "\n"
        "The complainant alleges that Ms. Holloway steered a contract to a company owned by her brother-in-law,\n"
        "Curtis Webb.\n",
        redact=[
            ("Brenda K. Holloway", "PERSON", E),
            ("Ms. |Holloway|", "PERSON", E),
            ("Curtis Webb", "PERSON", E),
        ],
        visible=["2024-HL-00831", "Region 5"],
        batch=94,
    ),
    Doc(
        "nl-camerabeelden-signalement",
        "Verslag beoordeling camerabeelden Stationsplein, 9 augustus 2024\n"
        "Op de beelden is te zien dat persoon 1 (man, ca. 25 jaar, donkere huidskleur, Surinaamse tongval volgens\n"
        "getuigen) een fiets uit het rek pakt. Getuige Bianca Mulder herkende hem als haar neef, Jermaine Mulder.\n",
        redact=[("Bianca Mulder", "PERSON", E), ("Jermaine Mulder", "PERSON", E)],
        passages=[("donkere huidskleur", SPECIAL)],
        visible=["Stationsplein"],
        batch=94,
    ),
    Doc(
        "nl-verlof-mail-zwanger",
        "Van: Linda Hofstra\n"
        "Aan: Team Vergunningen\n"
        "Onderwerp: afwezigheid\n"
        "\n"
        "Hoi allen, vanaf 1 april ben ik met zwangerschapsverlof. Mijn dossiers neemt Jeroen over.\n"
        "Tot in augustus!\n"
        "Linda\n",
        redact=[("Linda Hofstra", "PERSON", E), ("neemt |Jeroen| over", "PERSON", E), ("\n|Linda|\n", "PERSON", E)],
        passages=[("zwangerschapsverlof", SPECIAL)],
        visible=["Team Vergunningen"],
        batch=94,
    ),
    Doc(
        "en-uk-court-list",
        "Westminster Magistrates' Court - court list, 18 September 2024, Courtroom 3\n"
        "10:00  R v Daniel Whitfield (DOB 12/03/1999) - assault by beating - first appearance\n"
        "10:30  R v Agnieszka Nowak (DOB 05/11/1987) - theft from a shop - sentence\n",
        redact=[
            ("Daniel Whitfield", "PERSON", E),
            ("12/03/1999", "DATE_OF_BIRTH", E),
            ("Agnieszka Nowak", "PERSON", E),
            ("05/11/1987", "DATE_OF_BIRTH", E),
        ],
        passages=[("assault by beating", SPECIAL), ("theft from a shop", SPECIAL)],
        visible=["Westminster Magistrates' Court"],
        batch=94,
    ),
    Doc(
        "nl-huisbezoek-bijstand",
        "Rapportage huisbezoek Participatiewet, 3 oktober 2024\n"
        "Cliënt: mevrouw R. Baptiste, Lange Nieuwstraat 9-B, IJmuiden\n"
        "Medewerkers: S. Kuijt (handhaving), M. de Ruiter (inkomen)\n"
        "\n"
        "In de badkamer troffen wij twee tandenborstels en herenkleding aan. Mevrouw verklaart dat haar vriend,\n"
        "Dwayne Lobo, soms blijft slapen maar niet bij haar woont.\n",
        redact=[
            ("R. Baptiste", "PERSON", E),
            ("Lange Nieuwstraat 9-B", "ADDRESS", E),
            ("S. Kuijt", "PERSON", E),
            ("M. de Ruiter", "PERSON", E),
            ("Dwayne Lobo", "PERSON", E),
        ],
        batch=94,
    ),
    Doc(
        "nl-klokkenluidersmelding",
        "Melding vermoeden misstand, Huis voor Klokkenluiders - intake\n"
        "Melder: mevrouw P.A. Verschoor, werkzaam bij Rijkswaterstaat, 06-31 20 98 77\n"
        "\n"
        "Melder stelt dat haar leidinggevende, Arjen Blom, meetgegevens over de dijk bij Lobith heeft aangepast. Zij\n"
        "vreest voor haar positie als bekend wordt dat zij de melding deed.\n",
        redact=[
            ("P.A. Verschoor", "PERSON", E),
            ("06-31 20 98 77", "PHONE", E),
            ("Arjen Blom", "PERSON", E),
        ],
        visible=["Rijkswaterstaat", "Huis voor Klokkenluiders"],
        batch=94,
    ),
    Doc(
        "nl-or-notulen",
        "Notulen ondernemingsraad Omgevingsdienst Midden-Holland, 2 juli 2024\n"
        "Aanwezig: Pieter Koster (vz), Sandra Nieuwenhuis, Rachid Aouragh, Wim Slingerland (ambtelijk secretaris)\n"
        "Namens de bestuurder: directeur Els Roodenburg\n"
        "\n"
        "Rachid vraagt naar de reorganisatie. De directeur zegt toe de OR voor de zomer een adviesaanvraag te sturen.\n",
        redact=[
            ("Pieter Koster", "PERSON", E),
            ("Sandra Nieuwenhuis", "PERSON", E),
            ("Rachid Aouragh", "PERSON", E),
            ("Wim Slingerland", "PERSON", E),
            ("\n|Rachid| vraagt", "PERSON", E),
        ],
        visible=["Omgevingsdienst Midden-Holland"],
        batch=94,
    ),
    Doc(
        "en-eu-email-partner-state",
        "From: COREPER II - Permanent Representation of the Netherlands\n"
        "To: DIE-EU, Den Haag\n"
        "Subject: Coreper 12/6 - enlargement\n"
        "\n"
        "In the margins the Hungarian ambassador told our Permanent Representative that Budapest will lift its veto\n"
        "if the rule-of-law chapter is postponed; he asked that this not be shared with other delegations. Our\n"
        "assessment is that this offer will not hold.\n",
        passages=[("asked that this not be shared", "5.1.2a"), ("Our\nassessment is", "5.2.1")],
        visible=["DIE-EU, Den Haag", "Coreper 12/6"],
        batch=94,
    ),
    Doc(
        "nl-dienstverlening-klantnummer",
        "Klantcontact Belastingdienst, gespreksnotitie\n"
        "Klantnummer: 800 114 275\n"
        "Beller: de heer Abdelkader Moussaoui\n"
        "\n"
        "Meneer belt over zijn aanslag 2023. Hij zegt dat zijn DigiD is geblokkeerd sinds zijn identiteitsfraude in\n"
        "januari. Doorverwezen naar het Centraal Meldpunt Identiteitsfraude.\n",
        redact=[("800 114 275", "ID_DOCUMENT", E), ("Abdelkader Moussaoui", "PERSON", E)],
        visible=["Centraal Meldpunt Identiteitsfraude"],
        batch=94,
    ),
    Doc(
        "nl-besluit-handhaving-last-onder-dwangsom",
        "Aan: de heer T.J.M. van Rooij\n"
        "Heezerweg 201\n"
        "5643 KJ Eindhoven\n"
        "\n"
        "Onderwerp: last onder dwangsom\n"
        "\n"
        "Geachte heer Van Rooij,\n"
        "\n"
        "Bij een controle op 4 april 2024 hebben toezichthouders van de gemeente geconstateerd dat u op uw perceel\n"
        "zonder vergunning een aanbouw heeft geplaatst.\n",
        redact=[
            ("T.J.M. van Rooij", "PERSON", E),
            ("Heezerweg 201\n5643 KJ", "ADDRESS", E),
            ("Geachte heer |Van Rooij|", "PERSON", E),
        ],
        visible=["4 april 2024"],
        batch=94,
    ),
    Doc(
        "en-us-doj-declination-memo",
        "MEMORANDUM\n"
        "TO: Criminal Chief\n"
        "FROM: AUSA Kimberly Tran\n"
        "RE: Declination - United States v. [target]\n"
        "\n"
        "The target, a 57-year-old pharmacist named Gerald Pruitt, billed Medicare for prescriptions he never filled.\n"
        "I recommend declination because the loss is under $20,000 and he has repaid it. He also has stage four\n"
        "lung cancer.\n",
        redact=[("Kimberly Tran", "PERSON", E), ("Gerald Pruitt", "PERSON", E)],
        passages=[("I recommend declination", "5.2.1"), ("stage four\nlung cancer", SPECIAL)],
        visible=["[target]", "Criminal Chief"],
        batch=94,
    ),
    Doc(
        "nl-rechtbank-griffie-brief",
        "Rechtbank Overijssel, team bestuursrecht\n"
        "Zaaknummer: ZWO 24/1442\n"
        "\n"
        "Aan: mr. drs. L.C. Hazenberg, advocaat\n"
        "Hazenberg & Stam Advocaten, Postbus 1045, 8001 BA Zwolle\n"
        "\n"
        "Uw cliënt, de heer B. Yilmaz, is opgeroepen voor de zitting van 19 december 2024. De zitting is openbaar.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "R. Westerhof\n"
        "griffier\n",
        redact=[("L.C. Hazenberg", "PERSON", E), ("B. Yilmaz", "PERSON", E)],
        officials=["R. Westerhof"],
        visible=["Hazenberg & Stam Advocaten", "ZWO 24/1442"],
        batch=94,
    ),
    Doc(
        "nl-kamerbrief-lang-stikstof",
        "Geachte voorzitter,\n"
        "\n"
        "Met deze brief informeer ik uw Kamer over de voortgang van het Nationaal Programma Landelijk Gebied (NPLG) en\n"
        "de uitvoering van de motie-Van der Plas over de Aanpak Piekbelasting. Zoals toegezegd in het commissiedebat van\n"
        "14 februari jl. ga ik in op de provinciale programma's van Gelderland, Overijssel en Noord-Brabant, op de rol\n"
        "van de Raad van State en op de uitspraak van de Afdeling bestuursrechtspraak van 20 december 2023 (ECLI:NL:\n"
        "RVS:2023:4768).\n"
        "\n"
        "De Landbouw- en Natuurtafel heeft onder leiding van Remkes gesproken met LTO Nederland, Natuurmonumenten,\n"
        "de Vereniging Nederlandse Gemeenten en het Interprovinciaal Overleg. Gedeputeerde Jan de Reus (Noord-Brabant)\n"
        "heeft namens de provincies laten weten dat de transitiegebieden in Peel en Kempen voorrang krijgen. Ook de\n"
        "Rabobank en de Nederlandse Zuivel Organisatie hebben een bijdrage geleverd. Het RIVM publiceert in juni de\n"
        "nieuwe Monitor Stikstofdepositie.\n"
        "\n"
        "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n"
        "\n"
        "Femke Wiersma\n",
        officials=["Van der Plas", "Jan de Reus", "Femke Wiersma"],
        visible=["Nationaal Programma Landelijk Gebied", "Aanpak Piekbelasting", "Raad van State", "LTO Nederland",
                 "Natuurmonumenten", "Vereniging Nederlandse Gemeenten", "Interprovinciaal Overleg", "Peel en Kempen",
                 "Rabobank", "Nederlandse Zuivel Organisatie", "Monitor Stikstofdepositie", "Remkes"],
        batch=95,
    ),
    Doc(
        "en-uk-long-policy-memo",
        "Policy paper: reforming the Local Housing Allowance\n"
        "\n"
        "1. The Local Housing Allowance (LHA) was frozen in April 2020. Since then private rents in Greater Manchester,\n"
        "the West Midlands and Bristol have risen by more than 20 per cent, according to the Office for National\n"
        "Statistics. The Resolution Foundation and Shelter have both called for LHA to be restored to the 30th\n"
        "percentile. The Institute for Fiscal Studies estimates the cost at £1.2 billion a year.\n"
        "2. HM Treasury has agreed to a one-year uplift in the Autumn Statement. Local authorities, through the Local\n"
        "Government Association, have asked for a longer settlement. The Department for Work and Pensions will set\n"
        "out the detail in the Housing Benefit circular HB A12/2024.\n",
        visible=["Local Housing Allowance", "Greater Manchester", "West Midlands", "Office for National\nStatistics",
                 "Resolution Foundation", "Shelter", "Institute for Fiscal Studies", "HM Treasury", "Autumn Statement",
                 "Local\nGovernment Association", "Department for Work and Pensions", "HB A12/2024"],
        batch=95,
    ),
    Doc(
        "nl-nota-lang-met-ambtenaar",
        "Nota aan de minister van Sociale Zaken en Werkgelegenheid\n"
        "Van: directie Arbeidsmarkt en Sociaal-Economische Aangelegenheden (ASEA)\n"
        "Contactpersoon: Bart-Jan Hoogeveen, 06-11 32 54 76\n"
        "\n"
        "Aanleiding\n"
        "Het Centraal Planbureau (CPB) heeft op 12 maart de Centraal Economisch Plan-raming gepubliceerd. De\n"
        "werkloosheid stijgt volgens het CPB naar 3,9 procent. De Sociaal-Economische Raad (SER) en De Nederlandsche\n"
        "Bank (DNB) wijzen op krapte in de zorg, het onderwijs en de techniek. UWV meldt 430.000 openstaande vacatures.\n"
        "\n"
        "Advies\n"
        "Wij adviseren u in het Commissiedebat Arbeidsmarktbeleid van 18 april aan te geven dat het kabinet de\n"
        "Arbeidsmarktkrapte-aanpak voortzet. De heer Hoogeveen is beschikbaar voor een toelichting.\n",
        redact=[("Bart-Jan Hoogeveen", "PERSON", E), ("06-11 32 54 76", "PHONE", E), ("De heer |Hoogeveen|", "PERSON", E)],
        passages=[("Wij adviseren u", "5.2.1")],
        visible=["Centraal Planbureau", "Sociaal-Economische Raad", "De Nederlandsche\nBank", "UWV",
                 "Centraal Economisch Plan-raming"],
        batch=95,
    ),
    Doc(
        "nl-persbericht-gepubliceerd-minister",
        "Persbericht, 4 juni 2024\n"
        "\n"
        "Minister Adema opent Nationale Week van de Boer in Dronten\n"
        "\n"
        "Minister Piet Adema van Landbouw heeft vandaag in Dronten de Nationale Week van de Boer geopend. 'Boeren\n"
        "verdienen waardering,' aldus Adema. Ook Commissaris van de Koning Leen Verbeek en burgemeester Jean\n"
        "Konings waren aanwezig. De opening vond plaats op het erf van de familie Van Dijk, die een biologisch\n"
        "melkveebedrijf heeft.\n",
        officials=["Piet Adema", "Leen Verbeek", "Jean\nKonings"],
        visible=["Nationale Week van de Boer", "Dronten"],
        batch=95,
    ),
    Doc(
        "en-us-long-agency-email",
        "From: Mitchell, Laura (OCIO) <laura.mitchell@hhs.gov>\n"
        "Sent: Friday, May 10, 2024 3:42 PM\n"
        "To: OCIO-Leadership <ocio-leadership@hhs.gov>\n"
        "Subject: Cloud migration - status for the Deputy Secretary\n"
        "\n"
        "All,\n"
        "\n"
        "The Centers for Medicare & Medicaid Services and the Food and Drug Administration have completed their\n"
        "migration to the FedRAMP High environment. The National Institutes of Health will follow in Q3. GAO's\n"
        "report GAO-24-106231 flagged the Indian Health Service as at risk. Deputy Secretary Andrea Palm has asked\n"
        "for a briefing on June 3. Please send your input to Raj by Wednesday.\n"
        "\n"
        "Thanks,\n"
        "Laura\n",
        redact=[
            ("Mitchell, Laura", "PERSON", E),
            ("laura.mitchell@hhs.gov", "EMAIL", E),
            ("to |Raj| by", "PERSON", E),
            ("Thanks,\n|Laura|", "PERSON", E),
        ],
        officials=["Andrea Palm"],
        visible=["ocio-leadership@hhs.gov", "Centers for Medicare & Medicaid Services", "Food and Drug Administration",
                 "National Institutes of Health", "Indian Health Service", "GAO-24-106231"],
        batch=95,
    ),
    Doc(
        "nl-raadsvoorstel-lang",
        "Raadsvoorstel Herontwikkeling Stationsgebied Zuid\n"
        "\n"
        "Inleiding\n"
        "Het college stelt de raad voor het Investeringsbesluit Stationsgebied Zuid vast te stellen. ProRail, NS\n"
        "Stations en de Provincie Utrecht dragen samen € 48 miljoen bij. Woningcorporatie Mitros bouwt 320 sociale\n"
        "huurwoningen aan de Van Zijstweg en de Croeselaan. Het Jaarbeursterrein blijft buiten het plangebied.\n"
        "\n"
        "Beoogd effect\n"
        "Meer woningen, een aantrekkelijk Jaarbeursplein en een betere verbinding met Kanaleneiland en Hoograven.\n"
        "Wethouder Eelco Eerenberg is verantwoordelijk voor de uitvoering.\n",
        officials=["Eelco Eerenberg"],
        visible=["ProRail", "NS\nStations", "Provincie Utrecht", "Mitros", "Van Zijstweg", "Croeselaan",
                 "Jaarbeursterrein", "Jaarbeursplein", "Kanaleneiland", "Hoograven"],
        batch=95,
    ),
    Doc(
        "nl-inspectierapport-lang",
        "Inspectie van het Onderwijs - Rapport van bevindingen\n"
        "Christelijk Lyceum Zeist, BRIN 18XY\n"
        "\n"
        "De inspectie heeft op 6 en 7 maart 2024 een onderzoek uitgevoerd naar aanleiding van signalen over sociale\n"
        "veiligheid. Wij spraken met het bestuur van Stichting Voortgezet Onderwijs Zeist, met de rector, de heer\n"
        "M.A. Pronk, met docenten, ouders en leerlingen. De school voldoet niet aan de standaard Veiligheid (VS1).\n"
        "De Onderwijsraad en de VO-raad zijn op de hoogte gesteld.\n",
        redact=[("M.A. Pronk", "PERSON", E)],
        visible=["Christelijk Lyceum Zeist", "Stichting Voortgezet Onderwijs Zeist", "Onderwijsraad", "VO-raad",
                 "Inspectie van het Onderwijs"],
        batch=95,
    ),
    Doc(
        "en-uk-foi-response-published",
        "Freedom of Information request FOI-2024-03317\n"
        "\n"
        "Thank you for your request of 2 May 2024, in which you asked for the number of penalty charge notices issued\n"
        "in Camden in 2023. Camden Council issued 412,903 notices. Of these, 38,114 were cancelled on appeal to London\n"
        "Tribunals. The Traffic Penalty Tribunal does not cover London. If you are unhappy with this response, you may\n"
        "ask for an internal review, and then complain to the Information Commissioner's Office, Wycliffe House,\n"
        "Water Lane, Wilmslow SK9 5AF.\n"
        "\n"
        "Information Governance Team\n",
        visible=["Camden Council", "London\nTribunals", "Traffic Penalty Tribunal", "Information Commissioner's Office",
                 "Wycliffe House", "Water Lane, Wilmslow SK9 5AF", "Information Governance Team"],
        batch=95,
    ),
    Doc(
        "nl-mail-lange-ontvangerslijst",
        "Van: Meijer, Jorien <jorien.meijer@rws.nl>\n"
        "Aan: Bos, Thomas <thomas.bos@rws.nl>; Kaya, Derya <derya.kaya@rws.nl>; 'Frank Dijkman' <f.dijkman@arcadis.com>\n"
        "CC: Projectbureau A27 <a27@rws.nl>; Veenstra, Nynke <nynke.veenstra@rws.nl>\n"
        "Onderwerp: planning Houtense Vlakte\n"
        "\n"
        "Allen, de planning schuift twee weken op. Frank, kun jij de tekeningen aanpassen?\n",
        redact=[
            ("Meijer, Jorien", "PERSON", E), ("jorien.meijer@rws.nl", "EMAIL", E),
            ("Bos, Thomas", "PERSON", E), ("thomas.bos@rws.nl", "EMAIL", E),
            ("Kaya, Derya", "PERSON", E), ("derya.kaya@rws.nl", "EMAIL", E),
            ("Frank Dijkman", "PERSON", E), ("f.dijkman@arcadis.com", "EMAIL", E),
            ("Veenstra, Nynke", "PERSON", E), ("nynke.veenstra@rws.nl", "EMAIL", E),
            ("op. |Frank|, kun", "PERSON", E),
        ],
        visible=["Projectbureau A27", "a27@rws.nl", "Houtense Vlakte"],
        batch=96,
    ),
    Doc(
        "en-uk-grievance-outcome",
        "PRIVATE AND CONFIDENTIAL\n"
        "Ms Priya Nair\n"
        "By email only\n"
        "\n"
        "Dear Priya,\n"
        "\n"
        "Grievance outcome\n"
        "\n"
        "Thank you for attending the grievance hearing on 3 June with your union representative, Mark Ellison (PCS). I\n"
        "have considered your complaint that your line manager, Gary Whitlock, did not make the adjustments your\n"
        "occupational health report recommended for your anxiety. I uphold your grievance in part.\n"
        "\n"
        "Yours sincerely,\n"
        "Helen Marsh\n"
        "Deputy Director, People Services\n",
        redact=[
            ("Priya Nair", "PERSON", E), ("Dear |Priya|,", "PERSON", E), ("Mark Ellison", "PERSON", E),
            ("Gary Whitlock", "PERSON", E), ("Helen Marsh", "PERSON", E),
        ],
        passages=[("your anxiety", SPECIAL), ("your union representative", SPECIAL)],
        visible=["People Services"],
        batch=96,
    ),
    Doc(
        "nl-klachtenregistratie-tabel",
        "Klachtenregistratie 2024 - afdeling Parkeren\n"
        "Datum       Klager                  Omschrijving                              Status\n"
        "04-01-2024  W. Hendriksen           handhaver was onbeleefd                   afgehandeld\n"
        "11-01-2024  Saskia Brouwer-Lemmens  boete onterecht, rolstoelgebruiker        in behandeling\n",
        redact=[("W. Hendriksen", "PERSON", E), ("Saskia Brouwer-Lemmens", "PERSON", E)],
        passages=[("rolstoelgebruiker", SPECIAL)],
        visible=["afdeling Parkeren", "afgehandeld"],
        batch=96,
    ),
    Doc(
        "en-us-police-narrative",
        "INCIDENT REPORT #24-018831 - Springfield Police Department\n"
        "R/P: Denise Alvarez, 1187 Birch Lane, Springfield, IL 62704, (217) 555-0163\n"
        "S/1: Travis Boone, W/M, DOB 08/14/1990\n"
        "\n"
        "On arrival, R/P stated that S/1, her ex-boyfriend, had violated the order of protection by coming to her\n"
        "home. S/1 was arrested for violation of an order of protection and transported to county jail.\n"
        "Reporting officer: Ofc. J. Kramer #4471\n",
        redact=[
            ("Denise Alvarez", "PERSON", E), ("1187 Birch Lane", "ADDRESS", E), ("(217) 555-0163", "PHONE", E),
            ("Travis Boone", "PERSON", E), ("08/14/1990", "DATE_OF_BIRTH", E), ("J. Kramer", "PERSON", E),
        ],
        passages=[("was arrested for violation", SPECIAL)],
        visible=["Springfield Police Department"],
        batch=96,
    ),
    Doc(
        "nl-huurcommissie-uitspraak-concept",
        "CONCEPT uitspraak Huurcommissie, zaaknummer 2024/0918\n"
        "Huurder: mevrouw N. Çakır, Van Speijkstraat 88-2, 1057 HB Amsterdam\n"
        "Verhuurder: Rochdale Vastgoed B.V.\n"
        "\n"
        "De huurder stelt dat de woning sinds 2022 vochtig is en dat haar zoontje daardoor astma heeft gekregen.\n",
        redact=[("N. Çakır", "PERSON", E), ("Van Speijkstraat 88-2, 1057 HB", "ADDRESS", E)],
        passages=[("astma heeft gekregen", SPECIAL)],
        visible=["Rochdale Vastgoed B.V.", "2024/0918"],
        batch=96,
    ),
    Doc(
        "nl-ombudsman-rapport-verzoeker",
        "Rapport van de Gemeentelijke Ombudsman Rotterdam\n"
        "Verzoeker: de heer M.J. Oostdam\n"
        "\n"
        "De heer Oostdam klaagt erover dat de gemeente zijn aanvraag voor een gehandicaptenparkeerkaart niet binnen de\n"
        "termijn heeft behandeld. Verzoeker heeft een hartaandoening en kan niet ver lopen.\n",
        redact=[("M.J. Oostdam", "PERSON", E), ("De heer |Oostdam|", "PERSON", E)],
        passages=[("heeft een hartaandoening", SPECIAL)],
        visible=["Gemeentelijke Ombudsman Rotterdam"],
        batch=96,
    ),
    Doc(
        "nl-mdo-verslag-zorg",
        "Verslag multidisciplinair overleg, Zorgteam Noord, 20 februari 2024\n"
        "Cliënt: dhr. Y. Boukhris (63)\n"
        "Aanwezig: wijkverpleegkundige Nienke Vos, huisarts Van Gool, maatschappelijk werker Tom Rijnders\n"
        "\n"
        "Dhr. heeft COPD en is recent gevallen. Hij drinkt dagelijks en weigert hulp. Afgesproken: Nienke bezoekt hem\n"
        "twee keer per week.\n",
        redact=[
            ("Y. Boukhris", "PERSON", E), ("Nienke Vos", "PERSON", E), ("huisarts |Van Gool|", "PERSON", E),
            ("Tom Rijnders", "PERSON", E), ("Afgesproken: |Nienke|", "PERSON", E),
        ],
        passages=[("heeft COPD", SPECIAL), ("drinkt dagelijks", SPECIAL)],
        visible=["Zorgteam Noord"],
        batch=96,
    ),
    Doc(
        "en-uk-detention-review",
        "Detention Review - Immigration Removal Centre Harmondsworth\n"
        "Detainee: Mr Ali Reza Ahmadi, HO ref A1234567, nationality Afghan\n"
        "\n"
        "Mr Ahmadi has been detained for 94 days. The Rule 35 report by the centre's GP records scars consistent with\n"
        "torture. I recommend release on immigration bail.\n"
        "Reviewing officer: HEO Claire Dunmore\n",
        redact=[("Ali Reza Ahmadi", "PERSON", E), ("A1234567", "ID_DOCUMENT", E), ("Mr |Ahmadi| has", "PERSON", E),
                ("Claire Dunmore", "PERSON", E)],
        passages=[("scars consistent with\ntorture", SPECIAL), ("I recommend release", "5.2.1")],
        visible=["Immigration Removal Centre Harmondsworth"],
        batch=96,
    ),
    Doc(
        "nl-tweets-getranscribeerd",
        "Bijlage 4: berichten op X over de sluiting van het zwembad\n"
        "Piet de Boer (@pietdeboer_zwolle), 3 mrt 2024: @GemeenteZwolle schaam je, mijn dochter leert nu nergens\n"
        "zwemmen.\n"
        "Karin (@karin_zwemt), 3 mrt 2024: Eens met Piet!\n",
        redact=[
            ("Piet de Boer", "PERSON", E), ("@pietdeboer_zwolle", "SOCIAL_MEDIA", E),
            ("Karin", "PERSON", E), ("@karin_zwemt", "SOCIAL_MEDIA", E), ("Eens met |Piet|!", "PERSON", E),
        ],
        visible=["@GemeenteZwolle"],
        batch=96,
    ),
    Doc(
        "nl-monumentensubsidie-eigenaar",
        "Beschikking instandhoudingssubsidie rijksmonument, Rijksdienst voor het Cultureel Erfgoed\n"
        "Monument: boerderij, Hoofdstraat 22, Ruinerwold (monumentnummer 512884)\n"
        "Eigenaar: de heer H. Lubbers en mevrouw G. Lubbers-Dekker\n"
        "\n"
        "U ontvangt een subsidie van € 38.200 voor het herstel van het rieten dak.\n",
        redact=[("H. Lubbers", "PERSON", E), ("G. Lubbers-Dekker", "PERSON", E)],
        visible=["Rijksdienst voor het Cultureel Erfgoed", "monumentnummer 512884"],
        batch=96,
    ),
    Doc(
        "nl-memo-rol-en-voornaam",
        "Memo aan het MT, 8 mei 2024\n"
        "\n"
        "De beleidsmedewerker (Thijs) heeft de cijfers nog eens nagelopen. Volgens de controller (Ilse van Rooijen)\n"
        "sluit de begroting nu. Het MT wordt gevraagd in te stemmen.\n",
        redact=[("(|Thijs|)", "PERSON", E), ("Ilse van Rooijen", "PERSON", E)],
        batch=96,
    ),
    Doc(
        "en-uk-email-pronouns",
        "Hi both,\n"
        "\n"
        "I've attached the revised casework guidance. Shout if anything is unclear.\n"
        "\n"
        "Sam Taylor (they/them)\n"
        "Senior Caseworker | Complaints Team | Ofsted\n"
        "07700 912 345\n",
        redact=[("Sam Taylor", "PERSON", E), ("07700 912 345", "PHONE", E)],
        visible=["Complaints Team", "Ofsted"],
        batch=96,
    ),
    Doc(
        "nl-vergunning-horeca-exploitant",
        "Exploitatievergunning horecabedrijf\n"
        "Naam inrichting: Grand Café De Kroon, Markt 12, Bergen op Zoom\n"
        "Exploitant: V.O.F. De Kroon, vennoten de heer S. Yildirim en mevrouw D. Yildirim-Kaya\n"
        "Leidinggevende: Jordy van Oers, geboren 14-02-1993\n"
        "\n"
        "Uit het Bibob-onderzoek zijn geen feiten gebleken die tot weigering leiden.\n",
        redact=[("S. Yildirim", "PERSON", E), ("D. Yildirim-Kaya", "PERSON", E), ("Jordy van Oers", "PERSON", E),
                ("14-02-1993", "DATE_OF_BIRTH", E)],
        visible=["Grand Café De Kroon", "V.O.F. De Kroon"],
        batch=97,
    ),
    Doc(
        "en-us-foia-request-letter",
        "January 8, 2024\n"
        "\n"
        "FOIA Officer\n"
        "U.S. Environmental Protection Agency\n"
        "1200 Pennsylvania Avenue NW\n"
        "Washington, DC 20460\n"
        "\n"
        "Re: Freedom of Information Act Request\n"
        "\n"
        "Dear FOIA Officer:\n"
        "\n"
        "I request copies of all inspection reports for the Riverside Smelter since 2019.\n"
        "\n"
        "Sincerely,\n"
        "Eleanor Whitfield-Park\n"
        "318 Maple Drive, Hammond, IN 46320\n"
        "eleanor.wp@protonmail.com\n",
        redact=[("Eleanor Whitfield-Park", "PERSON", E), ("318 Maple Drive", "ADDRESS", E),
                ("eleanor.wp@protonmail.com", "EMAIL", E)],
        visible=["1200 Pennsylvania Avenue NW", "Riverside Smelter", "FOIA Officer"],
        batch=97,
    ),
    Doc(
        "nl-gespreksverslag-wijkagent",
        "Gespreksverslag, 14 mei 2024\n"
        "Aanwezig: wijkagent Dennis Kok, jongerenwerker Samira Haddou, bewoonster mevrouw Pauline Roos\n"
        "\n"
        "Mevrouw Roos meldt dat haar buurjongen, Tygo, met vrienden 's nachts vuurwerk afsteekt. Dennis spreekt de\n"
        "jongens aan. Samira kent de groep via het jongerencentrum.\n",
        redact=[("Dennis Kok", "PERSON", E), ("Samira Haddou", "PERSON", E), ("Pauline Roos", "PERSON", E),
                ("Mevrouw |Roos|", "PERSON", E), ("buurjongen, |Tygo|,", "PERSON", E), ("afsteekt. |Dennis| spreekt", "PERSON", E),
                ("aan. |Samira| kent", "PERSON", E)],
        batch=97,
    ),
    Doc(
        "nl-bezwaarschrift-particulier",
        "Jolanda en Richard Verbeek-Smits\n"
        "Oude Kerkstraat 5\n"
        "4101 BL Culemborg\n"
        "\n"
        "Aan het college van burgemeester en wethouders van Culemborg\n"
        "Postbus 136\n"
        "4100 AC Culemborg\n"
        "\n"
        "Culemborg, 2 juli 2024\n"
        "\n"
        "Betreft: bezwaar tegen het besluit van 28 mei 2024, kenmerk 2024-004117\n"
        "\n"
        "Geacht college,\n"
        "\n"
        "Wij maken bezwaar tegen de kapvergunning voor de lindeboom naast ons huis.\n",
        redact=[("Jolanda", "PERSON", E), ("Richard Verbeek-Smits", "PERSON", E), ("Oude Kerkstraat 5\n4101 BL", "ADDRESS", E)],
        visible=["Postbus 136\n4100 AC Culemborg", "2024-004117"],
        batch=97,
    ),
    Doc(
        "en-uk-minister-private-office-email",
        "From: PS/Minister for Housing\n"
        "To: Housing Policy Directorate\n"
        "Subject: Minister's views on the draft consultation\n"
        "\n"
        "The Minister has read the draft. She is content with Option 2 but wants the section on leasehold reform\n"
        "strengthened. She is not persuaded that the 18-month transition is necessary.\n"
        "\n"
        "Jack Pemberton | Assistant Private Secretary to the Minister for Housing\n",
        redact=[("Jack Pemberton", "PERSON", E)],
        passages=[("She is not persuaded", "5.2.1")],
        visible=["PS/Minister for Housing", "Housing Policy Directorate"],
        batch=97,
    ),
    Doc(
        "nl-verslag-casus-zorg-en-veiligheid",
        "Casusoverleg Zorg- en Veiligheidshuis Midden-Brabant, 6 juni 2024\n"
        "Casus: Rick Damen, 24 jaar, verblijft sinds maart in de maatschappelijke opvang\n"
        "\n"
        "Rick heeft een licht verstandelijke beperking en gebruikt dagelijks speed. Hij is vorig jaar veroordeeld voor\n"
        "een straatroof. Reclassering (Sandra) houdt toezicht; de GGZ-behandeling is gestopt.\n",
        redact=[("Rick Damen", "PERSON", E), ("\n|Rick| heeft", "PERSON", E), ("(|Sandra|)", "PERSON", E)],
        passages=[("de GGZ-behandeling is gestopt", SPECIAL), ("licht verstandelijke beperking", SPECIAL), ("gebruikt dagelijks speed", SPECIAL),
                  ("veroordeeld voor", SPECIAL)],
        visible=["Zorg- en Veiligheidshuis Midden-Brabant"],
        batch=97,
    ),
    Doc(
        "nl-email-van-minister-zelf",
        "Van: Minister van Buitenlandse Zaken\n"
        "Aan: SG; DGPZ\n"
        "Onderwerp: gesprek met Lammy\n"
        "\n"
        "Mijn Britse collega Lammy vertelde mij vertrouwelijk dat Londen de ambassade in Teheran tijdelijk sluit. Dat\n"
        "mag nog niet naar buiten. Graag een korte notitie over de gevolgen voor onze post.\n"
        "\n"
        "Caspar\n",
        passages=[("vertelde mij vertrouwelijk", "5.1.2a")],
        officials=["Lammy", "Caspar"],
        visible=["Minister van Buitenlandse Zaken", "DGPZ"],
        batch=97,
    ),
    Doc(
        "en-eu-staff-note",
        "EUROPEAN COMMISSION\n"
        "Directorate-General for Migration and Home Affairs\n"
        "Directorate C - Migration and Protection\n"
        "\n"
        "NOTE FOR THE FILE\n"
        "Subject: Meeting with the Greek authorities, 14 February 2024\n"
        "Participants: Commissioner Ylva Johansson; Greek Minister for Migration Dimitris Kairidis; Head of Unit\n"
        "C.3 (rapporteur)\n"
        "\n"
        "The Minister said, off the record, that Athens will not meet the April deadline for the new reception centres.\n",
        passages=[("off the record", "5.1.2a")],
        officials=["Ylva Johansson", "Dimitris Kairidis"],
        visible=["Directorate-General for Migration and Home Affairs", "Head of Unit\nC.3"],
        batch=97,
    ),
    Doc(
        "nl-wijkplatform-notulen-voornamen",
        "Notulen wijkplatform Oosterpark, 11 april 2024\n"
        "Aanwezig: Gerda, Hassan, Bert (voorzitter), Yvonne; namens de gemeente: wijkregisseur Kim Bakker\n"
        "\n"
        "Hassan vraagt of de speeltuin dit jaar wordt opgeknapt. Kim zoekt het uit. Gerda meldt dat de lantaarnpaal\n"
        "bij haar huis al weken kapot is.\n",
        redact=[("Gerda", "PERSON", E), ("Hassan", "PERSON", E), ("Bert", "PERSON", E), ("Yvonne", "PERSON", E),
                ("Kim Bakker", "PERSON", E), ("opgeknapt. |Kim| zoekt", "PERSON", E)],
        visible=["Oosterpark"],
        batch=97,
    ),
    Doc(
        "nl-uitnodiging-hoorzitting-mail",
        "Geachte mevrouw Van Leeuwen-Bakker,\n"
        "\n"
        "Hierbij nodig ik u uit voor de hoorzitting over uw bezwaar op dinsdag 9 juli om 14.00 uur in het stadhuis,\n"
        "Stadhuisplein 1 in Almere. U kunt zich laten bijstaan door een gemachtigde.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Ruud Zwart\n"
        "secretaris bezwaarschriftencommissie\n"
        "T 036 539 91 11\n",
        redact=[("mevrouw |Van Leeuwen-Bakker|", "PERSON", E), ("Ruud Zwart", "PERSON", E), ("036 539 91 11", "PHONE", E)],
        visible=["Stadhuisplein 1"],
        batch=97,
    ),
    Doc(
        "nl-gmail-doorgestuurd-melding",
        "---------- Doorgestuurd bericht ---------\n"
        "Van: Anouk Verbeek <anouk.verbeek78@gmail.com>\n"
        "Date: di 12 mrt 2024 om 10:14\n"
        "Subject: Overlast hangjongeren Molenweg\n"
        "To: <info@gemeentewestland.nl>\n"
        "\n"
        "Goedemorgen,\n"
        "\n"
        "Al drie weekenden op rij staan er 's avonds jongeren met scooters voor ons huis aan de Molenweg 14b. Mijn\n"
        "buurman, de heer Prins, heeft vorige week de politie gebeld. Kan de gemeente hier iets aan doen?\n"
        "\n"
        "Groet,\n"
        "Anouk Verbeek\n"
        "06 41 88 02 17\n",
        redact=[("Anouk Verbeek", "PERSON", E), ("anouk.verbeek78@gmail.com", "EMAIL", E),
                ("Molenweg 14b", "ADDRESS", E), ("heer |Prins|", "PERSON", E), ("06 41 88 02 17", "PHONE", E)],
        visible=["info@gemeentewestland.nl"],
        batch=98,
    ),
    Doc(
        "nl-gmail-quote-header",
        "Dank, ik pak het op.\n"
        "\n"
        "Op wo 3 apr 2024 om 16:22 schreef Sander Mulders <s.mulders@veiligheidsregio-ijsselland.nl>:\n"
        "> Kun je de lijst van de evacuatie nog sturen? Ik heb hem morgen nodig voor het beleidsteam.\n"
        "> Burgemeester Meijer zit het beleidsteam voor.\n",
        redact=[("Sander Mulders", "PERSON", E), ("s.mulders@veiligheidsregio-ijsselland.nl", "EMAIL", E)],
        officials=["Meijer"],
        batch=98,
    ),
    Doc(
        "nl-pv-aangifte-personalia",
        "PROCES-VERBAAL VAN AANGIFTE\n"
        "Nummer: 2024087731\n"
        "\n"
        "Personalia aangever\n"
        "Achternaam: Kaya\n"
        "Voornamen: Emre Can\n"
        "Geboren: 17 september 1991 te Rotterdam\n"
        "Adres: Zwaanshals 212, 3035 KR Rotterdam\n"
        "Telefoon: 06-28174409\n"
        "\n"
        "Verklaring: Op zaterdag 2 maart 2024 omstreeks 23.40 uur werd ik op de Nieuwe Binnenweg door twee mannen\n"
        "geslagen. Ik heb een gebroken neus opgelopen en ben door de ambulance naar het Maasstad Ziekenhuis gebracht.\n"
        "\n"
        "Verbalisant: hoofdagent 4417\n",
        redact=[("Kaya", "PERSON", E), ("Emre Can", "PERSON", E), ("17 september 1991", "DATE_OF_BIRTH", E),
                ("Zwaanshals 212", "ADDRESS", E), ("3035 KR", "ADDRESS", E), ("06-28174409", "PHONE", E)],
        passages=[("gebroken neus", SPECIAL)],
        visible=["Nieuwe Binnenweg"],
        batch=98,
    ),
    Doc(
        "nl-subsidiebeschikking-eenmanszaak",
        "Beschikking energiesubsidie kleine ondernemers\n"
        "\n"
        "Aan: Bakkerij De Korenschoof, t.a.v. de heer H.J. (Henk) Bosgra\n"
        "Dorpsstraat 41\n"
        "8401 BL Gorredijk\n"
        "\n"
        "Op 14 februari 2024 heeft u subsidie aangevraagd voor de vervanging van uw ovens. Wij verlenen u een subsidie\n"
        "van EUR 12.400. Wij maken het bedrag over op rekeningnummer NL29INGB7205756921 ten name van H.J. Bosgra.\n"
        "KvK-nummer: 01098765\n"
        "\n"
        "Gedeputeerde Staten van Fryslân,\n"
        "namens dezen,\n"
        "\n"
        "Jelle Hoekstra\n"
        "teamleider Subsidies\n",
        redact=[("H.J. (Henk) Bosgra", "PERSON", E), ("H.J. Bosgra", "PERSON", E), ("NL29INGB7205756921", "IBAN", E),
                ("Jelle Hoekstra", "PERSON", E), ("Dorpsstraat 41", "ADDRESS", E), ("8401 BL", "ADDRESS", E)],
        visible=["Bakkerij De Korenschoof", "Gedeputeerde Staten van Fryslân"],
        batch=98,
    ),
    Doc(
        "nl-mt-verslag-initialen-meningen",
        "Verslag MT Directie Arbeidsmarkt, 4 juni 2024\n"
        "Aanwezig: RV (vz), ES, JK, MdW; verslag: TB\n"
        "\n"
        "1. Reactie op het SER-advies\n"
        "ES vindt dat we het advies op het punt van de flexwerkers niet moeten overnemen: de uitvoering kan het niet aan.\n"
        "JK is het daar niet mee eens en wil de minister adviseren het advies volledig te volgen.\n"
        "Besluit: de directie legt beide opties voor aan de minister.\n",
        redact=[("RV", "PERSON", E), ("ES", "PERSON", E), ("JK", "PERSON", E), ("MdW", "PERSON", E), ("TB", "PERSON", E)],
        passages=[("niet moeten overnemen", "5.2.1"), ("wil de minister adviseren", "5.2.1")],
        visible=["SER-advies", "Directie Arbeidsmarkt"],
        batch=98,
    ),
    Doc(
        "nl-gespreksverslag-ambassadeur-vertrouwelijk",
        "Verslag gesprek DG Politieke Zaken met de ambassadeur van Marokko, 20 februari 2024\n"
        "\n"
        "De ambassadeur gaf, met het verzoek dit niet verder te verspreiden, aan dat Rabat bereid is meer\n"
        "terugkeerders over te nemen als Nederland de visumprocedure voor studenten versoepelt.\n"
        "Nederland zegde toe de suggestie intern te bespreken.\n",
        passages=[("met het verzoek dit niet verder te verspreiden", "5.1.2a")],
        visible=["Marokko"],
        batch=98,
    ),
    Doc(
        "en-uk-foi-internal-review-outcome-2",
        "Internal review: FOI2024/01187\n"
        "\n"
        "Dear Mr Oyelaran-Hughes,\n"
        "\n"
        "Thank you for your email of 8 May 2024 asking us to review our response to your request about\n"
        "parking enforcement contracts. I have reviewed the handling of your request and I uphold the original\n"
        "decision to withhold the contractor's unit rates under section 43(2).\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Priya Chaudhry\n"
        "Information Governance Manager\n"
        "London Borough of Lambeth\n",
        redact=[("Mr |Oyelaran-Hughes|", "PERSON", E), ("Priya Chaudhry", "PERSON", E)],
        visible=["London Borough of Lambeth", "section 43(2)"],
        batch=98,
    ),
    Doc(
        "en-us-foia-email-b6",
        "From: (b)(6)\n"
        "Sent: Thursday, June 13, 2024 4:51 PM\n"
        "To: Whitfield, Carla J. <carla.whitfield@fema.dhs.gov>\n"
        "Cc: Okafor, Daniel <daniel.okafor@fema.dhs.gov>\n"
        "Subject: RE: debris removal contract - Lee County\n"
        "\n"
        "Carla, Dan -- the county commissioner called again this afternoon. I told him we would have an answer by Monday.\n"
        "My recommendation would be to extend the current task order rather than re-compete it now.\n",
        redact=[("Whitfield, Carla J.", "PERSON", E), ("carla.whitfield@fema.dhs.gov", "EMAIL", E),
                ("Okafor, Daniel", "PERSON", E), ("daniel.okafor@fema.dhs.gov", "EMAIL", E),
                ("\n|Carla|, Dan", "PERSON", E), ("Carla, |Dan| --", "PERSON", E)],
        passages=[("My recommendation would be", "5.2.1")],
        visible=["(b)(6)", "Lee County"],
        batch=98,
    ),
    Doc(
        "nl-teams-chat-afdeling",
        "[10:42] Jansen, Pieter (BZ/DAF)\n"
        "Heb jij de stukken voor het bewindspersonenoverleg al?\n"
        "[10:44] Rahimi, Soraya (BZ/DAF)\n"
        "Bijna. Ik vind de lijn van Financiën eerlijk gezegd te defensief, maar dat zet ik er niet in.\n"
        "[10:45] Jansen, Pieter (BZ/DAF)\n"
        "Prima, stuur maar naar mij en Soraya dan.\n",
        redact=[("Jansen, Pieter", "PERSON", E), ("Rahimi, Soraya", "PERSON", E), ("mij en |Soraya| dan", "PERSON", E)],
        passages=[("eerlijk gezegd te defensief", "5.2.1")],
        visible=["BZ/DAF"],
        batch=98,
    ),
    Doc(
        "nl-klacht-over-ambtenaar",
        "Klachtdossier K-2024-0312\n"
        "\n"
        "Klager, mevrouw S. El Amrani, klaagt over de bejegening door een medewerker van het Werkplein, de heer\n"
        "D. van Houten. Volgens klager heeft de heer Van Houten haar aan de balie toegesnauwd dat zij 'eerst maar\n"
        "eens Nederlands moest leren'. De heer Van Houten ontkent dit.\n"
        "\n"
        "Klager woont aan de Lindenlaan 7 in Zaandam.\n",
        redact=[("S. El Amrani", "PERSON", E), ("D. van Houten", "PERSON", E), ("heer |Van Houten|", "PERSON", E),
                ("Lindenlaan 7", "ADDRESS", E)],
        visible=["Werkplein", "Zaandam"],
        batch=98,
    ),
    Doc(
        "nl-selectiecommissie-kandidaten",
        "Advies selectiecommissie vacature senior jurist (V-2024-118)\n"
        "\n"
        "Kandidaat 1, mr. Bart Wijnands: sterk inhoudelijk, maar weinig ervaring met bezwaarprocedures.\n"
        "Kandidaat 2, mw. mr. Loes Adriaansens-Teunissen: overtuigend gesprek, goede referenties.\n"
        "Kandidaat 3, dhr. Tarik Boukhari: trok zich terug om persoonlijke redenen.\n"
        "\n"
        "De commissie adviseert kandidaat 2 aan te nemen.\n",
        redact=[("Bart Wijnands", "PERSON", E), ("Loes Adriaansens-Teunissen", "PERSON", E), ("Tarik Boukhari", "PERSON", E)],
        batch=98,
    ),
    Doc(
        "nl-brief-advocaat-namens-client",
        "Mr. A.B. de Groot\n"
        "Advocaat\n"
        "De Groot & Visscher Advocaten\n"
        "Keizersgracht 532\n"
        "1017 EK Amsterdam\n"
        "\n"
        "Aan het college van burgemeester en wethouders van Amstelveen\n"
        "\n"
        "Betreft: mijn cliënt, de heer R. Sewdien, Bovenkerkerweg 88, 1185 XE Amstelveen\n"
        "\n"
        "Namens cliënt maak ik bezwaar tegen uw besluit van 3 mei 2024 om de bijstandsuitkering te beëindigen.\n",
        redact=[("A.B. de Groot", "PERSON", E), ("R. Sewdien", "PERSON", E), ("Bovenkerkerweg 88", "ADDRESS", E),
                ("1185 XE", "ADDRESS", E)],
        visible=["De Groot & Visscher Advocaten", "Keizersgracht 532", "Amstelveen\n\nBetreft"],
        batch=98,
    ),
    Doc(
        "nl-bezwaar-parkeerboete-kenteken",
        "Bezwaar naheffingsaanslag parkeerbelasting 2024-557102\n"
        "\n"
        "Reclamant: de heer W.F. Kramer\n"
        "Kenteken: 62-XZK-8\n"
        "\n"
        "De heer Kramer stelt dat hij een geldige vergunning had voor de zone Centrum. Uit het vergunningensysteem\n"
        "blijkt dat voor kenteken 62-XZK-8 tot 1 maart 2024 een vergunning gold. De aanslag is opgelegd op 4 maart.\n",
        redact=[("W.F. Kramer", "PERSON", E), ("heer |Kramer| stelt", "PERSON", E), ("62-XZK-8", "LICENSE_PLATE", E)],
        batch=98,
    ),
    Doc(
        "nl-zorgfraude-signaal",
        "Signaal zorgfraude, zaak 24-0219\n"
        "\n"
        "Betrokkene: Marina Kowalczyk, BSN 212254418, geboren 03-11-1968\n"
        "Zorgaanbieder: Thuiszorg Zonnestraal B.V.\n"
        "\n"
        "Betrokkene heeft volgens de indicatie een ernstige vorm van COPD en krijgt 14 uur verpleging per week.\n"
        "Uit de declaraties blijkt dat er ook zorg is gedeclareerd in de weken dat zij in Polen verbleef.\n",
        redact=[("Marina Kowalczyk", "PERSON", E), ("212254418", "BSN", BSN_GROUND), ("03-11-1968", "DATE_OF_BIRTH", E)],
        passages=[("ernstige vorm van COPD", SPECIAL)],
        visible=["Thuiszorg Zonnestraal B.V.", "Polen"],
        batch=98,
    ),
    Doc(
        "nl-persbericht-woordvoerder",
        "Persbericht, 8 juli 2024\n"
        "\n"
        "Provincie sluit N-weg bij Ommen voor onderhoud\n"
        "\n"
        "De provincie Overijssel sluit de N340 tussen Ommen en Dalfsen van 22 juli tot 16 augustus. 'We weten dat dit\n"
        "veel vraagt van omwonenden,' zegt gedeputeerde Monique van Haaf. Omleidingsroutes worden met borden aangegeven.\n"
        "\n"
        "Noot voor de redactie: voor vragen kunt u contact opnemen met woordvoerder Ilse Brinkhuis.\n",
        officials=["Monique van Haaf", "Ilse Brinkhuis"],
        visible=["Ommen", "Dalfsen", "N340"],
        batch=98,
    ),
    Doc(
        "nl-agenda-burgemeester",
        "Openbare agenda burgemeester, week 15\n"
        "\n"
        "ma 8 april  10.00  Overleg met de korpschef, politie Oost-Nederland\n"
        "ma 8 april  14.30  Bezoek aan de familie Hendriks (100-jarige, mevrouw G. Hendriks-Smit)\n"
        "di 9 april  09.00  Ontvangst ambassadeur van Japan, Hiroshi Minami\n",
        redact=[("familie |Hendriks| (100", "PERSON", E), ("G. Hendriks-Smit", "PERSON", E)],
        officials=["Hiroshi Minami"],
        visible=["politie Oost-Nederland"],
        batch=98,
    ),
    Doc(
        "en-us-foia-acknowledgment",
        "U.S. Department of Labor\n"
        "Office of the Solicitor\n"
        "\n"
        "June 3, 2024\n"
        "\n"
        "Ms. Rosalind Achterberg\n"
        "4417 Larchmont Avenue, Apt 3C\n"
        "Cleveland, OH 44109\n"
        "\n"
        "Re: FOIA Request No. 2024-F-08812\n"
        "\n"
        "Dear Ms. Achterberg:\n"
        "\n"
        "This acknowledges receipt of your Freedom of Information Act request dated May 28, 2024, for records\n"
        "about OSHA inspections of the Lakeshore Forge plant. Your request has been placed in the complex track.\n"
        "\n"
        "Sincerely,\n"
        "Trevor M. Quandt\n"
        "Government Information Specialist\n",
        redact=[("Rosalind Achterberg", "PERSON", E), ("Ms. |Achterberg|:", "PERSON", E),
                ("4417 Larchmont Avenue, Apt 3C", "ADDRESS", E), ("Trevor M. Quandt", "PERSON", E)],
        visible=["U.S. Department of Labor", "Lakeshore Forge", "2024-F-08812"],
        batch=98,
    ),
    Doc(
        "nl-mail-journalist-vragen",
        "Van: Joost Vermeulen <joost@vermeulenmedia.nl>\n"
        "Aan: Persvoorlichting VWS <pers@minvws.nl>\n"
        "Onderwerp: vragen over vaccinvoorraad\n"
        "\n"
        "Goedemiddag,\n"
        "\n"
        "Voor een artikel in de Volkskrant heb ik een paar vragen over de vernietiging van vaccins. Kunt u vóór\n"
        "vrijdag reageren? Mijn nummer is 06-51870032.\n"
        "\n"
        "Joost Vermeulen\n",
        redact=[("Joost Vermeulen", "PERSON", E), ("joost@vermeulenmedia.nl", "EMAIL", E), ("06-51870032", "PHONE", E)],
        visible=["pers@minvws.nl", "Volkskrant"],
        batch=98,
    ),
    Doc(
        "nl-wmo-keukentafel-2",
        "Verslag keukentafelgesprek Wmo, 12 maart 2024\n"
        "\n"
        "Aanwezig: mevrouw J. Roozendaal (cliënt), haar dochter Ellen, consulent Fenna de Boer\n"
        "\n"
        "Mevrouw Roozendaal is sinds haar herseninfarct in 2022 halfzijdig verlamd en kan zichzelf niet meer wassen.\n"
        "Ellen komt drie keer per week langs. Mevrouw geeft aan dat zij zich erg eenzaam voelt sinds haar man is overleden.\n",
        redact=[("J. Roozendaal", "PERSON", E), ("Mevrouw |Roozendaal| is", "PERSON", E), ("dochter |Ellen|", "PERSON", E),
                ("\n|Ellen| komt", "PERSON", E), ("Fenna de Boer", "PERSON", E)],
        passages=[("herseninfarct", SPECIAL)],
        batch=98,
    ),
    Doc(
        "nl-kamervragen-antwoord-2",
        "Antwoord van minister Schouten (Armoedebeleid, Participatie en Pensioenen) op vragen van het lid\n"
        "Omtzigt over de terugvordering van toeslagen\n"
        "\n"
        "Vraag 3\n"
        "Kent u het bericht over de alleenstaande moeder in Tilburg die EUR 14.000 moet terugbetalen?\n"
        "\n"
        "Antwoord 3\n"
        "Ja. Ik kan niet ingaan op individuele gevallen.\n",
        officials=["Schouten", "Omtzigt"],
        visible=["Tilburg"],
        batch=98,
    ),
    Doc(
        "en-uk-cabinet-write-round",
        "OFFICIAL-SENSITIVE\n"
        "\n"
        "From: Private Secretary to the Chancellor of the Duchy of Lancaster\n"
        "To: Private Secretaries to members of the Domestic Affairs Committee\n"
        "\n"
        "The Chancellor of the Duchy of Lancaster is content with the proposal, but believes the consultation period\n"
        "is too short and would prefer twelve weeks. He is concerned that a shorter period invites judicial review.\n"
        "\n"
        "Copied to Helen Mortimer in the Cabinet Secretariat.\n",
        redact=[("Helen Mortimer", "PERSON", E)],
        passages=[("would prefer twelve weeks", "5.2.1")],
        visible=["Cabinet Secretariat", "Domestic Affairs Committee"],
        batch=98,
    ),
    Doc(
        "nl-bedrijfsarts-terugkoppeling",
        "Terugkoppeling bedrijfsarts aan leidinggevende\n"
        "\n"
        "Werknemer: Sevda Arslan, personeelsnummer 340078\n"
        "Leidinggevende: Mark Hoogendoorn\n"
        "\n"
        "Mevrouw Arslan is niet in staat haar eigen werk te doen. Zij kan naar verwachting over vier weken starten\n"
        "met twee uur per dag aangepast werk. De diagnose deel ik niet, dat is medisch geheim.\n",
        redact=[("Sevda Arslan", "PERSON", E), ("340078", "ID", E), ("Mark Hoogendoorn", "PERSON", E),
                ("Mevrouw |Arslan|", "PERSON", E)],
        passages=[("niet in staat haar eigen werk te doen", SPECIAL)],
        batch=98,
    ),
    Doc(
        "nl-integriteit-melding-geschenk",
        "Melding integriteit, 2 oktober 2024\n"
        "\n"
        "Melder: anoniem\n"
        "Betrokkene: Koen Lagerwey, inkoper bij de afdeling Facilitair\n"
        "\n"
        "Volgens de melder heeft Koen in augustus een weekend in een vakantiehuis van leverancier Brinkman Catering\n"
        "in Zeeland doorgebracht, kort voordat het cateringcontract werd verlengd.\n",
        redact=[("Koen Lagerwey", "PERSON", E), ("heeft |Koen| in", "PERSON", E)],
        visible=["Brinkman Catering", "Zeeland", "Facilitair"],
        batch=98,
    ),
    Doc(
        "en-us-deliberative-memo-names",
        "MEMORANDUM FOR: Deputy Secretary\n"
        "FROM: Aaron Feldkamp, Senior Advisor, Office of Policy\n"
        "SUBJECT: Options for the tribal broadband grants\n"
        "\n"
        "I think Option B is the stronger choice, although Jenna Ruiz-Calloway in the General Counsel's office\n"
        "has doubts about its legal basis. We should not announce before the Secretary has spoken with Senator\n"
        "Heinrich.\n",
        redact=[("Aaron Feldkamp", "PERSON", E), ("Jenna Ruiz-Calloway", "PERSON", E)],
        passages=[("I think Option B is the stronger choice", "5.2.1")],
        officials=["Heinrich"],
        visible=["Office of Policy"],
        batch=98,
    ),
    Doc(
        "nl-woo-besluit-aanhef",
        "Datum 14 augustus 2024\n"
        "Betreft Besluit op uw Woo-verzoek over de stikstofvergunning van Veehouderij Oosterbroek\n"
        "\n"
        "Geachte heer Dijkhuizen,\n"
        "\n"
        "Bij e-mail van 2 mei 2024 heeft u een verzoek ingediend op grond van de Wet open overheid (Woo). U vraagt om\n"
        "alle documenten over de natuurvergunning van Veehouderij Oosterbroek in Barneveld. Ik maak een deel van de\n"
        "documenten openbaar. Persoonsgegevens van ambtenaren en derden maak ik niet openbaar (artikel 5.1, tweede lid,\n"
        "aanhef en onder e, Woo).\n"
        "\n"
        "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n"
        "namens deze,\n"
        "\n"
        "mr. K.A. Veldhuis-Ramdin\n"
        "afdelingshoofd Juridische Zaken\n",
        redact=[("heer |Dijkhuizen|", "PERSON", E), ("K.A. Veldhuis-Ramdin", "PERSON", E)],
        visible=["Barneveld", "artikel 5.1, tweede lid"],
        batch=99,
    ),
    Doc(
        "nl-raadsvergadering-insprekers",
        "Verslag commissie Ruimte, 5 maart 2024\n"
        "\n"
        "Agendapunt 4: bestemmingsplan Hoge Weide\n"
        "Insprekers: de heer P. Schouwenaar (namens bewonersvereniging Hoge Weide) en mevrouw Ilona Brandsma.\n"
        "De heer Schouwenaar vreest dat de nieuwe ontsluitingsweg langs zijn tuin komt. Mevrouw Brandsma vraagt om meer\n"
        "groen. Wethouder Kuipers zegt toe de varianten voor de weg in april te laten zien. Het raadslid mevrouw\n"
        "Jeroense (CDA) vraagt naar de planning.\n",
        redact=[("P. Schouwenaar", "PERSON", E), ("heer |Schouwenaar| vreest", "PERSON", E), ("Ilona Brandsma", "PERSON", E),
                ("Mevrouw |Brandsma|", "PERSON", E)],
        officials=["Kuipers", "Jeroense"],
        visible=["bewonersvereniging Hoge Weide", "commissie Ruimte"],
        batch=99,
    ),
    Doc(
        "nl-telefoonnotitie-beller",
        "Telefoonnotitie\n"
        "Datum: 19 juni 2024, 11.20 uur\n"
        "Beller: mevrouw Y. Bouzidi, buurvrouw van betrokkene\n"
        "Terugbelnummer: 06 14 27 90 53\n"
        "Aangenomen door: Wouter\n"
        "\n"
        "Mevrouw belt omdat haar buurman, de heer Rijkers, al dagen niet open doet. Zij maakt zich zorgen omdat hij\n"
        "sinds de dood van zijn vrouw veel drinkt. Ik heb de wijkagent gevraagd langs te gaan.\n",
        redact=[("Y. Bouzidi", "PERSON", E), ("06 14 27 90 53", "PHONE", E), ("Wouter", "PERSON", E),
                ("heer |Rijkers|", "PERSON", E)],
        passages=[("veel drinkt", SPECIAL)],
        batch=99,
    ),
    Doc(
        "nl-inspectie-jeugd-casus",
        "Calamiteitenonderzoek Inspectie Gezondheidszorg en Jeugd, casus 2024-117\n"
        "\n"
        "Het betreft een meisje van 14 jaar, hierna: Jasmijn. Jasmijn werd in oktober 2023 uit huis geplaatst na\n"
        "meldingen van Veilig Thuis over huiselijk geweld door haar stiefvader, de heer T. Mulderink.\n"
        "De jeugdbeschermer, Sanne Eykelboom, heeft de plaatsing in een gesloten jeugdzorginstelling niet tijdig\n"
        "geëvalueerd.\n",
        redact=[("hierna: |Jasmijn|", "PERSON", E), ("Jasmijn. |Jasmijn| werd", "PERSON", E),
                ("T. Mulderink", "PERSON", E), ("Sanne Eykelboom", "PERSON", E)],
        passages=[("huiselijk geweld", SPECIAL)],
        visible=["Inspectie Gezondheidszorg en Jeugd"],
        batch=99,
    ),
    Doc(
        "nl-signatuur-werkdagen-teams",
        "Met vriendelijke groet,\n"
        "\n"
        "Ingrid Wolters-Pauwels\n"
        "Coördinator Vergunningverlening\n"
        "Omgevingsdienst Haaglanden\n"
        "T: +31 (0)6 2345 6789\n"
        "E: i.wolters@odh.nl\n"
        "Werkdagen: ma, di, do\n"
        "\n"
        "Klik hier om deel te nemen aan de vergadering\n",
        redact=[("Ingrid Wolters-Pauwels", "PERSON", E), ("+31 (0)6 2345 6789", "PHONE", E), ("i.wolters@odh.nl", "EMAIL", E)],
        visible=["Omgevingsdienst Haaglanden", "Werkdagen: ma, di, do"],
        batch=99,
    ),
    Doc(
        "en-us-oig-summary-b7c",
        "OFFICE OF INSPECTOR GENERAL\n"
        "REPORT OF INVESTIGATION - SUMMARY\n"
        "\n"
        "Subject: (b)(6), (b)(7)(C), GS-13 Contract Specialist\n"
        "\n"
        "We investigated an allegation that a contract specialist accepted meals and sports tickets from a vendor,\n"
        "Harlan Logistics LLC. The vendor's regional manager, Kevin Strand, told investigators that he gave the\n"
        "tickets to 'a friend at the agency'. Special Agent Monica Delvaux conducted the interviews.\n",
        redact=[("Kevin Strand", "PERSON", E), ("Monica Delvaux", "PERSON", E)],
        visible=["(b)(6), (b)(7)(C)", "Harlan Logistics LLC"],
        batch=99,
    ),
    Doc(
        "en-uk-police-foi-disclosure",
        "Freedom of Information Request Reference No: 004417/24\n"
        "\n"
        "You asked for the number of officers disciplined for misuse of police systems in 2023.\n"
        "Response: 14 officers and 3 members of police staff. Please note that Chief Constable Jo Farrell has\n"
        "published the outcomes of all gross misconduct hearings on the force website.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Nadia Pryce-Whitmore\n"
        "Information Access Officer\n"
        "Durham Constabulary\n",
        redact=[("Nadia Pryce-Whitmore", "PERSON", E)],
        officials=["Jo Farrell"],
        visible=["Durham Constabulary"],
        batch=99,
    ),
    Doc(
        "nl-kamerbrief-precisie",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Postbus 20018\n"
        "2500 EA Den Haag\n"
        "\n"
        "Datum 12 september 2024\n"
        "Betreft Voortgang Regionale Energiestrategieën\n"
        "\n"
        "Geachte voorzitter,\n"
        "\n"
        "Met deze brief informeer ik uw Kamer over de voortgang van de 30 Regionale Energiestrategieën (RES). Samen met\n"
        "het Interprovinciaal Overleg, de Vereniging van Nederlandse Gemeenten en de Unie van Waterschappen heb ik\n"
        "afgesproken dat de regio's in 2025 een RES 3.0 vaststellen. Het Planbureau voor de Leefomgeving concludeert\n"
        "dat de regio's op koers liggen voor 35 TWh hernieuwbare elektriciteit op land in 2030. Netbeheerders TenneT,\n"
        "Liander en Stedin melden echter dat netcongestie in Gelderland, Flevoland en Noord-Brabant de aansluiting\n"
        "van zonneparken vertraagt.\n"
        "\n"
        "De Minister van Klimaat en Groene Groei,\n"
        "\n"
        "Sophie Hermans\n",
        officials=["Sophie Hermans"],
        visible=["Interprovinciaal Overleg", "Unie van Waterschappen", "Planbureau voor de Leefomgeving", "TenneT",
                 "Liander", "Stedin", "Postbus 20018", "2500 EA"],
        batch=99,
    ),
    Doc(
        "nl-bestuurlijk-overleg-burgemeesters",
        "Verslag bestuurlijk overleg Veiligheidsregio Noord-Holland Noord, 26 januari 2024\n"
        "\n"
        "Aanwezig: burgemeester Marjan van Kampen (Hoorn, voorzitter), burgemeester Bort Koelewijn (Texel),\n"
        "burgemeester Jan Nieuwenburg (Alkmaar); ambtelijk: projectleider Dennis Groeneveld, secretaris Lotte Biesheuvel\n"
        "\n"
        "Dennis Groeneveld licht de stand van de crisisplannen toe.\n",
        redact=[("Dennis Groeneveld", "PERSON", E), ("Lotte Biesheuvel", "PERSON", E)],
        officials=["Marjan van Kampen", "Bort Koelewijn", "Jan Nieuwenburg"],
        visible=["Veiligheidsregio Noord-Holland Noord", "Texel", "Alkmaar"],
        batch=99,
    ),
    Doc(
        "nl-ind-beschikking-bekering",
        "Voornemen tot afwijzing asielaanvraag\n"
        "\n"
        "Vreemdeling: Farshid Rezaei, V-nummer 2918374650, nationaliteit Iraans\n"
        "Geboortedatum: 21-06-1994\n"
        "\n"
        "U verklaart dat u in 2021 in Nederland bent bekeerd tot het christendom en lid bent van een evangelische\n"
        "gemeente in Zwolle. U vreest bij terugkeer naar Iran vervolging wegens afvalligheid.\n",
        redact=[("Farshid Rezaei", "PERSON", E), ("2918374650", "ID", E), ("21-06-1994", "DATE_OF_BIRTH", E)],
        passages=[("bekeerd tot het christendom", SPECIAL)],
        batch=99,
    ),
    Doc(
        "nl-huurtoeslag-bezwaar",
        "Beslissing op bezwaar huurtoeslag 2023\n"
        "\n"
        "Belanghebbende: R.C. Tjoe-Awie\n"
        "BSN: 303 662 335\n"
        "Geboren op 4 februari 1979\n"
        "Rekening: NL52 RABO 0949 8395 12\n"
        "\n"
        "U stelt dat uw partner, de heer M. Ramcharan, in 2023 niet bij u woonde. Uit de BRP blijkt dat hij tot\n"
        "1 juli 2023 op uw adres stond ingeschreven.\n",
        redact=[("R.C. Tjoe-Awie", "PERSON", E), ("303 662 335", "BSN", BSN_GROUND), ("4 februari 1979", "DATE_OF_BIRTH", E),
                ("NL52 RABO 0949 8395 12", "IBAN", E), ("M. Ramcharan", "PERSON", E)],
        batch=99,
    ),
    Doc(
        "nl-whatsapp-export-streepje",
        "12-03-2024 14:02 - Marloes Timmer: Is de sleutel van het clubhuis al terug?\n"
        "12-03-2024 14:05 - Ruben: Nee, Gijs heeft hem nog\n"
        "12-03-2024 14:06 - Marloes Timmer: Ik bel hem vanavond wel\n"
        "12-03-2024 14:30 - +31 6 19283746: Sleutel ligt bij mij, groet Gijs\n",
        redact=[("Marloes Timmer", "PERSON", E), ("- |Ruben|:", "PERSON", E), ("Nee, |Gijs| heeft", "PERSON", E),
                ("+31 6 19283746", "PHONE", E), ("groet |Gijs|", "PERSON", E)],
        batch=99,
    ),
    Doc(
        "nl-signatuur-linkedin",
        "Hartelijke groet,\n"
        "Thijmen Oudshoorn | Senior adviseur Arbeidsmarktbeleid | Ministerie van SZW\n"
        "linkedin.com/in/thijmen-oudshoorn\n"
        "Parnassusplein 5, 2511 VX Den Haag\n",
        redact=[("Thijmen Oudshoorn", "PERSON", E), ("linkedin.com/in/thijmen-oudshoorn", "URL", E)],
        visible=["Parnassusplein 5, 2511 VX Den Haag", "Ministerie van SZW"],
        batch=99,
    ),
    Doc(
        "en-gmail-quote-wrote",
        "Thanks, I'll forward it to the review team.\n"
        "\n"
        "On Tue, Mar 5, 2024 at 9:14 AM Gwendolyn Achebe <gachebe.home@gmail.com> wrote:\n"
        "> I still have not received the records I requested in January. My caseworker told me on the phone that\n"
        "> my file had been lost. Please call me on (202) 555-0147.\n",
        redact=[("Gwendolyn Achebe", "PERSON", E), ("gachebe.home@gmail.com", "EMAIL", E), ("(202) 555-0147", "PHONE", E)],
        batch=99,
    ),
    Doc(
        "nl-fries-verslag-dorpsbelang",
        "Ferslach gearkomste Doarpsbelang Wergea, 9 april 2024\n"
        "\n"
        "Oanwêzich: Sjoukje Hiemstra-de Jong (foarsitter), Tsjerk Bouma, Hylkje Wiersma, wethâlder Sybrand Buma\n"
        "\n"
        "Tsjerk fertelt oer de nije boartersplak. Wethâlder Buma seit ta dat de gemeente meibetellet.\n",
        redact=[("Sjoukje Hiemstra-de Jong", "PERSON", E), ("Tsjerk Bouma", "PERSON", E), ("Hylkje Wiersma", "PERSON", E),
                ("\n|Tsjerk| fertelt", "PERSON", E)],
        officials=["Sybrand Buma"],
        visible=["Doarpsbelang Wergea"],
        batch=99,
    ),
    Doc(
        "nl-subsidielijst-pipes",
        "Verleende subsidies Burgerinitiatieven 2024\n"
        "\n"
        "| Aanvrager | Plaats | Project | Bedrag |\n"
        "|---|---|---|---|\n"
        "| Stichting Buurtmoestuin De Peul | Utrecht | moestuin in het park | EUR 4.500 |\n"
        "| Henk en Truus Overbeek | Utrecht | bankjes bij de vijver | EUR 900 |\n"
        "| Wijkraad Lunetten | Utrecht | kerstmarkt | EUR 2.000 |\n",
        redact=[("|Henk| en Truus", "PERSON", E), ("Truus Overbeek", "PERSON", E)],
        visible=["Stichting Buurtmoestuin De Peul", "Wijkraad Lunetten"],
        batch=99,
    ),
    Doc(
        "nl-pv-deels-geanonimiseerd",
        "Verhoor van [verdachte 1] door verbalisanten [naam 1] en [naam 2].\n"
        "\n"
        "V: Kent u Youssef El Khatib?\n"
        "A: Ja, dat is de neef van mijn vriendin. Ik heb hem via zijn broer Bilal leren kennen.\n"
        "V: Wat deed u op 4 november in de loods aan de Havenkade?\n",
        redact=[("Youssef El Khatib", "PERSON", E), ("broer |Bilal|", "PERSON", E)],
        visible=["[verdachte 1]", "[naam 1]", "Havenkade"],
        batch=99,
    ),
    Doc(
        "nl-brief-burgemeester-bibob",
        "Geachte heer Öztürk,\n"
        "\n"
        "Naar aanleiding van uw aanvraag voor een exploitatievergunning voor Lunchroom Anatolia, Grotestraat 88 in\n"
        "Venlo, heb ik het Landelijk Bureau Bibob om advies gevraagd. Het Bureau meldt dat uw zakenpartner, de heer\n"
        "D. Kurtuluş, in 2019 is veroordeeld voor witwassen.\n"
        "\n"
        "De burgemeester van Venlo,\n"
        "\n"
        "Antoin Scholten\n",
        redact=[("heer |Öztürk|", "PERSON", E), ("D. Kurtuluş", "PERSON", E)],
        passages=[("veroordeeld voor witwassen", SPECIAL)],
        officials=["Antoin Scholten"],
        visible=["Lunchroom Anatolia", "Landelijk Bureau Bibob"],
        batch=99,
    ),
    Doc(
        "en-uk-home-office-private-office",
        "From: PS/Home Secretary\n"
        "To: Ollie Tremayne (Asylum Policy)\n"
        "Cc: Special Advisers; Kirsty Napier-Bell\n"
        "\n"
        "The Home Secretary has seen the submission of 4 October. She is minded to agree option 2, but would like\n"
        "advice on handling before she decides.\n"
        "\n"
        "Fiona Adeyemi\n"
        "Assistant Private Secretary to the Home Secretary\n",
        redact=[("Ollie Tremayne", "PERSON", E), ("Kirsty Napier-Bell", "PERSON", E), ("Fiona Adeyemi", "PERSON", E)],
        passages=[("minded to agree option 2", "5.2.1")],
        visible=["PS/Home Secretary", "Special Advisers"],
        batch=99,
    ),
    Doc(
        "nl-school-incident-leerlingen",
        "Incidentmelding OBS De Regenboog, 21 mei 2024\n"
        "\n"
        "Tijdens de pauze is Noor (groep 6) door Milan en Thijs (groep 8) geduwd; zij is met haar hoofd tegen het\n"
        "klimrek gevallen. Juf Annemiek heeft de ouders gebeld. Moeder heeft Noor opgehaald en is naar de huisarts gegaan.\n",
        redact=[("is |Noor| (groep", "PERSON", E), ("door |Milan| en", "PERSON", E), ("en |Thijs| (groep", "PERSON", E),
                ("Juf |Annemiek|", "PERSON", E), ("heeft |Noor| opgehaald", "PERSON", E)],
        visible=["OBS De Regenboog"],
        batch=99,
    ),
    Doc(
        "nl-nota-beslispunten-advies",
        "Nota aan de minister\n"
        "\n"
        "Beslispunten\n"
        "1. Stemt u in met het verlengen van de pilot tot 1 januari 2026?\n"
        "\n"
        "Toelichting\n"
        "De evaluatie van Regioplan laat zien dat de pilot werkt. Wij achten verlenging verantwoord, maar de\n"
        "financiering na 2025 is nog niet rond. Het is mijn inschatting dat Financiën een claim op de\n"
        "Voorjaarsnota niet zal honoreren.\n",
        passages=[("Wij achten verlenging verantwoord", "5.2.1"), ("mijn inschatting dat Financiën", "5.2.1")],
        visible=["Regioplan"],
        batch=99,
    ),
    Doc(
        "nl-demarche-duitse-ambassade",
        "Verslag demarche, 3 juli 2024\n"
        "\n"
        "De Duitse ambassade liet in vertrouwen weten dat Berlijn de Nederlandse kandidaat voor de EU-post niet\n"
        "zal steunen zolang de kwestie van de grensoverschrijdende grondwaterwinning niet is opgelost.\n"
        "DEU verzocht dit niet met andere lidstaten te delen.\n",
        passages=[("liet in vertrouwen weten", "5.1.2a"), ("verzocht dit niet met andere lidstaten te delen", "5.1.2a")],
        batch=99,
    ),
    Doc(
        "nl-coordinatienotitie-aivd",
        "Coördinatienotitie dreiging evenement Malieveld\n"
        "\n"
        "Volgens de AIVD heeft een persoon uit het jihadistische netwerk in Den Haag online gevraagd naar de\n"
        "afzettingen rond het Malieveld. De politie neemt extra maatregelen.\n",
        passages=[("Volgens de AIVD", "5.1.1b")],
        batch=99,
    ),
    Doc(
        "en-uk-citizen-complaint-address",
        "Dear Sir or Madam,\n"
        "\n"
        "I am writing to complain about the bins outside my house at 14 Elm Grove, Leeds LS6 2AB, which have not\n"
        "been collected for three weeks. My neighbour Mrs Harcourt has the same problem.\n"
        "\n"
        "Yours faithfully,\n"
        "Declan Moorcroft\n",
        redact=[("14 Elm Grove", "ADDRESS", E), ("LS6 2AB", "ADDRESS", E), ("Mrs |Harcourt|", "PERSON", E),
                ("Declan Moorcroft", "PERSON", E)],
        batch=99,
    ),
    # -- batch 100: written after the fixes for batch 99, before running anything
    Doc(
        "nl-woo-verzoek-burger-zwolle",
        "Van: R. Oudshoorn-Beukema <r.oudshoorn@ziggo.nl>\n"
        "Aan: Woo-verzoeken gemeente Zwolle <woo@zwolle.nl>\n"
        "Datum: 2 oktober 2024 21:47\n"
        "Onderwerp: Woo-verzoek stikstofvergunning Hessenpoort\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Hierbij verzoek ik op grond van de Wet open overheid om alle stukken over de vergunning die de provincie\n"
        "Overijssel in 2023 verleende aan het distributiecentrum op Hessenpoort. Ik woon aan de Lichtmisweg 41,\n"
        "8035 PL Zwolle, op nog geen 300 meter van het terrein.\n"
        "\n"
        "U kunt mij ook bellen op 06-28 41 77 90.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Rianne Oudshoorn-Beukema\n",
        redact=[("R. Oudshoorn-Beukema", "PERSON", E), ("r.oudshoorn@ziggo.nl", "EMAIL", E), ("Lichtmisweg 41", "ADDRESS", E),
                ("8035 PL", "ADDRESS", E), ("06-28 41 77 90", "PHONE", E), ("Rianne Oudshoorn-Beukema", "PERSON", E)],
        visible=["woo@zwolle.nl", "Hessenpoort", "Overijssel"],
        batch=100,
    ),
    Doc(
        "nl-beantwoording-raadsvragen-woning",
        "Beantwoording schriftelijke vragen ex artikel 42 Reglement van orde\n"
        "Vragensteller: raadslid Ilse Veldhoen (GroenLinks-PvdA)\n"
        "Portefeuillehouder: wethouder Roel Stijnen\n"
        "\n"
        "Vraag 1\n"
        "Klopt het dat de bewoner van Kerkstraat 12 al drie maanden zonder verwarming zit?\n"
        "\n"
        "Antwoord 1\n"
        "Het college gaat niet in op individuele situaties. Wel kan het college melden dat woningcorporatie Wonen\n"
        "Limburg de storing inmiddels heeft verholpen.\n",
        redact=[("Kerkstraat 12", "ADDRESS", E)],
        officials=["Ilse Veldhoen", "Roel Stijnen"],
        visible=["GroenLinks-PvdA", "Wonen\nLimburg"],
        batch=100,
    ),
    Doc(
        "en-uk-foi-response-section-40",
        "Freedom of Information Act 2000 - Request reference FOI-2024-08817\n"
        "\n"
        "Dear Mr Okonkwo-Hale,\n"
        "\n"
        "Thank you for your request of 14 August 2024 for the names of the officials who attended the meeting\n"
        "with Thames Water on 2 July 2024.\n"
        "\n"
        "The Secretary of State for Environment, Food and Rural Affairs, Steve Reed, attended together with the\n"
        "Permanent Secretary. The names of the junior officials who attended are withheld under section 40(2)\n"
        "(personal information), as disclosure would breach the first data protection principle.\n"
        "\n"
        "If you are unhappy with this response, you may ask for an internal review by writing to\n"
        "foi.requests@defra.gov.uk.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Priya Raghunathan\n"
        "Information Rights Team\n",
        redact=[("Mr |Okonkwo-Hale|", "PERSON", E), ("Priya Raghunathan", "PERSON", E)],
        officials=["Steve Reed"],
        visible=["Thames Water", "foi.requests@defra.gov.uk", "section 40(2)", "Information Rights Team"],
        batch=100,
    ),
    Doc(
        "nl-wmo-keukentafelgesprek-assen",
        "Verslag keukentafelgesprek Wmo\n"
        "Cliënt: mevrouw G.H. Brouwer-Tiemens (geb. 11-05-1941)\n"
        "Adres: Populierenlaan 23, 9405 AB Assen\n"
        "Aanwezig: cliënt, dochter Marloes, Wmo-consulent T. Ridderhof\n"
        "\n"
        "Mevrouw is sinds haar heupoperatie in maart slecht ter been en gebruikt een rollator. Zij heeft daarnaast\n"
        "beginnende dementie, volgens de huisarts. Dochter Marloes doet de boodschappen en regelt de post.\n"
        "Advies: huishoudelijke hulp 3 uur per week en een traplift.\n",
        redact=[("G.H. Brouwer-Tiemens", "PERSON", E), ("11-05-1941", "DATE_OF_BIRTH", E),
                ("Populierenlaan 23", "ADDRESS", E), ("9405 AB", "ADDRESS", E), ("Marloes", "PERSON", E),
                ("T. Ridderhof", "PERSON", E)],
        passages=[("heupoperatie", SPECIAL), ("beginnende dementie", SPECIAL)],
        batch=100,
    ),
    Doc(
        "nl-notitie-gesprek-ambassadeur-terugkeer",
        "Notitie ten behoeve van de bewindspersoon\n"
        "\n"
        "Onderwerp: gesprek met de Marokkaanse ambassadeur over terugkeer\n"
        "\n"
        "In het gesprek van 12 september gaf de ambassadeur aan dat Rabat bereid is de samenwerking bij gedwongen\n"
        "terugkeer te verbeteren, mits Nederland de visumverlening voor Marokkaanse studenten versoepelt. Hij\n"
        "benadrukte dat deze toezegging niet publiek mag worden gemaakt, omdat zij in Marokko gevoelig ligt.\n"
        "\n"
        "Ons advies is om hierop niet in te gaan voordat de ministerraad een standpunt heeft ingenomen.\n",
        passages=[("niet publiek mag worden gemaakt", "5.1.2a"), ("Ons advies is om", "5.2.1")],
        batch=100,
    ),
    Doc(
        "en-us-nps-case-incident-record",
        "U.S. Department of the Interior - National Park Service\n"
        "Case Incident Record, Case No. 24-0317-YOSE\n"
        "\n"
        "Reporting Ranger: Kyle D. Brannigan, Badge 4471\n"
        "Date/Time: 07/19/2024 16:40\n"
        "\n"
        "Narrative: Visitor Shauna L. Petrakis (DOB 03/02/1987) of 2290 Juniper Hollow Rd, Fresno, CA reported\n"
        "that her husband, Dmitri Petrakis, had not returned from a solo hike to Clouds Rest. Search and rescue\n"
        "located him at 21:15 with a fractured ankle; he was flown to Doctors Medical Center in Modesto.\n"
        "Superintendent Cicely Muldoon was notified.\n",
        redact=[("Kyle D. Brannigan", "PERSON", E), ("Shauna L. Petrakis", "PERSON", E), ("03/02/1987", "DATE_OF_BIRTH", E),
                ("2290 Juniper Hollow Rd", "ADDRESS", E), ("Dmitri Petrakis", "PERSON", E)],
        passages=[("fractured ankle", SPECIAL)],
        officials=["Cicely Muldoon"],
        visible=["Case No. 24-0317-YOSE", "Clouds Rest"],
        batch=100,
    ),
    Doc(
        "nl-bezwaar-parkeervergunning-haarlem",
        "Aan het college van burgemeester en wethouders van Haarlem\n"
        "Postbus 511\n"
        "2003 PB Haarlem\n"
        "\n"
        "Betreft: bezwaar tegen weigering parkeervergunning, kenmerk 2024/118734\n"
        "\n"
        "Haarlem, 4 november 2024\n"
        "\n"
        "Geacht college,\n"
        "\n"
        "Ik maak bezwaar tegen uw besluit van 30 september 2024. Ik heb een gehandicaptenparkeerkaart omdat ik na\n"
        "een herseninfarct halfzijdig verlamd ben, en ik kan niet verder lopen dan 100 meter.\n"
        "\n"
        "Mijn BSN is 811740353. Het teveel betaalde leges kunt u terugstorten op NL71 INGB 8519 9493 16 ten name\n"
        "van J.W. Kortekaas.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "Jan-Willem Kortekaas\n"
        "Schoterweg 112 zwart\n"
        "2021 HZ Haarlem\n",
        redact=[("811740353", "BSN", BSN_GROUND), ("NL71 INGB 8519 9493 16", "IBAN", E), ("J.W. Kortekaas", "PERSON", E),
                ("Jan-Willem Kortekaas", "PERSON", E), ("Schoterweg 112 zwart", "ADDRESS", E), ("2021 HZ", "ADDRESS", E)],
        passages=[("herseninfarct", SPECIAL)],
        visible=["Postbus 511", "2003 PB Haarlem", "2024/118734"],
        batch=100,
    ),
    Doc(
        "nl-teams-chat-kernteam",
        "[Teams-chat 'Kernteam Stikstof', 14-03-2024]\n"
        "Lotte Vinkenborg 10:02\n"
        "Heb net de conceptbrief gelezen. Eerlijk gezegd vind ik de rekenkundige onderbouwing te mager om naar de\n"
        "Kamer te sturen.\n"
        "Bram Oosterbaan 10:05\n"
        "Eens. Ik zou de minister adviseren de brief een week later te versturen.\n"
        "Lotte Vinkenborg 10:06\n"
        "Kan jij dat bij Ahmed neerleggen? Hij zit vanmiddag bij de DG.\n",
        redact=[("Lotte Vinkenborg", "PERSON", E), ("Bram Oosterbaan", "PERSON", E), ("bij |Ahmed| neerleggen", "PERSON", E)],
        passages=[("vind ik de rekenkundige onderbouwing te mager", "5.2.1"), ("Ik zou de minister adviseren", "5.2.1")],
        visible=["Kernteam Stikstof"],
        batch=100,
    ),
    Doc(
        "be-ocmw-sociaal-verslag-gent",
        "OCMW Gent - Sociaal verslag\n"
        "Dossiernummer: SD/2024/04417\n"
        "Aanvrager: mevrouw Fatoumata Diallo, °12.03.1990, rijksregisternummer 90.03.12-284.06\n"
        "Adres: Sleepstraat 57 bus 2, 9000 Gent\n"
        "\n"
        "Mevrouw Diallo woont met haar twee kinderen (Awa, 7 jaar, en Ibrahima, 4 jaar) in een studio van 28 m².\n"
        "Zij werkt halftijds als poetshulp. Haar ex-partner betaalt geen onderhoudsgeld.\n"
        "\n"
        "Maatschappelijk werker: Pieter-Jan Vanhove\n",
        redact=[("Fatoumata Diallo", "PERSON", E), ("12.03.1990", "DATE_OF_BIRTH", E), ("90.03.12-284.06", "ID", E),
                ("Sleepstraat 57 bus 2", "ADDRESS", E), ("Mevrouw |Diallo|", "PERSON", E), ("Awa", "PERSON", E),
                ("Ibrahima", "PERSON", E), ("Pieter-Jan Vanhove", "PERSON", E)],
        visible=["SD/2024/04417", "OCMW Gent"],
        batch=100,
    ),
    Doc(
        "nl-politie-mutatie-huiselijke-twist",
        "Mutatie BVH 2024123456\n"
        "Soort: Huiselijke twist\n"
        "Locatie: Wolfskuilseweg 190-2, Nijmegen\n"
        "Betrokkene 1: Kevin van den Heuvel, geb. 22-08-1995\n"
        "Betrokkene 2: Sabrina Ouahabi, geb. 09-01-1998\n"
        "\n"
        "Melding van buren over geschreeuw. Ter plaatse gesproken met beide betrokkenen. Betrokkene 2 verklaarde\n"
        "dat Van den Heuvel haar bij de keel had gepakt. Van den Heuvel is aangehouden ter zake mishandeling\n"
        "(art. 300 Sr) en overgebracht naar het cellencomplex.\n"
        "Verbalisant: hoofdagent J. Mertens, PN 1178\n",
        redact=[("Wolfskuilseweg 190-2", "ADDRESS", E), ("Kevin van den Heuvel", "PERSON", E), ("22-08-1995", "DATE_OF_BIRTH", E),
                ("Sabrina Ouahabi", "PERSON", E), ("09-01-1998", "DATE_OF_BIRTH", E), ("Van den Heuvel", "PERSON", E),
                ("J. Mertens", "PERSON", E)],
        passages=[("aangehouden ter zake mishandeling", SPECIAL)],
        batch=100,
    ),
    Doc(
        "nl-kamerbrief-wachttijden-ggz",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Postbus 20018\n"
        "2500 EA  Den Haag\n"
        "\n"
        "Datum 18 november 2024\n"
        "Betreft Voortgang aanpak wachttijden ggz\n"
        "\n"
        "Geachte voorzitter,\n"
        "\n"
        "Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van de wachttijden in de ggz. Ruim\n"
        "80.000 mensen wachten langer dan de Treeknormen op behandeling, vooral voor autisme, eetstoornissen en\n"
        "persoonlijkheidsstoornissen. Ik vind dat onacceptabel. Samen met zorgverzekeraars en aanbieders zet ik in op\n"
        "meer regionale regie, zoals het kabinet in het Hoofdlijnenakkoord heeft afgesproken.\n"
        "\n"
        "De staatssecretaris van Jeugd, Preventie en Sport,\n"
        "\n"
        "Vincent Karremans\n",
        officials=["Vincent Karremans"],
        visible=["autisme, eetstoornissen en", "Ik vind dat onacceptabel", "Postbus 20018", "2500 EA"],
        batch=100,
    ),
    Doc(
        "en-uk-submission-asylum-sites",
        "OFFICIAL-SENSITIVE\n"
        "\n"
        "To: Minister of State for Border Security and Asylum\n"
        "From: Hannah Oyelaran-Mills, Head of Asylum Accommodation Policy\n"
        "Date: 9 October 2024\n"
        "\n"
        "SUBMISSION: USE OF MILITARY SITES FOR ASYLUM ACCOMMODATION\n"
        "\n"
        "Issue\n"
        "1. Whether to continue the use of the former RAF site at Scampton beyond March 2025.\n"
        "\n"
        "Recommendation\n"
        "2. That you agree to close the site by March 2025. On balance, we consider that the cost per bed no longer\n"
        "represents value for money.\n"
        "\n"
        "Contact: Rob Keswick, 07700 914 382\n",
        redact=[("Hannah Oyelaran-Mills", "PERSON", E), ("Rob Keswick", "PERSON", E), ("07700 914 382", "PHONE", E)],
        passages=[("we consider that the cost per bed", "5.2.1")],
        visible=["Scampton", "9 October 2024"],
        batch=100,
    ),
    Doc(
        "nl-igj-conceptrapport-separatie",
        "CONCEPT - niet voor verspreiding\n"
        "Inspectie Gezondheidszorg en Jeugd\n"
        "Rapport onaangekondigd bezoek jeugdzorginstelling De Bosrand, locatie Ede, 5 juni 2024\n"
        "\n"
        "Bevindingen\n"
        "De inspectie stelde vast dat jongeren op de gesloten groep tot drie keer per week werden gesepareerd\n"
        "zonder dat een gedragswetenschapper daarbij betrokken was.\n"
        "\n"
        "Voorlopig oordeel\n"
        "De inspectie overweegt een aanwijzing te geven. Dit oordeel is nog niet definitief en wordt eerst aan de\n"
        "instelling voorgelegd (hoor en wederhoor).\n",
        passages=[("De inspectie overweegt een aanwijzing te geven", "5.1.2d")],
        visible=["Inspectie Gezondheidszorg en Jeugd", "De Bosrand"],
        batch=100,
    ),
    Doc(
        "en-us-oig-complaint-forwarded",
        "From: Ramirez, Teodoro (OIG) <teodoro.ramirez@oig.hhs.gov>\n"
        "Sent: Tuesday, April 2, 2024 3:14 PM\n"
        "To: Lindqvist, Maren <maren.lindqvist@hhs.gov>\n"
        "Cc: OIG FOIA <foia@oig.hhs.gov>\n"
        "Subject: FW: complaint 24-HQ-0881\n"
        "\n"
        "Maren - forwarding the complainant's note below. She asked that her name not go to the grantee.\n"
        "\n"
        "-----Original Message-----\n"
        "From: Bettina Sorensen-Vail <bsvail@outlook.com>\n"
        "Sent: Monday, April 1, 2024 9:02 PM\n"
        "Subject: complaint\n"
        "\n"
        "I worked at the clinic until February. The director, Dr. Alan Whitcombe, told staff to bill Medicaid for\n"
        "visits that never happened. I can be reached at (559) 201-7733.\n",
        redact=[("Ramirez, Teodoro", "PERSON", E), ("teodoro.ramirez@oig.hhs.gov", "EMAIL", E),
                ("Lindqvist, Maren", "PERSON", E), ("maren.lindqvist@hhs.gov", "EMAIL", E), ("|Maren| - forwarding", "PERSON", E),
                ("Bettina Sorensen-Vail", "PERSON", E), ("bsvail@outlook.com", "EMAIL", E), ("Alan Whitcombe", "PERSON", E),
                ("(559) 201-7733", "PHONE", E)],
        visible=["foia@oig.hhs.gov", "24-HQ-0881", "Medicaid"],
        batch=100,
    ),
    Doc(
        "nl-inventarislijst-met-codes",
        "Inventarislijst Woo-besluit 2024-0045\n"
        "\n"
        "| Nr. | Datum | Document | Beoordeling | Grond |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 12-01-2023 | E-mail van [5.1.2e] aan directeur Bureau Woo | deels openbaar | 5.1.2e |\n"
        "| 2 | 15-01-2023 | Nota aan de minister over de reorganisatie | deels openbaar | 5.2.1 |\n"
        "| 3 | 20-02-2023 | Verslag overleg met de VNG | openbaar | |\n",
        visible=["[5.1.2e]", "deels openbaar", "VNG", "5.2.1", "Bureau Woo", "12-01-2023"],
        batch=100,
    ),
    Doc(
        "nl-verslag-selectiegesprekken-jurist",
        "Verslag selectiegesprekken vacature senior jurist (vacaturenummer 24-117)\n"
        "Commissie: M. Hoogendijk (voorzitter), R. Pinas, S. el Idrissi\n"
        "\n"
        "Kandidaat 1: Thijs Groeneveld. Sterke juridische basis, maar weinig ervaring met bestuursrecht.\n"
        "Kandidaat 2: Naima Azzouzi. Overtuigend gesprek; zij noemde dat zij in verband met een chronische ziekte\n"
        "een werkplek op de begane grond nodig heeft.\n"
        "Besluit: de commissie draagt Naima Azzouzi voor.\n",
        redact=[("M. Hoogendijk", "PERSON", E), ("R. Pinas", "PERSON", E), ("S. el Idrissi", "PERSON", E),
                ("Thijs Groeneveld", "PERSON", E), ("Naima Azzouzi", "PERSON", E)],
        passages=[("chronische ziekte", SPECIAL)],
        visible=["24-117"],
        batch=100,
    ),
    Doc(
        "nl-voornemen-sluiting-woning-tilburg",
        "Gemeente Tilburg\n"
        "\n"
        "Aan de heer D.A. Vermolen\n"
        "Ringbaan-Oost 318\n"
        "5013 CE Tilburg\n"
        "\n"
        "Datum: 21 augustus 2024\n"
        "Onderwerp: voornemen tot sluiting woning (artikel 13b Opiumwet)\n"
        "\n"
        "Geachte heer Vermolen,\n"
        "\n"
        "Op 2 augustus 2024 heeft de politie in uw woning 1,2 kilo hennep en een hennepkwekerij met 340 planten\n"
        "aangetroffen. Ik ben daarom voornemens uw woning voor drie maanden te sluiten.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "de burgemeester van Tilburg,\n"
        "\n"
        "Theo Weterings\n",
        redact=[("D.A. Vermolen", "PERSON", E), ("Ringbaan-Oost 318", "ADDRESS", E), ("5013 CE", "ADDRESS", E),
                ("heer |Vermolen|,", "PERSON", E)],
        passages=[("1,2 kilo hennep", SPECIAL)],
        officials=["Theo Weterings"],
        visible=["Gemeente Tilburg", "21 augustus 2024"],
        batch=100,
    ),
    Doc(
        "en-uk-occupational-health-referral",
        "From: Gemma Thornbury\n"
        "To: Occupational Health Referrals\n"
        "Subject: Referral - Declan Fitzgerald-Ross (Payroll no. 0048812)\n"
        "\n"
        "Hi,\n"
        "\n"
        "Please could you see Declan as soon as possible. He has been off since 3 June with work-related stress and\n"
        "anxiety, and told his line manager, Anil Varghese, that he is on a waiting list for counselling.\n"
        "\n"
        "Thanks,\n"
        "Gemma Thornbury\n"
        "HR Business Partner\n",
        redact=[("Gemma Thornbury", "PERSON", E), ("Declan Fitzgerald-Ross", "PERSON", E), ("0048812", "EMPLOYEE_ID", E),
                ("see |Declan| as", "PERSON", E), ("Anil Varghese", "PERSON", E)],
        passages=[("work-related stress", SPECIAL), ("waiting list for counselling", SPECIAL)],
        visible=["Occupational Health Referrals", "HR Business Partner"],
        batch=100,
    ),
    Doc(
        "nl-verslag-driehoek-demonstratie",
        "Verslag lokale driehoek, 28 oktober 2024\n"
        "Aanwezig: burgemeester Halsema, hoofdofficier van justitie René de Beukelaer, politiechef Peter Holla\n"
        "\n"
        "1. Demonstratie 9 november\n"
        "De politie verwacht 3.000 deelnemers. Volgens de AIVD wil een kleine groep uit Duitsland afreizen om de\n"
        "confrontatie te zoeken.\n",
        passages=[("Volgens de AIVD", "5.1.1b")],
        officials=["Halsema", "René de Beukelaer", "Peter Holla"],
        visible=["28 oktober 2024", "Demonstratie 9 november"],
        batch=100,
    ),
    Doc(
        "nl-doorgestuurde-klacht-overlast",
        "Van: Wijnands, Sanne <s.wijnands@eindhoven.nl>\n"
        "Verzonden: vrijdag 8 maart 2024 16:20\n"
        "Aan: Team Handhaving <handhaving@eindhoven.nl>\n"
        "Onderwerp: FW: overlast Kruisstraat\n"
        "\n"
        "Collega's, zie onderstaande klacht. Kunnen jullie volgende week langs?\n"
        "\n"
        "Van: Mehmet Yıldırım <m.yildirim1976@hotmail.com>\n"
        "Verzonden: donderdag 7 maart 2024 23:51\n"
        "Aan: info@eindhoven.nl\n"
        "Onderwerp: overlast Kruisstraat\n"
        "\n"
        "Al weken staan er 's nachts jongeren met scooters voor de deur. De zoon van de bovenbuurvrouw, Ricardo,\n"
        "deelt daar volgens mij drugs uit. Ik durf er niks van te zeggen.\n",
        redact=[("Wijnands, Sanne", "PERSON", E), ("s.wijnands@eindhoven.nl", "EMAIL", E), ("Mehmet Yıldırım", "PERSON", E),
                ("m.yildirim1976@hotmail.com", "EMAIL", E), ("Ricardo", "PERSON", E)],
        passages=[("deelt daar volgens mij drugs uit", SPECIAL)],
        visible=["handhaving@eindhoven.nl", "info@eindhoven.nl", "Team Handhaving"],
        batch=100,
    ),
    Doc(
        "en-us-congressional-letter-cbp",
        "Congress of the United States\n"
        "Washington, DC 20515\n"
        "\n"
        "March 12, 2024\n"
        "\n"
        "The Honorable Alejandro Mayorkas\n"
        "Secretary of Homeland Security\n"
        "Washington, DC 20528\n"
        "\n"
        "Dear Secretary Mayorkas:\n"
        "\n"
        "We write regarding reports that CBP processing centers in the Rio Grande Valley sector are holding\n"
        "families for longer than the 72 hours allowed. A constituent, Ms. Lorena Villarreal of McAllen, has told\n"
        "our office that her sister was held for nine days.\n"
        "\n"
        "Sincerely,\n"
        "\n"
        "Vicente Gonzalez\n"
        "Member of Congress\n",
        redact=[("Lorena Villarreal", "PERSON", E)],
        officials=["Alejandro Mayorkas", "Secretary |Mayorkas|", "Vicente Gonzalez"],
        visible=["Rio Grande Valley", "McAllen", "Washington, DC 20528"],
        batch=100,
    ),
    Doc(
        "nl-terugkoppeling-bedrijfsarts",
        "Terugkoppeling bedrijfsarts (Arbo Unie) aan werkgever\n"
        "Werknemer: E.M. (Esther) Bosman-Lindeboom\n"
        "Functie: teamleider Klantcontact\n"
        "Datum spreekuur: 3 oktober 2024\n"
        "\n"
        "Belastbaarheid: mevrouw kan 4 uur per dag werken, geen telefonische diensten. Prognose: volledige\n"
        "terugkeer binnen 8 weken verwacht. De bedrijfsarts verzoekt de werkgever geen vragen te stellen over de\n"
        "aard van de klachten.\n"
        "\n"
        "R. Hazelhoff, bedrijfsarts\n",
        redact=[("E.M. (Esther) Bosman-Lindeboom", "PERSON", E), ("R. Hazelhoff", "PERSON", E)],
        passages=[("mevrouw kan 4 uur per dag werken", SPECIAL)],
        visible=["Arbo Unie", "teamleider Klantcontact"],
        batch=100,
    ),
    Doc(
        "nl-subsidiebesluit-eenmanszaak",
        "Besluit op aanvraag subsidie Energiebesparing MKB\n"
        "\n"
        "Aanvrager: Loodgietersbedrijf R. Wagenaar (eenmanszaak), KvK 81742219\n"
        "Contactpersoon: Ronald Wagenaar, 06 19 73 40 82\n"
        "\n"
        "Uw onderneming heeft over 2023 een omzet van EUR 412.000 en een nettowinst van EUR 38.500 opgegeven. Deze\n"
        "cijfers zijn vertrouwelijk aan ons verstrekt. Wij kennen u een subsidie toe van EUR 12.000.\n"
        "Wij maken het bedrag over op NL43 RABO 9505 6089 53.\n",
        redact=[("R. Wagenaar", "PERSON", E), ("Ronald Wagenaar", "PERSON", E), ("06 19 73 40 82", "PHONE", E),
                ("NL43 RABO 9505 6089 53", "IBAN", E)],
        passages=[("cijfers zijn vertrouwelijk aan ons verstrekt", "5.1.1c")],
        visible=["Energiebesparing MKB"],
        batch=100,
    ),
    Doc(
        "en-uk-mg11-witness-statement",
        "WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020, r.16.2)\n"
        "\n"
        "Statement of: Oluwaseun Adeyemi-Clarke\n"
        "Age if under 18: over 18        Occupation: nurse\n"
        "Address: Flat 4, 27 Ravenswood Road, Bristol BS6 6BW\n"
        "\n"
        "On Saturday 14 September 2024 at about 23:30 I was walking home along Gloucester Road when I saw a man I\n"
        "know as Liam Pritchard kick a parked car and shout at a woman. I know Liam because he lives on my road.\n"
        "PC 4471 Whitfield took my statement.\n",
        redact=[("Oluwaseun Adeyemi-Clarke", "PERSON", E), ("Flat 4, 27 Ravenswood Road", "ADDRESS", E),
                ("BS6 6BW", "ADDRESS", E), ("Liam Pritchard", "PERSON", E), ("know |Liam| because", "PERSON", E),
                ("PC 4471 |Whitfield|", "PERSON", E)],
        visible=["Gloucester Road", "Criminal Procedure Rules 2020"],
        batch=100,
    ),
    # -- batch 130: written after the fixes for batch 100, before running anything
    Doc(
        "en-meeting-note-azerbaijani-delegation",
        "Meeting note - visit of the Azerbaijani delegation, The Hague, 4 June 2024\n"
        "\n"
        "Present (AZ side): Deputy Foreign Minister Elnur Mammadov; Rashad Aliyev, adviser to the Deputy Minister\n"
        "Present (NL side): the Director Eastern Europe; Tigran Hovhannisyan (desk officer, notes)\n"
        "\n"
        "Mr Mammadov said, and asked that this not be shared with the Armenian side, that Baku is prepared to\n"
        "withdraw its border posts near Tegh if the peace treaty is signed before the COP.\n",
        redact=[("Rashad Aliyev", "PERSON", E), ("Tigran Hovhannisyan", "PERSON", E)],
        passages=[("asked that this not be shared with the Armenian side", "5.1.2a")],
        officials=["Elnur Mammadov"],
        visible=["Mr Mammadov", "4 June 2024"],
        batch=130,
    ),
    Doc(
        "nl-brief-openbaar-lichaam-bonaire",
        "Openbaar Lichaam Bonaire\n"
        "Unit Burgerzaken\n"
        "\n"
        "Kralendijk, 12 februari 2025\n"
        "\n"
        "Aan: mevrouw Shurendy Martis-Janga\n"
        "Kaya Gobernador N. Debrot 41\n"
        "Kralendijk, Bonaire\n"
        "\n"
        "Betreft: aanvraag verhuiskostenvergoeding\n"
        "\n"
        "Geachte mevrouw Martis-Janga,\n"
        "\n"
        "Uw aanvraag van 3 januari 2025 is ontvangen. Uw persoonsnummer is 604 040 787. Wij hebben uw aanvraag\n"
        "toegewezen.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens het Bestuurscollege,\n"
        "\n"
        "Edison Rijna\n"
        "gezaghebber\n",
        redact=[("Shurendy Martis-Janga", "PERSON", E), ("Kaya Gobernador N. Debrot 41", "ADDRESS", E),
                ("mevrouw |Martis-Janga|,", "PERSON", E), ("604 040 787", "BSN", BSN_GROUND)],
        officials=["Edison Rijna"],
        visible=["Unit Burgerzaken", "12 februari 2025"],
        batch=130,
    ),
    Doc(
        "nl-woo-besluit-zienswijze-windpark",
        "Besluit op uw Woo-verzoek\n"
        "\n"
        "Op 14 maart 2025 heb ik de derde-belanghebbende, Windpark Zeewolde B.V., in de gelegenheid gesteld een\n"
        "zienswijze te geven. Bij e-mail van 28 maart 2025 heeft de heer T. van Wijngaarden namens het windpark\n"
        "laten weten bezwaar te hebben tegen openbaarmaking van de exploitatiebegroting. Ik deel die zienswijze: de\n"
        "exploitatiebegroting bevat concurrentiegevoelige cijfers over de verwachte opbrengst per turbine.\n"
        "\n"
        "De minister van Klimaat en Groene Groei,\n"
        "namens deze,\n"
        "\n"
        "mr. drs. E.A. Schouten-de Groot\n"
        "directeur Wetgeving en Juridische Zaken\n",
        redact=[("T. van Wijngaarden", "PERSON", E), ("E.A. Schouten-de Groot", "PERSON", E)],
        visible=["Windpark Zeewolde B.V.", "concurrentiegevoelige cijfers", "Wetgeving en Juridische Zaken"],
        batch=130,
    ),
    Doc(
        "en-reply-armenian-detainee-sister",
        "Dear Ms Hakobyan,\n"
        "\n"
        "Thank you for your letter of 2 May about your brother, Arsen Grigoryan, who has been held in Baku since\n"
        "December 2023. The Netherlands has raised his case with the Azerbaijani authorities on several occasions,\n"
        "most recently during the visit of Minister Veldkamp in April.\n"
        "\n"
        "We understand that your brother suffers from diabetes and has not received his medication since March.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Anoush Petrosyan\n"
        "Human Rights Department\n",
        redact=[("Ms |Hakobyan|", "PERSON", E), ("Arsen Grigoryan", "PERSON", E), ("Anoush Petrosyan", "PERSON", E)],
        passages=[("suffers from diabetes", SPECIAL)],
        officials=["Veldkamp"],
        visible=["Human Rights Department"],
        batch=130,
    ),
    Doc(
        "nl-verslag-mdo-jeugd",
        "Verslag MDO 14-01-2025\n"
        "Betreft: Jayden Koster (12 jaar)\n"
        "Aanwezig: moeder Samantha Koster, jeugdconsulent Erik Haverkamp, intern begeleider OBS De Wilgen (mw. L. Brink),\n"
        "GGZ-behandelaar drs. P. Overdijk\n"
        "\n"
        "Jayden heeft de diagnose ADHD en gebruikt sinds november methylfenidaat. Op school gaat het beter, maar\n"
        "thuis zijn er nog veel ruzies. Moeder geeft aan dat vader (Mitchell de Vos) weer contact zoekt; er is een\n"
        "contactverbod tot juni.\n"
        "\n"
        "Afspraken: Erik plant een huisbezoek in februari.\n",
        redact=[("Jayden Koster", "PERSON", E), ("\n|Jayden| heeft", "PERSON", E), ("Samantha Koster", "PERSON", E),
                ("Erik Haverkamp", "PERSON", E), ("L. Brink", "PERSON", E), ("P. Overdijk", "PERSON", E),
                ("Mitchell de Vos", "PERSON", E), ("Afspraken: |Erik| plant", "PERSON", E)],
        passages=[("GGZ-behandelaar", SPECIAL), ("de diagnose ADHD", SPECIAL), ("contactverbod", SPECIAL)],
        batch=130,
    ),
    Doc(
        "en-uk-write-round-fire-safety",
        "From: Private Secretary to the Chancellor of the Duchy of Lancaster\n"
        "To: Private Secretaries to members of the Domestic and Economic Affairs Committee\n"
        "Date: 21 January 2025\n"
        "\n"
        "PROPOSED CONSULTATION ON FIRE SAFETY IN HIGH-RISE BUILDINGS\n"
        "\n"
        "The Minister for Housing has written seeking clearance for the consultation. The Chancellor of the Duchy of\n"
        "Lancaster has no objection, but considers that the proposed 12-week period is too short given the complexity\n"
        "of the issues. He would prefer the consultation to run until after the local elections.\n"
        "\n"
        "Aisha Rahman-Doyle\n"
        "Private Secretary\n",
        redact=[("Aisha Rahman-Doyle", "PERSON", E)],
        passages=[("considers that the proposed 12-week period is too short", "5.2.1"),
                  ("He would prefer the consultation to run", "5.2.1")],
        visible=["Domestic and Economic Affairs Committee", "21 January 2025"],
        batch=130,
    ),
    Doc(
        "nl-melding-integriteit-afdelingshoofd",
        "Melding vermoeden integriteitsschending (vertrouwelijk)\n"
        "\n"
        "Melder: anoniem, via de vertrouwenspersoon\n"
        "Betreft: afdelingshoofd Vastgoed, de heer K.J. Dekkers\n"
        "\n"
        "De melder stelt dat de heer Dekkers in 2024 drie keer een opdracht heeft gegund aan het bedrijf van zijn\n"
        "zwager zonder offertes op te vragen. Volgens de melder zou Dekkers daarvoor een vakantie in Spanje\n"
        "aangeboden hebben gekregen.\n"
        "\n"
        "Vertrouwenspersoon: Gerda Mulder-Smit, 06 44 19 02 88\n",
        redact=[("K.J. Dekkers", "PERSON", E), ("heer |Dekkers| in", "PERSON", E), ("zou |Dekkers| daarvoor", "PERSON", E),
                ("Gerda Mulder-Smit", "PERSON", E), ("06 44 19 02 88", "PHONE", E)],
        batch=130,
    ),
    Doc(
        "en-us-state-foia-release-letter",
        "U.S. Department of State\n"
        "Washington, D.C. 20520\n"
        "\n"
        "Case No. F-2023-11842\n"
        "April 17, 2025\n"
        "\n"
        "Mr. Kwabena Osei-Mensah\n"
        "1420 N Street NW, Apt 611\n"
        "Washington, DC 20005\n"
        "\n"
        "Dear Mr. Osei-Mensah:\n"
        "\n"
        "This is in response to your request under the Freedom of Information Act. We located 14 documents; we are\n"
        "releasing 9 in full and 5 in part. Information was withheld under FOIA Exemptions 1, 5 and 6.\n"
        "\n"
        "Sincerely,\n"
        "\n"
        "Diamonece Hickson\n"
        "Chief, Programs and Policies Division\n"
        "Office of Information Programs and Services\n",
        redact=[("Kwabena Osei-Mensah", "PERSON", E), ("1420 N Street NW, Apt 611", "ADDRESS", E),
                ("Mr. |Osei-Mensah|:", "PERSON", E)],
        officials=["Diamonece Hickson"],
        visible=["Case No. F-2023-11842", "Washington, D.C. 20520", "Exemptions 1, 5 and 6"],
        batch=130,
    ),
    Doc(
        "nl-raadsinformatiebrief-legionella",
        "Raadsinformatiebrief\n"
        "\n"
        "Onderwerp: uitbraak legionella zwembad De Vijfhoek\n"
        "Datum: 9 september 2024\n"
        "\n"
        "Geachte leden van de raad,\n"
        "\n"
        "Op 2 september is in zwembad De Vijfhoek legionella aangetroffen. Twee bezoekers zijn met een\n"
        "longontsteking in het ziekenhuis opgenomen. De GGD heeft het zwembad laten sluiten. Wij betreuren dit zeer.\n"
        "\n"
        "Wethouder Sport,\n"
        "Yvonne van Mastrigt\n",
        officials=["Yvonne van Mastrigt"],
        visible=["legionella aangetroffen", "longontsteking in het ziekenhuis opgenomen", "De Vijfhoek"],
        batch=130,
    ),
    Doc(
        "nl-email-afwijzing-sollicitant",
        "Van: Recruitment Rijksoverheid <recruitment@rijksoverheid.nl>\n"
        "Aan: lisanne.vroegindeweij@kpnmail.nl\n"
        "Onderwerp: Uw sollicitatie naar de functie van beleidsadviseur (vacature 2024-8831)\n"
        "\n"
        "Beste Lisanne,\n"
        "\n"
        "Dank voor je sollicitatie. Helaas hebben we besloten je niet uit te nodigen voor een gesprek.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Rob Scheepmaker\n"
        "Recruiter\n",
        redact=[("lisanne.vroegindeweij@kpnmail.nl", "EMAIL", E), ("Beste |Lisanne|", "PERSON", E),
                ("Rob Scheepmaker", "PERSON", E)],
        visible=["recruitment@rijksoverheid.nl", "vacature 2024-8831", "Recruitment Rijksoverheid"],
        batch=130,
    ),
    Doc(
        "nl-pv-bevindingen-alcohol",
        "PROCES-VERBAAL VAN BEVINDINGEN\n"
        "\n"
        "Op zaterdag 12 oktober 2024 omstreeks 02:40 uur zag ik, verbalisant Van der Laan, een personenauto,\n"
        "Volkswagen Golf, kenteken 8-KJP-42, met hoge snelheid over de Vondellaan rijden. De bestuurder bleek te zijn:\n"
        "Achternaam: El Amrani\n"
        "Voornamen: Yassine\n"
        "Geboren: 17-04-2001 te Utrecht\n"
        "De bestuurder blies 640 ug/l. Hij is aangehouden ter zake overtreding van artikel 8 Wegenverkeerswet 1994.\n",
        redact=[("verbalisant |Van der Laan|", "PERSON", E), ("8-KJP-42", "LICENSE_PLATE", E), ("El Amrani", "PERSON", E),
                ("Yassine", "PERSON", E), ("17-04-2001", "DATE_OF_BIRTH", E)],
        passages=[("Hij is aangehouden ter zake overtreding", SPECIAL)],
        visible=["Vondellaan"],
        batch=130,
    ),
    Doc(
        "en-uk-safeguarding-section-42",
        "Adult Safeguarding - Section 42 Enquiry Summary\n"
        "Case ref: ASC/2024/5531\n"
        "\n"
        "Adult at risk: Mrs Doreen Whitlock (aged 84), 7 Fernbank Close, Rochdale OL11 4QP\n"
        "Concern raised by: district nurse, 3 November 2024\n"
        "\n"
        "Mrs Whitlock lives with her grandson, Callum, who manages her money. Her bank statements show withdrawals\n"
        "of about £2,400 a month since July. Mrs Whitlock has vascular dementia and could not say what the money\n"
        "was for. Police have been informed of possible financial abuse.\n"
        "\n"
        "Social worker: Sunita Bhardwaj\n",
        redact=[("Doreen Whitlock", "PERSON", E), ("7 Fernbank Close", "ADDRESS", E), ("OL11 4QP", "ADDRESS", E),
                ("Mrs |Whitlock| lives", "PERSON", E), ("Mrs |Whitlock| has", "PERSON", E), ("Callum", "PERSON", E),
                ("Sunita Bhardwaj", "PERSON", E)],
        passages=[("vascular dementia", SPECIAL)],
        visible=["ASC/2024/5531"],
        batch=130,
    ),
    Doc(
        "nl-nota-spreidingswet-opties",
        "Nota\n"
        "\n"
        "Aan: de minister van Asiel en Migratie\n"
        "Via: de secretaris-generaal\n"
        "Van: DG Migratie\n"
        "Datum: 3 december 2024\n"
        "Onderwerp: spreidingswet - opties voor de ministerraad van 13 december\n"
        "\n"
        "Beslispunt\n"
        "Kiest u voor optie B (intrekken van het wetsvoorstel tot wijziging)?\n"
        "\n"
        "Toelichting\n"
        "Optie A houdt de wet in stand; optie B trekt haar in. Wij adviseren optie B, omdat de Raad van State in zijn\n"
        "advies forse kritiek had op de onderbouwing. Ambtelijk verwachten wij dat de coalitiepartners optie A zullen\n"
        "blokkeren, maar dat is een politieke inschatting.\n"
        "\n"
        "Contactpersoon: Wouter Brinkhorst, 06-11 29 38 47\n",
        redact=[("Wouter Brinkhorst", "PERSON", E), ("06-11 29 38 47", "PHONE", E)],
        passages=[("Wij adviseren optie B", "5.2.1"), ("Ambtelijk verwachten wij dat de coalitiepartners", "5.2.1")],
        visible=["DG Migratie", "3 december 2024"],
        batch=130,
    ),
    Doc(
        "en-us-epa-deliberative-memo",
        "MEMORANDUM FOR THE ADMINISTRATOR\n"
        "FROM: Office of Air and Radiation (OAR) - Kenji Watanabe-Ellis, Senior Policy Advisor\n"
        "SUBJECT: Options for the revised PM2.5 standard\n"
        "DATE: August 8, 2024\n"
        "\n"
        "DRAFT - DELIBERATIVE - PRE-DECISIONAL\n"
        "\n"
        "Staff recommend Option 2 (9.0 µg/m³). In my view, Option 3 would not survive judicial review given the\n"
        "record on monitoring costs. The Regional Administrators were split; Region 5 strongly prefers Option 1.\n",
        redact=[("Kenji Watanabe-Ellis", "PERSON", E)],
        passages=[("Staff recommend Option 2", "5.2.1"), ("In my view, Option 3 would not survive", "5.2.1")],
        visible=["Office of Air and Radiation", "August 8, 2024"],
        batch=130,
    ),
    Doc(
        "nl-beroepschrift-asiel-advocaat",
        "Rechtbank Den Haag\n"
        "Sector bestuursrecht\n"
        "Postbus 20302\n"
        "2500 EH Den Haag\n"
        "\n"
        "Beroepschrift\n"
        "\n"
        "Namens mijn cliënt, de heer Armen Sargsyan, geboren op 4 juli 1979 te Jerevan (Armenië), V-nummer\n"
        "2847193056, stel ik beroep in tegen het besluit van de staatssecretaris van Justitie en Veiligheid van\n"
        "2 mei 2025. Cliënt is in Armenië gemarteld vanwege zijn homoseksualiteit.\n"
        "\n"
        "mr. L.C. (Laura) Verbrugge-Ozturk\n"
        "advocaat\n",
        redact=[("Armen Sargsyan", "PERSON", E), ("4 juli 1979", "DATE_OF_BIRTH", E), ("2847193056", "ID_DOCUMENT", E),
                ("L.C. (Laura) Verbrugge-Ozturk", "PERSON", E)],
        passages=[("vanwege zijn homoseksualiteit", SPECIAL)],
        visible=["Postbus 20302", "Rechtbank Den Haag", "2 mei 2025"],
        batch=130,
    ),
    Doc(
        "nl-verslag-bewonersavond-marktplein",
        "Verslag bewonersavond herinrichting Marktplein, 19 november 2024\n"
        "\n"
        "Wethouder Gerrit Jan Wolters opent de avond en licht de plannen toe.\n"
        "\n"
        "Vragen uit de zaal\n"
        "- Mevrouw Rosalie Hoekman (Marktplein 6) vreest dat de bomen voor haar winkel verdwijnen.\n"
        "- Een bewoner van de Kerkstraat vraagt of er laadpalen komen.\n"
        "- De heer Benali vraagt naar parkeren op vrijdag.\n"
        "\n"
        "De wethouder zegt toe dat de bomen blijven staan.\n",
        redact=[("Rosalie Hoekman", "PERSON", E), ("Marktplein 6", "ADDRESS", E), ("heer |Benali|", "PERSON", E)],
        officials=["Gerrit Jan Wolters"],
        visible=["Kerkstraat", "19 november 2024"],
        batch=130,
    ),
    Doc(
        "nl-whatsapp-wethouder-ambtenaar",
        "[15-05-2024 08:12:40] Wethouder Karin Zwinkels: Goedemorgen. Heb jij de reactie van de provincie al?\n"
        "[15-05-2024 08:20:02] Jeroen Dijkhuizen: Ja. Ze willen de subsidie niet verhogen. Ik vind dat eerlijk gezegd een\n"
        "slecht signaal naar de dorpen.\n"
        "[15-05-2024 08:21:15] Wethouder Karin Zwinkels: Eens. Bel jij Ilse van de provincie?\n",
        redact=[("Jeroen Dijkhuizen", "PERSON", E), ("jij |Ilse| van", "PERSON", E)],
        passages=[("Ik vind dat eerlijk gezegd een", "5.2.1")],
        officials=["Karin Zwinkels"],
        batch=130,
    ),
    Doc(
        "de-kreis-kleve-beschwerde-weitergeleitet",
        "Kreis Kleve - Der Landrat\n"
        "Nassauerallee 15-23, 47533 Kleve\n"
        "\n"
        "An die Gemeinde Berg en Dal\n"
        "z. Hd. Herrn Bürgermeister Mark Slinkman\n"
        "\n"
        "Sehr geehrter Herr Slinkman,\n"
        "\n"
        "die Beschwerde von Frau Heike Terhorst, wohnhaft Kalkarer Straße 88, 47533 Kleve, über Lärm von der\n"
        "Baustelle an der N325 haben wir an Ihre Verwaltung weitergeleitet.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Im Auftrag\n"
        "Jürgen Pastoors\n",
        redact=[("Heike Terhorst", "PERSON", E), ("Kalkarer Straße 88", "ADDRESS", E), ("Jürgen Pastoors", "PERSON", E)],
        officials=["Mark Slinkman"],
        visible=["Herr Slinkman", "Nassauerallee 15-23", "Gemeinde Berg en Dal"],
        batch=130,
    ),
    # -- batch 131: written after the fixes for batch 130, before running anything
    Doc(
        "nl-email-antwoord-met-geciteerd-bericht",
        "Van: Gemeente Utrecht | Team Parkeren <parkeren@utrecht.nl>\n"
        "Aan: s.pauwels@gmail.com\n"
        "Onderwerp: RE: naheffingsaanslag\n"
        "\n"
        "Beste heer Pauwels,\n"
        "\n"
        "Uw bezwaar is gegrond. De naheffingsaanslag wordt vernietigd.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Team Parkeren\n"
        "\n"
        "Op di 4 mrt 2025 om 10:12 schreef Sander Pauwels <s.pauwels@gmail.com>:\n"
        "> Ik stond op 1 maart met mijn auto (kenteken GZ-418-K) op de Biltstraat met een geldig ticket.\n"
        "> Zie de foto in de bijlage.\n",
        redact=[("s.pauwels@gmail.com", "EMAIL", E), ("heer |Pauwels|", "PERSON", E), ("Sander Pauwels", "PERSON", E),
                ("GZ-418-K", "LICENSE_PLATE", E)],
        visible=["parkeren@utrecht.nl", "Team Parkeren", "Biltstraat"],
        batch=131,
    ),
    Doc(
        "en-uk-planning-committee-minutes",
        "MINUTES OF THE PLANNING COMMITTEE held on 12 March 2025\n"
        "\n"
        "Present: Councillor Helen Marsh (Chair), Councillors Devinder Sahota, Owen Pryce and Becky Tulloch\n"
        "\n"
        "54. 24/01138/FUL - erection of a two-storey rear extension\n"
        "The Planning Manager introduced the report. Councillor Sahota moved refusal on grounds of overlooking;\n"
        "this was seconded by Councillor Tulloch. RESOLVED: that the application be refused.\n",
        officials=["Helen Marsh", "Devinder Sahota", "Owen Pryce", "Becky Tulloch", "Councillor |Sahota|",
                   "Councillor |Tulloch|"],
        visible=["24/01138/FUL", "Planning Manager"],
        batch=131,
    ),
    Doc(
        "nl-ocr-brief-participatiewet",
        "Gemeente Emmen\n"
        "Afdeling Werk en lnkomen\n"
        "\n"
        "Aan de heer R . Hadderingh\n"
        "Boslaan 7 1\n"
        "7822 BE Emmen\n"
        "\n"
        "Emmen , 3 1 oktober 2024\n"
        "\n"
        "Geachte heer Hadderingh ,\n"
        "\n"
        "Uw uitkering op grond van de Partic ipatiewet wordt met ingang van 1 november 2024 verlaagd met 20%,\n"
        "omdat u niet bent verschenen op de afspraak met uw klantmanager, mevrouw J. Kloosterman.\n"
        "\n"
        "Hoogachtend,\n"
        "namens burgemeester en wethouders van Emmen,\n"
        "\n"
        "B. Mulder\n"
        "teamleider Werk en Inkomen\n",
        redact=[("R . Hadderingh", "PERSON", E), ("Boslaan 7 1", "ADDRESS", E), ("7822 BE", "ADDRESS", E),
                ("heer |Hadderingh| ,", "PERSON", E), ("J. Kloosterman", "PERSON", E), ("B. Mulder", "PERSON", E)],
        visible=["Afdeling Werk en lnkomen", "1 november 2024"],
        batch=131,
    ),
    Doc(
        "en-us-foia-log-requesters",
        "FOIA LOG - FY2024 Q3\n"
        "\n"
        "Request No. | Received | Requester | Organization | Subject\n"
        "2024-0419 | 04/05/2024 | Maria Delgado-Ruiz | (individual) | My own immigration file\n"
        "2024-0433 | 04/11/2024 | American Oversight | | Calendars of the Secretary\n"
        "2024-0440 | 04/16/2024 | Bloomberg News | | Emails re: Title 42\n",
        redact=[("Maria Delgado-Ruiz", "PERSON", E)],
        visible=["American Oversight", "Bloomberg News", "2024-0433"],
        batch=131,
    ),
    Doc(
        "nl-registratie-datalek",
        "Melding datalek - intern registratieformulier\n"
        "Datum ontdekking: 18 februari 2025\n"
        "Gemeld door: Femke Ruijters (privacy officer)\n"
        "\n"
        "Wat is er gebeurd?\n"
        "Een medewerker van Team Schuldhulp heeft een Excel-bestand met gegevens van 214 cliënten per ongeluk naar\n"
        "een verkeerd e-mailadres gestuurd (g.visser@hotmail.com in plaats van g.visser@zwolle.nl). Het bestand\n"
        "bevatte namen, adressen, BSN's en schuldbedragen.\n",
        redact=[("Femke Ruijters", "PERSON", E), ("g.visser@hotmail.com", "EMAIL", E), ("g.visser@zwolle.nl", "EMAIL", E)],
        visible=["Team Schuldhulp", "214 cliënten"],
        batch=131,
    ),
    Doc(
        "en-upper-tribunal-decision-anonymised",
        "Upper Tribunal (Immigration and Asylum Chamber)        Appeal Number: UI-2024-003871\n"
        "\n"
        "THE IMMIGRATION ACTS\n"
        "\n"
        "Between\n"
        "AB\n"
        "(ANONYMITY ORDER MADE)\n"
        "Appellant\n"
        "and\n"
        "SECRETARY OF STATE FOR THE HOME DEPARTMENT\n"
        "Respondent\n"
        "\n"
        "DECISION AND REASONS\n"
        "1. The appellant is a citizen of Iran, born in 1994. He claims to be at risk because of his conversion to\n"
        "Christianity in 2021 and his attendance at the Bethel Church in Stockport.\n"
        "\n"
        "Upper Tribunal Judge Kebede\n",
        officials=["Kebede"],
        visible=["AB\n(ANONYMITY", "conversion to\nChristianity", "Bethel Church"],
        batch=131,
    ),
    Doc(
        "nl-brief-minister-vws-aan-burger",
        "Ministerie van Volksgezondheid, Welzijn en Sport\n"
        "\n"
        "> Retouradres Postbus 20350 2500 EJ Den Haag\n"
        "\n"
        "Mevrouw T. Oostindiër-Wijnberg\n"
        "Hertog Hendriklaan 22\n"
        "3743 DK Baarn\n"
        "\n"
        "Datum 11 april 2025\n"
        "Betreft Uw brief over de vergoeding van een rolstoel\n"
        "\n"
        "Geachte mevrouw Oostindiër-Wijnberg,\n"
        "\n"
        "U schreef mij op 3 maart over uw zoon Joost, die sinds zijn ongeluk in 2022 een rolstoel gebruikt, en over\n"
        "de eigen bijdrage die uw gemeente vraagt. Ik begrijp uw zorgen.\n"
        "\n"
        "De minister van Volksgezondheid, Welzijn en Sport,\n"
        "\n"
        "drs. F.M. Agema\n",
        redact=[("T. Oostindiër-Wijnberg", "PERSON", E), ("Hertog Hendriklaan 22", "ADDRESS", E), ("3743 DK", "ADDRESS", E),
                ("mevrouw |Oostindiër-Wijnberg|,", "PERSON", E), ("zoon |Joost|", "PERSON", E)],
        passages=[("een rolstoel gebruikt", SPECIAL)],
        officials=["F.M. Agema"],
        visible=["Postbus 20350", "2500 EJ"],
        batch=131,
    ),
    Doc(
        "nl-transcript-teams-afstemming-woo",
        "Transcript vergadering 'Afstemming Woo-verzoek NOS'\n"
        "0:00:03 Van Rijn, Tessa\n"
        "Goedemorgen allemaal. Zullen we beginnen?\n"
        "0:00:09 Okafor, Chidi (BZK)\n"
        "Ja. Ik heb de documenten doorgelopen. Ik zou de mails van de DG niet openbaar maken, die zijn erg persoonlijk.\n"
        "0:00:21 Van Rijn, Tessa\n"
        "Dat is aan de jurist. Chidi, kun jij het overzicht naar Marleen sturen?\n",
        redact=[("Van Rijn, Tessa", "PERSON", E), ("Okafor, Chidi", "PERSON", E), ("|Chidi|, kun", "PERSON", E),
                ("naar |Marleen| sturen", "PERSON", E)],
        passages=[("Ik zou de mails van de DG niet openbaar maken", "5.2.1")],
        visible=["(BZK)"],
        batch=131,
    ),
    Doc(
        "en-uk-ico-decision-notice",
        "Freedom of Information Act 2000 (FOIA)\n"
        "Decision notice\n"
        "\n"
        "Date: 14 January 2025\n"
        "Public Authority: Ministry of Justice\n"
        "Address: 102 Petty France, London SW1H 9AJ\n"
        "\n"
        "Decision (including any steps ordered)\n"
        "1. The complainant requested information about the number of prisoners released early under the SDS40\n"
        "scheme who were recalled to prison. The Ministry of Justice relied on section 22 (information intended for\n"
        "future publication). The Commissioner's decision is that the MoJ was entitled to rely on section 22.\n",
        visible=["102 Petty France", "SW1H 9AJ", "recalled to prison", "14 January 2025"],
        batch=131,
    ),
    Doc(
        "nl-bijlage-subsidies-monumenten",
        "Bijlage 2 - Toegekende subsidies Monumentenfonds 2024\n"
        "\n"
        "| Aanvrager | Object | Bedrag |\n"
        "|---|---|---|\n"
        "| Dhr. en mevr. Van Os | boerderij Hoofdweg 112, Nieuw-Vennep | € 18.500 |\n"
        "| Stichting Oude Kerk Spaarndam | kerkgebouw | € 42.000 |\n"
        "| J.H.M. Verhoeven | woonhuis Kerkplein 3, Zwaanshoek | € 7.250 |\n",
        redact=[("Van Os", "PERSON", E), ("Hoofdweg 112", "ADDRESS", E), ("J.H.M. Verhoeven", "PERSON", E),
                ("Kerkplein 3", "ADDRESS", E)],
        visible=["Stichting Oude Kerk Spaarndam", "Monumentenfonds", "€ 42.000"],
        batch=131,
    ),
    Doc(
        "en-fcdo-telegram-ankara",
        "FROM: BRITISH EMBASSY ANKARA\n"
        "TO: FCDO LONDON\n"
        "SUBJECT: TURKEY: CALL ON DEPUTY INTERIOR MINISTER\n"
        "\n"
        "SUMMARY\n"
        "1. Deputy Interior Minister Mehmet Aktaş told HMA privately that Ankara will not accept further returns\n"
        "until the EU releases the next tranche of funding. He asked us not to attribute this to him.\n"
        "\n"
        "DETAIL\n"
        "2. Aktaş was accompanied by his chief of staff, Zeynep Kılıç, who took notes.\n",
        redact=[("Zeynep Kılıç", "PERSON", E)],
        passages=[("told HMA privately", "5.1.2a"), ("asked us not to attribute this to him", "5.1.2a")],
        officials=["Mehmet Aktaş"],
        visible=["Aktaş was", "BRITISH EMBASSY ANKARA", "FCDO LONDON"],
        batch=131,
    ),
    Doc(
        "nl-svb-brief-pgb-dochter",
        "Sociale Verzekeringsbank\n"
        "Team PGB\n"
        "\n"
        "Aan: de heer M.A. Lindeboom, budgethouder voor zijn dochter Fleur Lindeboom (geb. 02-09-2011)\n"
        "BSN budgethouder: 195189632\n"
        "\n"
        "Uw zorgverlener, Thuiszorg Zonnebloem B.V., heeft in januari 46 uur begeleiding gedeclareerd voor Fleur.\n"
        "Fleur heeft vanwege haar syndroom van Down begeleiding nodig bij dagelijkse activiteiten.\n",
        redact=[("M.A. Lindeboom", "PERSON", E), ("Fleur Lindeboom", "PERSON", E), ("02-09-2011", "DATE_OF_BIRTH", E),
                ("195189632", "BSN", BSN_GROUND), ("Fleur", "PERSON", E)],
        passages=[("syndroom van Down", SPECIAL)],
        visible=["Thuiszorg Zonnebloem B.V.", "Team PGB"],
        batch=131,
    ),
    Doc(
        "nl-notulen-ondernemingsraad",
        "Notulen OR-vergadering 6 februari 2025\n"
        "Aanwezig: Ingrid Ploeg (vz), Hasan Yilmaz, Marco de Graaf, Els Timmer (notulen)\n"
        "Afwezig: Kees Bronkhorst (ziek)\n"
        "\n"
        "3. Reorganisatie Facilitair\n"
        "De bestuurder licht toe dat 12 fte vervalt. Hasan vindt de onderbouwing van het plan onvoldoende en stelt\n"
        "voor om een extern advies te vragen. De OR besluit een adviseur in te huren.\n",
        redact=[("Ingrid Ploeg", "PERSON", E), ("Hasan Yilmaz", "PERSON", E), ("Marco de Graaf", "PERSON", E),
                ("Els Timmer", "PERSON", E), ("Kees Bronkhorst", "PERSON", E), ("vervalt. |Hasan| vindt", "PERSON", E)],
        passages=[("(ziek)", SPECIAL)],
        visible=["Reorganisatie Facilitair", "6 februari 2025"],
        batch=131,
    ),
    Doc(
        "en-uk-subject-access-reply",
        "Dear Mr Adeyemi,\n"
        "\n"
        "Subject Access Request - reference SAR/2025/0147\n"
        "\n"
        "You asked for a copy of the personal data the council holds about you. Please find enclosed 38 pages. We\n"
        "have redacted the names of other people, including your former partner, and the notes of your social worker,\n"
        "Ms Hollis, which would identify a third party.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Data Protection Team\n",
        redact=[("Mr |Adeyemi|", "PERSON", E), ("Ms |Hollis|", "PERSON", E)],
        visible=["SAR/2025/0147", "Data Protection Team"],
        batch=131,
    ),
    Doc(
        "nl-evenementenvergunning-koningsdag",
        "Evenementenvergunning Koningsdag 2025 - Vrijmarkt Oranjeplein\n"
        "\n"
        "Aanvrager: Oranjevereniging Zuidwijk\n"
        "Contactpersoon: Wilma Brouwer-Stam, tel. 0172-418 229, wilmabrouwer@ziggo.nl\n"
        "Beveiliging: Securitas, coördinator P. el Khattabi\n"
        "\n"
        "De burgemeester van Alphen aan den Rijn verleent de vergunning onder de voorwaarden in de bijlage.\n",
        redact=[("Wilma Brouwer-Stam", "PERSON", E), ("0172-418 229", "PHONE", E), ("wilmabrouwer@ziggo.nl", "EMAIL", E),
                ("P. el Khattabi", "PERSON", E)],
        visible=["Oranjevereniging Zuidwijk", "Securitas", "Oranjeplein"],
        batch=131,
    ),
    Doc(
        "en-us-va-oig-public-report",
        "OFFICE OF INSPECTOR GENERAL\n"
        "U.S. Department of Veterans Affairs\n"
        "\n"
        "Healthcare Inspection: Deficiencies in Suicide Risk Assessment at the Phoenix VA Health Care System\n"
        "Report #24-00871-112 | June 13, 2025\n"
        "\n"
        "The OIG found that in 2023 clinicians at the facility did not complete suicide risk screenings for 27 of\n"
        "64 patients discharged from the inpatient mental health unit. One patient died by suicide 11 days after\n"
        "discharge. The OIG made six recommendations to the Facility Director.\n",
        visible=["died by suicide", "Phoenix VA Health Care System", "June 13, 2025"],
        batch=131,
    ),
    # -- batch 132: written after the fixes for batch 131, before running anything; long public texts for precision
    Doc(
        "nl-kamerbrief-voortgang-jeugdzorg-lang",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Postbus 20018\n"
        "2500 EA  Den Haag\n"
        "\n"
        "Datum 4 maart 2025\n"
        "Betreft Voortgang Hervormingsagenda Jeugd\n"
        "\n"
        "Geachte voorzitter,\n"
        "\n"
        "In deze brief informeer ik uw Kamer over de voortgang van de Hervormingsagenda Jeugd. Het aantal kinderen met\n"
        "een jeugdhulptraject is in 2024 gestegen tot ruim 490.000. Veel van hen hebben te maken met psychische\n"
        "klachten, zoals angst en depressie, en een groeiende groep jongeren heeft een eetstoornis. De wachttijden in de\n"
        "specialistische jeugd-ggz zijn nog steeds te lang. Ik vind dat zorgelijk.\n"
        "\n"
        "De Inspectie Gezondheidszorg en Jeugd heeft in haar rapport 'Kinderen in de knel' vastgesteld dat gesloten\n"
        "jeugdinstellingen te vaak vrijheidsbeperkende maatregelen toepassen. De inspectie heeft drie instellingen onder\n"
        "verscherpt toezicht gesteld. Ik neem haar aanbevelingen over.\n"
        "\n"
        "Samen met de VNG zet ik in op minder uithuisplaatsingen en meer hulp in het gezin. Gemeenten krijgen daarvoor in\n"
        "2026 EUR 150 miljoen extra. Ik verwacht dat het aantal gesloten plaatsingen daardoor verder daalt.\n"
        "\n"
        "De staatssecretaris van Jeugd, Preventie en Sport,\n"
        "\n"
        "Vincent Karremans\n",
        officials=["Vincent Karremans"],
        visible=["psychische\nklachten", "eetstoornis", "Ik vind dat zorgelijk", "onder\nverscherpt toezicht gesteld",
                 "EUR 150 miljoen extra", "Ik verwacht dat het aantal"],
        batch=132,
    ),
    Doc(
        "nl-persbericht-politie-aanhouding",
        "Persbericht | Politie Oost-Nederland | 12 januari 2025\n"
        "\n"
        "Twee verdachten aangehouden na overval op tankstation in Deventer\n"
        "\n"
        "De politie heeft zaterdagavond twee mannen van 19 en 23 jaar uit Deventer aangehouden op verdenking van een\n"
        "gewapende overval op een tankstation aan de Snipperlingsdijk. Een medewerker raakte lichtgewond. De verdachten\n"
        "zitten vast voor verhoor. Heeft u iets gezien? Bel 0900-8844.\n",
        visible=["aangehouden op verdenking", "lichtgewond", "Snipperlingsdijk", "0900-8844"],
        batch=132,
    ),
    Doc(
        "en-uk-policy-paper-asylum-accommodation",
        "Policy paper\n"
        "Asylum accommodation: next steps\n"
        "Published 3 February 2025\n"
        "\n"
        "The government will close all remaining asylum hotels by the end of this Parliament. We consider that large\n"
        "sites offer better value for money and allow faster processing. Around 29,000 asylum seekers were in hotels in\n"
        "December 2024, many of them families with children, and a number of them with serious mental health needs.\n"
        "Local authorities will receive a new grant of GBP 3,500 per dispersal bed. The Minister for Border Security and\n"
        "Asylum, Angela Eagle, said: 'We are restoring order to the system.'\n",
        officials=["Angela Eagle"],
        visible=["We consider that large\nsites offer better value", "serious mental health needs", "GBP 3,500"],
        batch=132,
    ),
    Doc(
        "nl-jaarverslag-integriteit-gemeente",
        "Jaarverslag integriteit 2024\n"
        "\n"
        "In 2024 ontving de vertrouwenspersoon 41 meldingen, waarvan 12 over ongewenste omgangsvormen en 6 over een\n"
        "vermoeden van fraude. In twee gevallen is aangifte gedaan. Eén medewerker is ontslagen wegens diefstal van\n"
        "gemeentelijke eigendommen. De gemeentesecretaris, Marieke Jansen-Doornbos, heeft de raad hierover in juni\n"
        "geïnformeerd.\n",
        officials=["Marieke Jansen-Doornbos"],
        visible=["41 meldingen", "Eén medewerker is ontslagen wegens diefstal", "aangifte gedaan"],
        batch=132,
    ),
    Doc(
        "en-us-doj-press-release-sentencing",
        "Department of Justice\n"
        "U.S. Attorney's Office\n"
        "Eastern District of Michigan\n"
        "\n"
        "FOR IMMEDIATE RELEASE\n"
        "Thursday, May 8, 2025\n"
        "\n"
        "Detroit Man Sentenced to 12 Years for Fentanyl Trafficking\n"
        "\n"
        "DETROIT - A Detroit man was sentenced today to 144 months in federal prison for distributing fentanyl, United\n"
        "States Attorney Jerome F. Gorgon Jr. announced. Marcus Dwayne Holloway, 34, pleaded guilty in January.\n",
        officials=["Jerome F. Gorgon Jr."],
        visible=["144 months in federal prison", "pleaded guilty"],
        batch=132,
    ),
    Doc(
        "nl-beleidsnota-sociaal-domein",
        "Beleidsnota Sociaal Domein 2025-2028\n"
        "\n"
        "1. Inleiding\n"
        "Steeds meer inwoners van onze gemeente hebben hulp nodig: ouderen die langer thuis wonen, jongeren met\n"
        "psychische problemen, mensen met schulden. Wij vinden dat iedereen mee moet kunnen doen. Daarom kiezen wij voor\n"
        "wijkteams die dichtbij de inwoner werken. Naar onze mening moet de toegang tot zorg eenvoudiger.\n"
        "\n"
        "2. Wat gaan we doen\n"
        "We investeren EUR 2,4 miljoen in preventie, onder meer in de aanpak van eenzaamheid en huiselijk geweld.\n",
        visible=["jongeren met\npsychische problemen", "Wij vinden dat iedereen", "Naar onze mening moet de toegang",
                 "huiselijk geweld"],
        batch=132,
    ),
    Doc(
        "nl-interne-mail-beleidsopvatting-lang",
        "Van: Schaap, Dirk-Jan <dirkjan.schaap@minbzk.nl>\n"
        "Aan: Hoekstra, Annelies <annelies.hoekstra@minbzk.nl>\n"
        "Onderwerp: reactie op conceptnota huisvesting statushouders\n"
        "\n"
        "Annelies,\n"
        "\n"
        "Ik heb de conceptnota gelezen. Mijn inschatting is dat de gemeenten de taakstelling in 2025 niet halen. Ik zou\n"
        "de minister adviseren om de Kamer daar nu al eerlijk over te informeren, in plaats van in het najaar.\n"
        "Verder vind ik paragraaf 3 te optimistisch over de noodopvang.\n"
        "\n"
        "Groet,\n"
        "Dirk-Jan\n",
        redact=[("Schaap, Dirk-Jan", "PERSON", E), ("dirkjan.schaap@minbzk.nl", "EMAIL", E), ("Hoekstra, Annelies", "PERSON", E),
                ("annelies.hoekstra@minbzk.nl", "EMAIL", E), ("\n|Annelies|,", "PERSON", E), ("Groet,\n|Dirk-Jan|", "PERSON", E)],
        passages=[("Mijn inschatting is dat de gemeenten", "5.2.1"), ("Ik zou\nde minister adviseren", "5.2.1"),
                  ("vind ik paragraaf 3 te optimistisch", "5.2.1")],
        batch=132,
    ),
    Doc(
        "en-uk-hr-investigation-report",
        "CONFIDENTIAL - HR INVESTIGATION REPORT\n"
        "Case: HR/INV/2024/118\n"
        "Subject of complaint: Neil Ashworth, Senior Estates Manager\n"
        "Complainant: Priya Venkataraman, Estates Officer\n"
        "Investigating officer: Gareth Lloyd-Price\n"
        "\n"
        "1. Ms Venkataraman alleges that Mr Ashworth repeatedly commented on her religion and on her wearing a headscarf.\n"
        "2. Two witnesses, Tom Beresford and Aaliyah Mensah, confirmed hearing the comments at the team meeting of\n"
        "14 October 2024.\n"
        "3. Mr Ashworth was signed off with stress from 21 October and has not been interviewed.\n",
        redact=[("Neil Ashworth", "PERSON", E), ("Priya Venkataraman", "PERSON", E), ("Gareth Lloyd-Price", "PERSON", E),
                ("Ms |Venkataraman|", "PERSON", E), ("Mr |Ashworth|", "PERSON", E), ("Tom Beresford", "PERSON", E),
                ("Aaliyah Mensah", "PERSON", E)],
        passages=[("commented on her religion", SPECIAL), ("signed off with stress", SPECIAL)],
        visible=["HR/INV/2024/118", "14 October 2024"],
        batch=132,
    ),
    Doc(
        "nl-verslag-stuurgroep-met-afkortingen",
        "Verslag stuurgroep Regionale Energiestrategie, 21 november 2024\n"
        "Aanwezig: gedeputeerde Tjisse Stelpstra (vz), wethouder Anita Boerema (Smallingerland), HvdW (RES-bureau),\n"
        "M. Oosterhof (netbeheerder Liander), notulen: SK\n"
        "\n"
        "1. Netcongestie\n"
        "Liander meldt dat de wachtrij voor aansluitingen in Friesland tot 2029 loopt. HvdW stelt voor een\n"
        "prioriteringskader op te stellen. Wethouder Boerema vindt dat bedrijventerreinen voorrang moeten krijgen.\n",
        redact=[("HvdW", "PERSON", E), ("M. Oosterhof", "PERSON", E), ("notulen: |SK|", "PERSON", E)],
        officials=["Tjisse Stelpstra", "Anita Boerema", "Wethouder |Boerema|"],
        visible=["Liander", "RES-bureau", "Friesland"],
        batch=132,
    ),
    Doc(
        "nl-klachtbrief-burger-handgeschreven-ocr",
        "Aan de gemeente Leeuwarden\n"
        "t.a.v. klachtenco6rdinator\n"
        "\n"
        "Leeuwarden 2 dec 2024\n"
        "\n"
        "Geachte heer/mevrouw,\n"
        "\n"
        "lk wil een klacht indienen over uw medewerker van de Wmo, de heer Dijkstra. Hij heeft mij aan de telefoon\n"
        "uitgescholden toen ik belde over mijn traplift. lk ben 81 jaar en heb COPD, ik kan de trap niet meer op.\n"
        "\n"
        "Hoogachtend\n"
        "A.M. de Boer-Hiemstra\n"
        "Tuinstraat 14\n"
        "8911 HK Leeuwarden\n"
        "tel 058-2134567\n",
        redact=[("heer |Dijkstra|", "PERSON", E), ("A.M. de Boer-Hiemstra", "PERSON", E), ("Tuinstraat 14", "ADDRESS", E),
                ("8911 HK", "ADDRESS", E), ("058-2134567", "PHONE", E)],
        passages=[("heb COPD", SPECIAL)],
        visible=["2 dec 2024"],
        batch=132,
    ),
    # -- batch 133: written after the fixes for batch 132, before running anything; Armenian, Azerbaijani, Arabic names
    Doc(
        "nl-ind-gehoorverslag-armeense-familie",
        "Verslag nader gehoor\n"
        "Vreemdelingennummer: 3019284756\n"
        "\n"
        "Betrokkene verklaart dat zij, Anahit Sargsyan, samen met haar echtgenoot Hovhannes Petrosyan en hun dochter\n"
        "Lilit in 2023 vanuit Jerevan naar Nederland is gereisd. Haar broer, Davit Sargsyan, woont nog in Gjoemri.\n"
        "Zij verklaart dat haar echtgenoot in Armenië is vastgehouden vanwege zijn werk voor een oppositiepartij.\n"
        "\n"
        "Tolk: mevrouw Gayane Mkrtchyan\n"
        "Contactmedewerker: R. Ouwerkerk\n",
        redact=[("3019284756", "ID_DOCUMENT", E), ("Anahit Sargsyan", "PERSON", E), ("Hovhannes Petrosyan", "PERSON", E),
                ("dochter\n|Lilit|", "PERSON", E), ("Davit Sargsyan", "PERSON", E), ("Gayane Mkrtchyan", "PERSON", E),
                ("R. Ouwerkerk", "PERSON", E)],
        passages=[("vanwege zijn werk voor een oppositiepartij", SPECIAL)],
        visible=["Jerevan", "Gjoemri"],
        batch=133,
    ),
    Doc(
        "en-azerbaijan-journalist-case-cable",
        "SUBJECT: AZERBAIJAN: DETAINED JOURNALISTS\n"
        "\n"
        "1. Sevinj Vagifgizi and Ulvi Hasanli of Abzas Media remain in pre-trial detention in Baku. Their lawyer,\n"
        "Elchin Sadigov, told us that Hasanli has lost 12 kg and has untreated kidney problems. He asked us not to\n"
        "cite him by name. President Aliyev said on 3 March that the case was 'about smuggling, not journalism'.\n",
        redact=[("Sevinj Vagifgizi", "PERSON", E), ("Ulvi Hasanli", "PERSON", E), ("Elchin Sadigov", "PERSON", E),
                ("that |Hasanli| has", "PERSON", E)],
        passages=[("untreated kidney problems", SPECIAL), ("He asked us not to\ncite him by name", "5.1.2a")],
        officials=["Aliyev"],
        visible=["Abzas Media", "3 March"],
        batch=133,
    ),
    Doc(
        "nl-email-gemeente-statushouder",
        "Van: Yıldız, Mehmet <m.yildiz@deventer.nl>\n"
        "Verzonden: dinsdag 11 februari 2025 14:02\n"
        "Aan: Team Huisvesting <huisvesting@deventer.nl>\n"
        "CC: Abdulrahman Al-Hassan <a.alhassan@vluchtelingenwerk.nl>\n"
        "Onderwerp: woning gezin Al-Khatib\n"
        "\n"
        "Beste collega's,\n"
        "\n"
        "Het gezin van Mohammed Al-Khatib (vader), Rania Al-Khatib-Haddad (moeder) en hun vier kinderen wacht al zeven\n"
        "maanden in het azc op een woning. Rania is zwanger en heeft diabetes. Kunnen jullie dit gezin voorrang geven?\n"
        "\n"
        "Groet,\n"
        "Mehmet\n"
        "06-39 48 11 07\n",
        redact=[("Yıldız, Mehmet", "PERSON", E), ("m.yildiz@deventer.nl", "EMAIL", E), ("Abdulrahman Al-Hassan", "PERSON", E),
                ("a.alhassan@vluchtelingenwerk.nl", "EMAIL", E), ("gezin |Al-Khatib|", "PERSON", E),
                ("Mohammed Al-Khatib", "PERSON", E), ("Rania Al-Khatib-Haddad", "PERSON", E), ("woning. |Rania| is", "PERSON", E),
                ("Groet,\n|Mehmet|", "PERSON", E), ("06-39 48 11 07", "PHONE", E)],
        passages=[("is zwanger en heeft diabetes", SPECIAL)],
        visible=["huisvesting@deventer.nl", "Team Huisvesting"],
        batch=133,
    ),
    Doc(
        "en-uk-mp-casework-letter",
        "House of Commons\n"
        "London SW1A 0AA\n"
        "\n"
        "Our ref: ZA47816\n"
        "\n"
        "Dear Minister,\n"
        "\n"
        "I am writing on behalf of my constituent, Mr Tariq Mahmood of 22 Belgrave Road, Slough SL1 3RG, whose wife,\n"
        "Nadia Mahmood, applied for a spouse visa in August. She has since been diagnosed with breast cancer and her\n"
        "treatment is due to start in Lahore next month.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Tan Dhesi MP\n"
        "Member of Parliament for Slough\n",
        redact=[("Tariq Mahmood", "PERSON", E), ("22 Belgrave Road", "ADDRESS", E), ("SL1 3RG", "ADDRESS", E),
                ("Nadia Mahmood", "PERSON", E)],
        passages=[("diagnosed with breast cancer", SPECIAL)],
        officials=["Tan Dhesi"],
        visible=["House of Commons", "London SW1A 0AA", "ZA47816"],
        batch=133,
    ),
    Doc(
        "nl-verslag-buurtbemiddeling",
        "Intakeverslag Buurtbemiddeling Zwolle\n"
        "Datum: 6 januari 2025\n"
        "\n"
        "Partij A: dhr. Jeroen Stegeman, Assendorperstraat 88\n"
        "Partij B: mw. Fatima Zahra El Idrissi, Assendorperstraat 90\n"
        "\n"
        "Dhr. Stegeman klaagt over geluidsoverlast van de kinderen van mw. El Idrissi. Mw. El Idrissi zegt dat\n"
        "dhr. Stegeman haar heeft uitgescholden voor 'kutmarokkaan'. Bemiddelaars: Hennie Weggeman en Sjoerd Bos.\n",
        redact=[("Jeroen Stegeman", "PERSON", E), ("Assendorperstraat 88", "ADDRESS", E), ("Fatima Zahra El Idrissi", "PERSON", E),
                ("Assendorperstraat 90", "ADDRESS", E), ("Dhr. |Stegeman|", "PERSON", E), ("mw. |El Idrissi|.", "PERSON", E),
                ("Mw. |El Idrissi|", "PERSON", E), ("dhr. |Stegeman| haar", "PERSON", E), ("Hennie Weggeman", "PERSON", E),
                ("Sjoerd Bos", "PERSON", E)],
        visible=["Buurtbemiddeling Zwolle", "6 januari 2025"],
        batch=133,
    ),
    Doc(
        "en-us-embassy-visa-referral",
        "From: Consular Section, U.S. Embassy Yerevan\n"
        "To: CA/VO/F, Washington\n"
        "\n"
        "Subject: Visa referral - ARUTYUNYAN, Gor (DOB 14JUN1988)\n"
        "\n"
        "Applicant Gor Arutyunyan, passport AM0482917, is the son of Deputy Prime Minister Mher Grigoryan's chief of\n"
        "staff. Post recommends approval. Consul General Sandra Kowalczyk concurs.\n",
        redact=[("ARUTYUNYAN, Gor", "PERSON", E), ("14JUN1988", "DATE_OF_BIRTH", E), ("Gor Arutyunyan", "PERSON", E),
                ("AM0482917", "ID_DOCUMENT", E)],
        passages=[("Post recommends approval", "5.2.1")],
        officials=["Mher Grigoryan"],
        visible=["Consular Section, U.S. Embassy Yerevan", "CA/VO/F"],
        batch=133,
    ),
    Doc(
        "nl-wob-oud-besluit-bijlage",
        "Bijlage bij besluit Wob-verzoek 2019-112\n"
        "\n"
        "Document 7: e-mail van 10.2.e aan 10.2.e, 14 mei 2018\n"
        "Document 8: notitie van de directeur Juridische Zaken, mr. 10.2.e, over de aanbesteding\n"
        "\n"
        "Ten aanzien van document 8 is artikel 11, eerste lid, Wob toegepast op de persoonlijke beleidsopvattingen.\n",
        visible=["10.2.e aan 10.2.e", "mr. 10.2.e", "persoonlijke beleidsopvattingen", "artikel 11, eerste lid"],
        batch=133,
    ),
    Doc(
        "nl-chat-handhavers-signalement",
        "[22-06-2024 23:41:10] Boa Kuipers: Groep jongeren bij de skatebaan, een van hen is die Ayoub van de Kerkstraat.\n"
        "[22-06-2024 23:42:55] Boa Hamdaoui: Die met de rode scooter? Kenteken D-123-XK?\n"
        "[22-06-2024 23:43:30] Boa Kuipers: Ja. Hij heeft een gebiedsverbod tot augustus, ik bel de meldkamer.\n",
        redact=[("Boa |Kuipers|", "PERSON", E), ("Boa |Hamdaoui|", "PERSON", E), ("die |Ayoub| van", "PERSON", E),
                ("D-123-XK", "LICENSE_PLATE", E)],
        passages=[("Hij heeft een gebiedsverbod", SPECIAL)],
        visible=["skatebaan"],
        batch=133,
    ),
    # -- batch 134: written after the fixes for batch 133, before running anything
    Doc(
        "nl-email-wethouder-aan-bewoner",
        "Van: Wethouder Bas Eenhoorn <b.eenhoorn@alphenaandenrijn.nl>\n"
        "Aan: h.kremer72@gmail.com\n"
        "Onderwerp: uw brief over de bomenkap\n"
        "\n"
        "Beste mevrouw Kremer,\n"
        "\n"
        "Dank voor uw brief. Ik begrijp dat u zich zorgen maakt over de kap van de platanen in de Julianastraat. Mijn\n"
        "ambtenaar, Youssef Bakkali, neemt contact met u op om een afspraak te maken.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Bas Eenhoorn\n",
        redact=[("h.kremer72@gmail.com", "EMAIL", E), ("mevrouw |Kremer|", "PERSON", E), ("Youssef Bakkali", "PERSON", E)],
        officials=["Wethouder |Bas Eenhoorn|", "groet,\n|Bas Eenhoorn|"],
        visible=["Julianastraat"],
        batch=134,
    ),
    Doc(
        "en-uk-coroner-prevention-report-redacted",
        "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS\n"
        "\n"
        "THIS REPORT IS BEING SENT TO: Chief Executive, Leeds Teaching Hospitals NHS Trust\n"
        "\n"
        "1. CORONER\n"
        "I am Kevin McLoughlin, Senior Coroner for the area of West Yorkshire (Eastern).\n"
        "\n"
        "2. CIRCUMSTANCES OF THE DEATH\n"
        "Mr Alan Pickersgill died on 3 March 2024 at St James's University Hospital after a fall on the ward. He had\n"
        "dementia and had been assessed as at high risk of falls.\n",
        redact=[("Alan Pickersgill", "PERSON", E)],
        officials=["Kevin McLoughlin"],
        visible=["had\ndementia"],
        batch=134,
    ),
    Doc(
        "nl-memo-juridische-zaken-advies",
        "Memo\n"
        "Aan: DG Wonen\n"
        "Van: Directie Wetgeving en Juridische Zaken, mr. P.R. Tjong\n"
        "Datum: 7 oktober 2024\n"
        "Betreft: juridische risico's noodwet huisvesting\n"
        "\n"
        "Het wetsvoorstel raakt aan het eigendomsrecht (artikel 1 EP EVRM). Naar ons oordeel is de inbreuk te\n"
        "rechtvaardigen, maar de proceskans voor verhuurders acht ik reëel. Ik adviseer de schadevergoedingsregeling\n"
        "ruimer te maken.\n",
        redact=[("P.R. Tjong", "PERSON", E)],
        passages=[("Naar ons oordeel is de inbreuk", "5.2.1"), ("Ik adviseer de schadevergoedingsregeling", "5.2.1")],
        visible=["DG Wonen", "artikel 1 EP EVRM"],
        batch=134,
    ),
    Doc(
        "nl-lijst-deelnemers-bijeenkomst",
        "Deelnemerslijst informatiebijeenkomst windpark, 14 mei 2025\n"
        "\n"
        "Naam                     Organisatie / woonplaats        E-mail\n"
        "Harm Kuipers             Nieuw-Buinen                    harmkuipers@hotmail.com\n"
        "Gerda Smit-Hadders       Stichting Natuur Drenthe        g.smit@natuurdrenthe.nl\n"
        "Jan-Hendrik Boelens      Windcoöperatie Drentse Monden   info@drentsemonden.nl\n"
        "Anouk Veenstra           Provincie Drenthe               a.veenstra@drenthe.nl\n",
        redact=[("Harm Kuipers", "PERSON", E), ("harmkuipers@hotmail.com", "EMAIL", E), ("Gerda Smit-Hadders", "PERSON", E),
                ("g.smit@natuurdrenthe.nl", "EMAIL", E), ("Jan-Hendrik Boelens", "PERSON", E), ("Anouk Veenstra", "PERSON", E),
                ("a.veenstra@drenthe.nl", "EMAIL", E)],
        visible=["Stichting Natuur Drenthe", "Windcoöperatie Drentse Monden", "info@drentsemonden.nl", "Provincie Drenthe"],
        batch=134,
    ),
    Doc(
        "en-us-usda-foia-b4-b6-letter",
        "From: Patel, Ravi K (OGC)\n"
        "To: Olsen, Kristin (FNS)\n"
        "Subject: RE: Acme Dairy settlement\n"
        "\n"
        "Kristin -\n"
        "\n"
        "Acme's counsel provided their 2023 production costs on a confidential basis; we should withhold those under\n"
        "(b)(4). I think the settlement amount itself has to be released. Let me know if Secretary Rollins's office\n"
        "wants to weigh in.\n"
        "\n"
        "Ravi\n",
        redact=[("Patel, Ravi K", "PERSON", E), ("Olsen, Kristin", "PERSON", E), ("|Kristin| -", "PERSON", E),
                ("\n|Ravi|\n", "PERSON", E)],
        passages=[("provided their 2023 production costs on a confidential basis", "5.1.1c"),
                  ("I think the settlement amount itself has to be released", "5.2.1")],
        officials=["Rollins"],
        batch=134,
    ),
    Doc(
        "nl-besluit-bibob-weigering",
        "Besluit weigering exploitatievergunning\n"
        "\n"
        "Aanvrager: Shisha Lounge Al Andalus V.O.F., vennoten de heren K. Özdemir en S. Benali\n"
        "\n"
        "Uit het Bibob-advies van het Landelijk Bureau Bibob blijkt dat de heer Özdemir in 2021 is veroordeeld voor\n"
        "witwassen. Er is daarom een ernstig gevaar dat de vergunning wordt gebruikt om uit strafbare feiten\n"
        "verkregen geld te benutten. Ik weiger de vergunning.\n"
        "\n"
        "De burgemeester van Nijmegen,\n"
        "Hubert Bruls\n",
        redact=[("K. Özdemir", "PERSON", E), ("S. Benali", "PERSON", E), ("heer |Özdemir| in", "PERSON", E)],
        passages=[("is veroordeeld voor\nwitwassen", SPECIAL)],
        officials=["Hubert Bruls"],
        visible=["Shisha Lounge Al Andalus V.O.F."],
        batch=134,
    ),
    # -- batch 135: written in a new session, before running anything
    Doc(
        "nl-woo-besluit-brief-verzoeker",
        "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur\n"
        "> Retouradres Postbus 20401 2500 EK Den Haag\n"
        "\n"
        "De heer M. Kostić\n"
        "Van Hogendorpstraat 41-bis\n"
        "3581 KD Utrecht\n"
        "\n"
        "Datum 12 november 2025\n"
        "Betreft Besluit op uw Woo-verzoek over de Stikstofbank\n"
        "\n"
        "Geachte heer Kostić,\n"
        "\n"
        "Bij e-mail van 3 september 2025 heeft u een verzoek ingediend op grond van de Wet open overheid (Woo). U\n"
        "vraagt om alle documenten over de Stikstofbank in de periode 2022-2023.\n"
        "\n"
        "In de documenten zijn de namen van medewerkers onleesbaar gemaakt op grond van artikel 5.1, tweede lid,\n"
        "onder e, van de Woo. Ook zijn persoonlijke beleidsopvattingen in documenten voor intern beraad niet openbaar\n"
        "gemaakt (artikel 5.2, eerste lid).\n"
        "\n"
        "Hoogachtend,\n"
        "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n"
        "namens deze,\n"
        "het hoofd van de afdeling Informatieverzoeken,\n"
        "\n"
        "drs. A.C. Wesseling-Bruin\n",
        redact=[("M. Kostić", "PERSON", E), ("heer |Kostić|,", "PERSON", E),
                ("Van Hogendorpstraat 41-bis\n3581 KD", "ADDRESS", E), ("A.C. Wesseling-Bruin", "PERSON", E)],
        visible=["Postbus 20401 2500 EK Den Haag", "Stikstofbank", "artikel 5.1, tweede lid", "Wet open overheid",
                 "afdeling Informatieverzoeken", "12 november 2025"],
        batch=135,
    ),
    Doc(
        "nl-whatsapp-crisisteam-brand",
        "[14-03-2025 07:12:44] Renske Dijkhuizen: Goedemorgen. Brand in de loods aan de Havenweg is onder controle, 2\n"
        "bewoners van het naastgelegen pand opgevangen in De Schakel.\n"
        "[14-03-2025 07:15:02] +31 6 28 41 77 03: Burgemeester is geïnformeerd, ze komt om 9 uur naar het CoPI.\n"
        "[14-03-2025 07:16:30] Renske Dijkhuizen: 👍 Een van de bewoners, meneer Yılmaz, is met rookinhalatie naar het\n"
        "Maasstad.\n"
        "[14-03-2025 07:21:11] Thijs: Pers belt al. Ik verwijs naar woordvoerder Daan Oerlemans.\n",
        redact=[("Renske Dijkhuizen", "PERSON", E), ("+31 6 28 41 77 03", "PHONE", E), ("meneer |Yılmaz|,", "PERSON", E),
                ("] |Thijs|:", "PERSON", E)],
        passages=[("met rookinhalatie", SPECIAL)],
        officials=["Daan Oerlemans"],
        visible=["Havenweg", "De Schakel", "CoPI", "Burgemeester"],
        batch=135,
    ),
    Doc(
        "nl-veilig-thuis-overdracht",
        "Overdrachtsformulier Veilig Thuis Hollands Midden\n"
        "Datum melding: 02-10-2025\n"
        "Betreft: Noor (9 jaar) en Sem (6 jaar) van Rijswijk\n"
        "Ouders: Esther van Rijswijk (moeder), Mehmet Arslan (vader, woont niet meer in)\n"
        "Adres: Vlietweg 88, 2266 KB Leidschendam\n"
        "Melder: leerkracht groep 5, juf Ilse\n"
        "\n"
        "Samenvatting: De moeder geeft aan dat de vader haar meerdere keren heeft geslagen in het bijzijn van de\n"
        "kinderen. Noor vertelt op school dat zij 's nachts niet slaapt. Moeder gebruikt antidepressiva en staat op de\n"
        "wachtlijst van Parnassia.\n"
        "Vervolg: casus wordt overgedragen aan het Jeugd- en Gezinsteam Leidschendam-Voorburg.\n",
        redact=[("Noor", "PERSON", E), ("Sem", "PERSON", E), ("jaar) |van Rijswijk|", "PERSON", E),
                ("Esther van Rijswijk", "PERSON", E), ("Mehmet Arslan", "PERSON", E), ("Vlietweg 88, 2266 KB", "ADDRESS", E),
                ("juf |Ilse|", "PERSON", E)],
        passages=[("heeft geslagen", SPECIAL), ("gebruikt antidepressiva", SPECIAL)],
        visible=["Veilig Thuis Hollands Midden", "02-10-2025", "Jeugd- en Gezinsteam Leidschendam-Voorburg"],
        batch=135,
    ),
    Doc(
        "en-uk-council-foi-response-housing",
        "Freedom of Information Act 2000 - Request reference FOI-2025-04417\n"
        "\n"
        "Dear Ms Adeyemi-Clarke,\n"
        "\n"
        "Thank you for your request received on 21 August 2025 about enforcement action at a property in Linden Grove.\n"
        "\n"
        "Information about the tenant of that property, including the name of the person served with the notice, is\n"
        "personal data. We are withholding it under section 40(2) of the Act.\n"
        "\n"
        "The Council's Private Sector Housing team served an improvement notice on 4 June 2025. The decision to\n"
        "prosecute was approved by Councillor Ayo Okonjo, Cabinet Member for Housing, on 30 June 2025.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Tobias Wren\n"
        "Information Governance Officer\n"
        "foi@southwark.gov.uk\n",
        redact=[("Adeyemi-Clarke", "PERSON", E), ("Tobias Wren", "PERSON", E)],
        officials=["Ayo Okonjo"],
        visible=["foi@southwark.gov.uk", "section 40(2)", "Private Sector Housing", "Linden Grove",
                 "Information Governance Officer"],
        batch=135,
    ),
    Doc(
        "nl-notulen-raad-zwolle-spreekrecht",
        "Concept-notulen van de openbare vergadering van de gemeenteraad van Zwolle, 15 september 2025\n"
        "\n"
        "Voorzitter: burgemeester P.H. Snijders\n"
        "\n"
        "1. Spreekrecht burgers\n"
        "De heer Y. El Khatib (inspreker namens Bewonersvereniging Holtenbroek) vraagt de raad het buurthuis open te\n"
        "houden. Mevrouw Tineke Scholten-Ruiter spreekt op persoonlijke titel; zij woont naast het buurthuis en vertelt\n"
        "dat haar zoon met autisme er elke woensdag naartoe gaat.\n"
        "\n"
        "2. Vaststelling agenda\n"
        "Raadslid Annemiek Oosterhof (GroenLinks) stelt voor agendapunt 6 aan te houden. Wethouder Gerco Dijkman zegt\n"
        "toe de raad voor 1 oktober te informeren.\n",
        redact=[("Y. El Khatib", "PERSON", E), ("Tineke Scholten-Ruiter", "PERSON", E)],
        passages=[("haar zoon met autisme", SPECIAL)],
        officials=["P.H. Snijders", "Annemiek Oosterhof", "Gerco Dijkman"],
        visible=["Bewonersvereniging Holtenbroek", "GroenLinks", "Zwolle"],
        batch=135,
    ),
    Doc(
        "nl-pv-aanhouding-diefstal",
        "PROCES-VERBAAL VAN AANHOUDING\n"
        "Proces-verbaalnummer: PL1300-2025187342-3\n"
        "\n"
        "Ik, verbalisant, Jorien Aalbers, hoofdagent van politie Eenheid Amsterdam, verklaar het volgende.\n"
        "Op woensdag 5 november 2025 omstreeks 23:40 uur zag ik op de Ferdinand Bolstraat een persoon die voldeed aan\n"
        "het signalement.\n"
        "\n"
        "Personalia verdachte:\n"
        "Achternaam: Kowalczyk\n"
        "Voornamen: Dawid Piotr\n"
        "Geboren: 11-02-1993 te Gdańsk (Polen)\n"
        "Adres: Wibautstraat 201-III, 1091 GS Amsterdam\n"
        "BSN: 433116730\n"
        "\n"
        "De verdachte werd aangehouden ter zake van overtreding van artikel 310 Wetboek van Strafrecht (diefstal).\n",
        redact=[("Jorien Aalbers", "PERSON", E), ("Kowalczyk", "PERSON", E), ("Dawid Piotr", "PERSON", E),
                ("11-02-1993", "DATE_OF_BIRTH", E), ("Wibautstraat 201-III, 1091 GS", "ADDRESS", E),
                ("433116730", "BSN", BSN_GROUND)],
        passages=[("aangehouden ter zake van overtreding", SPECIAL)],
        visible=["PL1300-2025187342-3", "Ferdinand Bolstraat", "Gdańsk", "politie Eenheid Amsterdam", "5 november 2025"],
        batch=135,
    ),
    Doc(
        "nl-nota-staatssecretaris-uitstel",
        "Nota aan de staatssecretaris\n"
        "Van: DGDOO / directie Digitale Samenleving\n"
        "Contactpersoon: Lotte Vermeulen, T 06 4318 2290\n"
        "Datum: 22 oktober 2025\n"
        "Kenmerk: 2025-0000614523\n"
        "\n"
        "Beslispunten\n"
        "1. Kunt u instemmen met het uitstellen van de aansluitplicht op het Digitaal Stelsel Omgevingswet voor\n"
        "gemeenten tot 1 juli 2026?\n"
        "\n"
        "Toelichting\n"
        "De VNG heeft op 14 oktober laten weten dat 112 gemeenten nog niet zijn aangesloten. Persoonlijk vind ik een\n"
        "kortere termijn verstandiger, omdat uitstel het signaal geeft dat de planning niet serieus is. Het advies van de\n"
        "directie is toch om in te stemmen met uitstel.\n"
        "\n"
        "Staatssecretaris Szabó heeft in het commissiedebat van 2 oktober toegezegd de Kamer voor het kerstreces te\n"
        "informeren.\n",
        redact=[("Lotte Vermeulen", "PERSON", E), ("06 4318 2290", "PHONE", E)],
        passages=[("Persoonlijk vind ik een\nkortere termijn verstandiger", "5.2.1"),
                  ("Het advies van de\ndirectie is toch", "5.2.1")],
        officials=["Szabó"],
        visible=["2025-0000614523", "VNG", "112 gemeenten", "directie Digitale Samenleving", "22 oktober 2025"],
        batch=135,
    ),
    Doc(
        "nl-bz-codebericht-wenen",
        "Van: Post Wenen\n"
        "Aan: DIE / DGPZ\n"
        "Rubricering: Stg. Confidentieel\n"
        "Datum: 30-09-2025\n"
        "\n"
        "Onderwerp: Oostenrijk / gesprek met kabinetschef BMEIA over Westelijke Balkan\n"
        "\n"
        "Ambassadeur Marjolein Hovens sprak op 29 september met de kabinetschef van de Oostenrijkse minister van\n"
        "Buitenlandse Zaken. De kabinetschef gaf in vertrouwen aan dat Wenen overweegt zijn steun aan de\n"
        "toetredingsonderhandelingen met Noord-Macedonië op te schorten zolang het taalgeschil met Bulgarije voortduurt.\n"
        "Hij verzocht uitdrukkelijk dit niet met andere lidstaten te delen.\n"
        "\n"
        "Commentaar Post: wij achten het raadzaam deze informatie alleen in Brussel bij de PV te gebruiken.\n"
        "\n"
        "Hovens\n",
        passages=[("Stg. Confidentieel", "5.1.1b"), ("gaf in vertrouwen aan", "5.1.2a"),
                  ("verzocht uitdrukkelijk dit niet met andere lidstaten te delen", "5.1.2a"),
                  ("wij achten het raadzaam", "5.2.1")],
        officials=["Ambassadeur |Marjolein Hovens|"],
        visible=["Post Wenen", "DIE / DGPZ", "BMEIA", "30-09-2025", "\n|Hovens|\n"],
        batch=135,
    ),
    Doc(
        "en-us-hhs-email-minor-sponsor",
        "From: Nguyen, Thao (HHS/ACF) <thao.nguyen@acf.hhs.gov>\n"
        "Sent: Tuesday, April 8, 2025 3:47 PM\n"
        "To: Delacroix-Boyd, Simone (HHS/ACF) <simone.delacroix-boyd@acf.hhs.gov>\n"
        "Cc: Whitfield, Marcus (HHS/OGC)\n"
        "Subject: FW: unaccompanied minor case - shelter transfer\n"
        "\n"
        "Simone,\n"
        "\n"
        "Forwarding below. The minor (A# 218-447-903) was moved from the Homestead facility after a medical screening\n"
        "found latent TB. The sponsor, his uncle Wilmer Ordóñez Castillo, lives at 1187 Palmetto Street, Apt 4,\n"
        "Brownsville, TX 78520 and can be reached at (956) 555-0182.\n"
        "\n"
        "Marcus - do we need to notify the Secretary's office before Thursday?\n"
        "\n"
        "Thao\n",
        redact=[("Nguyen, Thao", "PERSON", E), ("thao.nguyen@acf.hhs.gov", "EMAIL", E),
                ("Delacroix-Boyd, Simone", "PERSON", E), ("simone.delacroix-boyd@acf.hhs.gov", "EMAIL", E),
                ("Whitfield, Marcus", "PERSON", E), ("\n|Simone|,", "PERSON", E), ("218-447-903", "ID", E),
                ("Wilmer Ordóñez Castillo", "PERSON", E), ("1187 Palmetto Street, Apt 4", "ADDRESS", E),
                ("(956) 555-0182", "PHONE", E), ("\n|Marcus| -", "PERSON", E), ("\n|Thao|\n", "PERSON", E)],
        passages=[("found latent TB", SPECIAL)],
        visible=["Brownsville, TX", "Secretary's office", "HHS/ACF"],
        batch=135,
    ),
    Doc(
        "nl-brief-advocaat-aansprakelijkstelling",
        "Van Doorne Letselschade Advocaten\n"
        "Stationsweg 12\n"
        "6711 PM Ede\n"
        "\n"
        "Gemeente Ede\n"
        "t.a.v. het college van burgemeester en wethouders\n"
        "Postbus 9022\n"
        "6710 HK Ede\n"
        "\n"
        "Ede, 3 juni 2025\n"
        "Ons kenmerk: 2025/0187/ML\n"
        "Uw kenmerk: Z/25/118409\n"
        "\n"
        "Betreft: aansprakelijkstelling mevrouw S.M. Hazenberg-de Wit\n"
        "\n"
        "Geacht college,\n"
        "\n"
        "Namens mijn cliënte, mevrouw S.M. Hazenberg-de Wit, geboren 17 april 1961, stel ik uw gemeente aansprakelijk\n"
        "voor de schade die zij heeft geleden door haar val op 12 maart 2025 op het trottoir van de Bergstraat, waar een\n"
        "tegel los lag. Cliënte heeft daarbij haar heup gebroken en is twee weken opgenomen geweest.\n"
        "\n"
        "Ik verzoek u de schade te vergoeden op rekening NL23RABO0321995700 ten name van cliënte.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "mr. M. Lindhout\n"
        "advocaat\n",
        redact=[("S.M. Hazenberg-de Wit", "PERSON", E), ("17 april 1961", "DATE_OF_BIRTH", E),
                ("NL23RABO0321995700", "IBAN", E), ("M. Lindhout", "PERSON", E)],
        passages=[("haar heup gebroken", SPECIAL)],
        visible=["Van Doorne Letselschade Advocaten", "Stationsweg 12", "Postbus 9022", "Z/25/118409", "Bergstraat",
                 "12 maart 2025", "2025/0187/ML"],
        batch=135,
    ),
    Doc(
        "nl-melding-overbewoning-arbeidsmigranten",
        "Van: Klachtenmeldpunt Arbeidsmigranten <meldpunt@westland.nl>\n"
        "Aan: Team Handhaving Wonen\n"
        "Onderwerp: melding overbewoning Naaldwijk\n"
        "\n"
        "Melding ontvangen via telefoon op 18-08-2025.\n"
        "\n"
        "Melder: Agnieszka Wróblewska, tel. +48 512 447 193, werkt via uitzendbureau FlexPower bij een tuinder in\n"
        "Honselersdijk. Zij woont met 11 anderen in een woning aan de Dijkweg 54, 2671 MH Naaldwijk. Er zijn twee\n"
        "slaapkamers. Zij is zwanger en durft geen klacht in te dienen bij het uitzendbureau uit angst haar baan te\n"
        "verliezen.\n"
        "\n"
        "Melder wil anoniem blijven richting verhuurder (de heer T. Verbeek).\n"
        "\n"
        "Behandelaar: Kees Brouwer\n",
        redact=[("Agnieszka Wróblewska", "PERSON", E), ("+48 512 447 193", "PHONE", E),
                ("Dijkweg 54, 2671 MH", "ADDRESS", E), ("T. Verbeek", "PERSON", E), ("Kees Brouwer", "PERSON", E)],
        passages=[("Zij is zwanger", SPECIAL)],
        visible=["meldpunt@westland.nl", "Team Handhaving Wonen", "FlexPower", "Honselersdijk", "18-08-2025"],
        batch=135,
    ),
    Doc(
        "en-uk-grievance-outcome-letter",
        "PRIVATE AND CONFIDENTIAL\n"
        "\n"
        "Ms Priyanka Raghunathan\n"
        "Flat 7, Kestrel House\n"
        "41 Marsh Wall\n"
        "London E14 9TP\n"
        "\n"
        "14 July 2025\n"
        "\n"
        "Dear Priyanka,\n"
        "\n"
        "Outcome of your grievance\n"
        "\n"
        "Thank you for attending the grievance hearing on 2 July with your companion, Gareth Pugh. I have considered\n"
        "your complaint that your line manager, Declan Furlong, did not make the reasonable adjustments recommended by\n"
        "Occupational Health following your diagnosis of fibromyalgia.\n"
        "\n"
        "I uphold your grievance in part.\n"
        "\n"
        "Yours sincerely\n"
        "\n"
        "Harriet Oyelaran-Smith\n"
        "Deputy Director, People and Capability\n",
        redact=[("Priyanka Raghunathan", "PERSON", E), ("Dear |Priyanka|,", "PERSON", E),
                ("Flat 7, Kestrel House", "ADDRESS", E), ("41 Marsh Wall", "ADDRESS", E), ("E14 9TP", "ADDRESS", E),
                ("Gareth Pugh", "PERSON", E), ("Declan Furlong", "PERSON", E), ("Harriet Oyelaran-Smith", "PERSON", E)],
        passages=[("diagnosis of fibromyalgia", SPECIAL)],
        visible=["Deputy Director, People and Capability", "14 July 2025"],
        batch=135,
    ),
    Doc(
        "nl-mail-werkbezoek-gedeputeerde",
        "Van: Secretariaat Gedeputeerde Staten <secretariaatgs@gelderland.nl>\n"
        "Aan: Bram Veldhuizen <b.veldhuizen@gelderland.nl>\n"
        "Onderwerp: agenda werkbezoek Achterhoek\n"
        "\n"
        "Bram,\n"
        "\n"
        "Gedeputeerde Helga Witjes bezoekt op 19 november samen met commissaris van de Koning John Berends de\n"
        "Achterhoek. Ze spreken met burgemeester Joost van Oostrum van Berkelland en met de directie van Grolsch over de\n"
        "N18. Minister Madlener sluit om 15.00 uur aan.\n"
        "\n"
        "Kun jij de notitie van Ellen Groot-Vinkers bijvoegen?\n"
        "\n"
        "Groet,\n"
        "Marieke\n"
        "namens het secretariaat\n",
        redact=[("Bram Veldhuizen", "PERSON", E), ("b.veldhuizen@gelderland.nl", "EMAIL", E), ("\n|Bram|,", "PERSON", E),
                ("Ellen Groot-Vinkers", "PERSON", E), ("\n|Marieke|\n", "PERSON", E)],
        officials=["Helga Witjes", "John Berends", "Joost van Oostrum", "Madlener"],
        visible=["secretariaatgs@gelderland.nl", "Grolsch", "N18", "Achterhoek", "Berkelland", "Secretariaat Gedeputeerde Staten"],
        batch=135,
    ),
    Doc(
        "nl-ocr-bezwaarschrift-afvalstoffenheffing",
        "Bezwaarschrift\n"
        "Aan het college van B&W van de gemeente Heerenveen\n"
        "Postbus 15000\n"
        "8440 GA Heerenveen\n"
        "\n"
        "Naam: J . de Haan - Terpstra\n"
        "Adres : Burg. Kuperusplein 3 2\n"
        "8441 CL  Heerenveen\n"
        "Telefoon: 0513 - 62 84 17\n"
        "IBAN : NL03 INGB 1321 2488 00\n"
        "\n"
        "Hierbij maak ik bezwaar tegen de aanslag afvalstoffenheffing 2025. Ik woon sinds het overlijden van mijn man\n"
        "alleen en betaal nog steeds voor twee personen.\n"
        "\n"
        "Hoogachtend,\n"
        "J. de Haan-Terpstra\n",
        redact=[("J . de Haan - Terpstra", "PERSON", E), ("Burg. Kuperusplein 3 2\n8441 CL", "ADDRESS", E),
                ("0513 - 62 84 17", "PHONE", E), ("NL03 INGB 1321 2488 00", "IBAN", E),
                ("J. de Haan-Terpstra", "PERSON", E)],
        visible=["Postbus 15000", "8440 GA Heerenveen", "afvalstoffenheffing 2025"],
        batch=135,
    ),
    Doc(
        "en-us-police-incident-report",
        "METROPOLITAN POLICE DEPARTMENT\n"
        "Incident-Based Event Report    CCN: 25-118-447\n"
        "\n"
        "Reporting Officer: Ofc. Dana Whitlock #4471\n"
        "Complainant: LEROY BAPTISTE, B/M, DOB 06/14/1979\n"
        "Address: 1420 Rhode Island Ave NE, Apt 302, Washington, DC 20018\n"
        "Phone: 202-555-0147\n"
        "\n"
        "Narrative: C-1 stated that at approx. 0215 hrs an unknown suspect broke the rear window of his vehicle (DC tag\n"
        "FV-4418) and removed a laptop. C-1 stated he is a diabetic and the bag also contained his insulin.\n",
        redact=[("Dana Whitlock", "PERSON", E), ("LEROY BAPTISTE", "PERSON", E), ("06/14/1979", "DATE_OF_BIRTH", E),
                ("1420 Rhode Island Ave NE, Apt 302", "ADDRESS", E), ("202-555-0147", "PHONE", E),
                ("FV-4418", "LICENSE_PLATE", E)],
        passages=[("B/M", SPECIAL), ("he is a diabetic", SPECIAL)],
        visible=["METROPOLITAN POLICE DEPARTMENT", "25-118-447"],
        batch=135,
    ),
    # -- batch 136: written after the fixes for batch 135, before running anything
    Doc(
        "nl-ggd-bron-en-contactonderzoek",
        "GGD Gelderland-Zuid - Infectieziektebestrijding\n"
        "Bron- en contactonderzoek mazelen, casus 2025-0412\n"
        "\n"
        "Indexpatiënt: Ruben Hofman (7 jaar), leerling van groep 4 van basisschool De Regenboog in Tiel.\n"
        "Eerste ziektedag: 2 november 2025. Niet gevaccineerd op verzoek van de ouders (religieuze bezwaren).\n"
        "Ouders: Gerrit en Aaltje Hofman-van den Berg, Lingedijk 112, 4005 AG Tiel, tel. 0344 - 61 82 27.\n"
        "\n"
        "Contacten in het gezin: broer Jelle (4 jaar), eveneens niet gevaccineerd, koorts sinds 9 november.\n"
        "De huisarts, dokter Van Zanten, is geïnformeerd.\n"
        "\n"
        "Arts infectieziektebestrijding: Marloes Brinkman-Taal\n",
        redact=[("Ruben Hofman", "PERSON", E), ("Gerrit", "PERSON", E), ("Aaltje Hofman-van den Berg", "PERSON", E),
                ("Lingedijk 112, 4005 AG", "ADDRESS", E), ("0344 - 61 82 27", "PHONE", E), ("broer |Jelle|", "PERSON", E),
                ("dokter |Van Zanten|", "PERSON", E), ("Marloes Brinkman-Taal", "PERSON", E)],
        passages=[("religieuze bezwaren", SPECIAL), ("koorts sinds 9 november", SPECIAL)],
        visible=["GGD Gelderland-Zuid", "basisschool De Regenboog", "2025-0412"],
        batch=136,
    ),
    Doc(
        "nl-uwv-reintegratieverslag",
        "Plan van aanpak re-integratie (artikel 25 Wet verbetering poortwachter)\n"
        "\n"
        "Werkgever: Gemeente Apeldoorn, afdeling Stadsbeheer\n"
        "Werknemer: Sander Kuipers, personeelsnummer 118842\n"
        "Functie: medewerker groen\n"
        "Eerste ziektedag: 14 april 2025\n"
        "\n"
        "Volgens de bedrijfsarts (Arbo Unie, drs. F. Wolters) heeft de werknemer last van een hernia en mag hij niet\n"
        "tillen. Hij volgt fysiotherapie. Werknemer geeft aan dat hij ook slecht slaapt door de pijn.\n"
        "\n"
        "Afspraak: werknemer start op 1 juli met aangepast werk op kantoor, twee ochtenden per week.\n"
        "\n"
        "Leidinggevende: Nienke Postma\n",
        redact=[("Sander Kuipers", "PERSON", E), ("118842", "ID", E), ("F. Wolters", "PERSON", E),
                ("Nienke Postma", "PERSON", E)],
        passages=[("last van een hernia", SPECIAL), ("Hij volgt fysiotherapie", SPECIAL), ("slecht slaapt door de pijn", SPECIAL)],
        visible=["Gemeente Apeldoorn", "afdeling Stadsbeheer", "14 april 2025"],
        batch=136,
    ),
    Doc(
        "en-us-state-cable-release",
        "UNCLASSIFIED U.S. Department of State Case No. F-2023-08817 Doc No. C07741290 Date: 03/14/2025\n"
        "\n"
        "CONFIDENTIAL\n"
        "SUBJECT: MOLDOVA: DEPUTY FM ON TRANSNISTRIA TALKS\n"
        "\n"
        "1. (C) Deputy Foreign Minister Stanislav Gorun told Ambassador Kent Logsdon on March 2 that Chisinau had\n"
        "privately warned Tiraspol it would cut gas transit if the talks stalled. Gorun asked that this not be shared\n"
        "with the Ukrainians.\n"
        "\n"
        "2. (C) Comment: Post believes the government is bluffing, but Gorun's candor is notable.\n"
        "\n"
        "LOGSDON\n",
        passages=[("that Chisinau had\nprivately warned", "5.1.2a"),
                  ("asked that this not be shared", "5.1.2a"), ("Post believes the government is bluffing", "5.2.1")],
        officials=["Stanislav Gorun", "Kent Logsdon"],
        visible=["F-2023-08817", "C07741290", "MOLDOVA", "CONFIDENTIAL"],
        batch=136,
    ),
    Doc(
        "nl-raadsinformatiebrief-jeugdzorg",
        "Raadsinformatiebrief\n"
        "\n"
        "Onderwerp: stand van zaken inkoop jeugdzorg 2026\n"
        "Portefeuillehouder: wethouder Mirjam Bosman\n"
        "Datum: 4 november 2025\n"
        "\n"
        "Geachte leden van de raad,\n"
        "\n"
        "Met deze brief informeren wij u over de inkoop van jeugdzorg voor 2026. Kinderen met autisme of ADHD wachten\n"
        "in onze regio gemiddeld veertien weken op behandeling. Wij hebben met zeven aanbieders afspraken gemaakt om\n"
        "de wachtlijsten te verkorten.\n"
        "\n"
        "Het college van burgemeester en wethouders van Deventer,\n"
        "de secretaris, de burgemeester,\n"
        "\n"
        "Voor vragen: Tim Hendriksen, beleidsadviseur jeugd, t.hendriksen@deventer.nl\n",
        redact=[("Tim Hendriksen", "PERSON", E), ("t.hendriksen@deventer.nl", "EMAIL", E)],
        officials=["Mirjam Bosman"],
        visible=["Kinderen met autisme of ADHD", "zeven aanbieders", "Deventer"],
        batch=136,
    ),
    Doc(
        "nl-mail-intern-feiten-en-mening",
        "Van: Jasper Oudejans\n"
        "Aan: Fleur Dekkers; Maarten van Velzen\n"
        "Onderwerp: RE: cijfers handhaving vuurwerkverbod\n"
        "\n"
        "Fleur, Maarten,\n"
        "\n"
        "Hierbij de cijfers: in 2024 zijn 312 boetes uitgeschreven, tegen 198 in 2023. De politie heeft 41 mensen\n"
        "aangehouden. Ik denk eerlijk gezegd dat een landelijk verbod meer oplevert dan ons lokale verbod, maar dat is\n"
        "aan de burgemeester.\n"
        "\n"
        "Jasper\n",
        redact=[("Jasper Oudejans", "PERSON", E), ("Fleur Dekkers", "PERSON", E), ("Maarten van Velzen", "PERSON", E),
                ("\n|Fleur|, Maarten", "PERSON", E), ("Fleur, |Maarten|,", "PERSON", E), ("\n|Jasper|\n", "PERSON", E)],
        passages=[("Ik denk eerlijk gezegd dat een landelijk verbod meer oplevert", "5.2.1")],
        visible=["in 2024 zijn 312 boetes uitgeschreven", "De politie heeft 41 mensen\naangehouden"],
        batch=136,
    ),
    Doc(
        "en-scot-police-foi-ncnd-journalist",
        "Freedom of Information Request Reference No: 004417/25\n"
        "\n"
        "Dear Mr MacLeod,\n"
        "\n"
        "You asked whether Police Scotland holds information about covert surveillance of a named journalist.\n"
        "\n"
        "Police Scotland can neither confirm nor deny that it holds the information you have requested. Section 18(1)\n"
        "of the Freedom of Information (Scotland) Act 2002 applies where confirming or denying would be contrary to the\n"
        "public interest and information, if held, would be exempt under section 35(1)(a) (prevention or detection of\n"
        "crime).\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Aileen Drummond\n"
        "Information Management - Dundee\n",
        redact=[("Mr |MacLeod|,", "PERSON", E), ("Aileen Drummond", "PERSON", E)],
        visible=["Police Scotland", "covert surveillance", "neither confirm nor deny", "section 35(1)(a)",
                 "Information Management - Dundee", "004417/25"],
        batch=136,
    ),
    Doc(
        "nl-last-onder-dwangsom-eigenaar",
        "Aangetekend\n"
        "De heer W.J. Terlouw\n"
        "Hoofdstraat 7a\n"
        "3931 CD Woudenberg\n"
        "\n"
        "Onderwerp: last onder dwangsom, perceel Hoofdstraat 7a (kadastraal Woudenberg sectie C nummer 2291)\n"
        "\n"
        "Geachte heer Terlouw,\n"
        "\n"
        "Bij een controle op 9 september 2025 heeft onze toezichthouder, de heer R. Spaan, geconstateerd dat u zonder\n"
        "omgevingsvergunning een bijgebouw van 48 m² heeft gebouwd. Wij leggen u een last onder dwangsom op. U moet het\n"
        "bijgebouw voor 1 februari 2026 verwijderen. Doet u dat niet, dan verbeurt u een dwangsom van € 500 per week,\n"
        "tot een maximum van € 10.000.\n"
        "\n"
        "Burgemeester en wethouders van Woudenberg,\n"
        "namens dezen,\n"
        "\n"
        "ing. K.L. Vonk\n"
        "teamleider Vergunningverlening, Toezicht en Handhaving\n",
        redact=[("W.J. Terlouw", "PERSON", E), ("Hoofdstraat 7a\n3931 CD", "ADDRESS", E), ("heer |Terlouw|,", "PERSON", E),
                ("perceel |Hoofdstraat 7a| (", "ADDRESS", E),
                ("R. Spaan", "PERSON", E), ("K.L. Vonk", "PERSON", E)],
        visible=["€ 500 per week", "1 februari 2026", "teamleider Vergunningverlening, Toezicht en Handhaving"],
        batch=136,
    ),
    Doc(
        "nl-ind-voornemen-asiel-bekering",
        "Immigratie- en Naturalisatiedienst\n"
        "Voornemen tot afwijzing\n"
        "\n"
        "Naam: Mohammadi, Farhad\n"
        "Geboortedatum: 23-06-1996\n"
        "Nationaliteit: Iraanse\n"
        "V-nummer: 2718449302\n"
        "\n"
        "U heeft verklaard dat u in Iran bent bekeerd tot het christendom en daarom vervolging vreest. Tijdens het\n"
        "nader gehoor kon u weinig vertellen over uw nieuwe geloof. De IND acht uw bekering daarom niet geloofwaardig.\n"
        "\n"
        "Uw advocaat, mr. H. de Bruijn, kan binnen vier weken een zienswijze indienen.\n",
        redact=[("Mohammadi, Farhad", "PERSON", E), ("23-06-1996", "DATE_OF_BIRTH", E), ("2718449302", "ID", E),
                ("H. de Bruijn", "PERSON", E)],
        passages=[("bent bekeerd tot het christendom", SPECIAL)],
        visible=["Immigratie- en Naturalisatiedienst", "Iraanse"],
        batch=136,
    ),
    Doc(
        "nl-sms-export-wijkagent",
        "Export berichten - telefoon wijkagent\n"
        "\n"
        "09-10-2025 21:14 Van +31 6 12 73 40 98: Er staan weer jongeren bij het winkelcentrum met een scooter zonder\n"
        "kenteken. Ik denk dat die jongen van Bosman, Kevin, erbij is.\n"
        "09-10-2025 21:20 Aan +31 6 12 73 40 98: Dank u, ik rij erlangs.\n"
        "09-10-2025 22:02 Van +31 6 55 01 82 14: Met Truus van de Kapsalon. Er is bij ons ingebroken!\n",
        redact=[("+31 6 12 73 40 98", "PHONE", E), ("jongen van |Bosman|", "PERSON", E), ("Bosman, |Kevin|,", "PERSON", E),
                ("+31 6 55 01 82 14", "PHONE", E), ("Met |Truus|", "PERSON", E)],
        visible=["winkelcentrum", "Kapsalon"],
        batch=136,
    ),
    Doc(
        "nl-subsidiebeschikking-stichting",
        "Beschikking subsidieverlening\n"
        "\n"
        "Stichting Buurtkracht Overvecht\n"
        "t.a.v. mevrouw Samira Bouazza, penningmeester\n"
        "Vlampijpstraat 80\n"
        "3534 AR Utrecht\n"
        "\n"
        "Geachte mevrouw Bouazza,\n"
        "\n"
        "Wij verlenen uw stichting een subsidie van € 24.500 voor het project Samen Koken in 2026. Wij betalen het\n"
        "bedrag in twee termijnen uit.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "namens het college van burgemeester en wethouders van Utrecht,\n"
        "Erik Vermaat\n"
        "Teammanager Subsidies\n",
        redact=[("Samira Bouazza", "PERSON", E), ("mevrouw |Bouazza|,", "PERSON", E), ("Erik Vermaat", "PERSON", E)],
        visible=["Stichting Buurtkracht Overvecht", "Vlampijpstraat 80", "Samen Koken", "€ 24.500"],
        batch=136,
    ),
    Doc(
        "en-us-va-oig-hotline-email",
        "From: Kowalski, Brenda <Brenda.Kowalski@va.gov>\n"
        "To: OIG Hotline <vaoighotline@va.gov>\n"
        "Subject: complaint re: Dr. Feinberg\n"
        "\n"
        "I am a nurse on 4 West at the Togus VA Medical Center. On several occasions Dr. Alan Feinberg came to work\n"
        "smelling of alcohol. On October 3 he prescribed a veteran, Mr. Raymond Gagnon (last four 4471), twice the\n"
        "normal dose of oxycodone. Mr. Gagnon was admitted to the ICU the next day.\n"
        "\n"
        "Please keep my name confidential.\n"
        "Brenda Kowalski, RN\n",
        redact=[("Kowalski, Brenda", "PERSON", E), ("Brenda.Kowalski@va.gov", "EMAIL", E), ("Dr. |Feinberg|\n", "PERSON", E),
                ("Alan Feinberg", "PERSON", E), ("Raymond Gagnon", "PERSON", E), ("Mr. |Gagnon| was", "PERSON", E),
                ("Brenda Kowalski", "PERSON", E)],
        passages=[("came to work\nsmelling of alcohol", SPECIAL), ("twice the\nnormal dose of oxycodone", SPECIAL),
                  ("was admitted to the ICU", SPECIAL)],
        visible=["vaoighotline@va.gov", "Togus VA Medical Center", "4 West"],
        batch=136,
    ),
    Doc(
        "nl-verslag-stuurgroep-res-twente",
        "Verslag stuurgroep Regionale Energiestrategie Twente, 30 oktober 2025\n"
        "\n"
        "Aanwezig: gedeputeerde Hester Maij (Provincie Overijssel), wethouder Bert Kuiper (Hengelo), dijkgraaf Stefan\n"
        "Kuks (Vechtstromen), Joyce Lammers (programmamanager RES), Wessel Nijhof (secretaris)\n"
        "\n"
        "1. Zoekgebieden wind\n"
        "JL licht de kaart toe. De gedeputeerde wil eerst de uitkomst van het participatietraject afwachten. WN\n"
        "merkt op dat ambtelijk de voorkeur bestaat voor zoekgebied B, omdat daar minder woningen staan.\n",
        redact=[("Joyce Lammers", "PERSON", E), ("Wessel Nijhof", "PERSON", E), ("\n|JL| licht", "PERSON", E),
                ("WN\n", "PERSON", E)],
        passages=[("ambtelijk de voorkeur bestaat voor zoekgebied B", "5.2.1")],
        officials=["Hester Maij", "Bert Kuiper", "Stefan\nKuks"],
        visible=["Provincie Overijssel", "Vechtstromen", "Regionale Energiestrategie Twente"],
        batch=136,
    ),
    # -- batch 137: written after the fixes for batch 136, before running anything
    Doc(
        "nl-kamervragen-antwoord-azc",
        "Antwoord van minister Faber (Asiel en Migratie) op vragen van het lid Vijlbrief (D66) over de opvang in\n"
        "Ter Apel (ingezonden 12 augustus 2025)\n"
        "\n"
        "Vraag 1\n"
        "Bent u bekend met het bericht dat een asielzoeker uit Eritrea in Ter Apel drie nachten buiten heeft geslapen?\n"
        "\n"
        "Antwoord 1\n"
        "Ja. Het COA heeft mij laten weten dat de betrokkene inmiddels een bed heeft in de noodopvang in Zoutkamp. Ik\n"
        "ga niet in op individuele zaken.\n",
        officials=["Faber", "Vijlbrief"],
        visible=["Ter Apel", "Eritrea", "COA", "Zoutkamp", "12 augustus 2025", "asielzoeker"],
        batch=137,
    ),
    Doc(
        "nl-memo-advies-landsadvocaat-proceskansen",
        "Memo (intern, niet openbaar)\n"
        "Aan: plv. DG Klimaat\n"
        "Van: Directie Juridische Zaken, Hanna Overdijk\n"
        "Datum: 2 september 2025\n"
        "Betreft: hoger beroep Urgenda-vervolgzaak\n"
        "\n"
        "De landsadvocaat, mr. K. Teuben (Pels Rijcken), heeft op 28 augustus gesproken met onze directie. Wij schatten\n"
        "de kans dat het hof het vonnis vernietigt in op hooguit 30 procent. Mijn advies is daarom om geen hoger beroep\n"
        "in te stellen en de middelen te steken in de uitvoering van het vonnis.\n",
        redact=[("Hanna Overdijk", "PERSON", E), ("K. Teuben", "PERSON", E)],
        passages=[("Wij schatten\nde kans dat het hof het vonnis vernietigt in op hooguit 30 procent", "5.2.1"),
                  ("Mijn advies is daarom", "5.2.1")],
        visible=["plv. DG Klimaat", "Pels Rijcken", "Directie Juridische Zaken", "2 september 2025"],
        batch=137,
    ),
    Doc(
        "nl-mail-doorgestuurd-oorspronkelijk-bericht",
        "Van: Dirk-Jan Roelofsen <dj.roelofsen@rvo.nl>\n"
        "Verzonden: maandag 3 november 2025 09:41\n"
        "Aan: Eline Kraaijeveld <e.kraaijeveld@rvo.nl>\n"
        "Onderwerp: FW: klacht subsidieaanvraag\n"
        "\n"
        "Eline, kun jij deze oppakken? Hij heeft al drie keer gebeld.\n"
        "\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Hendrik Wubbels <h.wubbels@kpnmail.nl>\n"
        "Verzonden: vrijdag 31 oktober 2025 17:02\n"
        "Aan: info@rvo.nl\n"
        "Onderwerp: klacht subsidieaanvraag\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Mijn aanvraag voor de ISDE-subsidie (kenmerk ISDE25-114782) is na vijf maanden nog niet behandeld. Ik heb\n"
        "de warmtepomp al betaald van mijn spaargeld. Mijn telefoonnummer is 06-38271904.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "H. Wubbels\n"
        "Oude Rijksweg 18\n"
        "7951 DG Staphorst\n",
        redact=[("Dirk-Jan Roelofsen", "PERSON", E), ("dj.roelofsen@rvo.nl", "EMAIL", E), ("Eline Kraaijeveld", "PERSON", E),
                ("e.kraaijeveld@rvo.nl", "EMAIL", E), ("\n|Eline|, kun", "PERSON", E), ("Hendrik Wubbels", "PERSON", E),
                ("h.wubbels@kpnmail.nl", "EMAIL", E), ("06-38271904", "PHONE", E), ("H. Wubbels", "PERSON", E),
                ("Oude Rijksweg 18\n7951 DG", "ADDRESS", E)],
        visible=["info@rvo.nl", "ISDE-subsidie", "Staphorst"],
        batch=137,
    ),
    Doc(
        "nl-gespreksverslag-verzuim-zwangerschap",
        "Gespreksverslag verzuimgesprek\n"
        "Datum: 17 oktober 2025\n"
        "Aanwezig: Yvonne Starink (leidinggevende), Esra Doğan (medewerker), Peter van der Laan (HR-adviseur)\n"
        "\n"
        "Esra vertelt dat zij in augustus een miskraam heeft gehad en daarna somber is geworden. Zij slaapt slecht en\n"
        "heeft moeite zich te concentreren. De huisarts heeft haar doorverwezen naar een psycholoog.\n"
        "\n"
        "Afspraak: Esra werkt de komende twee weken 3 x 4 uur. Volgend gesprek op 31 oktober.\n",
        redact=[("Yvonne Starink", "PERSON", E), ("Esra Doğan", "PERSON", E), ("Peter van der Laan", "PERSON", E),
                ("\n|Esra| vertelt", "PERSON", E), ("Afspraak: |Esra| werkt", "PERSON", E)],
        passages=[("een miskraam heeft gehad", SPECIAL), ("doorverwezen naar een psycholoog", SPECIAL),
                  ("Zij slaapt slecht", SPECIAL)],
        visible=["17 oktober 2025", "31 oktober"],
        batch=137,
    ),
    Doc(
        "en-uk-submission-heat-pump-park-homes",
        "OFFICIAL-SENSITIVE\n"
        "\n"
        "From: Rachel Umeh, Deputy Director, Net Zero Buildings\n"
        "Date: 9 October 2025\n"
        "To: Minister Shanks\n"
        "\n"
        "HEAT PUMP GRANT: EXTENSION TO PARK HOMES\n"
        "\n"
        "Recommendation\n"
        "1. That you agree to extend the Boiler Upgrade Scheme to park homes from April 2026.\n"
        "\n"
        "Argument\n"
        "2. Officials consider that the risk of fraud is manageable. On balance we would not recommend a separate\n"
        "budget line, because the take-up is likely to be low.\n"
        "\n"
        "Contact: Ollie Marchetti, 020 7215 4471\n",
        redact=[("Rachel Umeh", "PERSON", E), ("Ollie Marchetti", "PERSON", E), ("020 7215 4471", "PHONE", E)],
        passages=[("Officials consider that the risk of fraud is manageable", "5.2.1"),
                  ("we would not recommend a separate\nbudget line", "5.2.1")],
        officials=["Shanks"],
        visible=["Boiler Upgrade Scheme", "Deputy Director, Net Zero Buildings", "OFFICIAL-SENSITIVE"],
        batch=137,
    ),
    Doc(
        "nl-mutatie-burenruzie-schagen",
        "Mutatie 2025-301187 - Burenruzie\n"
        "\n"
        "Melder: Ria Groeneveld, wonende Meidoornlaan 23, 1741 BK Schagen, tel. 0224-297513\n"
        "Betrokkene: Mark Heijstek, wonende Meidoornlaan 25\n"
        "\n"
        "Ter plaatse gesproken met beide partijen. Heijstek was zichtbaar onder invloed van alcohol en schreeuwde tegen\n"
        "de melder. Volgens de melder heeft hij psychische problemen en is hij onder behandeling bij GGZ Noord-Holland-\n"
        "Noord. Partijen gescheiden. Wijkagent Bakker wordt geïnformeerd.\n",
        redact=[("Ria Groeneveld", "PERSON", E), ("Meidoornlaan 23, 1741 BK", "ADDRESS", E), ("0224-297513", "PHONE", E),
                ("Mark Heijstek", "PERSON", E), ("Meidoornlaan 25", "ADDRESS", E), (". |Heijstek| was", "PERSON", E),
                ("Wijkagent |Bakker|", "PERSON", E)],
        passages=[("onder invloed van alcohol", SPECIAL), ("heeft hij psychische problemen", SPECIAL)],
        visible=["2025-301187", "Schagen"],
        batch=137,
    ),
    Doc(
        "nl-brief-burger-aan-minister",
        "Aan de minister van Volksgezondheid, Welzijn en Sport\n"
        "mevrouw Y.J. van Hijum\n"
        "Postbus 20350\n"
        "2500 EJ Den Haag\n"
        "\n"
        "Almelo, 6 oktober 2025\n"
        "\n"
        "Geachte minister Van Hijum,\n"
        "\n"
        "Ik schrijf u omdat mijn vrouw, Gerda, sinds haar beroerte in maart niet meer thuis kan wonen. Er is in Almelo\n"
        "een wachtlijst van een jaar voor het verpleeghuis. Ik ben zelf 81 en kan de zorg niet meer aan.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "B. ter Haar\n"
        "Sluitersveldssingel 140\n"
        "7604 XB Almelo\n",
        redact=[("mijn vrouw, |Gerda|,", "PERSON", E), ("B. ter Haar", "PERSON", E),
                ("Sluitersveldssingel 140\n7604 XB", "ADDRESS", E)],
        passages=[("sinds haar beroerte in maart", SPECIAL)],
        officials=["Y.J. van Hijum", "minister |Van Hijum|"],
        visible=["Postbus 20350", "2500 EJ Den Haag", "6 oktober 2025"],
        batch=137,
    ),
    Doc(
        "en-us-doj-usao-email",
        "From: Castellanos, Miguel (USAFLS)\n"
        "To: Brennan, Kathleen (USAFLS)\n"
        "Subject: US v. Darnell Pruitt - plea\n"
        "\n"
        "Kathleen,\n"
        "\n"
        "Defense counsel (Sabrina Ojeda) called. Pruitt will plead to count 2 if we drop the firearm enhancement. My view\n"
        "is we should take it; our cooperator's credibility is a problem at trial. U.S. Attorney Jason Reding Quiñones\n"
        "needs to sign off.\n"
        "\n"
        "Miguel\n",
        redact=[("Castellanos, Miguel", "PERSON", E), ("Brennan, Kathleen", "PERSON", E), ("Darnell Pruitt", "PERSON", E),
                ("\n|Kathleen|,", "PERSON", E), ("Sabrina Ojeda", "PERSON", E), ("\n|Miguel|\n", "PERSON", E),
                ("called. |Pruitt| will", "PERSON", E)],
        passages=[("will plead to count 2", SPECIAL), ("My view\nis we should take it", "5.2.1"),
                  ("our cooperator's credibility", "5.1.2c")],
        officials=["Jason Reding Quiñones"],
        visible=["USAFLS"],
        batch=137,
    ),
    Doc(
        "nl-veiligheidsplan-koningsdag",
        "Veiligheidsplan Koningsdag 2026 - gemeente Dordrecht (Stg. Confidentieel)\n"
        "\n"
        "Z.M. Koning Willem-Alexander en de Koninklijke familie arriveren om 10.15 uur per boot aan de Kuipershaven. De\n"
        "stoet loopt via de Voorstraat naar het Stadhuisplein. Het DKDB heeft twee uitwijkroutes vastgesteld: via de\n"
        "Wijnstraat en via de Grotekerksbuurt. Achter het Stadhuis staan twee voertuigen gereed voor een snelle evacuatie.\n"
        "\n"
        "Opsteller: Mark Ouwehand, adviseur openbare orde en veiligheid\n",
        redact=[("Mark Ouwehand", "PERSON", E)],
        passages=[("Stg. Confidentieel", "5.1.1b"), ("twee uitwijkroutes vastgesteld", "5.1.2h"),
                  ("staan twee voertuigen gereed voor een snelle evacuatie", "5.1.2h")],
        officials=["Willem-Alexander"],
        batch=137,
    ),
    Doc(
        "nl-aanbesteding-beoordelingsverslag",
        "Beoordelingsverslag Europese aanbesteding schoonmaakdiensten 2026-2030\n"
        "\n"
        "Beoordelingscommissie: Karin Hoogendoorn (inkoper), Rob Verhulst (facilitair manager), Sevda Yıldız (jurist)\n"
        "\n"
        "Inschrijver A (CleanForce B.V.) bood € 1.842.000; inschrijver B (Hago Nederland) bood € 1.915.500. CleanForce\n"
        "rekent met een uurtarief van € 31,40 en een winstopslag van 4 procent, zo blijkt uit de vertrouwelijk verstrekte\n"
        "kostprijsopbouw.\n"
        "\n"
        "De commissie adviseert de opdracht te gunnen aan inschrijver A.\n",
        redact=[("Karin Hoogendoorn", "PERSON", E), ("Rob Verhulst", "PERSON", E), ("Sevda Yıldız", "PERSON", E)],
        passages=[("rekent met een uurtarief van € 31,40 en een winstopslag van 4 procent", "5.1.1c"),
                  ("De commissie adviseert de opdracht te gunnen", "5.2.1")],
        visible=["CleanForce B.V.", "Hago Nederland"],
        batch=137,
    ),
    Doc(
        "nl-mail-handtekening-disclaimer",
        "Hoi Jeroen,\n"
        "\n"
        "Zoals besproken stuur ik je de planning voor de renovatie van de sporthal. Laat maar weten als er iets niet klopt.\n"
        "\n"
        "Groetjes,\n"
        "Annemarie Spijkerman\n"
        "Projectleider Vastgoed | Gemeente Zaanstad\n"
        "M 06 1928 4470 | a.spijkerman@zaanstad.nl\n"
        "linkedin.com/in/annemariespijkerman\n"
        "Ik werk niet op woensdag.\n"
        "\n"
        "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u\n"
        "verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen.\n",
        redact=[("Hoi |Jeroen|,", "PERSON", E), ("Annemarie Spijkerman", "PERSON", E), ("06 1928 4470", "PHONE", E),
                ("a.spijkerman@zaanstad.nl", "EMAIL", E), ("linkedin.com/in/annemariespijkerman", "SOCIAL_MEDIA", E)],
        visible=["Projectleider Vastgoed", "Gemeente Zaanstad", "Ik werk niet op woensdag", "de geadresseerde"],
        batch=137,
    ),
    Doc(
        "en-uk-nhs-complaint-response",
        "Patient Advice and Liaison Service\n"
        "Royal Cornwall Hospitals NHS Trust\n"
        "\n"
        "Our ref: PALS/25/8841\n"
        "\n"
        "Dear Mrs Trelawney,\n"
        "\n"
        "Re: your father, Mr Arthur Penrose, NHS number 186 091 3903\n"
        "\n"
        "Thank you for raising your concerns about your father's discharge from Phoenix Ward on 22 September. Dr Anika\n"
        "Sood, the consultant geriatrician, has reviewed his notes. She accepts that his pressure sore was not recorded\n"
        "on the discharge summary and apologises for this.\n"
        "\n"
        "Yours sincerely,\n"
        "Wendy Hosking\n"
        "PALS Officer\n",
        redact=[("Mrs |Trelawney|,", "PERSON", E), ("Arthur Penrose", "PERSON", E), ("186 091 3903", "ID", E),
                ("Anika\nSood", "PERSON", E), ("Wendy Hosking", "PERSON", E)],
        passages=[("his pressure sore", SPECIAL)],
        visible=["Royal Cornwall Hospitals NHS Trust", "PALS/25/8841", "Phoenix Ward", "PALS Officer"],
        batch=137,
    ),
    # -- batch 138: written after the fixes for batch 137, before running anything
    Doc(
        "nl-inventarislijst-woo-besluit",
        "Inventarislijst bij besluit op Woo-verzoek 2025-0871\n"
        "\n"
        "Nr.  Datum       Document                                              Beoordeling       Weigeringsgrond\n"
        "1    12-01-2024  E-mail van J. de Boer aan afdeling Verkeer            Deels openbaar    5.1.2e\n"
        "2    15-01-2024  Notitie over knip Stationsweg                         Deels openbaar    5.1.2e, 5.2.1\n"
        "3    02-02-2024  Brief van bewonerscommissie aan wethouder Tuinman     Openbaar\n"
        "4    19-02-2024  Verslag overleg met politie                           Niet openbaar     5.1.2c, 5.1.2e\n",
        redact=[("J. de Boer", "PERSON", E)],
        officials=["Tuinman"],
        visible=["Deels openbaar", "Niet openbaar", "5.1.2e", "5.2.1", "5.1.2c", "12-01-2024", "15-01-2024",
                 "afdeling Verkeer", "Stationsweg", "2025-0871"],
        batch=138,
    ),
    Doc(
        "nl-mt-verslag-actielijst",
        "Verslag MT Sociaal Domein, 11 november 2025\n"
        "Aanwezig: Pieter-Jan de Vos (voorzitter), Sanne Koopmans, Hakim El Idrissi, Marloes Vlug (notulen)\n"
        "\n"
        "3. Personeel\n"
        "Een medewerker van team Schuldhulp is langdurig ziek door een burn-out. HEI zoekt tijdelijke vervanging.\n"
        "\n"
        "Actielijst\n"
        "- PdV: bespreekt de begroting met wethouder Kramer (voor 1 december)\n"
        "- SK: stuurt de evaluatie rond\n",
        redact=[("Pieter-Jan de Vos", "PERSON", E), ("Sanne Koopmans", "PERSON", E), ("Hakim El Idrissi", "PERSON", E),
                ("Marloes Vlug", "PERSON", E), ("|HEI| zoekt", "PERSON", E), ("- |PdV|:", "PERSON", E),
                ("- |SK|:", "PERSON", E)],
        passages=[("langdurig ziek door een burn-out", SPECIAL)],
        officials=["Kramer"],
        visible=["MT Sociaal Domein"],
        batch=138,
    ),
    Doc(
        "nl-beschikking-bijstand-gezin",
        "Beschikking Participatiewet\n"
        "\n"
        "Aan: mevrouw S. Kartosen-Wongsodikromo\n"
        "BSN: 922129198\n"
        "Adres: Gravenstraat 88-2, 7511 BS Enschede\n"
        "\n"
        "U ontvangt vanaf 1 december 2025 een bijstandsuitkering als alleenstaande ouder. Uw kinderen Dewi (8) en Rayen (5)\n"
        "wonen bij u. Wij betalen de uitkering op rekening NL27ASNB0875412290.\n"
        "\n"
        "Omdat u schulden heeft bij de Belastingdienst en Menzis, verwijzen wij u naar de schuldhulpverlening.\n"
        "\n"
        "Consulent: Tom Leferink\n",
        redact=[("S. Kartosen-Wongsodikromo", "PERSON", E), ("922129198", "BSN", BSN_GROUND),
                ("Gravenstraat 88-2, 7511 BS", "ADDRESS", E), ("Dewi", "PERSON", E), ("Rayen", "PERSON", E),
                ("NL27ASNB0875412290", "IBAN", E), ("Tom Leferink", "PERSON", E)],
        visible=["Belastingdienst", "Menzis", "1 december 2025", "Enschede"],
        batch=138,
    ),
    Doc(
        "nl-handhaving-zzp-kvk-woonadres",
        "Rapport van bevindingen - controle Warenwet\n"
        "\n"
        "Bedrijf: Bakkerij Ton van Ooijen (eenmanszaak)\n"
        "KvK-nummer: 81734529\n"
        "Vestigingsadres: Dorpsstraat 14, 5241 EB Rosmalen (tevens woonadres eigenaar)\n"
        "Eigenaar: A.J.M. (Ton) van Ooijen\n"
        "\n"
        "Bij de controle op 4 november 2025 bleek dat de koelcel een temperatuur had van 11 graden. De eigenaar\n"
        "verklaarde dat de koelmachine sinds een week defect is.\n"
        "\n"
        "Toezichthouder: ing. Bas Hoefnagels, NVWA\n",
        redact=[("Ton van Ooijen", "PERSON", E), ("81734529", "ID", E), ("Dorpsstraat 14, 5241 EB", "ADDRESS", E),
                ("A.J.M. (Ton) van Ooijen", "PERSON", E), ("Bas Hoefnagels", "PERSON", E)],
        visible=["Warenwet", "11 graden", "NVWA", "Rosmalen"],
        batch=138,
    ),
    Doc(
        "en-us-fbi-fd302-interview",
        "FD-302\n"
        "FEDERAL BUREAU OF INVESTIGATION\n"
        "\n"
        "Date of entry 06/03/2025\n"
        "\n"
        "TERRENCE WAYNE HOLLIS, date of birth 11/22/1984, Social Security Account Number 219-45-8837, was interviewed at\n"
        "his residence, 2210 Poplar Ridge Drive, Knoxville, Tennessee. After being advised of the identity of the\n"
        "interviewing Agents, HOLLIS provided the following information:\n"
        "\n"
        "HOLLIS stated that his former supervisor, DENISE ARCENEAUX, asked him to delete the shipping records in\n"
        "February. HOLLIS has been treated for depression since his divorce.\n",
        redact=[("TERRENCE WAYNE HOLLIS", "PERSON", E), ("11/22/1984", "DATE_OF_BIRTH", E), ("219-45-8837", "SSN", E),
                ("2210 Poplar Ridge Drive", "ADDRESS", E), ("Agents, |HOLLIS| provided", "PERSON", E), ("\n|HOLLIS| stated", "PERSON", E),
                ("DENISE ARCENEAUX", "PERSON", E), ("February. |HOLLIS| has", "PERSON", E)],
        passages=[("has been treated for depression", SPECIAL)],
        visible=["FEDERAL BUREAU OF INVESTIGATION", "Knoxville, Tennessee"],
        batch=138,
    ),
    Doc(
        "nl-bezoekersregistratie-ministerie",
        "Bezoekersregistratie Ministerie van Justitie en Veiligheid, Turfmarkt 147 - 14 oktober 2025\n"
        "\n"
        "Naam                  Organisatie             Bezoekt               Binnen   Pasnummer\n"
        "Joris Ackermans       Accenture               DG Migratie           09:12    B-2231\n"
        "Fenna Altena          eigen titel             Kabinet minister      10:45    B-2237\n"
        "Sergio Monteiro       Vluchtelingenwerk       DG Migratie           13:30    B-2240\n",
        redact=[("Joris Ackermans", "PERSON", E), ("Fenna Altena", "PERSON", E), ("Sergio Monteiro", "PERSON", E)],
        visible=["Accenture", "Vluchtelingenwerk", "DG Migratie", "Turfmarkt 147", "Kabinet minister"],
        batch=138,
    ),
    Doc(
        "en-nl-email-counterpart-visit",
        "From: Sophie Kerkhoven <sophie.kerkhoven@minbuza.nl>\n"
        "To: 'Ana Ferreira' <ana.ferreira@mne.gov.pt>\n"
        "Subject: Visit Minister Van Weel to Lisbon\n"
        "\n"
        "Dear Ana,\n"
        "\n"
        "Following our call, Minister Van Weel would be happy to meet Minister Rangel on 20 January. Could you let me\n"
        "know whether the press may attend? Our ambassador, Ms Hilde Bakker-Rousseau, will join.\n"
        "\n"
        "Kind regards,\n"
        "Sophie Kerkhoven\n"
        "Policy officer Southern Europe\n",
        redact=[("Sophie Kerkhoven", "PERSON", E), ("sophie.kerkhoven@minbuza.nl", "EMAIL", E), ("Ana Ferreira", "PERSON", E),
                ("ana.ferreira@mne.gov.pt", "EMAIL", E), ("Dear |Ana|,", "PERSON", E)],
        officials=["Van Weel", "Rangel", "Hilde Bakker-Rousseau"],
        visible=["Lisbon", "20 January", "Policy officer Southern Europe"],
        batch=138,
    ),
    Doc(
        "nl-afwijzing-parkeerontheffing-medisch",
        "Geachte heer Lammertink,\n"
        "\n"
        "U vraagt een gehandicaptenparkeerkaart aan. Uit het advies van de keuringsarts blijkt dat u met krukken meer\n"
        "dan 100 meter kunt lopen. Daarom wijzen wij uw aanvraag af.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Femke Rozendaal\n"
        "team Vergunningen, gemeente Hengelo\n",
        redact=[("heer |Lammertink|,", "PERSON", E), ("Femke Rozendaal", "PERSON", E)],
        passages=[("u met krukken meer\ndan 100 meter kunt lopen", SPECIAL)],
        visible=["gehandicaptenparkeerkaart", "team Vergunningen, gemeente Hengelo"],
        batch=138,
    ),
    Doc(
        "nl-interne-app-groep-wethouder-opvattingen",
        "[21-10-2025 08:02] Wethouder Dijksma: Ik vind het voorstel van de VVD eerlijk gezegd onzin. Niet doorsturen.\n"
        "[21-10-2025 08:05] Gijs Houtkamp: Ambtelijk zien we wel risico's bij de uitvoering, maar het is te doen.\n"
        "[21-10-2025 08:07] Nadia: Ik zet het op de agenda van het college van dinsdag.\n",
        redact=[("Gijs Houtkamp", "PERSON", E), ("] |Nadia|:", "PERSON", E)],
        passages=[("Ik vind het voorstel van de VVD eerlijk gezegd onzin", "5.2.1"),
                  ("Ambtelijk zien we wel risico's bij de uitvoering", "5.2.1")],
        officials=["Dijksma"],
        visible=["college van dinsdag"],
        batch=138,
    ),
    Doc(
        "en-uk-fcdo-diptel-extract",
        "OFFICIAL-SENSITIVE\n"
        "FROM: BRITISH EMBASSY ABUJA\n"
        "TO: FCDO LONDON\n"
        "\n"
        "SUMMARY\n"
        "1. The National Security Adviser told HMA in confidence that the government expects further attacks in Kaduna\n"
        "State before the elections. He did not want this to reach the Nigerian press.\n"
        "\n"
        "COMMENT\n"
        "2. We assess that the NSA is preparing the ground for emergency rule. I recommend we do not raise this publicly.\n"
        "\n"
        "MONTGOMERY\n",
        passages=[("told HMA in confidence", "5.1.2a"), ("did not want this to reach the Nigerian press", "5.1.2a"),
                  ("We assess that the NSA is preparing the ground", "5.2.1"), ("I recommend we do not raise this publicly", "5.2.1")],
        visible=["BRITISH EMBASSY ABUJA", "FCDO LONDON"],
        batch=138,
    ),
    # -- batch 139: written after the fixes for batch 138, before running anything
    Doc(
        "nl-verslag-hoorzitting-bezwaar-wmo",
        "Verslag hoorzitting Commissie bezwaarschriften gemeente Amersfoort\n"
        "Zaak: BZ-2025-0611, bezwaar tegen afwijzing huishoudelijke hulp\n"
        "\n"
        "Aanwezig namens bezwaarmaker: mevrouw Gerdien Smeenk-Blom (bezwaarmaker) en haar dochter Ilse Smeenk\n"
        "Namens het college: Thijs Oudshoorn, Wmo-consulent\n"
        "\n"
        "Mevrouw Smeenk-Blom licht toe dat zij sinds haar heupoperatie niet meer kan stofzuigen en dat haar dochter\n"
        "in Groningen woont. Zij gebruikt morfine tegen de pijn. De heer Oudshoorn stelt dat de aanvraag is afgewezen\n"
        "omdat de dochter volgens het keukentafelgesprek wekelijks komt.\n",
        redact=[("Gerdien Smeenk-Blom", "PERSON", E), ("Ilse Smeenk", "PERSON", E), ("Thijs Oudshoorn", "PERSON", E),
                ("Mevrouw |Smeenk-Blom| licht", "PERSON", E), ("heer |Oudshoorn|", "PERSON", E)],
        passages=[("sinds haar heupoperatie", SPECIAL), ("Zij gebruikt morfine tegen de pijn", SPECIAL)],
        visible=["BZ-2025-0611", "Commissie bezwaarschriften"],
        batch=139,
    ),
    Doc(
        "nl-melding-vermoeden-integriteitsschending",
        "Melding vermoeden integriteitsschending (vertrouwelijk)\n"
        "\n"
        "Melder: Nicole Verbrugge, medewerker inkoop (wil anoniem blijven)\n"
        "Betrokkene: Ronald Smits, teamleider facilitair\n"
        "\n"
        "De melder heeft gezien dat de heer Smits in 2024 drie keer een opdracht gunde aan het bedrijf van zijn zwager,\n"
        "Van Dongen Installatietechniek, zonder offertes op te vragen. Zij vreest voor haar positie als dit uitkomt.\n"
        "\n"
        "Vertrouwenspersoon: Ingrid Hamers\n",
        redact=[("Nicole Verbrugge", "PERSON", E), ("Ronald Smits", "PERSON", E), ("heer |Smits| in", "PERSON", E),
                ("Ingrid Hamers", "PERSON", E)],
        visible=["Van Dongen Installatietechniek"],
        batch=139,
    ),
    Doc(
        "en-us-foia-request-journalist",
        "From: Priya Chandrasekaran <pchandrasekaran@propublica.org>\n"
        "Sent: Wednesday, August 6, 2025 10:14 AM\n"
        "To: FOIA Requests <foia@ice.dhs.gov>\n"
        "Subject: FOIA request - detention contracts, Delaney Hall\n"
        "\n"
        "To the FOIA Officer:\n"
        "\n"
        "Pursuant to the Freedom of Information Act, I request copies of all contracts and modifications between ICE and\n"
        "GEO Group for the operation of Delaney Hall in Newark, NJ, from January 1, 2024 to the present. I am a\n"
        "reporter and request a fee waiver. You can reach me at (646) 555-0133.\n"
        "\n"
        "Priya Chandrasekaran\n"
        "ProPublica\n",
        redact=[("Priya Chandrasekaran", "PERSON", E), ("pchandrasekaran@propublica.org", "EMAIL", E),
                ("(646) 555-0133", "PHONE", E)],
        visible=["foia@ice.dhs.gov", "GEO Group", "Delaney Hall", "ProPublica", "Newark, NJ"],
        batch=139,
    ),
    Doc(
        "nl-conceptrapport-inspectie-onderwijs",
        "Inspectie van het Onderwijs - conceptrapport kwaliteitsonderzoek (niet openbaar)\n"
        "Bestuur: Stichting Kind en Wereld\n"
        "School: obs De Vlonder, Hoogeveen\n"
        "Directeur: Margreet Zwiers\n"
        "\n"
        "De inspectie beoordeelt de kwaliteit van het onderwijs voorlopig als onvoldoende. Het definitieve oordeel\n"
        "volgt na het hoor en wederhoor. De inspectie overweegt het bestuur een herstelopdracht te geven voor het\n"
        "leesonderwijs.\n",
        redact=[("Margreet Zwiers", "PERSON", E)],
        passages=[("beoordeelt de kwaliteit van het onderwijs voorlopig als onvoldoende", "5.1.2d"),
                  ("overweegt het bestuur een herstelopdracht te geven", "5.1.2d")],
        visible=["Stichting Kind en Wereld", "obs De Vlonder", "Hoogeveen", "Inspectie van het Onderwijs"],
        batch=139,
    ),
    Doc(
        "nl-brief-rechtbank-griffie",
        "Rechtbank Gelderland\n"
        "Team bestuursrecht\n"
        "Postbus 9030, 6800 EM Arnhem\n"
        "\n"
        "Zaaknummer: ARN 25/4417\n"
        "Eiser: R.M. Klein Gunnewiek\n"
        "Verweerder: het college van burgemeester en wethouders van Doetinchem\n"
        "\n"
        "De rechtbank deelt u mee dat het beroep wordt behandeld op de zitting van 12 januari 2026 om 10.30 uur.\n"
        "\n"
        "De griffier,\n"
        "mr. E.A. Voskuilen\n",
        redact=[("R.M. Klein Gunnewiek", "PERSON", E)],
        officials=["E.A. Voskuilen"],
        visible=["Rechtbank Gelderland", "ARN 25/4417", "Postbus 9030, 6800 EM Arnhem", "Doetinchem",
                 "12 januari 2026"],
        batch=139,
    ),
    Doc(
        "nl-mail-cc-lijst-extern",
        "Van: Projectbureau A12 <projectbureau.a12@rws.nl>\n"
        "Aan: Wouter Hekkelman <w.hekkelman@rws.nl>; Gijs van 't Hullenaar <gijs@vanthullenaar-advies.nl>\n"
        "CC: Marjan Oosterveen <marjan.oosterveen@utrecht.nl>; secretariaat@gemeentebunnik.nl;\n"
        "    Hüseyin Aksoy <h.aksoy@arcadis.com>\n"
        "Onderwerp: uitnodiging bewonersavond 20 november\n"
        "\n"
        "Allen,\n"
        "\n"
        "Hierbij de uitnodiging voor de bewonersavond in Bunnik. Hüseyin, wil jij de kaarten meenemen?\n",
        redact=[("Wouter Hekkelman", "PERSON", E), ("w.hekkelman@rws.nl", "EMAIL", E), ("Gijs van 't Hullenaar", "PERSON", E),
                ("gijs@vanthullenaar-advies.nl", "EMAIL", E), ("Marjan Oosterveen", "PERSON", E),
                ("marjan.oosterveen@utrecht.nl", "EMAIL", E), ("Hüseyin Aksoy", "PERSON", E), ("h.aksoy@arcadis.com", "EMAIL", E),
                ("Bunnik. |Hüseyin|,", "PERSON", E)],
        visible=["projectbureau.a12@rws.nl", "secretariaat@gemeentebunnik.nl", "Projectbureau A12"],
        batch=139,
    ),
    Doc(
        "en-uk-safeguarding-referral",
        "MULTI-AGENCY REFERRAL FORM - CHILDREN'S SOCIAL CARE\n"
        "\n"
        "Child's name: Kayden Mitchell-Oyelaran\n"
        "Date of birth: 14/05/2016\n"
        "School: St Barnabas CofE Primary\n"
        "Referrer: Mrs J. Ashby, Designated Safeguarding Lead\n"
        "\n"
        "Concerns: Kayden arrived with bruising to his upper arm and said his mum's boyfriend grabbed him. Mum (Tasha\n"
        "Mitchell) has told staff she is struggling with her mental health.\n",
        redact=[("Kayden Mitchell-Oyelaran", "PERSON", E), ("14/05/2016", "DATE_OF_BIRTH", E), ("J. Ashby", "PERSON", E),
                ("Concerns: |Kayden| arrived", "PERSON", E), ("Tasha\nMitchell", "PERSON", E)],
        passages=[("his mum's boyfriend grabbed him", SPECIAL), ("she is struggling with her mental health", SPECIAL)],
        visible=["St Barnabas CofE Primary", "Designated Safeguarding Lead"],
        batch=139,
    ),
    Doc(
        "nl-notitie-nctv-dreiging-evenement",
        "NCTV - Directie Dreigingsanalyse\n"
        "Notitie (Dep. Vertrouwelijk)\n"
        "\n"
        "Een partnerdienst meldt dat een persoon uit het jihadistische netwerk in Eindhoven zich interesseert voor de\n"
        "opening van het nieuwe stadion. Er is geen concrete aanwijzing voor een aanslag. Wij adviseren de burgemeester\n"
        "de beveiliging van de ingangen aan de noordzijde te verzwaren.\n",
        passages=[("Dep. Vertrouwelijk", "5.1.1b"), ("Een partnerdienst meldt", "5.1.1b"),
                  ("Wij adviseren de burgemeester", "5.2.1")],
        visible=["NCTV - Directie Dreigingsanalyse"],
        batch=139,
    ),
    Doc(
        "nl-kamerbrief-aanbieding-rapport",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Postbus 20018\n"
        "2500 EA Den Haag\n"
        "\n"
        "Datum 14 november 2025\n"
        "Betreft Aanbieding rapport Staat van de woningmarkt\n"
        "\n"
        "Hierbij bied ik u het rapport Staat van de woningmarkt 2025 aan. Ik vind de uitkomsten zorgelijk: het tekort is\n"
        "opgelopen tot 401.000 woningen. Ik zal de Kamer voor de zomer informeren over aanvullende maatregelen.\n"
        "\n"
        "De minister van Volkshuisvesting en Ruimtelijke Ordening,\n"
        "\n"
        "Mona Keijzer\n",
        officials=["Mona Keijzer"],
        visible=["Ik vind de uitkomsten zorgelijk", "401.000 woningen", "Postbus 20018"],
        batch=139,
    ),
    Doc(
        "nl-dossier-curacaose-namen-schuldhulp",
        "Intakeverslag schuldhulpverlening\n"
        "\n"
        "Cliënt: Rosalie Martina-Isenia, geboren 03-09-1979 te Willemstad\n"
        "Partner: Ruthsel Wawoe\n"
        "Adres: Pinasstraat 37, 3011 XV Rotterdam\n"
        "\n"
        "Mevrouw Martina heeft een schuld van € 18.400 bij diverse schuldeisers. De heer Wawoe zit sinds juni in\n"
        "detentie. Zij heeft twee kinderen, Jurrick (12) en Shanaya (9).\n"
        "\n"
        "Schuldhulpverlener: Danielle Brouwer-Akkermans\n",
        redact=[("Rosalie Martina-Isenia", "PERSON", E), ("03-09-1979", "DATE_OF_BIRTH", E), ("Ruthsel Wawoe", "PERSON", E),
                ("Pinasstraat 37, 3011 XV", "ADDRESS", E), ("Mevrouw |Martina| heeft", "PERSON", E),
                ("heer |Wawoe| zit", "PERSON", E), ("Jurrick", "PERSON", E), ("Shanaya", "PERSON", E),
                ("Danielle Brouwer-Akkermans", "PERSON", E)],
        passages=[("zit sinds juni in\ndetentie", SPECIAL)],
        visible=["Willemstad", "€ 18.400", "Rotterdam"],
        batch=139,
    ),
    # -- batch 140: written after the fixes for batch 139, before running anything
    Doc(
        "nl-whatsapp-android-export-buurtpreventie",
        "12-09-25 22:41 - Marco Tuinstra: Er loopt een man met een capuchon bij de garageboxen achter de Lindelaan\n"
        "12-09-25 22:43 - Anneke: Ik zie hem ook. Hij probeert deuren\n"
        "12-09-25 22:44 - +31 6 41 08 77 52: Politie gebeld\n"
        "12-09-25 22:58 - Marco Tuinstra: Agent zegt dat het Dennis de Graaf was, die is net vrij uit Nieuwersluis\n",
        redact=[("Marco Tuinstra", "PERSON", E), ("- |Anneke|:", "PERSON", E), ("+31 6 41 08 77 52", "PHONE", E),
                ("Dennis de Graaf", "PERSON", E)],
        passages=[("die is net vrij uit Nieuwersluis", SPECIAL)],
        visible=["Lindelaan", "garageboxen"],
        batch=140,
    ),
    Doc(
        "en-us-email-signature-pronouns",
        "From: Okonkwo-Reyes, Danielle <danielle.okonkwo-reyes@hud.gov>\n"
        "To: Fitzgerald, Sean <sean.fitzgerald@hud.gov>\n"
        "Subject: RE: Section 8 complaint\n"
        "\n"
        "Sean - the tenant, Mr. Luis Arroyo, says the landlord has not fixed the mold for six months and his daughter's\n"
        "asthma got worse. I'll call him tomorrow.\n"
        "\n"
        "Danielle Okonkwo-Reyes (she/her)\n"
        "Fair Housing Specialist\n"
        "Desk: 202-402-7719 | Cell: 202-555-0198\n",
        redact=[("Okonkwo-Reyes, Danielle", "PERSON", E), ("danielle.okonkwo-reyes@hud.gov", "EMAIL", E),
                ("Fitzgerald, Sean", "PERSON", E), ("sean.fitzgerald@hud.gov", "EMAIL", E), ("\n|Sean| -", "PERSON", E),
                ("Luis Arroyo", "PERSON", E), ("Danielle Okonkwo-Reyes", "PERSON", E), ("202-402-7719", "PHONE", E),
                ("202-555-0198", "PHONE", E)],
        passages=[("his daughter's\nasthma got worse", SPECIAL)],
        visible=["Fair Housing Specialist", "Section 8"],
        batch=140,
    ),
    Doc(
        "nl-pv-verhoor-getuige-vraag-antwoord",
        "PROCES-VERBAAL VAN VERHOOR GETUIGE\n"
        "\n"
        "Naam getuige: Sofie Lambrechts\n"
        "Geboren: 02-12-1990\n"
        "\n"
        "V: Wat heeft u gezien?\n"
        "A: Ik zag dat de bestuurder van de grijze Golf, een jongen die ik ken als Youri, tegen de fietser aanreed. De\n"
        "fietser, een oudere man, bleef liggen. Youri is daarna weggereden.\n"
        "V: Kent u Youri van naam?\n"
        "A: Ja, Youri Hendriksen. Hij woont bij mij in de straat.\n",
        redact=[("Sofie Lambrechts", "PERSON", E), ("02-12-1990", "DATE_OF_BIRTH", E), ("ken als |Youri|", "PERSON", E),
                ("liggen. |Youri| is", "PERSON", E), ("Kent u |Youri| van", "PERSON", E), ("Youri Hendriksen", "PERSON", E)],
        passages=[("is daarna weggereden", SPECIAL)],
        visible=["grijze Golf"],
        batch=140,
    ),
    Doc(
        "nl-agenda-bewonersavond-tijden",
        "Programma bewonersavond windpark Nieuwe Hemweg, 3 december 2025\n"
        "\n"
        "19:30  Opening door burgemeester Femke Halsema\n"
        "19:40  Toelichting plannen door projectleider Ruben Oosthoek (gemeente Amsterdam)\n"
        "20:00  Reactie namens de bewoners door Gerard Plomp (Westerpark)\n"
        "20:30  Vragen uit de zaal, gespreksleider Nadia Bouras\n",
        redact=[("Ruben Oosthoek", "PERSON", E), ("Gerard Plomp", "PERSON", E), ("Nadia Bouras", "PERSON", E)],
        officials=["Femke Halsema"],
        visible=["gemeente Amsterdam", "Westerpark", "Nieuwe Hemweg", "19:30", "20:00"],
        batch=140,
    ),
    Doc(
        "nl-contactlijst-pipe-tabel",
        "Contactlijst crisisteam hoogwater\n"
        "\n"
        "| Naam               | Functie                      | Telefoon        |\n"
        "|--------------------|------------------------------|-----------------|\n"
        "| Hanneke Wolters    | Operationeel leider          | 06 2371 8840    |\n"
        "| Bart Poelman       | Communicatieadviseur         | 06 5518 2093    |\n"
        "| Wachtdienst RWS    | Verkeerscentrale             | 0800 8002       |\n",
        redact=[("Hanneke Wolters", "PERSON", E), ("06 2371 8840", "PHONE", E), ("Bart Poelman", "PERSON", E),
                ("06 5518 2093", "PHONE", E)],
        visible=["Wachtdienst RWS", "Verkeerscentrale", "0800 8002", "Operationeel leider", "Communicatieadviseur"],
        batch=140,
    ),
    Doc(
        "nl-klacht-over-baliemedewerker",
        "Klachtformulier gemeente Leeuwarden\n"
        "\n"
        "Naam: Hiltsje Boersma\n"
        "E-mail: hiltsje.boersma@outlook.com\n"
        "\n"
        "Omschrijving: Op 4 november was ik aan de balie van Burgerzaken voor een nieuw paspoort. De mevrouw achter de\n"
        "balie, Sandra volgens haar naambordje, was erg onvriendelijk en zei dat ik maar beter Nederlands moest leren.\n",
        redact=[("Hiltsje Boersma", "PERSON", E), ("hiltsje.boersma@outlook.com", "EMAIL", E), ("balie, |Sandra| volgens", "PERSON", E)],
        visible=["Burgerzaken", "4 november"],
        batch=140,
    ),
    Doc(
        "en-uk-linkedin-message-export",
        "LinkedIn message, 3 March 2025\n"
        "From: Callum Fraser-Whyte\n"
        "To: Eleanor Hartigan\n"
        "\n"
        "Hi Eleanor, great to meet you at the DSIT roundtable. As I mentioned, our client would be keen to brief the\n"
        "Secretary of State, Peter Kyle, on AI assurance before the consultation closes. Happy to set up a call.\n"
        "\n"
        "Callum\n",
        redact=[("Callum Fraser-Whyte", "PERSON", E), ("Eleanor Hartigan", "PERSON", E), ("Hi |Eleanor|,", "PERSON", E),
                ("\n|Callum|\n", "PERSON", E)],
        officials=["Peter Kyle"],
        visible=["DSIT", "3 March 2025"],
        batch=140,
    ),
    Doc(
        "nl-ocr-brief-afbreekstreepjes",
        "Ge-\n"
        "achte heer Ver-\n"
        "meulen,\n"
        "\n"
        "Naar aanleiding van uw brief van 14 okto-\n"
        "ber jl. delen wij u mee dat uw aanvraag voor een urgentie-\n"
        "verklaring is afgewezen. U kunt bezwaar maken bij het college.\n"
        "\n"
        "Hoogachtend,\n"
        "namens het college,\n"
        "J.W. Hoekstra-\n"
        "Tilstra\n",
        redact=[("Ver-\nmeulen", "PERSON", E), ("J.W. Hoekstra-\nTilstra", "PERSON", E)],
        visible=["urgentie-\nverklaring", "14 okto-\nber"],
        batch=140,
    ),
    Doc(
        "nl-mail-ta-bcc",
        "Van: Lotte Brinkhuis <l.brinkhuis@denhaag.nl>\n"
        "Aan: Stichting Haagse Voedselbank <info@voedselbankdenhaag.nl>\n"
        "Bcc: Remco Stam <remco.stam@denhaag.nl>\n"
        "Onderwerp: t.a.v. de heer K. Achahbar - subsidie 2026\n"
        "\n"
        "Geachte heer Achahbar,\n"
        "\n"
        "Hierbij de beschikking voor 2026. Het subsidiebedrag is gelijk aan dat van vorig jaar.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Lotte Brinkhuis\n"
        "Accountmanager Subsidies\n",
        redact=[("Lotte Brinkhuis", "PERSON", E), ("l.brinkhuis@denhaag.nl", "EMAIL", E), ("Remco Stam", "PERSON", E),
                ("remco.stam@denhaag.nl", "EMAIL", E), ("K. Achahbar", "PERSON", E), ("heer |Achahbar|,", "PERSON", E)],
        visible=["Stichting Haagse Voedselbank", "info@voedselbankdenhaag.nl", "Accountmanager Subsidies"],
        batch=140,
    ),
    Doc(
        "nl-notitie-handgeschreven-ocr-buurvrouw",
        "Aantekeningen huisbezoek 7/11\n"
        "- gesprek met mw. Y. (buurvrouw, nr. 12): hoort vaak geschreeuw, denkt dat er gedronken wordt\n"
        "- dhr. K. Bos (bewoner nr. 14) niet thuis, kaartje achtergelaten\n"
        "- vervolg: melding doorzetten naar Veilig Thuis\n",
        redact=[("mw. |Y.|", "PERSON", E), ("K. Bos", "PERSON", E)],
        passages=[("denkt dat er gedronken wordt", SPECIAL)],
        visible=["Veilig Thuis", "7/11"],
        batch=140,
    ),
    # -- batch 141: written after the fixes for batch 140, before running anything
    Doc(
        "nl-besluit-zienswijzen-tabel",
        "Bijlage 2 - Nota van zienswijzen ontwerpbesluit zonnepark De Hoeve\n"
        "\n"
        "Zienswijze 1 - de heer A.H. Brouwer, Dorpsweg 3, 7722 PK Dalfsen\n"
        "Samenvatting: vreest schittering vanaf zijn woning.\n"
        "Reactie gemeente: het park ligt op 400 meter; schittering is volgens het rapport van Tauw uitgesloten.\n"
        "\n"
        "Zienswijze 2 - ARAG Rechtsbijstand namens mevrouw G. Nijenhuis-Lubbers\n"
        "Samenvatting: het park tast het uitzicht aan.\n",
        redact=[("A.H. Brouwer", "PERSON", E), ("Dorpsweg 3, 7722 PK", "ADDRESS", E), ("G. Nijenhuis-Lubbers", "PERSON", E)],
        visible=["ARAG Rechtsbijstand", "Tauw", "De Hoeve", "Dalfsen", "400 meter"],
        batch=141,
    ),
    Doc(
        "nl-verslag-keukentafelgesprek",
        "Verslag keukentafelgesprek Wmo, 28 oktober 2025\n"
        "Aanwezig: mevrouw Aaltje Kuipers (cliënt), haar zoon Henk Kuipers (mantelzorger), Fleur Jansma (Wmo-consulent)\n"
        "\n"
        "Mevrouw Kuipers (84) woont zelfstandig. Zij is vorig jaar gevallen en heeft sindsdien last van duizeligheid.\n"
        "Haar zoon doet de boodschappen maar raakt overbelast. Mevrouw wil niet naar een verpleeghuis.\n"
        "\n"
        "Afspraak: indicatie huishoudelijke hulp 3 uur per week, aanvraag traplift.\n",
        redact=[("Aaltje Kuipers", "PERSON", E), ("Henk Kuipers", "PERSON", E), ("Fleur Jansma", "PERSON", E),
                ("Mevrouw |Kuipers| (84)", "PERSON", E)],
        passages=[("heeft sindsdien last van duizeligheid", SPECIAL)],
        visible=["28 oktober 2025", "3 uur per week"],
        batch=141,
    ),
    Doc(
        "nl-mail-quote-reply-header",
        "Van: Joost Terhorst <j.terhorst@provincie-gelderland.nl>\n"
        "Aan: henk.vandevries@ziggo.nl\n"
        "Onderwerp: Re: geluidsoverlast N348\n"
        "\n"
        "Beste meneer De Vries,\n"
        "\n"
        "Dank voor uw reactie. We nemen uw meting mee in het onderzoek.\n"
        "\n"
        "Op 3 nov. 2025 om 14:02 schreef Henk de Vries <henk.vandevries@ziggo.nl>:\n"
        "> Geachte heer Terhorst,\n"
        "> Sinds de nieuwe deklaag slaap ik slecht door het lawaai. Mijn meter gaf 68 dB aan op mijn gevel.\n"
        "> Henk de Vries, Zutphenseweg 40, Eefde\n",
        redact=[("Joost Terhorst", "PERSON", E), ("j.terhorst@provincie-gelderland.nl", "EMAIL", E),
                ("henk.vandevries@ziggo.nl", "EMAIL", E), ("meneer |De Vries|,", "PERSON", E), ("Henk de Vries", "PERSON", E),
                ("heer |Terhorst|,", "PERSON", E), ("Zutphenseweg 40", "ADDRESS", E)],
        visible=["N348", "68 dB", "Eefde"],
        batch=141,
    ),
    Doc(
        "nl-recherche-voortgangsnotitie",
        "Voortgangsnotitie onderzoek 26Lindeboom (politie Oost-Nederland, vertrouwelijk)\n"
        "\n"
        "Het onderzoek richt zich op de invoer van cocaïne via de containerterminal in Nijmegen. Sinds 14 oktober loopt er\n"
        "een tap op de telefoon van verdachte Tarik Amrani. Het observatieteam volgt zijn Audi met kenteken S-802-KR.\n"
        "De aanhouding staat gepland na de volgende levering, naar verwachting begin december.\n"
        "\n"
        "Teamleider: Erwin Kolkman\n",
        redact=[("Tarik Amrani", "PERSON", E), ("S-802-KR", "LICENSE_PLATE", E), ("Erwin Kolkman", "PERSON", E)],
        passages=[("loopt er\neen tap op de telefoon", "5.1.2c"), ("Het observatieteam volgt zijn Audi", "5.1.2c"),
                  ("De aanhouding staat gepland na de volgende levering", "5.1.2c")],
        visible=["26Lindeboom", "containerterminal in Nijmegen"],
        batch=141,
    ),
    Doc(
        "nl-notulen-voorzitter-naam-tussen-haakjes",
        "Notulen algemene ledenvergadering Dorpsraad Westerbork, 2 oktober 2025\n"
        "\n"
        "De voorzitter (Harm Wiering) opent de vergadering. De penningmeester (Jantina Bruins) licht de jaarrekening\n"
        "toe. Uit de zaal vraagt de heer Scholten waarom de subsidie van de gemeente Midden-Drenthe is verlaagd.\n"
        "Wethouder Dennis Bouwman legt uit dat alle dorpsraden 10 procent minder krijgen.\n",
        redact=[("Harm Wiering", "PERSON", E), ("Jantina Bruins", "PERSON", E), ("heer |Scholten|", "PERSON", E)],
        officials=["Dennis Bouwman"],
        visible=["Dorpsraad Westerbork", "gemeente Midden-Drenthe", "10 procent"],
        batch=141,
    ),
    Doc(
        "nl-brief-school-aan-ouders",
        "Beste ouders van groep 7,\n"
        "\n"
        "Helaas moeten we u laten weten dat juf Marieke langer afwezig is. Zij herstelt van een operatie. Meester Kevin\n"
        "van Dam neemt de groep over tot de kerstvakantie.\n"
        "\n"
        "Ook willen we u vragen rekening te houden met Lars uit de klas: hij heeft een ernstige notenallergie.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Wendy Stoelinga, directeur obs De Springplank\n",
        redact=[("juf |Marieke|", "PERSON", E), ("Kevin\nvan Dam", "PERSON", E), ("met |Lars| uit", "PERSON", E),
                ("Wendy Stoelinga", "PERSON", E)],
        passages=[("Zij herstelt van een operatie", SPECIAL), ("hij heeft een ernstige notenallergie", SPECIAL)],
        visible=["obs De Springplank", "groep 7"],
        batch=141,
    ),
    Doc(
        "nl-declaratieoverzicht-medewerker",
        "Declaratieoverzicht oktober 2025 - afdeling Communicatie\n"
        "\n"
        "Medewerker: Robin Schaapman, personeelsnummer 204417\n"
        "IBAN: NL22RABO0142277319\n"
        "\n"
        "07-10-2025  Treinreis Den Haag - Groningen (werkbezoek)    € 64,20\n"
        "15-10-2025  Lunch met gedeputeerde Cees Bijl                € 38,50\n"
        "22-10-2025  Fysiotherapie (eigen risico, niet declarabel)  € 0,00\n",
        redact=[("Robin Schaapman", "PERSON", E), ("204417", "ID", E), ("NL22RABO0142277319", "IBAN", E)],
        officials=["Cees Bijl"],
        visible=["afdeling Communicatie", "€ 64,20", "07-10-2025", "Den Haag - Groningen"],
        batch=141,
    ),
    Doc(
        "en-uk-employment-tribunal-judgment",
        "EMPLOYMENT TRIBUNALS\n"
        "\n"
        "Claimant: Mr O Adebayo-Price\n"
        "Respondent: Birmingham City Council\n"
        "\n"
        "Heard at: Birmingham On: 3-5 June 2025\n"
        "Before: Employment Judge Kelly\n"
        "\n"
        "JUDGMENT\n"
        "The claimant's complaint of unfair dismissal succeeds. The claimant was dismissed after he disclosed his\n"
        "diagnosis of bipolar disorder to his manager, Ms R Whitfield.\n",
        redact=[("O Adebayo-Price", "PERSON", E), ("R Whitfield", "PERSON", E)],
        officials=["Kelly"],
        visible=["Birmingham City Council", "EMPLOYMENT TRIBUNALS"],
        batch=141,
    ),
    # -- batch 142: written after the fixes for batch 141, before running anything
    Doc(
        "en-us-epa-deliberative-email",
        "From: Whitaker, Joanna <Whitaker.Joanna@epa.gov>\n"
        "Sent: Monday, June 9, 2025 8:12 AM\n"
        "To: Nakamura, Ken <Nakamura.Ken@epa.gov>; Region 5 Enforcement <R5Enforcement@epa.gov>\n"
        "Subject: draft response - Calumet refinery\n"
        "\n"
        "Ken,\n"
        "\n"
        "I'm not comfortable with the second paragraph. In my opinion we should not concede the monitoring gap before the\n"
        "consent decree is signed. Administrator Zeldin's office has asked for a briefing on Thursday.\n"
        "\n"
        "Jo\n",
        redact=[("Whitaker, Joanna", "PERSON", E), ("Whitaker.Joanna@epa.gov", "EMAIL", E), ("Nakamura, Ken", "PERSON", E),
                ("Nakamura.Ken@epa.gov", "EMAIL", E), ("\n|Ken|,", "PERSON", E), ("\n|Jo|\n", "PERSON", E)],
        passages=[("I'm not comfortable with the second paragraph", "5.2.1"), ("In my opinion we should not concede the monitoring gap", "5.2.1")],
        officials=["Zeldin"],
        visible=["R5Enforcement@epa.gov", "Region 5 Enforcement", "Calumet refinery"],
        batch=142,
    ),
    Doc(
        "en-uk-ico-decision-home-office-asylum-contracts",
        "Freedom of Information Act 2000 (FOIA)\n"
        "Decision notice\n"
        "\n"
        "Date: 14 August 2025\n"
        "Public Authority: Home Office\n"
        "Address: 2 Marsham Street, London SW1P 4DF\n"
        "\n"
        "Decision (including any steps ordered)\n"
        "1. The complainant requested information about asylum accommodation contracts. The Commissioner's decision is\n"
        "that the Home Office was entitled to rely on section 43(2) (commercial interests) to withhold the information.\n",
        visible=["Home Office", "2 Marsham Street, London SW1P 4DF", "section 43(2)", "The complainant"],
        batch=142,
    ),
    Doc(
        "be-nl-brief-ocmw-leefloon",
        "OCMW Gent - Sociale Dienst\n"
        "Onderwerp: beslissing leefloon\n"
        "\n"
        "Mevrouw Sarah Verhaeghe\n"
        "Brugsesteenweg 212 bus 4\n"
        "9000 Gent\n"
        "Rijksregisternummer: 88.04.21-274.02\n"
        "\n"
        "Geachte mevrouw Verhaeghe,\n"
        "\n"
        "Het Bijzonder Comité voor de Sociale Dienst heeft op 18 september 2025 beslist u een leefloon toe te kennen aan\n"
        "het tarief samenwonende. Uw maatschappelijk werker is Pieter-Jan Claeys (09 266 94 11).\n",
        redact=[("Sarah Verhaeghe", "PERSON", E), ("Brugsesteenweg 212 bus 4", "ADDRESS", E), ("88.04.21-274.02", "ID", E),
                ("mevrouw |Verhaeghe|,", "PERSON", E), ("Pieter-Jan Claeys", "PERSON", E)],
        visible=["OCMW Gent", "Bijzonder Comité voor de Sociale Dienst", "18 september 2025", "9000 Gent", "09 266 94 11"],
        batch=142,
    ),
    Doc(
        "en-us-va-claim-letter",
        "Department of Veterans Affairs\n"
        "Regional Office, Waco, TX\n"
        "\n"
        "In Reply Refer To: 349/21\n"
        "VA File Number: 28 417 903\n"
        "\n"
        "Dear Mr. Gutierrez:\n"
        "\n"
        "We made a decision on your claim for service-connected compensation. Your PTSD is rated 70 percent disabling\n"
        "effective March 3, 2025. Your claim for tinnitus is denied because the evidence does not show an in-service\n"
        "event.\n"
        "\n"
        "Sincerely,\n"
        "Regional Office Director\n",
        redact=[("28 417 903", "ID", E), ("Mr. |Gutierrez|:", "PERSON", E)],
        passages=[("Your PTSD is rated 70 percent disabling", SPECIAL), ("Your claim for tinnitus is denied", SPECIAL)],
        visible=["Regional Office, Waco, TX", "349/21", "Regional Office Director"],
        batch=142,
    ),
    Doc(
        "nl-interne-nota-integriteit-wethouder",
        "Nota aan de burgemeester (persoonlijk, vertrouwelijk)\n"
        "Van: gemeentesecretaris Arjan Koerts\n"
        "Datum: 6 november 2025\n"
        "\n"
        "Uit het integriteitsonderzoek van Bing blijkt dat wethouder Paul de Kort zijn nevenfunctie bij Bouwbedrijf\n"
        "De Kort & Zn. niet heeft gemeld. Naar mijn oordeel is dat een ernstige schending. Ik adviseer u de\n"
        "fractievoorzitters vandaag nog in te lichten.\n"
        "\n"
        "Opsteller: Ilona Verschuren, concernjurist\n",
        redact=[("Ilona Verschuren", "PERSON", E)],
        passages=[("Naar mijn oordeel is dat een ernstige schending", "5.2.1"), ("Ik adviseer u de\nfractievoorzitters", "5.2.1")],
        officials=["Arjan Koerts", "Paul de Kort"],
        visible=["Bing", "Bouwbedrijf\nDe Kort & Zn."],
        batch=142,
    ),
    Doc(
        "en-uk-police-custody-record",
        "CUSTODY RECORD - Greater Manchester Police\n"
        "Custody number: MP/25/114920\n"
        "\n"
        "Detained person: Jordan Kieran McAllister\n"
        "DOB: 21/01/2003\n"
        "Address: 14 Heaton Park Road, Manchester M9 0QS\n"
        "\n"
        "Reason for arrest: possession with intent to supply class A (s.5(3) MDA 1971).\n"
        "Risk assessment: DP states he has ADHD and self-harmed in 2023. Placed on 30-minute observations.\n"
        "Custody Sergeant: PS 2214 Hollinshead\n",
        redact=[("Jordan Kieran McAllister", "PERSON", E), ("21/01/2003", "DATE_OF_BIRTH", E),
                ("14 Heaton Park Road", "ADDRESS", E), ("M9 0QS", "ADDRESS", E), ("PS |2214| Hollinshead", "ID", E), ("2214 |Hollinshead|", "PERSON", E)],
        passages=[("possession with intent to supply class A", SPECIAL), ("he has ADHD and self-harmed in 2023", SPECIAL)],
        visible=["Greater Manchester Police", "MP/25/114920"],
        batch=142,
    ),
    Doc(
        "nl-mail-bestuursondersteuner-agenda-wethouder",
        "Van: Sanne Westerveld <s.westerveld@amersfoort.nl>\n"
        "Aan: Jorrit Nuijens <j.nuijens@amersfoort.nl>\n"
        "Onderwerp: agenda wethouder Tigelaar week 47\n"
        "\n"
        "Hoi Jorrit,\n"
        "\n"
        "Dinsdag heeft wethouder Tigelaar om 9.00 uur een afspraak met de huisarts; dat blok kan niet verschoven worden.\n"
        "Het overleg met Alliantie kan naar woensdag. Groet, Sanne\n",
        redact=[("Sanne Westerveld", "PERSON", E), ("s.westerveld@amersfoort.nl", "EMAIL", E), ("Jorrit Nuijens", "PERSON", E),
                ("j.nuijens@amersfoort.nl", "EMAIL", E), ("Hoi |Jorrit|,", "PERSON", E), ("Groet, |Sanne|", "PERSON", E)],
        passages=[("een afspraak met de huisarts", SPECIAL)],
        officials=["Tigelaar"],
        visible=["Alliantie"],
        batch=142,
    ),
    Doc(
        "en-us-state-foia-release-email-redacted",
        "UNCLASSIFIED U.S. Department of State Case No. F-2024-01123 Doc No. C06999812 Date: 05/02/2025\n"
        "RELEASE IN PART B6\n"
        "\n"
        "From: (b)(6)\n"
        "Sent: Friday, January 12, 2024 4:58 PM\n"
        "To: Hernández, Rosa M <HernandezRM@state.gov>\n"
        "Subject: visa appointment for my mother\n"
        "\n"
        "Rosa, thanks for your help last week. My mother's appointment in Guatemala City is now on the 24th.\n",
        redact=[("Hernández, Rosa M", "PERSON", E), ("HernandezRM@state.gov", "EMAIL", E), ("\n|Rosa|, thanks", "PERSON", E)],
        visible=["(b)(6)", "RELEASE IN PART B6", "F-2024-01123", "Guatemala City"],
        batch=142,
    ),
    # -- batch 143: written at the end of the session, after all fixes above, before running anything
    Doc(
        "nl-mail-gemeente-leerplicht-verzuim",
        "Van: Leerplicht Zwolle <leerplicht@zwolle.nl>\n"
        "Aan: Ronald Hesselink <r.hesselink@landstede.nl>\n"
        "Onderwerp: verzuim Milan Brinkman (klas 3B)\n"
        "\n"
        "Beste Ronald,\n"
        "\n"
        "Milan is deze maand elf keer niet op school geweest. Zijn moeder vertelde mij dat hij sinds de zomer een\n"
        "eetstoornis heeft en onder behandeling is bij Accare. Ik stel voor dat we een gesprek plannen met moeder en de\n"
        "zorgcoördinator, mevrouw Tijhuis.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Annelies Kamphuis\n"
        "leerplichtambtenaar\n",
        redact=[("Ronald Hesselink", "PERSON", E), ("r.hesselink@landstede.nl", "EMAIL", E), ("Milan Brinkman", "PERSON", E),
                ("Beste |Ronald|,", "PERSON", E), ("\n|Milan| is", "PERSON", E), ("mevrouw |Tijhuis|", "PERSON", E),
                ("Annelies Kamphuis", "PERSON", E)],
        passages=[("een\neetstoornis heeft", SPECIAL)],
        visible=["leerplicht@zwolle.nl", "klas 3B"],
        batch=143,
    ),
    Doc(
        "en-uk-home-office-asylum-decision-extract",
        "Home Office reference: K1184732\n"
        "Port reference: LHR/25/0917\n"
        "\n"
        "Dear Mr Habibi,\n"
        "\n"
        "You claim to fear persecution in Afghanistan because you converted to Christianity in 2023 and attend\n"
        "St Mark's Church in Leeds. You were interviewed on 4 March 2025 by Ms L. Ferreira.\n",
        redact=[("K1184732", "ID", E), ("Mr |Habibi|,", "PERSON", E), ("L. Ferreira", "PERSON", E)],
        passages=[("you converted to Christianity", SPECIAL)],
        visible=["LHR/25/0917"],
        batch=143,
    ),
    Doc(
        "nl-verslag-driehoek-utrecht-manifestatie",
        "Verslag lokale driehoek Utrecht, 5 november 2025 (vertrouwelijk)\n"
        "Aanwezig: burgemeester Sharon Dijksma, hoofdofficier van justitie Dirk Jan Boots, politiechef Jan van der Tang\n"
        "\n"
        "De politie verwacht zaterdag 400 demonstranten bij de Domplein-manifestatie. Naar verwachting komt ook een groep\n"
        "van circa 30 relschoppers uit de harde kern van FC Utrecht. De ME staat met vier pelotons paraat in de\n"
        "Dom-garage. De burgemeester overweegt een noodbevel voor het Janskerkhof.\n",
        passages=[("De ME staat met vier pelotons paraat", "5.1.2h")],
        officials=["Sharon Dijksma", "Dirk Jan Boots", "Jan van der Tang"],
        visible=["FC Utrecht", "Domplein"],
        batch=143,
    ),
    Doc(
        "en-us-hud-oig-complaint-intake",
        "HOTLINE COMPLAINT INTAKE\n"
        "Complainant: Anonymous (requested confidentiality)\n"
        "Subject: Marvin T. Ellsworth, Executive Director, Gary Housing Authority\n"
        "\n"
        "Allegation: The complainant alleges that Ellsworth steered maintenance contracts to Lakeshore Builders LLC, a\n"
        "company owned by his brother-in-law, Derek Pohl. The complainant also states that Ellsworth has a gambling\n"
        "problem.\n",
        redact=[("Marvin T. Ellsworth", "PERSON", E), ("that |Ellsworth| steered", "PERSON", E), ("Derek Pohl", "PERSON", E),
                ("that |Ellsworth| has", "PERSON", E)],
        passages=[("has a gambling\nproblem", SPECIAL)],
        visible=["Gary Housing Authority", "Lakeshore Builders LLC"],
        batch=143,
    ),
    Doc(
        "nl-brief-bezwaar-omgevingsdienst-geur",
        "Aan de Omgevingsdienst Noordzeekanaalgebied\n"
        "\n"
        "Betreft: stankoverlast bedrijf Cacao Fabriek De Zaan\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Wij wonen sinds 2019 aan de Lagedijk 118 in Zaandijk. Door de geur kan onze dochter Fenna (6), die astma heeft,\n"
        "vaak niet buiten spelen. Wij vragen u handhavend op te treden.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Jeroen en Sandra Molenaar-Vis\n",
        redact=[("Lagedijk 118", "ADDRESS", E), ("dochter |Fenna|", "PERSON", E), ("\n|Jeroen| en", "PERSON", E),
                ("Sandra Molenaar-Vis", "PERSON", E)],
        passages=[("die astma heeft", SPECIAL)],
        visible=["Omgevingsdienst Noordzeekanaalgebied", "Cacao Fabriek De Zaan", "Zaandijk"],
        batch=143,
    ),
    Doc(
        "nl-nota-bz-ambassadeur-gesprek-turkije",
        "Codebericht van Post Ankara\n"
        "Rubricering: Departementaal Vertrouwelijk\n"
        "\n"
        "Ambassadeur Joep Wijnands sprak op 12 november met onderminister Mehmet Kemal Bozay. Bozay liet weten dat Turkije\n"
        "de terugname van uitgeprocedeerde asielzoekers wil koppelen aan visumliberalisering; hij vroeg dit vooralsnog\n"
        "niet met andere lidstaten te delen. Post adviseert hierop niet in te gaan voor de JBZ-Raad.\n",
        passages=[("Departementaal Vertrouwelijk", "5.1.1b"), ("hij vroeg dit vooralsnog\nniet met andere lidstaten te delen", "5.1.2a"),
                  ("Post adviseert hierop niet in te gaan", "5.2.1")],
        officials=["Joep Wijnands", "Mehmet Kemal Bozay"],
        visible=["Post Ankara"],
        batch=143,
    ),
    # -- batch 144: written at the start of the session of 2026-12-07 (evening), before running anything
    Doc(
        "nl-hoorverslag-bezwaarcommissie-parkeervergunning",
        "VERSLAG HOORZITTING\n"
        "Bezwaarcommissie gemeente Haarlem, kamer II\n"
        "Zaaknummer: BZ-2025-0412\n"
        "\n"
        "Bezwaarmaker: de heer R.A. (Rutger) Zwanenburg, Kleverparkweg 63, 2023 CD Haarlem\n"
        "Gemachtigde: mr. Inge Schotanus, Schotanus & Dekker advocaten\n"
        "Namens het college: de heer T. Oudshoorn, juridisch medewerker team Parkeren\n"
        "\n"
        "De voorzitter opent de zitting om 19.30 uur. Zwanenburg licht toe dat hij door zijn hernia niet langer dan\n"
        "vijf minuten kan lopen en daarom een vergunning nabij zijn woning nodig heeft. Mr. Schotanus wijst op de\n"
        "verklaring van de bedrijfsarts. De heer Oudshoorn zegt dat het beleid geen uitzonderingen kent voor\n"
        "tijdelijke medische klachten.\n",
        redact=[("R.A. (Rutger) Zwanenburg", "PERSON", E), ("Kleverparkweg 63, 2023 CD", "ADDRESS", E),
                ("Inge Schotanus", "PERSON", E), ("|Schotanus| & Dekker", "PERSON", E), ("T. Oudshoorn", "PERSON", E), ("uur. |Zwanenburg| licht", "PERSON", E),
                ("Mr. |Schotanus| wijst", "PERSON", E), ("heer |Oudshoorn| zegt", "PERSON", E)],
        passages=[("door zijn hernia niet langer dan\nvijf minuten kan lopen", SPECIAL)],
        visible=["Bezwaarcommissie gemeente Haarlem", "BZ-2025-0412", "team Parkeren"],
        batch=144,
    ),
    Doc(
        "nl-teams-chat-beleidsteam-stikstof",
        "Chat: Beleidsteam Stikstof (export 14-10-2025)\n"
        "\n"
        "[14-10-2025 08:52] Wouter Dijkhuizen: zien jullie de brief van LTO? ze willen een gesprek met de minister\n"
        "[14-10-2025 08:55] Priscilla Mahabier: ja. eerlijk gezegd vind ik hun voorstel voor de piekbelasters een\n"
        "wassen neus, dat gaat juridisch nooit standhouden\n"
        "[14-10-2025 08:57] Wouter Dijkhuizen: mee eens. ik zou de minister ontraden om toezeggingen te doen\n"
        "[14-10-2025 09:03] Gerrit-Jan Vos: ik ben vanmiddag weg, tandarts. Priscilla kan jij de nota oppakken?\n"
        "[14-10-2025 09:04] Priscilla Mahabier: prima\n",
        redact=[("Wouter Dijkhuizen", "PERSON", E), ("Priscilla Mahabier", "PERSON", E), ("Gerrit-Jan Vos", "PERSON", E),
                ("tandarts. |Priscilla| kan", "PERSON", E)],
        passages=[("vind ik hun voorstel", "5.2.1"), ("ik zou de minister ontraden", "5.2.1")],
        visible=["LTO", "Beleidsteam Stikstof"],
        batch=144,
    ),
    Doc(
        "nl-melding-veilig-thuis-school",
        "MELDFORMULIER VEILIG THUIS HOLLANDS MIDDEN\n"
        "\n"
        "Gegevens kind\n"
        "Naam:            Noah Ramdas\n"
        "Geboortedatum:   3 april 2016\n"
        "BSN:             187520884\n"
        "School:          OBS De Regenboog, groep 5\n"
        "\n"
        "Gegevens ouders/verzorgers\n"
        "Moeder:          Shanti Ramdas-Jagessar, 06-41 87 22 90\n"
        "Vader:           onbekend\n"
        "\n"
        "Zorgen\n"
        "Noah kwam maandag met blauwe plekken op zijn bovenarmen naar school. Hij vertelde de juf dat 'de nieuwe\n"
        "vriend van mama' hem had geslagen. Moeder is volgens de intern begeleider bekend bij de verslavingszorg.\n"
        "\n"
        "Melder: Hanneke Boersma, intern begeleider\n",
        redact=[("Noah Ramdas", "PERSON", E), ("3 april 2016", "DATE_OF_BIRTH", E), ("187520884", "BSN", BSN_GROUND),
                ("Shanti Ramdas-Jagessar", "PERSON", E), ("06-41 87 22 90", "PHONE", E), ("\n|Noah| kwam", "PERSON", E),
                ("Hanneke Boersma", "PERSON", E)],
        passages=[("hem had geslagen", SPECIAL), ("bekend bij de verslavingszorg", SPECIAL)],
        visible=["OBS De Regenboog", "VEILIG THUIS HOLLANDS MIDDEN"],
        batch=144,
    ),
    Doc(
        "nl-ambtsbericht-ambassade-ankara",
        "CODEBERICHT\n"
        "Van: Ambassade Ankara\n"
        "Aan: DGPZ/DEU, cc EUR\n"
        "Rubricering: Dep. Vertrouwelijk\n"
        "Datum: 22 september 2025\n"
        "\n"
        "Onderwerp: gesprek met plv. onderminister Buitenlandse Zaken over visumliberalisering\n"
        "\n"
        "1. Ambassadeur had op 19 september een gesprek met de plaatsvervangend onderminister. Hij liet weten dat Ankara\n"
        "bereid is de terugname van uitgeprocedeerde asielzoekers te versnellen als de EU in december een datum noemt.\n"
        "Dit wil Turkije nadrukkelijk niet in de openbaarheid hebben voordat de Raad heeft besloten.\n"
        "2. Post acht de kans klein dat Turkije deze toezegging gestand doet. Wij adviseren om in de RBZ geen steun uit te\n"
        "spreken voor een datum.\n"
        "\n"
        "Contactpersoon: Sevda Kılıç-Brouwer, eerste ambassadesecretaris, +90 312 409 18 55\n",
        redact=[("Sevda Kılıç-Brouwer", "PERSON", E), ("+90 312 409 18 55", "PHONE", E)],
        passages=[("Dep. Vertrouwelijk", "5.1.1b"), ("niet in de openbaarheid hebben", "5.1.2a"),
                  ("Post acht de kans klein", "5.2.1"), ("Wij adviseren", "5.2.1")],
        visible=["Ambassade Ankara", "DGPZ/DEU", "22 september 2025"],
        batch=144,
    ),
    Doc(
        "nl-raadsinformatiebrief-opvang-wethouder",
        "Raadsinformatiebrief\n"
        "Onderwerp: stand van zaken opvanglocatie Zuiderpark\n"
        "Portefeuillehouder: wethouder Mariëlle van Amerongen\n"
        "\n"
        "Geachte leden van de raad,\n"
        "\n"
        "Op 2 oktober heb ik met omwonenden gesproken over de opvanglocatie aan de Zuiderparklaan. De heer Kamphorst,\n"
        "voorzitter van de bewonersvereniging, heeft namens de buurt zorgen geuit over de verkeersveiligheid. Ook\n"
        "burgemeester Jan van Zanen was bij het gesprek aanwezig.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Mariëlle van Amerongen\n"
        "wethouder Sociale Zaken\n",
        redact=[("heer |Kamphorst|,", "PERSON", E)],
        officials=["Mariëlle van Amerongen", "Jan van Zanen"],
        visible=["Zuiderparklaan", "Zuiderpark", "bewonersvereniging"],
        batch=144,
    ),
    Doc(
        "en-us-epa-email-thread-b6",
        "From: Kowalczyk, Brianna <Kowalczyk.Brianna@epa.gov>\n"
        "Sent: Thursday, May 8, 2025 4:17 PM\n"
        "To: Oyelaran, Tunde <Oyelaran.Tunde@epa.gov>; R4 Press <R4Press@epa.gov>\n"
        "Subject: RE: East Palestine follow-up sampling\n"
        "\n"
        "Tunde - the resident on Taggart St (Mrs. Henninger) called again. She says her husband's rash came back after\n"
        "the last rain. Can you have Marcus swing by Friday? Her cell is 330-555-0192.\n"
        "\n"
        "-----Original Message-----\n"
        "From: Oyelaran, Tunde\n"
        "Sent: Thursday, May 8, 2025 2:03 PM\n"
        "To: Kowalczyk, Brianna\n"
        "Subject: East Palestine follow-up sampling\n"
        "\n"
        "Brianna, results for the Sulphur Run sites are attached. Nothing above screening levels.\n",
        redact=[("Kowalczyk, Brianna", "PERSON", E), ("Kowalczyk.Brianna@epa.gov", "EMAIL", E),
                ("Oyelaran, Tunde", "PERSON", E), ("Oyelaran.Tunde@epa.gov", "EMAIL", E),
                ("\n|Tunde| -", "PERSON", E), ("Mrs. |Henninger|", "PERSON", E),
                ("have |Marcus| swing", "PERSON", E), ("330-555-0192", "PHONE", E),
                ("\n|Brianna|, results", "PERSON", E)],
        passages=[("her husband's rash", SPECIAL)],
        visible=["R4Press@epa.gov", "East Palestine", "Sulphur Run"],
        batch=144,
    ),
    Doc(
        "nl-pv-aangifte-fietsdiefstal-extract",
        "PROCES-VERBAAL VAN AANGIFTE\n"
        "Proces-verbaalnummer: PL0900-2025184417\n"
        "\n"
        "Aangever:\n"
        "Achternaam     : El Idrissi\n"
        "Voornamen      : Yassine\n"
        "Geboren        : 14-02-1993 te Utrecht\n"
        "Adres          : Amsterdamsestraatweg 402 bis\n"
        "Postcode, plaats: 3551 CV Utrecht\n"
        "Telefoon       : 0031 6 2290 4471\n"
        "\n"
        "Verklaring: Op zondag 5 oktober 2025 zag ik dat mijn elektrische fiets, merk Gazelle, was verdwenen uit de\n"
        "fietsenstalling. Mijn buurman, Dennis Verkerk, zag een jongen met een grijze capuchon wegrijden.\n"
        "\n"
        "Verbalisant: brigadier L.M. Oosterhuis, politie eenheid Midden-Nederland\n",
        redact=[("El Idrissi", "PERSON", E), ("Yassine", "PERSON", E), ("14-02-1993", "DATE_OF_BIRTH", E),
                ("Amsterdamsestraatweg 402 bis", "ADDRESS", E), ("3551 CV", "ADDRESS", E),
                ("0031 6 2290 4471", "PHONE", E), ("Dennis Verkerk", "PERSON", E), ("L.M. Oosterhuis", "PERSON", E)],
        visible=["PL0900-2025184417", "Gazelle", "politie eenheid Midden-Nederland"],
        batch=144,
    ),
    Doc(
        "nl-wmo-verslag-huisbezoek-traplift",
        "Gespreksverslag Wmo-onderzoek\n"
        "Datum gesprek: 11 november 2025, bij cliënt thuis\n"
        "Cliënt: mevrouw A.W. de Graaf-Tuinman (82)\n"
        "Aanwezig: dochter Ellen Smeets, Wmo-consulent Bas Heijnen\n"
        "\n"
        "Mevrouw woont alleen sinds het overlijden van haar man. Zij is vorig jaar twee keer gevallen en loopt sindsdien\n"
        "met een rollator. Ellen geeft aan dat haar moeder steeds vergeetachtiger wordt; de huisarts heeft een\n"
        "geheugentest aangevraagd. Mevrouw wil graag een traplift zodat zij boven kan blijven slapen.\n"
        "\n"
        "Conclusie consulent: huishoudelijke ondersteuning 3 uur per week en een woningaanpassing (traplift).\n",
        redact=[("A.W. de Graaf-Tuinman", "PERSON", E), ("Ellen Smeets", "PERSON", E), ("Bas Heijnen", "PERSON", E),
                ("rollator. |Ellen| geeft", "PERSON", E)],
        passages=[("loopt sindsdien\nmet een rollator", SPECIAL), ("steeds vergeetachtiger wordt", SPECIAL)],
        visible=["11 november 2025"],
        batch=144,
    ),
    Doc(
        "nl-besluit-subsidie-tabel",
        "Bijlage bij besluit subsidieregeling Energiebesparing Huurwoningen\n"
        "\n"
        "Aanvrager              Adres                       IBAN                     Bedrag\n"
        "J. (Jolanda) Meijerink  Vossenlaan 17, Ede          NL23 INGB 1760 5448 53   EUR 4.250\n"
        "Stichting Wonen Vallei  Postbus 61, Ede             NL84RABO3870596236       EUR 112.000\n"
        "H.T. Bekkering          Bergstraat 5A, Wageningen   NL52 ABNA 6329 7118 29   EUR 3.980\n",
        redact=[("J. (Jolanda) Meijerink", "PERSON", E), ("Vossenlaan 17", "ADDRESS", E),
                ("NL23 INGB 1760 5448 53", "IBAN", E), ("H.T. Bekkering", "PERSON", E), ("Bergstraat 5A", "ADDRESS", E),
                ("NL52 ABNA 6329 7118 29", "IBAN", E)],
        visible=["Stichting Wonen Vallei", "Postbus 61"],
        batch=144,
    ),
    Doc(
        "en-uk-council-foi-response-social-care",
        "Freedom of Information Act 2000 - Request reference FOI-25-1187\n"
        "\n"
        "Dear Ms Abernethy,\n"
        "\n"
        "You asked for the complaint file about the care home where your father, Mr Douglas Abernethy, lived until March.\n"
        "We hold the information. Part of it is withheld under section 40(2), as it is the personal data of staff and\n"
        "other residents. The manager's note records that your father was diagnosed with vascular dementia in 2023.\n"
        "\n"
        "If you are unhappy with this response you may ask for an internal review. Contact foi@northlanarkshire.gov.uk.\n"
        "\n"
        "Yours sincerely,\n"
        "Kirsty McAllister\n"
        "Information Governance Officer\n",
        redact=[("Ms |Abernethy|,", "PERSON", E), ("Douglas Abernethy", "PERSON", E),
                ("Kirsty McAllister", "PERSON", E)],
        passages=[("diagnosed with vascular dementia", SPECIAL)],
        visible=["foi@northlanarkshire.gov.uk", "FOI-25-1187", "section 40(2)"],
        batch=144,
    ),
    Doc(
        "nl-notitie-dg-vertrouwelijk-aivd",
        "NOTITIE (Stg. Geheim)\n"
        "Aan: SG\n"
        "Van: DGVB\n"
        "\n"
        "De AIVD heeft ons via een liaisonofficier geïnformeerd dat een buitenlandse dienst aanwijzingen heeft dat een\n"
        "netwerk van pro-Russische hackers de stembureaus in Rotterdam wil verstoren. De bron is een menselijke bron\n"
        "binnen de groep. Deze informatie mag niet verder worden gedeeld dan de betrokken bewindspersonen.\n"
        "\n"
        "Mijn advies is om de burgemeester van Rotterdam vandaag nog te informeren.\n",
        passages=[("Stg. Geheim", "5.1.1b"), ("menselijke bron", "5.1.1b"), ("Mijn advies is", "5.2.1")],
        visible=["SG", "DGVB"],
        batch=144,
    ),
    Doc(
        "nl-brief-ocr-scan-huurachterstand",
        "Woonstichting De Key\n"
        "Postbus 3232, 1001 AE Amsterdam\n"
        "\n"
        "Aan mevrouw F. Boutaleb\n"
        "Jan Tooropstraat 88-III\n"
        "1062 BT  Amsterdam\n"
        "\n"
        "Amsterdam, 3 novem-\n"
        "ber 2025\n"
        "\n"
        "Betreft: huurachterstand, huurder-\n"
        "nummer 4471902\n"
        "\n"
        "Geachte mevrouw Bou-\n"
        "taleb,\n"
        "\n"
        "Uw huurachterstand bedraagt per heden EUR 2.310,40. U heeft aan onze medewerker mevrouw Kraak-\n"
        "man laten weten dat u sinds juli in de schuldsanering zit. Wij verzoeken u contact op te nemen met uw\n"
        "bewindvoerder.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "E. van Rossum\n"
        "team Huurincasso\n",
        redact=[("F. Boutaleb", "PERSON", E), ("Jan Tooropstraat 88-III\n1062 BT", "ADDRESS", E),
                ("mevrouw |Bou-\ntaleb|", "PERSON", E), ("mevrouw |Kraak-\nman|", "PERSON", E), ("E. van Rossum", "PERSON", E)],
        passages=[("in de schuldsanering zit", E)],
        visible=["Woonstichting De Key", "Postbus 3232, 1001 AE Amsterdam", "team Huurincasso"],
        batch=144,
    ),
    # -- batch 145: written after batch 144's first run and its form-field fix, before running anything
    Doc(
        "nl-mail-doorgestuurd-gmail-klacht-geluid",
        "Van: Handhaving Gemeente Leiden <handhaving@leiden.nl>\n"
        "Aan: Karim Bouzidi <k.bouzidi@leiden.nl>\n"
        "Onderwerp: FW: geluidsoverlast Haarlemmerstraat\n"
        "\n"
        "Karim, kun jij hier morgen naar kijken? Het is de derde klacht deze maand.\n"
        "\n"
        "Op 3 mrt. 2025 om 22:41 schreef Joost van Wijngaarden <joostvw1977@gmail.com>:\n"
        "> Geachte heer/mevrouw,\n"
        "> Alweer tot half drie 's nachts harde muziek uit het café onder ons (Haarlemmerstraat 212).\n"
        "> Mijn vrouw heeft MS en kan door het gebrek aan slaap haar werk niet meer volhouden.\n"
        "> Met vriendelijke groet, Joost van Wijngaarden, 06 19 44 27 03\n",
        redact=[("Karim Bouzidi", "PERSON", E), ("k.bouzidi@leiden.nl", "EMAIL", E), ("\n|Karim|, kun", "PERSON", E),
                ("Joost van Wijngaarden", "PERSON", E), ("joostvw1977@gmail.com", "EMAIL", E),
                ("06 19 44 27 03", "PHONE", E), ("Haarlemmerstraat 212", "ADDRESS", E)],
        passages=[("Mijn vrouw heeft MS", SPECIAL)],
        visible=["handhaving@leiden.nl"],
        batch=145,
    ),
    Doc(
        "nl-uitspraak-rechtbank-gepseudonimiseerd",
        "ECLI:NL:RBDHA:2025:18842\n"
        "RECHTBANK DEN HAAG\n"
        "Bestuursrecht\n"
        "\n"
        "uitspraak van de enkelvoudige kamer van 12 september 2025 in de zaak tussen\n"
        "\n"
        "[eiser] , te [woonplaats] , eiser\n"
        "(gemachtigde: mr. P.J. Hoogendoorn),\n"
        "\n"
        "en\n"
        "\n"
        "de minister van Asiel en Migratie, verweerder\n"
        "(gemachtigde: mr. S. Aydın).\n"
        "\n"
        "Eiser stelt dat hij bij terugkeer naar Eritrea gevaar loopt omdat hij de dienstplicht heeft ontlopen.\n"
        "\n"
        "Deze uitspraak is gedaan door mr. L.C. Wentink, rechter, in aanwezigheid van mr. D. Baars, griffier.\n",
        redact=[("P.J. Hoogendoorn", "PERSON", E), ("S. Aydın", "PERSON", E)],
        officials=["L.C. Wentink"],
        visible=["[eiser]", "[woonplaats]", "ECLI:NL:RBDHA:2025:18842", "Eritrea"],
        batch=145,
    ),
    Doc(
        "nl-inspectierapport-kdv-vog-beroepskracht",
        "INSPECTIERAPPORT KINDEROPVANG\n"
        "Naam voorziening:   Kinderdagverblijf De Boomhut\n"
        "Houder:             eenmanszaak, mevrouw M.J. (Marjolein) Roskam-Tiemens\n"
        "KvK-nummer:         74190233\n"
        "Toezichthouder:     GGD Gelderland-Zuid, inspecteur T. Veenstra\n"
        "\n"
        "Bevindingen\n"
        "Tijdens de inspectie op 8 oktober 2025 bleek dat een van de beroepskrachten, mevrouw S. (Sabine) Hulsman,\n"
        "geen geldige verklaring omtrent het gedrag (VOG) in het Personenregister had. De houder gaf aan dat de\n"
        "VOG-aanvraag van mevrouw Hulsman was afgewezen vanwege een veroordeling in 2021.\n",
        redact=[("M.J. (Marjolein) Roskam-Tiemens", "PERSON", E), ("T. Veenstra", "PERSON", E),
                ("S. (Sabine) Hulsman", "PERSON", E), ("mevrouw |Hulsman|", "PERSON", E)],
        passages=[("afgewezen vanwege een veroordeling", SPECIAL)],
        visible=["Kinderdagverblijf De Boomhut", "GGD Gelderland-Zuid", "Personenregister"],
        batch=145,
    ),
    Doc(
        "nl-bibob-advies-intern-horeca",
        "INTERN ADVIES BIBOB — niet openbaar\n"
        "Aanvraag exploitatievergunning: Shisha Lounge Al Nour, Kanaalstraat 77, Utrecht\n"
        "Aanvrager: A. (Adil) Chaouch, geboren 09-11-1988\n"
        "Leidinggevende: Rachid el Haddouti\n"
        "\n"
        "Uit de justitiële documentatie blijkt dat de heer El Haddouti in 2019 is veroordeeld voor witwassen. De\n"
        "financiering van EUR 180.000 komt volgens de aanvrager van een oom in Dubai; daarvan zijn geen stukken overgelegd.\n"
        "Wij adviseren de burgemeester de vergunning te weigeren op grond van artikel 3 Wet Bibob.\n"
        "\n"
        "Jolien Staal, Bibob-coördinator\n",
        redact=[("A. (Adil) Chaouch", "PERSON", E), ("09-11-1988", "DATE_OF_BIRTH", E), ("Rachid el Haddouti", "PERSON", E),
                ("heer |El Haddouti|", "PERSON", E), ("Jolien Staal", "PERSON", E)],
        passages=[("is veroordeeld voor witwassen", SPECIAL), ("Wij adviseren de burgemeester", "5.2.1")],
        visible=["Shisha Lounge Al Nour"],
        batch=145,
    ),
    Doc(
        "en-us-state-cable-foia-release-icc",
        "UNCLASSIFIED U.S. Department of State Case No. F-2024-03318 Doc No. C06551872 Date: 10/02/2025\n"
        "RELEASE IN PART B1,1.4(B),B6\n"
        "\n"
        "CONFIDENTIAL\n"
        "SUBJECT: NETHERLANDS: MFA VIEWS ON ICC COOPERATION\n"
        "\n"
        "1. (C) On March 4 Poloff met with MFA Director for International Law Rene Lefeber's deputy, Marloes\n"
        "Vinkenoog, who said privately that The Hague would quietly slow-walk the transfer request until after\n"
        "the elections. She asked that her comments not be shared with other EU partners.\n"
        "2. (U) Ambassador Shefali Razdan Duggal raised the issue with Foreign Minister Caspar Veldkamp on March 6.\n",
        redact=[("Marloes\nVinkenoog", "PERSON", E)],
        passages=[("said privately", "5.1.2a"), ("asked that her comments not be shared", "5.1.2a")],
        officials=["Shefali Razdan Duggal", "Caspar Veldkamp"],
        visible=["F-2024-03318", "C06551872"],
        batch=145,
    ),
    Doc(
        "nl-hr-mail-ziekmelding-re-integratie",
        "Van: Fleur Dijkstra (P&O) <f.dijkstra@provincie-utrecht.nl>\n"
        "Aan: Tim Oosterveld <t.oosterveld@provincie-utrecht.nl>\n"
        "Onderwerp: re-integratie Martijn\n"
        "\n"
        "Hoi Tim,\n"
        "\n"
        "Martijn Brouwer is sinds 14 juli ziek thuis met een burn-out. De bedrijfsarts adviseert om in november te\n"
        "starten met twee ochtenden per week, zonder leidinggevende taken. Hij is ook in behandeling bij een\n"
        "psycholoog. Wil jij dit met hem bespreken?\n"
        "\n"
        "Groet,\n"
        "Fleur\n",
        redact=[("Fleur Dijkstra", "PERSON", E), ("f.dijkstra@provincie-utrecht.nl", "EMAIL", E), ("Tim Oosterveld", "PERSON", E),
                ("t.oosterveld@provincie-utrecht.nl", "EMAIL", E), ("re-integratie |Martijn|", "PERSON", E),
                ("Hoi |Tim|,", "PERSON", E), ("Martijn Brouwer", "PERSON", E), ("\n|Fleur|\n", "PERSON", E)],
        passages=[("ziek thuis met een burn-out", SPECIAL), ("in behandeling bij een\npsycholoog", SPECIAL)],
        visible=["P&O"],
        batch=145,
    ),
    Doc(
        "nl-verslag-commissie-insprekers",
        "Verslag commissie Ruimte, gemeente Deventer, 24 september 2025\n"
        "\n"
        "Voorzitter: de heer G. Pelgrim (VVD)\n"
        "Insprekers: mevrouw Ria Tijhuis-Oude Ophuis (namens bewoners Rielerenk), de heer Sander Groothuis\n"
        "\n"
        "Mevrouw Tijhuis-Oude Ophuis vraagt de commissie de kap van de bomen aan de Rembrandtlaan uit te stellen. De\n"
        "heer Groothuis woont aan de Rembrandtlaan 31 en vreest voor zijn fundering.\n"
        "Wethouder Marco Swart zegt toe de bewoners voor de zomer te informeren.\n",
        redact=[("Ria Tijhuis-Oude Ophuis", "PERSON", E), ("Sander Groothuis", "PERSON", E),
                ("Mevrouw |Tijhuis-Oude Ophuis| vraagt", "PERSON", E), ("heer |Groothuis| woont", "PERSON", E),
                ("Rembrandtlaan 31", "ADDRESS", E)],
        officials=["G. Pelgrim", "Marco Swart"],
        visible=["Rielerenk", "commissie Ruimte"],
        batch=145,
    ),
    Doc(
        "en-uk-ministerial-submission-extract",
        "OFFICIAL-SENSITIVE\n"
        "To: Secretary of State\n"
        "From: Hannah Whitfield, Deputy Director, Prisons Policy\n"
        "Date: 2 October 2025\n"
        "\n"
        "Recommendation\n"
        "1. That you agree to extend the early release scheme to sentences of up to five years. We judge that the\n"
        "risk of a public backlash is manageable if the announcement is paired with new probation funding.\n"
        "\n"
        "Contact: Owen Pritchard, Policy Adviser, 020 3334 5521\n",
        redact=[("Hannah Whitfield", "PERSON", E), ("Owen Pritchard", "PERSON", E), ("020 3334 5521", "PHONE", E)],
        passages=[("We judge that", "5.2.1")],
        visible=["Secretary of State", "Prisons Policy", "OFFICIAL-SENSITIVE"],
        batch=145,
    ),
    Doc(
        "nl-handgeschreven-notitie-transcriptie",
        "[transcriptie handgeschreven notitie, bijlage 4]\n"
        "\n"
        "tel. gesprek mw. Oudejans (buurvrouw nr. 14) - 18/9\n"
        "- zegt dat dhr. Lammers al weken niet buiten komt\n"
        "- vermoedt dat hij weer drinkt, ziet lege flessen bij het oud papier\n"
        "- dochter woont in Zwolle, tel 038-4217765\n"
        "→ doorgezet naar wijkteam (Yvonne)\n",
        redact=[("mw. |Oudejans|", "PERSON", E), ("dhr. |Lammers|", "PERSON", E), ("038-4217765", "PHONE", E),
                ("(|Yvonne|)", "PERSON", E)],
        passages=[("vermoedt dat hij weer drinkt", SPECIAL)],
        visible=["Zwolle", "wijkteam"],
        batch=145,
    ),
    Doc(
        "nl-subsidiebesluit-maatschap-melkveehouderij",
        "Besluit op uw aanvraag subsidie Jonge Landbouwers\n"
        "\n"
        "Aan: Maatschap Wolters-Nijhuis\n"
        "t.a.v. de heer H.J. Wolters\n"
        "Dalweg 9\n"
        "7681 RJ  Vroomshoop\n"
        "\n"
        "Geachte heer Wolters,\n"
        "\n"
        "Wij kennen u een subsidie toe van EUR 20.000. Wij maken het bedrag over op rekening NL55 RABO 6631 3867 99.\n"
        "Uw relatienummer bij RVO is 2004518827.\n",
        redact=[("Wolters-Nijhuis", "PERSON", E), ("H.J. Wolters", "PERSON", E), ("Dalweg 9\n7681 RJ", "ADDRESS", E),
                ("heer |Wolters|,", "PERSON", E), ("NL55 RABO 6631 3867 99", "IBAN", E)],
        visible=["RVO", "Jonge Landbouwers", "Vroomshoop"],
        batch=145,
    ),
    # -- batch 146: written after batch 145's first run, before running anything
    Doc(
        "nl-zaaksysteem-logboek-export",
        "Logboek zaak Z/25/118842 - Omgevingsvergunning dakopbouw\n"
        "Datum;Tijd;Medewerker;Actie;Toelichting\n"
        "04-03-2025;10:12;J. Hofman;Zaak aangemaakt;aanvraag via OLO, aanvrager E. Stoutjesdijk\n"
        "06-03-2025;14:40;J. Hofman;Notitie;buurman (nr. 19) belt, wil zienswijze indienen\n"
        "11-03-2025;09:05;Pieter-Bas Kooijman;Advies welstand;positief\n"
        "18-03-2025;16:22;J. Hofman;Besluit verzonden;\n",
        redact=[("J. Hofman", "PERSON", E), ("E. Stoutjesdijk", "PERSON", E), ("Pieter-Bas Kooijman", "PERSON", E)],
        visible=["Z/25/118842", "OLO", "04-03-2025", "Omgevingsvergunning dakopbouw"],
        batch=146,
    ),
    Doc(
        "nl-woo-verzoek-ftm-zwembad",
        "Aan het college van burgemeester en wethouders van Zaanstad\n"
        "Postbus 2000\n"
        "1500 GA  Zaandam\n"
        "\n"
        "Onderwerp: Woo-verzoek inzake de aanbesteding van het zwembad\n"
        "\n"
        "Geacht college,\n"
        "\n"
        "Namens Follow the Money verzoek ik u op grond van de Wet open overheid om openbaarmaking van alle documenten\n"
        "over de aanbesteding van zwembad De Slag sinds 1 januari 2023, waaronder de correspondentie met wethouder\n"
        "Songül Mutluer en met de bouwcombinatie.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Merel Schipperheijn\n"
        "onderzoeksjournalist\n"
        "merel.schipperheijn@ftm.nl | 06-28113940\n",
        redact=[("Merel Schipperheijn", "PERSON", E), ("merel.schipperheijn@ftm.nl", "EMAIL", E), ("06-28113940", "PHONE", E)],
        officials=["Songül Mutluer"],
        visible=["Follow the Money", "Postbus 2000", "1500 GA  Zaandam", "zwembad De Slag"],
        batch=146,
    ),
    Doc(
        "de-brief-kreis-kleve-grensoverschrijdend",
        "Kreis Kleve - Der Landrat\n"
        "Fachbereich Umwelt\n"
        "\n"
        "An die Gemeente Berg en Dal\n"
        "z. Hd. Herrn Ruud Verbeek\n"
        "\n"
        "Betreff: Geruchsbeschwerden Schweinemastbetrieb Kranenburg-Wyler\n"
        "\n"
        "Sehr geehrter Herr Verbeek,\n"
        "\n"
        "wie telefonisch besprochen hat der Betreiber, Herr Hendrik Janssen-Böhmer, inzwischen einen Abluftwäscher\n"
        "beantragt. Die Beschwerdeführerin aus Zyfflich, Frau Dr. Annegret Wolters, wurde informiert.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Im Auftrag\n"
        "Kathrin Möllenbeck\n"
        "Tel. +49 2821 85-613\n",
        redact=[("Ruud Verbeek", "PERSON", E), ("Herr |Verbeek|,", "PERSON", E), ("Hendrik Janssen-Böhmer", "PERSON", E),
                ("Annegret Wolters", "PERSON", E), ("Kathrin Möllenbeck", "PERSON", E), ("+49 2821 85-613", "PHONE", E)],
        visible=["Kreis Kleve", "Gemeente Berg en Dal", "Kranenburg-Wyler", "Zyfflich", "Fachbereich Umwelt"],
        batch=146,
    ),
    Doc(
        "en-uk-police-foi-misconduct-hearing",
        "Freedom of Information Request 2025/1874 - Response\n"
        "\n"
        "You asked for the outcome of the misconduct hearing held on 14 August 2025.\n"
        "\n"
        "PC 4471 Daniel Okafor was found to have breached the Standards of Professional Behaviour in respect of\n"
        "honesty and integrity and was dismissed without notice. The hearing was chaired by Ms Jacqueline Norris, an\n"
        "independent legally qualified chair. The complainant, a member of the public, is not named in this response.\n"
        "\n"
        "Information Management Unit, Avon and Somerset Police\n",
        officials=["Jacqueline Norris"],
        redact=[("PC |4471|", "ID", E), ("Daniel Okafor", "PERSON", E)],
        visible=["Avon and Somerset Police", "Information Management Unit", "14 August 2025"],
        batch=146,
    ),
    Doc(
        "nl-mt-verslag-vws-actielijst-kolommen",
        "Verslag MT Directie Zorgverzekeringen, 9 oktober 2025\n"
        "Aanwezig: Hester Bakker (dir.), JvdL, Karin Ooms, Ruben Tjon-A-Fat (verslag)\n"
        "\n"
        "1. Risicovereveningsmodel 2026\n"
        "JvdL meldt dat Vektis de cijfers een week later levert. Karin vindt het onverstandig om de brief aan de Kamer uit\n"
        "te stellen.\n"
        "\n"
        "Actielijst\n"
        "Nr  Actie                              Wie     Wanneer\n"
        "1   Afstemmen met FIN over de raming    JvdL    16-10\n"
        "2   Concept Kamerbrief                  Karin   23-10\n",
        redact=[("Hester Bakker", "PERSON", E), ("JvdL", "PERSON", E), ("Karin Ooms", "PERSON", E),
                ("Ruben Tjon-A-Fat", "PERSON", E), ("levert. |Karin| vindt", "PERSON", E), ("|Karin|   23-10", "PERSON", E)],
        passages=[("vindt het onverstandig", "5.2.1")],
        visible=["Vektis", "FIN", "MT Directie Zorgverzekeringen"],
        batch=146,
    ),
    Doc(
        "nl-brief-burger-bsn-met-punten",
        "Aan de Belastingdienst/Toeslagen\n"
        "\n"
        "Betreft: bezwaar terugvordering huurtoeslag 2023\n"
        "Mijn BSN-nummer: 4274.32.613\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Ik ben het niet eens met de terugvordering. In 2023 woonde mijn zoon Dylan (19) niet meer bij mij maar op\n"
        "kamers in Enschede. Ik stuur het huurcontract van zijn kamer mee.\n"
        "\n"
        "Hoogachtend,\n"
        "N. Kuipers-Wessels\n"
        "Burgemeester Jansenlaan 41\n"
        "7521 EK  Enschede\n",
        redact=[("4274.32.613", "BSN", BSN_GROUND), ("zoon |Dylan|", "PERSON", E), ("N. Kuipers-Wessels", "PERSON", E),
                ("Burgemeester Jansenlaan 41\n7521 EK", "ADDRESS", E)],
        visible=["Belastingdienst/Toeslagen", "Enschede"],
        batch=146,
    ),
    Doc(
        "nl-whatsapp-wethouder-bewoner",
        "WhatsApp-chat met Ilse Verhulst\n"
        "\n"
        "[21-08-25 19:02:11] Ilse Verhulst: Beste wethouder, de brug bij de Vaartweg is weer kapot. Mijn man zit in een\n"
        "rolstoel en kan zo niet naar de bakker.\n"
        "[21-08-25 19:30:45] Wethouder Kees Jan de Vries: Dank Ilse, ik laat het morgen uitzoeken door de buitendienst.\n"
        "[22-08-25 08:15:02] Ilse Verhulst: 👍\n",
        redact=[("Ilse Verhulst", "PERSON", E), ("Dank |Ilse|,", "PERSON", E)],
        passages=[("Mijn man zit in een\nrolstoel", SPECIAL)],
        officials=["Kees Jan de Vries"],
        visible=["Vaartweg"],
        batch=146,
    ),
    Doc(
        "nl-notitie-lobby-kamerlid",
        "Notitie gesprek brancheorganisatie Thuiswinkel.org, 2 juli 2025\n"
        "Aanwezig: Marlies van Eijk (Thuiswinkel.org), Bastiaan Greveling (EZ, directie Digitale Economie)\n"
        "\n"
        "Van Eijk vertelt dat Kamerlid Barbara Kathmann (GL-PvdA) de branche heeft gevraagd om cijfers over retouren. De\n"
        "branche wil die pas delen na de zomer. Greveling zegt toe het verzoek intern te bespreken.\n",
        redact=[("Marlies van Eijk", "PERSON", E), ("Bastiaan Greveling", "PERSON", E), ("\n|Van Eijk| vertelt", "PERSON", E),
                ("zomer. |Greveling| zegt", "PERSON", E)],
        officials=["Barbara Kathmann"],
        visible=["Thuiswinkel.org", "directie Digitale Economie"],
        batch=146,
    ),
    Doc(
        "nl-inventarislijst-woo-besluit-tiel",
        "Inventarislijst Woo-besluit 2025-0093\n"
        "\n"
        "Nr.  Datum       Document                                             Beoordeling        Weigeringsgrond\n"
        "1    12-01-2024  E-mail van A. de Groot aan projectteam              Deels openbaar     5.1.2e\n"
        "2    15-01-2024  Memo ambtelijk advies                               Deels openbaar     5.2.1, 5.1.2e\n"
        "3    02-02-2024  Brief minister aan gemeente Tiel                    Openbaar\n",
        redact=[("A. de Groot", "PERSON", E)],
        visible=["Deels openbaar", "5.1.2e", "5.2.1, 5.1.2e", "gemeente Tiel", "Memo ambtelijk advies"],
        batch=146,
    ),
    Doc(
        "en-us-doj-foia-log-entries",
        "FOIA LOG - FISCAL YEAR 2025 (EXCERPT)\n"
        "Request No.     Received     Requester              Organization                 Subject\n"
        "EOUSA-2025-0412 01/14/2025   Tamika R. Holloway     (individual)                 records about herself\n"
        "EOUSA-2025-0413 01/14/2025   Jason Leopold          Bloomberg News               Epstein investigation\n"
        "EOUSA-2025-0419 01/16/2025   Craig Venhuizen        Judicial Watch               travel records\n",
        redact=[("Tamika R. Holloway", "PERSON", E), ("Jason Leopold", "PERSON", E), ("Craig Venhuizen", "PERSON", E)],
        visible=["Bloomberg News", "Judicial Watch", "EOUSA-2025-0412", "(individual)"],
        batch=146,
    ),
    # -- batch 147: written after the merge of the two engineers' branches (d24c563), before running anything
    Doc(
        "nl-klacht-huisarts-ggd-mail",
        "Van: Sanne Hoogeveen <sannehoogeveen@ziggo.nl>\n"
        "Aan: klachten@ggdhm.nl\n"
        "Onderwerp: klacht over nachtdienst huisartsenpost\n"
        "\n"
        "Geachte heer/mevrouw,\n"
        "\n"
        "Op zaterdag 8 november heb ik met mijn zoontje Mats (3) de huisartsenpost in Haarlem bezocht. Hij had al twee\n"
        "dagen hoge koorts en was suf. De dienstdoende arts, dokter Verwoerd, stuurde ons na vijf minuten naar huis. Een\n"
        "dag later bleek in het Spaarne Gasthuis dat Mats een longontsteking had.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Sanne Hoogeveen\n"
        "06 - 42 19 88 70\n",
        redact=[("Sanne Hoogeveen", "PERSON", E), ("sannehoogeveen@ziggo.nl", "EMAIL", E), ("zoontje |Mats|", "PERSON", E),
                ("dokter |Verwoerd|", "PERSON", E), ("dat |Mats| een", "PERSON", E), ("06 - 42 19 88 70", "PHONE", E)],
        passages=[("Mats een longontsteking had", SPECIAL)],
        visible=["klachten@ggdhm.nl", "Haarlem"],
        batch=147,
    ),
    Doc(
        "nl-raadsverslag-insprekers-windpark",
        "Verslag van de openbare vergadering van de gemeenteraad van Emmen, 16 oktober 2025\n"
        "\n"
        "Voorzitter: burgemeester Eelco Bouwmeester\n"
        "Griffier: mevrouw J. Nijland\n"
        "\n"
        "Agendapunt 4. Insprekers windpark Oosterwolde\n"
        "De heer Harm Stevens (Stichting Tegenwind Drenthe) vraagt de raad het bestemmingsplan aan te houden. Mevrouw\n"
        "Gerda Tiesing woont op 600 meter van de geplande turbines en vertelt dat haar man sinds de bouw van de eerste\n"
        "mast slecht slaapt.\n"
        "Raadslid Jan Kuiper (PvdA) vraagt de wethouder naar de slagschaduw. Wethouder Robin Kleine Koerkamp antwoordt\n"
        "dat de normen worden gehaald.\n",
        redact=[("Harm Stevens", "PERSON", E), ("Gerda Tiesing", "PERSON", E)],
        passages=[("slecht slaapt", SPECIAL)],
        officials=["Eelco Bouwmeester", "Jan Kuiper", "Robin Kleine Koerkamp"],
        visible=["Stichting Tegenwind Drenthe", "Oosterwolde"],
        batch=147,
    ),
    Doc(
        "nl-raadsonderzoek-jeugdbescherming-rapport",
        "RAADSRAPPORT - Raad voor de Kinderbescherming, locatie Zwolle\n"
        "Betreft: Liam de Haan (geb. 14-05-2014) en Sophie de Haan (geb. 02-09-2017)\n"
        "Moeder: Priscilla de Haan-Bolhuis, Assendorperstraat 119, 8012 DJ Zwolle\n"
        "Vader: Erwin de Haan, verblijfadres onbekend\n"
        "\n"
        "De Raad heeft gesproken met moeder, met de mentor van Liam en met de huisarts. Moeder is sinds 2022 in\n"
        "behandeling bij Dimence voor een depressie. Vader heeft een contactverbod na een veroordeling voor\n"
        "huiselijk geweld in 2023.\n"
        "\n"
        "Raadsonderzoeker: Marloes Oosterbaan\n",
        redact=[("Liam de Haan", "PERSON", E), ("14-05-2014", "DATE_OF_BIRTH", E), ("Sophie de Haan", "PERSON", E),
                ("02-09-2017", "DATE_OF_BIRTH", E), ("Priscilla de Haan-Bolhuis", "PERSON", E),
                ("Assendorperstraat 119, 8012 DJ", "ADDRESS", E), ("Erwin de Haan", "PERSON", E),
                ("mentor van |Liam|", "PERSON", E), ("Marloes Oosterbaan", "PERSON", E)],
        passages=[("voor een depressie", SPECIAL), ("veroordeling voor\nhuiselijk geweld", SPECIAL)],
        visible=["Raad voor de Kinderbescherming"],
        batch=147,
    ),
    Doc(
        "en-us-ice-email-detainee-transfer",
        "From: Whitaker, Connor J <Connor.J.Whitaker@ice.dhs.gov>\n"
        "Sent: Monday, June 2, 2025 7:48 AM\n"
        "To: ERO-Houston-Detention <EROHoustonDetention@ice.dhs.gov>\n"
        "Subject: transfer - MENDOZA ALVARADO, Yesenia (A# 219-448-017)\n"
        "\n"
        "Team, subject is 24 weeks pregnant and has been flagged by IHSC as high risk. Please hold the transfer to\n"
        "Laredo until medical clears her. Her attorney, Rebecca Stahl of RAICES, has asked for a call today at\n"
        "(210) 555-0147.\n",
        redact=[("Whitaker, Connor J", "PERSON", E), ("Connor.J.Whitaker@ice.dhs.gov", "EMAIL", E),
                ("MENDOZA ALVARADO, Yesenia", "PERSON", E), ("219-448-017", "ID", E), ("Rebecca Stahl", "PERSON", E),
                ("(210) 555-0147", "PHONE", E)],
        passages=[("24 weeks pregnant", SPECIAL)],
        visible=["EROHoustonDetention@ice.dhs.gov", "RAICES", "Laredo"],
        batch=147,
    ),
    Doc(
        "nl-belastingdienst-brief-toeslagen-herstel",
        "Belastingdienst/Toeslagen\n"
        "Postbus 8888\n"
        "6401 DJ  Heerlen\n"
        "\n"
        "Mevrouw S.M. Tahiri\n"
        "Cornelis Houtmanstraat 7 A\n"
        "3572 LT  Utrecht\n"
        "\n"
        "Burgerservicenummer: 581540426\n"
        "Datum: 4 november 2025\n"
        "\n"
        "Geachte mevrouw Tahiri,\n"
        "\n"
        "U bent erkend als gedupeerde van de hersteloperatie kinderopvangtoeslag. Wij betalen u EUR 30.000 uit op\n"
        "rekening NL02 INGB 7281 4330 24.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "namens de Dienst Toeslagen,\n"
        "R. van Amerongen\n"
        "teamleider Herstel\n",
        redact=[("S.M. Tahiri", "PERSON", E), ("Cornelis Houtmanstraat 7 A\n3572 LT", "ADDRESS", E),
                ("581540426", "BSN", BSN_GROUND), ("mevrouw |Tahiri|,", "PERSON", E), ("NL02 INGB 7281 4330 24", "IBAN", E),
                ("R. van Amerongen", "PERSON", E)],
        visible=["Postbus 8888", "6401 DJ  Heerlen", "Belastingdienst/Toeslagen"],
        batch=147,
    ),
    Doc(
        "nl-mail-ministeries-opvattingen-asiel",
        "Van: Kooistra, Jelle <jelle.kooistra@minjenv.nl>\n"
        "Aan: Brinkhuis, Anouk <anouk.brinkhuis@minaz.nl>\n"
        "Onderwerp: RE: reactie op motie spreidingswet\n"
        "\n"
        "Anouk,\n"
        "\n"
        "Eerlijk gezegd ben ik er niet gerust op dat de gemeenten dit gaan uitvoeren. Als je het mij vraagt is de\n"
        "motie onuitvoerbaar en moeten we dat ook zo opschrijven. Mijn collega's bij DGM zien dat anders.\n"
        "\n"
        "Jelle\n",
        redact=[("Kooistra, Jelle", "PERSON", E), ("jelle.kooistra@minjenv.nl", "EMAIL", E), ("Brinkhuis, Anouk", "PERSON", E),
                ("anouk.brinkhuis@minaz.nl", "EMAIL", E), ("\n|Anouk|,", "PERSON", E), ("\n|Jelle|\n", "PERSON", E)],
        passages=[("ben ik er niet gerust op", "5.2.1"), ("Als je het mij vraagt", "5.2.1")],
        visible=["DGM"],
        batch=147,
    ),
    Doc(
        "en-uk-nhs-trust-foi-serious-incident",
        "Freedom of Information request FOI/2025/0331\n"
        "\n"
        "Serious incident summary (redacted version prepared for disclosure)\n"
        "On 3 February 2025 a patient on Ward 12, Mr Gordon McLeish (aged 71), fell while trying to reach the bathroom\n"
        "unassisted and sustained a hip fracture. Staff nurse Aisling Byrne found him at 03:10. The investigation found\n"
        "that his falls risk assessment had not been updated after he was started on sedatives.\n"
        "\n"
        "Patient Safety Team, Royal Infirmary of Edinburgh\n",
        redact=[("Gordon McLeish", "PERSON", E), ("Aisling Byrne", "PERSON", E)],
        passages=[("sustained a hip fracture", SPECIAL), ("started on sedatives", SPECIAL)],
        visible=["Patient Safety Team", "Royal Infirmary of Edinburgh"],
        batch=147,
    ),
    Doc(
        "nl-advocatenbrief-namens-client-vreemdelingen",
        "Kantoor Van der Velde Advocaten\n"
        "Oudegracht 221\n"
        "3511 NH  Utrecht\n"
        "\n"
        "Aan de Immigratie- en Naturalisatiedienst\n"
        "\n"
        "Betreft: cliënt de heer Abdirahman Warsame Hassan, V-nummer 2947186033\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Namens mijn cliënt verzoek ik u het gehoor uit te stellen. Cliënt is vorige week opgenomen in het UMC Utrecht\n"
        "na een suïcidepoging en is niet in staat te worden gehoord.\n"
        "\n"
        "Hoogachtend,\n"
        "mr. D.A. van der Velde\n",
        redact=[("Abdirahman Warsame Hassan", "PERSON", E), ("2947186033", "ID", E), ("D.A. van der Velde", "PERSON", E)],
        passages=[("na een suïcidepoging", SPECIAL)],
        visible=["Kantoor Van der Velde Advocaten", "Oudegracht 221", "Immigratie- en Naturalisatiedienst"],
        batch=147,
    ),
    Doc(
        "nl-notitie-politie-demonstratie-a12",
        "NOTITIE - politie eenheid Den Haag, team Openbare Orde\n"
        "Onderwerp: verwachte blokkade A12 door Extinction Rebellion, zaterdag 15 november\n"
        "\n"
        "Uit open bronnen verwachten wij 2.000 tot 3.000 deelnemers. Wij zetten een waterwerper en vier ME-pelotons\n"
        "in bij de Utrechtsebaan; een arrestatieteam staat gereed in de Malietoren. De woordvoerder van XR, Anne\n"
        "Kramer, heeft in de media gezegd dat de groep 'tot het uiterste' gaat.\n",
        passages=[("een arrestatieteam staat gereed", "5.1.2h")],
        officials=["Anne\nKramer"],
        visible=["Extinction Rebellion", "A12"],
        batch=147,
    ),
    Doc(
        "en-us-va-letter-benefits-denial",
        "Department of Veterans Affairs\n"
        "Regional Office, 1722 I Street NW, Washington, DC 20421\n"
        "\n"
        "Mr. Terrence D. Whitfield\n"
        "3309 Alabama Avenue SE, Apt 202\n"
        "Washington, DC 20020\n"
        "\n"
        "Dear Mr. Whitfield:\n"
        "\n"
        "We denied your claim for service connection for post-traumatic stress disorder because the evidence does not\n"
        "show a verified in-service stressor. Your VA file number is 27 883 104.\n"
        "\n"
        "Sincerely,\n"
        "Regional Office Director\n",
        redact=[("Terrence D. Whitfield", "PERSON", E), ("3309 Alabama Avenue SE, Apt 202", "ADDRESS", E),
                ("Mr. |Whitfield|:", "PERSON", E), ("27 883 104", "ID", E)],
        passages=[("post-traumatic stress disorder", SPECIAL)],
        visible=["Department of Veterans Affairs", "1722 I Street NW", "Regional Office Director"],
        batch=147,
    ),
    # -- batch 148: written after batch 147's fixes, before running anything; text hard-wrapped as mails and scans are
    Doc(
        "nl-mail-buurtbemiddeling-hard-gewrapt",
        "Van: Buurtbemiddeling Deventer <info@buurtbemiddelingdeventer.nl>\n"
        "Aan: Wijkteam Keizerslanden <wijkteam.keizerslanden@deventer.nl>\n"
        "Onderwerp: doorverwijzing burenconflict\n"
        "\n"
        "Goedemiddag,\n"
        "\n"
        "Wij hebben de melding over het conflict tussen de families aan de\n"
        "Roggestraat doorgenomen. Mevrouw Esther\n"
        "Lubbers (Roggestraat 48) geeft aan dat haar buurman, de heer Hakan\n"
        "Yilmaz, haar sinds de zomer uitscheldt. De heer Yilmaz zegt zelf dat\n"
        "mevrouw Lubbers psychische problemen heeft en 's nachts op de muur\n"
        "bonkt. Bemiddeling lijkt ons niet kansrijk.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Ingrid Wolterink\n"
        "coördinator\n",
        redact=[("Esther\nLubbers", "PERSON", E), ("Roggestraat 48", "ADDRESS", E), ("Hakan\nYilmaz", "PERSON", E),
                ("heer |Yilmaz| zegt", "PERSON", E), ("mevrouw |Lubbers| psychische", "PERSON", E),
                ("Ingrid Wolterink", "PERSON", E)],
        passages=[("psychische problemen heeft", SPECIAL)],
        visible=["info@buurtbemiddelingdeventer.nl", "wijkteam.keizerslanden@deventer.nl", "Roggestraat doorgenomen"],
        batch=148,
    ),
    Doc(
        "en-us-dol-email-wage-complaint-wrapped",
        "From: Nakamura, Kenji - WHD <Nakamura.Kenji@dol.gov>\n"
        "To: Gallardo, Ines - WHD <Gallardo.Ines@dol.gov>\n"
        "Subject: Case 1987654 - Sunrise Senior Living\n"
        "\n"
        "Ines, I spoke with the complainant again today. Ms. Rosalind\n"
        "Abernathy-Price says she worked 52 hours a week as a night aide and\n"
        "was never paid overtime. She can be reached at (614) 555-0138 or at\n"
        "her home, 4471 Cleveland Avenue, Columbus, OH 43224. She asked that her\n"
        "employer not learn she filed; she is on a work visa.\n"
        "\n"
        "Kenji\n",
        redact=[("Nakamura, Kenji", "PERSON", E), ("Nakamura.Kenji@dol.gov", "EMAIL", E), ("Gallardo, Ines", "PERSON", E),
                ("Gallardo.Ines@dol.gov", "EMAIL", E), ("\n|Ines|, I", "PERSON", E), ("Rosalind\nAbernathy-Price", "PERSON", E),
                ("(614) 555-0138", "PHONE", E), ("4471 Cleveland Avenue", "ADDRESS", E), ("\n|Kenji|\n", "PERSON", E)],
        visible=["Sunrise Senior Living", "Case 1987654"],
        batch=148,
    ),
    Doc(
        "nl-ocr-beschikking-bijstand-gewrapt",
        "Gemeente Tilburg\n"
        "Team Inkomen\n"
        "\n"
        "De heer M. (Mohammed) El Khattabi\n"
        "Ringbaan-West 118\n"
        "5041 LS Tilburg\n"
        "\n"
        "Beschikking bijzondere bijstand\n"
        "\n"
        "Geachte heer El Khattabi,\n"
        "\n"
        "U vroeg op 2 oktober 2025 bijzondere bijstand aan voor de kosten van een\n"
        "bril voor uw dochter Yasmina. Wij kennen u EUR 185 toe. Wij maken het\n"
        "bedrag over op uw rekening NL09 ABNA 4673\n"
        "8139 63.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens het college van burgemeester en wethouders,\n"
        "\n"
        "K. Mutsaers\n"
        "consulent Inkomen\n",
        redact=[("M. (Mohammed) El Khattabi", "PERSON", E), ("Ringbaan-West 118\n5041 LS", "ADDRESS", E),
                ("heer |El Khattabi|,", "PERSON", E), ("dochter |Yasmina|", "PERSON", E),
                ("NL09 ABNA 4673\n8139 63", "IBAN", E), ("K. Mutsaers", "PERSON", E)],
        visible=["Gemeente Tilburg", "Team Inkomen"],
        batch=148,
    ),
    Doc(
        "nl-verslag-driehoek-ondermijning-gewrapt",
        "Verslag regionale driehoek, 12 november 2025 - vertrouwelijk\n"
        "Aanwezig: burgemeester Paul Depla, hoofdofficier van justitie Marthijn\n"
        "Knoop, politiechef Wilbert Paulissen; verslag: Sanne van Oostveen\n"
        "\n"
        "De politie heeft aanwijzingen dat de eigenaar van een shishalounge aan\n"
        "de Haagweg, Bilal Aarab, drugsgeld witwast. Het OM start een\n"
        "financieel onderzoek; de burgemeester wacht met een sluiting tot de\n"
        "doorzoeking is geweest.\n",
        redact=[("Sanne van Oostveen", "PERSON", E), ("Bilal Aarab", "PERSON", E)],
        passages=[("drugsgeld witwast", SPECIAL), ("wacht met een sluiting tot de\ndoorzoeking", "5.1.2c")],
        officials=["Paul Depla", "Marthijn\nKnoop", "Wilbert Paulissen"],
        batch=148,
    ),
    Doc(
        "en-uk-foi-internal-review-email-chain",
        "From: Information Rights <information.rights@homeoffice.gov.uk>\n"
        "Sent: 14 October 2025 16:02\n"
        "To: Callum Fraser\n"
        "Subject: RE: FOI 88214 - internal review\n"
        "\n"
        "Callum - the requester, Dr Adaeze\n"
        "Okonkwo-Bright, has now complained to the ICO. Our view is that the\n"
        "original decision to withhold under section 31 was right, but the\n"
        "handling was slow. I would not contest the delay point.\n"
        "\n"
        "Priya Raman\n"
        "Senior Information Rights Adviser\n",
        redact=[("Callum Fraser", "PERSON", E), ("\n|Callum| -", "PERSON", E), ("Adaeze\nOkonkwo-Bright", "PERSON", E),
                ("Priya Raman", "PERSON", E)],
        passages=[("Our view is that", "5.2.1"), ("I would not contest", "5.2.1")],
        visible=["information.rights@homeoffice.gov.uk", "ICO"],
        batch=148,
    ),
    Doc(
        "nl-brief-burger-zienswijze-gewrapt",
        "Zienswijze ontwerpbesluit kapvergunning Stationsplein\n"
        "\n"
        "Ondergetekende, Willemijn Bakker-\n"
        "Schut, wonende Stationsweg 14 te\n"
        "Heerenveen, dient hierbij een zienswijze in. De drie linden voor mijn\n"
        "huis zijn honderd jaar oud. Mijn zoon Daan (8) heeft astma en de\n"
        "bomen houden het fijnstof van de busbaan tegen.\n"
        "\n"
        "Heerenveen, 3 november 2025\n"
        "W. Bakker-Schut\n",
        redact=[("Willemijn Bakker-\nSchut", "PERSON", E), ("Stationsweg 14", "ADDRESS", E), ("zoon |Daan|", "PERSON", E),
                ("W. Bakker-Schut", "PERSON", E)],
        passages=[("heeft astma", SPECIAL)],
        visible=["Stationsplein", "Heerenveen, 3 november 2025"],
        batch=148,
    ),
    Doc(
        "nl-interne-notitie-vertrouwelijk-buitenland-gewrapt",
        "Notitie DG Politieke Zaken (dep. vertrouwelijk)\n"
        "\n"
        "In een informeel gesprek liet de Marokkaanse ambassadeur doorschemeren\n"
        "dat Rabat bereid is mee te werken aan terugkeer, mits Nederland\n"
        "publiekelijk niets zegt over de mensenrechtensituatie in de Westelijke\n"
        "Sahara. Hij vroeg uitdrukkelijk dit niet met andere lidstaten te delen.\n"
        "\n"
        "Ik adviseer om hier niet op in te gaan.\n",
        passages=[("dep. vertrouwelijk", "5.1.1b"), ("liet de Marokkaanse ambassadeur doorschemeren", "5.1.2a"),
                  ("vroeg uitdrukkelijk dit niet met andere lidstaten te delen", "5.1.2a"), ("Ik adviseer", "5.2.1")],
        batch=148,
    ),
    Doc(
        "nl-gespreksverslag-uwv-re-integratie",
        "Gespreksverslag UWV - re-integratie tweede spoor\n"
        "Cliënt: de heer R.J. (Remco) Hagenbeek, geboren 19 juni 1979\n"
        "Arbeidsdeskundige: Fatima Ouaali\n"
        "\n"
        "De heer Hagenbeek werkte tot zijn uitval als vrachtwagenchauffeur bij\n"
        "Van den Bosch Transport. Na zijn hartinfarct in maart mag hij van de\n"
        "cardioloog geen zwaar werk meer doen. Hij volgt een opleiding tot\n"
        "planner.\n",
        redact=[("R.J. (Remco) Hagenbeek", "PERSON", E), ("19 juni 1979", "DATE_OF_BIRTH", E), ("Fatima Ouaali", "PERSON", E),
                ("heer |Hagenbeek| werkte", "PERSON", E)],
        passages=[("Na zijn hartinfarct", SPECIAL)],
        visible=["Van den Bosch Transport", "UWV"],
        batch=148,
    ),
    # -- batch 149: written after batch 148's fixes, before running anything
    Doc(
        "nl-besluit-last-onder-dwangsom-bouwwerk",
        "Aangetekend\n"
        "De heer J.H.M. (Johan) ter Beek en mevrouw A. ter Beek-Nijhof\n"
        "Hengelosestraat 512\n"
        "7521 AN  Enschede\n"
        "\n"
        "Ons kenmerk: 2025-ODT-04417\n"
        "Behandeld door: mw. L. Scholten, toezichthouder bouwen, telefoon 053 481 21 34\n"
        "\n"
        "Geachte heer en mevrouw Ter Beek,\n"
        "\n"
        "Op 2 september 2025 heeft onze toezichthouder vastgesteld dat op uw perceel een overkapping van 40 m2 is gebouwd\n"
        "zonder omgevingsvergunning. Wij leggen u een last onder dwangsom op van EUR 500 per week.\n"
        "\n"
        "Burgemeester en wethouders van Enschede,\n"
        "namens dezen,\n"
        "ing. P.W. Brinkers\n"
        "teamleider Toezicht en Handhaving\n",
        redact=[("J.H.M. (Johan) ter Beek", "PERSON", E), ("A. ter Beek-Nijhof", "PERSON", E),
                ("Hengelosestraat 512\n7521 AN", "ADDRESS", E), ("L. Scholten", "PERSON", E), ("053 481 21 34", "PHONE", E),
                ("mevrouw |Ter Beek|,", "PERSON", E), ("P.W. Brinkers", "PERSON", E)],
        visible=["2025-ODT-04417", "Burgemeester en wethouders van Enschede"],
        batch=149,
    ),
    Doc(
        "nl-mail-journalist-vraag-woordvoerder",
        "Van: Woordvoering Gemeente Rotterdam <pers@rotterdam.nl>\n"
        "Aan: Stijn Ottenhof <s.ottenhof@rijnmond.nl>\n"
        "Onderwerp: RE: vragen over uitzetting Vreewijk\n"
        "\n"
        "Beste Stijn,\n"
        "\n"
        "Op je vragen kan ik het volgende zeggen, dit mag je citeren als reactie van woordvoerder Roel Hoogenraad:\n"
        "'De woningcorporatie heeft de gemeente pas na de ontruiming ingelicht.' Over de bewoonster zelf doen wij geen\n"
        "uitspraken. Off the record: zij was al langer in beeld bij het wijkteam vanwege verwaarlozing van haar kinderen.\n"
        "\n"
        "Groet,\n"
        "Roel\n",
        redact=[("Stijn Ottenhof", "PERSON", E), ("s.ottenhof@rijnmond.nl", "EMAIL", E), ("Beste |Stijn|,", "PERSON", E)],
        passages=[("verwaarlozing van haar kinderen", E)],
        officials=["Roel Hoogenraad"],
        visible=["pers@rotterdam.nl", "Vreewijk"],
        batch=149,
    ),
    Doc(
        "en-uk-council-safeguarding-referral",
        "ADULT SAFEGUARDING REFERRAL - OFFICIAL SENSITIVE\n"
        "Name of adult at risk: Margaret (Peggy) Thornbury    DOB: 22/07/1938\n"
        "Address: 14 Orchard Close, Hereford HR4 9QW\n"
        "NHS number: 943 476 5919\n"
        "Referrer: Tom Ashdown, community pharmacist\n"
        "\n"
        "Concern: Mrs Thornbury's nephew, Gary Thornbury, collects her pension and has changed her bank details. She has\n"
        "early-stage Alzheimer's and told the referrer she is 'frightened of him'.\n",
        redact=[("Margaret (Peggy) Thornbury", "PERSON", E), ("22/07/1938", "DATE_OF_BIRTH", E),
                ("14 Orchard Close", "ADDRESS", E), ("HR4 9QW", "ADDRESS", E), ("943 476 5919", "ID", E), ("Tom Ashdown", "PERSON", E),
                ("Mrs |Thornbury|'s", "PERSON", E), ("Gary Thornbury", "PERSON", E)],
        passages=[("early-stage Alzheimer's", SPECIAL)],
        visible=["OFFICIAL SENSITIVE"],
        batch=149,
    ),
    Doc(
        "nl-verslag-keukentafelgesprek-schulden",
        "Verslag intake schuldhulpverlening, 6 november 2025\n"
        "Klant: mevrouw D. (Denise) Verhoef-Blom, BSN 372250488\n"
        "Adres: Prins Bernhardlaan 77, 2405 VM Alphen aan den Rijn\n"
        "Schuldhulpverlener: Mehmet Çelik\n"
        "\n"
        "Mevrouw heeft 14 schuldeisers, waaronder CJIB en DUO. Haar ex-partner Ricardo Blom betaalt geen alimentatie voor\n"
        "hun dochter Jaylinn (6). Mevrouw werkt 20 uur bij Albert Heijn.\n",
        redact=[("D. (Denise) Verhoef-Blom", "PERSON", E), ("372250488", "BSN", BSN_GROUND),
                ("Prins Bernhardlaan 77, 2405 VM", "ADDRESS", E), ("Mehmet Çelik", "PERSON", E), ("Ricardo Blom", "PERSON", E),
                ("dochter |Jaylinn|", "PERSON", E)],
        visible=["CJIB", "DUO", "Albert Heijn", "Alphen aan den Rijn"],
        batch=149,
    ),
    Doc(
        "nl-kamerbrief-publiek-minister",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Postbus 20018\n"
        "2500 EA  DEN HAAG\n"
        "\n"
        "Datum 10 november 2025\n"
        "Betreft Voortgang Nationaal Programma Groningen\n"
        "\n"
        "Geachte voorzitter,\n"
        "\n"
        "Met deze brief informeer ik uw Kamer over de voortgang van het Nationaal Programma Groningen. Samen met\n"
        "gedeputeerde Susan Top en burgemeester Koen Schuiling van de gemeente Groningen heb ik op 3 november het\n"
        "Jaarverslag in ontvangst genomen van de voorzitter van de stuurgroep, Rob Jetten.\n"
        "\n"
        "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\n"
        "\n"
        "Judith Uitermark\n",
        officials=["Susan Top", "Koen Schuiling", "Judith Uitermark"],
        visible=["Postbus 20018", "Nationaal Programma Groningen", "Rob Jetten"],
        batch=149,
    ),
    Doc(
        "en-us-epa-foia-response-letter",
        "UNITED STATES ENVIRONMENTAL PROTECTION AGENCY\n"
        "REGION 6\n"
        "\n"
        "Ms. Lucía Ybarra-Cortez\n"
        "Earthjustice\n"
        "900 Camp Street, Suite 303\n"
        "New Orleans, LA 70130\n"
        "\n"
        "Re: Freedom of Information Act Request EPA-R6-2025-004471\n"
        "\n"
        "Dear Ms. Ybarra-Cortez:\n"
        "\n"
        "This letter responds to your request for records concerning the Denka Performance Elastomer facility. We are\n"
        "releasing 212 pages in full and 14 pages in part. Names and personal phone numbers of residents who submitted\n"
        "complaints have been withheld under Exemption 6.\n"
        "\n"
        "Sincerely,\n"
        "Dwayne T. Richardson\n"
        "Regional FOIA Officer\n",
        redact=[("Lucía Ybarra-Cortez", "PERSON", E), ("Ms. |Ybarra-Cortez|:", "PERSON", E),
                ("Dwayne T. Richardson", "PERSON", E)],
        visible=["Earthjustice", "Denka Performance Elastomer", "EPA-R6-2025-004471"],
        batch=149,
    ),
    Doc(
        "nl-sms-wijkagent-melding-overlast",
        "Berichten met 06-38221907 (Sandra buurtapp)\n"
        "\n"
        "ma 3 nov 21:14 - Hoi Joris, hier Sandra van nr 23. De jongen van de Pijperstraat 9 staat weer te dealen bij de\n"
        "speeltuin. Zijn moeder weet het ook.\n"
        "ma 3 nov 21:20 - Joris (wijkagent): Dank je Sandra, we rijden er vanavond langs.\n",
        redact=[("06-38221907", "PHONE", E), ("(|Sandra| buurtapp)", "PERSON", E), ("hier |Sandra| van", "PERSON", E),
                ("Pijperstraat 9", "ADDRESS", E), ("je |Sandra|,", "PERSON", E), ("Hoi |Joris|,", "PERSON", E),
                ("- |Joris| (wijkagent)", "PERSON", E)],
        passages=[("staat weer te dealen", SPECIAL)],
        batch=149,
    ),
    # -- batch 150: written after batch 149's fixes, before running anything
    Doc(
        "be-pv-verhoor-getuige-gent",
        "PROCES-VERBAAL VAN VERHOOR - Politiezone Gent\n"
        "PV-nummer: GE.55.L3.018842/2025\n"
        "\n"
        "Verhoorde: DE SMET Lieselot, geboren te Aalst op 12/03/1991\n"
        "Rijksregisternummer: 91.03.12-284.27\n"
        "Wonende: Kortrijksesteenweg 812 bus 4, 9000 Gent\n"
        "\n"
        "Ik verklaar het volgende. Op 4 oktober rond 23u zag ik hoe de bestuurder van een witte Opel, nummerplaat\n"
        "1-KLM-482, mijn buurman Wim Van Acker aanreed en doorreed. Wim lag bewusteloos op de stoep.\n"
        "\n"
        "Verhoorder: INP Steven Claeys\n",
        redact=[("DE SMET Lieselot", "PERSON", E), ("12/03/1991", "DATE_OF_BIRTH", E), ("91.03.12-284.27", "ID", E),
                ("Kortrijksesteenweg 812 bus 4", "ADDRESS", E), ("4, |9000| Gent", "ADDRESS", E), ("1-KLM-482", "LICENSE_PLATE", E),
                ("Wim Van Acker", "PERSON", E), ("doorreed. |Wim| lag", "PERSON", E), ("INP |Steven Claeys|", "PERSON", E)],
        passages=[("lag bewusteloos", SPECIAL)],
        visible=["Politiezone Gent", "GE.55.L3.018842/2025"],
        batch=150,
    ),
    Doc(
        "nl-igj-brief-zorgaanbieder-calamiteit",
        "Inspectie Gezondheidszorg en Jeugd\n"
        "Postbus 2518\n"
        "6401 DA  Heerlen\n"
        "\n"
        "Zorggroep Het Hooge Veld\n"
        "t.a.v. de raad van bestuur, mevrouw drs. C.M. (Carla) Wessels\n"
        "\n"
        "Betreft: calamiteitenmelding 2025-11874\n"
        "\n"
        "Geachte mevrouw Wessels,\n"
        "\n"
        "Op 18 augustus 2025 overleed een bewoner van afdeling De Linde, de heer H. (Henk) Mulder (84), na een val uit\n"
        "bed. Uit uw rapportage blijkt dat de bedhekken niet waren opgezet, hoewel in zijn zorgplan stond dat hij\n"
        "valgevaarlijk was door zijn parkinson.\n"
        "\n"
        "Hoogachtend,\n"
        "\n"
        "drs. M.A. Kuijpers\n"
        "inspecteur\n",
        redact=[("C.M. (Carla) Wessels", "PERSON", E), ("mevrouw |Wessels|,", "PERSON", E), ("H. (Henk) Mulder", "PERSON", E),
                ("M.A. Kuijpers", "PERSON", E)],
        passages=[("door zijn parkinson", SPECIAL)],
        visible=["Inspectie Gezondheidszorg en Jeugd", "Postbus 2518", "Zorggroep Het Hooge Veld", "2025-11874"],
        batch=150,
    ),
    Doc(
        "nl-csv-export-meldingen-openbare-ruimte",
        "meldingnummer;datum;categorie;omschrijving;melder;telefoon;locatie\n"
        "MOR-2025-88412;03-11-2025;afval;vuilniszakken naast container;R. Doorenbos;0612345678;Kerkpad 4\n"
        "MOR-2025-88417;03-11-2025;verlichting;lantaarnpaal kapot;anoniem;;Molenstraat thv 12\n"
        "MOR-2025-88431;04-11-2025;overlast;hond blaft hele dag;Mieke van der Pol;0645871203;Zandweg 19a\n",
        redact=[("R. Doorenbos", "PERSON", E), ("0612345678", "PHONE", E), ("Kerkpad 4", "ADDRESS", E),
                ("Mieke van der Pol", "PERSON", E), ("0645871203", "PHONE", E), ("Zandweg 19a", "ADDRESS", E)],
        visible=["MOR-2025-88412", "anoniem", "vuilniszakken naast container"],
        batch=150,
    ),
    Doc(
        "nl-brief-eerder-gelakt-wob",
        "Ministerie van Volksgezondheid, Welzijn en Sport\n"
        "\n"
        "Aan: [5.1.2e]\n"
        "Van: 10.2.e\n"
        "Datum: 14 april 2020\n"
        "Onderwerp: mondkapjes\n"
        "\n"
        "Beste [5.1.2e],\n"
        "\n"
        "Zoals besproken met Sywert van Lienden sturen wij de offerte voor 40 miljoen mondkapjes. Onze contactpersoon bij\n"
        "de leverancier is Bernd Damme, 06-18447021.\n",
        redact=[("Bernd Damme", "PERSON", E), ("06-18447021", "PHONE", E)],
        visible=["[5.1.2e]", "10.2.e", "Ministerie van Volksgezondheid, Welzijn en Sport"],
        batch=150,
    ),
    Doc(
        "en-uk-crown-court-sentencing-remarks",
        "IN THE CROWN COURT AT SNARESBROOK\n"
        "R v DESMOND OKAFOR-WILLIAMS\n"
        "SENTENCING REMARKS OF HER HONOUR JUDGE RACHEL FINNEGAN\n"
        "\n"
        "Mr Okafor-Williams, you are 34 years old. On 2 March 2025 you assaulted your former partner, whom I shall not\n"
        "name, at her flat in Leytonstone. You have 11 previous convictions for 19 offences.\n",
        redact=[("DESMOND OKAFOR-WILLIAMS", "PERSON", E), ("Mr |Okafor-Williams|,", "PERSON", E)],
        passages=[("11 previous convictions", SPECIAL)],
        officials=["RACHEL FINNEGAN"],
        visible=["SNARESBROOK", "Leytonstone"],
        batch=150,
    ),
    Doc(
        "nl-mail-provincie-subsidie-agrariers",
        "Van: Gerben Hoekstra <g.hoekstra@fryslan.frl>\n"
        "Aan: Tjitske Rienstra <t.rienstra@fryslan.frl>\n"
        "CC: Sietse Bouma <sietse@boumaboerderij.nl>\n"
        "Onderwerp: FW: aanvraag Boerenlandvogels\n"
        "\n"
        "Tjitske, hierbij de aanvraag van de familie Bouma uit Oudega. Sietse heeft gebeld: zijn vader Hein ligt sinds\n"
        "vorige week in het MCL, vandaar de vertraging. Kun jij de termijn met twee weken verlengen?\n"
        "\n"
        "Gerben\n",
        redact=[("Gerben Hoekstra", "PERSON", E), ("g.hoekstra@fryslan.frl", "EMAIL", E), ("Tjitske Rienstra", "PERSON", E),
                ("t.rienstra@fryslan.frl", "EMAIL", E), ("Sietse Bouma", "PERSON", E), ("sietse@boumaboerderij.nl", "EMAIL", E),
                ("\n|Tjitske|, hierbij", "PERSON", E), ("familie |Bouma|", "PERSON", E), ("\n|Gerben|\n", "PERSON", E),
                ("Oudega. |Sietse| heeft", "PERSON", E), ("vader |Hein|", "PERSON", E)],
        passages=[("ligt sinds\nvorige week in het MCL", SPECIAL)],
        visible=["Boerenlandvogels", "Oudega"],
        batch=150,
    ),
    # -- batch 151: written at the end of the session, after all the fixes above, before running anything
    Doc(
        "nl-mail-gemeente-inburgering-klacht",
        "Van: Khalid Haddad <k.haddad85@outlook.com>\n"
        "Aan: inburgering@gemeenteamersfoort.nl\n"
        "Onderwerp: taalschool\n"
        "\n"
        "Geachte mevrouw Jonker,\n"
        "\n"
        "Mijn vrouw Rasha kan sinds haar bevalling in september de lessen op de taalschool niet volgen. Zij heeft\n"
        "nog steeds veel pijn in haar rug en de verloskundige zegt dat ze rust moet nemen. Kan de termijn voor haar\n"
        "inburgering worden verlengd? Onze zoon Adam is nu twee maanden.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Khalid Haddad\n"
        "Leusderweg 201, Amersfoort\n",
        redact=[("Khalid Haddad", "PERSON", E), ("k.haddad85@outlook.com", "EMAIL", E), ("mevrouw |Jonker|,", "PERSON", E),
                ("vrouw |Rasha|", "PERSON", E), ("zoon |Adam|", "PERSON", E), ("Leusderweg 201", "ADDRESS", E)],
        passages=[("veel pijn in haar rug", SPECIAL)],
        visible=["inburgering@gemeenteamersfoort.nl", "Amersfoort"],
        batch=151,
    ),
    Doc(
        "en-us-dhs-oig-memo-whistleblower",
        "MEMORANDUM FOR: Joseph V. Cuffari, Inspector General\n"
        "FROM: Tamara L. Westbrook, Special Agent in Charge\n"
        "SUBJECT: Retaliation complaint - CBP Officer (name withheld)\n"
        "\n"
        "The complainant, CBP Officer Marcus A. Delgado, alleges that after he reported overtime fraud his\n"
        "supervisor, Supervisory CBP Officer Kevin R. Maddox, reassigned him to night shifts. Delgado told us he has\n"
        "since been treated for anxiety. We assess that the reassignment was likely retaliatory.\n",
        redact=[("Tamara L. Westbrook", "PERSON", E), ("Marcus A. Delgado", "PERSON", E), ("Kevin R. Maddox", "PERSON", E),
                ("shifts. |Delgado| told", "PERSON", E)],
        passages=[("treated for anxiety", SPECIAL), ("We assess that", "5.2.1")],
        officials=["Joseph V. Cuffari"],
        visible=["CBP"],
        batch=151,
    ),
    Doc(
        "nl-notulen-mt-provincie-initialen-gewrapt",
        "Notulen MT Ruimte, provincie Gelderland, 4 november 2025\n"
        "Aanwezig: Hanneke Vos (dir.), Pieter-Jan Klomp, Yvette Gerritsen, Anouar Bakkali (notulen)\n"
        "\n"
        "2. Stikstofbank. PJK geeft aan dat de gedeputeerde de regeling wil openstellen voor de Kerst. Hanneke vindt dat\n"
        "onverstandig: de juridische houdbaarheid is niet getoetst. YG neemt contact op met gedeputeerde Peter\n"
        "Drenth over de planning.\n",
        redact=[("Hanneke Vos", "PERSON", E), ("Pieter-Jan Klomp", "PERSON", E), ("Yvette Gerritsen", "PERSON", E),
                ("Anouar Bakkali", "PERSON", E), ("PJK", "PERSON", E), ("Kerst. |Hanneke| vindt", "PERSON", E),
                ("YG", "PERSON", E)],
        passages=[("vindt dat\nonverstandig", "5.2.1")],
        officials=["Peter\nDrenth"],
        visible=["Stikstofbank", "MT Ruimte"],
        batch=151,
    ),
    Doc(
        "nl-beschikking-wmo-rolstoel",
        "Gemeente Apeldoorn\n"
        "\n"
        "Mevrouw G.J. Heuvelink-Brands\n"
        "Loolaan 402\n"
        "7315 AK  Apeldoorn\n"
        "\n"
        "Beschikking Wmo: hulpmiddel\n"
        "\n"
        "Geachte mevrouw Heuvelink-Brands,\n"
        "\n"
        "U heeft een elektrische rolstoel aangevraagd omdat u door uw MS niet meer zelfstandig kunt lopen. Wij kennen\n"
        "de rolstoel toe. Uw BSN is 488615264.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens burgemeester en wethouders,\n"
        "J. Ruiterkamp, consulent Wmo\n",
        redact=[("G.J. Heuvelink-Brands", "PERSON", E), ("Loolaan 402\n7315 AK", "ADDRESS", E),
                ("mevrouw |Heuvelink-Brands|,", "PERSON", E), ("488615264", "BSN", BSN_GROUND), ("J. Ruiterkamp", "PERSON", E)],
        passages=[("door uw MS", SPECIAL)],
        visible=["Gemeente Apeldoorn"],
        batch=151,
    ),
    Doc(
        "en-uk-home-office-email-asylum-hotel",
        "From: Gemma Hollis (Asylum Accommodation)\n"
        "Sent: 11 November 2025 09:40\n"
        "To: Ravi Chaudhry\n"
        "Subject: Bell Hotel, Epping - incident\n"
        "\n"
        "Ravi, a resident (Mr Abdul Karim Mansoor, HO ref M2291847) was assaulted outside the hotel last night and is in\n"
        "Princess Alexandra Hospital with a fractured jaw. Essex Police are investigating. I would not want this to\n"
        "reach the press before we have spoken to the Minister's office.\n"
        "\n"
        "Gemma\n",
        redact=[("Gemma Hollis", "PERSON", E), ("Ravi Chaudhry", "PERSON", E), ("\n|Ravi|, a", "PERSON", E),
                ("Abdul Karim Mansoor", "PERSON", E), ("M2291847", "ID", E), ("\n|Gemma|\n", "PERSON", E)],
        passages=[("with a fractured jaw", SPECIAL), ("I would not want this to\nreach the press", "5.2.1")],
        visible=["Bell Hotel", "Essex Police"],
        batch=151,
    ),
    # -- batch 152: written at the start of a new session, before running anything
    Doc(
        "nl-pv-aangifte-fietsendiefstal-gewelddadig",
        "PROCES-VERBAAL VAN AANGIFTE\n"
        "Politie Eenheid Oost-Nederland, district IJsselland, basisteam Zwolle\n"
        "Registratienummer: 2025318845\n"
        "\n"
        "Aangever\n"
        "Achternaam: Wijnbergen\n"
        "Voornamen: Dirk Jan\n"
        "Geboren: 12-03-1979 te Kampen\n"
        "Adres: Assendorperstraat 88, 8012 DN Zwolle\n"
        "Telefoon: 06 41 88 29 07\n"
        "\n"
        "Verklaring\n"
        "Op zaterdag 8 november 2025 omstreeks 23.15 uur liep ik met mijn fiets over de Thorbeckegracht. Een man\n"
        "duwde mij tegen de grond en nam mijn fiets mee. Ik heb suikerziekte en was na de val erg duizelig. Mijn\n"
        "buurman Gert-Jan Lubbers heeft de ambulance gebeld. De man was ongeveer 1.85 m, droeg een grijze hoodie.\n"
        "\n"
        "Opgemaakt door: R. Hofsteenge, hoofdagent\n",
        redact=[("Wijnbergen", "PERSON", E), ("Dirk Jan", "PERSON", E), ("12-03-1979", "DATE_OF_BIRTH", E),
                ("Assendorperstraat 88, 8012 DN", "ADDRESS", E), ("06 41 88 29 07", "PHONE", E),
                ("Gert-Jan Lubbers", "PERSON", E), ("R. Hofsteenge", "PERSON", E)],
        passages=[("Ik heb suikerziekte", SPECIAL)],
        visible=["Thorbeckegracht", "basisteam Zwolle", "2025318845"],
        batch=152,
    ),
    Doc(
        "en-us-sheriff-incident-report",
        "INGHAM COUNTY SHERIFF'S OFFICE - INCIDENT REPORT\n"
        "Case No.: 25-041873\n"
        "Reporting Party: BEAUDRY, LORRAINE M.\n"
        "DOB: 04/17/1961\n"
        "Address: 1187 Maple Crest Dr, Lansing, MI 48911\n"
        "Phone: (517) 482-6630\n"
        "\n"
        "Narrative: On 10/02/2025 at approx. 1420 hrs I was dispatched to the above address for a welfare check on the\n"
        "RP's son, Tyler Beaudry (W/M, 27). RP stated Tyler stopped taking his medication for schizophrenia three\n"
        "weeks ago. Tyler was transported to Sparrow Hospital for evaluation. Deputy Alan Kowalczyk assisted.\n"
        "\n"
        "Reporting Deputy: Sgt. Michelle Orosco #3312\n"
        "Approved: Sheriff Scott Wriggelsworth\n",
        redact=[("BEAUDRY, LORRAINE M.", "PERSON", E), ("04/17/1961", "DATE_OF_BIRTH", E),
                ("1187 Maple Crest Dr", "ADDRESS", E), ("(517) 482-6630", "PHONE", E), ("Tyler Beaudry", "PERSON", E),
                ("stated |Tyler| stopped", "PERSON", E), ("ago. |Tyler| was", "PERSON", E), ("Alan Kowalczyk", "PERSON", E),
                ("Michelle Orosco", "PERSON", E)],
        passages=[("medication for schizophrenia", SPECIAL), ("W/M", SPECIAL)],
        officials=["Scott Wriggelsworth"],
        visible=["Sparrow Hospital"],
        batch=152,
    ),
    Doc(
        "nl-teams-chat-woordvoering-journalist",
        "[09:12] Lotte Verschuren\n"
        "Er ligt een vraag van NRC over de aanbesteding IT-beheer, deadline 15.00 uur\n"
        "[09:14] Bas Oudshoorn\n"
        "heb ik gezien. Persoonlijk zou ik niks zeggen over de claim van Centric, dat loopt nog bij de landsadvocaat\n"
        "[09:15] Lotte Verschuren\n"
        "eens. Ik leg het voor aan Mariëlle, zij is vandaag woordvoerder van dienst\n"
        "[09:21] Mariëlle Dekkers-Top\n"
        "Akkoord, standaardlijn: we doen geen uitspraken over lopende procedures.\n",
        redact=[("Lotte Verschuren", "PERSON", E), ("Bas Oudshoorn", "PERSON", E), ("aan |Mariëlle|, zij", "PERSON", E),
                ("Mariëlle Dekkers-Top", "PERSON", E)],
        passages=[("Persoonlijk zou ik niks zeggen", "5.2.1")],
        visible=["NRC"],
        batch=152,
    ),
    Doc(
        "nl-brief-herstel-toeslagen",
        "Uitvoeringsorganisatie Herstel Toeslagen\n"
        "Postbus 23004\n"
        "2700 AA  Zoetermeer\n"
        "\n"
        "Mevrouw S.R. Kartosen-Wongsodikromo\n"
        "Bijlmerdreef 1214\n"
        "1103 TW  Amsterdam\n"
        "\n"
        "Datum: 3 oktober 2025\n"
        "Ons kenmerk: UHT-2025-118472\n"
        "Uw BSN: 112660563\n"
        "\n"
        "Geachte mevrouw Kartosen-Wongsodikromo,\n"
        "\n"
        "Wij hebben uw aanvraag voor de compensatieregeling beoordeeld. U krijgt € 30.000,- en wij betalen dit binnen\n"
        "zes weken uit op rekeningnummer NL39INGB8561347746 op naam van S.R. Kartosen. Uw ex-partner, de heer\n"
        "R. Wongsodikromo, krijgt hierover apart bericht.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Annemiek Brouwer-Lin\n"
        "Persoonlijk zaakbehandelaar\n",
        redact=[("S.R. Kartosen-Wongsodikromo", "PERSON", E), ("Bijlmerdreef 1214\n1103 TW", "ADDRESS", E),
                ("112660563", "BSN", BSN_GROUND), ("mevrouw |Kartosen-Wongsodikromo|,", "PERSON", E),
                ("NL39INGB8561347746", "IBAN", E), ("naam van |S.R. Kartosen|.", "PERSON", E),
                ("R. Wongsodikromo", "PERSON", E), ("Annemiek Brouwer-Lin", "PERSON", E)],
        visible=["Uitvoeringsorganisatie Herstel Toeslagen", "Postbus 23004", "2700 AA", "UHT-2025-118472", "Amsterdam"],
        batch=152,
    ),
    Doc(
        "en-uk-council-childrens-services-email",
        "From: Hollie Marsden <hollie.marsden@kirklees.gov.uk>\n"
        "To: Duty Team <childrensduty@kirklees.gov.uk>\n"
        "Cc: Imran Hussain\n"
        "Subject: RE: Referral - K. Szymanska (DOB 22/08/2014)\n"
        "\n"
        "Hi all,\n"
        "\n"
        "School (Moldgreen Community Primary) rang again about Kacper Szymanska. He was diagnosed with ADHD last year\n"
        "but mum, Agnieszka Szymanska, has not collected his prescription since June. Kacper told his teacher he is\n"
        "often alone at home overnight. Imran, can you do a home visit at 14 Ravensknowle Road, HD5 8DJ this week?\n"
        "\n"
        "Thanks,\n"
        "Hollie\n"
        "Social Worker, Huddersfield East\n",
        redact=[("Hollie Marsden", "PERSON", E), ("hollie.marsden@kirklees.gov.uk", "EMAIL", E),
                ("Imran Hussain", "PERSON", E), ("K. Szymanska", "PERSON", E), ("22/08/2014", "DATE_OF_BIRTH", E),
                ("Kacper Szymanska", "PERSON", E), ("Agnieszka Szymanska", "PERSON", E), ("June. |Kacper| told", "PERSON", E),
                ("overnight. |Imran|, can", "PERSON", E), ("14 Ravensknowle Road", "ADDRESS", E), ("HD5 8DJ", "ADDRESS", E),
                ("\n|Hollie|\n", "PERSON", E)],
        passages=[("diagnosed with ADHD", SPECIAL)],
        visible=["childrensduty@kirklees.gov.uk", "Moldgreen Community Primary", "Huddersfield East"],
        batch=152,
    ),
    Doc(
        "nl-codebericht-ankara-verkiezingen",
        "Codebericht\n"
        "Van: Ankara\n"
        "Aan: DEU, DAO\n"
        "Rubricering: Dep. Vertrouwelijk\n"
        "Datum: 17-10-2025\n"
        "\n"
        "Samenvatting: ambassadeur Joep Wijnands sprak met plv. minister van Buitenlandse Zaken Mehmet Kemal Bozay.\n"
        "\n"
        "1. Bozay liet in vertrouwen weten dat Ankara het akkoord over terugname pas na de zomer wil tekenen, en vroeg\n"
        "dit niet met andere lidstaten te delen.\n"
        "2. Lokale medewerker Seda Yılmaz, die het verslag maakte, wordt sinds haar bezoek aan de oppositiepartij CHP\n"
        "door de politie gevolgd. Zij vraagt of de post haar kan helpen.\n"
        "3. Post adviseert: geen publieke uitspraken doen voor de EU-top.\n"
        "\n"
        "Wijnands\n",
        redact=[("Seda Yılmaz", "PERSON", E)],
        passages=[("liet in vertrouwen weten", "5.1.2a"), ("Dep. Vertrouwelijk", "5.1.1b"),
                  ("Post adviseert: geen publieke uitspraken doen", "5.2.1")],
        officials=["Joep Wijnands", "Mehmet Kemal Bozay", "\n|Wijnands|\n"],
        visible=["Van: |Ankara|", "CHP", "1. |Bozay| liet"],
        batch=152,
    ),
    Doc(
        "nl-scan-ocr-bezwaarschrift-hoofdletters",
        "AANGETEKEND\n"
        "\n"
        "DE HEER A.B. EL AMRANI\n"
        "WIL-\n"
        "LEMSPLEIN 7 BIS\n"
        "6811 KB ARNHEM\n"
        "\n"
        "Aan het college van burgemeester en wethouders van Arnhem\n"
        "\n"
        "Betreft: bezwaar tegen besluit van 2 september 2025 (kenmerk 2025-0917331)\n"
        "\n"
        "Hierbij maak ik bezwaar tegen de intrekking van mijn bijstandsuitkering. Ik zit sinds mijn scheiding in de\n"
        "schuldsanering en mijn bewindvoerder, mevr. Y. Postma-Akkerman, kan bevestigen dat ik alle papieren heb\n"
        "ingeleverd. Ik kan u bereiken op 0 6 - 2 8 1 4 5 5 3 9.\n"
        "\n"
        "Hoogachtend,\n"
        "A. El Amrani\n",
        redact=[("A.B. EL AMRANI", "PERSON", E), ("WIL-\nLEMSPLEIN 7 BIS\n6811 KB", "ADDRESS", E),
                ("Y. Postma-Akkerman", "PERSON", E), ("0 6 - 2 8 1 4 5 5 3 9", "PHONE", E), ("A. El Amrani", "PERSON", E)],
        passages=[("in de\nschuldsanering", E)],
        visible=["ARNHEM", "college van burgemeester en wethouders van Arnhem", "2025-0917331"],
        batch=152,
    ),
    Doc(
        "nl-verslag-keukentafel-slechtziend",
        "Verslag keukentafelgesprek Wmo\n"
        "Datum: 29 september 2025\n"
        "Cliënt: mevrouw Jannie (J.) van der Meulen-Bosma, 84 jaar\n"
        "Aanwezig: cliënt, dochter Ilse de Wit-van der Meulen, consulent Marloes Achterberg\n"
        "\n"
        "Mevrouw woont alleen sinds het overlijden van haar man Klaas in 2023. Zij is slechtziend door macula-\n"
        "degeneratie en is dit voorjaar twee keer gevallen. Dochter Ilse komt drie keer per week; zij geeft aan dat\n"
        "haar moeder steeds vaker dingen vergeet. Mevrouw wil graag thuis blijven wonen.\n"
        "\n"
        "Afspraak: huishoudelijke hulp 3 uur per week via Thuiszorg West-Brabant; Marloes vraagt een indicatie\n"
        "dagbesteding aan.\n",
        redact=[("mevrouw |Jannie| (J.)", "PERSON", E), ("(|J.|)", "PERSON", E), ("|van der Meulen-Bosma|, 84", "PERSON", E), ("Ilse de Wit-van der Meulen", "PERSON", E),
                ("Marloes Achterberg", "PERSON", E), ("man |Klaas|", "PERSON", E), ("Dochter |Ilse|", "PERSON", E),
                ("; |Marloes| vraagt", "PERSON", E)],
        passages=[("slechtziend door macula-\ndegeneratie", SPECIAL), ("steeds vaker dingen vergeet", SPECIAL)],
        visible=["Thuiszorg West-Brabant"],
        batch=152,
    ),
    # -- batch 153: written after batch 152's fixes, before running anything
    Doc(
        "nl-buurtapp-export-inbraak",
        "WhatsApp-chat met Buurtpreventie Oosterpark\n"
        "\n"
        "[14-10-25 21:47:03] +31 6 38 47 12 90: Er loopt iemand met een zaklamp door de tuinen achter de Dahliastraat\n"
        "[14-10-25 21:48:15] Yvonne Kuipers: Ik zie hem ook! Bij nummer 23, het huis van Henk en Tiny\n"
        "[14-10-25 21:48:40] Yvonne Kuipers: Henk ligt toch in het ziekenhuis met zijn heup?\n"
        "[14-10-25 21:50:02] Ruben Aydın: Politie gebeld, ze komen eraan\n"
        "[14-10-25 22:14:55] Ruben Aydın: Wijkagent Sanne Post zegt dat het de zoon van de buren was, loos alarm\n",
        redact=[("+31 6 38 47 12 90", "PHONE", E), ("Yvonne Kuipers", "PERSON", E), ("van |Henk| en", "PERSON", E),
                ("en |Tiny|\n", "PERSON", E), (": |Henk| ligt", "PERSON", E), ("Ruben Aydın", "PERSON", E),
                ("Sanne Post", "PERSON", E)],
        passages=[("ligt toch in het ziekenhuis met zijn heup", SPECIAL)],
        visible=["Buurtpreventie Oosterpark", "Dahliastraat"],
        batch=153,
    ),
    Doc(
        "nl-rapport-arbeidsinspectie-ongeval",
        "Nederlandse Arbeidsinspectie\n"
        "Rapport ongevalsonderzoek, zaaknummer 2025-AI-40318\n"
        "\n"
        "Werkgever: Bouwbedrijf Van Dorst & Zonen B.V., Industrieweg 14, 4704 RE Roosendaal\n"
        "Slachtoffer: de heer P.W. (Piet) Verhoeven, geboren 03-07-1968, timmerman\n"
        "Getuige: Joost Kerstens, uitvoerder\n"
        "\n"
        "Op 2 september 2025 viel het slachtoffer van een steiger van ca. 4 meter hoogte. Hij liep een schedelbasisfractuur\n"
        "en een gebroken bekken op en werd met de traumahelikopter naar het Erasmus MC gebracht. De randbeveiliging\n"
        "ontbrak. Volgens de heer Kerstens was die de dag ervoor verwijderd voor het hijsen van materiaal.\n"
        "\n"
        "Inspecteur: ing. M.A. Stoffels\n",
        redact=[("P.W. (Piet) Verhoeven", "PERSON", E), ("03-07-1968", "DATE_OF_BIRTH", E), ("Joost Kerstens", "PERSON", E),
                ("heer |Kerstens| was", "PERSON", E), ("M.A. Stoffels", "PERSON", E)],
        passages=[("schedelbasisfractuur", SPECIAL)],
        visible=["Bouwbedrijf Van Dorst & Zonen B.V.", "Industrieweg 14, 4704 RE", "2025-AI-40318"],
        batch=153,
    ),
    Doc(
        "en-us-state-cable-protect-source",
        "UNCLASSIFIED\n"
        "SUBJECT: KENYA: OPPOSITION FIGURES EXPECT CRACKDOWN AFTER PROTESTS\n"
        "\n"
        "1. (SBU) Summary: Opposition organizers told PolOff they expect arrests after the June 25 protests.\n"
        "Ambassador Meg Whitman raised the issue with Interior Cabinet Secretary Kipchumba Murkomen on June 27.\n"
        "\n"
        "2. (SBU) A Nairobi human rights lawyer (please protect), Wanjiru Kamau-Otieno, said police had drawn up a list\n"
        "of 40 activists. Her brother, a student activist, was detained for three days and beaten in custody.\n"
        "\n"
        "3. (SBU) Murkomen told the Ambassador privately that the government would \"not tolerate anarchy\" but\n"
        "asked that his remarks not be shared with other missions.\n",
        redact=[("Wanjiru Kamau-Otieno", "PERSON", E)],
        passages=[("asked that his remarks not be shared with other missions", "5.1.2a"),
                  ("was detained for three days and beaten in custody", SPECIAL)],
        officials=["Meg Whitman", "Kipchumba Murkomen"],
        # (batch 220's round: a source the cable asks to protect makes its sentence a confidence, and the city in it is
        # covered, by the convention of batch 91)
        visible=["PolOff", "3. (SBU) |Murkomen| told"],
        batch=153,
    ),
    Doc(
        "nl-nota-dg-opvattingen-subsidie",
        "Ministerie van Onderwijs, Cultuur en Wetenschap\n"
        "Nota aan de minister\n"
        "Van: DG Hoger Onderwijs, Beroepsonderwijs en Wetenschap\n"
        "Contactpersoon: Rogier Baas, T 06-52 71 44 03\n"
        "\n"
        "Aanleiding\n"
        "Minister Bruins vroeg om advies over de aanvullende subsidie voor de Universiteit van Amsterdam.\n"
        "\n"
        "Advies\n"
        "Wij zijn er geen voorstander van om de UvA nu een uitzondering te gunnen: andere instellingen zullen dan\n"
        "hetzelfde vragen. De directie Financiën deelt die zorg. Persoonlijk denk ik dat u beter kunt wachten op de\n"
        "evaluatie van de bekostiging in het voorjaar.\n",
        redact=[("Rogier Baas", "PERSON", E), ("06-52 71 44 03", "PHONE", E)],
        passages=[("Wij zijn er geen voorstander van", "5.2.1"), ("Persoonlijk denk ik dat u beter kunt wachten", "5.2.1")],
        officials=["Minister |Bruins|"],
        visible=["Universiteit van Amsterdam", "directie Financiën"],
        batch=153,
    ),
    Doc(
        "nl-melding-veilig-thuis",
        "Veilig Thuis Haaglanden - meldingsformulier\n"
        "\n"
        "Melder: mevrouw D. Hendriks, intern begeleider Basisschool De Regenboog, tel. 070 - 345 67 12\n"
        "Kind: Noah Bakker, geb. 14-02-2017\n"
        "Adres gezin: Escamplaan 477, 2547 GS Den Haag\n"
        "Moeder: Chantal Bakker; vader: Dennis Boekestijn (woont niet meer thuis)\n"
        "\n"
        "Zorgen: Noah komt de laatste weken met blauwe plekken op zijn armen op school. Hij vertelde de juf dat\n"
        "papa boos was. Vader zou eerder zijn veroordeeld voor mishandeling van een ex-partner. Moeder is volgens\n"
        "de school zelf ook bang voor hem.\n",
        redact=[("D. Hendriks", "PERSON", E), ("070 - 345 67 12", "PHONE", E), ("Noah Bakker", "PERSON", E),
                ("14-02-2017", "DATE_OF_BIRTH", E), ("Escamplaan 477, 2547 GS", "ADDRESS", E), ("Chantal Bakker", "PERSON", E),
                ("Dennis Boekestijn", "PERSON", E), (": |Noah| komt", "PERSON", E)],
        passages=[("blauwe plekken op zijn armen", SPECIAL), ("eerder zijn veroordeeld voor mishandeling", SPECIAL)],
        visible=["Veilig Thuis Haaglanden", "Basisschool De Regenboog", "Den Haag"],
        batch=153,
    ),
    Doc(
        "en-uk-police-foi-response-officers",
        "West Midlands Police - Freedom of Information Request 2875/25\n"
        "\n"
        "You asked for details of the misconduct proceedings following the arrest at Bullring on 4 May 2025.\n"
        "\n"
        "Two officers were subject to a gross misconduct hearing chaired by Assistant Chief Constable Mat MacDonald.\n"
        "The allegations against PC 21874 Liam O'Sullivan were proven; he was dismissed without notice. The\n"
        "allegations against PS Deborah Mensah-Boateng were not proven.\n"
        "\n"
        "The detained man, whom we do not name, was treated at City Hospital for a broken wrist.\n"
        "\n"
        "Information Compliance Team\n",
        redact=[("PC |21874|", "ID", E), ("Liam O'Sullivan", "PERSON", E), ("Deborah Mensah-Boateng", "PERSON", E)],
        passages=[("treated at City Hospital for a broken wrist", SPECIAL)],
        officials=["Mat MacDonald"],
        visible=["West Midlands Police", "Bullring", "Information Compliance Team", "2875/25"],
        batch=153,
    ),
    Doc(
        "de-brief-kreis-kleve-grenzpendler",
        "Kreis Kleve - Der Landrat\n"
        "Nassauerallee 15-23, 47533 Kleve\n"
        "\n"
        "Frau\n"
        "Dr. Annegret Schwarzkopf-Ebert\n"
        "Hoogstraat 9\n"
        "6581 AR Malden\n"
        "NIEDERLANDE\n"
        "\n"
        "Sehr geehrte Frau Dr. Schwarzkopf-Ebert,\n"
        "\n"
        "vielen Dank für Ihr Schreiben vom 12. Oktober. Landrat Christoph Gerwers hat mich gebeten, Ihnen zu antworten.\n"
        "Ihr Antrag auf Erstattung der Fahrtkosten wird von Herrn Bernd Lamers (Tel. 02821 85-417) bearbeitet.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "Im Auftrag\n"
        "Katharina Terhorst\n",
        redact=[("Annegret Schwarzkopf-Ebert", "PERSON", E), ("Hoogstraat 9\n6581 AR", "ADDRESS", E),
                ("Frau Dr. |Schwarzkopf-Ebert|,", "PERSON", E), ("Bernd Lamers", "PERSON", E),
                ("02821 85-417", "PHONE", E), ("Katharina Terhorst", "PERSON", E)],
        officials=["Christoph Gerwers"],
        visible=["Nassauerallee 15-23, 47533 Kleve", "Malden", "Kreis Kleve"],
        batch=153,
    ),
    Doc(
        "nl-raadsvoorstel-insprekers-windmolens",
        "Raadsvoorstel 2025-112: bestemmingsplan windpark Groene Hoek\n"
        "\n"
        "Tijdens de informatieavond op 9 september hebben drie insprekers het woord gevoerd: de heer W. van Eijk namens\n"
        "Stichting Stil Buitengebied, mevrouw Femke Hogenboom (omwonende, Polderweg) en de heer Jan-Willem Dekker. De heer\n"
        "Dekker vertelde dat zijn dochter epilepsie heeft en slecht tegen de slagschaduw kan. Wethouder Marleen Sijbers-\n"
        "Vos heeft toegezegd dit mee te nemen in het slagschaduwonderzoek.\n",
        redact=[("W. van Eijk", "PERSON", E), ("Femke Hogenboom", "PERSON", E), ("Jan-Willem Dekker", "PERSON", E),
                ("heer\n|Dekker|", "PERSON", E)],
        passages=[("zijn dochter epilepsie heeft", SPECIAL)],
        officials=["Marleen Sijbers-\nVos"],
        visible=["Stichting Stil Buitengebied", "Groene Hoek", "Polderweg"],
        batch=153,
    ),
    # -- batch 154: written after batch 153's fixes, before running anything
    Doc(
        "nl-verslag-verzuimgesprek-burnout",
        "Verslag verzuimgesprek (vertrouwelijk)\n"
        "Medewerker: Sandra Vlietstra, senior beleidsmedewerker, personeelsnummer 4471903\n"
        "Leidinggevende: Erik-Jan Buitenhuis\n"
        "Bedrijfsarts: drs. H.J.M. Oude Wesselink (ArboNed)\n"
        "\n"
        "Sandra is sinds 2 juni ziek gemeld. De bedrijfsarts stelt vast dat zij overspannen is en adviseert om de\n"
        "eerste vier weken niet te werken. Sandra geeft aan dat de werkdruk en de situatie thuis (mantelzorg voor haar\n"
        "vader met Parkinson) te veel werden. Erik-Jan en Sandra spreken af over twee weken opnieuw contact te hebben.\n",
        redact=[("Sandra Vlietstra", "PERSON", E), ("4471903", "ID", E), ("Erik-Jan Buitenhuis", "PERSON", E),
                ("H.J.M. Oude Wesselink", "PERSON", E), ("\n|Sandra| is", "PERSON", E), ("werken. |Sandra| geeft", "PERSON", E),
                (". |Erik-Jan| en", "PERSON", E), ("en |Sandra| spreken", "PERSON", E)],
        passages=[("overspannen", SPECIAL), ("vader met Parkinson", SPECIAL), ("ziek gemeld", SPECIAL)],
        visible=["ArboNed"],
        batch=154,
    ),
    Doc(
        "nl-genodigden-tabel-tabs",
        "Genodigden werkbezoek Zeeland, 21 november 2025\n"
        "Naam\tOrganisatie\tFunctie\n"
        "Eelco Heinen\tMinisterie van Financiën\tminister\n"
        "Hugo de Jonge\tProvincie Zeeland\tCommissaris van de Koning\n"
        "Marieke Flipse-Rijk\tMinisterie van Financiën\tpersoonlijk assistent\n"
        "Koen Dekker\tZeeuwse Ondernemersvereniging\tvoorzitter\n"
        "Ayşe Kılıç\tGemeente Vlissingen\tbeleidsadviseur economie\n",
        redact=[("Marieke Flipse-Rijk", "PERSON", E), ("Koen Dekker", "PERSON", E), ("Ayşe Kılıç", "PERSON", E)],
        officials=["Eelco Heinen", "Hugo de Jonge"],
        visible=["Ministerie van Financiën", "Provincie Zeeland", "Zeeuwse Ondernemersvereniging", "Gemeente Vlissingen"],
        batch=154,
    ),
    Doc(
        "en-uk-et-judgment-diabetes-breaks",
        "EMPLOYMENT TRIBUNALS\n"
        "Claimant: Ms K Adeyemi\n"
        "Respondent: Tesco Stores Limited\n"
        "Heard at: Leeds (by CVP) On: 3-5 September 2025\n"
        "Before: Employment Judge Harrington, Mr P Lowe, Ms S Dhillon\n"
        "\n"
        "JUDGMENT\n"
        "The claim of disability discrimination succeeds. The claimant has type 1 diabetes, which is a disability\n"
        "within the meaning of section 6 Equality Act 2010. Her line manager, Mr Gary Whitehead, refused her breaks\n"
        "to check her blood sugar.\n",
        redact=[("Ms |K Adeyemi|", "PERSON", E), ("Gary Whitehead", "PERSON", E)],
        officials=["Employment Judge |Harrington|"],
        visible=["Tesco Stores Limited", "Leeds", "section 6 Equality Act 2010"],
        batch=154,
    ),
    Doc(
        "nl-mail-advocaat-gemeente-bijstand",
        "Van: mr. R.C. (Rachida) Ouali <ouali@oualiadvocatuur.nl>\n"
        "Aan: Team Bezwaar <bezwaar@zaanstad.nl>\n"
        "Onderwerp: cliënt Tahiri, kenmerk BZ-25-0881\n"
        "\n"
        "Geachte heer, mevrouw,\n"
        "\n"
        "Namens mijn cliënt, de heer Youssef Tahiri (geb. 09-11-1983), vul ik het bezwaar aan. Cliënt is sinds maart\n"
        "opgenomen geweest in GGZ-instelling Parnassia in verband met een psychose en kon daardoor de brieven niet\n"
        "openen. Ik verzoek u de boete van € 2.400 te matigen.\n"
        "\n"
        "Hoogachtend,\n"
        "mr. R.C. Ouali\n"
        "Advocaat\n",
        redact=[("R.C. (Rachida) Ouali", "PERSON", E), ("ouali@oualiadvocatuur.nl", "EMAIL", E), ("cliënt |Tahiri|,", "PERSON", E),
                ("Youssef Tahiri", "PERSON", E), ("09-11-1983", "DATE_OF_BIRTH", E), ("mr. |R.C. Ouali|", "PERSON", E)],
        passages=[("in verband met een psychose", SPECIAL)],
        visible=["bezwaar@zaanstad.nl", "Team Bezwaar", "BZ-25-0881"],
        batch=154,
    ),
    Doc(
        "nl-mail-doorgestuurd-citaat",
        "Van: Thijs Verbeek\n"
        "Aan: Nadia el Idrissi\n"
        "Onderwerp: FW: klacht over handhaver\n"
        "\n"
        "Nadia, zie hieronder. Kun jij dit oppakken?\n"
        "\n"
        "> Van: W. Scholte-Bakker <wscholte@ziggo.nl>\n"
        "> Verzonden: maandag 17 november 2025 08:03\n"
        "> Aan: info@gemeentedelft.nl\n"
        ">\n"
        "> Geachte heer/mevrouw,\n"
        "> Op zaterdag kreeg ik een boete van uw handhaver (nummer H-117) omdat mijn invalidenparkeerkaart niet\n"
        "> zichtbaar zou zijn. Ik heb sinds mijn herseninfarct moeite met lopen en kan niet verder parkeren.\n"
        "> Wilma Scholte-Bakker, Papsouwselaan 212, Delft\n",
        redact=[("Thijs Verbeek", "PERSON", E), ("Nadia el Idrissi", "PERSON", E), ("\n|Nadia|, zie", "PERSON", E),
                ("W. Scholte-Bakker", "PERSON", E), ("wscholte@ziggo.nl", "EMAIL", E), ("Wilma Scholte-Bakker", "PERSON", E),
                ("Papsouwselaan 212", "ADDRESS", E)],
        passages=[("sinds mijn herseninfarct", SPECIAL)],
        visible=["info@gemeentedelft.nl", "H-117"],
        batch=154,
    ),
    Doc(
        "nl-brief-ol-bonaire-onderstand",
        "Openbaar Lichaam Bonaire\n"
        "Directie Samenleving en Zorg\n"
        "\n"
        "Sr. Rignald Martis\n"
        "Kaya Gobernador N. Debrot 88\n"
        "Kralendijk, Bonaire\n"
        "\n"
        "Kralendijk, 10 oktober 2025\n"
        "\n"
        "Geachte heer Martis,\n"
        "\n"
        "Uw aanvraag voor onderstand is toegekend. Uw dochter Shanaira Martis-Cicilia valt onder uw huishouden. De\n"
        "gezaghebber, de heer Edison Rijna, heeft mij gevraagd u te laten weten dat de uitkering met terugwerkende\n"
        "kracht ingaat.\n"
        "\n"
        "Hoogachtend,\n"
        "Jeanine Frans-Pietersz\n"
        "beleidsmedewerker\n",
        redact=[("Rignald Martis", "PERSON", E), ("Kaya Gobernador N. Debrot 88", "ADDRESS", E), ("heer |Martis|,", "PERSON", E),
                ("Shanaira Martis-Cicilia", "PERSON", E), ("Jeanine Frans-Pietersz", "PERSON", E)],
        officials=["Edison Rijna"],
        visible=["Openbaar Lichaam Bonaire", "Kralendijk", "Directie Samenleving en Zorg"],
        batch=154,
    ),
    Doc(
        "en-us-civil-complaint-caption",
        "UNITED STATES DISTRICT COURT\n"
        "SOUTHERN DISTRICT OF OHIO\n"
        "\n"
        "MARIA L. GONZALEZ-REYES,\n"
        "        Plaintiff,\n"
        "    v.                                   Case No. 2:25-cv-01187\n"
        "CITY OF COLUMBUS, OHIO, et al.,           Judge Sarah D. Morrison\n"
        "        Defendants.\n"
        "\n"
        "COMPLAINT\n"
        "1. Plaintiff Maria L. Gonzalez-Reyes resides at 3318 Cleveland Ave, Columbus, Ohio 43224.\n"
        "2. Defendant Officer Bradley Tomczak, Badge No. 2291, is a police officer employed by the City of Columbus.\n"
        "3. On March 2, 2025, Officer Tomczak struck Plaintiff, who is deaf, when she did not respond to his commands.\n",
        redact=[("MARIA L. GONZALEZ-REYES", "PERSON", E), ("Maria L. Gonzalez-Reyes", "PERSON", E),
                ("3318 Cleveland Ave", "ADDRESS", E), ("Bradley Tomczak", "PERSON", E), ("2291", "ID", E),
                ("Officer |Tomczak| struck", "PERSON", E)],
        officials=["Sarah D. Morrison"],
        visible=["CITY OF COLUMBUS, OHIO", "2:25-cv-01187", "City of Columbus"],
        batch=154,
    ),
    Doc(
        "nl-antwoord-kamervragen-kerkasiel-vader",
        "Antwoorden op vragen van het lid Bikker (ChristenUnie) over de uitzetting van een gezin in Emmen\n"
        "\n"
        "Vraag 2\n"
        "Klopt het dat de vader, de heer Arsen Grigoryan, zich sinds 2019 in een kerk in Emmen verschuilt?\n"
        "\n"
        "Antwoord 2\n"
        "Over individuele zaken doe ik geen uitspraken. In algemene zin geldt dat kerkasiel de uitzetting niet\n"
        "in de weg staat.\n"
        "\n"
        "De Staatssecretaris van Justitie en Veiligheid,\n"
        "\n"
        "A.C.C. (Ingrid) Coenradie\n",
        redact=[("Arsen Grigoryan", "PERSON", E)],
        officials=["lid |Bikker|", "A.C.C. (Ingrid) Coenradie"],
        visible=["ChristenUnie", "Emmen", "kerkasiel"],
        batch=154,
    ),
    # -- batch 155: written after batch 154's fixes, before running anything
    Doc(
        "nl-notitie-telefoongesprek-kleine-letters",
        "notitie telefoongesprek 12/11\n"
        "gebeld door mw. de wit (dochter van dhr. a. de wit, rozenlaan 4 in ommen). haar vader is vorige week\n"
        "uit het ziekenhuis ontslagen na een longontsteking en krijgt geen thuiszorg. zij vraagt of iemand van het\n"
        "wijkteam langs kan. terugbellen op 06-19283746.\n"
        "- genoteerd door karin (balie)\n",
        redact=[("mw. |de wit|", "PERSON", E), ("dhr. |a. de wit|", "PERSON", E), ("rozenlaan 4", "ADDRESS", E),
                ("06-19283746", "PHONE", E), ("door |karin|", "PERSON", E)],
        passages=[("na een longontsteking", SPECIAL)],
        visible=["ommen"],
        batch=155,
    ),
    Doc(
        "nl-besluitenlijst-college-personeel",
        "Besluitenlijst college van burgemeester en wethouders, gemeente Hardenberg, 18 november 2025\n"
        "Aanwezig: burgemeester P.H. Snijders (voorzitter), wethouders G. Jansen, A. Rijnsburger en M.J. Kleinjan;\n"
        "gemeentesecretaris H. Odink\n"
        "\n"
        "4. Bezwaar de heer K. Lubbers tegen weigering omgevingsvergunning Brinkstraat 19\n"
        "Besluit: conform advies commissie bezwaarschriften; bezwaar ongegrond.\n"
        "\n"
        "5. Personele aangelegenheid (besloten)\n"
        "Besluit: het college stemt in met de vaststellingsovereenkomst met mevrouw D. Brouwer-Hekman, teamleider\n"
        "Publiekszaken, in verband met haar langdurige ziekte.\n",
        redact=[("K. Lubbers", "PERSON", E), ("Brinkstraat 19", "ADDRESS", E), ("D. Brouwer-Hekman", "PERSON", E)],
        passages=[("in verband met haar langdurige ziekte", SPECIAL)],
        officials=["P.H. Snijders", "G. Jansen", "A. Rijnsburger", "M.J. Kleinjan", "H. Odink"],
        visible=["gemeente Hardenberg", "commissie bezwaarschriften"],
        batch=155,
    ),
    Doc(
        "en-uk-mp-casework-asylum-delay",
        "From the Office of Dame Meg Hillier MP\n"
        "House of Commons, London SW1A 0AA\n"
        "\n"
        "Rt Hon Yvette Cooper MP\n"
        "Home Secretary\n"
        "\n"
        "Our ref: MH/2025/3318\n"
        "\n"
        "Dear Home Secretary,\n"
        "\n"
        "I write on behalf of my constituent, Mr Tesfay Gebremedhin (HO ref G1184427), of 27 Northwold Road,\n"
        "London E5 8RL. Mr Gebremedhin has waited 19 months for a decision on his asylum claim. His GP has written\n"
        "that the delay is making his PTSD worse. I would be grateful for an urgent update.\n"
        "\n"
        "Yours sincerely,\n"
        "Dame Meg Hillier MP\n",
        redact=[("Tesfay Gebremedhin", "PERSON", E), ("G1184427", "ID", E), ("27 Northwold Road", "ADDRESS", E),
                ("E5 8RL", "ADDRESS", E), ("Mr |Gebremedhin| has", "PERSON", E)],
        passages=[("making his PTSD worse", SPECIAL)],
        officials=["Meg Hillier", "Yvette Cooper"],
        visible=["SW1A 0AA", "MH/2025/3318", "House of Commons"],
        batch=155,
    ),
    Doc(
        "nl-ind-beslissing-vnummer",
        "Immigratie- en Naturalisatiedienst\n"
        "Directie Asiel en Bescherming\n"
        "\n"
        "Beschikking\n"
        "Naam: OMAROVA, Leyla\n"
        "Geboortedatum: 03-05-1991\n"
        "Nationaliteit: Azerbeidzjaanse\n"
        "V-nummer: 2938475612\n"
        "\n"
        "Betrokkene stelt dat zij in Azerbeidzjan is vervolgd vanwege haar lesbische relatie. Haar verklaringen\n"
        "zijn geloofwaardig bevonden. De aanvraag wordt ingewilligd.\n"
        "\n"
        "Hoogachtend,\n"
        "de Staatssecretaris van Asiel en Migratie,\n"
        "namens deze,\n"
        "R. Boelens, beslismedewerker\n",
        redact=[("OMAROVA, Leyla", "PERSON", E), ("03-05-1991", "DATE_OF_BIRTH", E), ("2938475612", "ID", E),
                ("R. Boelens", "PERSON", E)],
        passages=[("vanwege haar lesbische relatie", SPECIAL)],
        visible=["Azerbeidzjaanse", "Directie Asiel en Bescherming"],
        batch=155,
    ),
    Doc(
        "en-eu-commission-lobby-meeting",
        "Subject: Meeting with Commissioner Wopke Hoekstra - climate finance\n"
        "Date: 14 October 2025, Berlaymont\n"
        "\n"
        "Participants: Commissioner Hoekstra; Diederik Samsom (Head of Cabinet); from ExxonMobil Europe: Karen\n"
        "McKee, Jan-Hendrik Vogt (Government Affairs).\n"
        "\n"
        "Ms McKee said the company could accept a levy if it applied worldwide. Mr Vogt added that the company's\n"
        "internal forecast shows EU refining margins falling 30% by 2028; he asked that this figure stay confidential.\n",
        redact=[("Diederik Samsom", "PERSON", E), ("Karen\nMcKee", "PERSON", E), ("Jan-Hendrik Vogt", "PERSON", E), ("Ms |McKee| said", "PERSON", E),
                ("Mr |Vogt| added", "PERSON", E)],
        passages=[("internal forecast shows EU refining margins falling 30%", "5.1.1c")],
        officials=["Wopke Hoekstra", "Commissioner |Hoekstra|;"],
        visible=["ExxonMobil Europe", "Berlaymont"],
        batch=155,
    ),
    Doc(
        "nl-pv-bevindingen-eerder-gelakt",
        "PROCES-VERBAAL VAN BEVINDINGEN\n"
        "Onderzoek: 25LMB041 Rozemarijn\n"
        "\n"
        "Op 3 oktober 2025 zagen wij, verbalisanten [naam 1] en [naam 2], dat [verdachte 1] een pakket overhandigde\n"
        "aan een man die wij herkenden als Dyllan Koster, geboren 22-01-2001 te Almere. Koster reed weg in een\n"
        "grijze Volkswagen Golf met kenteken L-771-TN.\n",
        redact=[("Dyllan Koster", "PERSON", E), ("22-01-2001", "DATE_OF_BIRTH", E), ("Almere. |Koster| reed", "PERSON", E),
                ("L-771-TN", "LICENSE_PLATE", E)],
        visible=["[naam 1]", "[naam 2]", "[verdachte 1]", "25LMB041 Rozemarijn", "Volkswagen Golf"],
        batch=155,
    ),
    Doc(
        "nl-subsidieaanvraag-zzp",
        "Aanvraagformulier Subsidie Verduurzaming MKB - Provincie Utrecht\n"
        "\n"
        "Naam onderneming: Klusbedrijf Mehmet Yavuz\n"
        "Rechtsvorm: eenmanszaak\n"
        "KvK-nummer: 81734029\n"
        "Vestigingsadres: Laan van Chartroise 140, 3552 EZ Utrecht\n"
        "IBAN: NL85ABNA5817218137\n"
        "Contactpersoon: Mehmet Yavuz, 06-48120397, info@klusbedrijfyavuz.nl\n"
        "\n"
        "Omschrijving: aanschaf elektrische bestelbus ter vervanging van een dieselbus (bouwjaar 2009).\n",
        redact=[("Mehmet Yavuz", "PERSON", E), ("81734029", "ID", E), ("Laan van Chartroise 140, 3552 EZ", "ADDRESS", E),
                ("NL85ABNA5817218137", "IBAN", E), ("06-48120397", "PHONE", E), ("info@klusbedrijfyavuz.nl", "EMAIL", E)],
        visible=["Provincie Utrecht", "eenmanszaak"],
        batch=155,
    ),
    Doc(
        "en-us-va-oig-hotline-sepsis",
        "From: Hotline Intake <vaoighotline@va.gov>\n"
        "To: Derrick Shaw <derrick.shaw@va.gov>\n"
        "Subject: Case 2025-07731-HL-0412\n"
        "\n"
        "Derrick, the complainant (Army veteran, Ms. Latoya Brooks, SSN 219-45-8812) says her husband Marcus died\n"
        "after the Tuscaloosa VAMC discharged him with untreated sepsis. She asked us not to contact the facility\n"
        "director, Dr. Pierce, before we speak to her attorney.\n",
        redact=[("Derrick Shaw", "PERSON", E), ("derrick.shaw@va.gov", "EMAIL", E), ("\n|Derrick|, the", "PERSON", E),
                ("Latoya Brooks", "PERSON", E), ("219-45-8812", "SSN", E), ("husband |Marcus|", "PERSON", E),
                ("Dr. |Pierce|", "PERSON", E)],
        passages=[("untreated sepsis", SPECIAL)],
        visible=["vaoighotline@va.gov", "Hotline Intake"],
        batch=155,
    ),
    # -- batch 156: written after batch 155's fixes, before running anything
    Doc(
        "en-uk-mental-health-act-email",
        "From: Priya Raman (AMHP Team)\n"
        "To: Owen Lloyd\n"
        "Subject: Mr D. Hughes - update\n"
        "\n"
        "Owen,\n"
        "\n"
        "Just to let you know Dafydd Hughes was sectioned under s.2 of the Mental Health Act on Friday and is now on\n"
        "Hafan Ward at Ysbyty Gwynedd. His sister Carys (07700 948213) is the nearest relative. Please hold off on the\n"
        "tenancy warning letter for now.\n"
        "\n"
        "Priya\n",
        redact=[("Priya Raman", "PERSON", E), ("Owen Lloyd", "PERSON", E), ("D. Hughes", "PERSON", E),
                ("\n|Owen|,", "PERSON", E), ("Dafydd Hughes", "PERSON", E), ("sister |Carys|", "PERSON", E),
                ("07700 948213", "PHONE", E), ("\n|Priya|\n", "PERSON", E)],
        passages=[("was sectioned under s.2 of the Mental Health Act", SPECIAL)],
        visible=["AMHP Team"],
        batch=156,
    ),
    Doc(
        "nl-mail-vakbond-reorganisatie",
        "Van: Fenna Dijkhuizen\n"
        "Aan: Gerard Vinke\n"
        "Onderwerp: RE: gesprek reorganisatie afdeling Belastingen\n"
        "\n"
        "Gerard,\n"
        "\n"
        "Bij het gesprek met Joyce van Loon was ook haar vakbondsconsulent van de FNV aanwezig; Joyce is daar al jaren\n"
        "kaderlid. Ze gaf aan dat ze na twintig jaar niet van plan is vrijwillig te vertrekken. Eerlijk gezegd vind ik\n"
        "dat we haar functie niet moeten laten vervallen; ze is de enige die het oude heffingssysteem nog kent.\n"
        "\n"
        "Fenna\n",
        redact=[("Fenna Dijkhuizen", "PERSON", E), ("Gerard Vinke", "PERSON", E), ("\n|Gerard|,", "PERSON", E),
                ("Joyce van Loon", "PERSON", E), ("; |Joyce| is", "PERSON", E), ("\n|Fenna|\n", "PERSON", E)],
        passages=[("al jaren\nkaderlid", SPECIAL), ("haar vakbondsconsulent van de FNV", SPECIAL), ("Eerlijk gezegd vind ik", "5.2.1")],
        visible=["afdeling Belastingen"],
        batch=156,
    ),
    Doc(
        "nl-nctv-notitie-jihadistische-reiziger",
        "Notitie - Stg. Confidentieel\n"
        "Onderwerp: terugkeer uitreiziger\n"
        "\n"
        "Volgens informatie van de AIVD is de uit Delft afkomstige Soufiane B. (29) via Turkije naar Nederland\n"
        "teruggekeerd. Hij zou in Syrië lid zijn geweest van HTS. Betrokkene bezoekt sinds zijn terugkeer wekelijks een\n"
        "salafistische moskee in Den Haag. Een menselijke bron meldt dat hij contact heeft met twee andere terugkeerders.\n",
        redact=[("Soufiane B.", "PERSON", E)],
        passages=[("Stg. Confidentieel", "5.1.1b"), ("Volgens informatie van de AIVD", "5.1.1b"),
                  ("Een menselijke bron meldt", "5.1.1b"), ("wekelijks een\nsalafistische moskee", SPECIAL),
                  ("lid zijn geweest van HTS", SPECIAL)],
        batch=156,
    ),
    Doc(
        "en-us-cable-belgian-off-record",
        "SUBJECT: BELGIUM: GOVERNMENT DIVIDED ON F-35 FOLLOW-ON ORDER\n"
        "\n"
        "1. (C) On October 9 PolCouns met Defense Minister Theo Francken's chief of staff, Koen Vandeputte. Speaking\n"
        "off the record, Vandeputte said the Vooruit ministers would block a second order until after the budget talks,\n"
        "and that Prime Minister De Wever had privately given up on a decision this year.\n"
        "\n"
        "2. (C) Comment: In our view, pushing Brussels publicly now would backfire. End comment.\n",
        redact=[("Koen Vandeputte", "PERSON", E), ("record, |Vandeputte| said", "PERSON", E)],
        passages=[("Speaking\noff the record", "5.1.2a"), ("had privately given up on a decision", "5.1.2a"),
                  ("In our view, pushing Brussels publicly now would backfire", "5.2.1")],
        officials=["Theo Francken", "Prime Minister |De Wever|"],
        visible=["PolCouns"],
        batch=156,
    ),
    Doc(
        "nl-dagvaarding-verdachte-gegevens",
        "DAGVAARDING\n"
        "Openbaar Ministerie, Arrondissementsparket Rotterdam\n"
        "Parketnummer: 10/172934-25\n"
        "\n"
        "De officier van justitie roept:\n"
        "Naam: ROMANO, Giovanni Santo\n"
        "Geboren: 4 juni 1990 te Paramaribo (Suriname)\n"
        "Adres: Boergoensevliet 61-B, 3082 SB Rotterdam\n"
        "\n"
        "om te verschijnen ter terechtzitting van de politierechter op 12 januari 2026 wegens bedreiging van zijn\n"
        "ex-vriendin Melanie Smit-Verhoef op 3 augustus 2025.\n"
        "\n"
        "mr. J.P. Kranenburg, officier van justitie\n",
        redact=[("ROMANO, Giovanni Santo", "PERSON", E), ("4 juni 1990", "DATE_OF_BIRTH", E),
                ("Boergoensevliet 61-B, 3082 SB", "ADDRESS", E), ("Melanie Smit-Verhoef", "PERSON", E)],
        passages=[("wegens bedreiging van zijn\nex-vriendin", SPECIAL)],
        officials=["J.P. Kranenburg"],
        visible=["Arrondissementsparket Rotterdam", "10/172934-25", "Paramaribo"],
        batch=156,
    ),
    Doc(
        "en-uk-school-exclusion-letter",
        "Oakfield Academy\n"
        "\n"
        "Mr and Mrs Okonkwo\n"
        "88 Beechwood Avenue\n"
        "Coventry CV5 6FH\n"
        "\n"
        "Dear Mr and Mrs Okonkwo,\n"
        "\n"
        "Re: Chidi Okonkwo, Year 9\n"
        "\n"
        "I am writing to confirm that Chidi has been excluded for five days following the incident on 3 November.\n"
        "We note that Chidi is autistic and has an EHC plan, and we will hold a reintegration meeting with his SENCo,\n"
        "Mrs Gail Pemberton, on his return.\n"
        "\n"
        "Yours sincerely,\n"
        "Mr R. Ashworth\n"
        "Headteacher\n",
        redact=[("Mr and Mrs |Okonkwo|\n", "PERSON", E), ("88 Beechwood Avenue", "ADDRESS", E), ("CV5 6FH", "ADDRESS", E),
                ("Dear Mr and Mrs |Okonkwo|,", "PERSON", E), ("Chidi Okonkwo", "PERSON", E), ("that |Chidi| has", "PERSON", E),
                ("that |Chidi| is", "PERSON", E), ("Gail Pemberton", "PERSON", E), ("R. Ashworth", "PERSON", E)],
        passages=[("Chidi is autistic", SPECIAL), ("has an EHC plan", SPECIAL)],
        visible=["Oakfield Academy", "Coventry"],
        batch=156,
    ),
    Doc(
        "nl-x-berichten-handle-wethouder",
        "Berichten op X, verzameld door team Communicatie (Woo-verzoek 2025-044)\n"
        "\n"
        "@jeroen_vd_berg83 · 2 okt: Wethouder @MarijeKluit moet opstappen, schande dit!!\n"
        "@MarijeKluit · 2 okt: Ik begrijp de boosheid. Morgen praat ik met de bewoners van de Vinkenbuurt.\n"
        "@lisa.hermans · 3 okt: mijn moeder woont daar, ze is 91 en doodsbang voor de sloop\n",
        redact=[("@jeroen_vd_berg83", "HANDLE", E), ("@lisa.hermans", "HANDLE", E)],
        officials=["Wethouder |@MarijeKluit|", "\n|@MarijeKluit| ·"],
        visible=["Vinkenbuurt", "team Communicatie"],
        batch=156,
    ),
    Doc(
        "nl-memo-jz-afwegingen-minister",
        "Memo\n"
        "Aan: Mark Rutte-Visser, directeur Wetgeving\n"
        "Van: Ilse Groenewegen, senior wetgevingsjurist\n"
        "\n"
        "De minister wil de wet nog dit jaar indienen. Mijns inziens is dat niet haalbaar zonder de Raad van State\n"
        "te passeren. Ik zou de minister willen ontraden dit politiek te forceren; de kans op een negatief advies is groot.\n",
        redact=[("Mark Rutte-Visser", "PERSON", E), ("Ilse Groenewegen", "PERSON", E)],
        passages=[("Mijns inziens is dat niet haalbaar", "5.2.1"), ("Ik zou de minister willen ontraden", "5.2.1")],
        batch=156,
    ),
    # -- batch 157: written after batch 156's fixes, before running anything
    Doc(
        "nl-defensie-notitie-gewonde-militair",
        "Ministerie van Defensie - Notitie voor de minister (Dep. Vertrouwelijk)\n"
        "Onderwerp: ongeval tijdens oefening in Litouwen\n"
        "\n"
        "Op 4 november raakte sergeant-majoor T.J. Hendriks (42) van 13 Lichte Brigade zwaargewond toen een\n"
        "pantservoertuig kantelde. Hij is met een gebroken ruggenwervel overgebracht naar een ziekenhuis in Vilnius.\n"
        "Korporaal Sem Wolters liep lichte verwondingen op. De Commandant der Strijdkrachten, generaal Onno\n"
        "Eichelsheim, heeft de familie Hendriks gebeld.\n",
        redact=[("T.J. Hendriks", "PERSON", E), ("Sem Wolters", "PERSON", E), ("familie |Hendriks|", "PERSON", E)],
        passages=[("met een gebroken ruggenwervel", SPECIAL), ("Dep. Vertrouwelijk", "5.1.1b")],
        officials=["Onno\nEichelsheim"],
        visible=["13 Lichte Brigade", "Litouwen"],
        batch=157,
    ),
    Doc(
        "en-us-army-15-6-investigation-excerpt",
        "AR 15-6 INVESTIGATION - FINDINGS\n"
        "\n"
        "1. On 14 June 2025, SFC Raymond D. Kowalski, B Co, 2-502 IN, struck PV2 Jaylen T. Brooks during a\n"
        "barracks inspection at Fort Campbell, KY. PV2 Brooks was treated for a concussion at Blanchfield Army\n"
        "Community Hospital. SFC Kowalski has a prior Article 15 for a similar incident in 2023.\n"
        "\n"
        "2. Investigating Officer: CPT Melissa A. Grant\n"
        "Approved: COL Derek L. Stanton, Commanding\n",
        redact=[("Raymond D. Kowalski", "PERSON", E), ("Jaylen T. Brooks", "PERSON", E), ("PV2 |Brooks|", "PERSON", E),
                ("SFC |Kowalski| has", "PERSON", E), ("Melissa A. Grant", "PERSON", E), ("Derek L. Stanton", "PERSON", E)],
        passages=[("treated for a concussion", SPECIAL), ("has a prior Article 15", SPECIAL)],
        visible=["Fort Campbell"],
        batch=157,
    ),
    Doc(
        "nl-petitie-handtekeningenlijst",
        "Bijlage bij petitie 'Behoud speeltuin De Klimop' - handtekeningenlijst (uittreksel)\n"
        "\n"
        "1. J. de Boer, Dorpsstraat 3, Nieuw-Vennep\n"
        "2. Fatima Amrani, Dorpsstraat 17, Nieuw-Vennep\n"
        "3. fam. Koopmans-Wiersma, Kerkweg 2a\n"
        "4. R. Tjon Sie Fat, Venneperweg 440\n"
        "\n"
        "Aangeboden aan wethouder Ilse Zeeman op 8 oktober 2025.\n",
        redact=[("J. de Boer", "PERSON", E), ("Dorpsstraat 3", "ADDRESS", E), ("Fatima Amrani", "PERSON", E),
                ("Dorpsstraat 17", "ADDRESS", E), ("Koopmans-Wiersma", "PERSON", E), ("Kerkweg 2a", "ADDRESS", E),
                ("R. Tjon Sie Fat", "PERSON", E), ("Venneperweg 440", "ADDRESS", E)],
        officials=["Ilse Zeeman"],
        visible=["De Klimop", "Nieuw-Vennep"],
        batch=157,
    ),
    Doc(
        "nl-klachtbrief-zoon-leeftijd",
        "Gemeente Zoetermeer\n"
        "Postbus 15\n"
        "2700 AA Zoetermeer\n"
        "\n"
        "Uw kenmerk: KL-2025-0451\n"
        "\n"
        "Geachte heer Van der Zwaan,\n"
        "\n"
        "U diende op 2 oktober een klacht in over de gang van zaken bij de aanvraag voor leerlingenvervoer voor\n"
        "uw zoon Jayden (8). Onze medewerker, mevrouw S. Boukhari, heeft u niet tijdig teruggebeld. Daarvoor bieden wij\n"
        "onze excuses aan. Omdat Jayden door zijn spierziekte niet zelfstandig kan reizen, is het vervoer inmiddels\n"
        "toegekend.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Paul Weststrate\n"
        "klachtencoördinator\n",
        redact=[("heer |Van der Zwaan|,", "PERSON", E), ("zoon |Jayden|", "PERSON", E), ("S. Boukhari", "PERSON", E),
                ("Omdat |Jayden| door", "PERSON", E), ("Paul Weststrate", "PERSON", E)],
        passages=[("door zijn spierziekte", SPECIAL)],
        visible=["Gemeente Zoetermeer", "Postbus 15", "KL-2025-0451"],
        batch=157,
    ),
    Doc(
        "en-us-dhs-email-partly-withheld",
        "From: (b)(6)\n"
        "Sent: Tuesday, March 4, 2025 6:12 PM\n"
        "To: Huffman, Benjamine C <benjamine.huffman@hq.dhs.gov>\n"
        "Cc: Alvarez, Rosa M (OGC) <rosa.alvarez@hq.dhs.gov>\n"
        "Subject: RE: detainee transfer - (b)(7)(C)\n"
        "\n"
        "Ben - ICE has agreed to move Mr. Oleksandr Hrytsenko (A# 218-447-903) to Broadview before his hearing. His\n"
        "wife says he needs insulin twice a day. Rosa, please confirm the habeas petition is moot.\n",
        redact=[("Huffman, Benjamine C", "PERSON", E), ("benjamine.huffman@hq.dhs.gov", "EMAIL", E),
                ("Alvarez, Rosa M", "PERSON", E), ("rosa.alvarez@hq.dhs.gov", "EMAIL", E), ("\n|Ben| -", "PERSON", E),
                ("Oleksandr Hrytsenko", "PERSON", E), ("218-447-903", "ID", E), ("day. |Rosa|, please", "PERSON", E)],
        passages=[("needs insulin twice a day", SPECIAL)],
        visible=["(b)(6)", "(b)(7)(C)", "ICE", "Broadview"],
        batch=157,
    ),
    Doc(
        "nl-politiebericht-geen-namen",
        "Politie Oost-Nederland - nieuwsbericht\n"
        "\n"
        "Almelo - Een 34-jarige man uit Almelo is zaterdagnacht aangehouden na een steekpartij in de Grotestraat.\n"
        "Een 27-jarige man uit Wierden raakte gewond en is naar het ziekenhuis gebracht. De politie zoekt getuigen.\n"
        "Woordvoerder Annemiek Beunk: 'Wie camerabeelden heeft, kan contact opnemen via 0900-8844.'\n",
        officials=["Annemiek Beunk"],
        visible=["Almelo", "Grotestraat", "Wierden", "0900-8844", "Een 34-jarige man"],
        batch=157,
    ),
    Doc(
        "nl-actielijst-overleg-initialen-tabel",
        "Actielijst overleg Jeugd, 11 november 2025\n"
        "Aanwezig: Roos Hageman (vz), Tim Verbrugge, Nadia Chaouch, Lars Evers (verslag)\n"
        "\n"
        "Nr | Actie | Wie | Wanneer\n"
        "1 | Casus gezin Yilmaz (Kastanjelaan) bespreken met Veilig Thuis | NC | 18 nov\n"
        "2 | Offerte jongerenwerk opvragen | TV | 25 nov\n"
        "3 | Wethouder Koster informeren over wachtlijsten | RH | 2 dec\n",
        redact=[("Roos Hageman", "PERSON", E), ("Tim Verbrugge", "PERSON", E), ("Nadia Chaouch", "PERSON", E),
                ("Lars Evers", "PERSON", E), ("gezin |Yilmaz|", "PERSON", E), ("NC", "PERSON", E),
                ("TV", "PERSON", E), ("RH", "PERSON", E)],
        officials=["Wethouder |Koster|"],
        visible=["Veilig Thuis", "Kastanjelaan"],
        batch=157,
    ),
    Doc(
        "en-uk-hmrc-letter-tax-debt",
        "HM Revenue & Customs\n"
        "Debt Management\n"
        "BX9 1AS\n"
        "\n"
        "Mr Kwame Asante-Boateng\n"
        "Flat 3, 19 Granville Road\n"
        "Sheffield S2 2RJ\n"
        "\n"
        "National Insurance number: JT 48 73 92 B\n"
        "\n"
        "Dear Mr Asante-Boateng,\n"
        "\n"
        "You owe £4,812.60 in Self Assessment tax. We have agreed a Time to Pay arrangement of £200 a month from\n"
        "1 December 2025. Because you told us you are receiving treatment for depression, we have paused any\n"
        "further enforcement action.\n"
        "\n"
        "Lena Hartley\n"
        "HMRC Debt Management\n",
        redact=[("Kwame Asante-Boateng", "PERSON", E), ("Flat 3, 19 Granville Road", "ADDRESS", E), ("S2 2RJ", "ADDRESS", E),
                ("JT 48 73 92 B", "ID", E), ("Mr |Asante-Boateng|,", "PERSON", E), ("Lena Hartley", "PERSON", E)],
        passages=[("receiving treatment for depression", SPECIAL)],
        visible=["BX9 1AS", "Sheffield", "HM Revenue & Customs"],
        batch=157,
    ),
    # -- batch 158: written after batch 157's fixes, before running anything
    Doc(
        "nl-mail-thread-rijkswaterstaat-handtekening",
        "Van: Bakker, Jorien (RWS-WVL) <jorien.bakker@rws.nl>\n"
        "Verzonden: woensdag 15 oktober 2025 10:22\n"
        "Aan: Smulders, Koen (RWS-ZN); Postbus Omgevingsmanagement\n"
        "Onderwerp: RE: geluidsklacht A2 Weert\n"
        "\n"
        "Hoi Koen,\n"
        "\n"
        "De klager (mevrouw Hendrikx, Molenakker 12 in Weert) heeft nu ook de Nationale ombudsman ingeschakeld.\n"
        "Zij zegt dat haar man door het verkeerslawaai niet meer slaapt en antidepressiva slikt. Zullen we de\n"
        "metingen naar voren halen?\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Jorien Bakker\n"
        "Adviseur omgevingsmanagement\n"
        "Rijkswaterstaat Water, Verkeer en Leefomgeving\n"
        "M +31 6 21 44 87 90\n",
        redact=[("Bakker, Jorien", "PERSON", E), ("jorien.bakker@rws.nl", "EMAIL", E), ("Smulders, Koen", "PERSON", E),
                ("Hoi |Koen|,", "PERSON", E), ("mevrouw |Hendrikx|", "PERSON", E), ("Molenakker 12", "ADDRESS", E),
                ("Jorien Bakker", "PERSON", E), ("+31 6 21 44 87 90", "PHONE", E)],
        passages=[("antidepressiva slikt", SPECIAL)],
        visible=["Postbus Omgevingsmanagement", "Nationale ombudsman", "Rijkswaterstaat Water, Verkeer en Leefomgeving"],
        batch=158,
    ),
    Doc(
        "en-us-foia-response-letter-ssa",
        "SOCIAL SECURITY ADMINISTRATION\n"
        "Office of Privacy and Disclosure\n"
        "\n"
        "December 1, 2025\n"
        "\n"
        "Mr. Dmitri Volkov\n"
        "612 Elmwood Ave, Apt 2\n"
        "Buffalo, NY 14222\n"
        "\n"
        "Refer to: FOIA request SSA-2025-004817\n"
        "\n"
        "Dear Mr. Volkov:\n"
        "\n"
        "You asked for a copy of your late father's claim file. Your father, Anatoly Volkov, received disability\n"
        "benefits from 2011 because of multiple sclerosis. We are releasing 212 pages in full and 14 pages in part.\n"
        "We withheld the names of SSA employees under Exemption 6.\n"
        "\n"
        "Sincerely,\n"
        "Monica Chyn\n"
        "Freedom of Information Officer\n",
        redact=[("Dmitri Volkov", "PERSON", E), ("612 Elmwood Ave, Apt 2", "ADDRESS", E), ("Mr. |Volkov|:", "PERSON", E),
                ("Anatoly Volkov", "PERSON", E), ("Monica Chyn", "PERSON", E)],
        passages=[("because of multiple sclerosis", SPECIAL)],
        visible=["Office of Privacy and Disclosure", "SSA-2025-004817", "Exemption 6"],
        batch=158,
    ),
    Doc(
        "nl-brief-belastingdienst-kwijtschelding",
        "Belastingdienst\n"
        "\n"
        "De heer M.W.J. (Martijn) Verstappen\n"
        "Hoogstraat 77-A\n"
        "5911 CN Venlo\n"
        "\n"
        "Datum: 17 november 2025\n"
        "Burgerservicenummer: 125495225\n"
        "\n"
        "Geachte heer Verstappen,\n"
        "\n"
        "U vroeg om kwijtschelding van de aanslag inkomstenbelasting 2023 van € 3.118. U staat onder bewind; uw\n"
        "bewindvoerder, mevrouw mr. P.A. Geurts, heeft de stukken ingediend. Wij schelden het bedrag volledig kwijt.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "de inspecteur\n",
        redact=[("M.W.J. (Martijn) Verstappen", "PERSON", E), ("Hoogstraat 77-A\n5911 CN", "ADDRESS", E),
                ("125495225", "BSN", BSN_GROUND), ("heer |Verstappen|,", "PERSON", E), ("P.A. Geurts", "PERSON", E)],
        passages=[("U staat onder bewind", E)],
        visible=["Venlo", "de inspecteur"],
        batch=158,
    ),
    Doc(
        "en-uk-nhs-trust-foi-internal",
        "From: Sarah Whitfield-Jones (Information Governance)\n"
        "To: Dr Amir Farouk\n"
        "Subject: FOI 25-1183 - never events\n"
        "\n"
        "Amir,\n"
        "\n"
        "We have to answer this FOI on never events in 2024. One of them is the retained swab after Mrs Patricia Dunne's\n"
        "caesarean in March; she has since brought a claim. I'd suggest we give the totals only and withhold the case\n"
        "summaries under section 40(2).\n"
        "\n"
        "Sarah\n"
        "Head of Information Governance, Royal Berkshire NHS Foundation Trust\n",
        redact=[("Sarah Whitfield-Jones", "PERSON", E), ("Amir Farouk", "PERSON", E), ("\n|Amir|,", "PERSON", E),
                ("Patricia Dunne", "PERSON", E), ("\n|Sarah|\n", "PERSON", E)],
        passages=[("retained swab after", SPECIAL), ("I'd suggest we give the totals only", "5.2.1")],
        visible=["Royal Berkshire NHS Foundation Trust", "Information Governance"],
        batch=158,
    ),
    Doc(
        "nl-verslag-stuurgroep-provincie-gedeputeerde",
        "Verslag stuurgroep Regio Deal Noord-Limburg, 20 oktober 2025\n"
        "Aanwezig: gedeputeerde Stephan Mackus (vz), burgemeester Antoin Scholten (Venlo), wethouder Wilma Cuppen\n"
        "(Horst aan de Maas), programmamanager Ellen Tijssen, secretaris Rik Janssen\n"
        "\n"
        "1. Voortgang. Ellen meldt dat het project Klimaatadaptatie vertraging heeft. Burgemeester Scholten vindt dat de\n"
        "stuurgroep hier niet op moet wachten. Rik stuurt de planning rond.\n",
        redact=[("Ellen Tijssen", "PERSON", E), ("Rik Janssen", "PERSON", E), ("Voortgang. |Ellen| meldt", "PERSON", E),
                ("wachten. |Rik| stuurt", "PERSON", E)],
        officials=["Stephan Mackus", "Antoin Scholten", "Wilma Cuppen", "Burgemeester |Scholten| vindt"],
        visible=["Regio Deal Noord-Limburg", "Horst aan de Maas"],
        batch=158,
    ),
    Doc(
        "en-us-police-body-cam-request-denial",
        "CITY OF PHOENIX POLICE DEPARTMENT\n"
        "Public Records Unit\n"
        "\n"
        "Re: Request No. PR-2025-33918 (body-worn camera footage, incident 25-1470022)\n"
        "\n"
        "The footage shows the arrest of a juvenile, J.M. (age 16), for aggravated assault, and an interview with the\n"
        "victim, Ms. Rosa Delgado-Pena, at her residence at 4417 W Thomas Rd. Arizona law bars the release of a juvenile's\n"
        "identity. Officer Kyle Brandt (#8841) recorded the footage.\n",
        redact=[("J.M.", "PERSON", E), ("Rosa Delgado-Pena", "PERSON", E), ("4417 W Thomas Rd", "ADDRESS", E),
                ("Kyle Brandt", "PERSON", E), ("8841", "ID", E)],
        passages=[("for aggravated assault", SPECIAL)],
        visible=["Public Records Unit", "PR-2025-33918", "25-1470022"],
        batch=158,
    ),
    Doc(
        "nl-memo-bz-mensenrechtenverdediger",
        "Memo - Dep. Vertrouwelijk\n"
        "Aan: DMM\n"
        "Van: ambassade Bakoe\n"
        "\n"
        "De Azerbeidzjaanse journaliste Sevinj Mammadova (Abzas Media) is op 2 november gearresteerd. Haar advocaat\n"
        "Elchin Sadigov liet de ambassade weten dat zij in hongerstaking is. De Azerbeidzjaanse onderminister Elnur\n"
        "Mammadov zei ambassadeur Bert Ververs onder vier ogen dat een vrijlating 'na COP' bespreekbaar is.\n",
        redact=[("Sevinj Mammadova", "PERSON", E), ("Elchin Sadigov", "PERSON", E)],
        passages=[("Dep. Vertrouwelijk", "5.1.1b"), ("onder vier ogen", "5.1.2a"), ("is op 2 november gearresteerd", SPECIAL),
                  ("in hongerstaking is", SPECIAL)],
        officials=["Elnur\nMammadov", "Bert Ververs"],
        visible=["DMM"],
        batch=158,
    ),
    Doc(
        "nl-chat-teams-hr-ziekte",
        "[Gisteren 16:41] Wouter Zijlstra: weet jij of Anouk al terug is?\n"
        "[Gisteren 16:44] Priscilla Baldewsingh: nee, ze is nog in behandeling voor borstkanker, verwacht pas in januari\n"
        "[Gisteren 16:45] Wouter Zijlstra: ah balen. ik zet haar taken bij Dewi neer\n",
        redact=[("Wouter Zijlstra", "PERSON", E), ("of |Anouk| al", "PERSON", E), ("Priscilla Baldewsingh", "PERSON", E),
                ("bij |Dewi| neer", "PERSON", E)],
        passages=[("in behandeling voor borstkanker", SPECIAL)],
        batch=158,
    ),
    # -- batch 159: written after batch 158's fixes, before running anything
    Doc(
        "be-pv-politie-gent-verhoor",
        "PROCES-VERBAAL VAN VERHOOR\n"
        "Politiezone Gent - PV nr. GE.55.L3.014472/2025\n"
        "\n"
        "Verhoorde: DE SMET Ann-Sofie, geboren te Aalst op 11/09/1988\n"
        "Rijksregisternummer: 88.09.11-226.94\n"
        "Woonplaats: Kortrijksepoortstraat 118 bus 3, 9000 Gent\n"
        "\n"
        "Ik verklaar dat mijn ex-partner, Kevin Van Acker, mij sinds september blijft opwachten aan mijn werk bij\n"
        "AZ Sint-Lucas. Ik ben daardoor in therapie bij een psycholoog.\n"
        "\n"
        "Verhoorder: INP Lieven Claeys\n",
        redact=[("DE SMET Ann-Sofie", "PERSON", E), ("11/09/1988", "DATE_OF_BIRTH", E), ("88.09.11-226.94", "ID", E),
                ("Kortrijksepoortstraat 118 bus 3", "ADDRESS", E), ("bus 3, |9000| Gent", "ADDRESS", E), ("Kevin Van Acker", "PERSON", E),
                ("Lieven Claeys", "PERSON", E)],
        passages=[("in therapie bij een psycholoog", SPECIAL)],
        visible=["Politiezone Gent", "AZ Sint-Lucas", "Aalst"],
        batch=159,
    ),
    Doc(
        "en-uk-ico-complaint-outcome-email",
        "From: casework@ico.org.uk\n"
        "To: Mr Jasper Oyelowo-Grant\n"
        "Subject: Your data protection complaint - IC-318772-Z9K4\n"
        "\n"
        "Dear Mr Oyelowo-Grant,\n"
        "\n"
        "You complained that Lambeth Council disclosed your HIV status to your landlord, Mr Terence Hollis. Having\n"
        "considered the council's response, our view is that it infringed UK GDPR. We have told the council to\n"
        "retrain its housing staff.\n"
        "\n"
        "Yours sincerely,\n"
        "Danielle Osei\n"
        "Case Officer\n",
        redact=[("Jasper Oyelowo-Grant", "PERSON", E), ("Mr |Oyelowo-Grant|,", "PERSON", E), ("Terence Hollis", "PERSON", E),
                ("Danielle Osei", "PERSON", E)],
        passages=[("your HIV status", SPECIAL)],
        visible=["casework@ico.org.uk", "IC-318772-Z9K4", "UK GDPR"],
        batch=159,
    ),
    Doc(
        "nl-ambtsbericht-bz-bekeerling",
        "Ambtsbericht - Afdeling Ambtsberichten\n"
        "Betreft: vreemdeling A. Rahimi, V-nummer 3017742981\n"
        "\n"
        "Uit onderzoek ter plaatse blijkt dat betrokkene in Mashhad bekend is als bekeerling tot het christendom. Een\n"
        "vertrouwenspersoon van de ambassade sprak met zijn oom, die bevestigde dat de familie hem heeft verstoten.\n"
        "De bron wenst anoniem te blijven.\n",
        redact=[("A. Rahimi", "PERSON", E), ("3017742981", "ID", E)],
        passages=[("bekeerling tot het christendom", SPECIAL), ("De bron wenst anoniem te blijven", "5.1.2a")],
        visible=["Afdeling Ambtsberichten"],
        batch=159,
    ),
    Doc(
        "nl-wob-inventaris-namen-afzenders",
        "Inventarislijst Woo-verzoek 2025-117 (stikstof)\n"
        "Nr.\tDatum\tDocument\tAfzender\tBeoordeling\n"
        "1\t12-03-2025\tE-mail\tC. van der Wal (LNV)\tdeels openbaar, 5.1.2e\n"
        "2\t14-03-2025\tBrief\tminister Wiersma\topenbaar\n"
        "3\t20-03-2025\tNota\tS. Ouarrak (LNV)\tdeels openbaar, 5.1.2e, 5.2.1\n",
        redact=[("C. van der Wal", "PERSON", E), ("S. Ouarrak", "PERSON", E)],
        officials=["minister |Wiersma|"],
        visible=["5.1.2e", "5.2.1", "LNV", "deels openbaar"],
        batch=159,
    ),
    Doc(
        "en-us-hud-fair-housing-complaint",
        "U.S. Department of Housing and Urban Development\n"
        "Office of Fair Housing and Equal Opportunity\n"
        "\n"
        "Complainant: Ms. Guadalupe Ortiz-Whitaker\n"
        "Respondent: Riverside Gardens LLC\n"
        "\n"
        "The complainant, who is Hispanic and uses a wheelchair, alleges that the property manager, Brent Kessler,\n"
        "refused to install a ramp and told her she would be 'happier somewhere else'. Her daughter, Ana, witnessed the\n"
        "conversation.\n",
        redact=[("Guadalupe Ortiz-Whitaker", "PERSON", E), ("Brent Kessler", "PERSON", E), ("daughter, |Ana|,", "PERSON", E)],
        passages=[("who is Hispanic", SPECIAL), ("uses a wheelchair", SPECIAL)],
        visible=["Riverside Gardens LLC", "Office of Fair Housing and Equal Opportunity"],
        batch=159,
    ),
    Doc(
        "nl-gespreksverslag-leerplicht",
        "Gespreksverslag leerplicht\n"
        "Leerling: Milan de Graaf, groep 7, OBS De Vlinder\n"
        "Aanwezig: moeder Kim de Graaf, leerplichtambtenaar Hatice Yilmaz-Koç, IB'er Jan-Pieter Mol\n"
        "\n"
        "Milan verzuimde dit schooljaar 23 dagen. Moeder vertelt dat Milan sinds de scheiding angstig is en buikpijn\n"
        "heeft op schooldagen. Hatice verwijst naar het CJG; Jan-Pieter regelt een aangepast rooster.\n",
        redact=[("Milan de Graaf", "PERSON", E), ("Kim de Graaf", "PERSON", E), ("Hatice Yilmaz-Koç", "PERSON", E),
                ("Jan-Pieter Mol", "PERSON", E), ("\n|Milan| verzuimde", "PERSON", E), ("dat |Milan| sinds", "PERSON", E),
                ("heeft op schooldagen. |Hatice| verwijst", "PERSON", E), ("; |Jan-Pieter| regelt", "PERSON", E)],
        passages=[("sinds de scheiding angstig is", SPECIAL)],
        visible=["OBS De Vlinder", "CJG"],
        batch=159,
    ),
    Doc(
        "en-uk-cabinet-office-submission-opinion",
        "OFFICIAL-SENSITIVE\n"
        "To: Minister for the Cabinet Office\n"
        "From: Helen Pritchard, Deputy Director, Public Bodies Reform\n"
        "Date: 9 October 2025\n"
        "\n"
        "Recommendation\n"
        "1. That you agree to close the Advisory Council on Historic Buildings. My own view is that a merger with Historic\n"
        "England would save more, but officials in DCMS are lukewarm. Frankly, the Chair will fight this in the press.\n",
        redact=[("Helen Pritchard", "PERSON", E)],
        passages=[("My own view is that", "5.2.1"), ("Frankly, the Chair will fight this in the press", "5.2.1")],
        visible=["Advisory Council on Historic Buildings", "Public Bodies Reform"],
        batch=159,
    ),
    Doc(
        "nl-sms-wethouder-ambtenaar",
        "SMS-berichten (telefoon wethouder Van Dijk), 3-5 september 2025\n"
        "\n"
        "03-09 21:14 Van Dijk: Heb je het rapport van Arcadis al?\n"
        "03-09 21:40 Femke (ambtenaar RO): Morgen. Eerlijk gezegd vind ik de conclusies te rooskleurig\n"
        "04-09 07:55 Van Dijk: Laten we dat niet zo opschrijven. Bel me om 9u\n"
        "05-09 16:02 Femke (ambtenaar RO): Gesprek met de buurman van het perceel, dhr. Okkerse, verliep slecht\n",
        redact=[("21:40 |Femke| (", "PERSON", E), ("16:02 |Femke| (", "PERSON", E), ("dhr. |Okkerse|", "PERSON", E)],
        passages=[("Eerlijk gezegd vind ik de conclusies te rooskleurig", "5.2.1")],
        officials=["wethouder |Van Dijk|", "21:14 |Van Dijk|:", "07:55 |Van Dijk|:"],
        visible=["Arcadis"],
        batch=159,
    ),
    # -- batch 160: written after batch 159's fixes, before running anything
    Doc(
        "nl-mail-griffie-inspreker-aanmelding",
        "Van: Thea Vermeulen <thea.vermeulen@gmail.com>\n"
        "Aan: griffie@gemeentebreda.nl\n"
        "Onderwerp: aanmelding inspreken commissie 24 november\n"
        "\n"
        "Beste griffie,\n"
        "\n"
        "Graag meld ik mij aan om in te spreken over het parkeerbeleid in de Ginneken. Ik woon op de Ulvenhoutselaan 31\n"
        "en mijn man is afhankelijk van zijn scootmobiel. Mijn telefoonnummer is 076-5143920.\n"
        "\n"
        "Vriendelijke groet,\n"
        "Thea Vermeulen-Dirven\n",
        redact=[("Thea Vermeulen", "PERSON", E), ("thea.vermeulen@gmail.com", "EMAIL", E), ("Ulvenhoutselaan 31", "ADDRESS", E),
                ("076-5143920", "PHONE", E), ("Thea Vermeulen-Dirven", "PERSON", E)],
        passages=[("afhankelijk van zijn scootmobiel", SPECIAL)],
        visible=["griffie@gemeentebreda.nl", "Ginneken"],
        batch=160,
    ),
    Doc(
        "en-us-ig-report-excerpt-names",
        "OFFICE OF INSPECTOR GENERAL - REPORT OF INVESTIGATION\n"
        "Case Number: I24-0331\n"
        "Subject: Mr. Curtis W. Abernathy, GS-13, Contracting Officer, Region 7\n"
        "\n"
        "We found that Mr. Abernathy accepted a $4,000 gift card from Hollister Paving Inc., whose owner, Dale Hollister,\n"
        "held three contracts he administered. Abernathy admitted the gift in his interview on May 2, 2025, and said his\n"
        "gambling debts had left him unable to pay his mortgage.\n"
        "\n"
        "Prepared by: Special Agent Monique L. Farris\n",
        redact=[("Curtis W. Abernathy", "PERSON", E), ("Mr. |Abernathy| accepted", "PERSON", E), ("Dale Hollister", "PERSON", E),
                ("administered. |Abernathy| admitted", "PERSON", E), ("Monique L. Farris", "PERSON", E)],
        passages=[("his\ngambling debts", E)],
        visible=["Hollister Paving Inc.", "I24-0331", "Region 7"],
        batch=160,
    ),
    Doc(
        "nl-brief-cak-eigen-bijdrage",
        "CAK\n"
        "Postbus 84030\n"
        "2508 AA Den Haag\n"
        "\n"
        "Mevrouw A.M.G. Smeets-Bollen\n"
        "Zorgcentrum Sint Jozef, kamer 214\n"
        "Kerkstraat 40\n"
        "6441 BJ Brunssum\n"
        "\n"
        "Geachte mevrouw Smeets-Bollen,\n"
        "\n"
        "U woont sinds 1 juli in een Wlz-instelling. Daarom betaalt u vanaf die datum de hoge eigen bijdrage van\n"
        "€ 2.871,60 per maand. Uw zoon, de heer P. Smeets, heeft namens u gevraagd om een betalingsregeling.\n",
        redact=[("A.M.G. Smeets-Bollen", "PERSON", E), ("kamer 214", "ADDRESS", E), ("mevrouw |Smeets-Bollen|,", "PERSON", E),
                ("P. Smeets", "PERSON", E), ("Kerkstraat 40\n6441 BJ", "ADDRESS", E)],
        passages=[("sinds 1 juli in een Wlz-instelling", SPECIAL)],
        visible=["Postbus 84030", "Brunssum", "CAK"],
        batch=160,
    ),
    Doc(
        "en-uk-council-cabinet-report-exempt",
        "EXEMPT - NOT FOR PUBLICATION\n"
        "Paragraph 3, Schedule 12A, Local Government Act 1972\n"
        "\n"
        "Report to Cabinet, 4 December 2025\n"
        "Disposal of land at Wharf Street\n"
        "\n"
        "Two bids were received. Castlemere Homes offered £1.42m, conditional on planning; Brindley Estates offered\n"
        "£1.18m unconditionally. Officers recommend accepting the Brindley bid: in our assessment Castlemere's offer carries\n"
        "too much risk. Contact officer: Gareth Pryce, Estates Manager, 0121 303 4471\n",
        redact=[("Gareth Pryce", "PERSON", E), ("0121 303 4471", "PHONE", E)],
        passages=[("Castlemere Homes offered £1.42m", "5.1.1c"), ("in our assessment Castlemere's offer carries", "5.2.1")],
        visible=["Wharf Street", "Local Government Act 1972"],
        batch=160,
    ),
    Doc(
        "nl-notitie-burgemeester-openbare-orde",
        "Notitie voor de burgemeester (vertrouwelijk)\n"
        "Onderwerp: demonstratie 29 november, Malieveld\n"
        "\n"
        "De politie verwacht 3.000 deelnemers. Volgens de Regionale Informatie Organisatie hebben twee bekende\n"
        "relschoppers uit Zoetermeer, Bart L. (23) en Youri K. (19), online opgeroepen tot geweld. De driehoek\n"
        "overweegt een noodbevel. Advies: burgemeester Van Zanen laat zich vrijdag bijpraten door korpschef\n"
        "Paauw en hoofdofficier Cohen.\n",
        redact=[("Bart L.", "PERSON", E), ("Youri K.", "PERSON", E)],
        passages=[("online opgeroepen tot geweld", SPECIAL), ("Volgens de Regionale Informatie Organisatie", "5.1.2c")],
        officials=["burgemeester |Van Zanen|", "korpschef\n|Paauw|", "hoofdofficier |Cohen|"],
        visible=["Malieveld"],
        batch=160,
    ),
    Doc(
        "en-us-tribal-health-email",
        "From: Joseph Running Horse <jrunninghorse@ihs.gov>\n"
        "To: Kimberly Two Bulls\n"
        "Subject: patient transport\n"
        "\n"
        "Kim - Mrs. Eleanor Walks Far Woman (DOB 03/22/1949) needs dialysis transport to Rapid City three times a week\n"
        "starting Monday. Her grandson Tyson will ride along. Can you get this to the contract driver?\n"
        "\n"
        "Joe\n",
        redact=[("Joseph Running Horse", "PERSON", E), ("jrunninghorse@ihs.gov", "EMAIL", E), ("Kimberly Two Bulls", "PERSON", E),
                ("\n|Kim| -", "PERSON", E), ("Eleanor Walks Far Woman", "PERSON", E), ("03/22/1949", "DATE_OF_BIRTH", E),
                ("grandson |Tyson|", "PERSON", E), ("\n|Joe|\n", "PERSON", E)],
        passages=[("needs dialysis transport", SPECIAL)],
        batch=160,
    ),
    Doc(
        "nl-raadsinformatiebrief-jeugdzorg-casus",
        "Raadsinformatiebrief 2025-88: incident jeugdzorginstelling De Hoenderloo\n"
        "\n"
        "Geachte raadsleden,\n"
        "\n"
        "Op 14 oktober is een 15-jarige jongere uit onze gemeente uit de instelling weggelopen. Hij is twee dagen later\n"
        "ongedeerd teruggevonden. Het college betreurt dat de ouders pas na zes uur zijn geïnformeerd. Wethouder\n"
        "Robbert de Vrij heeft hierover met de directeur van de instelling, mevrouw Anke Blom, gesproken.\n"
        "\n"
        "Burgemeester en wethouders van Apeldoorn,\n"
        "de secretaris, de burgemeester,\n"
        "drs. R.H. Kuipers   ir. T. Heerts\n",
        redact=[("Anke Blom", "PERSON", E)],
        officials=["Robbert de Vrij", "R.H. Kuipers", "T. Heerts"],
        visible=["De Hoenderloo", "een 15-jarige jongere"],
        batch=160,
    ),
    Doc(
        "de-mail-bundespolizei-grenzkontrolle",
        "Von: Polizeihauptkommissar Markus Weidenfeller <markus.weidenfeller@polizei.bund.de>\n"
        "An: KMar Brigade Nieuweschans\n"
        "Betreff: Zurückweisung am Grenzübergang Bunde\n"
        "\n"
        "Guten Tag,\n"
        "\n"
        "am 18.11.2025 wurde der afghanische Staatsangehörige Jawad Noori, geb. 02.04.1997, zurückgewiesen. Er gab an,\n"
        "in den Niederlanden bei seinem Bruder Farid in Groningen zu wohnen. Bitte um Rückmeldung.\n"
        "\n"
        "Mit freundlichen Grüßen\n"
        "M. Weidenfeller\n",
        redact=[("Markus Weidenfeller", "PERSON", E), ("markus.weidenfeller@polizei.bund.de", "EMAIL", E),
                ("Jawad Noori", "PERSON", E), ("02.04.1997", "DATE_OF_BIRTH", E), ("Bruder |Farid|", "PERSON", E),
                ("M. Weidenfeller", "PERSON", E)],
        visible=["KMar Brigade Nieuweschans", "Bunde", "Groningen"],
        batch=160,
    ),
    # -- batch 190: written after batch 160's fixes, before running anything
    Doc(
        "nl-mail-omgevingsdienst-handhaving-boer",
        "Van: Sjors Wolters <s.wolters@odnn.nl>\n"
        "Aan: Handhaving ODNN\n"
        "CC: Ingrid Hofman <i.hofman@odnn.nl>\n"
        "Onderwerp: controle veehouderij Dorpsweg 45, Espel\n"
        "\n"
        "Ingrid, bij de controle van vandaag bleek dat de heer Hielke Postma (eigenaar) 40 varkens meer houdt dan zijn\n"
        "vergunning toestaat. Hij vertelde dat hij sinds het overlijden van zijn vrouw de administratie niet meer\n"
        "bijhoudt en dat hij zelf ook onder behandeling is bij de GGZ. Ik stel voor eerst een waarschuwing te geven.\n"
        "\n"
        "Sjors\n",
        redact=[("Sjors Wolters", "PERSON", E), ("s.wolters@odnn.nl", "EMAIL", E), ("Ingrid Hofman", "PERSON", E),
                ("i.hofman@odnn.nl", "EMAIL", E), ("Dorpsweg 45", "ADDRESS", E), ("\n|Ingrid|, bij", "PERSON", E),
                ("Hielke Postma", "PERSON", E), ("\n|Sjors|\n", "PERSON", E)],
        passages=[("onder behandeling is bij de GGZ", SPECIAL), ("Ik stel voor eerst een waarschuwing te geven", "5.2.1")],
        visible=["Handhaving ODNN", "Espel"],
        batch=190,
    ),
    Doc(
        "en-uk-coroner-prevention-report",
        "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS\n"
        "\n"
        "THIS REPORT IS BEING SENT TO: Chief Executive, Norfolk and Suffolk NHS Foundation Trust\n"
        "\n"
        "1 CORONER\n"
        "I am Jacqueline Lake, Senior Coroner for the area of Norfolk.\n"
        "\n"
        "3 INVESTIGATION and INQUEST\n"
        "On 12 March 2025 I commenced an investigation into the death of Liam Patrick Doyle, aged 24. He died at\n"
        "Hellesdon Hospital after he was left unobserved for three hours despite a known risk of self-harm.\n",
        redact=[("Liam Patrick Doyle", "PERSON", E)],
        officials=["Jacqueline Lake"],
        visible=["Norfolk and Suffolk NHS Foundation Trust", "Hellesdon Hospital"],
        batch=190,
    ),
    Doc(
        "nl-notitie-integriteit-melding-wethouder",
        "Notitie integriteitsmelding (geheim)\n"
        "Datum: 6 november 2025\n"
        "\n"
        "Melder: een medewerker van team Inkoop (naam bij de gemeentesecretaris bekend)\n"
        "Betreft: wethouder Sander Kok\n"
        "\n"
        "De melder stelt dat wethouder Kok bij de aanbesteding van het groenonderhoud druk heeft gezet om het bedrijf van\n"
        "zijn zwager, Hoveniersbedrijf Jeroen Mulder, te gunnen. Mijns inziens moet dit extern worden onderzocht; de\n"
        "burgemeester beslist.\n",
        redact=[("Jeroen Mulder", "PERSON", E)],
        passages=[("Mijns inziens moet dit extern worden onderzocht", "5.2.1")],
        officials=["wethouder Sander Kok", "wethouder |Kok| bij"],
        visible=["team Inkoop"],
        batch=190,
    ),
    Doc(
        "en-us-va-benefits-decision",
        "Department of Veterans Affairs\n"
        "Regional Office, 5000 Wissahickon Avenue, Philadelphia, PA 19144\n"
        "\n"
        "Thomas J. McAllister\n"
        "2281 Orthodox Street\n"
        "Philadelphia, PA 19137\n"
        "\n"
        "VA File Number: 22 417 903\n"
        "\n"
        "Dear Mr. McAllister:\n"
        "\n"
        "We granted service connection for post-traumatic stress disorder, evaluated at 70 percent, and for tinnitus,\n"
        "evaluated at 10 percent, effective June 3, 2025.\n"
        "\n"
        "Sincerely,\n"
        "Veterans Service Center Manager\n",
        redact=[("Thomas J. McAllister", "PERSON", E), ("2281 Orthodox Street", "ADDRESS", E), ("22 417 903", "ID", E),
                ("Mr. |McAllister|:", "PERSON", E)],
        passages=[("service connection for post-traumatic stress disorder", SPECIAL), ("and for tinnitus", SPECIAL)],
        visible=["5000 Wissahickon Avenue", "Veterans Service Center Manager"],
        batch=190,
    ),
    Doc(
        "nl-verslag-bewonersavond-namen-zaal",
        "Verslag bewonersavond aardgasvrije wijk Kanaleneiland, 13 november 2025\n"
        "\n"
        "Wethouder Lot van Hooijdonk opent de avond. Vragen uit de zaal:\n"
        "- Een bewoner van de Marshalllaan (dhr. Ahmed Bouzian) vraagt wie de kosten betaalt. Hij zit in de bijstand.\n"
        "- Mevrouw Ria Oskam (Trans 22) vindt het plan onduidelijk.\n"
        "Projectleider Niels Brouwer (gemeente) zegt toe een rekenvoorbeeld te sturen.\n",
        redact=[("Ahmed Bouzian", "PERSON", E), ("Ria Oskam", "PERSON", E), ("Trans 22", "ADDRESS", E),
                ("Niels Brouwer", "PERSON", E)],
        passages=[("Hij zit in de bijstand", E)],
        officials=["Lot van Hooijdonk"],
        visible=["Kanaleneiland", "Marshalllaan"],
        batch=190,
    ),
    Doc(
        "en-uk-fcdo-telegram-consular",
        "FROM: BRITISH EMBASSY TEHRAN\n"
        "TO: FCDO LONDON\n"
        "SUBJECT: CONSULAR: DETAINED BRITISH-IRANIAN NATIONAL\n"
        "\n"
        "1. The Ambassador raised the case of Mr Kamran Esfandiari (dual national, DOB 19/06/1971) with Deputy Foreign\n"
        "Minister Gharibabadi on 3 November. Gharibabadi said, speaking privately, that a release before the new year\n"
        "was possible if London did not raise the case publicly. Mr Esfandiari's wife reports he has lost 12kg in Evin.\n",
        redact=[("Kamran Esfandiari", "PERSON", E), ("19/06/1971", "DATE_OF_BIRTH", E), ("Mr |Esfandiari|'s", "PERSON", E)],
        passages=[("speaking privately", "5.1.2a"), ("he has lost 12kg in Evin", SPECIAL)],
        officials=["Minister |Gharibabadi|", "November. |Gharibabadi| said"],
        visible=["BRITISH EMBASSY TEHRAN", "FCDO LONDON"],
        batch=190,
    ),
    Doc(
        "nl-brief-uwv-ww-sanctie",
        "UWV\n"
        "\n"
        "De heer D.J. van 't Hof\n"
        "Zonnebloemstraat 9\n"
        "8023 BR  Zwolle\n"
        "\n"
        "Geachte heer Van 't Hof,\n"
        "\n"
        "U heeft in september niet genoeg gesolliciteerd. Wij verlagen uw WW-uitkering daarom één maand met 25%.\n"
        "Heeft u vragen? Bel dan uw werkcoach, mevrouw Esther Nijland, op 088 - 898 92 95.\n",
        redact=[("D.J. van 't Hof", "PERSON", E), ("Zonnebloemstraat 9\n8023 BR", "ADDRESS", E), ("heer |Van 't Hof|,", "PERSON", E),
                ("Esther Nijland", "PERSON", E), ("088 - 898 92 95", "PHONE", E)],
        passages=[("Wij verlagen uw WW-uitkering", E)],
        visible=["UWV", "Zwolle"],
        batch=190,
    ),
    Doc(
        "nl-whatsapp-handhavers-foto",
        "[12-11-25 22:03:17] Boa Kevin: Zijn bij de Hema, jongen op scooter zonder helm, geeft valse naam op\n"
        "[12-11-25 22:05:40] Boa Kevin: Blijkt Jaïr Doelwijt te zijn, 17 jaar, bekend bij ons van de overlast vorige maand\n"
        "[12-11-25 22:06:02] Teamleider Saskia: Bon uitschrijven en moeder bellen, nummer staat in het systeem\n",
        redact=[("Boa |Kevin|:", "PERSON", E), ("Jaïr Doelwijt", "PERSON", E), ("Teamleider |Saskia|:", "PERSON", E)],
        passages=[("geeft valse naam op", SPECIAL)],
        batch=190,
    ),
    # -- batch 191: written after the merges, before running anything
    Doc(
        "nl-mail-wijkteam-overdracht-gezin",
        "Van: Marije Kroeze (wijkteam Noord)\n"
        "Aan: Bram Hoogendijk\n"
        "Onderwerp: overdracht gezin Kuijpers\n"
        "\n"
        "Hoi Bram,\n"
        "\n"
        "Bij deze de overdracht. Moeder (Sandra Kuijpers, Dr. Schaepmanstraat 8) is sinds de zomer alleen met de\n"
        "drie kinderen; vader zit een straf uit in PI Veenhuizen. De oudste, Dylan (14), spijbelt veel en wordt\n"
        "volgens school gepest omdat hij stottert. Sandra heeft een betalingsachterstand bij Woonzorg Nederland.\n"
        "\n"
        "Groetjes,\n"
        "Marije\n",
        redact=[("Marije Kroeze", "PERSON", E), ("Bram Hoogendijk", "PERSON", E), ("Hoi |Bram|,", "PERSON", E),
                ("gezin |Kuijpers|", "PERSON", E), ("Sandra Kuijpers", "PERSON", E), ("Dr. Schaepmanstraat 8", "ADDRESS", E),
                ("oudste, |Dylan| (14)", "PERSON", E), ("stottert. |Sandra| heeft", "PERSON", E), ("\n|Marije|\n", "PERSON", E)],
        passages=[("vader zit een straf uit", SPECIAL), ("omdat hij stottert", SPECIAL), ("betalingsachterstand", E)],
        visible=["wijkteam Noord"],
        batch=191,
    ),
    Doc(
        "en-us-doj-oip-appeal-inmate-sister",
        "U.S. Department of Justice\n"
        "Office of Information Policy\n"
        "\n"
        "Ms. Renata Szabo\n"
        "1412 N Lorel Ave\n"
        "Chicago, IL 60651\n"
        "\n"
        "Re: Appeal No. A-2025-01177\n"
        "\n"
        "Dear Ms. Szabo:\n"
        "\n"
        "You appealed the Bureau of Prisons' partial denial of your request for records about your brother, inmate\n"
        "Viktor Szabo, Register No. 48211-424. I am affirming the withholding of his medical records under\n"
        "Exemption 6.\n"
        "\n"
        "Sincerely,\n"
        "Christina D. Troiani\n"
        "Chief, Administrative Appeals Staff\n",
        redact=[("Renata Szabo", "PERSON", E), ("1412 N Lorel Ave", "ADDRESS", E), ("Ms. |Szabo|:", "PERSON", E),
                ("Viktor Szabo", "PERSON", E), ("48211-424", "ID", E)],
        officials=["Christina D. Troiani"],
        visible=["Office of Information Policy", "A-2025-01177", "Exemption 6"],
        batch=191,
    ),
    Doc(
        "nl-notulen-or-reorganisatie-publiekszaken",
        "Notulen OR-vergadering 12 november 2025\n"
        "Aanwezig: Peter Smit (vz), Ayla Demir, Rik Verhoef, Lisanne Bosch (ambtelijk secretaris)\n"
        "Namens de bestuurder: gemeentesecretaris Hans Wolters\n"
        "\n"
        "3. Reorganisatie Publiekszaken. De heer Wolters licht toe dat zes functies vervallen. Ayla vraagt of er\n"
        "gedwongen ontslagen vallen; Wolters sluit dat niet uit. Rik merkt op dat de OR zich gepasseerd voelt.\n",
        redact=[("Peter Smit", "PERSON", E), ("Ayla Demir", "PERSON", E), ("Rik Verhoef", "PERSON", E),
                ("Lisanne Bosch", "PERSON", E), ("vervallen. |Ayla| vraagt", "PERSON", E), ("uit. |Rik| merkt", "PERSON", E)],
        officials=["Hans Wolters", "De heer |Wolters| licht", "; |Wolters| sluit"],
        visible=["Publiekszaken"],
        batch=191,
    ),
    Doc(
        "en-uk-home-office-caseworker-note",
        "CASE NOTE - HO ref K1187334\n"
        "Applicant: Mr Yonas Tesfaye Gebru (DOB 01/01/1996), Eritrea\n"
        "\n"
        "Spoke to applicant via interpreter (Tigrinya). He says he was conscripted in 2014 and deserted in 2021 and fears\n"
        "imprisonment if returned. He is an Orthodox Christian and attends St Mary's church in Leicester. He has scars on\n"
        "his back which he says are from beatings at Sawa.\n"
        "\n"
        "Caseworker: R. Bhatti (EO)\n",
        redact=[("K1187334", "ID", E), ("Yonas Tesfaye Gebru", "PERSON", E), ("01/01/1996", "DATE_OF_BIRTH", E),
                ("R. Bhatti", "PERSON", E)],
        passages=[("He is an Orthodox Christian", SPECIAL), ("scars on\nhis back", SPECIAL)],
        visible=["Eritrea", "Tigrinya"],
        batch=191,
    ),
    Doc(
        "nl-nota-ez-bedrijfsgegevens",
        "Nota aan de minister van Economische Zaken\n"
        "Onderwerp: steunverzoek Nexperia-toeleverancier\n"
        "\n"
        "Chipfabrikant SiliconWave B.V. (Nijmegen) vraagt een overbruggingskrediet van € 45 mln. Uit de vertrouwelijk\n"
        "aangeleverde cijfers blijkt dat het bedrijf in het derde kwartaal een verlies van € 12 mln leed en dat de bank\n"
        "de kredietlijn per 1 januari opzegt. Wij adviseren u het verzoek af te wijzen; de Staat zou een te groot risico lopen.\n",
        passages=[("vraagt een overbruggingskrediet", "5.1.1c"), ("vertrouwelijk\naangeleverde cijfers", "5.1.1c"),
                  ("Wij adviseren u het verzoek af te wijzen", "5.2.1")],
        batch=191,
    ),
    Doc(
        "nl-brief-ind-gezinshereniging-afwijzing",
        "Immigratie- en Naturalisatiedienst\n"
        "\n"
        "De heer H. Abdi Warsame\n"
        "p/a VluchtelingenWerk, Jansveld 51\n"
        "3512 BE Utrecht\n"
        "\n"
        "Ons kenmerk: 2109-88-4417\n"
        "\n"
        "Geachte heer Abdi Warsame,\n"
        "\n"
        "U vroeg om gezinshereniging met uw echtgenote, mevrouw Fadumo Ali Hassan, en uw dochters Hodan en Sagal. Uit het\n"
        "DNA-onderzoek blijkt dat Sagal niet uw biologische dochter is. Voor haar wijzen wij de aanvraag af.\n",
        redact=[("H. Abdi Warsame", "PERSON", E), ("heer |Abdi Warsame|,", "PERSON", E), ("Fadumo Ali Hassan", "PERSON", E),
                ("dochters |Hodan|", "PERSON", E), ("en |Sagal|.", "PERSON", E), ("dat |Sagal| niet", "PERSON", E)],
        passages=[("niet uw biologische dochter is", SPECIAL)],
        visible=["VluchtelingenWerk", "Jansveld 51", "2109-88-4417"],
        batch=191,
    ),
    # -- batch 192: written after batch 191's fixes, before running anything
    Doc(
        "nl-mail-ggd-besmetting-school",
        "Van: arts infectieziektebestrijding, GGD Hollands Noorden\n"
        "Aan: directie OBS De Springplank\n"
        "Onderwerp: mazelen groep 4\n"
        "\n"
        "Geachte directie,\n"
        "\n"
        "Bij een leerling uit groep 4, Lieke Schouten, is mazelen vastgesteld. Zij is niet gevaccineerd; haar ouders\n"
        "hebben op grond van hun geloof bezwaar tegen vaccinatie. Wij adviseren de ouders van de klasgenoten vandaag\n"
        "te informeren.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "drs. E.M. (Evelien) Roos, arts M&G\n",
        redact=[("Lieke Schouten", "PERSON", E), ("E.M. (Evelien) Roos", "PERSON", E)],
        passages=[("is mazelen vastgesteld", SPECIAL), ("op grond van hun geloof bezwaar tegen vaccinatie", SPECIAL)],
        visible=["GGD Hollands Noorden", "OBS De Springplank"],
        batch=192,
    ),
    Doc(
        "en-uk-dwp-pip-decision",
        "Department for Work and Pensions\n"
        "Personal Independence Payment\n"
        "\n"
        "Miss Chloe Atkinson-Reid\n"
        "27 Larkspur Way\n"
        "Gateshead NE8 4QT\n"
        "\n"
        "National Insurance number: SK 44 19 72 D\n"
        "\n"
        "Dear Miss Atkinson-Reid,\n"
        "\n"
        "We have looked again at our decision. Because of your fibromyalgia you cannot walk more than 20 metres without\n"
        "stopping, so we now award you the enhanced rate of the mobility component from 3 June 2025.\n"
        "\n"
        "Decision Maker\n",
        redact=[("Chloe Atkinson-Reid", "PERSON", E), ("27 Larkspur Way", "ADDRESS", E), ("NE8 4QT", "ADDRESS", E),
                ("SK 44 19 72 D", "ID", E), ("Miss |Atkinson-Reid|,", "PERSON", E)],
        passages=[("Because of your fibromyalgia", SPECIAL)],
        visible=["Gateshead", "Decision Maker", "Personal Independence Payment"],
        batch=192,
    ),
    Doc(
        "nl-verslag-driehoek-ondermijning",
        "Verslag lokale driehoek Roosendaal, 20 november 2025 (geheim)\n"
        "Aanwezig: burgemeester Han van Midden, officier van justitie mr. Sophie Kramer, teamchef Ron de Bruijn\n"
        "\n"
        "De teamchef meldt dat de recherche sinds september een tap heeft lopen op de eigenaar van shishalounge\n"
        "Layali, Karim M. (31). De burgemeester wil de zaak sluiten op grond van de Opiumwet, maar wacht tot na de\n"
        "inval die voor december is gepland.\n",
        redact=[("Ron de Bruijn", "PERSON", E), ("Karim M.", "PERSON", E)],
        passages=[("een tap heeft lopen", "5.1.2c"), ("wacht tot na de\ninval", "5.1.2c")],
        officials=["Han van Midden", "Sophie Kramer"],
        visible=["Roosendaal"],
        batch=192,
    ),
    Doc(
        "en-us-state-dept-visa-email",
        "From: Consular Section, U.S. Embassy Lagos <LagosNIV@state.gov>\n"
        "To: Adaeze Okonkwo-Bello <adaeze.bello@yahoo.com>\n"
        "Subject: Your visa application AA00B3XY71\n"
        "\n"
        "Dear Applicant,\n"
        "\n"
        "Your application was refused under Section 214(b). Our records also show a prior refusal in 2019 for\n"
        "misrepresentation under Section 212(a)(6)(C)(i).\n",
        redact=[("Adaeze Okonkwo-Bello", "PERSON", E), ("adaeze.bello@yahoo.com", "EMAIL", E)],
        passages=[("prior refusal in 2019 for\nmisrepresentation", SPECIAL)],
        visible=["LagosNIV@state.gov", "Section 214(b)", "AA00B3XY71"],
        batch=192,
    ),
    Doc(
        "nl-brief-huurcommissie-partijen",
        "Huurcommissie\n"
        "\n"
        "Uitspraak in het geschil tussen:\n"
        "huurder: de heer S. (Stefan) Marinov, wonende te Tilburg, Ringbaan-Oost 214\n"
        "en\n"
        "verhuurder: Vastgoedbeheer Tilburg B.V., vertegenwoordigd door de heer P. Aarts\n"
        "\n"
        "De huurder stelt dat de woning sinds maart schimmel heeft en dat zijn zoontje daardoor astma-aanvallen krijgt.\n",
        redact=[("S. (Stefan) Marinov", "PERSON", E), ("Ringbaan-Oost 214", "ADDRESS", E), ("P. Aarts", "PERSON", E)],
        passages=[("astma-aanvallen krijgt", SPECIAL)],
        visible=["Vastgoedbeheer Tilburg B.V.", "Tilburg", "Huurcommissie"],
        batch=192,
    ),
    Doc(
        "nl-whatsapp-burgemeester-woordvoerder",
        "[21-11-25 08:14:02] Woordvoerder Iris: Omroep Brabant belt over de brand in de Molenstraat. Kan ik zeggen dat\n"
        "de bewoner, dhr. Van Gils, in het ziekenhuis ligt?\n"
        "[21-11-25 08:16:45] Burgemeester Depla: Nee, geen namen en niets over zijn toestand. Alleen dat er een gewonde is.\n",
        redact=[("dhr. |Van Gils|", "PERSON", E)],
        passages=[("in het ziekenhuis ligt", SPECIAL)],
        officials=["Woordvoerder |Iris|:", "Burgemeester |Depla|:"],
        visible=["Omroep Brabant", "Molenstraat"],
        batch=192,
    ),
    # -- batch 193: written at the start of a new session, before running anything
    Doc(
        "nl-mail-jeugdbescherming-plaatsing",
        "Van: Nadia el Idrissi <n.elidrissi@jbra.nl>\n"
        "Verzonden: woensdag 3 december 2025 16:41\n"
        "Aan: Zorgbemiddeling Horizon <plaatsingen@horizon.nl>\n"
        "CC: Thijs Oudshoorn <t.oudshoorn@jbra.nl>\n"
        "Onderwerp: spoedplaatsing D.V.\n"
        "\n"
        "Beste collega's,\n"
        "\n"
        "Voor Dewi Verbeek (geb. 14-02-2011, BSN 393560284) zoeken wij met spoed een plek in een gesloten groep. Dewi\n"
        "is de afgelopen maand drie keer weggelopen en gebruikt volgens de politie ketamine. Moeder, Sandra Verbeek,\n"
        "woont op de Zonnebloemstraat 9 in Zwolle; zij heeft het gezag maar is niet in staat haar dochter te beschermen.\n"
        "\n"
        "Thijs neemt de zaak over vanaf maandag.\n"
        "\n"
        "Groet,\n"
        "Nadia\n"
        "Jeugdbeschermer | Jeugdbescherming Regio Amsterdam\n"
        "06 41 27 93 08\n",
        redact=[("Nadia el Idrissi", "PERSON", E), ("n.elidrissi@jbra.nl", "EMAIL", E), ("Thijs Oudshoorn", "PERSON", E),
                ("t.oudshoorn@jbra.nl", "EMAIL", E), ("Dewi Verbeek", "PERSON", E), ("14-02-2011", "DATE_OF_BIRTH", E),
                ("393560284", "BSN", BSN_GROUND), ("plek in een gesloten groep. |Dewi|", "PERSON", E),
                ("Sandra Verbeek", "PERSON", E), ("Zonnebloemstraat 9", "ADDRESS", E), ("\n|Thijs| neemt", "PERSON", E),
                ("Groet,\n|Nadia|", "PERSON", E), ("06 41 27 93 08", "PHONE", E)],
        passages=[("gebruikt volgens de politie ketamine", SPECIAL)],
        visible=["Zorgbemiddeling Horizon", "plaatsingen@horizon.nl", "Jeugdbescherming Regio Amsterdam", "Zwolle"],
        batch=193,
    ),
    Doc(
        "en-uk-planning-committee-objections",
        "Report to Planning Committee, 9 December 2025\n"
        "Application 25/01184/FUL: change of use to a house in multiple occupation, 41 Beaconsfield Road\n"
        "\n"
        "Case officer: Gemma Thornycroft\n"
        "\n"
        "Representations\n"
        "Eleven letters of objection were received. The main points were raised by Mr Desmond Achterberg of 39\n"
        "Beaconsfield Road, who says his wife's dementia makes the noise of more tenants hard for her to bear, and by\n"
        "Mrs Priya Raghunathan, 12 Orchard Close, who raised parking.\n"
        "\n"
        "Councillor Helen Mabbutt (Ward Member) has asked that the application be decided by the committee.\n",
        redact=[("Gemma Thornycroft", "PERSON", E), ("Desmond Achterberg", "PERSON", E), ("39\nBeaconsfield Road", "ADDRESS", E),
                ("Priya Raghunathan", "PERSON", E), ("12 Orchard Close", "ADDRESS", E)],
        passages=[("his wife's dementia", SPECIAL)],
        officials=["Helen Mabbutt"],
        visible=["41 Beaconsfield Road", "25/01184/FUL", "Planning Committee"],
        batch=193,
    ),
    Doc(
        "nl-verslag-mt-dgmo-bezuiniging",
        "Verslag MT DGMO, 1 december 2025\n"
        "Aanwezig: DG (vz.), plv. DG, dir. FEZ (R. Kalkman), dir. Communicatie (A. Westerveld-Dijk), H.J. Tromp (verslag)\n"
        "\n"
        "1. Taakstelling 2026\n"
        "Dir. FEZ ziet geen andere mogelijkheid dan de subsidieregeling voor dorpshuizen te halveren. De plv. DG vindt dat\n"
        "politiek onverstandig zo vlak voor de gemeenteraadsverkiezingen en pleit ervoor de pijn over twee jaar te spreiden.\n"
        "De DG besluit beide varianten aan de minister voor te leggen.\n",
        redact=[("R. Kalkman", "PERSON", E), ("A. Westerveld-Dijk", "PERSON", E), ("H.J. Tromp", "PERSON", E)],
        passages=[("vindt dat\npolitiek onverstandig", "5.2.1"), ("ziet geen andere mogelijkheid", "5.2.1")],
        visible=["DGMO", "Taakstelling 2026"],
        batch=193,
    ),
    Doc(
        "en-us-email-agency-foia-staff",
        "From: Whitfield, Courtney L. <courtney.whitfield@hhs.gov>\n"
        "Sent: Tuesday, October 14, 2025 2:09 PM\n"
        "To: Baptiste, Reginald <reginald.baptiste@hhs.gov>; OS FOIA Intake <foia.intake@hhs.gov>\n"
        "Subject: RE: expedited processing request\n"
        "\n"
        "Reggie,\n"
        "\n"
        "The requester says he needs the records for his son's disability hearing. My view is we should grant expedited\n"
        "processing; the compelling-need standard is arguably met and denying it will look bad if it ends up in court.\n"
        "\n"
        "Courtney\n"
        "(202) 555-0148\n",
        redact=[("Whitfield, Courtney L.", "PERSON", E), ("courtney.whitfield@hhs.gov", "EMAIL", E),
                ("Baptiste, Reginald", "PERSON", E), ("reginald.baptiste@hhs.gov", "EMAIL", E), ("\n|Reggie|,", "PERSON", E),
                ("\n|Courtney|\n", "PERSON", E), ("(202) 555-0148", "PHONE", E)],
        passages=[("My view is we should grant expedited\nprocessing", "5.2.1")],
        visible=["foia.intake@hhs.gov", "OS FOIA Intake"],
        batch=193,
    ),
    Doc(
        "nl-pv-verhoor-verdachte-heling",
        "PROCES-VERBAAL VAN VERHOOR VERDACHTE\n"
        "Nummer: PL0900-2025318877\n"
        "\n"
        "Op 27 oktober 2025 hoorde ik, Marco Dijkhuizen, brigadier van politie Eenheid Midden-Nederland, als verdachte:\n"
        "Achternaam: Kaya\n"
        "Voornamen: Emre Can\n"
        "Geboren: 02-09-1998 te Utrecht\n"
        "Adres: Marnixlaan 117 bis, 3552 HE Utrecht\n"
        "\n"
        "De verdachte verklaarde: 'Die telefoons heb ik van een jongen uit Overvecht gekocht, Bilal, voor 50 euro per stuk.\n"
        "Ik heb al eens vastgezeten voor heling, dus ik weet dat het fout is.'\n",
        redact=[("Marco Dijkhuizen", "PERSON", E), ("Achternaam: |Kaya|", "PERSON", E), ("Emre Can", "PERSON", E),
                ("02-09-1998", "DATE_OF_BIRTH", E), ("Marnixlaan 117 bis, 3552 HE", "ADDRESS", E),
                ("Overvecht gekocht, |Bilal|,", "PERSON", E)],
        passages=[("Ik heb al eens vastgezeten voor heling", SPECIAL)],
        visible=["PL0900-2025318877", "Eenheid Midden-Nederland", "Overvecht"],
        batch=193,
    ),
    Doc(
        "nl-whatsapp-wethouder-ambtenaar-asielopvang",
        "[02-12-2025 21:03:44] Wethouder Bakker: Joyce, wat zeg ik morgen in de raad over de opvang in De Schakel?\n"
        "[02-12-2025 21:07:10] Joyce (projectleider): Dat het COA de 150 plekken pas per april kan vullen. Tussen ons: ik\n"
        "denk dat het COA gewoon te weinig personeel heeft, maar dat moet je niet zeggen.\n"
        "[02-12-2025 21:08:02] Wethouder Bakker: Helder, dank!\n",
        redact=[("21:03:44] Wethouder Bakker: |Joyce|,", "PERSON", E), ("] |Joyce| (projectleider)", "PERSON", E)],
        passages=[("ik\ndenk dat het COA gewoon te weinig personeel heeft", "5.2.1")],
        officials=["Wethouder |Bakker|: Joyce", "Wethouder |Bakker|: Helder"],
        visible=["De Schakel"],
        batch=193,
    ),
    Doc(
        "en-uk-fcdo-note-partner-service",
        "OFFICIAL-SENSITIVE\n"
        "Note of call: FCDO Political Director and the Dutch ambassador, 18 November 2025\n"
        "\n"
        "The Ambassador said The Hague had received, through its own channels, indications that two crew members\n"
        "of the vessel were working for a foreign service. She asked that we not share this with other partners\n"
        "until Dutch investigators had spoken to the shipping company.\n"
        "\n"
        "Note taker: Oliver Pennington-Shaw, Europe Directorate\n",
        redact=[("Oliver Pennington-Shaw", "PERSON", E)],
        passages=[("through its own channels", "5.1.2a"), ("asked that we not share this with other partners", "5.1.2a")],
        visible=["Europe Directorate", "FCDO Political Director"],
        batch=193,
    ),
    Doc(
        "nl-besluit-wmo-bezwaar-huishoudelijke-hulp",
        "Gemeente Deventer\n"
        "\n"
        "Mevrouw G.H. Brinkhuis-Tijink\n"
        "Keizerstraat 62\n"
        "7411 HJ Deventer\n"
        "\n"
        "Datum: 20 november 2025\n"
        "Onderwerp: beslissing op bezwaar huishoudelijke ondersteuning\n"
        "\n"
        "Geachte mevrouw Brinkhuis,\n"
        "\n"
        "U maakte bezwaar tegen de verlaging van uw huishoudelijke ondersteuning naar twee uur per week. Sinds uw\n"
        "heupoperatie in juli kunt u niet meer bukken of stofzuigen, en uw man is in september overleden. Wij\n"
        "verklaren uw bezwaar gegrond en kennen u weer vier uur per week toe. Het bedrag betalen wij niet uit op\n"
        "NL28RABO7698513579; de zorgaanbieder declareert rechtstreeks bij ons.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "namens het college van burgemeester en wethouders,\n"
        "\n"
        "L. Meulenbelt\n"
        "teamleider Wmo\n",
        redact=[("G.H. Brinkhuis-Tijink", "PERSON", E), ("Keizerstraat 62\n7411 HJ", "ADDRESS", E),
                ("mevrouw |Brinkhuis|,", "PERSON", E), ("NL28RABO7698513579", "IBAN", E), ("L. Meulenbelt", "PERSON", E)],
        passages=[("heupoperatie in juli kunt u niet meer bukken", SPECIAL), ("uw man is in september overleden", E)],
        visible=["Gemeente Deventer", "Deventer\n\nDatum"],
        batch=193,
    ),
    # -- batch 194: written after batch 193's fixes, before running anything
    Doc(
        "nl-teams-transcript-overleg-handhaving",
        "Transcript Teams-vergadering 'Handhaving vakantieparken', 12 november 2025\n"
        "\n"
        "0:02:14\n"
        "Vermeulen, Patrick (Provincie Gelderland)\n"
        "Ja, goedemorgen allemaal. Zullen we beginnen met park De Eekhoorn?\n"
        "\n"
        "0:02:31\n"
        "Yasmina Boukhari\n"
        "Daar wonen nu zeker veertig arbeidsmigranten permanent. Eentje, een Roemeense man, is vorige week in elkaar\n"
        "geslagen; hij ligt nog in het Gelre ziekenhuis.\n"
        "\n"
        "0:03:02\n"
        "Vermeulen, Patrick (Provincie Gelderland)\n"
        "Persoonlijk vind ik dat we de eigenaar eerst een last onder dwangsom moeten sturen voordat we gaan ontruimen.\n",
        redact=[("Vermeulen, Patrick", "PERSON", E), ("Yasmina Boukhari", "PERSON", E)],
        passages=[("hij ligt nog in het Gelre ziekenhuis", SPECIAL), ("Persoonlijk vind ik", "5.2.1")],
        visible=["Provincie Gelderland", "De Eekhoorn"],
        batch=194,
    ),
    Doc(
        "en-uk-home-office-asylum-case-note",
        "CASE NOTE - Asylum Casework\n"
        "HO ref: M1294837\n"
        "Claimant: Ahmadzai, Farid (DOB 03/05/1996), Afghan national\n"
        "Interviewing officer: HEO T. Blackwood\n"
        "\n"
        "The claimant says he worked as an interpreter for British forces in Helmand and that the Taliban visited his\n"
        "father's house twice asking where he was. His younger brother Naveed was detained for three days in 2023.\n"
        "He has been diagnosed with PTSD and is seen by a GP at Kirkdale surgery.\n",
        redact=[("Ahmadzai, Farid", "PERSON", E), ("03/05/1996", "DATE_OF_BIRTH", E), ("T. Blackwood", "PERSON", E),
                ("brother |Naveed|", "PERSON", E), ("M1294837", "ID", E)],
        passages=[("He has been diagnosed with PTSD", SPECIAL),
                  ("worked as an interpreter for British forces", E)],
        visible=["Helmand"],
        batch=194,
    ),
    Doc(
        "nl-brief-kinderopvang-inspectie-gastouder",
        "GGD Haaglanden, Toezicht kinderopvang\n"
        "\n"
        "Inspectierapport gastouder\n"
        "Naam gastouder: Esther Pinas-Wong\n"
        "Opvanglocatie: Laan van Meerdervoort 812, 2564 AV Den Haag\n"
        "LRK-nummer: 184926371\n"
        "\n"
        "Tijdens het onaangekondigde bezoek was ook de partner van de gastouder, de heer R. Pinas, aanwezig. Hij staat\n"
        "niet ingeschreven in het personenregister kinderopvang. De gastouder vertelde dat zij na haar burn-out vorig jaar\n"
        "minder kinderen opvangt.\n"
        "\n"
        "Inspecteur kinderopvang: Bram Ouwerkerk\n",
        redact=[("Esther Pinas-Wong", "PERSON", E), ("Laan van Meerdervoort 812, 2564 AV", "ADDRESS", E),
                ("R. Pinas", "PERSON", E), ("Bram Ouwerkerk", "PERSON", E)],
        passages=[("na haar burn-out", SPECIAL)],
        visible=["GGD Haaglanden", "184926371", "Den Haag"],
        batch=194,
    ),
    Doc(
        "en-us-bodycam-transcript-welfare-check",
        "Body-Worn Camera Transcript\n"
        "Incident #25-118402, Officer J. Okafor #3317, Columbus Division of Police\n"
        "\n"
        "OKAFOR: Ma'am, are you Gloria? Your daughter called, she said you weren't answering.\n"
        "FEMALE: Yes. Gloria Hatfield. I'm fine, I just didn't take my lithium for a couple of days.\n"
        "OKAFOR: Okay. Is that your son's truck out front, the blue F-150, plate HZT 4471?\n"
        "FEMALE: That's Dwayne's. He lives in the basement.\n",
        redact=[("J. Okafor", "PERSON", E), ("#|3317|,", "ID", E), ("you |Gloria|?", "PERSON", E), ("Gloria Hatfield", "PERSON", E),
                ("HZT 4471", "LICENSE_PLATE", E), ("That's |Dwayne|'s", "PERSON", E), ("\n|OKAFOR|: Ma'am", "PERSON", E),
                ("\n|OKAFOR|: Okay", "PERSON", E)],
        passages=[("I just didn't take my lithium", SPECIAL)],
        visible=["Columbus Division of Police", "25-118402"],
        batch=194,
    ),
    Doc(
        "nl-mail-ambassade-ankara-consulair",
        "Van: ANK-CA <ank-ca@minbuza.nl>\n"
        "Aan: DCM/CB\n"
        "Onderwerp: gedetineerde NL'er Izmir\n"
        "\n"
        "De Turkse autoriteiten hebben ons vertrouwelijk laten weten dat de heer Serkan Dogan (geb. 11-07-1979) nog deze\n"
        "maand wordt overgebracht naar de gevangenis van Buca. Zijn advocaat, mr. Ayşe Yilmaz, weet hiervan nog niets.\n"
        "Ambassadeur Van der Linde wil dit niet via de officiële weg bevestigen zolang het onderzoek loopt.\n"
        "\n"
        "Consulaire afdeling, Ambassade Ankara\n",
        redact=[("Serkan Dogan", "PERSON", E), ("11-07-1979", "DATE_OF_BIRTH", E), ("Ayşe Yilmaz", "PERSON", E)],
        passages=[("hebben ons vertrouwelijk laten weten", "5.1.2a"),
                  ("wordt overgebracht naar de gevangenis van Buca", SPECIAL)],
        officials=["Ambassadeur |Van der Linde|"],
        visible=["Consulaire afdeling", "DCM/CB"],
        batch=194,
    ),
    Doc(
        "nl-klachtenregister-gemeente-tabel",
        "Klachtenregister Publiekszaken Q3 2025\n"
        "\n"
        "Nr.   Datum       Klager                  Onderwerp                          Behandelaar\n"
        "K-311 04-07-2025  dhr. M.J. Scheepbouwer  wachttijd paspoort                 S. Demirci\n"
        "K-312 19-08-2025  mw. Anouk de Roo        bejegening aan de balie            S. Demirci\n"
        "K-313 02-09-2025  Stichting Buurtkracht   subsidie niet uitbetaald           W. ten Have\n",
        redact=[("M.J. Scheepbouwer", "PERSON", E), ("Anouk de Roo", "PERSON", E),
                ("  |S. Demirci|\nK-312", "PERSON", E), ("  |S. Demirci|\nK-313", "PERSON", E), ("W. ten Have", "PERSON", E)],
        visible=["Stichting Buurtkracht", "K-311", "Publiekszaken"],
        batch=194,
    ),
    Doc(
        "en-uk-ps-minister-security-email",
        "From: PS/Minister for Security <PSMinisterSecurity@homeoffice.gov.uk>\n"
        "To: Dhillon, Harpreet <Harpreet.Dhillon@homeoffice.gov.uk>\n"
        "Subject: RE: submission on facial recognition vans\n"
        "\n"
        "Harpreet,\n"
        "\n"
        "The Minister has read the submission. She is content with option 1 but is nervous about the reaction in\n"
        "Scotland and would like a line on the data retention period before she signs off.\n"
        "\n"
        "Tom Aldous | Assistant Private Secretary to the Minister for Security\n",
        redact=[("Dhillon, Harpreet", "PERSON", E), ("Harpreet.Dhillon@homeoffice.gov.uk", "EMAIL", E),
                ("\n|Harpreet|,", "PERSON", E), ("Tom Aldous", "PERSON", E)],
        passages=[("is nervous about the reaction", "5.2.1")],
        visible=["PSMinisterSecurity@homeoffice.gov.uk", "Minister for Security"],
        batch=194,
    ),
    Doc(
        "nl-brief-belgie-ocmw-leefloon",
        "OCMW Antwerpen\n"
        "Sociale dienst, Lange Gasthuisstraat 39, 2000 Antwerpen\n"
        "\n"
        "Aan mevrouw Nathalie Verstraeten\n"
        "Kattenberg 104 bus 3\n"
        "2140 Borgerhout\n"
        "\n"
        "Rijksregisternummer: 87.03.14-123.44\n"
        "\n"
        "Mevrouw,\n"
        "\n"
        "Het Bijzonder Comité voor de Sociale Dienst kent u vanaf 1 december 2025 een leefloon toe als alleenstaande met\n"
        "gezinslast. Uw maatschappelijk werker, Jonas Peeters, bespreekt met u een traject naar werk.\n",
        redact=[("Nathalie Verstraeten", "PERSON", E), ("Kattenberg 104 bus 3", "ADDRESS", E),
                ("87.03.14-123.44", "ID", E), ("Jonas Peeters", "PERSON", E)],
        passages=[("kent u vanaf 1 december 2025 een leefloon toe", E)],
        visible=["OCMW Antwerpen", "Lange Gasthuisstraat 39", "Borgerhout"],
        batch=194,
    ),
    # -- batch 195: written after batch 194's fixes, before running anything
    Doc(
        "nl-mail-fw-bouwlawaai-grachtenpand",
        "Van: Marloes Hoogendijk\n"
        "Verzonden: maandag 10 november 2025 11:20\n"
        "Aan: Team Vergunningen\n"
        "Onderwerp: FW: klacht bouwlawaai Prinsengracht\n"
        "\n"
        "Ter info, kan iemand hem terugbellen?\n"
        "\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Gerrit-Jan Smulders <gj.smulders@kpnmail.nl>\n"
        "Verzonden: zondag 9 november 2025 22:47\n"
        "Aan: info@amsterdam.nl\n"
        "Onderwerp: klacht bouwlawaai Prinsengracht\n"
        "\n"
        "Al drie weken wordt er om zes uur 's ochtends geheid naast mijn huis op de Prinsengracht 611. Mijn vrouw is\n"
        "hartpatiënt en kan hier echt niet tegen. Bel me op 06-48 21 95 07.\n"
        "\n"
        "Gerrit-Jan\n",
        redact=[("Marloes Hoogendijk", "PERSON", E), ("Gerrit-Jan Smulders", "PERSON", E), ("gj.smulders@kpnmail.nl", "EMAIL", E),
                ("Prinsengracht 611", "ADDRESS", E), ("06-48 21 95 07", "PHONE", E), ("\n|Gerrit-Jan|\n", "PERSON", E)],
        passages=[("Mijn vrouw is\nhartpatiënt", SPECIAL)],
        visible=["Team Vergunningen", "info@amsterdam.nl", "klacht bouwlawaai Prinsengracht"],
        batch=195,
    ),
    Doc(
        "nl-verzuimdossier-probleemanalyse",
        "Probleemanalyse (art. 2 Regeling procesgang eerste en tweede ziektejaar)\n"
        "\n"
        "Werknemer: mw. S.F. (Saskia) Voorthuis, beleidsmedewerker, afdeling Inkoop\n"
        "Leidinggevende: dhr. K. Oudejans\n"
        "Bedrijfsarts: drs. P.W. Noordam, Arbo Unie\n"
        "\n"
        "Werkneemster is sinds 2 september volledig uitgevallen. Er is sprake van een depressieve stoornis na een\n"
        "scheiding; zij heeft daarnaast mantelzorgtaken voor haar dementerende vader. Verwachting: over zes weken\n"
        "start met twee uur per dag in aangepast werk.\n",
        redact=[("S.F. (Saskia) Voorthuis", "PERSON", E), ("K. Oudejans", "PERSON", E), ("P.W. Noordam", "PERSON", E)],
        passages=[("sprake van een depressieve stoornis", SPECIAL), ("haar dementerende vader", SPECIAL)],
        visible=["Arbo Unie", "afdeling Inkoop"],
        batch=195,
    ),
    Doc(
        "en-us-fbi-302-interview",
        "FD-302 (Rev. 5-8-10)\n"
        "FEDERAL BUREAU OF INVESTIGATION\n"
        "Date of entry 06/18/2025\n"
        "\n"
        "ELENA MARISOL VARGAS, date of birth 11/02/1988, was interviewed at her residence, 4412 Calloway Drive,\n"
        "Bakersfield, California. After being advised of the identity of the interviewing Agents, VARGAS provided the\n"
        "following information: VARGAS has known TERRENCE DALE WHITMORE since 2019, when both worked at Kern\n"
        "Logistics. WHITMORE told her he had been treated for opioid addiction and owed money to people in Fresno.\n"
        "\n"
        "Investigation on 06/17/2025 at Bakersfield, California\n"
        "by SA Michael J. Costa, SA Renee Albright\n",
        redact=[("ELENA MARISOL VARGAS", "PERSON", E), ("11/02/1988", "DATE_OF_BIRTH", E), ("4412 Calloway Drive", "ADDRESS", E),
                ("Agents, |VARGAS| provided", "PERSON", E), ("information: |VARGAS| has", "PERSON", E),
                ("TERRENCE DALE WHITMORE", "PERSON", E), ("Logistics. |WHITMORE| told", "PERSON", E),
                ("Michael J. Costa", "PERSON", E), ("Renee Albright", "PERSON", E)],
        passages=[("had been treated for opioid addiction", SPECIAL)],
        visible=["FEDERAL BUREAU OF INVESTIGATION", "Kern\nLogistics", "Bakersfield"],
        batch=195,
    ),
    Doc(
        "nl-inventaris-woo-windpark-zeewolde",
        "Inventarislijst bij Woo-besluit inzake windpark Zeewolde\n"
        "\n"
        "Nr. | Datum | Document | Afzender | Beoordeling | Weigeringsgrond\n"
        "1 | 12-01-2024 | E-mail | J.H. Wolters (provincie Flevoland) | deels openbaar | 5.1.2e\n"
        "2 | 15-01-2024 | Memo | Windpark Zeewolde B.V. | deels openbaar | 5.1.2c\n"
        "3 | 03-02-2024 | Brief | burgemeester Gerritsen | openbaar |\n"
        "4 | 07-02-2024 | E-mail | Hennie Bosgra (omwonende) | deels openbaar | 5.1.2e\n",
        redact=[("J.H. Wolters", "PERSON", E), ("Hennie Bosgra", "PERSON", E)],
        officials=["burgemeester |Gerritsen|"],
        visible=["Windpark Zeewolde B.V.", "provincie Flevoland", "deels openbaar", "5.1.2e", "5.1.2c"],
        batch=195,
    ),
    Doc(
        "en-uk-mash-referral-leeds-pupil",
        "MASH Referral Form - Leeds City Council Children's Services\n"
        "\n"
        "Child: Kayden Mitchell-Boateng, Year 3, Hillside Primary School\n"
        "Referrer: Mrs A. Cartwright, Designated Safeguarding Lead\n"
        "\n"
        "Concern: Kayden came to school with a bruise on his cheek and said 'Uncle Leon hit me with a belt'. Mum (Shannon)\n"
        "told me last term that her partner had been in prison for assault. Kayden is on the SEN register for autism.\n",
        redact=[("Kayden Mitchell-Boateng", "PERSON", E), ("A. Cartwright", "PERSON", E),
                ("Concern: |Kayden| came", "PERSON", E), ("Uncle |Leon| hit", "PERSON", E), ("Mum (|Shannon|)", "PERSON", E),
                ("assault. |Kayden| is on", "PERSON", E)],
        passages=[("had been in prison for assault", SPECIAL), ("on the SEN register for autism", SPECIAL),
                  ("hit me with a belt", SPECIAL)],
        visible=["Leeds City Council", "Hillside Primary School", "Designated Safeguarding Lead"],
        batch=195,
    ),
    Doc(
        "nl-agenda-burgemeester-week-47",
        "Agenda burgemeester Halsema, week 47 (intern)\n"
        "\n"
        "ma 17/11 09:00  Driehoeksoverleg met hoofdofficier Ruys en politiechef Van der Meer\n"
        "ma 17/11 14:00  Gesprek met bewoner Tariq el Amrani (klacht over de aanpak van de overlast in Geuzenveld)\n"
        "di 18/11 10:30  Werkbezoek opvanglocatie Zeeburg, begeleiding door Sanne Vos (kabinet)\n",
        redact=[("Tariq el Amrani", "PERSON", E), ("Sanne Vos", "PERSON", E)],
        officials=["burgemeester |Halsema|", "hoofdofficier |Ruys|", "politiechef |Van der Meer|"],
        visible=["Geuzenveld", "Zeeburg"],
        batch=195,
    ),
    Doc(
        "en-us-cable-the-hague-dutch-contact",
        "C O N F I D E N T I A L THE HAGUE 000412\n"
        "\n"
        "SUBJECT: NETHERLANDS: MFA CONTACT ON CHINA EXPORT CONTROLS\n"
        "\n"
        "1. (C) In a December 2 meeting, MFA Director for Security Policy Jeroen de Waard told PolOff that the Dutch\n"
        "cabinet would tighten licensing for lithography equipment within weeks, but asked that we not raise this with\n"
        "ASML before the announcement. De Waard added that his minister privately expects strong Chinese retaliation.\n",
        redact=[("Jeroen de Waard", "PERSON", E), ("announcement. |De Waard| added", "PERSON", E)],
        passages=[("asked that we not raise this with\nASML", "5.1.2a"), ("privately expects strong Chinese retaliation", "5.1.2a")],
        visible=["THE HAGUE 000412"],
        batch=195,
    ),
    Doc(
        "nl-brief-ind-nareis-dochter",
        "Immigratie- en Naturalisatiedienst\n"
        "Postbus 17, 9560 AA Ter Apel\n"
        "\n"
        "Mevrouw T.G. Haile Mariam\n"
        "Piet Heinstraat 45\n"
        "9741 PL Groningen\n"
        "\n"
        "V-nummer: 3019-448-271\n"
        "\n"
        "Geachte mevrouw Haile Mariam,\n"
        "\n"
        "U heeft een aanvraag ingediend voor nareis van uw dochter Saba. Uit het gehoor blijkt dat u haar sinds 2019\n"
        "niet heeft gezien en dat zij nu in een kamp in Soedan verblijft. Wij willigen de aanvraag in.\n"
        "\n"
        "Hoogachtend,\n"
        "de Staatssecretaris van Justitie en Veiligheid,\n"
        "namens deze,\n"
        "\n"
        "mr. R.A. de Groot-Vinke\n",
        redact=[("T.G. Haile Mariam", "PERSON", E), ("Piet Heinstraat 45\n9741 PL", "ADDRESS", E), ("3019-448-271", "ID", E),
                ("mevrouw |Haile Mariam|,", "PERSON", E), ("dochter |Saba|", "PERSON", E), ("R.A. de Groot-Vinke", "PERSON", E)],
        passages=[("zij nu in een kamp in Soedan verblijft", E)],
        visible=["Postbus 17", "Ter Apel", "Groningen", "Immigratie- en Naturalisatiedienst"],
        batch=195,
    ),
    # -- batch 196: written after batch 195's fixes, before running anything
    Doc(
        "nl-whatsapp-android-buurtpreventie",
        "12/11/2025, 21:14 - +31 6 27 44 81 09: Er loopt weer die man met de capuchon rond bij de garageboxen\n"
        "12/11/2025, 21:15 - Ria Buurtpreventie: Is dat niet de zoon van Marja van nummer 14? Die is net uit de\n"
        "kliniek, verslaafd aan de gokkasten\n"
        "12/11/2025, 21:17 - +31 6 27 44 81 09: Weet niet, ik bel de wijkagent\n"
        "12/11/2025, 21:40 - Wijkagent Hamid Bouali: Ik ben in de buurt, ik kom even kijken\n",
        redact=[("|+31 6 27 44 81 09|: Er", "PHONE", E), ("|+31 6 27 44 81 09|: Weet", "PHONE", E),
                ("- |Ria| Buurtpreventie", "PERSON", E), ("zoon van |Marja|", "PERSON", E), ("Hamid Bouali", "PERSON", E)],
        passages=[("verslaafd aan de gokkasten", SPECIAL)],
        visible=["garageboxen"],
        batch=196,
    ),
    Doc(
        "en-us-senator-constituent-letter",
        "United States Senate\n"
        "WASHINGTON, DC 20510\n"
        "\n"
        "October 3, 2025\n"
        "\n"
        "Congressional Liaison Office\n"
        "U.S. Department of Veterans Affairs\n"
        "\n"
        "Dear Liaison:\n"
        "\n"
        "I am writing on behalf of my constituent, Mr. Harold Jenkins of Dayton, Ohio, a Vietnam veteran who has been\n"
        "waiting fourteen months for a decision on his claim for Agent Orange-related prostate cancer. His wife, Doris,\n"
        "tells my office he is now in hospice care. Please respond to Alyssa Grant of my Dayton office at (937) 555-0123.\n"
        "\n"
        "Sincerely,\n"
        "\n"
        "Sherrod Brown\n"
        "United States Senator\n",
        redact=[("Harold Jenkins", "PERSON", E), ("His wife, |Doris|,", "PERSON", E), ("Alyssa Grant", "PERSON", E),
                ("(937) 555-0123", "PHONE", E)],
        passages=[("prostate cancer", SPECIAL), ("he is now in hospice care", SPECIAL)],
        officials=["Sherrod Brown"],
        visible=["Congressional Liaison Office", "WASHINGTON, DC 20510"],
        batch=196,
    ),
    Doc(
        "nl-uitspraak-rechtbank-utrecht-termijn-bezwaar",
        "RECHTBANK MIDDEN-NEDERLAND\n"
        "Zittingsplaats Utrecht\n"
        "\n"
        "zaaknummer: UTR 25/1187\n"
        "\n"
        "uitspraak van de enkelvoudige kamer in de zaak tussen\n"
        "\n"
        "[eiser] , te [woonplaats] , eiser\n"
        "(gemachtigde: mr. L.C. Teunissen),\n"
        "\n"
        "en\n"
        "\n"
        "het college van burgemeester en wethouders van de gemeente Utrecht\n"
        "(gemachtigde: mr. drs. F. Bakhuis).\n"
        "\n"
        "Eiser stelt dat hij door zijn psychische klachten niet in staat was tijdig bezwaar te maken.\n"
        "\n"
        "Deze uitspraak is gedaan door mr. A.M. Ruygrok, rechter, in aanwezigheid van mr. T. Sanders, griffier.\n",
        redact=[("L.C. Teunissen", "PERSON", E), ("F. Bakhuis", "PERSON", E)],
        passages=[("door zijn psychische klachten", SPECIAL)],
        officials=["A.M. Ruygrok", "T. Sanders"],
        visible=["[eiser]", "[woonplaats]", "UTR 25/1187", "RECHTBANK MIDDEN-NEDERLAND"],
        batch=196,
    ),
    Doc(
        "nl-woo-verzoek-journalist-ontvangstbevestiging",
        "Gemeente Zwolle\n"
        "\n"
        "Aan: de heer M. (Maarten) Kuipers, redactie De Stentor\n"
        "Per e-mail: m.kuipers@destentor.nl\n"
        "\n"
        "Onderwerp: ontvangstbevestiging Woo-verzoek over de sloop van de Isalaklinieken-parkeergarage\n"
        "\n"
        "Geachte heer Kuipers,\n"
        "\n"
        "Wij hebben uw verzoek op 4 november 2025 ontvangen. Wij beslissen binnen vier weken. Heeft u vragen, neem dan\n"
        "contact op met Woo-coördinator Ilse Dekker-Mulder, telefoon 038 498 22 71.\n",
        redact=[("M. (Maarten) Kuipers", "PERSON", E), ("m.kuipers@destentor.nl", "EMAIL", E), ("heer |Kuipers|,", "PERSON", E),
                ("Ilse Dekker-Mulder", "PERSON", E), ("038 498 22 71", "PHONE", E)],
        visible=["De Stentor", "Gemeente Zwolle", "4 november 2025"],
        batch=196,
    ),
    Doc(
        "nl-subsidieregister-csv-particulieren",
        "aanvraagnr;naam aanvrager;rechtsvorm;adres;postcode;bedrag;status\n"
        "SUB-25-0411;Stichting Dorpshuis Hoenderloo;stichting;Krimweg 88;7351 AM;12500;toegekend\n"
        "SUB-25-0412;J.W. van Essen;natuurlijk persoon;Brinkweg 3;7351 BD;2400;toegekend\n"
        "SUB-25-0413;Agrarisch Bedrijf Wolfswinkel V.O.F.;vof;Apeldoornseweg 210;7351 TJ;8000;afgewezen\n"
        "SUB-25-0414;Mehmet Yıldız;natuurlijk persoon;Deelenseweg 41;7351 AE;1850;toegekend\n",
        redact=[("J.W. van Essen", "PERSON", E), ("Brinkweg 3;7351 BD", "ADDRESS", E), ("Mehmet Yıldız", "PERSON", E),
                ("Deelenseweg 41;7351 AE", "ADDRESS", E)],
        visible=["Stichting Dorpshuis Hoenderloo", "Krimweg 88", "Agrarisch Bedrijf Wolfswinkel V.O.F.", "SUB-25-0412"],
        batch=196,
    ),
    Doc(
        "en-uk-grievance-email-orientation",
        "From: Priya Natarajan <priya.natarajan@dwp.gov.uk>\n"
        "To: HR Casework <hrcasework@dwp.gov.uk>\n"
        "Subject: Formal grievance - team leader conduct\n"
        "\n"
        "I want to raise a formal grievance about my team leader, Craig Fenwick. Since I mentioned that I have a\n"
        "girlfriend he has made comments in team meetings about 'people like me'. My colleague Bethany Lowe heard them\n"
        "on 2 and 16 October.\n"
        "\n"
        "Priya\n",
        redact=[("Priya Natarajan", "PERSON", E), ("priya.natarajan@dwp.gov.uk", "EMAIL", E), ("Craig Fenwick", "PERSON", E),
                ("Bethany Lowe", "PERSON", E), ("\n|Priya|\n", "PERSON", E)],
        passages=[("I mentioned that I have a\ngirlfriend", SPECIAL)],
        visible=["hrcasework@dwp.gov.uk", "HR Casework"],
        batch=196,
    ),
    Doc(
        "nl-bvh-mutatie-huiselijk-geweld",
        "Mutatie 2025-219934, Eenheid Oost-Nederland, district Twente\n"
        "Incidentcode: F31 huiselijke twist\n"
        "\n"
        "Betrokkene 1 - rol: verdachte\n"
        "Naam: ERDOĞAN, Burak\n"
        "Geboortedatum: 19-06-1993\n"
        "BSN: 115627959\n"
        "\n"
        "Betrokkene 2 - rol: slachtoffer\n"
        "Naam: Veldkamp, Lisanne\n"
        "\n"
        "Melding via 112 door buurvrouw. Slachtoffer had een bloedneus en zei dat verdachte haar tegen de muur had\n"
        "geduwd. Verdachte was onder invloed. Aangehouden en overgebracht naar bureau Hengelo. Collega Van Dam nam\n"
        "de verklaring op.\n",
        redact=[("ERDOĞAN, Burak", "PERSON", E), ("19-06-1993", "DATE_OF_BIRTH", E), ("115627959", "BSN", BSN_GROUND),
                ("Veldkamp, Lisanne", "PERSON", E), ("Collega |Van Dam|", "PERSON", E)],
        passages=[("haar tegen de muur had\ngeduwd", SPECIAL), ("Verdachte was onder invloed", SPECIAL)],
        visible=["Eenheid Oost-Nederland", "2025-219934"],
        batch=196,
    ),
    Doc(
        "en-us-state-foia-appeal-decision",
        "U.S. Department of State\n"
        "Appeals Review Panel\n"
        "\n"
        "Re: Appeal No. A-2025-00318 (request F-2024-11902)\n"
        "\n"
        "Dear Ms. Odunsi:\n"
        "\n"
        "You appealed the Department's decision to withhold portions of three cables from Embassy Abuja under\n"
        "Exemptions 1 and 6. The Panel affirms the withholding of the name and contact details of a local employee\n"
        "whose safety could be at risk. Portions classified under E.O. 13526 remain properly classified.\n"
        "\n"
        "Sincerely,\n"
        "Appeals Review Panel\n",
        redact=[("Ms. |Odunsi|:", "PERSON", E)],
        visible=["Embassy Abuja", "A-2025-00318", "F-2024-11902", "E.O. 13526", "Appeals Review Panel"],
        batch=196,
    ),
    # -- batch 197: written after batch 196's fixes and the passages helper's round 9, before running anything
    Doc(
        "nl-nota-dg-stikstof-advies-minister",
        "Nota aan de minister van LVVN\n"
        "Van: DG Natuur en Visserij\n"
        "Datum: 24 november 2025\n"
        "Opgesteld door: Floor Wassenaar, coördinerend beleidsmedewerker\n"
        "\n"
        "Advies\n"
        "Wij adviseren u de uitkoopregeling voor piekbelasters niet te verlengen. Eerlijk gezegd verwachten wij dat een\n"
        "verlenging vooral boeren bereikt die toch al wilden stoppen. Provincies zijn hierover verdeeld; Gelderland is\n"
        "voor, Brabant tegen.\n",
        redact=[("Floor Wassenaar", "PERSON", E)],
        passages=[("Eerlijk gezegd verwachten wij", "5.2.1"), ("Wij adviseren u de uitkoopregeling", "5.2.1")],
        visible=["DG Natuur en Visserij", "Gelderland", "Brabant"],
        batch=197,
    ),
    Doc(
        "en-uk-dwp-work-coach-note",
        "Claimant commitment review - journal note\n"
        "Claimant: Mr Jordan Ashworth-Lee\n"
        "Work coach: Sian Pritchard, Jobcentre Plus Wigan\n"
        "\n"
        "Jordan attended on time. He told me he has been sleeping in his car since his relationship broke down in\n"
        "September and that he has been going to a food bank. He has agreed to apply for three warehouse jobs a week.\n",
        redact=[("Jordan Ashworth-Lee", "PERSON", E), ("Sian Pritchard", "PERSON", E), ("\n|Jordan| attended", "PERSON", E)],
        passages=[("sleeping in his car", E), ("going to a food bank", E)],
        visible=["Jobcentre Plus Wigan"],
        batch=197,
    ),
    Doc(
        "nl-mail-politie-informant-bescherming",
        "Van: CIE Oost-Brabant\n"
        "Aan: Teamleider Recherche Uden\n"
        "Onderwerp: RE: aanvraag\n"
        "\n"
        "Onze bron zit dicht op de groep rond de loods in Volkel en heeft aangegeven dat er komend weekend een partij\n"
        "binnenkomt. Wees voorzichtig met wat je in het proces-verbaal zet, want er zijn maar drie mensen die dit kunnen\n"
        "weten.\n",
        passages=[("Onze bron zit dicht op de groep", "5.1.2c"), ("maar drie mensen die dit kunnen\nweten", "5.1.2c")],
        visible=["CIE Oost-Brabant", "Teamleider Recherche Uden"],
        batch=197,
    ),
    Doc(
        "en-us-hhs-email-deliberation-grant",
        "From: Okonkwo, Chinwe (ACF) <chinwe.okonkwo@acf.hhs.gov>\n"
        "To: Lindqvist, Erik (ACF) <erik.lindqvist@acf.hhs.gov>\n"
        "Subject: Head Start grantee - draft termination\n"
        "\n"
        "Erik - between us, I don't think we have enough to terminate. The monitoring findings are thin and their new\n"
        "director seems to be turning things around. I'd rather put them on a corrective action plan first.\n"
        "\n"
        "Chinwe\n",
        redact=[("Okonkwo, Chinwe", "PERSON", E), ("chinwe.okonkwo@acf.hhs.gov", "EMAIL", E), ("Lindqvist, Erik", "PERSON", E),
                ("erik.lindqvist@acf.hhs.gov", "EMAIL", E), ("\n|Erik| -", "PERSON", E), ("\n|Chinwe|\n", "PERSON", E)],
        passages=[("I don't think we have enough to terminate", "5.2.1"), ("I'd rather put them on a corrective action plan", "5.2.1")],
        batch=197,
    ),
    Doc(
        "nl-besluit-bijstand-terugvordering",
        "Gemeente Arnhem, Werk en Inkomen\n"
        "\n"
        "De heer A.F. Ouali\n"
        "Sonsbeeksingel 18-2\n"
        "6822 BL Arnhem\n"
        "\n"
        "Geachte heer Ouali,\n"
        "\n"
        "Uit onderzoek blijkt dat u sinds februari samenwoont met mevrouw K. Demir op uw adres. U heeft dit niet aan ons\n"
        "gemeld. Wij vorderen daarom de bijstand over februari tot en met september terug, in totaal € 7.412,60. U kunt\n"
        "dit bedrag in termijnen van € 120 per maand terugbetalen.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "W. Hoekman, handhaver\n",
        redact=[("A.F. Ouali", "PERSON", E), ("Sonsbeeksingel 18-2\n6822 BL", "ADDRESS", E), ("heer |Ouali|,", "PERSON", E),
                ("K. Demir", "PERSON", E), ("W. Hoekman", "PERSON", E)],
        passages=[("vorderen daarom de bijstand over februari tot en met september terug", E)],
        visible=["Gemeente Arnhem", "Werk en Inkomen", "Arnhem\n\nGeachte"],
        batch=197,
    ),
    Doc(
        "en-uk-embassy-telegram-partner-view",
        "OFFICIAL SENSITIVE\n"
        "FROM: BRITISH EMBASSY WARSAW\n"
        "TO: FCDO\n"
        "SUBJECT: POLAND: BORDER FENCE AND EU FUNDS\n"
        "\n"
        "1. Deputy Foreign Minister Kowalczyk, speaking frankly over lunch, said Warsaw would quietly stop objecting to\n"
        "the migration pact if Brussels released the frozen cohesion funds. He did not want this reported back to his\n"
        "own ministry.\n",
        passages=[("speaking frankly over lunch", "5.1.2a"), ("did not want this reported back", "5.1.2a")],
        officials=["Deputy Foreign Minister |Kowalczyk|"],
        visible=["BRITISH EMBASSY WARSAW"],
        batch=197,
    ),
    Doc(
        "nl-verslag-gesprek-schoolarts-leerling",
        "Verslag gesprek jeugdarts, GGD Gelderland-Zuid\n"
        "Leerling: Noor van Beek (groep 8, OBS De Regenboog)\n"
        "Aanwezig: moeder (Petra van Beek), jeugdarts Y. Tahiri\n"
        "\n"
        "Noor verzuimt sinds de herfstvakantie veel. Moeder vertelt dat Noor 's nachts niet slaapt en zich snijdt.\n"
        "Er is een verwijzing naar Karakter gemaakt.\n",
        redact=[("Noor van Beek", "PERSON", E), ("Petra van Beek", "PERSON", E), ("Y. Tahiri", "PERSON", E),
                ("\n|Noor| verzuimt", "PERSON", E), ("dat |Noor| 's nachts", "PERSON", E)],
        passages=[("zich snijdt", SPECIAL), ("verwijzing naar Karakter", SPECIAL)],
        visible=["GGD Gelderland-Zuid", "OBS De Regenboog"],
        batch=197,
    ),
    Doc(
        "en-us-dea-report-of-investigation",
        "DEA-6 REPORT OF INVESTIGATION\n"
        "File No. GS-25-0117   G-DEP: CN1A\n"
        "\n"
        "1. On 08/21/2025, SA Kyle Durant and TFO Marisol Quintero met with CS-25-114512 at a predetermined location in\n"
        "El Paso, Texas. CS stated that Hector Ruiz-Saldana, a.k.a. \"Flaco\", stores fentanyl pills at his girlfriend's\n"
        "apartment at 7710 Dyer Street, Apt 4. CS has provided reliable information in the past.\n",
        redact=[("Kyle Durant", "PERSON", E), ("Marisol Quintero", "PERSON", E), ("Hector Ruiz-Saldana", "PERSON", E),
                ("\"|Flaco|\"", "PERSON", E), ("7710 Dyer Street, Apt 4", "ADDRESS", E)],
        passages=[("CS has provided reliable information in the past", "5.1.2c"),
                  ("stores fentanyl pills", SPECIAL)],
        visible=["GS-25-0117", "El Paso, Texas"],
        batch=197,
    ),
    # -- batch 198: written after batch 197's fixes, before running anything
    Doc(
        "nl-mail-burger-schade-gemeente-iban",
        "Van: Yvonne Tjoe-A-Kwie <yvonne.tjoeakwie@hotmail.com>\n"
        "Aan: schadeclaims@denhaag.nl\n"
        "Onderwerp: schade aan mijn fiets door losliggende tegel\n"
        "\n"
        "Geachte heer/mevrouw,\n"
        "\n"
        "Op 2 november ben ik met mijn fiets gevallen door een losse stoeptegel op de Fahrenheitstraat. Mijn fiets is\n"
        "kapot en ik heb mijn pols gebroken. Wilt u de reparatiekosten van € 185 overmaken op NL52INGB9817476075?\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Yvonne Tjoe-A-Kwie\n"
        "Thomsonlaan 77\n"
        "2565 HN Den Haag\n"
        "06 19 83 27 45\n",
        redact=[("Van: |Yvonne Tjoe-A-Kwie|", "PERSON", E), ("yvonne.tjoeakwie@hotmail.com", "EMAIL", E),
                ("NL52INGB9817476075", "IBAN", E), ("groet,\n|Yvonne Tjoe-A-Kwie|", "PERSON", E),
                ("Thomsonlaan 77\n2565 HN", "ADDRESS", E), ("06 19 83 27 45", "PHONE", E)],
        passages=[("ik heb mijn pols gebroken", SPECIAL)],
        visible=["schadeclaims@denhaag.nl", "Fahrenheitstraat", "HN |Den Haag|\n06"],
        batch=198,
    ),
    Doc(
        "nl-verslag-integriteitsonderzoek-hoor",
        "Verslag hoorgesprek integriteitsonderzoek (vertrouwelijk)\n"
        "Betrokkene: dhr. R.J. (Remco) Vermaat, handhaver, team Toezicht Openbare Ruimte\n"
        "Onderzoekers: Bureau Integriteit, mw. A. Sarmo en dhr. P. Geluk\n"
        "\n"
        "Betrokkene erkent dat hij tijdens zijn dienst boetes heeft kwijtgescholden bij kennissen. Hij verklaart dat hij\n"
        "in die periode zwaar in de schulden zat door een gokverslaving. Het onderzoek naar zijn collega Dennis Brouwer\n"
        "loopt nog; die is nog niet gehoord.\n",
        redact=[("R.J. (Remco) Vermaat", "PERSON", E), ("A. Sarmo", "PERSON", E), ("P. Geluk", "PERSON", E),
                ("Dennis Brouwer", "PERSON", E)],
        passages=[("zwaar in de schulden zat", E), ("gokverslaving", SPECIAL), ("die is nog niet gehoord", "5.1.2d")],
        visible=["Bureau Integriteit", "team Toezicht Openbare Ruimte"],
        batch=198,
    ),
    Doc(
        "en-uk-foi-response-council",
        "Freedom of Information Request - FOI 2025/3318\n"
        "\n"
        "Dear Mr Blackmore,\n"
        "\n"
        "Thank you for your request about the closure of Riverside Day Centre. The decision was taken by the Cabinet\n"
        "Member for Adult Social Care, Councillor Fiona Dunmore, on 14 July 2025 and the report is published on our\n"
        "website. We have withheld the names of junior officers under section 40(2).\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Information Governance Team\n",
        redact=[("Mr |Blackmore|,", "PERSON", E)],
        officials=["Fiona Dunmore"],
        visible=["Riverside Day Centre", "Information Governance Team", "section 40(2)", "FOI 2025/3318"],
        batch=198,
    ),
    Doc(
        "nl-besluit-dwangsom-bv-directeur",
        "Omgevingsdienst Midden- en West-Brabant\n"
        "\n"
        "Aan: Recycling Moerdijk B.V.\n"
        "t.a.v. de directeur, de heer H.C.M. van Dongen\n"
        "Middenweg 12\n"
        "4782 PM Moerdijk\n"
        "\n"
        "Besluit last onder dwangsom\n"
        "\n"
        "Tijdens de controle op 8 oktober 2025 constateerde toezichthouder Lotte Verhagen dat op uw terrein meer dan\n"
        "2.000 ton afval was opgeslagen, terwijl uw vergunning 800 ton toestaat. Wij leggen u een last onder dwangsom op.\n",
        redact=[("H.C.M. van Dongen", "PERSON", E), ("Lotte Verhagen", "PERSON", E)],
        visible=["Recycling Moerdijk B.V.", "Middenweg 12", "Omgevingsdienst Midden- en West-Brabant"],
        batch=198,
    ),
    Doc(
        "en-us-county-jail-medical-grievance",
        "Harris County Sheriff's Office - Inmate Grievance\n"
        "Inmate: RAMIREZ, Luis Alberto   SPN: 02918837   Housing: 4C-12\n"
        "\n"
        "I have been asking for my insulin for three days and nobody brings it. I am a type 1 diabetic and my sugar was 410\n"
        "this morning. Officer Delacroix told me to stop complaining.\n"
        "\n"
        "Response (Sgt. T. Whitlow): Forwarded to medical. Inmate seen by nursing staff on 09/14/2025.\n",
        redact=[("RAMIREZ, Luis Alberto", "PERSON", E), ("02918837", "ID", E), ("Officer |Delacroix|", "PERSON", E),
                ("T. Whitlow", "PERSON", E)],
        passages=[("I am a type 1 diabetic", SPECIAL), ("asking for my insulin", SPECIAL)],
        visible=["Harris County Sheriff's Office", "4C-12"],
        batch=198,
    ),
    Doc(
        "nl-teams-chat-positie-minister-tussen-ons",
        "[25-11-2025 16:02] Wouter Kroes (BZK): Weet jij al hoe de minister erin zit?\n"
        "[25-11-2025 16:05] Gülşen Aydoğan (BZK): Tussen ons: ze gaat het wetsvoorstel toch indienen, ook al adviseert\n"
        "de Raad van State negatief. Ze wil niet de indruk wekken dat ze wegloopt voor de coalitiepartners.\n"
        "[25-11-2025 16:06] Wouter Kroes (BZK): Oei. Dat wordt een pittig debat.\n",
        redact=[("16:02] |Wouter Kroes|", "PERSON", E), ("Gülşen Aydoğan", "PERSON", E), ("16:06] |Wouter Kroes|", "PERSON", E)],
        passages=[("Ze wil niet de indruk wekken dat ze wegloopt voor de coalitiepartners", "5.2.1")],
        visible=["Raad van State"],
        batch=198,
    ),
    Doc(
        "nl-kennisgeving-huwelijk-schijnhuwelijk",
        "Gemeente Rotterdam, Burgerzaken\n"
        "Melding mogelijk schijnhuwelijk aan de IND\n"
        "\n"
        "Aanstaande echtgenoten:\n"
        "1. Mohamed Amine Bakkali, geboren 03-03-1990 te Tanger (Marokko)\n"
        "2. Sabrina Kooistra, geboren 21-11-1971 te Leeuwarden\n"
        "\n"
        "Bij het gesprek bleek dat de aanstaande echtgenoten geen gemeenschappelijke taal spreken en elkaar pas twee keer\n"
        "hebben ontmoet. Ambtenaar burgerzaken: S. Bouzidi.\n",
        redact=[("Mohamed Amine Bakkali", "PERSON", E), ("03-03-1990", "DATE_OF_BIRTH", E), ("Sabrina Kooistra", "PERSON", E),
                ("21-11-1971", "DATE_OF_BIRTH", E), ("S. Bouzidi", "PERSON", E)],
        passages=[("geen gemeenschappelijke taal spreken en elkaar pas twee keer\nhebben ontmoet", E)],
        visible=["Gemeente Rotterdam", "Burgerzaken", "Tanger", "Leeuwarden"],
        batch=198,
    ),
    Doc(
        "en-us-ig-report-employee-misconduct",
        "OFFICE OF INSPECTOR GENERAL - REPORT OF INVESTIGATION\n"
        "Case Number: 2025-0412-I\n"
        "\n"
        "Subject: GS-13 Contracting Officer (name withheld), Bureau of Reclamation, Denver\n"
        "\n"
        "The OIG found that the subject accepted tickets to four Denver Broncos games from a contractor's vice president,\n"
        "Kevin Marchetti, while evaluating that contractor's bid. The subject told investigators he had been struggling\n"
        "financially since his wife lost her job.\n"
        "\n"
        "This report was prepared by Special Agent Dana Whitcombe.\n",
        redact=[("Kevin Marchetti", "PERSON", E), ("Dana Whitcombe", "PERSON", E)],
        passages=[("he had been struggling\nfinancially", E)],
        visible=["Bureau of Reclamation", "Denver Broncos", "2025-0412-I"],
        batch=198,
    ),
    # -- batch 199: written after batch 198's fixes and both helpers' round 9 (merged), before running anything
    Doc(
        "nl-raadsinformatiebrief-bewonersavond",
        "Raadsinformatiebrief\n"
        "Onderwerp: terugblik bewonersavond windturbines Spaarndam\n"
        "\n"
        "Geachte raadsleden,\n"
        "\n"
        "Op 18 november hebben wethouder Jeroen Pietersma en circa 120 bewoners gesproken over de windturbines langs het\n"
        "Noordzeekanaal. Bewoners uitten vooral zorgen over geluid en slagschaduw. Een bewoner van de Kennemerstraat gaf aan\n"
        "door zijn hartaandoening slecht tegen laagfrequent geluid te kunnen.\n"
        "\n"
        "Het college van burgemeester en wethouders,\n"
        "de secretaris, de burgemeester,\n",
        passages=[("door zijn hartaandoening", SPECIAL)],
        officials=["Jeroen Pietersma"],
        visible=["Noordzeekanaal", "Spaarndam", "120 bewoners"],
        batch=199,
    ),
    Doc(
        "en-uk-police-press-release-sentencing",
        "News release - Avon and Somerset Police\n"
        "\n"
        "Man jailed for county lines drug dealing\n"
        "\n"
        "Tyrone Maddox, 24, of Knowle West, Bristol, was sentenced at Bristol Crown Court on 12 November to six years in\n"
        "prison after admitting possession with intent to supply crack cocaine and heroin. Detective Inspector Claire\n"
        "Boswell said: \"This sentence sends a clear message.\"\n",
        redact=[("Tyrone Maddox", "PERSON", E)],
        officials=["Claire\nBoswell"],
        visible=["Knowle West", "Bristol Crown Court"],
        batch=199,
    ),
    Doc(
        "nl-mail-sollicitatie-cv-gegevens",
        "Van: Ruben Kloosterman <rubenkloosterman94@gmail.com>\n"
        "Aan: werkenbij@provincie-utrecht.nl\n"
        "Onderwerp: sollicitatie beleidsmedewerker energietransitie (vacature 2025-118)\n"
        "\n"
        "Geachte heer Van Os,\n"
        "\n"
        "Hierbij solliciteer ik naar de functie van beleidsmedewerker energietransitie. Ik ben 31 jaar, woon in Houten en\n"
        "werk nu bij Eneco. Door mijn dyslexie heb ik wat meer tijd nodig voor schriftelijke toetsen. Mijn profiel vindt u op\n"
        "linkedin.com/in/rubenkloosterman.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "Ruben Kloosterman\n"
        "06-21 44 90 37\n",
        redact=[("Van: |Ruben Kloosterman|", "PERSON", E), ("rubenkloosterman94@gmail.com", "EMAIL", E),
                ("heer |Van Os|,", "PERSON", E), ("linkedin.com/in/rubenkloosterman", "SOCIAL_MEDIA", E),
                ("groet,\n|Ruben Kloosterman|", "PERSON", E), ("06-21 44 90 37", "PHONE", E)],
        passages=[("Door mijn dyslexie", SPECIAL)],
        visible=["werkenbij@provincie-utrecht.nl", "Eneco", "Houten"],
        batch=199,
    ),
    Doc(
        "nl-verslag-gezinsvoogd-pleegzorg",
        "Rapportage gezinsvoogd, William Schrikker Stichting\n"
        "Jeugdige: Jayden-Lee Sitaldin (geb. 17-05-2015)\n"
        "Pleegouders: Marco en Ingrid Hofstede, Harderwijk\n"
        "\n"
        "Jayden-Lee woont sinds januari bij de pleegouders. Het contact met zijn biologische vader, Ravi Sitaldin, verloopt\n"
        "moeizaam: vader zit tot de zomer vast en belt onregelmatig. Moeder (Chantal Bijl) heeft begeleid omgangscontact\n"
        "eens per maand. Jayden-Lee heeft een ontwikkelingsachterstand en krijgt logopedie.\n",
        redact=[("Jayden-Lee Sitaldin", "PERSON", E), ("17-05-2015", "DATE_OF_BIRTH", E), ("|Marco| en Ingrid", "PERSON", E), ("Ingrid Hofstede", "PERSON", E),
                ("\n|Jayden-Lee| woont", "PERSON", E), ("Ravi Sitaldin", "PERSON", E), ("Chantal Bijl", "PERSON", E),
                ("maand. |Jayden-Lee| heeft", "PERSON", E)],
        passages=[("vader zit tot de zomer vast", SPECIAL), ("heeft een ontwikkelingsachterstand", SPECIAL)],
        visible=["William Schrikker Stichting", "Harderwijk"],
        batch=199,
    ),
    Doc(
        "en-uk-mp-casework-email",
        "From: HARRISON, Sarah <sarah.harrison.mp@parliament.uk>\n"
        "To: Home Office MP Account <mpaccount@homeoffice.gov.uk>\n"
        "Subject: Constituent: Mr Dawit Tesfaye (HO ref T1148823)\n"
        "\n"
        "I am writing on behalf of my constituent, who has waited 19 months for an asylum decision. His mental health has\n"
        "deteriorated and his GP has referred him to the community mental health team.\n"
        "\n"
        "Sarah Harrison MP\n"
        "Member of Parliament for Bolton South\n",
        redact=[("Dawit Tesfaye", "PERSON", E), ("T1148823", "ID", E)],
        passages=[("His mental health has\ndeteriorated", SPECIAL), ("referred him to the community mental health team", SPECIAL)],
        officials=["HARRISON, Sarah", "Sarah Harrison MP"],
        visible=["mpaccount@homeoffice.gov.uk", "Bolton South"],
        batch=199,
    ),
    Doc(
        "nl-memo-stg-confidentieel-aivd",
        "Stg. Confidentieel\n"
        "\n"
        "Memo aan de NCTV\n"
        "Van: directie Cyber Security\n"
        "\n"
        "De AIVD heeft ons gewezen op een Chinese statelijke actor die sinds september toegang probeert te krijgen tot de\n"
        "systemen van twee Nederlandse havenbedrijven. Volgens de dienst is bij één bedrijf de actor al binnen. Deze\n"
        "informatie mag niet buiten de kring van direct betrokkenen worden gedeeld.\n",
        passages=[("Stg. Confidentieel", "5.1.1b"), ("De AIVD heeft ons gewezen op een Chinese statelijke actor", "5.1.1b"),
                  ("Volgens de dienst is bij één bedrijf de actor al binnen", "5.1.1b"),
                  ("mag niet buiten de kring van direct betrokkenen worden gedeeld", "5.1.1b")],
        visible=["NCTV"],
        batch=199,
    ),
    Doc(
        "en-uk-nhs-pals-reply-pressure-sores",
        "Patient Advice and Liaison Service\n"
        "Leeds Teaching Hospitals NHS Trust\n"
        "\n"
        "Dear Mrs Oyelaran,\n"
        "\n"
        "Thank you for your complaint about the care your mother, Mrs Comfort Adebisi, received on Ward J24 in August. Dr\n"
        "Hamish Tull, Consultant Geriatrician, has reviewed her notes. He accepts that her pressure sores were not\n"
        "recorded for four days and apologises for this.\n"
        "\n"
        "Yours sincerely,\n"
        "Gemma Rothwell\n"
        "Complaints Manager\n",
        redact=[("Mrs |Oyelaran|,", "PERSON", E), ("Comfort Adebisi", "PERSON", E), ("Hamish Tull", "PERSON", E),
                ("Gemma Rothwell", "PERSON", E)],
        passages=[("her pressure sores", SPECIAL)],
        visible=["Leeds Teaching Hospitals NHS Trust", "Ward J24", "Patient Advice and Liaison Service"],
        batch=199,
    ),
    Doc(
        "nl-whatsapp-wethouder-raadslid-onderling",
        "[03-12-2025 22:11:05] Raadslid Esra Yilmaz (GL-PvdA): Klopt het dat de directeur van het zwembad ziek thuis zit?\n"
        "[03-12-2025 22:13:40] Wethouder Van der Kolk: Ja, burn-out. Niet verder vertellen graag, hij wil niet dat het rondgaat.\n"
        "[03-12-2025 22:14:02] Raadslid Esra Yilmaz (GL-PvdA): Natuurlijk. Sterkte voor hem.\n",
        passages=[("ziek thuis zit", SPECIAL), ("Ja, burn-out", SPECIAL)],
        officials=["Raadslid |Esra Yilmaz| (GL-PvdA): Klopt", "Wethouder |Van der Kolk|:", "Raadslid |Esra Yilmaz| (GL-PvdA): Natuurlijk"],
        batch=199,
    ),
    # -- batch 220: written at the end of the session, after every fix above, before running anything
    Doc(
        "nl-mail-wijkteam-overdracht-gezin-hoekstra",
        "Van: Sanne Oldenkamp <s.oldenkamp@wijkteamzwolle.nl>\n"
        "Aan: Gebiedsteam Zuid\n"
        "Onderwerp: overdracht gezin Hoekstra\n"
        "\n"
        "Hoi allemaal,\n"
        "\n"
        "Ik draag het gezin Hoekstra (Assendorperstraat 56) aan jullie over. Vader (Dirk) is sinds de zomer werkloos en\n"
        "drinkt veel; moeder (Femke) heeft een postnatale depressie. De oudste, Lars (9), wordt op school gepest.\n"
        "\n"
        "Groet, Sanne\n",
        redact=[("Sanne Oldenkamp", "PERSON", E), ("s.oldenkamp@wijkteamzwolle.nl", "EMAIL", E), ("gezin |Hoekstra| (Assendorperstraat", "PERSON", E),
                ("overdracht gezin |Hoekstra|", "PERSON", E), ("Assendorperstraat 56", "ADDRESS", E), ("Vader (|Dirk|)", "PERSON", E),
                ("moeder (|Femke|)", "PERSON", E), ("oudste, |Lars| (9)", "PERSON", E), ("Groet, |Sanne|", "PERSON", E)],
        passages=[("is sinds de zomer werkloos", E), ("drinkt veel", SPECIAL), ("postnatale depressie", SPECIAL)],
        visible=["Gebiedsteam Zuid"],
        batch=220,
    ),
    Doc(
        "en-us-gao-interview-record",
        "Record of Interview\n"
        "Interviewee: Marcus Villanueva, Deputy Program Manager, FEMA Region 6\n"
        "GAO staff: Priyanka Sethi, Thomas Gerrity\n"
        "\n"
        "Mr. Villanueva said that in his opinion the grant portal was rolled out too early and that staff were not trained.\n"
        "He added that his supervisor, Linda Cho, had raised the same concern in writing but was overruled.\n",
        redact=[("Marcus Villanueva", "PERSON", E), ("Priyanka Sethi", "PERSON", E), ("Thomas Gerrity", "PERSON", E),
                ("Mr. |Villanueva| said", "PERSON", E), ("Linda Cho", "PERSON", E)],
        passages=[("in his opinion the grant portal was rolled out too early", "5.2.1")],
        visible=["FEMA Region 6", "GAO staff"],
        batch=220,
    ),
    Doc(
        "nl-besluit-omgevingsvergunning-dakkapel-bezwaar",
        "Besluit op bezwaar\n"
        "\n"
        "Bezwaarmaker: mevrouw E.J. Lammers-Oosterveld, Vondelstraat 9, 3551 AE Utrecht\n"
        "Vergunninghouder: de heer T. Bakker, Vondelstraat 11\n"
        "\n"
        "Bezwaarmaker stelt dat de dakkapel op nummer 11 haar zonlicht ontneemt. Zij voert daarbij aan dat zij door haar\n"
        "reuma weinig buiten komt en afhankelijk is van licht in haar woonkamer.\n"
        "\n"
        "Burgemeester en wethouders van Utrecht,\n"
        "namens dezen,\n"
        "mr. K. van Steenbergen, teamleider Juridische Zaken\n",
        redact=[("E.J. Lammers-Oosterveld", "PERSON", E), ("Vondelstraat 9, 3551 AE", "ADDRESS", E), ("T. Bakker", "PERSON", E),
                ("Vondelstraat 11", "ADDRESS", E), ("K. van Steenbergen", "PERSON", E)],
        passages=[("door haar\nreuma", SPECIAL)],
        visible=["Juridische Zaken"],
        batch=220,
    ),
    Doc(
        "en-uk-cabinet-office-email-spad-view",
        "From: Wheeler, Oscar (SpAd) <oscar.wheeler@cabinetoffice.gov.uk>\n"
        "To: Nwosu, Adaeze <adaeze.nwosu@cabinetoffice.gov.uk>\n"
        "Subject: RE: lobbying register consultation\n"
        "\n"
        "Adaeze, the Minister won't want to go further than the manifesto. Between ourselves, I think the thresholds in\n"
        "option C are indefensible and No 10 will say so.\n",
        redact=[("Wheeler, Oscar", "PERSON", E), ("oscar.wheeler@cabinetoffice.gov.uk", "EMAIL", E), ("Nwosu, Adaeze", "PERSON", E),
                ("adaeze.nwosu@cabinetoffice.gov.uk", "EMAIL", E), ("\n|Adaeze|, the", "PERSON", E)],
        passages=[("the Minister won't want to go further than the manifesto", "5.2.1"),
                  ("I think the thresholds in\noption C are indefensible", "5.2.1")],
        batch=220,
    ),
    Doc(
        "nl-pv-aangifte-oplichting-bejaarde",
        "PROCES-VERBAAL VAN AANGIFTE\n"
        "\n"
        "Aangever: Wilhelmina Johanna (Mien) de Graaf-Stam, geboren 02-08-1938 te Hoorn\n"
        "Adres: Kleine Noord 14, 1621 JE Hoorn\n"
        "\n"
        "Ik ben 87 jaar en slechtziend. Op 14 november belde een man die zei dat hij van de bank was. Hij heeft mijn pinpas\n"
        "opgehaald. Er is € 4.300 van mijn rekening NL96TRIO8350713663 afgehaald.\n"
        "\n"
        "Verbalisant: hoofdagent M. Tuinstra\n",
        redact=[("Wilhelmina Johanna (Mien) de Graaf-Stam", "PERSON", E), ("02-08-1938", "DATE_OF_BIRTH", E),
                ("Kleine Noord 14, 1621 JE", "ADDRESS", E), ("NL96TRIO8350713663", "IBAN", E), ("M. Tuinstra", "PERSON", E)],
        passages=[("slechtziend", SPECIAL)],
        visible=["JE |Hoorn|\n"],
        batch=220,
    ),
    Doc(
        "en-us-embassy-cable-source-protect",
        "S E C R E T SECTION 01 OF 02 KYIV 001187\n"
        "\n"
        "SUBJECT: UKRAINE: PARLIAMENTARIAN ON PROCUREMENT FRAUD\n"
        "\n"
        "2. (S) Rada deputy Oleksandr Marchenko (strictly protect) told PolOff that two deputy ministers receive kickbacks\n"
        "on drone contracts. Marchenko said he fears for his safety if his role becomes known and asked that we not raise\n"
        "the matter with the Prosecutor General's Office yet.\n",
        redact=[("Oleksandr Marchenko", "PERSON", E), ("contracts. |Marchenko| said", "PERSON", E)],
        passages=[("two deputy ministers receive kickbacks", "5.1.2a"), ("fears for his safety", "5.1.2a"),
                  ("asked that we not raise\nthe matter", "5.1.2a")],
        visible=["KYIV 001187"],
        batch=220,
    ),
    Doc(
        "nl-notulen-raadscommissie-besloten",
        "Verslag besloten vergadering commissie Bestuur, 27 november 2025\n"
        "Aanwezig: mevrouw Van Rijn (voorzitter, VVD), de heer Özdemir (DENK), mevrouw Hazelaar (GroenLinks),\n"
        "wethouder Stam, griffier K. Mulder, ambtelijk: P. Rademaker (HR)\n"
        "\n"
        "De wethouder licht toe dat de gemeentesecretaris per 1 januari vertrekt met een vaststellingsovereenkomst en een\n"
        "vergoeding van € 145.000. De heer Özdemir vindt dat bedrag niet uit te leggen aan inwoners.\n",
        redact=[("P. Rademaker", "PERSON", E)],
        passages=[("vaststellingsovereenkomst en een\nvergoeding van € 145.000", E)],
        officials=["Van Rijn", "Özdemir (DENK)", "Hazelaar", "Stam", "K. Mulder"],
        batch=220,
    ),
    Doc(
        "en-uk-coroner-inquest-email",
        "From: Coroner's Officer, HM Coroner Greater Manchester North <coroners.north@manchester.gov.uk>\n"
        "To: Legal Services\n"
        "Subject: Inquest into the death of Connor James Whitfield\n"
        "\n"
        "The inquest is listed for 3 February. The post-mortem found a mix of pregabalin and alcohol; the family have\n"
        "asked that his history of self-harm is not mentioned in open court. His mother, Julie Whitfield, will attend.\n",
        redact=[("Connor James Whitfield", "PERSON", E), ("Julie Whitfield", "PERSON", E)],
        passages=[("found a mix of pregabalin and alcohol", SPECIAL), ("his history of self-harm", SPECIAL)],
        visible=["coroners.north@manchester.gov.uk", "Legal Services", "HM Coroner Greater Manchester North"],
        batch=220,
    ),
    # -- batch 221: written after batch 220's fixes, at the session's end, before running anything
    Doc(
        "nl-mail-hr-verzuim-leidinggevende",
        "Van: Joris Ambrosius <j.ambrosius@minienw.nl>\n"
        "Aan: HR-advies DGMI\n"
        "Onderwerp: medewerker Sevda Karaman\n"
        "\n"
        "Sevda belde vanochtend dat ze voorlopig niet komt. Ze is zwanger en heeft veel last van bekkeninstabiliteit.\n"
        "Daarnaast speelt er thuis iets: haar man is vorige maand vertrokken. Kunnen we het re-integratietraject even\n"
        "uitstellen?\n"
        "\n"
        "Joris\n",
        redact=[("Joris Ambrosius", "PERSON", E), ("j.ambrosius@minienw.nl", "EMAIL", E), ("medewerker |Sevda Karaman|", "PERSON", E),
                ("\n|Sevda| belde", "PERSON", E), ("\n|Joris|\n", "PERSON", E)],
        passages=[("Ze is zwanger", SPECIAL), ("bekkeninstabiliteit", SPECIAL), ("haar man is vorige maand vertrokken", E)],
        visible=["HR-advies DGMI"],
        batch=221,
    ),
    Doc(
        "en-us-ausa-declination-whitaker",
        "MEMORANDUM\n"
        "TO: File\n"
        "FROM: AUSA Rachel Okonjo\n"
        "RE: United States v. Darnell Whitaker - declination\n"
        "\n"
        "I recommend that we decline prosecution. The only witness, Whitaker's former business partner Glen Szabo, has a\n"
        "2019 conviction for wire fraud and would be impeached easily. In my judgment a jury is unlikely to convict.\n",
        redact=[("Darnell Whitaker", "PERSON", E), ("former business partner |Glen Szabo|", "PERSON", E), ("witness, |Whitaker|'s", "PERSON", E),
                ("Rachel Okonjo", "PERSON", E)],
        passages=[("I recommend that we decline prosecution", "5.2.1"), ("2019 conviction for wire fraud", SPECIAL),
                  ("In my judgment a jury is unlikely to convict", "5.2.1")],
        visible=["MEMORANDUM"],
        batch=221,
    ),
    Doc(
        "nl-brief-toeslagen-herstel-gezin",
        "Dienst Toeslagen\n"
        "Postbus 8130, 6710 EB Ede\n"
        "\n"
        "Aan de heer en mevrouw Badal-Ramcharan\n"
        "Van Heutszstraat 31\n"
        "7607 KA Almelo\n"
        "\n"
        "Geachte heer en mevrouw Badal-Ramcharan,\n"
        "\n"
        "U bent gedupeerd door de aanpak van de kinderopvangtoeslag. Wij kennen u een compensatie toe van € 48.260. Uw\n"
        "zaakbehandelaar, Marieke van Dongen, heeft met u besproken dat uw schuld bij de Belastingdienst wordt kwijtgescholden.\n",
        redact=[("Badal-Ramcharan\nVan", "PERSON", E), ("Van Heutszstraat 31\n7607 KA", "ADDRESS", E), ("mevrouw |Badal-Ramcharan|,", "PERSON", E),
                ("Marieke van Dongen", "PERSON", E)],
        passages=[("uw schuld bij de Belastingdienst wordt kwijtgescholden", E)],
        visible=["Dienst Toeslagen", "Postbus 8130", "Almelo"],
        batch=221,
    ),
    Doc(
        "en-uk-fcdo-diptel-gulf-ruler",
        "OFFICIAL-SENSITIVE\n"
        "FROM: BRITISH EMBASSY ABU DHABI\n"
        "SUBJECT: UAE: READOUT OF CALL WITH MINISTER OF STATE\n"
        "\n"
        "2. Dr Anwar Gargash told HMA that the Emirates would not object to the UK's sanctions listing if London gave them\n"
        "advance notice. He asked that this understanding remain between the two capitals.\n"
        "\n"
        "Drafted by: Second Secretary (Political), Joanne Pettifer\n",
        redact=[("Joanne Pettifer", "PERSON", E)],
        passages=[("would not object to the UK's sanctions listing if London gave them\nadvance notice", "5.1.2a"),
                  ("asked that this understanding remain between the two capitals", "5.1.2a")],
        officials=["Anwar Gargash"],
        visible=["BRITISH EMBASSY ABU DHABI"],
        batch=221,
    ),
    Doc(
        "nl-verslag-huisbezoek-leerplicht",
        "Verslag huisbezoek leerplichtambtenaar\n"
        "Leerling: Aylin Demir (14), VMBO Het Noordik\n"
        "Leerplichtambtenaar: R. Snijders\n"
        "\n"
        "Aylin verzuimt sinds oktober. Moeder vertelt dat Aylin niet naar school durft sinds een filmpje van haar rondgaat.\n"
        "Vader heeft een eigen bedrijf en is veel van huis. Aylin heeft inmiddels een intake gehad bij de jeugd-GGZ.\n",
        redact=[("Aylin Demir", "PERSON", E), ("R. Snijders", "PERSON", E), ("\n|Aylin| verzuimt", "PERSON", E),
                ("vertelt dat |Aylin| niet", "PERSON", E), ("huis. |Aylin| heeft", "PERSON", E)],
        passages=[("een intake gehad bij de jeugd-GGZ", SPECIAL), ("sinds een filmpje van haar rondgaat", E)],
        visible=["VMBO Het Noordik"],
        batch=221,
    ),
    Doc(
        "en-uk-gmp-custody-record-diabetic",
        "CUSTODY RECORD - Greater Manchester Police\n"
        "Detained person: OKORO, Chukwuemeka\n"
        "DOB: 12/04/1999\n"
        "Custody Sergeant: PS 4471 Henderson\n"
        "\n"
        "DP states he is diabetic and takes insulin twice a day. Requested that his girlfriend, Shanice, be informed.\n"
        "Risk assessment: previous self-harm in custody (2022).\n",
        redact=[("OKORO, Chukwuemeka", "PERSON", E), ("12/04/1999", "DATE_OF_BIRTH", E), ("Henderson", "PERSON", E),
                ("girlfriend, |Shanice|,", "PERSON", E), ("4471", "ID", E)],
        passages=[("he is diabetic", SPECIAL), ("takes insulin", SPECIAL), ("previous self-harm in custody", SPECIAL)],
        visible=["Greater Manchester Police"],
        batch=221,
    ),
]


# (document name, text) -> why the detector misses it; strict xfails, merged into test_detect_unseen.XFAIL
XFAIL: dict[tuple[str, str], str] = {
    ("en-uk-fcdo-diptel-gulf-ruler", "would not object to the UK's sanctions listing if London gave them\nadvance notice"):
        "what a foreign minister told the ambassador ('told HMA that the Emirates would not object ...'), with no word of "
        "confidence in the sentence: the set leaves a reported statement without one visible (a cable's 'told the "
        "Ambassador that' is in many documents), and only the next sentence asks that it stay between the capitals",
    ("en-uk-fcdo-diptel-gulf-ruler", "Anwar Gargash"):
        "a foreign minister named in a telegram's body without his office ('Dr Anwar Gargash told HMA ...'), the office "
        "only in the subject line ('READOUT OF CALL WITH MINISTER OF STATE'): no role stands near the name",
    ("nl-verslag-integriteitsonderzoek-hoor", "die is nog niet gehoord"):
        "an integrity investigation's next step ('Het onderzoek naar zijn collega loopt nog; die is nog niet gehoord'): "
        "no cue reads who is still to be heard, and the cues for how an integrity investigation goes about it sit in the "
        "investigation rule (5.1.2c, criminal investigation), where an employer's own inquiry is control (5.1.2d)",
    ("nl-kennisgeving-huwelijk-schijnhuwelijk",
     "geen gemeenschappelijke taal spreken en elkaar pas twee keer\nhebben ontmoet"):
        "what a registrar saw of a couple suspected of a marriage of convenience ('geen gemeenschappelijke taal spreken "
        "en elkaar pas twee keer hebben ontmoet'): private, but no cue reads a couple's acquaintance",
    ("en-uk-grievance-email-orientation", "I mentioned that I have a\ngirlfriend"):
        "a sexual orientation told by one's partner ('Since I mentioned that I have a girlfriend he has made comments ... "
        "about people like me'): the words say it only with the writer's own gender, which the text does not give",
    ("en-uk-home-office-asylum-case-note", "worked as an interpreter for British forces"):
        "an asylum claimant's account of what puts him at risk ('worked as an interpreter for British forces'): private "
        "and dangerous to him, but the same words state a public fact of any veteran's career; no cue reads the account",
    ("en-us-hud-oig-complaint-intake", "Marvin T. Ellsworth"):
        "the head of a local housing authority named as the subject of a complaint ('Marvin T. Ellsworth, Executive "
        "Director, ...'): 'executive director' is a role word the pack keeps visible; whether an allegation against an "
        "office-holder is private is the reviewer's call, which the kept finding shows",
    ("en-us-hud-oig-complaint-intake", "that |Ellsworth| steered"):
        "as 'Marvin T. Ellsworth': his later mentions go with the kept office-holder",
    ("en-us-hud-oig-complaint-intake", "that |Ellsworth| has"):
        "as 'Marvin T. Ellsworth'",
    ("nl-brief-school-aan-ouders", "met |Lars| uit"):
        "a child's first name alone in running text ('rekening te houden met Lars uit de klas'): no title, relation or "
        "list says it is a name, and a listed first name alone is no finding (it is often a word or a place)",
    ("nl-klacht-over-baliemedewerker", "balie, |Sandra| volgens"):
        "a listed first name alone in running text between a place and a clause ('De mevrouw achter de balie, Sandra "
        "volgens haar naambordje, ...'): the apposition rule wants the person's noun right before the comma",
    ("en-us-foia-request-journalist", "Delaney Hall"):
        "a building named like a person ('Delaney Hall in Newark'): a listed first name and a capitalised word that is "
        "also a surname ('Hall'); nothing but knowing the place says it is a building",
    ("nl-sms-export-wijkagent", "jongen van |Bosman|"):
        "a boy known by his family's surname ('die jongen van Bosman, Kevin,'): no rule reads a surname after 'jongen van' "
        "as a person, and 'van Bosman' reads as a particle and a surname without a first name before it",
    ("nl-sms-export-wijkagent", "Kapsalon"):
        "a first name and the shop she runs ('Truus van de Kapsalon'): 'van de Kapsalon' reads as the particles and surname "
        "of her name",
    ("nl-email-van-minister-zelf", "Caspar"):
        "a minister signing his own mail with his first name under 'Van: Minister van Buitenlandse Zaken': it stays "
        "visible, but no rule ties a first name under a sign-off to the office in the sender field, so it is not shown "
        "as kept",
    ("en-court-filing-caption", "HIV status"):
        "a US court's caption opens the document ('UNITED STATES DISTRICT COURT'), which the rule pack reads as a "
        "published court text: special data stays silent in it, also in a complaint's allegations",
    ("en-us-congressional-letter-cbp", "Rio Grande Valley"):
        "a place whose first word a lexicon lists as a first name ('Rio Grande'): read as a first name and a surname",
    ("en-uk-ico-decision-notice", "102 Petty France"):
        "a London street whose first word a lexicon lists as a first name ('102 Petty France'): the address field of "
        "the public authority stays visible, but the person rule reads 'Petty France' as a first name and a surname",
    ("nl-kamerbrief-publiek-minister", "Rob Jetten"):
        "the chair of a programme's steering group named in a letter to parliament ('de voorzitter van de stuurgroep, "
        "Rob Jetten'): 'voorzitter' alone is no office the pack keeps, as the chair of a residents' association is private",
    ("nl-verslag-keukentafel-slechtziend", "(|J.|)"):
        "a first name, then the initial in brackets, then the surname ('mevrouw Jannie (J.) van der Meulen-Bosma'): the "
        "name rules read a bracket after a first name as a note on her, so the name ends at 'Jannie'",
    ("nl-verslag-keukentafel-slechtziend", "|van der Meulen-Bosma|, 84"):
        "the surname after 'Jannie (J.)': see the bracketed initial above",
    ("nl-notitie-telefoongesprek-kleine-letters", "rozenlaan 4"):
        "a street in lower case in a quick note ('rozenlaan 4 in ommen'): the street rules need the capital a street's name "
        "has, as 'op de snelweg 4 uur' shows why",
    ("nl-notitie-telefoongesprek-kleine-letters", "door |karin|"):
        "a first name in lower case after 'door' in a quick note: only a title's abbreviation marks a lower-case name",
    ("en-uk-school-exclusion-letter", "Chidi Okonkwo"):
        "a given name no lexicon lists before the family's surname, which the page gives after 'Mr and Mrs' ('Re: Chidi "
        "Okonkwo'): a rule that took any capitalised word before such a surname also took places ('The Hague Jansen')",
    ("en-uk-school-exclusion-letter", "that |Chidi| has"):
        "the unlisted given name alone: see 'Chidi Okonkwo'",
    ("en-uk-school-exclusion-letter", "that |Chidi| is"):
        "the unlisted given name alone inside the health passage ('Chidi is autistic'): covered under 5.1.1d, not 5.1.2e",
    ("nl-politiebericht-geen-namen", "Wierden"):
        "a police news release on an unnamed victim ('Een 27-jarige man uit Wierden raakte gewond en is naar het "
        "ziekenhuis gebracht'): the health rule speaks in public statements too (a council proposal may name a resident's "
        "illness), and reads an injury said of one person, named or not",
    ("en-uk-ico-complaint-outcome-email", "UK GDPR"):
        "a regulator's finding in its letter to the complainant ('our view is that it infringed UK GDPR') read as an "
        "official's personal view (5.2.1): nothing tells a letter to a citizen from a note to a colleague",
    ("nl-brief-cak-eigen-bijdrage", "kamer 214"):
        "a room in a care home on the line between the addressee and the home's street ('Zorgcentrum Sint Jozef, kamer "
        "214'): no street rule reads a room's number, and the home's name is read as a saint's, a person's",
    ("nl-ambtsbericht-bz-bekeerling", "De bron wenst anoniem te blijven"):
        "a local source's wish to stay anonymous in an official report on a country: no foreign government asks it, so "
        "the foreign-confidence rule does not read it, and no rule protects a source outside the services",
}
