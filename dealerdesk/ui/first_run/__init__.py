"""The first start on a new or empty store: the first-run wizard (wizard.py) and what its choice does
(start.py: log in as the new administrator, open the import wizard, or switch to a shared or demo store)."""
