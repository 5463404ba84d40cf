import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// Static imports and re-exports (`import … from`, `export … from`, types included: a type cycle is a cycle to a reader),
// side-effect imports and dynamic `import()`.
const importPattern =
  /^[ \t]*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]|^[ \t]*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The specifier of every import a source text makes. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(importPattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** The TypeScript files under some folders of the repository, as paths relative to it. */
export function sourceFilesUnder(root: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      .map((entry) => relative(root, join(entry.parentPath, entry.name))),
  );
}

/** The repository file a relative specifier points to (imports name their extension, `.ts`, `.tsx` or `.json`). */
export function resolveRelative(root: string, fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(root, resolve(root, dirname(fromFile), specifier));
  return existsSync(join(root, target)) ? target : null;
}

export interface ImportEdge {
  from: string;
  to: string;
}

/** The imports between the source files under some folders, each from a file to the file it imports. */
export function importEdges(root: string, folders: readonly string[]): ImportEdge[] {
  return sourceFilesUnder(root, folders).flatMap((from) =>
    importsOf(readFileSync(join(root, from), 'utf8')).flatMap((specifier) => {
      const to = resolveRelative(root, from, specifier);
      return to ? [{ from, to }] : [];
    }),
  );
}

/** The groups of nodes that reach each other through the edges (strongly connected components of two or more, or a node importing itself). */
export function cyclesOf(edges: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  // Tarjan's algorithm; the graphs are a few hundred files, so recursion depth is no concern.
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    lowest.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowest.set(node, Math.min(lowest.get(node)!, lowest.get(target)!));
      } else if (onStack.has(target)) {
        lowest.set(node, Math.min(lowest.get(node)!, index.get(target)!));
      }
    }
    if (lowest.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || next.get(node)!.includes(node)) cycles.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
