"""The library for a search engine: OpenSearch / Elasticsearch bulk format, and its mapping.

`lcreader export --format ndjson` writes one action line and one document line per
article (the `_bulk` API's body), streamed issue by issue, so a city's archive is
written without holding it; `--format mapping` writes the index's settings and
mapping, whose analyzer is the engines' own `cjk_bigram`: text folded for width and
case, then cut into overlapping pairs of CJK characters, as lcreader's index does.
Fields keep lcreader's ranking weights at query time (README: "Past one machine").
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import Library
from ..safe_text import escape_json

INDEX = "lcreader"
ANALYZER = "lcreader_cjk"
# The query-time boosts lcreader's BM25F gives each field.
BOOSTS = {"title": 5, "kicker": 3, "subtitle": 3, "captions": 2, "body": 1, "byline": 1}


def _line(data: object) -> str:
    return escape_json(json.dumps(data, ensure_ascii=False, separators=(",", ":"))) + "\n"


def library_lines(library: Library) -> Iterator[str]:
    """The bulk body, two lines per article: the action, then the document."""
    for issue in library.issues:
        for article in issue.articles:
            yield _line({"index": {"_index": INDEX, "_id": article.id}})
            yield _line(
                {
                    "article": article.id,
                    "issue": issue.id,
                    "source": issue.source,
                    "year": issue.year,
                    "date": issue.date,
                    "number": issue.number,
                    "title": article.title,
                    "kicker": article.kicker,
                    "subtitle": article.subtitle,
                    "body": "\n".join(article.paragraphs),
                    "captions": list(article.captions),
                    "byline": article.byline_text,
                    "people": article.people,
                    "departments": list(article.departments),
                }
            )


def library_ndjson(library: Library) -> str:
    """`lcreader export --format ndjson` (the command streams `library_lines`)."""
    return "".join(library_lines(library))


def mapping() -> dict:
    """The index's settings and mapping: the cjk_bigram analysis on every text field."""
    text = {"type": "text", "analyzer": ANALYZER}
    keyword = {"type": "keyword"}
    return {
        "settings": {
            "analysis": {
                "analyzer": {
                    ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["cjk_width", "lowercase", "cjk_bigram"],
                    }
                }
            }
        },
        "mappings": {
            "properties": {
                **{name: text for name in BOOSTS},
                "article": keyword,
                "issue": keyword,
                "source": keyword,
                "number": keyword,
                "people": keyword,
                "departments": keyword,
                "year": {"type": "integer"},
                "date": {"type": "keyword"},
            }
        },
    }


def library_mapping(library: Library) -> str:
    """`lcreader export --format mapping`: PUT it as the index before the bulk body."""
    return json.dumps(mapping(), ensure_ascii=False, indent=2) + "\n"


def search_body(words: str) -> dict:
    """A query an engine answers as lcreader ranks: every field, lcreader's weights."""
    fields = [f"{name}^{boost}" for name, boost in BOOSTS.items()]
    return {"query": {"multi_match": {"query": words, "fields": fields, "operator": "and"}}}
