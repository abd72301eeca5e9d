"""Drafting a claim file from an article: ``claim-checks extract`` (docs/extract.md).

One concept per module: :mod:`~checks.extract.article` (the text and its front matter),
:mod:`~checks.extract.segments` (paragraphs, sentences, clauses),
:mod:`~checks.extract.finding` (figures placed in the text),
:mod:`~checks.extract.naming` (claim ids), :mod:`~checks.extract.relations` (suggested
checks), :mod:`~checks.extract.draft` (putting them together),
:mod:`~checks.extract.writing` (YAML) and :mod:`~checks.extract.command` (the CLI).
"""
