import { defineCatalogue } from './catalogue.ts';

// Messages of the registry capability; keys start with "registry.".
export default defineCatalogue({ en: {}, ar: {}, zh: {}, fr: {}, ru: {}, es: {} });
