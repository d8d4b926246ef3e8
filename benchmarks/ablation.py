"""What each parser rule buys: take it out, score the corpus, print what is lost.

    python benchmarks/ablation.py              # every rule, a table in markdown
    python benchmarks/ablation.py --rule rows  # one rule

Each rule is switched off by replacing the function that applies it with one that
finds nothing; the corpus (tests/corpus) is scored as `python -m lcreader.fidelity`
does. The middle columns score the blind rounds (m, n, o, p, q) alone: the rules that
carry on layouts the parser was not shown when they were written; the last, the rounds
still waiting in `incoming/`.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from importlib import import_module  # noqa: E402

from lcreader.fidelity import score_folder, total  # noqa: E402

# The modules themselves (`lcreader.parse` exports a function named `assemble` too).
assemble, export_fields, furniture, habits, headlines, layout, lines, navigation, starts = (
    import_module(f"lcreader.parse.{name}")
    for name in (
        "assemble",
        "export_fields",
        "furniture",
        "habits",
        "headlines",
        "layout",
        "lines",
        "navigation",
        "starts",
    )
)

CORPUS = ROOT / "tests" / "corpus"
BLIND_ROUNDS = ("m", "n", "o", "p", "q")


def _nothing(*_args, **_kwargs):
    return None


def _no_set(*_args, **_kwargs):
    return set()


def _no_list(*_args, **_kwargs):
    return []


def _false(*_args, **_kwargs):
    return False


def _no_contents(*_args, **_kwargs):
    return [], set()


def _own_line(_texts, at, _key):
    return at  # the line an entry matched, even when it matched a kicker and title


# rule → (module, attribute, what it does instead)
RULES = {
    "furniture: repeated lines": (furniture, "repeated_lines", _no_list),
    "furniture: contents lists": (furniture, "contents_lines", _no_contents),
    "furniture: a 简报's distribution": (furniture, "_distribution_lines", _no_list),
    "furniture: page header with words": (furniture, "_page_header", _false),
    "furniture: page number and paper's name": (furniture, "_page_and_paper", _false),
    "contents: kicker and title listed as one": (navigation, "_headline_named", _own_line),
    "furniture: masthead blocks": (furniture, "_masthead_blocks", _no_list),
    "furniture: above the masthead": (furniture, "_above_masthead", _no_list),
    "furniture: after an END mark": (furniture, "_end_trailer", _no_list),
    "furniture: makers' line at the foot": (furniture, "_foot_editor_lines", _no_list),
    "habits: table rows": (habits, "_mark_rows", _nothing),
    "habits: verse": (habits, "_mark_verse", _nothing),
    "habits: flush-right signatures": (habits, "_mark_signatures", _nothing),
    "habits: indents begin paragraphs": (habits, "_mark_run_ons", _nothing),
    "lines: photo credits under captions": (lines, "_mark_photo_credits", _nothing),
    "lines: banners": (lines, "_mark_banners", _nothing),
    "starts: headlines after unsigned articles": (assemble, "unclosed_starts", _no_set),
    "headlines: section head or column": (headlines, "_section_head", _false),
    "headlines: name under the headline": (headlines, "_bare_author", _false),
    "assemble: labelled part of the article before": (assemble, "_part_of_previous", _false),
    "assemble: caption between a cut sentence": (assemble, "_inset_caption", _false),
    "assemble: photo blocks after an article": (assemble, "_is_photo_block", _false),
    "assemble: headline printed after its body": (assemble, "_lend_title", _false),
    "starts: new topic test": (starts, "_new_topic", _false),
    "starts: kicker over a listed headline": (starts, "_kicker_over", lambda _lines, k: k),
    "headlines: a speech's speaker": (headlines, "_speaker", _nothing),
    "headlines: a bracketed date": (headlines, "_bracketed_date", _false),
    "lines: a 简报's numbered sections": (lines, "mark_numbered_sections", _nothing),
    "lines: pull quotes": (lines, "mark_pull_quotes", _nothing),
    "lines: a headline broken at its comma": (lines, "_mark_split_headlines", _nothing),
    "lines: run-in headlines": (lines, "_run_in_heads", _no_set),
    "furniture: a page's head after a form feed": (furniture, "_after_page_break", _no_list),
    "furniture: the foot under the last rule": (furniture, "_under_last_rule", _no_list),
    "habits: items numbered counting up": (habits, "_mark_enumerations", _nothing),
    "starts: a headline of several lines": (starts, "_below_headline", _nothing),
    "assemble: an editor's note over its headline": (assemble, "_editors_note", _false),
    "contents: a box whose entries abridge": (navigation, "_headed_lists", _no_contents),
    "lines: a credit cut by the wrap": (lines, "rejoin_split_credits", lambda raw, _skip: raw),
    "assemble: a caption under the byline above": (assemble, "_captions_of_previous", _no_list),
    "assemble: a lone line at a page's foot": (assemble, "_trailing_line", _false),
    "lines: indents past a left margin": (lines, "_indents_past_a_margin", _nothing),
    "layout: a caption cut by the wrap": (layout.Builder, "_caption_goes_on", _false),
    "furniture: a speck alone on a line": (furniture, "_specks", _false),
    "lines: a photographer's credit alone": (lines, "only_photo_credit", _false),
    # parser 19, from round t
    "furniture: a forwarded mail's header": (furniture, "mail_header", _no_list),
    "furniture: a post's or a document's header": (furniture, "post_header", _no_list),
    "furniture: English under furniture": (furniture, "_translations", _no_list),
    "furniture: a part's label in every section": (navigation, "_opens_a_part", _false),
    "lines: a headline's English as its subtitle": (lines, "_translated_headline", _false),
    "lines: a dashed signature under the text": (lines, "_dashed_signatures", _nothing),
    "lines: titles given as labelled fields": (export_fields, "colon_titles", lambda _raw: {}),
    "starts: a record over the same form": (starts, "_same_form", _false),
    "assemble: credited captions over a page break": (assemble, "_credited_pictures", _false),
    "assemble: the next numbered item": (assemble, "_next_item", _false),
}


@contextlib.contextmanager
def _without(rule: str):
    module, name, replacement = RULES[rule]
    original = getattr(module, name)
    setattr(module, name, replacement)
    try:
        yield
    finally:
        setattr(module, name, original)


def _scores() -> tuple[float, float, float]:
    scores = score_folder(CORPUS)
    blind = [s for s in scores if s.name[:1] in BLIND_ROUNDS]
    return total(scores), total(blind), total(score_folder(CORPUS / "incoming"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rule", choices=sorted(RULES), action="append")
    args = parser.parse_args(argv)
    base, base_blind, base_waiting = _scores()
    print(
        f"| rule taken out | corpus | lost | blind rounds {', '.join(BLIND_ROUNDS)} | lost "
        "| rounds waiting (incoming/) | lost |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    print(f"| (none) | {base:.3f} | | {base_blind:.3f} | | {base_waiting:.3f} | |")
    for rule in args.rule or RULES:
        with _without(rule):
            score, blind, waiting = _scores()
        print(
            f"| {rule} | {score:.3f} | {base - score:+.3f} | {blind:.3f} | "
            f"{base_blind - blind:+.3f} | {waiting:.3f} | {base_waiting - waiting:+.3f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
