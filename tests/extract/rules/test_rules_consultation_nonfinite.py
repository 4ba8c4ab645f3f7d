# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Meetings told without a finite verb of their own: a participle of reception opening
the sentence or set off by commas, followed by its agent (« Reçu ensuite au palais par le
roi, le ministre … », rule ``consultation.received-participle``), an infinitive after « avant de »
(« …, avant de s'entretenir avec le président »), « après s'être entretenu » / « après
avoir été reçu », and a gerund (« en recevant le ministre »). Their sides are those of the
sentence's main clause and of the person met; a purpose (« pour rencontrer »), a future
(« demain ») and « sans s'être entretenu » are no meeting.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "consultation",
        "Le chef de la diplomatie tunisienne a inauguré jeudi une foire commerciale à Alger, avant de s'entretenir avec le président algérien Abdelmadjid Tebboune.",
        ["consultation DZA-TUN meeting 2025-06-05 @Alger"],
        [],
        id="before-talking-with",
    ),
    pytest.param(
        "consultation",
        "Le Premier ministre indien a inauguré lundi un temple à Abou Dhabi avant de rencontrer le président émirien.",
        ["consultation ARE-IND meeting 2025-06-09 @Abou Dhabi"],
        [],
        id="before-meeting",
    ),
    pytest.param(
        "consultation",
        "Après s'être entretenue mardi à Lisbonne avec son homologue portugais, la ministre cap-verdienne des Affaires étrangères a annoncé la reprise des vols.",
        ["consultation CPV-PRT meeting 2025-06-10 @Lisbonne"],
        [],
        id="after-having-talked",
    ),
    pytest.param(
        "consultation",
        "Après avoir été reçue vendredi à Amman par le roi de Jordanie, la secrétaire d'État américaine a plaidé pour une trêve.",
        ["consultation JOR-USA meeting 2025-06-06 @Amman"],
        [],
        id="after-having-been-received",
    ),
    pytest.param(
        "consultation.received-participle",
        "Reçu jeudi au palais présidentiel par le chef de l'État sénégalais, le ministre malien des Affaires étrangères a plaidé pour une coopération accrue.",
        ["consultation MLI-SEN meeting 2025-06-05"],
        [],
        id="received-opening-the-sentence",
    ),
    pytest.param(
        "consultation.received-participle",
        "Le ministre béninois des Affaires étrangères, accueilli lundi au palais par le président togolais, a salué les liens entre les deux pays.",
        ["consultation BEN-TGO meeting 2025-06-09"],
        [],
        id="welcomed-in-apposition",
    ),
    pytest.param(
        "consultation.received-participle",
        "Accueillis mardi à Niamey par leur homologue nigérien, les ministres malien et burkinabè ont annoncé une force commune.",
        ["consultation BFA-MLI-NER meeting 2025-06-10 @Niamey"],
        [],
        id="welcomed-plural-subject",
    ),
    pytest.param(
        "consultation",
        "Le président kényan a salué lundi à Nairobi le rôle de l'Ouganda en recevant le ministre ougandais des Affaires étrangères.",
        ["consultation KEN-UGA meeting 2025-06-09 @Nairobi"],
        [],
        id="gerund-receiving",
    ),
]
"""Texts where the rule fires: the events with it on, and with it off."""
SILENT = [
    pytest.param(
        "consultation",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le ministre sénégalais se rendra à Paris la semaine prochaine pour rencontrer son homologue français.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="purpose-to-meet",
    ),
    pytest.param(
        "consultation",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le ministre marocain devrait signer un autre texte avant de s'entretenir demain avec le président sénégalais.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="before-talking-tomorrow",
    ),
    pytest.param(
        "consultation",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le ministre marocain est reparti sans s'être entretenu avec le président sénégalais.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="without-having-talked",
    ),
    pytest.param(
        "consultation.received-participle",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Accueilli par une cérémonie officielle, le ministre sénégalais a salué ce texte.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="welcomed-by-no-person",
    ),
    pytest.param(
        "consultation.received-participle",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Le Sénégal a salué l'aide reçue la semaine dernière par ses pêcheurs.",
        ["agreement MAR-SEN signed 2025-06-09", "declaration SEN statement @Dakar"],
        id="received-inside-a-noun-phrase",
    ),
    pytest.param(
        "consultation.received-participle",
        "Le Maroc et le Sénégal ont signé lundi un accord sur la pêche. Reçu à Dakar, le message du roi a été lu par le ministre sénégalais.",
        ["agreement MAR-SEN signed 2025-06-09"],
        id="received-with-no-agent",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = ["consultation", "consultation.received-participle"]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
