"""People: names of private persons and civil servants, and public officials kept visible.

No NER model: names are found by structure (labelled fields, titles, salutations,
initials) and by first-name lexicons with capitalisation, which also carries foreign
names the Dutch lists lack. Each name is then checked against the public-officials
list and the role words around it; officials come out as PUBLIC_OFFICIAL with status
"kept", so the reviewer sees the decision and its reason and can overrule it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redactor.detect import months
from redactor.detect.base import COLUMN_GAP, NOUN_ENDINGS, WRAPPED_LINE, result, wrapped_at
from redactor.detect.entities import OFFICIAL, PERSON
from redactor.detect.lexicon import Lexicon, fold
from redactor.detect.mailboxes import Mailboxes
from redactor.rulepack import PeopleRules, RulePack

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƏ"
_LOWER = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžə"
# Vietnamese and other letters of Latin Extended-B and Additional ("Nguyễn Thị", "Phạm Văn Đức", "Trương")
_UPPER += "".join(c for c in map(chr, [*range(0x0180, 0x0250), *range(0x1E00, 0x1F00)]) if c.isupper())
_LOWER += "".join(c for c in map(chr, [*range(0x0180, 0x0250), *range(0x1E00, 0x1F00)]) if c.islower())
# IJ: Dutch digraph ("IJzerman"); an Irish prefix before it ("Ó Briain"); an elided particle may stand before the capital ("O'Brien", "d'Ancona"),
# and an Arabic article joined by a hyphen ("al-Hassan", "bin-Salem")
_CAP = (rf"(?:(?:Ó|Ní|Nic|Uí)[ \t])?(?:[{_UPPER}{_LOWER}]['’]|(?:al|el|ul|ad|ar|as|ash|at|az|an|abu|abd|bin|ibn|ben)-)?(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)?(?:IJ|[{_UPPER}])[{_LOWER}'’]+"
        # "Tjon-A-Fong": one-letter parts too; an elided particle after the hyphen ("Vanden Bossche-D'Hondt")
        rf"(?:-(?:[{_UPPER}]['’](?=[{_UPPER}]))?(?:IJ|[{_UPPER}{_LOWER}])[{_LOWER}'’]*)*(?<!-)")
# Dutch initials may have two or three letters for one name ("A.Th. van Rijnberk", "mr. A.Ph. van der Wees",
# "Chr. de Bruin"); "Ph.D." is a degree
_INITIAL = rf"(?:[{_UPPER}]|(?!Ph\.\s?D\.)(?:IJ|Th|Ph|Ch|Chr|Joh|Jac|Fr|Sj|Tj|Wm)(?=\.))"
# a scan may put a space before an initial's full stop ("R . Hadderingh"); a German double first name joins its
# initials with a hyphen ("K.-H. von der Heyden")
# a nickname in quotes between the first name and the surname is one too ('Mohamed "Mo" Bakkali')
_TOKEN = re.compile(rf"(?P<init>(?:{_INITIAL}[ ]?\.(?:-(?={_INITIAL}\.))?\s?){{1,4}}(?![{_LOWER}]))|(?P<paren>\([{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?\)"
                    rf"|[\"“][{_UPPER}][{_LOWER}]+[\"”](?=[ \t]+[{_UPPER}]))"
                    # a word hyphenated at a line end, as OCR reads a scan ("Kooi-\nman"), is one word, and so is
                    # a double name a line end breaks at its hyphen ("De Wit-\nPranoto")
                    # an Irish surname's prefix is part of it ("Ó Briain", "Ní Bhriain")
                    rf"|(?P<word>(?:(?:Ó|Ní|Nic|Uí)[ \t](?=[{_UPPER}][{_LOWER}]))?[\w'’.-]+(?:(?<=[{_LOWER}]-)\n[{_UPPER}{_LOWER}][{_LOWER}]+)?)|(?P<gap>[ \t]+|\n)|(?P<punct>.)", re.S)
_CAP_RE = re.compile(rf"^{_CAP}$")
# the date of a chat export's or a phone's message: "14-03-2023", and as a phone writes it, "ma 3 nov", "Mon 3 Nov 2025"
_STAMP_DATE = (r"(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:(?:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)\.?[ \t]+)?"
               rf"\d{{1,2}}[ \t]+(?:{months.ANY_PATTERN})\.?(?:[ \t]+\d{{4}})?)")
# a sentence end, but not the full stop of an initial ("wethouders M. Tuinman, K. Bakker en ...")
# and a new chat message: "[14-07-2021 21:09] " or "14-03-2023 09:14 - " at a line start
_BOUNDARY = re.compile(r"(?:\.(?<![\s.(][A-Z]\.)|[;:!?])\s|\n\s*\n"
                       rf"|\n(?=[ \t]*(?:\[[^\]\n]{{0,25}}?|(?i:{_STAMP_DATE}),?[ \t]+)\d{{1,2}}:\d{{2}})")
# what may follow a signer's name on its line: nothing, or a job title after a comma or bar
_SIGNATURE_TAIL = re.compile(r"[ \t,]*$|[ \t]*[,|–-][ \t]*\S")
_LABEL_COLON = re.compile(r"(?<!\d):(?!\d)")  # a label's colon; not a clock time's ("10:00 ... woordvoerder X")
_LINE_END_HYPHEN = re.compile(r"-\n(?=(.))")
_WRAP_HYPHEN = re.compile(rf"(?<=[{_LOWER}])-(?:[ \t]*\n[ \t]*)?(?=[{_LOWER}])")  # "Woordvoer-\nder": one word a wrap parted
_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)$")
# "Daan (4)", "Tom (34 jaar)", and a pupil by class ("Noor (groep 6)", "Amy (Year 5)")
_AGE_AFTER = re.compile(r"[ \t]*\((?:\d{1,2}|\d{1,2} (?:jaar|jr\.?|years?|yrs?)|(?i:groep|klas|year) \d{1,2})\)"
                        # or after a comma, in a list of children ("(Quincy, 6, en Naomi, 3)")
                        r"|,[ \t]*\d{1,2}(?:[ \t]+(?:jaar|jr\.?|years?|yrs?))?(?=[ \t]*[,);]|[ \t]+(?:en|and)[ \t])")
_AGE_BEFORE = re.compile(r"(?<![\w-])\d{1,3}-(?:jarige|year-old)[ \t]+$", re.IGNORECASE)
_DEMONYM = re.compile(r"(?:er|ër|an|se|ees|ier|iër|ling|ish|i)$")  # "de 34-jarige Rotterdammer"
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,5}[a-zA-Z]?(?![\w,:/-]|\.\d)")  # "op de Schans 118", not "op de Kamp 3.5 km"
_WEAK_PARTICLES = {"in", "op", "uit"}  # "Lotte in Zeist", "Jan uit Assen"; not "Jan in 't Veld", "Anne uit den Bogaard"
# what stands between the holders in a list after a plural role ("te weten, de dames A en B, de heren C en D")
_LIST_WORDS = {"en", "and", "te", "weten", "namelijk", "heren", "dames", "heer", "mevrouw", "de", "het", "the",
               "messrs.", "mmes.", "mesdames", "dhr.", "mw.", "mevr."}
_COORDINATED = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?,?[ \t]+(?:en|and|or|of|&)[ \t]+")  # "X (SSN ...) or "
_LIST_AND = re.compile(r"(?<!\w)(?:en|and)(?!\w)")
# Between a role word and the name: another person or a conjunction means the role is someone else's.
_ROLE_BREAK = re.compile(r"(?<!\w)(?:en|and|met|with|or|of|en de heer|mevrouw|namens|dan|than|dat|die|wie|that|who|which"
                         # a conjunction that opens another clause ("de staatssecretaris wil het ..., dus Anouar, wil je")
                         r"|dus|maar|want|so|but)(?!\w)")
# a US street address's quadrant after the street ("1849 C Street, N.W.\nWashington"), not initials
_QUADRANT_INITIALS = re.compile(r"[NS]\.\s?[EW]\.")
_STREET_BEFORE = re.compile(r"(?:\b(?:Ave|Avenue|St|Street|Blvd|Boulevard|Road|Rd|Drive|Dr|Place|Pl|Way|Lane|Ln|Court|Ct|Parkway|Pkwy)\.?|\d)[ \t]*,?[ \t]*$")
# the first name after a surname and a comma in a greeting, as a mail client's display name puts it
_SALUTED_FIRST = re.compile(rf",[ \t]*({_CAP})(?=[ \t]*(?:[-–(<,\n]|$))")
_STREET_END = re.compile(r"[a-zà-ÿ](?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|plantsoen|boulevard)$")
_SP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"  # a space, or a line break where the text wraps
_OFFICE_OF = re.compile(rf"^{_SP}(?:of|for|to|van|voor|in|bij)(?:{_SP}(?:the|de|het))?"
                        rf"(?:{_SP}(?:(?:and|en|&){_SP})?[{_UPPER}][\w'’-]*)+"
                        # a portfolio of several words with commas ("for Environment, Food and Rural Affairs"): only when
                        # an "and" closes them, so "for Health, Anna Smith, " leaves the next name out of the office
                        rf"(?:(?:,{_SP}?[{_UPPER}][\w'’-]*)+{_SP}(?:and|en|&)(?:{_SP}[{_UPPER}][\w'’-]*)+)?")
_CAPITAL_NAME = re.compile(rf"(?<![\w.])([{_UPPER}]{{2,}})[ \t]+[{_UPPER}]\.[ \t]?([{_UPPER}][{_UPPER}'’-]+)(?![\w])")
# a suspect or victim by initials and age, as police press releases write them ("Het gaat om D.M. (44) en R.G. (25)")
# the name a person goes by, in brackets after the name on file: "N. Bouzerda (roepnaam Nadia)", "(known as Tom)"
_NICKNAME = re.compile(rf"\((?i:roepnaam|bijnaam|genaamd|alias|known as|aka|a\.k\.a\.|called)[ \t:]+"
                       rf"([{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}]+)?)\)")
# a town and its state ("El Paso, Texas", "Las Cruces, New Mexico"): a place, however its words read
_US_STATE_AFTER = re.compile(
    r",[ \t]*(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    r"Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
    r"Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|"
    r"Washington|West Virginia|Wisconsin|Wyoming|D\.C\.)(?![\w-])"
    # or the state's two letters and a ZIP code ("Columbus, OH 43224"): the town of an American address
    r"|,[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?(?![\w-])")
_QUOTED_NAME = rf"['\"‘“]([{_UPPER}][{_LOWER}]+(?:[ \t][{_UPPER}][{_LOWER}]+)?)['\"’”]"
_SELF_NAMED = re.compile(rf"(?<![\w-])(?i:bijnaam|alias|roepnaam|genaamd|nicknamed|known as|aka|a\.k\.a\.)[ \t:]+{_QUOTED_NAME}"
                         rf"|(?i:zich|himself|herself)[ \t]+{_QUOTED_NAME}[ \t]+(?i:noemde|noemt|noemden|called)"
                         # called so by someone ("door melder 'Milan' genoemd")
                         rf"|{_QUOTED_NAME}[ \t]+(?i:genoemd)(?![\w-])"
                         rf"|(?i:noemde zich|noemt zich|called (?:himself|herself)|calling (?:himself|herself)|genaamd)"
                         rf"[ \t]+{_QUOTED_NAME}")
# the name by which someone knows a person, without quotes ("een man die ik ken als Kidane", "known to him as
# DENNIS"): one word, in Title Case or in capitals, as statements write it
_KNOWN_AS = re.compile(rf"(?<![\w-])(?i:(?:ken|kent|kende|kenden|kennen)(?:[ \t]+(?:hem|haar|hen|hun))?[ \t]+als"
                       r"|(?:known|knew|knows)(?:[ \t]+(?:to[ \t]+)?(?:me|him|her|us|them))?[ \t]+as)[ \t]+"
                       rf"((?-i:[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?|[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?))(?![\w-])")
# a listed first name after the verb that opens a question or a request ("Kan Marloes de cijfers erbij zoeken?",
# "Could Priya check the dates?"): the one asked to do something
_ASKED = re.compile(rf"(?:\A|(?<=[.!?:][ \t])|(?<=\n))[ \t]*(?:Kan|Kun|Wil|Zou|Mag|Moet|Gaat|Can|Could|Would|Will|Should)"
                    rf"[ \t]+([{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)(?=[ \t]*\n?[ \t]*[{_LOWER}]{{2,}}(?![\w-]))")
_POSSESSED_NOUN = re.compile(r"(?<![\w-])(?i:his|her|my|our|their|zijn|haar|mijn|onze|hun)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
                             r"[a-z-]{3,},[ \t]+\Z")
# a person behind a letter or number in a file ("Child A (Oliver)", "Witness 2 (Fenna)", "Leerling B (Daan)")
_DESIGNATED = re.compile(rf"(?<![\w-])[A-Z][a-z]+[ \t]+(?:[A-Z]|\d{{1,2}})[ \t]*\(([{_UPPER}][{_LOWER}]+)\)")
_SALUTED_END = re.compile(r"[ \t]*[,!]?[ \t]*\n")
_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*([^\n]{1,80})")
_LIST_GOES_ON = re.compile(r"[;,][ \t]*\n")
_LIST_BEFORE = re.compile(r"(?:^|[;,:]|\n)[ \t]*\Z")
_LOWER_ROLE_AFTER = re.compile(r"[ \t]*\((?:[a-z][\w-]*[ \t]?){1,3}\)")  # "(note-taker)", "(stagiair)", "(notulist)"
# (or after a comma, when an age in brackets says the first word is a child's name: "twee kinderen, Jurrick (12) en ...")
_FAMILY_LIST = re.compile(r"(?i:kinderen|kids|children|zonen|dochters|sons|daughters|kleinkinderen|grandchildren)"
                          rf"[ \t]*(?:\(|:[ \t]*|,[ \t]+(?=[{_UPPER}][{_LOWER}]+[ \t]*\(\d{{1,2}}\)))((?:[^()\n:]|\(\d{{1,2}}\)){{1,80}})")
_LIST_WORD = re.compile(rf"(?<![\w-])[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?(?![\w-])")
_ALIAS_WORD = re.compile(r"(?i)zich|self|genaamd|genoemd|bijnaam|alias|roepnaam|known as|aka|a\.k\.a\.")
# (a page's wrap may part the words: "His supervisor, DALE\nHOLLOWAY, asked him")
_CAPITAL_RUN = re.compile(rf"(?<![\w.'’-])[{_UPPER}]{{2,}}(?:(?:[ \t]+|[ \t]*\n[ \t]*)[{_UPPER}]{{2,}}(?:[-'’][{_UPPER}]{{2,}})*){{1,3}}(?![\w-])")
# a caption's party on one line, its part in the case at the end ("MOHAMMED EL HADDOUCHI, uit Utrecht, eiser")
_PARTY_ON_LINE = re.compile(r",[^\n]{0,60},[ \t]*(?i:eiser|eiseres|verweerder|verweerster|appellant|appellante|verzoeker|"
                            r"verzoekster|belanghebbende|plaintiff|defendant|claimant|respondent|petitioner)[,.]?[ \t]*$",
                            re.MULTILINE)
# what a relative is called ("Mijn vrouw heet Rasha", "my son is called Omar")
_CALLED = re.compile(rf"(?<![\w-])(?:heet|heette|heten|is called|was called|is named)[ \t]+"
                     rf"([{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)(?![\w-])")
_OTHER_SCRIPT = "\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u10a0-\u10ff"  # Greek ... Georgian
_OTHER_SCRIPT_AFTER = re.compile(rf"[ \t]*\(([{_OTHER_SCRIPT}][{_OTHER_SCRIPT}'’ -]{{1,60}}?)\)")
# initials after a comma, then no name of their own (not "Van Dijk, A. de Vries")
_INITIALS_AFTER_COMMA = re.compile(rf",[ \t]*((?:[{_UPPER}]\.){{1,4}})(?![\w.])(?:[ \t]+([\w'’]+)|(?=[ \t]*(?:\(|,|;|\t|\n|$)))")
_OWNED_NAME_AFTER = re.compile(rf"['’]s[ \t]+[{_UPPER}][{_LOWER}]")
_TAG_THEN_PARTY = re.compile(r"[ \t]*\n?[ \t]*\([^(),\n]{1,30},[ \t]*([^(),\n]{1,40})\)")
_CHAIR_TAG = re.compile(r"[ \t]*\((?i:voorzitter|voorzitster|vz\.?|chair|chairman|chairwoman|chairperson)\)")
# a colleague named by first name after a verb of speaking or agreeing with them ("Zoals afgesproken met\nRuud loopt
# ...", "I spoke with Priya about it"), in a mail or a chat, where colleagues go by first name
_EXCHANGED_WITH = re.compile(r"(?<![\w-])(?:(?i:afgesproken|overlegd|gesproken|gebeld|besproken|gemaild|geappt|afgestemd|"
                             r"spoke|spoken|talked|agreed|discussed|checked)[ \t]+(?i:met|with)|(?i:volgens|according to))"
                             r"(?:[ \t]*\n[ \t]*|[ \t]+)"
                             rf"([{_UPPER}][{_LOWER}]+)(?![\w-])(?![ \t]*\n?[ \t]*[{_UPPER}])")
# the line under a caption's name: a birth, or the party's part in the case ("JAMAL PRUITT,\n     Defendant.")
_BIRTH_LINE_AFTER = re.compile(r",?[ \t]*\n[ \t]*(?i:geboren|geb\.|born|date of birth|defendants?|plaintiffs?|petitioners?|"
                               r"respondents?|appellants?|appellees?|claimants?|verdachte|eiser|eiseres|verweerder|"
                               r"verweerster|gedaagde|appellant)(?![\w-])")
_INITIALS_CAPITALS = re.compile(rf"(?<![\w.])(?:[{_UPPER}]\.[ ]?){{1,4}}[ \t]?"
                                r"(?:(?:VAN|DE|DER|DEN|TER|TEN|VON|EL|AL|LE|LA|DA|DI|DU|'T)[ \t]+)*"
                                rf"([{_UPPER}]{{3,}}(?:[-'’][{_UPPER}]{{2,}})*)(?![\w.'’-])")
_CAPITAL_WORD = re.compile(rf"(?<![\w.'’-])[{_UPPER}]{{3,}}(?:-[{_UPPER}]{{3,}})?(?![\w'’-])")
_RUNNING_WORD = re.compile(rf"(?<![\w-])[{_LOWER}]{{2,}}(?![\w-])")  # words in lower case: running text, no heading
# someone written down by a title and one initial, a note on them in brackets after it ("gesprek met mw. Y. (buurvrouw)")
_TITLE_INITIAL = re.compile(rf"(?<![\w.])(?:[Mm]w|[Mm]evr|[Dd]hr|[Hh]r|Mr|Mrs|Ms|[Mm]evrouw|[Mm]eneer|[Dd]e heer)\.?[ \t]+([{_UPPER}]\.)(?=[ \t]*\()")
_INITIALS_AGE = re.compile(rf"(?<![\w.])((?:[{_UPPER}]\.[ \t]?){{1,2}}[{_UPPER}]\.)(?=[ \t]?\((?:age[d]?[ \t]+)?\d{{1,2}}(?:[ \t]?(?:jaar|jr\.?|years?))?\))")
_COURT_CAPITALS = re.compile(rf"(?:(?<![\w.])R\.?[ \t]+v\.?|\b(?:(?:HIS|HER)[ \t]+HONOUR[ \t]+)?JUDGE|\b(?:MRS?|LORD|LADY)[ \t]+JUSTICE)"
                             rf"[ \t]+([{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+){{1,3}})(?![\w])")
_CAPITAL_PAIR = re.compile(rf"(?<![\w.])([{_UPPER}]{{2,}})[ \t]+([{_UPPER}][{_UPPER}'’-]+)(?![\w])")
_POSSESSIVE = re.compile(r"\w['’]s(?!\w)")
# or the next cell of a table's row ("| Marjolein Faber-Bos | wethouder Ruimte |")
# the apposition may wrap to the next line of running text ("Ms X, an\nindependent legally qualified chair")
# (a bracket the name stands in closes it: "(mevrouw Hendrikx, Molenakker 12) heeft de ombudsman ingeschakeld")
_APPOSITION = re.compile(r"(?:,|[ \t]*\|)[ \t]+(?:the|de|het|a|an|een)?[ \t]*((?:[^,.;:|\n)]|\n(?=[ \t]*[a-z])){0,60})")
# the office in brackets right after the name, as attendance lists and panels write it ("X (burgemeester)",
# "X (Judge)", "X (minister defensie) (VVD)")
# the last field label on a line before a name, and what stands between them ("Griffier: de heer ")
# a tag in brackets after a name, perhaps with a remark after a comma ("(VVD)", "(NT, afwezig op 19-12)")
_PARTY_TAG = re.compile(r"[ \t]*\n?[ \t]*\(([^(),\n]{1,50})(?:,[^()\n]{0,40})?\)")
# a local party's acronym ("LB", "GrLi", "NT"); "(Extern Support)" or "(afdelingshoofd)" says a post
# a local party's name in words ("Lokaal Belang", "Leefbaar Utrecht", "Gemeentebelangen")
_LOCAL_PARTY = re.compile(r"(?i)(?=[^()\n]*(?:lokaal|lokale|leefbaar|belang|stadspartij|dorpspartij|onafhankelijk|"
                          r"gemeentepartij|burgerpartij|inwonerspartij|lijst))[A-Z][\w-]+(?:[ \t][A-Z][\w-]+){0,2}")
# a council motion or amendment, and the list of its signers: members of the council, under their parties
_MOTION_DOC = re.compile(r"(?is)\A.{0,200}?(?<![\w-])(?:motie|amendement)(?![\w-]).{0,300}?(?<![\w-])(?:raad|gemeenteraad|"
                         r"provinciale staten|staten)(?![\w-])")
_MOTION_SIGNERS = re.compile(r"(?im)^[ \t]*(?:ondertekend door|ondertekenaars|indieners|ingediend door|getekend)[ \t]*:?[ \t]*$")
_PARTY_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&/-]{1,7}")
# a name with initials and a comma between a singular role and the name: the role is that holder's
# ("minister K. Visser (VVD), T. Greve (BZ)": Greve is no minister)
# a holder between the role and the name: "A. Surname," or, in an attendance list, "Femke Kolkman (Enschede),"
_HOLDER_BETWEEN = re.compile(rf"[{_UPPER}]\.[ \t]?(?:[a-z']+[ \t]+)*[{_UPPER}][\w'’-]+[^,]*,"
                             rf"|[{_UPPER}][\w'’-]+[ \t]+(?:[a-z']+[ \t]+)*[{_UPPER}][\w'’-]+[ \t]*\([^()\n]{{1,40}}\)[ \t]*,")
# the letters a member of a parliament puts after the name ("Rebecca Pow MP", "Seán Kelly MEP", "TD", "MSP")
_NAMED_HOLDER_BETWEEN = re.compile(rf"^[ \t]*([{_UPPER}][{_LOWER}]+)\s+(?:[a-z'’]+\s+){{0,3}}[{_UPPER}][\w'’-]+"
                                   r"(?:\s*\([^()\n]{1,40}\))?\s*,")
_MEMBER_LETTERS = re.compile(r"[ \t]+(MP|MEP|MSP|MLA|TD)(?![\w-])")
_LAST_LABEL = re.compile(r"(?<![\w-])([\w-]+)[ \t]*:(?!\d)([^:\n]*)$")
_BRACKET_ROLE = re.compile(r"[ \t]*\n?[ \t]*\((?:the|de|het)?[ \t]*([^()\n]{1,60})\)")
# an acting or interim holder is one too ("X (waarnemend burgemeester)", "Y, acting mayor")
_ROLE_QUALIFIER = re.compile(r"^(?:waarnemende?|wnd\.|plaatsvervangende?|plv\.|interim|acting|tijdelijke?)[ \t]+", re.I)
# "oud-collega X", "ex-buurman Y": a former relation introduces a person as well
_RELATION_PREFIX = re.compile(r"^(?:oud|ex|former)-")
# an appointment or nomination to an office right after the name ("J. Jansen voorgedragen als ambassadeur",
# "de heer X (CDA) benoemd tot burgemeester", "Y was appointed as ambassador")
_APPOINTED_AS = re.compile(r"(?:[ \t]*\([^()\n]{1,25}\))?,?[ \t]+(?:(?:is|wordt|werd|zal|was|has been|is being)[ \t]+)?"
                           r"(?:(?:gisteren|vandaag|per[ \t]+\d{1,2}[ \t]+\w+(?:[ \t]+\d{4})?)[ \t]+)?"
                           r"(?:voorgedragen|benoemd|herbenoemd|aangesteld|beëdigd|gekozen|geïnstalleerd|appointed|nominated|"
                           r"elected|sworn in)[ \t]+(?:als|tot|as)[ \t]+(?:(?:de|het|een|the|a|an)[ \t]+)?([^,.;()\n]{1,60})")

_ABBREVIATED_TITLE = re.compile(r"(?<![\w.])(?:(?:(?:Mr|Mrs|Ms|Dr|Prof|[dD]hr|[mM]evr|[mM]w|[dD]rs|dr|[iI]r|[iI]ng|prof|mr)\.|Mrs?|Ms|Miss|Dr)\s?)+$")
# Abbreviations whose full stop ends no sentence ("Mr. Smith", "St. Maarten", "Jr.")
# British police ranks before a name or number ("PC Daniel Oyelaran (PC 4471)"): no initials
POLICE_RANKS = {"PC", "PS", "DC", "DS", "DI", "DCI", "DSU", "WPC", "PCSO", "CI"}
_HONORIFICS = {"de", "heer", "mevrouw", "mevr", "mw", "dhr", "hr", "mr", "mrs", "ms", "miss", "dr", "drs", "ir", "ing",
               "prof", "sir", "dame", "herr", "herrn", "frau", "fam", "familie", "echtpaar"}
_NO_STOP = {"mr", "mrs", "ms", "dr", "drs", "ir", "ing", "prof", "dhr", "hr", "mevr", "mw", "st", "jr", "sr"}
# a company's form after a name: "Bouwbedrijf Van Wijk B.V.", "Morris James LLP" are firms, not people
# a company named after a person: the legal form right after the name, or after a word or two ("Pike HR Consulting Ltd")
COMPANY_AFTER = re.compile(r"\s*(?:&\s*(?:Zn|Zonen|Co|Partners)\b|(?:(?:[A-Z][\w&-]*|&)[ \t]+){0,3}(?:B\.V\.|N\.V\.|V\.O\.F\.|C\.V\.|BV|NV|VOF|Holding|Groep|"
                           r"Ltd|Inc|LLC|LLP|L\.L\.P\.|PLLC|P\.C\.|GmbH|Advocaten|Makelaardij|Architecten|"
                           r"Stichting|Foundation|Fonds|Instituut|Institute|"  # "William Schrikker Stichting"
                           # a building or an institution named after a person ("Charles George VA Medical Center")
                           r"Center|Centre|Hospital|Ziekenhuis|School|University|Universiteit|Museum|Library|Airport)"
                           r"(?!\w)"
                           # the same in lower case on the name's line, as Dutch writes it ("het Albert Schweitzer ziekenhuis")
                           r"|(?<=[ \t])(?:ziekenhuis|kliniek|lyceum|college|gymnasium|museum|instituut|stichting|fonds|fabriek)(?!\w)"
                           # and a plant named after its firm ("the Denka Performance Elastomer facility"), not a compound
                           # whose head follows ("John Smith plant manager")
                           r"|(?<=[ \t])(?:facility|plant|refinery|factory|mill|warehouse)(?![\w-])"
                           r"(?![ \t]+(?!(?:in|at|of|on|near|and|to|was|is|has|had|which|that|where)\b)[a-z]))")
# "O'Brien, Declan P" / "Visser, Anne": one surname (particles allowed), a first name, at most a middle initial;
# or initials and perhaps the name called by ("PIETERSEN, J. (Johan)", an address book's display name)
_SURNAME_COMMA_FIRST = re.compile(
    rf"^\s*(?:(?i:van|de|der|den|ter|ten|te|het|'t|in|op|la|le|du|da|di|del|von|zu|el|al)\s+)*(?P<last>{_CAP}(?:-(?:van|de|der|den|ter|ten)(?:\s+(?:de|der|den|het))?\s+{_CAP})?|[{_UPPER}]{{2,}}(?:[- ][{_UPPER}]{{2,}}){{0,2}}),\s*(?:(?P<first>{_CAP})"
    # an address book's titles before the initials and the particles after them ("Wit, mevr. drs. H.M. (Hanneke) de")
    rf"(?:\s+{_CAP})?(?:\s+[{_UPPER}]\.?)?|(?:(?i:mevr|mw|dhr|drs|dr|mr|ir|ing|prof)\.\s?)*"
    rf"(?P<initials>(?:[{_UPPER}]\.\s?){{1,4}})(?:\s*\((?P<called>{_CAP})\))?"
    rf"(?:\s+(?:van|de|der|den|ter|ten|te|het|'t|von|zu|du|la|le))*)\s*$")
_HEADER_WORDS = {"sent", "date", "subject", "datum", "verzonden", "onderwerp", "bijlage", "bijlagen", "attachment",
                 "attachments", "importance", "urgentie", "reply-to", "received", "ontvangen", "status", "ref"}
# Words that end like a Dutch noun for a department or a subject, not like a surname
_NOUN_END = re.compile("(?:" + "|".join(NOUN_ENDINGS) + ")$")  # "van de Bundespolizei": a force, not a surname
# The start of a line, perhaps after a chat time stamp ("[14-07-2021 21:02] ")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*"
                         rf"|(?i:{_STAMP_DATE}),?[ \t]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]*-[ \t]*)?$")
# A line's start, or a chat message's after its time stamp and speaker ("ma 3 nov 21:14 - Hoi Joris,", "[21:02] Eva: Hoi
# Joris,"), where a greeting opens
# (a reply quotes the mail before it with "> " at each line's start)
_MESSAGE_HEAD = (r"(?:^|\n)[ \t]*(?:>[ \t]*)*(?:(?:\[[^\]\n]{1,25}\]|(?i:" + _STAMP_DATE + r"),?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*-)"
                 r"[ \t]*(?:[^\n:]{1,40}:[ \t]*)?)?\s*")
# A chat export's time stamp at a line start: "[14-07-2021 21:02] ", "14-03-2023 09:14 - "
# (a phone's export may leave out the year and the dash: "03-09 21:40 Femke (ambtenaar RO): Morgen.")
_MESSAGE_STAMP = (rf"(?:^|\n)[ \t]*(?:\[[^\]\n]{{1,25}}\]|(?i:{_STAMP_DATE}|\d{{1,2}}[-/]\d{{1,2}}),?[ \t]+\d{{1,2}}:\d{{2}}"
                  r"(?::\d{2})?(?:[ \t]*-)?)")
_CHAT_PREFIX = re.compile(_MESSAGE_STAMP + r"[ \t]*$")
# the same with a word for the sender's work before the first name, as a phone saves a contact ("Teamleider Saskia: ...")
_CHAT_PREFIX_WORD = re.compile(_MESSAGE_STAMP + rf"[ \t]*[{_UPPER}][{_LOWER}]+[ \t]+$")
# A chat export that puts the speaker on a line of its own under a time ("[10:02] Jan-Willem Hoekstra"):
# the brackets hold a clock time, so "[Bijlage] Nota Woningbouw" is no speaker
_CHAT_HEADER = re.compile(r"[ \t]*\[[^\]\n]{0,14}\d{1,2}:\d{2}(?::\d{2})?[^\]\n]{0,10}\][ \t]*$")
# a meeting transcript's time code before the speaker ("0:00:19 Nkechi Okafor"); then only a known first name
# a speaker's colon, maybe after the emoji a contact's saved name carries ("Femke 🌻: ...")
# (a note on the sender in brackets may stand before the colon: "Femke (ambtenaar RO): ...")
_SPEAKER_COLON = re.compile(r"(?:[ \t]*\([^()\n:]{1,30}\))?(?:[ \t]?[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]+)*:")
# a chat message's or a transcript's line: a time stamp and a speaker, or a speaker and the time
_CHAT_LINE = re.compile(rf"(?m)^[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*[^\n:]{{1,40}}:|(?i:{_STAMP_DATE}),?[ \t]+\d{{1,2}}:\d{{2}}"
                        r"(?::\d{2})?[ \t]*-[ \t]*(?:[^\n:]{1,40}:|\S)|[^\n:()]{1,40}\(\d{1,2}[:.]\d{2}\):|\d{1,2}:\d{2}:\d{2}(?:\.\d+)?[ \t\n]|<v[ \t]"
                        # a speaker alone on the line under a clock time ("[08:47] Verschuren, Lotte (DGNVLG)")
                        r"|\[[^\]\n]{0,14}\d{1,2}:\d{2}(?::\d{2})?[^\]\n]{0,10}\][ \t]*[^\n:\[\]]{2,60}$"
                        # a speaker's name and the time on a line of their own, as Teams copies it ("Lotte Vinkenborg 10:02")
                        r"|(?:[A-Z][\w'’-]+,?[ \t]){2,4}(?:\([^()\n]{1,12}\)[ \t])?\d{1,2}:\d{2}[ \t]*$)")
# a transcript's speaker in capitals at a line's start ("OKAFOR: Ma'am, ...", "Q: Where were you?")
_TURN_SPEAKER = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’-]*(?:[ \t][A-Z][A-Z'’-]+)?):[ \t]+\S")


def _transcript(text: str) -> bool:
    """Speakers in capitals taking turns: three such lines, one speaker twice. A memo's or a cable's header
    ("TO:", "SUBJECT:", "TAGS:") names each label once."""
    speakers = Counter(m.group(1) for m in _TURN_SPEAKER.finditer(text))
    return speakers.total() >= 3 and max(speakers.values()) >= 2


# a holder right after a role in an apposition ("Hylkje Wiersma, wethouder Sybrand Buma"): the role is the holder's
_HOLDER_AFTER_ROLE = re.compile(rf"[ \t]+([{_UPPER}][{_LOWER}]+)[ \t]+(?:[a-z']+[ \t]+){{0,3}}[{_UPPER}]")
_HOLDER_NEXT_LINE = re.compile(rf"[ \t]*\n[ \t]*([{_UPPER}][{_LOWER}]+)[ \t]+(?:[a-z']+[ \t]+){{0,3}}[{_UPPER}]")
# a first name with the writer, as the subject ("Kees en ik rijden ook")
_WITH_ME = re.compile(rf"(?<![\w-])([{_UPPER}][{_LOWER}]+)[ \t]+(?:en ik|en wij|and I|and we)(?![\w-])")
_CLAUSE_START = re.compile(r"(?i)(?:zij|hij|ze|ik|wij|we|jij|je|u|jullie|she|he|they|i|you|it|het"
                           # or a verb: the name is the clause's subject ("His wife, Iryna, has written to her MP")
                           r"|has|had|have|is|was|were|will|would|heeft|hebben|zal|wordt|werd)(?!\w)")
# a word for where before it: a place ("ik rijd naar Breda", "we zitten in Ede"), whatever the lexicon lists
_PLACE_BEFORE = re.compile(r"(?i:(?<![\w-])(?:in|naar|uit|te|richting|vanuit|rond|nabij|to|from|near|at))[ \t]+\Z")
# what one sends or gives to a colleague ("Stuur je input naar Raj", "send your comments to Priyanka"): not a place
# "kun jij het overzicht naar Marleen sturen": the verb after the name
_SENT_AFTER = re.compile(r"[ \t]+(?:sturen|doorsturen|mailen|doormailen|appen|geven|doorgeven|sending|forwarding)(?![\w-])")
_SENT_TO = re.compile(r"(?i:(?<![\w-])(?:send|forward|give|pass|hand|email|e-mail|stuur|geef|mail|app)(?![\w-])"
                      r"[^.!?;:\n]{0,40}[ \t](?:to|naar|aan)[ \t]+)\Z")
# a word for a place before a run the first-name rule read as a name ("de haven van Cai Mep", "the city of Ho Chi
# Minh", "gemeente Anna Paulowna"): the place's name
_SETTLEMENT_BEFORE = re.compile(r"(?i:(?<![\w-])(?:haven|stad|dorp|gemeente|provincie|regio|eiland|hoofdstad|luchthaven|"
                                r"bestemmingsplan|omgevingsplan|wijk|buurt|dorpskern|"
                                # a public building by its place ("gemeentehuis Anna Paulowna", "stadhuis Den Helder")
                                r"gemeentehuis|stadhuis|raadhuis|stadskantoor|gemeentekantoor|station|"
                                r"deelstaat|port|city|town|village|province|region|island|harbour|harbor|airport)"
                                r"(?:[ \t]+(?:van|of))?)[ \t]+\Z")
# (anywhere in the phrase after the word: "namens het college van burgemeester en wethouders van Utrecht,")
_ON_BEHALF = re.compile(r"(?i:(?<![\w-])(?:namens|on behalf of|i\.o\.|in opdracht van|im auftrag)(?![\w-]))[ \t]+"
                        r"(?:[^\n,;.]{0,60}[ \t])?\Z")
# an administrative body named after its holders ("Burgemeester en wethouders van Woudenberg"): no list of them
_BODY_OF_HOLDERS = re.compile(r"(?i:burgemeester en wethouders|gedeputeerde staten|provinciale staten|gedeputeerden)\Z")
_PAIR_AFTER = re.compile(rf"[ \t]+(?:en|and|&)[ \t]+[{_UPPER}][{_LOWER}]+[ \t]*(?:[{_UPPER}][\w'’-]+[ \t]*)?$", re.MULTILINE)
_LEGAL_FORM = re.compile(r"(?<![\w.])(?:B\.V\.|N\.V\.|V\.O\.F\.|C\.V\.|BV|NV|VOF|GmbH|Ltd\.?|Limited|LLC|LLP|Inc\.|PLC|plc)(?![\w])")
# a table's header whose column after the names holds their roles ("Name      Role      Grade")
_ROLE_COLUMN = re.compile(r"(?im)^[^\n]*?\b(?:name|naam|full name)(?: {3,}|\t)[ \t]*"
                          r"(?:role|rol|functie|function|job title|position|post|title)\b")
# a table's header with a name column and, somewhere after it, a role column; its cells a tab or a gap apart
_TABLE_ROLE_HEADER = re.compile(r"(?im)^[^\n]*\b(?:name|naam|full name)(?:[ \t]*\t| {3,})[^\n]*\b(?:role|rol|functie|function|job title|position|post)\b[^\n]*$")
_CELL_GAP = re.compile(r"[ ]*\t[ \t]*| {3,}")
_NAME_LABELS = {"name", "naam", "full name"}
_ROLE_LABELS = {"role", "rol", "functie", "function", "job title", "position", "post"}
_CELL_AFTER = re.compile(r"(?: {3,}|\t)[ \t]*([^\t\n]{1,60}?)(?= {3,}|\t|\n|$)")  # the next cell of a table row
_ASIDE = re.compile(r"\([^()\n]{0,40}\)")
_TAG_AFTER = re.compile(r"[ \t]*\([^()\n]{1,30}\)")
# a line that lists people by a label ("Betrokken medewerkers: ...", "Aanwezig: ...", "Staff present: ...")
_PEOPLE_LABEL = re.compile(r"[ \t]*(?i:[\w -]{0,30}?\b(?:medewerkers?|deelnemers?|aanwezig|afwezig|betrokkenen|"
                           r"collega['’]?s|staff|attendees|present|participants|officers))[ \t]*:")
_POST_FOR = re.compile(r"(?i)\S[ \t]+(?:to|of|for|van|voor|aan|bij)[ \t]+(?:the|de|het)?[ \t]*$")
_OFFICE_NAME = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|of|for|en|van|voor|de|het|the)[ \t]+)?)+[A-Z][\w'’-]*")
# a label's line of address-book entries ("Required Attendees: Whitcombe, Oliver; Adebayo, Funmi; DfT Private Office")
_LABEL_LINE = re.compile(rf"(?m)^[ \t]*[{_UPPER}][\w -]{{0,30}}:[ \t]*(?P<value>[^\n]*,[^\n]*)$")  # also French "À :"
_ROW_DATE = re.compile(r"(?<![\w-])\d{1,2}-\d{1,2}-(?:19|20)\d{2}(?![\w-])")
# "politierechter\nParketnummer: ...", "...of Lancaster\nCopied to: ...": a label opens the next line
_LABEL_AFTER = re.compile(r"(?:[ \t]+[a-z]{1,8}){0,2}[ \t]*:(?!\d)")
_NUMBERED_LABEL = re.compile(r"[ \t]+\d{1,2}[ \t]*:")
# a meeting invitation's time zone: the cities after it are the zone's ("(UTC+01:00) Amsterdam, Berlijn, Bern, Rome")
_TIME_ZONE = re.compile(r"\((?:UTC|GMT)(?:[ \t]*[+\u2212-][ \t]*\d{1,2}(?::\d{2})?)?\)[^\n]*\Z")
# a line that opens with a field's label ("Organisator: ...", "Verplichte deelnemers: ..."): a list of fields
_FIELD_OPEN = re.compile(rf"[ \t]*[{_UPPER}][\w-]*(?:[ \t]+[\w-]+){{0,2}}[ \t]*:(?![\d/])")
# a chat export's speaker line under its time, in an address book's form ("[08:47] Verschuren, Lotte (DGNVLG)")
_CHAT_BOOK_LINE = re.compile(r"(?m)^[ \t]*\[[^\]\n]{0,14}\d{1,2}:\d{2}(?::\d{2})?[^\]\n]{0,10}\][ \t]*"
                             r"(?P<value>[^\n:,\[\]]{2,40},[^\n:,\[\]]{2,50})[ \t]*$")
# a meeting transcript's speaker on the line under the time code ("0:00:04\nVan Dijk, Marieke")
# a unit's code in brackets after an address book's entry ("(BZK)", "(OS/IOS)", "(DHS/OIG)")
_UNIT_TAG = re.compile(r"\((?:[A-Z]{2,}[A-Z&/.-]*)\)\s*(?:<[^<>]*>)?\s*$")
# a mail client's line over a quoted reply: the sender after the verb ("Op di 4 mrt 2025 om 16:02 schreef Jansen, P.
# (Pieter) <p.jansen@...>:", "Am 3. März 2025 um 10:12 schrieb ...") or before it, after the time ("On Mon, Mar 3,
# 2025 at 9:47 AM Fontenot, Loretta <...> wrote:"); only the surname-first entries need it, the rest read as any text
_QUOTE_HEADER = re.compile(r"(?m)^[ \t>]*(?:(?:Op|Am)[ \t][^\n<>]{5,60}?[ \t](?:schreef|schrieb)[ \t]+(?P<after>[^\n<>:]{2,70}?)"
                           r"|On[ \t][^\n<>]{5,60}?(?:\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?|\d{4})[ \t,]+(?P<before>[^\n<>:]{2,70}?))"
                           r"[ \t]*(?:<[^<>\n]+>)?[ \t]*(?:wrote)?[ \t]*:[ \t]*$")
# a chat copied from Teams: the speaker as the address book writes them, then the time, on a line of their own
# ("Bos, Marieke (DGSN) 10:02")
_ROLE_LINE_AFTER = re.compile(r"[ \t]*\n[ \t]*([^\n]{2,40}?)[ \t]*(?=\n|$)")
# words that say a text is about a council's or a parliament's work, where a party's members speak in public
_COUNCIL_TEXT = re.compile(r"(?i)fractie|raadslid|raadsleden|gemeenteraad|raadsvergadering|raadscommissie|"
                           r"commissievergadering|kamerlid|kamerleden|tweede kamer|provinciale staten|statenlid|statenleden")
_TEAMS_BOOK_LINE = re.compile(r"(?m)^[ \t]*(?P<value>[^\n:,\[\]()]{2,40},[^\n:,\[\]()]{2,40}(?:[ \t]*\([^()\n]{1,12}\))?)"
                              r"[ \t]+\d{1,2}:\d{2}[ \t]*$")
_TRANSCRIPT_BOOK_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}:\d{2}:\d{2}[ \t]*(?:\n[ \t]*)?(?P<value>[^\n:,\[\]]{2,40},[^\n:,\[\]]{2,50})[ \t]*$")
# a Surinamese Chinese surname's parts ("Tjon A Fong", "Lie A Kwie"), written apart: the "A" joins them
_A_SURNAME_PART = re.compile(rf"[ \t]A[ \t]([{_UPPER}][{_LOWER}]{{1,5}})(?![\w-])")
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,6}[ \t]+\Z")
# a field value that names a diplomatic post or a department with its city, as telegrams and coded messages address
# them ("Post Ankara", "British Embassy Cairo", "Ambassade Berlijn", "FCDO London", "DGPZ")
_POST_VALUE = re.compile(r"[ \t]*(?:(?:Post|Ambassade|Consulaat(?:-generaal)?|PV|Permanente Vertegenwoordiging|Embassy|"
                         r"Consulate(?: General)?|High Commission|Mission)[ \t]+[A-Z][\w-]+"
                         r"|(?:[A-Z][a-z]+[ \t]+|U\.S\.[ \t]+|US[ \t]+|UK[ \t]+)?(?:Embassy|Consulate|High Commission)(?:[ \t]+(?:in|to)[ \t]+)?[ \t]+[A-Z][\w-]+"
                         r"|[A-Z]{3,6}[ \t]+[A-Z][a-z]+)[ \t]*(?:[,;]|$)")
_ADDRESS_LABELS = frozenset({"van", "aan", "from", "to", "cc", "bcc", "kopie", "kopie aan", "copy to", "via"})
_MAIL_HEADER = re.compile(r"(?mi)^[ \t]*(?:van|from|aan|to)[ \t]*:[ \t]*\S")
# a Dutch or English verb right after a first name at a sentence's start ("Wendy heeft zich ziek gemeld")
_VERB_AFTER = re.compile(r"[ \t]+(?:heeft|had|is|was|neemt|nam|zit|zat|komt|kwam|gaat|ging|belt|belde|stuurt|stuurde|meldt|meldde|"
                         r"vraagt|vroeg|zegt|zei|wil|wilde|kan|kon|moet|moest|zal|zou|doet|deed|werkt|werkte|"
                         r"wacht|wachtte|weet|wist|vindt|vond|denkt|dacht|mailt|mailde|appt|appte|regelt|regelde|"
                         r"has|had|is|was|will|would|can|could|said|says|asked|asks|called|calls|sent|sends|took|takes)\b")
_MESSAGE_START = re.compile(r"(?:^|[.!?:>][ \t]*|\n[ \t]*)$")  # a sentence's or message's first word may be any word
_SPEAKER_TIME_AFTER = re.compile(r"[ \t]*\((?:[^()\n]{0,20}[ \t,])?\d{1,2}[:.]\d{2}(?::\d{2})?\)[ \t]*:")  # "Bas (16:02):"
_TRANSCRIPT_TIME = re.compile(r"[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]+$")
_TRANSCRIPT_SECONDS = re.compile(r"[ \t]*\d{1,2}:\d{2}:\d{2}[ \t]+$")  # h:mm:ss: a recording, not an agenda's 14:00
# a first name spoken to at a sentence start ("Siebren, jij neemt ...", "Tom, could you ...")
_VOCATIVE_AFTER = re.compile(r",[ \t]+(?:jij|je|u|kun|kunt|wil|wilt|zou|heb|heeft|ga|you|can|could|would|will|please)\b", re.IGNORECASE)
_COLUMN_GAP_START = re.compile(r"(?: {3,}|\t)")
# A table's header line with a "Naam" column (or a "Paraaf" column, for the initials of who signed
# off), at the line start or after a column gap: the cells under it name people
_WHO_WORDS = r"wie|who|actiehouder|trekker|action owner"  # an action list's column of holders
_COLUMN_WORDS = (r"(?:naam|name|deelnemer|attendee|participant|requester|applicant|verzoeker|aanvrager|melder|klager"
                 r"|contactpersoon|contact person|paraaf|parafen|initialen"
                 # a name in two columns ("Achternaam   Voornaam"): each cell holds a part of one
                 r"|achternaam|geslachtsnaam|voornaam|voornamen|roepnaam|surname|last name|family name|first name"
                 r"|given name|forename"
                 # who holds an action in minutes' action list ("Nr  Actie   Wie   Wanneer")
                 rf"|{_WHO_WORDS}"
                 # the people a register lists by their relation to the body ("Werknemer\tBSN\tGeboortedatum")
                 r"|werknemer|employee|medewerker|bewoner|huurder|tenant"
                 # a Polish agency's list in a Dutch file ("Nazwisko i imię": surname and first name)
                 r"|nazwisko i imię|imię i nazwisko|nazwisko|imię)s?")
# whose name the column holds may follow ("Naam kind", "Naam bewoner"), but not a thing's ("Naam organisatie")
_COLUMN_WHOSE = (r"(?:[ ](?!organisati|bedrijf|instelling|school|project|document|bestand|regeling|dienst|afdeling|team|"
                 r"object|locatie|product|vereniging|stichting|onderneming)[a-zà-ÿ]{3,20})?")
# a label padded out to its colon ("Achternaam     : El Idrissi", as police and court forms align them) is a field,
# not a column's header
_TABLE_HEADER = re.compile(rf"(?im)^(?:[^\n]*?(?:[ \t]{{2}}|\t))?{_COLUMN_WORDS}{_COLUMN_WHOSE}(?:(?:[ \t]{{2,}}|\t)[^\s:]|[ \t]*$)[^\n]*(?:\n|$)")
_TABLE_COLUMN = re.compile(rf"(?i)(?:^|(?<=[ \t]{{2}})|(?<=\t))({_COLUMN_WORDS}{_COLUMN_WHOSE})(?=(?:[ \t]{{2,}}|\t)(?![ \t]*:)|[ \t]*$)")
# A paraaf: two to eight letters with at least two capitals ("GvN", "LO", "W.J.S."), not "OK" or "Akkoord"
_PARAAF = re.compile(rf"(?=(?:[^{_UPPER}]*[{_UPPER}]){{2}})[{_UPPER}{_LOWER}.]{{2,8}}")
# with bars at the row's ends or only between the cells ("Nr | Aanvrager | Bedrag", as a report's table is copied)
_PIPE_HEADER = re.compile(rf"(?im)^(?=[^\n]*\|)(?:[ \t]*\||[^\n]*?\|)?[ \t]*(?:[\w-]+[ \t]+)?{_COLUMN_WORDS}(?:[ \t]+[\w-]+)?"
                          r"[ \t]*(?:\|[^\n]*)?$")
_PIPE_COLUMN = re.compile(rf"(?i)(?:[\w-]+[ \t]+)?{_COLUMN_WORDS}(?:[ \t]+[\w-]+)?")
_FULL_NAME_SHAPE = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:[ \t]+(?:van|de|der|den|ter|ten|el|al|'t)){{0,3}}[ \t]+[{_UPPER}][\w'’-]+")
_WHO_COLUMN = re.compile(rf"(?i){_WHO_WORDS}")
_PIPE_RULE = re.compile(r"[|: \t-]+")  # the "|----|:---|" line under a header
# one item of a list of initials: "JdV", "MvdB", "PK", perhaps with a bracketed role ("JdV (vz)")
# (a later part of the line may have a label of its own: "Aanwezig: RV (vz), ES; verslag: TB")
_INITIALS_ITEM = re.compile(rf"(?:^|,|;(?:[ \t]*[a-z][a-z -]{{1,20}}:)?)[ \t]*([{_UPPER}](?:[{_LOWER}]{{0,3}}[{_UPPER}]){{1,2}})(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]*(?=[,;]|$)")
# one item of a list that is someone's initials with a particle's small letters ("HvdW (RES-bureau)"), or the
# minute-taker's initials after a label of their own ("notulen: SK")
_MIXED_INITIALS = re.compile(rf"\s*([{_UPPER}](?:[{_LOWER}]{{1,3}}[{_UPPER}]){{1,2}})(?:\s*\([^()\n]{{1,30}}\))?\s*")
# (the labels come from the rule pack: PeopleRules.minute_taker_labels)
_NOTES_INITIALS_VALUE = (rf"[ \t]*:[ \t]*((?-i:[{_UPPER}]{{2,3}}|[{_UPPER}](?:[{_LOWER}]{{1,3}}[{_UPPER}]){{1,2}}))"
                         r"(?=[ \t]*(?:[,;)]|$))")
# a police officer by rank, collar number and surname ("Attending officer: PC 2291 Hughes", "(DS 4410 Ryan)")
_RANK_NUMBER_NAME = re.compile(rf"(?<![\w-])(?:PC|PS|DC|DS|DI|DCI|Sgt\.?|Insp\.?)[ \t]?\d{{3,5}}[ \t]+"
                               rf"([{_UPPER}][{_LOWER}'’-]+(?:[ \t][{_UPPER}][{_LOWER}'’-]+)?)(?=[ \t]*(?:[,.;:)]|\n|$)|[ \t]+[a-z])")  # "... took my statement"
# the value of a field that names an organisation ("Werkgever: Albert Heijn Zaandam"), not a person
_ORGANISATION_FIELD = re.compile(r"(?im)^[ \t]*(?:werkgever|employer|bedrijf|bedrijfsnaam|company|organisatie|organisation|"
                                 r"organization|school|instelling|leverancier|supplier|opdrachtgever)[ \t]*:[ \t]*\Z")
# where someone works, said before the employer's name ("werk ik 24 uur per week bij Albert Heijn Dordrecht")
_EMPLOYER_BEFORE = re.compile(r"(?i:(?<![\w-])(?:werk|werkt|werkte|werken|werkzaam|in dienst|stage|works?|worked|employed)"
                              r"(?:[ \t]+[\w-]+){0,5}?[ \t]+(?:bij|at|by))[ \t]+\Z")
# two capitalised words joined by "en"/"and" ("Daan en Sem"): two people when the lexicon lists both as first names
# (and as Polish, German, French and Spanish join them: "Daria i Mateusz Nowakowski", "Jonas und Lea")
_FIRST_PAIR = re.compile(rf"(?<![\w@.-])([{_UPPER}][{_LOWER}]+)[ \t]+(?:en|and|i|und|et|y)[ \t]+([{_UPPER}][{_LOWER}]+)(?![\w-])"
                         rf"(?:[ \t]+([{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)(?![\w-]))?")  # their surname after them
# a minister's counterpart of another state ("mijn Britse collega Lammy", "zijn Duitse ambtgenote")
_COUNTERPART_BEFORE = re.compile(r"(?<![\w-])(?-i:[A-Z][a-zë]+e)[ \t]+(?i:collega|collega-minister|ambtgenote?)[ \t]+\Z")
# OCR's zero for an o inside a word ("Mevr0uw"), or for the initial O after a title ("de heer 0. Kaya")
_OCR_ZERO = re.compile(rf"(?<=[{_UPPER}{_LOWER}])0(?=[{_UPPER}{_LOWER}])"
                       rf"|(?P<title>(?<![\w.])(?:heer|mevrouw|dhr\.|mevr\.|mw\.|Mrs|Ms|Mr|Dr\.?)[ \t])0(?=\.[ \t]?[{_UPPER}][{_LOWER}])")
# a family by its surname, as English writes it ("the Friesen-Martens family", "The Okafors' family" is not one)
_THE_FAMILY = re.compile(rf"(?<![\w-])[Tt]he[ \t]+([{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)?)[ \t]+family(?![\w-])")
# a preposition or a conjunction before a role, an article perhaps between: the role is part of a sentence
_SENTENCE_WORD_BEFORE = re.compile(r"(?i)(?<![\w-])(?:met|door|van|aan|bij|voor|naar|en|dat|by|with|to|from|for|and|of)"
                                   r"[ \t]+(?:(?:de|het|the)[ \t]+)?\Z")
_APPOSITION_BEFORE = re.compile(r"[a-z]{3,},[ \t]+\Z")  # "your union representative, " before a name
_SPACED_HYPHEN_PART = re.compile(rf"[ \t]-([{_UPPER}][{_LOWER}]+)(?![\w-])")
# a ruling's closing sentence names its bench ("Deze uitspraak is gedaan door mr. A, voorzitter, en mr. B en mr. C als
# leden, in tegenwoordigheid van D als griffier", "Aldus vastgesteld door mr. X, staatsraad"): judges and clerk, in office
_BENCH = re.compile(r"(?i:(?:uitspraak|beslissing|beschikking|vonnis|arrest)[ \t]+is[ \t]+(?:gedaan|gegeven|gewezen|vastgesteld)"
                    r"|(?<![\w-])aldus[ \t]+(?:gedaan|gegeven|gewezen|vastgesteld)(?:[ \t]+en[ \t]+uitgesproken)?)[ \t]+door[ \t]")
# a sentence's end inside it: a full stop not after an initial or a title ("mr. A.J. Schaap" goes on)
# nor of an initial of two or three letters ("mr. J.Th. Drop, voorzitter")
_BENCH_END = re.compile(r"(?<![A-Z])(?<![\s.(](?:mr|dr|ir))(?<![\s.(](?:drs|ing))(?<!prof)"
                        r"(?<![\s.](?:Th|Ph|Ch|Fr|Sj|Tj|Wm))(?<![\s.](?:Chr|Joh|Jac))\.\s+[A-Z][a-z]|\n[ \t]*\n")
# a business or a venue's name ("Grand Café De Kroon", "V.O.F. De Kroon", "Bakkerij De Korenschoof"), not a person's:
# its words come from the rule pack (PeopleRules.venues); see _word_rules
# a motion or an amendment named after its mover ("de motie-Van der Plas", "het amendement-Omtzigt c.s.")
_MOTION = r"(?i:motie|moties|amendement|amendementen|initiatiefwet|initiatiefnota|initiatiefwetsvoorstel)-"
_MOTION_BEFORE = re.compile(_MOTION + r"\Z")
_MOTION_NAME = re.compile(_MOTION +
                          r"((?:(?:van|de|der|den|ter|ten|Van|De|Ter|Ten)[ \t]+)*[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*)")
# a street whose street word comes first ("Kaya Korona 17", "Kaya Internashonal z/n"): no person, though "Kaya" is a name
_STREET_WORD_FIRST = re.compile(r"(?:Kaya|Kaminda|Plasa|Calle|Avenida|Rua)[ \t](?:(?:di|de|del|da|do)[ \t])?[A-Z][\w'’.-]*"
                                r"(?:[ \t][A-Z][\w'’.-]*){0,2}[ \t](?:\d{1,5}|z/n|s/n)(?![\w/])")
# "een gezin Syrische vluchtelingen": an adjective after a word for a family is no surname
_FAMILY_BEFORE = re.compile(r"(?i:gezin|familie|fam\.)[ \t]+\Z")
_ADJECTIVE_END = re.compile(r"(?:isch|sch|s)e$")
# what says the paragraph is about a board with a chief executive (the posts come from PeopleRules.board_posts)
_BOARD_WORD = re.compile(r"(?i:\bboard\b)")
_BOARD_PEERS = re.compile(r"(?i:\bchief executive\b|\bboard members\b|\bmembers of the board\b)")
_ALL_BOARD_MEMBERS = re.compile(r"[^.;]{0,160}?,\s+all\s+(?:board members|members of the board)\b")
_ORG_TAIL = re.compile(r"(?<![\w-])(?:Service|Services|Office|Agency|Department|Bureau|Division|Directorate|Ministry|"
                      r"Administration|Authority|Commission|Inspectorate|Dienst|Directie|Afdeling|Inspectie)[ \t]*\Z")
_OFFICE_SIGNATURE = re.compile(rf"(?m)^[ \t]*(?:[Dd]e|[Hh]et|[Tt]he)[ \t]+(?P<office>[^\n,]{{3,60}}(?:,[^\n,]{{3,40}})?),[ \t]*\n"
                               rf"(?:[ \t]*\n){{0,2}}[ \t]*(?P<name>[{_UPPER}][{_LOWER}]+(?:[- ][{_UPPER}][{_LOWER}]+){{1,3}})[ \t]*$")
_OFFICE_COLUMNS = re.compile(r"(?m)^[ \t]*(?:[Dd]e|[Hh]et|[Tt]he)[ \t]+[^\n,]{3,60},(?: {3,}|\t)[ \t]*(?:[Dd]e|[Hh]et|[Tt]he)"
                             r"[ \t]+[^\n,]{3,60},[ \t]*\n(?:[ \t]*\n){0,2}(?P<names>[^\n]+)")
_CELL_NAME = re.compile(rf"(?:w\.g\.[ \t]*)?([{_UPPER}][{_LOWER}]+(?:[- ][{_UPPER}][{_LOWER}]+){{1,3}})")
_WORD_AFTER = re.compile(r"[ \t]+([\w'’]+)")
_BRACKETED_ENTRY = re.compile(rf"\((?-i:([{_UPPER}][{_LOWER}'’]+(?:[- ][{_UPPER}][{_LOWER}'’]+)?),[ \t]([{_UPPER}][{_LOWER}]+))\)")
_BRACKETED_FIRST = re.compile(rf"(?<=[{_LOWER}])[ \t]+\(([{_UPPER}][{_LOWER}]+)\)")
_NAME_BEFORE_HANDLE = re.compile(rf"(?<![\w-])([{_UPPER}][{_LOWER}]+)[ \t]+\(@[A-Za-z0-9_.]{{2,30}}\)")
_LEGAL_FORMS = {"V.O.F", "B.V", "N.V", "C.V", "U.A", "B.A",  # "V.O.F. De Kroon": a firm's form, not initials
                # a cooperative's forms stand after its name only ("Coöperatie Zuivel B.A."): before a surname, after
                # a title or a verb, they are initials ("door ing. B.A. Lemmens")
                "U.S", "U.K", "E.U", "U.N", "V.S"}  # nor is a state's ("U.S. Marshals Service")
_FORMS_AFTER_NAME = {"U.A", "B.A"}
_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w.'’-]*[ \t]+\Z")
# a royal style before the title ("Z.M. Koning Willem-Alexander": Zijne Majesteit), not the initials "H.M. Beenakker"
_ROYAL_STYLE = re.compile(r"(?:Z\.\s?M|H\.\s?M|Z\.\s?K\.\s?H|H\.\s?K\.\s?H)\.\s+(?:Koning|Koningin|Prins|Prinses|King|Queen)\b")
_PARENTS = ("ouders", "grootouders", "pleegouders", "parents", "grandparents", "foster parents")  # "de ouders van Noah"
_FILE_EXTENSION = re.compile(r"(?<=\w)\.(?i:pdf|docx?|xlsx?|msg|eml|txt|pptx?|odt|rtf|jpe?g|png|zip)$")
_MONTH_SHORT = re.compile("(?:" + "|".join(sorted((m.title() for m in (*months.SHORT, "may", "mei")), key=len, reverse=True))
                          + r")\.?")  # "Mar", "Mei": a month in a date, no first name
_DAY_AFTER = re.compile(r"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?!\w)")
_DAY_BEFORE = re.compile(r"(?<!\w)\d{1,2}[ \t]+\Z")
_NO_PARAAF = {"ok", "oke", "akkoord", "gezien", "nvt", "n.v.t.", "ja", "nee", "na", "n.a.", "tbd"}
_CELL = re.compile(r"[^\t\n]*?(?=[ \t]{2,}|\t|$)", re.M)
# The line above a signature naming the office it signs for: "De Minister van Buitenlandse Zaken,"
_SIGNATURE_ROLE = re.compile(r"^\s*(?:[Dd]e|[Hh]et|[Tt]he)?\s*([^\n:]{3,80}),\s*$")
# before a signer's name on its line: nothing, "w.g." (was getekend), or an earlier column of signatures
_SIGNED_PREFIX = re.compile(r"(?:[^\n]*\S(?: {3,}|\t))?([ \t]*)(?:(?:w\.g\.|get\.)[ \t]*)?")
_SIGNATURE_CELL = re.compile(r"\S(?:[^\n]*?\S)?(?=\s{3,}|\t|$)")
_QUOTED = re.compile(r"""\s*['"‘“]([^'"‘’“”]+)['"’”]""")
# A surname in capitals ("Jovana PETROVIĆ", "WANG, Li"): a name part only in a name field, after a first name
_BARE_INITIALS = re.compile(rf"[{_UPPER}]{{2,3}}$")
_POSTCODE_DIGITS = re.compile(r"[1-9]\d{3}")
# a surname in capitals, a comma, the first names ("RAMIREZ-OCHOA, Luis Alberto", "OLIVEIRA SANTOS, Maria"), as
# police and court files write a person in running text
_UPPER_PART = rf"[{_UPPER}]{{2,}}(?:[-'’][{_UPPER}]{{2,}})*"
_UPPER_SURNAME_FIRST = re.compile(rf"(?<![\w/-])(?P<last>(?:{_UPPER_PART}[ \t]){{0,2}}{_UPPER_PART}),[ \t]*"
                                  rf"(?P<first>{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
                                  # all in capitals, as an address book or a police report may write it ("HARGROVE,
                                  # DENISE M", "BEAUDRY, LORRAINE M.")
                                  # where the entry ends ("(CRT)", "<...>", the line's end): not "ROBINSON, RUTH BADER
                                  # GINSBURG and SENTELLE, Circuit Judges"
                                  rf"|{_UPPER_PART}(?:[ \t]+{_UPPER_PART})?(?:[ \t]+[{_UPPER}]\.?(?![\w-]))?"
                                  rf"(?=[ \t]*(?:[(<;]|$)))", re.MULTILINE)
# a surname in capitals, then the first name, as Belgian police files write it ("VERCRUYSSE Lieselot, geboren ...")
_UPPER_SURNAME_SPACE = re.compile(rf"(?<![\w/.-])(?P<last>{_UPPER_PART}(?:[ \t]{_UPPER_PART})?)[ \t]+(?P<first>{_CAP})"
                                  rf"(?=[ \t]*(?:[,(]|$))", re.MULTILINE)
# a speaker in capitals in council minutes, with the party ("MEVROUW ZIJLSTRA (PvdA): ...")
# or under a title in ordinary case ("Mevrouw PLUIJMAEKERS-SMEETS (inspreker):", "De heer VROEMEN:"), or a role word
# ("Wethouder GORISSEN:"), as a verbatim record writes it
_CAPS_SPEAKER = re.compile(rf"(?m)^[ \t]*(?:(?P<title>DE HEER|MEVROUW|MR|MRS|MS)|(?P<word>De heer|Mevrouw|Mw\.|Mevr\.|Dhr\.|Mr\.?|Mrs\.?|Ms\.?"
                           # a role word in capitals too ("WETHOUDER GRUTTERS:"); a word that is no role is skipped
                           rf"|[{_UPPER}][{_LOWER}]{{3,}}|[{_UPPER}]{{4,}}))[ \t]+(?P<name>{_UPPER_PART}(?:[ \t]{_UPPER_PART}){{0,2}})"
                           r"(?=[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:)")
_SPEAKER_TITLES = {"De heer", "Mevrouw", "Mw.", "Mevr.", "Dhr.", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms"}
# a title and initials that a scan's text glued to the name ("mr.J.de Vries", "dhr.P.Jansen", "Dhr.Jansen meldt")
_GLUED_TITLE_NAME = re.compile(
    rf"(?<![\w.])(?=[mdipMDIP])(?:(?i:mr|dhr|mw|mevr|drs|dr|ir|ing|prof)\.)+(?P<name>(?:[{_UPPER}]\.){{0,4}}"
    rf"(?:(?:van|de|der|den|ter|ten|te|in|'t|El|Al|el|al)[ \t])*[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)"
    rf"(?=[^\w.]|$)")
# a first name, a middle initial and a surname ("Jennifer L. Kowalski"): a person, not a headline's Title Case
_MIDDLE_INITIAL = re.compile(rf"[{_UPPER}][{_LOWER}]+[ \t][{_UPPER}]\.[ \t]?[{_UPPER}][{_LOWER}]")
# Initials in brackets after a word for a person, as a report hides who said what ("Witness W1 (T.R.)",
# "de melder (K.B.)"); a bracket after any word could be an abbreviation ("(N.B.)")
_PERSON_INITIALS = re.compile(
    r"(?i:(?<![\w-])(?:witness|getuige|operative|employee|medewerker|werknemer|leerling|pupil|student|cliënt|client"
    r"|patiënt|patient|melder|bewoner|resident|person|persoon|betrokkene|verdachte|suspect|slachtoffer|victim"
    r"|complainant|klager|informant|bron|source)s?)(?:[ \t]+[A-Z]?\d{1,3}|[ \t]+[A-Z](?![\w.]))?"
    rf"[ \t]*\((?P<v>(?:Mc[{_UPPER}]\.|[{_UPPER}]\.|[{_UPPER}][{_LOWER}]\.){{1,4}})\)")
# "Wmo-consulent", "Zorg-medewerker": a capitalised word whose last part is a lower-case noun, unlike
# "Wiersma-de" in "Wiersma-de Boer"
# (not a Korean given name's two short syllables: "Min-jun", "Seo-yeon")
_LOWER_TAIL = re.compile(rf"(?<!^[{_UPPER}][{_LOWER}])(?<!^[{_UPPER}][{_LOWER}]{{2}})(?<!^[{_UPPER}][{_LOWER}]{{3}})"
                         rf"-(?!(?:de|den|der|van|la|le|du|da|di|el|al)$)[{_LOWER}]{{3,}}$|-[{_LOWER}]{{5,}}$")
_UPPER_WORD = re.compile(rf"^[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})*$")
# One person in a field value: up to ';' or ',', but "De Vries, P." is one person.
_FIELD_PART = re.compile(rf"[^;,]+(?:,\s*(?:[{_UPPER}]\.\s?){{1,4}}(?=\s*(?:[;,]|$)))?")


@dataclass
class _Tok:
    text: str
    start: int
    end: int
    kind: str  # cap | init | particle | word | nl | punct


@dataclass
class Name:
    """A name found in text, before the official check."""

    start: int
    end: int
    score: float
    rule: str
    reason: str  # a key of redactor.detect.reasons
    args: dict[str, object] = field(default_factory=dict)


class PersonDetector(EntityRecognizer):
    """Finds names of people; marks those of public officials as kept."""

    def __init__(self, pack: RulePack, lexicon: Lexicon, language: str = "nl") -> None:
        self.pack, self.lexicon = pack, lexicon.for_language(language)
        self._chat = False  # set per text by find_names
        self._role_column = False  # set per text by find_names: a table with a role column after the names
        self._bench: list[tuple[int, int]] = []  # set per text by find_names: the bench a ruling names
        people = pack.people
        self._words = _word_rules(people)
        self._particles = {p.lower() for p in people.particles}
        # a title and its name may wrap a line ("de heer\nKramer"), but a blank line parts them
        self._titles = _phrase_regex(people.titles, tail=r"(?:[ \t]+|[ \t]*\n[ \t]*)\Z")
        self._title_words = set(people.titles)
        self._sentence_end = _sentence_end(people.titles)
        self._leading_titles = re.compile(r"\s*(?:(?:" + "|".join(
            sorted((re.escape(t) for t in people.titles), key=len, reverse=True)) + r")\s+)+")
        self._leading_titles_any_case = re.compile(self._leading_titles.pattern, re.IGNORECASE)
        self._salutations = _phrase_regex(people.salutations, head=_MESSAGE_HEAD, tail=r"\s+$")
        self._intro = re.compile(r"(?:" + "|".join(sorted(map(re.escape, people.salutations), key=len, reverse=True)) + r")"
                                 rf"[^\n,.]{{0,40}},[ \t]+(?:hier|met|this is|it[’']s)[ \t]+([{_UPPER}][{_LOWER}]+)"
                                 r"(?=[ \t]*(?:[,.!]|$|\n)|[ \t]+(?:van|uit|from|of)[ \t])") if people.salutations else None
        self._title_before_cap = _phrase_regex(tuple(t for t in people.titles if t[:1].isupper()), head=r"(?<![\w.])",
                                               tail=rf"[ \t]+[{_UPPER}]")
        # "Beste Marit en Rob,": the second name of a greeting to two
        self._salutation_pair = _phrase_regex(people.salutations, head=_MESSAGE_HEAD,
                                              tail=rf"\s+[{_UPPER}][\w'’-]+[ \t]+(?:en|and|&)[ \t]+$")
        self._suffixes = tuple(people.surname_suffixes)
        # minutes write degrees in lower case too ("drs. X mpa (PvdA)"); not the short ones ("ma", "ra" are words)
        degrees = set(people.post_nominals) | {p.lower() for p in people.post_nominals if len(p) >= 3 and p.isalpha()}
        self._dotted_post_nominals = {p for p in people.post_nominals if p.endswith(".")}
        self._post_nominals = re.compile(r"(?:,?[ \t]+(?:" + "|".join(sorted(map(re.escape, degrees), key=len, reverse=True))
                                         + r")(?!\w))+") if people.post_nominals else None
        self._name_part_labels = {lbl.lower() for fr in people.fields if fr.name_part for lbl in fr.labels}
        # field labels and mail headers ("Sent:") are no chat speakers, even where a lexicon lists them
        self._labels = {lbl.lower() for fr in people.fields for lbl in fr.labels} | _HEADER_WORDS
        self._closing = re.compile(r"(?:^|\n)[ \t]*(?:" + "|".join(sorted(map(re.escape, people.closings), key=len, reverse=True))
                                   # a body on whose behalf one signs may stand between ("namens het Bestuurscollege,")
                                   + r")[ \t]*[,.!]?[ \t]*\n(?:[ \t]*(?:namens|on behalf of)\b[^\n]{0,60}\n)?[ \t]*$", re.I) \
            if people.closings else None
        self._relations = {r.lower() for r in people.relations}
        # a closing word and a first name that end a chat message on one line ("..., groet Dmytro")
        self._closing_inline = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, people.closings), key=len, reverse=True))
                                          # "dank je Ilse", "bedankt jij ook, Ilse": a thanks to the one named
                                          + r")(?:[ \t]+(?:je|jij|u|je wel|jullie|you|ook|also))*[ \t]*,?[ \t]+$",
                                          re.IGNORECASE) if people.closings else None
        # a line that opens with a closing ("Groetjes, Kees en Ria Hulshof"): a signature, no headline
        self._closing_line = re.compile(r"[ \t]*(?:" + "|".join(sorted(map(re.escape, people.closings), key=len, reverse=True))
                                        + r")[ \t]*[,!.]", re.IGNORECASE) if people.closings else None
        # (a log's entry may wrap there, its next line indented: "a man called\n          Kyle")
        # (and a page may wrap inside it: "a\nman called")
        self._introduction = re.compile(r"(?<![\w-])(?:" + "|".join(map(_spaced, people.introductions))
                                        + r"),?(?:[ \t]+|[ \t]*\n[ \t]*)$", re.I) if people.introductions else None
        # an adjective may stand before the relation ("haar oudere zus", "the eldest son")
        adjective = rf"(?:(?:{_alternation(people.relation_adjectives)})\s+)?" if people.relation_adjectives else ""
        # a possessive 's counts as one ("Mr B's daughter, Isla", "REYES's wife, MARISOL")
        self._relation = re.compile(r"(?:(?<![\w-])(?:" + "|".join(map(re.escape, people.possessives))
                                    + r")|(?<=\w)['’]s)\s+" + adjective + r"(?:oud-|ex-)?(?:"
                                    + "|".join(map(re.escape, people.relations)) + r"),?\s+$", re.I) \
            if people.possessives and people.relations else None
        # "met de zoon, Dylan,", "met de vader Ahmad": a relative by article, as Flemish and reports write it; only a
        # listed first name follows it ("de man Jansen" may be anyone's)
        # and a bare one at a sentence's or a list item's start ("Aanwezig: cliënt, dochter Marloes", "Dochter Marloes doet")
        self._relation_article = re.compile(r"(?:(?<![\w-])(?:de|het|the)\s+" + adjective
                                            # or after "en" in a pair ("haar dochter Esther en schoonzoon Bennie")
                                            + r"|(?<![\s\S])|(?<=\n)|(?<=[,;:(.!?][ \t])|(?<=[ \t]en[ \t])|(?<=[ \t]and[ \t]))(?:"
                                            + "|".join(map(re.escape, people.relations))
                                            + r"),?\s+$", re.IGNORECASE) if people.relations else None
        # "moeder van Mila", "de vader van Sem": the relative of the one named
        self._relation_of = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, [*people.relations, *_PARENTS]))
                                       + r")\s+(?:van|of)\s+$", re.I) \
            if people.relations else None
        relations = "|".join(sorted(map(re.escape, people.relations), key=len, reverse=True))
        # whose relative someone is ("Seun's older sister"); a relative's name in brackets ("mum (Chiamaka Adebayo)")
        self._possessor = re.compile(rf"(?<![\w-])([{_UPPER}][{_LOWER}]+)['’]s[ \t]+(?i:{adjective}(?:{relations}))(?![\w-])")
        self._relative_bracket = re.compile(rf"(?<![\w-])(?i:{relations})[ \t]+\(([{_UPPER}][{_LOWER}'’-]+"
                                            rf"(?:[ \t]+[{_UPPER}][{_LOWER}'’-]+){{0,2}})\)")
        nouns = r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, people.person_nouns), key=len, reverse=True)) + ")"
        # a cable's note on the source may stand between ("a lawyer (please protect), X")
        self._person_noun = re.compile(nouns + r"(?:[ \t]+\([^()\n]{1,30}\))?,?[ \t]+$", re.I) \
            if people.person_nouns else None
        # the noun further back in the clause, the first name set off by commas ("van een jongen uit Overvecht gekocht,
        # Bilal, voor 50 euro")
        self._person_noun_apposition = re.compile(nouns + r"\b[^.,;:!?()\n]{1,40},[ \t]+$", re.I) \
            if people.person_nouns else None
        # a home, a birth, or a phone number or personal number in brackets right after the name ("X Y (06-12345678)")
        self._person_tail = re.compile(r"[ \t]*\((?:tel\.?|telefoon|phone|mob\.?|mobiel|mobile)?[: \t]*(?P<phone>\+?[\d(][\d ()./-]{7,}\d)\)"
                                       r"|[ \t]*\((?:SSN|BSN|burgerservicenummer|DOB|geb\.)[ \t:]"
                                       + (r"|,?[ \t]+(?:" + "|".join(sorted(map(re.escape, people.person_tails), key=len, reverse=True))
                                          + r")(?![\w])" if people.person_tails else ""), re.I)
        self._fields = [
            (fr.entity, fr.name_part, re.compile(
                # at a line start, or after a sentence on the same line ("... naar de SG. Actie: Jorrit")
                r"(?im)(?:^[ \t]*|(?<=[.;] )|(?<=   )|(?<=\t))(?P<label>(?:" + "|".join(re.escape(lbl) for lbl in fr.labels)
                # a label in the plural lists several ("Witnesses:", "Getuigen:")
                # and the unit after it ("Medewerker KCC: Jesse", "Behandelaar IND:")
                + r")(?:es|s|en)?)(?:[ \t]+\d{1,2}|[ \t]+(?-i:[A-Z]{2,6}))?[ \t]*:[ \t]*"
                # the value ends at a column gap, or at the next "Label:" on the line ("WANG, Li DOB: ...")
                r"(?P<value>[^\n]*?)(?=[ \t]{3,}\S+[^\n]*:|[ \t]+[A-Z][\w.'’-]{1,24}:(?:[ \t]|$)|\n|$)"))
            for fr in people.fields
        ]
        self._mailboxes = Mailboxes(pack, lexicon)
        off = pack.officials
        self._party_names = set(off.parties)
        # a member named with the party they speak for ("Nel Dol van GroenLinks", "de heer Hekking van de SP"), in a text
        # about a council or parliament, where that is their public role
        # (a page may wrap the line inside it: "van de\nSP")
        self._party_of = re.compile(r"[ \t]+van\s+(?:(?:de|het)\s+)?(" + "|".join(
            sorted(map(re.escape, off.parties), key=len, reverse=True)) + r")(?![\w-])") if off.parties else None
        self._council = False  # set per text by find_names
        self._party = re.compile(r"[ \t]*\n?[ \t]*\((" + "|".join(sorted(map(re.escape, off.parties), key=len, reverse=True))
                                 + r")\)") if off.parties else None
        # a plural role introduces a list of holders ("wethouders M. Tuinman, K. Bakker en P. Ramkisoen");
        # a former or acting holder is one too ("oud-minister", "loco-burgemeester")
        # a party before the role belongs to it ("PVV-Kamerlid X", "CDA-wethouder X"), and a party's "leider" is one
        party = "(?:" + "|".join(sorted(map(re.escape, off.parties), key=len, reverse=True)) + ")-" if off.parties else ""
        # so does a body's acronym in capitals ("COA-woordvoerder", "EU-commissaris", "VN-gezant")
        self._roles = re.compile(r"(?<![\w-])(?:(?:" + party + r"|(?-i:[A-Z][A-Z0-9&]{1,7})-)*(?:(?:oud|ex|loco|vice|former)-)?(?:"
                                 + "|".join(sorted((_spaced(r) for r in off.role_words), key=len, reverse=True))
                                 + r")(?:s|n|en)?(?:-(?:designate|elect|designaat))?"
                                 + (r"|(?:" + party + r")+(?:leider|leiders|voorman|voorvrouw)" if party else "")
                                 # a party's member named by it in the news ("D66'er Ouafa Oualhadj", "PVV'ers")
                                 + (r"|(?:" + party[:-1] + r")['’]ers?" if party else "")
                                 + r")(?![\w-])", re.I)
        self._role_set = {r.lower() for r in off.role_words}
        # a role word used as a title right before a name: "burgemeester Scholten", "Minister Van Weel"
        # may wrap a line; not across a table's column gap ("Permanent Secretary      Perm Sec")
        self._role_before = re.compile(self._roles.pattern + r"(?:[ \t]{1,2}|[ \t]*\n[ \t]*)\Z", re.I)
        self._role_ends = {r.split()[-1].lower() for r in off.role_words}  # a cheap test before the regex
        self._signature_roles = {r.lower() for r in off.signature_roles}
        # "Hilde Peeters, algemeen directeur" or "(algemeen directeur)" after the name
        self._council_role = re.compile(r"(?:,[ \t]*|[ \t]*\()(?i:" + "|".join(sorted(map(_spaced, off.council_roles), key=len, reverse=True))
                                        + r")(?![\w-])") if off.council_roles else None
        self._title_role = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(_spaced, off.title_roles), key=len, reverse=True))
                                      + r")[ \t]{1,2}$") if off.title_roles else None  # not across a column gap
        # a title of office before a capitalised word makes a Title Case line a name's ("Rt Hon Angela Rayner MP")
        self._title_role_before_cap = re.compile(r"(?<![\w.])(?:" + "|".join(sorted(map(_spaced, off.title_roles), key=len, reverse=True))
                                                 + rf")[ \t]+[{_UPPER}]") if off.title_roles else None
        self._not_roles = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(r) for r in off.not_roles) + r")[\w-]*", re.I) if off.not_roles else None
        super().__init__(supported_entities=[PERSON, OFFICIAL], name="PersonDetector", supported_language=language)

    def load(self) -> None:  # noqa: D102
        pass

    # -- presidio entry point -------------------------------------------------------
    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        names = self.find_names(text)
        parties = self._list_parties(text, names)
        if parties:  # a party named after its leader ("(Lijst Chris Rijkers)") in the tag after a member: the party's name
            tags = [(m.start(1), m.end(1)) for n in names for m in [_PARTY_TAG.match(text, n.end)]
                    if m and m.group(1).strip() in parties]
            names = [n for n in names if not any(s <= n.start and n.end <= e for s, e in tags)]
        found = [self.classify(text, n, parties) for n in names]
        # the same name in its own script in brackets after it ("Olena Kovalenko (Олена Коваленко)"), kept or
        # suggested as the name is
        return found + [result(self, r.entity_type, m.start(1), m.end(1), r.score, interest="personal_privacy",
                               rule=str(r.recognition_metadata["rule"]), reason=str(r.recognition_metadata["reason"]),
                               status=str(r.recognition_metadata["status"]),
                               args=dict(r.recognition_metadata["reason_args"]))
                        for r in found for m in [_OTHER_SCRIPT_AFTER.match(text, r.end)] if m]

    def _list_parties(self, text: str, names: list[Name]) -> set[str]:
        """Tags in brackets after names that stand for parties: the known ones, and, where most tags after the
        names are known parties (a council's attendance list), the local parties among them too ("(LB)",
        "(GrLi)", "(NT, afwezig)", "(Lokaal Belang)"). A list of civil servants with a minister or two keeps its "(BZ)"
        a department."""
        tags = [m.group(1).strip() for n in names for m in [_PARTY_TAG.match(text, n.end)] if m]
        known = {tag for tag in tags if self._known_party(tag)}
        acronyms = [tag for tag in tags if tag not in known and (_PARTY_ACRONYM.fullmatch(tag) or (
            _LOCAL_PARTY.fullmatch(tag) and not any(self.lexicon.is_first_name(w) for w in tag.split())))]
        in_known = sum(tag in known for tag in tags)
        if in_known >= 3 and in_known >= len(acronyms):
            return known | set(acronyms)
        signers = _MOTION_SIGNERS.search(text) if _MOTION_DOC.match(text) else None
        if signers:  # a council motion's signers are its members, each with a party ("Ruud van Kessel (Groen Oss)")
            known |= {m.group(1).strip() for n in names if n.start > signers.end()
                      for m in [_PARTY_TAG.match(text, n.end)] if m and len(m.group(1).split()) <= 5}
        return known

    def _known_party(self, tag: str) -> bool:
        """"VVD", "De Progressieve Combinatie PvdA/GL/D66": a listed party, alone or as the last part."""
        return tag in self._party_names or re.split(r"[/ ]", tag)[-1] in self._party_names

    # -- finding names ------------------------------------------------------------------
    @functools.cached_property
    def _name_rules(self) -> tuple[Callable[[str], list[Name]], ...]:
        """Every way a name is found on a page, in the order their findings are weighed (the widest is kept)."""
        return (self._field_names, self._chain_names, self._bracketed_initials, self._upper_surname_first,
                self._capital_names, self._alias_names, self._family_list_names, self._chat_book_names,
                self._address_book_names, self._rank_number_names, self._title_initials_names, self._capital_speakers,
                self._minute_taker_initials, self._first_name_pairs, self._bracketed_first_names, self._family_names,
                self._office_signers, self._motion_names, self._quote_header_names, self._self_introduced,
                self._capital_addressees, self._lower_case_titled, self._post_authors,
                self._known_as_names, self._asked_names, self._exchanged_with_names, self._called_names,
                self._relatives_named, self._companions)

    def _relatives_named(self, text: str) -> list[Name]:
        """Whose relative someone is ("Seun's older sister"), and a relative's name in brackets after the relation
        ("mum (Chiamaka Adebayo)"): a listed first name, or words no lexicon knows as common."""
        names = []
        if "'s" in text or "’s" in text:
            names += [Name(m.start(1), m.end(1), 0.7, "relation", "name-relation") for m in self._possessor.finditer(text)
                      if self.lexicon.is_first_name(m.group(1)) and self._plain_name(m.group(1))]
        if "(" in text:
            names += [Name(m.start(1), m.end(1), 0.7, "relation", "name-relation") for m in self._relative_bracket.finditer(text)
                      if all(self._plain_name(w) for w in m.group(1).split())]
        return names

    def _companions(self, text: str) -> list[Name]:
        """A listed first name with the writer ("Kees en ik rijden ook", "Tom and I will go")."""
        if " ik" not in text and " I " not in text and " wij" not in text and " we " not in text:
            return []
        return [Name(m.start(1), m.end(1), 0.7, "first-name", "name-context") for m in _WITH_ME.finditer(text)
                if self.lexicon.is_first_name(m.group(1)) and self._plain_name(m.group(1))]

    def _plain_name(self, word: str) -> bool:
        """A word that is no common word, place or role ("Gent" and "India" are listed first names too)."""
        return not self.lexicon.is_common(word) and not (self.lexicon.places and self.lexicon.is_place(word)) \
            and not self._roles.fullmatch(word)

    def _post_authors(self, text: str) -> list[Name]:
        """Accounts that wrote or are named in a social-media export: the handle that opens a post's line ("@lisa.hermans
        · 3 okt: ..."), and a handle after a role word ("Wethouder @MarijeKluit"), which ``classify`` keeps."""
        if "@" not in text:
            return []
        names = [Name(m.start(1), m.end(1), 0.75, "handle", "name-handle") for m in _POST_AUTHOR.finditer(text)]
        return names + [Name(m.start(1), m.end(1), 0.7, "role", "name-role") for m in _HANDLE_AFTER_WORD.finditer(text)
                        if self._role_before.search(text, max(0, m.start(1) - 40), m.start(1))]

    def _lower_case_titled(self, text: str) -> list[Name]:
        """A name in lower case after a title's abbreviation, as quick notes are typed ("gebeld door mw. de wit
        (dochter van dhr. a. de wit)"): with initials or a particle; or one word that is no common word."""
        return [Name(m.start("name"), m.end("name"), 0.7, "title", "name-title") for m in _LOWER_TITLED.finditer(text)
                if m.group("initials") or m.group("particles") or not self.lexicon.is_common(m.group("last"))]

    def _capital_addressees(self, text: str) -> list[Name]:
        """The addressee's line of a letter's address window in capitals, as franking machines and scans print it
        ("DE HEER A.B. EL AMRANI"): a title, then the name to the line's end. Without initials, only over a line with a
        number (the street's, a postbox's), as "MEVROUW DE VOORZITTER" over a speech is an office, not a name."""
        return [Name(m.start("name"), m.end("name"), 0.8, "title", "name-title") for m in _CAPITAL_ADDRESSEE.finditer(text)
                if not self.lexicon.is_common(m.group("last").title())
                and (m.group("initials") or _DIGIT_LINE_NEXT.match(text, m.end()))]

    def _called_names(self, text: str) -> list[Name]:
        """A relative by what they are called ("Mijn vrouw heet Rasha en mijn zoon heet Omar"): no common word."""
        if not self._relation or ("heet" not in text and "called" not in text and "named" not in text):
            return []
        return [Name(m.start(1), m.end(1), 0.7, "relation", "name-relation") for m in _CALLED.finditer(text)
                if self._relation.search(text, max(0, m.start() - 40), m.start())
                and not self.lexicon.is_common(m.group(1)) and not self.lexicon.is_place(m.group(1))]

    def _exchanged_with_names(self, text: str) -> list[Name]:
        """A listed first name after "afgesproken met" in a mail or a chat; no place ("gesproken met Gent")."""
        if not (_MAIL_HEADER.search(text) or _CHAT_LINE.search(text)):
            return []
        return [Name(m.start(1), m.end(1), 0.6, "first-name", "name-context") for m in _EXCHANGED_WITH.finditer(text)
                if self.lexicon.is_first_name(m.group(1)) and not self.lexicon.is_common(m.group(1))
                and not self.lexicon.is_place(m.group(1)) and not self._roles.fullmatch(m.group(1))]

    def _asked_names(self, text: str) -> list[Name]:
        """Someone asked by a first name at a question's start; no place and no role word ("Kan Gent dat betalen?")."""
        return [Name(m.start(1), m.end(1), 0.6, "first-name", "name-context") for m in _ASKED.finditer(text)
                if self.lexicon.is_first_name(m.group(1)) and not self.lexicon.is_common(m.group(1))
                and not self.lexicon.is_place(m.group(1)) and not self._roles.fullmatch(m.group(1))]

    def _known_as_names(self, text: str) -> list[Name]:
        """A person by the name someone knows them by ("een man die ik ken als Kidane"): no common word."""
        if "als" not in text and " as " not in text:
            return []
        return [Name(m.start(1), m.end(1), 0.7, "introduction", "name-introduction") for m in _KNOWN_AS.finditer(text)
                if not self.lexicon.is_common(m.group(1).title()) and not self._roles.fullmatch(m.group(1))]

    def _self_introduced(self, text: str) -> list[Name]:
        """Who a message says it is from, after its greeting ("Hoi Joris, hier Sandra van nr 23", "Goedemiddag, met
        Karin van de buurtapp", "Hi Tom, this is Aisha"): a listed first name."""
        return [Name(m.start(1), m.end(1), 0.7, "salutation", "name-salutation") for m in self._intro.finditer(text)
                if self.lexicon.is_first_name(m.group(1))] if self._intro else []

    def _address_book_names(self, text: str) -> list[Name]:
        return self._address_book_lines(text) if ";" in text or "<" in text or "(" in text else []

    def _rank_number_names(self, text: str) -> list[Name]:
        """"PC 4471 Hughes": the officer after rank and collar number; "Officer Delacroix told me": a patrol officer by
        rank and surname on one line, where no words of a post go before ("Information Access Officer\nDurham")."""
        return [Name(m.start(1), m.end(1), 0.75, "title", "name-title") for m in _RANK_NUMBER_NAME.finditer(text)] + [
            Name(m.start("name"), m.end("name"), 0.75, "title", "name-title") for m in _OFFICER_SURNAME.finditer(text)
            if not self.lexicon.is_common(m.group("name")) and not self._roles.fullmatch(m.group("name"))
            and not m.group("name").endswith((*NOUN_ENDINGS, "ing"))]  # "Officer Training starts on Monday"

    @staticmethod
    def _title_initials_names(text: str) -> list[Name]:
        return [Name(m.start(), m.end(), 0.8, "title", "name-title") for m in _TITLE_BARE_INITIALS.finditer(text)]

    def _capital_speakers(self, text: str) -> list[Name]:
        return [Name(m.start(1), m.end(1), 0.75, "title", "name-title") for m in _CAPITAL_SPEAKER.finditer(text)
                if not self.lexicon.is_common(m.group(1).title())]

    def _minute_taker_initials(self, text: str) -> list[Name]:
        return [Name(m.start(1), m.end(1), 0.7, "paraaf", "name-initials-list", {"label": "notulen"})
                for m in self._words.notes_initials.finditer(text) if not self.lexicon.is_common(m.group(1))]

    @staticmethod
    def _motion_names(text: str) -> list[Name]:  # "de motie-Van der Plas"; most pages name no motion: skip the regex
        if "tie-" not in text and "ent-" not in text and "iatief" not in text:
            return []
        return [Name(m.start(1), m.end(1), 0.75, "role", "name-role") for m in _MOTION_NAME.finditer(text)]

    def _no_person(self, text: str, n: Name) -> bool:
        """A name's shape that names something else: a firm, a US state, a street, a place, a month in a date, an
        employer or a venue, a time zone's city."""
        return bool(_company(text, n) or _US_STATE_AFTER.match(text, n.end) or _STREET_WORD_FIRST.match(text, n.start)
                    or (self.lexicon.places and self.lexicon.is_place(text[n.start:n.end]))
                    or (n.rule == "first-name" and _SETTLEMENT_BEFORE.search(text, max(0, n.start - 30), n.start))
                    or _month_in_date(text, n)
                    or _ORGANISATION_FIELD.search(text, max(0, n.start - 40), n.start)
                    or (n.rule == "first-name" and _EMPLOYER_BEFORE.search(text, max(0, n.start - 60), n.start))
                    or self._words.venue_before.search(text, max(0, n.start - 30), n.start)
                    or _TIME_ZONE.search(text, text.rfind("\n", 0, n.start) + 1, n.start)
                    # a first name owning a capitalised word names a place or a firm ("Lee's Summit", "Martha's Vineyard")
                    or (_OWNED_NAME_AFTER.match(text, n.end) and not any(c.isspace() for c in text[n.start:n.end])))

    def find_names(self, text: str) -> list[Name]:
        found: dict[tuple[int, int], Name] = {}
        if "0" in text:  # a scan's zero for the letter o ("Mevr0uw", "de heer 0. Kaya"); same length, same offsets
            text = _OCR_ZERO.sub(lambda m: m.group("title") + "O" if m.group("title")
                                 else "O" if m.string[m.end()].isupper() else "o", text)
        # a chat export or a transcript: its messages call people by first name ("Vraag het aan Linde")
        # so does an e-mail between colleagues ("Kun jij Ilona vragen ...?"): a header with a sender and an addressee
        self._chat = len(_CHAT_LINE.findall(text)) >= 3 or len(_MAIL_HEADER.findall(text[:600])) >= 2 \
            or _transcript(text)
        self._bench = _bench_spans(text) if "door" in text else []
        self._council = bool(self._party_of and _COUNCIL_TEXT.search(text))
        self._role_column = ("   " in text or "\t" in text) and bool(_ROLE_COLUMN.search(text) or _TABLE_ROLE_HEADER.search(text))
        for name in (name for rule in self._name_rules for name in rule(text)):
            key = (name.start, name.end)
            if not any(s <= name.start and name.end <= e for s, e in found):  # keep the widest
                for k in [k for k in found if name.start <= k[0] and k[1] <= name.end]:
                    del found[k]
                found[key] = name
        names = sorted((n for n in found.values() if not self._no_person(text, n)), key=lambda n: n.start)
        names = sorted(names + self._coordinated(text, names), key=lambda n: n.start)
        if "-" in text:
            names = sorted(names + self._spelled_names(text, names), key=lambda n: n.start)
        if not text.isascii():  # "Kim Min-jun (김민준)", "Wang Fang (王芳)": the name in its own script, in brackets after it
            names = sorted(names + [Name(m.start(1), m.end(1), n.score, n.rule, n.reason, n.args) for n in names
                                    for m in [_OWN_SCRIPT_AFTER.match(text, n.end)] if m], key=lambda n: n.start)
        for name in names:  # "H. Brinkhorst-Tjon A Fong": the surname's last part after its "A"
            m = _A_SURNAME_PART.match(text, name.end)
            if m and 2 <= len(re.split(r"[\s-]", text[name.start:name.end])[-1]) <= 5 and not self.lexicon.is_common(m.group(1)):
                name.end = m.end()
        for name in names:  # "El Khatib, N. aan ...": a surname that opens with its particle has its initials after it
            m = _INITIALS_AFTER_COMMA.match(text, name.end)
            if m and text[name.start:name.end].split()[0].lower() in self._particles and " " in text[name.start:name.end] \
                    and (not m.group(2) or (m.group(2)[:1].islower() and m.group(2) not in self._particles)):
                name.end = m.end(1)
        for name in names:  # "Zielińska -Bos": a scan's text parts a double surname before its hyphen
            m = _SPACED_HYPHEN_PART.match(text, name.end)
            if m and (m.group(1) in self.lexicon.surnames or not self.lexicon.is_common(m.group(1))):
                name.end = m.end()
        if self._post_nominals:
            for name in names:  # "Wubbolts MSc": the degree belongs to the name
                m = self._post_nominals.match(text, name.end)
                if m:
                    name.end = m.end()
                elif text[name.end:name.end + 1] == "." and (text[max(0, name.end - 6):name.end].split() or [""])[-1] + "." \
                        in self._dotted_post_nominals:
                    name.end += 1  # "Marcus T. Delaney Jr.,": the chain took "Jr" in, its full stop goes too
        return names

    def _person_tail_at(self, text: str, end: int) -> bool:
        m = self._person_tail.match(text, end)
        # a phone number has nine digits or more; "(2014 - 2019)" is a period
        return bool(m) and (not m.group("phone") or sum(c.isdigit() for c in m.group("phone")) >= 9)

    def _address_book_lines(self, text: str) -> list[Name]:
        """Address-book entries on any label's line ("Organizer: Mehta, Anjali <...>", "Required Attendees: Kerr,
        Fiona (GLD); ..."): an entry in the form "Surname, First name" with a listed first name is a person."""
        names = []
        for m in _LABEL_LINE.finditer(text):
            offset = m.start("value")
            for part in re.finditer(r"[^;|]+", m.group("value")):  # "Analyst: Guerrero, Marisa (ICE) | Review: ..."
                entry = re.sub(r"\s*<[^<>]*>\s*$", "", part.group())
                entry = re.sub(r"\s*\([^()\n]*\)\s*$", "", entry).rstrip(" \t'\"’”")  # '"Nguyen, Thi Lan"'
                lead = len(entry) - len(entry.lstrip(" \t'\"‘“"))
                if "," in entry and self._first_name_after_comma(*part.group().split(",", 1)) \
                        and re.search(r",\s*[A-Z]", entry) and not re.search(r"\d", entry):
                    start = offset + part.start() + lead
                    names.append(Name(start, offset + part.start() + len(entry.rstrip()), 0.8, "field", "name-field",
                                      {"label": "address book"}))
        # an entry in brackets in running text, as a case note names who stands on a page ("p. 41 (Oduya, Samuel)")
        for m in _BRACKETED_ENTRY.finditer(text) if "(" in text else ():
            if m.group(2) in self.lexicon.first_names and self._first_name_after_comma(m.group(1), " " + m.group(2)):
                names.append(Name(m.start(1), m.end(2), 0.75, "field", "name-field", {"label": "address book"}))
        return names

    def _office_signers(self, text: str) -> list[Name]:
        """The name under an office's signature line ("de Minister van Sociale Ontwikkeling, Arbeid en Welzijn,\n\n
        Ruthmilda Larmonie-Cecilia"): whatever the lexicons know of it, the line names who signs; the office decides
        whether the name is kept (``_signed_as``)."""
        if ",\n" not in text:
            return []
        names = [Name(m.start("name"), m.end("name"), 0.75, "title", "name-title") for m in _OFFICE_SIGNATURE.finditer(text)
                 if self._roles.match(m.group("office")) and not self._not_role_in(m.group("office"))
                 and not any(self.lexicon.is_common(w) for w in re.split(r"[- ]", m.group("name")))]
        # offices side by side, their signers by column under them ("de secretaris,      de burgemeester,\n
        # drs. X            Wobine Y"): a name of words alone in its cell; _signed_as reads the office above it
        for m in _OFFICE_COLUMNS.finditer(text):
            for cell in _SIGNATURE_CELL.finditer(m.group("names")):
                name = _CELL_NAME.fullmatch(cell.group())
                if name and not any(self.lexicon.is_common(w) for w in re.split(r"[- ]", name.group(1))):
                    start = m.start("names") + cell.start() + name.start(1)
                    names.append(Name(start, start + len(name.group(1)), 0.75, "title", "name-title"))
        return names

    def _bracketed_first_names(self, text: str) -> list[Name]:
        """A listed first name in brackets after a word for the one meant ("de beleidsmedewerker (Thijs)") or before
        their handle ("Karin (@karin_zwemt)")."""
        if "(" not in text:
            return []
        names = [Name(m.start(1), m.end(1), 0.7, "first-name", "name-context") for m in _BRACKETED_FIRST.finditer(text)
                 if self.lexicon.is_first_name(m.group(1))]
        return names + [Name(m.start(1), m.end(1), 0.75, "first-name", "name-context") for m in _NAME_BEFORE_HANDLE.finditer(text)
                        if self.lexicon.is_first_name(m.group(1))]

    def _family_names(self, text: str) -> list[Name]:
        """A family named by its surname ("the Friesen-Martens family"): a surname, or a word no lexicon lists; not a
        first name or a word ("the Royal family", "the Kennedy family" is a known one's)."""
        if "amily" not in text:
            return []
        return [Name(m.start(1), m.end(1), 0.7, "relation", "name-relation") for m in _THE_FAMILY.finditer(text)
                if m.group(1) in self.lexicon.surnames
                or not (self.lexicon.is_common(m.group(1)) or self.lexicon.is_first_name(m.group(1)))]

    def _first_name_pairs(self, text: str) -> list[Name]:
        """Two listed first names joined by "en"/"and" in running text ("raakten Daan en Sem lichtgewond"): two
        children or colleagues, where one first name alone could be a word or a place."""
        names = []
        for m in _FIRST_PAIR.finditer(text):
            if all(self.lexicon.is_first_name(g) and len(g) >= 3 for g in m.groups()[:2]):
                # "Fokke en Lyda Hiemstra": a couple's surname after the second first name goes with it
                last = m.group(3)
                end = m.end(3) if last and (last in self.lexicon.surnames or not self.lexicon.is_common(last)) else m.end(2)
                names += [Name(m.start(1), m.end(1), 0.7, "first-name", "name-first-pair"),
                          Name(m.start(2), end, 0.7, "first-name", "name-first-pair")]
        return names

    def _quote_header_names(self, text: str) -> list[Name]:
        """The sender named over a quoted reply, when written surname first ("schreef Jansen, P. (Pieter) <...>:")."""
        if "schr" not in text and "wrote" not in text:
            return []
        return [name for m in _QUOTE_HEADER.finditer(text)
                for group in ("after", "before") if m.group(group) and "," in m.group(group)
                and self._first_name_after_comma(*m.group(group).split(",", 1), header=True)
                for name in self._names_in_value(m.group(group), m.start(group), "van")]

    def _chat_book_names(self, text: str) -> list[Name]:
        """A chat export's speaker under the time, as the address book writes it ("[08:47] Verschuren, Lotte (DGNVLG)"),
        or before it, as Teams copies it ("Bos, Marieke (DGSN) 10:02")."""
        if "," not in text or ("]" not in text and ":" not in text):
            return []
        return [name for regex in (_CHAT_BOOK_LINE, _TRANSCRIPT_BOOK_LINE, _TEAMS_BOOK_LINE) for m in regex.finditer(text)
                if self._first_name_after_comma(*m.group("value").split(",", 1))  # not "[09:12] Prima, dank"
                for name in self._names_in_value(m.group("value"), m.start("value"), "chat")]

    def _capital_names(self, text: str) -> list[Name]:
        """A name in capitals with a middle initial, as under a signature ("ELIZABETH J. SHAPIRO"): the first
        word must be a known first name; without the initial capitals are too often a heading ("GRANT AGREEMENT").
        In a line of running text, as interview reports and police files write names, no initial is needed
        ("His supervisor, DALE HOLLOWAY, asked him ...")."""
        names = [Name(m.start(), m.end(), 0.75, "first-name", "name-first") for m in _CAPITAL_NAME.finditer(text)
                 if self.lexicon.is_first_name(m.group(1).title()) and not self.lexicon.is_common(m.group(2).title())]
        # initials before a surname in capitals, as a scan's signature writes it ("A.W.M. VAN ROOIJ-SCHELLEKENS")
        names += [Name(m.start(), m.end(), 0.75, "initials", "name-initials") for m in _INITIALS_CAPITALS.finditer(text)
                  if not any(self.lexicon.is_common(p.title()) for p in re.split(r"[-'’]", m.group(1)))]
        for m in _CAPITAL_RUN.finditer(text):
            words = m.group().split()
            if (_BIRTH_LINE_AFTER.match(text, m.end()) or _PARTY_ON_LINE.match(text, m.end())) and "\n" not in m.group() \
                    and not any(self.lexicon.is_common(w.title()) for w in words if w.lower() not in self._particles) \
                    and any(self.lexicon.is_first_name(w.title()) or w.title() in self.lexicon.surnames for w in words):
                # a caption's accused or party on a line of their own, their birth on the next ("STEFAN NOWICKI,\n
                # geboren op ..."), not a form's heading ("GEGEVENS VERDACHTE\ngeboren op ...")
                names.append(Name(m.start(), m.end(), 0.75, "context", "name-context"))
                continue
            if "\n" in m.group() and not _running_line(text, text.index("\n", m.start()), self._sentence_end):
                continue  # capitals on lines of their own: a heading's
            # a surname's particles in capitals too ("JEROEN VAN DER WAAL"), between the first name and the last word
            inner = [w for w in words[1:-1] if w.lower() not in self._particles and w != "DO"]  # "MARIA DO CARMO PEREIRA"
            # (a first word of two letters is an acronym's, "UK GDPR", "EP EVRM", as first names in capitals rarely are)
            if len(words[0]) >= 3 and self.lexicon.is_first_name(words[0].title()) and words[-1].lower() not in self._particles \
                    and not any(self.lexicon.is_common(w.title()) for w in [words[0], *inner, words[-1]]) \
                    and len(_RUNNING_WORD.findall(text, text.rfind("\n", 0, m.start()) + 1,
                                                  max(m.end(), text.find("\n", m.end()) % (len(text) + 1)))) >= 3:
                names.append(Name(m.start(), m.end(), 0.75, "first-name", "name-first"))
        # a listed first name alone in capitals after a relation ("Mijn vrouw LIANA heeft het gezien", "REYES's wife,
        # MARISOL,"), as statements write every name
        if self._relation:
            names += [Name(m.start(), m.end(), 0.7, "relation", "name-relation") for m in _CAPITAL_WORD.finditer(text)
                      if self.lexicon.is_first_name(m.group().title()) and not self.lexicon.is_common(m.group().title())
                      and self._relation.search(text, max(0, m.start() - 40), m.start())]
        # an English court's caption and bench in capitals ("R v DESMOND OKAFOR-WILLIAMS", "HER HONOUR JUDGE RACHEL
        # FINNEGAN"): the defendant, and the judge, whose office the role word before the name keeps
        names += [Name(m.start(1), m.end(1), 0.75, "title", "name-title") for m in _COURT_CAPITALS.finditer(text)]
        for m in _CAPITAL_PAIR.finditer(text):  # "Dear CHRISTOPHER LAMB": a greeting says the capitals are a name
            line_start = text.rfind("\n", 0, m.start()) + 1
            if self.lexicon.is_first_name(m.group(1).title()) and not self.lexicon.is_common(m.group(2).title()) \
                    and self._salutations.search(text, max(0, line_start - 1), m.start()):
                names.append(Name(m.start(), m.end(), 0.75, "salutation", "name-salutation"))
        return names

    def _coordinated(self, text: str, names: list[Name]) -> list[Name]:
        """A second name joined to a private person's by "en"/"or" ("contact X (SSN ...) or Y Z"): two capitalised
        words that are no common words need no lexicon there."""
        extra: list[Name] = []
        starts = {n.start for n in names}
        for n in names:
            m = _COORDINATED.match(text, n.end)
            if not m or m.end() in starts or self.lexicon.officials.get(fold(text[n.start:n.end])) \
                    or self._role_near(text, n.start, n.end):
                continue
            toks = self._tokens(text[m.end():m.end() + 80], m.end())
            k = next((i for i, t in enumerate(toks) if t.kind not in ("cap", "particle")), len(toks))
            chain = toks[:k]
            caps = [t for t in chain if t.kind == "cap"]
            if 2 <= len(caps) <= 3 and k < len(toks) and chain[0].kind == "cap" and chain[-1].kind == "cap" \
                    and not any(self.lexicon.is_common(t.text) or _NOUN_END.search(t.text) for t in caps):
                extra.append(Name(chain[0].start, chain[-1].end, 0.7, "context", "name-coordinated"))
        return extra

    def _upper_surname_first(self, text: str) -> list[Name]:
        names = []
        for m in _UPPER_SURNAME_FIRST.finditer(text):
            first = list(re.finditer(r"\S+", m.group("first")))
            last = m.group("last")
            given = first[0].group()
            if not self.lexicon.is_first_name(given if not given.isupper() else given.title()) \
                    or any(self.lexicon.is_common(w) for w in last.split() if w.lower() not in self._particles) \
                    or (len(last) <= 3 and last.capitalize() not in self.lexicon.surnames):
                continue  # "DMO/MH, Rosalie": a department's code; "DJZ, Anna"
            while len(first) > 1 and self.lexicon.is_common(first[-1].group()):
                first.pop()  # "DONNELLY, Patrick Said": the name stops at a word
            names.append(Name(m.start(), m.start("first") + first[-1].end(), 0.8, "surname-first", "name-upper-surname"))
        for m in _UPPER_SURNAME_SPACE.finditer(text):
            last = m.group("last")
            parts = last.split()
            # a word after a particle may be a common word ("DE WINTER Kevin", "DE VOS Jan"): a surname's part
            if self.lexicon.is_first_name(m.group("first")) and len(last.replace(" ", "")) >= 5 \
                    and not any((self.lexicon.is_common(w) or self._roles.fullmatch(w)) and w.lower() not in self._particles
                                and not (i and parts[i - 1].lower() in self._particles) for i, w in enumerate(parts)) \
                    and _RUNNING_WORD.search(text, m.end(), text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)):
                names.append(Name(m.start(), m.end(), 0.75, "surname-first", "name-upper-surname"))
        for m in _CAPS_SPEAKER.finditer(text):
            word = m.group("word")
            # a title in capitals needs the bracket after the name; one in ordinary case or a role word does not
            if (m.group("title") and not text[m.end("name"):text.find(":", m.end("name"))].strip()) \
                    or (word and word not in _SPEAKER_TITLES and not self._roles.fullmatch(word)) or len(m.group("name")) < 3:
                continue
            names.append(Name(m.start("name"), m.end("name"), 0.75, "title", "name-title"))
        names += [Name(m.start("name"), m.end("name"), 0.75, "title", "name-title") for m in _GLUED_TITLE_NAME.finditer(text)
                  if "." in text[m.start():m.start("name")] and not text[m.start("name") - 1].isspace()]
        return names

    @staticmethod
    def _bracketed_initials(text: str) -> list[Name]:
        if "(" not in text:
            return []
        return [Name(m.start("v"), m.end("v"), 0.7, "initials", "name-initials") for m in _PERSON_INITIALS.finditer(text)] \
            + [Name(m.start(1), m.end(1), 0.75, "initials", "name-age") for m in _INITIALS_AGE.finditer(text)] \
            + [Name(m.start(1), m.end(1), 0.7, "initials", "name-initials") for m in _TITLE_INITIAL.finditer(text)] \
            + [Name(m.start(1), m.end(1), 0.75, "first-name", "name-first") for m in _NICKNAME.finditer(text)]

    def _family_list_names(self, text: str) -> list[Name]:
        """Children named in a list after the word for them ("drie kinderen (Elif, Baran en Zeynep)",
        "Kinderen: Daan, Sofie"): every capitalised word there that is no common word is a first name."""
        names = [Name(m.start(1), m.end(1), 0.7, "first-name", "name-context") for m in _DESIGNATED.finditer(text)
                 if self.lexicon.is_first_name(m.group(1))]
        for m in _FAMILY_LIST.finditer(text):
            for w in _LIST_WORD.finditer(m.group(1)):
                if not self.lexicon.is_common(w.group()) or self.lexicon.is_first_name(w.group()):
                    names.append(Name(m.start(1) + w.start(), m.start(1) + w.end(), 0.7, "relation", "name-relation"))
        return names

    @staticmethod
    def _alias_names(text: str) -> list[Name]:
        """A name someone gives themselves ("een man die zich 'Kevin' noemde", "called himself 'Tom'")."""
        if not _ALIAS_WORD.search(text):
            return []
        return [Name(m.start(m.lastindex), m.end(m.lastindex), 0.7, "introduction", "name-introduction")
                for m in _SELF_NAMED.finditer(text)]

    def _field_names(self, text: str) -> list[Name]:
        names: list[Name] = []
        for entity, name_part, regex in self._fields:
            if entity != PERSON:
                continue
            for m in regex.finditer(text):
                # a list of initials may run on past a label of its own ("Aanwezig: RV (vz), MdW; notulist: TB")
                eol = text.find("\n", m.start("value"))
                line = text[m.start("value"):eol if eol >= 0 else len(text)]
                value = m.group("value")
                if value.strip() and m.end("value") == eol and _running_line(text, eol, self._sentence_end) and not _FIELD_OPEN.match(text, eol + 1):
                    # a long value a page wrapped, the name across the wrap ("...; de heer Bram\nOostdijk, Hamersveldseweg
                    # 59"): up to the next line's first comma or semicolon
                    value += _WRAPPED_PART.match(text, eol).group()
                # a list of initials only first: its items are no names one by one ("JdV (vz), PK, MvdB, SA")
                names.extend(self._initials_list(line, m.start("value"), m.group("label"))
                             or self._initials_list(m.group("value"), m.start("value"), m.group("label"))
                             or self._names_in_value(value, m.start("value"), m.group("label"), name_part))
        return names + self._table_names(text) + (self._pipe_table_names(text) if "|" in text else [])

    def _table_names(self, text: str) -> list[Name]:
        """The cells under a "Naam"/"Name" (or "Paraaf") column header, down to the first empty line."""
        names: list[Name] = []
        for header in _TABLE_HEADER.finditer(text):
            line = header.group().rstrip("\n")
            if not COLUMN_GAP.search(line):
                continue  # one word on a line is a heading, not a table
            columns = [(m.start(), m.group(1)) for m in _TABLE_COLUMN.finditer(line)]
            # a tab-separated export: a column is the n-th cell, wherever the tabs put it
            tabbed = "\t" in line and "  " not in line
            if tabbed:
                starts = [0] + [i + 1 for i, c in enumerate(line) if c == "\t"]
                columns = [(starts.index(col), label) for col, label in columns if col in starts]
            pos = header.end()
            while columns and pos < len(text):
                eol = text.find("\n", pos)
                eol = len(text) if eol < 0 else eol
                if not text[pos:eol].strip():
                    break
                cells = _tab_cells(text, pos, eol) if tabbed else None
                row: list[tuple[str, tuple[int, str]]] = []
                for col, label in columns:
                    cell = None
                    if cells is not None:
                        cell = cells[col] if col < len(cells) else None
                    elif pos + col < eol and (col == 0 or text[pos + col - 1] in " \t"):
                        m = _CELL.match(text, pos + col, eol)
                        cell = (m.start(), m.group()) if m else None
                    if cell:
                        row.append((label, cell))
                paraaf = ("paraaf", "parafen", "initialen")
                named = [cell[1] for label, cell in row if not label.lower().startswith(paraaf)]
                for label, cell in row:
                    if label.lower().startswith(paraaf):
                        # beside a name, a paraaf in capitals that are not its initials names the unit ("DGB")
                        if not (named and cell[1].strip().isupper() and not any(_initials_of(cell[1], n) for n in named)):
                            names.extend(self._paraaf(cell[1], cell[0], label))
                    else:
                        names.extend(self._action_holder(text, cell[1], cell[0], label)
                                     or self._names_in_value(cell[1], cell[0], label, label.lower() in self._name_part_labels))
                pos = eol + 1
        return names

    def _pipe_table_names(self, text: str) -> list[Name]:
        """The cells under a name column of a table drawn with bars ("| Requester name | ..."), as Markdown
        and many exports write them."""
        names: list[Name] = []
        for header in _PIPE_HEADER.finditer(text):
            outer = header.group().lstrip().startswith("|")  # bars at the ends, or only between the cells
            cells = _bar_cells(text, header.start(), header.end(), outer)
            columns = [(i, value.strip()) for i, (_, value) in enumerate(cells) if _PIPE_COLUMN.fullmatch(value.strip())]
            pos = header.end() + 1
            while columns and pos < len(text):
                eol = text.find("\n", pos)
                eol = len(text) if eol < 0 else eol
                row = text[pos:eol].strip()
                if not (row.startswith("|") if outer else "|" in row):
                    break
                if not _PIPE_RULE.fullmatch(row):
                    row_cells = _bar_cells(text, pos, eol, outer)
                    for i, label in columns:
                        if i < len(row_cells):
                            start, value = row_cells[i]
                            # who holds an action, by initials ("| NC |"), as in the space-aligned lists
                            names.extend(self._action_holder(text, value, start, label)
                                         or self._names_in_value(value, start, label))
                pos = eol + 1
        return names

    def _initials_list(self, value: str, offset: int, label: str) -> list[Name]:
        """People a list names by their initials only, as minutes do ("Aanwezig: JdV (vz), PK, MvdB, SA"). Capitals
        alone are as often departments ("BZK, EZK"), so one item must have the particle's small letters ("JdV")."""
        items = [(offset + m.start(1), m.group(1)) for m in _INITIALS_ITEM.finditer(value)]
        if len(items) < 2 or len(items) != len(re.findall(r"[^,;]*[^,;\s][^,;]*", value)) \
                or not any(not token.isupper() for _, token in items) or any(self.lexicon.is_common(t) for _, t in items):
            return []
        return [Name(start, start + len(token), 0.7, "paraaf", "name-initials-list", {"label": label}) for start, token in items]

    def _action_holder(self, text: str, value: str, offset: int, label: str) -> list[Name]:
        """Who holds an action in an action list's "Wie" column, by initials ("NC"), where the page names someone
        with them ("Aanwezig: ..., Nadia Chaouch"): a department's letters ("BZK") name no one on the page."""
        if not _WHO_COLUMN.fullmatch(label):
            return []
        return [name for name in self._paraaf(value, offset, label)
                if text[name.start:name.end].upper() in _initials_on_page(text)]

    def _paraaf(self, value: str, offset: int, label: str) -> list[Name]:
        """The initials someone signed off with, in a "Paraaf" column."""
        stripped = value.strip()
        if not _PARAAF.fullmatch(stripped) or stripped.lower() in _NO_PARAAF or self.lexicon.is_common(stripped):
            return []
        start = offset + value.index(stripped)
        return [Name(start, start + len(stripped), 0.7, "paraaf", "name-paraaf", {"label": label})]

    def _names_in_value(self, value: str, offset: int, label: str, name_part: bool = False) -> list[Name]:
        """The people named in one field value (or table cell) that starts at ``offset``."""
        names: list[Name] = []
        header = label.strip().lower() in _ADDRESS_LABELS
        behalf = _SENT_ON_BEHALF.search(value) if header else None
        if behalf:  # "From: Planning Enforcement on behalf of Okonkwo, Chidinma": the person the box sent for
            offset, value = offset + behalf.end(), value[behalf.end():]
        if header:  # "Nakamura, Kenji - WHD <...>": the unit after a dash, blanked so the offsets hold
            value = _UNIT_AFTER_DASH.sub(lambda u: " " * len(u.group()), value)
        for part_start, segment in self._field_parts(value, header):
            seg_start = offset + part_start
            initials = _MIXED_INITIALS.fullmatch(segment)
            if initials and not self.lexicon.is_common(initials.group(1)):
                # "HvdW (RES-bureau)" among full names in an attendance list: a person by initials
                names.append(Name(seg_start + initials.start(1), seg_start + initials.end(1), 0.7, "paraaf",
                                  "name-initials-list", {"label": label}))
                continue
            address = re.search(r"<([^<>\s]+@[^<>\s]+)>", segment)
            if address and self._mailboxes.is_service_box(segment, address.start(1), address.group(1)):
                # "Info Provincie <info@provincie.nl>", "Meldpunt Overlast <overlast@ede.nl>": a service box's display name
                continue
            quoted = _QUOTED.match(segment)
            if quoted:  # "Aan: 'Annelot Vrijburg'"
                seg_start, segment = seg_start + quoted.start(1), quoted.group(1)
            if _LEGAL_FORM.search(segment) or self._words.venue_start.match(segment.lstrip()):
                continue  # "Aanvrager: Bouwbedrijf Gebr. Hendriks B.V., Industrieweg 14": a company
            if label.strip().lower() in _ADDRESS_LABELS and _POST_VALUE.match(segment):
                continue  # "Van: Post Ankara", "From: British Embassy Cairo", "To: FCDO London": a post or a department
            entry = segment  # as the address book wrote it, department and address included
            # "(BZ)", "(voorzitter)", "(DHS/OIG)" after a name go; "(Anke)" inside a name stays
            segment = re.sub(r"\s*\((?![A-ZÀ-Þ][a-zà-ÿ]+\)).*", "", segment)
            if "/" in segment:  # "DEU/ Joris Ploegmaker": department before the slash
                cut = segment.rindex("/") + 1
                seg_start, segment = seg_start + cut, segment[cut:]
            title_start = seg_start + len(segment) - len(segment.lstrip())
            if not name_part:  # "DE HEER MUSTAFA KAYA", "MEVROUW J. DE GROOT": read a name in capitals as written normally
                segment = self._title_cased_capitals(segment)
            title = self._leading_titles.match(segment)
            if title:  # "mw. drs. A.M. de Groot": the titles say who, so they go with the name
                seg_start, segment = seg_start + title.end(), segment[title.end():]
            stripped = segment.lstrip()
            seg_start += len(segment) - len(stripped)
            toks = self._tokens(stripped, seg_start, upper_names=True, all_upper=name_part)
            span = self._leading_name(toks, name_part, titled=bool(title))
            if name_part and toks and all(t.kind == "particle" for t in toks):
                span = toks[0].start, toks[-1].end  # "Tussenvoegsel: van der": the surname's particles alone
            if "," in stripped and (self._first_name_after_comma(*stripped.split(",", 1), header)
                                   or self._first_name_after_comma(*entry.split(",", 1), header)):
                body = re.sub(r"\s*<[^<>]*>\s*$", "", stripped)  # without the address after it
                span = seg_start, seg_start + len(body.rstrip())
            if span and _ORG_TAIL.search(stripped, 0, span[1] - seg_start):
                continue  # "FROM: ..., U.S. Marshals Service": a body's name ends in a word for one
            if span and not self._roles.search(stripped) and not any(c.isdigit() or c == "@" for c in stripped[: span[1] - seg_start]):
                # an honorific goes with the name ("mw. drs. A.M. de Groot"); a rank is the post ("hoofdagent D. Brouwer")
                honorific = title and all(w.endswith(".") or w.lower() in _HONORIFICS for w in title.group().split())
                start = title_start if honorific else span[0]
                names.append(Name(start, span[1], 0.85, "field", "name-field", {"label": label}))
        return names

    def _title_cased_capitals(self, segment: str) -> str:
        """A field value that opens with two or more words in capitals ("DE HEER MUSTAFA KAYA, h.o.d.n. ...") after a
        title, after initials or from a listed first name, with those words as a name is normally written ("De Heer
        Mustafa Kaya"), the same length; else the value as it is ("ALLE MEDEWERKERS", "VAN DER MEER Jan")."""
        m = _CAPITALS_RUN.match(segment)
        if not m or _CAP_AFTER.match(segment, m.end()):
            return segment  # "VAN DER MEER Jan": a surname in capitals before the first name, read as it stands
        cased = m.group().title()
        title = self._leading_titles_any_case.match(cased)
        if title:  # "De Heer" as the rule pack writes it: "de heer"; "Mrs" stays
            part = title.group()
            part = part.lower() if self._leading_titles.fullmatch(part.lower()) else part
            cased = part + cased[title.end():]
        # "Van Der Meer" as Dutch writes it after a title: "Van der Meer"
        cased = _PARTICLE_AFTER_PARTICLE.sub(lambda p: p.group(1) + p.group(2).lower(), cased) \
            if any(w.lower() in self._particles for w in cased.split()[1:]) else cased
        words = cased.split()
        # the last word may be a common word after a particle or an initial ("J. DE GROOT"), not alone ("ALLE MEDEWERKERS")
        # ("J. DE GROOT", "VAN DER MEER"), but not a role after a title and an article ("MEVROUW DE VOORZITTER")
        particles = [w for w in words[-3:-1] if w.lower() in self._particles]
        common_end = bool(self._roles.fullmatch(words[-1])) or words[-1].lower() in self._labels \
            or self.lexicon.is_common(words[-1]) and not (
            len(words) >= 2 and (words[-2].endswith(".") or len(particles) >= 2
                                 or (particles and words[-1] in self.lexicon.surnames)))
        if len(cased) != m.end() or common_end or not (
                self._leading_titles.match(cased) or words[0].endswith(".") or self.lexicon.is_first_name(words[0])
                or (words[-1] in self.lexicon.surnames and not any(self.lexicon.is_common(w) for w in words))):
            return segment
        return cased + segment[m.end():]

    def _field_parts(self, value: str, header: bool = False) -> list[tuple[int, str]]:
        """One person per part; "O'Brien, Declan P" (an address book's "Surname, First name") is one."""
        parts = [(p.start(), p.group()) for p in _FIELD_PART.finditer(value)]
        merged: list[tuple[int, str]] = []
        for start, part in parts:
            if merged and self._first_name_after_comma(merged[-1][1], part, header):
                prev_start, _ = merged.pop()
                merged.append((prev_start, value[prev_start:start + len(part)]))
            else:
                merged.append((start, part))
        return merged

    def _first_name_after_comma(self, before: str, part: str, header: bool = False) -> bool:
        """Whether ``before`` and ``part`` are one name written surname first ("Quist, P.", "Reyes, Gabriel");
        ``header``: they stand in a mail's address field, where an entry's comma parts its surname from its first name."""
        # a display name in quotes ('"Nguyen, Thi Lan" <...>') reads the same without them
        book = bool(re.search(r"[<(]", part))  # an address book's entry: "Reyes, Gabriel (DHS/OIG) <...>"
        original = part
        part = re.sub(r"\s*<[^<>]*>\s*$", "", part)
        # "Reyes, Gabriel (DHS/OIG)", "Delgado, Rosa M. (PH) (FBI)": the units' tags, however many
        while (untagged := re.sub(r"\s*\((?![A-ZÀ-Þ][a-zà-ÿ]+\))[^()\n]*\)\s*$", "", part)) != part:
            part = untagged
        m = _SURNAME_COMMA_FIRST.match(before.lstrip(" \t'\"‘“") + "," + part.rstrip("'\"’”"))
        if not m:
            return False
        if m.group("initials"):  # "Quist, P.", "PIETERSEN, J. (Johan)": a surname, not a word, before the initials
            return not self.lexicon.is_common(m.group("last")) or m.group("last").isupper()
        last, first = m.group("last"), m.group("first")
        if not book and not header and last in self.lexicon.first_names and last not in self.lexicon.surnames:
            return False  # "Aanwezig: Baukje, Hylke": two people by first name
        if "-" in first and all(p in self.lexicon.first_names for p in first.split("-")):
            return True  # "Tran, Minh-Anh": a first name of two listed ones
        if (last.isupper() and len(last) >= 3 and not self.lexicon.is_common(last.title())
                or header and " " not in last) and " " not in first.strip() and not self.lexicon.is_common(first) \
                and not self.lexicon.is_common(last):
            # "TESFAY GEBREMEDHIN, Semhar": a surname in capitals before the first name, as forms and files write it;
            # "Cc: Hendry, Alasdair": an address book's entry
            return True
        if book and _address_names(original, first, last) \
                and not (self.lexicon.is_common(first) and self.lexicon.is_common(last)):  # not "Desk, Press"
            return True  # "Okonkwo-Barnes, Adaeze <Adaeze.Okonkwo-Barnes@...>": the address spells the name out
        if _UNIT_TAG.search(original) and " " not in first.strip() and not self.lexicon.is_common(first) \
                and not self.lexicon.is_common(last):
            return True  # "Okafor, Chidi (BZK)": an address book's entry with the person's unit, whatever the first name
        # an address book's "Okonkwo, Chiamaka N": a first name no lexicon lists, but with a middle initial
        return first in self.lexicon.first_names or (
            bool(re.search(r"\s[A-Z]\.?$", part.strip())) and not self.lexicon.is_common(first) and not self.lexicon.is_common(last))

    def _leading_name(self, toks: list[_Tok], name_part: bool = False, titled: bool = False) -> tuple[int, int] | None:
        """The name at the start of a field value: initials/capitalised words and particles.

        ``name_part``: the field holds nothing but a name ("Achternaam:"), so a word counts too; ``titled``: a title
        stood before the value ("de heer"), so capitalised particles open a surname whatever word follows them.
        """
        words = [t for t in toks if t.kind != "nl"]
        end = None
        caps = 0
        for i, t in enumerate(words):
            if t.kind in ("cap", "init"):
                if t.kind == "cap" and caps == 0 and not name_part and _NOUN_END.search(t.text) \
                        and t.text not in self.lexicon.surnames and t.text not in self.lexicon.first_names:
                    return None  # "Aan: Omgevingsdienst Regio Nijmegen": a body's name opens with a word for one
                if t.kind == "cap" and self.lexicon.is_common(t.text) and caps == 0 and t.text not in self.lexicon.first_names \
                        and not (t.text in self.lexicon.word_names and i + 1 < len(words) and words[i + 1].kind == "cap") \
                        and not name_part and not (i and words[i - 1].kind == "particle") \
                        and not (t.text.lower() in self._particles and i + 1 < len(words)
                                 and words[i + 1].kind == "particle" and (titled or self._surname_follows(words[i + 1:]))):
                    # "van der Meer, J.", "de heer Van der Meer"; not "Van de Gemeente"
                    return None
                caps += 1
                end = t.end
            elif t.kind == "particle" and caps and t.text.lower() == "te" and words[i - 1].kind == "cap" \
                    and words[i - 1].text not in self.lexicon.first_names:
                break  # "gemachtigde: mr. A.B. Hoekstra te Zwolle": the place of the office, not a surname
            elif t.kind == "particle" and caps and i + 1 < len(words) and words[i + 1].kind in ("cap", "particle"):
                continue
            elif t.kind == "particle" and caps == 0:  # "Van der Berg" at field start
                continue
            else:
                if t.text == "," and caps and i + 2 == len(words) and words[i + 1].kind == "init":
                    end = words[i + 1].end  # "De Vries, P."
                break
        if not words or end is None or caps == 0:
            return None
        if name_part:
            return words[0].start, end
        if caps == 1 and words[0].kind == "cap" and not self._single_name_ok(words[0].text):
            return None
        capitalised = [t.text for t in words if t.kind == "cap" and t.end <= end]
        plain = all(t.kind == "cap" for t in words if t.end <= end)  # no particle or initial says "name"
        if plain and len(capitalised) == caps and all(self.lexicon.is_common(w) and not self._single_name_ok(w) for w in capitalised):
            return None  # "Legal Affairs": words, not a name
        if plain and len(capitalised) >= 2 and self.lexicon.is_common(capitalised[-1]) \
                and not self._single_name_ok(capitalised[-1]) and not self.lexicon.is_first_name(capitalised[0]):
            return None  # "Karen Ashworth, Prevent Officer": a post after the name, not a second person
        return words[0].start, end

    def _single_name_ok(self, word: str) -> bool:
        return word in self.lexicon.first_names or word in self.lexicon.surnames or word.endswith(self._suffixes)

    def _chain_names(self, text: str) -> list[Name]:
        names: list[Name] = []
        toks = self._tokens(text, 0)
        i = 0
        while i < len(toks):
            if toks[i].kind not in ("cap", "init", "particle"):
                i += 1
                continue
            j, chain = i, []
            while j < len(toks):
                t = toks[j]
                if t.kind == "nl" and chain and j + 1 < len(toks) and self._wraps(text, t, toks[j + 1]):
                    j += 1
                    continue
                if t.kind not in ("cap", "init", "particle") or (chain and self._next_label(text, t)
                                                                  and not self._sender_surname(text, chain)):
                    break
                chain.append(t)
                j += 1
            names.extend(self._names_in_chain(text, chain))
            i = max(j, i + 1)
        return names

    def _sender_surname(self, text: str, chain: list[_Tok]) -> bool:
        """Whether the word with a colon after ``chain`` ends a chat sender's name: a first name after a time stamp
        ("23:02 - Marco Buurman: ..."), however much the surname looks like a label or a word."""
        return len(chain) <= 2 and chain[0].kind == "cap" and self.lexicon.is_first_name(chain[0].text) \
            and bool(_CHAT_PREFIX.search(text, max(0, chain[0].start - 30), chain[0].start))

    def _next_label(self, text: str, tok: _Tok) -> bool:
        """A word with a colon that opens the next field on the line ("de heer X Griffier: de heer Y"), not a
        surname before a chat message's colon ("Chidi Okonjo: ...")."""
        return text[tok.end:tok.end + 3].lstrip(" \t").startswith(":") and (
            tok.text.lower() in self._labels or self.lexicon.is_common(tok.text) or bool(self._roles.fullmatch(tok.text)))

    def _wraps(self, text: str, newline: _Tok, following: _Tok) -> bool:
        """A line break inside running text (a long line before it), not a list, signature or next field."""
        label_after = text[following.end:following.end + 2].lstrip().startswith(":")
        fields = _FIELD_OPEN.match(text, text.rfind("\n", 0, newline.start) + 1) and _FIELD_OPEN.match(text, newline.end)
        return _running_line(text, newline.start, self._sentence_end) and not label_after and not self._label_line(text, following.start) \
            and not fields

    def _label_line(self, text: str, start: int) -> bool:
        """Whether the line at ``start`` opens with a field label ("Namens de gemeente: ...", "Afwezig met ...:")."""
        head = _LABEL_COLON.split(text[start:start + 40].split("\n", 1)[0], 1)
        return len(head) == 2 and bool(head[0].split()) and head[0].split()[0].lower() in self._labels

    def _names_in_chain(self, text: str, chain: list[_Tok]) -> list[Name]:
        """The best name in a run of capitalised words: strong cues first, then weak ones."""
        heads = [k for k, head in enumerate(chain)
                 if not (head.kind == "particle" or (head.kind == "cap" and self.lexicon.is_common(head.text)
                                                     and head.text not in self.lexicon.first_names
                                                     # "Yours sincerely,\nMark Whitcombe": a word as a first name,
                                                     # the closing's rule decides
                                                     # (particles may stand between: "Wethouder Lot van Hooijdonk")
                                                     and not (head.text in self.lexicon.word_names
                                                              and _cap_after_particles(chain, k))
                                                     # "mevrouw Bos van nummer 7": a listed surname after a title
                                                     and not (k == 0 and head.text in self.lexicon.surnames
                                                              and self._titles.search(text, max(0, head.start - 24),
                                                                                      head.start))
                                                     # "Staatssecretaris Nobel": a listed surname after a role word
                                                     and not (k == len(chain) - 1 and head.text in self.lexicon.surnames
                                                              and self._role_right_before(text, head.start))
                                                     # "Gedeputeerde Van der Hoek": a word after a role and a
                                                     # capitalised particle is a surname
                                                     and not self._after_role_particles(text, chain, k)))
                 # a first name never follows "<Word> van" ("Statuut van Rome ..."); a surname may follow a role
                 # ("Ambassadeur Van der Zwan"), and a first name
                 # with a surname after it does ("Mail van Jan Visser aan ...")
                 and not (k >= 2 and chain[k - 1].kind == "particle" and any(
                     t.kind != "particle" and t.text.lower() not in self._particles for t in chain[:k - 1])
                     and not self._role_right_before(text, chain[self._particles_from(chain, k)].start)
                     and not self._after_role_particles(text, chain, k)
                     and not self._first_and_surname(chain, k))]
        if not heads:  # most runs are one sentence-initial word ("De", "Het")
            return []
        # a role word before a first name names its holder, also in a heading ("Office of Congresswoman Delia Ramos")
        headline = _is_headline(text, chain[0].start) and not self._title_in_line(text, chain[0].start) \
            and not self._tagged_name_line(text, chain[0].start) \
            and not (self._closing_line and self._closing_line.match(text, text.rfind("\n", 0, chain[0].start) + 1)) \
            and not any(self._roles.fullmatch(a.text) and self.lexicon.is_first_name(b.text) for a, b in zip(chain, chain[1:])) \
            and not _LIST_GOES_ON.search(text, max(0, text.rfind("\n", 0, chain[0].start) - 3),
                                         text.rfind("\n", 0, chain[0].start) + 1)  # a list wrapped onto this line
        for strong in (True, False):
            for k in heads:
                name = self._name_at(text, chain, k, strong, headline)
                if name and name.rule != "officials-list" and self._is_street(text[name.start:name.end]):
                    # "mevrouw B. Jansen-Smeets\nMolenweg 31": the street opens the next line of an address block
                    wrap = text.rfind("\n", name.start, name.end)
                    known_by = self._words.known_by_street.search(text, name.start, name.end)
                    if wrap > name.start and text[name.start:wrap].strip() and " " in text[name.start:wrap].strip():
                        name.end = name.start + len(text[name.start:wrap].rstrip())
                    elif known_by and self.lexicon.is_first_name(text[name.start:known_by.start()]):
                        name.end = known_by.start()  # "die Ayoub van de Kerkstraat": someone known by the street
                    else:
                        name = None
                if name:
                    return [name]
        return []

    def _word_name_before_surname(self, head: _Tok, rest: list[_Tok]) -> bool:
        """"Mark Ellison", "Grant Holloway": a first name the lexicons set aside as a word, then one capitalised word
        that is neither a word nor a first name."""
        return head.kind == "cap" and head.text in self.lexicon.word_names and len(rest) == 1 and rest[0].kind == "cap" \
            and not self.lexicon.is_common(rest[0].text) and not self.lexicon.is_first_name(rest[0].text) \
            and not _UPPER_WORD.match(rest[0].text)

    def _first_name_before_word_surname(self, head: _Tok, rest: list[_Tok]) -> bool:
        """"Alyssa Grant", "Tom Will": a first name no lexicon lists as a word, then one capitalised first name that the
        lexicons set aside as a word: a surname here."""
        return head.kind == "cap" and len(rest) == 1 and rest[0].kind == "cap" and rest[0].text in self.lexicon.word_names \
            and self.lexicon.is_first_name(head.text) and head.text not in self.lexicon.word_names

    def _particles_from(self, chain: list[_Tok], k: int) -> int:
        """Where the particles right before ``chain[k]`` start ("Van der" in "Ambassadeur Van der Zwan")."""
        p = k
        while p > 0 and chain[p - 1].text.lower() in self._particles:
            p -= 1
        return p

    def _role_right_before(self, text: str, start: int) -> bool:
        """Whether a role word ends right before ``start`` ("staatssecretaris Nobel", "Wethouder\nGroot")."""
        return _last_word(text, start) in self._role_ends and bool(self._role_before.search(text, max(0, start - 40), start))

    def _first_and_surname(self, chain: list[_Tok], k: int) -> bool:
        """Whether ``chain[k]`` is a listed first name and a capitalised word that is no common word follows it,
        perhaps after particles ("Jan Visser", "Piet de Vries"); or initials before such a word ("Brief van J.A. Jansen")."""
        if chain[k].kind != "init" and not self.lexicon.is_first_name(chain[k].text):
            return False
        after = next((t for t in chain[k + 1:] if t.kind != "particle"), None)
        return after is not None and after.kind == "cap" and not self.lexicon.is_common(after.text)

    def _after_role_particles(self, text: str, chain: list[_Tok], k: int) -> bool:
        """Whether ``chain[k]`` follows a run of particles that opens with a capital ("Van der") right after a
        role word ("Ambassadeur Van der Zwan", "gedeputeerde Van der Hoek")."""
        p = self._particles_from(chain, k)
        return p < k and chain[p].text[:1].isupper() and self._role_right_before(text, chain[p].start)

    def _title_in_line(self, text: str, pos: int) -> bool:
        """A capitalised title before a capitalised word on the line ("z. Hd. Herrn Bart ..."): a name, not a headline."""
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = end if end >= 0 else len(text)
        return bool(self._title_before_cap.search(text, start, end)
                    or (self._title_role_before_cap and self._title_role_before_cap.search(text, start, end)))

    def _legal_form(self, text: str, head: _Tok) -> bool:
        """Whether the initials ``head`` are a firm's legal form ("V.O.F. De Kroon"); a cooperative's form only right
        after the firm's name ("Zuivel B.A."), as it stands nowhere else."""
        form = head.text.replace(" ", "").rstrip(".").upper()
        if form in _FORMS_AFTER_NAME:
            before = _CAP_WORD_BEFORE.search(text, max(0, head.start - 40), head.start)
            return bool(before) and not self._titles.search(text[max(0, head.start - 24):head.start])
        return form in _LEGAL_FORMS

    def _is_street(self, name: str) -> bool:
        """"Jan van Galenstraat", "Willem de Zwijgerlaan": a street named after a person."""
        last = name.split()[-1]
        return bool(_STREET_END.search(last)) and last not in self.lexicon.surnames

    def _name_at(self, text: str, chain: list[_Tok], k: int, strong: bool, headline: bool) -> Name | None:
        head, rest = chain[k], chain[k + 1:]
        official_end = self._official_span(text, chain, k)
        if official_end:
            return Name(head.start, official_end, 0.9, "officials-list", "name-list")
        if headline:  # Title Case Headlines: capitals say nothing about names
            return None
        caps_after = [t for t in rest if t.kind == "cap"]
        end = (self._chain_end(rest, text, head) or head).end
        while end > head.end and text[end - 1].isspace():
            end -= 1  # an initial's token takes the space after it ("Melissa A. ")
        p = k  # "de heer Van Leeuwen": a capitalised particle before the surname belongs to it
        while p > 0 and chain[p - 1].text.lower() in self._particles:
            p -= 1
        lead = chain[p].start
        if strong:
            before = text[max(0, head.start - 24):head.start]
            if head.kind == "cap" and p < k and self._titles.search(text[max(0, lead - 24):lead]) \
                    and not (k - p == 1 and chain[p].text in _WEAK_PARTICLES) \
                    and not (chain[p].text in _WEAK_PARTICLES and _HOUSE_NUMBER_AFTER.match(text, end)):
                # "het gezin in Kanaleneiland": a place; "bij zijn oma op de Pettelaarseschans 118": a street
                return Name(self._title_start(text, lead), end, 0.8, "title", "name-title")
            if head.kind == "cap" and p < k and chain[p].text[:1].isupper() and self._person_noun \
                    and self._person_noun.search(text, max(0, lead - 40), lead):
                return Name(lead, end, 0.75, "title", "name-title")  # "huisarts Van Gool": a surname after a person's noun
            if head.kind == "init" and caps_after and not self.lexicon.is_common(head.text.replace(" ", "")) \
                    and not self._legal_form(text, head) \
                    and not _ROYAL_STYLE.match(text, head.start) \
                    and end > head.end \
                    and not (_QUADRANT_INITIALS.fullmatch(head.text.strip()) and _STREET_BEFORE.search(before)):
                # not "U.S."; not "C.A. No. 16-004": initials need a surname after them; not "Ave., N.W. Washington"
                return Name(self._title_start(text, head.start), end, 0.75, "initials",
                            "name-initials")
            if head.kind == "cap" and self.lexicon.is_first_name(head.text) and caps_after \
                    and (not self._roles.fullmatch(caps_after[0].text) or caps_after[0].text in self.lexicon.surnames) \
                    and not (end == head.end and rest[0].kind == "cap" and self.lexicon.is_common(rest[0].text)
                             and not text[head.end:rest[0].start].strip()):
                # "Vice President Biden": "Vice" is no name; "London Borough of ...": a first name the lexicon knows
                # right before a common word is a place or a thing, with no surname after it
                sure = self._looks_like_surname(caps_after[-1].text)
                return Name(self._title_start(text, head.start), end, 0.8 if sure else 0.7, "first-name",
                            "name-first")
            initial = next((i for i in range(len(rest) - 1, -1, -1) if rest[i].kind != "particle"), None)
            if head.kind == "cap" and not caps_after and initial is not None and rest[initial].kind == "init" \
                    and all(t.kind == "particle" for t in rest[:initial]) and not self.lexicon.is_common(head.text) \
                    and (self.lexicon.is_first_name(head.text) or _AGE_AFTER.match(text, rest[initial].end)
                         or (self._person_noun and self._person_noun.search(text, max(0, head.start - 40), head.start))):
                # a suspect or party as police, prosecutors and the news write them: "Jos B.", "Jan de V. (34)",
                # "Dries V.L."; an unlisted first name with an age or a word for a person before it
                return Name(head.start, rest[initial].start + len(rest[initial].text.rstrip()), 0.75, "first-name", "name-first")
            if head.kind == "cap" and self._titles.search(before) and not self._next_label(text, head) \
                    and not self._roles.fullmatch(head.text) \
                    and not (_FAMILY_BEFORE.search(before) and _ADJECTIVE_END.search(head.text)
                             and head.text not in self.lexicon.surnames) \
                    and not _NUMBERED_LABEL.match(text, head.end):  # "hoofdagent\nVerbalisant 2: ..." is a label
                return Name(self._title_start(text, head.start), end, 0.8, "title",
                            "name-title")
            # the particles in lower case too ("minister de Jonge"), but not "van" alone: "minister van Defensie", nor
            # the post's place ("de Nederlandse Ambassadeur in\nBakoe")
            if head.kind == "cap" and (chain[p].text[:1].isupper()
                                       or " ".join(t.text for t in chain[p:k]).lower() not in ("van", "voor", "in", "te")) \
                    and (not self.lexicon.is_common(head.text) or (p == k and not rest and head.text in self.lexicon.surnames)
                         or (p < k and self._after_role_particles(text, chain, k))
                         or (head.text in self.lexicon.word_names and caps_after)) \
                    and not (_LABEL_AFTER.match(text, end) and "\n" in text[max(0, lead - 3):lead]) \
                    and not self._words.street_and_number.match(text, head.start) \
                    and not self._role_phrase_at(text, head.start) \
                    and ((_last_word(text, lead) in self._role_ends and self._role_before.search(text[max(0, lead - 40):lead]))
                         or (self._title_role and self._title_role.search(text[max(0, lead - 40):lead]))
                         or _COUNTERPART_BEFORE.search(text, max(0, lead - 40), lead)):
                # "burgemeester Scholten", "minister Helder" (a surname that is also a word): kept by classify
                return Name(lead, end, 0.7, "role", "name-role")
            if head.kind == "cap" and p == k and caps_after \
                    and (not self.lexicon.is_common(head.text) or self._word_name_before_surname(head, rest)) \
                    and not self._roles.fullmatch(head.text) and not self.lexicon.is_common(caps_after[-1].text) \
                    and not any(t.kind == "cap" and self.lexicon.is_first_name(t.text) for t in caps_after[:-1]) \
                    and self._role_near(text, head.start, end):
                return Name(head.start, end, 0.7, "role", "name-role")  # "the Minister of Foreign Affairs, Gedion Timothewos"
            if head.kind == "cap" and p == k and len(caps_after) == 1 and rest[0] is caps_after[0] \
                    and self.lexicon.is_first_name(head.text) and self.lexicon.is_common(rest[0].text) \
                    and not text[head.end:rest[0].start].strip() and self._role_near(text, head.start, rest[0].end):
                return Name(head.start, rest[0].end, 0.7, "role", "name-role")  # "the Chief Executive, Kirsten Major"
            if head.kind == "cap" and not rest and (self.lexicon.is_first_name(head.text) or (
                    # "Hi Ben,", "Dear Will,": after a greeting a listed first name that is also a word
                    (head.text in self.lexicon.first_names or head.text in self.lexicon.word_names)
                    and _SALUTED_END.match(text, head.end))) and (
                    self._salutations.search(before) or self._salutation_pair.search(text, max(0, head.start - 50), head.start)):
                return Name(head.start, head.end, 0.7, "salutation", "name-salutation")
            if head.kind == "cap" and p == k and not rest and self._chat and 3 <= len(head.text) \
                    and (len(head.text) <= 4 or head.text in self.lexicon.surnames) \
                    and self._plain_name(head.text) and self._salutations.search(before) \
                    and _SALUTED_END.match(text, head.end) and text[head.end:head.end + 1] in ",!":
                # "Hi Bex,": in a mail or a chat, a greeting's short word (a nickname) or surname no lexicon knows as a
                # word is a name; not a place's ("Hello Leeds,")
                return Name(head.start, head.end, 0.7, "salutation", "name-salutation")
            if head.kind == "cap" and p == k and not rest and not self.lexicon.is_common(head.text) \
                    and self._salutations.search(before):
                m = _SALUTED_FIRST.match(text, head.end)
                if m and self.lexicon.is_first_name(m.group(1)):  # "Dear McCabe, Bob - Cabinet Office": a display name
                    return Name(head.start, m.end(1), 0.75, "salutation", "name-salutation")
            if head.kind == "cap" and p == k and _SPEAKER_COLON.match(text, head.end if not rest else end) \
                    and not self._roles.fullmatch(head.text) \
                    and (_CHAT_PREFIX.search(before) or (_LINE_START.search(before) and self.lexicon.is_first_name(head.text)
                                                        and not rest)
                         or (not rest and self.lexicon.is_first_name(head.text)
                             and _CHAT_PREFIX_WORD.search(text, max(0, head.start - 60), head.start))) \
                    and head.text.lower() not in self._labels and not self.lexicon.is_common(head.text) \
                    and not self._roles.fullmatch(head.text):  # "Wethouder Van Rijswijk: ...": the role names the speaker
                # a chat line "Wendelien: ..."; after a time stamp any name ("09:16 - Chidi Okonjo: ...")
                return Name(head.start, end, 0.75, "speaker", "name-speaker")
            if head.kind == "cap" and p == k and rest and len(rest) <= 3 and _CHAT_PREFIX.search(before) \
                    and all(t.kind in ("cap", "particle") for t in rest) and _SPEAKER_COLON.match(text, rest[-1].end) \
                    and self.lexicon.is_first_name(head.text) and not self._roles.fullmatch(head.text):
                # after a time stamp the sender's saved name runs to the colon, a word for a surname too
                # ("23:02 - Marco Buurman: ..."); but a saved name that adds the contact's work ("Wendy Gemeente
                # Handhaving: ...") is the first name and words of an office
                office = all(self.lexicon.is_common(t.text) and t.text not in self.lexicon.surnames for t in rest)
                return Name(head.start, head.end if office else rest[-1].end, 0.75, "speaker", "name-speaker")
            if head.kind == "cap" and p == k and (caps_after or self.lexicon.is_first_name(head.text)) \
                    and _SPEAKER_TIME_AFTER.match(text, end) and _LINE_START.search(before) \
                    and head.text.lower() not in self._labels and not self.lexicon.is_common(head.text):
                return Name(head.start, end, 0.75, "speaker", "name-speaker")  # "Yara (16:05): Zie ze"
            if head.kind == "cap" and p == k and (caps_after or self.lexicon.is_first_name(head.text)) \
                    and not _line_after(text, end).strip() and _CHAT_HEADER.match(text, text.rfind("\n", 0, head.start) + 1, head.start) \
                    and head.text.lower() not in self._labels and not self.lexicon.is_common(head.text):
                return Name(head.start, end, 0.75, "speaker", "name-speaker")  # "[10:05] Yohannes Tesfamariam"
            if head.kind == "cap" and p == k and not _line_after(text, end).strip() \
                    and (self.lexicon.is_first_name(head.text) or (caps_after and not self.lexicon.is_common(head.text)
                                                                  and _TRANSCRIPT_SECONDS.fullmatch(text, text.rfind("\n", 0, head.start) + 1, head.start))) \
                    and _TRANSCRIPT_TIME.fullmatch(text, text.rfind("\n", 0, head.start) + 1, head.start):
                return Name(head.start, end, 0.75, "speaker", "name-speaker")  # "0:00:19 Nkechi Okafor"
            if head.kind == "cap" and p == k and not rest and self.lexicon.is_first_name(head.text) \
                    and _VOCATIVE_AFTER.match(text, head.end) and _SENTENCE_START.search(text, max(0, head.start - 3), head.start):
                return Name(head.start, end, 0.7, "salutation", "name-salutation")  # "Siebren, jij neemt ...?"
            if head.kind == "cap" and p == k and not rest and self.lexicon.is_first_name(head.text) \
                    and _POSSESSED_NOUN.search(text, max(0, head.start - 40), head.start) and text[head.end:head.end + 1] == ",":
                return Name(head.start, end, 0.7, "relation", "name-relation")  # "His work coach, Lowri, is named"
            if head.kind == "cap" and p == k and not rest and self.lexicon.is_first_name(head.text) \
                    and _LOWER_ROLE_AFTER.match(text, head.end) and _LIST_BEFORE.search(text, max(0, head.start - 3), head.start):
                return Name(head.start, head.end, 0.7, "first-name", "name-context")  # "...; Sam (note-taker)"
            if head.kind == "cap" and p == k and not rest and self.lexicon.is_first_name(head.text) \
                    and _TAG_AFTER.match(text, head.end) and _LIST_BEFORE.search(text, max(0, head.start - 3), head.start) \
                    and _PEOPLE_LABEL.match(text, text.rfind("\n", 0, head.start) + 1):
                return Name(head.start, head.end, 0.7, "first-name", "name-context")  # "Betrokken medewerkers: Anja (HR)"
            if head.kind == "cap" and p == k and text[head.start - 1:head.start] == "@" \
                    and (head.start < 2 or text[head.start - 2].isspace()) \
                    and (self.lexicon.is_first_name(head.text) or caps_after) and not self.lexicon.is_common(head.text):
                return Name(head.start, end, 0.75, "speaker", "name-context")  # "@Pieter kun jij ...": a mention in a chat
            if head.kind == "cap" and p == k and self._closing and not text[text.rfind("\n", 0, head.start) + 1:head.start].strip() \
                    and self._closing.search(text[max(0, head.start - 60):head.start]) \
                    and (self.lexicon.is_first_name(head.text) or caps_after
                         # one word alone on the line under the closing, as a sender signs with a first name no
                         # lexicon lists ("Danki,\nShudaira"); not a body's acronym or a unit's noun
                         or (not rest and not _line_after(text, end).strip() and head.text[1:].islower()
                             and len(head.text) <= 11 and not _NOUN_END.search(head.text) and not self._compound(head.text)
                             and not self._roles.fullmatch(head.text) and head.text.lower() not in self._labels
                             and head.text.lower() not in ("namens", "i.o.", "per")
                             and not (self._closing_line and self._closing_line.match(head.text + ",")))) \
                    and (not self.lexicon.is_common(head.text) or (caps_after and head.text in self.lexicon.word_names)) \
                    and _SIGNATURE_TAIL.match(_line_after(text, end)):
                return Name(head.start, end, 0.75, "closing", "name-closing")  # "Regards,\nTom", "..., legal adviser"
            # (the next line's first word may have joined the chain: "... Groet Kevin\nTeamleider (08:20): ...")
            if head.kind == "cap" and p == k and (not rest or "\n" in text[head.end:rest[0].start]) and self._closing_inline \
                    and self.lexicon.is_first_name(head.text) \
                    and self._closing_inline.search(text, max(0, head.start - 40), head.start) \
                    and (not _line_after(text, head.end).strip(" \t.!") or _PAIR_AFTER.match(text, head.end)):  # "Kees en Ria"
                return Name(head.start, head.end, 0.7, "closing", "name-closing")  # "Ik neem de sleutel mee, groet Dmytro"
            if head.kind == "cap" and (p == k or chain[p].text[:1].isupper()) and not rest and self._party \
                    and self._party.match(text, head.end) and not self.lexicon.is_common(head.text) \
                    and not self._roles.fullmatch(head.text):  # "Wethouder (ChristenUnie)" under a speaker's name
                # "het lid Paternotte (D66)", "de leden Bikker (CU) en Van Baarle (DENK)": kept by classify
                return Name(lead, end, 0.7, "role", "name-role")
            if head.kind == "cap" and p == k and not caps_after and self._person_noun and self.lexicon.is_first_name(head.text) \
                    and (self._person_noun.search(text, max(0, head.start - 40), head.start)
                         or (text.startswith(",", head.end)
                             and self._person_noun_apposition.search(text, max(0, head.start - 60), head.start))):
                return Name(head.start, head.end, 0.7, "first-name", "name-context")  # "juf Annemiek", "huisarts Sanne"
            if head.kind == "cap" and p == k and self._introduction and self._introduction.search(before) \
                    and (self.lexicon.is_first_name(head.text) or caps_after or head.text in self.lexicon.surnames) \
                    and not self.lexicon.is_common(head.text):  # "een zekere Vermeulen": a surname alone too
                return Name(head.start, end, 0.7, "introduction", "name-introduction")  # "u spreekt met Mirthe"
            if head.kind == "cap" and p == k and not self.lexicon.is_common(head.text) and _AGE_BEFORE.search(before) \
                    and (self.lexicon.is_first_name(head.text) or caps_after or not _DEMONYM.search(head.text)) \
                    and not (_DEMONYM.search(head.text) and not self.lexicon.is_first_name(head.text)
                             and any(self.lexicon.is_first_name(t.text) for t in caps_after)):
                # "de 39-jarige Franse Tunesiër Mohamed R.": the name starts at the first name, after the origins
                return Name(head.start, end, 0.7, "first-name", "name-age")  # "de 34-jarige Yonas", "the 34-year-old Tom"
            if head.kind == "cap" and p == k and not rest and self.lexicon.is_first_name(head.text) and _AGE_AFTER.match(text, end):
                return Name(head.start, end, 0.7, "first-name", "name-age")  # "Lotte (7) en Daan (4)"
            if head.kind == "cap" and p == k and self._relation \
                    and _RELATION_PREFIX.sub("", _last_word(text, head.start).rstrip(",")) in self._relations \
                    and self._relation.search(before) and not _COUNTERPART_BEFORE.search(before) \
                    and (not self.lexicon.is_common(head.text) or (head.text in self.lexicon.word_names and caps_after)
                         # a listed first name that is also a word, capitalised after the relation ("mijn vriendin Elke")
                         or (head.text in self.lexicon.first_names and text[head.start - 1:head.start] != "\n")) \
                    and not self._next_label(text, head):  # "2. Uw partner\nVoorletters: M.": a form's next field
                return Name(head.start, end, 0.7, "relation", "name-relation")
            if head.kind == "cap" and p == k and self._relation_article and self.lexicon.is_first_name(head.text) \
                    and self._relation_article.search(text, max(0, head.start - 24), head.start):
                return Name(head.start, end, 0.7, "relation", "name-relation")
            if head.kind == "cap" and [t.text.lower() for t in chain[p:k]] in ([], ["van"], ["of"]) and self._relation_of \
                    and self.lexicon.is_first_name(head.text) and self._relation_of.search(before):
                return Name(head.start, end, 0.7, "relation", "name-relation")  # "moeder van Mila"
            # in a chat, also after "van" ("de lijst van Merel"): a first name no surname follows is no department's
            if head.kind == "cap" and (p == k == 0 or (p == 0 and k == 1 and chain[0].text == "van")) and self._chat \
                    and not caps_after and len(head.text) >= 3 \
                    and all(t.kind == "particle" for t in rest) and self.lexicon.is_first_name(head.text) \
                    and not self._roles.fullmatch(head.text) \
                    and (not _MESSAGE_START.search(text, max(0, head.start - 3), head.start)
                         # a sentence's first word too when a verb follows ("Dewi neemt de aanvragen over")
                         or (len(head.text) >= 4 and _VERB_AFTER.match(text, head.end))) \
                    and not (_PLACE_BEFORE.search(text, max(0, head.start - 12), head.start)
                             and not _SENT_TO.search(text, max(0, head.start - 60), head.start)
                             and not _SENT_AFTER.match(text, head.end)) \
                    and not _ACRONYM_BEFORE.search(text, max(0, head.start - 8), head.start):  # "FCDO London"
                return Name(head.start, head.end, 0.6, "first-name", "name-context")  # "Ja, via Syb van de stichting"
            if head.kind == "cap" and p == k and caps_after and len(rest) <= 4 and not self.lexicon.is_common(head.text) \
                    and not self.lexicon.is_common(caps_after[-1].text) and not _UPPER_WORD.match(head.text) \
                    and not self._words.venue_start.match(text, head.start) \
                    and ((self._person_noun and self._person_noun.search(text, max(0, head.start - 40), head.start))
                         or self._person_tail_at(text, end)):
                return Name(head.start, end, 0.7, "context", "name-context")  # "Een burger, X Y, wonend aan ..."
            return None
        if self._first_name_before_word_surname(head, rest) and not headline:
            return Name(head.start, rest[0].end, 0.65, "first-name", "name-first")  # "respond to Alyssa Grant of my office"
        if self._word_name_before_surname(head, rest) and not headline \
                and _APPOSITION_BEFORE.search(text, max(0, head.start - 40), head.start):
            # "with your union representative, Mark Ellison (PCS)": a first name that is also a word, in an apposition
            # after a noun, before a surname no lexicon lists as a word or a first name (not "audited by Grant Thornton")
            return Name(head.start, rest[0].end, 0.65, "first-name", "name-first")
        if head.kind == "cap" and 1 <= len(caps_after) <= 2 and caps_after[-1].text.endswith(self._suffixes) \
                and not caps_after[-1].text.endswith(_OCCUPATION_ENDS) \
                and not self.lexicon.is_common(caps_after[-1].text) and "-" not in head.text:
            return Name(head.start, end, 0.65, "surname-form", "name-suffix")
        if head.kind == "cap" and not rest:
            stop = self._surname_first(text, head, particled=p < k)
            if stop:  # "De Vries, P.": the particles before the surname are part of it; in "brief van De Vries, P."
                # the name starts at the capitalised one
                q = next((i for i in range(p, k) if chain[i].text[:1].isupper()), p)
                return Name(chain[q].start, stop, 0.75, "surname-initials", "name-surname-first")
        return None

    def _title_start(self, text: str, start: int) -> int:
        """Include an abbreviated title right before the name ("Mr.", "drs."): it says who."""
        m = _ABBREVIATED_TITLE.search(text[max(0, start - 24):start])
        return start - len(m.group()) if m else start

    def _official_span(self, text: str, chain: list[_Tok], k: int) -> int | None:
        """End of the longest run from ``chain[k]`` that is a listed official's name."""
        best = None
        for j in range(k, min(len(chain), k + 5)):  # one word too ("Willem-Alexander")
            if fold(text[chain[k].start:chain[j].end]) in self.lexicon.officials:
                best = chain[j].end
        return best

    def _chain_end(self, rest: list[_Tok], text: str = "", head: _Tok | None = None) -> _Tok | None:
        last = None
        before_particles: _Tok | None = None  # the name's end before the latest run of particles
        for i, t in enumerate(rest):
            if t.kind == "particle" and (not i or rest[i - 1].kind != "particle"):
                before_particles = last
            # "burgemeester Buijs van Oss": a listed surname alone before "van"; "Oluwaseun van der Breeveld" is one name
            before = last or (head if head is not None and head.text in self.lexicon.surnames else None)
            if t.kind == "particle" and before is not None and before.kind == "cap" \
                    and before.text.strip("()") not in self.lexicon.first_names \
                    and t.text.lower() in ("van", "te", "uit") and i + 1 < len(rest) and rest[i + 1].kind == "cap" \
                    and "-" not in text[before.end:t.start]:  # "Mornout - van Orsouw": a double surname
                break  # "Sharon Dijksma van Utrecht", "mr. A.B. Hoekstra te Zwolle": "van", "te" say where from
            if t.kind == "particle" and t.text in _WEAK_PARTICLES and i + 1 < len(rest) \
                    and rest[i + 1].kind == "cap" and rest[i + 1].text not in self.lexicon.surnames:
                break  # "mijn vriendin Lotte in Zeist": "in" before a place; "Jan in 't Veld" has its article
            if t.kind == "cap" and (self.lexicon.is_common(t.text) or _NOUN_END.search(t.text)) \
                    and t.text not in self.lexicon.surnames:
                if i and rest[i - 1].kind == "init" and t.text in self.lexicon.word_names:
                    last = t  # "Melissa A. Grant": after a first name's middle initial, a word that is also a name
                    continue
                if t.text.lower() in self._particles and self._surname_follows(rest[i + 1:]):
                    continue  # "Bart De Wever", "Koen Van den Heuvel": a particle in capitals, as Belgians write it
                if i and rest[i - 1].kind == "particle" and (last or head) is not None and (last or head).kind == "init" \
                        and not _NOUN_END.search(t.text):
                    last = t  # "H. van 't Zand", "J. van der Steen": after initials and particles, a word is a surname
                    continue
                p = _last_particle(rest, i)
                if before_particles is not None and 0 <= p < i - 1 and all(r.kind == "cap" for r in rest[p + 1:i]):
                    return before_particles  # "Karim Benali van het Cals College": the particles open the school's name
                break  # "Margriet van Communicatie": a department, not a surname
            if t.kind == "cap" and last is not None and t.text not in self.lexicon.surnames \
                    and (t.text.lower() in self._labels or self._roles.fullmatch(t.text)):
                break  # "de heer A. ter Beek Afwezig Voorzitter Griffier": a header row read across, after the name
            if t.kind in ("cap", "init"):
                last = t
        return last

    def _surname_follows(self, rest: list[_Tok]) -> bool:
        """Whether ``rest`` opens with more particles and then a capitalised word that is no common word."""
        for t in rest:
            if t.kind == "particle" or (t.kind == "cap" and t.text.lower() in self._particles):
                continue
            return t.kind == "cap" and (t.text in self.lexicon.surnames
                                        or not (self.lexicon.is_common(t.text) or _NOUN_END.search(t.text)))
        return False

    def _looks_like_surname(self, word: str) -> bool:
        return word in self.lexicon.surnames or word.endswith(self._suffixes) or not self.lexicon.is_common(word)

    def _surname_first(self, text: str, head: _Tok, particled: bool = False) -> int | None:
        # one line break at most: "..., van Emmen,\n\nB. Mulder" is a place that ends a line and the signer under it
        m = re.match(rf",[ \t]*(?:\n[ \t]*)?((?:[{_UPPER}]\.\s?){{1,4}})", text[head.end:head.end + 16])
        # a double surname with a listed part ("Bos-Wijnands, H.J."), or any after its particles ("Al Amrani, K.")
        if m and (head.text in self.lexicon.surnames or (particled and not self.lexicon.is_common(head.text)) or ("-" in head.text and any(
                part in self.lexicon.surnames and not self.lexicon.is_common(part) for part in head.text.split("-")))):
            return head.end + m.start(1) + len(m.group(1).rstrip())
        return None

    def _tokens(self, text: str, offset: int, upper_names: bool = False, all_upper: bool = False) -> list[_Tok]:
        """Words of ``text`` by kind. ``upper_names``: a field value, where "Jovana PETROVIĆ" is a name;
        ``all_upper``: a field that holds nothing but a name part, where "ASANTE" is one."""
        toks: list[_Tok] = []
        for m in _TOKEN.finditer(text):
            kind = m.lastgroup or "punct"
            value = m.group()
            if kind == "gap":
                if value == "\n":
                    toks.append(_Tok(value, offset + m.start(), offset + m.end(), "nl"))
                elif len(value) >= 3 or "\t" in value:  # a column gap: the next cell is something else
                    toks.append(_Tok(value, offset + m.start(), offset + m.end(), "punct"))
                continue
            if kind == "paren":  # "(Henk)" between initials and surname belongs to the name; "(Judge)", "(Media)",
                # "(Zorgplein)" after a name and "te Asmara (Eritrea)" do not: only a first name does
                inner = value[1:-1]
                name = self.lexicon.is_first_name(inner) and not self._roles.fullmatch(inner)
                if value[0] != "(":  # a nickname in quotes right after a capitalised word, a surname after it
                    name = bool(toks) and toks[-1].kind == "cap" and len(inner) <= 10 and not self.lexicon.is_common(inner)
                toks.append(_Tok(value, offset + m.start(), offset + m.end(), "cap" if name else "punct"))
                continue
            if kind == "word" and value.isalpha() and value[0].islower():  # most words: no name, maybe a particle
                small = "particle" if value in self._particles else "word"
                toks.append(_Tok(value, offset + m.start(), offset + m.end(), small))
                continue
            stop = None
            if kind == "word":
                ext = _FILE_EXTENSION.search(value)
                if ext:  # "Brief aan mevrouw E. Cools-Hendriks.pdf": a file's name, the name before its extension
                    value = value[:ext.start()]
                stripped = value.rstrip(".-")
                if not stripped:
                    # a dash between spaces joins a double surname ("Mornout - van Orsouw"), but parts a subject line
                    # ("Familie Kaya - Umzug nach Nettetal") where no particle or listed surname follows
                    after = _WORD_AFTER.match(text, m.end())
                    if value == "-" and after and after.group(1) not in self._particles \
                            and after.group(1) not in self.lexicon.surnames:
                        toks.append(_Tok(value, offset + m.start(), offset + m.end(), "punct"))
                    continue
                if value.endswith(".") and len(stripped) > 1 and stripped.lower() not in _NO_STOP:
                    stop = offset + m.start() + value.rindex(".")  # "... mevrouw Bakker. Daarna": a sentence end
                value = stripped
                possessive = None
                if len(value) > 4 and value[-2:] in ("'s", "’s") and value[0].isupper():
                    value = value[:-2]  # "Mr. Hageman's": the name without the possessive
                    possessive = offset + m.start() + len(value)
                quote = int(value[:1] in "'’‘" and value[1:2].isupper())  # "'Dijkstra'": quotes are no part of it
                if len(value) > 3 and value[-1] in "'’" and value[quote:quote + 1].isupper():
                    value = value[:-1]
                value = value[quote:]
                length = len(value)
                value = _LINE_END_HYPHEN.sub(lambda h: "-" if h.group(1).isupper() else "", value)
                if value.lower() in self._particles and value.lstrip("'’")[:1].islower():  # "van", "'t"
                    kind = "particle"
                elif _CAP_RE.match(value) and not (_LOWER_TAIL.search(value) and not (toks and toks[-1].kind == "init")
                                                   # a surname a typeset line broke and ingest joined ("Wijn-gaarden"),
                                                   # listed or after a title ("mevrouw Bou-taleb")
                                                   and value.replace("-", "") not in self.lexicon.surnames
                                                   and not self._titles.search(text, max(0, m.start() - 20), m.start())):
                    kind = "cap"
                elif _UPPER_WORD.match(value) and (all_upper and upper_names or (
                        toks and toks[-1].kind == "cap" and toks[-1].text in self.lexicon.first_names
                        and (upper_names or (len(value) >= 3 and self.lexicon.is_first_name(toks[-1].text))))):
                    kind = "cap"  # "Jovana PETROVIĆ", "Callum REID"; not "FOIA Requester Service Center"
                toks.append(_Tok(value, offset + m.start() + quote, offset + m.start() + quote + length, kind))
                if possessive is not None:  # "St Anne's Academy": what follows the possessive is no surname
                    toks.append(_Tok("'s", possessive, possessive + 2, "punct"))
            else:
                toks.append(_Tok(value, offset + m.start(), offset + m.start() + len(value), kind))
            if stop is not None:
                toks.append(_Tok(".", stop, stop + 1, "punct"))
        if upper_names:  # "VANDENBROUCKE Jean-Luc": a surname in capitals before the first name, as Belgian files write it
            for a, b in zip(toks, toks[1:]):
                if a.kind == "word" and len(a.text) >= 3 and _UPPER_WORD.match(a.text) and b.kind == "cap" \
                        and self.lexicon.is_first_name(b.text):
                    a.kind = "cap"
            for a, b in reversed(list(zip(toks, toks[1:]))):  # "DE SMET Lowie", "VAN DER MEER Jan": its particles too
                if a.kind == "word" and a.text.isupper() and a.text.lower() in self._particles \
                        and b.kind in ("cap", "particle") and b.text.isupper():
                    a.kind = "particle"
        self._capital_surname_parts(toks)
        self._bare_initials(toks)
        # a line break inside a name is fine ("Ned\nPrice"); two are a paragraph end
        merged: list[_Tok] = []
        for t in toks:
            if t.kind == "nl" and merged and merged[-1].kind == "nl":
                merged[-1] = _Tok("\n\n", merged[-1].start, t.end, "punct")
            else:
                merged.append(t)
        return merged

    @staticmethod
    def _spelled_names(text: str, names: list[Name]) -> list[Name]:
        """A name spelled out letter by letter after it ("Tamika Roundtree. R-O-U-N-D-T-R-E-E."), as a call or an
        interview's transcript writes it: the letters are that name's word."""
        words = {w.casefold() for n in names for w in re.findall(r"[^\W\d_]{3,}", text[n.start:n.end])}
        return [Name(m.start(), m.end(), 0.7, "spelled", "name-context") for m in _SPELLED.finditer(text)
                if m.group().replace("-", "").casefold() in words]

    def _tagged_name_line(self, text: str, pos: int) -> bool:
        """A line that is a listed first name, a surname and a tag in brackets ("Ruud van Kessel (Groen Rechtvaardig
        Oss)"): a list's person with a party or unit, not a Title Case headline."""
        start = text.rfind("\n", 0, pos) + 1
        m = _TAGGED_NAME_LINE.match(text, start)
        return bool(m) and self.lexicon.is_first_name(m.group(1))

    def _compound(self, word: str) -> bool:
        """Whether ``word`` ends in a common word of four letters or more after a first part ("Rijkswaterstaat",
        "Stadsbeheer"): a compound noun, a body's name, no first name."""
        return any(self.lexicon.is_common(word[i:].title()) or self.lexicon.is_common(word[i:])
                   for i in range(3, len(word) - 3))

    def _capital_surname_parts(self, toks: list[_Tok]) -> None:
        """A surname in capitals after a listed first name, as EU and UN lists write it, with its particles ("Pieter VAN
        DAMME", "Aurelio DI STEFANO") or of two words ("Maria João SANTOS PEREIRA")."""
        for i in range(len(toks) - 2):
            a, b, c = toks[i], toks[i + 1], toks[i + 2]
            if a.kind != "cap" or not b.text.isupper() or not _UPPER_WORD.match(c.text) or c.kind == "cap":
                continue
            if a.text in self.lexicon.first_names and b.text.lower() in self._particles:
                b.kind, c.kind = "particle", "cap"  # "Pieter VAN DAMME"
            elif b.kind == "cap" and _UPPER_WORD.match(b.text) and a.text in self.lexicon.first_names \
                    and len(c.text) >= 4 and not self.lexicon.is_common(c.text.title()) \
                    and not (i + 3 < len(toks) and _UPPER_WORD.match(toks[i + 3].text)):
                c.kind = "cap"  # "João SANTOS PEREIRA": a second surname; not a run of capitals ("Anna SMITH FOIA OFFICE")

    def _bare_initials(self, toks: list[_Tok]) -> None:
        """Initials written without full stops ("JP de Vries", "AJ Bakker"): two or three capitals before a
        particle, or two before a listed surname: "EU Commissie" and "GGD Hollands Midden" are no names."""
        for i, t in enumerate(toks):
            if t.kind != "word" or not _BARE_INITIALS.match(t.text) or (i and _POSTCODE_DIGITS.fullmatch(toks[i - 1].text)) \
                    or t.text in self._title_words or t.text in POLICE_RANKS \
                    or (t.text == "PO" and i + 1 < len(toks) and toks[i + 1].text == "Box"):
                continue  # "7770 BA Hardenberg": a postcode's letters; "SA Marcus Greene": a Special Agent; "PO Box 3399"
            j = i + 1
            while j < len(toks) and toks[j].kind == "particle":
                j += 1
            # "in" and "op" alone also join a body to a place ("EU in Armenië", "OM op Schiphol"): then only
            # a listed surname makes a name
            weak = j == i + 2 and toks[i + 1].text in _WEAK_PARTICLES
            if j < len(toks) and toks[j].kind == "cap" and not self.lexicon.is_common(toks[j].text) \
                    and ((j > i + 1 and not weak) or ((weak or len(t.text) == 2) and toks[j].text in self.lexicon.surnames)):
                t.kind = "init"

    # -- public officials ------------------------------------------------------------------
    def _known_parties(self, text: str, name: Name) -> set[str]:
        tag = _PARTY_TAG.match(text, name.end)
        return {tag.group(1).strip()} if tag and self._known_party(tag.group(1).strip()) else set()

    def classify(self, text: str, name: Name, parties: set[str] | None = None) -> RecognizerResult:
        """PERSON, or PUBLIC_OFFICIAL (kept) when the list or a role word says so."""
        value = text[name.start:name.end]
        official = self.lexicon.officials.get(fold(value))
        if official:
            return result(self, OFFICIAL, name.start, name.end, 0.9, interest="personal_privacy",
                          rule="officials-list", status="kept",
                          reason="official-list", args={"role": official.role})
        tag = _PARTY_TAG.match(text, name.end)
        if tag and tag.group(1).strip() in (self._known_parties(text, name) if parties is None else parties):
            return result(self, OFFICIAL, name.start, name.end, 0.75, interest="personal_privacy",
                          rule="party", status="kept", reason="official-party", args={"party": tag.group(1).strip()})
        after = _TAG_THEN_PARTY.match(text, name.end)
        if after and after.group(1).strip() in self._party_names:  # "(voorzitter, CDA)": a listed party after a remark
            return result(self, OFFICIAL, name.start, name.end, 0.75, interest="personal_privacy",
                          rule="party", status="kept", reason="official-party", args={"party": after.group(1).strip()})
        # a council's officer in its attendance list ("Hilde Peeters, algemeen directeur"), beside members by party
        officer = self._council_role.match(text, name.end) if parties and len(parties) >= 2 and self._council_role else None
        if officer:
            return result(self, OFFICIAL, name.start, name.end, 0.75, interest="personal_privacy", rule="role-word",
                          status="kept", reason="official-role", args={"role": officer.group().strip(" \t,(").lower()})
        if parties and len(parties) >= 2 and _CHAIR_TAG.match(text, name.end):
            # the chair of a meeting whose members are listed by two parties or more: a council's or a committee's,
            # chaired by a member or the mayor ("mevr. drs. J.M. Pronk (voorzitter), dhr. K. Öztürk (VVD), ...")
            return result(self, OFFICIAL, name.start, name.end, 0.75, interest="personal_privacy",
                          rule="role-word", status="kept", reason="official-role", args={"role": "voorzitter"})
        member = self._party_of.match(text, name.end) if self._council and self._party_of else None
        if member:
            return result(self, OFFICIAL, name.start, name.end, 0.75, interest="personal_privacy",
                          rule="party", status="kept", reason="official-party", args={"party": member.group(1)})
        # a post's author is named by the handle alone, with no role word of its own (a role word in the post before
        # it is another's: "Wethouder @X moet opstappen\n@lisa.hermans · ...")
        # and an action's holder by initials in a list's column, whatever the action's text says ("Wethouder X informeren")
        role = None if name.rule == "handle" or _WHO_COLUMN.fullmatch(str(name.args.get("label", ""))) \
            else self._role_near(text, name.start, name.end) or self._signed_as(text, name.start)
        title = self._title_role and (self._title_role.search(text, max(0, name.start - 30), name.start)
                                      or self._title_role.search(text, max(0, name.start - 30), _first_word_end(text, name)))
        role = role or (title.group(1).lower() if title else None)
        role = role or _board_post(self._words.board_post, text, name.start, name.end)
        if role:
            return result(self, OFFICIAL, name.start, name.end, 0.75, interest="personal_privacy",
                          rule="role-word", status="kept",
                          reason="official-role", args={"role": role})
        return result(self, PERSON, name.start, name.end, name.score, interest="personal_privacy",
                      rule=name.rule, reason=name.reason, args=name.args)

    def _signed_as(self, text: str, start: int) -> str | None:
        """The role of a signature ("De Minister van Justitie en Veiligheid,\n\nD.M. van Weel"), unless
        someone signs on the office-holder's behalf ("namens deze,"). Signatures side by side are read by
        column ("de secretaris,      de burgemeester,\nw.g. X              w.g. Y")."""
        line_start = text.rfind("\n", 0, start) + 1
        prefix = _SIGNED_PREFIX.fullmatch(text, line_start, start)
        if not prefix:
            return None
        col = prefix.start(1) - line_start
        above = [line for line in text[max(0, line_start - 300):line_start].splitlines() if line.strip()]
        if not above:
            return None
        cells = [c for c in _SIGNATURE_CELL.finditer(above[-1]) if c.start() <= col + 2]
        office = cells[-1].group() if cells and COLUMN_GAP.search(above[-1]) else above[-1]
        offices = [o for o in above[-1].strip().rstrip(",").split(", ") if o]
        if not COLUMN_GAP.search(above[-1]) and len(offices) > 1:
            # the offices in one line, the signers by column under them ("de secretaris, de burgemeester,\n
            # drs. X      mr. Y"): the n-th signer holds the n-th office
            line_end = text.find("\n", start)
            signers = list(_SIGNATURE_CELL.finditer(text[line_start:line_end if line_end >= 0 else len(text)]))
            mine = [i for i, c in enumerate(signers) if c.start() <= start - line_start < c.end()]
            if len(signers) == len(offices) and mine:
                office = offices[mine[0]] + ","
        m = _SIGNATURE_ROLE.match(office)
        if not m:
            return None
        role = self._roles.search(m.group(1))
        if role and role.start() == 0 and not self._not_role_in(m.group(1)[:role.end()]):
            return role.group().lower()
        if m.group(1).strip().lower() in self._signature_roles:
            return m.group(1).strip().lower()
        return None

    @staticmethod
    def _words_before_role(text: str, role_at: int) -> int:
        """Where the two words before a role start, on its line or, where the page wrapped it, the line above
        ("a contractor's\nvice president")."""
        line = text.rfind("\n", 0, role_at) + 1
        if line > 0 and wrapped_at(text, line - 1):
            line = text.rfind("\n", 0, line - 1) + 1
        return _PREVIOUS_WORD.search(text, line, role_at).start()

    def _not_role_in(self, text: str) -> bool:
        """A workplace or junior post ("ambassade", "beleidsmedewerker"), but not a role word that
        merely starts like one ("ambassadeur")."""
        return bool(self._not_roles) and any(not self._roles.fullmatch(m.group()) for m in self._not_roles.finditer(text))

    def _names_list(self, tail: str) -> bool:
        """Whether ``tail`` is a short list of names ("M. Tuinman, K. Yıldız-de Groot en"), nothing else."""
        words = tail.replace(",", " ").split()
        return len(words) <= 16 and all(
            w[:1].isupper() or w.endswith(".") or w.lower() in self._particles or _LIST_AND.fullmatch(w) for w in words)

    def _role_line_after(self, text: str, end: int) -> str | None:
        """The role on the line under a name that ends its own line, when that line holds only the role and perhaps
        a party ("raadslid CDA", "Wethouder (ChristenUnie)"), as minutes and transcripts set a speaker."""
        m = _ROLE_LINE_AFTER.match(text, end)
        if not m:
            return None
        role = self._roles.match(m.group(1))
        tail = m.group(1)[role.end():].strip(" \t()") if role else None
        if role and (not tail or self._known_party(tail)) and not self._not_role_in(m.group(1)):
            return role.group().lower()
        # an office's full title in capitals, its role word last ("MARGARET T. OKONKWO\nUNITED STATES DISTRICT JUDGE")
        line = m.group(1)
        last = list(self._roles.finditer(line)) if line.isupper() and len(line.split()) <= 5 else []
        if last and last[-1].end() == len(line) and not self._not_role_in(line):
            return last[-1].group().lower()
        return None

    def _role_near(self, text: str, start: int, end: int) -> str | None:
        """A role word right before the name ("minister X", "de woordvoerder van Y, X") or in an
        apposition right after it ("X, the EU special representative")."""
        line_start = text.rfind("\n", 0, start) + 1
        if any(s <= start < e for s, e in self._bench):
            return "rechter"  # a member of the bench that gave the ruling, or its clerk
        below = self._role_line_after(text, end)
        if below:
            return below  # a transcript's speaker over their role ("J. Deuring\n   raadslid CDA")
        if _MOTION_BEFORE.search(text, max(0, start - 16), start):
            return "kamerlid"  # "de motie-Van der Plas": a motion bears the name of the member who moved it
        if _COUNTERPART_BEFORE.search(text, max(0, start - 40), start):
            return "ambtgenoot"  # "mijn Britse collega Lammy": a minister's colleague of another state
        # "Griffier: de heer J.L. de Jong": the role is the field's label, also where an attendance list runs
        # its fields on one line ("Voorzitter: de heer X Griffier: de heer Y (interim)")
        field = _LAST_LABEL.search(text, line_start, start)
        if field and self._roles.fullmatch(field.group(1)) and not self._not_role_in(field.group(1)) \
                and (not field.group(2).strip() or self._titles.fullmatch(field.group(2).strip() + " ")):
            return field.group(1).lower()
        # a table whose column after the names holds their roles: a row gives the role in the cell after the name ("Sarah Munby      Permanent Secretary    ...")
        cell = _CELL_AFTER.match(text, end) if self._role_column else None
        # the role column may stand further on ("Naam<tab>Organisatie<tab>Functie")
        tabbed = _role_cell(text, start) if self._role_column else None
        for part in [c for c in (cell.group(1) if cell else None, tabbed) if c]:
            found = self._roles.match(part)
            if found and not self._not_role_in(part[:found.end()]) \
                    and not self._words.street_after_role.match(part, found.end()):
                return found.group().lower()
        # a list item's role that a line break parted from its holder ("(Hengelo),\nwethouder\nFemke Kolkman"):
        # the role opens the item, after a comma or at a line's start, and ends its line
        wrapped = self._role_before.search(text, max(0, start - 40), start)
        if wrapped and "\n" in wrapped.group() and _LIST_BEFORE.search(text, max(0, wrapped.start() - 4), wrapped.start()):
            role = self._roles.search(wrapped.group())
            if role and not self._not_role_in(role.group()):
                return role.group().lower()
        window_start = max(0, start - 90)
        before = text[window_start:start]
        cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
        newline = before.rfind("\n")
        if newline >= cut and not _running_line(text, window_start + newline, self._sentence_end) and not self._role_ends_clause(before[:newline]):
            cut = newline + 1  # a role on the line above belongs to that line (a table row, a list)
        before = before[cut:]
        if _LABEL_COLON.search(before) or "\n\n" in before:
            return None
        roles = list(self._roles.finditer(before))
        if not roles and "-" in before:
            # a role word a page's wrap hyphenates ("Woordvoer-\nder Dennis Hulsbergen", "Woordvoer-der" once a page's
            # lines are joined) reads as one word
            before = _WRAP_HYPHEN.sub("", before)
            roles = list(self._roles.finditer(before))
        # "Rebecca Pow MP (Minister), Owen Bradley": a role in brackets closed before the name is the one before
        if roles and ")" in before[roles[-1].end():] and before.rfind("(", 0, roles[-1].start()) > before.rfind(")", 0, roles[-1].start()):
            roles = []
        # "President Trump's personal lawyer, X", "the president's attorneys X": the role is the possessor's
        # "Namens de staatssecretaris van JenV,\nJ. Jansen": signed on the office-holder's behalf, by someone else
        if roles and _ON_BEHALF.search(before, 0, roles[-1].start()):
            roles = []
        if roles and not _POSSESSIVE.search(before, roles[-1].end() - 1):
            role_at = window_start + cut + roles[-1].start()
            # the office the role is of belongs to it ("Minister of Foreign Affairs", "minister van Justitie en Veiligheid")
            tail = _OFFICE_OF.sub("", before[roles[-1].end():], count=1)
            if self._role_key(roles[-1].group()) not in self._role_set and self._names_list(tail):
                tail = ""  # a plural: "wethouders A, B en" before the name are holders too
            # "wethouder mevrouw A.J. de Jong": a title right after the role is the holder's, no other person
            title_only = bool(tail.strip()) and bool(self._titles.fullmatch(tail.strip() + " "))
            # "dijkgraaf Stefan\nKuks (Vechtstromen), Joyce Lammers": the role's holder stands between, a first name first
            named = _NAMED_HOLDER_BETWEEN.search(tail)
            held = bool(named) and self.lexicon.is_first_name(named.group(1))
            # "to the Minister, Dame X MP, about your partner, Mr Y": a relative between the role and the name is the
            # one named, no holder of the role
            related = any(w.strip(",.;:").lower() in self._relations for w in tail.split())
            if (not held and not related and len(tail.split()) <= 6 and (title_only or not _ROLE_BREAK.search(tail))
                    and not _HOLDER_BETWEEN.search(tail)
                    and not _COLUMN_GAP_START.search(tail)  # "Permanent Secretary      Perm Sec": another cell
                    # with the word before the role, on its line: a junior post named by it ("Deputy Sheriff X"), a
                    # firm's officer ("a contractor's vice president, X")
                    and not self._not_role_in(text[self._words_before_role(text, role_at):start])):
                return roles[-1].group().lower()
        m = _BRACKET_ROLE.match(text, end)
        inside = _ROLE_QUALIFIER.sub("", m.group(1), count=1) if m else ""
        found = self._roles.match(inside) if m else None
        if found and not self._not_role_in(inside[: found.end()]) \
                and not self._words.street_after_role.match(inside, found.end()):
            return found.group().lower()
        m = _MEMBER_LETTERS.match(text, end)
        if m:  # "Rebecca Pow MP (Minister)": a member of parliament's letters after the name
            return m.group(1).lower()
        m = _APPOINTED_AS.match(text, end)
        found = self._roles.match(m.group(1)) if m else None
        if found and not self._not_role_in(m.group(1)[: found.end()]):
            return found.group().lower()
        m = _APPOSITION.match(text, end) if not _VOCATIVE_AFTER.match(text, end) else None  # "Annelies, wil je ..."
        if m:
            # a role joined to another by a hyphen reads as the role ("Koen Verbeke, schepen-voorzitter")
            found = self._roles.search(m.group(1)) or self._roles.search(m.group(1).replace("-", " "))
            # an office whose name ends in the role word ("X, Local Government and Social Care Ombudsman")
            last = list(self._roles.finditer(m.group(1).rstrip(" .")))
            if last and last[-1].end() == len(m.group(1).rstrip(" .")) and len(m.group(1).split()) <= 8 \
                    and _OFFICE_NAME.fullmatch(m.group(1).rstrip(" .")):
                found = last[-1]
            # "X, Assistant Private Secretary to the Minister": a post held for the one the role names
            if found and _POST_FOR.search(m.group(1), 0, found.start()):
                found = None
            holder = _HOLDER_AFTER_ROLE.match(m.group(1), found.end()) if found else None
            # also where a line break parts the role from its holder ("Sjoerd de Vries, wethâlder\nHein de Haas")
            if found and not holder and not m.group(1)[found.end():].strip():
                holder = _HOLDER_NEXT_LINE.match(text, m.start(1) + found.end())
            if holder and self.lexicon.is_first_name(holder.group(1)):
                found = None
            # "Linde, zij heeft contact met de wethouder": a clause after the name, whose role is another's
            if found and found.start() <= 60 and not self._not_role_in(m.group(1)[: found.end()]) \
                    and not _CLAUSE_START.match(m.group(1)) and not self._words.street_after_role.match(m.group(1), found.end()):
                return found.group().lower()
        # a signer's office on the line under the name ("Sincerely,\nChristina D. Troiani\nChief, Appeals Staff")
        m = _NEXT_LINE.match(text, end)
        if m and self._closing and self._closing.search(text[max(0, start - 60):start]):
            found = self._roles.match(m.group(1))
            # not the street of the address under the signer ("N. Kuipers\nBurgemeester Jansenlaan 41")
            if found and not self._not_role_in(m.group(1)[: found.end()]) \
                    and not self._words.street_after_role.match(m.group(1), found.end()):
                return found.group().lower()
        return self._plural_role_before(text, start)

    def _role_ends_clause(self, line: str) -> bool:
        """Whether a short line ends in a role after a word of a sentence ("... de correspondentie\nmet wethouder"
        above "Songül Mutluer", as a page's wraps leave it): the role is the next line's name's, not a table's cell."""
        roles = list(self._roles.finditer(line))
        return bool(roles) and not line[roles[-1].end():].strip() \
            and bool(_SENTENCE_WORD_BEFORE.search(line, 0, roles[-1].start()))

    def _role_phrase_at(self, text: str, pos: int) -> bool:
        """A role of several words starts here ("MP\nMember of Parliament for Slough"): no holder, but not "wethouder
        Koning", whose surname is a role word of one."""
        m = self._roles.match(text, pos)
        return bool(m) and " " in m.group().strip()

    def _role_key(self, role: str) -> str:
        """The role word without a party or "oud-" before it ("pvv-kamerlid" is a "kamerlid")."""
        role = role.lower()
        return role if role in self._role_set else role.rsplit("-", 1)[-1]

    def _plural_role_before(self, text: str, start: int) -> str | None:
        """A holder further down a list after a plural role, as in council minutes: "Aanwezig: de raadsleden, te
        weten, de dames T. Buis en ir. C.H. van den Berg, de heren H.J. Bolhuis, J. Brink en ..."."""
        before = text[max(0, start - 700):start]
        before = before[before.rfind("\n\n") + 1:]
        roles = list(self._roles.finditer(before))
        role = roles[-1].group().lower() if roles else ""
        if not role or (self._role_key(role) in self._role_set and not role.endswith("leden")):
            return None  # no role, or a singular one ("raadsleden" is listed as it is): only read right before the name
        if _ON_BEHALF.search(before, 0, roles[-1].start()) or _BODY_OF_HOLDERS.search(before, 0, roles[-1].end()):
            return None  # "namens het college van burgemeester en wethouders van Utrecht,\nErik Vermaat": the body's signer
        tail = before[roles[-1].end():]
        tail = re.sub(r"^[ \t]*:", " ", tail)  # the plural as a label: "Wethouders: de heer X de heer Y"
        tail = _ASIDE.sub(" ", tail)  # a holder's note does not end the list: "X (Leader, in the Chair), Y and"
        if self._party:  # "de heer X (VVD) de heer Y (CDA)": the members' parties
            tail = self._party.sub(" ", tail)
        words = tail.replace(",", " ").split()
        if len(words) <= 120 and not any(w.endswith(":") for w in words) and all(w[:1].isupper() or w.endswith(".") or w.lower() in self._particles
                                     or w.lower() in _LIST_WORDS or self._titles.search(w + " ") for w in words):
            return role
        return None


