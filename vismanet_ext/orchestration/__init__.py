"""Running the dlt sync on an orchestrator (``pip install "vismanet[dagster]"``); see :mod:`.dagster`.

Nothing here is imported by :mod:`vismanet_ext`; importing :mod:`.dagster` imports Dagster.
"""
