"""LIVEs: a title and a goal a creator goes LIVE with, and the words a LIVE is refused in.

Who may go LIVE (an adult creator who is not on air already) is checked by the service that
starts it, with the people rules (giftdesk.domain.people); the schema itself refuses a second
open LIVE of the same creator.
"""

from __future__ import annotations

import unicodedata

from giftdesk.domain.errors import InvalidAmount, InvalidTitle
from giftdesk.domain.names import BIDI_CONTROLS
from giftdesk.formatting import diamonds as fmt_diamonds
from giftdesk.i18n import _

TITLE_MAX_CHARS = 100  # the schema's CHECK says the same
# A goal is what a creator hopes a LIVE brings: a hundred million diamonds ($1,000,000) is
# beyond any LIVE, and a number past it is a slip (or a test of the limits), not a goal. An
# input limit like a name's 64 characters, not an economy rule: not in the rules file.
GOAL_MAX_DIAMONDS = 100_000_000
# Characters a title cannot show: control characters (a newline, an escape sequence) and
# line or paragraph separators. Other format characters stay: emoji sequences need the
# zero-width joiner and the variation selectors ("👩‍💻 coding LIVE").
_REFUSED_CATEGORIES = frozenset({"Cc", "Zl", "Zp", "Cs"})


def default_title(creator_name: str) -> str:
    """The title of a LIVE started without one."""
    return _("{name}'s LIVE").format(name=creator_name)[:TITLE_MAX_CHARS]


def clean_title(raw: str | None, *, creator_name: str) -> str:
    """A LIVE's title as stored: NFC, trimmed, 1 to 100 characters, no control or
    bidirectional-override character (InvalidTitle); None gives the default title."""
    if raw is None:
        return default_title(creator_name)
    title = unicodedata.normalize("NFC", raw).strip()
    if not title:
        raise InvalidTitle(_("a LIVE's title cannot be empty"))
    if len(title) > TITLE_MAX_CHARS:
        raise InvalidTitle(
            _("a LIVE's title is at most {count} characters").format(count=TITLE_MAX_CHARS)
        )
    for ch in title:
        if ch in BIDI_CONTROLS:
            raise InvalidTitle(_("a LIVE's title cannot contain bidirectional-override characters"))
        if unicodedata.category(ch) in _REFUSED_CATEGORIES:
            raise InvalidTitle(
                _("a LIVE's title cannot contain control characters (it has U+{code:04X})").format(
                    code=ord(ch)
                )
            )
    return title


def check_goal(goal_diamonds: int | None) -> int | None:
    """A LIVE's goal: None (no goal) or 1 to GOAL_MAX_DIAMONDS diamonds (InvalidAmount)."""
    if goal_diamonds is not None and not 0 < goal_diamonds <= GOAL_MAX_DIAMONDS:
        raise InvalidAmount(
            _("a LIVE's goal is 1 to {most}, not {goal}").format(
                most=fmt_diamonds(GOAL_MAX_DIAMONDS), goal=goal_diamonds
            )
        )
    return goal_diamonds
