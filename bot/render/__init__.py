"""Rendering, pure: answers, whole items, help, meetings, App Home and digests → a `Reply`
(fallback text + Block Kit), within Slack's limits (`mrkdwn`); `plain_text` for the terminal."""
