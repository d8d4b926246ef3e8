"""The shipped tables are what OpenCC (t2s) and pypinyin give, character for character:
a query folds, and pinyin is read, without importing them, as it always was."""

from __future__ import annotations

import subprocess
import sys

from lcreader.data import read_text
from lcreader.fold_tables import (
    PINYIN_FILE,
    T2S_FILE,
    opencc_pairs,
    pinyin_text,
    pypinyin_readings,
    read_pinyin,
    read_t2s,
    table_text,
)
from lcreader.textkey import fold


def test_the_shipped_table_is_what_opencc_gives_for_every_cjk_character():
    pairs = opencc_pairs()
    assert len(pairs) > 4000
    # Byte for byte: a new OpenCC that folds differently fails here (tools/make_tables.py).
    assert read_text(T2S_FILE) == table_text(pairs)
    assert read_t2s() == dict(pairs)


def test_folding_uses_the_table():
    table = read_t2s()
    assert table["統"] == "统" and table["戰"] == "战" and "统" not in table
    assert fold("統戰𨋢") == "统战" + table.get("𨋢", "𨋢")


def test_folding_a_query_never_imports_opencc():
    code = (
        "import sys\n"
        "from lcreader.textkey import fold_query\n"
        "assert fold_query('統戰 工作') == '统战 工作'\n"
        "print('opencc' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_shipped_pinyin_is_what_pypinyin_gives_for_every_cjk_character():
    readings = pypinyin_readings()
    assert len(readings) > 40000
    assert read_text(PINYIN_FILE) == pinyin_text(readings)
    assert read_pinyin() == dict(readings)
    assert read_pinyin()["乐"] == ("le", "yue")


def test_a_pinyin_query_never_imports_pypinyin():
    code = (
        "import sys\n"
        "from lcreader.expansions.pinyin import readings, spells\n"
        "assert spells('tongzhan', '统战') and set(readings('乐')) == {'le', 'yue'}\n"
        "print('pypinyin' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_character_looked_up_in_the_tables_text_is_what_the_table_says():
    from lcreader.fold_tables import CJK_RANGES, t2s_lookup, t2s_text

    table, text = read_t2s(), t2s_text()
    for first, last in CJK_RANGES:
        for code in range(first, last + 1):
            ch = chr(code)
            assert t2s_lookup(text, ch) == table.get(ch, ch)
