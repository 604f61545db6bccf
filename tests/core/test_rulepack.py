"""Detection rule packs are validated data: a broken pack names file, rule and field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from redactor.errors import RulePackError
from redactor.grounds import RULES_DIR
from redactor.rulepack import load_rule_pack


def _pack(tmp_path: Path, change) -> Path:
    data = yaml.safe_load((RULES_DIR / "detection" / "default.yaml").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "broken.yaml"
    for name in ("first_name_lexicons", "surname_lexicons", "common_word_lexicons", "nickname_lexicons"):  # keep lexicon paths valid
        data["people"][name] = [str((RULES_DIR / "detection" / p).resolve()) for p in data["people"][name]]
    data["officials"]["list_file"] = str((RULES_DIR / "officials.yaml").resolve())
    for term in data.get("terms", []):
        term["lexicons"] = [str((RULES_DIR / "detection" / p).resolve()) for p in term.get("lexicons", [])]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_term_list_serves_every_cue_that_names_it(tmp_path: Path) -> None:
    """A ministry adds a condition to the list once; every health cue that names {condition} then knows it."""
    def add(data: dict) -> None:
        data["terms"][0]["words"] = ["ziekte van Lyme"]
    pack = load_rule_pack(_pack(tmp_path, add))
    health = next(rule for rule in pack.passages if rule.id == "health")
    assert health.compiled.search("Zij lijdt aan de ziekte van Lyme.")
    assert health.compiled.search("haar zoon met autisme")  # from the shipped lexicon
    assert not health.compiled.search("Bewoners met dementie")  # a group: no cue names the plural


def test_a_cue_naming_an_unknown_term_list_is_named(tmp_path: Path) -> None:
    path = _pack(tmp_path, lambda d: d["passages"][0]["cues"].append(r"\blijdt aan {kwaal}"))
    with pytest.raises(RulePackError, match=r"security-services.*unknown term list '\{kwaal\}'"):
        load_rule_pack(path)


def test_the_shipped_pack_loads_and_compiles_every_cue() -> None:
    pack = load_rule_pack("default")
    assert {rule.interest for rule in pack.passages} >= {"state_security", "international_relations",
                                                          "policy_opinion", "special_personal_data"}
    assert all(rule.compiled.pattern for rule in pack.passages)


@pytest.mark.parametrize(("change", "rule", "field"), [
    (lambda d: d["passages"][0]["cues"].append("([unclosed"), "security-services", "passages.0.cues"),
    # compiles as written, not as run: the space in the look-behind becomes "any blanks"
    (lambda d: d["passages"][0]["cues"].append(r"(?<!niet )vertrouwelijk"), "security-services", "passages.0.cues"),
    (lambda d: d["passages"][1].update(interest="gossip"), "classified-markings", "passages.1.interest"),
    (lambda d: d["passages"][2].update(colour="red"), "foreign-confidence", "passages.2.colour"),
    (lambda d: d["passages"][3].update(score=7), "personal-policy-opinion", "passages.3.score"),
    (lambda d: d["people"].pop("titles"), "(pack)", "people.titles"),
    (lambda d: d["keep_addresses"].append("Rijnstraat (8"), "(pack)", "keep_addresses"),
    (lambda d: d["signatures"]["closings"].append("met [vriendelijke"), "(pack)", "signatures.closings"),
])
def test_a_broken_pack_names_file_rule_and_field(tmp_path: Path, change, rule: str, field: str) -> None:
    with pytest.raises(RulePackError) as info:
        load_rule_pack(_pack(tmp_path, change))
    message = str(info.value)
    assert message.startswith("broken.yaml: ")
    assert f"rule '{rule}'" in message and f"field '{field}'" in message


def test_a_missing_lexicon_is_named(tmp_path: Path) -> None:
    path = _pack(tmp_path, lambda d: None)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["people"]["first_name_lexicons"] = ["nowhere.txt"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulePackError, match="nowhere.txt"):
        load_rule_pack(path)


def test_cues_sharing_a_word_boundary_match_as_they_did_one_by_one() -> None:
    """The rule's alternation puts one \\b before runs of cues that start with it; the matches must be
    those of the cues joined as written, in the same order (a cue with a top-level "|" keeps its own)."""
    import re

    from redactor.rulepack import _alternation

    cues = [r"\bnaar mijn mening", r"\bin vertrouwen\b|off the record", r"\bik (?:adviseer|raad aan)", "gerubriceerd",
            r"\bmijns inziens\b", r"\b(?:\W|x)?5\.2\.1", r"\b(?:art|lid)\.? ?\d"]
    text = ("Naar mijn mening is dit gerubriceerd. Off the record: ik adviseer het. Het is ongerubriceerd, "
            "mijns inziens, en inmijns inziens niet; in vertrouwen gedeeld. Zie art. 5 en lid 2; code a(5.2.1) en x5.2.1.")
    joined = re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE)
    shared = re.compile(_alternation(cues), re.IGNORECASE)
    assert [m.span() for m in shared.finditer(text)] == [m.span() for m in joined.finditer(text)]
    assert _alternation(cues).startswith(r"\b(?:(?:(?=\w)(?:(?:naar mijn mening))))|(?:\bin vertrouwen\b|off the record)")


def test_only_cues_that_start_with_a_word_character_share_the_look_ahead() -> None:
    from redactor.rulepack import _starts_with_word_character

    assert _starts_with_word_character(r"(?:ik|wij) (?:adviseer|adviseren)")
    assert _starts_with_word_character(r"[a-z]+ vindt")
    assert not _starts_with_word_character(r"(?:\W|x)?5")  # an optional start: unsure, no shortcut
    assert not _starts_with_word_character(r"(?:§|art\.) 5")
    assert not _starts_with_word_character(r"(?=x)x")


def test_cues_run_on_the_lower_case_page_find_what_they_find_case_insensitively() -> None:
    """Passage rules match most cues on the page in lower case without IGNORECASE (three times faster);
    the places found must be those of the rule's case-insensitive alternation, on every rule."""
    from redactor.detect.passages import _matches
    from redactor.rulepack import load_rule_pack

    pack = load_rule_pack("default")
    texts = [
        ("Volgens de AIVD is de Bron betrouwbaar. Naar Mijn Mening moeten we wachten. Hij is sinds maart ZIEKGEMELD.\n"
         "De Security Service (MI5) and the security service of Ruritania shared this In Confidence. Zij is Moslim."),
        "Het İstanbul-overleg: de AIVD meldt dat hij in voorlopige hechtenis zit.",  # "İ" lower-cases to two characters
        # case-sensitive parts inside a cue and look-behinds after one
        ("Post schat in dat DJZ acht de kans reëel. post schat. The Nigerian NSA told us; the NSA Intercepted it. "
         "Wij Menen Dat het Bedrijf ons de Omzet vertrouwelijk heeft verstrekt. Hij is lid van de FNV."),
    ]
    for rule in pack.passages:
        for text in texts:
            assert _matches(rule, text) == [m.span() for m in rule.compiled.finditer(text)], rule.id


def test_lower_casing_a_cue_leaves_its_escapes_alone() -> None:
    from redactor.rulepack import _lower_literals

    assert _lower_literals(r"\bAIVD\S+[A-Z]\W") == r"\baivd\S+[a-z]\W"


def test_the_load_check_hands_the_cues_compiled_forms_to_the_rule(tmp_path: Path, monkeypatch) -> None:
    """The check compiles the forms the cues run in; the rule takes them over and compiles nothing at its first page."""
    import re

    pack = load_rule_pack(_pack(tmp_path, lambda d: None))

    def no_compile(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(re, "compile", no_compile)
    assert all(rule.compiled_lower[0] is not None for rule in pack.passages)


def test_cues_that_compile_alone_but_not_together_stop_the_load(tmp_path: Path) -> None:
    """Two cues that name the same group compile one by one, not as the rule's one alternation: the load says so,
    not the first page."""
    def change(d):
        d["passages"][0]["cues"] += ["(?P<w>geheim)", "(?P<w>vertrouwelijk)"]

    with pytest.raises(RulePackError) as info:
        load_rule_pack(_pack(tmp_path, change))
    assert "rule 'security-services'" in str(info.value) and "field 'passages.0.cues'" in str(info.value)
