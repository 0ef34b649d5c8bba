"""Integer rates: the only way an amount in one unit becomes an amount in another."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rate:
    """An exact fraction `num / den` applied to integers, never to floats."""

    num: int
    den: int

    def __post_init__(self) -> None:
        if isinstance(self.num, bool) or isinstance(self.den, bool):
            raise ValueError("a rate is two integers")
        if not isinstance(self.num, int) or not isinstance(self.den, int):
            raise ValueError("a rate is two integers")
        if self.num < 0 or self.den <= 0:
            raise ValueError("a rate needs a numerator >= 0 and a denominator > 0")

    def floor(self, amount: int) -> int:
        """Where value is created (diamonds, payouts, fees) we round down."""
        return amount * self.num // self.den

    def percent(self) -> int:
        """The rate in whole percent, rounded down (30 for 30/100), for the words around it."""
        return self.num * 100 // self.den

    def ceil(self, amount: int) -> int:
        """Where a customer is charged for a custom amount we round up."""
        return -(-amount * self.num // self.den)
