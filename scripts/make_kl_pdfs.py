"""Write the five samples as KL-like PDFs from the fpdf2 generator, for checking by eye.

    python scripts/make_kl_pdfs.py OUTDIR

For every sample and printing (no-contents, contents-1col, contents-2col, cover-only-date:
the ones tests/index/read/test_otherpdf_ingest.py reads) it writes SAMPLE-VARIANT.pdf, the
text a plain extractor (pdfium) takes from it (.txt), and what a reader must find in it
(.expected.json: per item its number, title, case number, decision, recommendation and
start page; the cover's date, time, council and kind). Needs the `test` extra (fpdf2).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.otherpdf_samples import sample_names  # noqa: E402
from tests.support.otherpdf_variants import VARIANTS, extracted_text, printed_sample  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path, help="folder to write the PDFs into (made if missing)")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    for sample in sample_names():
        for variant in VARIANTS:
            data, expected = printed_sample(sample, variant)
            stem = args.outdir / f"{sample}-{variant}"
            stem.with_suffix(".pdf").write_bytes(data)
            stem.with_suffix(".txt").write_text(extracted_text(data), encoding="utf-8")
            Path(f"{stem}.expected.json").write_text(
                json.dumps(expected.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"{stem}.pdf: {expected.page_count} pages, {len(expected.items)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