_PARTICLE_AFTER_PARTICLE = re.compile(r"(?<![\w'’])((?:Van|De|Von|Van't|In|Op)[ \t]+)(Der|Den|De|Het|T|'T|’T)(?![\w'’])")
# a title, initials without full stops and a surname, as British courts and councils write them ("Mrs A Okoye",
# "Mr J P Whitaker", "Miss AC Xia")
_TITLE_BARE_INITIALS = re.compile(rf"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(?:[{_UPPER}]{{1,2}}[ \t]){{1,3}}"
                                  rf"[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)*(?![\w-])")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"  # kana, CJK ideographs, Hangul
_OWN_SCRIPT_AFTER = re.compile(rf"[ \t]*\(([{_CJK}][{_CJK} \t]{{0,12}}[{_CJK}]|[{_CJK}])\)")
_SPELLED = re.compile(rf"(?<![\w-])(?:[{_UPPER}]-){{2,}}[{_UPPER}](?![\w-])")
_TAGGED_NAME_LINE = re.compile(rf"[ \t]*(?:[-•*][ \t]+)?([{_UPPER}][{_LOWER}]+)(?:[ \t]+(?:[a-z']+[ \t]+)*[{_UPPER}][\w'’-]+){{1,3}}"
                               r"[ \t]*\([^()\n]{2,50}\)[ \t]*$", re.MULTILINE)
