/**
 * The content of the OPP fixtures (test/fixtures/opp/), written out once without markup, so
 * every markup style renders the same OPP; the verdicts expected are each fixture's own
 * `*.expected.json`. Incomplete OPPs are their complete sibling with one thing changed, as
 * in the fixtures themselves.
 */
import type { Pupil } from '../facts';
import { withField, withoutSection, type OppDoc } from './opp-facts';

const SEM: Pupil = { name: 'Sem de Vries', birth: '12-03-2016', group: '6' };
const NOOR: Pupil = { name: 'Noor Jansen', birth: '21-05-2015', group: '7' };
const LOTTE: Pupil = { name: 'Lotte Bakker', birth: '04-07-2017', group: '5' };
const YARA: Pupil = { name: 'Yara El Amrani', birth: '14-03-2016', group: '6' };

const UITSTROOM = ['Praktijkonderwijs', 'vmbo-bb', 'vmbo-kb', 'vmbo-gl/tl', 'havo'];
const YES_NO = ['Ja', 'Nee'];

/** a-wicket-table: Wicket's label/value table with form controls. */
const SEM_OPP: OppDoc = {
  pupil: SEM,
  title: 'Ontwikkelingsperspectiefplan',
  sections: [
    { heading: null, fields: [
      { label: 'Datum inschrijving', value: '02-09-2024' },
      { label: 'Extra ondersteuning direct bij inschrijving', value: { options: YES_NO, chosen: 'Ja' } },
      { label: 'Datum vaststelling', value: '01-10-2024' },
    ] },
    { heading: 'Onderwijsbehoeften en factoren', fields: [
      { label: 'Belemmerende factoren (leerling en omgeving)', value: 'Moeite met taalbegrip (TOS, cluster 2). Snel overprikkeld in grote groep.' },
      { label: 'Bevorderende factoren (leerling en omgeving)', value: 'Gemotiveerd, sterk in rekenen, betrokken ouders.' },
    ] },
    { heading: 'Ondersteuning', fields: [
      { label: 'Handelingsdeel', value: 'Dagelijks verlengde instructie taal in kleine groep; ambulant begeleider Kentalis 1x per week; visuele dagplanning.' },
    ] },
    { heading: 'Perspectief', fields: [
      { label: 'Uitstroomprofiel', value: { options: UITSTROOM, chosen: 'vmbo-kb' } },
      { label: 'Onderbouwing uitstroomprofiel', value: 'Toetsresultaten rekenen op 2F-koers, taal rond 1F; met ondersteuning verwachten we vmbo-kb.' },
    ] },
    { heading: 'Leerling', fields: [
      { label: 'Hoe is de mening van de leerling meegenomen?', value: 'Sem gaf in het leerlinggesprek aan dat hij liever in een klein groepje werkt; dat is in de aanpak opgenomen.' },
    ] },
    { heading: 'Onderwijstijd', fields: [{ label: 'Onderwijstijdverkorting', value: { options: ['Nee', 'Ja'], chosen: 'Nee' } }] },
    { heading: 'Evaluaties', fields: [{ label: 'Evaluatiedata', value: '15-01-2025, 20-06-2025, 10-10-2025, 12-03-2026, 05-11-2026' }] },
    { heading: 'Ouders', fields: [
      { label: 'Ouders met gezag', value: 'Eén (moeder)' },
      { label: 'Instemming ouders', value: 'Ja, digitaal ingestemd op 30-09-2024' },
    ] },
  ],
};

