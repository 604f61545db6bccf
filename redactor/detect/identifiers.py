"""Direct identifiers: validated patterns (BSN, IBAN, phone, e-mail, ...)."""

from __future__ import annotations

import re
from typing import ClassVar

import phonenumbers
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import iban as std_iban
from stdnum.be import nn as std_be_nn
from stdnum.nl import bsn as std_bsn
from stdnum.nl import btw as std_btw
from stdnum.us import ssn as std_ssn

from redactor.detect import months
from redactor.detect.base import CONTEXT_WINDOW, PatternDetector, result, wrapped_at

_MONTHS = months.ANY_PATTERN
_DAY_WORDS = (
    # Dutch cardinals and ordinals 1-31 ("veertien", "eenentwintigste"), English ordinals ("the third")
    "(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:[eë]n(?:twintig|dertig))?(?:ste|de)?|eerste|derde|achtste|"
    "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|"
    "(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)de|(?:twintig|dertig)ste|"
    "(?:the\\s+)?(?:(?:twenty|thirty)[\\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    "(?:the\\s+)?(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    "nineteenth|twentieth|thirtieth)"
)
_NL_1_99 = ("(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:[eë]n(?:twintig|dertig|veertig|vijftig|zestig|zeventig|"
            "tachtig|negentig))?|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|"
            "dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)")
_EN_1_99 = ("(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|"
            "eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            "sixteen|seventeen|eighteen|nineteen)")
# a year in words, as a deed or a statement writes it ("negentienhonderdachtenzestig", "tweeduizend drie",
# "nineteen sixty-eight", "two thousand and three")
_YEAR_WORDS = (f"(?:negentienhonderd|achttienhonderd)(?:[\\s-]?{_NL_1_99})?|tweeduizend(?:[\\s-]?(?:en[\\s-]?)?{_NL_1_99})?"
               f"|(?:nineteen|eighteen)[\\s-](?:hundred(?:[\\s-](?:and[\\s-])?{_EN_1_99})?|{_EN_1_99})"
               f"|two[\\s-]thousand(?:[\\s-](?:and[\\s-])?{_EN_1_99})?")


class BsnDetector(PatternDetector):
    """Dutch citizen service number, validated by the 11-proef."""

    ENTITY, INTEREST = "BSN", "national_id"
    PATTERNS = [("bsn", r"(?<![\w.-])(?P<v>\d{4}\.\d{2}\.\d{3}|\d{9})(?![\w-]|\.\d)", 0.6)]
    CONTEXT = ["bsn", "burgerservicenummer", "sofinummer", "sofi-nummer", "citizen service number"]
    REASON = "bsn"
    # words for other numbers: the number after them is no BSN, unless a BSN word stands nearer to it
    # ("Ons kenmerk: WMO-2024-08812\nBurgerservicenummer: ...")
    _OTHER_NUMBER = re.compile(r"(?i)(?<![\w])(?:referentie|kenmerk|zaaknummer|dossiernummer|factuurnummer|kvk|rsin|btw|"
                               r"reference|invoice|order)(?![\w])")

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        found = []
        for r in super().analyze(text, entities, nlp_artifacts):
            before = text[max(0, r.start - CONTEXT_WINDOW):r.start]
            other = [m.end() for m in self._OTHER_NUMBER.finditer(before)]
            own = [m.end() for m in self._context.finditer(before)] if self._context else []
            if not other or (own and own[-1] > other[-1]):
                found.append(r)
        return found

    def validate_result(self, pattern_text: str) -> bool | None:
        return std_bsn.is_valid(pattern_text.replace(".", ""))


class BsnGroupedDetector(BsnDetector):
    """A BSN written in three groups of three ("444.636.201", "444 636 201") or with spaces as four, two and three
    digits ("6828 23 302", as a typed letter writes the dotted form), only after a word for it: the shape is also an
    amount's. In the Caribbean Netherlands the BSN is called the "persoonsnummer" (CRIB)."""

    PATTERNS: ClassVar[list[tuple[str, str, float]]] = [
        ("bsn-grouped", r"(?<![\w.,-])(?P<v>\d{3}([. ])\d{3}\2\d{3}|\d{4} \d{2} \d{3})(?![\w-]|[.,]\d)", 0.6)]
    CONTEXT: ClassVar[list[str]] = [*BsnDetector.CONTEXT, "persoonsnummer", "crib-nummer", "crib"]
    REQUIRE_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        return std_bsn.is_valid(re.sub(r"\D", "", pattern_text))


class IbanDetector(PatternDetector):
    """Bank account number (IBAN), validated by ISO 7064 mod-97."""

    ENTITY = "IBAN"
    # written in groups, the number may wrap at a group's end ("op rekening NL55\nRABO 6631 3867 99"); the check digits
    # make a number run together from two lines as unlikely as any other
    PATTERNS = [("iban", r"(?<![\w])(?P<v>[A-Z]{2}\d{2}(?:(?: ?| ?\n[ \t]*)[A-Z0-9]{4}){2,7}(?:(?: ?| ?\n[ \t]*)[A-Z0-9]{1,3})?)(?!\w)", 0.9)]
    CONTEXT = ["iban", "rekeningnummer", "rekening", "bankrekening", "account"]
    REASON = "iban"
    TRIM_GROUPS = True

    def validate_result(self, pattern_text: str) -> bool | None:
        return std_iban.is_valid(re.sub(r"\s", "", pattern_text))


class EmailDetector(PatternDetector):
    """E-mail address; functional mailboxes are kept by the engine's rule pack check."""

    ENTITY = "EMAIL"
    PATTERNS = [("email", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?!\w)", 0.9),
                # written against harvesters: "dilan.aydin [at] hotmail [dot] com", "jan(at)gmail(punt)nl"
                ("email-spelled", (r"(?<![\w.+-])[\w.+-]+[ \t]*[\[(][ \t]*(?i:at|apenstaartje)[ \t]*[\])][ \t]*[\w-]+"
                                   r"(?:[ \t]*[\[(][ \t]*(?i:dot|punt)[ \t]*[\])][ \t]*[\w-]+)+"), 0.85)]
    REASON = "email"


class SocialProfileDetector(PatternDetector):
    """A link to a person's social-media profile: the address carries the name."""

    ENTITY = "SOCIAL_MEDIA"
    PATTERNS = [("profile-url", (r"(?i)\b(?:https?://)?(?:[a-z]{2,3}\.)?(?:linkedin\.com/in|facebook\.com|instagram\.com|"
                                 r"twitter\.com|x\.com|tiktok\.com/@?|threads\.net/@?)/?[\w.%-]{3,}/?"), 0.85)]
    REASON = "social-profile"
    _SITES = ("linkedin.", "facebook.", "instagram.", "twitter.", "x.com", "tiktok.", "threads.")
    # a handle after the network's name, as in an e-mail signature ("X: @marloesdvt", "Instagram @jdevries")
    _HANDLE = re.compile(r"(?i:\b(?:twitter|x|instagram|insta|tiktok|threads|bluesky|mastodon|telegram|snapchat|"
                         # or after a word for an account ("het account @jeroen_vd_berg88")
                         r"account|profiel|profile|handle|gebruikersnaam|username)\b[ \t]*:?"
                         # or in brackets after a name, as a post's author ("Piet de Boer (@pietdeboer_zwolle)")
                         r"|(?<=[\w.])[ \t]+\()[ \t]*(@[A-Za-z0-9_.]{2,30})(?![\w@])")

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        found = [result(self, self.ENTITY, m.start(1), m.end(1), 0.85, interest=self.INTEREST, rule="handle",
                        reason=self.REASON) for m in self._HANDLE.finditer(text)] if "@" in text else []
        lowered = text.lower()
        if not any(site in lowered for site in self._SITES):
            return found  # most pages name no social-media site: skip the regex
        return found + super().analyze(text, entities, nlp_artifacts)


class SsnDetector(PatternDetector):
    """US social security number, validated against the SSA's never-issued ranges."""

    ENTITY = "SSN"
    PATTERNS = [("ssn", r"(?<![\w-])(?P<v>\d{3}-\d{2}-\d{4})(?![\w-])", 0.6)]
    CONTEXT = ["ssn", "social security", "social security number", "soc. sec."]
    REASON = "ssn"

    def validate_result(self, pattern_text: str) -> bool | None:
        return std_ssn.is_valid(pattern_text)


class SsnDigitsDetector(SsnDetector):
    """A US social security number written without dashes: only with "SSN"/"social security" before it."""

    PATTERNS = [("ssn-digits", r"(?<![\w-])(?P<v>\d{9})(?![\w-])", 0.5)]
    REQUIRE_CONTEXT = True

    def validate_result(self, pattern_text: str) -> bool | None:
        return std_ssn.is_valid(f"{pattern_text[:3]}-{pattern_text[3:5]}-{pattern_text[5:]}")


class LicensePlateDetector(PatternDetector):
    """Dutch licence plate in one of the RDW side codes 1-14."""

    ENTITY = "LICENSE_PLATE"
    _L, _D = "[BDFGHJKLMNPRSTVXZ]", r"\d"
    _SIDECODES = [
        "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
        "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
    ]
    PATTERNS = [
        ("kenteken", r"(?<![\w-])(?:" + "|".join(
            code.replace("L", "[A-Z]").replace("D", r"\d") for code in _SIDECODES
        ) + r")(?![\w-])", 0.6)
    ]
    CONTEXT = ["kenteken", "voertuig", "auto", "wagen", "license plate", "licence plate", "registration"]
    REASON = "plate"

    def validate_result(self, pattern_text: str) -> bool | None:
        letters = pattern_text.replace("-", "")
        # Plates never use these letter pairs; a date like 12-12-20 has no letters at all.
        if letters.isdigit() or any(bad in letters for bad in ("SS", "SD", "PVV", "VVD", "NSB", "KKK")):
            return False
        return None


class BelgianPlateDetector(LicensePlateDetector):
    """Belgian number plate ("1-ABC-123"), only after a word for it: the shape is common in references."""

    PATTERNS = [("nummerplaat-be", r"(?<![\w-])[1-9]-[A-Z]{3}-\d{3}(?![\w-])", 0.6)]
    CONTEXT = ["nummerplaat", "kenteken", "plaat", "immatriculation", "licence plate", "license plate", "registration"]
    REQUIRE_CONTEXT = True


class UkPlateDetector(LicensePlateDetector):
    """A British number plate in the current format ("LK19 XMT"), only after a word for it."""

    PATTERNS: ClassVar[list[tuple[str, str, float]]] = [
        ("uk-plate", r"(?<![\w-])[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}[ ]?[A-HJ-PR-Z]{3}(?![\w-])", 0.6)]
    CONTEXT: ClassVar[list[str]] = ["registration", "vehicle registration", "registration number", "number plate",
                                    "vrm", "index number", "kenteken", "reg"]  # "(reg. YK19 ZPW)", "reg no"
    REQUIRE_CONTEXT = True


class TaggedPlateDetector(LicensePlateDetector):
    """A plate of any state or country right after the word for it ("DC tag FV-4418", "plate no. 7KXM213"): US and
    other plates have no one shape, so the word decides. Letters and digits both, as a plate has."""

    PATTERNS: ClassVar[list[tuple[str, str, float]]] = [
        ("tagged-plate", (r"(?i:(?<![\w-])(?:tag|plate|license plate|licence plate|plate number|tag number)"
                          r"(?:[ \t]*(?:#|no\.?|number))?)[ \t]*:?[ \t]*\n?[ \t]*(?:[A-Z]{2}[ \t]+)?"
                          r"(?P<v>(?=[A-Z0-9 -]{0,8}\d)(?=[A-Z0-9 -]{0,8}[A-Z])[A-Z0-9]{1,4}[- ]?[A-Z0-9]{1,4})(?![\w-])"), 0.6)]


class DateOfBirthDetector(PatternDetector):
    """A date right after 'geboren', 'geboortedatum', 'born', 'date of birth', or right before 'geboren'
    in the same clause ("dat zij op 2 december 1991 in Nador is geboren")."""

    ENTITY = "DATE_OF_BIRTH"
    FLAGS = re.IGNORECASE
    _ORDINAL = r"(?:st|nd|rd|th|e|ste|de)?"  # "3rd of June", "1e", "21ste"
    PATTERNS = [
        ("date-numeric", r"(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?!\d)", 0.55),
        ("date-written", r"(?<!\d)\d{1,2}" + _ORDINAL + r"(?:\s+of)?\s+(?:" + _MONTHS + r")\.?,?\s+(?:19|20)\d{2}(?!\d)", 0.55),
        ("date-english", r"(?:" + _MONTHS + r")\s+\d{1,2}" + _ORDINAL + r",?\s+(?:19|20)\d{2}(?!\d)", 0.55),
        ("date-iso", r"(?<![\d-])(?:19|20)\d{2}-[01]\d-[0-3]\d(?![\d-])", 0.55),
        # a consular or travel record's compact date ("DOB 14JUN1988")
        ("date-compact", r"(?<![\w])\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:19|20)\d{2}(?![\w])", 0.55),
        # the day in words, as a statement or deed writes it ("veertien januari 1985", "the third of June 1988")
        # and the year in words too ("zeventien april negentienhonderdachtenzestig")
        ("date-words", r"(?<![\w-])(?:" + _DAY_WORDS + r")(?:\s+of)?\s+(?:" + _MONTHS + r")\.?,?\s+(?:(?:19|20)\d{2}(?!\d)|(?:"
                       + _YEAR_WORDS + r")(?![\w-]))", 0.55),
    ]
    # (and the Polish and German words, as an agency's list in a Dutch file heads its column: "Data urodzenia")
    CONTEXT = ["geboren", "geb.", "geboortedatum", "born", "date of birth", "dob", "d.o.b.", "data urodzenia",
               "geburtsdatum"]
    REQUIRE_CONTEXT = True
    REASON = "dob"
    # "geboren" after the date, in the same clause: at most a place and a verb between ("in Nador is geboren")
    _BORN_AFTER = re.compile(r"[ \t,]+(?:(?:in|te|at|in the)[ \t]+[\w'’-]+(?:[ \t][A-Z][\w'’-]+)?[ \t,]+)?"
                             r"(?:(?:is|werd|was|ben|bent|zijn|waren)[ \t]+)?(?:geboren|born)\b", re.IGNORECASE)

    _BORN_SIGN = re.compile(r"(?<![\d\w])°[ \t]?\Z")  # Belgian usage: "°12.03.1990" is born on that day

    # a chat export's or log's time stamp ("[12-03-2023 14:07:19] Oksana: ..."): a date and a clock time at a line's
    # start, whatever birth date a message above mentions
    _STAMP_BEFORE = re.compile(r"(?:^|\n)[ \t]*\[?\Z")
    # a log's or file note's entry date before a column gap ("03/18/2025  ERO returned 212 pp.") is one too
    _STAMP_AFTER = re.compile(r",?[ \t]+\d{1,2}:\d{2}|(?:[ \t]{2,}|\t)(?=[^\W\d])")

    # a tab-separated table's column headed by a word for birth ("Werknemer\tBSN\tGeboortedatum"): a date in it is
    # a birth date in every row, however far below the header the row stands
    _BIRTH_HEADER = re.compile(r"geboortedatum|geb\.?[ \t]?datum|geboren|date of birth|birth ?date|dob|d\.o\.b\.|born"
                               r"|data urodzenia|geburtsdatum",
                               re.IGNORECASE)
    _TABLE_ROWS_UP = 40

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        found = [r for r in super().analyze(text, entities, nlp_artifacts)
                 if not (self._STAMP_AFTER.match(text, r.end) and self._STAMP_BEFORE.search(text, max(0, r.start - 8), r.start))]
        if not (self._context and self._context.search(text)) and "°" not in text:
            return found
        taken = {(r.start, r.end) for r in found}
        for rule, regex, base in self._compiled:
            for m in regex.finditer(text):
                if (m.start(), m.end()) not in taken and (self._BORN_AFTER.match(text, m.end())
                                                          or self._BORN_SIGN.search(text, max(0, m.start() - 2), m.start())
                                                          or self._in_birth_column(text, m.start())):
                    taken.add((m.start(), m.end()))
                    found.append(result(self, self.ENTITY, m.start(), m.end(), base + 0.1, interest=self.INTEREST,
                                        rule=rule, reason=self.REASON, flags=("context",)))
        return found


    def _in_birth_column(self, text: str, start: int) -> bool:
        """Whether the date at ``start`` stands in a tab-separated table's cell whose column a row above heads with
        a word for birth; the rows up to that header are unbroken lines with tabs."""
        line_start = text.rfind("\n", 0, start) + 1
        column = text.count("\t", line_start, start)
        for _ in range(self._TABLE_ROWS_UP):
            if line_start == 0:
                return False
            above = text.rfind("\n", 0, line_start - 1) + 1
            cells = text[above:line_start - 1].split("\t")
            if len(cells) < 2:
                return False  # no tab: the table ends
            if column < len(cells) and self._BIRTH_HEADER.fullmatch(cells[column].strip()):
                return True
            line_start = above
        return False


class PassportDetector(PatternDetector):
    """Dutch passport or identity-card number, only with a document word before it."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [("nl-document", r"(?<![\w])[A-NP-Z]{2}[A-NP-Z0-9]{6}\d(?!\w)", 0.5)]
    CONTEXT = ["paspoort", "paspoortnummer", "identiteitskaart", "id-kaart", "documentnummer", "passport",
               "identity card", "rijbewijs"]
    REQUIRE_CONTEXT = True
    REASON = "id-document"


class DrivingLicenceDetector(PatternDetector):
    """A driving licence's number, only with a word for the licence before it: the Dutch one has ten digits,
    the British one sixteen characters (surname, birth date, initials: "MORGA657054SM9IJ")."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [("nl-driving-licence", r"(?<![\w.-])\d{10}(?![\w-]|\.\d)", 0.5),
                ("uk-driving-licence", r"(?<![\w])[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}(?:[ \t]?\d{2})?(?!\w)", 0.5)]
    CONTEXT = ["rijbewijs", "rijbewijsnummer", "rijbewijsnr", "driving licence", "driving license",
               "driver's license", "drivers license", "driver license", "licence number", "license number"]
    REQUIRE_CONTEXT = True
    REASON = "id-document"


