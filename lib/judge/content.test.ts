import { describe, expect, it } from 'vitest';
import { hasContent, partState } from './content';

const field = (values: string[], extra: Partial<{ weak: boolean; container: boolean }> = {}) => ({
  label: 'x', where: 'y', weak: false, container: false, values, ...extra,
});

describe('hasContent', () => {
  it.each(['n.v.t.', 'N.v.t', 'nvt', '-', '—', '...', 'nog invullen', 'Nog in te vullen', 'zie bijlage', 'Zie bijlage 2', 'Lorem ipsum dolor sit amet', '', '   ', '?', 'x'])(
    'treats "%s" as no content',
    (text) => expect(hasContent(text)).toBe(false),
  );
  it.each(['vmbo-kb', 'Werkt in een klein groepje.', 'Zie bijlage: het verslag van de logopedist beschrijft de taalachterstand.', '1F', 'Geen belemmeringen thuis; wel op school.'])(
    'treats "%s" as content',
    (text) => expect(hasContent(text)).toBe(true),
  );
});

describe('partState', () => {
  it('is absent when nothing was found', () => expect(partState([]).state).toBe('absent'));
  it('is filled when one field has content', () => expect(partState([field(['']), field(['tekst hier'])]).state).toBe('filled'));
  it('is empty only when a surely identified field is empty', () => {
    expect(partState([field([''])]).state).toBe('empty');
    expect(partState([field([''], { weak: true })]).state).toBe('unsure');
  });
  it('ignores headings that only hold other parts', () => {
    expect(partState([field([''], { container: true })]).state).toBe('unsure');
  });
});
