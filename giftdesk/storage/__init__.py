"""Storage: the only package that knows the engine (SQLite, the default; PostgreSQL for a
shared ledger, DESIGN 12, being added).

Every table has its home here, a module per group of tables; services call these named
functions inside their `Store.write()` transaction and hold no SQL.

    db             opening the file, pragmas, the write transaction, snapshots, the header
    migrations     the numbered schema migrations; schema: the schema a file must have
    pg_migrations  the same schema on PostgreSQL, as its own numbered migrations
    pg_connection  a psycopg connection with the part of sqlite3's API storage uses
    ledger         accounts, transactions, transfers, stored results
    profiles       profiles; profile_names: their look-alike keys
    spending       budget spending per day and month
    gifts          gift records and each creator's running totals
    totals         the Earnings totals (per creator, day and context; per supporter)
    notifications  the newest gift each creator has seen
    recharges      purchases of coins
    payouts        payout requests and their settlement
    security       passwords, two-step secrets, purchase thresholds, wrong tries
    history        a profile's history, a page at a time (reads only)
    statements     what a monthly statement reads (reads only)
    verify         the ledger's invariants; carry: what a restore must not forget
    backup_files   the files a backup or a restore makes beside the wallet
    errors         the engine's errors in GiftDesk's terms
    targets        what a --db value names: a SQLite file or a PostgreSQL database
"""
