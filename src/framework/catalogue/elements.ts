import type { Element } from './types.ts';
import { THREAT_ELEMENTS } from './elements/threats.ts';
import { LAW_ELEMENTS } from './elements/law.ts';
import { NORM_ELEMENTS } from './elements/norms.ts';
import { CBM_ELEMENTS } from './elements/cbms.ts';
import { CAPACITY_ELEMENTS } from './elements/capacity.ts';
import { DIALOGUE_ELEMENTS } from './elements/dialogue.ts';

/** All elements, in pillar order; the array order is the display position. */
export const ELEMENTS: Element[] = [
  ...THREAT_ELEMENTS,
  ...LAW_ELEMENTS,
  ...NORM_ELEMENTS,
  ...CBM_ELEMENTS,
  ...CAPACITY_ELEMENTS,
  ...DIALOGUE_ELEMENTS,
];
