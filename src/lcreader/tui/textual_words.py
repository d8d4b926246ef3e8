"""Textual's own words, in the user's language.

Textual's widgets describe their keys in English (`Cursor Up`, `Focus Next`, `Quit the
app and return to the command prompt.`), and its keys panel (palette → 按键) lists them
beside the reader's own. The screens here give every key's description and tooltip in
the user's language; what is not in the table (a newer Textual's words) stays as is.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import ActiveBinding, Binding
from textual.widgets import Input

from ..messages import language

# Textual 8's binding descriptions and tooltips, on the widgets the reader uses and on
# the ones it may come to use.
CHINESE = {
    "Quit": "退出",
    "Quit the app and return to the command prompt.": "退出阅读器，回到命令行",
    "Open the command palette": "打开命令面板",
    "Focus Next": "下一个窗格",
    "Focus Previous": "上一个窗格",
    "Copy selected text": "复制选中的文字",
    "Cut selected text": "剪切选中的文字",
    "Paste text from the clipboard": "从剪贴板粘贴",
    "Copy": "复制",
    "Cut": "剪切",
    "Paste": "粘贴",
    "Undo": "撤销",
    "Redo": "重做",
    "Scroll Up": "向上滚动",
    "Scroll Down": "向下滚动",
    "Scroll Left": "向左滚动",
    "Scroll Right": "向右滚动",
    "Scroll Home": "滚到开头",
    "Scroll End": "滚到末尾",
    "Page Up": "上一页",
    "Page Down": "下一页",
    "Page Left": "向左翻页",
    "Page Right": "向右翻页",
    "Page up": "上一页",
    "Page down": "下一页",
    "Cursor Up": "上移",
    "Cursor Down": "下移",
    "Cursor up": "上移",
    "Cursor down": "下移",
    "Cursor left": "左移",
    "Cursor right": "右移",
    "Cursor to parent": "移到上一级",
    "Cursor to next ancestor": "移到上一级的下一项",
    "Cursor to previous sibling": "移到同级上一项",
    "Cursor to next sibling": "移到同级下一项",
    "Toggle": "展开/收起",
    "Expand or collapse all": "全部展开/收起",
    "Select": "选择",
    "Up": "上移",
    "Down": "下移",
    "First": "第一项",
    "Last": "最后一项",
    "Top": "顶部",
    "Bottom": "底部",
    "Home": "开头",
    "End": "末尾",
    "Submit": "确定",
    "Move cursor left": "光标左移",
    "Move cursor right": "光标右移",
    "Move cursor right or accept the completion suggestion": "光标右移，或采用补全建议",
    "Move cursor left a word": "光标左移一个词",
    "Move cursor right a word": "光标右移一个词",
    "Move cursor left and select": "向左选择",
    "Move cursor right and select": "向右选择",
    "Move cursor left a word and select": "向左选择一个词",
    "Move cursor right a word and select": "向右选择一个词",
    "Go to start": "移到开头",
    "Go to end": "移到末尾",
    "Select all": "全选",
    "Select line start": "选择到行首",
    "Select line end": "选择到行尾",
    "Delete character left": "删除左边一个字",
    "Delete character right": "删除右边一个字",
    "Delete left to start of word": "向左删除一个词",
    "Delete right to start of word": "向右删除一个词",
    "Delete all to the left": "删除左边全部",
    "Delete all to the right": "删除右边全部",
    "Next tab": "下一个标签",
    "Previous tab": "上一个标签",
    "Press button": "按下按钮",
    "Show menu": "显示菜单",
    "Open link": "打开链接",
    # Key groups in the keys panel.
    "Input": "输入框",
}


def in_user_language(text: str | None) -> str | None:
    """Textual's English `text` in the user's language, where the table has it."""
    if not text or language() != "zh":
        return text
    return CHINESE.get(text, text)


_localized: dict[Binding, Binding] = {}


def localized(binding: Binding) -> Binding:
    """The binding with its description and tooltip in the user's language."""
    found = _localized.get(binding)
    if found is None:
        found = replace(
            binding,
            description=in_user_language(binding.description) or "",
            tooltip=in_user_language(binding.tooltip) or "",
        )
        if len(_localized) < 4096:  # a binding is made once per class: a few hundred
            _localized[binding] = found
    return found


class LocalizedBindings:
    """Mixed into a Screen: the keys it lists (keys panel, footer) in the user's words."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return {
            key: ActiveBinding(
                active.node,
                localized(active.binding),
                active.enabled,
                in_user_language(active.tooltip) or "",
            )
            for key, active in super().active_bindings.items()
        }


class LocalInput(Input):
    """An input box whose key group is named in the user's language."""

    @property
    def BINDING_GROUP_TITLE(self) -> str:
        return in_user_language("Input") or ""
