import { foldForMatching } from './normalize.ts';

/** Words of a cookie section's label, folded (no accents, lower case): what kind of cookies the section lists. */
const SECTION_WORDS = [
  'cookie',
  'traceur',
  'tracker',
  "mesure d'audience",
  'audience',
  'statisti',
  'stats',
  'tiers',
  'third',
  'analytic',
  'necessary',
  'necessaire',
  'essenti',
  'fonctionnel',
  'functional',
  'functionality',
  'preference',
  'performance',
  'experience',
  'marketing',
  'publicit',
  'advertis',
  'targeting',
  'ciblage',
  'reseaux sociaux',
  'social',
  'securite',
  'security',
  'technique',
  'technical',
];

/**
 * Words that make a heading an introduction rather than a section's label: a question ("What cookies are used on
 * the platform", "Quels cookies…"), a sentence ("Opendatasoft uses different types of cookies:"), the page's own
 * title ("Cookies policy", "Charte cookies").
 */
const INTRODUCTION_WORDS = new Set([
  'what',
  'which',
  'how',
  'why',
  'quel',
  'quels',
  'quelle',
  'quelles',
  'comment',
  'pourquoi',
  "qu'est",
  "qu'est-ce",
  'use',
  'uses',
  'used',
  'using',
  'utilise',
  'utilisent',
  'utilises',
  'utilisee',
  'utilisees',
  'is',
  'are',
  'est',
  'sont',
  'we',
  'nous',
  'you',
  'vous',
  'exist',
  'existe',
  'existent',
  'several',
  'plusieurs',
  'different',
  'differents',
  'types',
  'policy',
  'politique',
  'charte',
  'gestion',
  'configure',
  'configurer',
  'manage',
  'gerer',
]);

/** A label is short; longer "headings" are sentences (a plain-text page makes a heading of every line of prose). */
const MAX_LABEL_LENGTH = 120;
/** "Strictly necessary cookies: These cookies…": the lead-in before the colon is at most this long. */
const MAX_LEAD_IN_LENGTH = 80;
const TRAILING_COLON = /\s*:$/;
const WORD_SEPARATORS = /[\s,;:()/«»"“”.!]+/;

/**
 * The category a heading gives the cookie tables below it, or null when the heading is no section label: a
 * heading, a caption, a list item or the bold lead-in of a paragraph ("Cookies strictement nécessaires : Ces
 * cookies…" gives "Cookies strictement nécessaires"), never an introduction sentence or a question.
 */
export function sectionLabel(heading: string): string | null {
  const label = (leadIn(heading) ?? heading).replace(TRAILING_COLON, '');
  if (label.length > MAX_LABEL_LENGTH || label.includes('?') || label.includes('. ') || label.endsWith(';'))
    return null;
  const folded = foldForMatching(label);
  if (!SECTION_WORDS.some((word) => folded.includes(word))) return null;
  if (folded.split(WORD_SEPARATORS).some((word) => INTRODUCTION_WORDS.has(word))) return null;
  return label;
}

/** The label before a colon that starts a paragraph ("Strictly necessary cookies: These…"), or null. */
function leadIn(heading: string): string | null {
  const colon = heading.indexOf(':');
  if (colon <= 0 || colon > MAX_LEAD_IN_LENGTH || heading.slice(colon + 1).trim() === '') return null;
  // A URL ("https://…") is no lead-in.
  if (heading.charAt(colon + 1) === '/') return null;
  return heading.slice(0, colon).trim();
}