class BelgianIdCardDetector(PatternDetector):
    """A Belgian identity card's number ("592-1234567-32"), checked by mod 97, after a word for the card."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [("be-id-card", r"(?<![\w-])(?P<v>\d{3}-\d{7}-\d{2})(?![\w-])", 0.5)]
    CONTEXT = ["identiteitskaart", "id-kaart", "eid", "kaartnummer", "carte d'identité", "identity card"]
    REQUIRE_CONTEXT = True
    REASON = "id-document"

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace("-", "")
        return (int(digits[:10]) % 97 or 97) == int(digits[10:])


class AlienNumberDetector(PatternDetector):
    """US alien registration number (A-number: A + 8 or 9 digits), only with a word for it before it."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [("a-number", r"(?<![\w-])A-?\s?\d{2,3}[\s-]?\d{3}[\s-]?\d{3}(?![\w-])", 0.5)]
    CONTEXT = ["a-number", "a number", "a#", "alien number", "alien registration", "uscis"]
    REQUIRE_CONTEXT = True
    REASON = "id-document"


class PersonalNumberDetector(PatternDetector):
    """A number that points to one person or to what one person owns, in the form only that kind of number has:
    a cadastral parcel ("kadastraal bekend gemeente Helmond, sectie C, nummer 4412"), a police officer's collar
    number ("PC 4471"), a prisoner's register number ("Register No. 48813-074"), a US officer's badge and a lawyer's
    bar number."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [
        ("cadastral-parcel", r"(?i:kadastraal[ \t]+bekend(?:[ \t]+als)?[ \t]+(?:gemeente[ \t]+)?[\w'’ -]{2,40}?,?\s+sectie"
                             r"[ \t]+[A-Z]{1,2},?\s+(?:nummer|nr\.?|perceel(?:nummer)?)[ \t]*)(?P<v>\d{1,5})(?![\w-])", 0.85),
        # in brackets after the officer's name, or before it ("(PC 4471)", "PC 4471 Daniel Oyelaran"), not "PC 2000"
        ("collar-number", r"(?<![\w-])(?:PC|PS|DC|DS|Sgt\.?)[ \t]?(?P<v>\d{3,5})(?=\)|[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z]|[ \t]*(?:[,.;:)]|\n|$)))", 0.7),
        # a Curaçao or Aruba identity card's number after its name ("sedulanummer 1984.07.12.045")
        ("sedula-number", r"(?i:sedula(?:[ -]?(?:nummer|nr\.?|number|no\.?))?[ \t]*:?[ \t]*)"
                          r"(?P<v>(?:19|20)\d{2}[. ]?\d{2}[. ]?\d{2}[. ]?\d{2,4})(?![\w-])", 0.85),
        ("register-number", r"(?i:(?:register|reg\.|inmate|BOP|USMS|USM|prisoner)[ \t]*(?:no\.?|number|#)[ \t]*:?[ \t]*)"
                            r"(?P<v>\d{5}-\d{3})(?![\w-])", 0.85),
        # a US officer's badge number and a lawyer's bar number ("Badge #4417", "State Bar No. 24077310")
        ("badge-number", r"(?i:(?<![\w-])(?:badge|shield)[ \t]*(?:#|no\.?|number)[ \t]*:?[ \t]*)(?P<v>\d{2,6})(?![\w-])", 0.8),
        # or after an officer's name, in brackets or not ("Officer Kyle Brandt (#8841)", "Officer J. Okafor #3317")
        ("badge-after-name", r"(?:Officer|Deputy|Sgt\.?|Sergeant|Detective|Det\.?|Cpl\.?|Corporal|Trooper|Agent|Lt\.?)[ \t]+"
                             r"(?:(?:[A-Z]\.|[A-Z][\w'’-]+)[ \t]+){1,3}\(?#[ \t]?(?P<v>\d{2,6})(?:\)|(?![\w-]))", 0.8),
        ("bar-number", r"(?i:(?<![\w-])(?:state[ \t]+)?bar[ \t]+(?:no\.?|number|#)[ \t]*:?[ \t]*)(?P<v>\d{5,9})(?![\w-])", 0.8),
    ]
    REASON = "personal-number"


class PostalAddressDetector(PatternDetector):
    """Street and house number with a Dutch postcode, or a street ending in a street word."""

    ENTITY = "ADDRESS"
    # on one line (the line above may be a name); particles inside ("Laan van Meerdervoort")
    # the words of a street's name stand a space apart, never a tab: a tab parts a table's columns ("Naam\tAdres")
    # a scan's hyphen may part a word at the line's end ("WIL-\nLEMSPLEIN 7")
    _STREET = r"[A-Z][\w'’.-]*(?:(?<=\w-)\n[\w'’-]+)?(?:[ ](?:(?:van|de|der|den|het|ter|ten|op|naar)[ ]){0,2}[A-Z][\w'’.-]*){0,3}"
    _SUFFIX = (r"(?:straat|laan|weg|hof|pad|plein|singel|dreef|steeg|kade|gracht|dijk|park|plantsoen|"
               r"markt|baan|wal|burg|erf|veld|hout|akker|haven|(?<!e)ring|dam|poort|zijde|donk|schans|vest|vaart|"
               r"dyk|wei|strjitte|leane|paad|buorren)")  # not "GS-vergadering 17"; Frisian: "Stationsdyk 14", "Tsjerkestrjitte 3"
    # capitalised words (and particles) before a street word: "Burgemeester de Monchyplein", "Prins Hendrikkade"
    _NAMED = r"(?:[A-Z][\w'’.-]*[ ](?:(?:van|de|der|den|het|ter|ten)[ ])*){0,3}"
    # "41-2", "7-III", "12 hs", "22-B", and a door's colour where one number has two doors (Haarlem: "112 zwart")
    # a scan's space inside the number at the line's end ("Boslaan 7 1")
    _HOUSE = (r"\d{1,5}(?:[ \t-]?[a-zA-Z](?!\w)|-\d{1,4}|[\s-]?(?:(?i:bis|hs|huis|boven|zwart|rood)|[IVX]+)(?!\w)|[ ]\d(?=[ \t]*\n))?"
              r"(?:[ \t]+bus[ \t]+\d{1,4}[a-zA-Z]?(?!\w))?")  # a Belgian flat: "Kerkstraat 12 bus 3"
    _POSTCODE = r"[1-9]\d{3}(?:[ \t]{1,2}|\s)?(?!SA|SD|SS)[A-Z]{2}(?![\w])"  # a scan's text may double a space
    _WRAPPED_HOUSE = r"(?=\d{1,5}[a-zA-Z]?(?:[ \t]+(?:bis|hs|huis|boven|bus)(?!\w)|[ \t]*[,.;)]|[ \t]*\n|[ \t]*\Z|[ \t]+[A-Z\d]))"
    PATTERNS = [
        # (or in the next cell of a register's row: "Brinkweg 3;7351 BD")
        ("street-postcode", rf"(?<![\w])(?P<v>{_STREET}(?:[ \t]{{2}}|\s){_HOUSE}(?:,?\s+|[ \t]*[;|][ \t]*){_POSTCODE})", 0.85),
        # any street's name over a Belgian or German postcode and town on the next line ("Kattenberg 104 bus 3\n2140
        # Borgerhout"); the postcode stays, as it names the town
        ("street-over-town", rf"(?m)^[ \t]*(?P<v>{_STREET}[ \t]{_HOUSE})[ \t]*\n[ \t]*"
                             r"(?=[1-9]\d{3,4}[ \t]+[A-Z][a-zà-ÿ]+(?:[ \t-][A-Z]?[a-zà-ÿ]+)?[ \t]*$)", 0.7),
        # a compass word may follow the street word ("Rijksweg Zuid 201", "Parallelweg Oost 4"); not a chat's speaker
        # and time ("Bram Oosterbaan 10:05")
        # a street's name opens with a capital ("'s-Gravendijkwal 12" with its article), not "schietbaan 4"
        # not a year after a word that ends like a street ("Staat van de woningmarkt 2025")
        # a page's wrap may part the street from its number ("aan de Molenweg\n14b. Mijn buurman"), when the number ends
        # there or a name, a number or a flat follows it, not a word ("Rijksweg\n12 maanden")
        ("street-name", rf"(?<![\w])(?P<v>(?![a-zà-ÿ]){_NAMED}[A-Z]?[\w'’-]*{_SUFFIX}(?:[ \t-](?:Noord|Zuid|Oost|West))?"
                        rf"(?:[ \t]{{1,2}}|[ \t]*\n[ \t]*{_WRAPPED_HOUSE})"
                        rf"(?!(?:19|20)\d\d(?!\d)){_HOUSE})(?![\w])"
                        r"(?![:.]\d\d(?!\d))", 0.6),
        # the number first in running text, as a letter names a home ("op nummer 14 van de Hoefsmidstraat", a scan's
        # "num-\nmer 14 aan de Kerkweg")
        ("number-of-street", (r"(?i:num(?:-\n)?mer|huisnummer|nr\.?)[ \t]+(?P<v>\d{1,5}[a-zA-Z]?[ \t]+(?:van|aan|in|op)[ \t]+de[ \t]+"
                              rf"{_NAMED}[A-Z][\w'’-]*{_SUFFIX})(?![\w])"), 0.6),
        # "Laan van Meerdervoort 1142", "Weg naar Rhoon 3"
        ("street-of", (r"(?<![\w])(?P<v>(?:Laan|Weg|Dijk|Plein|Kade|Straat|Singel|Gracht|Pad|Dreef|Hof)[ \t]"
                       r"(?:van|naar|der|de|den|op|tot|langs|bij)[ \t](?:(?:de|der|den|het)[ \t])?[A-Z][\w'’.-]*"
                       rf"(?:[ \t][A-Z][\w'’.-]*)?[ \t]{_HOUSE})(?![\w])"), 0.6),
        # the street word first, as in the Caribbean Netherlands and in Spanish and Portuguese ("Kaya Korona 17",
        # "Kaminda Jato Baco 12", "Calle Mayor 5")
        ("street-word-first", (r"(?<![\w])(?P<v>(?:Kaya|Kaminda|Plasa|Calle|Avenida|Rua)[ \t](?:(?:di|de|del|da|do)[ \t])?"
                               rf"[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){{0,2}}[ \t]{_HOUSE})(?![\w])"), 0.6),
        # after a word for living somewhere, any street name: "wonende Zonnewijzer 41", "woonachtig aan de Brink 3"
        # and after the parcel or building it is ("eigenaar van het perceel Berg 12")
        ("street-after-living", (r"(?i:wonende|wonend|woonachtig|woont|verblijvende|perceel|pand)(?:[ \t]+(?:aan|op|in))?"
                                 r"(?:[ \t]+(?:de|het))?[ \t]+"
                                 rf"(?P<v>[A-Z][\w'’.-]*(?:[ \t](?:(?:van|de|der|den|het)[ \t])*[A-Z][\w'’.-]*){{0,2}}[ \t]{_HOUSE})(?![\w])"),
         0.6),
        # "118 Maple Avenue": house number first, as in the US and the UK
        # with a compass quarter and a flat ("4417 Wisconsin Ave NW, Apt 3B", "Flat 4, 27 Coldharbour Lane")
        ("street-number-first", (r"(?<![\w.,-])(?P<v>(?:(?:Flat|Apartment|Apt\.?|Unit)[ \t][\w-]{1,5},?[ \t])?"
                                 r"\d{1,5}(?:[ \t]|[ \t]*\n[ \t]*(?=[A-Z]))(?:[NSEW]\.?[ \t])?(?:[A-Z][\w'’-]*(?:[ \t]|[ \t]?\n(?=[A-Z]))){1,3}"  # may wrap
                                 r"(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Terrace|Way|Close|Crescent|Gardens|"
                                 r"Grove|Mews|Row|Square|Walk|Rise|Parade|St\.?|Ave\.?|Rd\.?|Blvd\.?)"
                                 r"(?:[ \t](?:NW|NE|SW|SE|N|S|E|W)\b)?"
                                 r"(?:,?(?:[ \t]|[ \t]*\n[ \t]*)(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|#)[ \t]?[\w-]{1,5})?)(?![\w])"),
         0.6),
        # the street word first after the number, as the US Southwest writes it ("2214 Calle del Norte", "80 Camino Real")
        ("street-number-word-first", (r"(?<![\w.,-])(?P<v>\d{1,5}[ \t](?:Calle|Camino|Avenida|Paseo|Via)[ \t]"
                                      r"(?:(?:de|del|de la|de los|de las|la|las|los|el)[ \t])?[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})(?![\w])"),
         0.6),
        # a flat in a named block, the block's name its address ("Flat 12, Mercer House"): a home, not a firm's unit
        ("flat-in-block", (r"(?<![\w])(?P<v>(?:Flat|Apartment|Apt\.?)[ \t][\w-]{1,5},?[ \t](?:[A-Z][\w'’-]*[ \t]){1,3}"
                           r"(?:House|Court|Lodge|Tower|Heights|Mansions|Buildings|Building|Point))(?![\w])"), 0.6),
        # a house number after "#", as the Windward Islands write it ("Troy Road #12", "#25 Back Street")
        ("street-hash-number", (r"(?<![\w])(?P<v>(?:[A-Z][\w'’-]*[ \t]){1,3}(?:Road|Street|Lane|Drive|Avenue|Weg|Straat)"
                                r"[ \t]?#[ \t]?\d{1,4}[a-zA-Z]?|#[ \t]?\d{1,4}[a-zA-Z]?[ \t](?:[A-Z][\w'’-]*[ \t]){1,3}"
                                r"(?:Road|Street|Lane|Drive|Avenue))(?![\w])"), 0.6),
        # a UK address block, whatever the street's word ("41 Marsh Wall", "Flat 7, Kestrel House\n41 Marsh Wall"): the
        # line over a town and a postcode
        ("street-over-uk-postcode", (r"(?m)^[ \t]*(?P<v>(?:(?:Flat|Apartment|Apt\.?|Unit|Room|Suite)[ \t][\w-]{1,5},?"
                                     r"(?:[ \t][A-Z][\w'’-]*){1,4}[ \t]*\n[ \t]*)?\d{1,5}[A-Za-z]?,?(?:[ \t]+[A-Z][\w'’-]*){1,4})"
                                     r"(?=[ \t]*\n[ \t]*(?:[A-Z][\w'’-]*,?[ \t]+){1,2}[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}(?![\w]))"),
         0.6),
        # where a person named by title lives, in brackets after the name ("Mevrouw De Jongh (Kade 14) vraagt")
        ("street-in-brackets", (r"(?:[Mm]evrouw|[Dd]e heer|[Mm]eneer|[Mm]w\.|[Dd]hr\.|Mr\.?|Mrs\.?|Ms\.?)[ \t]+"
                                r"(?:(?:[A-Z][\w'’.-]*|van|de|der|den|het|ter|ten)[ \t]+){0,3}?[A-Z][\w'’-]*[ \t]*"
                                r"\((?P<v>[A-Z][\w'’.-]*(?:[ \t](?:(?:van|de|der|den|het)[ \t])*[A-Z][\w'’.-]*){0,2}[ \t]\d{1,4}"
                                r"(?:[ \t-]?[a-zA-Z])?)\)"), 0.6),
    ]
    CONTEXT = ["wonend", "woonachtig", "adres", "woont", "lives at", "address", "residing"]
    REASON = "address"
    # a UK postcode on the line under a house-number-first address ("27 Coldharbour Lane\nLondon SE5 9NR")
    # or on the same line after the town ("41 Ferndale Road, Bristol BS7 8LU")
    # (a page's wrap may come after the town or inside the postcode: "Southall\nUB2 4AZ", "Slough SL1\n3RG")
    _UK_POSTCODE = re.compile(r"(?:,?[ \t]*\n[ \t]*|,[ \t]*)(?:[A-Z][\w'’-]*,?(?:[ \t]+|[ \t]*\n[ \t]*)){0,2}"
                              r"(?P<v>[A-Z]{1,2}\d[A-Z\d]?(?:[ \t]|[ \t]*\n[ \t]*)\d[ABD-HJLNP-UW-Z]{2})(?![\w])")
    # a postcode of digits only after the street, then the town ("Kortrijksesteenweg 1021, 9051 Sint-Denijs-Westrem")
    _DIGITS_POSTCODE = re.compile(r",?[ \t]+(?:[A-Z]-)?(?P<v>[1-9]\d{3,4})[ \t]+[A-Z][\w'’-]+")
    _AFTER = {"street-number-first": (_UK_POSTCODE, "postcode-uk"), "street-over-uk-postcode": (_UK_POSTCODE, "postcode-uk"),
              "street-name": (_DIGITS_POSTCODE, "postcode-digits"),
              "street-of": (_DIGITS_POSTCODE, "postcode-digits"), "street-after-living": (_DIGITS_POSTCODE, "postcode-digits")}

    @staticmethod
    def _business_address(text: str, start: int) -> bool:
        """The address on a business's own field line ("Bedrijf: Restaurant De Lotus, Stationsstraat 9, ..."): where
        the firm is established, no one's home; unless the page says the firm is a sole trader's, whose address may be
        the owner's home."""
        line = text.rfind("\n", 0, start) + 1
        # nor a planning application's site, which the planning register publishes ("Application 25/01184/FUL: change
        # of use, 41 Beaconsfield Road", "Site address: ...")
        if _PLANNING_SITE.match(text, line, start):
            return True
        # or a company's own row in a register ("B24-103;...;Hengelo Bouwt B.V.;Industriestraat 40;...")
        return bool(_BUSINESS_FIELD.match(text, line, start) or _COMPANY_CELL_BEFORE.search(text, line, start)
                    or _organisations_row(text[line:start])) and not VatIdDetector.SOLE_TRADER.search(text)

    @staticmethod
    def _short_line_parts(text: str, r: RecognizerResult) -> bool:
        """A street and a number on two lines where the first is short: a list's or a log's lines ("Esmée
        Kraaijeveld\n3. Actie", "Merelstraat\n21-08-2024 ..."), not a sentence a page wrapped."""
        rule = r.recognition_metadata.get("rule")
        if rule == "street-number-first":  # "The house at 2214\nLapeyrouse St": the wrap after the number
            digits = re.match(r"\d+[ \t]*\n", text[r.start:r.end])
            if not digits:
                return False
            newline = r.start + digits.end() - 1
        elif rule != "street-name" or "\n" not in text[r.start:r.end]:
            return False
        else:
            newline = text.index("\n", r.start)
        line_start = text.rfind("\n", 0, newline) + 1
        # a numbered list's next item ("2. ... Actiehouder: Esmée Kraaijeveld\n3. Marit ..."), not a number on a wrap
        # nor a table's row, whose columns a gap parts (" 3  Y. el Idrissi        Oosterhout\n 4  Joost ...")
        return not wrapped_at(text, newline) or bool(
            _LIST_NUMBER.match(text, line_start) and _LIST_NUMBER.match(text, newline + 1))

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        found = [r for r in super().analyze(text, entities, nlp_artifacts)
                 if not public_address_at(text, r.start) and not _VENUE_FIELD.match(text, text.rfind("\n", 0, r.start) + 1)
                 and not self._business_address(text, r.start) and not self._short_line_parts(text, r)]
        for r in [r for r in found if r.recognition_metadata.get("rule") in self._AFTER]:
            regex, rule = self._AFTER[r.recognition_metadata["rule"]]
            m = regex.match(text, r.end)
            if m:
                found.append(result(self, self.ENTITY, m.start("v"), m.end("v"), 0.6, interest=self.INTEREST,
                                    rule=rule, reason="postcode"))
        return found


