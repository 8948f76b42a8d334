"""A long shown passage cut around what matched: every piece stays the item's own text."""

from __future__ import annotations

from index.search.cut import CUT, cut, verbatim_pieces

LEAD = "Budgettet er udarbejdet under hensyntagen til følgende faktorer:"
FIRST = "– Den samlede opgaveportefølje er blevet mindre"
SECOND = "– Overskud fra Regnskab 2020 er overført til Budget 2022 og indregnet i takster"
LONG = ("– Den 14. april 2021 blev en politisk aftale om styrkelse af socialtilsynet offentliggjort. " * 3
        + "Det får en økonomisk betydning, fordi socialtilsynet vil skulle afgive 22 tilbud til andet socialtilsyn.")  # fmt: skip
LIST = "\n".join((LEAD, FIRST, SECOND, LONG))


def spans(text: str, *words: str) -> list[tuple[int, int]]:
    return sorted((text.index(w), text.index(w) + len(w)) for w in words)


def test_a_long_member_holding_the_words_is_cut_around_them_when_the_lead_in_holds_none() -> None:
    shown, highlights = cut(LIST, spans(LIST, "politisk aftale", "økonomisk betydning", "afgive"), 400)
    assert len(shown) <= 404
    assert shown.startswith(LEAD) and FIRST not in shown
    assert "fordi socialtilsynet vil skulle afgive" in shown and CUT in shown
    assert all(piece in LIST for piece in verbatim_pieces(shown))
    assert [shown[a:b] for a, b in highlights][-1] == "afgive"


def test_a_list_whose_lead_in_holds_the_words_keeps_its_members_in_order() -> None:
    shown, _ = cut(LIST, spans(LIST, "Budgettet", "faktorer", "politisk aftale"), 400)
    assert shown.startswith(LEAD) and FIRST in shown and SECOND in shown
    assert all(piece in LIST for piece in verbatim_pieces(shown))


def test_a_list_cut_for_a_value_keeps_the_member_holding_it_before_other_matched_members() -> None:
    """"Hvor store skal projekterne være …": the member with "15-20 mio. kr." stays, though two
    members before it hold more of the question's words."""
    lines = ["Følgende kriterier skal opfyldes for projekter i puljen:",
             "– Projektet skal indeholde et fælleskommunalt element, og pladser skal stå til rådighed for andre kommuner i puljen.",
             "– Projektet skal beskrive målgruppen for pladserne og behovet for netop disse pladser i projektet.",
             "– Projektet skal have en vis størrelse, f.eks. 15-20 mio. kr., da mindre anlæg fortsætter uændret."]  # fmt: skip
    text = "\n".join(lines)
    words = [(text.index(w), text.index(w) + len(w)) for w in ("projekter", "Projektet", "pladser", "puljen")]
    value = (text.index("15-20 mio. kr."), text.index("15-20 mio. kr.") + len("15-20 mio. kr."))
    without, _ = cut(text, sorted(words), 260)
    shown, _ = cut(text, sorted(words), 260, (value,))
    assert "15-20 mio. kr." not in without
    assert "15-20 mio. kr." in shown and shown.startswith(lines[0])
    assert all(piece in text for piece in verbatim_pieces(shown))


def test_a_long_line_giving_the_reason_asked_takes_what_the_other_lines_leave() -> None:
    lead = "Budgettet er udarbejdet under hensyntagen til følgende faktorer:"
    short = ["– Opgaveporteføljen er blevet mindre", "– Overskud fra Regnskab 2020 er overført til Budget 2022"]
    long = ("– En politisk aftale om styrkelse af socialtilsynet blev offentliggjort. " + "Aftalen samler specialistfunktioner. " * 8
            + "Det får økonomisk betydning for tilsynet, fordi det indebærer, at tilsynet vil skulle afgive 22 tilbud. "
            + "Fordelingen besluttes senere. " * 6)
    text = "\n".join([lead, *short, long])
    matched = [(text.index("Budget"), text.index("Budget") + 6), (text.index("tilsynet, fordi"), text.index("tilsynet, fordi") + 8)]
    reason = text.index("fordi")
    without, _ = cut(text, matched, 400)
    assert "afgive 22 tilbud" not in without  # too long for what is left: left out
    shown, _ = cut(text, matched, 400, fit=((reason, reason + 5),))
    assert "afgive 22 tilbud" in shown and short[0] in shown and short[1] in shown
    assert all(piece in text for piece in verbatim_pieces(shown))


def test_a_reason_line_holding_most_of_the_question_comes_before_other_matched_lines() -> None:
    """"Why must a project be of a certain size?": the criterion giving that reason ("…, da …")
    holds the question's rarest words and comes first; by the matched lines' order alone it was cut away."""
    lines = ["Følgende kriterier skal opfyldes, før et projekt kan komme i betragtning til lånepuljen:",
             "– Der skal være tale om pladser efter servicelovens §§107-108.",
             "– Projektet skal indeholde et fælleskommunalt element, og en del af pladserne skal stå til rådighed for andre "
             "kommuner end den, der gennemfører projektet (og dermed ansøger puljen).",
             "– Projektet skal have en vis størrelse, f.eks. 15-20 mio. kr., da de almindelige mindre anlægsudgifter "
             "til f.eks. renovering forudsættes at fortsætte uændret."]  # fmt: skip
    text = "\n".join(lines)
    words = {"projekt": 1.0, "lånepuljen": 1.0, "pladser": 0.5, "Projektet": 1.0, "størrelse": 3.0, "15-20": 3.0}
    found = sorted((text.index(w), text.index(w) + len(w), x) for w, x in words.items())
    matched, weights = [(a, b) for a, b, _ in found], tuple(x for _, _, x in found)
    reasons = tuple((m, m + 5) for m in (text.index("dermed"), text.index(", da") + 2))
    without, _ = cut(text, matched, 300, fit=reasons)
    assert "renovering" not in without
    shown, _ = cut(text, matched, 300, fit=reasons, weights=weights)
    assert shown.startswith(lines[0]) and "mindre anlægsudgifter til f.eks. renovering" in shown
    assert all(piece in text for piece in verbatim_pieces(shown))


def test_a_why_shows_the_reason_line_of_a_criteria_list(sample_engine) -> None:
    from tests.support.sample import TODAY

    question = "Hvorfor skal et botilbudsprojekt have en vis størrelse for at komme i betragtning til lånepuljen?"
    hit = sample_engine.ask(question, today=TODAY).hits[0]
    assert hit.item.item_number == "3.5"
    shown = " ".join(" ".join(p.text.split()) for p in hit.passages)
    assert "mindre anlægsudgifter på området til f.eks. renovering" in shown
