// English event vocabulary: verbs and nouns per CAMEO root code, written for this project.
import type { EventLexicon } from '../../analyze/events/lexicon.js';

/** Up to six words between a verb and its object: "deployed more than 100,000 troops". */
const GAP = "(?:\\s+[\\p{L}\\p{N}’',-]+){0,6}?\\s+";

/** English event data. */
export const EN_EVENTS: EventLexicon = {
  triggers: [
    // 04 consult / meet
    { type: '04', code: '043', re: '(?:meet|meets|met|meeting)(?=\\s+(?:with\\s+)?(?:the\\s+)?\\p{Lu})' },
    { type: '04', code: '046', re: `(?:hold|holds|held|holding|will hold)${GAP}?(?:talks|negotiations|discussions|consultations)` },
    { type: '04', code: '042', re: "(?:(?:official |state )?visit(?=\\s+(?:of|by|to)\\s+(?:the\\s+)?\\p{Lu}))", noun: true },
    { type: '04', code: '042', re: '(?:visit|visits|visited|will visit|travel(?:led|ed|s)? to)(?=\\s+\\p{Lu})' },
    { type: '04', code: '040', re: '(?:talk(?:ed|s)?|spoke|speak|negotiat(?:e|ed|es|ing)|consult(?:ed|s)?)\\s+with' },
    { type: '04', code: '040', re: '(?:summit|talks|negotiations|meeting)(?=\\s+(?:with|between)\\s)', noun: true },
    // 05 diplomatic cooperation
    { type: '05', code: '057', re: `(?:sign|signed|signs|will sign)${GAP}?(?:an |the |a )?(?:agreement|deal|accord|treaty)` },
    // 10 demand
    { type: '10', code: null, re: '(?:demand(?:ed|s)?|called on|calls on|urged)(?![\\p{L}])' },
    // 11 disapprove
    { type: '11', code: null, re: '(?:criticiz|criticis|condemn|denounc|accus)(?:ed|es|e|s)?(?![\\p{L}])' },
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
  placePrep: '(?:in|at|to|near)\\s+(?:the\\s+)?$',
  clauseSplit: '\\s*;\\s*|,?\\s+(?:and|but|then)\\s+(?=(?:will|has|have|had|is|are|was|were|would|\\p{Ll}+(?:ed|s))(?![\\p{L}]))',
  intent: "(?:ready to|willing to|wants to|want to|would|offered to|plans to|plan to|intends to|hopes to|hope to)\\s+(?:\\p{L}+\\s+){0,1}$",
  modal: '(?:could|might|should|must|may)\\s+(?:[\\p{L}\'’]+\\s+){0,3}$',
  negation: "(?:not|n['’]t|never|was|were|been)\\s+$",
  cancel: "(?:prevent|avoid|risk|plans? for|threat of|fears? of|without|excluded from)\\s+(?:[\\p{L}'’]+\\s+){0,3}$",
  conditional: '(?!)',
};
