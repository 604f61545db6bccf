"""Reading the YAML data files in rules/ (ground sets, rule packs, officials)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# libyaml's loader where PyYAML was built with it: the pure-Python one takes 70-170 ms
# for the rule pack and ground set that every dossier opens with.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """The data in ``path`` (safe types only). Raises yaml.YAMLError and OSError as PyYAML does."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
