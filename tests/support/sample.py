"""Fixtures for the digest and intake tests: the sample corpus in a real index, built once."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest

from bot.settings import Settings
from index.engine import AnswerEngine
from index.read.document import read_document


def sample_files() -> list[Path]:
    folder = resources.files("index") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


@dataclass
class SampleIndex:
    index_dir: Path
    engine: AnswerEngine

    def settings_for(self, tmp_path: Path, **more) -> Settings:
        return Settings(index_dir=self.index_dir, state_db=tmp_path / "kkrbot.sqlite", **more)


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory) -> SampleIndex:
    """The five bundled samples, read and stored the way `kkrbot ingest --sample` does. Read-only."""
    index_dir = tmp_path_factory.mktemp("digest-samples") / "index"
    engine = AnswerEngine(index_dir)
    for path in sample_files():
        engine.ingest(read_document(path, source=path.name))
    return SampleIndex(index_dir, engine)
