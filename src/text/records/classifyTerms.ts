import type { PillarId } from '../../framework/catalogue/types.ts';

/**
 * Vocabulary the catalogue's lexicons lack, kept here so that the catalogue stays the framework's
 * data while the reader can still recognise common phrasings. Proposed to the catalogue's owners.
 */
export const EXTRA_PILLAR_TERMS: Record<PillarId, string[]> = {
  threats: ['threat', 'ransomware', 'critical infrastructure', 'supply chain', 'artificial intelligence',
    'quantum', 'non-state actors', 'proxies', 'offensive cyber capabilities', 'military purposes',
    'attacks on hospitals', 'healthcare sector'],
  'international-law': ['attribution', 'sovereignty', 'non-intervention', 'international humanitarian law', 'ihl',
    'use of force', 'self-defence', 'self-defense', 'due diligence', 'peaceful settlement', 'legally-binding',
    'binding instrument', 'new treaty', 'convention', 'article 51', 'attribution of', 'human rights law',
    'international human rights law'],
  norms: ['voluntary norms', 'norms of responsible', 'norm implementation', 'rules of the road', 'framework of responsible state behaviour'],
  cbms: ['confidence-building measure', 'poc directory', 'point of contact', 'global directory', 'directory of points of contact',
    'cert-to-cert', 'csirt cooperation', 'national views', 'white papers'],
  'capacity-building': ['capacity-building programmes', 'capacity', 'mentoring', 'fellowship', 'fellowships',
    'train', 'trained', 'curriculum', 'digital divide', 'bridging the digital divide', 'funding', 'voluntary fund',
    'resources', 'gender'],
  'institutional-dialogue': ['form follows function', 'programme of action', 'program of action', 'poa', 'permanent mechanism',
    'future mechanism', 'institutional', 'stakeholders', 'regular process', 'global mechanism', 'follow-up mechanism'],
};

/** Pillar words a section heading may use, beyond the lexicon (headings are terse). */
export const HEADING_TERMS: Record<PillarId, string[]> = {
  threats: ['threats', 'existing and potential threats', 'threat landscape'],
  'international-law': ['international law', 'law'],
  norms: ['norms', 'rules, norms and principles', 'responsible state behaviour', 'responsible state behavior'],
  cbms: ['confidence-building measures', 'confidence building measures', 'cbms', 'confidence-building'],
  'capacity-building': ['capacity-building', 'capacity building'],
  'institutional-dialogue': ['regular institutional dialogue', 'institutional dialogue', 'future mechanism',
    'programme of action', 'way forward', 'mechanism'],
};

/**
 * Lexicon words that also have everyday senses ("training", "body", "voluntary"): each counts for
 * half, so one of them alone does not tag a pillar.
 */
export const WEAK_TERMS = new Set([
  'malicious', 'disruptive', 'destructive', 'vulnerabilities', 'voluntary', 'transparency', 'training', 'trainings',
  'assistance', 'skills', 'workshops', 'recipient', 'beneficiary', 'capacities', 'capacity', 'developing countries',
  'resources', 'funding', 'gender', 'forum', 'forums', 'fora', 'body', 'bodies', 'mechanism', 'mechanisms', 'format',
  'formats', 'oewg', 'open-ended working group', 'civil society', 'private sector', 'inclusive', 'intergovernmental',
  'duplication', 'follow-up', 'stakeholders', 'institutional', 'charter', 'lawless',
]);
