/**
 * The routed site the guide tests walk: Topdossier and ParnasSys fixture pages at their
 * real host names, with forms that post back a page showing what was saved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { ROOT, type Site } from './harness';

export const TD = 'https://wijs-demo.topdossier.nl';
export const PS = 'https://wijs.parnassys.net';

const fixture = (file: string) => readFileSync(join(ROOT, 'test/fixtures', file), 'utf8');
const form = (r: Request) => new URLSearchParams(r.postData() ?? '');

/** The school settings page showing what the form posted. */
function savedSettings(r: Request): string {
  const data = form(r);
  let html = fixture('settings/s-select-table-off.html').replace(/ selected>/g, '>');
  html = html.replace(`<option value="${data.get('twofa')}">`, `<option value="${data.get('twofa')}" selected>`);
  html = html.replace(`<option value="${data.get('bewaar')}">`, `<option value="${data.get('bewaar')}" selected>`);
  return html.replace('<h1>Schoolinstellingen</h1>', '<h1>Schoolinstellingen</h1>\n<p role="status">De instellingen zijn opgeslagen.</p>');
}

/** The Passend onderwijs page with the arrangement the form posted. */
export function savedArrangement(r: Request): string {
  const data = form(r);
  const row = `<tr><td>${data.get('begindatum')}</td><td>${data.get('einddatum') ?? ''}</td><td>${data.get('opmerkingen') ?? ''}</td><td>${data.get('begeleider') ?? ''}</td><td>${data.get('swv') ? 'SWV Utrecht PO' : ''}</td></tr>`;
  return fixture('site/ps/passend-leeg.html').replace('<tr><td colspan="5">Geen onderwijsarrangementen</td></tr>', row);
}

export function guideSite(extra: Site = {}): Site {
  return {
    [`${TD}/`]: 'site/td/home.html',
    [`${TD}/instellingen`]: 'site/td/instellingen.html',
    [`${TD}/instellingen/school`]: (r) => (r.method() === 'POST' ? savedSettings(r) : fixture('settings/s-select-table-off.html')),
    [`${TD}/profiel`]: 'site/td/profiel.html',
    [`${TD}/profiel/2fa`]: 'site/td/2fa.html',
    [`${TD}/profiel/2fa/klaar`]: 'site/td/2fa-klaar.html',
    [`${TD}/opp/overzicht`]: 'site/td/opp-overzicht.html',
    [`${PS}/bao/start`]: 'site/ps/start.html',
    [`${PS}/bao/leerling/zoeken?0-1.ILinkListener-menu-leerling`]: 'site/ps/leerling-zoeken.html',
    [`${PS}/bao/leerling/kaart?1-1.ILinkListener-lijst-0`]: 'site/ps/leerling-kaart.html',
    [`${PS}/bao/leerling/kaart?1-1.ILinkListener-tabs-0`]: 'site/ps/leerling-kaart.html',
    [`${PS}/bao/leerling/onderwijs?1-1.ILinkListener-tabs-2`]: 'site/ps/onderwijs.html',
    [`${PS}/bao/leerling/personalia?1-1.ILinkListener-tabs-1`]: 'site/ps/personalia.html',
    [`${PS}/bao/leerling/dossier?1-1.ILinkListener-tabs-4`]: 'site/ps/dossier.html',
    [`${PS}/bao/leerling/passend?1-1.ILinkListener-subtabs-1`]: 'site/ps/passend-leeg.html',
    [`${PS}/bao/leerling/passend/toevoegen?3-1.ILinkListener-toevoegen`]: 'site/ps/arrangement-form.html',
    [`${PS}/bao/leerling/passend?4-1.IFormSubmitListener-form`]: savedArrangement,
    [`${PS}/bao/leerling/rod?5-1.ILinkListener-subtabs-3`]: 'site/ps/rod.html',
    [`${PS}/bao/leerling/rod/bericht?6-1.ILinkListener-lijst-0`]: 'site/ps/rod-bericht.html',
    [`${PS}/bao/leerling/dossier/toevoegen?7-1.ILinkListener`]: 'site/ps/dossier-toevoegen.html',
    [`${PS}/bao/leerling/dossier?8-1.IFormSubmitListener`]: 'site/ps/dossier.html',
    [`${PS}/bao/leerling/dynamisch?2-1.ILinkListener`]: 'site/ps/dynamisch.html',
    [`${PS}/bao/leerling/dynamisch/kolommen?9-1.ILinkListener`]: 'site/ps/kolommen.html',
    [`${PS}/bao/leerling/dynamisch?10-1.IFormSubmitListener`]: 'site/ps/dynamisch.html',
    ...extra,
  };
}