class GermanStreetDetector(PostalAddressDetector):
    """A German street and house number, in one word or two ("Kaiserstraße 12", "Aachener Straße 41", "Marktplatz 3");
    apart from the Dutch streets, and only on a page with such a word, so other pages pay nothing for it."""

    PATTERNS: ClassVar[list[tuple[str, str, float]]] = [
        ("street-de", (r"(?<![\w])(?P<v>(?:[A-Z][\w'’-]*[ \t])?[A-Z]?[\w'’-]*?(?:stra(?:ß|ss)e|Stra(?:ß|ss)e|platz|Platz|allee|"
                       rf"Allee|gasse)[ \t]{{1,2}}{PostalAddressDetector._HOUSE})(?![\w])"), 0.6)]
    _WORDS = ("straße", "Straße", "strasse", "Strasse", "platz", "Platz", "allee", "Allee", "gasse")

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if not any(w in text for w in self._WORDS):
            return []
        return super().analyze(text, entities, nlp_artifacts)


class AlienNumberHashDetector(AlienNumberDetector):
    """An A-number written "A# 214-887-305", as immigration courts do: the "A#" is its own context word."""

    PATTERNS = [("a-number", r"(?<![\w-])A#\s?\d{2,3}[\s-]?\d{3}[\s-]?\d{3}(?![\w-])", 0.6)]
    REQUIRE_CONTEXT = False


