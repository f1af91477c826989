"""Drafts: a law's draft is not the law. 《个人信息保护法（草案）》第二十九条, 反家庭暴力法草案 ⏎
第二十三条 …, 《公司法(修订草案)》, …条例(草案) ⏎ (征求意见稿), 草案第二十三条 cite the draft's
articles, whose numbers are not those of the law enacted after it.

In:  the text (simplified characters), its law events in text order as the extractor finds them
     (``(start, end, "law", Law)``, ``(start, end, "run", match)`` …) and the law-name table; for
     :func:`is_draft`, a law's title.
Out: :func:`drafted` → the events with every law named as a draft (a note such as （草案）, 修订草案,
     草案二次审议稿, 修正草案·二审稿, 征求意见稿, 送审稿 inside its title, right after it, or on the line
     under a title line, bracketed or not) named as the draft: the law's full title and the notes in full-width brackets
     (中华人民共和国个人信息保护法（草案）), its span taking in a note printed after it; and a
     bare 草案/征求意见稿/送审稿 right before article numbers made the last draft named before it
     (or no law, when none was: never the law in force). :func:`is_draft`: whether a title names a
     draft (the resolver links no article of one).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .names import LawNames
from .records import Law
from .text import compiled

#: The words that name a draft: 草案, 修订草案, 草案二次审议稿, 修正草案·二审稿, 草案修改二稿, 征求意见稿,
#: 送审稿, 建议稿.
_WORD = (r"(?:(?:修订|修正)?草案(?:[·・]?(?:[一二三四五六七八九十]次审议稿|[一二三四五六七八九十]审稿|审议稿|征求意见稿"
         r"|送审稿|修改[一二三四五六七八九十]?稿|建议稿))?"
         r"|征求意见稿|送审稿|审议稿|建议稿)")
#: A draft's note, in brackets or not; one pair of brackets may hold two (（草案修改二稿 征求意见稿）).
_NOTE = rf"(?:[（(][ \t\u3000]*{_WORD}(?:[ \t\u3000]*{_WORD})*[ \t\u3000]*[)）]|{_WORD})"
#: The notes ending a title: 个人信息保护法（草案）, 江苏省…条例(草案)(征求意见稿), 民法典草案.
_ENDING = compiled(rf"(?:[ \t\u3000]*{_NOTE})+$")
#: Right after a law named (《民法典》（草案）, 反家庭暴力法草案, 刑法修正案(十二)(草案)): an amendment named
#: with its number, then the notes, on the same line.
_AFTER = compiled(rf"(?P<amendment>修正案(?:[（(][一二三四五六七八九十]{{1,3}}[)）])?)?(?P<notes>(?:[ \t\u3000]*{_NOTE})+)")
#: The notes on a line of their own under a title printed alone on its line (《X》 ⏎ （修正草案·二审稿）).
_UNDER = compiled(rf"[ \t\u3000]*\n\s*(?P<notes>[（(][ \t\u3000]*{_WORD}(?:[ \t\u3000]*{_WORD})*[ \t\u3000]*[)）])"
                  r"[ \t\u3000]*(?=\n|$)")
#: One note of several.
_ONE = compiled(_WORD)
#: A draft named by what it is, right before article numbers: 草案第二十三条, 征求意见稿第279条.
_BACK = compiled(rf"{_WORD}[ \t\u3000]*$")
#: The name a text gives a draft right after its title: (以下简称"《征求意见稿》"), （下称《草案》）.
_DEFINED = compiled(rf"[ \t\u3000]*[（(](?:以下简称|以下称|下文简称|下称|简称)[:：]?[ \t\u3000]*[“\"]?《?(?P<word>{_WORD})》?[”\"]?[)）]")


def is_draft(title: str | None) -> bool:
    """Whether ``title`` names a draft (ends with 草案, （征求意见稿）, (送审稿) …)."""
    return bool(title) and _ENDING.search(title) is not None


def draft_name(base: str, notes: str, names: LawNames, amendment: str = "") -> str:
    """The name of the draft of ``base`` (a law's name as printed or its full title) that ``notes``
    name: the law's full title when the table knows it, an amendment printed after it, and each
    note in full-width brackets (中华人民共和国公司法（修订草案）)."""
    base = re.sub(r"\s+", "", base).replace("(", "（").replace(")", "）")
    laws = names.lookup(base) if base else ()
    full = laws[0] if len(laws) == 1 else base
    amendment = amendment.replace("(", "（").replace(")", "）")
    return full + amendment + "".join(f"（{m.group()}）" for m in _ONE.finditer(notes))


def _named(text: str, law: Law, names: LawNames) -> Law | None:
    """``law`` named as a draft, or None when nothing printed names a draft of it: notes ending
    its title (as printed, or with the note line under a title line) and notes printed right after it."""
    printed = re.sub(r"\s+", "", law.written.strip("《》"))
    title = law.law if law.law and _ENDING.search(law.law) else printed
    inside = _ENDING.search(title)
    after = _AFTER.match(text, law.end)
    under = None
    if after is None and law.written.startswith("《") and _alone(text, law.start):
        under = _UNDER.match(text, law.end)  # 《X》 ⏎ （修正草案·二审稿）: a title line and its note line
    if inside is None and after is None and under is None:
        return None
    base = title[:inside.start()] if inside is not None else law.law or printed
    if not base or _BACK.fullmatch(base):
        return None
    notes = (inside.group() if inside is not None else "") + (after.group("notes") if after is not None else "") \
        + (under.group("notes") if under is not None else "")
    name = draft_name(base, notes, names, after.group("amendment") or "" if after is not None else "")
    end = after.end() if after is not None else law.end
    return replace(law, end=end, written=text[law.start:end], law=name, form="unknown", candidates=(),
                   lawlike=True, as_of=None, year=None)


def _alone(text: str, start: int) -> bool:
    """Whether only spaces stand between the line's start and ``start``."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip(" \t\u3000")


def _as_bracketed(law: Law, bracketed: set[str]) -> Law:
    """``law`` (a draft) named as the text names it in brackets, where that name is its own
    without the notes ending it."""
    if law.written.startswith("《"):
        return law
    for name in bracketed:
        if len(name) < len(law.law or "") and (law.law or "").startswith(name) \
                and _ENDING.fullmatch(law.law or "", len(name)):
            return replace(law, law=name)
    return law


def drafted(text: str, events: list[tuple[int, int, str, Any]], names: LawNames) -> list[tuple[int, int, str, Any]]:
    """``events`` (in text order) with the laws named as drafts named so, and a 草案 printed right
    before article numbers made the last draft's (see the module docstring)."""
    if "草案" not in text and "稿" not in text:
        return events
    named = [(id(obj), law) for _start, _end, kind, obj in events
             if kind == "law" and obj.form != "backref" and (law := _named(text, obj, names)) is not None]
    # a draft the text names in brackets (《…条例(草案)》) is that draft, whatever note a line printing its
    # title adds to it (…条例(草案) ⏎ (征求意见稿): the label of the copy put out for comment)
    bracketed = {law.law for _key, law in named if law.written.startswith("《")}
    named = [(key, _as_bracketed(law, bracketed)) for key, law in named]
    # the drafts the text names by what they are (以下简称《征求意见稿》): the name means that draft, also
    # where the text uses it before defining it (in its contents)
    defined = {m.group("word"): law.law for _start, law in named if (m := _DEFINED.match(text, law.end))}
    drafts = dict(named)
    out: list[tuple[int, int, str, Any]] = []
    last: str | None = None  # the last draft named
    for start, end, kind, obj in events:
        if kind == "law" and obj.form != "backref":
            law = drafts.get(id(obj))
            if law is not None:
                last = law.law
                out.append((start, law.end, kind, law))
                continue
            word = obj.written.strip("《》").strip()
            if obj.form == "unknown" and not obj.lawlike and _BACK.fullmatch(word):
                # 《征求意见稿》第43条: the draft the text gives that name, else the last draft named, else none
                out.append((start, end, kind, replace(obj, law=defined.get(word, last), lawlike=True)))
                continue
        elif kind == "run" and (back := _BACK.search(text, max(0, start - 12), start)) is not None \
                and not (out and out[-1][2] == "law" and out[-1][1] > back.start()):
            word = back.group().strip()
            out.append((back.start(), back.start() + len(word), "law",
                        Law(back.start(), back.start() + len(word), word, last, "unknown")))
        out.append((start, end, kind, obj))
    return out
