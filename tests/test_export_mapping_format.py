"""``lawnews export --mapping`` writes the Elasticsearch mapping of the es format: given
without ``--format es`` it is a usage error saying so, and nothing is written (no JSONL
export that would be sent to ``_bulk`` with a mapping it does not fit)."""

from __future__ import annotations

from click.testing import CliRunner

from lawnews.cli import cli


def test_mapping_without_the_es_format_is_a_usage_error_writing_nothing(tmp_path):
    out, mapping = tmp_path / "a.jsonl", tmp_path / "m.json"
    result = CliRunner().invoke(cli, ["export", "--mapping", str(mapping), "-o", str(out),
                                      "--index-dir", str(tmp_path / "no-index")])
    assert result.exit_code == 2, result.output
    assert "--format es" in result.output
    assert not out.exists() and not mapping.exists()


def test_the_jobs_option_says_its_default_for_small_inputs_too():
    help_text = " ".join(CliRunner().invoke(cli, ["index", "--help"]).output.split())
    assert "one per CPU for inputs of 4 MB or more, none for smaller ones" in help_text
