/** Reads Topdossier's school settings page into SettingsFacts: selects, radios, switches, buttons or text alike. */
import { SettingsFactsSchema, type SettingsFacts } from '../facts/settings-facts';
import { chosenValue, optionName } from './chosen-value';
import { fieldText } from './field-text';
import { findLabelledFields } from './labelled-fields';
import { SETTINGS_TERMS, type SettingsPart } from '../terms/settings-terms';
import type { Term } from '../terms/term';

export interface SettingsReading {
  facts: SettingsFacts;
  anchors: Map<string, Element>;
}

/** Extra terms (board policy, labels the user taught) are tried before the built-in dictionary. */
export function readSettings(doc: Document, extraTerms: readonly Term<SettingsPart>[] = []): SettingsReading {
  const terms = extraTerms.length ? [...extraTerms, ...SETTINGS_TERMS] : SETTINGS_TERMS;
  const fields = findLabelledFields<SettingsPart>(doc, { dictionary: 'settings', terms });
  const anchors = new Map<string, Element>();
  const facts: SettingsFacts = { twoFa: [], retention: [] };
  for (const f of fields) {
    anchors.set(f.where, f.anchor);
    // The chosen option's name, or the name at the head of a read-only text.
    const value = chosenValue(f) ?? optionName(fieldText(f));
    const fact = { label: f.label, where: f.where, weak: f.weak, container: false, values: [value] };
    (f.part === '2fa' ? facts.twoFa : facts.retention).push(fact);
  }
  return { facts: SettingsFactsSchema.parse(facts), anchors };
}
