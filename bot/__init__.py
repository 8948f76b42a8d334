"""kkrbot's bot: the Slack app, the terminal chat and the `kkrbot` command over `index/`.

- `settings`: all configuration, read once; `conversation`: the handlers, Slack-free;
- `render`: answers, items, meetings and digests → Block Kit (pure);
- `slack`: the Bolt app, its listeners, the HTTP server, posting;
- `digests`: scheduled digests, arrival posts and topic alerts, the inbox and DM intake;
- `state`: the SQLite state file (subscriptions, ledger, follows, arrivals, feedback);
- `cli`: the `kkrbot` commands, thin shells over the above.
"""
