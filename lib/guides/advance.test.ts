import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { advance, noteAction, skip, stepCount } from './advance';
import type { Guide, Progress } from './guide-schema';

const guide: Guide = {
  id: 'g',
  title: 't',
  steps: ['a', 'b', 'c'].map((id) => ({ id, instruction: id, skippable: id === 'b', done: [{ kind: 'text' as const, phrases: [id] }] })),
};
/** A form: a date, an optional remark, and the save. */
const form: Guide = {
  id: 'f',
  title: 't',
  steps: [
    { id: 'datum', instruction: 'x', skippable: false, done: [{ kind: 'text', phrases: ['x'] }] },
    { id: 'opmerking', instruction: 'x', skippable: true, done: [{ kind: 'text', phrases: ['x'] }] },
    { id: 'opslaan', instruction: 'x', skippable: false, done: [{ kind: 'saved' }] },
  ],
};
const on = (...phrases: string[]) => (c: { kind: string; phrases?: string[] }) => c.kind === 'text' && phrases.includes(c.phrases![0]!);

it('starts at the first step still to do', () => {
  expect(advance(guide, { guide: 'g', step: 0 }, on('a', 'b'), true)).toEqual({ finished: false, progress: { guide: 'g', step: 2, unseen: 2 } });
});

describe('counts what the user still has to do', () => {
  const twelve: Guide = { ...guide, steps: Array.from({ length: 12 }, (_, i) => ({ ...guide.steps[0]!, id: `s${i}`, done: [{ kind: 'text' as const, phrases: [`s${i}`] }] })) };
  const count = (p: Progress) => t('nl', 'guide.progress', stepCount(twelve, p));
  const upTo = (n: number) => on(...Array.from({ length: n }, (_, i) => `s${i}`));

  it('a guide started with 9 of 12 steps done says "Stap 1 van 3", then 2 and 3 of 3', () => {
    const started = advance(twelve, { guide: 'g', step: 0 }, upTo(9), true);
    expect(started.finished).toBe(false);
    const p = (started as { progress: Progress }).progress;
    expect(count(p)).toBe('Stap 1 van 3');
    const next = (advance(twelve, p, upTo(10)) as { progress: Progress }).progress;
    expect(count(next)).toBe('Stap 2 van 3');
    expect(count((skip(twelve, next) as { progress: Progress }).progress)).toBe('Stap 3 van 3');
  });

  it('a guide started at its first step counts all of them', () => {
    const p = (advance(twelve, { guide: 'g', step: 0 }, upTo(0), true) as { progress: Progress }).progress;
    expect(count(p)).toBe('Stap 1 van 12');
  });

  it('a later step found done already is left out of the total; the step the user did is not', () => {
    // The user did s0; the page they came to had s1 and s2 done already.
    const p = (advance(twelve, { guide: 'g', step: 0 }, upTo(3)) as { progress: Progress }).progress;
    expect(count(p)).toBe('Stap 2 van 10');
  });

  it('a save that passes optional steps keeps the count of the steps left out before', () => {
    const saved = noteAction(form, { guide: 'f', step: 1, unseen: 1 }, 'saved')!;
    expect(stepCount(form, saved)).toEqual({ stap: 2, totaal: 2 });
  });
});

it('stays when the step is not done', () => {
  expect(advance(guide, { guide: 'g', step: 1 }, on('a'))).toEqual({ finished: false, progress: { guide: 'g', step: 1 } });
});

it('finishes after the last step', () => {
  expect(advance(guide, { guide: 'g', step: 2 }, on('c'))).toEqual({ finished: true });
});

it('forgets what the user did once the step is passed', () => {
  const saved = (c: { kind: string }, acted?: string) => c.kind === 'text' && acted === 'saved';
  expect(advance(guide, { guide: 'g', step: 0, acted: 'saved' }, saved)).toEqual({ finished: false, progress: { guide: 'g', step: 1 } });
});

it('skips one step at a time', () => {
  expect(skip(guide, { guide: 'g', step: 1 })).toEqual({ finished: false, progress: { guide: 'g', step: 2 } });
  expect(skip(guide, { guide: 'g', step: 2 })).toEqual({ finished: true });
});

it('takes a save past optional steps to the step that waits for it', () => {
  expect(noteAction(form, { guide: 'f', step: 1 }, 'saved')).toEqual({ guide: 'f', step: 2, acted: 'saved' });
  expect(noteAction(form, { guide: 'f', step: 0 }, 'saved')).toBeNull();
  expect(noteAction(form, { guide: 'f', step: 1 }, 'clicked')).toBeNull();
});
