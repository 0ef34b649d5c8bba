"""The File menu's long jobs as small operations, one module each (as Anki's
`aqt/operations/`): each asks what it needs, runs its read of the ledger in a worker through
`start_job` (operations/job.py), and reports the outcome. The window wires them to its menus;
it does not hold them."""