_SENT_ON_BEHALF = re.compile(r"^[^\n<>@]{2,60}?[ \t]+(?:on behalf of|namens|im Auftrag von)[ \t]+(?=[A-Z'\"])")
_CAP_AFTER = re.compile(rf"[ \t]+[{_UPPER}][{_LOWER}]")
_CAPS_WORD = rf"(?:[{_UPPER}]['’])?[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})*"  # "KAYA", "O'NEILL", "DEKKER-AMRANI"
_CAPITALS_RUN = re.compile(rf"[ \t]*(?:(?:{_CAPS_WORD}\.?|[{_UPPER}]\.|['’]T)[ \t]+){{1,5}}{_CAPS_WORD}(?![\w.'’])")
# a speaker in a transcript or minutes by a title and a surname in capitals, at a line's start (after the page's line
# number, or "BY" for the lawyer who asks): "BY MR. KLEINFELD:", " 8   MS. ABERNATHY-COLE:  Objection", "DE HEER BOS (CDA):"
# the addressee's line of an address window in capitals ("T.A.V. MEVROUW S. DEKKER-AMRANI", "DHR. J.P. VAN DER VEEN")
_CAPITAL_ADDRESSEE = re.compile(rf"(?m)^[ \t]*(?:T\.?A\.?V\.?[ \t]+)?(?:DE HEER|MEVROUW|DHR|MEVR|MW|MR|MRS|MS|MISS|FAM|FAMILIE)\.?"
                                rf"[ \t]+(?P<name>(?P<initials>(?:[{_UPPER}]{{1,2}}\.[ \t]?){{1,4}}[ \t]*)?(?:{_CAPS_WORD}[ \t]+){{0,3}}"
                                rf"(?P<last>{_CAPS_WORD}))[ \t]*$")
