"""Reading a question: its text → a `ParsedQuestion` (language, Danish terms, councils, years,
dates, intent, typo fixes), with no index access beyond the vocabulary it is given.

`parse.parse_question` is the entry point; `text` (tokens, language, Danish letters), `dates`
(dates and periods asked about), `typos`, `lexicon` (stop and asking words) and `glossary`
(English → Danish terms, data in glossary.toml) are its parts.
"""
