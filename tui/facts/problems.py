"""Problems found while loading: each names its file and says what is wrong, in one line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


class InputError(Exception):
    """A usage or I/O error the command line reports in one line (exit 2): a missing folder."""
