"""Snapshot what the PDF readers give, to check that a change to reading changed nothing.

    python scripts/snapshot_readers.py -o before.json       # on the old code
    python scripts/snapshot_readers.py -o after.json        # on the new code
    python scripts/snapshot_readers.py --compare before.json after.json

Every PDF under tests/data/pdf and the PDFs the tests print (tests/support: the five samples as
pdfgen.py prints them, hyphenated or not, with cover and contents; as otherpdf.py prints them in
every variant; the one-page, odd, rotated and broken files) is read three ways: PDFium's lines
(`read_pdf`), pdfplumber's (`read_pdf(pdfplumber_only=True)`), and the whole meeting
(`read_document`: the ruled tables too). Each gives JSON: lines, page count, council, date,
ruled pages, tables, the meeting as the index stores it, or the error. Needs the `test` extra.
`--compare OLD NEW` names each PDF and reader whose JSON differs; exits 1 when any does.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.codec import item_to_dict, meeting_to_dict  # noqa: E402
from index.errors import IngestError  # noqa: E402
from index.read.document import read_document  # noqa: E402
from index.read.pdf import read_pdf  # noqa: E402
from index.samples import sample_paths  # noqa: E402

PDF_DATA = ROOT / "tests" / "data" / "pdf"
AGENDA = ["KKR Midtjylland", "1. Godkendelse af referat", "1.1. Godkendelse af dagsorden",
          "SAG-2026-00792 chbn", "Baggrund", "Godkendelse af dagsorden for mødet den 17. juni 2026."]


def _printed_pdfs() -> dict[str, Callable[[], bytes]]:
    """name → the bytes of one PDF the tests print (made when called)."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    from tests.support import pdfgen
    from tests.support.kl_front import front_for
    from tests.support.otherpdf import kl_pdf
    from tests.support.otherpdf_samples import sample_meeting, sample_names
    from tests.support.otherpdf_variants import VARIANTS, printed_sample

    def meeting(path: Path, **kw) -> bytes:
        buf = io.BytesIO()
        pdfgen.meeting_pdf(read_document(path), buf, **kw)
        return buf.getvalue()

    out: dict[str, Callable[[], bytes]] = {}
    for path in sample_paths():
        key = path.name[:3]
        first = 3 if key == "003" else 1
        out[f"pdfgen-{key}"] = lambda p=path, f=first: meeting(p, first_page=f)
        out[f"pdfgen-{key}-unhyphenated"] = lambda p=path, f=first: meeting(p, hyphenate=False, first_page=f)
        for contents in ("one", "two"):
            out[f"pdfgen-{key}-front-{contents}"] = lambda p=path, k=key, c=contents: meeting(
                p, front=front_for(k, read_document(p)), contents=c)
    for sample in sample_names():
        out[f"otherpdf-{sample[:3]}"] = lambda s=sample: kl_pdf(sample_meeting(s))[0]
        for variant in VARIANTS:
            out[f"otherpdf-{sample[:3]}-{variant}"] = lambda s=sample, v=variant: printed_sample(s, v)[0]
    odd = [*AGENDA[:5], "Godkendelse af dagsorden for mødet den 17. juni 2026, skrevet ord for ord."]
    out |= {
        "plain-agenda": lambda: pdfgen.plain_pdf(AGENDA),
        "owner-password-only": lambda: pdfgen.plain_pdf(AGENDA, encrypt=StandardEncryption("", ownerPassword="ejer")),
        "shopping-list": lambda: pdfgen.plain_pdf(["Indkøbsliste", "1. Mælk", "2. Æg"]),
        "odd-layout": lambda: pdfgen.odd_layout_pdf(odd),
        "rotated-page": lambda: pdfgen.odd_layout_pdf(odd, rotate=90),
        "inherited-mediabox": lambda: pdfgen.inherited_mediabox_pdf(
            odd, header="KKR Midtjylland | 17-06-2026", footer="SIDE | 7"),
        "encrypted": pdfgen.encrypted_pdf,
        "image-only": pdfgen.image_only_pdf,
        "truncated": lambda: pdfgen.truncated_pdf(pdfgen.plain_pdf(AGENDA)),
        "garbage": lambda: b"%PDF-1.7\n" + b"\x00garbage" * 50,
    }
    return out


def _all_pdfs() -> dict[str, Callable[[], bytes]]:
    found = {f"data-{p.name}": (lambda p=p: p.read_bytes()) for p in sorted(PDF_DATA.glob("*.pdf"))}
    return found | _printed_pdfs()


def _error(e: IngestError) -> dict[str, str]:
    return {"error": f"{type(e).__name__}: {e}"}


def _lines(data: bytes, pdfplumber_only: bool) -> dict:
    try:
        ex = read_pdf(data, pdfplumber_only=pdfplumber_only)
    except IngestError as e:
        return _error(e)
    lines = [[ln.text, ln.page, ln.gap_before, ln.bold, ln.link, ln.row,
              None if ln.fill is None else round(ln.fill, 3), None if ln.lead is None else round(ln.lead, 3)]
             for ln in ex.lines]
    return {"lines": lines, "page_count": ex.page_count, "council": ex.council,
            "meeting_date": str(ex.meeting_date), "ruled_pages": list(ex.ruled_pages)}


def _meeting(data: bytes) -> dict:
    with tempfile.TemporaryDirectory(prefix="kkrbot-readers-") as tmp:
        path = Path(tmp) / "x.pdf"
        path.write_bytes(data)
        try:
            meeting = read_document(path, source="x.pdf")
            return meeting_to_dict(meeting) | {"items": [item_to_dict(i) for i in meeting.items]}
        except IngestError as e:
            return {"error": f"{type(e).__name__}: {e}".replace(str(path), "x.pdf")}


READERS = {"pdfium": lambda d: _lines(d, False), "pdfplumber": lambda d: _lines(d, True), "document": _meeting}


def snapshot() -> dict[str, dict]:
    out = {}
    for name, make in _all_pdfs().items():
        data = make()
        out[name] = {reader: read(data) for reader, read in READERS.items()}
        print(f"{name}: {len(data)} bytes", file=sys.stderr)
    return out


def compare(old: Path, new: Path) -> int:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (old, new))
    differ = 0
    for name in sorted(a.keys() | b.keys()):
        for reader in READERS:
            if a.get(name, {}).get(reader) != b.get(name, {}).get(reader):
                print(f"differs: {name} {reader}")
                differ += 1
    print(f"{len(a)} PDFs before, {len(b)} after, {differ} readings differ", file=sys.stderr)
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"), help="name the readings that differ")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    text = json.dumps(snapshot(), ensure_ascii=False, indent=0, sort_keys=True)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
