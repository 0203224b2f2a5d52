import { expect, it } from 'vitest';
import { advance, noteAction, skip } from './advance';
import type { Guide } from './guide-schema';

const guide: Guide = {
  id: 'g',
  title: 't',
  steps: ['a', 'b', 'c'].map((id) => ({ id, instruction: id, skippable: id === 'b', done: [{ kind: 'text' as const, phrases: [id] }] })),
};
const on = (...phrases: string[]) => (c: { kind: string; phrases?: string[] }) => c.kind === 'text' && phrases.includes(c.phrases![0]!);

it('starts at the first step still to do', () => {
  expect(advance(guide, { guide: 'g', step: 0 }, on('a', 'b'))).toEqual({ finished: false, progress: { guide: 'g', step: 2 } });
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
  const form: Guide = {
    id: 'f',
    title: 't',
    steps: [
      { id: 'datum', instruction: 'x', skippable: false, done: [{ kind: 'text', phrases: ['x'] }] },
      { id: 'opmerking', instruction: 'x', skippable: true, done: [{ kind: 'text', phrases: ['x'] }] },
      { id: 'opslaan', instruction: 'x', skippable: false, done: [{ kind: 'saved' }] },
    ],
  };
  expect(noteAction(form, { guide: 'f', step: 1 }, 'saved')).toEqual({ guide: 'f', step: 2, acted: 'saved' });
  expect(noteAction(form, { guide: 'f', step: 0 }, 'saved')).toBeNull();
  expect(noteAction(form, { guide: 'f', step: 1 }, 'clicked')).toBeNull();
});