_PREVIOUS_WORD = re.compile(r"(?:[\w.'’-]+[ \t\n]+){0,2}\Z")  # the two words before a role ("a contractor's vice president")
# an occupation's word that ends like an Armenian surname ("Consultant Geriatrician", "Senior Librarian")
_OCCUPATION_ENDS = ("ician", "arian", "orian", "ardian", "ilian")
_OFFICER_SURNAME = re.compile(r"(?<![A-Za-z][ \t])(?<![\w-])(?:Officer|Trooper|Corporal)[ \t]+(?P<name>[A-Z][a-z'’-]+)(?![\w-])")
# a name in lower case after a title's abbreviation ("mw. de wit", "dhr. a. de wit", "mevr. jansen")
_LOWER_TITLED = re.compile(r"(?<![\w.])(?:[Mm]w|[Mm]evr|[Dd]hr|[Hh]r)\.[ \t]+(?!x+(?![\w.]))(?P<name>(?P<initials>(?:[a-z]\.[ \t]?){1,3})?"
                           r"(?P<particles>(?:(?:van|de|der|den|ter|ten|het|in 't|van 't)[ \t]+){1,3})?(?P<last>[a-zà-ÿ][a-zà-ÿ'’-]{2,}))(?![\w.])")
# a post's author at its line's start, before the separator of a social-media export ("@lisa.hermans · 3 okt: ...")
_POST_AUTHOR = re.compile(r"(?m)^[ \t]*(@[A-Za-z0-9_.]{2,30})(?<!\.)(?=[ \t]*[·•|][ \t])")
_HANDLE_AFTER_WORD = re.compile(r"(?<=[\w.] )(@[A-Za-z0-9_]{2,30})(?![\w@.])")
_DIGIT_LINE_NEXT = re.compile(r"[ \t]*\n[^\n\d]*\d")
_CAPITAL_SPEAKER = re.compile(rf"(?m)^[ \t\d]*(?:BY[ \t]+)?(?:MR|MS|MRS|MISS|DR|DHR|MEVR|MW|DE HEER|MEVROUW)\.?[ \t]+"
                              rf"({_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})?)(?=[ \t]*(?:\([^()\n]{{1,30}}\))?[ \t]*:)")


