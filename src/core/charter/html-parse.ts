import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { ElementKinds, type ElementKind } from './html-elements.ts';

/** The few parser events the charter readers listen to. Every opened element is closed, implied or not. */
export interface HtmlEvents {
  onopentag(name: string, attributes: ReadonlyMap<string, string>): void;
  onclosetag(name: string): void;
  ontext(text: string): void;
}

/** Shared by every tag without attributes; readers only read it (ReadonlyMap). */
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/**
 * Real pages nest a few dozen elements deep; past this depth the page is garbage and reading stops there
 * (this also bounds what the readers keep per open element).
 */
const MAX_OPEN_ELEMENTS = 1000;

/**
 * Streams a whole page (entities decoded) without building any DOM, closing elements as htmlparser2's Parser does.
 * Built on htmlparser2's Tokenizer rather than its Parser: the Parser keeps its open-element stack with
 * `Array#shift`/`unshift`, so every implied `</td>` cost a copy and most of the reading time went to the garbage
 * collector. Here the stack grows at its end and each element kind counts its open elements, so a stray closing
 * tag costs O(1) and reading takes time linear in the page's size.
 */
export function runHtmlParser(html: string, events: HtmlEvents): void {
  new TreeBuilder(html, events).run();
}

class TreeBuilder implements TokenizerCallbacks {
  /** Innermost last. */
  private readonly open: ElementKind[] = [];
  /** Each page its own: an element kind counts the page's open elements. */
  private readonly kinds: ElementKinds;
  private foreignDepth = 0;
  private stopped = false;
  private tag: ElementKind | null = null;
  // A Map, not an object: any name is safe as a key ("__proto__" included) and adding one stays fast.
  private attributes: Map<string, string> | null = null;
  private attributeName = '';
  private attributeValue = '';
  private readonly tokenizer: Tokenizer;

  constructor(
    private readonly html: string,
    private readonly events: HtmlEvents,
  ) {
    this.tokenizer = new Tokenizer({ decodeEntities: true }, this);
    this.kinds = new ElementKinds(html);
  }

  run(): void {
    this.tokenizer.write(this.html);
    this.tokenizer.end();
  }

  isInForeignContext(): boolean {
    return this.foreignDepth > 0;
  }

  onopentagname(start: number, endIndex: number): void {
    if (this.stopped) return;
    const kind = this.kinds.at(start, endIndex);
    if (kind.closes)
      while (this.open.length > 0 && kind.closes.has(this.open[this.open.length - 1]!)) this.popElement();
    this.tag = kind;
    this.attributes = null;
    if (kind.isVoid) return;
    if (this.open.length >= MAX_OPEN_ELEMENTS) {
      this.stopped = true;
      this.tokenizer.pause();
      return;
    }
    this.open.push(kind);
    kind.openCount++;
    if (kind.isForeignRoot) this.foreignDepth++;
  }

  onattribname(start: number, endIndex: number): void {
    this.attributeName = this.html.slice(start, endIndex).toLowerCase();
  }

  onattribdata(start: number, endIndex: number): void {
    this.attributeValue += this.html.slice(start, endIndex);
  }

  onattribentity(codepoint: number): void {
    this.attributeValue += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    this.attributes ??= new Map();
    // The first of two same-named attributes wins, as in browsers.
    if (!this.attributes.has(this.attributeName)) this.attributes.set(this.attributeName, this.attributeValue);
    this.attributeValue = '';
  }

  onopentagend(): void {
    const tag = this.tag;
    if (this.stopped || !tag) return;
    this.events.onopentag(tag.name, this.attributes ?? NO_ATTRIBUTES);
    if (tag.isVoid) this.events.onclosetag(tag.name);
  }

  onselfclosingtag(): void {
    const tag = this.tag;
    this.onopentagend();
    if (this.foreignDepth > 0 && !this.stopped && this.open[this.open.length - 1] === tag) this.popElement();
  }

  onclosetag(start: number, endIndex: number): void {
    if (this.stopped) return;
    const kind = this.kinds.at(start, endIndex);
    if (kind.isVoid) {
      if (kind.name === 'br') this.emitImplied(kind.name); // `</br>` is read as `<br>`
    } else if (kind.openCount > 0) {
      while (this.popElement() !== kind);
    } else if (kind.name === 'p') {
      this.emitImplied(kind.name); // `</p>` alone is an empty paragraph
    }
  }

  ontext(start: number, endIndex: number): void {
    if (!this.stopped) this.events.ontext(this.html.slice(start, endIndex));
  }

  ontextentity(codepoint: number): void {
    if (!this.stopped) this.events.ontext(String.fromCodePoint(codepoint));
  }

  oncdata(start: number, endIndex: number, endOffset: number): void {
    if (this.foreignDepth > 0 && !this.stopped) this.events.ontext(this.html.slice(start, endIndex - endOffset));
  }

  onend(): void {
    if (this.stopped) return;
    while (this.open.length > 0) this.popElement();
  }

  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  private popElement(): ElementKind {
    const kind = this.open.pop()!;
    kind.openCount--;
    if (kind.isForeignRoot) this.foreignDepth--;
    this.events.onclosetag(kind.name);
    return kind;
  }

  private emitImplied(name: string): void {
    this.events.onopentag(name, NO_ATTRIBUTES);
    this.events.onclosetag(name);
  }
}
