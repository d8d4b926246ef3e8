"""The labels an export sets before its fields, and the role of each field's value:
read by the labelled exports (export_fields.py) and by a story's paragraph styles
(tagged_text.py)."""

from __future__ import annotations

# Label → the role of its value.
ROLES = {
    "标题": "title", "题目": "title", "主标题": "title", "主题": "title", "篇名": "title",
    "引题": "kicker", "肩题": "kicker", "眉题": "kicker", "栏目": "kicker",
    "副标题": "subtitle", "副题": "subtitle", "副篇名": "subtitle",
    "作者": "author", "署名": "author",
    "正文": "body",
    "图片说明": "caption", "图说": "caption", "图注": "caption",
    "责任编辑": "meta", "编辑": "meta", "来源": "meta", "稿源": "meta",
    "版次": "page", "版面": "page", "版名": "page", "期号": "page", "期数": "page",
    # a full-text database's record (`【篇名】`, `【报纸名称】`, `【版号】`): the paper's
    "版号": "page", "报纸名称": "page", "报名": "page", "出版日期": "page", "日期": "page",
    "文献来源": "page", "分类号": "page", "关键词": "page",
}  # fmt: skip
