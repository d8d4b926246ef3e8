"""A children's paper photographed and read by a phone gallery's OCR (issue #17, round yo):
no blank line anywhere, about fifteen characters a line; a foreword signed by a social
worker, a pupil's diary signed with the school year, each signature right over the next
piece's headline. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import cut_at, parse_all

PAGE = (
    "刊首语\n"
    "小记者站一周岁啦\n"
    + cut_at(
        15,
        "去年七月，东湖社区青少年小记者站成立了。一年来，小记者们走进消防站、菜市场和养老院，写出了九十多篇稿件。",
    )
    + cut_at(15, "欢迎大家读一读、评一评，也欢迎把你的作品交给小记者站。")
    + "社工 蒋一凡\n"
    + "我家的节水日记\n"
    + "7月1日 晴\n"
    + cut_at(15, "今天我当家里的节水监督员，洗菜的水留下来浇花，奶奶夸我是个小管家。")
    + "东湖小学三年级 林可欣\n"
    + "走进社区消防站\n"
    + "文/王子涵\n"
    + cut_at(15, "7月5日上午，我们十二名小记者来到东湖消防站参观，消防员叔叔教我们使用灭火器。")
)


def test_a_signature_with_a_post_or_a_school_year_signs_over_the_next_headline():
    foreword, diary, visit = parse_all(PAGE).articles
    assert [(b.author, b.role) for b in foreword.bylines] == [("蒋一凡", None)]
    assert diary.title == "我家的节水日记"
    assert diary.paragraphs[0] == "7月1日 晴"  # (a diary's day: a line of its text)
    assert diary.paragraphs[1].startswith("今天我当家里的节水监督员")
    assert [b.author for b in diary.bylines] == ["林可欣"]
    assert visit.title == "走进社区消防站"
    assert [b.author for b in visit.bylines] == ["王子涵"]
