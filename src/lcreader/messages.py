"""Every string a user sees, in Chinese and English: one table, message key → (zh, en).

Chinese by default. `LCREADER_LANG=en` (or `zh`) chooses; without it an English
locale (`LC_ALL`, `LC_MESSAGES`, `LANG` starting with `en`) gives English. Fields are
filled with `str.format`, so a translation may reorder them. Imports nothing: the
search path pays for it on every start.
"""

from __future__ import annotations

import os

LANGUAGES = ("zh", "en")
LANG_ENV = "LCREADER_LANG"

# fmt: off
MESSAGES: dict[str, tuple[str, str]] = {
    # Command line: the parser
    "cli.description": (
        "阅读和搜索凉城新村街道社区简报。不带命令时打开阅读器。",
        "Read and search the 凉城新村街道 bulletin. With no command, opens the reader.",
    ),
    "cli.epilog": (
        "退出码：0 成功，1 没有搜到（search），2 用法错误或文库无法使用，3 阅读器出错退出。",
        "Exit codes: 0 success, 1 no hits (search), 2 bad usage or unusable library, "
        "3 the reader stopped on an error.",
    ),
    "cli.usage": ("用法：", "usage: "),
    "cli.positionals": ("参数", "positional arguments"),
    "cli.options": ("选项", "options"),
    "cli.help": ("显示此帮助并退出", "show this help message and exit"),
    "cli.version": ("显示版本号并退出", "show program's version number and exit"),
    "cli.commands": ("命令", "commands"),
    "cli.error": (
        "lcreader：错误：{message}（见 '{prog} --help'）",
        "lcreader: error: {message} (see '{prog} --help')",
    ),
    "cli.library": (
        "简报 *.txt 所在文件夹（默认：$LCREADER_LIBRARY，否则为自带的样刊）",
        "folder of *.txt bulletins (default: $LCREADER_LIBRARY, else the bundled seeds)",
    ),
    "cli.cache_dir": (
        "解析结果的缓存位置（默认：$LCREADER_CACHE_DIR，否则为用户缓存目录）",
        "where the parsed library is cached (default: $LCREADER_CACHE_DIR, else the user cache dir)",
    ),
    "cli.data_dir": (
        "阅读器保存阅读记录、收藏和设置的位置（默认：$LCREADER_DATA_DIR，否则为用户数据目录）",
        "where the reader keeps read marks, bookmarks and settings "
        "(default: $LCREADER_DATA_DIR, else the user data dir)",
    ),
    "cli.follow": ("读取从文库文件夹外链接进来的文件（默认：跳过并说明）", "read files linked from outside the library folder (default: skip them, and say so)"),
    "cli.max_file_size": ("跳过大于此大小（MB）的简报文件（默认 50）", "skip bulletin files larger than this, in MB (default 50)"),
    "cli.bad_limit": ("--limit 必须是正整数，而不是 {value}", "--limit must be a positive number, not {value}"),
    "cli.bad_max_file_size": ("--max-file-size 必须是有限的正数（MB），而不是 {value}", "--max-file-size must be a finite, positive number of MB, not {value}"),
    "cli.debug": ("出错时显示调用栈", "show tracebacks on errors"),
    "cli.color": (
        "何时使用颜色：always 总是，never 从不，auto 仅在终端上（默认）",
        "when to use colour: always, never, or auto (on a terminal; the default)",
    ),
    "cli.search": ("按相关度搜索，显示带高亮的片段", "ranked search with highlighted snippets"),
    "cli.query": ("{forms}", "{forms}"),
    "cli.limit": ("显示的条数（默认 10）", "hits to show (default 10)"),
    "cli.person": ("只看提到此人的文章", "only articles naming this person"),
    "cli.dept": ("只看提到此部门的文章", "only articles naming this department"),
    "cli.year": ("只看这一年的文章", "only articles of this year"),
    "cli.json": ("输出 JSON，供脚本使用", "machine-readable output"),
    "cli.open": ("在阅读器中打开这些结果", "open the reader on these results"),
    "cli.issues": ("各期简报及其文章", "the issues with their articles"),
    "cli.show": ("排版显示一篇文章", "one article laid out for reading"),
    "cli.article_id": (
        "文章编号（例如 000_a74f4656124ffe3f/2）、上次搜索的结果序号，或标题",
        "an article id (e.g. 000_a74f4656124ffe3f/2), a hit number of the last search, or a title",
    ),
    "cli.people": ("简报中提到的人物，或其中一人", "people named in the bulletin, or one person"),
    "cli.departments": (
        "简报中提到的部门，或其中一个",
        "departments named in the bulletin, or one department",
    ),
    "cli.name": ("名称（可写一部分）", "a name (or part of one)"),
    "cli.export": ("导出整个解析后的文库", "the whole parsed library"),
    "cli.show_text": ("排版好的文字", "laid out for reading"),
    "cli.default": ("（默认 {default}）", " (default {default})"),
    "format.json": ("JSON，全部字段", "JSON, every field"),
    "format.md": ("Markdown，供写报告", "Markdown, for reports"),
    "format.csv": ("人物及其各期职务，供电子表格（UTF-8 带 BOM）", "people and their titles by issue, for a spreadsheet (UTF-8 with BOM)"),
    "cli.build": (
        "重新解析有改动的文件，并说明做了什么",
        "parse again what changed, and show what was done",
    ),
    "cli.doctor": (
        "检查文库和缓存；列出解析时需要猜测的地方",
        "check the library and cache; list what the parser had to guess",
    ),
    "cli.bookmarks": ("阅读器中收藏的文章", "the articles bookmarked in the reader"),
    # Command line: what commands say
    "error": ("lcreader：错误：{message}", "lcreader: error: {message}"),
    "notice": ("lcreader：{message}", "lcreader: {message}"),
    "unexpected": ("意外错误 {kind}：{error}", "unexpected {kind}: {error}"),
    "skipped_file": ("已跳过 {path}：{reason}", "skipped {path}: {reason}"),
    "skipped_files": (
        "已跳过 {count} 个无法使用的文件（'lcreader build' 列出原因）",
        "skipped {count:unusable file|unusable files} ('lcreader build' lists why)",
    ),
    "no_match": ("没有文章匹配 {query}", "no articles match {query}"),
    "hit.score": ("相关度 {score}", "score {score}"),
    "no_hit_number": (
        "上次搜索没有第 {number} 条结果（先用 'lcreader search' 搜索）",
        "the last search has no hit {number} (search first with 'lcreader search')",
    ),
    "no_hit_number_of": (
        "上次搜索（{query}）只有 {count} 条结果，没有第 {number} 条",
        "the last search ({query}) has {count:hit|hits}: there is no hit {number}",
    ),
    "titles_ambiguous": (
        "有几篇文章的标题含 {wanted}：{candidates}；请给出文章编号",
        "several titles hold {wanted}: {candidates}; give the article's id",
    ),
    "hit.mentions": ("提到 {count} 次", "named {count:time|times}"),
    "hits_summary": ("共 {total} 篇文章匹配", "{total:article matches|articles match}"),
    "hits_limited": ("；显示前 {shown} 篇（--limit）", "; showing the first {shown} (--limit)"),
    "needs_terminal": (
        "阅读器需要在终端中运行；命令列表见 'lcreader --help'",
        "the reader needs a terminal; see 'lcreader --help' for the commands",
    ),
    "reader.crashed": (
        "lcreader：阅读器出错退出，出错详情已写入 {log}",
        "lcreader: the reader stopped on an error; the details are in {log}",
    ),
    "no_article": (
        "没有文章 {wanted}（见 'lcreader issues'）",
        "no article {wanted} (see 'lcreader issues')",
    ),
    "did_you_mean": ("；是否要找 {candidates}？", "; did you mean {candidates}?"),
    "year_unknown": ("年份不详", "year unknown"),
    "issue_line": ("（{year}，{count} 篇）", "({year}, {count:article|articles})"),
    "build.files": (
        "{files} 个文件：新解析 {parsed} 个，未改动、沿用缓存 {reused} 个，无法使用、已跳过 {skipped} 个",
        "{files:file|files}: {parsed} parsed, {reused} unchanged (from the cache), "
        "{skipped} skipped (unusable)",
    ),
    "build.dropped": (
        "{dropped} 个文件已不在文库中，已从缓存移除",
        "{dropped:file|files} no longer in the library: removed from the cache",
    ),
    "build.library": ("文库：{issues} 期，{articles} 篇文章", "library: {issues:issue|issues}, {articles:article|articles}"),
    "build.cache": ("缓存：{cache}", "cache: {cache}"),
    "doctor.library": ("文库：{path}", "library: {path}"),
    "doctor.cache": ("缓存：{path}：{state}", "cache: {path}: {state}"),
    "doctor.cache_ok": ("正常，{count} 个文件", "ok, {count:file|files}"),
    "doctor.cache_absent": ("不存在（将会建立）", "absent (will be built)"),
    "doctor.cache_unusable": ("无法使用，将重建：{error}", "unusable, will be rebuilt: {error}"),
    "doctor.file": ("{source}：{year}，{count} 篇", "{source}: {year}, {count:article|articles}"),
    "doctor.skipped": ("{source}：已跳过：{reason}", "{source}: skipped: {reason}"),
    "doctor.summary": (
        "读取 {files} 个文件，跳过 {skipped} 个，{guesses} 处猜测待核对",
        "{files:file|files} read, {skipped} skipped, {guesses:guess|guesses} to check",
    ),
    "entity.none_named": (
        "没有名为 {wanted} 的{what}（见 'lcreader {command}'）",
        "no {what} named {wanted} (see 'lcreader {command}')",
    ),
    "entity.several": (
        "{wanted} 匹配多个{what}：{names}",
        "{wanted} matches several {what}: {names}",
    ),
    "entity.person": ("人物", "person"),
    "entity.department": ("部门", "department"),
    "entity.people": ("人物", "people"),
    "entity.departments": ("部门", "departments"),
    "column.name": ("姓名", "name"),
    "column.latest_titles": ("最新职务", "latest titles"),
    "column.articles": ("文章数", "articles"),
    "column.issues": ("期", "issues"),
    "column.department": ("部门", "department"),
    "column.level": ("级别", "level"),
    "column.aliases": ("别名", "aliases"),
    "person.titles_by_issue": ("各期职务：", "titles by issue:"),
    "person.no_title": ("  （名字前没有写职务）", "  (no title written before the name)"),
    "person.articles": ("文章（{count}）：", "articles ({count}):"),
    "department.level": ("级别：{level}", "level: {level}"),
    "department.aliases": ("别名：{aliases}", "aliases: {aliases}"),
    "unknown": ("不详", "unknown"),
    "none": ("（无）", "(none)"),
    "bookmarks.gone": ("（已不在文库中）", "(no longer in the library)"),
    "bookmarks.none": (
        "还没有收藏：在阅读器中按 b 收藏文章",
        "no bookmarks yet: press b in the reader",
    ),
    # Library and query errors
    "library.not_found": ("找不到文库文件夹：{folder}", "library folder not found: {folder}"),
    "library.not_a_folder": (
        "文库应是一个文件夹，而 {folder} 是文件",
        "the library must be a folder, and {folder} is a file",
    ),
    "library.symlink_loop": (
        "文库文件夹 {folder} 是一个符号链接循环",
        "library folder {folder} is a symlink loop",
    ),
    "library.unlistable": (
        "无法列出文库文件夹 {folder}：{error}",
        "cannot list library folder {folder}: {error}",
    ),
    "query.punctuation": (
        "查询只有标点：请给出要搜索的词",
        "the query has only punctuation: give a word to search for",
    ),
    "query.empty": ("查询为空：请给出要搜索的词", "the query is empty: give a word to search for"),
    "query.only_excluded": (
        "只有排除的词：请再给出要搜索的词或筛选，例如：社区 -统战",
        "only words to leave out: also give a word or a filter to search for, e.g. 社区 -统战",
    ),
    "query.negated_filter": (
        "不支持 '-{name}:'：筛选只能选出文章，不能排除文章",
        "'-{name}:' is not supported: a filter can only choose articles, not leave them out",
    ),
    "query.needs_value": ("'{name}:' 需要一个值，例如 {example}", "'{name}:' needs a value, e.g. {example}"),
    # The query language (search/query.py: SYNTAX)
    "syntax.words": ("多个词", "words"),
    "syntax.words.means": ("须同时出现", "are ANDed"),
    "syntax.exclude": ("-词", "-word"),
    "syntax.exclude.means": ("排除含此词的文章", "excludes"),
    "syntax.phrase": ('"短语"', '"a phrase"'),
    "syntax.phrase.means": ("按原文匹配", "matches as written"),
    "syntax.person": ("person:姓名", "person:NAME"),
    "syntax.person.means": ("按人物筛选", "filters by person"),
    "syntax.dept": ("dept:部门", "dept:NAME"),
    "syntax.dept.means": ("按部门筛选（含别名）", "filters by department (through its aliases)"),
    "syntax.year": ("year:年份", "year:YYYY"),
    "syntax.year.means": ("按年份筛选", "filters by year"),
    "syntax.separator": ("；", "; "),
    "syntax.sentence": ("{sentence}。匹配时不区分全角/半角、繁/简和大小写。", "{sentence}. Matching ignores full/half width, 繁/简 and case."),
    "query.bad_year": (
        "year:{value} 不是年份：请写四位数字，例如 year:2021",
        "year:{value} is not a year: write four digits, e.g. year:2021",
    ),
    # Search: alternatives and index
    "syntax.either": ("A OR B、A|B", "A OR B, A|B"),
    "syntax.either.means": ("任一即可", "finds either"),
    "query.operator_alone": (
        "{operator} 两边都要有词或短语，例如：统战 OR 统一战线",
        "{operator} needs a word or phrase on each side, e.g. 统战 OR 统一战线",
    ),
    "query.operator_filter": (
        "{operator} 只能连接词或短语，不能连接筛选：筛选总是同时生效",
        "{operator} joins words or phrases, not filters: filters always all apply",
    ),
    "format.ndjson": ("OpenSearch/Elasticsearch 批量导入格式，每篇文章一行动作一行文档", "OpenSearch/Elasticsearch bulk format, one action and one article a line"),
    "format.mapping": ("搜索引擎的索引映射（cjk_bigram 分词）", "the search engine's index mapping (cjk_bigram analysis)"),
    "query.or_mixed": (
        "OR 不能连接一个排除的词和一个要找的词：请写 -甲|乙 排除两者，或 甲|乙 找任一",
        "OR cannot join a word to leave out and one to find: write -A|B to leave out both, or A|B to find either",
    ),
    # The reader: key descriptions (footer and help screen)
    "key.open_search": ("搜索", "Search"),
    "key.next_match": ("下一处", "Next match"),
    "key.previous_match": ("上一处", "Prev match"),
    "key.previous_article": ("上一篇", "Prev article"),
    "key.next_article": ("下一篇", "Next article"),
    "key.people_tab": ("人物标签", "People tab (人物)"),
    "key.departments_tab": ("部门标签", "Departments tab (部门)"),
    "key.bookmarks_tab": ("收藏标签", "Bookmarks tab (收藏)"),
    "key.toggle_sidebar": ("显示/隐藏侧栏", "Show/hide sidebar"),
    "key.clear_filter": ("清除筛选", "Clear filter"),
    "key.copy_article": ("复制文章", "Copy article (OSC 52)"),
    "key.close_search": ("关闭搜索", "Close search"),
    "key.open_article": ("阅读文章（转到文章窗格）", "Read the article (to the article pane)"),
    "key.escape": (
        "关闭搜索；窄屏时收起侧栏；从人物或部门页打开的文章返回该页",
        "Close search; close the sidebar when narrow; back to the page an article was opened from",
    ),
    "key.help": ("帮助", "Help"),
    "key.quit": ("退出", "Quit"),
    "key.down": ("向下", "Down"),
    "key.up": ("向上", "Up"),
    "key.scroll_down": ("向下滚动", "Scroll down"),
    "key.scroll_up": ("向上滚动", "Scroll up"),
    "key.page_down": ("下一页", "Page down"),
    "key.page_up": ("上一页", "Page up"),
    "key.top": ("到开头", "Top"),
    "key.bottom": ("到结尾", "Bottom"),
    "key.results": ("结果列表", "Results"),
    "key.mark_read": ("标为已读", "Mark read"),
    "key.mark_unread": ("标为未读", "Mark unread"),
    "key.mark_all_read": ("整期或整年标为已读（目录光标所在）", "Mark the issue or year read (at the tree's cursor)"),
    "key.next_unread": ("下一篇未读", "Next unread"),
    "key.toggle_bookmark": ("收藏/取消收藏", "Bookmark"),
    "key.narrower_tree": ("目录变窄", "Narrower tree"),
    "key.wider_tree": ("目录变宽", "Wider tree"),
    "key.reload": ("重新载入文库", "Reload library"),
    "key.back": ("返回", "Back"),
    "key.filter_entity": ("在目录中只看其文章", "Filter the tree by them"),
    "key.open_entity": ("打开人物/部门页", "Open person/department page"),
    "key.close": ("关闭", "Close"),
    "builtin.tab": ("在窗格间移动", "move between panes"),
    "builtin.palette": (
        "命令面板：跳到任一文章、人物或部门",
        "command palette: jump to an article, person or department",
    ),
    "builtin.enter": (
        "打开选中的文章、搜索结果、人物或部门",
        "open the selected article, search hit, person or department",
    ),
    "builtin.mouse": ("点击选择，滚轮滚动", "click to select, wheel to scroll"),
    # The reader: help screen
    "help.heading": ("lcreader 按键", "lcreader keys"),
    "help.everywhere": ("任何地方", "Everywhere"),
    "help.tree": ("目录", "Issue tree"),
    "help.lists": ("侧栏和结果列表", "Sidebar and result lists"),
    "help.article": ("文章", "Article"),
    "help.search": ("搜索栏", "Search bar"),
    "help.page": ("人物/部门页（Tab 切换到年表）", "Person/department page (tab: to the timeline)"),
    "help.help": ("本帮助", "This help"),
    "help.textual": ("通用按键", "General"),
    "key.space": ("空格", "Space"),
    "key.mouse": ("鼠标", "Mouse"),
    "help.note_escape": (
        "Esc 关闭搜索栏；高亮和 n/N 保留，直到按 x 清除。x 也清除人物或部门筛选。",
        "Escape closes the search bar; the highlights and n/N stay until x clears them. "
        "x also clears a person or department filter.",
    ),
    "help.note_sidebar": (
        "在侧栏（p 人物、d 部门）或命令面板中按 Enter 打开其页面：职务年表、提到他的每篇文章及原句、一同提到的人；"
        "在页面上按 f 让目录只显示其文章并标出提及之处，Esc 返回。",
        "Enter on a person (p) or department (d), in the sidebar or the palette, opens their page: "
        "titles by year, every article with the sentence naming them, who is mentioned with them; "
        "there f shows only their articles in the tree, with their mentions marked; escape returns.",
    ),
    "help.note_reading": (
        "打开几秒或按 r 即为已读，U 改回未读，A 把目录光标所在的整期或整年标为已读；目录中未读为粗体，每期显示未读数。"
        "b 收藏，收藏见侧栏收藏标签。",
        "An article open for a few seconds, or marked with r, is read; U makes it unread again, "
        "A marks the issue or year at the tree's cursor read; unread ones are bold "
        "in the tree, with a count per issue. b bookmarks; the 收藏 tab lists them.",
    ),
    "help.close": ("Esc、q 或 ? 关闭此页", "escape, q or ? closes this screen"),
    # The reader: status line, notices, lists
    "status.filter_count": (" {count} 篇 ", " {count:article|articles} "),
    "status.search": (" 搜索：{query} ", " search: {query} "),
    "status.matches": (" 匹配 {at} · n/N ", " matches {at} · n/N "),
    "status.clear": (" x 清除", " x clears"),
    "status.position": (" {percent}% ", " {percent}% "),
    "notify.no_filter": ("没有可清除的筛选。", "No filter to clear."),
    "notify.no_matches": ("没有搜索匹配：按 / 搜索。", "No search matches: press / to search."),
    "notify.copied": (
        "文章已发往剪贴板（需终端支持）。",
        "Article sent to the clipboard (OSC 52, if the terminal allows it).",
    ),
    "notify.no_unread": ("没有未读文章了。", "No unread articles left."),
    "notify.marked_read": ("已标为已读：{title}", "Marked read: {title}"),
    "notify.marked_unread": ("已标为未读：{title}", "Marked unread: {title}"),
    "notify.marked_all_read": ("{what}：{count} 篇标为已读", "{what}: {count:article|articles} marked read"),
    "notify.bookmarked": ("已收藏：{title}", "Bookmarked: {title}"),
    "notify.unbookmarked": ("已取消收藏：{title}", "Bookmark removed: {title}"),
    "notify.state_unwritable": (
        "无法保存阅读记录：{folder}",
        "Cannot save the reader's state in {folder}",
    ),
    "notify.reloading": ("正在重新载入文库……", "Reloading the library…"),
    "notify.reloaded": ("文库已更新：{changes}", "Library updated: {changes}"),
    "notify.unchanged": ("文库没有变化。", "The library has not changed."),
    "notify.reload_failed": ("重新载入失败：{error}", "Reload failed: {error}"),
    "changes.separator": ("，", ", "),
    "changes.added": ("新增 {count} 篇", "{count:new article|new articles}"),
    "changes.removed": ("移除 {count} 篇", "{count} removed"),
    "changes.changed": ("{count} 篇有改动", "{count} changed"),
    "search.placeholder": ("搜索：{forms}", "search: {forms}"),
    "search.prompt": ("输入以搜索", "type to search"),
    "search.count": ("{total} 篇", "{total:article|articles}"),
    "search.none": ("没有文章匹配", "no articles match"),
    "search.listed": ("，列出前 {listed} 篇", ", best {listed} listed"),
    "sidebar.more": ("…… 另有 {more} 项：ctrl+p 可查找", "… {more} more: ctrl+p finds any"),
    "sidebar.no_bookmarks": (
        "还没有收藏：按 b 收藏当前文章",
        "No bookmarks yet: b bookmarks the article",
    ),
    "tab.people": ("人物", "人物"),
    "tab.departments": ("部门", "部门"),
    "tab.bookmarks": ("收藏", "收藏"),
    "tree.year": ("（{issues} 期，{articles} 篇）", " ({issues:issue|issues}, {articles:article|articles})"),
    "tree.year_unread": ("（{issues} 期，{unread}/{articles} 篇未读）", " ({issues:issue|issues}, {unread}/{articles} unread)"),
    # An issue's name (issue_names.py): the year, then the date within it.
    "issue.year": ("{year}年", "{year}"),
    "issue.month": ("{month}月", "-{month:02}"),
    "issue.month_day": ("{month}月{day}日", "-{month:02}-{day:02}"),
    "tree.issue_count": ("（{count}）", " ({count})"),
    "tree.issue_unread": ("（{unread}/{count}）", " ({unread}/{count})"),
    "article.none": ("没有选中文章。", "No article selected."),
    "palette": ("命令面板", "palette"),  # Textual's own ctrl+p binding, in the footer
    "palette.placeholder": ("查找文章、人物或部门……", "Find an article, person or department…"),
    "palette.no_matches": ("没有找到", "No matches found"),
    "palette.theme_placeholder": ("查找配色主题（深色、浅色或名称）……", "Find a theme (dark, light or its name)…"),
    "palette.theme_dark": ("深色", "dark"),
    "palette.theme_light": ("浅色", "light"),
    "palette.article": ("文章", "article"),
    "palette.article_help": ("{issue} 第 {number} 篇", "{issue}, article {number}"),
    # Where an article stands, as a person names it (the printed date and number,
    # never its file): the article pane's meta line, `lcreader people NAME`.
    # 第3篇 without spaces: one word, never split at a line's end.
    "article.where": ("{issue} 第{number}篇", "{issue}, article {number}"),
    "notify.last_article": ("已是最后一篇", "This is the last article"),
    "notify.first_article": ("已是第一篇", "This is the first article"),
    "article.number": ("第{number}篇", "article {number}"),
    "palette.page_help": ("打开{kind}页", "open the {kind} page"),
    "page.titles": ("职务年表", "Titles by year"),
    "page.no_titles": ("（名字前没有写职务）", "(no title written before the name)"),
    "page.articles": ("文章（{count}）", "Articles ({count})"),
    "page.building": ("正在整理文章……", "Gathering the articles…"),
    "page.co_mentioned": ("一同提到的人", "Mentioned with"),
    "page.people": ("人物（{count}）", "People ({count})"),
    "page.level": ("级别：{level}", "Level: {level}"),
    "page.aliases": ("别名：{aliases}", "Aliases: {aliases}"),
    "page.back": ("Esc 返回 · Enter 打开文章", "escape returns · enter opens an article"),
    # Textual's own palette entries
    "palette.theme.title": ("主题（配色）", "Theme"),
    "palette.theme.help": ("更换阅读器的配色主题", "Change the current theme"),
    "palette.quit.title": ("退出", "Quit"),
    "palette.quit.help": ("立即退出阅读器", "Quit the application as soon as possible"),
    "palette.keys.title": ("按键", "Keys"),
    "palette.keys.help": ("显示或隐藏当前部件的按键说明", "Show or hide help for the focused widget and its keys"),
    "palette.maximize.title": ("最大化", "Maximize"),
    "palette.maximize.help": ("把当前部件放大到整个窗口", "Maximize the focused widget"),
    "palette.minimize.title": ("还原", "Minimize"),
    "palette.minimize.help": ("把放大的部件还原", "Minimize the widget and restore to normal size"),
    "palette.screenshot.title": ("截图", "Screenshot"),
    "palette.screenshot.help": ("把当前屏幕保存为 SVG 截图", "Save an SVG 'screenshot' of the current screen"),
    # argparse's own errors (their %-fields are filled by argparse)
    "argparse.unrecognized": ("无法识别的参数：%s", "unrecognized arguments: %s"),
    "argparse.required": ("缺少必需的参数：%s", "the following arguments are required: %s"),
    "argparse.argument": ("参数 %(argument_name)s：%(message)s", "argument %(argument_name)s: %(message)s"),
    "argparse.choice": ("无效的选择：%(value)r（可选：%(choices)s）", "invalid choice: %(value)r (choose from %(choices)s)"),
    "argparse.one": ("需要一个值", "expected one argument"),
    "argparse.value": ("无效的 %(type)s 值：%(value)r", "invalid %(type)s value: %(value)r"),
    "argparse.ambiguous": ("有歧义的选项：%(option)s 可能是 %(matches)s", "ambiguous option: %(option)s could match %(matches)s"),
    # Files that are not read, and why
    "source.not_regular": ("不是普通文件", "not a regular file"),
    "source.empty": ("空文件", "empty file"),
    "source.bad_bom": ("有字节顺序标记，但不是有效的 {encoding}", "not valid {encoding} after its byte-order mark"),
    "source.binary_nul": ("二进制文件（含 NUL 字节，无字节顺序标记）", "binary file (NUL bytes, no byte-order mark)"),
    "source.not_text": ("不是 UTF-8、UTF-16 或 GB18030 文本", "not UTF-8, UTF-16 or GB18030 text"),
    "source.binary_controls": ("二进制文件（大多是控制字符）", "binary file (mostly control characters)"),
    "source.outside": ("链接到文库文件夹之外的 {target}：未读取（--follow 可读取）", "a link to {target}, out of the library folder: not followed (--follow reads it)"),
    "source.too_large": ("{size} MB，超过 {limit} MB 的上限（--max-file-size）", "{size} MB, over the {limit} MB limit (--max-file-size)"),
    # Safety: files, state and the command line
    "files.not_regular": ("{path} 是{what}，不是普通文件：请移走它或换一个路径", "{path} is {what}, not a regular file: remove it or choose another path"),
    "files.kind.fifo": ("管道（FIFO）", "a FIFO"),
    "files.kind.device": ("设备", "a device"),
    "files.kind.folder": ("文件夹", "a folder"),
    "files.kind.socket": ("套接字", "a socket"),
    "files.kind.other": ("特殊文件", "not a plain file"),
    "files.damaged.magic": ("不是这种文件（第一行不对）", "not a file of this kind (its first line differs)"),
    "files.damaged.header": ("文件头校验失败", "the header fails its checksum"),
    "files.damaged.header_unreadable": ("文件头无法读取", "the header is not readable"),
    "files.damaged.no_sections": ("文件头没有列出各段", "the header lists no sections"),
    "files.damaged.cut_short": ("“{name}”段被截断", "section {name!r} is cut short"),
    "files.damaged.checksum": ("“{name}”段校验失败", "section {name!r} fails its checksum"),
    "files.damaged.json": ("有一段不是有效的 JSON", "a section is not valid JSON"),
    "files.damaged.shape": ("内容的结构不对", "its content has the wrong shape"),
    "cache.unusable": ("缓存 {path} 无法使用（{reason}）：正在重建", "cache {path} is unusable ({reason}): rebuilding"),
    "cache.unreadable": ("无法读取（{error}）", "cannot read it ({error})"),
    "cache.no_version": ("没有版本记录", "no version record"),
    "cache.other_version": (
        "由另一版本写入（格式 {format}，解析器 {parser}；本版本为格式 {our_format}，解析器 {our_parser}）",
        "written by another version (format {format}, parser {parser}; this is format {our_format}, parser {our_parser})",
    ),
    "cache.shard_missing": ("缺少分片 {shard}", "shard {shard} is missing"),
    "cache.bad_entry": ("有一条记录的结构不对", "an entry has the wrong shape"),
    "cache.wrong_shape": ("缓存 {path} 中有结构不对的记录：正在重建", "cache {path} has entries of the wrong shape: rebuilding"),
    "cache.locked": ("缓存 {path} 被锁定或无法写入：本次在内存中工作", "cache {path} is locked or not writable: working from memory"),
    "cache.changed_while_read": ("缓存 {path} 在读取时被改动：请再运行一次", "cache {path} changed while it was read: run it again"),
    "cache.unwritable": ("无法写入缓存 {path}（{error}）：本次在内存中工作", "cannot write cache {path} ({error}): working from memory"),
    "reading.damaged": (
        "阅读记录 {path} 已损坏，已原样改名为同一文件夹中的 {kept}；收藏和已读标记从空白开始",
        "the reading state {path} was damaged: kept as {kept} beside it; bookmarks and read marks start empty",
    ),
    "reading.unreadable": (
        "无法读取阅读记录 {path}（{error}）：不会覆盖它，本次的阅读记录不保存",
        "cannot read the reading state {path} ({error}): it is left alone, and this session's marks are not saved",
    ),
    "reading.data_dir_not_folder": (
        "数据目录 {path} 不是文件夹（--data-dir）",
        "the data dir {path} is not a folder (--data-dir)",
    ),
    "source.too_many_lines": (
        "非空行超过每个文件 {limit} 行的上限（文章太多或太碎，解析会占用过多内存）",
        "more than {limit} lines that are not blank, the limit per file (parsing them would take too much memory)",
    ),
    "cli.empty_path": ("{option} 不能为空：请给出一个文件夹", "{option} must not be empty: give a folder"),
    "cli.query_word": ("搜索词", "WORD"),
    "cli.heading_colon": ("：", ":"),
    "build.parsing": ("正在解析", "parsing"),
    "cli.lang": ("表头等文字的语言（默认：$LCREADER_LANG，否则为中文）", "the language of headers and labels (default: $LCREADER_LANG, else Chinese)"),
    "search.no_such_person": ("没有名为 {name} 的人物", "no person named {name} is known"),
    "search.no_such_dept": ("没有名为 {name} 的部门", "no department named {name} is known"),
    "csv.name": ("姓名", "name"),
    "csv.year": ("年份", "year"),
    "csv.date": ("日期", "date"),
    "csv.number": ("期号", "number"),
    "csv.issue": ("期", "issue"),
    "csv.title": ("职务", "title"),
    "csv.articles": ("本期文章数", "articles"),
    "oserror.ELOOP": ("符号链接层数过多（链接循环？）", "too many levels of symbolic links (a link loop?)"),
    "oserror.EACCES": ("没有权限", "permission denied"),
    "oserror.EPERM": ("不允许的操作", "operation not permitted"),
    "oserror.ENOENT": ("文件不存在（已被删除或移走？）", "no such file (removed or moved?)"),
    "oserror.EISDIR": ("是文件夹", "is a folder"),
    "oserror.ENOTDIR": ("路径中有一部分不是文件夹", "a part of the path is not a folder"),
    "oserror.ENOSPC": ("磁盘已满", "no space left on the disk"),
    "oserror.EDQUOT": ("超出磁盘配额", "disk quota exceeded"),
    "oserror.EROFS": ("只读文件系统", "read-only file system"),
    "oserror.ENAMETOOLONG": ("文件名太长", "file name too long"),
    "oserror.EIO": ("输入/输出错误（磁盘或网络文件系统出错？）", "input/output error (a failing disk or network file system?)"),
    "oserror.EMFILE": ("打开的文件太多", "too many open files"),
    "oserror.ENFILE": ("系统打开的文件太多", "too many open files in the system"),
    "oserror.EBUSY": ("设备或资源忙", "device or resource busy"),
    "oserror.ENXIO": ("没有这个设备或地址", "no such device or address"),
    "oserror.ENODEV": ("没有这个设备", "no such device"),
    "oserror.EAGAIN": ("资源暂时不可用", "resource temporarily unavailable"),
    "oserror.EFBIG": ("文件太大", "file too large"),
    "oserror.ESTALE": ("网络文件系统的文件句柄已失效", "stale file handle (network file system)"),
    "oserror.EEXIST": ("文件已存在", "file exists"),
    "oserror.ETXTBSY": ("文件正忙", "text file busy"),
    # Doctor: what the parser guessed or found suspicious (model.Note codes)
    "note.article": ("第 {article} 篇（{title}）：{text}", "article {article} ({title}): {text}"),
    "note.headline_after_body": ("标题印在正文之后，已归还本篇：{detail}", "headline found after the article's own byline: {detail}"),
    "note.caption_read_as_paragraph": ("像图片说明的短行被读作段落开头：{detail}", "caption-like line read as the start of a paragraph: {detail}"),
    "note.paragraph_unpunctuated": ("段落结尾没有标点：{detail}", "paragraph ends without closing punctuation: {detail}"),
    "note.no_byline": ("没有署名", "no byline"),
    "note.title_inferred": ("没有找到标题，取正文开头作标题", "no headline found; title made from the first words of the body"),
    "note.short_line_as_title": ("标题上方的短行被读作标题（也可能是引题）：{detail}", "a short line over the headline read as its title (or a kicker?): {detail}"),
    "note.lone_heading": (
        "文中只有一个小标题，可能是另一篇的标题：{detail}",
        "the only heading inside may be another article's headline: {detail}",
    ),
    "note.title_in_body": ("正文里有像标题的行：{detail}", "title-like line inside the body: {detail}"),
    "note.credit_in_paragraph": ("段落里夹着带摄影署名的图片说明：{detail}", "a photo caption with its credit inside a paragraph: {detail}"),
    "note.long_article": ("文章很长（{detail} 字），是否两篇连在了一起？", "very long article ({detail} characters): two articles run together?"),
    "note.lead_in_body": ("正文中间又出现导语，是否另一篇文章？{detail}", "a news lead inside the body, another article? {detail}"),
    "note.caption_or_headline": ("图片说明，还是另一篇文章的标题？{detail}", "caption or the headline of another article? {detail}"),
    "note.unknown_author": ("署名作者不像人名：{detail}", "byline author that is not a known name: {detail}"),
    "note.kicker_of_previous": ("引题，还是上一篇文章的标题？{detail}", "kicker or the headline of the article before? {detail}"),
    "note.repeated_line": ("这一行在多页重复出现（页眉？）：{detail}", "line repeated on several pages (a page header?): {detail}"),
    "note.year_unknown": ("无法推断年份：没有明显最常提到的年份", "year not inferred: no year is clearly the most mentioned"),
    # Parser: what each line became and why (doctor --explain, the structure view)
    "note.correction_stale": ("一条结构更正找不到它的那一行，未使用：{detail}", "a structure correction whose line is gone was not applied: {detail}"),
    "note.corrections_malformed": ("结构更正文件无法读取，已忽略：{detail}", "the corrections file cannot be read and is ignored: {detail}"),
    "corrections.malformed": ("结构更正文件 {path} 无法读取，已忽略：{reason}", "corrections file {path} cannot be read and is ignored: {reason}"),
    "corrections.too_large": ("文件过大", "file too large"),
    "corrections.unwritable": ("无法写入结构更正文件：{path}", "cannot write the corrections file: {path}"),
    "rule.user.title": ("用户更正：标题", "the user's correction: title"),
    "rule.user.kicker": ("用户更正：引题", "the user's correction: kicker"),
    "rule.user.subtitle": ("用户更正：副题", "the user's correction: subtitle"),
    "rule.user.paragraph": ("用户更正：段落", "the user's correction: paragraph"),
    "rule.user.caption": ("用户更正：图片说明", "the user's correction: caption"),
    "rule.user.furniture": ("用户更正：版面", "the user's correction: furniture"),
    "rule.user.split": ("用户更正：从这一行起另成一篇", "the user's correction: a new article starts here"),
    "rule.user.join": ("用户更正：并入上一篇", "the user's correction: joined to the article before"),
    "rule.user.byline": ("用户更正：署名", "the user's correction: byline"),
    "rule.user.demoted": ("另一行被更正为同一角色，这一行改作段落", "another line was given this role: this one is a paragraph"),
    "cli.fix": ("列出、添加或删除一个文件的结构更正", "list, add or remove a file's structure corrections"),
    "cli.fix_file": ("简报文件（路径，或文库里的文件名）", "the bulletin file (a path, or a file name in the library)"),
    "cli.fix_line": ("要更正的行号（见 doctor --explain）", "the line to correct (see doctor --explain)"),
    "cli.fix_as": ("更正为：title 标题、kicker 引题、subtitle 副题、paragraph 段落、caption 图片说明、furniture 版面、split 从此行另起一篇、join 并入上一篇、byline 署名（配 --author/--department）", "correct it as: title, kicker, subtitle, paragraph, caption, furniture, split (a new article starts here), join (to the article before), byline (with --author/--department)"),
    "cli.fix_author": ("署名的作者（--as byline）", "the byline's author (--as byline)"),
    "cli.fix_department": ("署名的部门（--as byline）", "the byline's department (--as byline)"),
    "cli.fix_remove": ("删除第 N 条更正（见列表）", "remove correction N (see the list)"),
    "fix.where": ("结构更正文件：{path}", "corrections file: {path}"),
    "fix.none": ("（还没有更正）", "(no corrections yet)"),
    "fix.item": ("第 {line} 行　{op}　{text}", "line {line}  {op}  {text}"),
    "fix.stale": ("　（找不到这一行，未使用）", "  (line not found: not applied)"),
    "fix.added": ("已记下：第 {line} 行 {op}。保存在 {where}", "noted: line {line} as {op}. Kept in {where}"),
    "fix.removed": ("已删除第 {number} 条更正。保存在 {where}", "removed correction {number}. Kept in {where}"),
    "fix.no_such": ("没有第 {number} 条更正（见 lcreader fix FILE）", "there is no correction {number} (see lcreader fix FILE)"),
    "fix.needs_as": ("请用 --as 说明要更正成什么", "say with --as what the line is"),
    "fix.needs_byline": ("--as byline 需要 --author 或 --department", "--as byline needs --author or --department"),
    "fix.bad_line": ("第 {line} 行不存在或是空行", "line {line} does not exist or is blank"),
    "fix.op.title": ("标题", "title"),
    "fix.op.kicker": ("引题", "kicker"),
    "fix.op.subtitle": ("副题", "subtitle"),
    "fix.op.paragraph": ("段落", "paragraph"),
    "fix.op.caption": ("图片说明", "caption"),
    "fix.op.furniture": ("版面", "furniture"),
    "fix.op.split": ("另起一篇", "split"),
    "fix.op.join": ("并入上一篇", "join"),
    "fix.op.byline": ("署名", "byline"),
    "doctor.suggest": ("建议更正：{command}", "suggested fix: {command}"),
    "key.structure": ("结构：查看并更正本篇的版面结构", "Structure: see and correct the article's layout"),
    "key.fix_split": ("从此行另起一篇", "Split here"),
    "key.fix_join": ("并入上一篇", "Join to previous"),
    "key.fix_title": ("设为标题", "Title"),
    "key.fix_kicker": ("设为引题", "Kicker"),
    "key.fix_subtitle": ("设为副题", "Subtitle"),
    "key.fix_paragraph": ("设为段落", "Paragraph"),
    "key.fix_caption": ("设为图片说明", "Caption"),
    "key.fix_furniture": ("设为版面（非正文）", "Furniture"),
    "key.fix_byline": ("修改署名的作者和部门", "Edit the byline's author and department"),
    "key.fix_undo": ("撤销上一步更正", "Undo"),
    "key.cancel": ("取消", "Cancel"),
    "help.structure": ("结构视图（在文章上按 e）", "Structure view (e on an article)"),
    "structure.heading": ("结构：{title}　（{source}，第 {article} 篇）", "Structure: {title}  ({source}, article {article})"),
    "structure.file_beside": ("更正保存在简报旁的 {path}", "corrections kept beside the bulletin, in {path}"),
    "structure.file": ("更正保存在：{path}", "corrections kept in: {path}"),
    "structure.unavailable": ("这篇文章的源文件无法打开，不能更正结构", "the article's source file cannot be opened: its structure cannot be corrected"),
    "structure.unreadable": ("这一期的源文件已无法读取，不能更正结构：{error}", "the issue's source file cannot be read now: its structure cannot be corrected: {error}"),
    "structure.other_article": ("第 {article} 篇", "article {article}"),
    "structure.saved": ("已更正：第 {line} 行 {op}", "corrected: line {line} as {op}"),
    "structure.undone": ("已撤销：第 {line} 行 {op}", "undone: line {line} as {op}"),
    "structure.nothing_to_undo": ("没有可撤销的更正", "nothing to undo"),
    "structure.not_applied": ("这一更正无法用在这一行（例如第一篇不能并入上一篇）", "this correction does not apply to this line (the first article cannot be joined to one before)"),
    "structure.marks_moved": ("收藏随文章移到：{titles}", "bookmarks moved with their articles: {titles}"),
    "byline.heading": ("修改署名（第 {line} 行）", "Edit the byline (line {line})"),
    "byline.author": ("作者", "author"),
    "byline.department": ("部门", "department"),
    "byline.hint": ("回车保存，Esc 取消", "Enter saves, Esc cancels"),
    "role.kicker": ("引题", "kicker"),
    "role.title": ("标题", "title"),
    "role.subtitle": ("副题", "subtitle"),
    "role.paragraph": ("段落", "paragraph"),
    "role.continuation": ("续行", "continued"),
    "role.line": ("独立行", "line"),
    "role.intertitle": ("小标题", "intertitle"),
    "role.caption": ("图片说明", "caption"),
    "role.byline": ("署名", "byline"),
    "role.meta": ("标注", "label"),
    "role.furniture": ("版面", "furniture"),
    "rule.title.marks": ("# 号最少的标题行", "the heading with the fewest # marks"),
    "rule.title.over_dash": ("“——副题”上面的一行", "the line over a ——subtitle"),
    "rule.title.first": ("标题区的第一行标题", "the first headline line of the block"),
    "rule.title.wrapped": ("标题转行的后半", "the rest of a headline wrapped in its column"),
    "rule.kicker.first_of_three": ("三行标题的第一行", "the first of three headline lines"),
    "rule.title.middle_of_three": ("三行标题的中间一行", "the middle of three headline lines"),
    "rule.kicker.theme": ("主题句在事件标题之上", "a theme over an event headline"),
    "rule.title.event": ("主题句下面的事件标题", "the event headline under a theme"),
    "rule.kicker.banner": ("标题上方的栏目名（【为老服务】）", "a banner over the headline (【为老服务】)"),
    "rule.kicker.above": ("紧挨标题上方的一行", "the line right above the title"),
    "rule.subtitle.below": ("紧挨标题下方的一行", "the line right below the title"),
    "rule.caption.headline_block": ("标题区里隔着图片空白的短行", "a short line of the headline block set apart by a picture gap"),
    "rule.title.after_body": ("印在正文之后的标题，归还上一篇", "a headline printed after its article's body"),
    "rule.caption.photo_block": ("正文之后、没有正文跟随的短行", "short lines after a body, with no body of their own"),
    "rule.caption.form": ("图片说明的写法（图为…、…摄）", "a caption by its form (图为…, … 摄)"),
    "rule.caption.position": ("带方位标记（左三）", "a position mark such as (左三)"),
    "rule.caption.wide_gap": ("前面空了两行以上（图片位置）", "after a wide gap (a picture's place)"),
    "rule.caption.inset": ("夹在断开的句子中间", "set apart inside a cut sentence"),
    "rule.line.no_paragraph": ("无法归类的短行，按原样留作正文一行", "a short line no rule could place: kept as a line of the text"),
    "rule.line.headline_block": ("标题区里不是标题、也不像图片说明的行，留作正文", "a line of the headline block that is neither headline nor caption: kept as text"),
    "rule.line.row": ("表格的一行或一行人名", "a table row or a line of names"),
    "rule.line.verse": ("诗歌的一行", "a line of verse"),
    "rule.line.after_short": ("上一行没排满就断了，这一行另起", "the line before stopped short: this one stands alone"),
    "rule.paragraph.after_short": ("上一行没排满，段落已经结束", "the line before stopped short: its paragraph ended"),
    "rule.paragraph.indent": ("段首缩进，另起一段", "indented: a new paragraph"),
    "rule.line.after_body": ("正文之后的短行，不像图片说明，留作正文", "a short line after the body that is no caption: kept as text"),
    "rule.intertitle.short": ("段落之间单独一行的短语（小标题）", "a short phrase alone between paragraphs (an intertitle)"),
    "rule.line.roll": ("名单的一行，每个名字一行", "a row of a roll: each entry a line of its own"),
    "rule.intertitle.roll": ("名单一部分的标题（某某（10名））", "the head of a part of a roll (what is listed and how many)"),
    "rule.line.field": ("“项目：内容”一行（办理地点：…）", "a labelled field (办理地点：…)"),
    "rule.intertitle.label": ("一两个词的标签（居民来信、记者手记）", "a label of a word or two (居民来信, 记者手记)"),
    "rule.intertitle": ("小标题的写法（一、…）", "an intertitle by its form (一、…)"),
    "rule.paragraph.list": ("列表项", "a list item"),
    "rule.continuation.open": ("上一行没有句末标点，接着写", "the line before ends without closing punctuation"),
    "rule.continuation.speaker": ("引语后的说话人", "a quote's speaker"),
    "rule.continuation.runs_on": ("段首缩进的排版里不缩进的行", "unindented where indents begin paragraphs"),
    "rule.paragraph": ("新段落", "a new paragraph"),
    "rule.paragraph.leads_to_prose": ("短行后面接着正文", "a short line that leads into prose"),
    "rule.meta.label": ("标注行（责任编辑：…）", "a label line (责任编辑：…)"),
    "rule.meta.date": ("落款日期", "the date under a signature"),
    "rule.byline.signature": ("落款（靠右的署名单位或姓名）", "a signature set flush right"),
    "rule.meta.jump": ("转版标记（下转第4版、上接第1版）", "a jump marker (下转第4版, 上接第1版)"),
    "rule.meta.jump_title": ("转版后接续部分上方的标题", "the headline over the rest of a jumped article"),
    "rule.byline.credit": ("署名行（记者 …）", "a credit line (记者 …)"),
    "rule.byline.line": ("括号里的署名（部门、姓名）", "a bracketed byline (department name)"),
    "rule.byline.photo_credit": ("图片说明下的摄影署名，正文接着写", "the pictures' credit under their captions; the text goes on"),
    "rule.kicker.column": ("标题上方的栏目名（街坊榜样……）", "the column's name over the headline (街坊榜样 …)"),
    "rule.byline.bare_name": (
        "标题下单独一行的人名：作者",
        "a name alone under the headline: the author",
    ),
    "rule.furniture.page": ("版次行", "names a page"),
    "rule.furniture.date": ("只有日期", "only a date"),
    "rule.furniture.date_number": ("日期和期号", "a date and an issue number"),
    "rule.furniture.repeated_date": ("多页重复、含日期", "repeated on pages, with a date"),
    "rule.furniture.masthead_number": ("报名旁的期号", "an issue number beside the paper's name"),
    "rule.furniture.repeated_number": ("多页重复、含期号", "repeated on pages, with an issue number"),
    "rule.furniture.name": ("页眉页脚旁重复的报名", "the paper's name beside page lines"),
    "rule.furniture.pieces": ("只有日期、期号、版次和报名", "only a date, an issue number, a page and the paper's name"),
    "rule.furniture.masthead": ("报头（主办、编印、地址、电话、公众号……）", "the masthead (主办, 编印, address, phone, 公众号 …)"),
    "rule.furniture.section_number": ("栏目编号（01、02……）", "a section's number (01, 02 …)"),
    "rule.furniture.after_end": ("结束标记（END）及其后的附注", "the end mark (END) and what follows it"),
    "rule.furniture.above_masthead": ("报头之上的短行（推送标题、账号……）", "short lines above the masthead (a post's title, account …)"),
    "rule.furniture.editors": ("版面编辑行（本版编辑、美编……）", "a page's editors (本版编辑, 美编 …)"),
    "rule.furniture.section_head": ("标题上方的栏目名（简讯……）", "a section's head over a headline (简讯 …)"),
    "rule.furniture.repeated": ("同一短行反复出现（网页导航等）", "a short line printed again and again (navigation)"),
    "rule.furniture.navigation": ("网站或应用的菜单（首页 | 往期回顾 …）", "a site's menu (首页 | 往期回顾 …)"),
    "rule.furniture.page_header": ("页眉：版次、日期和报名、栏目名", "a page header: page number, date, the paper's and section's names"),
    "rule.title.export_field": ("导出稿的【标题】", "an export's 【标题】 field"),
    "rule.kicker.export_field": ("导出稿的【引题】", "an export's 【引题】 field"),
    "rule.subtitle.export_field": ("导出稿的【副标题】", "an export's 【副标题】 field"),
    "rule.furniture.export_label": ("导出稿的版次或空栏目（【版次】、【正文】……）", "an export's page or empty field (【版次】, 【正文】 …)"),
    "rule.title.listed": ("目录里列出的标题", "the headline a contents list names"),
    "rule.furniture.rule": ("横线：版面上的分隔线", "a printed rule across the page"),
    "rule.furniture.distribution": ("报送范围（报：、送：、发：）", "whom the issue went to (报：, 送：, 发：)"),
    "rule.meta.headline_date": ("标题下括号里的日期：讲话或文件的日期", "a bracketed date under the headline: the day of the speech or document"),
    "rule.byline.speaker": ("标题下“职务　姓名”：讲话人", "titles and a name under the headline: the speaker"),
    "rule.furniture.contents": ("目录：列出后面的标题", "a contents list naming the headlines that follow"),
    "rule.furniture.banner": ("页眉里的栏目名", "a section banner in the page's header"),
    "cli.explain": ("逐行说明一个简报文件：每行成了什么（标题、段落、图片说明……）、属于第几篇、依据哪条规则", "explain one bulletin file line by line: what each line became, in which article, by which rule"),
    "explain.header": ("{source}：每一行的去处和依据", "{source}: where each line went, and why"),
    "explain.article": ("第{article}篇", "article {article}"),
    "explain.attached": ("另含署名：{byline}", "also a byline: {byline}"),
    "explain.not_found": ("找不到简报文件：{path}", "no such bulletin file: {path}"),
    # Research: compile, charts, pinyin, synonyms
    "cli.exact": ("只找输入的写法：不扩展同义词和拼音（单个词前加 = 亦可，如 =统战）", "match the words as typed: no synonyms, no pinyin (or = before one word: =统战)"),
    "search.through": ("经{via}匹配：{forms}", "matched through {via}: {forms}"),
    "via.synonym": ("同义词", "a synonym"),
    "via.pinyin": ("拼音", "pinyin"),
    "synonyms.ignored": ("同义词文件 {path} 未采用：{reason}", "synonyms file {path} not used: {reason}"),
    "synonyms.bad_form": ("第 {line} 行的“{form}”不是词", "line {line}: {form!r} is not a word"),
    "synonyms.lone_form": ("第 {line} 行只有一个词“{form}”，一行须写两个或更多同义的写法", "line {line} has one form, {form!r}: a line lists two or more forms that mean the same"),
    "synonyms.too_large": ("超过 {limit} KB，不像同义词表", "over {limit} KB: not a synonyms table"),
    "cli.by": ("不列文章，改为按年（year）或按月（month）画出命中文章数的条形图；与 --json 同用时输出各期数目", "instead of the hits, a bar chart of how many articles match per year or month; with --json, the counts"),
    "chart.heading.year": ("“{query}”按年份的命中文章数（共 {total} 篇）", "Articles matching {query!r} per year ({total} in all)"),
    "chart.heading.month": ("“{query}”按月份的命中文章数（共 {total} 篇）", "Articles matching {query!r} per month ({total} in all)"),
    "chart.year": ("{year}年", "{year}"),
    "chart.month": ("{year}年{month}月", "{year}-{month:02d}"),
    "chart.month_unknown": ("{year}年（月份不详）", "{year} (month unknown)"),
    "cli.compile": ("把搜到的文章（或收藏、某一期）汇编成一个 Word、Markdown 或 HTML 文档", "compile the matching articles (or the bookmarks, or an issue) into one Word, Markdown or HTML document"),
    "cli.compile_query": ("要汇编的文章：{forms}（可省略，如用 --bookmarks 或 --issue）", "the articles to compile: {forms} (may be left out with --bookmarks or --issue)"),
    "cli.compile_format": ("docx：Word 文档（默认）；md：Markdown；html：一个可在浏览器中打印的网页", "docx: a Word document (the default); md: Markdown; html: one page to print from a browser"),
    "cli.compile_output": ("写入的文件（不给则写到标准输出；docx 不会写到终端上，可重定向：> 文件.docx）", "the file to write (standard output without it; a docx is never written to a terminal, redirect it: > NAME.docx)"),
    "cli.compile_force": ("文件已存在时覆盖它（默认：不覆盖，报错）", "replace the file if it exists (default: refuse)"),
    "cli.compile_bookmarks": ("汇编阅读器中收藏的文章", "compile the articles bookmarked in the reader"),
    "cli.compile_issue": ("汇编这一期的文章（期号或其一部分）", "compile the articles of this issue (its id, or part of it)"),
    "compile.nothing": ("要汇编什么？请给出检索词、--person、--dept、--year、--bookmarks 或 --issue", "compile what? Give query words, --person, --dept, --year, --bookmarks or --issue"),
    "compile.none": ("没有可汇编的文章", "no articles to compile"),
    "compile.needs_output": ("Word 文档要写入文件：请用 -o 文件名.docx", "a Word document goes to a file: give -o NAME.docx"),
    "compile.exists": ("{path} 已存在，未覆盖（--force 可覆盖）", "{path} exists and was not replaced (--force replaces it)"),
    "compile.no_folder": ("文件夹 {path} 不存在", "folder {path} does not exist"),
    "compile.cannot_write": ("无法写入 {path}：{error}", "cannot write {path}: {error}"),
    "compile.no_issue": ("没有这一期：{wanted}", "no such issue: {wanted}"),
    "compile.written": ("已写入 {path}（{count} 篇文章）", "wrote {path} ({count:article|articles})"),
    "compile.title": ("文章汇编", "Compiled articles"),
    "compile.contents": ("目录", "Contents"),
    "compile.toc_hint": ("（目录：在 Word 中按 F9 或右击选“更新域”即可生成页码）", "(Contents: press F9 or right-click and update the field in Word for page numbers)"),
    "compile.cover": ("检索：{heading} · {date} · 共 {count} 篇", "Query: {heading} · {date} · {count:article|articles}"),
    "compile.date": ("{year}年{month}月{day}日", "{year}-{month:02d}-{day:02d}"),
    "compile.bookmarks": ("收藏", "bookmarks"),
    "compile.html_lang": ("zh-CN", "en"),
    "chart.by_year": ("按年", "by year"),
    "chart.page_heading": ("按年份的文章数", "Articles per year"),
    "compile.command_search": ("汇编：搜索“{query}”的 {count} 篇文章 → Word 文档", "Compile: the {count:article|articles} of the search {query!r} → Word document"),
    "compile.command_bookmarks": ("汇编：收藏的 {count} 篇文章 → Word 文档", "Compile: the {count} bookmarked articles → Word document"),
    "compile.dialog": ("汇编“{heading}”：保存为（.docx Word 文档，.md Markdown，.html 网页）", "Compile {heading!r}: save as (.docx Word, .md Markdown, .html web page)"),
    "compile.dialog_hint": ("Enter 保存，Esc 取消", "Enter saves, escape cancels"),
    "compile.replace": ("{path} 已存在：再按 Enter 覆盖，或改个文件名", "{path} exists: Enter again replaces it, or change the name"),
    "compile.failed": ("无法保存：{error}", "could not save: {error}"),
    "compile.cancel": ("取消", "Cancel"),
    "synonyms.help": ("同义词：统战与统一战线等简称和全称互相匹配（词前加 = 只找原词，如 =统战）；拉丁字母按拼音匹配（tongzhan、tz 找到统战）。办公室自己的同义词写在文库文件夹中的 {name} 或 {config}，每行一组同义的写法，用空格或逗号分隔，# 后为注释。", "Synonyms: abbreviations and full forms such as 统战 and 统一战线 match each other (= before a word matches it alone: =统战); Latin letters match as pinyin (tongzhan and tz find 统战). An office adds its own synonyms in {name} in the library folder or in {config}: one group of equivalent forms per line, separated by spaces or commas, # starts a comment."),
    "help.note_research": ("汇编与图表：命令面板（ctrl+p）中“汇编”把当前搜索结果或收藏写成 Word 文档；搜索栏下方按年显示命中文章数。同义词与拼音：见 lcreader search --help（办公室自己的同义词表为文库文件夹或配置文件夹中的 同义词.conf）。", "Compiling and charts: “Compile” in the command palette (ctrl+p) writes the current search's articles or the bookmarks to a Word document; the search bar shows hits per year under it. Synonyms and pinyin: see lcreader search --help (an office's own synonyms go in 同义词.conf in the library folder or the config folder)."),
}
# fmt: on