def _role_cell(text: str, start: int) -> str | None:
    """The role column's cell in the row of the name at ``start``, under a table's header with a name column and a
    role column further on ("Naam<tab>Organisatie<tab>Functie"), down to the first empty line, if the name stands in
    the name column. Cells stand a tab or a gap of three spaces apart."""
    line_start = text.rfind("\n", 0, start) + 1
    header = None
    for header in _TABLE_ROLE_HEADER.finditer(text, 0, line_start):
        pass
    if header is None or "\n\n" in text[header.end():line_start]:
        return None
    labels = [cell.strip().lower() for cell in _CELL_GAP.split(header.group().strip())]
    name_col = next((i for i, label in enumerate(labels) if label in _NAME_LABELS), None)
    role_col = next((i for i, label in enumerate(labels) if label in _ROLE_LABELS), None)
    line_end = text.find("\n", start)
    row = text[line_start:line_end if line_end >= 0 else len(text)]
    cells = _CELL_GAP.split(row.strip())
    column = len(_CELL_GAP.findall(text[line_start:start].lstrip()))
    if name_col is None or role_col is None or column != name_col or role_col >= len(cells):
        return None
    return cells[role_col].strip()


def _cap_after_particles(chain: list[_Tok], k: int) -> bool:
    """Whether the first word after ``chain[k]`` that is no particle is a capitalised one."""
    after = next((t for t in chain[k + 1:] if t.kind != "particle"), None)
    return after is not None and after.kind == "cap"


