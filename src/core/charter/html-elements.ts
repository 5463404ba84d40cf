/**
 * What the HTML reader knows of tag names: which are void, which close others when they open (htmlparser2's rules
 * for text, lists and tables), and one shared record per name, looked up once per tag.
 */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const CLOSES_P = ['p'];
const CLOSES_HEADING = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'];
const CLOSES_FORM_FIELD = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** Opening the key closes these open elements first, innermost first: htmlparser2's rules, all of them. */
const OPEN_IMPLIES_CLOSE = new Map<string, readonly string[]>([
  ['tr', ['tr', 'th', 'td']],
  ['th', ['th']],
  ['td', ['thead', 'th', 'td']],
  ['tbody', ['thead', 'tbody']],
  ['tfoot', ['thead', 'tbody']],
  ['body', ['head', 'link', 'script']],
  ['a', ['a']],
  ['li', ['li']],
  ['dd', ['dd', 'dt']],
  ['dt', ['dd', 'dt']],
  ['option', ['option']],
  ['optgroup', ['optgroup', 'option']],
  ['rt', ['rt', 'rp']],
  ['rp', ['rt', 'rp']],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(
    (field) => [field, CLOSES_FORM_FIELD] as const,
  ),
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((heading) => [heading, CLOSES_HEADING] as const),
  ...[
    'p',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((block) => [block, CLOSES_P] as const),
]);
/** Inside these, `<x/>` closes itself, as in XML. */
const FOREIGN_ROOTS = new Set(['svg', 'math']);
/**
 * Tag names beyond these many are not remembered: a page inventing thousands of names gets a fresh kind for each
 * (so that element of an invented name cannot be closed by name, only by its parent). The elements that
 * structure a charter are known from the start, so they always work.
 */
const MAX_CACHED_NAMES = 500;
const STRUCTURING_ELEMENTS = [
  'html',
  'head',
  'body',
  'main',
  'section',
  'article',
  'nav',
  'header',
  'footer',
  'div',
  'span',
  'p',
  'a',
  'b',
  'strong',
  'em',
  'i',
  'u',
  'small',
  'font',
  'mark',
  'sup',
  'sub',
  'code',
  'abbr',
  'ul',
  'ol',
  'li',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'template',
  'svg',
  'math',
];

/** What the reader knows of a tag name, looked up once per tag. */
export interface ElementKind {
  /** Lower case, and always this one string object: the readers' set lookups then reuse its cached hash. */
  name: string;
  isVoid: boolean;
  isForeignRoot: boolean;
  /** Open elements this one closes when it opens. */
  closes: ReadonlySet<ElementKind> | null;
  /** How many elements of this kind are open now. */
  openCount: number;
}

/** Every tag name met in one page, each as one `ElementKind`. */
export class ElementKinds {
  private readonly kinds = new Map<string, ElementKind>();
  /** The same kinds by a number read off the page for names of up to four ASCII letters (td, tr, p, div…): no slice. */
  private readonly shortKinds = new Map<number, ElementKind>();

  constructor(private readonly html: string) {
    for (const name of [...STRUCTURING_ELEMENTS, ...VOID_ELEMENTS, ...OPEN_IMPLIES_CLOSE.keys()]) this.kindOf(name);
  }

  /** The kind of the tag name written at `start`…`endIndex`. */
  at(start: number, endIndex: number): ElementKind {
    const key = endIndex - start <= 4 ? shortNameKey(this.html, start, endIndex) : -1;
    if (key < 0) return this.kindOf(this.html.slice(start, endIndex));
    let kind = this.shortKinds.get(key);
    if (!kind) {
      kind = this.kindOf(this.html.slice(start, endIndex));
      if (this.shortKinds.size < MAX_CACHED_NAMES) this.shortKinds.set(key, kind);
    }
    return kind;
  }

  private kindOf(written: string): ElementKind {
    const cached = this.kinds.get(written);
    if (cached) return cached;
    const name = written.toLowerCase();
    // "TD" and "td" are one kind: its open count must be shared.
    const kind = (name !== written && this.kinds.get(name)) || this.newKind(name);
    if (this.kinds.size < MAX_CACHED_NAMES) this.kinds.set(written, kind);
    return kind;
  }

  private newKind(name: string): ElementKind {
    const closedNames = OPEN_IMPLIES_CLOSE.get(name);
    const kind: ElementKind = {
      name,
      isVoid: VOID_ELEMENTS.has(name),
      isForeignRoot: FOREIGN_ROOTS.has(name),
      closes: null,
      openCount: 0,
    };
    if (this.kinds.size < MAX_CACHED_NAMES) this.kinds.set(name, kind);
    if (closedNames) kind.closes = new Set(closedNames.map((closed) => (closed === name ? kind : this.kindOf(closed))));
    return kind;
  }
}

/**
 * A name of at most four ASCII characters as one small integer, lower-cased: base 128 digits. Names start with a
 * letter, never code 0, so names of different lengths never share a number. -1 when a character is not ASCII.
 */
function shortNameKey(html: string, start: number, endIndex: number): number {
  let key = 0;
  for (let index = start; index < endIndex; index++) {
    const code = html.charCodeAt(index);
    if (code >= 128) return -1;
    key = key * 128 + (code >= 65 && code <= 90 ? code + 32 : code);
  }
  return key;
}
