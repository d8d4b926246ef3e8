"""The parser against the hand-made corpus (gold written before the parser ran on it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lcreader.fidelity import align, check_article, parse_file, score_folder, score_issue, total
from lcreader.parse import parse_issue
from lcreader.parse.lines import split_lines
from lcreader.sources import decode
from tests.helpers import assert_nothing_lost

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SOURCES = sorted(CORPUS.glob("*.txt"))
# What the layout decides; people and titles are the entity rules' part.
STRUCTURE = ("title", "kicker", "subtitle", "paragraphs", "intertitles", "captions", "bylines")


def _gold(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores():
    return score_folder(CORPUS)


def test_the_corpus_is_large_and_varied_enough():
    golds = [_gold(p) for p in SOURCES]
    assert len(SOURCES) >= 12
    assert {g["encoding"] for g in golds} >= {"utf-8", "utf-8-sig", "gb18030", "utf-16"}
    assert {g["newline"] for g in golds} == {"lf", "crlf", "cr"}
    assert sum("traditional" in " ".join(g["features"]) for g in golds) >= 2


# Files the parser still reads wrong: reported, each an expected failure that must
# start passing (strict) once the parser reads it. Scores at the last commit:
# (n05, two columns extracted out of order, scores 0.905 with the borrowed paragraphs
# still unjoined: above the bar on its other fields, not read; doctor's miss says so.)
KNOWN_WRONG: dict[str, str] = {
    # (none since parser 30: q03 and q04, the last, read at 0.954 and 0.927)
}


def _known(path: Path, wrong: dict[str, str] = KNOWN_WRONG):
    """The file as a test case, a strict expected failure where `wrong` names it."""
    reason = wrong.get(path.stem)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(path, marks=marks, id=path.stem)


def test_the_corpus_scores_at_least_095(scores):
    assert total(scores) >= 0.95


@pytest.mark.parametrize("path", [_known(p) for p in SOURCES])
def test_every_file_scores_at_least_09_with_every_article_found(path):
    score = score_issue(path.name, _gold(path), parse_file(path))
    assert score.score >= 0.9, f"{path.name}: {score.score:.3f}"
    assert score.gold_articles == score.parsed_articles


def test_the_scorer_sees_a_merged_article():
    path = CORPUS / "02_liangcheng_messy.txt"
    issue, gold = parse_file(path), _gold(path)
    perfect = score_issue(path.name, gold, issue).score
    first, second = issue.articles[0], issue.articles[1]
    first.paragraphs += second.paragraphs
    del issue.articles[1]
    assert score_issue(path.name, gold, issue).score < perfect - 0.1


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_nothing_is_lost_from_a_corpus_file(path):
    text = decode(path.read_bytes())
    assert_nothing_lost(text, parse_issue(path.stem, path.name, text))


# Doctor's known blind spots: a file's wrong article it does not point at.
DOCTOR_MISSES = {
    # a column-wide line ending on a question (`…哪些老人可以申请？`): read as the end of
    # its paragraph, which in a narrow column it may or may not be
    "r05_district_pdftotext": "a paragraph cut after a question at a column's edge",
    # `新政速览` over three briefs, each a headline, a sentence and its source: read as the
    # first brief's kicker, which a kicker may well be
    "r06_word_policy": "a section's head over briefs read as the first brief's kicker",
    # the rest of one story inside the next reads as that story's text: no sign of it
    # in the words (consecutive reports share theirs) nor in the layout
    "n05_wansong_twocol": "interleaved columns: the borrowed paragraphs are not flagged",
    # a paragraph split where a sentence ended at a line's end (pdftotext, no indents):
    # nothing in the text marks it (once flagged only for the headline lent before it)
    "q03_yangpu_koushu_pdftotext_ff": "a paragraph split at a line's end after a full stop",
    # round q, first contact: what doctor missed there
    "q07_putuo_photo_page_abbyy_ocr": "a column of readers' snapshots",
    # round p, being fixed: what doctor misses there
    "p01_beiwaitan_dangjian-supplement": "a jumped story's rest read as another article",
    "p05_xinhualu_readers-contributions": "credits glued to the last sentence not flagged",
}


@pytest.mark.parametrize("path", [_known(p, DOCTOR_MISSES) for p in SOURCES])
def test_doctor_flags_every_article_laid_out_wrong(path):
    issue, gold = parse_file(path), _gold(path)
    for gi, ai in align(gold["articles"], issue.articles):
        if ai is None:
            continue
        scores = check_article(gold["articles"][gi], issue.articles[ai]) if gi is not None else {}
        if gi is None or any(scores[k] < 1 for k in STRUCTURE):
            assert _suspicions(issue, ai), f"article {ai + 1} is wrong and not flagged"


def _suspicions(issue, index: int) -> list:
    return [n for n in issue.notes if n.article == index + 1 and n.code != "no_byline"]


def test_doctor_flags_most_articles_run_together_when_bylines_are_gone():
    """Harder input than any file: every byline, credit and label line taken out, so
    articles run together. Doctor must point at most of what then goes wrong."""
    wrong = flagged = 0
    for path in SOURCES:
        text = decode(path.read_bytes())
        lines, _ = split_lines(text)
        closing = {line.number for line in lines if line.closes}
        kept = "\n".join(r for n, r in enumerate(text.split("\n"), start=1) if n not in closing)
        issue = parse_issue(path.stem, path.name, kept)
        gold = _gold(path)
        for article in gold["articles"]:
            article["bylines"], article["meta"] = [], {}
        for gi, ai in align(gold["articles"], issue.articles):
            if ai is None:
                continue
            scores = (
                check_article(gold["articles"][gi], issue.articles[ai]) if gi is not None else {}
            )
            if gi is None or any(scores[k] < 1 for k in STRUCTURE if k != "bylines"):
                wrong += 1
                flagged += bool(_suspicions(issue, ai))
    assert wrong >= 5, "the mutation no longer misleads the parser: make it harder"
    assert flagged / wrong >= 0.8, f"doctor flagged {flagged} of {wrong}"
