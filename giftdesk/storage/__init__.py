"""SQLite storage: opening the file, the schema's migrations, the ledger and its queries.

The only package that knows the engine is SQLite.
"""
