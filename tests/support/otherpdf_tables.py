"""The samples' tables, flattened by the extractor one cell per line, written back as rows.

Each entry replaces the sample's lines from `first` to `last` (stripped, inclusive) inside
one sub-section with a ruled table of `rows`; `header_rows` are printed in bold, as in Word;
None in a cell means the cell before it spans it.
The cells are read off the flattened text by hand.
"""

from __future__ import annotations

from typing import Any

_SOSU_HEAD = "Social- og sundhedshjælpere"
_SOSU_ASSIST = "Social- og sundhedsassistenter"

TABLES: dict[str, list[dict[str, Any]]] = {
    "000_cdc91a78ce8a19e6": [
        {
            "first": "Udvalg 2018-2022 Antal medlemmer 2018-2022 (der",
            "last": "for Midttrafik)",
            "header_rows": 1,
            "widths": [45, 55],
            "rows": [
                ["Udvalg 2018-2022", "Antal medlemmer 2018-2022 (der udpeges af KKR)"],
                ["Områder/udvalg", ""],
                ["Beskæftigelsesområdet", ""],
                ["Rar Øst", "5, heraf 1 til formandskabet plus 5 suppleanter (der er et "
                            "ligestillingskrav)"],
                ["Rar Vest", "5, heraf 1 til formandskabet plus 5 suppleanter (der er et "
                             "ligestillingskrav)"],
                ["Erhvervsområdet", ""],
                ["Bestyrelsen for Erhvervshuset Midtjylland",
                 "4 medlemmer, heraf 1 formand. Endvidere står KKR for den samlede proces for "
                 "udpegning til bestyrelsen og beslutter, hvem der er indstillingsberettiget "
                 "blandt erhvervsorganisationer og vidensinstitutioner."],
                ["CDEU s bestyrelse", "3 medlemmer"],
                ["Danmarks erhvervsfremmebestyrelse", "1 medlem"],
                ["Sundhedsområdet", ""],
                ["Sundhedskoordinationsudvalget", "5 medlemmer (1 overlap til PPU)"],
                ["Praksisplanudvalget", "5 medlemmer"],
                ["Samarbejdsudvalget for praktiserende læger", "2 (1 overlap til Praksisplanudvalget)"],
                ["Kvalitets – og efteruddannelsesudvalget for praktiserende læger",
                 "2 (1 overlap til Praksisplanudvalget)"],
                ["Samarbejdsudvalget for praktiserende fysioterapeuter", "2"],
                ["Samarbejdsudvalget for kiropraktorer", "1"],
                ["Samarbejdsudvalget for psykologer", "1"],
                ["Uddannelsesområdet", ""],
                ["Bestyrelse for Erhvervsakademiet Dania", "1"],
                ["FGU Danmark bestyrelse", "1"],
                ["Uddannelsesudvalget",
                 "KKR udpeger 7 kommunalbestyrelsesmedlemmer. Derudover er følgende fødte "
                 "medlemmer: KKR formandskabet, KKR repræsentant fra erhvervshusets bestyrelse, "
                 "to KKR repræsentanter fra RARernes formandskaber og KKRs repræsentant i VIA s "
                 "bestyrelse."],
                ["VIA University College Bestyrelse", "1"],
                ["Øvrige områder", ""],
                ["Politisk partnerskabsgruppe 2020", "1"],
                ["Styringsudvalg for Interreg IV A Kattegat-Skagerak", "1 og 1 suppleant"],
                ["Midttrafiks bestyrelse", "7 (udpeges af repræsentantskabet for Midttrafik)"],
            ],
        },
    ],
    "001_37866b4be7b1cc74": [
        {
            "first": "Social- og sundheds-",
            "last": "3.000 3.000 6.000 6.000",
            "header_rows": 2,
            "widths": [28, 18, 18, 18, 18],
            "rows": [
                ["", _SOSU_HEAD, None, _SOSU_ASSIST, None],
                ["", "Dimensionering 2025", "Dimensionering 2026",
                 "Dimensionering 2025", "Dimensionering 2026"],
                ["KKR Hovedstaden", "851", "850", "1.779", "1.780"],
                ["KKR Sjælland", "476", "477", "955", "955"],
                ["KKR Syddanmark", "692", "692", "1.328", "1.327"],
                ["KKR Midtjylland", "668", "668", "1.304", "1.304"],
                ["KKR Nordjylland", "313", "313", "634", "634"],
                ["Hele landet", "3.000", "3.000", "6.000", "6.000"],
            ],
        },
    ],
    "003_d10211b4844be3a2": [
        {
            "first": "2026/2027",
            "last": "Hele landet 3.000 4.500 6.000 6.500",
            "header_rows": 2,
            "widths": [28, 18, 18, 18, 18],
            "rows": [
                ["2026/2027", _SOSU_HEAD, None, _SOSU_ASSIST, None],
                ["KKR", "Dimensionering 2026", "Dimensionering 2027",
                 "Dimensionering 2026", "Dimensionering 2027"],
                ["KKR Hovedstaden", "850", "1.259", "1.780", "1.915"],
                ["KKR Sjælland", "477", "722", "955", "1.038"],
                ["KKR Syddanmark", "692", "1.037", "1.327", "1.443"],
                ["KKR Midtjylland", "668", "1.006", "1.304", "1.417"],
                ["KKR Nordjylland", "313", "476", "634", "687"],
                ["Hele landet", "3.000", "4.500", "6.000", "6.500"],
            ],
        },
        {
            "first": "Årstal",
            "last": "25 5.448 4.007 9.455",
            "header_rows": 1,
            "widths": [31, 23, 23, 23],
            "rows": [
                ["Årstal", "Social- og sundhedsassistent", "Social- og sundhedshjælper", "I alt"],
                ["2021", "5.751", "3.492", "9.243"],
                ["2022", "5.548", "3.980", "9.528"],
                ["2023", "5.827", "4.308", "10.135"],
                ["2024", "5.274", "4.315", "9.589"],
                ["2025", "4.841", "3.939", "8.780"],
                ["Gennemsnit 2021-25", "5.448", "4.007", "9.455"],
            ],
        },
    ],
    "004_00b6fdc18451f266": [
        {
            "first": "Uddannelsessted Dimensionering",
            "last": "Ialt (63)  1329 (209) 1329",
            "header_rows": 1,
            "widths": [24, 38, 38],
            "rows": [
                ["Uddannelsessted",
                 "Dimensionering 2024/2025 (inkl. 5 pct.) (ledige pladser v. efterårsoptaget 2023)",
                 "Dimensionering 2024/2025 (inkl. 5 pct.) (ledige pladser ved. Vinteroptaget "
                 "2024 (pr. 22 november 2023, hvor der stadig optages)"],
                ["Holstebro", "(22) 172", "(60) 172"],
                ["Viborg", "(29) 236", "(65) 236"],
                ["Ikast", "(11) 138", "(46) 138"],
                ["Randers", "140", "(7) 140"],
                ["Grenaa", "(1) 32", "32"],
                ["Aarhus", "458", "458"],
                ["Horsens", "(1) 153", "(31) 153"],
                ["Ialt", "(63) 1329", "(209) 1329"],
            ],
        },
    ],
}
