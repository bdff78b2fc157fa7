/**
 * Reads of the drafting workbench. Visibility: an issued version is public; the working version only
 * for those with 'draft.readUnissued' (the Chair and the Secretariat); a draft with no issued version
 * is invisible to everyone else.
 */
import { sql } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import { can } from '../accounts/policy.ts';
import type { Db } from '../db/engine.ts';
import { NotFound } from '../foundation/errors.ts';
import { SECTION_IDS } from './sections.ts';
import type { SectionId } from './tables.ts';
import { effectiveTags } from './tagging.ts';

export type VersionRow = { id: number; draft_id: number; number: number; status: 'working' | 'issued'; issued_at: Date | null; based_on: number | null };

export const canReadUnissued = (actor: Actor) => can(actor, 'draft.readUnissued');

export async function listDrafts(db: Db, actor: Actor) {
  const rows = await db
    .selectFrom('drafts as d')
    .innerJoin('processes as p', 'p.id', 'd.process_id')
    .select([
      'd.id',
      'd.title',
      'd.process',
      'd.open_to_stakeholders',
      'd.created_at',
      'p.slug as process_slug',
      'p.title as process_title',
      sql<number | null>`(select max(number) from draft_versions v where v.draft_id = d.id and v.status = 'issued')`.as('latest_issued'),
      sql<number | null>`(select max(number) from draft_versions v where v.draft_id = d.id and v.status = 'working')`.as('working'),
    ])
    .orderBy('d.id', 'desc')
    .execute();
  return canReadUnissued(actor) ? rows : rows.filter((r) => r.latest_issued !== null).map((r) => ({ ...r, working: null }));
}

export async function draftById(db: Db, actor: Actor, id: number) {
  const draft = await db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!draft) throw NotFound('That draft', 'draft.not_found');
  const all = await db
    .selectFrom('draft_versions')
    .select(['id', 'draft_id', 'number', 'status', 'issued_at', 'based_on'])
    .where('draft_id', '=', id)
    .orderBy('number')
    .execute();
  const versions = canReadUnissued(actor) ? all : all.filter((v) => v.status === 'issued');
  if (versions.length === 0) throw NotFound('That draft', 'draft.not_found');
  return {
    draft,
    versions: versions as VersionRow[],
    current: [...all].reverse().find((v) => v.status === 'issued') ?? null,
    working: all.find((v) => v.status === 'working') ?? null,
  };
}

export async function versionByNumber(db: Db, actor: Actor, draftId: number, number: number) {
  const { draft, versions } = await draftById(db, actor, draftId);
  const version = versions.find((v) => v.number === number);
  if (!version) throw NotFound('That version', 'draft.version_not_found');
  return { draft, version, versions };
}

export interface NumberedParagraph {
  id: number;
  key: string;
  number: number;
  section: SectionId;
  text: string;
  lockVersion: number;
  pillars: string[];
  elements: string[];
  byPerson: boolean;
  autoPillars: string[];
  autoElements: string[];
}

/** A version's paragraphs in reading order, numbered 1, 2, 3 … across the whole document, as UN reports are. */
export async function paragraphsOf(db: Db, versionId: number): Promise<NumberedParagraph[]> {
  const rows = await db.selectFrom('draft_paragraphs').selectAll().where('version_id', '=', versionId).execute();
  rows.sort((a, b) => SECTION_IDS.indexOf(a.section) - SECTION_IDS.indexOf(b.section) || a.position - b.position);
  return rows.map((r, i) => {
    const tags = effectiveTags(r);
    return {
      id: r.id,
      key: r.key,
      number: i + 1,
      section: r.section,
      text: r.text,
      lockVersion: r.lock_version,
      pillars: tags.pillars,
      elements: tags.elements,
      byPerson: tags.byPerson,
      autoPillars: r.auto_pillars,
      autoElements: r.auto_elements,
    };
  });
}

/** The draft as plain text with lettered section headings and numbered paragraphs, for the checks. */
export function draftText(paragraphs: NumberedParagraph[], headings: (s: SectionId) => string) {
  const out: string[] = [];
  let section: SectionId | null = null;
  for (const p of paragraphs) {
    if (p.section !== section) {
      section = p.section;
      out.push('', headings(section), '');
    }
    out.push(`${p.number}. ${p.text}`);
  }
  return out.join('\n').trim() + '\n';
}

export type AmendmentView = Awaited<ReturnType<typeof amendmentsOf>>[number];

