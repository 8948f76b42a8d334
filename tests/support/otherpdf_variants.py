"""The printings of the five samples that the ingest tests read (and scripts/make_kl_pdfs.py
writes out): which contents, fonts and margins, and the text a plain extractor takes from them."""

from __future__ import annotations

import re
from typing import Any

import pypdfium2

from tests.support.otherpdf import Expected, kl_pdf
from tests.support.otherpdf_layout import Margins
from tests.support.otherpdf_samples import sample_meeting, sample_names, sample_participants

VARIANTS: dict[str, dict[str, Any]] = {
    "no-contents": dict(toc="none"),
    "contents-1col": dict(toc="one", toc_bold="sections"),
    "contents-2col": dict(toc="two", toc_bold="all", toc_heading=False),
    # No running header: only the cover dates the meeting.
    "cover-only-date": dict(toc="none", running_header=False, font="helvetica",
                            margins=Margins(left=24, top=22, right=24, bottom=20)),
}
STYLES: tuple[dict[str, Any], ...] = (  # rotated so that each sample meets each font
    dict(font="lato", margins=Margins(), size=10.5),
    dict(font="times", margins=Margins(left=20, top=26, right=32, bottom=30), size=11.5),
    dict(font="courier", margins=Margins(left=32, top=34, right=18, bottom=22), size=9.0),
)


def printed_sample(sample: str, variant: str) -> tuple[bytes, Expected]:
    """Sample `sample` ("000_cdc91a78ce8a19e6") printed as `variant`, minutes with their
    participants."""
    meeting = sample_meeting(sample)
    people = sample_participants(sample) if meeting["kind"] == "minutes" else None
    style = STYLES[(sample_names().index(sample) + list(VARIANTS).index(variant)) % len(STYLES)]
    return kl_pdf(meeting, participants=people, **{**style, **VARIANTS[variant]})


def extracted_text(pdf: bytes) -> str:
    """The PDF's text as a plain extractor gives it: pdfium's, in content-stream order (the
    cover's labels before their values, a two-column contents' numbers before its titles),
    with the line-end hyphens it marks (U+FFFE, or U+0002) put back as a hyphen and a line
    break, as in the sample texts."""
    doc = pypdfium2.PdfDocument(pdf)
    try:
        pages = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()
    text = "\n".join(pages).replace("\r\n", "\n")
    return re.sub("[\ufffe\x02]", "-\n", text)
