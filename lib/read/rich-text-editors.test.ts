// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readOpp } from './opp-reader';

/** CKEditor 5 as it renders: the page's textarea hidden with its label, the editing area named after the editor. */
const ckeditor = (label: string, body: string) => `<div class="form-group"><label for="src">${label}</label>
<textarea id="src" name="src" style="display:none"></textarea>
<div class="ck ck-editor" role="application" aria-labelledby="voice"><label class="ck ck-voice-label" id="voice">Tekstverwerker</label>
<div class="ck ck-editor__top"><div class="ck ck-toolbar" role="toolbar" aria-label="Werkbalk"><button type="button"><span>Vet</span></button></div></div>
<div class="ck ck-editor__main"><div class="ck-content ck-editor__editable" role="textbox" aria-label="Tekstverwerker. Bewerkingsgebied: hoofd" contenteditable="true">${body}</div></div></div></div>`;

/** Quill: a toolbar of buttons between the label and the editing area. */
const quill = (label: string, body: string) => `<div class="form-group"><div class="lbl">${label}</div>
<div class="ql-toolbar ql-snow"><span class="ql-formats"><button type="button" class="ql-bold" aria-label="Vet"></button></span></div>
<div class="ql-container"><div class="ql-editor" contenteditable="true">${body}</div></div></div>`;

function hoorrecht(html: string) {
  document.body.innerHTML = html;
  return readOpp(document).facts.parts.hoorrecht;
}

describe('rich-text editors: the editing area is the value, named by the page\'s own label', () => {
  it.each([['CKEditor', ckeditor], ['Quill', quill]] as const)('%s with text', (_, editor) => {
    const got = hoorrecht(editor('Hoorrecht', '<p>Fenna wil een rustige plek; die heeft ze nu.</p>'));
    expect(got?.map((f) => [f.label, f.values])).toEqual([['Hoorrecht', ['Fenna wil een rustige plek; die heeft ze nu.']]]);
  });
  it.each([['CKEditor', ckeditor, '<p><br data-cke-filler="true"></p>'], ['Quill', quill, '<p><br></p>']] as const)('%s left empty reads empty (no toolbar or editor name as content)', (_, editor, empty) => {
    const got = hoorrecht(editor('Hoorrecht', empty));
    expect(got?.map((f) => f.values.join('').trim())).toEqual(['']);
  });
  it('an editor with its own real aria-label keeps it', () => {
    const got = hoorrecht('<div role="textbox" contenteditable="true" aria-label="Mening van de leerling"><p>Wil meer pauzes.</p></div>');
    expect(got?.[0]?.label).toBe('Mening van de leerling');
  });
});
