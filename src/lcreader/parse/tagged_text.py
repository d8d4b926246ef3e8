"""A story exported from InDesign as tagged text (`<UNICODE-MAC>`, `<UNICODE-WIN>`,
`<ASCII-WIN>`…): a header of the document's style definitions, then a line per
paragraph opening on its paragraph style (`<ParaStyle:标题>…`), character styles and
special characters as tags inside it (`<CharStyle:加粗>`, `<0x000A>` a forced line
break). The tags are markup, not text: where a style's name is a field's label the
parser knows (`标题`, `副题`, `栏目`, `作者`, `图片说明`: export_fields.ROLES), the
paragraph is that labelled field; every other paragraph is a line of text. The header
stays as it is, the file's own lines."""

from __future__ import annotations

import re

from .labels import ROLES

_ENCODING_TAG = re.compile(r"^\ufeff?<(?:UNICODE|ASCII|ANSI)-(?:MAC|WIN)>\s*$")
_PARAGRAPH = re.compile(r"^<ParaStyle:(?P<style>[^<>]*)>(?P<text>.*)$")
# A special character written as its code (`<0x000A>`, `<0x2014>`).
_CODE = re.compile(r"<0x(?P<code>[0-9A-Fa-f]{4,6})>")
_TAG = re.compile(r"<[^<>\n]*>")
# Styles a heading inside the text is set in.
_HEADING_STYLES = {"小标题", "小题", "中标题", "插题", "分题", "内文小标题", "正文小标题"}


def tagged_story(text: str) -> bool:
    """Whether the text is InDesign's tagged text: its encoding tag on the first line."""
    first = text[: text.find("\n")] if "\n" in text else text
    return bool(_ENCODING_TAG.match(first)) and "<ParaStyle:" in text


def untagged(text: str) -> str:
    """The story's paragraphs, a line each; a paragraph whose style names a field with
    its label before it (`【标题】…`), the text under a head's fields under `【正文】`."""
    out: list[str] = []
    labelled = False
    header = True  # (till the first paragraph: the style definitions, kept as they are)
    for line in text.split("\n"):
        match = _PARAGRAPH.match(line)
        if match is None:
            # (a paragraph in the style of the one before it is written with no tag)
            out.append(line if header else _TAG.sub("", _CODE.sub(_special, line)))
            continue
        header = False
        words = _TAG.sub("", _CODE.sub(_special, match["text"]))
        style = match["style"].strip()
        role = ROLES.get(style)
        if role and role != "body" and words.strip():
            out.append(f"【{style}】{words}")
            labelled = True
            continue
        if labelled:  # (the text under a head's fields, under its label as an export's)
            out.append("【正文】")
            labelled = False
        # (a heading inside the text, in bold as a Markdown export sets one)
        out.append(f"**{words.strip()}**" if style in _HEADING_STYLES and words.strip() else words)
    return "\n".join(out)


def _special(match: re.Match[str]) -> str:
    """A special character's code as the character; a forced line break joins (a
    headline set in two lines is one headline)."""
    code = int(match["code"], 16)
    if code in (0x0A, 0x0D, 0x2028):
        return ""
    if code == 0x09:
        return "\t"
    try:
        return chr(code)
    except ValueError:
        return ""
