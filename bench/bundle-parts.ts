/**
 * What each content script's gzip size is made of: for each group of sources (a library,
 * a lib/ folder, the locale tables), how many gzip bytes the bundle loses without it.
 * Reads the source maps of a build made with OPP_SOURCEMAP=1 (wxt.config.ts).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

/** The group a source belongs to: a library by name, our code by its first two folders. */
function groupOf(source: string | null): string {
  if (!source) return 'locale tables + css (JSON and CSS have no map)';
  const lib = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (lib) return lib[1]!;
  return source.replace(/^(\.\.\/)+/, '').split('/').slice(0, 2).join('/');
}

const gzip = (text: string) => gzipSync(text).length;

/** Gzip bytes each group adds to `file` (its .map beside it), largest first. */
export function bundleParts(file: string): { group: string; gzip: number }[] {
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap);
  const lines = code.split('\n');
  const spans: { group: string; text: string }[] = [];
  const mappings: { line: number; column: number; source: string | null }[] = [];
  map.eachMapping((m) => mappings.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }));
  mappings.sort((a, b) => a.line - b.line || a.column - b.column);
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const line = lines[m.line - 1] ?? '';
    spans.push({ group: groupOf(m.source), text: line.slice(m.column, next?.line === m.line ? next.column : line.length) });
  });
  const whole = gzip(code);
  const groups = [...new Set(spans.map((s) => s.group))];
  return groups
    .map((group) => ({ group, gzip: whole - gzip(spans.filter((s) => s.group !== group).map((s) => s.text).join('')) }))
    .sort((a, b) => b.gzip - a.gzip);
}
