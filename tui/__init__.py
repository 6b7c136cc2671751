"""race-dash: a terminal dashboard of the 2024 US presidential endorsement race."""

__version__ = "0.1.0"
