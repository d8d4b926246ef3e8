"""Articles written back in the bulletin format (the parser's round trip, for tests).

The output formats (JSON, plain text, Markdown, CSV) live in `formats/`.
"""

from __future__ import annotations


def bulletin_text(articles) -> str:
    """Articles written back in the bulletin format, so that parsing gives them again.

    Headings get `#` marks (kicker ###, title #, subtitle ##), captions follow the
    headline after a wide gap, a paragraph that could not stand alone as one gets
    a list mark, and the byline closes the article on its own line.
    """
    from .parse.lines import split_lines
    from .parse.text import is_terminated

    blocks: list[str] = []
    for article in articles:
        heading = []
        if article.kicker:
            heading.append(f"### {article.kicker}")
        if not article.title_inferred:
            heading.append(f"# {article.title}")
        if article.subtitle:
            heading.append(f"## {article.subtitle}")
        if heading:
            blocks.append("\n\n".join(heading))
        # With no headline, captions go after the body: first they would read as one.
        if not article.title_inferred:
            blocks.extend(article.captions)
        previous_open = False
        for paragraph in article.paragraphs:
            [line] = split_lines(paragraph)[0] or [None]
            alone = line is not None and (line.prose or line.has_comma) and not line.byline
            mark = "" if alone and not previous_open else "- "
            blocks.append(mark + paragraph)
            previous_open = not is_terminated(paragraph)
        if article.title_inferred:
            blocks.extend(article.captions)
        if article.byline_text:
            blocks.append(f"({article.byline_text})")
    return "\n\n\n\n".join(blocks) + "\n"
