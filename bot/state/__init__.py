"""The bot's state, in one database behind one SQLAlchemy URL (`db`; KKRBOT_DATABASE_URL, else a
SQLite file beside the index): digest subscriptions, follows and the post ledger (`subscriptions`),
arrivals and the outbox of arrivals still to announce (`arrivals`), feedback votes (`feedback`), the
Slack deliveries already answered (`seen`), the lease of the one scheduler (`lease`), and what
fetching from KL's site has seen per page and document (`fetch`); the scheduler's jobs live in the
same database."""