def _last_particle(toks: list[_Tok], end: int) -> int:
    """Index of the last particle before ``end`` (-1 if none)."""
    return next((i for i in range(end - 1, -1, -1) if toks[i].kind == "particle"), -1)


def _initials_forms(name: str) -> tuple[str, str]:
    """The initials ``name`` may be signed with, in capitals: of all its words ("GVN" for "Gijs van Nimwegen") and of
    its capitalised ones ("GN")."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if len(w) > 1 or w.isupper()]
    return "".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper()).upper()


def _initials_of(paraaf: str, name: str) -> bool:
    """Whether ``paraaf`` ("LO", "GVN") is the initials of ``name`` ("Lieke Oostenbrink", "Gijs van Nimwegen")."""
    return paraaf.strip().upper() in _initials_forms(name)


@functools.lru_cache(maxsize=8)
def _initials_on_page(text: str) -> frozenset[str]:
    """The initials of every full name on a page, read once for all the rows of its action list."""
    return frozenset(form for m in _FULL_NAME_SHAPE.finditer(text) for form in _initials_forms(m.group()))


def _month_in_date(text: str, name: Name) -> bool:
    """A month's short name in a date the lexicons also list as a first name ("On Mon, Mar 4, 2024", "4 Mar")."""
    return bool(_MONTH_SHORT.fullmatch(text, name.start, name.end)) and bool(
        _DAY_AFTER.match(text, name.end) or _DAY_BEFORE.search(text, max(0, name.start - 4), name.start))


