"""Name lexicons and the public-officials list, loaded once per rule pack."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from redactor.detect import months
from redactor.errors import RulePackError
from redactor.rulepack import RulePack
from redactor.yamlfile import read_yaml


class Official(BaseModel):
    """One public office-holder from ``rules/officials.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    role: str
    aliases: tuple[str, ...] = ()


class _OfficialsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: int
    officials: tuple[Official, ...]


@functools.lru_cache(maxsize=1 << 16)  # the same words come back on every page
def fold(text: str) -> str:
    """Case- and accent-insensitive key for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


# set-aside words that do not stand as a first name before a surname: titles ("Inspector General X"), particles,
# words of a letter or a place ("Aan", "Lane")
_NEVER_GIVEN = {"Aan", "Van", "Vice", "Kamer", "Nota", "General", "Justice", "Lane", "Red", "Sky", "Ocean", "Win"}
_PLACES = "places_intl.txt"


@functools.lru_cache(maxsize=1 << 12)
def _plain(word: str) -> str:
    """A word without its accents, in its own case ("Siân" -> "Sian")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).translate(_UNDECOMPOSED)


_UNDECOMPOSED = str.maketrans("łŁøØđĐħĦıŀ", "lLoOdDhHil")  # letters with a stroke: no accent to drop, but a spelling


@dataclass(frozen=True)
class Lexicon:
    """Everything the person detector looks names up in."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    common_words: frozenset[str]  # folded
    officials: dict[str, Official]  # folded full name or alias -> official
    official_surnames: dict[str, Official]  # folded last word -> official
    word_names: frozenset[str] = frozenset()  # first names that are mostly words: a name only before a known surname
    places: frozenset[str] = frozenset()  # folded places of more than one word ("sierra leone", "abu dhabi")
    # per document language, the folded first names that are common words only in another language's list ("kent" is
    # Dutch for "knows")
    foreign_names: dict[str, frozenset[str]] = field(default_factory=dict, hash=False, compare=False)
    # a full first name -> its everyday forms that do not open it ("Reginald" -> "Reggie", "Reg")
    nicknames: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)

    def for_language(self, language: str) -> Lexicon:
        """The lexicon as a document in ``language`` reads it: a first name that is a common word only in another
        language is a first name here ("Kent Logsdon", "Ben Sutcliffe-Lowe" in an English text; "kent" and "ben"
        are Dutch verbs). The rule pack's not_names stay words in every language."""
        drop = self.foreign_names.get(language)
        return replace(self, common_words=self.common_words - drop) if drop else self

    def is_first_name(self, word: str) -> bool:
        if "-" in word and word not in self.first_names:  # "Amelia-Rose", "Anna-Lena": a first name and another
            first, _, second = word.partition("-")
            # not "Non-Executive": a word after the hyphen makes a compound, no second first name
            return self.is_first_name(first) and second[:1].isupper() and second[1:].isalpha() and len(second) >= 3 \
                and (second in self.first_names or second in self.word_names or not self.is_common(second))
        # "Siân", "Zoë" where the lexicon lists "Sian", "Zoe": the accent is a spelling, not another name
        return (word in self.first_names or (not word.isascii() and _plain(word) in self.first_names)) \
            and fold(word) not in self.common_words

    def is_common(self, word: str) -> bool:
        return fold(word) in self.common_words

    def is_place(self, name: str) -> bool:
        """A country or city of more than one word ("Sierra Leone", "Abu Dhabi"), whatever its words are."""
        return fold(name) in self.places


_LANGUAGE_SUFFIX = re.compile(r"_([a-z]{2})\.txt$")


def _read_list(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def _read_nicknames(path: Path) -> dict[str, tuple[str, ...]]:
    """"Reginald: Reggie, Reg" lines."""
    forms: dict[str, tuple[str, ...]] = {}
    for line in _read_list(path):
        full, _, rest = line.partition(":")
        forms[full.strip()] = tuple(f.strip() for f in rest.split(",") if f.strip())
    return forms


def _load_officials(path: Path) -> tuple[Official, ...]:
    try:
        data = read_yaml(path)
        return _OfficialsFile.model_validate(data).officials
    except yaml.YAMLError as exc:
        raise RulePackError(path, "(file)", "(yaml)", f"not valid YAML: {exc}") from exc
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = err["loc"]
        rule = f"officials[{loc[1]}]" if len(loc) > 1 else "(file)"
        raise RulePackError(path, rule, ".".join(map(str, loc)), err["msg"]) from exc


@functools.lru_cache(maxsize=4)
def load_lexicon(pack: RulePack) -> Lexicon:
    """Read the lexicons a rule pack names (cached per pack)."""
    people = pack.people
    first = set().union(*(_read_list(pack.lexicon_path(n)) for n in people.first_name_lexicons))
    surnames = set().union(*(_read_list(pack.lexicon_path(n)) for n in people.surname_lexicons)) if people.surname_lexicons else set()
    by_language: dict[str | None, set[str]] = {}
    for name in people.common_word_lexicons:  # "common_words_nl.txt" is Dutch; a list without a language suffix is all
        suffix = _LANGUAGE_SUFFIX.search(name)
        by_language.setdefault(suffix.group(1) if suffix else None, set()).update(
            fold(w) for w in _read_list(pack.lexicon_path(name)))
    shared = by_language.get(None, set()) | {fold(w) for w in people.not_names}
    common = shared.union(*by_language.values())
    # Dutch government texts quote English all the time ("3 March 2025", "Summer School"), English ones rarely quote
    # Dutch: only an English document sets the other lists' words aside
    folded_first = {fold(n) for n in first - set(people.not_names)}
    foreign = {"en": frozenset((common - shared - by_language["en"]) & folded_first)} if "en" in by_language else {}
    officials: dict[str, Official] = {}
    by_surname: dict[str, Official] = {}
    for official in _load_officials(pack.lexicon_path(pack.officials.list_file)):
        for name in (official.name, *official.aliases):
            officials[fold(name)] = official
            by_surname.setdefault(fold(name.split()[-1]), official)
    # first names the pack sets aside because documents mostly use them as words ("Mark", "Grant", "Will")
    word_names = {w for w in people.not_names if w in first and w not in months.CAPITALISED and w not in _NEVER_GIVEN}
    # the place list sits beside the first-name lists, read when there ("Sierra Leone" is no first name and surname)
    place_file = pack.lexicon_path(people.first_name_lexicons[0]).parent / _PLACES if people.first_name_lexicons else None
    places = {fold(p) for p in _read_list(place_file)} if place_file and place_file.is_file() else set()
    nicknames = {full: forms for name in people.nickname_lexicons
                 for full, forms in _read_nicknames(pack.lexicon_path(name)).items()}
    return Lexicon(frozenset(first - set(people.not_names)), frozenset(surnames), frozenset(common),
                   officials, by_surname, frozenset(word_names), frozenset(places), foreign, nicknames)
