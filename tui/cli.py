"""The command line: the dashboard, `facts TABLE` and `check`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from tui import __version__
from tui.paths import default_data, default_seeds, is_bundled

if TYPE_CHECKING:
    from collections.abc import Callable

    from tui.facts import FactBook
    from tui.facts.board import Board

DESCRIPTION = (
    "A terminal dashboard of the 2024 US presidential endorsement race around the Teamsters union."
)
TABLE_NAMES = ("articles", "quotes", "endorsements", "polls", "events", "speakers")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """Usage errors are one line on stderr and exit 2."""
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _folders(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--seeds",
        type=Path,
        metavar="DIR",
        default=default,
        help="folder of articles (*.txt) to read (default: the shipped seeds)",
    )
    parser.add_argument(
        "--data",
        type=Path,
        metavar="DIR",
        default=default,
        help="folder of reviewed fact sheets (default: the shipped data; "
        "with --seeds alone only speakers.toml applies)",
    )


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="race-dash", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"race-dash {__version__}")
    _folders(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    facts = commands.add_parser("facts", help="print one fact table")
    facts.add_argument(
        "table", choices=TABLE_NAMES, metavar="TABLE", help=f"one of: {', '.join(TABLE_NAMES)}"
    )
    _folders(facts, argparse.SUPPRESS)
    facts.add_argument("--format", choices=("text", "csv", "json", "parquet"), default="text")
    facts.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of standard output"
    )
    check = commands.add_parser("check", help="list every problem in the articles and sheets")
    _folders(check, argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        if args.command == "facts":
            return _facts(args)
        if args.command == "check":
            return _check(args)
        return _dashboard(args)
    except _Failure as failure:
        print(f"race-dash: {failure}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): nothing left to say
        return 0
    except KeyboardInterrupt:
        return 130


class _Failure(Exception):
    """A usage or I/O failure: one line, exit 2."""


def _folders_of(args: argparse.Namespace) -> tuple[Path, Path | None, bool]:
    seeds = args.seeds or default_seeds()
    data = args.data or default_data()
    # Row sheets describe the shipped corpus: another folder of articles gets only what is
    # found automatically, unless a data folder is named too.
    rows = args.data is not None or args.seeds is None
    return seeds, (data if data.is_dir() or args.data else None), rows


def _book(args: argparse.Namespace) -> FactBook:
    from tui.facts import InputError, build

    seeds, data, rows = _folders_of(args)
    try:
        return build(seeds, data, rows=rows)
    except InputError as error:
        raise _Failure(str(error)) from None


def _facts(args: argparse.Namespace) -> int:
    from tui.facts.export import render, write

    if args.format == "parquet" and args.output is None:
        raise _Failure("--format parquet needs -o FILE")
    book = _book(args)
    data = render(args.table, book.table(args.table), args.format)
    try:
        write(args.output, data)
    except OSError as error:
        raise _Failure(f"cannot write {args.output}: {error.strerror or error}") from None
    return 0


def _check(args: argparse.Namespace) -> int:
    book = _book(args)
    for problem in book.problems:
        print(problem)
    if book.problems:
        print(f"{len(book.problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"no problems: {_summary(book)}")
    return 0


def _summary(book: FactBook) -> str:
    return ", ".join(f"{len(book.table(name))} {name}" for name in TABLE_NAMES)


def _dashboard(args: argparse.Namespace) -> int:
    """Start from the cached board when nothing has changed: no Polars before the first frame."""
    from functools import partial

    from tui.app import RaceDash
    from tui.facts import cache
    from tui.facts.corpus import article_text
    from tui.facts.watch import snapshot

    seeds, data, rows = _folders_of(args)

    def fresh() -> tuple[Board, Callable[[str], str]]:
        from tui.facts.views import board

        stamp = cache.fingerprint(seeds, data, rows)
        book = _book(args)
        built = board(book)
        cache.store(seeds, data, rows, built, stamp)
        return built, lambda name: book.texts.get(name, "")

    # The folders are watched for new, changed and removed files, except an installed wheel's
    # own read-only copy, which never changes.
    watch = [folder for folder in (seeds, data) if folder is not None and not is_bundled(folder)]
    seen = snapshot(watch)  # before the build: a file changed during it is picked up
    cached = seeds.is_dir() and cache.load(seeds, data, rows)
    board, texts = (cached, partial(article_text, seeds)) if cached else fresh()
    RaceDash(board, texts, loader=fresh, watch=watch, seen=seen).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
