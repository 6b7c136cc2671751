"""Start-up: from launch to the first frame with data on screen, against a minimal Textual app.

Run by hand: `python benchmarks/startup.py [RUNS]` (default 7). Each run starts the program in a
real terminal (a tmux session, 120x36) and reads the screen until what it waits for is there:
for race-dash, all four panes filled with their real rows; for the minimal app (one Static), its
text. Runs alternate between the two; the medians, their ratio and race-dash's peak memory
(VmHWM) are printed.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SIZE = ("120", "36")
# One string from each pane, as they appear when the panes hold the shipped facts.
DASHBOARD_READY = ("Teamsters", "Lead: Biden +8", "Dec 2023", "Harris campaign spokesperson")
MINIMAL = """
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("minimal app ready")

Minimal().run()
"""


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def time_to_screen(
    command: str, ready: tuple[str, ...], timeout: float = 20.0
) -> tuple[float, int]:
    """Seconds from launch until every ready string is on screen, and peak RSS in KiB."""
    session = "race-dash-bench"
    tmux("kill-session", "-t", session)
    start = time.perf_counter()
    tmux("new-session", "-d", "-x", SIZE[0], "-y", SIZE[1], "-s", session, f"exec {command}")
    pid = tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip()
    elapsed = float("nan")
    while time.perf_counter() - start < timeout:
        screen = tmux("capture-pane", "-p", "-t", session)
        if all(text in screen for text in ready):
            elapsed = time.perf_counter() - start
            break
        time.sleep(0.005)
    peak = _peak_rss(pid)
    tmux("kill-session", "-t", session)
    return elapsed, peak


def _peak_rss(pid: str) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as tmp:
        minimal = Path(tmp) / "minimal.py"
        minimal.write_text(MINIMAL, encoding="utf-8")
        dash_cmd = f"{PYTHON} -m tui.cli"
        mini_cmd = f"{PYTHON} {minimal}"
        dash: list[float] = []
        mini: list[float] = []
        peaks: list[int] = []
        time_to_screen(dash_cmd, DASHBOARD_READY)  # warm the file cache for both
        time_to_screen(mini_cmd, ("minimal app ready",))
        for _ in range(runs):
            seconds, peak = time_to_screen(dash_cmd, DASHBOARD_READY)
            dash.append(seconds)
            peaks.append(peak)
            mini.append(time_to_screen(mini_cmd, ("minimal app ready",))[0])
    d, m = statistics.median(dash), statistics.median(mini)
    print(f"race-dash, first frame with data: median {d:.3f} s over {runs} runs")
    print(f"minimal Textual app (one Static):  median {m:.3f} s")
    print(f"ratio: {d / m:.2f}")
    print(f"race-dash peak memory: {max(peaks) / 1024:.0f} MB")


if __name__ == "__main__":
    main()
