/**
 * The ParnasSys reader reads by the page's outline: what a section is named decides what its
 * dates are. Each case is one principle, checked through the whole pipeline as the extension
 * runs it, with the pupil's OPP known (it was opened in Topdossier).
 */
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../cli/check-html';

const HEAD = '<div class="kop"><h1>Noor van Dijk</h1><span>geboren 14-03-2017</span></div>';
const URL = 'https://wijs.parnassys.net/bao/leerling/onderwijs?4-1.ILinkListener-tabs';

function findings(body: string, oppKnown = true) {
  const { report } = checkHtml(`<!DOCTYPE html><html><head><title>ParnasSys</title></head><body>${HEAD}${body}</body></html>`, {
    url: URL,
    today: '2026-12-02',
    ...(oppKnown ? { pupil: { opp: { how: 'topdossier' as const } } } : {}),
  });
  return { page: report.page, ...Object.fromEntries(report.findings.map((f) => [f.rule, f.status])) };
}

const LOOPBAAN = '<h3>Schoolloopbaan</h3><table><thead><tr><th>Groep</th><th>Van</th><th>Tot</th></tr></thead><tbody><tr><td>5</td><td>24-08-2026</td><td></td></tr><tr><td>Rekengroep</td><td>14-09-2026</td><td></td></tr></tbody></table>';
const EMPTY = '<h3>Passend onderwijs</h3><table><thead><tr><th>Begindatum</th><th>Einddatum</th></tr></thead><tbody><tr><td colspan="2">Geen resultaten gevonden</td></tr></tbody></table>';
const RUNNING = '<h3>Passend onderwijs</h3><table><thead><tr><th>Begindatum</th><th>Einddatum</th></tr></thead><tbody><tr><td>01-10-2026</td><td>31-07-2027</td></tr></tbody></table>';

describe('arrangements, read by the sections that name them', () => {
  it('leaves another section\'s open rows out: no false overlap, and an empty list beside them is empty', () => {
    expect(findings(`<h2>Onderwijs</h2>${RUNNING}${LOOPBAAN}`)).toEqual({ page: 'arrangements', 'rod.arrangement': 'pass', 'rod.einddatum': 'pass', 'rod.overlap': 'pass' });
    expect(findings(`<h2>Onderwijs</h2>${EMPTY}${LOOPBAAN}<h3>Absentie</h3><p>12-11-2026 ziek</p>`)).toEqual({ page: 'arrangements', 'rod.arrangement': 'fail', 'rod.einddatum': 'n/a', 'rod.overlap': 'n/a' });
  });

  it('does not read a table of another section as arrangements, even collapsed', () => {
    const collapsed = `<details><summary>Schoolloopbaan</summary><table><tr><th>Begindatum</th><th>Einddatum</th></tr><tr><td>24-08-2026</td><td></td></tr><tr><td>14-09-2026</td><td></td></tr></table></details>`;
    expect(findings(`${EMPTY}${collapsed}`)).toMatchObject({ 'rod.arrangement': 'fail', 'rod.overlap': 'n/a' });
  });

  it('says it cannot read a Passend onderwijs section whose own dates it cannot follow, never "none"', () => {
    expect(findings('<h3>Passend onderwijs</h3><table><tr><th>Aanvang</th><th>Afloop</th></tr><tr><td>01-10-2026</td><td></td></tr></table>')).toMatchObject({ 'rod.arrangement': 'review' });
  });

  it('reads a Passend onderwijs panel hidden behind another tab', () => {
    const tabs = `<div role="tablist"><button role="tab" aria-selected="true" aria-controls="p1">Schoolloopbaan</button><button role="tab" aria-selected="false" aria-controls="p2">Passend onderwijs</button></div>
<div role="tabpanel" id="p1">${LOOPBAAN}</div><div role="tabpanel" id="p2" hidden><table><tr><th>Begindatum</th><th>Einddatum</th></tr><tr><td>01-10-2026</td><td>–</td></tr></table></div>`;
    expect(findings(tabs)).toEqual({ page: 'arrangements', 'rod.arrangement': 'pass', 'rod.einddatum': 'review', 'rod.overlap': 'pass' });
  });

  it('reads the empty and filtered states written as sentences', () => {
    const filtered = '<h3>Passend onderwijs</h3><span id="l">Toon ook beëindigde</span><button role="switch" aria-checked="false" aria-labelledby="l"></button><ul class="feedbackPanel"><li class="feedbackPanelINFO"><span>Er zijn geen lopende onderwijsarrangementen voor deze leerling.</span></li></ul>';
    expect(findings(filtered)).toEqual({ page: 'arrangements', 'rod.arrangement': 'fail', 'rod.einddatum': 'n/a', 'rod.overlap': 'n/a' });
    const illustrated = '<h3>Onderwijsarrangementen</h3><div class="empty"><svg aria-hidden="true"></svg><p>Er zijn nog geen onderwijsarrangementen vastgelegd.</p></div>';
    expect(findings(illustrated)).toMatchObject({ 'rod.arrangement': 'fail' });
  });

  it('reads only ended arrangements as none running', () => {
    const ended = '<h3>Passend onderwijs</h3><div class="card"><p>Begindatum: 01-08-2024</p><p>Einddatum: 11-07-2025</p><p>Status: Afgesloten</p></div>';
    expect(findings(ended)).toEqual({ page: 'arrangements', 'rod.arrangement': 'fail', 'rod.einddatum': 'pass', 'rod.overlap': 'pass' });
  });

  it('reads periods in words and an end written "–" as no end date yet', () => {
    expect(findings('<h3>Passend onderwijs</h3><p>Periode: 1 augustus 2026 t/m 31 juli 2027</p>')).toMatchObject({ 'rod.arrangement': 'pass', 'rod.einddatum': 'pass' });
    expect(findings('<h3>Passend onderwijs</h3><ul><li>Arrangement SWV, sinds 15 september 2026 <span>Lopend</span></li></ul>')).toMatchObject({ 'rod.arrangement': 'pass', 'rod.einddatum': 'review' });
    expect(findings('<h3>Passend onderwijs</h3><table><tr><th>Begindatum</th><th>Einddatum</th></tr><tr><td>01-10-2026</td><td>-</td></tr></table>')).toMatchObject({ 'rod.arrangement': 'pass', 'rod.einddatum': 'review' });
  });
});

describe('ROD messages: a list is not one of its items', () => {
  const LIST = '<h2>ROD-berichten</h2><table><thead><tr><th>Datum</th><th>Berichttype</th><th>Status</th></tr></thead><tbody><tr><td>03-10-2026</td><td>Inschrijving PO aanleveren</td><td>Verwerkt</td></tr></tbody></table>';
  it('judges no message on the list (n/a), and judges the one opened', () => {
    expect(findings(LIST)).toEqual({ page: 'rod', 'rod.melding': 'n/a' });
    const opened = '<h2>ROD-bericht</h2><table><tr><th>Berichttype</th><td>Inschrijving PO aanleveren</td></tr></table><h3>Ontwikkelingsperspectief</h3><p>Begindatum: 01-10-2026</p>';
    expect(findings(opened)).toEqual({ page: 'rod', 'rod.melding': 'pass' });
    expect(findings(`${LIST}<h3>Geopend bericht</h3><p>Berichttype: Inschrijving PO aanleveren</p><h4>Ontwikkelingsperspectief</h4><p>Begindatum: 01-10-2026</p>`)).toEqual({ page: 'rod', 'rod.melding': 'pass' });
  });
});
