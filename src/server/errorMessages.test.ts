import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { z } from 'zod';
import { translator } from '../i18n/index.ts';
import { localizeError } from './errorMessages.ts';
import { AppError, Conflict, fromZod, NotFound, TooLarge } from '../foundation/errors.ts';
import { testApp } from '../testing/app.ts';

test("an error reads in the reader's language by its code, kind or status; English keeps its own message", () => {
  const fr = translator('fr');
  const ar = translator('ar');
  const closed = Conflict('report.cycle_closed', 'The cycle "2026" is closed.');
  assert.equal(localizeError(closed, translator('en')).message, 'The cycle "2026" is closed.');
  assert.match(localizeError(closed, fr).message, /^Ce cycle de rapports est clos/);
  assert.match(localizeError(closed, ar).message, /دورة تقديم التقارير هذه مغلقة/);
  assert.match(localizeError(NotFound('That report', 'report.not_found'), fr).message, /^Cet élément n’existe pas/, 'by kind');
  assert.match(localizeError(new AppError('something.odd', 409, 'Odd.'), fr).message, /entre en conflit/, 'by status');
  assert.match(localizeError(TooLarge(5e6), ar).message, /5 ميغابايت/, 'with its parameters');
  assert.match(localizeError(new Error('boom'), fr).message, /Rien n’a été enregistré/);
});

test('zod field messages map to catalogue keys by issue code', () => {
  const schema = z.object({ email: z.email(), title: z.string().min(1), summary: z.string().min(20), kind: z.enum(['a', 'b']) });
  const parsed = schema.safeParse({ email: 'nope', title: '', summary: 'short', kind: 'c' });
  assert.equal(parsed.success, false);
  const err = fromZod(parsed.error!);
  assert.ok(err.fields!.email, 'the English field messages stay for the API');
  const fr = localizeError(err, translator('fr'));
  assert.match(fr.message, /^4 champs ne sont pas valides/);
  assert.match(fr.fields!.email, /adresse électronique/);
  assert.equal(fr.fields!.title, 'Remplissez ce champ.');
  assert.equal(fr.fields!.summary, 'Au moins 20 caractères.');
  assert.equal(fr.fields!.kind, 'Choisissez l’une des options proposées.');
  const ar = localizeError(err, translator('ar'));
  assert.match(ar.message, /^4 حقول غير صالحة/);
  assert.equal(ar.fields!.title, 'املؤوا هذا الحقل.');
  assert.equal(ar.fields!.summary, 'على الأقل 20 حرفًا.');
});

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(async () => {
  await ctx.close();
});

test('the API keeps the English message and adds the localized one when Accept-Language asks', async () => {
  const sec = await ctx.as('secretariat');
  const body = { json: { id: 'Bad Id!', question: 'short', pillarId: 'norms' } };
  const en = (await (await sec.request('/api/v1/stance-questions', body)).json()) as { error: { code: string; message: string; localized?: unknown } };
  assert.equal(en.error.localized, undefined);
  const res = await sec.request('/api/v1/stance-questions', { ...body, headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
  assert.equal(res.status, 400);
  const fr = (await res.json()) as {
    error: { code: string; message: string; fields: Record<string, string>; localized: { lang: string; message: string; fields: Record<string, string> } };
  };
  assert.equal(fr.error.code, 'question.invalid');
  assert.equal(fr.error.message, en.error.message, 'the English message is unchanged');
  assert.equal(fr.error.localized.lang, 'fr');
  assert.match(fr.error.localized.message, /champs? n/);
  assert.deepEqual(Object.keys(fr.error.localized.fields).sort(), Object.keys(fr.error.fields).sort());
});

test('an error page renders the localized message (French and Arabic)', async () => {
  const pub = await ctx.as('public');
  const fr = await pub.request('/reports/999999?lang=fr');
  assert.equal(fr.status, 404);
  const frHtml = await fr.text();
  assert.match(frHtml, /n’existe pas/);
  assert.doesNotMatch(frHtml, /does not exist/);
  const ar = await pub.request('/reports/999999?lang=ar');
  const arHtml = await ar.text();
  assert.match(arHtml, /غير موجود/);
  assert.doesNotMatch(arHtml, /does not exist/);
});
