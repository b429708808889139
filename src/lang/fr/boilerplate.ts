// French page furniture that ends up in plain-text articles, for the clean stage. Each pattern matches
// the start of a whole line; the clean stage adds the length and shape checks.

/** "Lire aussi : …", "À lire également", "Voir aussi", "Sur le même sujet". */
export const FR_READ_ALSO = String.raw`(?:[àa]\s+)?lire\s+(?:aussi|également|egalement|encore)|voir\s+aussi|sur\s+le\s+même\s+sujet|dans\s+la\s+même\s+rubrique|à\s+voir\s+aussi`;

/** "Abonnez-vous à notre newsletter", "Inscrivez-vous …", "Recevez notre lettre d’information". */
export const FR_NEWSLETTER_CUE = String.raw`abonnez-vous|inscrivez-vous|recevez|pour\s+recevoir|s['’]abonner|newsletter|infolettre|lettre\s+d['’]information`;
/** Words that make a newsletter cue line about a newsletter and not about something else. */
export const FR_NEWSLETTER_WORD = String.raw`newsletter|infolettre|lettre\s+d['’]information|abonn|alertes?|boîte\s+(?:mail|de\s+réception)`;

/** "Tous droits réservés", "Reproduction interdite". */
export const FR_COPYRIGHT = String.raw`tous\s+droits\s+réservés|reproduction\s+interdite`;

/** "Partager sur Facebook", "Suivez-nous sur Twitter", "Retrouvez-nous sur Instagram". */
export const FR_SOCIAL_CUE = String.raw`partager|partagez|suivez-nous|retrouvez-nous|rejoignez-nous|copier\s+le\s+lien|imprimer`;

/** Author blurbs: "À propos de l’auteur", "L’auteur est …", "Jeanne Martin est journaliste …". */
export const FR_BIO_START = String.raw`à\s+propos\s+de\s+l['’]auteur(?:e|rice)?|l['’]auteur(?:e)?\s+est|l['’]autrice\s+est`;
/** Job words of a signature line: "… est journaliste au service Monde". */
export const FR_BIO_JOB = String.raw`journaliste|reporter|correspondant(?:e)?|rédact(?:eur|rice)|chroniqueu(?:r|se)|éditorialiste|pigiste|auteur|autrice|envoyée?\s+spéciale?`;
