import { describe, expect, it } from 'vitest';
import { CTX, facts, field } from '../../../test/support/facts';
import evaluatie from './opp.evaluatie';
import factoren from './opp.factoren';
import hoorrecht from './opp.hoorrecht';
import instemming from './opp.instemming';
import onderwijstijd from './opp.onderwijstijd';
import termijn from './opp.termijn';
import verwachtingen from './opp.verwachtingen';

describe('opp.evaluatie', () => {
  const run = (start: string, evals: string) =>
    evaluatie.check(facts({ 'datum.vastgesteld': start, evaluatie: evals }), CTX);

  it('passes when every ended school year had an evaluation', () => {
    expect(run('01-10-2024', '15-01-2025, 10-10-2025').status).toBe('pass');
  });
  it('fails for an ended school year without one, and names it', () => {
    const v = run('01-10-2024', '15-01-2025');
    expect(v.status).toBe('fail');
    expect(v.params?.jaren).toBe('2025-2026');
  });
  it('does not fail the running school year: it is not over yet', () => {
    expect(run('01-09-2026', '').status).toBe('pass');
    expect(run('01-09-2026', '').message).toBe('opp.evaluatie.pass.plan');
  });
  it('counts a planned (future) date as not yet held', () => {
    expect(run('01-10-2024', '15-01-2025, 01-07-2027').status).toBe('fail');
  });
  it('holds a first school year the OPP ran in for under three months to nothing: its first evaluation comes the year after', () => {
    expect(run('15-06-2025', '10-10-2025, 01-11-2026')).toMatchObject({ status: 'pass', message: 'opp.evaluatie.pass.kort', params: { jaren: '2024-2025' } });
    // Three months or more in that first year: it needed its evaluation.
    expect(run('15-04-2025', '10-10-2025, 01-11-2026').status).toBe('fail');
  });
  it('cannot tell without a start date, or with an impossible one', () => {
    expect(run('', '15-01-2025').status).toBe('review');
    expect(run('31-02-2025', '15-01-2025').status).toBe('review');
  });
  it('uses the consent date as start when the page has no date set', () => {
    const v = evaluatie.check(facts({ instemming: 'akkoord 01-10-2024', evaluatie: '15-01-2025' }), CTX);
    expect(v.status).toBe('fail');
  });
});

describe('opp.termijn', () => {
  it('passes within 42 days', () => {
    expect(termijn.check(facts({ 'datum.inschrijving': '01-09-2025', 'datum.vastgesteld': '13-10-2025' }), CTX).status).toBe('pass');
  });
  it('fails after 42 days only when support was clear from enrolment', () => {
    const base = { 'datum.inschrijving': '01-09-2025', 'datum.vastgesteld': '14-10-2025' } as const;
    expect(termijn.check(facts({ ...base, 'extra-vanaf-start': 'Ja' }), CTX).status).toBe('fail');
    expect(termijn.check(facts({ ...base, 'extra-vanaf-start': 'Nee' }), CTX).status).toBe('pass');
    expect(termijn.check(facts(base), CTX).status).toBe('review');
  });
  it('cannot tell without an enrolment date', () => {
    expect(termijn.check(facts({ 'datum.vastgesteld': '14-10-2025', 'extra-vanaf-start': 'Ja' }), CTX).status).toBe('review');
  });
});

describe('opp.hoorrecht, in sentences', () => {
  it('takes "niet gesproken" for no description, and a description for one', () => {
    const status = (text: string) => hoorrecht.check(facts({ 'datum.vastgesteld': '01-10-2025', hoorrecht: text }), CTX).status;
    expect(status('Niet gesproken')).toBe('fail');
    expect(status('Nog niet besproken met de leerling.')).toBe('fail');
    expect(status('n.v.t.')).toBe('fail');
    expect(status('Not yet asked')).toBe('fail');
    expect(status('Mees vertelde dat hij liever vooraan zit; daarom zit hij nu bij de instructietafel.')).toBe('pass');
    expect(status('Niet gesproken over de uitstroom, wel over de aanpak: hij wil een koptelefoon, dat is afgesproken.')).toBe('pass');
  });
});

