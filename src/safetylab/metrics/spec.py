"""How a metric is described: its name, what it counts and which direction is good."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class MetricSpec(BaseModel):
    """A metric a benchmark reports, with its direction, so no reader has to guess what "good" is."""

    model_config = ConfigDict(frozen=True)

    name: str
    description: str
    higher_is_better: bool
