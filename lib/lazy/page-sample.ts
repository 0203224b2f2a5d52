/** Lazy module (lib/lazy/load-lazy.ts): the anonymised page sample, made only when the popup asks. */
export { pageSample } from '../read/page-sample';
