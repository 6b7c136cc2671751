"""Facts found automatically in any article: polls, endorsements and dated events.

Each extractor reads the sentences of one article (quotations are opaque tokens, so nothing
inside a quotation becomes a fact) and returns rows shaped like the reviewed sheets' rows, with
`reviewed` false and the sentence as evidence.
"""
