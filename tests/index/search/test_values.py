"""Typed values in passages: Danish numbers with their units, dates and people's names, as
spans of the text."""

from __future__ import annotations

from index.search.values import dates_in, names_in, numbers_in, values_in, worded_counts


def texts(values) -> list[str]:
    return [v.text for v in values]


def test_danish_numbers_with_their_units() -> None:
    text = "Dertil betales 75 pct. af døgntaksten (3.080 kr.), svarende til ca. 1,1 mio. kr. om året for 1.304 elever."
    assert texts(numbers_in(text)) == ["75 pct.", "3.080 kr.", "ca. 1,1 mio. kr.", "1.304 elever"]
    assert texts(numbers_in("puljerne på henholdsvis 0,6 og 0,7 mia. kr. for 2025 og 2026")) == ["0,6 og 0,7 mia. kr."]
    assert texts(numbers_in("der etableres 4-5 kommunale it-serviceorganisationer med udgangspunkt")) == [
        "4-5 kommunale it-serviceorganisationer"
    ]
    assert texts(numbers_in("Bestyrelsen 4 medlemmer, heraf 1 formand")) == ["4 medlemmer", "1 formand"]


def test_years_dates_sections_and_numbered_points_are_no_amounts() -> None:
    assert numbers_in("I 2026 og perioden 2022-2026, jf. §§107-108 og SAG-2026-00837.") == []
    assert numbers_in("1) Udvalg, der skal udpeges\n2. Principper") == []
    assert numbers_in("Mødet den 4. september 2026.") == []


def test_spans_are_the_texts_own() -> None:
    text = "Regionen skal drive 572 sundheds-og omsorgspladser og vil mangle 250 pladser."
    for v in numbers_in(text):
        assert text[v.start : v.end] == v.text
    assert texts(numbers_in(text)) == ["572 sundheds-og omsorgspladser", "250 pladser"]


def test_danish_dates() -> None:
    text = "Svar senest d. 10. september, mødet er den 7. juni 2024, optaget 1.9.2023 og igen i juni 2025."
    assert texts(dates_in(text)) == ["10. september", "7. juni 2024", "1.9.2023", "juni 2025"]
    assert texts(dates_in("Konferencen 3. sept. 2021 i Aarhus")) == ["3. sept. 2021"]


def test_names_beside_a_role_are_strong_organisations_are_no_names() -> None:
    found = names_in("Det indstilles, at Jesper Greth (V), medlem af kommunalbestyrelsen i Rebild Kommune, udpeges.")
    assert [(v.text, v.strength) for v in found] == [("Jesper Greth", 1.0)]
    found = names_in("Punktet indledes med oplæg ved Henrik Fabiansson Haue, kontorchef, KL.")
    assert texts(found) == ["Henrik Fabiansson Haue"] and found[0].strength == 1.0
    assert names_in("KKR Midtjylland, Region Midtjylland og RAR Vest afholdt Central Denmark EU Office") == []
    assert [v.strength for v in names_in("Hans Jensen kom ikke.")] == [0.5]


def test_a_count_written_in_words_is_a_weak_number_with_what_it_counts() -> None:
    text = "Der er godt gang i fire politiske klynger, hvor der lægges op til tre nordjyske klynger. De to af dem."
    worded = worded_counts(text)
    assert texts(worded) == ["fire politiske klynger", "tre nordjyske klynger"]  # "to af": counts nothing
    assert all(v.strength < 0.7 for v in worded)  # no figure on its own
    assert numbers_in(text) == []  # the gate's figures are digits only
    assert texts(values_in(text, "number")) == texts(worded)


def test_a_name_with_a_role_in_apposition_is_strong_a_relative_clause_is_no_role() -> None:
    """"Per Okkels, ambassadør og opmand for de kommende sundhedsråd, …" names the ambassador as
    surely as "…, direktør for …" does; "Ulrik Kjær, der er …" puts no role beside the name."""
    strong = names_in("Per Okkels, ambassadør og opmand for de kommende sundhedsråd, deltager virtuelt på mødet.")
    assert [(v.text, v.strength) for v in strong] == [("Per Okkels", 1.0)]
    short = names_in("På mødet vil Jesper Kaas Schmidt, fmd. for Kommunaldirektørnetværket give en status.")
    assert [(v.text, v.strength) for v in short] == [("Jesper Kaas Schmidt", 1.0)]
    weak = names_in("Ulrik Kjær, der er ved at skrive en bog, kommer også.")
    assert [(v.text, v.strength) for v in weak] == [("Ulrik Kjær", 0.5)]
