"""Ground sets (refusal grounds of one law, interest map, judgements): rules/grounds/*.yaml."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal, get_args

import yaml
from pydantic import BaseModel, Field, PrivateAttr, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from redactor.errors import RulePackError
from redactor.yamlfile import read_yaml

_PACKAGE_RULES = Path(__file__).resolve().parent.parent / "rules"
RULES_DIR: Path = Path(os.environ.get("REDACTOR_RULES_DIR") or _PACKAGE_RULES)

Interest = Literal[  # the detectors' abstract interests; every ground set maps each one
    "personal_privacy", "national_id", "special_personal_data", "state_security",
    "international_relations", "policy_opinion", "law_enforcement", "business_confidential",
    "security_of_persons", "inspection_supervision", "state_economic_interests", "legal_advice",
]  # fmt: skip
INTERESTS: tuple[str, ...] = get_args(Interest)

Text = Annotated[str, Field(min_length=1)]
_LEVEL = "(law_text|practice|third_party|background)"
Verified = Annotated[str, Field(pattern=rf"^{_LEVEL}(\+{_LEVEL})*$")]


def _key(code: str) -> str:
    """Lookup key of a code: no whitespace, case-folded, '5.1.2.e' -> '5.1.2e'."""
    return re.sub(r"\.(?=[a-z])", "", re.sub(r"\s+", "", code).casefold())


def _problem(rule: str, field: str, message: str) -> PydanticCustomError:
    """A validation error that carries its rule and field, so the loader can name them."""
    return PydanticCustomError("ground_set", message, {"rule": rule, "field": field})


class Ground(BaseModel, extra="forbid", frozen=True):
    """One refusal ground as printed on a redaction box or in the inventory."""

    code: Text
    aliases: tuple[Text, ...] = ()
    article: Text
    label_nl: Text
    label_en: Text
    kind: Literal["absolute", "relative", "temporary", "modifier"]
    citable: bool = True
    verified: Verified = "background"

    def label(self, lang: str = "nl") -> str:
        """Return the Dutch label for 'nl' (also 'nl-BE', ...), else the English one."""
        return self.label_nl if lang.lower().startswith("nl") else self.label_en


class Status(BaseModel, extra="forbid", frozen=True):
    """An inventory judgement (beoordeling) such as 'deels openbaar'."""

    code: Text
    label_nl: Text
    label_en: Text


@dataclass(frozen=True)
class _StatusAt:
    """Read-only attribute: the judgement at a fixed position of ``GroundSet.statuses``."""

    index: int

    def __get__(self, obj: GroundSet, owner: type[GroundSet] | None = None) -> Status:
        """Return ``obj.statuses[index]``."""
        return obj.statuses[self.index]


class GroundSet(BaseModel, extra="forbid", frozen=True):
    """The grounds of one law, its interest mapping and its six inventory judgements."""

    schema_version: Literal[1]
    id: Text
    name: Text
    jurisdiction: Text
    grounds: tuple[Ground, ...] = Field(min_length=1)
    interests: dict[Interest, str | None]
    statuses: tuple[Status, ...]
    _index: dict[str, Ground] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> GroundSet:
        names = [("code", g.code, g) for g in self.grounds]  # codes first: they win over aliases
        names += [("aliases", a, g) for g in self.grounds for a in g.aliases]
        for field, value, ground in names:
            if (other := self._index.setdefault(_key(value), ground)) is not ground:
                raise _problem(ground.code, field, f"{value!r} is already used by {other.code!r}")
        codes = {g.code: g for g in self.grounds}
        for interest in INTERESTS:
            if interest not in self.interests:
                raise _problem("interests", interest, "missing; map it to a code or to null")
            code = self.interests[interest]
            if code is not None and (code not in codes or not codes[code].citable):
                problem = "is not citable" if code in codes else "is not a code of this set"
                raise _problem("interests", interest, f"{code!r} {problem}")
        if len(self.statuses) < 6 or len({s.code for s in self.statuses}) < len(self.statuses):
            order = "public, partly, withheld, already public, duplicate, out of scope"
            raise _problem("statuses", "code", f"need six distinct judgements in order: {order}")
        return self

    def is_code(self, code: str) -> bool:
        """Return True if ``code`` is a code or alias of this set (after normalisation)."""
        return _key(code) in self._index

    def get(self, code: str) -> Ground:
        """Return the ground for a code or alias ('5.1.2.e' -> 5.1.2e); KeyError if unknown."""
        if (ground := self._index.get(_key(code))) is None:
            known = ", ".join(g.code for g in self.grounds)
            raise KeyError(f"{code!r} is not a ground of {self.id!r}; known: {known}")
        return ground

    def normalise(self, code: str) -> str:
        """Return the canonical code for a code or alias; raises KeyError like :meth:`get`."""
        return self.get(code).code

    def for_interest(self, interest: str) -> str | None:
        """Return the code ``interest`` maps to (None: no equivalent); KeyError if unknown."""
        if interest not in INTERESTS:
            raise KeyError(f"unknown interest {interest!r}; known: {', '.join(INTERESTS)}")
        return self.interests[interest]  # type: ignore[index]

    status_public: ClassVar[_StatusAt] = _StatusAt(0)  # disclosed in full
    status_partly: ClassVar[_StatusAt] = _StatusAt(1)  # disclosed in part (redacted)
    status_withheld: ClassVar[_StatusAt] = _StatusAt(2)  # withheld in full
    status_already_public: ClassVar[_StatusAt] = _StatusAt(3)  # already public elsewhere
    status_duplicate: ClassVar[_StatusAt] = _StatusAt(4)  # duplicate, assessed in another document
    status_out_of_scope: ClassVar[_StatusAt] = _StatusAt(5)  # out of scope of the request


def _grounds_dir() -> Path:
    return Path(os.environ.get("REDACTOR_RULES_DIR") or RULES_DIR) / "grounds"


def available_ground_sets() -> list[str]:
    """Return the names (file stems) of the shipped ground sets, sorted."""
    return sorted(p.stem for p in _grounds_dir().glob("*.yaml"))


def load_ground_set(name_or_path: str | Path) -> GroundSet:
    """Load a ground set by name ('woo') or path, cached per path; RulePackError if it fails."""
    text = str(name_or_path)
    if isinstance(name_or_path, Path) or re.search(r"[/\\]|\.ya?ml$", text):
        path = Path(name_or_path).expanduser()
    else:
        path = _grounds_dir() / f"{text}.yaml"
        if not path.is_file():
            available = ", ".join(available_ground_sets()) or "(none)"
            raise RulePackError(text, "(file)", "id", f"unknown ground set; available: {available}")
    return _load_path(path.resolve())


@cache
def _load_path(path: Path) -> GroundSet:
    try:
        data = read_yaml(path)
    except (OSError, UnicodeDecodeError) as exc:
        problem = "file not found" if isinstance(exc, FileNotFoundError) else f"cannot read: {exc}"
        raise RulePackError(path, "(file)", "(file)", problem) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise RulePackError(path, "(file)", "(yaml)", f"invalid YAML{where}: {problem}") from None
    if not isinstance(data, dict):
        raise RulePackError(path, "(file)", "(root)", "expected a mapping at the top level")
    try:
        ground_set = GroundSet.model_validate(data)
    except ValidationError as exc:
        raise _to_rule_pack_error(path, data, exc) from None
    if ground_set.id != path.stem:
        raise RulePackError(path, "(file)", "id", f"{ground_set.id!r} must equal the file stem")
    return ground_set


def _to_rule_pack_error(path: Path, data: dict[str, Any], exc: ValidationError) -> RulePackError:
    """Name the file, the rule (ground code, 'interests', ...) and the field of the first error."""
    errors = exc.errors(include_url=False)
    loc, ctx = errors[0]["loc"], errors[0].get("ctx") or {}
    if "rule" in ctx:
        rule, field = str(ctx["rule"]), str(ctx["field"])
    elif len(loc) >= 2 and loc[0] in ("grounds", "statuses") and isinstance(loc[1], int):
        item = data[loc[0]][loc[1]]
        rule = str((item if isinstance(item, dict) else {}).get("code") or f"{loc[0]}[{loc[1]}]")
        field = ".".join(map(str, loc[2:])) or "(entry)"
    else:  # interests.<interest> or a top-level field
        rule = "interests" if loc[:1] == ("interests",) and len(loc) > 1 else "(file)"
        field = ".".join(map(str, loc[1:] if rule == "interests" else loc)) or "(root)"
    more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
    return RulePackError(path, rule, field, errors[0]["msg"] + more)
