/** The popup's, options page's, decision aid's and CLI's texts: imported by those only. */
import nl from '../locales/nl.ui.json';
import en from '../locales/en.ui.json';
import { addMessages } from './i18n';

addMessages({ nl, en });
