"""Tagging: regions, courts and mechanisms found in text.

``Tagger.default().tag_text(text)`` gives every mention with its span (:class:`TextTags`);
``tag_article(article)`` fills an article's and its sections' :class:`~..documents.Tags`
with what they are about. See :mod:`.tagger` for the facade, :mod:`.regions`,
:mod:`.courts`, :mod:`.mechanisms` and :mod:`.about` for the rules.
"""

from .tagger import Mention, Tagger, TextTags

__all__ = ["Mention", "Tagger", "TextTags"]
