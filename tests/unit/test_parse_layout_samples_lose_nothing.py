"""Every sample bulletin of the layout tests keeps every character it was given."""

from __future__ import annotations

import pytest

from lcreader.parse import parse_issue
from tests.helpers import assert_nothing_lost
from tests.unit import (
    test_parse_headline_credits,
    test_parse_listings_and_notices,
    test_parse_page_furniture_forms,
    test_parse_post_marks,
    test_parse_saved_and_copied_pages,
)

MODULES = (
    test_parse_headline_credits,
    test_parse_listings_and_notices,
    test_parse_page_furniture_forms,
    test_parse_post_marks,
    test_parse_saved_and_copied_pages,
)
# The module's sample bulletins: its texts named in capitals.
SAMPLES = {
    f"{module.__name__.rsplit('.', 1)[-1]}.{name}": value
    for module in MODULES
    for name, value in vars(module).items()
    if name.isupper() and isinstance(value, str) and "\n" in value
}


def test_every_module_has_samples():
    assert {key.split(".")[0] for key in SAMPLES} == {
        m.__name__.rsplit(".", 1)[-1] for m in MODULES
    }


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_nothing_is_lost(name):
    text = SAMPLES[name]
    assert_nothing_lost(text, parse_issue("x", "x.txt", text))
