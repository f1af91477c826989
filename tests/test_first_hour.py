"""A first hour with lawnews, command by command: what a new user met on the way
(footers, dry runs, library shortcuts, the web app). Pages are made up for the purpose."""

from __future__ import annotations

import inspect
import json

from click.testing import CliRunner

import lawnews
from lawnews.cli import cli


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=not ok)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_the_footer_of_a_search_by_section_counts_sections(data_index_dir):
    ix = str(data_index_dir)
    data = json.loads(run("search", "执行", "--group", "section", "-n", "2", "--json", "--index-dir", ix).stdout)
    articles = {h["article_id"] for h in json.loads(run("search", "执行", "--group", "section", "-n", "500",
                                                        "--json", "--index-dir", ix).stdout)["hits"]}
    assert data["total"] > len(articles)  # more sections than articles: the two words differ
    footer = run("search", "执行", "--group", "section", "-n", "2", "--index-dir", ix).stdout.splitlines()[-1]
    assert footer.startswith(f"1–2 of {data['total']} sections")
    assert "article" not in footer
    by_article = run("search", "执行", "-n", "2", "--index-dir", ix).stdout.splitlines()[-1]
    assert by_article.startswith(f"1–2 of {len(articles)} articles (")
