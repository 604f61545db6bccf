"""Passages in new wordings (round 8): one's private circumstances (a debt scheme, a trustee, neglect in a family) under
5.1.2e, and the paraphrases batch 171 showed, each with the ordinary text it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.core.detect_helpers import detect


def _grounds(text: str) -> list[tuple[str, str]]:
    return [(c.ground, c.text) for c in detect(text) if c.status == "suggested" and c.entity != "PERSON"]


@pytest.mark.parametrize(("text", "ground"), [
    # a debt scheme one is in, a trustee who manages one's income, arrears, neglect and its signs in a child
    ("Mevrouw is sinds maart toegelaten tot de schuldsaneringsregeling.", "5.1.2e"),
    ("Sinds 2023 zit het gezin in een minnelijk traject bij de Kredietbank.", "5.1.2e"),
    ("He was granted a Debt Relief Order in 2022.", "5.1.2e"),
    ("Haar uitkering wordt betaald via een bewindvoerder.", "5.1.2e"),
    ("Hij moet met 50 euro leefgeld per week rondkomen.", "5.1.2e"),
    ("Zij heeft een huurachterstand van drie maanden.", "5.1.2e"),
    ("The tenant has council tax arrears of GBP 900.", "5.1.2e"),
    ("Volgens de mentor is er sprake van pedagogische verwaarlozing.", "5.1.2e"),
    ("De baby lijkt ernstig verwaarloosd.", "5.1.2e"),
    ("Hij komt vaak zonder jas en zonder ontbijt op school.", "5.1.2e"),
    # health: a referral, a carer one sees, a mental-health order, an operation by its suffix, off drink or drugs
    ("Na het gesprek is zij doorverwezen naar een psychiater.", "5.1.1d"),
    ("He was referred to the memory clinic in June.", "5.1.1d"),
    ("She has been seeing a therapist since the assault.", "5.1.1d"),
    ("He was sectioned in 2021.", "5.1.1d"),
    ("He has long-term mental-health problems.", "5.1.1d"),
    ("Zij herstelt van een hysterectomie.", "5.1.1d"),
    ("Hij is al een jaar van de drank af.", "5.1.1d"),
    # a condition with a hyphenated modifier
    ("Zij heeft niet-aangeboren hersenletsel na het ongeluk.", "5.1.1d"),
    ("He has treatment-resistant depression.", "5.1.1d"),
    # an ankle tag of one's own
    ("Hij draagt sinds januari een enkelband.", "5.1.1d"),
    # a counterpart's wish that it goes no further, speaking in a personal capacity
    ("The Qatari envoy asked that this remain between the two capitals.", "5.1.2a"),
    ("De Poolse ambassadeur zei op persoonlijke titel dat Warschau zal tegenstemmen.", "5.1.2a"),
    ("De Griekse minister vroeg ons het akkoord niet aan de grote klok te hangen.", "5.1.2a"),
    # a view in idiom
    ("Ik heb er een ongemakkelijk gevoel bij om nu al te besluiten.", "5.2.1"),
    ("Persoonlijk zie ik weinig in een tweede ronde.", "5.2.1"),
    ("Wat mij aangaat kan de passage over de kosten eruit.", "5.2.1"),
    # a source by its access to a group, the service's consent
    ("Een bron met goede toegang tot het netwerk meldt dat de cel wapens zoekt.", "5.1.1b"),
    ("De informatie mag niet zonder instemming van de AIVD worden gedeeld.", "5.1.1b"),
    # watching from an unmarked vehicle, a step held until a moment
    ("We staan vanaf dinsdag met een ongemarkeerde auto bij de loods.", "5.1.2c"),
    ("Wij slaan pas toe als het geld is overgemaakt.", "5.1.2c"),
])
def test_new_wordings_make_a_suggestion(text: str, ground: str) -> None:
    assert ground in [g for g, _ in _grounds(text)]


@pytest.mark.parametrize("text", [
    # debt and neglect as policy, a statistic, a refugee's allowance, a property left to decay, a trustee's fee in general
    "Het aantal mensen in de WSNP daalt al jaren.",
    "Ruim 600.000 huishoudens hebben problematische schulden.",
    "Verwaarlozing van kinderen vraagt om een snelle reactie van Veilig Thuis.",
    "Haar leefgeld wordt vanaf december overgemaakt.",
    "Het pand aan de Dorpsstraat is ernstig verwaarloosd.",
    "Een bewindvoerder mag per jaar maximaal EUR 1.200 in rekening brengen.",
    "Tenants in rent arrears can apply to the hardship fund.",
    "Kinderen die zonder ontbijt naar school komen, krijgen een boterham van de school.",
    # care policy, a statute's power, a waiting time
    "Patients can be sectioned under the Mental Health Act.",
    "The referral to a psychiatrist takes six weeks on average.",
    # an ankle tag as a measure in general; a note's annex
    "De enkelband is een effectief middel bij huisarrest.",
    "Zie ik meer in de bijlage, dan laat ik het weten.",
    # a counterpart's words reported by a news agency; a municipal department
    "Reuters reported that the Qatari envoy, speaking for himself, said Doha would abstain.",
    "Het team maakt geen afspraken zonder overleg met de dienst Stadsbeheer.",
    # a data source; a fleet bought
    "De BRP is een bron met toegang tot de adresgegevens van alle inwoners.",
    "De politie schaft dit jaar twintig onopvallende auto's aan.",
])
def test_ordinary_text_stays_silent(text: str) -> None:
    assert _grounds(text) == []


def test_debt_and_neglect_fall_under_privacy_not_special_data() -> None:
    found = _grounds("Hij zit sinds vorig jaar in de WSNP. Er is sprake van verwaarlozing van de kinderen door vader.\n")
    assert {g for g, _ in found} == {"5.1.2e"}
    assert [t for _, t in found] == ["Hij zit sinds vorig jaar in de WSNP",
                                     "Er is sprake van verwaarlozing van de kinderen door vader"]


def test_a_pronoun_reaches_back_over_a_numbered_items_number() -> None:
    text = ("1. After the plenary the Saudi deputy permanent representative said Riyadh would abstain.\n"
            "2. He added, speaking for himself, that the capital was divided.\n")
    assert "5.1.2a" in [g for g, t in _grounds(text) if "speaking for himself" in t]


@pytest.mark.parametrize(("text", "ground"), [
    # batch 172's wordings, said in other words again
    ("A Jordanian official, speaking on condition of anonymity, said Amman would not attend.", "5.1.2a"),
    ("De Braziliaanse consul liet bij de koffie vallen dat Brasília de order intrekt.", "5.1.2a"),
    ("De Japanse ambassadeur zei dat dit niet voor de buitenwereld is bedoeld.", "5.1.2a"),
    ("Mijn persoonlijke indruk: de provincies haken af.", "5.2.1"),
    ("Daar zou ik mijn vingers niet aan branden.", "5.2.1"),
    ("I'm doubtful that the pilot will scale.", "5.2.1"),
    ("Frankly, the second option is a long shot.", "5.2.1"),
    ("Meneer heeft sinds de operatie moeite met slikken.", "5.1.1d"),
    ("Haar vader is in 2023 overleden aan alvleesklierkanker.", "5.1.1d"),
    ("He has a history of alcohol use disorder.", "5.1.1d"),
    ("She disclosed thoughts of harming herself.", "5.1.1d"),
    ("Zij valt op vrouwen, maar haar familie weet dat niet.", "5.1.1d"),
    ("Het gezin behoort tot een kleine evangelische gemeente van Urk.", "5.1.1d"),
    ("She now wears a veil to work.", "5.1.1d"),
    ("He served time for robbery in 2010.", "5.1.1d"),
    ("She is currently on bail awaiting trial.", "5.1.1d"),
    ("Er staan stapels aanmaningen van deurwaarders in de gang.", "5.1.2e"),
    ("The family is facing eviction after months of arrears.", "5.1.2e"),
    ("De burgemeester slaapt deze week niet thuis.", "5.1.2h"),
    ("The Judge's son is driven to school by a protection officer.", "5.1.2h"),
    ("De sleutels van de achterdeur liggen onder de mat.", "5.1.2h"),
    ("De leverancier zit volgens zijn accountant krap bij kas.", "5.1.1c"),
    ("Wij hebben toegang tot de chatgroep van de cel.", "5.1.1b"),
])
def test_batch_172_wordings_in_other_words(text: str, ground: str) -> None:
    assert ground in [g for g, _ in _grounds(text)]


@pytest.mark.parametrize("text", [
    # a news agency quoting an anonymous diplomat; an ordinary school run; a town short of money; a general key rule
    "A senior Gulf diplomat, speaking on condition of anonymity, told Reuters that Riyadh would host the talks.",
    "De kinderen worden met de schoolbus naar school gebracht.",
    "Veel ouderen hebben moeite met traplopen.",
    "The Egyptian Foreign Ministry issued a statement on Tuesday.",
    "Wij hebben toegang tot de gegevens van het CBS.",
    "Mijn mening over de vergaderplanning volgt morgen.",
])
def test_batch_172_ordinary_text_stays_silent(text: str) -> None:
    assert _grounds(text) == []


@pytest.mark.parametrize(("text", "ground"), [
    # batch 173's wordings, said in other words again
    ("De DG heeft grote twijfels over de kostenraming.", "5.2.1"),
    ("Ik ben er eerlijk gezegd bang voor dat de gemeenten afhaken.", "5.2.1"),
    ("The Minister-Counsellor said, without wishing to be quoted, that Nairobi would abstain.", "5.1.2a"),
    ("Het Duitse voorzitterschap heeft achter de schermen gezegd dat Berlijn de tekst afzwakt.", "5.1.2a"),
    ("De Poolse collega steunt het voorstel onder voorbehoud dat wij het niet publiek maken.", "5.1.2a"),
    ("Zij ervaart sinds de verhuizing veel angstklachten.", "5.1.1d"),
    ("Door zijn rugklachten is zijn belastbaarheid beperkt.", "5.1.1d"),
    ("He admitted self-medicating with cannabis.", "5.1.1d"),
    ("The children's bedroom had rotting food and cat faeces on the carpet.", "5.1.2e"),
    ("Het gezin is in maart uit huis gezet.", "5.1.2e"),
    ("He became homeless after the eviction.", "5.1.2e"),
    ("Hij is een bekende van justitie.", "5.1.1d"),
    ("Zijn neef zit sinds de zomer vast in Marokko.", "5.1.1d"),
    ("Liaison intelligence places the financier in Istanbul.", "5.1.1b"),
    ("We have a source inside the cell's leadership.", "5.1.1b"),
    ("De verdachten worden sinds het weekend door het observatieteam in de gaten gehouden.", "5.1.2c"),
    ("De offerte van de aannemer lag ruim onder die van de andere inschrijvers.", "5.1.1c"),
    ("De leverancier praat met zijn bank over uitstel van aflossing.", "5.1.1c"),
    ("She was brought up Catholic but no longer attends.", "5.1.1d"),
    ("Hij eet uitsluitend halal en vraagt om aangepaste maaltijden.", "5.1.1d"),
    ("He goes to Friday prayers with his uncle.", "5.1.1d"),
])
def test_batch_173_wordings_in_other_words(text: str, ground: str) -> None:
    assert ground in [g for g, _ in _grounds(text)]


@pytest.mark.parametrize("text", [
    # an arrest told in public, a person in general, a bid rule, traffic, a policy on eviction, a school canteen
    "Een arrestatieteam heeft de man dinsdag in zijn woning aangehouden, meldt de politie.",
    "If a person has difficulty with walking, the GP can refer them.",
    "Een inschrijving die meer dan 10 procent onder de raming ligt, wordt onderzocht.",
    "Zij zit al een uur vast in de file bij Utrecht.",
    "Tenants who were evicted can apply for temporary accommodation.",
    "The canteen serves halal and vegetarian meals.",
])
def test_batch_173_ordinary_text_stays_silent(text: str) -> None:
    assert _grounds(text) == []


def test_a_rule_with_paired_cues_compiles_nothing_at_its_first_page(monkeypatch) -> None:
    """The load check compiles the cues alone, all cues together and each paired cue and companion in the forms they
    run in; the check for an unpaired cue at a match and the companions take those over."""
    import re

    from redactor.rulepack import load_rule_pack

    pack = load_rule_pack("default")

    def no_compile(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(re, "compile", no_compile)
    rules = [rule for rule in pack.passages if rule.paired_cues]
    assert rules and all(rule.unpaired is not None and rule.pairs and rule.compiled_lower for rule in rules)


def test_an_unpaired_cue_where_a_paired_one_also_matches_needs_no_companion() -> None:
    # "in private, ... conceded" needs no companion; "in private" alone (a paired cue, the same start) would
    assert "5.1.2a" in [g for g, _ in _grounds("In private, the minister conceded the budget is short.")]
    assert [g for g, _ in _grounds("The minister met the mayor in private on Tuesday.") if g == "5.1.2a"] == []


@pytest.mark.parametrize(("text", "ground"), [
    # batch 174's wordings, said in other words again
    ("Eerlijk gezegd vind ik dit plan een draak.", "5.2.1"),
    ("Hier zouden we echt niet aan beginnen.", "5.2.1"),
    ("The Chancellor privately considers the target unachievable.", "5.2.1"),
    ("My honest reading is that the bill will fall.", "5.2.1"),
    ("Zij heeft sinds vorig jaar een pacemaker.", "5.1.1d"),
    ("He has sleep apnoea and uses a CPAP machine.", "5.1.1d"),
    ("Her daughter is transitioning and changed her name.", "5.1.1d"),
    ("She had an abortion in March.", "5.1.1d"),
    ("De Italiaanse collega zei op de gang dat Rome tegenstemt.", "5.1.2a"),
    ("De Oostenrijkse delegatie gaat akkoord, mits dit niet naar buiten komt.", "5.1.2a"),
    ("Hij kreeg vorig jaar geen VOG voor zijn werk als taxichauffeur.", "5.1.1d"),
    ("Tegen zijn buurman is aangifte gedaan van vernieling.", "5.1.1d"),
    ("He was charged with affray last month.", "5.1.1d"),
    ("Het gezin is voor eten aangewezen op de voedselbank.", "5.1.2e"),
    ("Zij heeft sinds januari de huur niet meer betaald.", "5.1.2e"),
])
def test_batch_174_wordings_in_other_words(text: str, ground: str) -> None:
    assert ground in [g for g, _ in _grounds(text)]


@pytest.mark.parametrize("text", [
    # a certificate of conduct in policy, a company's policy on abortion in the news, a food bank's opening hours
    "In 2024 is in 0,2 procent van de gevallen geen VOG afgegeven.",
    "De voedselbank is op dinsdag en donderdag open.",
    "Wie zijn huur niet betaalt, krijgt eerst een herinnering.",
    "The Ambassador said in a speech on Monday that Budapest will not block the chapter.",
])
def test_batch_174_ordinary_text_stays_silent(text: str) -> None:
    assert _grounds(text) == []
