import type { SectionId } from './tables.ts';
import { sectionLetter } from './sections.ts';

const TITLES: Record<SectionId, string> = {
  introduction: 'Introduction',
  threats: 'Existing and potential threats',
  'international-law': 'International law',
  norms: 'Rules, norms and principles of responsible State behaviour',
  cbms: 'Confidence-building measures',
  'capacity-building': 'Capacity-building',
  'institutional-dialogue': 'Regular institutional dialogue',
  conclusions: 'Conclusions',
  recommendations: 'Recommendations',
};

/**
 * The English headings written into the text the checks read and into DOCX exports: the checks take a
 * section's pillar from its heading's words, so these use the framework's own vocabulary.
 */
export const SECTION_HEADINGS = Object.fromEntries(Object.entries(TITLES).map(([id, title]) => [id, `${sectionLetter(id as SectionId)}. ${title}`])) as Record<
  SectionId,
  string
>;
