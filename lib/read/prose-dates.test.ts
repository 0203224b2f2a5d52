// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readOpp } from './opp-reader';

function datesOf(html: string) {
  document.body.innerHTML = html;
  const parts = readOpp(document).facts.parts;
  return { enrol: parts['datum.inschrijving']?.[0]?.values, set: parts['datum.vastgesteld']?.[0]?.values };
}

describe('dates an OPP writes in a sentence', () => {
  it('reads enrolment and set date from one sentence', () => {
    expect(datesOf('<p>Ingeschreven op 26-08-2024; het OPP is vastgesteld op 30-09-2024, omdat de ondersteuning later duidelijk werd.</p>')).toEqual({ enrol: ['2024-08-26'], set: ['2024-09-30'] });
  });
  it('reads written-out dates', () => {
    expect(datesOf('<p>Mees is sinds de zomer bij ons; ingeschreven per 1 september 2025. Het ontwikkelingsperspectief is op 3 oktober 2025 opgesteld... en vastgesteld op 6 oktober 2025.</p>').enrol).toEqual(['2025-09-01']);
  });
  it('leaves a field the page has alone: the field wins over prose', () => {
    const got = datesOf('<label for="d">Datum inschrijving</label><input id="d" value="01-09-2025"><p>Ingeschreven op 26-08-2024 op een andere school, daarna verhuisd.</p>');
    expect(got.enrol).toEqual(['01-09-2025']);
  });
  it('does not take a date that belongs to something else', () => {
    expect(datesOf('<p>De evaluatie is vastgelegd op 12-02-2026 in het verslag van het gesprek met ouders.</p>')).toEqual({ enrol: undefined, set: undefined });
  });
});
