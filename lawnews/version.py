"""The installed lawnews version (a leaf module: every layer may import it)."""

from importlib import metadata

try:
    __version__ = metadata.version("lawnews")
except metadata.PackageNotFoundError:  # running from an uninstalled checkout
    __version__ = "0+unknown"
