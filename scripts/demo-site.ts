/** The bundled demo pages, at the host names the extension runs on. */
export const DEMO_HOST = 'https://wijs-demo.topdossier.nl';

export const DEMO_PAGES: { url: string; fixture: string; title: string }[] = [
  { url: `${DEMO_HOST}/opp/sem`, fixture: 'opp/a-empty-hoorrecht.html', title: 'OPP met lege onderdelen (tabel)' },
  { url: `${DEMO_HOST}/opp/noor`, fixture: 'opp/b-otv-incomplete.html', title: 'OPP met onderwijstijdverkorting (formulier)' },
  { url: `${DEMO_HOST}/opp/lotte`, fixture: 'opp/c-old-opp.html', title: 'Oud OPP (overzicht)' },
  { url: `${DEMO_HOST}/opp/compleet`, fixture: 'opp/a-wicket-table.html', title: 'Compleet OPP' },
  { url: `${DEMO_HOST}/opp/ingeklapt`, fixture: 'opp/i-accordion.html', title: 'Compleet OPP in ingeklapte delen' },
  { url: `${DEMO_HOST}/dossiers`, fixture: 'opp/e-dossier-list-niveau.html', title: "Lijst met dossiers (leert de OPP's voor de ROD-controle)" },
];
