import { ParnassysFactsSchema, type ParnassysFacts } from '../facts/parnassys-facts';
import { judge } from '../judge/judge';
import { PARNASSYS_RULES } from '../judge/parnassys-rules';
import { parsePeriods } from '../judge/arrangement-periods';
import { readParnassys } from '../read/parnassys-reader';
import { readDocuments } from '../read/documents-reader';
import { pageOutline } from '../read/page-lists';
import { pageLevelNames } from '../read/page-names';
import { oppSignals, readPupil } from '../read/pupil-reader';
import { result, type Base, type PageCheck } from './core';

/** ParnasSys pupil pages: Passend onderwijs, a ROD message, any other pupil page. */
export function checkParnassys(doc: Document, base: Base): PageCheck | null {
  const pupil = base.options.pupilOnPage !== undefined ? base.options.pupilOnPage : readPupil(doc);
  const reading = readParnassys(doc, base.options.extraArrangementTerms, pupil?.birth ?? null);
  // Not Passend onderwijs nor ROD: the pupil's dossier of documents, when the page is one.
  const outline = reading.kind ? null : pageOutline(doc);
  const documents = outline ? readDocuments(doc, outline, pageLevelNames(doc), pupil?.birth ?? null) : null;
  const kind = reading.kind ?? (documents ? 'documents' : pupil ? 'student' : null);
  if (!kind) return null;
  const memory = base.options.pupil;
  // An OPP's PDF in the dossier may be years old: on the dossier page it says no OPP runs now.
  const signals = oppSignals(doc).filter((s) => kind !== 'documents' || s !== 'document');
  const opp: ParnassysFacts['opp'] = memory?.opp
    ? { known: true, how: memory.opp.how, ...(memory.opp.start ? { start: memory.opp.start } : {}), ...(memory.opp.medical ? { medical: memory.opp.medical } : {}) }
    : signals.length
      ? { known: true, how: 'page' }
      : { known: false };
  const facts = ParnassysFactsSchema.parse({
    kind,
    arrangements: reading.arrangements,
    formOpen: reading.formOpen,
    ...(reading.listWhere ? { listWhere: reading.listWhere, listLabel: reading.listLabel ?? '' } : {}),
    ...(reading.listUnreadable ? { listUnreadable: true } : {}),
    rodPerspectives: reading.rodPerspectives,
    ...(reading.rodList ? { rodList: true } : {}),
    ...(reading.rodWhere ? { rodWhere: reading.rodWhere, rodLabel: reading.rodLabel ?? '' } : {}),
    opp,
    remembered: memory?.remembered ?? null,
    ...(memory?.basis ? { basis: true } : {}),
    ...(documents ? { documents: { list: documents.documents, where: documents.where, label: documents.label } } : {}),
  });
  const periods = reading.arrangements ? parsePeriods(reading.arrangements, base.ctx.today) : null;
  const anchors = reading.anchors;
  if (documents) for (const [where, el] of documents.anchors) anchors.set(where, el);
  return result(base, kind, judge(PARNASSYS_RULES[kind], facts, base.ctx, base.lang), {
    anchors,
    pupil,
    periods: periods && periods.unreadable.length === 0 ? periods.periods : null,
  });
}

checkParnassys.reads = ['arrangement', 'pupil'] as const;
