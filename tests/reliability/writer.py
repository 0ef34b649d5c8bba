"""A writer process for the crash and concurrency trials (run as a script, not collected).

    python writer.py DB SENDER CREATOR PREFIX COUNT [again]

Sends COUNT roses (alternating with small recharges every 10th step) with idempotency keys
PREFIX-0, PREFIX-1, ... and prints `ack KEY TRANSACTION_ID` after each commit, flushed, so the
parent knows exactly which requests were acknowledged before it kills this process. DB is a
file or a postgresql:// URL. With `again`, every 5th request is sent a second time at once,
with its key, and printed as `again KEY TRANSACTION_ID` (the transaction the first one made).
"""

from __future__ import annotations

import sys

from giftdesk.services import Services
from giftdesk.services.results import GiftSent, Recharged


def step(services: Services, sender: int, creator: int, key: str, i: int) -> GiftSent | Recharged:
    if i % 10 == 9:
        return services.recharge.recharge(sender, coins=70, channel="web", method="paypal", key=key)
    return services.gifts.send(sender, creator, "Rose", key=key)


def main() -> int:
    db, sender_name, creator_name, prefix, count = sys.argv[1:6]
    again = sys.argv[6:] == ["again"]
    services = Services.open(db)
    sender = services.profiles.find(sender_name).id
    creator = services.profiles.find(creator_name).id
    for i in range(int(count)):
        key = f"{prefix}-{i}"
        result = step(services, sender, creator, key, i)
        print(f"ack {key} {result.transaction_id}", flush=True)
        if again and i % 5 == 4:
            replayed = step(services, sender, creator, key, i)
            print(f"again {key} {replayed.transaction_id}", flush=True)
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
