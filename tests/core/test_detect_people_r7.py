"""People and identifier rules of round 7: forms of names and numbers that real documents use and the earlier
batches rarely did (tables flattened to tabs, OCR'd letters, chat exports, quoted mail, Belgian and German names)."""

from __future__ import annotations

import pytest

from redactor.detect.entities import OFFICIAL, PERSON
from redactor.detect.lexicon import load_lexicon
from redactor.detect.mailboxes import Mailboxes
from redactor.rulepack import load_rule_pack
from tests.core.detect_helpers import detect, kept, redacted


def test_mailboxes_say_which_addresses_the_pack_lists() -> None:
    pack = load_rule_pack("default")
    boxes = Mailboxes(pack, load_lexicon(pack))
    assert boxes.is_listed("info@provincie.nl")
    assert not boxes.is_listed("j.devries@provincie.nl")
    assert (PERSON, OFFICIAL) == ("PERSON", "PUBLIC_OFFICIAL")


def test_a_listed_box_in_a_field_names_nobody() -> None:
    assert redacted("Van: Info Provincie <info@provincie.nl>\nAan: Jorien Brakel\nOnderwerp: subsidie\n") \
        == ["Jorien Brakel"]


# -- the fixes after batch 162 --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    # an elided particle after a double name's hyphen, and a Belgian particle in one word
    ("De auto is van haar zus, mevrouw Griet Vanden Bossche-D'Hondt uit Lommel.\n", "Griet Vanden Bossche-D'Hondt"),
    # a German double first name by its initials
    ("Rekening t.n.v. K.-H. von der Heyden.\n", "K.-H. von der Heyden"),
])
def test_belgian_and_german_name_forms(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


def test_a_bench_with_initials_of_two_letters_stays_kept() -> None:
    text = ("Aldus vastgesteld door mr. J.Th. Drop, voorzitter, en mr. G.T.J.M. Jurgens en mr. H.C.P. Venema, leden, in\n"
            "tegenwoordigheid van mr. S. Schermer-Burggraaf, griffier.\n")
    assert redacted(text) == []
    assert {"mr. G.T.J.M. Jurgens", "mr. H.C.P. Venema"} <= set(kept(text))


def test_a_surname_alone_after_another_particle_is_no_mention() -> None:
    text = ("Ondertekenaars\n 1  Joost van den Hout      Oosterhout\n 2  Cor van Gils            Den Hout\n"
            "De heer Van den Hout sprak in.\n")
    flagged = redacted(text)
    assert "Hout" not in flagged and "Van den Hout" in flagged


@pytest.mark.parametrize(("text", "address"), [
    ("Woont volgens mij bij zijn oma op de Pettelaarseschans 118.\n", "Pettelaarseschans 118"),
    ("Het pand aan de Oudegracht-Vest 12 is verkocht aan de heer Boeve.\n", "Oudegracht-Vest 12"),
])
def test_street_words_schans_and_vest(text: str, address: str) -> None:
    assert address in redacted(text, "ADDRESS")
    assert not any(t.startswith("op de") for t in redacted(text, "PERSON"))


def test_an_address_does_not_run_across_a_tables_columns() -> None:
    text = "Naam\tWoonplaats\tAdres\nWiebe de Vries\tWommels\tTsjerkestrjitte 8\n"
    assert redacted(text, "ADDRESS") == ["Tsjerkestrjitte 8"]
    assert "Wiebe de Vries" in redacted(text, "PERSON")


@pytest.mark.parametrize(("text", "date"), [
    ("Ik, geboren op zeventien april negentienhonderdachtenzestig, verklaar het volgende.\n",
     "zeventien april negentienhonderdachtenzestig"),
    ("geboren op tweeëntwintig mei tweeduizend drie te Ede\n", "tweeëntwintig mei tweeduizend drie"),
    ("She was born on the third of June nineteen sixty-eight in Leeds.\n", "the third of June nineteen sixty-eight"),
])
def test_a_date_of_birth_in_words(text: str, date: str) -> None:
    assert redacted(text, "DATE_OF_BIRTH") == [date]


def test_a_year_in_words_without_a_birth_is_no_date_of_birth() -> None:
    assert redacted("De akte is verleden op zeventien april tweeduizend drie.\n", "DATE_OF_BIRTH") == []


def test_a_uk_plate_after_reg() -> None:
    assert redacted("His van (reg. YK19 ZPW) blocks my drive.\n", "LICENSE_PLATE") == ["YK19 ZPW"]


def test_a_street_name_with_a_person_in_it_is_no_one() -> None:
    found = [c.text for c in detect("Vannacht weer iemand aan de autodeuren in de Kardinaal de Jongstraat.\n")]
    assert found == []


@pytest.mark.parametrize(("text", "name"), [
    # a cooperative's form ("B.A.") before a surname is a person's initials
    ("De raad heeft zich laten vertegenwoordigen door ing. B.A. Lemmens en mr. R. Goossens.\n", "ing. B.A. Lemmens"),
    # initials after "<Word> van" ("Brief van J.A. Jansen"), as a first name and a surname may stand there
    ("Brief van J.A. Jansen over de heg.\n", "J.A. Jansen"),
])
def test_initials_that_look_like_a_form_or_follow_a_noun_and_van(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


def test_a_cooperatives_form_after_its_name_is_no_initials() -> None:
    assert redacted("Zuivelcoöperatie Noord B.A. Leeuwarden heeft de aanvraag ingetrokken.\n", "PERSON") == []


# -- the fixes after batch 163 --------------------------------------------------------------------------------------
def test_a_teams_chat_copied_with_surname_first_speakers() -> None:
    text = ("Bos, Marieke (DGSN) 10:02\nHeb je de nota gezien?\nYilmaz, Emre 10:05\nJa. Ik stuur hem naar Thijs.\n"
            "Bos, Marieke (DGSN) 10:06\nTop.\n")
    flagged = redacted(text, "PERSON")
    assert {"Bos, Marieke", "Yilmaz, Emre", "Thijs"} <= set(flagged)
    assert "DGSN" not in " ".join(flagged)


@pytest.mark.parametrize(("text", "name"), [
    ("Ter info.\n\nOp di 4 mrt 2025 om 16:02 schreef Jansen, P. (Pieter) <p.jansen@minbzk.nl>:\n\n> Zie hieronder.\n",
     "Jansen, P. (Pieter)"),
    ("Thanks.\n\nOn Mon, Mar 3, 2025 at 9:47 AM Fontenot, Loretta <lf@yahoo.com> wrote:\n> Hi\n", "Fontenot, Loretta"),
    ("Danke.\n\nAm 3. März 2025 um 10:12 schrieb Müller, Hans <h.mueller@web.de>:\n> Hallo\n", "Müller, Hans"),
    # an address book's titles and particles around the initials
    ("Van: Wit-Schouten, mevr. drs. H.M. (Hanneke) de <h.m.dewit@minbzk.nl>\nOnderwerp: huurtoeslag\n",
     "Wit-Schouten, mevr. drs. H.M. (Hanneke) de"),
])
def test_a_sender_written_surname_first(text: str, name: str) -> None:
    assert name in redacted(text, "PERSON")


def test_a_forms_aligned_colons_are_no_table() -> None:
    text = ("Achternaam       : El Amrani\nVoornamen        : Mohamed Yassin\nGeboren          : 19 augustus 1996\n"
            "Telefoon         : 0031 6 2977 1340\n")
    flagged = redacted(text, "PERSON")
    assert "El Amrani" in flagged and "Mohamed Yassin" in flagged
    assert not {"Voornamen", "Geboren", "Telefoon"} & set(flagged)


def test_an_inflected_adjective_opens_a_place_not_a_name() -> None:
    assert redacted("Overzicht zienswijzen ontwerpbestemmingsplan Lage Weide\n", "PERSON") == []
    assert redacted("Jan Oude Egberink belde gisteren.\n", "PERSON") == ["Jan Oude Egberink"]
