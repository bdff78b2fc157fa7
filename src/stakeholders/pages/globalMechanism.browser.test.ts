import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSession } from '../../server/browser.ts';
import { accreditDirectly, dtgMeeting } from '../testing.ts';

let s: Awaited<ReturnType<typeof browserSession>>;
let meeting: number;
before(async () => {
  s = await browserSession();
  // The demo stakeholder's organisation is accredited to the Global Mechanism, which holds a DTG meeting.
  const org = await s.db.selectFrom('users').select('organisation_id').where('email', '=', 'stakeholder@accord.test').executeTakeFirstOrThrow();
  await accreditDirectly(s.db, org.organisation_id!, 'global-mechanism');
  meeting = await dtgMeeting(s.db, 960);
});
after(() => s.close());

const LANGS = [
  {
    lang: 'en',
    rep: { name: 'Amina Okafor', email: 'amina.okafor@example.org', fn: 'Policy adviser' },
    sub: { name: 'Jonas Berg', email: 'jonas.berg@example.org', affiliation: 'Nordic Cyber Forum' },
    registered: /registered/,
    done: /confirmed and on the list/,
  },
  {
    lang: 'ar',
    rep: { name: 'ليلى حداد', email: 'layla.haddad@example.org', fn: 'مستشارة قانونية' },
    sub: { name: 'سامي منصور', email: 'sami.mansour@example.org', affiliation: 'منتدى الأمن الرقمي' },
    registered: /سُجّل الممثل/,
    done: /تأكّد عنوانكم/,
  },
] as const;

const submit = (page: Page, action: string) => Promise.all([page.waitForLoadState('load'), page.click(`form[action="${action}"] button[type=submit]`)]);

