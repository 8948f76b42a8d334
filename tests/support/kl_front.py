"""The front matter of the five samples as KL would publish them: cover facts and, for
minutes, a participant list. Shared by the PDF generator and the text fixtures.

The samples' texts start at Mission / Vision; what their covers said is invented here,
plausibly: the meeting day (inside MANIFEST.md's window for the two undated ones), a time, a
venue; and a Deltagerfortegnelse of the council's mayors and members, some sending "Afbud".
"""

from __future__ import annotations

from datetime import date

from index.model import Meeting, Participant
from tests.support.pdfgen_front import Front

__all__ = ["COVERS", "front_for", "participants_for"]

COVERS: dict[str, tuple[date, str, tuple[str, ...]]] = {
    "000": (date(2021, 8, 30), "10:00", ("Regionshuset Viborg, Skottenborg 26", "8800 Viborg")),
    "001": (date(2025, 9, 15), "09:30", ("Hotel Legoland, Aastvej 10", "7190 Billund")),  # undated in the text
    "002": (date(2021, 9, 3), "09:00", ("Aalborg Kongres & Kultur Center", "Europa Plads 4, 9000 Aalborg")),
    "003": (date(2026, 6, 17), "13:00", ("Silkeborg Rådhus, Søvej 1", "8600 Silkeborg")),
    "004": (date(2024, 2, 26), "10:00", ("Scandic Aarhus City, Østergade 10", "8000 Aarhus C")),
}
_MEMBERS = {
    "KKR Midtjylland": [
        ("Anders Kjær", "V", "Aarhus Kommune", "Borgmester, formand"),
        ("Birthe Lauridsen", "A", "Viborg Kommune", "Borgmester, næstformand"),
        ("Carsten Friis", "C", "Herning Kommune", "Borgmester"),
        ("Dorthe Vinther", "F", "Horsens Kommune", "Borgmester"),
        ("Erik Mølgaard", "V", "Silkeborg Kommune", "Borgmester"),
        ("Frida Østergaard", "Ø", "Randers Kommune", "Byrådsmedlem"),
        ("Gunnar Bak", "O", "Skive Kommune", "Borgmester"),
        ("Helle Juul-Hansen", "B", "Ikast-Brande Kommune", "Viceborgmester"),
        ("Ib Sommer", "A", "Struer Kommune", "Borgmester"),
        ("Jette Damgaard", "I", "Lemvig Kommune", "Kommunalbestyrelsesmedlem"),
    ],
    "KKR Nordjylland": [
        ("Kirsten Ravn", "A", "Aalborg Kommune", "Borgmester, formand"),
        ("Leif Brøndum", "V", "Thisted Kommune", "Borgmester, næstformand"),
        ("Mads Holt", "C", "Hjørring Kommune", "Borgmester"),
        ("Nanna Kirk", "F", "Frederikshavn Kommune", "Byrådsmedlem"),
        ("Otto Skov", "V", "Rebild Kommune", "Borgmester"),
        ("Pernille Lind", "A", "Mariagerfjord Kommune", "Borgmester"),
        ("Rasmus Falk", "O", "Læsø Kommune", "Borgmester"),
        ("Susanne Hviid", "Ø", "Morsø Kommune", "Kommunalbestyrelsesmedlem"),
    ],
}


def participants_for(council: str) -> tuple[Participant, ...]:
    """The council's members; every fourth sent apologies."""
    return tuple(
        Participant(name, municipality, role, party, present=k % 4 != 3)
        for k, (name, party, municipality, role) in enumerate(_MEMBERS[council])
    )


def front_for(key: str, meeting: Meeting) -> Front:
    """The cover (and participants, for minutes) of sample `key` read as `meeting`."""
    day, time, venue = COVERS[key]
    people = participants_for(meeting.council) if meeting.document_kind == "minutes" else ()
    return Front(meeting.document_kind, meeting.council, day, time, venue, people)
