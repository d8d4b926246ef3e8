"""Every rule the parser names has its words in the message table (issue #17): doctor
--explain says why each line went where it did, in the user's language, for every
corpus file (a rule without words crashed it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcreader.messages import MESSAGES
from lcreader.parse.explain import explain
from lcreader.sources import decode

CORPUS = sorted(Path(__file__).parents[1].joinpath("corpus").glob("*.txt"))
SEEDS = sorted(Path(__file__).parents[2].joinpath("seeds").glob("*.txt"))


@pytest.mark.parametrize("path", [*SEEDS, *CORPUS], ids=lambda p: p.stem)
def test_every_rule_doctor_gives_has_its_words(path):
    rows = explain(decode(path.read_bytes()))
    missing = {row.rule for row in rows if f"rule.{row.rule}" not in MESSAGES}
    assert not missing