def _company(text: str, name: Name) -> bool:
    """A firm's name: a company form after it or as its last word ("Morris James LLP")."""
    last = text.rfind(" ", name.start, name.end)
    after = COMPANY_AFTER.match(text, name.end)
    # not across a table's column gap ("Ms. Kerstin Albrecht       Airport noise"): the next cell is something else
    return bool((after and not _COLUMN_GAP_START.match(text, name.end))
                or (last > 0 and COMPANY_AFTER.fullmatch(text, last, name.end)))


def _address_names(entry: str, first: str, last: str) -> bool:
    """Whether the e-mail address in ``entry`` holds both the first name and the surname."""
    m = re.search(r"<([^<>@\s]+)@", entry)
    if not m:
        return False
    local = re.sub(r"[^a-z]", "", fold(m.group(1)))
    return all(re.sub(r"[^a-z]", "", fold(w)) in local for w in (first, last))


def _bench_spans(text: str) -> list[tuple[int, int]]:
    """The closing sentences of rulings that name the bench, from the names on to the sentence's end."""
    spans = []
    for m in _BENCH.finditer(text):
        end = _BENCH_END.search(text, m.end(), m.end() + 400)
        spans.append((m.end(), end.start() if end else min(len(text), m.end() + 400)))
    return spans


def _bar_cells(text: str, start: int, end: int, outer: bool = True) -> list[tuple[int, str]]:
    """The cells between the bars of a "| a | b |" row (or of an "a | b" row: ``outer`` False), each with its offset."""
    line = text[start:end]
    first = line.index("|") if outer else -1
    cells, pos = [], start + first + 1
    for value in (line[first + 1:].rstrip().rstrip("|") if outer else line).split("|"):
        cells.append((pos, value))
        pos += len(value) + 1
    return cells


