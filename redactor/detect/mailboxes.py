"""Which e-mail addresses are a service's box and stay visible, and which are a person's.

One place for every reason a box counts as a service's: the rule pack's list of box names, a box named by one
ordinary word, a box named after the unit in its display name, and an office-holder's own work address.
"""

from __future__ import annotations

import re

from redactor.detect.base import NOUN_ENDINGS
from redactor.detect.entities import OFFICIAL, PERSON
from redactor.detect.lexicon import Lexicon
from redactor.findings import Candidate
from redactor.rulepack import RulePack

# the display name before an address in angle brackets, back to the field's label or the entry before it
_DISPLAY_NAME = re.compile(r"([^\n<>;:,]+?)[ \t]*\Z")
_TAG_BEFORE_ADDRESS = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*\Z")


class Mailboxes:
    """Decides whether an e-mail address found on a page is a service's box."""

    def __init__(self, pack: RulePack, lexicon: Lexicon) -> None:
        self._listed = [re.compile(p, re.IGNORECASE) for p in pack.functional_mailboxes]
        self.lexicon = lexicon

    def is_service(self, text: str, cand: Candidate, found: list[Candidate]) -> bool:
        """Whether ``cand`` (an EMAIL on ``text``, among the page's other findings ``found``) stays visible."""
        if self.is_listed(cand.text) and not _beside(text, cand, found, PERSON) and not _named_domain(cand.text, found):
            # a listed box, unless it stands after a person's name ("Tran, Minh-Anh <qkt7@cdc.gov>") or its domain
            # bears the name of a person on the page, as a sole trader's does ("Mehmet Yavuz ... info@klusbedrijfyavuz.nl")
            return True
        # an office-holder's own work address beside the kept name ("Wethouder Bas Eenhoorn <b.eenhoorn@...>"): as
        # public as the office
        return self._unit_box(text, cand.start, cand.text) or self._word_box(cand.text) \
            or _beside(text, cand, found, OFFICIAL)

    def is_service_box(self, text: str, start: int, address: str) -> bool:
        """Whether ``address`` (at ``start`` on ``text``) is a service's box by itself: listed, named by one word, or
        by the unit its display name names; then that display name is the unit's, not a person's."""
        return self.is_listed(address) or self._unit_box(text, start, address) or self._word_box(address)

    def is_listed(self, address: str) -> bool:
        """Whether the rule pack lists ``address`` as a service's box ("info@", "noreply@"), whoever it is beside."""
        return any(p.search(address) for p in self._listed)

    def _is_name(self, word: str) -> bool:
        return word.title() in self.lexicon.surnames or word.title() in self.lexicon.first_names

    def _word_box(self, address: str) -> bool:
        """A box named by one ordinary word ("handhaving@eindhoven.nl", "burgerzaken@", "parkeren@"): a service's,
        unless the word is also a name ("visser@", "bakker@")."""
        local = address.split("@", 1)[0]
        # or a long word a service is named by that no list holds ("inburgering@", "vergunningen@", "communicatie@");
        # "-ing" here only: as the end of a name's word it is a surname's too ("Harding")
        return len(local) >= 5 and local.isalpha() and local.islower() and not self._is_name(local) \
            and (self.lexicon.is_common(local) or (len(local) >= 9 and local.endswith((*NOUN_ENDINGS, "ing", "ingen"))))

    def _unit_box(self, text: str, start: int, address: str) -> bool:
        """A unit's box named by its acronym or a word of the display name ("OCIR Correspondence <ocir@epa.gov>",
        "DGWI Secretariaat <dgwi@minszw.nl>", "Team Parkeren <parkeren@utrecht.nl>"), or by its first word and the
        initials of the rest ("Secretariaat Gedeputeerde Staten <secretariaatgs@...>"): the unit's, no person's."""
        local = address.split("@", 1)[0]
        if text[start - 1:start] != "<":
            return False
        shown = _DISPLAY_NAME.search(text, max(0, start - 80), start - 1)
        words = shown.group(1).split() if shown else []
        # "Leefbaarheid <leefbaarheid@...>": a display name of one word, no name, that the box repeats
        if len(words) == 1 and len(local) >= 4 and local.lower() == words[0].lower() and not self._is_name(words[0]):
            return True
        # "Wijkteam Venlo-Oost <wijkteam.oost@...>": a display name that opens with a word for a unit, which the
        # address opens with too
        if len(words) >= 2 and self.lexicon.is_common(words[0]) and words[0] not in self.lexicon.first_names \
                and words[0] not in self.lexicon.surnames and re.split(r"[._-]", local.lower())[0] == words[0].lower():
            return True
        # a unit's display name joined by hyphens, an acronym among its words, run together in the address
        # ("ERO-Houston-Detention <EROHoustonDetention@ice.dhs.gov>"): the acronym first, and no first name in it
        parts = re.split(r"[\s-]+", shown.group(1).strip()) if shown else []
        if len(parts) >= 3 and parts[0].isupper() and 2 <= len(parts[0]) <= 6 and not all(p.isupper() for p in parts) \
                and not any(self.lexicon.is_first_name(p.title()) for p in parts) and local.lower() == "".join(parts).lower():
            return True
        if not 2 <= len(local) <= 20 or not local.isalnum() or len(words) < 2 or any(self._is_name(w) for w in words):
            return False
        lowered = [w.lower() for w in words]
        initials = "".join(w[0] for w in lowered)
        # also the display name's words run together after the body's own name ("OIG Hotline <vaoighotline@va.gov>"),
        # and the initials of all but the last word before it ("Region 5 Enforcement <R5Enforcement@epa.gov>")
        body = address.split("@", 1)[1].split(".", 1)[0].lower()
        forms = {*lowered, initials, lowered[0] + initials[1:], "".join(lowered), initials[:-1] + lowered[-1]}
        if local.lower() in forms or (local.lower().startswith(body) and local.lower()[len(body):] in forms):
            return True
        # a word of a unit's display name at either end of a longer address ("Duty Team <childrensduty@...>"): the
        # display name holds a common word ("Team") and no name
        return any(self.lexicon.is_common(w) for w in words) \
            and any(local.lower().startswith(w) or local.lower().endswith(w) for w in lowered if len(w) >= 4)


def _beside(text: str, cand: Candidate, found: list[Candidate], entity: str) -> bool:
    """Whether the address stands in brackets right after a finding of ``entity`` (a person's name, or an
    office-holder's): it is theirs, however much its shape looks like a service's box (a user id, a road's number)."""
    if text[cand.start - 1:cand.start] != "<":
        return False
    tag = _TAG_BEFORE_ADDRESS.search(text, max(0, cand.start - 60), cand.start - 1)
    end = tag.start() if tag else cand.start - 1
    return any(c.entity == entity and c.end == end for c in found)


def _named_domain(address: str, found: list[Candidate]) -> bool:
    """Whether the address's domain holds the surname of a person found on the page ("info@klusbedrijfyavuz.nl")."""
    domain = address.rsplit("@", 1)[-1].split(".", 1)[0].lower()
    surnames = {c.text.split()[-1].lower() for c in found if c.entity == PERSON and c.text.split()}
    return any(len(name) >= 4 and name.isalpha() and name in domain for name in surnames)
