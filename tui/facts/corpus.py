"""Reading a folder of articles: every *.txt, sorted by name, decoded as UTF-8."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tui.facts.problems import InputError, Problem
from tui.facts.text import DATE_HEADER

MAX_BYTES = 2_000_000  # a news article is tens of kilobytes; anything this big is not one

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    header_date: date | None


def read_corpus(folder: Path) -> tuple[list[Article], list[Problem]]:
    """The articles of a folder, and a problem for each file that could not be read."""
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder")
    articles: list[Article] = []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.txt")):
        if not path.is_file():
            continue
        article, problem = read_article(path)
        if article is not None:
            articles.append(article)
        problems.extend(problem)
    return articles, problems


def read_article(path: Path) -> tuple[Article | None, list[Problem]]:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [Problem(name, f"too large to be an article ({size:,} bytes)")]
        raw = path.read_bytes()
    except OSError as error:
        return None, [Problem(name, f"cannot be read ({error.strerror or error})")]
    if b"\x00" in raw:
        return None, [Problem(name, "binary file, not text")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [Problem(name, f"not UTF-8 (byte 0x{raw[error.start]:02x} at {error.start})")]
    text = text.removeprefix("\ufeff")
    if not text.strip():
        return None, [Problem(name, "empty file")]
    if len(_CONTROL.findall(text)) > max(8, len(text) // 100):
        return None, [Problem(name, "binary file, not text")]
    header, problems = _header_date(name, text)
    return Article(name, text, header), problems


def _header_date(name: str, text: str) -> tuple[date | None, list[Problem]]:
    match = DATE_HEADER.match(text)
    if not match:
        return None, []
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day), []
    except ValueError:
        return None, [Problem(name, f"date header {match.group().strip()!r} is not a real date")]


def article_text(folder: Path, name: str) -> str:
    """An article's text as the offsets index it, or "" when it cannot be read."""
    article, _ = read_article(folder / name)
    return article.text if article is not None else ""
