"""Every failure a user can cause, as an exception whose message a user can read.

Two families, matching the CLI's exit codes: `InvalidInput` (exit 2) is a request that cannot
mean anything (unknown name, malformed number or card); `RuleError` (exit 3) is a well-formed
request that a rule or the payment provider refuses.
"""


class GiftDeskError(Exception):
    """Base of every expected failure; `str()` is the user-facing message."""

    exit_code = 1


class InvalidInput(GiftDeskError):
    exit_code = 2


class UnknownProfile(InvalidInput):
    pass


class UnknownGift(InvalidInput):
    pass


class UnknownPackage(InvalidInput):
    pass


class UnknownPayout(InvalidInput):
    pass


class UnknownTransaction(InvalidInput):
    pass


class InvalidName(InvalidInput):
    pass


class InvalidDate(InvalidInput):
    pass


class InvalidAmount(InvalidInput):
    pass


class InvalidCard(InvalidInput):
    pass


class InvalidPaymentMethod(InvalidInput):
    pass


class InvalidTimeZone(InvalidInput):
    """A time zone name that is not in the IANA database (or a path, 'localtime', a TZ string)."""


class InvalidPath(InvalidInput):
    """A file name the user gave that cannot be used: it exists already, or is a folder."""


class InvalidDatabaseTarget(InvalidInput):
    """A `--db` value that names no database GiftDesk can use: a postgresql:// URL that is
    malformed or carries a password (which would then be in the process's arguments)."""


class RulesFileError(GiftDeskError):
    """The rules file is missing a field or has a value of the wrong kind."""


class StorageError(GiftDeskError):
    """The database file cannot be opened, read or written."""


class WriteConflict(StorageError):
    """The database server cancelled a write, which it rolled back, to let another connection's
    write through (a serialization failure or a deadlock): running it again is safe, and the
    services do so (services/context.retried) before they give up with this."""


class PasswordNeeded(StorageError):
    """The PostgreSQL server asks for a password that neither PGPASSWORD nor ~/.pgpass gives,
    or refused the one given: a face asks for one and opens again with
    `Services.open(target, password=...)`."""


class NotAGiftDeskDatabase(StorageError):
    exit_code = 2


class DamagedDatabase(StorageError):
    """SQLite found the open file malformed part-way through a command (a damaged page)."""

    exit_code = 2

    def __init__(self, detail: str) -> None:
        super().__init__(f"the database is damaged ({detail})")
        self.detail = detail  # SQLite's own words


class UnsafeFile(StorageError):
    """The database file belongs to another user, or others may write it."""

    exit_code = 2


class Cancelled(GiftDeskError):
    """The user stopped a long job (an export, a verification) before it was done; it kept
    nothing. Only the window can cancel, so the CLI never exits with it."""


class RuleError(GiftDeskError):
    exit_code = 3


class Underage(RuleError):
    pass


class SelfGift(RuleError):
    pass


class NotACreator(RuleError):
    pass


class DuplicateProfile(RuleError):
    pass


class InsufficientCoins(RuleError):
    def __init__(self, message: str, *, needed_coins: int, balance_coins: int) -> None:
        super().__init__(message)
        self.needed_coins = needed_coins
        self.balance_coins = balance_coins

    @property
    def missing_coins(self) -> int:
        return self.needed_coins - self.balance_coins


class InsufficientDiamonds(RuleError):
    pass


class ChannelRuleError(RuleError):
    """A purchase the chosen channel does not offer (custom amounts on the app channel)."""


class AmountOutOfRange(RuleError):
    pass


class ComboNotAllowed(RuleError):
    pass


class BudgetExceeded(RuleError):
    pass


class CardDeclined(RuleError):
    pass


class PayoutBelowMinimum(RuleError):
    pass


class PayoutOverDailyLimit(RuleError):
    pass


class UndoWindowClosed(RuleError):
    pass


class NothingToUndo(RuleError):
    pass


class IdempotencyConflict(RuleError):
    pass


# --- security: profile password and second factor ---------------------------------------------


class MalformedCredential(InvalidInput):
    """A password or code that cannot be one: wrong length, control characters, not 6 digits."""


class WrongPassword(RuleError):
    pass


class PasswordLocked(RuleError):
    """Too many wrong passwords or codes in a row: the profile waits before the next try."""

    def __init__(self, message: str, *, wait_seconds: int) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class PasswordRequired(RuleError):
    pass


class SecondFactorRequired(RuleError):
    pass


class InvalidSecondFactor(RuleError):
    """A wrong or expired code, or one that was already used."""


class SecondFactorAlreadyEnabled(RuleError):
    pass


class RestoreWouldForget(RuleError):
    """A restore would forget money that already moved outside GiftDesk (a purchase charged,
    a payout paid or pending) and cannot carry it into the backup."""


# --- LIVE -------------------------------------------------------------------------------------


class InvalidTitle(InvalidInput):
    """A LIVE's title that cannot be shown: empty, too long, or with control characters."""


class AlreadyLive(RuleError):
    """A creator who is on air already cannot go LIVE again until that LIVE ends."""


class NotLive(RuleError):
    """What only a creator on air can have: ending a LIVE, a gift sent during one."""
