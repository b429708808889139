// English event vocabulary: verbs and nouns per CAMEO root code, written for this project.
import type { EventLexicon } from '../../analyze/events/lexicon.js';

/** Up to six words between a verb and its object: "deployed more than 100,000 troops". */
const GAP = "(?:\\s+[\\p{L}\\p{N}’',-]+){0,6}?\\s+";

/** English event data. */
export const EN_EVENTS: EventLexicon = {
  triggers: [
    // 04 consult / meet. CAMEO codebook: 040 consult, 041 by telephone, 042 make a visit, 043 host a visit,
    // 044 meet at a "third" location, 045 mediate, 046 negotiate (issue 5's "043 meet at a third location" is the
    // codebook's 044). A meeting is 040, made 044 when a place is bound that is none of the participants.
    { type: '04', code: '040', re: '(?:meet|meets|met|meeting)', then: '\\s+(?:with\\s+)?(?:the\\s+)?\\p{Lu}' },
    // "Brazil and Argentina met in Geneva": the coordinated subjects are the participants
    // … and a group alone gathers: "EU ministers will meet in Brussels", "EU leaders gathered in Rome", the
    // participle after its subject "ministers meeting in Brussels on Wednesday failed to agree"; after a
    // determiner "meeting" is a noun ("the meeting in Brussels", "a meeting room")
    { type: '04', code: '040', re: '(?:met|meet|will meet|have met|had met|gathered|gather|will gather|convened|convene|will convene|(?<!(?:a|an|the|this|that|its|their|his|her|our|next|last|first|weekly|annual|emergency|special)\\s|[\'’]\\s)meeting)(?=\\s+(?:in|at|on|for|last|yesterday|today)\\s)', mutual: true, gather: true },
    // an event noun as subject: "the UN summit opened in Geneva on Monday", "NATO talks will be held in Oslo"
    { type: '04', code: '040', re: '(?<=(?:summit|conference|meeting|talks|forum|session|negotiations)(?:\\s[^.;!?“”"]{0,60})?\\s)(?:opened|opens|will open|was held|were held|is held|are held|will be held|took place|takes place|will take place|got under way|kicked off)', gather: true },
    { type: '04', code: '043', re: '(?:host|hosts|hosted|will host|is hosting|was hosting)', then: '\\s+(?:the\\s+)?\\p{Lu}' },
    { type: '04', code: '040', re: '(?:(?:joint\\s+)?(?:press|news)\\s+conference|joint\\s+statement)\\s+(?:with|alongside)', noun: true },
    { type: '04', code: '046', re: `(?:hold|holds|held|holding|will hold)${GAP}?(?:talks|negotiations|discussions|consultations)` },
    // "Egypt, Ethiopia and Sudan will resume talks on Monday", "revive the dialogue": talks taken up again
    { type: '04', code: '046', re: `(?:resum(?:e|es|ed|ing)|will resume|restart(?:s|ed|ing)?|relaunch(?:es|ed|ing)?|reviv(?:e|es|ed|ing))${GAP}?(?:talks|negotiations|discussions|consultations|dialogue)` },
    { type: '04', code: '042', re: '(?:official |state )?visit', then: '\\s+(?:of|by|to)\\s+(?:the\\s+)?\\p{Lu}', noun: true },
    { type: '04', code: '042', re: '(?:visit|visits|visited|will visit|travel(?:led|ed|s)? to)', then: '\\s+\\p{Lu}' },
    { type: '04', code: '040', re: '(?:talk(?:ed|s)?|spoke|speak|negotiat(?:e|ed|es|ing)|consult(?:ed|s)?)\\s+with' },
    { type: '04', code: '040', re: '(?:summit|talks|negotiations|meeting|discussions)(?=\\s+(?:with|between)\\s)', noun: true },
    // 05 diplomatic cooperation
    { type: '05', code: '057', re: `(?:sign|signed|signs|will sign)${GAP}?(?:an |the |a )?(?:agreement|deal|accord|treaty)` },
    // 051 praise or endorse (CAMEO puts it under 05, diplomatic cooperation): "France backed the proposal";
    // "backed down", "backed off" are retreats, "Russian-backed" an adjective
    { type: '05', code: '051', re: '(?<![-‐])(?:backed|endorsed|endorses|praised|praises|welcomed|welcomes|supported)(?!\\s+(?:down|off|away|out|up|into|onto|by)(?![\\p{L}]))(?![\\p{L}-])' },
    // 10 demand
    { type: '10', code: null, re: '(?:demand(?:ed|s)?|called on|calls on|urged)(?![\\p{L}])' },
    // 11 disapprove
    { type: '11', code: null, re: '(?:criticiz|criticis|condemn|denounc|accus)(?:ed|es|e|s)?(?![\\p{L}])' },
    // objecting is 11 (CAMEO 110 "disapprove": objection, opposition), not 12, which rejects a proposal or demand:
    // "Poland objected to tighter controls"
    { type: '11', code: null, re: '(?:objected|objects)\\s+to(?![\\p{L}])' },
    // 12 reject
    { type: '12', code: null, re: '(?:reject(?:ed|s)?|refus(?:ed|es)|ruled out|rules out|dismissed)(?![\\p{L}])' },
    { type: '12', code: null, re: '(?:was|is|called it|as)\\s+(?:totally\\s+|completely\\s+)?unacceptable' },
    // 13 threaten
    { type: '13', code: '138', re: '(?:warned|warns|threatened|threatens)[^.;]{0,80}?(?:military|force|retaliation|sanctions|consequences)' },
    { type: '13', code: null, re: '(?:threatened|threatens|threaten) to' },
    // 14 protest
    { type: '14', code: null, re: '(?:protested|demonstrated|rallied|went on strike|are on strike|marched)(?![\\p{L}])' },
    // 15 force posture
    { type: '15', code: '150', re: `(?:deploy(?:ed|s|ing)?|massed|amassed)${GAP}?(?:\\p{N}[\\p{N},.]*\\s+)?(?:troops|soldiers|forces|tanks|missiles|warships)` },
    // 16 reduce relations
    { type: '16', code: null, re: `(?:cut|severed|broke off)\\s+(?:diplomatic\\s+)?(?:ties|relations)|expell?(?:ed|s)?${GAP}?(?:diplomats|ambassador)|recalled\\s+(?:its|their)\\s+ambassador|impos(?:ed|e|es)\\s+(?:new\\s+)?sanctions` },
    // 17 coerce
    { type: '17', code: '173', re: '(?:arrested|detained)(?![\\p{L}])' },
    // 18 assault, 19 fight
    { type: '18', code: null, re: '(?:bombing|suicide attack|terrorist attack|was assassinated|kidnapped)(?![\\p{L}])', noun: true },
    { type: '19', code: null, re: '(?:shelled|bombed|airstrikes?|fighting|clashes|invaded|invasion)(?![\\p{L}])', noun: true },
  ],
  groupNouns: '(?:delegation|officials|diplomats|negotiators|envoys|authorities|leaders|troops|soldiers|forces|government|minister|president|army|representatives)',
  demonymAfter: false,
  // "European environment ministers" are the EU's Council when the article names the Union
  groupOrgs: { european: 'org:eu' },
  placePrep: '(?:in|at|to|near)\\s+(?:the\\s+)?$',
  // "…, and Kenya met with …": a comma, a conjunction and a new named subject with its verb
  clauseSplit: '\\s*;\\s*|,?\\s+(?:and|but|then)\\s+(?=(?:will|has|have|had|is|are|was|were|would|\\p{Ll}+(?:ed|s))(?![\\p{L}]))'
    // … but not the end of a list of names ("Egypt, Ethiopia, and Sudan will resume talks")
    + '|(?<!(?:^|,\\s*)\\p{Lu}[\\p{L}-]+),\\s+(?:and|but)\\s+(?=(?:the\\s+)?\\p{Lu}\\p{L}+\\s+(?:will|has|have|had|is|are|was|were|would|met|said|\\p{Ll}+ed)(?![\\p{L}]))',
  intent: "(?<![\\p{L}])(?:ready to|willing to|wants to|want to|would|offered to|plans to|plan to|intends to|hopes to|hope to)\\s+(?:\\p{L}+\\s+){0,1}$",
  modal: '(?<![\\p{L}])(?:could|might|should|must|may)\\s+(?:[\\p{L}\'’]+\\s+){0,3}$',
  negation: "(?:(?<![\\p{L}])(?:not|never|was|were|been)|n['’]t)\\s+$",
  cancel: "(?<![\\p{L}])(?:prevent|avoid|risk|plans? for|threat of|fears? of|without|excluded from|postponed|postpone|cancell?ed|cancel|called off|call off|delayed)\\s+(?:[\\p{L}'’]+\\s+){0,3}$",
  conditional: '(?!)',
  // "is expected to meet" is no modal here; "should meet" is advice
  expected: '(?!)',
  complementizer: '(?<![\\p{L}])that(?![\\p{L}])',
  subjectPronoun: '(?<![\\p{L}])(?:he|she)(?![\\p{L}’\'])',
  impersonal: '(?!)',
  objectPronoun: '(?<![\\p{L}])(?:with|alongside|and)\\s+(him|her)(?![\\p{L}])',
  // … and a reporting incise: "will resume talks on Monday, the African Union announced"
  relative: '(?<![\\p{L}])(?:who|whom|which|where|whose)(?![\\p{L}])'
    + '|,\\s+(?:(?:the\\s+)?\\p{Lu}[\\p{L}\\s]{0,40}?\\s)?(?:said|says|announced|told|added|confirmed|according to)(?![\\p{L}])',
  // "Egypt, Ethiopia, and Sudan": the serial comma before "and"
  coordination: '^\\s*(?:,|,?\\s*and|as well as)\\s+(?:the\\s+)?$',
  conjunction: '(?:and|as well as)',
};
