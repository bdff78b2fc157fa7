import type { Db } from '../db/engine.ts';
import { statesNamedLike } from './names.ts';

export interface StateFilter { group?: string; organisation?: string; q?: string }

/** States with their group and memberships, filtered by regional group, organisation or name. */
export async function listStates(db: Db, f: StateFilter = {}) {
  let q = db.selectFrom('states').leftJoin('regional_groups', 'regional_groups.id', 'states.regional_group')
    .select(['states.iso3', 'states.m49', 'states.official_name', 'states.names', 'states.regional_group', 'states.also_caucuses', 'states.observer', 'states.observer_in_group', 'regional_groups.name as group_name'])
    .select((eb) => eb.selectFrom('state_memberships').select((e2) => e2.fn.agg<string[]>('array_agg', ['organisation_id']).as('o'))
      .whereRef('state_memberships.state_iso3', '=', 'states.iso3').as('organisations'))
    .orderBy('states.official_name');
  if (f.group) q = q.where((eb) => eb.or([eb('states.regional_group', '=', f.group!), eb(eb.val(f.group!), '=', eb.fn.any('states.also_caucuses'))]));
  if (f.organisation) q = q.where('states.iso3', 'in', (eb) => eb.selectFrom('state_memberships').select('state_iso3').where('organisation_id', '=', f.organisation!));
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '')}%`;
    const translated = statesNamedLike(f.q);
    q = q.where((eb) => eb.or([
      eb('states.official_name', 'ilike', like), eb('states.iso3', '=', f.q!.toUpperCase()),
      eb(eb.fn('array_to_string', ['states.names', eb.val(' ')]), 'ilike', like),
      ...(translated.length ? [eb('states.iso3', 'in', translated)] : []),
    ]));
  }
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, organisations: r.organisations ?? [] }));
}

export async function stateProfile(db: Db, iso3: string) {
  const state = await db.selectFrom('states').leftJoin('regional_groups', 'regional_groups.id', 'states.regional_group')
    .selectAll('states').select('regional_groups.name as group_name').where('states.iso3', '=', iso3.toUpperCase()).executeTakeFirst();
  if (!state) return null;
  const organisations = await db.selectFrom('state_memberships').innerJoin('organisations', 'organisations.id', 'state_memberships.organisation_id')
    .select(['organisations.id', 'organisations.name']).where('state_iso3', '=', state.iso3).orderBy('organisations.name').execute();
  return { ...state, organisations };
}

export const listRegionalGroups = (db: Db) => db.selectFrom('regional_groups').selectAll().orderBy('name').execute();
export const listOrganisations = (db: Db, kind?: 'regional-organisation' | 'speaking-group' | 'un-entity') => {
  let q = db.selectFrom('organisations').selectAll().orderBy('name');
  if (kind) q = q.where('kind', '=', kind);
  return q.execute();
};
