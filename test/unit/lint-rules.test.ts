// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const oxlint = join(root, 'node_modules/.bin/oxlint');

/**
 * Each way text could become markup or code in an extension page, one a line: the project's lint configuration
 * (`npm run lint`, part of `npm test`) must refuse every one, so that no text from a page or a cookie is ever
 * inserted as HTML nor run.
 */
const SINKS = [
  ['innerHTML', 'element.innerHTML = text;'],
  ['innerHTML, read by name', "element['innerHTML'] = text;"],
  ['outerHTML', 'element.outerHTML = text;'],
  ['insertAdjacentHTML', "element.insertAdjacentHTML('beforeend', text);"],
  ['createContextualFragment', 'document.createRange().createContextualFragment(text);'],
  ['srcdoc', 'frame.srcdoc = text;'],
  ['document.write', 'document.write(text);'],
  ['document.writeln', 'document.writeln(text);'],
  ['DOMParser', "new DOMParser().parseFromString(text, 'text/html');"],
  ['eval', 'eval(text);'],
  ['new Function', 'new Function(text);'],
  ['setTimeout with a string', "setTimeout('show(' + text + ')', 10);"],
  ['a javascript: URL', "location.href = 'javascript:void(0)';"],
  ['dangerouslySetInnerHTML', '<div dangerouslySetInnerHTML={{ __html: text }} />;'],
] as const;

const folder = mkdtempSync(join(tmpdir(), 'charte-lint-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Diagnostic {
  code: string;
  labels: Array<{ span: { line: number } }>;
}

/** Which of `lines` the project's lint configuration reports (by index), each in a function of its own. */
function reportedLines(lines: readonly string[]): Set<number> {
  const file = join(folder, 'sample.tsx');
  const header = 'declare const element: HTMLElement, frame: HTMLIFrameElement, text: string;';
  writeFileSync(
    file,
    [header, ...lines.map((line, index) => `export const sample${index} = () => { ${line} };`)].join('\n'),
  );
  let output: string;
  try {
    output = execFileSync(oxlint, ['-c', join(root, '.oxlintrc.json'), '-f', 'json', file], { encoding: 'utf8' });
  } catch (error) {
    output = (error as { stdout: string }).stdout; // exit code 1: some line was refused
  }
  const { diagnostics } = JSON.parse(output) as { diagnostics: Diagnostic[] };
  // File line 2 holds lines[0].
  return new Set(diagnostics.map((diagnostic) => diagnostic.labels[0]!.span.line - 2));
}

describe('the lint rules on untrusted text', () => {
  it('refuse every way of inserting text as HTML or running it as code', () => {
    const reported = reportedLines(SINKS.map(([, line]) => line));
    expect(SINKS.filter((_, index) => !reported.has(index)).map(([what]) => what)).toEqual([]);
  });

  it('let text go in as text', () => {
    const safe = [
      'element.textContent = text;',
      'frame.title = text;',
      "element.setAttribute('title', text);",
      '<p title={text}>{text}</p>;',
      'setTimeout(() => element.append(text), 10);',
    ];
    expect(reportedLines(safe)).toEqual(new Set());
  });
});
