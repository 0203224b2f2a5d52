import { describe, expect, it } from 'vitest';
import { newSalt, normaliseName, pupilKey } from './pupil-key';

describe('pupil key', () => {
  it('treats the two apps\' ways of writing a name as one', () => {
    expect(normaliseName('Bakker, Lotte')).toBe(normaliseName('Lotte Bakker'));
    expect(normaliseName('Sem de Vries')).toBe(normaliseName('Vries, Sem de'));
    expect(normaliseName('Zoë Çelik')).toBe(normaliseName('zoe celik'));
  });

  it('gives the same key for the same pupil and salt, another for another birth date', async () => {
    const salt = newSalt();
    const a = await pupilKey(salt, 'Lotte Bakker', '2017-07-04');
    expect(await pupilKey(salt, 'Bakker, Lotte', '2017-07-04')).toBe(a);
    expect(await pupilKey(salt, 'Lotte Bakker', '2017-07-05')).not.toBe(a);
  });

  it('depends on the installation\'s salt and holds nothing readable', async () => {
    const a = await pupilKey(newSalt(), 'Lotte Bakker', '2017-07-04');
    const b = await pupilKey(newSalt(), 'Lotte Bakker', '2017-07-04');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
