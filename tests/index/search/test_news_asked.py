"""A meeting's news asked for (index/search/news_asked.py): the news item ("Siden sidst",
"Orientering") of the meeting in the time asked answers, first; a news word followed by a topic
of its own, a verb of briefing, or an open time does not make a question one about news."""

from __future__ import annotations

from index.search.news_asked import asks_news, news_item
from tests.support.sample import TODAY


def where(answer) -> list[tuple[str, str]]:
    return [(h.item.source.rsplit("/", 1)[-1][:3], h.item.item_number) for h in answer.hits]


def test_news_words_ask_for_news_unless_a_topic_of_their_own_follows() -> None:
    for question in ("what updates were given at the June 2026 meeting", "hvad stod der under siden sidst i aug 2021",
                     "which briefings did the council get in February 2024", "hvilke orienteringer fik KKR på mødet",
                     "hvad blev drøftet under orienteringspunktet", "any news from the meeting in October 2025?"):  # fmt: skip
        assert asks_news(question), question
    for question in ("what was the update on the health reform in June 2026", "fik KKR orientering om sundhedsreformen",
                     "the mid-term update of the analysis", "who briefed the council on the talks",
                     "the reform KKR Midtjylland was briefed on in early 2024", "for our newsletter: who was appointed"):  # fmt: skip
        assert not asks_news(question), question


def test_the_news_item_is_known_by_its_heading_alone() -> None:
    assert news_item("Siden sidst") and news_item("Orientering") and news_item("Orientering fra formandskabet")
    assert not news_item("Orientering om ny lovgivning på ældreområdet") and not news_item("Punkter til næste møde")


def test_a_meetings_news_asked_in_other_words_is_its_news_item(sample_engine) -> None:
    """English words for the heading, the meeting by its month (as a meeting or as a time named
    at all) or season: the news item of that council's meeting then answers, first."""
    for question, news in (
        ("What news did the chairmanship of KKR Midtjylland pass on at the end of August 2021?", ("000", "2.1")),
        ("Which updates did KKR Midtjylland get at its meeting in June 2026?", ("003", "2.1")),
        ("hvad blev der sagt under siden sidst hos KKR Midtjylland i aug 2021?", ("000", "2.1")),
        ("Hvad kom der ud af orienteringspunktet på KKR Midtjyllands møde i efteråret 2025?", ("001", "2.1")),
    ):
        answer = sample_engine.ask(question, today=TODAY)
        assert answer.answered and where(answer)[0] == news, (question, where(answer))


def test_news_of_a_topic_or_a_verb_of_briefing_is_not_the_news_item(sample_engine) -> None:
    """'the reform KKR Midtjylland was briefed on': the reform's item, not the meeting's news."""
    answer = sample_engine.ask("Our readers keep asking about the nursing reform that KKR Midtjylland was briefed on in "
                               "early 2024. When did the new rules letting nurses do work reserved for doctors take effect?",
                               today=TODAY)  # fmt: skip
    assert where(answer)[0] == ("004", "3.4"), where(answer)
