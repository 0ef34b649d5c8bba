"""The text the commands print for people, in the language of the system's locale: a sentence
or a table made from the facts a service returned, a function each, marked with `_()` for the
catalogs (resources/i18n/giftdesk_<language>.po).

Only the text output is made here: the JSON keys, the exit codes and the `giftdesk: error:`
prefix are a contract and never translated. Refusals are worded where they are raised, as the
domain's are; a history row's words are giftdesk/history_text.py's, which the CSV export
shares; every amount and time goes through giftdesk/formatting.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from giftdesk import formatting as fmt
from giftdesk.cli.prompts import TOTP_SECRET_ENV
from giftdesk.i18n import _, ngettext


def replayed() -> str:
    return _(
        "Replayed: this key was used before for this same request, so nothing was done again. "
        "Its first result, as it was then:"
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
    made = (
        _("Created creator profile '{name}' (#{number}); its budget days and age follow {zone}.")
        if p.is_creator
        else _(
            "Created viewer profile '{name}' (#{number}); its budget days and age follow {zone}."
        )
    )
    return made.format(name=p.name, number=p.id, zone=p.time_zone)


def time_zone(profile, today) -> str:
    return _("{name}'s budget days and age follow {zone} (today there: {today}).").format(
        name=profile.name, zone=profile.time_zone, today=fmt.date(today)
    )


def profiles_table(profiles: list[dict]) -> list[str]:
    """`profiles list`'s entries; a locked profile by name only, as the window shows it."""
    if not profiles:
        return [_("No profiles yet. Create one: giftdesk profiles add NAME --birthdate YYYY-MM-DD")]

    def figure(p: dict, key: str) -> str:
        return _("locked") if p["locked"] else fmt.group(p[key])

    rows = [(_("NAME"), _("KIND"), _("COINS"), _("DIAMONDS"))] + [
        (
            p["profile"],
            _("creator") if p["creator"] else _("viewer"),
            figure(p, "coins"),
            figure(p, "diamonds") if p["creator"] else "-",
        )
        for p in profiles
    ]
    return table(rows, right=(2, 3))


def budget(profile, left: int | None) -> list[str]:
    b = profile.budget

    def cap(value: int | None) -> str:
        return _("no cap") if value is None else fmt.coins(value)

    lines = [
        _("{name}'s budget: daily {daily}, monthly {monthly}.").format(
            name=profile.name, daily=cap(b.daily_coins), monthly=cap(b.monthly_coins)
        )
    ]
    if left is not None:
        lines.append(_("Left today: {coins}.").format(coins=fmt.coins(left)))
    return lines


# --- what things cost -----------------------------------------------------------------------


def gifts_table(gifts: list[dict], max_combo_count: int) -> list[str]:
    up_to = _("up to x{count}").format(count=fmt.group(max_combo_count))
    rows = [(_("GIFT"), _("COINS"), _("COMBO"))] + [
        (
            g["name"],
            fmt.group(g["coins"]),
            up_to if g["streakable"] else "-",
        )
        for g in gifts
    ]
    return table(rows, right=(1,))


def packages_table(packages: list[dict], rules, *, web: bool) -> list[str]:
    """The packages, then what the web sells besides (when `web` is shown) and the store fee."""
    rows = [(_("CHANNEL"), _("COINS"), _("PRICE"), _("PER 100 COINS"))] + [
        (
            p["channel"],
            fmt.group(p["coins"]),
            fmt.usd(p["price_cents"]),
            fmt.usd_fraction(p["price_cents"] * 100, p["coins"]),
        )
        for p in packages
    ]
    lines = table(rows, right=(1, 2, 3))
    if web:
        lines.append(
            _(
                "Web also sells custom amounts of {low} to {high} coins at the same rate per coin."
            ).format(low=fmt.group(rules.custom_min_coins), high=fmt.group(rules.custom_max_coins))
        )
    lines.append(
        _(
            "The app store keeps {percent}% of app prices; the web channel pays no store fee."
        ).format(percent=rules.app_store_fee_rate.percent())
    )
    return lines


