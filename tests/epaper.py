"""E-paper and Word fixtures written for the tests: a newspaper page laid out in
columns as a PDF (reportlab, built-in Chinese CID font), the same page as plain
page text, a scanned-like PDF, a multi-page PDF, and Word files (python-docx);
and a broadsheet edition (:func:`broadsheet_pdf`: five columns, 7,000-9,000
characters a page) set from the articles of page files such as the bundled
corpus (:func:`corpus_stories`), in the built-in font or an embedded TrueType one.

Nothing here but the broadsheet's stories is newspaper text; every builder writes
into a folder (or file) it is given.

What these fixtures cannot show of real e-papers: reportlab's built-in CID font
always maps glyphs to Unicode and is not embedded (real pages embed subset fonts;
one lacking a ToUnicode map is imitated by a hand-written Type 3 font,
:func:`unmapped_font_pdf`, reported as an unreadable text layer); it draws
each line in one piece in reading order (typesetting systems often place glyphs one
by one, in any order: the reader sorts by position, untested on such files); bold is
faked here only by drawing twice, not by stroke (text render mode 2), and there is
no vertical text, rotated page or headline set as a picture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

FONT = "STSong-Light"
PAGE_W, PAGE_H = 595.0, 842.0
MARGIN = 40.0
GUTTER = 20.0
BODY = 10.0  # body font size
HEAD = 20.0  # headline font size
SUBHEAD = 14.0  # a smaller headline
MAST = 28.0  # the paper's name
COL_W = (PAGE_W - 2 * MARGIN - GUTTER) / 2

MASTHEAD = ("人民法院报", "2024年3月15日 星期五 第4版 执行")

#: The page's articles: (headline, [(kind, text)]) with kinds
#: "p" (a paragraph), "h" (a section heading), "cap" (a caption), "credit", "jump".
ARTICLE_A = ("湖南法院推进执行攻坚", [
    ("p", "本报讯（记者 张三 通讯员 李四）3月14日，湖南省高级人民法院召开全省法院执行工作会议，总结去年执行工作，部署今年重点任务。"),
    ("p", "会议指出，去年全省法院共执结各类案件三十五万件，执行到位金额八百五十亿元，执行质效持续向好。全省法院坚持善意文明执行理念，依法保护当事人合法权益。"),
    ("h", "强化联动机制"),
    ("p", "会议要求，各级法院要加强与公安、自然资源、金融等部门的协作，完善网络查控体系，提升财产查控效率。对规避执行、抗拒执行的行为依法惩戒，形成强大震慑。"),
    ("h", "推进智慧执行"),
    ("p", "会议强调，要持续推进执行信息化建设，让数据多跑路、群众少跑腿，切实解决人民群众急难愁盼问题。"),
])
ARTICLE_B = ("长沙中院发布涉企执行典型案例", [
    ("p", "本报讯（记者 王五）近日，长沙市中级人民法院发布十起涉企执行典型案例，涵盖财产处置、善意执行、失信惩戒等方面。"),
    ("p", "据介绍，这批案例充分体现了人民法院依法平等保护各类市场主体的司法理念，对优化法治化营商环境具有示范意义。"),
    ("jump", "（下转第5版）"),
])
ARTICLE_C = ("常德法院集中发放执行案款", [
    ("p", "本报讯（通讯员 赵六）3月12日，常德市武陵区人民法院举行执行案款集中发放仪式，向二十名申请执行人发放案款一千二百万元。"),
    ("p", "申请执行人代表表示，法院执行干警不辞辛劳，让胜诉权益及时兑现，感谢人民法院的辛勤付出。"),
    ("cap", "▲执行干警向申请执行人发放案款。"),
    ("credit", "陈七 摄"),
])

#: In reading order: A under its headline across both columns (the left column, then
#: the top of the right one), then the rest of the left column (C), then of the right (B).
ARTICLES = (ARTICLE_A, ARTICLE_C, ARTICLE_B)


def plain_page() -> str:
    """The page as plain page text: masthead, then the articles in reading order,
    headlines as short lines and paragraphs between blank lines."""
    out = list(MASTHEAD) + [""]
    for title, blocks in ARTICLES:
        out += [title, ""]
        for _kind, text in blocks:
            out += [text, ""]
    return "\n".join(out)


def body_texts() -> list[str]:
    """Every paragraph, heading, caption and credit of the page's articles."""
    return [text for _t, blocks in ARTICLES for _k, text in blocks]


