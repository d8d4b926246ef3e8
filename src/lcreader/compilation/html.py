"""A compilation as one self-contained HTML page, to read or print from a browser:
styles inline, no script, no outside file; every text escaped, so bulletin text is
never markup. Each article starts a new printed page."""

from __future__ import annotations

from html import escape

from ..formats.shapes import article_blocks
from ..messages import message
from . import Compilation, Progress, safe, source_line

STYLE = """
body { max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.8;
  font-family: "FangSong", "仿宋", "STFangsong", "SimSun", "宋体", "Songti SC", serif; }
h1, h2, h3, .toc-title { font-family: "SimHei", "黑体", "Heiti SC", "PingFang SC", sans-serif; }
h1 { text-align: center; } .cover { text-align: center; color: #555; }
nav ol { padding-left: 2em; } nav a { color: inherit; }
article { margin-top: 3em; } .kicker, .source, .meta { color: #555; font-size: 0.9em; }
.subtitle { font-weight: bold; } .paragraph { text-indent: 2em; margin: 0.4em 0; }
.intertitle { font-weight: bold; margin: 0.8em 0 0.4em; }
.caption { font-size: 0.9em; color: #444; } .byline, .closing { color: #444; }
p { overflow-wrap: anywhere; }
@media print { article { break-before: page; } nav { break-after: page; }
  a { text-decoration: none; } }
"""

_TAGS = {"kicker": "p", "title": "h2", "subtitle": "p", "meta": "p"}


def _text(value: str) -> str:
    return escape(safe(value), quote=True)


def write(compilation: Compilation, progress: Progress) -> bytes:
    lang = message("compile.html_lang")
    title = _text(message("compile.title"))
    out = [
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        f'<h1>{title}</h1>\n<p class="cover">{_text(compilation.cover)}</p>',
    ]
    if compilation.articles:
        out.append(f'<nav>\n<h2 class="toc-title">{_text(message("compile.contents"))}</h2>\n<ol>')
        out += [
            f'<li><a href="#a{n}">{_text(article.title)}</a></li>'
            for n, (article, _) in enumerate(compilation.articles, 1)
        ]
        out.append("</ol>\n</nav>")
    total = len(compilation.articles)
    for n, (article, issue) in enumerate(compilation.articles, 1):
        out.append(f'<article id="a{n}">')
        for block in article_blocks(article, issue):
            tag = _TAGS.get(block.kind, "p")
            prefix = "" if block.kind == "paragraph" else block.prefix
            text = _text(prefix + block.text + block.suffix)
            if block.kind == "meta":
                out.append(f'<p class="source">{_text(source_line(issue))}</p>')
            out.append(f'<{tag} class="{block.look}">{text}</{tag}>')
        out.append("</article>")
        progress(n, total)
    out.append("</body>\n</html>\n")
    return "\n".join(out).encode("utf-8")
