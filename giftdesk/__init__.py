"""GiftDesk: a desktop wallet and gift app for a virtual gift economy."""


def __getattr__(name: str) -> str:
    # The version is read on demand: importlib.metadata costs every CLI command ~65 ms.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("giftdesk")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'giftdesk' has no attribute {name!r}")