def _canvas(path: Path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    c.setTitle("")
    return c


def _wrap(text: str, size: float, width: float, indent: int = 0, spacing: float = 0.0) -> list[str]:
    """``text`` cut into lines of as many full-width cells as ``width`` holds."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line = "\u3000" * indent
    for ch in text:
        if stringWidth(line + ch, FONT, size) + spacing * len(line) > width:
            lines.append(line)
            line = ""
        line += ch
    if line:
        lines.append(line)
    return lines


class _Column:
    """A column being filled top to bottom."""

    def __init__(self, c, x: float, top: float, width: float, bottom: float = MARGIN) -> None:
        self.c, self.x, self.y, self.width, self.bottom = c, x, top, width, bottom

    def text(self, text: str, size: float, *, indent: int = 0, double: float = 0.0, gap: float = 0.0,
             spacing: float = 0.0) -> None:
        for line in _wrap(text, size, self.width, indent, spacing):
            self.y -= size * 1.5
            if self.y < self.bottom:
                raise ValueError("column overflow in fixture")
            draw(self.c, self.x, self.y, line, size, double, spacing)
        self.y -= gap

    def block(self, kind: str, text: str) -> None:
        if kind == "p":
            self.text(text, BODY, indent=2, gap=2)
        elif kind == "h":
            self.text(text, BODY + 1, double=0.3, gap=2)
        elif kind == "cap":
            self.y -= 60  # the photo
            self.c.rect(self.x, self.y, self.width, 55)
            self.text(text.lstrip("▲"), BODY - 1)  # the arrow is drawn as a glyph below
        else:
            self.text(text, BODY - 1, gap=2)


def draw(c, x: float, y: float, text: str, size: float, double: float = 0.0, spacing: float = 0.0) -> None:
    """Text at (x, y); with ``double`` drawn a second time that far to the right
    (overprinted bold); ``spacing`` points between characters (a justified line)."""
    c.setFont(FONT, size)
    c.drawString(x, y, text, charSpace=spacing)
    if double:
        c.drawString(x + double, y, text, charSpace=spacing)


def two_column_pdf(path: Path, copies: int = 1, rule: bool = True) -> Path:
    """The page as an e-paper PDF: masthead, a headline across both columns (drawn
    twice, a little offset), article A in the left column continuing at the top of
    the right one, then B (ending in a jump line) and C with a photo caption.
    ``copies`` pages of it make an edition; ``rule=False`` leaves out the rule under
    the masthead."""
    c = _canvas(path)
    for _ in range(copies):
        _two_column_page(c, rule)
    c.save()
    return path


def _two_column_page(c, rule: bool = True) -> None:
    y = PAGE_H - MARGIN - MAST
    draw(c, MARGIN, y, MASTHEAD[0], MAST, 0.4)
    y -= 18
    draw(c, MARGIN, y, MASTHEAD[1], BODY)
    y -= 8
    if rule:
        c.line(MARGIN, y, PAGE_W - MARGIN, y)
    y -= HEAD + 14
    from reportlab.pdfbase.pdfmetrics import stringWidth

    draw(c, (PAGE_W - stringWidth(ARTICLE_A[0], FONT, HEAD)) / 2, y, ARTICLE_A[0], HEAD, 0.3)
    top = y - 10
    left = _Column(c, MARGIN, top, COL_W)
    right = _Column(c, MARGIN + COL_W + GUTTER, top, COL_W)
    blocks = ARTICLE_A[1]
    for kind, text in blocks[:3]:
        left.block(kind, text)
    for kind, text in blocks[3:]:
        right.block(kind, text)
    right.y -= 16
    right.text(ARTICLE_B[0], SUBHEAD, gap=6)
    for kind, text in ARTICLE_B[1]:
        right.block(kind, text)
    left.y -= 16
    left.text(ARTICLE_C[0], SUBHEAD, gap=6)
    for kind, text in ARTICLE_C[1]:
        if text.startswith("申请执行人代表"):
            left.text(text, BODY, indent=2, gap=2, spacing=0.25 * BODY)  # letter-spaced
            continue
        if kind == "cap":
            left.y -= 60
            c.rect(left.x, left.y, left.width, 55)
            left.text(text, BODY - 1)
        else:
            left.block(kind, text)
    c.showPage()


#: An article whose first paragraph is cut by the column break, mid-sentence.
SPLIT = ("执行款物管理新规出台", [
    "本报讯（记者 郑一）为进一步规范执行款物管理，某某省高级人民法院近日出台执行款物管理办法，"
    "明确执行款到账后应当及时核对、登记，并在规定期限内发放给申请执行人，不得截留、挪用或者无故拖延。",
    "办法还规定，执行款发放实行全程留痕，当事人可以通过网上平台随时查询案款状态。",
])


def split_paragraph_pdf(path: Path) -> Path:
    """:data:`SPLIT` under a headline across two columns: its first paragraph runs
    from the left column into the right one, the rest follows there."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = _canvas(path)
    title, (first, second) = SPLIT
    y = PAGE_H - MARGIN - HEAD
    draw(c, (PAGE_W - stringWidth(title, FONT, HEAD)) / 2, y, title, HEAD)
    left = _Column(c, MARGIN, y - 10, COL_W)
    right = _Column(c, MARGIN + COL_W + GUTTER, y - 10, COL_W)
    lines = _wrap(first, BODY, COL_W, indent=2)
    for line in lines[:2]:
        left.text(line, BODY)
    for line in lines[2:]:
        right.text(line, BODY)
    right.block("p", second)
    c.showPage()
    c.save()
    return path


#: A story set in three columns, below one set in two.
ARTICLE_D = ("多地法院开展执行宣传活动", [
    ("p", "本报讯（记者 钱二）连日来，多地法院走进商圈、社区、企业，开展执行宣传活动，发放宣传资料、解答法律咨询，引导群众依法维权。"),
    ("p", "活动中，法官结合典型案例，向群众讲解拒不执行判决裁定罪的构成要件和法律后果，提醒被执行人主动履行义务。"),
    ("p", "据统计，活动期间共发放宣传资料五千余份，现场解答群众咨询三百余人次，取得良好社会效果。"),
])


def stacked_grids_pdf(path: Path, rule_in_form: bool = False) -> Path:
    """Article A on two columns; under a rule across the page, D on three. With
    ``rule_in_form`` the rule is drawn by a form (an XObject) placed there."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = _canvas(path)
    y = PAGE_H - MARGIN - HEAD
    draw(c, (PAGE_W - stringWidth(ARTICLE_A[0], FONT, HEAD)) / 2, y, ARTICLE_A[0], HEAD)
    left = _Column(c, MARGIN, y - 10, COL_W)
    right = _Column(c, MARGIN + COL_W + GUTTER, y - 10, COL_W)
    for kind, text in ARTICLE_A[1][:3]:
        left.block(kind, text)
    for kind, text in ARTICLE_A[1][3:]:
        right.block(kind, text)
    y = min(left.y, right.y) - 12
    if rule_in_form:
        c.beginForm("rule")
        c.line(0, 10, PAGE_W - 2 * MARGIN, 10)
        c.endForm()
        c.saveState()
        c.translate(MARGIN, y - 10)
        c.doForm("rule")
        c.restoreState()
    else:
        c.line(MARGIN, y, PAGE_W - MARGIN, y)
    y -= HEAD + 12
    draw(c, (PAGE_W - stringWidth(ARTICLE_D[0], FONT, HEAD)) / 2, y, ARTICLE_D[0], HEAD)
    width = (PAGE_W - 2 * MARGIN - 2 * GUTTER) / 3
    for k, (kind, text) in enumerate(ARTICLE_D[1]):
        _Column(c, MARGIN + k * (width + GUTTER), y - 10, width).block(kind, text)
    c.showPage()
    c.save()
    return path


def scanned_pdf(path: Path) -> Path:
    """A page that is only a picture (as a scanner makes it): no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (300, 400), 255)
    pen = ImageDraw.Draw(image)
    for y in range(40, 380, 12):
        pen.line((20, y, 280, y), fill=0, width=3)  # lines of "print"
    c = _canvas(path)
    c.drawImage(ImageReader(image), MARGIN, MARGIN, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN)
    c.showPage()
    c.save()
    return path