def quote(requested_coins: int, q) -> list[str]:
    lines = [
        _("Cheapest way to at least {coins}: {price} on the {channel} channel, for {got}.").format(
            coins=fmt.coins(requested_coins),
            price=fmt.usd(q.price_cents),
            channel=q.channel,
            got=fmt.coins(q.coins),
        )
    ]
    for i in q.items:
        what = (
            _("  {count} x {coins}-coin custom amount at {price}")
            if i.kind == "custom"
            else _("  {count} x {coins}-coin package at {price}")
        )
        lines.append(
            what.format(
                count=fmt.group(i.count), coins=fmt.group(i.coins), price=fmt.usd(i.price_cents)
            )
        )
    return lines


# --- coins, gifts and payouts ---------------------------------------------------------------


def recharged(result) -> list[str]:
    bought = (
        _("{name} bought {coins} + {bonus} bonus coins for {price}")
        if result.bonus_coins
        else _("{name} bought {coins} for {price}")
    ).format(
        name=result.profile,
        coins=fmt.coins(result.coins),
        bonus=fmt.group(result.bonus_coins),
        price=fmt.usd(result.price_cents),
    )
    paid_with = (
        _("{bought} with {card}. Balance: {balance}.")
        if result.card
        else _("{bought} by {method}. Balance: {balance}.")
    )
    return [
        paid_with.format(
            bought=bought,
            card=_card(result.card) if result.card else None,
            method=result.method,
            balance=fmt.coins(result.balance_coins),
        ),
        _("Transaction {transaction}; payment reference {reference}.").format(
            transaction=result.transaction_reference, reference=result.reference
        ),
    ]


def _card(card: str) -> str:
    """The card a purchase was paid with, as the result words it ("Visa ending 4242": that
    string is also the JSON's), in the language."""
    brand, ending, last4 = card.rpartition(" ending ")
    return _("{brand} ending {last4}").format(brand=brand, last4=last4) if ending else card


def sent(result, undo_seconds: int) -> list[str]:
    gift = f"{result.gift} x{fmt.group(result.count)}" if result.count > 1 else result.gift
    sent_to = (
        _(
            "{sender} sent {gift} to {creator} during the LIVE: {coins}; {creator} receives "
            "{diamonds} ({amount}). Balance: {balance}."
        )
        if result.live_id is not None
        else _(
            "{sender} sent {gift} to {creator}: {coins}; {creator} receives {diamonds} "
            "({amount}). Balance: {balance}."
        )
    )
    return [
        sent_to.format(
            sender=result.sender,
            gift=gift,
            creator=result.creator,
            coins=fmt.coins(result.coins_spent),
            diamonds=fmt.diamonds(result.diamonds_credited),
            amount=fmt.usd(result.diamonds_cents),
            balance=fmt.coins(result.balance_coins),
        ),
        *([] if result.money_trail is None else [money_trail(result.money_trail, result.creator)]),
        _("Transaction {transaction}; undo within {seconds} s: giftdesk undo {transaction}").format(
            transaction=result.transaction_reference, seconds=undo_seconds
        ),
    ]


def money_trail(trail, creator: str) -> str:
    """Where a gift's money went, in one line."""
    if trail.paid_cents <= 0:
        return _(
            "These coins cost nothing; {creator} receives {creator_amount}, paid by the platform."
        ).format(creator=creator, creator_amount=fmt.usd(trail.creator_cents))
    return _(
        "Those coins cost {paid}: {creator} gets {creator_amount} ({percent}%), the platform "
        "{platform}, the app store {store}."
    ).format(
        paid=fmt.usd(trail.paid_cents),
        creator=creator,
        creator_amount=fmt.usd(trail.creator_cents),
        percent=fmt.group(trail.creator_percent() or 0),
        platform=fmt.usd(trail.platform_cents),
        store=fmt.usd(trail.store_fee_cents),
    )


def spending(m) -> list[str]:
    """A month's spending, where it went, and by creator."""
    lines = [
        _("{profile} in {month}: {coins} of gifts, which cost {paid}.").format(
            profile=m.profile, month=m.month, coins=fmt.coins(m.coins), paid=fmt.usd(m.paid_cents)
        ),
        _(
            "Where it went: creators {creator_amount}, the platform {platform}, the app store "
            "{store}."
        ).format(
            creator_amount=fmt.usd(m.creator_cents),
            platform=fmt.usd(m.platform_cents),
            store=fmt.usd(m.store_fee_cents),
        ),
    ]
    if m.by_creator:
        rows = [(_("Creator"), _("Coins"), _("Paid"), _("Creator's part"))]
        rows += [
            (c.creator, fmt.coins(c.coins), fmt.usd(c.paid_cents), fmt.usd(c.creator_cents))
            for c in m.by_creator
        ]
        lines += table(rows, right=(1, 2, 3))
    lines.append(
        _("Coins not spent yet: {coins}, which cost {paid}.").format(
            coins=fmt.coins(m.unspent_coins), paid=fmt.usd(m.unspent_cents)
        )
    )
    return lines


