"""Issue 14 item 5: the bot token goes only to Slack's hosts over https (or the origin SLACK_API_URL
names), redirects are followed by hand and the token dropped when they leave, and the person who
sent a file reads a fixed sentence while the details go to the log."""

from __future__ import annotations

import httpx
import pytest

from bot.slack.files import FileFetchFailed, FileRefused, FileTooLarge, download, may_carry_token
from tests.support.fakeslack import BOT_TOKEN, FakeSlack

PDF = b"%PDF-1.4 a file"


@pytest.fixture
def elsewhere():
    """Another server on 127.0.0.1 (another origin): somewhere the token must never go."""
    other = FakeSlack()
    other.files["F1"] = PDF
    yield other
    other.stop()


def test_a_file_on_slacks_host_is_fetched_with_the_token(fake_slack, tmp_path):
    fake_slack.files["F1"] = PDF
    assert download(f"{fake_slack.url}/files/F1", BOT_TOKEN, tmp_path / "f.pdf", api_url=fake_slack.api_url) == len(PDF)
    assert (tmp_path / "f.pdf").read_bytes() == PDF
    assert fake_slack.downloads == [("/files/F1", f"Bearer {BOT_TOKEN}")]


@pytest.mark.parametrize("url", [
    "http://files.slack.com/files-pri/T1-F1/a.pdf",  # Slack's host, but not over https
    "https://files.slack.com.evil.example/a.pdf",
    "https://evilslack.com/a.pdf",
    "https://example.org/a.pdf",
    "ftp://files.slack.com/a.pdf",
    "file:///etc/passwd",
    "",
])  # fmt: skip
def test_a_url_that_is_not_slacks_is_refused_before_anything_is_sent(url, tmp_path):
    assert not may_carry_token(url, "https://slack.com/api/")
    with pytest.raises(FileRefused):
        download(url, BOT_TOKEN, tmp_path / "f.pdf", api_url="https://slack.com/api/")
    assert not (tmp_path / "f.pdf").exists()


def test_slacks_hosts_over_https_may_carry_it():
    for url in ("https://files.slack.com/files-pri/T1-F1/a.pdf", "https://slack.com/x", "https://team.slack.com/files/a"):
        assert may_carry_token(url, "https://slack.com/api/")


def test_another_origin_on_the_same_machine_is_not_slack(fake_slack, elsewhere, tmp_path):
    with pytest.raises(FileRefused):
        download(f"{elsewhere.url}/files/F1", BOT_TOKEN, tmp_path / "f.pdf", api_url=fake_slack.api_url)
    assert elsewhere.downloads == []


def test_a_redirect_is_followed_with_the_token_only_while_it_stays_on_slack(fake_slack, elsewhere, tmp_path):
    fake_slack.files["F2"] = PDF
    fake_slack.redirects["F1"] = f"{fake_slack.url}/files/F2"
    download(f"{fake_slack.url}/files/F1", BOT_TOKEN, tmp_path / "f.pdf", api_url=fake_slack.api_url)
    assert fake_slack.downloads == [("/files/F1", f"Bearer {BOT_TOKEN}"), ("/files/F2", f"Bearer {BOT_TOKEN}")]
    fake_slack.redirects["F3"] = f"{elsewhere.url}/files/F1"  # off Slack, and plain http: not followed at all
    with pytest.raises(FileRefused, match="redirected off Slack"):
        download(f"{fake_slack.url}/files/F3", BOT_TOKEN, tmp_path / "g.pdf", api_url=fake_slack.api_url)
    assert elsewhere.downloads == []


def test_a_redirect_off_slack_over_https_is_followed_without_the_token(tmp_path):
    """Slack may send a file on to a CDN: the signed URL needs no token, so none is sent there.
    (Both hosts are played by an httpx transport: https cannot be served on 127.0.0.1 here.)"""
    seen: list[tuple[str, str | None]] = []

    def slack_and_cdn(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers.get("authorization")))
        if request.url.host == "files.slack.com":
            return httpx.Response(302, headers={"Location": "https://cdn.example.net/F1?sig=abc"})
        return httpx.Response(200, content=PDF)

    download("https://files.slack.com/files-pri/T1-F1/a.pdf", BOT_TOKEN, tmp_path / "f.pdf", api_url="https://slack.com/api/",
             transport=httpx.MockTransport(slack_and_cdn))  # fmt: skip
    assert seen == [("files.slack.com", f"Bearer {BOT_TOKEN}"), ("cdn.example.net", None)]
    assert (tmp_path / "f.pdf").read_bytes() == PDF


def test_too_many_redirects_a_missing_file_and_a_large_one_fail_with_their_reason(fake_slack, tmp_path):
    for n in range(5):
        fake_slack.redirects[f"L{n}"] = f"{fake_slack.url}/files/L{n + 1}"
    with pytest.raises(FileRefused, match="redirects"):
        download(f"{fake_slack.url}/files/L0", BOT_TOKEN, tmp_path / "a.pdf", api_url=fake_slack.api_url)
    with pytest.raises(FileFetchFailed, match="HTTP 404"):
        download(f"{fake_slack.url}/files/NONE", BOT_TOKEN, tmp_path / "b.pdf", api_url=fake_slack.api_url)
    fake_slack.files["BIG"] = b"x" * 5000
    with pytest.raises(FileTooLarge):
        download(f"{fake_slack.url}/files/BIG", BOT_TOKEN, tmp_path / "c.pdf", api_url=fake_slack.api_url, max_bytes=1000)
