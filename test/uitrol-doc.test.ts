/**
 * Every policy snippet in docs/uitrol.md is what a board's IT pastes into Google Admin, Intune,
 * group policy or policies.json: each must be marked with its kind (`<!-- beleid: … -->` above
 * it), and is checked against public/managed-schema.json (what Chrome and Edge check), against
 * OPP-wijzer's own policy validator, and against the browser's policy shape
 * (test/support/policy-shapes.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../lib/judge/rule-sources';
import { validatePolicy } from '../lib/settings/policy';
import { chromePolicyFile, firefoxPolicies, FORCELIST_ENTRY, googleAdminPolicy } from './support/policy-shapes';

const ROOT = resolve(import.meta.dirname, '..');
const doc = readFileSync(join(ROOT, 'docs/uitrol.md'), 'utf8');
const managedSchema = JSON.parse(readFileSync(join(ROOT, 'public/managed-schema.json'), 'utf8')) as { properties: Record<string, { type: string }> };
const geckoId = /gecko: \{ id: '([^']+)'/.exec(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'))?.[1];

const KINDS = ['managed', 'google-admin', 'chrome-json', 'forcelist', 'windows-reg', 'firefox-policies'] as const;
type Kind = (typeof KINDS)[number];

/** Placeholders the guide uses for ids a store gives out, replaced by ids of the right form. */
const CHROME_ID = 'a'.repeat(32);
const EDGE_ID = 'b'.repeat(32);
const fill = (text: string) => text.replaceAll('<chrome-id>', CHROME_ID).replaceAll('<edge-id>', EDGE_ID);

interface Snippet { kind: string | undefined; lang: string; text: string; line: number }
function snippets(): Snippet[] {
  const lines = doc.split('\n');
  const out: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    const kind = /^<!-- beleid: ([\w-]+) -->$/.exec(lines[i - 1] ?? '')?.[1];
    out.push({ kind, lang: open[1]!, text: lines.slice(i + 1, end).join('\n'), line: i + 1 });
    i = end;
  }
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const checkManagedSchema = ajv.compile(managedSchema);
const shape = { chrome: ajv.compile(chromePolicyFile), admin: ajv.compile(googleAdminPolicy), firefox: ajv.compile(firefoxPolicies) };
const errors = (validate: { errors?: unknown }) => JSON.stringify(validate.errors);

/** The managed configuration an extension gets: valid for Chrome's schema and for OPP-wijzer, with nothing ignored. */
function expectManaged(config: unknown, where: string) {
  expect(checkManagedSchema(config), `${where}: ${errors(checkManagedSchema)}`).toBe(true);
  expect(validatePolicy(config, RULE_IDS).problems, where).toEqual([]);
  expect(Object.keys(config as object).length, where).toBeGreaterThan(0);
}

/** A .reg file as { key path: { value name: value } }: strings, dwords. */
function readReg(text: string): Map<string, Record<string, string | number>> {
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | undefined;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line === 'Windows Registry Editor Version 5.00') continue;
    const key = /^\[(.+)\]$/.exec(line);
    if (key) {
      keys.set(key[1]!, (current = {}));
      continue;
    }
    const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`not a registry line: ${line}`);
    current[value[1]!] = value[3] !== undefined ? Number.parseInt(value[3], 16) : value[2]!.replace(/\\(.)/g, '$1');
  }
  return keys;
}

/** Registry values as Chrome reads them for the schema: a list or group is a JSON text. */
function fromRegistry(values: Record<string, string | number>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([name, v]) => {
      const type = managedSchema.properties[name]?.type;
      return [name, typeof v === 'string' && (type === 'array' || type === 'object') ? JSON.parse(v) : v];
    }),
  );
}

const CHECK: Record<Kind, (text: string, where: string) => void> = {
  managed: (text, where) => expectManaged(JSON.parse(text), where),
  'google-admin': (text, where) => {
    const config = JSON.parse(text) as Record<string, { Value: unknown }>;
    expect(shape.admin(config), `${where}: ${errors(shape.admin)}`).toBe(true);
    expectManaged(Object.fromEntries(Object.entries(config).map(([k, v]) => [k, v.Value])), where);
  },
  'chrome-json': (text, where) => {
    const file = JSON.parse(text) as { '3rdparty': { extensions: Record<string, unknown> } };
    expect(shape.chrome(file), `${where}: ${errors(shape.chrome)}`).toBe(true);
    for (const [id, config] of Object.entries(file['3rdparty'].extensions)) expectManaged(config, `${where} (${id})`);
  },
  forcelist: (text, where) => {
    const entries = text.split('\n').filter(Boolean);
    expect(entries.length, where).toBeGreaterThan(0);
    for (const e of entries) expect(e, where).toMatch(new RegExp(FORCELIST_ENTRY));
  },
  'windows-reg': (text, where) => {
    const keys = readReg(text);
    const base = /^HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\(?:Microsoft\\Edge|Google\\Chrome)\\/;
    let configs = 0;
    for (const [path, values] of keys) {
      expect(path, where).toMatch(base);
      const rest = path.replace(base, '');
      if (rest === 'ExtensionInstallForcelist') {
        for (const [name, v] of Object.entries(values)) {
          expect(name, where).toMatch(/^\d+$/);
          expect(String(v), where).toMatch(new RegExp(FORCELIST_ENTRY));
        }
      } else {
        expect(rest, where).toMatch(/^3rdparty\\extensions\\[a-p]{32}\\policy$/);
        expectManaged(fromRegistry(values), `${where} (${path})`);
        configs++;
      }
    }
    expect(configs, where).toBeGreaterThan(0);
  },
  'firefox-policies': (text, where) => {
    const file = JSON.parse(text) as { policies: { ExtensionSettings?: Record<string, unknown>; '3rdparty'?: { Extensions: Record<string, unknown> } } };
    expect(shape.firefox(file), `${where}: ${errors(shape.firefox)}`).toBe(true);
    // The add-on id is the one in the package (wxt.config.ts), or Firefox installs nothing.
    expect(Object.keys(file.policies.ExtensionSettings ?? {}), where).toEqual([geckoId]);
    const configs = Object.entries(file.policies['3rdparty']?.Extensions ?? {});
    expect(configs.map(([id]) => id), where).toEqual([geckoId]);
    for (const [, config] of configs) expectManaged(config, where);
  },
};

describe('docs/uitrol.md', () => {
  const all = snippets();

  it('marks every code block with the kind of policy it is', () => {
    expect(all.filter((s) => !s.kind || !(KINDS as readonly string[]).includes(s.kind)).map((s) => `line ${s.line}`)).toEqual([]);
  });

  it('shows every kind: the settings, Google Admin, a Chrome policy file, the force-install list, the registry, Firefox', () => {
    expect([...new Set(all.map((s) => s.kind))].sort()).toEqual([...KINDS].sort());
  });

  it.each(all.map((s) => [`${s.kind} (line ${s.line})`, s] as const))('has a valid snippet: %s', (where, s) => {
    CHECK[s.kind as Kind](fill(s.text), where);
  });
});
