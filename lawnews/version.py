"""The lawnews version (a leaf module: every layer may import it).

The one place the version is written: ``pyproject.toml`` reads it from here, so a
search need not ask the installed package metadata for it.
"""

__version__ = "0.1.0"
