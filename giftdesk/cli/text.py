"""The English the commands print for people: a sentence or a table made from the facts a
service returned, a function each.

Only the text output is made here: the JSON keys, the exit codes and the `giftdesk: error:`
prefix are a contract and never translated. Refusals are worded where they are raised, as the
domain's are; a history row's words are giftdesk/history_text.py's, which the CSV export
shares; every amount goes through giftdesk/formatting.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from giftdesk import formatting as fmt
from giftdesk.cli.prompts import TOTP_SECRET_ENV

REPLAYED = (
    "Replayed: this key was used before for this same request, so "
    "nothing was done again. Its first result, as it was then:"
)


def table(rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [
            str(c).rjust(w) if i in right else str(c).ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=False))
        ]
        out.append("  ".join(cells).rstrip())
    return out


# --- profiles -------------------------------------------------------------------------------


def profile_added(p) -> str:
    kind = "creator" if p.is_creator else "viewer"
    return (
        f"Created {kind} profile '{p.name}' (#{p.id}); its budget days and age follow "
        f"{p.time_zone}."
    )


def time_zone(profile, today) -> str:
    return (
        f"{profile.name}'s budget days and age follow {profile.time_zone} "
        f"(today there: {today.isoformat()})."
    )


def profiles_table(profiles: list[dict]) -> list[str]:
    """`profiles list`'s entries; a locked profile by name only, as the window shows it."""
    if not profiles:
        return ["No profiles yet. Create one: giftdesk profiles add NAME --birthdate YYYY-MM-DD"]

    def figure(p: dict, key: str) -> str:
        return "locked" if p["locked"] else f"{p[key]:,}"

    rows = [("NAME", "KIND", "COINS", "DIAMONDS")] + [
        (
            p["profile"],
            "creator" if p["creator"] else "viewer",
            figure(p, "coins"),
            figure(p, "diamonds") if p["creator"] else "-",
        )
        for p in profiles
    ]
    return table(rows, right=(2, 3))


def budget(profile, left: int | None) -> list[str]:
    b = profile.budget

    def cap(value: int | None) -> str:
        return "no cap" if value is None else fmt.coins(value)

    lines = [
        f"{profile.name}'s budget: daily {cap(b.daily_coins)}, monthly {cap(b.monthly_coins)}."
    ]
    if left is not None:
        lines.append(f"Left today: {fmt.coins(left)}.")
    return lines


# --- what things cost -----------------------------------------------------------------------


def gifts_table(gifts: list[dict], max_combo_count: int) -> list[str]:
    rows = [("GIFT", "COINS", "COMBO")] + [
        (
            g["name"],
            f"{g['coins']:,}",
            f"up to x{max_combo_count:,}" if g["streakable"] else "-",
        )
        for g in gifts
    ]
    return table(rows, right=(1,))


def packages_table(packages: list[dict], rules, *, web: bool) -> list[str]:
    """The packages, then what the web sells besides (when `web` is shown) and the store fee."""
    rows = [("CHANNEL", "COINS", "PRICE", "PER 100 COINS")] + [
        (
            p["channel"],
            f"{p['coins']:,}",
            fmt.usd(p["price_cents"]),
            fmt.usd_fraction(p["price_cents"] * 100, p["coins"]),
        )
        for p in packages
    ]
    lines = table(rows, right=(1, 2, 3))
    if web:
        lines.append(
            f"Web also sells custom amounts of {rules.custom_min_coins:,} to "
            f"{rules.custom_max_coins:,} coins at the same rate per coin."
        )
    lines.append(
        f"The app store keeps {rules.app_store_fee_rate.percent()}% of app prices; "
        "the web channel pays no store fee."
    )
    return lines


def quote(requested_coins: int, q) -> list[str]:
    lines = [
        f"Cheapest way to at least {fmt.coins(requested_coins)}: {fmt.usd(q.price_cents)} "
        f"on the {q.channel} channel, for {fmt.coins(q.coins)}."
    ]
    for i in q.items:
        what = "custom amount" if i.kind == "custom" else "package"
        lines.append(f"  {i.count:,} x {i.coins:,}-coin {what} at {fmt.usd(i.price_cents)}")
    return lines


# --- coins, gifts and payouts ---------------------------------------------------------------


def recharged(result) -> list[str]:
    bonus = f" + {result.bonus_coins:,} bonus coins" if result.bonus_coins else ""
    paid_with = f" with {result.card}" if result.card else f" by {result.method}"
    return [
        f"{result.profile} bought {fmt.coins(result.coins)}{bonus} for "
        f"{fmt.usd(result.price_cents)}{paid_with}. "
        f"Balance: {fmt.coins(result.balance_coins)}.",
        f"Transaction {result.transaction_reference}; payment reference {result.reference}.",
    ]


def sent(result, undo_seconds: int) -> list[str]:
    combo = f" x{result.count:,}" if result.count > 1 else ""
    return [
        f"{result.sender} sent {result.gift}{combo} to {result.creator}: "
        f"{fmt.coins(result.coins_spent)}; {result.creator} receives "
        f"{fmt.diamonds(result.diamonds_credited)} "
        f"({fmt.usd(result.diamonds_cents)}). "
        f"Balance: {fmt.coins(result.balance_coins)}.",
        f"Transaction {result.transaction_reference}; undo within "
        f"{undo_seconds} s: giftdesk undo {result.transaction_reference}",
    ]


