import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { systemActor } from '../../accounts/actor.ts';
import { browserSession } from '../../server/browser.ts';
import { createDraft } from '../commands/createDraft.ts';
import { DEMO_DRAFT, DEMO_AGREED_LANGUAGE } from '../demoText.ts';
import { importAgreedLanguage } from '../commands/importAgreedLanguage.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
let draftId: number;
// Paragraph 6 of the demo draft: "States shall not conduct … critical infrastructure." (norms)
const PARA = 6;

before(async () => {
  s = await browserSession();
  const sys = systemActor('browser-test');
  for (const r of DEMO_AGREED_LANGUAGE)
    await importAgreedLanguage(s.db, sys, {
      symbol: r.symbol,
      title: r.title,
      date: r.date,
      consensus: r.consensus,
      filename: 'r.txt',
      bytes: new TextEncoder().encode(r.text),
    });
  draftId = (await createDraft(s.db, sys, { title: 'Final report', process: DEMO_DRAFT.process, paragraphs: DEMO_DRAFT.paragraphs.map((p) => ({ ...p })) })).id;
});
after(() => s.close());

async function propose(page: Page, kind: string, text: string | null, justification: string) {
  await page.goto(`${s.base}/drafts/${draftId}/v/0`);
  const card = page.locator(`#p-${PARA}`);
  await card.locator('details.propose summary').click();
  await card.locator('select[name=kind]').selectOption(kind);
  if (text !== null) await card.locator('textarea[name=text]').fill(text);
  await card.locator('input[name=justification]').fill(justification);
  await Promise.all([page.waitForURL(/done=proposed/), card.locator('details.propose button[type=submit]').click()]);
}

test('zero draft, competing amendments, a co-sponsor, Rev.1 accepting one, and a diff that says who', async () => {
  const chair = await s.newPage('chair');
  await chair.goto(`${s.base}/drafts/${draftId}/v/0`);
  assert.equal(await chair.locator('article.card').count(), DEMO_DRAFT.paragraphs.length);
  await Promise.all([chair.waitForURL(/done=issued/), chair.click('#issue')]);
  assert.match((await chair.textContent('main')) ?? '', /Issued/);

  const nzl = await s.newPage('delegate');
  await propose(
    nzl,
    'replace',
    'States should not conduct or knowingly support ICT activity that intentionally damages critical infrastructure.',
    'Restore the agreed voluntary wording.',
  );
  const fra = await s.newPage('otherDelegate');
  await propose(fra, 'replace', 'States must never conduct ICT activity that damages critical infrastructure.', 'A firmer commitment.');

  const mex = await s.newPage({ email: 'mex@accord.test' });
  await mex.goto(`${s.base}/drafts/${draftId}/v/0`);
  const nzAmendment = mex.locator(`#p-${PARA} li.amendment`).filter({ hasText: 'New Zealand' });
  await Promise.all([mex.waitForURL(/\/amendments\/\d+$/), nzAmendment.locator('button[value=cosponsor]').click()]);
  assert.match((await mex.textContent('main')) ?? '', /co-sponsored by Mexico/);

  await chair.goto(`${s.base}/drafts/${draftId}/v/0`);
  const toAccept = chair.locator(`#p-${PARA} li.amendment`).filter({ hasText: 'New Zealand' });
  await toAccept.locator('details summary').click();
  await Promise.all([chair.waitForURL(/\/amendments\/\d+$/), toAccept.locator('button[value=accept]').click()]);
  assert.match((await chair.textContent('main')) ?? '', /accepted/);
  await chair.goto(`${s.base}/drafts/${draftId}/v/1`);
  await Promise.all([chair.waitForURL(/v\/1\?done=issued/), chair.click('#issue')]);

  const reader = await s.newPage('public');
  await reader.goto(`${s.base}/drafts/${draftId}/diff?from=0&to=1`);
  const changed = reader.locator('#diff-table tr[data-status=changed]');
  assert.equal(await changed.count(), 1);
  assert.equal(await changed.locator('del').first().textContent(), 'shall');
  assert.equal(await changed.locator('ins').first().textContent(), 'should');
  assert.match((await changed.locator('.change').textContent()) ?? '', /proposed by New Zealand, applied by The Chair/);
  await s.screenshot(reader, 'drafting-diff');
  await s.screenshot(chair, 'drafting-rev1-issued');
});

test('the checks panel in English and Arabic', async () => {
  const chair = await s.newPage('chair');
  await chair.goto(`${s.base}/drafts/${draftId}/v/1/checks`);
  assert.ok(await chair.locator('#balance-chart svg').count(), 'balance chart');
  assert.match((await chair.locator('#checks-table').textContent()) ?? '', /A\/DEMO\/1/);
  await s.screenshot(chair, 'drafting-checks-en');
  await chair.goto(`${s.base}/drafts/${draftId}/v/1/checks?lang=ar`);
  assert.equal(await chair.getAttribute('html', 'dir'), 'rtl');
  assert.match((await chair.textContent('h1')) ?? '', /التحقق/);
  await s.screenshot(chair, 'drafting-checks-ar');
});
