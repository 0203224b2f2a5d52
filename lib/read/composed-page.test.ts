// @vitest-environment jsdom
/** Open shadow roots and same-origin frames are read as the user sees them, and marked on the page's own elements. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkPage } from '../check-page';
import { composedPage } from './composed-page';

const URL_OPP = 'https://a.topdossier.nl/opp/1';
const fixture = readFileSync(join(import.meta.dirname, '../../test/fixtures/opp/a-wicket-table.html'), 'utf8');
const oppBody = fixture.slice(fixture.indexOf('<body>') + 6, fixture.indexOf('</body>'));
const HOORRECHT_TEXT = 'Sem gaf in het leerlinggesprek aan dat hij liever in een klein groepje werkt; dat is in de aanpak opgenomen.';
const check = () => checkPage(document, { url: URL_OPP, today: '2026-11-28', loaded: true });
const status = (rule: string) => check().report.findings.find((f) => f.rule === rule)?.status;
const anchorOf = (rule: string) => {
  const c = check();
  const where = c.report.findings.find((f) => f.rule === rule)?.evidence?.[0]?.where;
  return where ? c.anchors.get(where) : undefined;
};

beforeEach(() => {
  document.head.innerHTML = '<title>Ontwikkelingsperspectiefplan</title>';
  document.body.innerHTML = '';
});

describe('a page without shadow roots or frames', () => {
  it('is read as it is, not copied', () => {
    document.body.innerHTML = oppBody;
    expect(composedPage(document)).toMatchObject({ doc: document, composed: false });
  });
});

describe('open shadow roots', () => {
  it('reads an OPP rendered inside a web component\'s shadow root as the same OPP on a plain page', () => {
    document.body.innerHTML = oppBody;
    const plain = check().report.findings.map((f) => [f.rule, f.status]);
    document.body.innerHTML = '<opp-app></opp-app>';
    document.querySelector('opp-app')!.attachShadow({ mode: 'open' }).innerHTML = oppBody;
    expect(check().report.findings.map((f) => [f.rule, f.status])).toEqual(plain);
  });

  it('marks the field inside the shadow root, not the host', () => {
    document.body.innerHTML = '<opp-app></opp-app>';
    const root = document.querySelector('opp-app')!.attachShadow({ mode: 'open' });
    root.innerHTML = oppBody;
    root.querySelector('textarea[name$="hoorrecht"]')!.textContent = '';
    expect(status('opp.hoorrecht')).toBe('fail');
    const anchor = anchorOf('opp.hoorrecht');
    expect(anchor?.getRootNode()).toBe(root);
    expect(root.contains(anchor!)).toBe(true);
  });

  it('fills slots with what the page assigns to them (a label slotted into a field component)', () => {
    customElementsDefine();
    document.body.innerHTML = oppBody.replace(/<tr><td class="lbl">Hoe is de mening van de leerling meegenomen\?<\/td><td><textarea[^>]*>[^<]*<\/textarea><\/td><\/tr>/, '');
    const field = document.createElement('x-text-field');
    field.innerHTML = '<span slot="label">Hoe is de mening van de leerling meegenomen?</span>';
    document.body.appendChild(field);
    const root = field.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="t"><slot name="label">Veld</slot></label><textarea id="t"></textarea>';
    expect(status('opp.hoorrecht')).toBe('fail');
    // What the user typed (the value, not the markup) counts.
    root.querySelector('textarea')!.value = HOORRECHT_TEXT;
    expect(status('opp.hoorrecht')).toBe('pass');
  });
});

describe('same-origin frames', () => {
  const withEditor = (body: string) => {
    document.body.innerHTML = oppBody.replace(/<textarea name="oppForm:rows:9:hoorrecht"[^>]*>[^<]*<\/textarea>/, '<div class="tox tox-tinymce"><iframe id="hoorrecht_ifr" title="Rich Text Area"></iframe></div>');
    const frame = document.querySelector('iframe')!;
    const inner = frame.contentDocument!;
    inner.body.id = 'tinymce';
    inner.body.setAttribute('contenteditable', 'true');
    inner.body.innerHTML = body;
    return frame;
  };

  it('reads a TinyMCE editor\'s frame as the value of the field its label names', () => {
    withEditor(`<p>${HOORRECHT_TEXT}</p>`);
    expect(status('opp.hoorrecht')).toBe('pass');
  });

  it('an empty editor frame is an empty field, marked on the frame', () => {
    const frame = withEditor('<p><br data-mce-bogus="1"></p>');
    expect(status('opp.hoorrecht')).toBe('fail');
    expect(anchorOf('opp.hoorrecht')).toBe(frame);
  });

  it('an empty frame (not loaded, or another origin) is not read as the part being empty', () => {
    document.body.innerHTML = '<h1>Ontwikkelingsperspectiefplan</h1><iframe title="OPP"></iframe>';
    expect(check().report.findings.every((f) => f.status !== 'fail')).toBe(true);
  });
});

/** jsdom needs no real definition to attach a shadow root to a custom element; this keeps the intent explicit. */
function customElementsDefine() {
  if (!customElements.get('x-text-field')) customElements.define('x-text-field', class extends HTMLElement {});
}

