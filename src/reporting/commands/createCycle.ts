import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { requireAccess } from '../../accounts/policy.ts';
import type { Db } from '../../db/engine.ts';
import { FormError, formErrorOf } from '../fieldErrors.ts';
import { DEFAULT_RULES } from '../rules.ts';
import { versionOfProcess } from '../../framework/queries.ts';

// Messages are catalogue keys (src/reporting/locales/<lang>.json): the form shows them in the reader's language, the API in English.
const isoDate = z
  .string({ message: 'reporting.err.date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'reporting.err.date')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'reporting.err.realDate');

export const NewCycle = z
  .object({
    title: z.string({ message: 'reporting.err.cycleTitle' }).trim().min(5, 'reporting.err.cycleTitle').max(200),
    /** Receipt prefix; made from the opening year when left out (OEWG-2026-1, OEWG-2026-2, …). */
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{3,40}$/, 'reporting.err.cycleCode')
      .optional(),
    /** The process the cycle belongs to (a slug); the OEWG 2021–2025 when left out. */
    process: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,60}$/, 'reporting.err.process')
      .optional(),
    /** Framework version; the process's own when left out. */
    frameworkVersion: z.string().trim().optional(),
    opensOn: isoDate,
    dueOn: isoDate,
    closesOn: isoDate,
    /** The expected States (ISO alpha-3); all 195 when left out or empty. */
    states: z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{3}$/, 'reporting.err.iso3'),
      )
      .max(300)
      .optional(),
    demo: z.boolean().optional(),
  })
  .refine((c) => c.opensOn <= c.dueOn, { path: ['dueOn'], message: 'reporting.err.dueBeforeOpens' })
  .refine((c) => c.dueOn <= c.closesOn, { path: ['closesOn'], message: 'reporting.err.closesBeforeDue' });

/** Receipt prefix of a process's cycles: OEWG for both working groups, GM for the Global Mechanism, else the slug's initials. */
export function codePrefix(slug: string): string {
  if (slug.startsWith('oewg')) return 'OEWG';
  if (slug === 'global-mechanism') return 'GM';
  return (
    slug
      .split('-')
      .filter((w) => !/^[0-9]+$/.test(w))
      .map((w) => w[0]!.toUpperCase())
      .join('') || 'CYCLE'
  );
}

/** The Secretariat opens a reporting cycle and names the States expected to report. */
export async function createCycle(db: Db, actor: Actor, input: z.input<typeof NewCycle>) {
  requireAccess(actor, 'cycle.manage');
  const parsed = NewCycle.safeParse(input);
  if (!parsed.success) throw formErrorOf(parsed.error.issues, 'cycle.invalid');
  const p = parsed.data;
  return db.transaction().execute(async (trx) => {
    const process = await trx
      .selectFrom('processes')
      .select(['id', 'slug'])
      .where('slug', '=', p.process ?? 'oewg-2021-2025')
      .executeTakeFirst();
    if (!process) throw new FormError('cycle.invalid', 400, `No process ${p.process}.`, { process: { key: 'reporting.err.process' } });
    // A Global Mechanism cycle asks about the Global Mechanism's framework, an OEWG cycle about the OEWG's.
    const version = await trx
      .selectFrom('framework_versions')
      .select('id')
      .where('id', '=', p.frameworkVersion ?? (await versionOfProcess(trx, process.slug)))
      .executeTakeFirst();
    if (!version)
      throw new FormError('cycle.invalid', 400, `No framework version ${p.frameworkVersion}.`, { frameworkVersion: { key: 'reporting.err.frameworkVersion' } });
    let states: string[];
    if (p.states?.length) {
      const wanted = [...new Set(p.states)];
      const found = await trx.selectFrom('states').select('iso3').where('iso3', 'in', wanted).execute();
      const unknown = wanted.filter((s) => !found.some((f) => f.iso3 === s));
      if (unknown.length)
        throw new FormError('cycle.invalid', 400, `Unknown State codes: ${unknown.join(', ')}.`, {
          states: { key: 'reporting.err.unknownStates', params: { codes: unknown.join(', ') } },
        });
      states = wanted;
    } else {
      states = (await trx.selectFrom('states').select('iso3').execute()).map((s) => s.iso3);
    }
    let code = p.code;
    if (!code) {
      const year = p.opensOn.slice(0, 4);
      const prefix = codePrefix(process.slug);
      const taken = await trx.selectFrom('reporting_cycles').select('code').where('code', 'like', `${prefix}-${year}-%`).execute();
      let n = taken.length + 1;
      while (taken.some((t) => t.code === `${prefix}-${year}-${n}`)) n++;
      code = `${prefix}-${year}-${n}`;
    }
    const clash = await trx.selectFrom('reporting_cycles').select('id').where('code', '=', code).executeTakeFirst();
    if (clash)
      throw new FormError('cycle.code_taken', 409, `A cycle with the code ${code} already exists; choose another code.`, {
        code: { key: 'reporting.err.codeTaken', params: { code } },
      });
    const cycle = await trx
      .insertInto('reporting_cycles')
      .values({
        code,
        title: p.title,
        process_id: process.id,
        framework_version: version.id,
        opens_on: p.opensOn,
        due_on: p.dueOn,
        closes_on: p.closesOn,
        demo: p.demo ?? false,
        created_by: actor.kind === 'user' ? actor.id : null,
      })
      .returning(['id', 'code', 'title', 'framework_version'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('reporting_expected_states')
      .values(states.map((s) => ({ cycle_id: cycle.id, state_iso3: s, reopened_until: null, reopened_by: null })))
      .execute();
    // Every cycle starts with the default validation rules; the Secretariat changes them on the cycle page.
    await trx
      .insertInto('reporting_validation_rules')
      .values(DEFAULT_RULES.map((r) => ({ ...r, cycle_id: cycle.id, created_by: actor.kind === 'user' ? actor.id : null })))
      .execute();
    await recordAudit(trx, actor, {
      action: 'cycle.created',
      itemType: 'reporting_cycle',
      itemId: cycle.id,
      after: { ...cycle, opensOn: p.opensOn, dueOn: p.dueOn, closesOn: p.closesOn, expected: states.length },
    });
    return { ...cycle, expected: states.length };
  });
}
