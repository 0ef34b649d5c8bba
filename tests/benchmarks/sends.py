"""What the send benchmarks share on either engine: funded viewers, and a burst's figures."""

from __future__ import annotations

import os
import statistics

from giftdesk.services import Services


def funded(
    target: str | os.PathLike[str], viewers: int, *, creators: int = 1
) -> tuple[Services, list[int], list[int]]:
    """Services on `target` (a SQLite path or a postgresql:// URL) with `creators` creators
    and `viewers` adult viewers holding 2,500,000 coins each: (services, viewers, creators)."""
    services = Services.open(target)
    creator_ids = [
        services.profiles.add(f"Creator {i}", birthdate="1985-01-01", creator=True).id
        for i in range(creators)
    ]
    ids = []
    for i in range(viewers):
        vid = services.profiles.add(f"Viewer {i}", birthdate="1990-01-01").id
        services.recharge.recharge(
            vid, coins=2_500_000, channel="web", method="paypal", custom=True
        )
        ids.append(vid)
    return services, ids, creator_ids


def burst_figures(rates: dict[str, list[float]]) -> dict:
    """From the rounds' gifts/s of the burst with streaks ("ours"), without ("single") and of
    the raw floor ("raw"): the medians, and the two ratios against the floor."""
    ours, single, floor = (statistics.median(rates[k]) for k in ("ours", "single", "raw"))
    return {
        "burst_send_ratio": ours / floor,
        "burst_sends_per_s": ours,
        "burst_raw_per_s": floor,
        "burst_no_streaks_ratio": single / floor,
        "burst_no_streaks_sends_per_s": single,
    }