/** b-label-form: Topdossier's label/field form, with onderwijstijdverkorting. */
const NOOR_OPP: OppDoc = {
  pupil: NOOR,
  title: 'OPP Noor Jansen',
  sections: [
    { heading: null, fields: [
      { label: 'Inschrijfdatum', value: '01-09-2025' },
      { label: 'Arrangement bij inschrijving al bekend', value: { options: YES_NO, chosen: 'Ja' } },
      { label: 'Vastgesteld op', value: '06-10-2025' },
    ] },
    { heading: 'Onderwijsbehoeften en factoren', fields: [
      { label: 'Belemmerende factoren', value: 'Concentratieproblemen; thuis weinig structuur.' },
      { label: 'Bevorderende factoren', value: 'Creatief, werkt graag samen, grootouders helpen met huiswerk.' },
    ] },
    { heading: 'Ondersteuning', fields: [{ label: 'Aanpak', value: "Werkt met een stappenplan en time-timer.\nTwee keer per week RT met de IB'er." }] },
    { heading: 'Perspectief', fields: [
      { label: 'Verwachte uitstroombestemming', value: { options: ['vmbo-bb', 'vmbo-kb', 'vmbo-gl/tl', 'havo'], chosen: 'vmbo-gl/tl' } },
      { label: 'Onderbouwing', value: 'Intelligentieonderzoek (2025) gemiddeld; leerresultaten stabiel op 2F voor taal.' },
    ] },
    { heading: 'Stem van de leerling', fields: [
      { label: 'Wat vindt de leerling?', value: 'Noor wil graag zelf kiezen wanneer ze de koptelefoon gebruikt; dat is afgesproken.' },
    ] },
    { heading: 'Onderwijstijdverkorting', fields: [
      { label: 'Onderwijstijdverkorting', value: { check: 'Leerling heeft onderwijstijdverkorting', on: true } },
      { label: 'Reden van de afwijking', value: 'Na ziekenhuisopname nog niet belastbaar voor hele dagen (advies leerplicht).' },
      { label: 'Programma op maat', value: 'Ochtenden in de groep, kernvakken; middagen thuis rust.' },
      { label: 'Aantal uren per week', value: '15' },
      { label: 'Opbouw naar volledige onderwijstijd', value: 'Elke 6 weken een middag erbij, evaluatie met leerplicht in januari.' },
    ] },
    { heading: 'Ouders', fields: [{ label: 'Instemming ouders met het handelingsdeel', value: { options: YES_NO, chosen: 'Ja' } }] },
    { heading: 'Evaluaties', fields: [{ label: 'Evaluatiemomenten', value: '12-02-2026, 18-06-2026, 20-11-2026' }] },
  ],
};

/** c-print-view: a read-only overview, no enrolment date (termijn cannot be told). */
const LOTTE_OPP: OppDoc = {
  pupil: LOTTE,
  title: 'Ontwikkelingsperspectief',
  sections: [
    { heading: null, fields: [{ label: 'Ingangsdatum', value: '15 september 2025' }] },
    { heading: 'Stimulerende en belemmerende factoren', fields: [
      { label: 'Belemmerende factoren', value: 'Dyscalculie-kenmerken, faalangst bij toetsen.\nWisselende thuissituatie.' },
      { label: 'Bevorderende factoren', value: 'Doorzettingsvermogen, goede band met de leerkracht.' },
    ] },
    { heading: 'Ondersteuning', fields: [{ label: 'Ondersteuningsaanbod', value: 'Rekenen: extra instructie met concreet materiaal, 3x per week 20 minuten.' }] },
    { heading: 'Perspectief', fields: [
      { label: 'Uitstroomprofiel', value: { options: UITSTROOM, chosen: 'vmbo-gl/tl' } },
      { label: 'Toelichting op het perspectief', value: 'Taal op niveau; rekenen ligt achter maar groeit met ondersteuning.' },
    ] },
    { heading: 'Leerling', fields: [
      { label: 'Hoorrecht', value: "Lotte vertelde in een gesprek met de IB'er wat haar helpt: even bewegen na een toets. Dit staat in de aanpak." },
    ] },
    { heading: 'Evaluaties', fields: [{ label: 'Evaluatie met ouders en leerling', value: '3 februari 2026; 9 november 2026' }] },
    { heading: 'Ouders', fields: [{ label: 'Akkoord ouders', value: 'digitaal akkoord gegeven op 14-09-2025' }] },
  ],
};

/** i-accordion: every part in a closed accordion section. */
const YARA_OPP: OppDoc = {
  pupil: YARA,
  title: 'Ontwikkelingsperspectief',
  sections: [
    { heading: null, fields: [{ label: 'Vastgesteld op', value: '02-10-2025' }] },
    { heading: 'Inschrijving', fields: [
      { label: 'Datum van inschrijving', value: '01-09-2025' },
      { label: 'Extra ondersteuning bij inschrijving', value: { options: YES_NO, chosen: 'Ja' } },
    ] },
    { heading: 'Factoren', fields: [
      { label: 'Belemmerende factoren', value: 'Leest traag, snel afgeleid in de grote groep.' },
      { label: 'Bevorderende factoren', value: 'Gemotiveerd, sterke band met de leerkracht, ouders zijn betrokken.' },
    ] },
    { heading: 'Ondersteuning', fields: [{ label: 'Aanpak', value: 'Dagelijks tien minuten duo-lezen; instructie aan de instructietafel.' }] },
    { heading: 'Perspectief', fields: [
      { label: 'Uitstroomprofiel', value: { options: ['vmbo-kb', 'vmbo-gl/tl'], chosen: 'vmbo-kb' } },
      { label: 'Onderbouwing van het uitstroomprofiel', value: 'Toetsresultaten begrijpend lezen op 1F; rekenen groeit met ondersteuning.' },
    ] },
    { heading: 'Leerling', fields: [{ label: 'Mening van de leerling', value: 'Yara vertelde dat ze het liefst in een klein groepje leest; daarom leest ze met een maatje.' }] },
    { heading: 'Ouders', fields: [{ label: 'Instemming ouders', value: 'Akkoord, getekend op 10-10-2025.' }] },
    { heading: 'Evaluaties', fields: [{ label: 'Evaluaties', value: '05-02-2026, 18-06-2026, 12-11-2026' }] },
  ],
};

