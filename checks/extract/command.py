"""``claim-checks extract ARTICLE [-o FILE] [--force] [--published YYYY-MM-DD]``."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

EXIT_USAGE = 2


def add_parser(commands: Any) -> None:
    """Add the ``extract`` subcommand to the ``claim-checks`` subparsers."""
    extract = commands.add_parser(
        "extract",
        help="draft a claim file from an article (.txt, .md, .html, or - for stdin)",
        description="Draft a claim file from an article: every figure and date as a claim "
        "with its quote, and the checks the text implies, marked as suggestions to review.",
    )
    extract.add_argument("article", metavar="ARTICLE", help="a .txt, .md or .html file, or -")
    extract.add_argument(
        "--output", "-o", metavar="FILE", help="write the draft to FILE (- for stdout)"
    )
    extract.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    extract.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        type=dt.date.fromisoformat,
        help="the publication date, when the article does not give one in its byline",
    )


def text_reference(article: Path | None, output: Path | None) -> str | None:
    """``source.text`` for the draft: the article's path seen from the output.

    Only when the article lies in the output's folder tree: ``claim-checks run`` reads
    texts from nowhere else.
    """
    if article is None or output is None:
        return None
    folder = output.resolve().parent
    target = article.resolve()
    if not target.is_relative_to(folder):
        return None
    return os.path.relpath(target, folder).replace(os.sep, "/")


def run(arguments: argparse.Namespace) -> int:
    """Write the draft; exit 2 on unreadable input, a missing date or an existing file."""
    from checks.cli import write_atomically
    from checks.extract.article import ArticleError, read_article
    from checks.extract.draft import build_draft
    from checks.extract.writing import render

    output = Path(arguments.output) if arguments.output else None
    if output is not None and output.exists() and not arguments.force:
        print(f"claim-checks: {output} exists; pass --force to overwrite it", file=sys.stderr)
        return EXIT_USAGE
    try:
        if arguments.article == "-":
            raw = sys.stdin.buffer.read()
        else:
            raw = Path(arguments.article).read_bytes()
        article = read_article(arguments.article, raw)
        draft = build_draft(article, arguments.published)
    except (OSError, ArticleError) as exc:
        print(f"claim-checks: {exc}", file=sys.stderr)
        return EXIT_USAGE
    text = render(draft, text_reference(article.path, output))
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_atomically(output, text, arguments.force)
    except (FileExistsError, OSError) as exc:
        print(f"claim-checks: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(
        f"claim-checks: wrote {output}: {len(draft.claims)} claims, "
        f"{len(draft.suggestions)} suggested checks (a draft: review it)",
        file=sys.stderr,
    )
    return 0


__all__ = ["add_parser", "run", "text_reference"]