for (const L of LANGS) {
  test(`a stakeholder registers a representative for a DTG meeting (${L.lang})`, async () => {
    const org = await s.newPage('stakeholder');
    await org.goto(`${s.base}/stakeholders/representatives?lang=${L.lang}`);
    assert.equal(await org.getAttribute('html', 'dir'), L.lang === 'ar' ? 'rtl' : 'ltr');
    await Promise.all([
      org.waitForURL(/\/stakeholders\/meetings\/\d+\/representatives/),
      org.click(`a[href="/stakeholders/meetings/${meeting}/representatives"]`),
    ]);
    const action = `/stakeholders/meetings/${meeting}/representatives`;
    await org.fill('#name', L.rep.name);
    await org.fill('#function', L.rep.fn);
    // A malformed address first (the browser accepts it, the server wants a domain): the error sits beside the field, the rest is kept.
    await org.fill('#email', 'someone@example');
    await submit(org, action);
    await org.waitForSelector('#email-error');
    assert.equal(await org.inputValue('#name'), L.rep.name);
    assert.equal(await org.inputValue('#function'), L.rep.fn);
    await s.screenshot(org, `gm-representative-error-${L.lang}`);
    await org.fill('#email', L.rep.email);
    await Promise.all([org.waitForURL(/registered=1/), org.click(`form[action="${action}"] button[type=submit]`)]);
    assert.match((await org.textContent('.alert.ok')) ?? '', L.registered);
    assert.match((await org.textContent('#representatives')) ?? '', new RegExp(L.rep.name));
    await s.screenshot(org, `gm-representative-registered-${L.lang}`);

    const secretariat = await s.newPage('secretariat');
    await secretariat.goto(`${s.base}${action}?lang=${L.lang}`);
    const list = (await secretariat.textContent('#representatives')) ?? '';
    assert.match(list, /Cyber Peace Network/);
    assert.match(list, new RegExp(L.rep.email.replace(/\./g, '\\.')));
    await s.screenshot(secretariat, `gm-representatives-secretariat-${L.lang}`);
    await org.context().close();
    await secretariat.context().close();
  });

  test(`the public signs up to the Global Mechanism's interest list and confirms (${L.lang})`, async () => {
    const visitor = await s.newPage('public', { locale: L.lang === 'ar' ? 'ar' : 'en-GB' });
    await visitor.goto(`${s.base}/stakeholders/interest-list?lang=${L.lang}`);
    await visitor.fill('#name', L.sub.name);
    await visitor.fill('#affiliation', L.sub.affiliation);
    await visitor.selectOption('#language', L.lang);
    await visitor.fill('#email', 'not-an-address@x');
    await submit(visitor, '/stakeholders/interest-list');
    await visitor.waitForSelector('#email-error');
    assert.equal(await visitor.inputValue('#name'), L.sub.name);
    assert.equal(await visitor.inputValue('#affiliation'), L.sub.affiliation);
    await s.screenshot(visitor, `gm-interest-error-${L.lang}`);
    await visitor.fill('#email', L.sub.email);
    await Promise.all([visitor.waitForURL(/requested=1/), visitor.click('form[action="/stakeholders/interest-list"] button[type=submit]')]);
    assert.ok(await visitor.isVisible('#requested'));
    await s.screenshot(visitor, `gm-interest-requested-${L.lang}`);

    // Not on the list until confirmed; the email waits in the outbox, in the subscriber's language.
    const row = await s.db.selectFrom('interest_subscribers').select('status').where('email', '=', L.sub.email).executeTakeFirstOrThrow();
    assert.equal(row.status, 'pending');
    const mail = await s.db
      .selectFrom('outbound_emails')
      .select(['subject', 'body'])
      .where('to_address', '=', L.sub.email)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    if (L.lang === 'ar') assert.match(mail.subject, /أكّدوا عنوانكم/);
    const link = /https?:\/\/\S+\/stakeholders\/interest-list\/confirm\/\S+/.exec(mail.body)![0];
    assert.match(mail.body, /\/stakeholders\/interest-list\/unsubscribe\//);

    const owner = await s.newPage('public');
    await owner.goto(link);
    assert.equal(await owner.getAttribute('html', 'lang'), L.lang);
    await s.screenshot(owner, `gm-interest-confirm-${L.lang}`);
    await submit(owner, new URL(link).pathname);
    assert.match((await owner.textContent('#done')) ?? '', L.done);
    await s.screenshot(owner, `gm-interest-confirmed-${L.lang}`);
    const listed = await s.db.selectFrom('interest_subscribers').select('status').where('email', '=', L.sub.email).executeTakeFirstOrThrow();
    assert.equal(listed.status, 'confirmed');

    const secretariat = await s.newPage('secretariat');
    await secretariat.goto(`${s.base}/stakeholders/interest-list/subscribers?lang=${L.lang}`);
    await s.screenshot(secretariat, `gm-interest-subscribers-${L.lang}`);
    await visitor.context().close();
    await owner.context().close();
    await secretariat.context().close();
  });
}

test('the Secretariat sets the Global Mechanism to carry over OEWG accreditation, and the list filters by process', async () => {
  const secretariat = await s.newPage('secretariat');
  await secretariat.goto(`${s.base}/stakeholders/processes?lang=en`);
  const action = '/stakeholders/processes/global-mechanism/modalities';
  // Neither basis: refused, the error beside the bases, the rest of the form as typed.
  await secretariat.uncheck('#ecosocBasis-global-mechanism');
  await secretariat.uncheck('#noObjectionBasis-global-mechanism');
  await secretariat.fill('#objectionWorkingDays-global-mechanism', '15');
  await submit(secretariat, action);
  await secretariat.waitForSelector('#ecosocBasis-global-mechanism-error');
  assert.equal(await secretariat.inputValue('#objectionWorkingDays-global-mechanism'), '15');
  await s.screenshot(secretariat, 'gm-modalities-error-en');
  await secretariat.check('#ecosocBasis-global-mechanism');
  await secretariat.check('#noObjectionBasis-global-mechanism');
  await secretariat.selectOption('#carryOverFrom-global-mechanism', 'oewg-2021-2025');
  await Promise.all([secretariat.waitForURL(/saved=1/), secretariat.click(`form[action="${action}"] button[type=submit]`)]);
  assert.match((await secretariat.textContent('#process-global-mechanism')) ?? '', /OEWG 2021–2025 carries over/);
  await s.screenshot(secretariat, 'gm-modalities-saved-en');
  const gm = await s.db
    .selectFrom('stakeholder_modalities as m')
    .innerJoin('processes as p', 'p.id', 'm.process_id')
    .select(['m.carry_over_from', 'm.objection_working_days'])
    .where('p.slug', '=', 'global-mechanism')
    .executeTakeFirstOrThrow();
  assert.ok(gm.carry_over_from);
  assert.equal(gm.objection_working_days, 15);

  // The organisation, accredited to the Global Mechanism only, applies for the OEWG 2021–2025 from the same page:
  // that process carries nothing over, so its ECOSOC status waits for the Secretariat.
  const org = await s.newPage('stakeholder');
  await org.goto(`${s.base}/stakeholders/processes?lang=en`);
  assert.match((await org.textContent('#process-global-mechanism')) ?? '', /Accredited/);
  await s.screenshot(org, 'gm-modalities-stakeholder-en');
  await Promise.all([
    org.waitForURL(/\/stakeholders\/applications\/\d+\?submitted=1/),
    org.click('form[action="/stakeholders/processes/oewg-2021-2025/apply"] button[type=submit]'),
  ]);
  assert.match((await org.textContent('.alert.ok')) ?? '', /Secretariat will confirm/);
  await s.screenshot(org, 'gm-apply-for-process-en');

  await secretariat.goto(`${s.base}/stakeholders?process=oewg-2021-2025&lang=ar`);
  assert.match((await secretariat.textContent('table')) ?? '', /Cyber Peace Network/);
  await s.screenshot(secretariat, 'gm-applications-filtered-ar');
  await org.context().close();
  await secretariat.context().close();
});
