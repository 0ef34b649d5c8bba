"""The PySide6 desktop window. It sees services only: no SQL and no rule lives here."""
