import { ParnassysFactsSchema, type ParnassysFacts } from '../facts/parnassys-facts';
import { judge } from '../judge/judge';
import { PARNASSYS_RULES } from '../judge/parnassys-rules';
import { parsePeriods } from '../judge/rules/arrangement-periods';
import { readParnassys } from '../read/parnassys-reader';
import { oppSignals, readPupil } from '../read/pupil-reader';
import { result, type Base, type PageCheck } from './core';

/** ParnasSys pupil pages: Passend onderwijs, a ROD message, any other pupil page. */
export function checkParnassys(doc: Document, base: Base): PageCheck | null {
  const pupil = base.options.pupilOnPage !== undefined ? base.options.pupilOnPage : readPupil(doc);
  const reading = readParnassys(doc, base.options.extraArrangementTerms, pupil?.birth ?? null);
  const kind = reading.kind ?? (pupil ? 'student' : null);
  if (!kind) return null;
  const memory = base.options.pupil;
  const signals = oppSignals(doc);
  const opp: ParnassysFacts['opp'] = memory?.opp
    ? { known: true, how: memory.opp.how, ...(memory.opp.start ? { start: memory.opp.start } : {}) }
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
    opp,
    remembered: memory?.remembered ?? null,
  });
  const periods = reading.arrangements ? parsePeriods(reading.arrangements, base.ctx.today) : null;
  return result(base, kind, judge(PARNASSYS_RULES[kind], facts, base.ctx, base.lang), {
    anchors: reading.anchors,
    pupil,
    periods: periods && periods.unreadable.length === 0 ? periods.periods : null,
  });
}

checkParnassys.reads = ['arrangement', 'pupil'] as const;
