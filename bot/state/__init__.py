"""The bot's state, in one database behind one SQLAlchemy URL (`db`; KKRBOT_DATABASE_URL, else a
SQLite file beside the index), one store per thing kept: channels' digest subscriptions
(`subscriptions`), topic follows (`follows`), the ledger of what was posted where (`ledger`),
arrivals and the outbox of arrivals still to announce (`arrivals`) — the four together are
`posting.PostingState` — feedback votes (`feedback`), the Slack deliveries already answered
(`seen`), messages that could not be delivered (`undelivered`), the lease of the one scheduler
(`lease`), and what fetching from KL's site has seen per page and document (`fetch`); the
scheduler's jobs live in the same database."""