class UkNinoDetector(PatternDetector):
    """UK National Insurance number ("JK 48 29 17 C"): two prefix letters HMRC issues, six digits, A-D."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [("uk-nino", r"(?<![\w])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])", 0.6)]
    CONTEXT = ["national insurance", "ni number", "ni no", "nino", "insurance number"]
    REASON = "id-document"


class NhsNumberDetector(PatternDetector):
    """An NHS number ("NHS number 943 476 5919"): ten digits whose last is the modulus-11 check of the nine before, after
    the words for it, since a number of that shape is also a phone number."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS: ClassVar[list[tuple[str, str, float]]] = [("nhs-number", r"(?<![\w-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w-])", 0.6)]
    CONTEXT: ClassVar[list[str]] = ["nhs number", "nhs no", "nhs no.", "nhs", "chi number"]
    REQUIRE_CONTEXT = True
    REASON = "id-document"

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = [int(c) for c in pattern_text if c.isdigit()]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits[:9])) % 11
        return (0 if check == 11 else check) == digits[9] and check != 10


class VatIdDetector(PatternDetector):
    """Dutch VAT number (btw-id, "NL759233275B02") of a sole trader: the number points to one person.

    A company's VAT number is business data, so only a page that says it is about a sole trader counts.
    """

    ENTITY = "VAT_ID"
    PATTERNS = [("nl-btw", r"(?<![\w])NL ?\d{9} ?B ?\d{2}(?![\w])", 0.6)]
    CONTEXT = ["btw", "btw-nummer", "btw-id", "btw-identificatienummer", "omzetbelastingnummer", "vat"]
    REASON = "vat-sole-trader"
    SOLE_TRADER = re.compile(r"(?i)eenmanszaak|\bzzp|zelfstandige zonder personeel|sole (?:trader|proprietor)")

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if "NL" not in text or not self.SOLE_TRADER.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts)

    def validate_result(self, pattern_text: str) -> bool | None:
        return std_btw.is_valid(pattern_text.replace(" ", ""))


