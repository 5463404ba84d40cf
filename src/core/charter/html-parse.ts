import { Parser } from 'htmlparser2';

/** The few parser events the charter readers listen to. Every opened element is closed, implied or not. */
export interface HtmlEvents {
  onopentag(name: string, attributes: Record<string, string>): void;
  onclosetag(name: string): void;
  ontext(text: string): void;
}

/**
 * htmlparser2 keeps its open-element stack with `Array#unshift`, so each opened element costs time proportional
 * to the nesting depth, and a page of endlessly unclosed tags takes quadratic time. Real pages nest a few dozen
 * elements deep; past this depth the page is garbage and reading stops there.
 */
const MAX_OPEN_ELEMENTS = 1000;

/** Streams a whole page through htmlparser2 (entities decoded), without building any DOM. */
export function runHtmlParser(html: string, events: HtmlEvents): void {
  let openElements = 0;
  let stopped = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (stopped) return;
        openElements++;
        if (openElements > MAX_OPEN_ELEMENTS) {
          // Events already queued for this tag (a void element's close) must not reach the reader either.
          stopped = true;
          parser.pause();
          return;
        }
        events.onopentag(name, attributes);
      },
      onclosetag(name) {
        if (stopped) return;
        openElements--;
        events.onclosetag(name);
      },
      ontext(text) {
        if (!stopped) events.ontext(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
}