/** j-prose: everything written as sentences (dates, evaluations, consent). */
const MEES_OPP: OppDoc = {
  pupil: { name: 'Mees Visser', birth: '09-11-2015', group: '7' },
  title: 'Ontwikkelingsperspectiefplan',
  sections: [
    { heading: null, fields: [{ label: 'Toelichting', value: 'Dit OPP is opgesteld met ouders en Mees. Ingeschreven op 26-08-2024; het OPP is vastgesteld op 30-09-2024, omdat de extra ondersteuning pas na de zomer duidelijk werd.' }] },
    { heading: 'Wat helpt Mees en wat maakt het moeilijk?', fields: [
      { label: 'Belemmerende factoren', value: 'Mees raakt snel overprikkeld bij geluid; spelling blijft ver achter (dyslexieverklaring 2023).' },
      { label: 'Bevorderende factoren', value: 'Hij is nieuwsgierig, kan goed samenwerken in tweetallen en ouders oefenen thuis.' },
    ] },
    { heading: 'Ondersteuning', fields: [{ label: 'Handelingsdeel', value: "Drie keer per week 20 minuten spelling in een klein groepje met de RT'er. Koptelefoon en een vaste werkplek bij zelfstandig werken." }] },
    { heading: 'Perspectief', fields: [
      { label: 'Uitstroomprofiel', value: 'We verwachten dat Mees uitstroomt naar vmbo-gl/tl.' },
      { label: 'Onderbouwing', value: 'Rekenen en begrijpend lezen liggen op 1F-koers met groei; spelling blijft achter, wat in het VO met hulpmiddelen kan.' },
    ] },
    { heading: 'Leerling', fields: [{ label: 'Hoorrecht', value: 'Mees vertelde dat hij zich het best kan concentreren met de koptelefoon; daarom is de vaste werkplek aan de aanpak toegevoegd.' }] },
    { heading: 'Evaluaties', fields: [{ label: 'Evaluaties', value: 'Op 3 februari 2025 en op 10 november 2025 geëvalueerd met ouders en Mees. Op 6 oktober 2026 opnieuw geëvalueerd; de volgende evaluatie staat gepland voor februari 2027.' }] },
    { heading: 'Ouders', fields: [{ label: 'Instemming ouders', value: 'Vader en moeder, beiden met gezag, zijn akkoord sinds 28-09-2024.' }] },
  ],
};

/** k-prose-incomplete: prose that says the pupil was not heard and one of two parents consented. */
const DAAN_OPP: OppDoc = {
  pupil: { name: 'Daan Smit', birth: '17-01-2016', group: '7' },
  title: 'Ontwikkelingsperspectief',
  sections: [
    { heading: null, fields: [{ label: 'Datum vaststelling', value: '06-10-2025' }, { label: 'Datum inschrijving', value: '01-09-2022' }] },
    { heading: 'Factoren', fields: [{ label: 'Belemmerende en bevorderende factoren', value: 'Belemmerend: werkgeheugen zwak, faalangst. Bevorderend: sportief, goede vriendschappen, ouders betrokken.' }] },
    { heading: 'Ondersteuning', fields: [{ label: 'Handelingsdeel', value: 'Rekenen op eigen leerlijn (groep 5-stof), dagelijks 15 minuten automatiseren met de onderwijsassistent.' }] },
    { heading: 'Perspectief', fields: [
      { label: 'Uitstroomprofiel', value: 'vmbo-bb met lwoo' },
      { label: 'Onderbouwing uitstroomprofiel', value: 'Leerrendement rekenen 50%, taal 70%; capaciteitenonderzoek 2024 beneden gemiddeld.' },
    ] },
    { heading: 'Leerling', fields: [{ label: 'Hoe is de mening van Daan meegenomen?', value: 'Niet gesproken.' }] },
    { heading: 'Evaluaties', fields: [{ label: 'Evaluatie', value: 'Een tussenevaluatie met ouders staat gepland voor 12-02-2026; de eindevaluatie wordt in juni 2026 gepland.' }] },
    { heading: 'Ouders', fields: [{ label: 'Instemming ouders', value: 'Moeder heeft getekend op 08-10-2025; vader (ook gezag) nog niet.' }] },
  ],
};

