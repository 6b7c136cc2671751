"""The board cache: reused while nothing changed, rebuilt as soon as anything did."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tui.facts import build, cache
from tui.facts.board import Board
from tui.facts.views import board
from tui.paths import default_data, default_seeds


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    seeds = tmp_path / "seeds"
    shutil.copytree(default_seeds(), seeds)
    return seeds, default_data()


def test_a_stored_board_comes_back_while_nothing_changes(folders: tuple[Path, Path]) -> None:
    seeds, data = folders
    stamp = cache.fingerprint(seeds, data, True)
    built = board(build(seeds, data))
    cache.store(seeds, data, True, built, stamp)
    assert cache.load(seeds, data, True) == built


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_any_change_to_the_articles_makes_it_stale(folders: tuple[Path, Path], change: str) -> None:
    seeds, data = folders
    stamp = cache.fingerprint(seeds, data, True)
    cache.store(seeds, data, True, board(build(seeds, data)), stamp)
    article = sorted(seeds.glob("*.txt"))[0]
    if change == "edit":
        article.write_text(article.read_text(encoding="utf-8") + "\nMore.", encoding="utf-8")
    elif change == "add":
        (seeds / "zz.txt").write_text("New.", encoding="utf-8")
    else:
        article.unlink()
    assert cache.load(seeds, data, True) is None


def test_other_options_are_other_boards(folders: tuple[Path, Path]) -> None:
    seeds, data = folders
    cache.store(seeds, data, True, board(build(seeds, data)), cache.fingerprint(seeds, data, True))
    assert cache.load(seeds, data, False) is None


def test_a_corrupt_cache_is_ignored(folders: tuple[Path, Path]) -> None:
    seeds, data = folders
    cache.store(seeds, data, True, board(build(seeds, data)), cache.fingerprint(seeds, data, True))
    for path in cache.cache_dir().glob("*.json"):
        stamp = path.read_text(encoding="utf-8").split("\n")[0]
        path.write_text(f"{stamp}\n{{not json", encoding="utf-8")
    assert cache.load(seeds, data, True) is None


def test_an_unwritable_cache_is_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # a file where a folder should be
    empty = Board(seeds_name="x", coverage="")
    cache.store(default_seeds(), None, True, empty, "stamp")
    assert cache.load(default_seeds(), None, True) is None


def test_starting_from_the_cache_imports_no_polars(folders: tuple[Path, Path]) -> None:
    seeds, data = folders
    cache.store(seeds, data, True, board(build(seeds, data)), cache.fingerprint(seeds, data, True))
    code = (
        "import sys; from pathlib import Path; from tui.facts import cache; import tui.app; "
        f"b = cache.load(Path({str(seeds)!r}), Path({str(data)!r}), True); "
        "print(b is not None, 'polars' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, check=True
    ).stdout
    assert out.split() == ["True", "False"]


def test_the_extractors_code_is_part_of_the_fingerprint() -> None:
    """A checkout that pulls new extraction rules must not show a board built by the old ones."""
    from tui.facts import cache as module

    code = Path(module.__file__).resolve().parent
    extractor = code / "auto" / "endorsements.py"
    before = cache.fingerprint(default_seeds(), default_data(), True)
    stat = extractor.stat()
    try:
        os.utime(extractor, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        assert cache.fingerprint(default_seeds(), default_data(), True) != before
    finally:
        os.utime(extractor, ns=(stat.st_atime_ns, stat.st_mtime_ns))
