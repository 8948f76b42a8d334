"""A third generator for issue 9's check: the five samples as KL publishes them, laid out by
LibreOffice, read back through both paths.

    python scripts/check_libreoffice.py OUTDIR

Needs LibreOffice (`apt-get install libreoffice-writer-nogui`) and the `test` extra. For every
sample it writes a flat ODT (cover with the kind letter-spaced, "Dato:"/"Sted:" labels and
values apart; Mission / Vision; contents in one or two columns with tab leaders; for minutes a
Deltagerfortegnelse table; running header and "SIDE | n" footer from the contents page on) in
Liberation Sans and in DejaVu Serif, with other margins than the tests' generators, and lets
LibreOffice lay it out and print the PDF: twice, the second time with the contents' page
numbers from the first. Each item's page is found in the PDF's raw page text, not by the reader
under test. Then every PDF is read as PDF and as pdfium's plain text, and compared with the
text path's reading of the sample: items, titles, case numbers, decisions, sub-headings, pages
(PDF path), and the cover's date and time, council, kind, contents and participants.
Not a CI test: LibreOffice is an apt package (LibreOffice 7.4 here: 51/51 items on both paths
in each of the four printings; see docs/architecture.md).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.read.document import meeting_from_extracted, read_document  # noqa: E402
from index.read.front_matter import contents_check  # noqa: E402
from index.read.textfile import read_text  # noqa: E402
from index.samples import sample_paths  # noqa: E402
from tests.support.kl_front import front_for  # noqa: E402
from tests.support.otherpdf_variants import extracted_text  # noqa: E402

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
KIND = {"agenda": "DAGSORDEN", "minutes": "REFERAT"}


def styles(font: str, size: float, two_columns: bool) -> str:
    tab = '<style:tab-stops><style:tab-stop style:position="{pos}" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>'
    width = 7.4 if two_columns else 15.6
    return f'''
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="da" fo:country="DK"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm" fo:text-align="justify"/></style:style>
 <style:style style:name="Sec" style:family="paragraph"><style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="{size + 5}pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Item" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{size + 2}pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Case" style:family="paragraph"><style:paragraph-properties fo:keep-with-next="always"/><style:text-properties fo:font-size="{size - 1.5}pt"/></style:style>
 <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Kind" style:family="paragraph"><style:paragraph-properties fo:margin-top="6cm"/><style:text-properties fo:font-size="26pt" fo:letter-spacing="0.25cm"/></style:style>
 <style:style style:name="Council" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="1.5cm"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Label" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="2.2cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Toc0" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-left="0.9cm" fo:text-indent="-0.9cm">{tab.format(pos=f"{width - 0.9}cm")}</style:paragraph-properties><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Toc1" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.9cm" fo:text-indent="-1.2cm">{tab.format(pos=f"{width - 1.9}cm")}</style:paragraph-properties></style:style>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/></style:style>
</office:styles>'''


def automatic(two_columns: bool) -> str:
    return f'''
<office:automatic-styles>
 <style:style style:name="FrontStart" style:family="paragraph" style:parent-style-name="Kind" style:master-page-name="Front"/>
 <style:style style:name="MissionStart" style:family="paragraph" style:master-page-name="Front"><style:paragraph-properties fo:break-before="page" fo:margin-top="5cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="RunStart" style:family="paragraph" style:master-page-name="Running"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/><style:paragraph-properties fo:margin-bottom="0.5cm"/></style:style>
 <style:style style:name="PageHead" style:family="paragraph"><style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Cols" style:family="section"><style:section-properties><style:columns fo:column-count="{2 if two_columns else 1}" fo:column-gap="0.8cm"/></style:section-properties></style:style>
 <style:style style:name="PTable" style:family="table"><style:table-properties style:width="15.6cm" table:align="left"/></style:style>
 <style:page-layout style:name="pl"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.3cm" fo:margin-bottom="1.1cm" fo:margin-left="3.2cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>'''


def masters(header: str) -> str:
    return f'''
<office:master-styles>
 <style:master-page style:name="Front" style:page-layout-name="pl"/>
 <style:master-page style:name="Running" style:page-layout-name="pl">
  <style:header><text:p text:style-name="Header">{escape(header)}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">SIDE | <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>'''


def p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def document(meeting, front, pages: dict[str, int], two_columns: bool, font: str, size: float) -> str:
    out = [p("FrontStart", f"{KIND[front.kind]} {front.meeting_date.year}"), p("Council", front.council.upper())]
    day = f"{front.meeting_date:%d-%m-%Y} kl. {front.start_time}"
    out.append(f'<text:p text:style-name="Label"><text:span text:style-name="Bold">Dato:</text:span><text:tab/>{escape(day)}</text:p>')
    out.append(f'<text:p text:style-name="Label"><text:span text:style-name="Bold">Sted:</text:span><text:tab/>{escape(front.venue[0])}</text:p>')
    out += [f'<text:p text:style-name="Label"><text:tab/>{escape(v)}</text:p>' for v in front.venue[1:]]
    out.append(p("MissionStart", "Mission"))
    out.append(p("Body", "KL bidrager til at udvikle og fastholde et stærkt lokalt demokrati. KL varetager kommunernes "
                 "fælles interesser og er kommunernes samlede forhandlingsorganisation, videnscenter og forum for "
                 "fælles initiativer og beslutninger."))
    out.append(p("Sub", "Vision"))
    out.append(p("Body", "KL opnår, med et helhedsperspektiv på opgaveløsningen, indflydelse og resultater på kommunernes "
                 "vegne, til gavn for borgerne og samfundet."))
    out.append(p("RunStart", "Indholdsfortegnelse"))
    toc = []
    if front.participants:
        toc.append(f'<text:p text:style-name="Toc0">Deltagerfortegnelse<text:tab/>{pages.get("P", 0)}</text:p>')
    titles = {i.item_number: " ".join(i.title.split()) for i in meeting.items}
    for s in meeting.sections:
        toc.append(f'<text:p text:style-name="Toc0">{s.number}.<text:tab/>{escape(s.title)}<text:tab/>{pages.get(str(s.number), 0)}</text:p>'
                   .replace("<text:tab/>", " ", 1))
        for n in s.item_numbers:
            toc.append(f'<text:p text:style-name="Toc1">{n}. {escape(titles[n])}<text:tab/>{pages.get(n, 0)}</text:p>')
    out.append(f'<text:section text:style-name="Cols" text:name="Contents">{"".join(toc)}</text:section>')
    if front.participants:
        out.append(p("PageHead", "Deltagerfortegnelse"))
        for label, present in (("Deltagere", True), ("Afbud", False)):
            group = [x for x in front.participants if x.present == present]
            if not group:
                continue
            out.append(p("Sub", label))
            rows = "".join(
                "<table:table-row>" + "".join(f'<table:table-cell office:value-type="string">{p("Cell", c)}</table:table-cell>'
                                              for c in (f"{x.name} ({x.party})", x.municipality or "", x.role or "")) + "</table:table-row>"
                for x in group)
            out.append(f'<table:table table:name="P{label}" table:style-name="PTable"><table:table-column table:number-columns-repeated="3"/>{rows}</table:table>')
    items = {i.item_number: i for i in meeting.items}
    for s in meeting.sections:
        out.append(p("Sec", f"{s.number}. {s.title}"))
        for n in s.item_numbers:
            it = items[n]
            out.append(p("Item", f"{n}. {' '.join(it.title.split())}"))
            out.append(p("Case", f"{it.case_number} {' / '.join(it.case_workers)}"))
            for sec in it.sections:
                if sec.heading:
                    out.append(p("Sub", sec.heading))
                for para in re.split(r"\n+", sec.text):
                    if para.strip():
                        out.append(p("Body", " ".join(para.split())))
    when = meeting.meeting_date or front.meeting_date
    header = f"{meeting.council} | {when:%d-%m-%Y}"
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">{styles(font, size, two_columns)}'
            f'{automatic(two_columns)}{masters(header)}<office:body><office:text>{"".join(out)}</office:text></office:body></office:document>')


def convert(fodt: Path, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(fodt)],
                   check=True, capture_output=True, timeout=180)
    return outdir / (fodt.stem + ".pdf")


def where_things_are(pdf: Path, meeting, front) -> dict[str, int]:
    """The page (1-based) each item heading, section heading and the participant list landed on,
    found in each page's raw text (not through the reader under test)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    texts = []
    for page in doc:
        tp = page.get_textpage()
        texts.append(" ".join(tp.get_text_range().split()))
    pages: dict[str, int] = {}

    def find(needle: str, after: int) -> int:
        for k in range(after, len(texts)):
            if needle in texts[k]:
                return k + 1
        return 0
    if front.participants:
        pages["P"] = find("Deltagerfortegnelse Deltagere", 2)
    last = max(pages.values(), default=3) + 1  # the body starts after the contents (and participants)
    for s in meeting.sections:
        pages[str(s.number)] = find(f"{s.number}. {s.title}", last - 1)
        for n in s.item_numbers:
            it = next(i for i in meeting.items if i.item_number == n)
            pages[n] = find(f"{n}. {' '.join(it.title.split()[:3])}", max(last, pages[str(s.number)]) - 1)
            last = pages[n] or last
    return pages


