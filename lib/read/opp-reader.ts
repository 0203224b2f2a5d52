/**
 * Reads an OPP page, Topdossier's or ParnasSys' own OPP module alike, into OppFacts.
 * It finds parts and reads what they hold; whether that is enough is the judge's call.
 */
import { findLabelledFields, type Field } from './labelled-fields';
import { fieldText, isRadio } from './field-text';
import { OPP_TERMS } from '../terms/opp-terms';
import { type Term } from '../terms/term';
import { subtreeText } from './dom-text';
import { controlValues } from './tick-boxes';
import { proseDates } from './prose-dates';
import { fold } from '../text';
import { TUSSENVOEGSELS } from '../terms/pupil-terms';
import { CORE_PARTS, OppFactsSchema, type FieldFact, type OppFacts, type OppPartKey } from '../facts/opp-facts';

export interface OppReading {
  facts: OppFacts;
  /** Locator → element, to mark and focus parts in the live page. Not serialisable. */
  anchors: Map<string, Element>;
  /**
   * The facts again after the user typed in `control`, re-reading only the fields that hold
   * it; null when the control belongs to no known field (then read the whole page again).
   */
  refresh(control: Element): OppFacts | null;
}

/**
 * Extra terms (board policy) are tried before the built-in dictionary. `pupilName`: the page's
 * pupil, when read: a label may call them by name ("Mening van Lieke").
 */
export function readOpp(doc: Document, extraTerms: readonly Term[] = [], pupilName: string | null = null): OppReading {
  const terms = extraTerms.length ? [...extraTerms, ...OPP_TERMS] : OPP_TERMS;
  const subject = pupilName ? fold(pupilName).split(/[^a-z'-]+/).filter((w) => w.length >= 2 && !TUSSENVOEGSELS.has(w)) : [];
  const found = findLabelledFields<OppPartKey>(doc, { dictionary: 'opp', terms, subject });
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
  /** Control → the fields whose value it is part of, with their place in `parts`. */
  const byControl = new Map<Element, { field: Field<OppPartKey>; index: number }[]>();
  for (const f of fields) {
    const list = (parts[f.part] ??= []);
    list.push(readField(f, claimedBy));
    anchors.set(f.where, f.anchor);
    for (const c of f.controls) {
      const at = byControl.get(c) ?? [];
      at.push({ field: f, index: list.length - 1 });
      byControl.set(c, at);
    }
  }
  // Dates a page writes in a sentence, read only where no field holds them.
  const prose = proseDates(doc, (['datum.inschrijving', 'datum.vastgesteld', 'datum.bijgesteld'] as const).filter((p) => !parts[p]));
  for (const [part, found] of Object.entries(prose) as [keyof typeof prose, (typeof prose)[keyof typeof prose]][]) {
    if (!found) continue;
    parts[part] = [found.fact];
    anchors.set(found.fact.where, found.anchor);
  }
  const distinctCore = CORE_PARTS.filter((p) => parts[p]?.some((x) => !x.weak)).length;
  let facts = OppFactsSchema.parse({ readable: distinctCore >= 2, parts });

  const refresh = (control: Element): OppFacts | null => {
    // A radio's value lives in its group, whose first radio the field lists.
    const owners = byControl.get(control) ?? (control.getAttribute('type') === 'radio' ? findRadioOwner(control, byControl) : undefined);
    if (!owners || !control.isConnected) return null;
    const next = { ...facts.parts };
    for (const { field, index } of owners) {
      const list = [...(next[field.part] ?? [])];
      list[index] = readField(field, claimedBy);
      next[field.part] = list;
    }
    // Only values changed, so the shape stays valid: no need to validate the whole page again.
    facts = { readable: facts.readable, parts: next };
    return facts;
  };
  return { facts, anchors, refresh };
}

function findRadioOwner(radio: Element, byControl: Map<Element, { field: Field<OppPartKey>; index: number }[]>) {
  const name = radio.getAttribute('name');
  for (const [control, owners] of byControl) if (control.getAttribute('type') === 'radio' && control.getAttribute('name') === name) return owners;
  return undefined;
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
  if (f.shape === 'control') return { ...base, container: false, values: f.controls.some(isRadio) ? [fieldText(f)] : controlValues(f.controls, f.labelEl) };
  // A label with nowhere at all a value could be: can't tell, never "empty".
  if (f.region.length === 0) return { ...base, container: true, values: [''] };

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
    return { ...base, container: ownControls.length === 0, values: controlValues(ownControls, f.labelEl) };
  }
  const values =
    f.shape === 'column'
      ? f.region.map((n) => subtreeText(n, skip))
      : [f.region.map((n) => subtreeText(n, skip, true)).join(' ').replace(/\s+/g, ' ').replace(/(\s*;\s*)+$/, '').trim()];
  const container = skippedOther && values.every((v) => v === '');
  return { ...base, container, values };
}