def undone(result) -> str:
    return (
        f"Undid {result.gift} x{result.count:,}: {fmt.coins(result.coins_refunded)} "
        f"back. Balance: {fmt.coins(result.balance_coins)}."
    )


def payout_requested(result) -> str:
    return (
        f"Payout of {fmt.diamonds(result.diamonds)} ({fmt.usd(result.cents)}) "
        f"to {result.method} requested: {result.status}. "
        f"Reference {result.reference}, transaction {result.transaction_reference}."
    )


def payout_settled(r) -> str:
    return f"Payout {r.reference} of {fmt.usd(r.cents)}: {r.status}."


def payouts_table(creator: str, payouts: list[dict]) -> list[str]:
    if not payouts:
        return [f"{creator} has no payouts yet."]
    rows = [("REFERENCE", "REQUESTED (UTC)", "DIAMONDS", "AMOUNT", "METHOD", "STATUS")] + [
        (
            p["reference"],
            p["created_at"][:19].replace("T", " "),
            f"{p['diamonds']:,}",
            fmt.usd(p["cents"]),
            p["method"],
            p["status"],
        )
        for p in payouts
    ]
    return table(rows, right=(2, 3))


# --- what a profile has and did ------------------------------------------------------------


def balance(b, *, creator: bool, left: int | None) -> list[str]:
    lines = [f"{b.profile}: {fmt.coins(b.coins)}"]
    if creator:
        lines.append(
            f"{' ' * len(b.profile)}  {fmt.diamonds(b.diamonds)} "
            f"(worth {fmt.usd(b.diamonds_cents)})"
        )
    if left is not None:
        lines.append(f"Budget left today: {fmt.coins(left)}")
    return lines


def history_table(profile: str, rows) -> list[str]:
    from giftdesk.history_text import describe

    if not rows:
        return [f"{profile} has no transactions yet."]
    table_rows = [("TRANSACTION", "WHEN (UTC)", "WHAT", "COINS", "DIAMONDS")] + [
        (
            r.reference,
            r.created_at[:19].replace("T", " "),
            describe(r),
            f"{r.coins:+,}" if r.coins else "",
            f"{r.diamonds:+,}" if r.diamonds else "",
        )
        for r in rows
    ]
    return table(table_rows, right=(3, 4))


def csv_written(count: int, path: str) -> str:
    return f"Wrote {count:,} transactions to {path}."


# --- security -------------------------------------------------------------------------------


def password_set(profile: str) -> str:
    return (
        f"{profile}'s password is set: the window asks for it to open the "
        "profile, and budget and security changes need it."
    )


def password_removed(profile: str) -> str:
    return f"{profile}'s password is removed."


def totp_started(profile: str, secret: str, uri: str) -> list[str]:
    import shlex

    return [
        f"Add this secret to your authenticator app: {secret}",
        f"(or open this link on the phone: {uri})",
        "Then turn two-step on with the code the app shows:",
        f"  giftdesk security {shlex.quote(profile)} --confirm-totp - --code CODE",
        f"and type the secret when asked (or give it in {TOTP_SECRET_ENV}): a secret "
        "on the command line is seen by other users' `ps` and kept in shell history.",
    ]


def totp_on(profile) -> str:
    guarded = (
        "payouts, and purchases above the threshold,"
        if profile.is_creator
        else "purchases above the threshold"
    )
    return f"Two-step check is on for {profile.name}: {guarded} need a code from the app."


def security_status(profile: str, status) -> list[str]:
    threshold = status.purchase_threshold_cents
    lines = [
        f"{profile}: password {'set' if status.has_password else 'not set'}; "
        f"two-step check {'on' if status.totp_enabled else 'off'}."
    ]
    if threshold is None:
        lines.append("No purchase threshold: purchases never need a code.")
    else:
        applies = "" if status.totp_enabled else " (once two-step is on)"
        lines.append(f"Purchases above {fmt.usd(threshold)} need a code{applies}.")
    if status.locked_seconds:
        lines.append(f"Locked after wrong tries: {status.locked_seconds} seconds to wait.")
    return lines


# --- the ledger and its files ---------------------------------------------------------------


def verified(checks) -> list[str]:
    lines = [
        f"{'ok  ' if c.ok else 'FAIL'}  {c.name}{': ' + c.detail if c.detail else ''}"
        for c in checks
    ]
    ok = all(c.ok for c in checks)
    lines.append("The ledger is consistent." if ok else "The ledger has problems (see FAIL above).")
    return lines


def backed_up(dest: str, checks: int) -> str:
    return f"Backed up to {dest}; the copy passed {checks} checks."


def restored(source: str, done) -> list[str]:
    lines = [f"Restored from {source}; {len(done.checks)} checks passed."]
    if done.carried:
        lines.append("Kept what already happened outside GiftDesk after the backup was made:")
        lines += [f"  {_moved(m)}" for m in done.carried]
    if done.previous is not None:
        lines.append(f"The previous contents were kept in {done.previous}.")
    return lines


def _moved(m) -> str:
    """A purchase or payout a restore carried, in a line."""
    day = m.created_at[:10]
    if m.kind == "purchase":
        return (
            f"purchase {m.reference}: {m.profile} bought {fmt.coins(m.coins)} for "
            f"{fmt.usd(m.cents)} on {day}"
        )
    what = "payout" if m.kind == "payout" else "payout settled"
    return (
        f"{what} {m.reference}: {fmt.diamonds(m.diamonds)} ({fmt.usd(m.cents)}) to "
        f"{m.profile} on {day}, {m.status}"
    )
