import { z } from 'zod';
import type { Db } from '../db/engine.ts';
import { NotFound } from '../foundation/errors.ts';

/** Shared pieces of the processes' inputs; every message is a `processes.err.*` key (formError.ts). */
export const Slug = z
  .string()
  .trim()
  .max(60, 'processes.err.tooLong')
  .regex(/^[a-z0-9-]+$/, 'processes.err.slug');

/** A calendar day written YYYY-MM-DD that exists (2026-02-30 does not). */
export const Day = z
  .string()
  .trim()
  .min(1, 'processes.err.required')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'processes.err.date')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'processes.err.date');

export const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

/** The process a write is for, or 404 `process.not_found`. */
export async function processOf(db: Db, slug: string) {
  const p = await db.selectFrom('processes').select(['id', 'slug', 'title']).where('slug', '=', slug).executeTakeFirst();
  if (!p) throw NotFound('That process', 'process.not_found');
  return p;
}

/**
 * With the schema's own problems, whether the end comes before the start, so one answer names
 * every field to correct (the schema stops before comparing when another field is wrong).
 */
export function datesInOrder(input: { startsOn?: unknown; endsOn?: unknown }, messages: Record<string, { key: string }>) {
  const s = Day.safeParse(input.startsOn),
    e = Day.safeParse(input.endsOn);
  if (s.success && e.success && e.data < s.data && !messages.endsOn) messages.endsOn = { key: 'processes.err.endsBeforeStart' };
  return messages;
}
