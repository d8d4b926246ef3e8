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
INCOMING = sorted(Path(__file__).parents[1].joinpath("corpus", "incoming").glob("*.txt"))
PARSER = Path(__file__).parents[2].joinpath("src", "lcreader", "parse")
SEEDS = sorted(Path(__file__).parents[2].joinpath("seeds").glob("*.txt"))


@pytest.mark.parametrize("path", [*SEEDS, *CORPUS, *INCOMING], ids=lambda p: p.stem)
def test_every_rule_doctor_gives_has_its_words(path):
    rows = explain(decode(path.read_bytes()))
    missing = {row.rule for row in rows if f"rule.{row.rule}" not in MESSAGES}
    assert not missing


def test_every_rule_named_in_the_parsers_code_has_its_words():
    # (the files above reach only the rules they happen to use: a rule first met in a
    # user's file crashed doctor --explain there)
    import re

    named = set()
    for source in PARSER.glob("*.py"):
        named.update(
            re.findall(
                r'"((?:furniture|title|kicker|subtitle|caption|byline|meta|paragraph'
                r'|continuation|intertitle|line)\.[a-z_]+)"',
                source.read_text(encoding="utf-8"),
            )
        )
    assert named and not {rule for rule in named if f"rule.{rule}" not in MESSAGES}
