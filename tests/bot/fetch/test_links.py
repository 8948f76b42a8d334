"""The link finder: listing pages of different layouts → the same documents, kinds, dates and councils."""

from __future__ import annotations

from datetime import date

from bot.fetch.links import DocumentLink, find_documents

PAGE = "https://www.kl.dk/politik/kkr/kkr-midtjylland/moededatoer-dagsordener-og-referater/"


def by_url(links: list[DocumentLink]) -> dict[str, tuple[str, str | None, date | None]]:
    return {link.url: (link.kind, link.council, link.meeting_date) for link in links}


def test_links_in_a_list_under_dated_headings_take_the_heading_date_and_resolve_relative_urls():
    html = """<html><body><h1>Mødedatoer, dagsordener og referater</h1>
    <h3>Møde den 18. juni 2025</h3>
    <ul>
      <li><a href="/media/aa1/dagsorden-kkr-midtjylland.pdf">Dagsorden</a>
      <li><a href="../../../../media/aa2/referat.pdf?format=noformat">Referat</a>
      <li><a href="/media/aa3/bilag-1.pdf">Bilag 1</a>
    </ul>
    <h3>Møde den 3. september 2025</h3>
    <ul><li><a href="/media/bb1/dagsorden.pdf#page=2">Dagsorden</a></li></ul>
    <p><a href="/media/cc1/moedeplan-2026.pdf">Mødeplan 2026</a> <a href="mailto:kkr@kl.dk">Skriv</a>
    <a href="/politik/kkr/">KKR</a></p>
    </body></html>"""
    assert by_url(find_documents(html, PAGE, council="KKR Midtjylland")) == {
        "https://www.kl.dk/media/aa1/dagsorden-kkr-midtjylland.pdf": ("agenda", "KKR Midtjylland", date(2025, 6, 18)),
        "https://www.kl.dk/media/aa2/referat.pdf?format=noformat": ("minutes", "KKR Midtjylland", date(2025, 6, 18)),
        "https://www.kl.dk/media/aa3/bilag-1.pdf": ("attachment", "KKR Midtjylland", date(2025, 6, 18)),
        "https://www.kl.dk/media/bb1/dagsorden.pdf": ("agenda", "KKR Midtjylland", date(2025, 9, 3)),
    }


def test_links_in_a_table_take_the_date_of_their_row_not_of_other_rows():
    html = """<table><thead><tr><th>Dato<th>Dagsorden<th>Referat</thead>
    <tbody>
    <tr><td>21. november 2023</td><td><a href="https://www.kl.dk/media/x1/a.pdf">Dagsorden</a></td>
        <td><a href="https://www.kl.dk/media/x2/b.pdf">Referat</a></td></tr>
    <tr><td>13-04-2026<td><a href="https://www.kl.dk/media/y1/c.pdf">Dagsorden</a><td>
    </tbody></table>"""
    found = by_url(find_documents(html, PAGE, council="KKR Midtjylland"))
    assert found == {
        "https://www.kl.dk/media/x1/a.pdf": ("agenda", "KKR Midtjylland", date(2023, 11, 21)),
        "https://www.kl.dk/media/x2/b.pdf": ("minutes", "KKR Midtjylland", date(2023, 11, 21)),
        "https://www.kl.dk/media/y1/c.pdf": ("agenda", "KKR Midtjylland", date(2026, 4, 13)),
    }


def test_the_file_name_gives_kind_council_and_date_when_the_link_text_does_not():
    html = """<div class="files">
      <a href="/media/liinn5uq/referat-fra-moede-i-kkr-midtjylland-den-18-juni-2025.pdf?format=noformat">Hent PDF</a>
      <a href="/media/q/dagsorden-kkr-nordjylland-2026-03-05.pdf">Hent PDF</a>
      <a href="/media/r/bilag-2-til-dagsorden-kkr-sjaelland-den-1-maj-2026.pdf">Hent</a>
    </div>"""
    assert by_url(find_documents(html, PAGE, council="KKR Midtjylland")) == {
        "https://www.kl.dk/media/liinn5uq/referat-fra-moede-i-kkr-midtjylland-den-18-juni-2025.pdf?format=noformat":
            ("minutes", "KKR Midtjylland", date(2025, 6, 18)),
        "https://www.kl.dk/media/q/dagsorden-kkr-nordjylland-2026-03-05.pdf": ("agenda", "KKR Nordjylland", date(2026, 3, 5)),
        "https://www.kl.dk/media/r/bilag-2-til-dagsorden-kkr-sjaelland-den-1-maj-2026.pdf":
            ("attachment", "KKR Sjælland", date(2026, 5, 1)),
    }  # fmt: skip


def test_the_first_kind_word_decides_and_link_text_wins_over_the_file_name():
    html = """<ul>
      <li>12. marts 2026: <a href="/media/1/referat-x.pdf">Dagsorden med bilag</a>
      <li>12. marts 2026: <a href="/media/2/dagsorden-x.pdf">Bilag 3 til dagsorden</a>
      <li>12. marts 2026: <a href="/media/3/x.pdf" title="Referat af mødet">PDF</a>
    </ul>"""
    kinds = [link.kind for link in find_documents(html, PAGE)]
    assert kinds == ["agenda", "attachment", "minutes"]


def test_an_element_holding_several_meetings_gives_no_date_and_the_heading_then_decides():
    html = """<h2>Møder i 2025</h2><div>Møder: 18. juni 2025 og 3. september 2025
      <a href="/media/1/dagsorden.pdf">Dagsorden</a></div>
      <div><a href="/media/2/referat.pdf">Referat</a></div>"""
    assert [link.meeting_date for link in find_documents(html, PAGE)] == [None, None]
    html = "<h2>KKR-møde 4. december 2025</h2>" + html.split("</h2>", 1)[1]
    assert [link.meeting_date for link in find_documents(html, PAGE)] == [date(2025, 12, 4)] * 2


def test_a_base_href_resolves_links_and_the_same_file_twice_is_one_document():
    html = """<head><base href="https://cdn.kl.dk/site/"></head>
    <p>18. juni 2025 <a href="media/1/referat.pdf">Referat</a></p>
    <p><a href="media/1/referat.pdf">Referat (pdf)</a></p>"""
    [link] = find_documents(html, PAGE, council="KKR Syddanmark")
    assert (link.url, link.meeting_date, link.council, link.text) == (
        "https://cdn.kl.dk/site/media/1/referat.pdf", date(2025, 6, 18), "KKR Syddanmark", "Referat")


def test_markup_that_html_parser_leaves_open_and_script_text_do_not_confuse_the_finder():
    html = """<script>var s = "<a href='/media/evil/dagsorden.pdf'>Dagsorden</a> 1. januar 2020";</script>
    <table><tr><td>5. februar 2026<td><a href=/media/a/dagsorden.pdf>Dagsorden</a>
    <tr><td>6. marts 2026<td><a href=/media/b/dagsorden.pdf><span>Dags</span>orden</a></table>"""
    assert [(link.url.rsplit("/", 2)[-2], link.meeting_date) for link in find_documents(html, PAGE)] == [
        ("a", date(2026, 2, 5)), ("b", date(2026, 3, 6))]  # fmt: skip
