# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Known leaders (``lang/fr/leaders.tsv``): the side a named leader, or the bearer of
his message, speaks for.

Each example compares the heads of the events (:func:`_examples.shapes`) with every
rule on and with only this rule switched off: where the rule fires, the outcomes differ
as written; where it must not fire, they agree. Every text yields events. The texts are
written for these tests; the leaders' names are public facts.
"""

from __future__ import annotations

import pytest
from _examples import SHAPE_TESTS

SHAPES = [
    pytest.param(
        "heads.leader-side",
        "Le président Tebboune a reçu lundi à Alger le ministre russe des Affaires étrangères, M. Sergueï Lavrov, pour des entretiens sur la coopération entre l'Algérie et la Russie.",
        ["DZA-RUS [politics] Tebboune/DZA; Sergueï Lavrov/RUS"],
        ["DZA-RUS [politics] Tebboune; Sergueï Lavrov/RUS"],
        id="heads.leader-side-short",
    ),
    pytest.param(
        "heads.leader-side",
        "Le président Tebboune s'est entretenu lundi au téléphone avec le président Recep Tayyip Erdogan.",
        ["DZA-TUR [politics] Tebboune/DZA; Recep Tayyip Erdogan/TUR"],
        [],
        id="heads.leader-side-full",
    ),
    pytest.param(
        "heads.signed-after",
        "Le président sénégalais a reçu mardi à Dakar son homologue malien, M. Assimi Goïta. Les deux présidents ont signé une convention sur le transport routier. Elle a été paraphée par le ministre sénégalais des Transports, M. Moussa Diouf, et par son homologue malien, M. Oumar Keïta.",
        [
            "MLI-SEN [politics,transport] Assimi Goïta/MLI; Moussa Diouf/SEN",
            "MLI-SEN [transport] Moussa Diouf/SEN; Oumar Keïta/MLI",
        ],
        [
            "MLI-SEN [politics,transport] Assimi Goïta/MLI; Moussa Diouf/SEN",
            "MLI-SEN [transport] Assimi Goïta/MLI; Moussa Diouf/SEN",
        ],
        id="heads.signed-after",
    ),
    pytest.param(
        "heads.signed-after",
        "Le président Bassirou Diomaye Faye a reçu mardi à Dakar son homologue malien, M. Assimi Goïta, et les deux chefs d'État ont signé une convention sur le transport routier. Les textes ont été signés, pour la partie sénégalaise, par le ministre des Transports, M. Moussa Diouf, et, pour la partie malienne, par son homologue, M. Oumar Keïta.",
        [
            "MLI-SEN [politics,transport] Bassirou Diomaye Faye/SEN; Assimi Goïta/MLI",
            "MLI-SEN [transport] Moussa Diouf/SEN; Oumar Keïta/MLI",
        ],
        [
            "MLI-SEN [politics,transport] Bassirou Diomaye Faye/SEN; Assimi Goïta/MLI",
            "MLI-SEN [transport] Bassirou Diomaye Faye/SEN; Assimi Goïta/MLI",
        ],
        id="heads.signed-after-for-each-side",
    ),
    pytest.param(
        "heads.leader-named",
        "Emmanuel Macron a reçu lundi à l'Élysée le Premier ministre indien pour des entretiens.",
        ["FRA-IND [politics] Emmanuel Macron/FRA"],
        ["FRA-IND [politics]"],
        id="heads.leader-named",
    ),
    pytest.param(
        "heads.leader-named",
        "Hakan Fidan s'est entretenu jeudi à Ankara avec le chef de la diplomatie azerbaïdjanaise.",
        ["AZE-TUR [politics] Hakan Fidan/TUR"],
        ["AZE-TUR [politics]"],
        id="heads.leader-named-minister",
    ),
    pytest.param(
        "heads.leader-bearer",
        "Le président nigérien a reçu mercredi à Niamey M. Jean Koffi, envoyé spécial du président Alassane Ouattara, pour des entretiens.",
        ["CIV-NER [politics] Jean Koffi/CIV"],
        ["CIV-NER [politics] Jean Koffi; Alassane Ouattara/CIV"],
        id="heads.leader-bearer-envoy",
    ),
    pytest.param(
        "heads.leader-bearer+heads.message",
        "Le président Kaïs Saïed a reçu lundi à Tunis M. Karim Benali, porteur d'un message écrit du roi Mohammed VI.",
        ["MAR-TUN [politics] Kaïs Saïed/TUN; Karim Benali/MAR"],
        ["MAR-TUN [politics] Kaïs Saïed/TUN; Karim Benali; Mohammed VI/MAR"],
        id="heads.leader-bearer-message",
    ),
    pytest.param(
        "heads.not-acting+heads.message",
        "M. Yusuf Tuggar, porteur d'un message du président Bola Tinubu, a été reçu mardi à Accra par le président ghanéen John Dramani Mahama.",
        ["GHA-NGA [politics] Yusuf Tuggar/NGA; John Dramani Mahama/GHA"],
        ["GHA-NGA [politics] Yusuf Tuggar/NGA; Bola Tinubu/NGA; John Dramani Mahama/GHA"],
        id="heads.not-acting-message-sender",
    ),
    pytest.param(
        "heads.not-acting+heads.message",
        "Le ministre congolais des Affaires étrangères, M. Jean-Claude Gakosso, a reçu lundi à Brazzaville l'ambassadeur de Côte d'Ivoire, porteur d'un message du président Alassane Ouattara à son homologue Denis Sassou Nguesso.",
        ["CIV-COG [politics] Jean-Claude Gakosso/COG"],
        [
            "CIV-COG [politics] Jean-Claude Gakosso/COG; Alassane Ouattara/CIV; Denis Sassou Nguesso/COG"
        ],
        id="heads.not-acting-message-recipient",
    ),
]
"""Texts where the rule changes who leads which side, as written."""
SILENT_SHAPES = [
    pytest.param(
        "heads.signed-after",
        "Le président sénégalais a reçu mardi à Dakar son homologue malien, M. Assimi Goïta. Les deux présidents ont signé une convention sur le transport routier. Le ministre sénégalais des Transports, M. Moussa Diouf, et son homologue malien, M. Oumar Keïta, ont ensuite visité le port.",
        [
            "MLI-SEN [politics,transport] Assimi Goïta/MLI; Moussa Diouf/SEN",
            "MLI-SEN [transport] Assimi Goïta/MLI; Moussa Diouf/SEN",
        ],
        id="heads.signed-after-no-signing",
    ),
    pytest.param(
        "heads.leader-side",
        "Le Premier ministre Akhannouch s'est entretenu mardi à Rabat avec M. Lamola, ministre sud-africain des Relations internationales.",
        ["MAR-ZAF [politics] Akhannouch/MAR; Lamola/ZAF"],
        id="heads.leader-side-given",
    ),
    pytest.param(
        "heads.leader-side",
        "M. Traoré, ministre de l'Économie, a signé lundi à Bamako un accord de prêt avec la Banque mondiale.",
        ["MLI-WB [trade] Traoré"],
        id="heads.leader-side-common-name",
    ),
    pytest.param(
        "heads.leader-named",
        "Le président français Emmanuel Macron a reçu lundi à l'Élysée le Premier ministre indien pour des entretiens.",
        ["FRA-IND [politics] Emmanuel Macron/FRA"],
        id="heads.leader-named-with-role",
    ),
    pytest.param(
        "heads.leader-named",
        "Le ministre malien des Affaires étrangères s'est entretenu lundi avec son homologue marocain au siège de la Fondation Mohammed VI à Rabat.",
        ["MAR-MLI [politics]"],
        id="heads.leader-named-place-named-after",
    ),
    pytest.param(
        "heads.leader-bearer",
        "Le président Kaïs Saïed a reçu lundi à Tunis M. Karim Benali, ministre marocain de l'Industrie, porteur d'un message du roi Mohammed VI.",
        ["MAR-TUN [politics,trade] Kaïs Saïed/TUN; Karim Benali/MAR"],
        id="heads.leader-bearer-own-side",
    ),
    pytest.param(
        "heads.not-acting",
        "Le président Patrice Talon a reçu jeudi à Cotonou le ministre togolais des Affaires étrangères, porteur d'un message écrit du président Faure Gnassingbé.",
        ["BEN-TGO [politics] Patrice Talon/BEN"],
        id="heads.not-acting-message-sender-alone",
    ),
]
"""Texts where the rule's names or words stand but it must not fire."""
TRACED: list[str] = [
    "heads.leader-side",
    "heads.leader-named",
    "heads.leader-bearer",
    "heads.not-acting",
    "heads.signed-after",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = SHAPE_TESTS
