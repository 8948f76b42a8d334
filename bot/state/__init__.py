"""The bot's state in one SQLite file beside the index (`db`): digest subscriptions, the ledger
of what was posted, follows and arrivals (`subscriptions`), feedback votes (`feedback`),
and what fetching from KL's site has seen per page and document (`fetch`, SQLAlchemy Core)."""
