import { z } from 'zod';

/**
 * The shape of a report's answers (draft working copy, revisions, translations, imports all share it).
 * Every question is optional; empty strings are dropped on normalisation so "unanswered" has one form.
 */
export const STATUSES = ['not-started', 'planned', 'in-progress', 'implemented', 'not-applicable'] as const;
export const NEED_KINDS = ['training', 'technical-assistance', 'equipment', 'legal-policy-advice', 'funding', 'other'] as const;
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const ELEMENT_TEXT_FIELDS = ['measures', 'authorities', 'challenges', 'goodPractices'] as const;
export const GENERAL_FIELDS = ['internationalLawViews', 'pointsOfContact'] as const;

export type Status = (typeof STATUSES)[number];
export interface ElementAnswer {
  status?: Status;
  measures?: string;
  authorities?: string;
  challenges?: string;
  goodPractices?: string;
  links?: string[];
}
export interface CapacityNeed {
  element: string;
  kind: (typeof NEED_KINDS)[number];
  priority: (typeof PRIORITIES)[number];
  description?: string;
}
export interface Answers {
  general?: { internationalLawViews?: string; pointsOfContact?: string };
  elements?: Record<string, ElementAnswer>;
  capacityNeeds?: CapacityNeed[];
}

/** Longest text per field (ACCORD_REPORT_FIELD_MAX, default 20,000 characters). */
export const fieldLimit = () => Number(process.env.ACCORD_REPORT_FIELD_MAX ?? 20_000);

const httpUrl = z
  .string()
  .trim()
  .max(2000, 'A link is at most 2,000 characters.')
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'Give a full web address starting with https://, e.g. https://www.legislation.govt.nz/act/2023/1.');

/** The zod schema for answers; element ids are checked against the questionnaire's, so a stale id is named. */
export function answersSchema(elementIds: readonly string[], limit = fieldLimit()) {
  const text = z.string().max(limit, `At most ${limit.toLocaleString('en')} characters; shorten the text or attach it as a link.`);
  const ids = new Set(elementIds);
  const elementId = z.string().refine((v) => ids.has(v), 'Not an element of this questionnaire.');
  const element = z
    .object({
      status: z.enum(STATUSES, { message: `Use one of: ${STATUSES.join(', ')}.` }).optional(),
      measures: text.optional(),
      authorities: text.optional(),
      challenges: text.optional(),
      goodPractices: text.optional(),
      links: z.array(httpUrl).max(50, 'At most 50 links per element.').optional(),
    })
    .strict();
  return z
    .object({
      general: z.object({ internationalLawViews: text.optional(), pointsOfContact: text.optional() }).strict().optional(),
      elements: z.partialRecord(z.enum([...ids] as [string, ...string[]]), element).optional(),
      capacityNeeds: z
        .array(
          z
            .object({
              element: elementId,
              kind: z.enum(NEED_KINDS, { message: `Use one of: ${NEED_KINDS.join(', ')}.` }),
              priority: z.enum(PRIORITIES, { message: 'Use high, medium or low.' }),
              description: text.optional(),
            })
            .strict(),
        )
        .max(100, 'At most 100 capacity needs.')
        .optional(),
    })
    .strict();
}

const clean = (s: string | undefined) => (s == null ? undefined : s.replace(/\r\n?/g, '\n').trim() || undefined);

/** Drops empty values and orders keys, so equal answers have equal JSON (and checksums). */
export function normalise(a: Answers): Answers {
  const out: Answers = {};
  const g = { internationalLawViews: clean(a.general?.internationalLawViews), pointsOfContact: clean(a.general?.pointsOfContact) };
  if (g.internationalLawViews || g.pointsOfContact) out.general = JSON.parse(JSON.stringify(g));
  const elements: Record<string, ElementAnswer> = {};
  for (const id of Object.keys(a.elements ?? {}).sort()) {
    const e = a.elements![id]!;
    const links = (e.links ?? []).map((l) => l.trim()).filter(Boolean);
    const n: ElementAnswer = JSON.parse(
      JSON.stringify({
        status: e.status || undefined,
        measures: clean(e.measures),
        authorities: clean(e.authorities),
        challenges: clean(e.challenges),
        goodPractices: clean(e.goodPractices),
        links: links.length ? links : undefined,
      }),
    );
    if (Object.keys(n).length) elements[id] = n;
  }
  if (Object.keys(elements).length) out.elements = elements;
  const needs = (a.capacityNeeds ?? [])
    .filter((n) => n.element && n.kind && n.priority)
    .map((n) => JSON.parse(JSON.stringify({ element: n.element, kind: n.kind, priority: n.priority, description: clean(n.description) })) as CapacityNeed);
  if (needs.length) out.capacityNeeds = needs;
  return out;
}