def journal_written(entries: int, fmt_name: str, path: str) -> str:
    return ngettext(
        "Wrote {count} transaction as a {format} journal to {path}.",
        "Wrote {count} transactions as a {format} journal to {path}.",
        entries,
    ).format(count=fmt.group(entries), format=fmt_name, path=path)


def statement_written(profile: str, month: str, path: str) -> str:
    return _("Wrote {profile}'s statement for {month} to {path}.").format(
        profile=profile, month=month, path=path
    )


def undone(result) -> str:
    return _("Undid {gift} x{count}: {coins} back. Balance: {balance}.").format(
        gift=result.gift,
        count=fmt.group(result.count),
        coins=fmt.coins(result.coins_refunded),
        balance=fmt.coins(result.balance_coins),
    )


def payout_requested(result) -> str:
    return _(
        "Payout of {diamonds} ({amount}) to {method} requested: {status}. "
        "Reference {reference}, transaction {transaction}."
    ).format(
        diamonds=fmt.diamonds(result.diamonds),
        amount=fmt.usd(result.cents),
        method=result.method,
        status=status(result.status),
        reference=result.reference,
        transaction=result.transaction_reference,
    )


def payout_settled(r) -> str:
    return _("Payout {reference} of {amount}: {status}.").format(
        reference=r.reference, amount=fmt.usd(r.cents), status=status(r.status)
    )


def status(value: str) -> str:
    """A payout's status in words; one not known here as it is stored."""
    return {"pending": _("pending"), "paid": _("paid"), "failed": _("failed")}.get(value, value)


def payouts_table(creator: str, payouts: list[dict]) -> list[str]:
    if not payouts:
        return [_("{name} has no payouts yet.").format(name=creator)]
    rows = [
        (_("REFERENCE"), _("REQUESTED (UTC)"), _("DIAMONDS"), _("AMOUNT"), _("METHOD"), _("STATUS"))
    ] + [
        (
            p["reference"],
            fmt.timestamp(p["created_at"]),
            fmt.group(p["diamonds"]),
            fmt.usd(p["cents"]),
            p["method"],
            status(p["status"]),
        )
        for p in payouts
    ]
    return table(rows, right=(2, 3))


# --- what a profile has and did ------------------------------------------------------------


def balance(b, *, creator: bool, left: int | None) -> list[str]:
    lines = [f"{b.profile}: {fmt.coins(b.coins)}"]
    if creator:
        worth = _("{diamonds} (worth {amount})").format(
            diamonds=fmt.diamonds(b.diamonds), amount=fmt.usd(b.diamonds_cents)
        )
        lines.append(f"{' ' * len(b.profile)}  {worth}")
    if left is not None:
        lines.append(_("Budget left today: {coins}").format(coins=fmt.coins(left)))
    return lines


def history_table(profile: str, rows) -> list[str]:
    from giftdesk.history_text import describe

    if not rows:
        return [_("{name} has no transactions yet.").format(name=profile)]
    table_rows = [(_("TRANSACTION"), _("WHEN (UTC)"), _("WHAT"), _("COINS"), _("DIAMONDS"))] + [
        (
            r.reference,
            fmt.timestamp(r.created_at),
            describe(r),
            fmt.signed(r.coins),
            fmt.signed(r.diamonds),
        )
        for r in rows
    ]
    return table(table_rows, right=(3, 4))


def csv_written(count: int, path: str) -> str:
    return ngettext(
        "Wrote {count} transaction to {path}.", "Wrote {count} transactions to {path}.", count
    ).format(count=fmt.group(count), path=path)


# --- security -------------------------------------------------------------------------------


def password_set(profile: str) -> str:
    return _(
        "{name}'s password is set: the window asks for it to open the profile, and budget and "
        "security changes need it."
    ).format(name=profile)


def password_removed(profile: str) -> str:
    return _("{name}'s password is removed.").format(name=profile)


