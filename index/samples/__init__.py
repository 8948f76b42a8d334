"""The bundled sample corpus: five real KKR agendas and minutes as extractor text (see MANIFEST.md)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_paths() -> list[Path]:
    """The sample files (index/samples/*.txt), wherever the package is installed."""
    folder = resources.files(__name__)
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))
