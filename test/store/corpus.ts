// A small news week written for the store tests: a diplomatic meeting reported in French and in English
// (the English one a translation of the French), a republished copy, and an unrelated sports story.
import { analysis, type Fx } from './fixtures.js';

const PUTIN = { id: 'e1', type: 'PER' as const, kb: 'Q7747' };
const BIDEN = { id: 'e2', type: 'PER' as const, kb: 'Q6279' };

/** French report of the Geneva talks. */
export const FR_TALKS: Fx = {
  id: 'fr-talks', lang: 'fr', published: '2022-01-07', title: 'Genève accueillera les pourparlers lundi',
  source: 'https://www.exemple-actu.fr/monde/geneve-pourparlers?utm_source=rss',
  text: "Vladimir Poutine et Joe Biden enverront leurs délégations à Genève le 10 janvier. « Nous ne céderons pas sur l'électricité ni sur la sécurité », a déclaré Vladimir Poutine. Selon Moscou, plus de 100 000 soldats restent stationnés près de la frontière. Les discussions reprendront à Bruxelles le 12 janvier avec l'OTAN.",
  entities: [
    { ...PUTIN, name: 'Vladimir Poutine', aliases: ['Vladimir Putin'] },
    { ...BIDEN, name: 'Joe Biden' },
    { id: 'e3', type: 'LOC', name: 'Genève', kb: 'Q71', aliases: ['Geneva'] },
    { id: 'e4', type: 'LOC', name: 'Bruxelles', kb: 'Q239', aliases: ['Brussels'] },
    { id: 'e5', type: 'ORG', name: 'OTAN', kb: 'Q7184', aliases: ['NATO'] },
    { id: 'e6', type: 'LOC', name: 'Moscou', kb: 'Q649', aliases: ['Moscow'] },
  ],
  quotes: [{ text: "Nous ne céderons pas sur l'électricité ni sur la sécurité", speaker: 'e1', cue: 'a déclaré' }],
  events: [{ type: '04', code: '043', trigger: 'enverront', actors: ['e1'], targets: ['e2'], place: 'e3', date: '2022-01-10' }],
  dates: [['10 janvier', '2022-01-10'], ['12 janvier', '2022-01-12']],
  numbers: [['100 000', 100000]],
};

/** The same report in English, written as its translation. */
export const EN_TALKS: Fx = {
  id: 'en-talks', lang: 'en', published: '2022-01-07', title: 'Geneva to host talks on Monday',
  source: 'https://news.example.com/world/geneva-talks',
  text: "Vladimir Putin and Joe Biden will send their delegations to Geneva on January 10. \"We will not give way on electricity or on security,\" Vladimir Putin said. According to Moscow, more than 100,000 troops remain stationed near the border. The discussions will resume in Brussels on January 12 with NATO.",
  entities: [
    { ...PUTIN, name: 'Vladimir Putin', aliases: ['Vladimir Poutine'] },
    { ...BIDEN, name: 'Joe Biden' },
    { id: 'e3', type: 'LOC', name: 'Geneva', kb: 'Q71' },
    { id: 'e4', type: 'LOC', name: 'Brussels', kb: 'Q239' },
    { id: 'e5', type: 'ORG', name: 'NATO', kb: 'Q7184' },
    { id: 'e6', type: 'LOC', name: 'Moscow', kb: 'Q649' },
  ],
  quotes: [{ text: 'We will not give way on electricity or on security', speaker: 'e1', cue: 'said' }],
  events: [{ type: '04', code: '043', trigger: 'will send', actors: ['e1'], targets: ['e2'], place: 'e3', date: '2022-01-10' }],
  dates: [['January 10', '2022-01-10'], ['January 12', '2022-01-12']],
  numbers: [['100,000', 100000]],
};

/** A regional site republishing the French report with a new opening line and a signature. */
export const FR_COPY: Fx = {
  ...FR_TALKS, id: 'fr-copy', source: 'https://regional.example.fr/a/123', published: '2022-01-08',
  text: 'Dépêche reprise. ' + FR_TALKS.text + ' (avec AFP)',
};

/** An unrelated sports story, no shared entities. */
export const FR_SPORT: Fx = {
  id: 'fr-sport', lang: 'fr', published: '2022-01-09', title: 'Le Stade toulousain renverse Clermont',
  text: "Le Stade toulousain a battu l'ASM Clermont 27 à 20 samedi au stade Ernest-Wallon. « On a montré du caractère », a estimé Antoine Dupont après la rencontre.",
  entities: [
    { id: 'e1', type: 'ORG', name: 'Stade toulousain' },
    { id: 'e2', type: 'ORG', name: 'ASM Clermont' },
    { id: 'e3', type: 'PER', name: 'Antoine Dupont' },
  ],
  quotes: [{ text: 'On a montré du caractère', speaker: 'e3', cue: 'a estimé' }],
  numbers: [['27', 27], ['20', 20]],
};

/** A follow-up in French two days later about the same talks (same main entities, new text). */
export const FR_FOLLOWUP: Fx = {
  id: 'fr-followup', lang: 'fr', published: '2022-01-10', title: 'À Genève, premières heures de discussions tendues',
  text: "Les délégations de Vladimir Poutine et de Joe Biden se sont retrouvées lundi matin à Genève. Aucune avancée n'a été annoncée à la mi-journée, selon un diplomate présent sur place.",
  entities: [
    { ...PUTIN, name: 'Vladimir Poutine' },
    { ...BIDEN, name: 'Joe Biden' },
    { id: 'e3', type: 'LOC', name: 'Genève', kb: 'Q71' },
  ],
  quotes: [{ text: "Aucune avancée n'a été annoncée à la mi-journée", speaker: null, speakerText: 'un diplomate', kind: 'indirect' }],
  events: [{ type: '04', trigger: 'se sont retrouvées', actors: ['e1'], targets: ['e2'], place: 'e3', date: '2022-01-10' }],
  dates: [['lundi', '2022-01-10']],
};

/** The week, in arrival order. */
export const WEEK = [FR_TALKS, EN_TALKS, FR_COPY, FR_SPORT, FR_FOLLOWUP].map(analysis);
