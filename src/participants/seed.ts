import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { ORGANISATIONS, SPEAKING_GROUPS } from './organisations.ts';
import { REGIONAL_GROUPS } from './regionalGroups.ts';
import { STATES } from './states.ts';
import { UN_ENTITIES } from './unEntities.ts';

/** Writes the States, groups and organisations; run once, on first start, inside the seed transaction. */
export async function seedParticipants(trx: Transaction<Database>) {
  await trx
    .insertInto('regional_groups')
    .values(REGIONAL_GROUPS.map((g) => ({ id: g.id, name: g.name })))
    .execute();
  await trx
    .insertInto('organisations')
    .values([
      ...ORGANISATIONS.map((o) => ({ id: o.id, name: o.name, kind: 'regional-organisation' as const, aliases: [...o.aliases] })),
      ...SPEAKING_GROUPS.map((o) => ({ id: o.id, name: o.name, kind: 'speaking-group' as const, aliases: [...o.aliases] })),
      ...UN_ENTITIES.map((o) => ({ id: o.id, name: o.name, kind: 'un-entity' as const, aliases: [...o.aliases] })),
    ])
    .execute();
  await trx
    .insertInto('states')
    .values(
      STATES.map((s) => ({
        iso3: s.iso3,
        m49: s.m49,
        official_name: s.officialName,
        names: [...s.names],
        adjectives: [...s.adjectives],
        regional_group: s.regionalGroup,
        also_caucuses: [...(s.alsoCaucuses ?? [])],
        observer_in_group: s.observerInGroup ?? false,
        observer: s.observer,
      })),
    )
    .execute();
  const memberships = STATES.flatMap((s) => s.organisations.map((o) => ({ state_iso3: s.iso3, organisation_id: o })));
  await trx.insertInto('state_memberships').values(memberships).execute();
}