/** JSON with sorted keys: the checksum and the diff must not depend on key order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/**
 * Answers as flat field paths → text, the form used by HTML forms, CSV, DOCX and the field-level diff:
 * `general.internationalLawViews`, `elements.norm-a.status`, `elements.norm-a.links` (one URL a line),
 * `capacityNeeds.0.kind`.
 */
export function flatten(a: Answers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of GENERAL_FIELDS) if (a.general?.[f]) out[`general.${f}`] = a.general[f]!;
  for (const [id, e] of Object.entries(a.elements ?? {})) {
    if (e.status) out[`elements.${id}.status`] = e.status;
    for (const f of ELEMENT_TEXT_FIELDS) if (e[f]) out[`elements.${id}.${f}`] = e[f]!;
    if (e.links?.length) out[`elements.${id}.links`] = e.links.join('\n');
  }
  (a.capacityNeeds ?? []).forEach((n, i) => {
    out[`capacityNeeds.${i}.element`] = n.element;
    out[`capacityNeeds.${i}.kind`] = n.kind;
    out[`capacityNeeds.${i}.priority`] = n.priority;
    if (n.description) out[`capacityNeeds.${i}.description`] = n.description;
  });
  return out;
}

const FIELD =
  /^(?:general\.(internationalLawViews|pointsOfContact)|elements\.([a-z0-9-]+)\.(status|measures|authorities|challenges|goodPractices|links)|capacityNeeds\.(\d{1,3})\.(element|kind|priority|description))$/;

/**
 * The inverse of `flatten`, for forms and uploads. Unknown field names are reported rather than
 * silently dropped; a capacity-need row with nothing in it is ignored (forms carry blank rows).
 */
export function unflatten(flat: Record<string, string>): { answers: Answers; unknown: string[] } {
  const a: Answers = {};
  const unknown: string[] = [];
  const needs = new Map<number, Record<string, string>>();
  for (const [key, raw] of Object.entries(flat)) {
    const value = raw ?? '';
    const m = FIELD.exec(key);
    if (!m) {
      unknown.push(key);
      continue;
    }
    if (m[1]) (a.general ??= {})[m[1] as 'pointsOfContact'] = value;
    else if (m[2]) {
      const e = ((a.elements ??= {})[m[2]] ??= {});
      if (m[3] === 'links')
        e.links = value
          .split(/[\n\r]+|\s+(?=https?:)/)
          .map((s) => s.trim())
          .filter(Boolean);
      else (e as Record<string, string>)[m[3]!] = value;
    } else {
      const row = needs.get(Number(m[4])) ?? {};
      row[m[5]!] = value.trim();
      needs.set(Number(m[4]), row);
    }
  }
  const rows = [...needs.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([, r]) => r)
    .filter((r) => Object.values(r).some((v) => v));
  if (rows.length)
    a.capacityNeeds = rows.map((r) => ({
      element: r.element ?? '',
      kind: r.kind as CapacityNeed['kind'],
      priority: r.priority as CapacityNeed['priority'],
      description: r.description,
    }));
  for (const e of Object.values(a.elements ?? {})) if (e.status === ('' as Status)) delete e.status;
  return { answers: a, unknown };
}

/** Per-field messages from zod issues; an unknown key is reported at its own path. */
export function issueFields(issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code?: string; keys?: string[] }>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const i of issues) {
    if (i.code === 'unrecognized_keys' && i.keys?.length) {
      for (const k of i.keys)
        fields[fieldOfIssue([...i.path, k])] ??=
          i.path[0] === 'elements' && i.path.length === 1 ? 'Not an element of this questionnaire.' : 'Not a field of this questionnaire.';
    } else fields[fieldOfIssue(i.path)] ??= i.message;
  }
  return fields;
}

/** Turns zod issue paths (elements.norm-a.links.2) into flat field names (elements.norm-a.links). */
export function fieldOfIssue(path: PropertyKey[]): string {
  const p = path.map(String);
  if (p[0] === 'elements' && p[3] !== undefined) return p.slice(0, 3).join('.');
  return p.join('.') || '_';
}
