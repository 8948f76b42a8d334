"""Lists in sentences and tables (round 16, LISTS16): a list spread over sentences that each open
with an ordinal (index.search.spread_lists), and the rows a table groups under a heading row
(index.search.table_groups). The questions here are in no committed set."""

from __future__ import annotations

from tests.support.sample import TODAY


def _shown(hit) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(p.text.split()) for p in hit.passages)


def test_a_group_of_an_appointments_table_is_its_rows(sample_engine) -> None:
    # before: the principles' list "Herunder drøftes bl.a.: – Hvilke udvalg …" first, its lines the answer line
    hit = sample_engine.ask("Which committees in the education area did KKR Midtjylland appoint members to in 2018-2022?", today=TODAY).hits[0]
    assert hit.item.item_number == "5.2" and hit.item.source.startswith("000")
    first = " ".join(hit.passages[0].text.split())
    assert "FGU Danmark bestyrelse 1" in first and "VIA University College Bestyrelse 1" in first
    assert "Samarbejdsudvalget for psykologer" not in first  # another heading's rows
    assert hit.passages[0].cells == ()  # several rows: shown as their text, not one row's cells
    assert hit.answer is not None and hit.answer.values == (
        "Bestyrelse for Erhvervsakademiet Dania", "FGU Danmark bestyrelse", "Uddannelsesudvalget", "VIA University College Bestyrelse")


def test_a_count_of_a_group_shows_its_rows(sample_engine) -> None:
    hit = sample_engine.ask("Hvor mange medlemmer udpegede KKR Midtjylland til beskæftigelsesområdet i 2018-2022?", today=TODAY).hits[0]
    assert hit.item.item_number == "5.2"
    assert "Rar Øst 5, heraf 1 til formandskabet" in _shown(hit) and "Rar Vest 5, heraf 1 til formandskabet" in _shown(hit)


def test_one_row_named_is_that_row_not_its_group(sample_engine) -> None:
    hit = sample_engine.ask("Hvor mange medlemmer udpeger KKR Midtjylland til Praksisplanudvalget i 2018-2022?", today=TODAY).hits[0]
    assert hit.passages[0].text == "Praksisplanudvalget 5 medlemmer"
    assert hit.answer is not None and hit.answer.values == ("5 medlemmer",)


def test_a_list_spread_over_ordinal_sentences_is_shown_with_its_announcing_sentence(sample_engine) -> None:
    # before: "KKR Nordjylland har … besluttet to tværkommunale fokusområder på beskæftigelsesområdet." alone
    hit = sample_engine.ask("Hvilke to fokusområder havde KKR Nordjylland på beskæftigelsesområdet?", today=TODAY).hits[0]
    assert hit.item.item_number == "3.2" and hit.item.source.startswith("002")
    assert "Det ene er Økonomien på beskæftigelsesområdet. Det andet er Kvalificeret arbejdskraft." in " ".join(hit.passages[0].text.split())


def test_a_spread_list_a_few_sentences_on_is_shown_beside(sample_engine) -> None:
    # before: the conference's heading line alone
    hit = sample_engine.ask("Hvilke to emner skal sundhedskoordinationsudvalgets konference i september 2021 dække?", today=TODAY).hits[0]
    assert hit.item.item_number == "2.1" and hit.item.source.startswith("000")
    shown = _shown(hit)
    assert "Første del vil omhandle en status for Sundhedsaftalen 2019-2023." in shown
    assert "Anden halvdel vil omhandle samarbejdet om forebyggelse af overvægt" in shown


def test_a_first_ordinal_alone_is_no_list(sample_engine) -> None:
    # "Det første skridt på vej mod en sundhedsreform er taget …" opens no run: nothing joins it
    hit = sample_engine.ask("Hvad er det første skridt mod en sundhedsreform i aftalen fra juni 2021?", today=TODAY).hits[0]
    assert all("Det andet" not in p.text for p in hit.passages)


def test_rows_named_in_a_group_are_shown_as_rows(sample_engine) -> None:
    # a heading named ("sundhedsområdet") beside two rows named: those rows, each with its cells
    hit = sample_engine.ask("Hvor mange pladser havde KKR Midtjylland i Praksisplanudvalget og i Sundhedskoordinationsudvalget på sundhedsområdet i 2018-2022?", today=TODAY).hits[0]
    assert hit.item.item_number == "5.2"
    assert all("Samarbejdsudvalget for psykologer" not in p.text for p in hit.passages)


def test_the_item_whose_list_is_of_the_asked_thing_ranks_first(sample_engine) -> None:
    # before: the February 2024 mobility item (buses, citizens, municipalities) first, the housing item second
    hits = sample_engine.ask("Hvilke grupper af borgere skal de nye botilbudspladser i Midtjylland især være til?", today=TODAY).hits
    assert hits[0].item.item_number == "3.5" and hits[0].item.source.startswith("004")


def test_an_item_holding_a_list_of_the_asked_thing_is_named(sample_engine) -> None:
    from index.search.list_named import LIST_NAMED, names_a_list

    items = {(i.source[:3], i.item_number): i for i in sample_engine.items()}
    housing, mobility = items[("004", "3.5")], items[("004", "3.2")]
    groups = ("grup",)  # "hvilke grupper …": "… med tilbud til følgende målgrupper:"
    assert names_a_list(housing, groups) and not names_a_list(mobility, groups)
    assert not names_a_list(housing, ())  # nothing named to list: no weight
    assert LIST_NAMED > 1.0
