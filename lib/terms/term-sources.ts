/**
 * Where the dictionaries' words come from: public OPP formats, groeidocumenten and guidance
 * of samenwerkingsverbanden, the apps' own documentation, the school board's guidance (docs/regels.md;
 * key `seed`) and docs/domein.md. A term names its sources by these keys (Term.sources), so that a word
 * can be traced to a real format and the tests can count how many entries have one.
 * Only tests import this list; the terms carry its short keys, so content scripts stay small.
 */
export const TERM_SOURCES = {
  seed: { title: 'Schoolbestuur Wijs!, handreiking OPP, zoals samengevat in docs/regels.md (Inhoudelijke vereisten aan het OPP, Melden bij ROD, Privacy en Topdossier)', url: '' },
  domain: { title: 'docs/domein.md, gebruikelijke kopjes in OPP-formats', url: '' },
  'parnassys-op': { title: 'ParnasSys, "Het nieuwe ontwikkelingsperspectief in ParnasSys" (OP-formats vergeleken; belemmerende en stimulerende factoren naast elkaar in een tabel)', url: 'https://www.parnassys.nl/blog/het-ontwikkelingsperspectief-in-parnassys' },
  'parnassys-academie': { title: 'ParnasSys Academie, Ontwikkelingsperspectief (uitstroomniveau en uitstroombestemming; Leerling > Onderwijs > Passend Onderwijs)', url: 'https://www.parnassys.nl/diversen/academie-oud/begeleiding-op-maat/ontwikkelingsperspectief' },
  'driestar': { title: 'Driestar educatief, Het ontwikkelingsperspectief in ParnasSys (beredeneerd aangepast leerstofaanbod)', url: 'https://www.driestar-educatief.nl/advies-en-begeleiding/primair-onderwijs/parnassys/ontwikkelingsperspectief/het-ontwikkelingsperspectief-in-parnassys' },
  'swv-amsterdam': { title: 'SWV Amsterdam-Diemen, Het groeidocument (stimulerende (beschermende) factoren en risicofactoren; "Hoe wordt de ondersteuning uitgevoerd?")', url: 'https://www.swvamsterdamdiemen.nl/het-groeidocument' },
  'swv-zaanstreek': { title: 'SWV Zaanstreek, Groeidocument: wat is dat? (uitstroomperspectief; visie van de leerling)', url: 'https://www.swvpozaanstreek.nl/voor-professionals/groeidocument-wat-is-dat' },
  'swv-leiden': { title: 'SWV Leiden, OPP (twee delen: uitstroomprofiel en handelingsdeel; instemmingsrecht; te verwachten resultaat en niveau)', url: 'https://www.swvleiden.nl/opp/' },
  'swv-westfriesland': { title: 'De Westfriese Knoop, Groeidocument en OPP (formulier "Hoe denk jij erover?" voor de leerling)', url: 'https://www.dewestfrieseknoop.nl/voor-professionals/groeidocument-en-opp' },
  'swv-meierij': { title: 'De Meierij PO, Handleiding OPP (onderdelen A tot D; ouders tekenen voor akkoord bij onderdeel C)', url: 'https://www.demeierij-po.nl/handleiding-opp/' },
  'swv-zuid-kennemerland': { title: 'Passend onderwijs Zuid-Kennemerland, De stem van de leerling (handelingsdeel apart voor akkoord ondertekenen; het hele OPP "voor gezien")', url: 'https://passendonderwijs-zk.nl/projecten/project/23/de-stem-van-de-leerling' },
  'gouwe-academie': { title: 'Gouwe Academie, Het hoorrecht in het OPP (inbreng van de leerling zelf; geen apart vakje)', url: 'https://www.gouwe-academie.nl/actueel/het-hoorrecht-in-het-opp' },
  'destuifheuvel': { title: 'De Stuifheuvel, Groeidocument (belemmerende en bevorderende factoren in leerling, onderwijs en opvoeding)', url: 'https://www.destuifheuvel.nl/pagina/428324/Groeidocument' },
  issue: { title: 'Issue #12: patronen uit publieke formats (handelingsgedeelte, akkoordverklaring, zienswijze, lettered parts)', url: '' },
} as const;

export type TermSource = keyof typeof TERM_SOURCES;