#: Two pages of one edition: page 1 ends with an article that jumps to page 2.
PAGE_ONE = (("最高法发布执行工作意见", [
    ("p", "本报北京3月14日电（记者 孙八）最高人民法院今天发布关于进一步规范执行工作的意见，对执行立案、财产查控、案款管理等作出规定。"),
    ("p", "意见要求各级法院严格规范执行行为，防止超标的查封。（下转第2版）"),
]),)
PAGE_TWO = (("依法保障胜诉当事人权益", [
    ("p", "本报讯（记者 周九）近日，某某市两级法院开展涉民生案件集中执行行动，执结案件三百余件。"),
    ("p", "行动中，执行干警加班加点，确保案款及时发放到位。"),
]), ("法官走进社区讲解执行知识", [
    ("p", "本报讯（通讯员 吴十）3月13日，某某区人民法院法官走进社区，为居民讲解执行相关法律知识。"),
]))


def _picture_page(c) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    c.drawImage(ImageReader(Image.new("L", (60, 80), 128)), MARGIN, MARGIN, 300, 400)
    c.showPage()


def multipage_pdf(path: Path, scanned_between: bool = False) -> Path:
    """Two pages, each with its masthead and one column of articles; with
    ``scanned_between`` a page that is only a picture between them."""
    c = _canvas(path)
    for number, articles in ((1, PAGE_ONE), (2, PAGE_TWO)):
        if number == 2 and scanned_between:
            _picture_page(c)
        y = PAGE_H - MARGIN - MAST
        draw(c, MARGIN, y, "法治日报", MAST)
        y -= 18
        draw(c, MARGIN, y, f"2024年3月15日 星期五 第{number}版 要闻", BODY)
        y -= 8
        c.line(MARGIN, y, PAGE_W - MARGIN, y)
        col = _Column(c, MARGIN, y - 10, PAGE_W - 2 * MARGIN)
        for title, blocks in articles:
            col.y -= 16
            col.text(title, HEAD, gap=6)
            for kind, text in blocks:
                col.block(kind, text)
        c.showPage()
    c.save()
    return path