def _tab_cells(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The cells of a tab-separated row, each with its offset."""
    cells, pos = [], start
    for value in text[start:end].split("\t"):
        cells.append((pos, value))
        pos += len(value) + 1
    return cells


def _last_word(text: str, pos: int) -> str:
    """The word before ``pos`` (white space between), lower case."""
    words = text[max(0, pos - 40):pos].split()
    return words[-1].lower() if words and text[pos - 1:pos].isspace() else ""


def _line_after(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[pos:end if end >= 0 else len(text)]


def _first_word_end(text: str, name: Name) -> int:
    """Where the name's first word and the blank after it end: a title of office can take in a word a name
    rule took for a first name ("Rt Hon Michael Gove": "Hon" is a listed first name too)."""
    end = name.start
    while end < name.end and not text[end].isspace():
        end += 1
    while end < name.end and text[end] in " \t":
        end += 1
    return end


_JOINING_END = re.compile(r"\S[ \t]+(?:and|en|of|for|van|voor|the|de|het|to|&)[ \t]*\Z")


def _running_line(text: str, newline: int, sentence_end: re.Pattern[str]) -> bool:
    """Whether the line ending at ``newline`` runs on into the next: long, and no table columns in it.

    A narrow column (a two-column page, a side box) wraps shorter lines: there a line of 30 characters
    runs on when the line before or after it is as long, as a paragraph's lines are and a list's are not.
    """
    start = text.rfind("\n", 0, newline) + 1
    line = text[start:newline]
    if COLUMN_GAP.search(line):
        return False
    # "... The Minister for Border\nSecurity and\nAsylum, X": a line that ends in "and" goes on
    if _JOINING_END.search(line) or wrapped_at(text, newline):
        return True
    before = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:max(start - 1, 0)] if start else ""
    end = text.find("\n", newline + 1)
    after = text[newline + 1:end if end >= 0 else len(text)]
    if len(line) < _NARROW_LINE:
        # a short line inside a paragraph, where a page rewrapped a text that had its own line ends (a mail printed
        # narrower than it was written: "... her ex-husband,\nSerkan\nYıldırım, in the files ..."): long lines of one
        # sentence around it
        # sentence around it; the last line of the paragraph may be short, a sentence's end ("Moyo, is also named.\n\n"),
        # not a signer's post ("Erik Vermaat\nTeammanager Subsidies")
        last = end < 0 or not text[end + 1:text.find("\n", end + 1) if text.find("\n", end + 1) >= 0 else len(text)].strip()
        # a sentence may also start on the short line when the next goes on in small letters ("...jeugdarts.\nMeester
        # Kevin\nvan Dam neemt de groep over"), unlike a heading's line
        return bool(line.strip()) and not sentence_end.search(line) \
            and (not sentence_end.search(before) or after[:1].islower()) \
            and all((len(other) >= WRAPPED_LINE or (other is after and last and bool(re.search(r"\s[a-zà-ÿ]+\b[^\n]*[.!?]\Z", other))))
                    and "|" not in other
                    and not COLUMN_GAP.search(other) for other in (before, after))
    return "|" not in line and any(len(other) >= _NARROW_LINE and "|" not in other and not COLUMN_GAP.search(other)
                                   for other in (before, after))  # no table's row


_NARROW_LINE = 30
_UNIT_AFTER_DASH = re.compile(r"[ \t]+[-–][ \t]+[A-Z][A-Z0-9&/]{1,9}(?=[ \t]*(?:<|;|$))")
_WRAPPED_PART = re.compile(r"\n[^\n,;]*")


def _sentence_end(titles: list[str]) -> re.Pattern[str]:
    """A stop that ends a line's sentence, not a title's abbreviation in the rule pack ("... the tenant in unit 14B,
    Ms.\nLakeisha", "mevr.\nJansen")."""
    abbreviations = sorted({t[:-1] for t in titles if t.endswith(".") and " " not in t and t[:-1].isalpha()})
    return re.compile("".join(rf"(?<!\b{re.escape(a)})" for a in abbreviations) + r"[.!?:;][\"'’”)]*[ \t]*\Z")


_HOME_AFTER_COMMA = re.compile(r",[ \t]*(?:[A-Z][\w'’.-]*[ \t]+){1,3}\d{1,5}[a-zA-Z]?$")


def _is_headline(text: str, pos: int) -> bool:
    """A Title Case line (a headline or reference), where capitals are not evidence of a name."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    parts = line.split(",")
    if len(parts) >= 3 and all(1 <= len(part.split()) <= 4 for part in parts[1:]):
        return False  # "Jim Harra, Mary Aiston, Tom Scholar": a list of names, not a headline
    if len(words) < 5 or line.endswith((".", ",", ";", ":")) or COLUMN_GAP.search(line) \
            or re.match(r"[\w .'-]{1,30}:\s", line) or " | " in line or line.count(";") >= 2 \
            or re.search(r",\s+[a-zà-ÿ]", line) \
            or _MIDDLE_INITIAL.search(line) or _ROW_DATE.search(line) or _HOME_AFTER_COMMA.search(line):
        # a table row (a register's cells in semicolons too), a labelled field, a signature, "Jennifer L. Kowalski", a register's row with its date ("1
        # 04-03-2024 E-mail J.P. van Ommeren (BZK) ..."), a list's name and home ("R. Tjon Sie Fat, Venneperweg 440")
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.75


def _spaced(phrase: str) -> str:
    """A phrase as a regex whose words may stand on two lines ("Assistant Attorney\nGeneral X")."""
    return r"\s+".join(map(re.escape, phrase.split()))


def _phrase_regex(phrases: tuple[str, ...], head: str = r"(?<![\w])", tail: str = "") -> re.Pattern[str]:
    alts = "|".join(sorted((re.escape(p) for p in phrases), key=len, reverse=True))
    return re.compile(rf"{head}(?:{alts}){tail}", re.I if head != r"(?<![\w])" else 0)


def _board_post(posts: re.Pattern[str], text: str, start: int, end: int) -> str | None:
    """A member of a board in a post the board's own list gives ("Dame Sarah Lockwood (Chair)", "(Non-Executive
    Director)") where the paragraph names the board and its chief executive or its members, or a name in a list that
    ends ", all board members": as public as the chief executive the rule pack already keeps."""
    post = posts.match(text, end) if text.startswith("(", end) or text.startswith(" (", end) else None
    if post:
        para_start = max(text.rfind("\n\n", 0, start), 0)
        para_end = text.find("\n\n", end)
        paragraph = text[para_start:para_end if para_end >= 0 else len(text)]
        if _BOARD_WORD.search(paragraph) and _BOARD_PEERS.search(paragraph):
            return post.group(1).lower()
    if "board" not in text[end:end + 200] and "Board" not in text[end:end + 200]:
        return None
    return "board member" if _ALL_BOARD_MEMBERS.match(text, end) else None


_NEVER = "(?!)"  # an empty word list matches nothing


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or _NEVER


@dataclass(frozen=True)
class _WordRules:
    """The regexes built from the rule pack's word lists (PeopleRules.venues, street_words, ...), once per detector."""

    venue_before: re.Pattern[str]  # a venue's word right before a name ("Café De Kroon")
    venue_start: re.Pattern[str]  # a field's value that opens with one ("Aan: Bakkerij De Korenschoof")
    street_and_number: re.Pattern[str]  # a letterhead's street under an office's role ("Der Landrat\nNassauerallee 15")
    street_after_role: re.Pattern[str]  # "bewoner van de Burgemeester de Withstraat 12": the role word names a street
    known_by_street: re.Pattern[str]  # "Ayoub van de Kerkstraat": a first name, then the street the person lives in
    notes_initials: re.Pattern[str]  # the minute-taker's initials after a label of their own ("notulen: SK")
    board_post: re.Pattern[str]  # a board's post in brackets after a name ("(Non-Executive Director)")


def _word_rules(people: PeopleRules) -> _WordRules:
    v = people.venues
    venue = "|".join(filter(None, [
        _alternation(v.words) if v.words else "",
        # (in lower case too, in running text: "namens bewonersvereniging Oude Haven")
        rf"[A-Za-z][a-z]+(?:{_alternation(v.compound_endings)})" if v.compound_endings else "",
        # "Wijkraad Lunetten", "Huurdersvereniging De Sleutel"
        rf"(?:{_alternation(v.body_prefixes)})(?:{_alternation(v.body_endings)})" if v.body_prefixes and v.body_endings else "",
    ])) or _NEVER
    streets = _alternation(people.street_words)
    return _WordRules(
        venue_before=re.compile(rf"(?<![\w-])(?:{venue})[ \t]+\Z"),
        # not a sole trader's own name after the trade ("Loodgietersbedrijf R. Wagenaar": that name is a person's)
        venue_start=re.compile(rf"(?:{venue})[ \t]+(?![A-Z]\.)[A-Z]"),
        street_and_number=re.compile(rf"[A-Z][\w'’-]*(?i:{streets}|allee|straße|strasse|platz|gasse)[ \t]+\d"),
        street_after_role=re.compile(rf"(?:[ \t]+(?:van|de|der|den|het|ter|ten))*[ \t]+[A-Z][\w'’-]*(?:{streets})\b"),
        known_by_street=re.compile(rf"[ \t]+(?:van|uit|op)[ \t]+(?:de|het)[ \t]+[A-Z][a-z]+(?:{streets})\Z"),
        notes_initials=re.compile(rf"(?im)(?<![\w-])(?:{_alternation(people.minute_taker_labels)})" + _NOTES_INITIALS_VALUE),
        board_post=re.compile(rf"[ \t]*\(({_alternation(people.board_posts)})\)"),
    )
