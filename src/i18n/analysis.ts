import { defineCatalogue } from './catalogue.ts';

// Messages of the analysis capability; keys start with "analysis.".
export default defineCatalogue({ en: {}, ar: {}, zh: {}, fr: {}, ru: {}, es: {} });
