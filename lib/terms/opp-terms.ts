/**
 * The Dutch term dictionary for OPP parts: which labels, headings and field names name
 * which part. Sources: the table of headings seen in OPP formats (docs/domein.md#gebruikelijke-kopjes-in-opp-formats), the board's guidance
 * (docs/regels.md#inhoudelijke-vereisten-aan-het-opp), and ParnasSys' own OPP module
 * (stimulerende en belemmerende factoren, ambitieniveau, verwacht uitstroomprofiel).
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
  | 'datum.bijgesteld'
  | 'extra-vanaf-start'
  | 'otv'
  | 'otv.reden'
  | 'otv.programma'
  | 'otv.uren'
  | 'otv.opbouw';

const UITSTROOM_CONTEXT = /uitstroom|perspectief|ambitie/;
const OTV_CONTEXT = /onderwijstijd|verkort|variawet|afwijk/;

/** "stimulerende (beschermende)", "belemmerende-": the adjectives of a factor label, in any form formats use. */
const HELPING = String.raw`(?:bevorderende|stimulerende|beschermende)(?: \((?:bevorderende|stimulerende|beschermende)\))?-?`;
const HINDERING = String.raw`(?:belemmerende|risico)-?`;

export const OPP_TERMS: readonly Term[] = [
  // Dates first: "Datum instemming" and "Evaluatiedatum" are dates, not the parts themselves.
  { part: 'datum.inschrijving', pattern: /^(datum (van )?inschrijving|inschrijf ?datum|ingeschreven (op|per|sinds)|datum instroom|instroomdatum)\b/, sources: ['seed'] },
  { part: 'datum.vastgesteld', pattern: /^(datum (van )?(vaststelling|vastgesteld|opgesteld)|(opp|ontwikkelingsperspectief(plan)?|plan) (vastgesteld|opgesteld)( op| per)?$|vastgesteld( (op|per))?$|opgesteld op|vaststellingsdatum|datum (opp|ontwikkelingsperspectief)|startdatum( opp)?|ingangsdatum|begindatum)\b/, sources: ['seed'] },
  // When the plan was last changed: parents consent again to a changed handelingsdeel.
  { part: 'datum.bijgesteld', pattern: /^(datum (van de |laatste )?(bijstelling|herziening|wijziging plan)|(laatst )?bijgesteld( op| per)?$|herzien( op)?$|bijstelling( op)?$)/, sources: ['seed'] },
  // "Was bij inschrijving al duidelijk dat extra ondersteuning nodig was?", in either order.
  { part: 'extra-vanaf-start', pattern: /(extra ondersteuning|arrangement|ondersteuningsbehoefte|ondersteuning nodig).*(bij|vanaf|sinds) (de )?(inschrijving|instroom|aanmelding|start)|(bij|vanaf|sinds) (de )?(inschrijving|instroom|aanmelding|start)\b.*(extra ondersteuning|ondersteuningsbehoefte|ondersteuning nodig|arrangement)|direct bij (inschrijving|instroom)/, sources: ['seed'] },
  { part: 'uitstroom.eerder', pattern: /^(vorig|eerder|oorspronkelijk|vorige|oude)e? (uitstroom\w*|(ontwikkelings)?perspectief|ambitieniveau)\b|(uitstroom\w*|perspectief) (vorige|eerdere) (evaluatie|periode|versie)/, sources: ['seed'] },
  { part: 'evaluatie', pattern: /^(evaluatie(s|data|datums?|moment(en)?|gesprek(ken)?)?|datum evaluatie|geevalueerd( op)?|evaluatie met ouders|tussenevaluatie|eindevaluatie)\b/, sources: ['seed', 'swv-amsterdam'] },
  { part: 'gezag', pattern: /\bgezag\b|gezagsdrager|ouderlijk gezag/, sources: ['seed', 'swv-zuid-kennemerland'] },
  // "Voor gezien" (ouders tekenen het hele OPP voor gezien) is no consent: it matches nothing here.
  { part: 'instemming', pattern: /^(instemming|akkoord( ouders| ouder| verzorgers)?|ondertekening|handtekening|toestemming ouders|ouders (stemmen|hebben) (in|ingestemd)|ingestemd)\b|instemming (ouders|met het handelingsdeel|handelingsdeel)/, sources: ['seed', 'domain'] },
  { part: 'instemming', pattern: /^(ouders( en verzorgers)? en (ondertekening|instemming|akkoord))$/, sources: ['issue'] },
  { part: 'instemming', pattern: /^(akkoordverklaring|voor akkoord( (ge|onder)tekend)?|instemmingsrecht)\b/, sources: ['issue', 'swv-zuid-kennemerland', 'swv-meierij', 'swv-leiden'] },
  // A tick box that says the consent itself: "Ouders gaan akkoord met het handelingsdeel".
  { part: 'instemming', pattern: /^((de )?ouders?|verzorgers?) (gaan|gaat|zijn|is|hebben|heeft) (akkoord|ingestemd)\b/, sources: ['issue'] },
  { part: 'hoorrecht', pattern: /hoorrecht|mening van de leerling|(inbreng|stem|visie|perspectief|wens(en)?) van de leerling|wat vindt de leerling|gesprek met de leerling|leerling(gesprek| aan het woord)|wat zegt de leerling|mening leerling/, sources: ['domain', 'seed'] },
  { part: 'hoorrecht', pattern: /^zienswijze( van)?( de)? (leerling|kind)|^(inbreng|stem|visie|mening|wens(en)?)( van)?( de| het)? (leerling|kind)( zelf)?$|(mening|inbreng|stem|visie) van het kind|gesprek met het kind|kindgesprek/, sources: ['issue', 'gouwe-academie', 'swv-zaanstreek', 'swv-zuid-kennemerland'] },
  // The question a format asks about the pupil, by name: "Hoe is de mening van Daan meegenomen?", "Wat vindt Daan zelf?".
  { part: 'hoorrecht', pattern: /^hoe (is|zijn|werd|werden) (de )?(mening|inbreng|stem|visie|wens(en)?|ideeen) van [^?]{1,40} (meegenomen|meegewogen|gewogen|betrokken|verwerkt)|^wat (vindt|wil|zegt|vond|wilde) [^?]{1,30} zelf\b/, sources: ['domain', 'seed'] },
  // Formats ask the pupil directly: "Hoe denk jij erover?", "Wat vind jij?", "Wat wil je zelf?".
  { part: 'hoorrecht', pattern: /^(hoe|wat) (denk|vind|wil|zeg|voel) (jij|je)\b/, sources: ['swv-westfriesland', 'issue'] },
  // Named after the pupil ("Mening van Lieke", "Stem van Finn", "Hoe kijkt Daan ertegenaan?"); the reader
  // writes the page's pupil as "de leerling" first, this catches a first name it could not place.
  { part: 'hoorrecht', pattern: /^(mening|inbreng|stem|visie|wens(en)?|zienswijze|perspectief) van (?!(de|het|een|ouders?|school|leerkracht(en)?|ib|mentor|moeder|vader|verzorgers?|team|samenwerkingsverband|swv)\b)[a-z][a-z'-]+$|^hoe kijkt (de leerling|het kind|jij|je|[a-z][a-z'-]+) (er )?(zelf )?(tegen ?aan|naar)\b/, sources: ['issue'] },
  { part: 'onderbouwing', pattern: /^(onderbouwing|motivatie|motivering|toelichting|argumentatie|argumenten) ((van|op|bij|voor) )?(het |de )?(gekozen |verwachte )?(uitstroom\w*|(ontwikkelings)?perspectief|ambitieniveau)|^toelichting op het perspectief/, sources: ['seed', 'domain', 'swv-zaanstreek'] },
  { part: 'onderbouwing', pattern: /^(onderbouwing|motivatie|motivering|toelichting|argumentatie)$/, weak: true, context: UITSTROOM_CONTEXT, sources: ['domain'] },
  { part: 'factoren.beide', pattern: new RegExp(String.raw`^${HELPING} en ${HINDERING} ?factoren|^${HINDERING} en ${HELPING} ?factoren|^(onderwijs)?factoren( leerling| omgeving)?$`), sources: ['domain', 'parnassys-op', 'swv-amsterdam', 'destuifheuvel', 'issue'] },
  { part: 'factoren.belemmerend', pattern: /^(belemmerende|risico)-?\s?factoren\b|^belemmerend\b/, sources: ['domain', 'swv-amsterdam'] },
  { part: 'factoren.bevorderend', pattern: new RegExp(String.raw`^${HELPING}\s?factoren\b|^(bevorderend|stimulerend)\b`), sources: ['domain', 'parnassys-op', 'swv-amsterdam'] },
  { part: 'otv', pattern: /onderwijstijd\s?verkorting|verkorte onderwijstijd|afwijking (van de )?onderwijstijd|afwijken(de)? onderwijstijd|variawet/, sources: ['seed'] },
  { part: 'otv.uren', pattern: /uren (onderwijs(tijd)? )?per week|aantal (lesuren|uren)|uren per week/, sources: ['seed'] },
  { part: 'otv.opbouw', pattern: /opbouw|toegroei|terug naar volledig|volledige onderwijstijd|afbouw|perspectief op (volledig|terugkeer)|plan (van|voor) (terugkeer|uitbreiding)/, sources: ['seed'] },
  { part: 'otv.reden', pattern: /^(reden|waarom|noodzaak|onderbouwing)( van| voor)?( de)? (afwijking|verkorting|onderwijstijd)/, sources: ['seed'] },
  { part: 'otv.reden', pattern: /^(reden|waarom|noodzaak)$/, weak: true, context: OTV_CONTEXT, sources: ['seed'] },
  { part: 'otv.programma', pattern: /^(onderwijs)?programma( op maat)?\b|^aanbod op maat|^maatwerk(programma|aanbod)/, weak: true, context: OTV_CONTEXT, sources: ['seed'] },
  { part: 'uitstroom', pattern: /^(verwacht(e)? )?(uitstroom(profiel|bestemming|niveau|perspectief)?)\b|^ambitieniveau\b|^(verwacht(e)? )?uitstroom/, sources: ['seed', 'domain', 'parnassys-academie', 'swv-zaanstreek'] },
  { part: 'uitstroom', pattern: /^(het )?te verwachten (uitstroom\w*|resultaat( en niveau)?|niveau|eindniveau)\b/, sources: ['swv-leiden'] },
  { part: 'uitstroom', pattern: /^(ontwikkelings)?perspectief$/, weak: true, context: UITSTROOM_CONTEXT, sources: ['domain'] },
  { part: 'handelingsdeel', pattern: /^(handelingsdeel|handelingsplan|aanpak|ondersteuningsaanbod|begeleiding|ondersteuning op school|plan van aanpak|doelen en aanpak)\b/, sources: ['seed', 'domain'] },
  { part: 'handelingsdeel', pattern: /^(handelingsgedeelte|hoe wordt de ondersteuning (uitgevoerd|geboden)|(beredeneerd )?aangepast (leerstof)?aanbod|(onderwijs|ondersteunings)behoeften? en aanpak)\b/, sources: ['issue', 'swv-amsterdam', 'driestar'] },
];
