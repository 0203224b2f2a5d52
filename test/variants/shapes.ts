/**
 * The ways a page shows who the pupil is and what a setting is set to. Families combine
 * them with their own markup for lists, sections and empty states.
 */
import { esc, page, surnameFirst, type PageFacts, type Pupil, type Setting, type Skip } from './facts';

export type IdentityShape =
  | 'header-geboren'
  | 'heading-geb'
  | 'field-comma'
  | 'field-paren'
  | 'field-dots'
  | 'details-table'
  | 'details-dl'
  | 'band-unlabelled'
  | 'breadcrumb'
  | 'crumb-with-date'
  | 'side-card'
  | 'bar-pipes'
  | 'abbr'
  | 'title-dash'
  | 'leerling-line'
  | 'name-parts';

export const IDENTITY_SHAPES: readonly IdentityShape[] = [
  'header-geboren', 'heading-geb', 'field-comma', 'field-paren', 'field-dots', 'details-table', 'details-dl', 'band-unlabelled', 'breadcrumb',
  'crumb-with-date', 'side-card', 'bar-pipes', 'abbr', 'title-dash', 'leerling-line', 'name-parts',
];

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** A dd-mm-jjjj birth date written another way: "14-3-2017", "14 maart 2017", "2017-03-14". */
export function birthAs(birth: string, form: 'short' | 'words' | 'iso'): string {
  const [d, m, y] = birth.split('-').map(Number) as [number, number, number];
  if (form === 'short') return `${d}-${m}-${y}`;
  if (form === 'words') return `${d} ${MONTHS[m - 1]} ${y}`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "Noor van Dijk" → given "Noor", particle "van", surname "Dijk". */
function nameParts(name: string): { given: string; particle: string; surname: string } {
  const words = name.split(' ');
  const at = words.findIndex((w, i) => i > 0 && /^[a-z]/.test(w));
  const split = at > 0 ? at : words.length - 1;
  const rest = words.slice(split);
  const particles = rest.filter((w) => /^[a-z']/.test(w));
  return { given: words.slice(0, split).join(' '), particle: particles.join(' '), surname: rest.filter((w) => !/^[a-z']/.test(w)).join(' ') };
}

/** The pupil's identity block, as one release or theme of the apps would show it. */
/** `title`: what a page titled with the pupil's name is about ("Ontwikkelingsperspectief – …"). */
export function identity(shape: IdentityShape, p: Pupil, title = 'Leerling'): string {
  const name = esc(p.name);
  switch (shape) {
    case 'header-geboren':
      return `<div class="leerlingheader"><h1><span class="naam">${name}</span></h1><span class="geb">geboren ${p.birth}</span> <span class="groep">groep ${p.group}</span></div>`;
    case 'heading-geb':
      return `<div class="pupil-head"><h2 class="pupil-name">${name}</h2><span class="k">Geb.</span> <span class="v">${p.birth}</span> <span class="k">Groep</span> <span class="v">${p.group}</span></div>`;
    case 'field-comma':
      return `<div class="kv"><span class="kv__label">Leerling</span><span class="kv__value">${name}, ${p.birth}</span></div>`;
    case 'field-paren':
      return `<p class="meta"><strong>Leerling:</strong> ${name} (${p.birth})</p>`;
    case 'field-dots':
      return `<div class="field"><label class="field__label">Leerling</label><div class="field__value">${name} · ${p.birth} · groep ${p.group}</div></div>`;
    case 'details-table':
      return `<table class="details"><tbody><tr><th>Naam</th><td>${name}</td></tr><tr><th>Geboortedatum</th><td>${p.birth}</td></tr><tr><th>Groep</th><td>${p.group}</td></tr></tbody></table>`;
    case 'details-dl':
      return `<dl class="pupil"><dt>Naam</dt><dd>${name}</dd><dt>Geboortedatum</dt><dd>${p.birth}</dd><dt>Groep</dt><dd>${p.group}</dd></dl>`;
    case 'band-unlabelled':
      return `<header role="banner" class="topband"><span class="a1">${name}</span><span class="a2">${p.birth}</span><span class="a3">Groep ${p.group}</span></header>`;
    case 'breadcrumb':
      return `<nav aria-label="Kruimelpad"><ol class="crumbs"><li><a href="#">Leerlingen</a></li><li><a href="#">Groep ${p.group}</a></li><li aria-current="page">${esc(surnameFirst(p.name))}</li></ol></nav>
<p class="sub"><span class="sub__k">Geboortedatum</span> <span class="sub__v">${p.birth}</span></p>`;
    case 'crumb-with-date': {
      // The pupil's crumb is not the last one: the page's own name follows it.
      const { given, particle, surname } = nameParts(p.name);
      return `<nav class="breadcrumb-bar" aria-label="Kruimelpad"><ol><li><a href="#">Leerlingen</a></li><li><a href="#">${esc(`${surname}, ${given}${particle ? ` ${particle}` : ''}`)} (${birthAs(p.birth, 'short')})</a></li><li aria-current="page">Onderwijs</li></ol></nav>`;
    }
    case 'side-card':
      return `<aside class="side"><div class="card"><div class="card__title">${name}</div><div class="card__row"><span class="card__k">Geboortedatum</span><span class="card__v">${birthAs(p.birth, 'words')}</span></div><div class="card__row"><span class="card__k">Groep</span><span class="card__v">${p.group}</span></div><div class="card__row"><span class="card__k">Mentor</span><span class="card__v">Juf Anouk Brink</span></div></div></aside>`;
    case 'bar-pipes':
      return `<div class="pupilbar"><strong>${name}</strong> | <span>geb. ${birthAs(p.birth, 'short')}</span> | <span>groep ${p.group}</span></div>`;
    case 'abbr':
      return `<div class="pupil-info"><h2 class="pupil-info__name">${name}</h2><p><abbr title="Geboortedatum">Geb.dat.</abbr> ${birthAs(p.birth, 'iso')} &middot; Groep ${p.group}</p></div>`;
    case 'title-dash':
      return `<h1 class="page-title">${esc(title)} – ${name}</h1><p class="page-sub">Geboortedatum: ${birthAs(p.birth, 'words')}</p>`;
    case 'leerling-line':
      return `<p class="context">Leerling: ${name} · geboortedatum ${p.birth} · ingeschreven 22-08-2022 · leerkracht Bas Meijer</p>`;
    case 'name-parts': {
      const { given, particle, surname } = nameParts(p.name);
      return `<table class="persoon"><tr><th>Achternaam</th><td>${esc(surname)}</td><th>Tussenvoegsel</th><td>${esc(particle)}</td></tr><tr><th>Voornaam</th><td>${esc(given)}</td><th>Geboortedatum</th><td>${birthAs(p.birth, 'iso')}</td></tr></table>`;
    }
  }
}

export type SettingStyle = 'select' | 'radios' | 'radiogroup-aria' | 'segmented' | 'readonly';

let ids = 0;
const id = () => `c${++ids}`;

/** One setting as a labelled control of `style`; a read-only style shows the chosen value as text. */
export function setting(style: SettingStyle, s: Exclude<Setting, null>): string | { skip: string } {
  if (s.kind === 'text') return `<div class="ro"><span class="ro__k">${esc(s.label)}:</span> <span class="ro__v">${esc(s.value)}</span></div>`;
  if (s.kind === 'switch') {
    if (style === 'readonly') return `<div class="ro"><span class="ro__k">${esc(s.label)}:</span> <span class="ro__v">${s.on ? 'Aan' : 'Uit'}</span></div>`;
    const lbl = id();
    return `<div class="sw"><span id="${lbl}">${esc(s.label)}</span><button type="button" role="switch" aria-checked="${s.on}" aria-labelledby="${lbl}" class="toggle"></button></div>`;
  }
  const text = (o: string) => esc(s.explain?.[o] ?? o);
  if (style === 'readonly') {
    if (s.chosen === null) return { skip: 'a read-only view cannot show that no option is chosen' };
    return `<div class="ro"><span class="ro__k">${esc(s.label)}:</span> <span class="ro__v">${text(s.chosen)}</span></div>`;
  }
  if (style === 'select') {
    const c = id();
    const opts = [`<option value=""${s.chosen === null ? ' selected' : ''}>-- kies --</option>`, ...s.options.map((o) => `<option value="${esc(o.toLowerCase())}"${o === s.chosen ? ' selected' : ''}>${text(o)}</option>`)];
    return `<div class="row"><label for="${c}">${esc(s.label)}</label> <select id="${c}" name="${c}">${opts.join('')}</select></div>`;
  }
  if (style === 'radios') {
    const n = id();
    const radios = s.options.map((o) => `<label><input type="radio" name="${n}" value="${esc(o.toLowerCase())}"${o === s.chosen ? ' checked' : ''}> ${text(o)}</label>`);
    return `<fieldset><legend>${esc(s.label)}</legend>${radios.join('<br>')}</fieldset>`;
  }
  if (style === 'radiogroup-aria') {
    const lbl = id();
    const radios = s.options.map((o) => `<div role="radio" tabindex="0" aria-checked="${o === s.chosen}" class="opt">${text(o)}</div>`);
    return `<div class="grp"><div id="${lbl}" class="grp__label">${esc(s.label)}</div><div role="radiogroup" aria-labelledby="${lbl}">${radios.join('')}</div></div>`;
  }
  // Segmented buttons: the chosen one is pressed.
  const lbl = id();
  const buttons = s.options.map((o) => `<button type="button" aria-pressed="${o === s.chosen}" class="seg${o === s.chosen ? ' seg--on' : ''}">${text(o)}</button>`);
  return `<div class="segmented"><span id="${lbl}" class="segmented__label">${esc(s.label)}</span><div role="group" aria-labelledby="${lbl}">${buttons.join('')}</div></div>`;
}

/** Both settings of a settings page in one style, or the reason the style cannot show them. */
export function settingsBody(style: SettingStyle, twoFa: Setting, retention: Setting): string | { skip: string } {
  const parts = [twoFa, retention].filter((s): s is Exclude<Setting, null> => s !== null).map((s) => setting(style, s));
  const skip = parts.find((p): p is { skip: string } => typeof p !== 'string');
  return skip ?? (parts as string[]).join('\n');
}

/** A settings page of a family: its settings in `style`, inside the family's own frame. */
export function settingsPage(style: SettingStyle, f: Extract<PageFacts, { kind: 'settings' }>, title: string, frame: (body: string) => string): string | Skip {
  const body = settingsBody(style, f.twoFa, f.retention);
  return typeof body === 'string' ? page(title, frame(body)) : body;
}