/** n-lettered-parts: "Deel 1 / Deel 2" with numbered labels and two signatures. */
const SARA_OPP: OppDoc = {
  pupil: { name: 'Sara Yilmaz', birth: '11-12-2016', group: '5' },
  title: 'OPP',
  sections: [
    { heading: 'Deel 1: Ontwikkelingsperspectief', fields: [
      { label: '1.1 Datum inschrijving', value: '02-09-2025' },
      { label: '1.2 Datum vaststelling OPP', value: '07-10-2025' },
      { label: '1.3 Belemmerende- en bevorderende factoren', value: 'Belemmerend: taalachterstand (NT2, 2 jaar in Nederland).\nBevorderend: leergierig, snelle leerder, steun van oudere zus.' },
      { label: '1.4 Uitstroomperspectief', value: { options: ['vmbo-gl/tl', 'havo', 'vwo'], chosen: 'havo' } },
      { label: '1.5 Onderbouwing van het uitstroomperspectief', value: 'Rekenen boven niveau; taal groeit snel. Niet-talige capaciteitentest bovengemiddeld.' },
      { label: '1.6 Hoe denk jij erover?', value: 'Sara wil het liefst alles snel leren om met iedereen te kunnen praten. Ze koos zelf voor extra woordenschat; dat is zo in de aanpak gezet.' },
      { label: '1.7 Handtekening ouders', value: 'Voor gezien getekend op 07-10-2025' },
    ] },
    { heading: 'Deel 2: Handelingsdeel', fields: [
      { label: '2.1 Aanpak', value: 'Dagelijks 30 minuten NT2-woordenschat in de taalklas; in de groep een woordmuur per thema.' },
      { label: '2.2 Evaluatie', value: '09-03-2026 en 20-11-2026, met ouders en Sara' },
      { label: '2.3 Akkoordverklaring ouders', value: 'Ouders hebben het handelingsdeel voor akkoord ondertekend op 09-10-2025.' },
    ] },
  ],
};

/** Fixture name (its expected.json) → the OPP it shows. */
export const OPP_FIXTURE_FACTS: Record<string, OppDoc> = {
  'opp/a-wicket-table': SEM_OPP,
  'opp/a-empty-hoorrecht': withField(withField(SEM_OPP, 'Hoe is de mening van de leerling meegenomen?', ''), 'Onderbouwing uitstroomprofiel', 'n.v.t.'),
  'opp/a-no-consent': withField(
    withField(SEM_OPP, 'Instemming ouders', 'Nog niet ingestemd (uitnodiging verstuurd)'),
    'Evaluatiedata', '15-01-2025, 20-06-2025, 05-11-2026',
  ),
  'opp/a-two-parents': withField(
    withField(SEM_OPP, 'Ouders met gezag', 'Beide ouders'),
    'Instemming ouders', 'Moeder: akkoord op 30-09-2024. Vader: nog niet ondertekend.',
  ),
  'opp/b-label-form': NOOR_OPP,
  'opp/b-late-placeholder': withField(withField(NOOR_OPP, 'Vastgesteld op', '15-11-2025'), 'Bevorderende factoren', '-'),
  'opp/b-otv-incomplete': withField(withField(NOOR_OPP, 'Aantal uren per week', ''), 'Opbouw naar volledige onderwijstijd', 'nog invullen'),
  'opp/c-print-view': LOTTE_OPP,
  'opp/c-missing-parts': withoutSection(withoutSection(LOTTE_OPP, 'Ondersteuning'), 'Leerling'),
  'opp/i-accordion': YARA_OPP,
  'opp/j-prose': MEES_OPP,
  'opp/k-prose-incomplete': DAAN_OPP,
  'opp/n-lettered-parts': SARA_OPP,
};
