"""``python -m lawnews`` runs the command line."""

from .cli import cli

cli()
