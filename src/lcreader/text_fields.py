"""An article's text fields in reading order: one definition for the model's articles
(model.Article.fields) and for the cache's entries a search reads without the model."""

from __future__ import annotations


def text_fields(
    kicker: str | None,
    title: str,
    subtitle: str | None,
    paragraphs,
    captions,
    byline_text: str | None,
) -> list[tuple[str, int, str]]:
    """Every text field as (kind, index, text), in reading order."""
    out: list[tuple[str, int, str]] = []
    if kicker:
        out.append(("kicker", 0, kicker))
    out.append(("title", 0, title))
    if subtitle:
        out.append(("subtitle", 0, subtitle))
    out.extend(("paragraph", i, p) for i, p in enumerate(paragraphs))
    out.extend(("caption", i, c) for i, c in enumerate(captions))
    if byline_text:
        out.append(("byline", 0, byline_text))
    return out


class EntryText:
    """An article of a cache entry (Article.to_dict's form), for its text fields alone:
    what a search's hits are made of, without building the issue's model."""

    __slots__ = ("data",)

    def __init__(self, data: dict) -> None:
        self.data = data

    def fields(self) -> list[tuple[str, int, str]]:
        get = self.data.get
        return text_fields(
            get("kicker"),
            self.data["title"],
            get("subtitle"),
            get("paragraphs", ()),
            get("captions", ()),
            get("byline_text"),
        )
