"""The data layer: articles in, Polars tables out. Never imports Textual."""

from tui.facts.factbook import FactBook, build
from tui.facts.problems import InputError, Problem
from tui.facts.schema import TABLES

__all__ = ["TABLES", "FactBook", "InputError", "Problem", "build"]
