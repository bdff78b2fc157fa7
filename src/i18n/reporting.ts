import { defineCatalogue } from './catalogue.ts';

// Messages of the reporting capability; keys start with "reporting.".
export default defineCatalogue({ en: {}, ar: {}, zh: {}, fr: {}, ru: {}, es: {} });
