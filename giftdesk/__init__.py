"""GiftDesk: a desktop wallet and gift app for a virtual gift economy."""

from importlib.metadata import PackageNotFoundError, version as _dist_version

try:
    __version__ = _dist_version("giftdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
