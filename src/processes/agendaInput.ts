import { z } from 'zod';
import { PILLAR_IDS, type PillarId } from '../framework/catalogue/types.ts';
import { optional } from './input.ts';

/** One agenda item of a session: its number as the agenda prints it ("5", "5(a)"), title, and the pillar it falls under, if one. */
export const AgendaItemInput = z.object({
  number: z.string().trim().min(1, 'processes.err.required').max(20, 'processes.err.tooLong'),
  title: z.string().trim().min(2, 'processes.err.required').max(500, 'processes.err.tooLong'),
  pillar: optional(z.enum(PILLAR_IDS as unknown as [PillarId, ...PillarId[]], { message: 'processes.err.choice' })),
});
export type AgendaItemValue = z.output<typeof AgendaItemInput>;