_language: str | None = None


def _from_environment() -> str:
    chosen = os.environ.get(LANG_ENV, "").strip().lower()[:2]
    if chosen in LANGUAGES:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


def language() -> str:
    global _language
    if _language is None:
        _language = _from_environment()
    return _language


def set_language(chosen: str | None) -> None:
    """Choose `zh` or `en`; None reads the environment again."""
    global _language
    _language = chosen if chosen in LANGUAGES else None


def note_text(note) -> str:
    """A parser note (model.Note) as a sentence in the current language."""
    text = message(f"note.{note.code}", detail=note.detail)
    if note.article is None:
        return text
    return message("note.article", article=note.article, title=note.title, text=text)


def system_error(err: OSError) -> str:
    """An OS error in the user's language: the OS words it in English (`strerror`)."""
    import errno

    key = f"oserror.{errno.errorcode.get(err.errno or -1, '')}"
    if key in MESSAGES:
        return message(key)
    return err.strerror or str(err)


class _Count(int):
    """A number field that can say its noun: `{count:article|articles}` gives `1 article`
    or `2 articles` (English needs it; Chinese writes `{count} 篇`)."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        if "|" in spec:
            one, many = spec.split("|", 1)
            return f"{int(self)} {one if self == 1 else many}"
        return int.__format__(int(self), spec)


def message(key: str, **fields: object) -> str:
    """The message in the current language, with its fields filled in."""
    text = MESSAGES[key][LANGUAGES.index(language())]
    if not fields:
        return text
    counted = {k: _Count(v) if type(v) is int else v for k, v in fields.items()}
    return text.format(**counted)
