// French event vocabulary: verbs and nouns per CAMEO root code, written for this project.
import type { EventLexicon } from '../../analyze/events/lexicon.js';

const A = "['’]";
const W = '[\\p{L}\\p{M}’\'-]+'; // one word
/** Up to six words between a verb and its object: "a déployé plus de 100 000 soldats". */
const GAP = `(?:\\s+[\\p{L}\\p{N}’'-]+){0,6}?\\s+`;

/** French event data. */
export const FR_EVENTS: EventLexicon = {
  triggers: [
    // 04 consult / meet. CAMEO codebook: 040 consult, 041 by telephone, 042 make a visit, 043 host a visit,
    // 044 meet at a "third" location, 045 mediate, 046 negotiate. (Issue 5 calls 043 "meet at a third
    // location": that is 044 in the codebook, whose meaning is kept here.) A meeting is 040, made 044 when a
    // place is bound that is none of the participants (events/index.ts).
    // "une rencontre filmée": after a determiner "rencontre" is the noun (its own trigger needs "avec"/"entre")
    { type: '04', code: '040', re: `(?<!(?:une|la|cette|sa|son|leur|d${A}une|nouvelle|première|dernière)\\s)(?:rencontr(?:er|era|eront|erait|eraient|e|ent|é|ée|és|a))` },
    { type: '04', code: '040', re: `(?:se sont (?:rencontré|réuni)e?s|s${A}est (?:réunie?|entretenue?)|se (?:rencontr|réuni)${W})\\s+avec` },
    // "le Brésil et l'Argentine se sont rencontrés": the coordinated subjects are the participants; "la
    // communauté s'est réunie place de la République" meets nobody
    // A group alone gathers too ("Les ministres européens se retrouveront mercredi à Bruxelles"), but "se
    // retrouver seul", "s'est retrouvé face à", "se retrouvent en difficulté" are a situation, not a meeting
    { type: '04', code: '040', re: `(?:se sont (?:rencontré|réuni|retrouvé)e?s|s${A}est (?:réunie?|retrouvée?)|se (?:rencontr|réuni|retrouv)${W})`,
      then: `(?!\\s+(?:seule?s?|face|sans|isolée?s?|coincée?s?|piégée?s?|privée?s?|confrontée?s?|au chômage|à la rue|en (?:difficulté|minorité|position|tête|première ligne)|dans (?:une|la|l${A}|le)))`,
      mutual: true, gather: true },
    // an event noun as subject: "Le sommet de l'OTAN s'est ouvert lundi à Genève", "la réunion se tiendra à Oslo";
    // its actor is the organisation named in the subject (events/index.ts, `gathers`)
    { type: '04', code: '040', re: `(?<=(?:sommet|conférence|réunion|forum|session|assemblée|pourparlers|négociations)(?:\\s[^.;!?«»]{0,60})?\\s)(?:s${A}est ouverte?|s${A}ouvr(?:e|ent|ira|iront)|se tien(?:t|nent|dra|dront)|s${A}est tenue?|se sont tenue?s|a eu lieu|ont eu lieu|aura lieu|auront lieu)`, gather: true },
    // hosting: "accueillir" only ("recevoir" is mostly receiving a prize or a letter)
    { type: '04', code: '043', re: `(?:accueill(?:e|ent|era|eront|ir|ait)|a accueilli|ont accueilli)`, then: `\\s+(?:le |la |les |l${A})?\\p{Lu}` },
    { type: '04', code: '040', re: `(?:a |ont |avait |avaient )?(?:échangé|échanger(?:a|ont)?)\\s+avec` },
    { type: '04', code: '040', re: `(?:conférence de presse|déclaration)(?:\\s+commune)?\\s+(?:avec|aux côtés d[eu])`, noun: true },
    { type: '04', code: '046', re: `(?:tiendr(?:a|ont)|tenir|tient|tiennent|ont tenu|a tenu)${GAP}?(?:des |de |les )?(?:pourparlers|négociations|discussions|consultations)` },
    // "X, Y et Z reprendront lundi à Addis-Abeba leurs négociations", "relancer le dialogue": talks taken up again
    { type: '04', code: '046', re: `(?:reprend(?:re|ra|ront|rait|raient)?|reprennent|(?:a |ont )?repris|(?:a |ont )?relancé|relanc(?:er|era|eront|e|ent))${GAP}?(?:des |de |les |leurs? |ses |son |le |la |l${A})?(?:pourparlers|négociations|discussions|consultations|dialogue|tractations)` },
    { type: '04', code: '042', re: `(?:visite(?:\\s+officielle|\\s+d${A}État)?(?=\\s+(?:du|de|d${A}|au|à|aux|en)\\s*\\p{L}))`, noun: true },
    { type: '04', code: '042', re: `(?:se rend(?:ra|ront|rait|raient|re|)|s${A}est rendue?|se sont rendue?s)(?=[^.;]{0,40}?\\s(?:à|au|en)\\s)` },
    { type: '04', code: '040', re: `(?:s${A}entreten(?:ir|ira|iront|ait|u|ue)|s${A}entretiendr(?:a|ont|ait|aient)|(?:parler|parlera|parleront|parlerait|parleraient|discuter|discutera|discuteront|a discuté|ont discuté)\\s+avec)` },
    { type: '04', code: '040', re: `participer(?:a|ont|ait|aient)?(?:\\s+\\p{L}+ment)?\\s+(?:à|au)\\s+(?:un |une |la |le |l${A})?(?:${W}\\s+){0,2}?(?:débat|réunion|sommet|conférence(?! de presse)|négociations|pourparlers|table ronde)`, noun: true },
    { type: '04', code: '040', re: `(?:réunion|sommet|pourparlers|négociations|entretien|tête-à-tête|rencontre|visite)(?=\\s+(?:avec|entre)\\s)`, noun: true },
    // 05 diplomatic cooperation
    { type: '05', code: '057', re: `(?:signer|signera|signeront|a signé|ont signé)${GAP}?(?:un |l${A}|cet )?(?:accord|traité)` },
    // 051 praise or endorse (CAMEO puts it under 05, diplomatic cooperation): "Paris a salué l'accord", "Berlin
    // soutient la proposition"; "un rythme soutenu" has no auxiliary and is no support
    { type: '05', code: '051', re: `(?:(?:a|ont|avait|avaient)\\s+(?:salué|soutenu|approuvé|félicité)|salu(?:e|ent)|soutien(?:t|nent)|approuv(?:e|ent)|félicit(?:e|ent))(?![\\p{L}])` },
    // 10 demand
    { type: '10', code: null, re: `(?:exig(?:e|ent|é|era|eront)|a exigé|ont exigé|réclam(?:e|ent|é)|a réclamé|ont réclamé)` },
    // 11 disapprove
    { type: '11', code: null, re: `(?:a |ont )?(?:critiqu|condamn|dénonc|accus)(?:é|e|ent|era|ait)(?![\\p{L}])` },
    // objecting is 11 (CAMEO 110 "disapprove": objection, opposition), not 12, which rejects a proposal or demand:
    // "la Pologne s'est opposée à un contrôle plus strict"
    { type: '11', code: null, re: `(?:s${A}(?:est|était|sont|étaient) opposée?s?|s${A}oppos(?:e|ent|era|eront))\\s+(?:à|au|aux)(?![\\p{L}])` },
    // 12 reject
    { type: '12', code: null, re: `(?:a |ont )?(?:rejet(?:é|te|tent)|rejeter|refus(?:é|e|ent)|exclu)(?![\\p{L}])` },
    { type: '12', code: null, re: `(?:(?:était|est|serait|sont|étaient)\\s+|(?:jugé|qualifié|estimé)e?s?\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:d${A}|de\\s+)?)(?:totalement\\s+|tout à fait\\s+)?inacceptables?` },
    // 13 threaten
    { type: '13', code: '138', re: `(?:a averti|ont averti|avertit|avertissent|prévient|a prévenu|menac(?:e|é|ent))[^.;]{0,80}?(?:mesures militaires|action militaire|force|représailles|riposte|sanctions|conséquences)` },
    { type: '13', code: null, re: `(?:a menacé|ont menacé|menace|menacent) de` },
    // 14 protest
    { type: '14', code: null, re: `(?:ont manifesté|manifestent|manifesteront|se sont rassemblés|sont en grève|ont protesté)` },
    // 15 force posture
    { type: '15', code: '150', re: `(?:a |ont |avait |avaient )?(?:déploy(?:é|e|ent|era|eront)|massé|masse)${GAP}?(?:\\p{N}[\\p{N}\\s\\u202f.]*)?(?:soldats|troupes|militaires|forces|chars|missiles|navires)` },
    // 16 reduce relations
    { type: '16', code: null, re: `(?:a |ont )?(?:rompu|rompre|rompt)\\s+(?:les |ses |leurs )?relations|(?:a |ont )?(?:expulsé|expulse)${GAP}?(?:diplomates|ambassadeur)|(?:a |ont )?rappelé\\s+(?:son|leur)\\s+ambassadeur|(?:impos(?:é|er|era|e))\\s+(?:de nouvelles |des )?sanctions` },
    // 17 coerce
    { type: '17', code: '173', re: `(?:a |ont )?(?:arrêté|interpellé|placé en détention)(?![\\p{L}])` },
    // 18 assault, 19 fight
    { type: '18', code: null, re: `(?:attentat|attentats|attaque terroriste|a été assassiné|enlevé)(?![\\p{L}])`, noun: true },
    { type: '19', code: null, re: `(?:(?:a |ont )?bombardé|frappes aériennes|combats|affrontements|a attaqué|ont attaqué|attaquera|invasion)(?![\\p{L}])`, noun: true },
  ],
  groupNouns: '(?:délégation|représentants|diplomates|responsables|négociateurs|émissaires|autorités|dirigeants|troupes|soldats|forces|militaires|gouvernement|ministre|ministres|président|armée)',
  demonymAfter: true,
  // "les ministres européens" are the EU's Council when the article names the Union
  groupOrgs: { européen: 'org:eu', européens: 'org:eu', européenne: 'org:eu', européennes: 'org:eu' },
  placePrep: `(?:à|au|aux|en|dans|près de|vers)\\s+$`,
  // "…, et le Kenya a rencontré …": a comma, a conjunction and a new named subject with its verb
  clauseSplit: `\\s*;\\s*|,?\\s+(?:et|mais|puis)\\s+(?=(?:se|s${A}|a|ont|va|vont|doit|est|sont|n${A}|ne|il|elle|ils|elles|\\p{Ll}+(?:ra|ront|é|ée|ait|ent))(?![\\p{L}]))`
    + `|,\\s+(?:et|mais)\\s+(?=(?:le |la |les |l${A})?\\p{Lu}\\p{L}+\\s+(?:a|ont|va|vont|est|sont|se|s${A}|\\p{Ll}+(?:ra|ront))(?![\\p{L}]))`,
  intent: `(?<![\\p{L}])(?:prête?s? à|veut|veulent|souhaite|souhaitent|compte|comptent|propose de|proposent de|a proposé de|se dit prête? à|envisage de)\\s+(?:[\\p{L}'’]+\\s+){0,2}$`,
  modal: `(?<![\\p{L}])(?:pourrait|pourraient|obligerait|obligeraient|devrait|devraient|doit|doivent)\\s+(?:[\\p{L}'’]+\\s+){0,3}$`,
  expected: `(?<![\\p{L}])(?:devrait|devraient|doit|doivent)\\s+(?:[\\p{L}'’]+\\s+){0,3}$`,
  complementizer: `(?<![\\p{L}])(?:que(?![\\p{L}])|qu${A})`,
  subjectPronoun: `(?<![\\p{L}])(?:il|elle)(?![\\p{L}${A.slice(1, -1)}])`,
  impersonal: `^\\s+(?:y\\s+a|faut|fallait|s${A}agit|s${A}agissait|semble|reste|paraît|pleut|est\\s+(?:prévu|possible|probable|nécessaire|question|temps|clair|vrai|difficile|impossible))(?![\\p{L}])`,
  objectPronoun: `(?<![\\p{L}])(?:avec|à|pour|chez|contre|auprès d${A})\\s*(lui|elle)(?![\\p{L}])`,
  // … and a reporting incise: "reprendront lundi leurs négociations, a annoncé mardi l'Union africaine"
  relative: `(?<![\\p{L}])(?:qui|où|dont|lequel|laquelle|lesquels|lesquelles)(?![\\p{L}])`
    + `|,\\s+(?:a|ont|avait|avaient)\\s+(?:annoncé|déclaré|indiqué|précisé|affirmé|expliqué|ajouté|assuré|confirmé|fait savoir)(?![\\p{L}])`
    + `|,\\s+(?:annonce|déclare|indique|précise|affirme|explique|ajoute|assure|confirme|selon)(?![\\p{L}])`,
  coordination: `^\\s*(?:,|et|ainsi que)\\s+(?:(?:le|la|les|l${A}|son|sa|ses)\\s*)?$`,
  conjunction: '(?:et|ainsi que)',
  negation: `(?:(?<![\\p{L}])(?:ne|n${A})\\s*(?:\\p{L}+\\s+)?|été\\s+)$`,
  cancel: `(?<![\\p{L}])(?:empêcher|éviter|prévenir|risque|plans?|menace|crainte|exclue?s?|sans|hors|existence|annulé|annule|annuler|reporté|reporte|reporter|ajourné)\\s+(?:\\p{L}+${A}?\\s*){0,3}$`,
  conditional: '(?:rait|raient)$',
};
