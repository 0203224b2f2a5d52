/** Builds OppFacts for rule tests: `fact('hoorrecht', 'tekst')` is one sure field with that value. */
import type { FieldFact, OppFacts, OppPartKey } from '../../lib/facts/opp-facts';

export function field(values: string | string[], extra: Partial<FieldFact> = {}): FieldFact {
  return { label: 'label', where: 'el', weak: false, container: false, values: Array.isArray(values) ? values : [values], ...extra };
}

export function facts(parts: Partial<Record<OppPartKey, string | string[] | FieldFact[]>>): OppFacts {
  const out: OppFacts['parts'] = {};
  for (const [part, value] of Object.entries(parts) as [OppPartKey, string | string[] | FieldFact[]][]) {
    out[part] = Array.isArray(value) && typeof value[0] === 'object' ? (value as FieldFact[]) : [field(value as string | string[])];
  }
  return { readable: true, parts: out };
}

export const CTX = { today: '2026-11-28', evaluationsAdvised: 2 as const };
