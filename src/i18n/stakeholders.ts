import { defineCatalogue } from './catalogue.ts';

// Messages of the stakeholders capability; keys start with "stakeholders.".
export default defineCatalogue({ en: {}, ar: {}, zh: {}, fr: {}, ru: {}, es: {} });
