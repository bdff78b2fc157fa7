import type { Db } from '../db/engine.ts';
import type { Answers } from './answers.ts';
import { createCycle } from './commands/createCycle.ts';
import { saveDraft } from './commands/saveDraft.ts';
import { startReport } from './commands/startReport.ts';
import { submitReport } from './commands/submitReport.ts';
import { demoActors } from '../testing/factories.ts';

const NZL: Answers = {
  general: {
    internationalLawViews: '[Demo] International law, including the UN Charter in its entirety, applies to State conduct in cyberspace.',
    pointsOfContact: '[Demo] National Cyber Security Centre (technical); Ministry of Foreign Affairs (policy).',
  },
  elements: {
    'norm-a': {
      status: 'implemented',
      measures: '[Demo] National cyber security strategy with an interagency coordination group.',
      authorities: '[Demo] Department of the Prime Minister and Cabinet',
    },
    'norm-g': {
      status: 'in-progress',
      measures: '[Demo] Critical infrastructure resilience programme.',
      challenges: '[Demo] Many operators are small and lack security staff.',
    },
    'norm-j': { status: 'planned', goodPractices: '[Demo] A coordinated vulnerability disclosure pilot with universities.' },
    'cbm-poc': { status: 'implemented', links: ['https://example.org/demo/poc-directory'] },
  },
  capacityNeeds: [{ element: 'norm-g', kind: 'training', priority: 'medium', description: '[Demo] Exercises for operators of small utilities.' }],
};
const FRA: Answers = {
  general: { internationalLawViews: '[Démo] Le droit international s’applique au cyberespace, y compris le droit international humanitaire.' },
  elements: {
    'law-ihl': { status: 'implemented', measures: '[Démo] Doctrine publiée sur l’application du droit international humanitaire.' },
    'norm-e': { status: 'implemented', authorities: '[Démo] Ministère de l’Europe et des Affaires étrangères' },
    'norm-k': { status: 'implemented' },
  },
};
const MEX: Answers = {
  elements: {
    'norm-c': { status: 'in-progress', challenges: '[Demo] Legislation on cybercrime is before Congress.' },
    'cb-funding': { status: 'not-started' },
  },
  capacityNeeds: [
    { element: 'norm-c', kind: 'legal-policy-advice', priority: 'high', description: '[Demo] Drafting support for the cybercrime bill.' },
    { element: 'cbm-cert-cooperation', kind: 'technical-assistance', priority: 'high', description: '[Demo] Tooling for the national CSIRT.' },
  ],
};

/**
 * Demo content for the first start: one open cycle, "OEWG national survey 2026", with three
 * submitted reports of different visibility (NZL states-only, FRA public, MEX Secretariat-only).
 * Everything is flagged demo and the texts say [Demo].
 */
export async function seedDemo(db: Db) {
  const existing = await db.selectFrom('reporting_cycles').select('id').where('demo', '=', true).executeTakeFirst();
  if (existing) return { cycleId: existing.id, created: false };
  const A = await demoActors(db);
  const year = new Date().getUTCFullYear();
  const cycle = await createCycle(db, A.secretariat, {
    title: 'OEWG national survey 2026',
    code: 'OEWG-2026-DEMO',
    opensOn: `${year}-01-01`,
    dueOn: `${year + 1}-06-30`,
    closesOn: `${year + 1}-09-30`,
    demo: true,
  });
  const plans = [
    [A.nzl, NZL, 'states', 'en'],
    [A.fra, FRA, 'public', 'fr'],
    [A.mex, MEX, 'secretariat', 'es'],
  ] as const;
  for (const [actor, answers, visibility, language] of plans) {
    const r = await startReport(db, actor, cycle.id, { visibility, language });
    await db.updateTable('national_reports').set({ demo: true }).where('id', '=', r.id).execute();
    const s = await saveDraft(db, actor, r.id, { lockVersion: 0, answers });
    await submitReport(db, actor, r.id, { lockVersion: s.lockVersion });
  }
  return { cycleId: cycle.id, created: true };
}
