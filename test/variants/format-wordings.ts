/**
 * How public OPP formats word each mandatory part, with the source of each wording
 * (lib/terms/term-sources.ts). Each wording is put, as a plain label with a filled field,
 * into an otherwise ordinary OPP: the reader must find the part it names.
 */
import type { TermSource } from '../../lib/terms/term-sources';

export type Slot = 'belemmerend' | 'bevorderend' | 'handelingsdeel' | 'instemming' | 'uitstroom' | 'onderbouwing' | 'hoorrecht';

export interface Wording {
  slot: Slot;
  label: string;
  source: TermSource;
}

export const FORMAT_WORDINGS: readonly Wording[] = [
  { slot: 'belemmerend', label: 'Stimulerende en belemmerende factoren', source: 'parnassys-op' },
  { slot: 'belemmerend', label: 'Belemmerende- en bevorderende factoren', source: 'issue' },
  { slot: 'belemmerend', label: 'Risicofactoren', source: 'swv-amsterdam' },
  { slot: 'bevorderend', label: 'Stimulerende (beschermende) factoren', source: 'swv-amsterdam' },
  { slot: 'bevorderend', label: 'Beschermende factoren', source: 'domain' },
  { slot: 'belemmerend', label: 'Belemmerende en bevorderende factoren in leerling, onderwijs en opvoeding', source: 'destuifheuvel' },
  { slot: 'handelingsdeel', label: 'Handelingsgedeelte', source: 'issue' },
  { slot: 'handelingsdeel', label: 'Handelingsplan', source: 'issue' },
  { slot: 'handelingsdeel', label: 'Aanpak', source: 'domain' },
  { slot: 'handelingsdeel', label: 'Hoe wordt de ondersteuning uitgevoerd?', source: 'swv-amsterdam' },
  { slot: 'handelingsdeel', label: 'Beredeneerd aangepast leerstofaanbod', source: 'driestar' },
  { slot: 'handelingsdeel', label: 'Deel 2: Handelingsdeel', source: 'swv-leiden' },
  { slot: 'handelingsdeel', label: 'Onderdeel C – Handelingsdeel', source: 'swv-meierij' },
  { slot: 'instemming', label: 'Akkoordverklaring', source: 'issue' },
  { slot: 'instemming', label: 'Voor akkoord getekend', source: 'swv-zuid-kennemerland' },
  { slot: 'instemming', label: 'Instemmingsrecht ouders', source: 'swv-leiden' },
  { slot: 'instemming', label: 'Ondertekening', source: 'domain' },
  { slot: 'uitstroom', label: 'Uitstroomperspectief', source: 'swv-zaanstreek' },
  { slot: 'uitstroom', label: 'Ambitieniveau', source: 'issue' },
  { slot: 'uitstroom', label: 'Uitstroomniveau', source: 'parnassys-academie' },
  { slot: 'uitstroom', label: 'Uitstroombestemming', source: 'parnassys-academie' },
  { slot: 'uitstroom', label: 'Te verwachten resultaat en niveau', source: 'swv-leiden' },
  { slot: 'uitstroom', label: 'Deel 1: Uitstroomprofiel', source: 'swv-leiden' },
  { slot: 'onderbouwing', label: 'Onderbouwing van het uitstroomperspectief', source: 'swv-zaanstreek' },
  { slot: 'onderbouwing', label: 'Motivering uitstroomprofiel', source: 'issue' },
  { slot: 'onderbouwing', label: 'Toelichting op het perspectief', source: 'domain' },
  { slot: 'hoorrecht', label: 'Zienswijze leerling', source: 'issue' },
  { slot: 'hoorrecht', label: 'Zienswijze van de leerling', source: 'issue' },
  { slot: 'hoorrecht', label: 'Hoe denk jij erover?', source: 'swv-westfriesland' },
  { slot: 'hoorrecht', label: 'De stem van de leerling', source: 'swv-zuid-kennemerland' },
  { slot: 'hoorrecht', label: 'Inbreng van de leerling zelf', source: 'gouwe-academie' },
  { slot: 'hoorrecht', label: 'Visie van de leerling', source: 'swv-zaanstreek' },
  { slot: 'hoorrecht', label: 'Wat vind jij?', source: 'swv-westfriesland' },
];
