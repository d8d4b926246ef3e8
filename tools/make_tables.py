"""Write the folding tables shipped in src/lcreader/data from the libraries they come
from (OpenCC), so that a search folds its query without importing them.

    python tools/make_tables.py

Run it when OpenCC or pypinyin is upgraded; tests/unit/test_fold_tables.py fails
until then.
"""

from __future__ import annotations

from pathlib import Path

from lcreader.fold_tables import (
    PINYIN_FILE,
    T2S_FILE,
    opencc_pairs,
    pinyin_text,
    pypinyin_readings,
    table_text,
)

DATA = Path(__file__).resolve().parents[1] / "src" / "lcreader" / "data"


def main() -> None:
    pairs = opencc_pairs()
    (DATA / T2S_FILE).write_text(table_text(pairs), encoding="utf-8")
    print(f"{T2S_FILE}: {len(pairs)} pairs")
    readings = pypinyin_readings()
    (DATA / PINYIN_FILE).write_text(pinyin_text(readings), encoding="utf-8")
    print(f"{PINYIN_FILE}: {len(readings)} characters")


if __name__ == "__main__":
    main()