describe('OPP-wijzer\'s own layer', () => {
  it('is no shadow root of the page: a page with only our layer is read as it is, and our words are never read', () => {
    document.body.innerHTML = oppBody;
    const host = document.createElement('opp-wijzer-layer');
    host.setAttribute('data-opp-wijzer', '');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<aside><h2>Mening van de leerling (hoorrecht)</h2><p>Ontbreekt</p></aside>';
    expect(composedPage(document).composed).toBe(false);
  });
});

describe('the form state a composed copy keeps', () => {
  const inShadow = (html: string) => {
    document.body.innerHTML = oppBody;
    const host = document.createElement('x-extra');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = html;
    return root;
  };
  it('a chosen file does not break the copy; an emptied textarea reads empty in text too; ticks and choices are kept', () => {
    const root = inShadow('<input type="file" id="f"><textarea id="t">oude tekst</textarea><input type="checkbox" id="c"><select id="s"><option>a</option><option>b</option></select>');
    const file = root.getElementById('f') as HTMLInputElement;
    Object.defineProperty(file, 'value', { get: () => 'C:\\fakepath\\opp.pdf', configurable: true });
    (root.getElementById('t') as HTMLTextAreaElement).value = '';
    (root.getElementById('c') as HTMLInputElement).checked = true;
    (root.getElementById('s') as HTMLSelectElement).selectedIndex = 1;
    const page = composedPage(document);
    expect(page.composed).toBe(true);
    const copy = page.doc;
    expect(copy.getElementById('t')!.textContent).toBe('');
    expect((copy.getElementById('c') as HTMLInputElement).checked).toBe(true);
    expect((copy.getElementById('s') as HTMLSelectElement).value).toBe('b');
  });
});

describe('typing in a composed page', () => {
  it('re-reads only the typed field in the copy, and still marks the field on the page', () => {
    document.body.innerHTML = '<opp-app></opp-app>';
    const root = document.querySelector('opp-app')!.attachShadow({ mode: 'open' });
    root.innerHTML = oppBody;
    const first = check();
    expect(first.report.findings.find((f) => f.rule === 'opp.hoorrecht')?.status).toBe('pass');
    const field = root.querySelector('textarea[name$="hoorrecht"]') as HTMLTextAreaElement;
    field.value = '';
    const next = first.recheck?.(field);
    expect(next, 'a typed field in a shadow root is re-read alone').toBeTruthy();
    const finding = next!.report.findings.find((f) => f.rule === 'opp.hoorrecht')!;
    expect(finding.status).toBe('fail');
    expect(next!.anchors.get(finding.evidence[0]!.where)).toBe(field);
  });
});