describe('opp.evaluatie, in sentences', () => {
  it('counts an evaluation held, not one only planned', () => {
    const status = (text: string) => evaluatie.check(facts({ 'datum.vastgesteld': '01-10-2024', evaluatie: text }), CTX).status;
    expect(status('Geëvalueerd met ouders en leerling op 12-02-2025 en op 15-01-2026. Volgende evaluatie op 10-02-2027.')).toBe('pass');
    // 2025-2026 ended before today (2026-11-28) with its evaluation only planned: not held on
    // the page, but it may have been, so: check, never a fail.
    expect(status('Geëvalueerd op 12-02-2025; de evaluatie van dat jaar stond gepland voor 15-06-2026')).toBe('review');
    expect(status('The next evaluation is scheduled for 15 June 2026, the last was held on 12 February 2025')).toBe('review');
    // No date at all in that year: missed.
    expect(status('Geëvalueerd op 12-02-2025.')).toBe('fail');
  });
});

describe('opp.instemming', () => {
  it('passes on one consent when one parent has gezag', () => {
    expect(instemming.check(facts({ instemming: 'Ja' }), CTX).status).toBe('pass');
  });
  it('needs both parents when two have gezag', () => {
    expect(instemming.check(facts({ instemming: ['ja', 'nee'], gezag: ['ja', 'ja'] }), CTX).status).toBe('fail');
    expect(instemming.check(facts({ instemming: ['ja', 'ja'], gezag: ['ja', 'ja'] }), CTX).status).toBe('pass');
    expect(instemming.check(facts({ instemming: 'ja', gezag: 'beide ouders' }), CTX).status).toBe('review');
  });
  it('fails on a refused consent, reviews an unreadable one', () => {
    expect(instemming.check(facts({ instemming: 'Niet akkoord' }), CTX).status).toBe('fail');
    expect(instemming.check(facts({ instemming: 'zie verslag' }), CTX).status).toBe('review');
  });
  it('never fails on a loosely identified consent field', () => {
    expect(instemming.check(facts({ instemming: [field('', { weak: true })] }), CTX).status).toBe('review');
  });
  it('reads who consented and who holds custody from a sentence', () => {
    const status = (sentence: string) => instemming.check(facts({ instemming: sentence }), CTX).status;
    expect(status('Vader en moeder, beiden met gezag, zijn akkoord sinds 12-10-2025')).toBe('pass');
    expect(status('Moeder heeft als enige met gezag getekend op 03-11-2025')).toBe('pass');
    expect(status('Digitaal ingestemd via Topdossier op 14-10-2025')).toBe('pass');
    // Two with custody, one consented: a fail, as the page says so itself.
    expect(status('Moeder heeft getekend; vader (ook gezag) nog niet')).toBe('fail');
    // One parent named, custody not said: it may be one of two.
    expect(status('Moeder heeft getekend op 03-11-2025')).toBe('review');
    expect(status('Instemming gevraagd op 01-10-2025, nog geen reactie')).toBe('fail');
  });
  it('asks for consent to a revised plan: pending after a revision fails, an older consent is controleren', () => {
    const set = { 'datum.vastgesteld': '9-10-2023', gezag: 'beide ouders' };
    // Both consented to version 1, version 2 (revised later) awaits both: the page says so itself.
    const pending = instemming.check(facts({ ...set, 'datum.bijgesteld': '10-11-2025', instemming: ['Akkoord', 'Akkoord', 'In afwachting', 'In afwachting'] }), CTX);
    expect(pending).toMatchObject({ status: 'fail', message: 'opp.instemming.fail.bijgesteld', params: { datum: '10-11-2025' } });
    // Pending beside given without a revision on the page: which version is unclear.
    expect(instemming.check(facts({ ...set, instemming: ['Akkoord', 'Akkoord', 'In afwachting'] }), CTX).message).toBe('opp.instemming.review.open');
    // All consents dated before the revision: ask, never a fail.
    const older = instemming.check(facts({ ...set, 'datum.bijgesteld': '10-11-2025', instemming: ['Akkoord 16-10-2023', 'Akkoord 17-10-2023'] }), CTX);
    expect(older).toMatchObject({ status: 'review', message: 'opp.instemming.review.bijgesteld', params: { instemming: '17-10-2023' } });
    // Consented after the revision: in order.
    expect(instemming.check(facts({ ...set, 'datum.bijgesteld': '10-11-2025', instemming: ['Akkoord 12-11-2025', 'Akkoord 14-11-2025'] }), CTX).status).toBe('pass');
  });
  it("reads each parent's own tick box and 'ouders' as all parents", () => {
    expect(instemming.check(facts({ gezag: 'beide ouders', instemming: ['ja: Sanne gaat akkoord, ondertekend op 02-10-2025', 'ja: Ruben gaat akkoord, ondertekend op 03-10-2025'] }), CTX).status).toBe('pass');
    expect(instemming.check(facts({ gezag: 'beide ouders', instemming: ['ja: Sanne gaat akkoord, ondertekend op 02-10-2025', 'nee'] }), CTX).status).toBe('fail');
    expect(instemming.check(facts({ gezag: 'beiden', instemming: 'ja: Ouders gaan akkoord met het handelingsdeel' }), CTX).status).toBe('pass');
  });
});

