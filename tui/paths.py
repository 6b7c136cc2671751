"""Where the shipped corpus and fact sheets live: the checkout, or inside the installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    checkout = _PACKAGE.parent / name
    if (_PACKAGE.parent / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    return _PACKAGE / "_bundled" / name


def default_seeds() -> Path:
    return _shipped("seeds")


def default_data() -> Path:
    return _shipped("data")


def is_bundled(folder: Path) -> bool:
    """Is this the installed wheel's own copy of the seeds or sheets?"""
    return (_PACKAGE / "_bundled") in folder.resolve().parents
