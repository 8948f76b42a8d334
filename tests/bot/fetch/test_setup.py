"""Fetch settings (sources, delay, cap, schedule), the archive's names and lock, and the fetch state
tables on a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from bot.fetch.archive import Archive, ArchiveBusy
from bot.fetch.sources import DEFAULT_SCHEDULE, DEFAULT_SOURCES, Source, SourceError, fetch_config
from bot.state.fetch import DocumentState, FetchState, SourceState


def test_defaults_are_the_five_kkr_pages_with_one_request_a_second_and_a_50_mb_cap():
    config = fetch_config({})
    assert [s.council for s in config.sources] == [
        "KKR Hovedstaden", "KKR Sjælland", "KKR Syddanmark", "KKR Midtjylland", "KKR Nordjylland"]  # fmt: skip
    assert config.sources == DEFAULT_SOURCES and all(s.url.startswith("https://www.kl.dk/politik/kkr/kkr-") for s in config.sources)
    assert (config.delay, config.max_bytes, config.schedule, config.archive_dir) == (1.0, 50 * 1024 * 1024, DEFAULT_SCHEDULE, Path("var/archive"))
    assert config.user_agent("0.1.0") == "kkrbot/0.1.0 (KKR agenda and minutes bot)"


def test_settings_override_delay_contact_archive_schedule_and_cap():
    config = fetch_config({"KKRBOT_FETCH_DELAY": "0", "KKRBOT_FETCH_CONTACT": "it@kommune.dk", "KKRBOT_ARCHIVE": "/srv/kkr",
                           "KKRBOT_FETCH_SCHEDULE": "off", "KKRBOT_FETCH_MAX_MB": "10"})  # fmt: skip
    assert (config.delay, config.archive_dir, config.schedule, config.max_bytes) == (0.0, Path("/srv/kkr"), None, 10 * 1024 * 1024)
    assert config.user_agent("0.1.0") == "kkrbot/0.1.0 (KKR agenda and minutes bot; +it@kommune.dk)"
    with pytest.raises(SourceError, match=r"KKRBOT_FETCH_DELAY='soon': not a number"):
        fetch_config({"KKRBOT_FETCH_DELAY": "soon"})
    with pytest.raises(SourceError, match=r"KKRBOT_FETCH_MAX_MB='0': must be above 0"):
        fetch_config({"KKRBOT_FETCH_MAX_MB": "0"})


def test_inline_sources_name_a_council_in_any_form_or_let_the_address_say_it():
    config = fetch_config({"KKRBOT_SOURCES": "Midtjylland=https://a.example/kkr?x=1; https://www.kl.dk/politik/kkr/kkr-sjaelland/arkiv/\n"
                                             "KKR Nord=https://b.example/n"})  # fmt: skip
    assert config.sources == (Source("KKR Midtjylland", "https://a.example/kkr?x=1"),
                              Source("KKR Sjælland", "https://www.kl.dk/politik/kkr/kkr-sjaelland/arkiv/"),
                              Source("KKR Nordjylland", "https://b.example/n"))  # fmt: skip
    with pytest.raises(SourceError, match=r"entry 'Atlantis=https://c.example/': unknown council 'Atlantis'"):
        fetch_config({"KKRBOT_SOURCES": "Atlantis=https://c.example/"})
    with pytest.raises(SourceError, match="the address names no council: write COUNCIL=URL"):
        fetch_config({"KKRBOT_SOURCES": "https://c.example/"})
    with pytest.raises(SourceError, match="'ftp://c.example/' is not an http"):
        fetch_config({"KKRBOT_SOURCES": "Sjælland=ftp://c.example/"})


def test_a_sources_file_lists_several_pages_per_council(tmp_path):
    (tmp_path / "sources.toml").write_text(
        '[[source]]\ncouncil = "Syddanmark"\nurl = "https://www.kl.dk/a/"\n\n'
        '[[source]]\ncouncil = "KKR Syddanmark"\nurl = "https://www.kl.dk/arkiv/"\n', encoding="utf-8")  # fmt: skip
    config = fetch_config({"KKRBOT_SOURCES": "sources.toml"}, base=tmp_path)
    assert config.sources == (Source("KKR Syddanmark", "https://www.kl.dk/a/"), Source("KKR Syddanmark", "https://www.kl.dk/arkiv/"))
    (tmp_path / "bad.toml").write_text("[[source]]\ncouncil = 'Syddanmark'\n", encoding="utf-8")
    with pytest.raises(SourceError, match="bad.toml: source 1 has no url"):
        fetch_config({"KKRBOT_SOURCES": str(tmp_path / "bad.toml")})
    with pytest.raises(SourceError, match="missing.toml: cannot read"):
        fetch_config({"KKRBOT_SOURCES": "missing.toml"}, base=tmp_path)


def test_archive_names_are_stable_readable_and_one_file_per_content(tmp_path):
    archive = Archive(tmp_path / "archive")
    url = "https://www.kl.dk/media/liinn5uq/referat-fra-moede-i-kkr-midtjylland-den-18-juni-2025.pdf?format=noformat"
    name = archive.name_for("KKR Midtjylland", url, "3f2a9c1b7d4e" + "0" * 52)
    assert name.as_posix() == "kkr-midtjylland/referat-fra-moede-i-kkr-midtjylland-den-18-juni-2025-3f2a9c1b7d4e.pdf"
    assert archive.name_for(None, "https://x.example/media/%C3%A6/", "ab" * 32).as_posix() == "ukendt-raad/ae-abababababab.pdf"
    for n in range(2):
        part = archive.partial_dir / f"{n}.part"
        part.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(b"%PDF-1.4 same")
        kept = archive.keep(part, "KKR Sjælland", "https://x.example/a.pdf", "cd" * 32)
        assert not part.exists()
    assert kept.read_bytes() == b"%PDF-1.4 same" and [p.name for p in kept.parent.iterdir()] == [kept.name]


def test_one_fetch_run_at_a_time_and_a_killed_runs_partial_downloads_are_cleared(tmp_path):
    archive = Archive(tmp_path)
    archive.partial_dir.mkdir()
    (archive.partial_dir / ".download-x.part").write_bytes(b"%PDF half")
    with archive.run_lock():
        assert list(archive.partial_dir.iterdir()) == []
        with pytest.raises(ArchiveBusy, match="another fetch is running"), Archive(tmp_path).run_lock():
            pass
    with archive.run_lock():  # free again
        pass


def test_state_rows_are_written_once_per_url_and_read_back_in_utc(tmp_path):
    state = FetchState.sqlite(tmp_path / "state" / "kkrbot.sqlite")
    when = datetime(2025, 6, 20, 8, 0, tzinfo=timezone.utc)
    state.save_source(SourceState("https://kl/a", "KKR Midtjylland", etag='"1"', last_check=when, documents_found=3))
    state.save_source(SourceState("https://kl/a", "KKR Midtjylland", etag='"2"', last_check=when, last_error="HTTP 500"))
    [row] = state.sources()
    assert (row.etag, row.documents_found, row.last_error, row.last_check) == ('"2"', 0, "HTTP 500", when)

    doc = DocumentState("https://kl/x.pdf", "https://kl/a", "minutes", "ingested", "KKR Midtjylland", date(2025, 6, 18), sha256="ab")
    state.save_document(doc)
    state.save_document(DocumentState("https://kl/y.pdf", "https://kl/a", "minutes", "duplicate", sha256="ab"))
    assert state.holder_of("ab", besides="https://kl/y.pdf") == doc
    assert state.holder_of("ab", besides="https://kl/x.pdf") is None  # a duplicate holds nothing itself
    assert [d.url for d in state.documents("https://kl/a")] == ["https://kl/y.pdf", "https://kl/x.pdf"]  # undated first
    assert FetchState.sqlite(tmp_path / "state" / "kkrbot.sqlite").document("https://kl/x.pdf") == doc
