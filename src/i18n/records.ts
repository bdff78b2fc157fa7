import { defineCatalogue } from './catalogue.ts';

// Messages of the records capability; keys start with "records.".
export default defineCatalogue({ en: {}, ar: {}, zh: {}, fr: {}, ru: {}, es: {} });