describe('opp.factoren', () => {
  it('takes a combined field for both sides', () => {
    expect(factoren.check(facts({ 'factoren.beide': 'Stimulerend: x. Belemmerend: y.' }), CTX).status).toBe('pass');
  });
  it('names the empty side', () => {
    const v = factoren.check(facts({ 'factoren.belemmerend': 'Werkgeheugen.', 'factoren.bevorderend': 'n.v.t.' }), CTX);
    expect(v).toMatchObject({ status: 'fail', message: 'opp.factoren.fail.bevorderend' });
  });
  it('reviews when one side is not found', () => {
    expect(factoren.check(facts({ 'factoren.belemmerend': 'Werkgeheugen.' }), CTX).status).toBe('review');
  });
});

describe('opp.hoorrecht', () => {
  it('fails when empty on an OPP set after 1 August 2025', () => {
    expect(hoorrecht.check(facts({ hoorrecht: '', 'datum.vastgesteld': '01-09-2025' }), CTX).status).toBe('fail');
  });
  it('reminds, not fails, on an older OPP not yet changed or evaluated since', () => {
    const v = hoorrecht.check(facts({ hoorrecht: '', 'datum.vastgesteld': '01-09-2024', evaluatie: '01-02-2025' }), CTX);
    expect(v).toMatchObject({ status: 'review', message: 'opp.hoorrecht.review.oud' });
  });
  it('fails on an older OPP that was evaluated after 1 August 2025', () => {
    expect(hoorrecht.check(facts({ hoorrecht: '', 'datum.vastgesteld': '01-09-2024', evaluatie: '01-10-2025' }), CTX).status).toBe('fail');
  });
});

describe('opp.verwachtingen', () => {
  it('never fails', () => {
    for (const u of ['lager dan 1F', 'Praktijkonderwijs', 'vmbo-bb', '', 'havo']) {
      expect(verwachtingen.check(facts({ uitstroom: u, 'uitstroom.eerder': 'vwo' }), CTX).status).not.toBe('fail');
    }
  });
  it('reminds when the perspective went down', () => {
    expect(verwachtingen.check(facts({ uitstroom: 'vmbo-kb', 'uitstroom.eerder': 'havo' }), CTX).status).toBe('review');
    expect(verwachtingen.check(facts({ uitstroom: 'havo', 'uitstroom.eerder': 'vmbo-kb' }), CTX).status).toBe('pass');
  });
});

