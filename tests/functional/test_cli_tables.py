"""`lcreader people` and `departments`: tables in columns by terminal cells, titles once."""

from __future__ import annotations

import re

import pytest

from lcreader.kinds import kind_named
from lcreader.messages import message
from lcreader.typeset import text_width
from tests.helpers import cells, column_starts


@pytest.mark.parametrize("command", ["people", "departments"])
@pytest.mark.parametrize(
    ("columns", "env"), [(80, {}), (120, {}), (80, {"NO_COLOR": "1"}), (None, {})]
)
def test_entity_tables_line_up_by_cell_width(run, run_on_terminal, command, columns, env):
    if columns is None:
        lines = run(command, env=env).stdout.splitlines()
    else:
        shown = run_on_terminal(command, env={**env, "COLUMNS": str(columns)})
        lines = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).replace("\r", "").splitlines()
    kind = kind_named(command)
    headers = [message(column.header) for column in kind.columns]
    starts = column_starts(lines[0], headers)
    for line in lines:
        assert "\t" not in line
        if columns is not None:
            assert text_width(line) <= columns, line
        for start in starts[1:]:
            assert cells(line, start - 2, start).strip() == "", (line, start)


def test_the_latest_titles_column_shows_each_title_once(run):
    rows = {line.split()[0]: line for line in run("people").stdout.splitlines()}
    assert rows["沈忠裕"].split()[1] == "街道党工委副书记、街道办事处主任"
    assert rows["胡军"].split()[1] == "虹口区人大常委会副主任、区总工会主席"
