/**
 * The performance marks OPP-wijzer sets for `npm run bench` (bench/chromebook.ts reads them from
 * the tab's timeline). Marks without content: nothing is sent anywhere (docs/privacy.md).
 */

/** When a content script's code began (its `main`, after the bundle was evaluated). */
export const CONTENT_START_MARK = 'opp-wijzer:content-start';
