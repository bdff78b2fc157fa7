import { defineCatalogue } from './catalogue.ts';
import { en } from './core.en.ts';

// The foundation's UI strings. Translations are kept as whole files per language (core.<lang>.ts)
// so translators work on one file; the catalogue test checks every key exists in every language.
import { ar } from './core.ar.ts';
import { es } from './core.es.ts';
import { fr } from './core.fr.ts';
import { ru } from './core.ru.ts';
import { zh } from './core.zh.ts';

export default defineCatalogue({ en, ar, zh, fr, ru, es });
