"""The code stays ruff-clean, ruff-formatted and mypy-clean: part of the suite, not a habit."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_static_checks(command: list[str]) -> None:
    tool = shutil.which(command[0]) or shutil.which(command[0], path=str(ROOT / ".venv/bin"))
    if tool is None:
        pytest.skip(f"{command[0]} is not installed")
    result = subprocess.run(
        [sys.executable, "-m", command[0], *command[1:]],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
