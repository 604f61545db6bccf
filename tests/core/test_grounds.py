"""Ground sets: the shipped catalogues load and map sensibly; broken packs fail loudly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from redactor import grounds
from redactor.errors import RulePackError
from redactor.grounds import INTERESTS, available_ground_sets, load_ground_set

RULEPACKS = Path(__file__).resolve().parent.parent / "resources" / "rulepacks"
SHIPPED = ["eu_1049", "foia", "privacy_act", "uk_foia", "wob", "woo"]


@pytest.fixture(autouse=True)
def _shipped_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a developer's REDACTOR_RULES_DIR from redirecting these tests."""
    monkeypatch.delenv("REDACTOR_RULES_DIR", raising=False)


def test_available_ground_sets_lists_the_shipped_files() -> None:
    assert available_ground_sets() == SHIPPED


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_set_loads_and_is_consistent(name: str) -> None:
    ground_set = load_ground_set(name)
    assert ground_set.id == name
    assert set(ground_set.interests) == set(INTERESTS)
    for interest in INTERESTS:
        code = ground_set.for_interest(interest)
        assert code is None or ground_set.get(code).citable
    for ground in ground_set.grounds:
        assert ground_set.normalise(ground.code) == ground.code
        assert all(ground_set.normalise(alias) == ground.code for alias in ground.aliases)
        assert ground.label("nl") and ground.label("en")
    assert len({s.code for s in ground_set.statuses}) == 6


def test_woo_privacy_ground_and_its_alias() -> None:
    woo = load_ground_set("woo")
    ground = woo.get("5.1.2e")
    assert ground.label() == "Eerbiediging van de persoonlijke levenssfeer"
    assert ground.label("en") == "Respect for private life (privacy)"
    assert ground.kind == "relative" and ground.citable
    assert woo.normalise("5.1.2.e") == "5.1.2e"
    assert woo.normalise(" 5.1.2 E ") == "5.1.2e"  # whitespace and case as seen in OCR output
    assert woo.normalise("5.2") == "5.2.1"  # minvws prints plain '5.2'
    assert woo.is_code("5.1.2.e") and not woo.is_code("5.1.3a")


def test_woo_interests() -> None:
    woo = load_ground_set("woo")
    assert woo.for_interest("personal_privacy") == "5.1.2e"
    assert woo.for_interest("national_id") == "5.1.1e"
    assert woo.for_interest("special_personal_data") == "5.1.1d"
    assert woo.for_interest("policy_opinion") == "5.2.1"


def test_foia_interests_and_aliases() -> None:
    foia = load_ground_set("foia")
    assert foia.for_interest("personal_privacy") == "(b)(6)"
    assert foia.for_interest("national_id") == "(b)(6)"
    assert foia.for_interest("policy_opinion") == "(b)(5)"
    assert foia.normalise("B7C") == "(b)(7)(C)"
    assert foia.normalise("(b)(7)(c)") == "(b)(7)(C)"


def test_interest_without_equivalent_is_none() -> None:
    assert load_ground_set("privacy_act").for_interest("personal_privacy") is None
    assert load_ground_set("wob").for_interest("security_of_persons") is None


def test_statuses_by_position() -> None:
    woo, foia = load_ground_set("woo"), load_ground_set("foia")
    assert woo.status_public.code == "openbaar"
    assert woo.status_partly.code == "deels openbaar"
    assert woo.status_withheld.code == "niet openbaar"
    assert woo.status_already_public.code == "reeds openbaar"
    assert woo.status_duplicate.code == "dubbel"
    assert woo.status_out_of_scope.code == "buiten reikwijdte"
    assert foia.status_partly.code == "released in part"
    assert foia.status_withheld.label_nl == "Niet openbaar"


def test_unknown_code_and_interest_raise_key_error() -> None:
    woo = load_ground_set("woo")
    with pytest.raises(KeyError, match=r"5\.1\.3a"):
        woo.get("5.1.3a")
    with pytest.raises(KeyError, match="unknown interest"):
        woo.for_interest("weather")


def test_load_is_cached_per_resolved_path() -> None:
    woo = load_ground_set("woo")
    assert load_ground_set("woo") is woo
    assert load_ground_set(grounds.RULES_DIR / "grounds" / "woo.yaml") is woo


def test_unknown_name_lists_the_available_sets() -> None:
    with pytest.raises(RulePackError) as info:
        load_ground_set("woo_nl")
    assert (info.value.rule, info.value.field) == ("(file)", "id")
    assert "available: eu_1049, foia" in str(info.value)


def test_missing_file() -> None:
    with pytest.raises(RulePackError, match=r"absent\.yaml.*file not found"):
        load_ground_set(RULEPACKS / "absent.yaml")


def test_rules_dir_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "grounds").mkdir()
    shutil.copy(RULEPACKS / "grounds_valid_minimal.yaml", tmp_path / "grounds")
    monkeypatch.setenv("REDACTOR_RULES_DIR", str(tmp_path))
    assert available_ground_sets() == ["grounds_valid_minimal"]
    assert load_ground_set("grounds_valid_minimal").normalise("5.1.1.e") == "5.1.1e"


@pytest.mark.parametrize(
    ("filename", "rule", "field"),
    [
        ("grounds_unknown_field.yaml", "5.1.2e", "colour"),
        ("grounds_bad_kind.yaml", "5.1.2e", "kind"),
        ("grounds_duplicate_code.yaml", "5.1.2e", "code"),
        ("grounds_duplicate_alias.yaml", "5.1.1e", "aliases"),
        ("grounds_interest_missing_code.yaml", "interests", "personal_privacy"),
        ("grounds_missing_interest.yaml", "interests", "security_of_persons"),
        ("grounds_too_few_statuses.yaml", "statuses", "code"),
        ("grounds_wrong_id.yaml", "(file)", "id"),
        ("grounds_bad_yaml.yaml", "(file)", "(yaml)"),
    ],
)
def test_broken_pack_names_file_rule_and_field(filename: str, rule: str, field: str) -> None:
    with pytest.raises(RulePackError) as info:
        load_ground_set(RULEPACKS / filename)
    error = info.value
    assert (error.file.name, error.rule, error.field) == (filename, rule, field)
    assert str(error).startswith(f"{filename}: rule '{rule}', field '{field}': ")
    assert error.problem


@pytest.mark.parametrize(("ground_set", "business", "investigation"), [
    ("woo", "5.1.1c", "5.1.2c"), ("wob", "10.1c", "10.2c"), ("foia", "(b)(4)", "(b)(7)(A)"), ("uk_foia", "s.43", "s.31"),
])
def test_every_passage_rules_interest_has_its_ground_in_each_set(ground_set: str, business: str,
                                                                 investigation: str) -> None:
    """The rule pack's passage rules name abstract interests; each shipped set maps the two newest to its own code."""
    from redactor.rulepack import load_rule_pack
    from tests.core.detect_helpers import detect

    gs = load_ground_set(ground_set)
    assert {r.interest for r in load_rule_pack("default").passages} <= set(INTERESTS)
    text = ("The company provided its unit prices to the department in confidence. "
            "Een doorzoeking van een loods in Losser is gepland voor 15 mei.")
    found = {c.rule: c.ground for c in detect(text, ground_set)}
    assert found["business-confidential"] == gs.for_interest("business_confidential") == business
    assert found["investigation"] == gs.for_interest("law_enforcement") == investigation