def encrypted_pdf(path: Path) -> Path:
    """A page that opens only with a password."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H),
                      encrypt=StandardEncryption("secret", canPrint=0))
    draw(c, MARGIN, PAGE_H / 2, "加密的版面", HEAD)
    c.showPage()
    c.save()
    return path


#: Two paragraphs of :func:`separate_runs_pdf`: a byline whose spaces are drawn alone,
#: and a letter-spaced line drawn character by character.
RUNS = ("本报讯（记者 张三 通讯员 李四）近日，某某法院召开新闻发布会。", "申请执行人代表表示感谢人民法院的辛勤付出。")


def separate_runs_pdf(path: Path) -> Path:
    """:data:`RUNS` as a typesetting system may draw them: the first line word by
    word with each space drawn on its own, the second one character at a time,
    0.3 of a character apart."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = _canvas(path)
    x = MARGIN
    for piece in ("本报讯（记者", " ", "张三", " ", "通讯员", " ", RUNS[0].split("员 ", 1)[1]):
        draw(c, x, 700, piece, BODY)
        x += stringWidth(piece, FONT, BODY)
    x = MARGIN
    for ch in RUNS[1]:
        draw(c, x, 680, ch, BODY)
        x += stringWidth(ch, FONT, BODY) + 0.3 * BODY
    c.showPage()
    c.save()
    return path


#: The line :func:`repeated_line_pdf` prints again and again.
REPEATED = "本院执行案款已按时发放。"


def repeated_line_pdf(path: Path, times: int = 4) -> Path:
    """:data:`REPEATED` on ``times`` lines one under the other, set solid (1.2 apart)."""
    c = _canvas(path)
    for k in range(times):
        draw(c, MARGIN, 700 - 1.2 * BODY * k, REPEATED, BODY)
    c.showPage()
    c.save()
    return path


