/**
 * The Dutch term dictionary for OPP parts: which labels, headings and field names name
 * which part. Sources: DOMAIN.md's table of labels seen in OPP formats, the seed's
 * "Inhoudelijke vereisten aan het OPP", and ParnasSys' own OPP module (stimulerende en
 * belemmerende factoren, ambitieniveau, verwacht uitstroomprofiel).
 *
 * Order matters: a label goes to the FIRST entry that matches, so the specific phrase
 * ("Onderbouwing uitstroomprofiel", "Instemming handelingsdeel") comes before the general
 * one ("Uitstroomprofiel", "Handelingsdeel").
 *
 * `weak` terms are generic words ("Onderbouwing", "Perspectief", "Reden"): they only name
 * a part when the section they stand in says so (`context`), or, failing that, they
 * identify the part too loosely to ever report it as missing (review, not fail).
 */
import type { Term } from './term';

export type OppPart =
  | 'factoren.belemmerend'
  | 'factoren.bevorderend'
  | 'factoren.beide'
  | 'handelingsdeel'
  | 'instemming'
  | 'gezag'
  | 'uitstroom'
  | 'uitstroom.eerder'
  | 'onderbouwing'
  | 'hoorrecht'
  | 'evaluatie'
  | 'datum.inschrijving'
  | 'datum.vastgesteld'
  | 'extra-vanaf-start'
  | 'otv'
  | 'otv.reden'
  | 'otv.programma'
  | 'otv.uren'
  | 'otv.opbouw';

const UITSTROOM_CONTEXT = /uitstroom|perspectief|ambitie/;
const OTV_CONTEXT = /onderwijstijd|verkort|variawet|afwijk/;

export const OPP_TERMS: readonly Term[] = [
  // Dates first: "Datum instemming" and "Evaluatiedatum" are dates, not the parts themselves.
  { part: 'datum.inschrijving', pattern: /^(datum (van )?inschrijving|inschrijf ?datum|ingeschreven (op|per|sinds)|datum instroom|instroomdatum)\b/ },
  { part: 'datum.vastgesteld', pattern: /^(datum (van )?vaststelling|vastgesteld (op|per)|vaststellingsdatum|datum (opp|ontwikkelingsperspectief)|startdatum( opp)?|ingangsdatum|begindatum)\b/ },
  { part: 'extra-vanaf-start', pattern: /(extra ondersteuning|arrangement).*(bij|vanaf|sinds) (de )?(inschrijving|instroom|start)|direct bij (inschrijving|instroom)/ },
  { part: 'uitstroom.eerder', pattern: /^(vorig|eerder|oorspronkelijk|vorige|oude)e? (uitstroom\w*|(ontwikkelings)?perspectief|ambitieniveau)\b|(uitstroom\w*|perspectief) (vorige|eerdere) (evaluatie|periode|versie)/ },
  { part: 'evaluatie', pattern: /^(evaluatie(s|datum|moment(en)?|gesprek(ken)?)?|datum evaluatie|geevalueerd( op)?|evaluatie met ouders|tussenevaluatie|eindevaluatie)\b/ },
  { part: 'gezag', pattern: /\bgezag\b|gezagsdrager|ouderlijk gezag/ },
  { part: 'instemming', pattern: /^(instemming|akkoord( ouders| ouder| verzorgers)?|ondertekening|handtekening|toestemming ouders|ouders (stemmen|hebben) (in|ingestemd)|ingestemd)\b|instemming (ouders|met het handelingsdeel|handelingsdeel)/ },
  { part: 'hoorrecht', pattern: /hoorrecht|mening van de leerling|(inbreng|stem|visie|perspectief|wens(en)?) van de leerling|wat vindt de leerling|gesprek met de leerling|leerling(gesprek| aan het woord)|wat zegt de leerling|mening leerling/ },
  { part: 'onderbouwing', pattern: /^(onderbouwing|motivatie|toelichting|argumentatie) ((van|op|bij) )?(het |de )?(uitstroom\w*|(ontwikkelings)?perspectief|ambitieniveau)|^toelichting op het perspectief/ },
  { part: 'onderbouwing', pattern: /^(onderbouwing|motivatie|toelichting|argumentatie)$/, weak: true, context: UITSTROOM_CONTEXT },
  { part: 'factoren.beide', pattern: /^(stimulerende|bevorderende|beschermende) en (belemmerende|risico)\s?factoren|^(belemmerende|risico) en (stimulerende|bevorderende|beschermende) factoren|^(onderwijs)?factoren( leerling| omgeving)?$/ },
  { part: 'factoren.belemmerend', pattern: /^(belemmerende|risico)\s?factoren\b|^belemmerend\b/ },
  { part: 'factoren.bevorderend', pattern: /^(bevorderende|stimulerende|beschermende)\s?factoren\b|^(bevorderend|stimulerend)\b/ },
  { part: 'otv', pattern: /onderwijstijd\s?verkorting|verkorte onderwijstijd|afwijking (van de )?onderwijstijd|afwijken(de)? onderwijstijd|variawet/ },
  { part: 'otv.uren', pattern: /uren (onderwijs(tijd)? )?per week|aantal (lesuren|uren)|uren per week/ },
  { part: 'otv.opbouw', pattern: /opbouw|toegroei|terug naar volledig|volledige onderwijstijd|afbouw|perspectief op (volledig|terugkeer)|plan (van|voor) (terugkeer|uitbreiding)/ },
  { part: 'otv.reden', pattern: /^(reden|waarom|noodzaak|onderbouwing)( van| voor)?( de)? (afwijking|verkorting|onderwijstijd)/ },
  { part: 'otv.reden', pattern: /^(reden|waarom|noodzaak)$/, weak: true, context: OTV_CONTEXT },
  { part: 'otv.programma', pattern: /^(onderwijs)?programma( op maat)?\b|^aanbod op maat|^maatwerk(programma|aanbod)/, weak: true, context: OTV_CONTEXT },
  { part: 'uitstroom', pattern: /^(verwacht(e)? )?(uitstroom(profiel|bestemming|niveau|perspectief)?)\b|^ambitieniveau\b|^(verwacht(e)? )?uitstroom/ },
  { part: 'uitstroom', pattern: /^(ontwikkelings)?perspectief$/, weak: true, context: UITSTROOM_CONTEXT },
  { part: 'handelingsdeel', pattern: /^(handelingsdeel|handelingsplan|aanpak|ondersteuningsaanbod|begeleiding|ondersteuning op school|plan van aanpak|doelen en aanpak)\b/ },
];
