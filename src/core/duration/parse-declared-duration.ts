/** What a charter's "Durée" cell says: the cookie lasts the browsing session, or at most `maxMs`. */
export type DeclaredDuration = { kind: 'session' } | { kind: 'duration'; maxMs: number };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The average month and year, as words/format.ts measures lifetimes, so that "13 mois" reads back as 13 months. */
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

/** Accents would split words ("journee"), so they go before anything is read. */
function fold(text: string): string {
  // ASCII text has no accent to drop, and NFD would copy all of it for nothing.
  const ascii = !/[^\x00-\x7f]/.test(text);
  return (ascii ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();
}

/**
 * Reads numbers ("12", "1,5") and lower-case, accent-free words one at a time, into its own fields; everything
 * else separates them. One reader per text and no object per token: 5 MB of numbers and units hold no array.
 */
class DurationTokens {
  kind: 'number' | 'word' = 'word';
  /** A number's value (a number word's too: "douze" is 12). */
  value = 0;
  fromWord = false;
  word = '';
  private readonly text: string;
  private index = 0;

  constructor(text: string) {
    this.text = fold(text);
  }

  /** Reads the next token; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    while (this.index < text.length) {
      const start = this.index;
      if (isDigit(text, start)) {
        let index = start;
        while (isDigit(text, index)) index++;
        if ((text[index] === ',' || text[index] === '.') && isDigit(text, index + 1)) {
          index++;
          while (isDigit(text, index)) index++;
        }
        this.index = index;
        if (index - start > MAX_DIGITS) continue;
        this.setNumber(Number(text.slice(start, index).replace(',', '.')), false);
        return true;
      }
      if (isLetter(text, start)) {
        let index = start;
        while (isLetter(text, index)) index++;
        this.index = index;
        const word = text.slice(start, index);
        const value = numberWords.get(word);
        // "an" stays a word: the French year after a number, the English article otherwise (see the parser).
        if (value !== undefined && !unitMs.has(word)) this.setNumber(value, true);
        else {
          this.kind = 'word';
          this.word = word;
        }
        return true;
      }
      this.index++;
    }
    return false;
  }

  private setNumber(value: number, fromWord: boolean): void {
    this.kind = 'number';
    this.value = value;
    this.fromWord = fromWord;
  }
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
  // The number read last, waiting for its unit; NaN when there is none.
  let pending = Number.NaN;
  let pendingFromWord = false;
  for (const token = new DurationTokens(text); token.next();) {
    if (token.kind === 'number') {
      // "vingt-quatre", "twenty four": a digit word right after a round tens word adds to it.
      const tens =
        pendingFromWord && token.fromWord && pending >= 20 && pending % 10 === 0 && token.value < 10 ? pending : 0;
      pending = tens + token.value;
      pendingFromWord = token.fromWord;
      continue;
    }
    const unit = unitMs.get(token.word);
    if (unit !== undefined && !Number.isNaN(pending)) {
      longest = Math.max(longest, pending * unit);
      pending = Number.NaN;
      continue;
    }
    // "an hour": without a number before it, "an" is the English article, not the French year.
    if (token.word === 'an') {
      pending = 1;
      pendingFromWord = true;
      continue;
    }
    if (SESSION_WORDS.has(token.word)) mentionsSession = true;
    pending = Number.NaN;
  }
  if (longest > 0) return { kind: 'duration', maxMs: longest };
  return mentionsSession ? { kind: 'session' } : null;
}
