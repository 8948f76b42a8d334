"""Danish municipalities and parts of the country, by the KKR (region) they belong to.

A place in a question ("i Aarhus", "Brønderslev", "Østjylland") qualifies what is asked: it
narrows a topic, it is not one. The answer reads it so: an item that names the place is the
more likely one, but a place alone ("the weather in Aarhus") is no topic the index covers,
and an item about the topic that lacks the place asked about does not answer for it
("hvor mange flygtninge skal Aarhus boligplacere" when the item gives the region's total).
"""

from __future__ import annotations

from index.model import COUNCILS

__all__ = ["PLACES", "REGION_WORDS", "place_of", "is_place_word", "region_council", "region_name"]

_H, _SJ, _SD, _M, _N = COUNCILS

_MUNICIPALITIES: dict[str, tuple[str, ...]] = {
    _H: (
        "albertslund", "allerød", "ballerup", "bornholm", "brøndby", "dragør", "egedal", "fredensborg",
        "frederiksberg", "frederikssund", "furesø", "gentofte", "gladsaxe", "glostrup", "gribskov", "halsnæs",
        "helsingør", "herlev", "hillerød", "hvidovre", "høje-taastrup", "hørsholm", "ishøj", "københavn",
        "copenhagen", "lyngby-taarbæk", "rudersdal", "rødovre", "tårnby", "vallensbæk",
    ),
    _SJ: (
        "faxe", "greve", "guldborgsund", "holbæk", "kalundborg", "køge", "lejre", "lolland", "næstved",
        "odsherred", "ringsted", "roskilde", "slagelse", "solrød", "sorø", "stevns", "vordingborg",
    ),
    _SD: (
        "assens", "billund", "esbjerg", "fanø", "fredericia", "faaborg-midtfyn", "haderslev", "kerteminde",
        "kolding", "langeland", "middelfart", "nordfyn", "nordfyns", "nyborg", "odense", "svendborg",
        "sønderborg", "tønder", "varde", "vejle", "ærø", "aabenraa", "fyn", "sønderjylland",
    ),
    _M: (
        "favrskov", "hedensted", "herning", "holstebro", "horsens", "ikast-brande", "lemvig", "norddjurs",
        "odder", "randers", "ringkøbing-skjern", "samsø", "silkeborg", "skanderborg", "skive", "struer",
        "syddjurs", "viborg", "aarhus", "århus", "østjylland", "vestjylland", "djursland",
    ),
    _N: (
        "brønderslev", "frederikshavn", "hjørring", "jammerbugt", "læsø", "mariagerfjord", "morsø", "rebild",
        "thisted", "vesthimmerland", "vesthimmerlands", "aalborg", "ålborg", "himmerland", "vendsyssel",
    ),
}

# lowercase place word → the council of its region
PLACES: dict[str, str] = {name: council for council, names in _MUNICIPALITIES.items() for name in names}


def place_of(word: str) -> str | None:
    """The council of the region `word` (lowercase, maybe in the genitive: "aarhus'", "viborgs")
    is a municipality or part of, else None."""
    word = word.rstrip("'")
    if word in PLACES:
        return PLACES[word]
    if word.endswith("s") and word[:-1] in PLACES:
        return PLACES[word[:-1]]
    return None


# The parts of the country bodies are named by ("Socialtilsyn Nord", "Region Midt", "Erhvervshus Sydjylland").
REGION_WORDS = frozenset("nord syd midt øst vest".split())


# The regions' short names that name a KKR ("Erhvervshus Midt", "hvad skal syd have"); "øst" and
# "vest" name parts of a region ("RAR Øst": Østjylland), not one.
_REGION_COUNCILS = {"midt": _M, "nord": _N, "syd": _SD}
# ... and the documents' full name of the part of the country each names ("RAR Østjylland").
_REGION_NAMES = {"midt": "midtjylland", "nord": "nordjylland", "syd": "syddanmark", "øst": "østjylland", "vest": "vestjylland"}


def _short_name(word: str) -> str:
    word = word.rstrip("'")
    return word[:-1] if word not in _REGION_NAMES and word.endswith("s") else word


def region_council(word: str) -> str | None:
    """The council a region's short name (lowercase, maybe in the genitive: "nords") names, else None."""
    return _REGION_COUNCILS.get(_short_name(word))


def region_name(word: str) -> str | None:
    """The documents' name of the part of the country a short name names ("øst" → "østjylland"), else None."""
    return _REGION_NAMES.get(_short_name(word))


def is_place_word(word: str) -> bool:
    """A municipality, a part of the country, or a compass word naming a region ("midt", "nords")."""
    return place_of(word) is not None or word.rstrip("'") in REGION_WORDS or (
        word.endswith("s") and word[:-1] in REGION_WORDS
    )
