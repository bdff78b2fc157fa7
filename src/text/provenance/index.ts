/**
 * Agreed-language provenance: which reference passage a draft sentence reuses, how closely, and what
 * changed. Pure functions; the reference corpus is held in memory as typed arrays.
 *
 * @example
 *   const index = buildReferenceIndex([{ symbol: 'A/TEST/1', text, consensus: true }]);
 *   findProvenance(index, 'States should cooperate to prevent harmful ICT practices.');
 */
export { buildReferenceIndex, referenceStats } from './referenceIndex.ts';
export type { ReferenceDocument, ReferenceIndex, ReferenceIndexOptions } from './referenceIndex.ts';
export { findProvenance, findSources, matchSentence, matchSources, sourceOf } from './sources.ts';
export type { Source, Span } from './sources.ts';
export type { Provenance, ReuseMatch } from './match.ts';
export type { DiffOp } from './diff.ts';
export { splitUnParagraphs } from './unParagraphs.ts';
export type { UnParagraph } from './unParagraphs.ts';