class BelgianNationalNumberDetector(PatternDetector):
    """Belgian national register number (rijksregisternummer, "85.07.12-033.83"), checked by its mod-97 digits."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [("be-nn", r"(?<![\w.-])\d{2}\.?\d{2}\.?\d{2}[ .-]?\d{3}[ .]?\d{2}(?![\w-]|\.\d)", 0.6)]
    CONTEXT = ["rijksregisternummer", "rijksregister", "rijksregisternr", "insz", "insz-nummer", "national number",
               "national register number", "numéro national", "numéro de registre national", "nn"]
    REQUIRE_CONTEXT = True
    REASON = "id-document"

    def validate_result(self, pattern_text: str) -> bool | None:
        return std_be_nn.is_valid(re.sub(r"\D", "", pattern_text))


class KvkSoleTraderDetector(PatternDetector):
    """Chamber of Commerce number (KvK, eight digits) of a sole trader: like the VAT number, it points to one person."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [("kvk-sole-trader", r"(?<![\w.-])\d{8}(?![\w-]|[.,]\d)", 0.6)]
    CONTEXT = ["kvk", "kvk-nummer", "kvk-nr", "kvk nr", "kvk-nr.", "handelsregister", "kamer van koophandel",
               "chamber of commerce"]
    REQUIRE_CONTEXT = True
    REASON = "kvk-sole-trader"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if not VatIdDetector.SOLE_TRADER.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts)


