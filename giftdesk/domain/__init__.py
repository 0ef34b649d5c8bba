"""Pure rules of the gift economy: frozen dataclasses and integers, no Qt, no SQL."""
