"""Mechanism tags: a document's title is one mention of a label, however many of its forms
it holds. Every sentence here is made up for the test."""

from __future__ import annotations

from lawnews.index.tagging import Tagger


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms



def test_a_documents_title_names_a_label_once(tagger: Tagger) -> None:
    # two forms of one label in the title of one document: one mention, not a sentence about it
    text = ("会议传达了《关于深化诉源治理推动矛盾纠纷源头化解的实施方案》。"
            "随后，与会人员观看了廉政教育片，并就作风建设作了交流发言。")
    assert "诉源治理" not in labels(tagger, text)