class PostcodeDetector(PatternDetector):
    """A postcode with a house number ('1234 AB 12') or next to an address word."""

    ENTITY = "ADDRESS"
    PATTERNS = [("postcode", r"(?<![\w])[1-9]\d{3}(?:[ \t]{1,2}|\s)?(?!SA|SD|SS)[A-Z]{2}(?![\w])", 0.4)]
    CONTEXT = ["postcode", "adres", "wonend", "woonachtig", "woont"]
    REQUIRE_CONTEXT = True
    REASON = "postcode"


_CLOCK_AFTER = re.compile(r"[:.]\d{2}(?!\d)")


class PhoneDetector(PatternDetector):
    """Phone numbers, NL and international: a phone-shaped string that libphonenumber parses."""

    ENTITY = "PHONE"
    REASON = "phone"
    PATTERNS = [
        # a group may wrap at a hyphen that ends a typeset line ("06-4173-\n2895")
        ("phone-intl", r"(?<![\w+])\(?(?:\+|00)\d{1,3}\)?[\s.-]?(?:\(0\)[\s.-]?)?\(?\d{1,4}\)?(?:(?:-[ \t]*\n[ \t]*|[\s.-])?\d{2,4}){1,4}(?![\w-])", 0.0),
        # as Belgians write a mobile or a landline ("0472/31.58.90", "09/233.44.55")
        ("phone-be-dots", r"(?<![\w+/.-])(?:04[5-9]\d/\d{2}|0\d{1,2}/\d{3})\.\d{2}\.\d{2}(?![\w.-])", 0.0),
        ("phone-nl", r"(?<![\w+/-])(?<!\d\.)(?:\(0\d{1,3}\)\s?|0\d{1,3}(?:\s?-\s?|\s)?)\d{2,4}(?:(?:-[ \t]*\n[ \t]*|[\s-])?\d{2,4}){0,3}(?![\w-])", 0.0),
        ("phone-nanp", r"(?<![\w(+-])\(?[2-9]\d{2}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w-])", 0.0),
        # a digit to a box, as a form's boxes or a scan's spaced letters leave it ("0 6 - 2 8 1 4 5 5 3 9")
        ("phone-spaced", r"(?<![\w+-])0(?:[ ](?:-[ ])?\d){9}(?![\w-])", 0.0),
    ]
    CONTEXT = ["tel", "tel.", "telefoon", "telefoonnummer", "mobiel", "mob.", "phone", "mobile", "bel", "call", "t", "m", "gsm"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        found: list[RecognizerResult] = []
        taken: list[tuple[int, int]] = []
        for rule, regex, _ in self._compiled:
            for m in regex.finditer(text):
                start, end = m.span()
                if any(s < end and start < e for s, e in taken) or _DATE_START.match(m.group()) or "\t" in m.group() \
                        or _CLOCK_AFTER.match(text, end):
                    # "02-01-2024 19:02" is a date and a time, not 020-1202419, and so is "05-09 16:02" (its hour is no
                    # part of a number); a tab parts a table's cells
                    continue
                if _FUNCTIONAL_LINE.search(text, text.rfind("\n", 0, start) + 1, start):
                    continue  # "receptie: 020 ...", "Servicedesk 14 020": an office's number, no person's
                if _service_number(m.group(), "US" if rule == "phone-nanp" else "NL"):
                    continue  # "0800-7000", "0900-8844", "(800) 555-0199": a free or paid service line, no person's
                score = _phone_score(m.group(), "US" if rule == "phone-nanp" else "NL")
                if rule == "phone-be-dots":  # the shape is Belgium's own
                    score = _phone_score(m.group(), "BE", nl_length=False) or 0.75
                before = text[max(0, start - 24):start]
                context = bool(self._context and self._context.search(before))
                if score is None and rule == "phone-nl" and self.supported_language == "en" and not context:
                    # "Parent: Ms. D. Whitaker, 07911 123457": a British number in an English document, if valid
                    score = _phone_score(m.group(), "GB", nl_length=False)
                    digits = re.sub(r"\D", "", m.group())
                    # a British mobile's shape ("07700 900 618") even where the range is not (yet) issued
                    score = score if score == 0.9 and len(digits) >= 10 else \
                        0.75 if score and len(digits) == 11 and digits.startswith("07") else None
                if score is None and context and rule == "phone-nl":
                    # "Mobile: 07911 123456": a national number of a neighbouring country, after a phone word
                    score = next((s for s in (_phone_score(m.group(), r, nl_length=False) for r in _OTHER_REGIONS) if s), None)
                if score is None or (rule == "phone-spaced" and score < 0.85):
                    continue  # single digits apart may be a table's counts: only a number that is valid as a whole
                taken.append((start, end))
                if context:
                    score = min(1.0, score + 0.1)
                found.append(result(self, self.ENTITY, start, end, score, interest=self.INTEREST, rule=rule,
                                    reason="phone" if score >= 0.85 else "phone-shape"))
        return found


# a public building right before an address: the address is the building's ("in het gemeentehuis, Markt 1 te X",
# "the hearing at the Town Hall, 1 Market Street"), no one's home
_PUBLIC_BUILDING = re.compile(
    r"(?i)(?<![\w-])(?:gemeentehuis|stadhuis|raadhuis|provinciehuis|gemeentekantoor|stadskantoor|rechtbank|gerechtshof|"
    r"politiebureau|brandweerkazerne|town hall|city hall|county hall|guildhall|civic cent(?:re|er)|courthouse|"
    r"council offices|police station)(?:[ \t]+(?:van|of)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?"
    r"[ \t]*[,(]?[ \t]*(?:(?:aan|op|at|in)[ \t]+(?:de|het|the)?[ \t]*)?$")
# an address block's line that names an organisation: a body ("Gemeente Ede", "Stichting X", "Ministerie van Y")
# or a company by its legal form ("Bakkerij Jansen B.V."); the address under it is the organisation's
_ORGANISATION_LINE = re.compile(
    r"(?:(?i:gemeente|provincie|waterschap|hoogheemraadschap|ministerie|stichting|vereniging|coöperatie|cooperatie|"
    r"veiligheidsregio|omgevingsdienst|rechtbank|gerechtshof|politie|universiteit|hogeschool|ziekenhuis|woningcorporatie|"
    # German and Belgian bodies across the border ("StädteRegion Aachen - Amt für Bauaufsicht", "Stad Genk")
    r"städteregion|stadt|stad|kreis|landkreis|gemeinde|amt für|bezirksregierung|polizeipräsidium|"
    # and a German authority's unit in its letterhead ("Kreis Borken\nDer Landrat\nFachbereich Bauen und Umwelt")
    r"fachbereich|fachdienst|abteilung|dezernat|referat|"
    # Belgian public bodies and Dutch executive agencies by their letters ("OCMW Antwerpen", "UWV")
    r"ocmw|cpas|fod|vdab|riziv|rva|agentschap|departement|vlaamse overheid|uwv|svb|belastingdienst|cjib|duo|"
    r"woonstichting|ggd|rijksdienst|raad van|college van|kamer van koophandel|ministry of|department of|council of|"
    # British and American bodies: "Department for Education", "HM Treasury", "U.S. Department of State"
    r"department for|office (?:for|of)|hm|his majesty['’]s|cabinet office|home office|u\.s\.|united states)"
    r"(?![\w-])[^\n]{0,80}"
    r"|[^\n]{1,80}[ \t](?:B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|C\.V\.|U\.A\.|Holding|Ltd\.?|Limited|Inc\.?|LLC|GmbH|AG|SA|S\.A\.)"
    # a partnership or company by its legal form first ("V.O.F. Autobedrijf Jansen & Zn.")
    r"|(?:V\.O\.F\.|VOF|C\.V\.|B\.V\.|N\.V\.)[ \t][^\n]{1,80}"
    # a public body named by its kind at the end ("Environment Agency", "Leeds City Council")
    # and by its kind with what it is of ("Federal Bureau of Investigation", "Drug Enforcement Administration")
    r"|(?:[A-Z][\w&'’,-]*[ \t]+){1,6}(?:Agency|Authority|Council|Commission|Inspectorate|Executive|Bureau|Administration)"
    r"(?:[ \t]+of(?:[ \t]+the)?(?:[ \t]+[A-Z][\w&'’-]*){1,3})?"
    # a firm of lawyers, notaries or accountants ("Van Doorne Kleinjan Advocaten", "Smith & Co Solicitors")
    r"|[^\n]{1,80}[ \t](?:Advocaten|Advocatenkantoor|Notarissen|Notariskantoor|Accountants|Belastingadviseurs|"
    r"Solicitors|LLP|Attorneys))"
    r"[ \t,]*")
# a meeting's venue field with a meeting room or an online meeting in it ("Locatie: Microsoft Teams-vergadering;
# Parnassusplein 5, kamer C06.14"): the office where civil servants meet; a police report's "Locatie: woning, ..." is a home
_VENUE_FIELD = re.compile(r"[ \t]*(?i:locatie|location|vergaderlocatie|meeting location|where|waar)[ \t]*:"
                          r"(?=[^\n]*(?i:\b(?:teams|zoom|webex)\b|vergaderzaal|vergaderruimte|meeting room|"
                          r"\b(?:kamer|zaal|room)[ \t]+[A-Z]?\d))")
# a field that names a business and its establishment on one line ("Bedrijf: Restaurant De Lotus, Stationsstraat 9")
_BUSINESS_FIELD = re.compile(r"[ \t]*(?i:bedrijf|bedrijfsnaam|onderneming|inrichting|vestiging|company|business|"
                             r"establishment|premises)[ \t]*:[ \t]*[^\n,]{2,60},[ \t]*")
# a register's cell that gives the applicant's legal form ("stichting", "vof"), beside the organisation's name
_LEGAL_FORM_CELLS = {"stichting", "vereniging", "coöperatie", "cooperatie", "vof", "v.o.f.", "bv", "b.v.", "nv", "n.v.",
                     "cv", "c.v.", "rechtspersoon", "besloten vennootschap", "naamloze vennootschap", "ltd", "limited",
                     "llc", "inc.", "charity", "company"}


def _organisations_row(cells_before: str) -> bool:
    """Whether the cells before an address in a register's row name an organisation and nothing else that is words
    ("SUB-25-0411;Stichting Dorpshuis Hoenderloo;stichting;"): codes, dates and amounts aside, every cell is the body's
    name or its legal form; a person's name in the row ("K-311;Gemeente Zwolle;J. Jansen;") makes it theirs."""
    cells = [c.strip() for c in re.split(r"[;|\t]", cells_before)]
    if len(cells) < 2 or cells[-1]:
        return False
    words = [c for c in cells[:-1] if c and not any(ch.isdigit() for ch in c)]
    names = [c for c in words if c.lower() not in _LEGAL_FORM_CELLS]
    return bool(names) and all(_ORGANISATION_LINE.fullmatch(c) for c in names)


_PLANNING_SITE = re.compile(r"[ \t]*(?:(?i:(?:planning[ \t]+)?application)[ \t]+(?:(?i:no\.?|ref\.?)[ \t]*)?"
                            r"\d{2}/\d{4,5}/[A-Z]{2,6}\b|(?i:site[ \t]+address)[ \t]*:)")
# a company's name in the cell right before the address, with its legal form ("Hengelo Bouwt B.V.;", "| Acme Ltd |")
_COMPANY_CELL_BEFORE = re.compile(r"(?:B\.V\.|N\.V\.|BV|NV|GmbH|Ltd\.?|LLC|Inc\.|PLC|plc)[ \t]*[;|\t,][ \t]*\Z")
# words for a unit of an organisation, in a letter's attention line and before a team's phone number
_DEPARTMENT_WORDS = "afdeling|team"
# the line between the organisation and its address that directs the letter ("t.a.v. de heer X", "Afdeling Y")
_ATTENTION_LINE = re.compile(r"[ \t]*(?:(?i:t\.a\.v\.|ter attentie van|attn\.?|z\.[ \t]?hd\.|zu händen|"
                             rf"{_DEPARTMENT_WORDS}|directie|postbus)[^\n]*"
                             # a unit of the body in a letterhead ("FOIA Service", "Information Rights Team")
                             r"|(?:[A-Z][\w.&/-]*[ \t]+){1,4}(?:Service|Office|Unit|Division|Branch|Section|Staff|Team|Desk)"
                             # or in Dutch ("Sociale dienst", "Dienst Wonen")
                             r"|(?:[A-Z][\w-]*[ \t]+)?(?i:dienst)(?:[ \t]+[A-Z][\w-]*){0,2})[ \t]*")


# a unit of the body by a name of several words joined as an office's are, not as a person's ("UK Visas and
# Immigration", "Office for Students")
_UNIT_NAME_LINE = re.compile(r"[ \t]*[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*[ \t]+(?:and|for|of|&)(?:[ \t]+[A-Z][\w-]*)+[ \t]*")
_SUITE_BEFORE = re.compile(r"(?:Suite|Room|Floor|Ste\.?)[ \t]+[\w-]{1,6},")
_TO_LABEL = re.compile(r"^(?i:aan|to)[ \t]*:[ \t]*")
_CARE_OF = re.compile(r"(?<=,)[ \t]*(?i:p/a|c/o|per adres)[ \t]*$")
_LIST_NUMBER = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+")  # a numbered list's item at a line's start (match at it)


def _without_list_number(line: str) -> str:
    number = _LIST_NUMBER.match(line)
    return line[number.end():] if number else line


def public_address_at(text: str, start: int) -> bool:
    """Whether the address at ``start`` is a public building's ("in het stadhuis, Lindenplein 4") or an
    organisation's, under its name in an address block."""
    return bool(_PUBLIC_BUILDING.search(text, max(0, start - 60), start)) or _under_organisation(text, start)


# A department's or team's line named right before the number ("neem contact op met de afdeling Communicatie,
# telefoon 038 498 91 11", "the Press Office on 020 7035 3535"): the body's, not a person's. The article says
# the team is named in a sentence, not in a signature ("Legal adviser | Public Information Team\nT 010 ..." is
# her own line). A mobile is someone's own phone, even when a team gives it out.
_TEAM_LINE_BEFORE = re.compile(
    rf"(?i:\b(?:de|het|the|our|onze|ons)[ \t]+(?:{_DEPARTMENT_WORDS}|bureau|servicedesk|helpdesk|klantcontactcentrum|klantenservice|publieksvoorlichting|"
    r"persvoorlichting|woordvoering|press office|press team|news desk|newsdesk|foi team|information rights team|"
    r"contact centre|contact center|customer service|switchboard|receptie|reception))"
    r"(?:[ \t]+(?:[A-Z][\w&-]*|en|and|&)){0,3}[ \t]*,?[ \t]*\n?[ \t]*"
    r"(?i:(?:op|via|on|at)[ \t]+)?(?i:(?:telefoon(?:nummer)?|tel\.?|phone|telephone|t\.?)[ \t:]*)?(?i:(?:op|via|on|at)[ \t]+)?\Z")
# a Dutch or a British mobile; a British one dialled at home has eleven digits ("07823 614 905"), where the
# Dutch numbers that open with 07 are the landlines of a region ("078 - 770 43 21", Dordrecht)
_MOBILE = re.compile(r"^(?:\+31[\s-]?(?:\(0\))?[\s-]?6|0031[\s-]?6|06|\+44[\s-]?7|07(?=(?:[\s-]?\d){9}$))")


# the line a press release ends with, for the press ("Voor vragen van de pers: woordvoerder X, 078 - 770 43 21",
# "Noot voor de redactie", "Media enquiries: ..."): a number given to every journalist is the body's press line
_PRESS_LINE = re.compile(r"[ \t]*(?i:noot voor de redactie|(?:voor )?(?:vragen|informatie|contact) (?:van|voor) (?:de )?"
                         r"(?:pers|media|journalisten|redacties)|persvragen|perscontact|media (?:enquiries|inquiries|contact)|"
                         r"press (?:enquiries|inquiries|contact|office)|for (?:media|press) (?:enquiries|inquiries))\b[^\n]*\Z")


def public_phone_at(text: str, start: int, number: str) -> bool:
    """Whether the phone number at ``start`` is a department's or team's line named right before it, or the press
    line a press release gives."""
    if _MOBILE.match(number.strip()):
        return False
    return bool(_TEAM_LINE_BEFORE.search(text, max(0, start - 90), start)
                or _PRESS_LINE.match(text, text.rfind("\n", 0, start) + 1, start))


_BUILDING_NAME = re.compile(r"[ \t]*(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:Building|Buildings|House|Centre|Center|Tower|Hall),[ \t]*")


def _under_organisation(text: str, start: int) -> bool:
    """Whether the address at ``start`` opens a line right under an organisation's name in an address block, or
    under a line that directs the letter within the organisation ("Stichting X\nt.a.v. Y\nKerkstraat 4")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _CARE_OF.sub("", text[line_start:start].strip())  # "2. Stichting X, p/a Brink 2": the foundation's
    if before.endswith(",") and _ORGANISATION_LINE.fullmatch(_without_list_number(before[:-1].rstrip())):
        return True  # the organisation's name before it on its line ("Home Office, 2 Marsham Street")
    if before.endswith(",") and _ATTENTION_LINE.fullmatch(before[:-1].rstrip()) and line_start > 0:
        # a unit of the body named on the line above, before the address ("Department of Veterans Affairs\nRegional
        # Office, 1722 I Street NW")
        above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip()
        return bool(above) and bool(_ORGANISATION_LINE.fullmatch(_TO_LABEL.sub("", above)))
    if _SUITE_BEFORE.fullmatch(before):
        before = ""  # "Suite 11050, 1425 New York Avenue, NW": the office's suite on the address's line
    if (before and not _BUILDING_NAME.fullmatch(text, line_start, start)) or line_start == 0:
        return False  # the address opens its line, or follows the building's name ("Seacole Building, 2 Marsham Street")
    lines = text[max(0, line_start - 300):line_start - 1].split("\n")[-2:]
    if not lines or not lines[-1].strip():
        return False
    if _ORGANISATION_LINE.fullmatch(lines[-1].strip()):
        return True
    return len(lines) == 2 and bool(_ATTENTION_LINE.fullmatch(lines[-1]) or _UNIT_NAME_LINE.fullmatch(lines[-1])) \
        and bool(lines[0].strip()) \
        and bool(_ORGANISATION_LINE.fullmatch(_TO_LABEL.sub("", lines[0].strip())))  # "Aan: V.O.F. X\nt.a.v. Y"


# a line that gives an office's number: the reception, a service desk, a switchboard
_FUNCTIONAL_LINE = re.compile(
    r"(?i)(?<![\w-])(?:receptie|centrale|algemeen (?:tele?foon)?nummer|servicedesk|helpdesk|klantcontactcentrum|kcc|"
    r"frontoffice|front office|reception|switchboard|main (?:number|line)|general enquiries|hotline|meldpunt|"
    r"storingsnummer|alarmnummer|"
    # a channel the public is offered ("Telefonisch via: 088 ...", "doe een terugbelverzoek via telefoonnummer ...")
    r"telefonisch via|terugbelverzoek(?:[ \t]+via)?|bel (?:ons|de gemeente)(?:[ \t]+op)?|call us(?:[ \t]+on)?)(?![\w-])"
    r"(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*[:.-]?[ \t]*(?:tel\.?|telefoon(?:nummer)?|nr\.?|nummer)?[ \t:.]*$")
_DATE_START = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?!\d)")
_OTHER_REGIONS = ("BE", "DE", "GB", "FR")


_SERVICE_TYPES = (phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                  phonenumbers.PhoneNumberType.SHARED_COST)


def _service_number(raw: str, region: str) -> bool:
    """A toll-free, premium-rate or shared-cost number (0800, 090x, 1-800): an organisation's service line."""
    try:
        number = phonenumbers.parse(" ".join(raw.split()).replace("(0)", ""), region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in _SERVICE_TYPES


def _phone_score(raw: str, region: str, nl_length: bool = True) -> float | None:
    """0.9 for a valid number, 0.75 for a possible one, None for a digit run that is no phone."""
    raw = " ".join(raw.split())  # a number wrapped at a line end ("030 - 274\n91 00")
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("00") and len(digits) < 11:
        return None
    if nl_length and region == "NL" and not raw.lstrip("(").startswith(("+", "00")) and len(digits) != 10:
        return None
    try:
        number = phonenumbers.parse(raw.replace("(0)", ""), region)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(number):
        return 0.9
    if phonenumbers.is_possible_number(number):
        return 0.75
    return None


IDENTIFIER_DETECTORS = (
    BsnDetector, BsnGroupedDetector, IbanDetector, EmailDetector, SocialProfileDetector, SsnDetector, SsnDigitsDetector, LicensePlateDetector,
    BelgianPlateDetector, UkPlateDetector, TaggedPlateDetector, DateOfBirthDetector, PassportDetector, DrivingLicenceDetector, BelgianIdCardDetector,
    BelgianNationalNumberDetector, KvkSoleTraderDetector, PersonalNumberDetector,
    AlienNumberDetector, AlienNumberHashDetector, UkNinoDetector, NhsNumberDetector, VatIdDetector, PostalAddressDetector, GermanStreetDetector, PostcodeDetector,
    PhoneDetector,
)
