"""The closed list of sectors an event may cover."""

from __future__ import annotations

import enum

__all__ = ["Sector"]


class Sector(enum.StrEnum):
    """A field of cooperation; values are the stable serialised strings."""

    DEFENSE = "defense"
    SECURITY = "security"
    ENERGY = "energy"
    ENVIRONMENT = "environment"
    LOGISTICS = "logistics"
    TRANSPORT = "transport"
    TRADE = "trade"
    TECHNOLOGY = "technology"
    EDUCATION = "education"
    SCIENCE = "science"
    CULTURE = "culture"
    TOURISM = "tourism"
    AGRICULTURE = "agriculture"
    JUSTICE = "justice"
    HEALTH = "health"
    HUMANITARIAN = "humanitarian"
    POLITICS = "politics"
