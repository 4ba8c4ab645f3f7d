"""The assembly's named rules: what each does, and the switch to turn it off.

Every rule is a veto (this trigger is no event here), a builder (this trigger
with these mentions makes a draft) or an attribute rule (a field of a draft).
Pass names to ``extract(text, disabled_rules=...)`` to switch rules off, for
ablation; each event's ``rules`` lists the rules that built it and shaped its
fields.

>>> RULES["cue.negation"].kind
'veto'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from diplorel.extract.rules._base import KINDS, Options, Rule, RuleKind

__all__ = ["KINDS", "RULES", "Options", "Rule", "check_names"]


def _rule(name: str, kind: RuleKind, summary: str) -> Rule:
    return Rule(name=name, kind=kind, concern=name.split(".", maxsplit=1)[0], summary=summary)


_ALL: Final = (
    # shared cues
    _rule("cue.future", "veto", "a cue near the trigger says it is to come: « se réunira »"),
    _rule("cue.negation", "veto", "the sentence denies it: « ne se sont pas rencontrés »"),
    _rule("cue.negation-clause", "veto", "only its own clause: « …, qui n'a jamais abouti »"),
    _rule("cue.negation-quoted", "veto", "a negation in « … » denies only the quotation"),
    _rule(
        "cue.future-clause",
        "veto",
        "« cette tournée, au cours de laquelle … devraient … »: its own",
    ),
    _rule("cue.past-verb", "attribute", "« s'est entretenu … et a souhaité »: it took place"),
    # consultations
    _rule("consultation", "builder", "a meeting, visit or call trigger with two sides"),
    _rule("consultation.visit-needs-party", "veto", "« a visité » a party, not a place"),
    _rule("consultation.about-instrument", "veto", "« un mémorandum sur un mécanisme de … »"),
    _rule("consultation.frame", "veto", "« le format de pourparlers »: a framework"),
    _rule("consultation.back-reference", "attribute", "« lors de la réunion »: named again"),
    _rule("consultation.introduced", "attribute", "« lors d'une réunion entre … »: a new one"),
    _rule("consultation.domestic-again", "veto", "a domestic sitting named again"),
    _rule("consultation.reported-already", "veto", "« à l'issue des pourparlers » reported"),
    _rule("consultation.during-which", "attribute", "« au cours de laquelle il a vu »: a new one"),
    _rule("consultation.another-met", "attribute", "a second verb meeting another person"),
    _rule("consultation.sports-match", "veto", "« a battu le Honduras … deux rencontres »"),
    _rule("consultation.previous-one", "attribute", "« après leur dernière entrevue, en mai »"),
    _rule("consultation.own-past-date", "attribute", "« sa visite de mars 2019 »: earlier"),
    _rule("consultation.previous-instance", "attribute", "« le précédent sommet, en 2019 »"),
    _rule("consultation.told-by-city", "veto", "« le sommet d'Abuja » once reported there"),
    _rule("consultation.demonstrative", "veto", "« cette visite »: reported already"),
    _rule("consultation.domestic-body", "veto", "« le Conseil des ministres a tenu sa réunion »"),
    _rule("consultation.own-minister", "veto", "a head of state with his own minister"),
    _rule("consultation.weak-noun", "veto", "« la réunion » needs a verb saying it took place"),
    _rule("consultation.generic-visit", "veto", "« les visites de haut niveau »: in general"),
    _rule("consultation.facility-visit", "veto", "« une visite à l'usine »: no diplomacy"),
    _rule("consultation.one-per-format", "veto", "one consultation per format and sentence"),
    _rule("consultation.meeting-in-format", "veto", "« la commission mixte s'est réunie »"),
    _rule("consultation.inserted-adverb", "builder", "« s'était déjà rendue »: the verb"),
    _rule("consultation.joint-body", "builder", "« commission ministérielle conjointe »"),
    _rule("consultation.received-participle", "builder", "« Reçu ensuite par le roi, X … »"),
    _rule("consultation.trip-companion", "veto", "« s'est rendu à X avec le ministre »"),
    _rule("consultation.margin-frame", "veto", "« En marge des consultations, X a été reçu »"),
    _rule("consultation.joint-commission-evidence", "veto", "a commission needs a round, date"),
    _rule("consultation.expanded", "attribute", "« en format élargi »: a second meeting"),
    _rule("consultation.counterparts", "builder", "« des rencontres avec X, Y »: one each"),
    _rule("consultation.separately", "builder", "« séparément avec X et Y », « avec X, avec Y »"),
    _rule("consultation.leaders", "builder", "« a reçu le président A et le Premier ministre B »"),
    _rule("consultation.earlier-session", "builder", "« celle de 1987 »: an earlier session"),
    _rule("consultation.roles", "builder", "« des entrevues avec le président et le ministre »"),
    _rule(
        "consultation.one-per-date", "builder", "« le 3 mars à Rabat, puis le 15 avril à Dakar »"
    ),
    _rule("consultation.received-at", "builder", "« reçu à A par X, puis à B par Y »: one each"),
    _rule("consultation.welcomed-person", "veto", "« a accueilli » a person, not « la décision »"),
    _rule(
        "consultation.officials-apart",
        "builder",
        "« a rencontré le ministre du Mali, A, et celui de la Guinée, B »",
    ),
    # declarations
    _rule("declaration", "builder", "a declaration trigger with its issuers"),
    _rule("declaration.organisation-members", "attribute", "« les ministres de l'AES »: one"),
    _rule("declaration.the-n-sides", "attribute", "« les trois dirigeants »: those three"),
    _rule("declaration.gathering-issuer", "builder", "« les dirigeants ont adopté »: summit's"),
    _rule("declaration.named-by-date", "attribute", "« la déclaration du 10 mars »: its own"),
    _rule("declaration.domestic-communique", "veto", "« Communiqué du Conseil des ministres »"),
    _rule("declaration.issued-joint", "veto", "« dans un communiqué conjoint publié … »: news"),
    _rule("declaration.relayed", "veto", "« indique le communiqué final »: it relays"),
    _rule("declaration.about-a-meeting", "veto", "« une déclaration sur les visites »"),
    _rule("declaration.response", "builder", "« a répondu à la déclaration de X »"),
    _rule("declaration.titled", "builder", "« Déclaration sur … » as a title"),
    _rule("declaration.genre-heading", "veto", "« COMMUNIQUÉ DE PRESSE »: the text's genre"),
    _rule("declaration.cited", "veto", "« la mise en œuvre des déclarations »: a frame"),
    _rule("declaration.issue-verb", "veto", "a bare statement needs « a publié », « a adopté »"),
    _rule("declaration.genitive-issuer", "attribute", "« la déclaration du ministère »"),
    _rule("declaration.issuers-needed", "veto", "« tripartite » needs three issuers named"),
    _rule("declaration.reaction", "builder", "« La France condamne … »: a state's statement"),
    _rule("declaration.reaction-at-meeting", "veto", "a reaction voiced during a meeting"),
    _rule("declaration.reaction-in-text", "veto", "« dans une déclaration, X a condamné »"),
    # agreements and stages
    _rule("agreement", "builder", "an instrument with a stage reported for it"),
    _rule("agreement.organisation-name", "veto", "« l'Organisation du traité de … »"),
    _rule("agreement.ellipsis", "builder", "« celui de … » continues an enumeration"),
    _rule("agreement.other-needs-stage", "veto", "« le texte » alone is no instrument"),
    _rule("agreement.breakdown", "veto", "« six documents, dont … »: the parts are events"),
    _rule("agreement.coordinated", "veto", "« quatre accords et mémorandums »: one batch"),
    _rule("agreement.already-existing", "veto", "« les accords déjà signés »"),
    _rule("agreement.nested", "veto", "« le protocole relatif au protocole de … »"),
    _rule("agreement.to-come", "veto", "« un futur accord », « un éventuel traité »"),
    _rule("stage.dated-participle", "attribute", "« souhaite … du mémorandum signé en janvier »"),
    _rule("agreement.local-authorities", "veto", "« la charte conclue entre la ville de X et … »"),
    _rule("agreement.between-others", "veto", "« entre le Gouvernement et les syndicats »"),
    _rule("agreement.reference-frame", "veto", "« conformément à l'accord »: cited"),
    _rule("agreement.anaphor", "attribute", "« cet accord » advances the last agreement"),
    _rule("agreement.dated-anaphor", "veto", "« l'accord signé le 12 juin 2012 »: another one"),
    _rule("agreement.carried-stage", "attribute", "« Le premier accord … » after a list"),
    _rule("agreement.cited-sides", "attribute", "« un accord entre X et Y … Cet accord »"),
    _rule("agreement.not-the-speaker", "attribute", "« La France salue la signature »"),
    _rule("agreement.multilateral", "attribute", "a multilateral instrument, one party"),
    _rule("agreement.quantity", "attribute", "« trois accords »: a group of three"),
    _rule("agreement.batch-item", "attribute", "« des protocoles sur X » after a batch: one"),
    _rule("agreement.bullet-item", "attribute", "« - un programme … » after « parmi lesquels »"),
    _rule("agreement.members", "builder", "« trois accords portant sur A, B et C »"),
    _rule("agreement.pronoun-list", "builder", "« ceux portant sur A et B »"),
    _rule("agreement.members-next", "builder", "« … trois accords. Ces textes portent sur A, B »"),
    _rule("date.council-sitting", "attribute", "« le Conseil s'est réuni le 4 juin … a ratifié »"),
    _rule("date.then", "attribute", "« en 2019 …, et ils avaient alors signé un accord »"),
    _rule("agreement.ordinal-next", "builder", "« … quatre accords. Le premier …; le second … »"),
    _rule("agreement.group-pronoun", "builder", "« … trois accords. Ils portent sur A, B et C »"),
    _rule("stage.listed-items", "attribute", "« ont été signés : A, B et C »: each item's stage"),
    _rule("stage.coordinated-items", "attribute", "« signé un accord, …, et un C »: one stage"),
    _rule("agreement.genus-anaphor", "attribute", "« la convention … l'accord »: the same one"),
    _rule("parties.own-office", "attribute", "« le président de la République, X »: our side"),
    _rule("agreement.listed-partner", "attribute", "« X avec A, Y avec B »: each its own partner"),
    _rule("agreement.item-sides", "attribute", "« X entre A et B, Y avec C »: not C"),
    _rule("agreement.partners", "builder", "« des accords / négociations avec A et B »: one each"),
    _rule("stage.frame", "veto", "« le processus de ratification »"),
    _rule("stage.future-auxiliary", "veto", "« sera signé »: not yet"),
    _rule("stage.denied", "veto", "« dément les informations selon lesquelles … aurait signé »"),
    _rule("agreement.none", "veto", "« aucun accord n'a été conclu »: none"),
    _rule("stage.negated", "veto", "« n'est toujours pas ratifié »: its other stages stay"),
    _rule("stage.negated-noun", "veto", "« dont la ratification n'a pas eu lieu »: not reached"),
    _rule("stage.future-noun", "veto", "« dont la signature pourrait intervenir »"),
    _rule("stage.purpose", "veto", "« en vue de la signature »: an aim"),
    _rule("stage.submitted", "veto", "« soumis à la signature »: awaited, not reached"),
    _rule("stage.passive-subject", "veto", "« ont été échangés » needs an instrument as subject"),
    _rule("stage.bill", "attribute", "« le projet de loi portant ratification », adopted"),
    _rule("stage.authorise", "attribute", "« permet au président de ratifier »: approval"),
    _rule("stage.adopted-plan", "attribute", "« ont adopté un plan d'action »: signed"),
    _rule("stage.cabinet-bill", "veto", "« le gouvernement a adopté un projet de loi »: no stage"),
    # attributes every kind shares
    _rule("parties.clause", "attribute", "the parties of the clause around the trigger"),
    _rule("parties.topic-aside", "attribute", "« avec Y, notamment de l'aide à X »: X is no side"),
    _rule("parties.new-clause", "attribute", "« …, au moment où X … »: X is no side"),
    _rule(
        "parties.own-clause", "attribute", "« Avant X, … », « …, à l'issue duquel »: X is no side"
    ),
    _rule("parties.persons", "attribute", "the sides of the persons named there"),
    _rule("parties.created-body", "attribute", "« le traité instituant l'Alliance »: no side"),
    _rule("parties.the-n-sides", "attribute", "« Les trois pays avaient signé … »: those three"),
    _rule("parties.counted-third", "attribute", "« négociations tripartites »: a third side"),
    _rule("parties.both", "attribute", "« les deux pays »: the main pair"),
    _rule("parties.main-pair", "attribute", "a side left implicit: the main pair's"),
    _rule("parties.recent-pair", "attribute", "« les deux pays » after another pair: that pair"),
    _rule("parties.plural-subject", "attribute", "« ils ont signé »: the last event's pair"),
    _rule("parties.pronoun-subject", "attribute", "« Il a rencontré … »: the side of « il »"),
    _rule(
        "parties.role-subject", "attribute", "« Le ministre a rencontré … »: the side said before"
    ),
    _rule("parties.dyad", "attribute", "« Vietnam-Laos » names the sides exactly"),
    _rule("parties.headline-frame", "veto", "« Sommet de l'OTAN : X s'entretient avec Y »"),
    _rule("parties.envoy-brief", "veto", "« l'envoyé de l'ONU pour le Sahara »: no side"),
    _rule("parties.host-capital", "attribute", "« X a reçu mardi à Alger »: X is Algeria's"),
    _rule("parties.host-organisation", "attribute", "« la réunion de l'ASEAN »"),
    _rule("parties.represented", "attribute", "« a représenté le président X au sommet »"),
    _rule("parties.instrument-complement", "attribute", "« un accord entre X et Y »"),
    _rule("parties.margin", "attribute", "« en marge du sommet de l'UA »: not sides"),
    _rule("parties.place-relative", "attribute", "« à Séville, où siège l'ONU »: no side"),
    _rule("parties.venue-completes", "attribute", "« tripartite » with two named: the host"),
    _rule(
        "parties.mediator-again", "attribute", "« Cette rencontre, sous l'égide de X »: X a side"
    ),
    _rule("parties.relations-topic", "attribute", "« les relations entre X et Y »: a topic"),
    _rule("parties.attending", "attribute", "« en présence de l'ambassadeur de X »: no side"),
    _rule("parties.matter", "attribute", "« la crise au Mali », « quant à X »: no side"),
    _rule("parties.matter-adjective", "attribute", "« une attaque de drones ukrainiens »"),
    _rule(
        "parties.matter-preposition", "attribute", "« sur la Syrie », « contre l'Iran »: no side"
    ),
    _rule("parties.addressee", "attribute", "« ont appelé l'OSCE à enquêter »: no issuer"),
    _rule("parties.shared-demonym", "attribute", "« congolais » in an article on the RDC: COD"),
    _rule("parties.visit-host", "attribute", "« une visite au Ghana, pays de la CEDEAO »"),
    _rule("parties.evoked-meeting", "attribute", "« a évoqué la rencontre entre X et Y »"),
    _rule("parties.organisation-frame", "attribute", "« au siège de la CEDEAO »: no side"),
    _rule("parties.instrument-between", "attribute", "« l'accord entre X et Y »: X and Y"),
    _rule("date.nearest", "attribute", "the date mention nearest the trigger"),
    _rule("date.own-phrase", "attribute", "« la rencontre entre X et Y en 2009 »: its own year"),
    _rule("date.attached-year", "attribute", "« conclu en 1997 »: the year right after it"),
    _rule("date.frame-meeting", "attribute", "« signé lors de la session de 2019 »: its date"),
    _rule("date.other-stage", "attribute", "« l'accord signé le … »: not a meeting's date"),
    _rule("date.stage", "attribute", "an agreement's date: its stage's own"),
    _rule("date.main-event", "attribute", "no date of its own: the main event's"),
    _rule("date.publication-month", "attribute", "a declaration: the publication month"),
    _rule("place.sentence", "attribute", "« à Dakar », « dans la capitale »"),
    _rule("place.other-stage", "attribute", "« l'accord signé à Rabat »: not a meeting's place"),
    _rule("place.capital-adjective", "attribute", "« dans la capitale tchadienne »: N'Djamena"),
    _rule("place.main-event", "attribute", "no place of its own: the main event's"),
    _rule("round.ordinal", "attribute", "« la 4e session »: the round"),
    _rule("heads.sentence", "attribute", "the persons of the sentence who lead a side"),
    _rule("heads.not-acting", "attribute", "« accompagné du ministre X »: X leads no side"),
    _rule("heads.complement-of", "attribute", "« la chute de X », « le prédécesseur de X »"),
    _rule("heads.known-persons", "attribute", "« M. Kaboré » is the full name given before"),
    _rule("heads.chief", "attribute", "« le chef de la délégation » already named"),
    _rule("heads.role-again", "attribute", "« le ministre des Affaires étrangères » named before"),
    _rule("heads.delegation", "attribute", "« une délégation conduite par X »"),
    _rule("heads.lone-side", "attribute", "one unknown person, one side with nobody"),
    _rule("heads.principal", "attribute", "a side with nobody: who acts for it elsewhere"),
    _rule(
        "heads.host-named",
        "attribute",
        "« s'est entretenu à Rabat avec son homologue, M. X »: X the host, no host principal",
    ),
    _rule("heads.leader-side", "attribute", "« le président Tebboune »: a known leader's side"),
    _rule("heads.leader-named", "attribute", "« Emmanuel Macron a reçu »: a known leader"),
    _rule("heads.leader-bearer", "attribute", "« porteur d'un message du roi X »: X's side"),
    _rule("sectors.widen", "attribute", "what is said of a talk until the next event"),
    _rule("sectors.visit-agreements", "attribute", "a visit covers its agreements' sectors"),
    _rule("sectors.talk-apart", "attribute", "a meeting or call: not the fields of instruments"),
    _rule("sectors.passing-paragraph", "attribute", "an old event in passing: its paragraph"),
    _rule("sectors.related-link", "attribute", "« Lire aussi : … »: no field of this article"),
    # merge and finish
    _rule("merge.same-event", "attribute", "mentions of one event in several sentences"),
    _rule("merge.anaphoric-declaration", "attribute", "« cette déclaration »: the last one"),
    _rule("merge.dyad-summit", "attribute", "« le sommet … relations A-B »: the summit told"),
    _rule("merge.same-name", "attribute", "an instrument named again by its long name"),
    _rule("merge.headline", "attribute", "a title line's event: the body's report of it"),
    _rule("merge.held-by-medium", "attribute", "« les consultations … par visioconférence »: one"),
    _rule("merge.distinct-instrument", "veto", "« un autre accord »: no merge"),
    _rule("merge.group-members", "veto", "a group whose members are listed is no event"),
    _rule("merge.other-occasion", "veto", "« à cette occasion »: not one of an older group"),
    _rule("merge.past-apart", "veto", "an earlier year's report and this year's: two events"),
    _rule("merge.other-person-met", "veto", "each report names another person met: two"),
    _rule("merge.visit-told-undated", "attribute", "an undated visit: the dated one, any host"),
    _rule("merge.talks-of-visit", "veto", "« les entretiens » of a visit: a meeting of their own"),
    _rule("consultation.attended-again", "attribute", "« a pris part à l'entretien, … »: told"),
    _rule("finish.weak-duplicate", "veto", "a bare « réunion » beside a reported meeting"),
    _rule("finish.background", "attribute", "an earlier year than the publication's"),
    # passes after assembly (extract/_statements.py, _gatherings.py, _visits.py,
    # _vetoes.py, _venues.py, _lifecycle.py)
    _rule("declaration.ministry-statement", "builder", "« le ministère de X condamne / salue … »"),
    _rule("declaration.own-side", "builder", "« le ministère a salué »: the article's own side"),
    _rule("declaration.person-remark", "veto", "« le chef de la diplomatie X plaide »: a person"),
    _rule("declaration.feeling-of", "builder", "« a exprimé la solidarité du Royaume »"),
    _rule("consultation.gathering", "builder", "an organisation's own summit or session"),
    _rule("consultation.gathered", "builder", "« Réunis à X, les ministres de l'OSCE … »"),
    _rule("consultation.heads-summit", "attribute", "three heads of state or more met: a summit"),
    _rule("consultation.heads-body", "attribute", "« la Conférence des chefs d'État de l'UA »"),
    _rule("parties.gathering-again", "attribute", "« le sommet » again: the organisation's"),
    _rule("consultation.visit-phrase", "builder", "« sa visite au Maroc », « un séjour »"),
    _rule("cue.negated-verb", "veto", "« n'a jamais ratifié », « refuse de signer »"),
    _rule("cue.not-yet", "veto", "« doit être signé », « la réunion a été reportée »"),
    _rule("cue.sports-body", "veto", "« la fédération a signé »: a sports body's act"),
    _rule("cue.caption", "veto", "« (Photo : X et Y lors de la signature) »: a caption"),
    _rule("declaration.no-statement", "veto", "remarks to the press, self-praise"),
    _rule("place.venue", "attribute", "« à l'Élysée » gives Paris; a dateline city"),
    _rule("stage.life-cycle", "attribute", "every stage of one agreement in the article"),
    _rule("round.meeting", "attribute", "« la deuxième réunion ministérielle »: its round"),
    _rule("consultation.standing-body", "attribute", "« réunion de la commission franco-x »"),
    _rule("round.sentence", "attribute", "« la première réunion … s'est tenue »: the round"),
    _rule("round.predicate", "attribute", "« la réunion, qui était la quatrième »: the round"),
    _rule("sectors.session-minutes", "attribute", "« protocole de la IXe session »: its fields"),
    _rule("sectors.agreement-default", "attribute", "an agreement naming no field: politics"),
    _rule("sectors.portfolio", "attribute", "« le ministre de l'Énergie »: no field of the talk"),
    _rule(
        "consultation.talks", "attribute", "leaders' « pourparlers » on no instrument: a meeting"
    ),
    _rule("date.day-told-before", "attribute", "« du 10 au 12 mars … Le 10 mars, … »: that day"),
    _rule(
        "date.scene", "attribute", "an event told after « jeudi, X a reçu … » took place that day"
    ),
    _rule("place.scene", "attribute", "told after « arrivé à Astana »: that city"),
    _rule("date.at-close", "attribute", "« À l'issue des entretiens, … »: the talks' last day"),
    _rule(
        "sectors.declaration-agreements", "attribute", "agreements' fields: not a declaration's"
    ),
    _rule(
        "sectors.condemned-matter", "attribute", "« X condamne l'attaque »: no default politics"
    ),
    _rule("heads.signed-by", "attribute", "« un accord …, signé par X et Y »: its heads"),
    _rule("heads.signed-after", "attribute", "« Les textes ont été signés par X et Y »"),
    _rule("heads.the-two", "attribute", "« les deux ministres ont signé »: the talk's heads"),
    _rule("heads.visitor", "attribute", "« la visite du président X »: X leads it"),
    _rule("heads.message", "attribute", "« porteur d'un message du président X »: X no head"),
    _rule("heads.full-name", "attribute", "« M. Wang » after « Wang Yi »: the full name"),
    _rule("place.host-city", "attribute", "« Tunis a accueilli la réunion »: the place"),
    _rule("sectors.visit-frame", "attribute", "a visit: politics and its own sentence's sectors"),
    _rule("consultation.participant", "attribute", "« X prend part au sommet »: a state joins it"),
    _rule("consultation.visit-abroad", "builder", "« sa première visite à l'étranger »"),
    _rule("consultation.visit-home", "builder", "« X, qui était dans notre pays »: a visit"),
    _rule("consultation.welcomed", "builder", "« X a été accueilli par Y »: a visit to Y"),
    _rule("declaration.of-gathering", "builder", "« la déclaration issue de ce sommet »"),
    _rule(
        "declaration.organisation-text",
        "attribute",
        "« les chefs d'État exhortent »: the organisation's, not its host's",
    ),
    _rule(
        "declaration.closing-sides",
        "attribute",
        "« à l'issue de la visite, un communiqué conjoint »: the visit's sides",
    ),
    _rule(
        "declaration.closing-text",
        "builder",
        "« À l'issue du sommet, … ont adopté la Déclaration »",
    ),
    _rule("consultation.frame-gathering", "builder", "« en marge du 48e sommet de l'ASEAN »"),
    _rule("declaration.heading-label", "veto", "« Déclaration de la porte-parole » heading"),
    _rule("consultation.earlier-named", "builder", "« la 7e session s'était déroulée à Tunis »"),
    _rule("consultation.attended", "builder", "« le Maroc a pris part à la réunion de l'OCI »"),
    _rule(
        "consultation.delegation-at",
        "builder",
        "« la délégation malienne au sommet de l'UA »",
    ),
    _rule("consultation.summit-trip", "builder", "a summit abroad attended: a visit to its host"),
    _rule(
        "consultation.brought-together", "attribute", "« Elle a regroupé les ministres de A et B »"
    ),
    _rule(
        "consultation.bodies-met",
        "builder",
        "« le Comité X et le Comité Y ont tenu des réunions »",
    ),
    _rule(
        "consultation.participants-listed", "builder", "« X, Y et Z ont participé à la réunion »"
    ),
    _rule("declaration.own-date", "attribute", "« La France salue … le 27 juin »: today's"),
    _rule("declaration.one-day", "attribute", "a text is of one day: « communiqué final »"),
    _rule("place.issuer-capital", "attribute", "« Le Sénégal condamne … »: issued in Dakar"),
    _rule("place.approver-capital", "attribute", "« Le Parlement x a ratifié »: its capital"),
    _rule("place.host-capital", "attribute", "« X a reçu l'ambassadeur »: X's capital"),
    _rule("date.margin", "attribute", "« en marge de cette session »: its date and city"),
    _rule("date.lede", "attribute", "a headline's event with no date: its lede's day"),
    _rule("date.source-clause", "attribute", "« X salue …, indique lundi un communiqué »"),
    _rule("round.possessive", "attribute", "« la commission a tenu sa 5e session »: 5"),
    _rule("place.visit-capital", "attribute", "« une visite officielle au Ghana »: Accra"),
    _rule("place.own-venue", "attribute", "its own venue, not the main event's place"),
    _rule("date.works-span", "attribute", "« achevée jeudi … travaux ouverts mardi »: both"),
)

RULES: Final[Mapping[str, Rule]] = MappingProxyType({rule.name: rule for rule in _ALL})
"""Every rule, by name, in the order they run."""


def check_names(names: Iterable[str]) -> frozenset[str]:
    """The names as a frozenset, or ``ValueError`` naming the ones that are no rule."""
    if isinstance(names, str):
        raise TypeError("give a collection of rule names, not one string")
    found = frozenset(names)
    unknown = sorted(found - RULES.keys())
    if unknown:
        raise ValueError(f"no such rule: {', '.join(unknown)} (see diplorel.extract.rules.RULES)")
    return found
