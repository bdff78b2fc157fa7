import { defineCatalogue } from './catalogue.ts';

// Messages of the drafting capability; keys start with "drafting.".
export default defineCatalogue({ en: {}, ar: {}, zh: {}, fr: {}, ru: {}, es: {} });
