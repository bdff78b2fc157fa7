import type { Resource } from '../accounts/policy.ts';

/** What a draft says about itself for the access policy (`can(actor, 'draft.comment', draftResource(d))`). */
export const draftResource = (d: { open_to_stakeholders: boolean }): Resource => ({ openToStakeholders: d.open_to_stakeholders });
