"""Domain fixtures: the shipped rules, parsed and raw. Nothing here opens a database."""

from __future__ import annotations

import copy
import tomllib

import pytest

from giftdesk.domain.rules import Rules
from giftdesk.resources import load_rules, resource_path


@pytest.fixture(scope="session")
def default_rules() -> Rules:
    return load_rules()


@pytest.fixture(scope="session")
def _raw_default() -> dict:
    with open(resource_path("rules", "default.toml"), "rb") as f:
        return tomllib.load(f)


@pytest.fixture
def raw_rules(_raw_default) -> dict:
    """A private deep copy of the parsed default TOML, for a test to break."""
    return copy.deepcopy(_raw_default)


@pytest.fixture
def rules(default_rules) -> Rules:
    return default_rules
