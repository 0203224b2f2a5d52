import { expect, it } from 'vitest';
import { badgeFor } from './badge';
import type { Finding, Report } from './contract';

const f = (status: Finding['status']): Finding => ({ rule: 'rod.arrangement', status, message: 'x', evidence: [] });
const report = (app: Report['app'], page: Report['page'], ...findings: Finding[]): Report => ({ app, page, findings });

it('counts fails in Topdossier', () => {
  expect(badgeFor(report('topdossier', 'opp', f('fail'), f('fail'), f('review'))).text).toBe('2');
  expect(badgeFor(report('topdossier', 'opp', f('review'))).text).toBe('');
});

it('warns with ! and ? in ParnasSys, and says why in the tooltip', () => {
  expect(badgeFor(report('parnassys', 'arrangements', f('fail'), f('review')))).toMatchObject({ text: '!', title: 'OPP-wijzer: 1 ontbreekt' });
  expect(badgeFor(report('parnassys', 'student', f('review')))).toMatchObject({ text: '?', title: 'OPP-wijzer: 1 te controleren' });
  expect(badgeFor(report('parnassys', 'student', f('pass'))).text).toBe('');
});
