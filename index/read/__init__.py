"""Reading: one agenda or minutes file (PDF or extractor text) → one `Meeting` of `AgendaItem`s.

`document.read_document` is the entry point. `pdf` and `textfile` turn a file into pages of
`lines.Line`; `segment` (with `clean` and `hyphens`) finds sections and items in the lines;
`meeting_info` reads the council, date and kind of document. Only `document` and `pdf` touch files.
"""
