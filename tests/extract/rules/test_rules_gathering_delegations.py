# ruff: noqa: E501  (French example sentences are kept whole, one per line)
"""Organisations' own gatherings: a state's delegation at one, a leader taking part in
one (« sa participation au sommet ») or presiding it.

Each example compares the extraction with every rule on and with only its rule switched
off (:mod:`_examples`). The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from _examples import RULE_TESTS

FIRES = [
    pytest.param(
        "consultation.delegation-at",
        "Le ministre sénégalais des Affaires étrangères a conduit lundi à Addis-Abeba la délégation sénégalaise au 38e sommet de l'Union africaine.",
        ["consultation AU-SEN summit 2025-06-09 @Addis-Abeba r38"],
        ["consultation AU summit 2025-06-09 @Addis-Abeba r38"],
        id="consultation.delegation-at-summit-told",
    ),
    pytest.param(
        "consultation.delegation-at",
        "Arrivée mardi à Bruxelles, la ministre a pris la tête de la délégation marocaine à la réunion ministérielle de l'OTAN.",
        [
            "consultation MAR-NATO meeting 2025-06-10 @Bruxelles",
            "consultation BEL-MAR visit 2025-06-10 @Bruxelles",
        ],
        [
            "consultation NATO meeting 2025-06-10 @Bruxelles",
            "consultation BEL-MAR visit 2025-06-10 @Bruxelles",
        ],
        id="consultation.delegation-at-ministerial",
    ),
    pytest.param(
        "consultation.delegation-at",
        "Le chef de la diplomatie malienne s'est rendu du 3 au 5 juin à Djeddah, à la tête d'une délégation malienne à la 51e session du Conseil des ministres de l'OCI.",
        ["consultation MLI-OIC meeting 2025-06-03/2025-06-05 @Djeddah r51"],
        [],
        id="consultation.delegation-at-session",
    ),
    pytest.param(
        "consultation.attended",
        "Le ministre béninois a achevé vendredi sa participation à la session du Conseil exécutif de l'Union africaine, à Malabo.",
        ["consultation AU-BEN meeting 2025-06-06 @Malabo"],
        [],
        id="consultation.attended-participation-noun",
    ),
    pytest.param(
        "consultation.attended",
        "Le président béninois a clos lundi sa participation au dix-huitième Sommet de la Francophonie.",
        ["consultation BEN-OIF summit 2025-06-09 r18"],
        [],
        id="consultation.attended-organisation-named-by-its-summit",
    ),
    pytest.param(
        "parties.host-organisation",
        "Le président kazakh a présidé lundi à Astana la réunion de l'OCS consacrée à l'Afghanistan.",
        ["consultation KAZ-SCO meeting 2025-06-09 @Astana"],
        ["consultation AFG-KAZ-SCO meeting 2025-06-09 @Astana"],
        id="parties.host-organisation-presided",
    ),
]
SILENT = [
    pytest.param(
        "consultation.delegation-at",
        "Le président ghanéen a reçu lundi à Accra son homologue togolais. Une délégation ghanéenne se rendra au prochain sommet de la CEDEAO.",
        # a delegation to come
        ["consultation GHA-TGO meeting 2025-06-09 @Accra"],
        id="consultation.delegation-at-to-come",
    ),
    pytest.param(
        "consultation.delegation-at",
        "La délégation de l'Union africaine au sommet a rencontré lundi à Dakar le président sénégalais.",
        # the delegation of no state
        ["consultation AU-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.delegation-at-organisation",
    ),
    pytest.param(
        "consultation.attended",
        "Le président sénégalais a confirmé mardi à Dakar sa participation au prochain sommet de la Francophonie. Il a reçu lundi à Dakar son homologue gambien.",
        ["consultation GMB-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.attended-participation-to-come",
    ),
    pytest.param(
        "consultation.attended",
        "Le président sénégalais a reçu lundi à Dakar son homologue gambien. Les deux dirigeants ont salué la participation de la jeunesse au forum de l'UEMOA.",
        ["consultation GMB-SEN meeting 2025-06-09 @Dakar"],
        id="consultation.attended-no-state",
    ),
    pytest.param(
        "parties.host-organisation",
        "Le Premier ministre malaisien préside mardi à Kuala Lumpur le sommet de l'ASEAN, centré sur la crise en Birmanie.",
        ["consultation ASEAN-MYS summit 2025-06-10 @Kuala Lumpur"],
        id="parties.host-organisation-presides-clause-alike",
    ),
]
"""Texts where the rule's words stand but it must not fire: the same outcome with it off."""
TRACED: list[str] = [
    "consultation.attended",
    "consultation.delegation-at",
    "parties.host-organisation",
]
"""The rules that write their name in the trace of the events of their example."""


test_rule_fires, test_traced_rules_are_in_the_trace, test_rule_does_not_fire = RULE_TESTS
