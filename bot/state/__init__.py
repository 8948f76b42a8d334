"""The bot's state in one SQLite file beside the index (`db`): digest subscriptions, the ledger
of what was posted, follows and arrivals (`subscriptions`), and feedback votes (`feedback`)."""