def unmapped_font_pdf(path: Path) -> Path:
    """A page set in a font whose glyphs (Type 3, named ``g1`` … ``g5``, no ToUnicode
    map) stand for no character: 40 glyphs on one line. Written by hand: reportlab
    always maps its glyphs."""
    names = [f"g{i}" for i in range(1, 6)]
    glyph = b"500 0 0 0 400 700 d1 0 0 400 700 re f"
    content = b"BT /F1 12 Tf 72 700 Td " + b"".join(b"(\\00%d) Tj " % (k + 1) for k in range(5)) * 8 + b"ET"
    procs = b" ".join(b"/%s %d 0 R" % (n.encode(), 6 + k) for k, n in enumerate(names))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << " + procs + b" >> /Encoding << /Type /Encoding /Differences [1 "
        + b" ".join(b"/" + n.encode() for n in names) + b"] >> /FirstChar 1 /LastChar 5 /Widths [500 500 500 500 500] >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        *(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(glyph), glyph) for _ in names),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


# ---------------------------------------------------------------- a broadsheet edition

#: A broadsheet e-paper page (350 x 500 mm, in points) in five columns, as 人民法院报
#: and 法治日报 print theirs.
SHEET_W, SHEET_H = 992.0, 1417.0
SHEET_MARGIN, SHEET_GUTTER, SHEET_COLUMNS = 36.0, 14.0, 5
SHEET_BODY, SHEET_PITCH = 8.5, 1.3  # body size; line pitch over size
SHEET_HEADS = (26.0, 20.0)  # the page's lead headline, the others
SHEET_SUBTITLE, SHEET_HEADING, SHEET_CAPTION = 12.0, 9.5, 7.0
SHEET_BRIEF = 15.0  # the headline of a story set in one column
SHEET_PHOTO = 80.0  # a photo's height above its caption
PAPER = "人民法院报"


@dataclass(frozen=True)
class Story:
    """One article as a broadsheet prints it: a headline, a subtitle, a byline, its
    sections (heading or None, paragraphs) and its photos' captions."""

    title: str
    subtitle: str | None
    byline: str | None
    sections: tuple[tuple[str | None, tuple[str, ...]], ...]
    captions: tuple[str, ...] = ()

    def credit(self) -> tuple[str | None, str | None]:
        """How the byline is printed: under the headline (``□ 本报记者 …``) when it
        names a role, else after the text as a tail credit (``（吴洁琼 邓陶）``)."""
        if not self.byline:
            return None, None
        if re.search("记者|通讯员|实习生", self.byline):
            return f"□ {self.byline}", None
        return None, f"（{self.byline}）"

    def printed_captions(self) -> tuple[str, ...]:
        """The captions as printed: each after a ``▲`` pointing at its photo."""
        return tuple(f"▲{c}" for c in self.captions)

    def body(self) -> str:
        """The body text, paragraph after paragraph (as ``Article.text`` gives it)."""
        return "\n".join(p for _h, paras in self.sections for p in paras)


def corpus_stories(folder: Path) -> list[Story]:
    """The articles of the page files (``*.txt``) in ``folder`` as the page splitter
    reads them, in file order: those that print a headline and a byline and that,
    printed alone (:func:`sheet_plain`), the splitter reads back as they are. (In
    page text, a headline with no byline under it after a story with section
    headings reads as one more of its headings, whatever the type sizes were.)"""
    from lawnews.index.ingest.pages import parse_page

    out = []
    for page in sorted(p for p in folder.glob("*.txt") if not p.name.upper().startswith("README")):
        for a in parse_page(page.read_text(encoding="utf-8"), page.name):
            if a.title_is_fallback or not a.byline:
                continue
            sections = tuple((s.heading, tuple(p for p in s.text.split("\n") if p.strip())) for s in a.sections)
            story = Story(a.title, a.subtitle, a.byline, sections, a.captions)
            again = parse_page(sheet_plain([story]), page.name)
            if len(again) == 1 and story_of(again[0]) == story_of(a):
                out.append(story)
    return out


def story_of(article) -> tuple:
    """What a story prints of an article (or a :class:`Story`), whitespace aside:
    title, subtitle, byline, section headings and text, captions."""
    def bare(text):
        return "".join((text or "").split())

    if isinstance(article, Story):
        sections = tuple((bare(h), bare("".join(paras))) for h, paras in article.sections)
    else:
        sections = tuple((bare(s.heading), bare(s.text)) for s in article.sections)
    return (bare(article.title), bare(article.subtitle), bare(article.byline), sections,
            tuple(map(bare, article.captions)))


def broadsheet_pdf(path: Path, stories: list[Story], pages: int = 8, font_file: Path | None = None,
                   placed: list[list[Story]] | None = None, cid: bool = False) -> Path:
    """``pages`` broadsheet pages set with ``stories``, taken in turn (again from the
    first when all are used). Each page: a masthead (paper, date, 第N版, section) over
    a rule, then slabs one under the other, parted by rules across the page. A slab
    is a story of :data:`SHORT` characters or more, its headline flush left across the
    columns (the page's first one larger and overprinted bold) and its subtitle over
    its text balanced on five columns; or up to eight shorter stories, each in one
    column under its own headline (the column least filled so far). In the columns: a byline (``□ 本报记者 …``)
    or a tail credit, photos (a frame) with captions set smaller, paragraphs opening
    on an indent, section headings overprinted bold. A slab that does not fit in
    what is left of a page waits for the next. A page holds 6,000-9,000 characters.

    The font is reportlab's STSong-Light (not embedded) or, with ``font_file``, that
    TrueType font, embedded (subset): by reportlab, which splits it into fonts of 256
    glyphs each (a text object wherever a line changes from one to another), or with
    ``cid`` by fpdf2 as one CID font (Type0, Identity-H; a text object a line), as
    e-paper systems embed theirs. ``placed`` receives each page's stories in reading
    order."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    if not stories:
        raise ValueError("no story to set")
    if font_file is not None:
        from reportlab.pdfbase.ttfonts import TTFont

        font = f"Sheet-{Path(font_file).stem}"
        pdfmetrics.registerFont(TTFont(font, str(font_file), subfontIndex=0))
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        font = FONT
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    if cid:
        if font_file is None:
            raise ValueError("a CID font is embedded from a font file")
        c = _CidCanvas(path, (SHEET_W, SHEET_H), Path(font_file))
    else:
        c = canvas.Canvas(str(path), pagesize=(SHEET_W, SHEET_H))
        c.setTitle("")
    sheet = _Sheet(c, font)
    units, pending = _units(stories), []
    for number in range(1, pages + 1):
        on_page = sheet.page(number, pending, units)
        if placed is not None:
            placed.append(on_page)
    c.save()
    return path


class _CidCanvas:
    """The part of reportlab's canvas that :class:`_Sheet` draws with (reportlab's
    coordinates: points from the bottom left), drawn by fpdf2 in one font embedded as
    a CID font (Type0, Identity-H, subset); reportlab still measures the text."""

    def __init__(self, path: Path, size: tuple[float, float], font_file: Path) -> None:
        import logging

        from fpdf import FPDF

        logging.getLogger("fontTools").setLevel(logging.ERROR)  # subsetting notes on bitmap tables
        self.path, (self.w, self.h) = path, size
        self.pdf = FPDF(unit="pt", format=size)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margin(0)
        self.pdf.add_font("Sheet", fname=str(font_file))
        self.open = False

    def _page(self) -> None:
        if not self.open:
            self.pdf.add_page()
            self.open = True

    def setFont(self, _font: str, size: float) -> None:
        self._page()
        self.pdf.set_font("Sheet", size=size)

    def drawString(self, x: float, y: float, text: str) -> None:
        self._page()
        self.pdf.text(x, self.h - y, text)

    def setLineWidth(self, width: float) -> None:
        self._page()
        self.pdf.set_line_width(width)

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self._page()
        self.pdf.line(x1, self.h - y1, x2, self.h - y2)

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self._page()
        self.pdf.rect(x, self.h - y - h, w, h)

    def showPage(self) -> None:
        self.open = False

    def save(self) -> None:
        self.pdf.output(str(self.path))


#: A story of fewer characters is set in one column, in a row of such stories.
SHORT = 1000


def _units(stories: list[Story]):
    """``stories`` over and over as slabs to set: a long story alone, up to eight short ones together."""
    k, n = 0, len(stories)

    def short(s: Story) -> bool:
        return len(s.title) + len(s.body()) < SHORT

    while True:
        if not short(stories[k % n]):
            k += 1
            yield [stories[(k - 1) % n]]
            continue
        row = []
        while len(row) < 8 and short(stories[k % n]):
            row.append(stories[k % n])
            k += 1
        yield row


#: What a column holds, top down: ``(kind, size, text, x offset)``; kinds ``head``,
#: ``line``, ``bold`` (overprinted), ``photo`` (a frame ``size`` high) and ``caption``.
Item = tuple[str, float, str, float]


class _Sheet:
    """Lays out broadsheet pages on a reportlab canvas."""

    def __init__(self, c, font: str) -> None:
        self.c, self.font = c, font
        self.width = SHEET_W - 2 * SHEET_MARGIN
        self.column = (self.width - (SHEET_COLUMNS - 1) * SHEET_GUTTER) / SHEET_COLUMNS
        self._widths: dict[tuple[str, float], float] = {}

    def advance(self, ch: str, size: float) -> float:
        key = (ch, size)
        if key not in self._widths:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            self._widths[key] = stringWidth(ch, self.font, size)
        return self._widths[key]

    def wrap(self, text: str, size: float, width: float, indent: float = 0.0) -> list[str]:
        """``text`` cut into lines ``width`` wide (the first ``indent`` narrower); no line opens with a space."""
        lines, line, used, room = [], "", 0.0, width - indent
        for ch in text:
            w = self.advance(ch, size)
            if used + w > room and line:
                lines.append(line.rstrip())
                line, used, room = "", 0.0, width
            if not line and ch.isspace():
                continue
            line += ch
            used += w
        if line.strip():
            lines.append(line.rstrip())
        return lines

    def draw(self, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
        self.c.setFont(self.font, size)
        self.c.drawString(x, y, text)
        if bold:  # overprinted: drawn again a little to the right
            self.c.drawString(x + 0.3, y, text)

    def page(self, number: int, pending: list[list[Story]], units) -> list[Story]:
        """One page: the slabs of ``pending`` that fit, in turn, then new ones from
        ``units`` until eight in all did not fit (those stay in ``pending``); the
        stories set, in reading order."""
        top = SHEET_H - SHEET_MARGIN - 26
        self.draw(SHEET_MARGIN, top, PAPER, 26, bold=True)
        self.draw(SHEET_MARGIN + 160, top, f"2024年3月15日 星期五 第{number}版 执行", 11)
        y = top - 10
        self.c.setLineWidth(1.5)
        self.c.line(SHEET_MARGIN, y, SHEET_W - SHEET_MARGIN, y)
        self.c.setLineWidth(0.5)
        done: list[Story] = []
        k = misses = 0
        while misses < 8:
            if k == len(pending):
                pending.append(next(units))
            slab = self.slab(pending[k], lead=not done)
            if y - 6 - slab[0] < SHEET_MARGIN:
                k, misses = k + 1, misses + 1
                continue
            if done:
                self.c.line(SHEET_MARGIN, y, SHEET_W - SHEET_MARGIN, y)
            y = self.set_slab(slab, y - 6) - 8
            done += slab[3]
            pending.pop(k)
        self.c.showPage()
        return done

    def items(self, story: Story) -> list[Item]:
        """What a story sets in its columns, below its headline."""
        body, w = SHEET_BODY, self.column
        above, after = story.credit()
        items: list[Item] = [("line", body, line, 0.0) for line in self.wrap(above or "", body, w)]
        for caption in story.printed_captions():
            items.append(("photo", SHEET_PHOTO, "", 0.0))
            items += [("caption", SHEET_CAPTION, line, 0.0) for line in self.wrap(caption, SHEET_CAPTION, w)]
        for heading, paras in story.sections:
            items += [("bold", SHEET_HEADING, line, 0.0) for line in self.wrap(heading or "", SHEET_HEADING, w)]
            for para in paras:
                lines = self.wrap(para, body, w, indent=2 * body)
                items += [("line", body, line, 2 * body if k == 0 else 0.0) for k, line in enumerate(lines)]
        return items + [("line", body, line, 0.0) for line in self.wrap(after or "", body, w)]

    def slab(self, unit: list[Story], lead: bool):
        """``(height, headline lines, columns, stories in reading order)``: one long
        story under its headline (``lead``: the page's first, larger), or short ones
        a column each."""
        if len(unit) == 1 and len(unit[0].title) + len(unit[0].body()) >= SHORT:
            story = unit[0]
            size = SHEET_HEADS[0] if lead else SHEET_HEADS[1]
            heads = [(size, line) for line in self.wrap(story.title, size, self.width)]
            heads += [(SHEET_SUBTITLE, line) for line in self.wrap(story.subtitle or "", SHEET_SUBTITLE, self.width)]
            columns = _balance(self.items(story), SHEET_COLUMNS)
        else:
            heads, order = [], []
            columns = [[] for _ in range(min(SHEET_COLUMNS, len(unit)))]
            stories: list[list[Story]] = [[] for _ in columns]
            for story in unit:  # each in the column least filled so far
                k = min(range(len(columns)), key=lambda k: sum(map(_height, columns[k])))
                room = self.column - SHEET_BRIEF  # a headline keeps clear of the next column's
                columns[k] += [("head", SHEET_BRIEF, line, 0.0) for line in self.wrap(story.title, SHEET_BRIEF, room)]
                columns[k] += [("head", SHEET_SUBTITLE, line, 0.0)
                               for line in self.wrap(story.subtitle or "", SHEET_SUBTITLE, room)]
                columns[k] += self.items(story)
                stories[k].append(story)
            unit = [story for col in stories for story in col]  # in reading order: column after column
        height = sum(size * 1.25 for size, _ in heads) + 6 + max(sum(map(_height, col)) for col in columns)
        return height, heads, columns, unit

    def set_slab(self, slab, y: float) -> float:
        """Draws a slab from ``y`` down; the y under it."""
        _, heads, columns, _ = slab
        for size, line in heads:
            y -= size * 1.25
            self.draw(SHEET_MARGIN, y, line, size, bold=size == SHEET_HEADS[0])
        y -= 6
        bottom = y
        for k, col in enumerate(columns):
            x, yy = SHEET_MARGIN + k * (self.column + SHEET_GUTTER), y
            for item in col:
                kind, size, text, dx = item
                yy -= _height(item)
                if kind == "photo":
                    self.c.rect(x, yy + 4, self.column, size - 6)
                else:
                    self.draw(x + dx, yy, text, size, bold=kind == "bold")
            bottom = min(bottom, yy)
        return bottom - 4


def _height(item: Item) -> float:
    kind, size = item[0], item[1]
    return size if kind == "photo" else size * (1.25 if kind == "head" else SHEET_PITCH)


def _balance(items: list[Item], n: int) -> list[list[Item]]:
    """``items`` over ``n`` columns of about the same height, in order; a photo stays with its caption."""
    units: list[list[Item]] = []
    for item in items:
        if units and item[0] == "caption" and units[-1][-1][0] in ("photo", "caption"):
            units[-1].append(item)
        else:
            units.append([item])
    total = sum(map(_height, items))
    columns: list[list[Item]] = [[]]
    filled = 0.0
    for unit in units:
        h = sum(map(_height, unit))
        if columns[-1] and len(columns) < n and filled + h / 2 > total * len(columns) / n:
            columns.append([])
        columns[-1] += unit
        filled += h
    return columns


def cjk_system_fonts() -> list[Path]:
    """The fonts with Chinese characters this machine's fontconfig lists (``fc-list
    :lang=zh``): what PDFium draws a PDF's non-embedded Chinese font with (the built-in
    CID font of these fixtures is never embedded); empty without fontconfig or such a font."""
    import subprocess

    try:
        listed = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(Path(line.split(":")[0].strip()) for line in listed.splitlines() if line.strip())


def cjk_truetype() -> Path | None:
    """A CJK TrueType font on this machine that reportlab can embed (for
    ``broadsheet_pdf``'s ``font_file``): the file ``LAWNEWS_BENCH_CJK_TTF`` names,
    else the first such of ``fc-list :lang=zh`` (Noto CJK is CFF, which reportlab
    cannot embed; ``fonts-wqy-zenhei`` is TrueType); None without one."""
    import os

    named = os.environ.get("LAWNEWS_BENCH_CJK_TTF")
    candidates = [Path(named)] if named else []
    candidates += cjk_system_fonts()
    for path in candidates:
        if path.suffix.lower() in (".ttf", ".ttc") and path.is_file() and _embeddable(path):
            return path
    return None


def _embeddable(path: Path) -> bool:
    """Whether reportlab embeds ``path`` (TrueType outlines, not CFF) and it has Han glyphs."""
    try:
        from reportlab.pdfbase.ttfonts import TTFont

        face = TTFont("probe", str(path), subfontIndex=0).face
    except Exception:  # TTFError for CFF outlines, or a file reportlab cannot parse
        return False
    return all(ord(ch) in face.charToGlyph for ch in "人民法院报执行")


def sheet_plain(stories: list[Story]) -> str:
    """``stories`` as plain page text (headlines, subtitles, bylines, paragraphs and
    captions between blank lines), as the same page would be saved as text."""
    out: list[str] = []
    for s in stories:
        above, after = s.credit()
        out += [t for t in (s.title, s.subtitle, above, *s.printed_captions()) if t]
        for heading, paras in s.sections:
            out += [*([heading] if heading else []), *paras]
        out += [after] if after else []
    return "\n\n".join(out) + "\n"


if __name__ == "__main__":
    import sys

    two_column_pdf(Path(sys.argv[1]))


# ---------------------------------------------------------------- Word


def press_release_docx(path: Path) -> Path:
    """A press release: a Title-styled headline, a subtitle, Heading 1 sections, a
    table, a caption, a date in the page header and a footer that is no body text."""
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "某某市中级人民法院新闻发布 2024年3月15日"
    d.sections[0].footer.paragraphs[0].text = "第 1 页 共 2 页"
    d.add_heading("某某中院发布执行工作白皮书", level=0)
    d.add_paragraph("——聚焦涉企案件执行", style="Subtitle")
    d.add_paragraph("3月15日，某某市中级人民法院召开新闻发布会，发布执行工作白皮书。")
    d.add_heading("一、基本情况", level=1)
    d.add_paragraph("2023年，全市法院共执结案件十二万件。")
    table = d.add_table(rows=3, cols=3)
    for i, row in enumerate([("项目", "数量", "金额"), ("执结案件", "1200", "3.5亿元"), ("合计", "", "")]):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    table.cell(2, 1).merge(table.cell(2, 2)).text = "1200件"
    d.add_paragraph("图1 执行干警在现场执行", style="Caption")
    d.add_heading("二、下一步工作", level=1)
    d.add_paragraph("下一步，将继续加大执行力度。")
    d.save(str(path))
    return path


def two_articles_docx(path: Path) -> Path:
    """Two articles in one file, each headed ``Heading 1``, with sections headed
    ``Heading 2`` and ``标题 2``, and a paragraph before the first heading."""
    import docx

    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    d.styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)  # as a Chinese Word names its own
    d.add_paragraph("编者按：本期刊发两篇执行工作报道。")
    d.add_heading("第一篇报道的标题", level=1)
    d.add_paragraph("第一篇报道的正文。")
    d.add_heading("小标题甲", level=2)
    d.add_paragraph("小标题甲下的正文。")
    d.add_paragraph("小标题乙", style="标题 2")
    d.add_paragraph("小标题乙下的正文。")
    d.add_heading("第二篇报道的标题", level=1)
    d.add_paragraph("第二篇报道的正文。")
    d.save(str(path))
    return path


def tracked_docx(path: Path) -> Path:
    """A release with unaccepted changes: an insertion and a deletion in a paragraph,
    and a paragraph inside a content control (as templates make them)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run(tag: str, text: str):
        r, t = OxmlElement("w:r"), OxmlElement(tag)
        t.text = text
        r.append(t)
        return r

    d = docx.Document()
    d.add_heading("修改中的新闻稿", level=0)
    p = d.add_paragraph("法院召开")
    for change, tag, text in (("w:ins", "w:t", "执行工作"), ("w:del", "w:delText", "删掉的字")):
        mark = OxmlElement(change)
        mark.set(qn("w:id"), "1")
        mark.set(qn("w:author"), "编辑")
        mark.append(run(tag, text))
        p._p.append(mark)
    p._p.append(run("w:t", "会议。"))
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    inner = OxmlElement("w:p")
    inner.append(run("w:t", "控件里的一段正文。"))
    content.append(inner)
    sdt.append(content)
    d.element.body.insert(len(d.element.body) - 1, sdt)  # before the section properties
    d.save(str(path))
    return path
