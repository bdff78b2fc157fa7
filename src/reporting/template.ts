import crypto from 'node:crypto';
import type { Db } from '../db/engine.ts';
import { GENERAL_FIELDS, ELEMENT_TEXT_FIELDS, type Answers } from './answers.ts';
import type { Questionnaire } from './questionnaire.ts';

/**
 * The marker a questionnaire DOCX carries in its custom document properties. Version 2 is the Word
 * form (answers in content controls tagged with their field keys); version 1, still read back, was a
 * table per section with the field key in the first column and the answer in the third.
 */
export const TEMPLATE_MARKER = 'accord-national-report/2';
export const TABLE_TEMPLATE_MARKER = 'accord-national-report/1';

/** What a DOCX says about itself; signed with the installation's HMAC key. */
export interface TemplateStructure {
  marker: string;
  cycleId: number;
  cycleCode: string;
  frameworkVersion: string;
  stateIso3: string | null;
  reportId: number | null;
  lockVersion: number | null;
  lang: string;
  /** SHA-256 of the field keys in document order: rows added, removed or renamed change it. */
  keysHash: string;
}

/** Blank capacity-need rows offered in a form or DOCX beyond those already filled. */
export const BLANK_NEED_ROWS = 5;

/** The field keys of a questionnaire in order (general, elements, then capacity-need slots). */
export function questionnaireKeys(q: Questionnaire, needRows: number): string[] {
  const keys = GENERAL_FIELDS.map((f) => `general.${f}`);
  for (const p of q.pillars)
    for (const e of p.elements) {
      keys.push(`elements.${e.id}.status`, ...ELEMENT_TEXT_FIELDS.map((f) => `elements.${e.id}.${f}`), `elements.${e.id}.links`);
    }
  for (let i = 0; i < needRows; i++)
    keys.push(`capacityNeeds.${i}.element`, `capacityNeeds.${i}.kind`, `capacityNeeds.${i}.priority`, `capacityNeeds.${i}.description`);
  return keys;
}

export const needRowsFor = (a: Answers) => Math.min(100, (a.capacityNeeds?.length ?? 0) + BLANK_NEED_ROWS);
export const keysHash = (keys: string[]) => crypto.createHash('sha256').update(keys.join('\n')).digest('hex');

/** The installation's signing key: ACCORD_TEMPLATE_SECRET, else one made and kept in the database. */
export async function templateSecret(db: Db): Promise<string> {
  if (process.env.ACCORD_TEMPLATE_SECRET) return process.env.ACCORD_TEMPLATE_SECRET;
  await db
    .insertInto('reporting_template_keys')
    .values({ id: 1, secret: crypto.randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return (await db.selectFrom('reporting_template_keys').select('secret').where('id', '=', 1).executeTakeFirstOrThrow()).secret;
}

export const sign = (secret: string, structureJson: string) => crypto.createHmac('sha256', secret).update(structureJson).digest('hex');

export function verifySignature(secret: string, structureJson: string, signature: string) {
  const want = Buffer.from(sign(secret, structureJson), 'hex');
  const got = Buffer.from(/^[0-9a-f]{64}$/.test(signature) ? signature : '00', 'hex');
  return got.length === want.length && crypto.timingSafeEqual(got, want);
}
