/** Every guide OPP-wijzer offers. Importing this registers them (lib/guides/guide-registry.ts). */
import type { Guide } from '../guide-schema';
import { setGuides } from '../guide-registry';
import schoolSettings from './topdossier-schoolinstellingen';
import twoFaOwn from './topdossier-2fa-eigen';
import rod from './parnassys-rod';
import pdf from './opp-pdf-jaarlijks';
import overview from './parnassys-overzicht';

export const GUIDES: readonly Guide[] = [schoolSettings, twoFaOwn, rod, pdf, overview];

setGuides(GUIDES);
