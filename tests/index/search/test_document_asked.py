"""The gate, round 14: the content of a document the question names (a reply, a note, a letter, a
notice, a draft) is given only by an item that says what the document holds, not by one that only
names it: an attachment line ("./. Svar fra regionsrådsformanden …"), "Der vedlægges notat fra …",
a list of attachments (index/search/document_asked.py). Where the item does say what the document
holds (a reply's gist, a draft's focus areas, a figure "i bilag 1"), the answer stands."""

from __future__ import annotations

from index.search.document_asked import document_asked
from tests.support.sample import TODAY, source_items


def test_a_documents_content_is_read_from_the_asking_frame() -> None:
    assert document_asked("What did the regional council chair reply to the KKR chairmanship's letter?").written == "reply"
    assert document_asked("Hvad står der i notatet fra regionsrådets udvalg for regional udvikling?").written == "notatet"
    assert document_asked("Which examples does the joint handover letter to the minister describe?").written == "letter"
    assert document_asked("According to attachment 1, how many citizens were placed?").written == "attachment"
    assert document_asked("Hvor mange pladser lægger udkastet til midtjysk koordinering op til?").written == "udkastet"
    # the document as a thing, not its content
    assert document_asked("When is the performance contract with Erhvervshus Nordjylland to be approved?") is None
    assert document_asked("Did KKR Midtjylland approve the draft performance contract for 2024?") is None
    assert document_asked("When is the Health Structure Commission expected to publish its report?") is None


def test_a_document_the_item_only_names_is_refused_with_the_item_kept(sample_engine) -> None:
    # the reply is only an attachment line; the note only "Der vedlægges notat fra …"
    reply = sample_engine.ask("What did the regional council chair reply to the KKR chairmanship's letter about the regional political forums?", today=TODAY)
    assert not reply.answered and source_items(reply)[0] == ("004", "2.1")
    assert any(n.key == "note_not_in_document" for n in reply.notes)
    note = sample_engine.ask("Hvad står der i notatet fra regionsrådets udvalg for regional udvikling?", today=TODAY)
    assert not note.answered and source_items(note)[0] == ("003", "2.1")
    # a notice named only in a list of attachments ("Som bilag vedlægges - … - Indkaldelse til generalforsamlingen 2026")
    notice = sample_engine.ask("Which items are on the notice convening the Central Denmark EU Office's 2026 general meeting?", today=TODAY)
    assert not notice.answered and source_items(notice)[0] == ("003", "3.1")


def test_a_document_whose_content_the_item_gives_still_answers(sample_engine) -> None:
    # a reply's gist ("har svaret …, at man ikke har bemærkninger"), a draft's focus areas in the list after it,
    # a letter's reasons ("vedhæftede brev …, hvori det begrundes, hvorfor …")
    reply = sample_engine.ask("Hvad svarede KKR-formandskabet regionen om niveauet for udviklingsbidraget for 2026?", today=TODAY)
    assert reply.answered and source_items(reply)[0] == ("001", "2.1")
    draft = sample_engine.ask("Hvilke områder er der fortsat fokus på i udkastet til resultatkontrakt for 2024 med Erhvervshus Midtjylland?", today=TODAY)
    assert draft.answered and source_items(draft)[0] == ("004", "3.8")
    letter = sample_engine.ask("Hvad begrundede KKR-formandskabet i sit brev til regionsrådsformanden om de regionalpolitiske fora?", today=TODAY)
    assert letter.answered and source_items(letter)[0] == ("004", "2.1")
    # a figure the item reads from an attachment ("I bilag 1 fremgår det, at … 12 borgere"): not this rule's refusal
    figure = sample_engine.ask("According to attachment 1, what was the largest number of citizens at the North Jutland special places at one time?", today=TODAY)
    assert source_items(figure)[0] == ("002", "3.3") and not any(n.key == "note_not_in_document" for n in figure.notes)


def test_a_document_named_in_a_compound_or_a_sentence_list_still_answers(sample_engine) -> None:
    # "KL's mobilitetssurvey viser, at 50 pct. …" names the survey in a compound; the topic (buses) two sentences before
    survey = sample_engine.ask("I'm writing about cuts to bus services. According to KL's 2023 survey, what share of municipalities reduced service?", today=TODAY)
    assert survey.answered and source_items(survey)[0] == ("004", "3.2")
    # the contract's local goals named in one sentence ("… om styrket regional strategi og indsats, styrket regionalt samarbejde, …")
    goals = sample_engine.ask("Hvilke lokalt aftalte mål indeholdt resultatkontrakten for 2021 med Erhvervshus Nordjylland?", today=TODAY)
    assert goals.answered and source_items(goals)[0] == ("002", "3.6")
    # "./. Det første skridt … er taget med aftale om …" is text, not an attachment's title; two things asked are not judged
    clusters = sample_engine.ask("Hvor mange politiske sundhedsklynger har man allerede i Nordjylland, og hvor mange lagde aftalen op til?", today=TODAY)
    assert not any(n.key == "note_not_in_document" for n in clusters.notes)
    # a talk ("oplæg") is not a draft: "i det oplæg" asks no document's content
    talk = sample_engine.ask("Hvilke typer roller for kommunalpolitikere blev der skelnet imellem i det oplæg, KKR Midtjylland skulle høre om kommunestyret?", today=TODAY)
    assert not any(n.key == "note_not_in_document" for n in talk.notes)
