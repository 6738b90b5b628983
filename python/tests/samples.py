"""Articles written for these tests (fictional people and events; no text
from ../shared). Used by python/tests and spark/tests."""

TEXTS = {
    "harbour": (
        "Harbour plan approved after long night in Aalborg\n\n"
        "The city council of Aalborg approved the new harbour plan on Tuesday, "
        "after a debate that lasted until 3 a.m.\n\n"
        "“This is the biggest change to the waterfront in fifty years,” said Mette Lund, "
        "the mayor of Aalborg. “We waited long enough.”\n\n"
        "Opponents were not convinced. “The council has ignored the fishermen,” "
        "Jens Holm, a spokesman for the Danish Fishermen's Association, told reporters.\n\n"
        "Ms Lund said the plan would cost 240 million kroner and take six years. "
        "“Nobody will lose a berth,” she added."
    ),
    "trade": (
        "Ministers meet in Geneva as tariff talks stall\n\n"
        "Trade ministers from twelve countries met in Geneva on Monday to rescue "
        "talks that collapsed in March.\n\n"
        "“We are closer than the headlines suggest,” Clara Reyes, the Chilean trade minister, "
        "said after the first session.\n\n"
        "Her Canadian counterpart, Paul Tremblay, was more cautious. "
        "“There is still no agreement on steel,” he said. "
        "“Without steel, there is no deal.”\n\n"
        "A spokeswoman for the World Trade Organization said the talks would continue on Wednesday."
    ),
    "plain": (
        "Rain is expected across the north of the country on Friday, with up to 40 millimetres "
        "in some places. Roads may flood in low-lying areas."
    ),
    "emoji": (
        "😀 Fans waited outside the stadium in Lisbon.\n\n"
        "“It was worth every minute,” said Rui Costa, a supporter from Porto."
    ),
}

HTML = {
    "council.html": (
        "<!doctype html><html><head><meta charset=utf-8><title>Council</title></head><body>"
        "<article><h1>Council votes on budget</h1>"
        "<p>The council of <b>Bergen</b> voted on the 2027 budget on Thursday.</p>"
        "<p>&ldquo;We kept every school open,&rdquo; said Ingrid Dahl, the finance councillor. "
        "&ldquo;That was the promise.&rdquo;</p>"
        "<p>Ole Vik, the leader of the opposition, said: &ldquo;The numbers do not add up.&rdquo;</p>"
        "</article></body></html>"
    ),
    "museum.html": (
        "<html><body><main>"
        "<p>The National Museum in Oslo reopened on 3 May after a two-year renovation that cost "
        "1.2 billion kroner.</p>"
        "<blockquote><p>“The light in the new halls is extraordinary,” said Kari Nordmann, "
        "the museum's director.</p></blockquote>"
        "<p><a href=\"/tickets\">Tickets</a> are free until the end of June.</p>"
        "</main></body></html>"
    ),
}
