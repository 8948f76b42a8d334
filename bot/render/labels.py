"""The bot's own words in Danish and English, as data (document words stay Danish in both)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "da": {
        "you_asked": "Du spurgte", "asked": "spurgte", "answer": "Svar", "no_decision": "Ingen beslutning endnu",
        "no_decision_minutes": "Ingen beslutning ført til referat", "minutes": "referat", "agenda": "dagsorden",
        "page": "side", "show_item": "Vis hele punktet", "more": "Flere resultater", "share": "Del i kanalen",
        "show_more": "vis mere", "same_topic": "Samme emne", "thanks": "Tak for din feedback",
        "not_found": "Jeg fandt ingen punkter i dagsordener eller referater, der svarer på “{q}”.",
        "closest": "Nærmeste emner", "tip": "Tip: brug ord fra dagsordenerne (et emne, et KKR, et år), fx "
        "“hvad blev besluttet om lærepladser i 2027”, eller `/kkr next` for det næste møde.",
        "apology": "Beklager, noget gik galt, da jeg skulle svare. Prøv igen om lidt; fejlen er logget.",
        "case": "Sag", "source": "Kilde", "links": "Links", "attachments": "Bilag", "pages": "sider",
        "rest_in_source": "… resten af punktet står i kilden", "no_more": "Der er ikke flere resultater.",
        "results": "resultater {a}–{b}", "no_text": "_Punktet har ingen tekst._", "not_stored": "Punktet {id} findes ikke længere i indekset.",
        "next_title": "Næste KKR-møder", "no_meetings": "Ingen kommende møder kendt{c}.",
        "latest": "Seneste møde i indekset",
        "uncertain": "Måske relevant: intet punkt svarer på alt i spørgsmålet, men dette handler om emnet.",
    },
    "en": {
        "you_asked": "You asked", "asked": "asked", "answer": "Answer", "no_decision": "No decision yet",
        "no_decision_minutes": "No decision recorded in the minutes", "minutes": "referat (minutes)",
        "agenda": "dagsorden (agenda)", "page": "page", "show_item": "Show the whole item", "more": "More results",
        "share": "Post in channel", "show_more": "show more", "same_topic": "Same topic", "thanks": "Thanks for your feedback",
        "not_found": "I found no agenda or minutes item that answers “{q}”.",
        "closest": "Closest topics", "tip": "Tip: use words from the agendas (a topic, a council, a year), e.g. "
        "“what was decided on SOSU places in 2027”, or `/kkr next` for the next meeting.",
        "apology": "Sorry, something went wrong while answering. Please try again shortly; the error is logged.",
        "case": "Case", "source": "Source", "links": "Links", "attachments": "Attachments (bilag)", "pages": "pages",
        "rest_in_source": "… the rest of the item is in the source", "no_more": "There are no more results.",
        "results": "results {a}–{b}", "no_text": "_The item has no text._", "not_stored": "Item {id} is no longer in the index.",
        "next_title": "Next KKR meetings", "no_meetings": "No upcoming meetings known{c}.",
        "latest": "Latest meeting in the index",
        "uncertain": "Possibly relevant: no item answers all of the question, but this one is about its topic.",
    },
}  # fmt: skip


def labels(language: str) -> dict[str, str]:
    """The labels for `language` ("en"; anything else is Danish)."""
    return LABELS["en" if language == "en" else "da"]
