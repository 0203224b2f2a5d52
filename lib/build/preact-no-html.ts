/**
 * Build step: Preact's support for `dangerouslySetInnerHTML` is the only place in our
 * bundles that could turn a string into HTML. OPP-wijzer never uses it, and must never
 * render page text as HTML, so the build makes that prop set text instead. The bundle scan
 * (test/release/bundle-scan.test.ts) and web-ext lint prove no innerHTML sink remains.
 */
import type { Plugin } from 'vite';

const SINK = /(\w)\.innerHTML=(\w)\.__html/g;
const READ = /==(\w)\.innerHTML\)/g;

export function preactWithoutHtml(): Plugin {
  return {
    name: 'opp-wijzer:preact-without-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\/preact\.mjs$/.test(id)) return null;
      const out = code.replace(SINK, '$1.textContent=$2.__html').replace(READ, '==$1.textContent)');
      if (out === code) this.error("preact-without-html: Preact's innerHTML code moved; update the pattern");
      return { code: out, map: null };
    },
  };
}
