"""The sidebar's head rows keep their article ids in one string, or grouped."""

from hypothesis import given
from hypothesis import strategies as st

from lcreader.head_rows import grouped, packed, unpacked

issue_ids = st.text(min_size=1, max_size=8).filter(lambda s: "/" not in s)
article_ids = st.builds(lambda i, n: f"{i}/{n}", issue_ids, st.integers(1, 300))


@given(st.lists(article_ids, max_size=30))
def test_article_ids_come_back_as_they_went_in(articles):
    assert unpacked(packed(articles)) == articles


def test_ids_are_one_string_unless_an_id_holds_the_separator():
    assert packed(["2024-03/1", "2024-03/2", "2024-04/1"]) == "2024-03/1|2024-03/2|2024-04/1"
    assert packed([]) == ""
    odd = ["a|b/1", "a|b/2", "c/1"]
    assert packed(odd) == [["a|b", 1, 2], ["c", 1]]
    assert unpacked(packed(odd)) == odd


def test_rows_a_catalog_kept_grouped_are_read_as_before():
    articles = ["2024-03/1", "2024-03/2", "2024-04/7"]
    assert unpacked(grouped(articles)) == articles
