/** What a charter's "Durée" cell says: the cookie lasts the browsing session, or at most `maxMs`. */
export type DeclaredDuration = { kind: 'session' } | { kind: 'duration'; maxMs: number };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The average month and year, as report/format.ts measures lifetimes, so that "13 mois" reads back as 13 months. */
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

const unitMs = new Map<string, number>([
  ...words(SECOND, 's sec secs seconde secondes second seconds'),
  ...words(MINUTE, 'min mins mn minute minutes'),
  ...words(HOUR, 'h hr hrs heure heures hour hours'),
  ...words(DAY, 'j jour jours journee journees day days'),
  ...words(7 * DAY, 'sem semaine semaines week weeks wk'),
  ...words(MONTH, 'mois month months'),
  ...words(YEAR, 'an ans annee annees year years yr yrs'),
]);

const numberWords = new Map<string, number>([
  ...words(1, 'un une one a'),
  ...[
    'deux two',
    'trois three',
    'quatre four',
    'cinq five',
    'six six',
    'sept seven',
    'huit eight',
    'neuf nine',
    'dix ten',
    'onze eleven',
    'douze twelve',
    'treize thirteen',
    'quatorze fourteen',
    'quinze fifteen',
    'seize sixteen',
  ].flatMap((pair, index) => words(index + 2, pair)),
  ...words(20, 'vingt twenty'),
  ...words(30, 'trente thirty'),
]);

const SESSION_WORDS = new Set(['session', 'sessions']);
/** Longer runs of digits are not a duration anyone declares; they would only risk overflow. */
const MAX_DIGITS = 9;

function words<T>(value: T, list: string): [string, T][] {
  return list.split(' ').map((word) => [word, value]);
}

type Token = { kind: 'number'; value: number; fromWord: boolean } | { kind: 'word'; word: string };

/** Numbers ("12", "1,5") and lower-case, accent-free words, in order; everything else separates them. */
function tokenize(text: string): Token[] {
  const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const tokens: Token[] = [];
  let index = 0;
  while (index < folded.length) {
    const start = index;
    if (isDigit(folded, index)) {
      while (isDigit(folded, index)) index++;
      let end = index;
      if ((folded[index] === ',' || folded[index] === '.') && isDigit(folded, index + 1)) {
        index++;
        while (isDigit(folded, index)) index++;
        end = index;
      }
      const digits = folded.slice(start, end).replace(',', '.');
      if (end - start <= MAX_DIGITS) tokens.push({ kind: 'number', value: Number(digits), fromWord: false });
    } else if (isLetter(folded, index)) {
      while (isLetter(folded, index)) index++;
      const word = folded.slice(start, index);
      const value = numberWords.get(word);
      // "an" stays a word: the French year after a number, the English article otherwise (see the parser).
      tokens.push(value !== undefined && !unitMs.has(word) ? { kind: 'number', value, fromWord: true } : { kind: 'word', word });
    } else index++;
  }
  return tokens;
}

function isDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 97 && code <= 122;
}

/**
 * Reads the duration a charter declares for a cookie, in French or English: "13 mois", "2 semaines par défaut",
 * "jusqu'à 12 mois", "up to 13 months", "24h", "30 min", "vingt-quatre heures", "Session", "durée de la session".
 * When the wording states several durations it keeps the longest, which is what the charter allows at most
 * ("Jeton renouvelé entre deux sessions. Jusqu'à 12 mois" is 12 months); null when it states none.
 * One pass over the text, no regex that could backtrack, never throws: charter cells are untrusted text.
 */
export function parseDeclaredDuration(text: string): DeclaredDuration | null {
  if (typeof text !== 'string') return null;
  let longest = 0;
  let mentionsSession = false;
  let pending: { value: number; fromWord: boolean } | null = null;
  for (const token of tokenize(text)) {
    if (token.kind === 'number') {
      // "vingt-quatre", "twenty four": a digit word right after a round tens word adds to it.
      const tens: number = pending?.fromWord && token.fromWord && pending.value >= 20 && pending.value % 10 === 0 && token.value < 10 ? pending.value : 0;
      pending = { value: tens + token.value, fromWord: token.fromWord };
      continue;
    }
    const unit = unitMs.get(token.word);
    if (unit !== undefined && pending !== null) {
      longest = Math.max(longest, pending.value * unit);
      pending = null;
      continue;
    }
    // "an hour": without a number before it, "an" is the English article, not the French year.
    if (token.word === 'an') {
      pending = { value: 1, fromWord: true };
      continue;
    }
    if (SESSION_WORDS.has(token.word)) mentionsSession = true;
    pending = null;
  }
  if (longest > 0) return { kind: 'duration', maxMs: longest };
  return mentionsSession ? { kind: 'session' } : null;
}
