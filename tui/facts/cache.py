"""The dashboard's cache: the last board built from a folder, reused while nothing has changed.

Building the facts needs Polars, whose import alone takes longer than Textual's start-up; a
board read back from JSON does not. The cache is keyed by the folders and checked against a
fingerprint of every file that feeds the board (name, size, modification time) and of the code
that builds it, so any change to an article, a sheet or the extractor rebuilds it. It lives in
the user's cache folder, never beside the articles; a cache that cannot be read or written is
simply not used.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

from tui import __version__
from tui.facts.board import Board

_CODE = Path(__file__).resolve().parent


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "race-dash"


def fingerprint(seeds: Path, data: Path | None, rows: bool) -> str:
    """What the board depends on: the articles, the sheets, the code, the options."""
    parts = [__version__, str(rows)]
    files = [*sorted(seeds.glob("*.txt")), seeds / "sources.toml"]
    if data is not None:
        files += sorted(data.glob("*.toml"))
    files += sorted(_CODE.rglob("*.py"))  # the extractors in auto/ too
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _path(seeds: Path, data: Path | None, rows: bool) -> Path:
    key = f"{seeds.resolve()}|{data.resolve() if data else ''}|{rows}"
    return cache_dir() / f"board-{hashlib.sha256(key.encode()).hexdigest()[:20]}.json"


def load(seeds: Path, data: Path | None, rows: bool) -> Board | None:
    """The cached board for these folders, if nothing it was built from has changed."""
    try:
        stamp, _, body = _path(seeds, data, rows).read_text(encoding="utf-8").partition("\n")
        if stamp != fingerprint(seeds, data, rows):
            return None
        return Board.from_json(body)
    except (OSError, ValueError, TypeError):
        return None


def store(seeds: Path, data: Path | None, rows: bool, board: Board, stamp: str) -> None:
    """Keep a board; `stamp` is the fingerprint taken before it was built, so that a file
    changed during the build leaves the cache stale rather than wrong."""
    path = _path(seeds, data, rows)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        partial.write_text(f"{stamp}\n{board.to_json()}", "utf-8")
        partial.replace(path)
    except OSError:
        pass
