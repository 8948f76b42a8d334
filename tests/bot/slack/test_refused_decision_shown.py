"""Round 14 (SHOWS): a refused question's nearest item may show its decision line as a passage
(index/search/ruling.py). In Slack (the real Bolt app over HTTP, the fake Slack API enforcing Block
Kit's limits) the reply must still read plainly as "not found": "not found" first, the decision line
quoted under the item's line like any passage, never labelled "Beslutning:" or given as an answer
line; `ask --json` and the terminal show the same passage.
"""

from __future__ import annotations

import json

from bot.render.terminal import answer_text
from index.answer_json import answer_json
from tests.support.slackapp import NOW

# Refused (the index is read as holding no minutes of that meeting); its nearest item, the approval of
# those minutes at the next meeting, shows the decision line that answers it.
QUESTION = "Did KKR Midtjylland sign off on the minutes of its meeting on 13 April 2026?"


def test_a_refusal_showing_a_decision_line_still_reads_as_not_found(slack_app, sample_index) -> None:
    answer = sample_index.engine.ask(QUESTION, today=NOW.date())
    data = answer_json(answer)
    assert not data["answered"] and not data["uncertain"]
    first = data["hits"][0]
    assert first["item_number"] == "1.2" and first["answer"] is None and first["decision"] is None
    assert first["passages"][0]["section"] == "Beslutning" and first["passages"][0]["text"].strip() == "Referatet blev godkendt."
    fake = slack_app.fake
    assert slack_app.send_command(QUESTION, key="ruled").status == 200
    message = fake.wait_for(lambda: next((r for r in fake.responses() if r["response_key"] == "ruled"), None))
    blocks = json.dumps(message["blocks"], ensure_ascii=False)
    head = message["blocks"][int(message["blocks"][0]["type"] == "context")]["text"]["text"]
    assert head.startswith("I found no agenda")  # "not found" first
    line = "*Referatet* blev godkendt."  # the matched word bold, as in any passage
    assert blocks.index("no agenda or minutes item that answers") < blocks.index(line)
    assert blocks.index("Godkendelse af referat fra mødet den 13. april 2026") < blocks.index(line)  # under the item's line
    quoted = [b["text"]["text"] for b in message["blocks"] if line in b.get("text", {}).get("text", "")]
    assert quoted == ["> " + line]  # a quote of the item, as any passage is; no label, no answer line
    assert "Decision:" not in blocks and "Beslutning:" not in blocks and "Answer:" not in blocks and "Svar:" not in blocks
    text = answer_text(answer)
    assert text.startswith("Nothing in the index answers that.") and "«*Referatet* blev godkendt.»" in text  # quoted, with its page
    assert "Decision:" not in text and "Answer:" not in text
