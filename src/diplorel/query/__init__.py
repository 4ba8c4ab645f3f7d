"""Questions across many documents: collections of events, filters, timelines, merging.

:class:`EventSet` holds reported events (:class:`Reported`: an event and the
document it came from) and answers an analyst's questions with chainable
filters and aggregations, indexed so that a party or dyad query over a
million events takes milliseconds. :func:`merge` joins the reports of one
real event from several articles into one record. Periods of time and their
two readings of partial dates are :class:`Period`; timelines are
:class:`Timeline`.

>>> from diplorel import Agreement, AgreementStage, PartialDate, party
>>> from diplorel.query import EventSet, Reported
>>> def deal(stage, date):
...     return Agreement(parties=[party("AZE"), party("MAR")], title="Accord de défense",
...                      stages=[AgreementStage(stage=stage, date=PartialDate.parse(date))])
>>> signed, ratified = deal("signed", "2024-03-10"), deal("ratified", "2024-12-27")
>>> events = EventSet([Reported(event=signed, document_id="a"),
...                    Reported(event=ratified, document_id="b")])
>>> [stage for stage in events.merge()[0].event.stages]
[<signed 2024-03-10>, <ratified 2024-12-27>]
"""

from diplorel.query._eventset import EventSet, merge
from diplorel.query._period import Period
from diplorel.query._reported import Reported
from diplorel.query._timeline import Timeline, TimelineEntry

__all__ = ["EventSet", "Period", "Reported", "Timeline", "TimelineEntry", "merge"]
