"""kkrbot's index: agenda and minutes files become agenda items in a Whoosh index, and questions
become answers. Knows nothing of Slack.

The stages, in the order data flows:
- `index.read`: a PDF or extractor text → a `Meeting` with its `AgendaItem`s (`read_document`);
- `index.store` (+ `analysis`, `codec`): the Whoosh index, written one meeting at a time;
- `index.question`: a question's text → a `ParsedQuestion` (`parse_question`);
- `index.search`: a parsed question → ranked items → an `Answer`; the coming meetings (`upcoming`);
- `index.engine.AnswerEngine`: the one object the bot and the CLI use.
Shared by all: `model` (the records), `errors`, `dates`, `councils`; `samples` is the bundled corpus.
"""