def totp_started(profile: str, secret: str, uri: str) -> list[str]:
    import shlex

    return [
        _("Add this secret to your authenticator app: {secret}").format(secret=secret),
        _("(or open this link on the phone: {link})").format(link=uri),
        _("Then turn two-step on with the code the app shows:"),
        f"  giftdesk security {shlex.quote(profile)} --confirm-totp - --code CODE",
        _(
            "and type the secret when asked (or give it in {variable}): a secret on the command "
            "line is seen by other users' `ps` and kept in shell history."
        ).format(variable=TOTP_SECRET_ENV),
    ]


def totp_on(profile) -> str:
    on = (
        _(
            "Two-step check is on for {name}: payouts, and purchases above the threshold, need a "
            "code from the app."
        )
        if profile.is_creator
        else _(
            "Two-step check is on for {name}: purchases above the threshold need a code from the "
            "app."
        )
    )
    return on.format(name=profile.name)


def security_status(profile: str, status) -> list[str]:
    threshold = status.purchase_threshold_cents
    password = _("password set") if status.has_password else _("password not set")
    two_step = _("two-step check on") if status.totp_enabled else _("two-step check off")
    lines = [f"{profile}: {password}; {two_step}."]
    if threshold is None:
        lines.append(_("No purchase threshold: purchases never need a code."))
    else:
        needs = (
            _("Purchases above {amount} need a code.")
            if status.totp_enabled
            else _("Purchases above {amount} need a code (once two-step is on).")
        )
        lines.append(needs.format(amount=fmt.usd(threshold)))
    if status.locked_seconds:
        lines.append(
            ngettext(
                "Locked after wrong tries: {count} second to wait.",
                "Locked after wrong tries: {count} seconds to wait.",
                status.locked_seconds,
            ).format(count=status.locked_seconds)
        )
    return lines


# --- the ledger and its files ---------------------------------------------------------------


def verified(checks) -> list[str]:
    lines = [
        f"{'ok  ' if c.ok else 'FAIL'}  {c.name}{': ' + c.detail if c.detail else ''}"
        for c in checks
    ]
    ok = all(c.ok for c in checks)
    lines.append(
        _("The ledger is consistent.") if ok else _("The ledger has problems (see FAIL above).")
    )
    return lines


def backed_up(dest: str, checks: int) -> str:
    return ngettext(
        "Backed up to {path}; the copy passed {count} check.",
        "Backed up to {path}; the copy passed {count} checks.",
        checks,
    ).format(path=dest, count=checks)


def restored(source: str, done) -> list[str]:
    lines = [
        ngettext(
            "Restored from {path}; {count} check passed.",
            "Restored from {path}; {count} checks passed.",
            len(done.checks),
        ).format(path=source, count=len(done.checks))
    ]
    if done.carried:
        lines.append(_("Kept what already happened outside GiftDesk after the backup was made:"))
        lines += [f"  {_moved(m)}" for m in done.carried]
    if done.previous is not None:
        lines.append(_("The previous contents were kept in {path}.").format(path=done.previous))
    return lines


def _moved(m) -> str:
    """A purchase or payout a restore carried, in a line."""
    import datetime as dt

    day = fmt.date(dt.date.fromisoformat(m.created_at[:10]))
    if m.kind == "purchase":
        return _("purchase {reference}: {name} bought {coins} for {price} on {day}").format(
            reference=m.reference,
            name=m.profile,
            coins=fmt.coins(m.coins),
            price=fmt.usd(m.cents),
            day=day,
        )
    what = (
        _("payout {reference}: {diamonds} ({amount}) to {name} on {day}, {status}")
        if m.kind == "payout"
        else _("payout settled {reference}: {diamonds} ({amount}) to {name} on {day}, {status}")
    )
    return what.format(
        reference=m.reference,
        diamonds=fmt.diamonds(m.diamonds),
        amount=fmt.usd(m.cents),
        name=m.profile,
        day=day,
        status=status(m.status),
    )


def copied(done) -> str:
    """What `copy` did, in a line: what it kept, and that both ends verify."""
    c = done.counts
    return _(
        "Copied {source} to {dest}, kept: profiles {profiles}, transactions {transactions}, "
        "LIVEs {lives}; every check of verify passed on both."
    ).format(
        source=done.source,
        dest=done.dest,
        profiles=fmt.group(c["profiles"]),
        transactions=fmt.group(c["transactions"]),
        lives=fmt.group(c["lives"]),
    )
