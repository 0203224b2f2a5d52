/** Constants the build writes into the bundles (wxt.config.ts `define`). */
/** A hash of the page tables and guides (lib/build/content-data-id.ts): a mirrored copy from another build is not used. */
declare const __CONTENT_DATA_ID__: string;