def check(pdf: Path, meeting, front, pages: dict[str, int]) -> tuple[int, int, list[str]]:
    """(items right as PDF, items right as text, problems) for one printed sample."""
    problems = []
    want = {i.item_number: i for i in meeting.items}

    def right(m, with_pages: bool) -> int:
        ok = 0
        for i in m.items:
            w = want.get(i.item_number)
            if w is None:
                problems.append(f"{i.item_number} not in the sample")
                continue
            same = (i.title.split() == w.title.split() and i.case_number == w.case_number
                    and (i.decision or "").split() == (w.decision or "").split()
                    and [s.heading for s in i.sections] == [s.heading for s in w.sections]
                    and (not with_pages or i.page_start == pages[i.item_number]))
            ok += same
            if not same:
                problems.append(f"{i.item_number} differs ({'pdf' if with_pages else 'text'})")
        facts = {"date": m.meeting_date == front.meeting_date, "time": m.start_time == front.start_time,
                 "council": m.council == meeting.council, "kind": m.document_kind == meeting.document_kind,
                 "contents": m.contents == tuple(want), "participants": len(m.participants) == len(front.participants)}
        problems.extend(f"{name} wrong" for name, good in facts.items() if not good)
        if note := contents_check(m):
            problems.append(note)
        return ok

    as_pdf = right(read_document(pdf), True)
    as_text = right(meeting_from_extracted(read_text(extracted_text(pdf.read_bytes())), source=pdf.name), False)
    return as_pdf, as_text, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path, help="folder for the .fodt and .pdf files (made if missing)")
    out = parser.parse_args(argv).outdir
    out.mkdir(parents=True, exist_ok=True)
    totals: dict[str, list[int]] = {}
    for path in sample_paths():
        key = path.name[:3]
        meeting = read_document(path, source=path.name)
        front = front_for(key, meeting)
        for two in (False, True):
            for font, size in (("Liberation Sans", 10.0), ("DejaVu Serif", 10.5)):
                variant = f"{'two' if two else 'one'}-column contents, {font}"
                fodt = out / f"{key}-{'two' if two else 'one'}-{font.split()[0].lower()}.fodt"
                fodt.write_text(document(meeting, front, {}, two, font, size), encoding="utf-8")
                pages = where_things_are(convert(fodt, out), meeting, front)
                fodt.write_text(document(meeting, front, pages, two, font, size), encoding="utf-8")
                pdf = convert(fodt, out)
                if where_things_are(pdf, meeting, front) != pages:
                    print(f"{pdf.name}: the contents moved the body; pages not checked", file=sys.stderr)
                as_pdf, as_text, problems = check(pdf, meeting, front, pages)
                t = totals.setdefault(variant, [0, 0, 0])
                t[0], t[1], t[2] = t[0] + as_pdf, t[1] + as_text, t[2] + len(meeting.items)
                print(f"{pdf.name}: PDF {as_pdf}/{len(meeting.items)}, text {as_text}/{len(meeting.items)}"
                      + (f" ({'; '.join(problems)})" if problems else ""), flush=True)
    for variant, (a, b, n) in totals.items():
        print(f"{variant}: PDF path {a}/{n}, text path {b}/{n}")
    return 0 if all(a == b == n for a, b, n in totals.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
