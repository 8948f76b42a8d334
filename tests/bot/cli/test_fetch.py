"""`kkrbot fetch` and `kkrbot sources` over the local KL site, with arrival posts on the fake Slack:
the expected meetings in the index, one line per document, posts once, nothing fetched twice."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.main import main
from bot.state.posting import PostingState
from bot.state.subscriptions import DigestSubscription
from index.engine import AnswerEngine
from index.store import meeting_id_of
from tests.support.klsite import MIDT, MIDT_PAGE, NORD, NORD_PAGE


@pytest.fixture
def env(tmp_path, monkeypatch, kl, fake_slack) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)  # no stray .env; the index and state land in tmp
    site, _, _ = kl
    posting = PostingState.open(tmp_path / "kkrbot.sqlite", clock=lambda: datetime.now(timezone.utc))  # beside the index "ix"
    posting.subscriptions.set(DigestSubscription("C-MIDT", "weekly", "08:00", "mon", (MIDT,)))
    posting.subscriptions.set(DigestSubscription("C-NORD", "weekly", "08:00", "mon", (NORD,)))
    return {
        "KKRBOT_SOURCES": f"Midtjylland={site.url}{MIDT_PAGE}; Nordjylland={site.url}{NORD_PAGE}",
        "KKRBOT_ARCHIVE": str(tmp_path / "archive"),
        "KKRBOT_FETCH_DELAY": "0",
        "KKRBOT_FETCH_TIMEOUT": "0.3",
        "KKRBOT_FETCH_CONTACT": "drift@kommune.example",
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_API_URL": fake_slack.api_url,
    }


def kkrbot(env: dict[str, str], *args: str):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def outcomes(output: str, base: str) -> dict[str, str]:
    return dict(line.removeprefix(base).split(": ", 1) for line in output.splitlines() if line.startswith(base))


def meetings(index: Path) -> set[str]:
    with AnswerEngine(index) as engine:
        return {meeting_id_of(m) for m in engine.meetings()}


def test_fetch_stores_the_listed_meetings_posts_once_and_fetches_nothing_twice(env, kl, fake_slack, tmp_path):
    site, other, e = kl
    p = e.paths
    first = kkrbot(env, "fetch", "--index", "ix", "--since", "2015-01-01")
    assert first.exit_code == 0, first.output
    lines = outcomes(first.stdout, site.url)
    assert lines[p["midt_minutes"]] == "added 1 items" and lines[p["nord_copy"]] == "unchanged"
    assert lines[p["timeout"]] == "error: timed out (3 tries)"
    assert len(lines) == 13  # every agenda and minutes link of the two pages, one line each
    assert meetings(tmp_path / "ix") == e.meetings
    assert sorted(m["channel"] for m in fake_slack.posts()) == ["C-MIDT"] * 2 + ["C-NORD"] * 3  # (an agenda replaced by its minutes in the same run is not announced)
    ua = {r.headers["User-Agent"] for r in site.requests}
    assert ua == {"kkrbot/0.1.0 (KKR agenda and minutes bot; +drift@kommune.example)"}

    site.forget()
    again = kkrbot(env, "fetch", "--index", "ix", "--since", "2015-01-01")
    assert again.exit_code == 0, again.output
    lines = outcomes(again.stdout, site.url)
    fetched = [p[k] for k in ("midt_next", "midt_agenda", "midt_minutes", "corrected", "rate_limited", "nord_minutes", "nord_copy")]
    assert [lines[u] for u in fetched] == ["unchanged"] * 7 and [site.count(u) for u in fetched] == [0] * 7
    assert site.statuses(MIDT_PAGE) == [304] and site.statuses(NORD_PAGE) == [304]
    assert len(fake_slack.posts()) == 5 and meetings(tmp_path / "ix") == e.meetings

    shown = kkrbot(env, "sources", "--index", "ix").stdout
    assert f"KKR Midtjylland  {site.url}{MIDT_PAGE}\n" in shown
    assert "documents:   5 listed, 3 in the index, 2 failed" in shown  # the HTML one and the robots.txt one
    assert "documents:   8 listed, 4 in the index, 4 failed" in shown
    assert "last check:  never" not in shown


def test_without_since_only_the_last_year_is_fetched_and_the_rest_is_said(env, kl):
    site, _, _ = kl
    result = kkrbot(env, "fetch", "--index", "ix", "--dry-run")
    assert result.exit_code == 0 and outcomes(result.stdout, site.url) == {}  # the site's meetings are from 2025
    assert "listed documents of meetings before" in result.stderr and "use --since" in result.stderr


def test_fetch_url_with_council_dry_run_and_council_filter(env, kl):
    site, _, e = kl
    result = kkrbot(env, "fetch", "--index", "ix", "--since", "2025-06-01", "--dry-run", "--url", site.url + NORD_PAGE,
                    "--council", "Nordjylland")  # fmt: skip
    assert outcomes(result.stdout, site.url) == {
        e.paths["corrected"]: "would fetch (minutes, KKR Nordjylland, 2025-06-04)",
        e.paths["elsewhere"]: "would fetch (minutes, KKR Nordjylland, 2025-08-20)",
    }
    only_midt = kkrbot(env, "fetch", "--index", "ix", "--since", "2025-06-01", "--dry-run", "midt")
    assert set(outcomes(only_midt.stdout, site.url)) == {e.paths["midt_next"], e.paths["midt_agenda"], e.paths["midt_minutes"]}
    assert site.count(NORD_PAGE) == 1  # only the --url run read it


def test_bad_input_is_one_line_naming_it(env, kl):
    site, _, _ = kl
    assert "unknown council 'Atlantis'" in kkrbot(env, "fetch", "--index", "ix", "Atlantis").output
    no_council = kkrbot(env, "fetch", "--index", "ix", "--url", site.url + "/liste")
    assert no_council.exit_code == 2 and "the address names no council: give --council" in no_council.output
    bad = kkrbot(env | {"KKRBOT_SOURCES": "Atlantis=https://x.example/"}, "fetch", "--index", "ix")
    assert bad.exit_code == 1 and bad.output.strip() == "Error: KKRBOT_SOURCES entry 'Atlantis=https://x.example/': unknown council 'Atlantis'"
    down = kkrbot(env | {"KKRBOT_SOURCES": f"Syddanmark={site.url}/politik/kkr/kkr-syddanmark/moededatoer-dagsordener-og-referater/"},
                  "fetch", "--index", "ix")  # fmt: skip
    assert down.exit_code == 1 and "error: listing page: HTTP 500 (3 tries)" in down.stdout
    assert "1 listing page(s) failed; they are tried again next run" in down.stderr
