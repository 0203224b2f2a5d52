/**
 * Pages built for the families the overlay must hold in (issue #27), shared by the Chromium
 * and the Firefox e2e: a form in a same-origin frame, a part in a modal <dialog>, the
 * arrangement form of ParnasSys in a modal <dialog>, and a single-page app that swaps its
 * view and pushes its address without a page load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

export const TD = 'https://wijs-demo.topdossier.nl';
export const PS = 'https://wijs.parnassys.net';

const fixture = (file: string) => readFileSync(join(ROOT, 'test/fixtures', file), 'utf8');
const headOf = (html: string) => html.slice(0, html.indexOf('<body>') + 6);
const bodyOf = (html: string) => html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';

/** The whole OPP form (complete) in a same-origin iframe below the page's own header (an older portal's way). */
export const URL_FORM_FRAME = `${TD}/dossier/603/opp`;
export const URL_FORM = `${TD}/dossier/603/opp-formulier`;
export const formFramePage = () => `${headOf(fixture('opp/a-wicket-table.html'))}<header><h1>Ontwikkelingsperspectiefplan</h1></header>
<iframe id="formulier" src="${URL_FORM}" title="OPP" style="position:absolute;left:220px;top:140px;width:900px;height:1400px;border:4px solid #ccc;padding:6px"></iframe></body></html>`;
export const formPage = () => fixture('opp/a-wicket-table.html');

/** An OPP whose hoorrecht part is edited in a modal dialog, open as the page loads (an "edit this part" window). */
export const URL_OPP_DIALOG = `${TD}/dossier/604/opp`;
const HOORRECHT_ROW = /<tr><td class="lbl">(Hoe is de mening van de leerling meegenomen\?)<\/td><td>(<textarea[^>]*><\/textarea>)<\/td><\/tr>/;
export const oppDialogPage = () => {
  const html = fixture('opp/a-empty-hoorrecht.html');
  const [row, label, textarea] = HOORRECHT_ROW.exec(html)!;
  const dialog = `<dialog id="deel" aria-labelledby="deel-titel" style="width:640px"><h2 id="deel-titel">Hoorrecht bewerken</h2>
<p><label for="id48">${label}</label></p><p>${textarea!.replace('<textarea', '<textarea rows="4" cols="60"')}</p>
<p><button type="button" onclick="this.closest('dialog').close()">Sluiten</button></p></dialog>`;
  return html
    .replace(row, '')
    .replace('</form>', `</form>${dialog}<script>document.getElementById('deel').showModal();</script>`);
};

/** ParnasSys' Passend onderwijs page whose "Onderwijsarrangement toevoegen" opens the form in a modal dialog. */
export const URL_PS_DIALOG = `${PS}/bao/leerling/passend?11-1.ILinkListener-subtabs-1`;
export const psDialogPage = () => {
  const form = /<form[\s\S]*<\/form>/.exec(fixture('site/ps/arrangement-form.html'))![0]
    // The dialog's form closes the dialog; no page load.
    .replace(/<form method="post" action="[^"]*"/, '<form method="dialog"')
    .replace(/<a href="[^"]*">Annuleren<\/a>/, '');
  return fixture('site/ps/passend-leeg.html').replace(
    /<p><a href="[^"]*" id="id33" class="button">Onderwijsarrangement toevoegen<\/a><\/p>/,
    `<p><button type="button" id="id33" onclick="document.getElementById('toevoegen').showModal()">Onderwijsarrangement toevoegen</button></p>
<dialog id="toevoegen" aria-labelledby="toevoegen-titel"><h2 id="toevoegen-titel">Nieuw onderwijsarrangement</h2>${form}</dialog>`,
  );
};

/**
 * A single-page app: one shell at every address; links push the address and swap the view
 * (title and <body> content), back and forward swap it back, no page ever loads.
 */
export const SPA_ROUTES: Record<string, string> = {
  '/app/': 'site/td/home.html',
  '/app/instellingen': 'site/td/instellingen.html',
  '/app/instellingen/school': 'settings/s-select-table-off.html',
  '/app/dossier/9/opp': 'opp/a-empty-hoorrecht.html',
  '/app/dossier/10/opp': 'opp/a-wicket-table.html',
  '/app/dossier/91/opp': 'opp/p-unknown-labels.html',
};
/** ParnasSys as a single-page app: a pupil's Passend onderwijs, and the start page. */
export const PS_SPA_ROUTES: Record<string, string> = {
  '/app/start': 'site/ps/start.html',
  '/app/leerling/passend': 'site/ps/passend-leeg.html',
};
/** The app's shell; its first route is its home. */
export const spaShell = (routes: Record<string, string>) => {
  const home = Object.keys(routes)[0]!;
  const views = Object.fromEntries(
    Object.entries(routes).map(([path, file]) => {
      const html = fixture(file);
      // The app's own links stay in the app; Topdossier's home view links to an OPP too.
      const body = bodyOf(html).replace(/href="\/(?!app\/)/g, 'href="/app/').replace('</main>', '<p><a href="/app/dossier/9/opp">OPP van Sem</a></p></main>');
      return [path, { title: titleOf(html), body }];
    }),
  );
  // JSON with every "<" escaped: no view's markup can close the script early.
  const data = JSON.stringify(views).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>App</title></head><body><div id="app"></div>
<script>
const views = ${data};
function show() {
  const view = views[location.pathname] || views['${home}'];
  document.title = view.title;
  document.getElementById('app').innerHTML = view.body;
}
document.addEventListener('click', (e) => {
  const a = e.target.closest && e.target.closest('a[href^="/app/"]');
  if (!a) return;
  e.preventDefault();
  history.pushState(null, '', a.getAttribute('href'));
  show();
});
addEventListener('popstate', show);
/** The router's own ways to another view: pushed (a link) or replaced (a redirect). */
window.pushView = (path) => { history.pushState(null, '', path); show(); };
window.replaceView = (path) => { history.replaceState(null, '', path); show(); };
show();
</script></body></html>`;
};
export const spaSite = (host = TD, routes = SPA_ROUTES) => Object.fromEntries(Object.keys(routes).map((path) => [`${host}${path}`, () => spaShell(routes)]));
