/** The popup's, options page's, decision aid's and CLI's texts (and the page texts they show too). */
import nl from '../locales/nl.ui.json';
import en from '../locales/en.ui.json';
import './i18n-page';
import { addMessages } from './i18n';

addMessages({ nl, en });
