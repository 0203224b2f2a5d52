/**
 * The repository stands alone: no tracked file points outside it (the shared folder beside
 * the repository, or an absolute path under the work folder), and every `docs/regels.md#anchor` the code cites
 * is a heading of docs/regels.md, the board's guidance as this project uses it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** Tracked text files: sources, docs, tests, config. Binary files (images) are skipped. */
function trackedTextFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return out
    .split('\0')
    .filter((f) => f && existsSync(join(ROOT, f)))
    .filter((f) => !/\.(png|jpe?g|gif|ico|webp|woff2?|zip|pdf)$/i.test(f));
}

/** A heading's anchor as GitHub makes it: lower case, punctuation removed, spaces to '-'. */
export function githubAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every anchor of a Markdown text; a repeated heading gets -1, -2, … as on GitHub. */
export function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = githubAnchor(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

describe('githubAnchor', () => {
  it('makes anchors as GitHub does', () => {
    expect(githubAnchor('Instemming ouders op handelingsdeel')).toBe('instemming-ouders-op-handelingsdeel');
    expect(githubAnchor('Voor wie is een OPP?')).toBe('voor-wie-is-een-opp');
    expect(githubAnchor("Overzicht aangemelde OPP's")).toBe('overzicht-aangemelde-opps');
    expect(githubAnchor('Leerlingen die afwijken in onderwijstijd (vanuit de VARIA-wet)')).toBe(
      'leerlingen-die-afwijken-in-onderwijstijd-vanuit-de-varia-wet',
    );
  });
  it('numbers a repeated heading', () => {
    expect([...anchorsOf('# A\n## A\n```\n# A\n```\n')]).toEqual(['a', 'a-1']);
  });
});

describe('the repository stands alone', () => {
  const files = trackedTextFiles();

  it('reads the tracked files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no tracked file that names the shared folder beside it or an absolute work path', () => {
    // Built from pieces, so that this file does not match itself.
    const outside = new RegExp(['\\.\\.\\/shared', '(^|[^\\w.])\\/work\\/', 'DOMAIN' + '\\.md'].join('|'));
    const offenders: string[] = [];
    for (const file of files) {
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (outside.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});

describe('docs/domein.md', () => {
  it('has every anchor the code cites', () => {
    const anchors = anchorsOf(readFileSync(join(ROOT, 'docs/domein.md'), 'utf8'));
    const cited = /docs\/domein\.md#([\w\p{L}-]+)/gu;
    const missing: string[] = [];
    let citations = 0;
    for (const file of trackedTextFiles().filter((f) => /^(lib|components|entrypoints|cli)\//.test(f))) {
      for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(cited)) {
        citations++;
        if (!anchors.has(m[1]!)) missing.push(`${file}: #${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
    expect(citations).toBeGreaterThan(0);
  });
});

describe('docs/regels.md', () => {
  const regels = join(ROOT, 'docs/regels.md');

  it('exists', () => {
    expect(existsSync(regels)).toBe(true);
  });

  it('has every anchor the code cites', () => {
    const anchors = anchorsOf(readFileSync(regels, 'utf8'));
    const cited = /docs\/regels\.md#([\w\p{L}-]+)/gu;
    const missing: string[] = [];
    let citations = 0;
    for (const file of trackedTextFiles().filter((f) => /^(lib|components|entrypoints|cli)\/|^README\.md$/.test(f))) {
      for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(cited)) {
        citations++;
        if (!anchors.has(m[1]!)) missing.push(`${file}: #${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
    expect(citations).toBeGreaterThan(0);
  });

  it('links within itself only to its own headings', () => {
    const text = readFileSync(regels, 'utf8');
    const anchors = anchorsOf(text);
    const links = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.filter((a) => !anchors.has(a))).toEqual([]);
  });
});
