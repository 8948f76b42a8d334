"""`/kkr status` through the real app on 127.0.0.1: the sources' state for admins (KKRBOT_ADMINS),
a plain refusal for everyone else; and the same rows as `kkrbot sources` prints them."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timezone

from bot import wiring
from bot.fetch.sources import Source
from bot.fetch.status import source_statuses
from bot.render.sources import sources_table
from bot.state.fetch import DocumentState, FetchState, SourceState
from tests.support.slackapp import NOW, running_app, settings_for_test

MIDT = Source("KKR Midtjylland", "https://www.kl.dk/politik/kkr/kkr-midtjylland/moededatoer-dagsordener-og-referater/")
SYD = Source("KKR Syddanmark", "https://www.kl.dk/politik/kkr/kkr-syddanmark/moededatoer-dagsordener-og-referater/")
CHECKED = datetime(2026, 11, 23, 7, 0, tzinfo=timezone.utc)


def seeded(state: FetchState) -> None:
    state.save_source(SourceState(MIDT.url, MIDT.council, last_check=CHECKED, last_change=CHECKED, documents_found=2))
    state.save_source(SourceState(SYD.url, SYD.council, last_check=CHECKED, last_error="HTTP 503 (3 tries)"))
    for n, status in enumerate(("ingested", "failed")):
        state.save_document(DocumentState(f"https://www.kl.dk/media/{n}.pdf", MIDT.url, "minutes", status, MIDT.council, date(2026, 11, 1)))  # type: ignore[arg-type]
    state.save_document(DocumentState("https://www.kl.dk/media/b.pdf", MIDT.url, "attachment", "skipped"))


def test_status_is_shown_to_admins_only(tmp_path, fake_slack, sample_index):
    settings = replace(settings_for_test(sample_index, tmp_path, fake_slack), admins=frozenset({"U-ADMIN"}),
                       fetch_values=(("KKRBOT_SOURCES", f"Midtjylland={MIDT.url}; Syddanmark={SYD.url}"),))  # fmt: skip
    seeded(FetchState.sqlite(settings.state_path))
    runtime = wiring.runtime(settings, sample_index.engine, lambda: NOW, client=wiring.slack_client(settings))
    with running_app(settings, wiring.conversation(settings, sample_index.engine, lambda: NOW, digests=runtime), fake_slack, runtime) as app:
        app.send_command("status", user="U-ADMIN", key="admin")
        app.send_command("status", user="U-ANNE", key="anne")
        fake_slack.wait_for(lambda: len(fake_slack.responses()) == 2)
    by_key = {r["response_key"]: r for r in fake_slack.responses()}
    shown = json.dumps(by_key["admin"], ensure_ascii=False)
    assert by_key["admin"]["response_type"] == "ephemeral"
    for piece in ("*KKR Midtjylland*", "Sidst tjekket: 2026-11-23 08:00 · sidst ændret: 2026-11-23 08:00",
                  "Dokumenter: 2 på siden, 1 indlæst, 1 fejlet", "*KKR Syddanmark*", "Seneste fejl: HTTP 503 (3 tries)"):  # fmt: skip
        assert piece in shown, piece
    refused = json.dumps(by_key["anne"], ensure_ascii=False)
    assert "Kun bottens administratorer" in refused and "Midtjylland" not in refused


def test_sources_table_lists_every_configured_source_even_one_never_checked(tmp_path):
    state = FetchState.sqlite(tmp_path / "kkrbot.sqlite")
    seeded(state)
    nord = Source("KKR Nordjylland", "https://www.kl.dk/politik/kkr/kkr-nordjylland/")
    text = sources_table(source_statuses([MIDT, SYD, nord], state), "Europe/Copenhagen")
    assert text.splitlines()[:5] == [
        f"KKR Midtjylland  {MIDT.url}", "  last check:  2026-11-23 08:00", "  last change: 2026-11-23 08:00",
        "  documents:   2 listed, 1 in the index, 1 failed", "  last error:  none"]  # fmt: skip
    assert text.splitlines()[9] == "  last error:  HTTP 503 (3 tries)"
    assert text.splitlines()[10:] == [f"KKR Nordjylland  {nord.url}", "  last check:  never", "  last change: never",
                                      "  documents:   0 listed, 0 in the index, 0 failed", "  last error:  none"]  # fmt: skip
