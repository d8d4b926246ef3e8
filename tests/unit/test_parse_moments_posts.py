"""A 村讯 posted as a run of 朋友圈 posts and copied post by post from WeChat for
Windows (issue #17, round yj's file): each post opens with the paper's name, the issue
and which post of the run it is, a pictograph before and a chat's face after that vary
from post to post. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

FACES = ["[太阳]", "[庆祝]", "[爱心]"]
STORIES = [
    ("村口的路灯亮了", "6月3日，村口新装的十二盏太阳能路灯亮了，晚上散步的村民多了起来。"),
    ("村卫生室延长开诊时间", "进入夏季，村卫生室每天开诊到下午五点半，周六上午照常开诊。"),
    ("文化礼堂放映露天电影", "6月8日晚，村文化礼堂门前放映露天电影，两百多位村民带着板凳来看。"),
]
POSTS = "\n\n\n".join(
    f"📢【石溪村讯】2024年第6期（{n}/3）{face}\n{title}\n\n{text}\n（村委会）"
    for n, (face, (title, text)) in enumerate(zip(FACES, STORIES, strict=True), 1)
)


def test_each_posts_header_is_the_runs_whatever_face_it_ends_with():
    issue = parse_all(POSTS)
    assert [a.title for a in issue.articles] == [title for title, _ in STORIES]
    assert all(a.kicker is None for a in issue.articles)
    assert sum("石溪村讯" in line for line in issue.furniture) == 3
