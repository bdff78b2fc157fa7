import { PILLAR_IDS } from '../framework/catalogue/types.ts';
import type { SectionId } from './tables.ts';

/** The sections of a consensus report, in the order the report reads: the six pillars in between. */
export const SECTION_IDS: readonly SectionId[] = ['introduction', ...PILLAR_IDS, 'conclusions', 'recommendations'];

/** Letter headings ("A. …") so the checks read a section's pillar from its heading. */
export const sectionLetter = (s: SectionId) => String.fromCharCode(65 + SECTION_IDS.indexOf(s));

/** UN style: the zero draft, then Rev.1, Rev.2 … */
export const versionLabel = (n: number) => (n === 0 ? 'Zero draft' : `Rev.${n}`);