/** Amendments of a draft (optionally of one version) with their delegation, co-sponsors and reactions. */
export async function amendmentsOf(db: Db, draftId: number, opts: { versionId?: number; id?: number } = {}) {
  let q = db
    .selectFrom('amendments as a')
    .innerJoin('states as s', 's.iso3', 'a.state_iso3')
    .innerJoin('draft_versions as v', 'v.id', 'a.version_id')
    .select([
      'a.id',
      'a.draft_id',
      'a.version_id',
      'v.number as version_number',
      'a.paragraph_key',
      'a.paragraph_number',
      'a.kind',
      'a.text',
      'a.base_text',
      'a.justification',
      'a.state_iso3',
      's.official_name as delegation',
      'a.status',
      'a.decision_note',
      'a.decided_at',
      'a.applied_to_version',
      'a.created_at',
    ])
    .where('a.draft_id', '=', draftId);
  if (opts.versionId) q = q.where('a.version_id', '=', opts.versionId);
  if (opts.id) q = q.where('a.id', '=', opts.id);
  const rows = await q.orderBy('a.paragraph_number').orderBy('a.id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const sponsors = await db
    .selectFrom('amendment_sponsors as x')
    .innerJoin('states as s', 's.iso3', 'x.state_iso3')
    .select(['x.amendment_id', 'x.state_iso3', 's.official_name'])
    .where('x.amendment_id', 'in', ids)
    .orderBy('x.joined_at')
    .execute();
  // The latest reaction of a delegation counts: a delegation may move from objection to support.
  const reactions = await db
    .selectFrom('amendment_reactions as r')
    .innerJoin('states as s', 's.iso3', 'r.state_iso3')
    .select(['r.amendment_id', 'r.state_iso3', 's.official_name', 'r.reaction', 'r.id'])
    .where('r.amendment_id', 'in', ids)
    .orderBy('r.id')
    .execute();
  return rows.map((r) => {
    const latest = new Map<string, { name: string; reaction: 'supports' | 'opposes' }>();
    for (const x of reactions) if (x.amendment_id === r.id) latest.set(x.state_iso3, { name: x.official_name, reaction: x.reaction });
    return {
      ...r,
      cosponsors: sponsors.filter((s) => s.amendment_id === r.id).map((s) => ({ iso3: s.state_iso3, name: s.official_name })),
      supporters: [...latest].filter(([, v]) => v.reaction === 'supports').map(([iso3, v]) => ({ iso3, name: v.name })),
      objectors: [...latest].filter(([, v]) => v.reaction === 'opposes').map(([iso3, v]) => ({ iso3, name: v.name })),
    };
  });
}

export async function amendmentById(db: Db, actor: Actor, id: number) {
  const a = await db.selectFrom('amendments').select(['draft_id']).where('id', '=', id).executeTakeFirst();
  if (!a) throw NotFound('That amendment', 'amendment.not_found');
  const { draft } = await draftById(db, actor, a.draft_id);
  const [row] = await amendmentsOf(db, a.draft_id, { id });
  return { draft, amendment: row };
}

export async function commentsOf(db: Db, versionId: number) {
  return db
    .selectFrom('draft_comments as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['c.id', 'c.paragraph_key', 'c.text', 'c.created_at', 'u.display_name'])
    .where('c.version_id', '=', versionId)
    .orderBy('c.id')
    .execute();
}

/** Changes recorded on the versions after `fromNumber` up to `toNumber`, with the amendment each came from. */
export async function changesBetween(db: Db, draftId: number, fromNumber: number, toNumber: number) {
  return db
    .selectFrom('draft_changes as c')
    .innerJoin('draft_versions as v', 'v.id', 'c.version_id')
    .leftJoin('amendments as a', 'a.id', 'c.amendment_id')
    .leftJoin('states as s', 's.iso3', 'a.state_iso3')
    .leftJoin('users as u', 'u.id', 'c.actor_id')
    .select([
      'c.id',
      'c.paragraph_key',
      'c.kind',
      'c.before_text',
      'c.after_text',
      'c.amendment_id',
      'c.actor_label',
      'c.at',
      'u.display_name as actor_name',
      'v.number as version_number',
      's.official_name as delegation',
      'a.state_iso3',
    ])
    .where('v.draft_id', '=', draftId)
    .where('v.number', '>', fromNumber)
    .where('v.number', '<=', toNumber)
    .orderBy('c.id')
    .execute();
}
