/**
 * Markup families that only an OPP page takes (issue #23): the front-end frameworks and
 * document styles a Topdossier release or theme may use. Each renders every OPP fixture; the
 * families of ../../families render the ParnasSys and settings pages as well.
 */
import type { OppDoc } from '../opp-facts';
import type { Skip } from '../../facts';
import { vuetify } from './vuetify';
import { angularMaterial } from './angular-material';
import { bootstrapFloating } from './bootstrap-floating';
import { webComponents } from './web-components';
import { rowHeaderTable } from './row-header-table';
import { inlineSummaries } from './inline-summaries';
import { tailwindDl } from './tailwind-dl';
import { semanticUi } from './semantic-ui';
import { bulma } from './bulma';
import { wordHtml } from './word-html';

export interface OppFamily {
  id: string;
  about: string;
  renderOpp(doc: OppDoc): string | Skip;
}

export const OPP_FAMILIES: readonly OppFamily[] = [vuetify, angularMaterial, bootstrapFloating, webComponents, rowHeaderTable, inlineSummaries, tailwindDl, semanticUi, bulma, wordHtml];
