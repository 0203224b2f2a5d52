// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { t } from '../../i18n';
import { advance, stepCount } from '../advance';
import { holds } from '../conditions';
import { guidePage } from '../../read/guide-target';
import { guideForRule } from '../guide-for-rule';
import { guideById } from '../guide-registry';
import type { Progress } from '../guide-schema';
import './index';

const form = readFileSync(resolve(import.meta.dirname, '../../../test/fixtures/settings/s-select-table-off.html'), 'utf8');
const url = 'https://wijs-demo.topdossier.nl/instellingen/school';
beforeEach(() => {
  document.documentElement.innerHTML = form.replace(/^<!doctype html>/i, '');
});

/** Where the guide stands when started on this page, and what its callout says. */
function startHere(ruleId: string) {
  const guide = guideById(guideForRule(ruleId)!)!;
  const result = advance(guide, { guide: guide.id, step: 0 }, (c, acted) => holds(c, { page: guidePage(document, url), acted }), true);
  const progress = (result as { progress: Progress }).progress;
  return { step: guide.steps[progress.step]!.id, says: t('nl', 'guide.progress', stepCount(guide, progress)) };
}

it('2FA and the bewaartermijnen are one guide, whichever rule starts it, and the old ids start it too', () => {
  expect(guideForRule('settings.2fa')).toBe(guideForRule('settings.bewaartermijn'));
  expect(guideById('topdossier-2fa-school')?.id).toBe('topdossier-schoolinstellingen');
  expect(guideById('topdossier-bewaartermijn')?.id).toBe('topdossier-schoolinstellingen');
  const guide = guideById('topdossier-schoolinstellingen')!;
  expect(guide.steps.filter((s) => s.done.some((c) => c.kind === 'saved'))).toHaveLength(1);
});

it('on the form with both wrong: 2FA, bewaartermijnen, save, counted as 3', () => {
  expect(startHere('settings.bewaartermijn')).toEqual({ step: '2fa-ja', says: 'Stap 1 van 3' });
});

it('with 2FA already on, the bewaartermijnen rule starts at its own field: Stap 1 van 2', () => {
  (document.getElementById('id8') as HTMLSelectElement).value = 'ja';
  expect(startHere('settings.bewaartermijn')).toEqual({ step: 'automatisch', says: 'Stap 1 van 2' });
  expect(startHere('settings.2fa')).toEqual({ step: 'automatisch', says: 'Stap 1 van 2' });
});

it('with the bewaartermijnen already automatisch, the 2FA step is followed by the save: Stap 1 van 3 becomes 2 van 2', () => {
  (document.getElementById('id9') as HTMLSelectElement).value = 'automatisch';
  expect(startHere('settings.2fa')).toEqual({ step: '2fa-ja', says: 'Stap 1 van 3' });
  const guide = guideById('topdossier-schoolinstellingen')!;
  (document.getElementById('id8') as HTMLSelectElement).value = 'ja';
  const at2fa: Progress = { guide: guide.id, step: 2, unseen: 2 };
  const next = (advance(guide, at2fa, (c, acted) => holds(c, { page: guidePage(document, url), acted })) as { progress: Progress }).progress;
  expect(guide.steps[next.step]!.id).toBe('opslaan');
  expect(t('nl', 'guide.progress', stepCount(guide, next))).toBe('Stap 2 van 2');
});
