/**
 * docs/regels.md#topdossier: each year the approved OPP is downloaded as PDF and kept in the
 * pupil's dossier in ParnasSys. On the dossier page, for a pupil with a known OPP: *in orde* when
 * a document of this school year is recognisably the OPP; otherwise *controleren*, never
 * *ontbreekt*: schools name their documents freely.
 */
import type { ParnassysFacts } from '../../facts/parnassys-facts';
import type { Rule, RuleFixtures, RuleMeta, Verdict } from '../rule';
import { schoolYearOf } from '../school-year';
import { ofThisSchoolYear } from '../yearly-cycle';

export const meta = { id: 'rod.pdf', page: 'documents', source: 'source.pdf-dossier', guide: 'opp-pdf-jaarlijks' } as const satisfies RuleMeta;

/** The fixture pages (test/fixtures/) that prove each outcome: test/integration/rule-fixtures.test.ts. */
export const fixtures: RuleFixtures = {
  pass: ['parnassys/ps-dossier-tabel', 'parnassys/ps-dossier-boom'],
  review: ['parnassys/ps-dossier-kaarten'],
  'n/a': ['parnassys/ps-dossier-geen-opp'],
};

const rule: Rule<ParnassysFacts> = {
  ...meta,
  check(facts, ctx): Verdict {
    const docs = facts.documents;
    const jaar = schoolYearOf(ctx.today).name;
    const listEvidence = docs ? [{ label: docs.label, where: docs.where }] : [];
    if (!docs) return { status: 'n/a', message: 'rod.pdf.na', evidence: [] };
    if (!facts.opp.known) return { status: 'n/a', message: 'rod.pdf.na.geen-opp', evidence: listEvidence };
    const opps = docs.list.filter((d) => d.opp);
    const years = opps.map((d) => ({ d, year: ofThisSchoolYear(d, ctx.today) }));
    const found = years.find((y) => y.year === 'yes');
    if (found) return { status: 'pass', message: 'rod.pdf.pass', params: { jaar }, evidence: [{ label: docs.label, where: found.d.where }] };
    const unsure = years.find((y) => y.year === 'unsure');
    if (unsure) return { status: 'review', message: 'rod.pdf.review.datum', params: { jaar }, evidence: [{ label: docs.label, where: unsure.d.where }] };
    return { status: 'review', message: opps.length ? 'rod.pdf.review.oud' : 'rod.pdf.review', params: { jaar }, evidence: listEvidence };
  },
};
export default rule;
