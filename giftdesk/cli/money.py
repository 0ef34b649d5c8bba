"""The commands that move coins, diamonds or money, each idempotent by `--key`: `recharge`,
`send`, `undo`, `payout`, and `payouts` (which lists a creator's payouts, and with `--settle`
has the payout provider process the pending ones)."""

from __future__ import annotations

from giftdesk.cli import text
from giftdesk.cli.output import Output
from giftdesk.cli.prompts import act_as, card_from_environment_or_terminal
from giftdesk.domain.errors import InvalidPaymentMethod
from giftdesk.i18n import _


def recharge(s, args, out: Output) -> dict:
    from giftdesk.services.payments import CardDetails

    profile = s.profiles.find(args.profile)
    act_as(s, profile)
    card = None
    if args.card is not None or args.expiry is not None or args.cvc is not None:
        if args.method != "card":  # typed for nothing: say so rather than charge without it
            raise InvalidPaymentMethod(
                _(
                    "--card, --expiry and --cvc go with --method card, not {method}; nothing was "
                    "charged"
                ).format(method=args.method)
            )
        if args.card == "-":
            card = card_from_environment_or_terminal(args)
        else:
            card = CardDetails(args.card or "", args.expiry or "", args.cvc or "")
    custom = args.custom is not None
    result = s.recharge.recharge(
        profile.id,
        coins=args.custom if custom else args.package,
        channel=args.channel,
        method=args.method,
        custom=custom,
        card=card,
        key=args.key,
        second_factor=args.code,
    )
    out.extend(text.recharged(result))
    return _with_reference(result)


def send(s, args, out: Output) -> dict:
    sender = s.profiles.find(args.profile)
    creator = s.profiles.find(args.creator)
    act_as(s, sender)
    result = s.gifts.send(
        sender.id,
        creator.id,
        " ".join(args.gift),
        count=args.count,
        context=args.context,
        key=args.key,
    )
    out.extend(text.sent(result, s.rules.undo_seconds))
    return _with_reference(result)


def undo(s, args, out: Output) -> dict:
    gift = s.gifts.by_reference(args.transaction)  # never another gift under the same number
    act_as(s, s.profiles.get(s.gifts.sender_of(gift)))
    result = s.gifts.undo(gift, key=args.key)
    out.line(text.undone(result))
    return _with_reference(result)


def payout(s, args, out: Output) -> dict:
    creator = s.profiles.find(args.creator)
    act_as(s, creator)
    result = s.payouts.request(
        creator.id, args.diamonds, method=args.method, key=args.key, second_factor=args.code
    )
    out.line(text.payout_requested(result))
    return _with_reference(result)


def payouts(s, args, out: Output) -> dict:
    creator = s.profiles.find(args.creator)
    act_as(s, creator)
    settled = s.payouts.settle_pending(creator.id) if args.settle else []
    out.extend(text.payout_settled(r) for r in settled)
    payouts = [p.as_dict() for p in s.payouts.list(creator.id)]
    out.extend(text.payouts_table(creator.name, payouts))
    return {
        "creator": creator.name,
        "payouts": payouts,
        "settled": [r.as_dict() for r in settled],
    }


def _with_reference(result) -> dict:
    """The result's JSON, with the transaction's reference (added here, not stored with the
    result: a replay of a result stored before references existed gets it too)."""
    return result.as_dict() | {"transaction_reference": result.transaction_reference}
