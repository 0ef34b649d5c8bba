-- What GiftDesk's app role and read-only role may do on its tables (docs/community.md).
--
-- Run by the owner (roles.sql), after the owner's first `giftdesk ... verify` has created the
-- schema, and again after every upgrade whose migrations changed it:
--
--   psql -v ON_ERROR_STOP=1 "postgresql://giftdesk_owner@HOST/giftdesk" -f resources/postgres/grants.sql
--
-- (-v app=... -v reader=... when roles.sql was given other names.) It first takes every
-- privilege on the tables away from both roles, then gives exactly these, so running it again
-- leaves nothing behind that an older version gave.
--
-- The app role: SELECT on every table; INSERT where GiftDesk adds rows; UPDATE only of the
-- columns it changes; DELETE only of the look-alike keys of profile names, which are made
-- again whenever the Unicode data they come from changes (storage/profile_names.py). Nothing
-- else: no TRUNCATE, no REFERENCES, no TRIGGER, no DDL (it owns nothing, and may not create in
-- the schema), so it can neither change the rules the triggers enforce nor empty the ledger.
-- The triggers that write to other tables (a transfer's balances, a purchase's lot, a gift's
-- takes from its lots) run with the owner's rights (SECURITY DEFINER, PostgreSQL migration
-- 3): the app may not change a balance or a lot itself, only through the ledger's rows.
-- Advisory locks (every write takes one) and LISTEN/NOTIFY (change notices) need no grant.
-- New rows' ids: GiftDesk gives them itself, or (transfers) takes them from an identity
-- column, whose sequence a plain INSERT may draw from without a grant on it.

\if :{?app} \else \set app giftdesk_app \endif
\if :{?reader} \else \set reader giftdesk_reader \endif

BEGIN;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"app", :"reader";
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM :"app", :"reader";

-- Reading: the app and the reader alike (the migrations' bookkeeping included: an open
-- reads which have been applied, and the digest of the schema they made).
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"app", :"reader";

-- The ledger, append-only: a transaction's result is recorded once, in its own write.
GRANT INSERT ON transactions, transfers, recharges, gifts, lot_takes TO :"app";
GRANT UPDATE (result) ON transactions TO :"app";

-- Profiles and their wallets: a new profile's accounts (balances move only by the transfers'
-- trigger, transfers_apply, as the owner); budgets and time zones changed by their owners.
GRANT INSERT ON profiles, accounts TO :"app";
GRANT UPDATE (daily_budget_coins, monthly_budget_coins, time_zone) ON profiles TO :"app";

-- Coin lots: nothing. They are made by a purchase's trigger (recharges_make_lots) and taken
-- from by a gift's (lot_takes_follow_rule), both as the owner.

-- Payouts: requested, then settled once. LIVEs: started, their figures kept, ended once (a
-- gift's trigger locks its LIVE FOR SHARE, which the UPDATE grant covers).
GRANT INSERT ON payouts, lives TO :"app";
GRANT UPDATE (status, settle_txn_id) ON payouts TO :"app";
GRANT UPDATE (diamonds, coins, gifts, ended_at, ended_us) ON lives TO :"app";

-- Running totals beside the ledger (verify recomputes each from the ledger).
GRANT INSERT ON creator_totals, spending, spending_trails, creator_day_totals,
    supporter_totals, supporter_days, live_supporters, gift_notifications TO :"app";
GRANT UPDATE (coins_received, diamonds_minted) ON creator_totals TO :"app";
GRANT UPDATE (coins) ON spending TO :"app";
GRANT UPDATE (gifts, coins, paid_cents, store_fee_cents, creator_cents) ON spending_trails
    TO :"app";
GRANT UPDATE (gifts, coins, diamonds) ON creator_day_totals TO :"app";
GRANT UPDATE (gifts, coins) ON supporter_totals, supporter_days, live_supporters TO :"app";
GRANT UPDATE (last_seen_txn_id) ON gift_notifications TO :"app";

-- Passwords (argon2id hashes), second factors and their lock-outs.
GRANT INSERT ON profile_security TO :"app";
GRANT UPDATE (password_hash, failed_attempts, locked_until_us, totp_secret, totp_last_step,
    purchase_threshold_cents) ON profile_security TO :"app";

-- Profile names' look-alike keys, made again from scratch when their Unicode data changes.
GRANT INSERT, DELETE ON profile_look_keys, profile_look_keys_made_with TO :"app";

COMMIT;
