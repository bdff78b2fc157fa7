import type { Element, FrameworkVersion, Pillar, PillarId, StanceQuestion } from './types.ts';
import { PILLAR_IDS, STANCE_VALUES } from './types.ts';
import { PILLARS } from './pillars.ts';
import { ELEMENTS } from './elements.ts';
import { QUESTIONS } from './questions.ts';

export type { Element, FrameworkVersion, Pillar, PillarId, ReaderFramework, Source, StanceLexicon, StanceQuestion, StanceValue } from './types.ts';
export { PILLAR_IDS, STANCE_VALUES };

/** The framework agreed by the OEWG 2021–2025; the seed for framework version `oewg-2025`. */
export const FRAMEWORK_2025: FrameworkVersion = {
  id: 'oewg-2025',
  title: 'Framework of responsible State behaviour (OEWG 2021–2025)',
  adopted: '2025-07-11',
  pillars: PILLARS,
  elements: ELEMENTS,
  questions: QUESTIONS,
};

export const ELEMENT_IDS: readonly string[] = ELEMENTS.map((element) => element.id);

const pillarsById = new Map<string, Pillar>(PILLARS.map((pillar) => [pillar.id, pillar]));
const elementsById = new Map<string, Element>(ELEMENTS.map((element) => [element.id, element]));
const questionsById = new Map<string, StanceQuestion>(QUESTIONS.map((question) => [question.id, question]));

/**
 * The pillar with this id in FRAMEWORK_2025, or undefined.
 * @example pillarById('cbms')?.title // 'Confidence-building measures'
 */
export function pillarById(id: string): Pillar | undefined {
  return pillarsById.get(id);
}

/**
 * The element with this id in FRAMEWORK_2025, or undefined.
 * @example elementById('norm-f')?.source // { symbol: 'A/70/174', paragraph: '13 (f)' }
 */
export function elementById(id: string): Element | undefined {
  return elementsById.get(id);
}

/**
 * The stance question with this id in FRAMEWORK_2025, or undefined.
 * @example questionById('national-reports')?.pillar // 'institutional-dialogue'
 */
export function questionById(id: string): StanceQuestion | undefined {
  return questionsById.get(id);
}

/** Narrows a string to a PillarId, for input that comes from a URL or a form. */
export function isPillarId(id: string): id is PillarId {
  return (PILLAR_IDS as readonly string[]).includes(id);
}
