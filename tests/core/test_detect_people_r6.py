"""People rules of round 6: the word lists the person rules read (venues, street words, minute-taker labels, board
posts) are rule-pack data a ministry can extend without code."""

from __future__ import annotations

from functools import lru_cache

from redactor.detect.lexicon import load_lexicon
from redactor.detect.people import PersonDetector
from redactor.rulepack import PeopleRules, load_rule_pack


@lru_cache(maxsize=2)
def _detector(extended: bool) -> PersonDetector:
    pack = load_rule_pack("default")
    if extended:
        data = pack.people.model_dump()  # as a ministry's own pack would extend the lists, validated the same way
        data["minute_taker_labels"] = [*data["minute_taker_labels"], "verslaglegging"]
        data["venues"]["words"] = [*data["venues"]["words"], "Pizzeria"]
        pack = pack.model_copy(update={"people": PeopleRules.model_validate(data)})
    return PersonDetector(pack, load_lexicon(pack))


def _names(text: str, extended: bool) -> list[str]:
    return [text[n.start:n.end] for n in _detector(extended).find_names(text)]


def test_default_pack_lists_the_word_lists() -> None:
    people = load_rule_pack("default").people
    assert "Bakkerij" in people.venues.words and "bedrijf" in people.venues.compound_endings
    assert "straat" in people.street_words and "notulist" in people.minute_taker_labels
    assert "Non-Executive Director" in people.board_posts


def test_pack_extends_minute_taker_labels() -> None:
    text = "Aanwezig: wethouder, teamleider Wonen, twee beleidsmedewerkers\nverslaglegging: TK\n"
    assert "TK" not in _names(text, extended=False)
    assert "TK" in _names(text, extended=True)


def test_pack_extends_venue_words() -> None:
    text = "Op 3 mei sprak de toezichthouder met de uitbater van Pizzeria Marco Polo over het terras.\n"
    assert any("Marco" in n for n in _names(text, extended=False))
    assert not any("Marco" in n for n in _names(text, extended=True))


def test_default_minute_taker_label_still_reads_initials() -> None:
    assert "SK" in _names("Aanwezig: RV (vz), ES\nnotulen: SK\n", extended=False)
