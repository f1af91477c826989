"""Word files: a text box (a sidebar, a pull quote) is read once. Word writes each text
box twice, as a drawing (``mc:Choice``) and as a VML shape for older readers
(``mc:Fallback``); only the first is what Word shows."""

from __future__ import annotations

from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from docx.oxml import parse_xml  # noqa: E402

from lawnews.index.ingest.readers import Record, iter_inputs  # noqa: E402

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')


def _box_run(text: str):
    body = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return parse_xml(
        f"<w:r {_NS}><mc:AlternateContent>"
        f"<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{body}"
        f"</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{body}</v:textbox></v:shape></w:pict></mc:Fallback>"
        f"</mc:AlternateContent></w:r>")


def test_a_text_box_is_read_once_not_again_from_its_fallback(tmp_path: Path):
    d = docx.Document()
    d.add_heading("某某法院开展集中执行", level=1)
    p = d.add_paragraph("某某法院开展集中执行行动。")
    p._p.append(_box_run("全天执结案件三十件"))
    d.add_paragraph("执行干警兵分多路开展查控。")
    d.save(tmp_path / "box.docx")
    (record,) = [i for i in iter_inputs([tmp_path / "box.docx"]) if isinstance(i, Record)]
    text = record.article.text
    assert text.count("全天执结案件三十件") == 1
    assert text.split("\n") == ["某某法院开展集中执行行动。 全天执结案件三十件", "执行干警兵分多路开展查控。"]
