/**
 * Reads an OPP page, Topdossier's or ParnasSys' own OPP module alike, into OppFacts.
 * It finds parts and reads what they hold; whether that is enough is the judge's call.
 */
import { findLabelledFields, fieldText, type Field } from './labelled-fields';
import { OPP_TERMS, type Term } from './opp-terms';
import { controlValue, subtreeText } from './dom-text';
import { CORE_PARTS, OppFactsSchema, type FieldFact, type OppFacts, type OppPartKey } from '../facts/opp-facts';

export interface OppReading {
  facts: OppFacts;
  /** Locator → element, to mark and focus parts in the live page. Not serialisable. */
  anchors: Map<string, Element>;
}

/** Extra terms (board policy) are tried before the built-in dictionary. */
export function readOpp(doc: Document, extraTerms: readonly Term[] = []): OppReading {
  const terms = extraTerms.length ? [...extraTerms, ...OPP_TERMS] : OPP_TERMS;
  const found = findLabelledFields<OppPartKey>(doc, { terms });
  const fields = dropCoveredFields(found);

  // Which part claims each label and region, so a part's text never includes another's.
  const claimedBy = new Map<Node, OppPartKey>();
  for (const f of fields) {
    if (f.labelEl) claimedBy.set(f.labelEl, f.part);
    if (f.shape === 'control') f.controls.forEach((c) => claimedBy.set(c, f.part));
    else f.region.forEach((n) => claimedBy.set(n, f.part));
  }

  const parts: Partial<Record<OppPartKey, FieldFact[]>> = {};
  const anchors = new Map<string, Element>();
  for (const f of fields) {
    const fact = readField(f, claimedBy);
    (parts[f.part] ??= []).push(fact);
    anchors.set(f.where, f.anchor);
  }
  const distinctCore = CORE_PARTS.filter((p) => parts[p]?.some((x) => !x.weak)).length;
  const facts = OppFactsSchema.parse({ readable: distinctCore >= 2, parts });
  return { facts, anchors };
}

/**
 * A heading or group whose region holds a more specific field of the same part says
 * nothing more, and would count the same content twice (two consents from one).
 */
function dropCoveredFields(fields: Field<OppPartKey>[]): Field<OppPartKey>[] {
  const within = (outer: Field<OppPartKey>, inner: Field<OppPartKey>) => {
    const target = inner.labelEl ?? inner.anchor;
    return outer.region.some((n) => n === target || n.contains(target));
  };
  return fields.filter(
    (f) => f.shape === 'control' || !fields.some((g) => g !== f && g.part === f.part && within(f, g)),
  );
}

function readField(f: Field<OppPartKey>, claimedBy: Map<Node, OppPartKey>): FieldFact {
  const base = { label: f.label, where: f.where, weak: f.weak };
  if (f.shape === 'control') return { ...base, container: false, values: [fieldText(f)] };

  let skippedOther = false;
  const skip = (node: Node) => {
    const owner = claimedBy.get(node);
    if (owner !== undefined && owner !== f.part) {
      skippedOther = true;
      return true;
    }
    return false;
  };
  // Where a region holds form controls, their values are the content: the static text
  // around them is the form's own instructions, not what the school wrote.
  const ownControls = f.controls.filter((c) => !claimedBy.has(c) || claimedBy.get(c) === f.part);
  if (f.controls.length > 0) {
    const values = ownControls.map(controlValue).map((v) => v.trim());
    return { ...base, container: ownControls.length === 0, values: [values.join(' ').trim()] };
  }
  const values =
    f.shape === 'column'
      ? f.region.map((n) => subtreeText(n, skip))
      : [f.region.map((n) => subtreeText(n, skip)).join(' ').replace(/\s+/g, ' ').trim()];
  const container = skippedOther && values.every((v) => v === '');
  return { ...base, container, values };
}