describe('opp.onderwijstijd', () => {
  it('does not apply to an unused, empty section', () => {
    expect(onderwijstijd.check(facts({ otv: '', 'otv.uren': '', 'otv.reden': '' }), CTX).status).toBe('n/a');
    expect(onderwijstijd.check(facts({ otv: 'Nee' }), CTX).status).toBe('n/a');
  });
  it('fails for the empty pieces once the pupil has it', () => {
    const v = onderwijstijd.check(facts({ otv: 'ja', 'otv.reden': 'Ziekte.', 'otv.programma': 'Ochtenden.', 'otv.uren': '', 'otv.opbouw': 'Elke 6 weken meer.' }), CTX);
    expect(v).toMatchObject({ status: 'fail', params: { onderdelen: ['part.otv.uren'] } });
  });
  it('reviews pieces it cannot find', () => {
    expect(onderwijstijd.check(facts({ otv: 'ja', 'otv.reden': 'Ziekte.' }), CTX).status).toBe('review');
  });
  it('flags the empty pieces as the trouble, not the tick box that turned the part on', () => {
    const at = (where: string, value: string) => [field(value, { label: where, where })];
    const v = onderwijstijd.check(facts({ otv: at('vinkje', 'ja'), 'otv.reden': at('reden', 'Ziekte.'), 'otv.programma': at('programma', 'Ochtenden.'), 'otv.uren': at('uren', ''), 'otv.opbouw': at('opbouw', 'nog invullen') }), CTX);
    expect(v.status).toBe('fail');
    expect(v.evidence.filter((e) => e.trouble).map((e) => e.where).sort()).toEqual(['opbouw', 'uren']);
    // The rest stays as evidence ("Waarom?"), unflagged.
    expect(v.evidence.map((e) => e.where)).toContain('vinkje');
  });
});

describe('a part holding only a placeholder', () => {
  it('says what is there ("alleen ‘n.v.t.’ ingevuld"), not that it is empty; a blank part stays "is leeg"', async () => {
    const { default: handelingsdeel } = await import('./opp.handelingsdeel');
    const nvt = handelingsdeel.check(facts({ handelingsdeel: 'n.v.t.' }), CTX);
    expect([nvt.status, nvt.message, nvt.params]).toEqual(['fail', 'opp.fail.placeholder', { waarde: 'n.v.t.' }]);
    const blank = handelingsdeel.check(facts({ handelingsdeel: '' }), CTX);
    expect([blank.status, blank.message]).toEqual(['fail', 'opp.handelingsdeel.fail']);
  });
});

describe('messages that say what the page holds (#25 item 7)', () => {
  it('opp.onderwijstijd: a piece holding only ‘n.v.t.’ is named as such, not "is leeg"', () => {
    const nvt = onderwijstijd.check(facts({ otv: 'ja', 'otv.reden': 'Ziekte.', 'otv.programma': 'Ochtenden.', 'otv.uren': 'n.v.t.', 'otv.opbouw': 'Elke 6 weken meer.' }), CTX);
    expect([nvt.status, nvt.message, nvt.params]).toEqual(['fail', 'opp.onderwijstijd.fail.placeholder', { onderdelen: ['part.otv.uren'], waarde: 'n.v.t.' }]);
    const both = onderwijstijd.check(facts({ otv: 'ja', 'otv.reden': 'Ziekte.', 'otv.programma': '', 'otv.uren': 'n.v.t.', 'otv.opbouw': 'Elke 6 weken meer.' }), CTX);
    expect([both.message, both.params]).toEqual(['opp.onderwijstijd.fail.beide', { onderdelen: ['part.otv.programma'], andere: ['part.otv.uren'], waarde: 'n.v.t.' }]);
    const blank = onderwijstijd.check(facts({ otv: 'ja', 'otv.reden': 'Ziekte.', 'otv.programma': 'Ochtenden.', 'otv.uren': '', 'otv.opbouw': 'Elke 6 weken meer.' }), CTX);
    expect(blank.message).toBe('opp.onderwijstijd.fail');
  });

  it('opp.verwachtingen: "in orde" only for a level it could weigh; a level it cannot tell is not a check made', () => {
    expect(verwachtingen.check(facts({ uitstroom: 'havo' }), CTX)).toMatchObject({ status: 'pass', message: 'opp.verwachtingen.pass' });
    expect(verwachtingen.check(facts({ uitstroom: 'Vervolgonderwijs na groep 8' }), CTX)).toMatchObject({ status: 'n/a', message: 'opp.verwachtingen.na.niveau' });
  });
});
