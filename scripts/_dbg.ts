import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { readPupil, oppSignals } from '../lib/read/pupil-reader';
import { fold } from '../lib/text';
for (const f of ['ps-kaart', 'ps-passend-blocks']) {
  const dom = new JSDOM(readFileSync(`test/fixtures/parnassys/${f}.html`, 'utf8'), { url: 'https://wijs.parnassys.net/bao/x' });
  const d = dom.window.document;
  console.log(f, JSON.stringify(readPupil(d)), oppSignals(d), fold(d.body.textContent ?? '').slice(-120));
}
