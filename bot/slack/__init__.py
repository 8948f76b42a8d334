"""Slack: the Bolt app (`app.create_app`), its listeners by area, event dedupe, the HTTP server
for `kkrbot serve --http`, and the checked posting of replies (`send`)."""
