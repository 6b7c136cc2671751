"""The command line, run as a user runs it: a subprocess, its output, its exit code."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from tui.paths import default_data, default_seeds


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_facts_quotes_json_lists_every_quotation_with_its_speaker() -> None:
    result = run("facts", "quotes", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 28
    assert rows[0]["speaker"] == "Harris campaign spokesperson"
    assert rows[0]["published"] == "2024-09-17"
    assert {r["speaker"] for r in rows} >= {"Sean O'Brien", "Kamala Harris", "John Palmer"}


def test_facts_csv_joins_list_cells() -> None:
    result = run("facts", "events", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    meeting = next(r for r in rows if r["date"] == "2024-09-16")
    assert meeting["who"] == "Kamala Harris; Sean O'Brien; Teamsters leadership"


def test_facts_text_is_a_readable_table() -> None:
    result = run("facts", "polls")
    assert result.returncode == 0, result.stderr
    assert "Donald Trump" in result.stdout and "58.0" in result.stdout


def test_facts_parquet_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "endorsements.parquet"
    result = run("facts", "endorsements", "--format", "parquet", "-o", str(out))
    assert result.returncode == 0, result.stderr
    table = pl.read_parquet(out)
    assert "International Brotherhood of Teamsters" in table["union"].to_list()


def test_parquet_needs_an_output_file() -> None:
    result = run("facts", "polls", "--format", "parquet")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "race-dash: --format parquet needs -o FILE\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("facts", "nonsense"), "argument TABLE: invalid choice: 'nonsense'"),
        (("facts", "quotes", "--seeds", "/no/such/folder"), "/no/such/folder: no such folder"),
        (("facts", "quotes", "-o", "/no/such/dir/out.json"), "cannot write /no/such/dir/out.json"),
        (("--bogus",), "unrecognized arguments: --bogus"),
    ],
)
def test_usage_and_io_errors_are_one_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_check_passes_on_the_shipped_data() -> None:
    result = run("check")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("no problems: 5 articles, 28 quotes")


def test_check_lists_each_problem_on_a_broken_folder(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(default_seeds(), seeds)
    (seeds / "zz_binary.txt").write_bytes(b"\x00\xff\x00")
    (seeds / "zz_empty.txt").write_bytes(b"")
    data = tmp_path / "data"
    shutil.copytree(default_data(), data)
    polls = data / "polls.toml"
    polls.write_text(polls.read_text(encoding="utf-8").replace("58% of members", "85% of members"))
    result = run("check", "--seeds", str(seeds), "--data", str(data))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "zz_binary.txt: binary file, not text" in lines
    assert "zz_empty.txt: empty file" in lines
    assert any(line.startswith("data/polls.toml poll 1: evidence not found") for line in lines)
    assert result.stderr == f"{len(lines)} problem(s)\n"


def test_facts_on_any_folder_of_articles_hostile_files_included(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("“We will wait,” said Rosa Diaz of Local 12.", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00garbage")
    (tmp_path / "c.txt").write_text("“[bold]x[/] [@click=app.quit]” “ ” ” unbalanced", "utf-8")
    result = run("facts", "quotes", "--seeds", str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows[0]["speaker"] == "Rosa Diaz"
    assert any(r["text"] == "[bold]x[/] [@click=app.quit]" for r in rows)


def test_facts_with_seeds_alone_leaves_the_sheets_out(tmp_path: Path) -> None:
    shutil.copytree(default_seeds(), tmp_path / "s")
    result = run("facts", "events", "--seeds", str(tmp_path / "s"), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and not any(r["reviewed"] for r in rows)  # found automatically, none reviewed


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("race-dash ")
    assert "facts" in run("--help").stdout
