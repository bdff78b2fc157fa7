import { Hono } from 'hono';
import { requireAccess } from '../../accounts/policy.ts';
import { RateLimiter } from '../../accounts/rateLimit.ts';
import { toCsv } from '../../exports/csv.ts';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages.ts';
import { Field, FormAlert, formErrors, inputsOf, str } from '../../server/forms.tsx';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { confirmSubscription } from '../commands/confirmSubscription.ts';
import { lookupToken } from '../interestTokens.ts';
import { unsubscribe } from '../commands/unsubscribe.ts';
import { CURRENT_PROCESS, processBySlug } from '../modalities.ts';
import { processName } from '../../i18n/processName.ts';
import { interestCounts } from '../queries.ts';
import { exportSubscribers } from '../commands/exportSubscribers.ts';
import { subscribeToInterestList } from '../commands/subscribeToInterestList.ts';

/** Where links in emails point: the configured public address (a request's Host header is the visitor's to choose). */
const baseUrl = (c: Ctx) => process.env.ACCORD_PUBLIC_URL ?? new URL(c.req.url).origin;
const clientAddress = (c: Ctx) => (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress ?? 'local';
/**
 * Sign-ups per client address: enough for an office (or a reverse proxy) in front of many people,
 * too few to flood the outbox; one address's own mail is limited apart (subscribeToInterestList).
 */
const signUps = new RateLimiter(50, 15 * 60 * 1000);

type Errors = { message: string; fields: Record<string, string> };

function SubscribeForm({ c, values = {}, errors }: { c: Ctx; values?: Record<string, string>; errors?: Errors }) {
  const t = c.get('t');
  const f = errors?.fields ?? {};
  const input = inputsOf(values, f);
  const chosen = values.language ?? c.get('t').lang;
  return (
    <>
      <FormAlert errors={errors} />
      <form method="post" action="/stakeholders/interest-list" class="stack">
        <Csrf c={c} />
        <Field id="name" label={t('stakeholders.interest.name')} error={f.name}>
          {input('name', 'text', true, 'name')}
        </Field>
        <Field id="email" label={t('stakeholders.interest.email')} error={f.email}>
          {input('email', 'email', true, 'email')}
        </Field>
        <Field id="affiliation" label={t('stakeholders.interest.affiliation')} error={f.affiliation}>
          {input('affiliation', 'text', false, 'organization')}
        </Field>
        <Field id="language" label={t('stakeholders.interest.language')} error={f.language}>
          <select id="language" name="language" aria-invalid={f.language ? 'true' : undefined} aria-describedby={f.language ? 'language-error' : undefined}>
            {LANGUAGES.map((l) => (
              <option value={l} lang={l} selected={chosen === l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </Field>
        <p class="muted">{t('stakeholders.interest.privacy')}</p>
        <div>
          <button type="submit">{t('stakeholders.interest.submit')}</button>
        </div>
      </form>
    </>
  );
}

async function InterestPage({ c, values, errors }: { c: Ctx; values?: Record<string, string>; errors?: Errors }) {
  const t = c.get('t');
  const p = await processBySlug(c.get('db'), CURRENT_PROCESS);
  const name = processName(t, p);
  return (
    <>
      <p>
        <a href="/stakeholders">{t('stakeholders.title')}</a>
      </p>
      <h1>{t('stakeholders.interest.title', { process: name })}</h1>
      <p class="lede">{t('stakeholders.interest.lede', { process: name })}</p>
      {c.req.query('requested') ? (
        <div class="alert ok" role="status" id="requested">
          {t('stakeholders.interest.requested')}
        </div>
      ) : (
        <SubscribeForm c={c} values={values} errors={errors} />
      )}
    </>
  );
}

/** The confirmation and unsubscribe pages: a GET shows a button, the POST acts (link scanners only GET). */
function TokenAction({ c, title, text, action, button }: { c: Ctx; title: string; text: string; action: string; button: string }) {
  return page(
    c,
    title,
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <form method="post" action={action}>
        <Csrf c={c} />
        <button type="submit">{button}</button>
      </form>
    </>,
  );
}
const done = (c: Ctx, title: string, text: string) =>
  page(
    c,
    title,
    <>
      <h1>{title}</h1>
      <div class="alert ok" role="status" id="done">
        {text}
      </div>
      <p>
        <a href="/stakeholders">{c.get('t')('stakeholders.title')}</a>
      </p>
    </>,
  );

export const interestRoutes = new Hono<AppEnv>()
  .get('/stakeholders/interest-list', async (c) => page(c, c.get('t')('stakeholders.interest.short'), await InterestPage({ c })))
  .post('/stakeholders/interest-list', async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    const values = { name: str(form.name), email: str(form.email), affiliation: str(form.affiliation), language: str(form.language) };
    const wait = signUps.attempt(clientAddress(c));
    if (wait > 0)
      throw new AppError('interest.rate_limited', 429, `Too many sign-ups from your address; try again in ${Math.ceil(wait / 60)} minutes.`, undefined, {
        key: 'stakeholders.err.rate_limited',
        params: { minutes: Math.ceil(wait / 60) },
      });
    try {
      await subscribeToInterestList(c.get('db'), c.get('actor'), { ...values, language: values.language as never }, { baseUrl: baseUrl(c) });
      return c.redirect('/stakeholders/interest-list?requested=1', 303);
    } catch (err) {
      const errors = formErrors(err, t);
      if (!errors) throw err;
      return page(c, t('stakeholders.interest.short'), await InterestPage({ c, values, errors }), { status: 400 });
    }
  })
  .get('/stakeholders/interest-list/confirm/:token', async (c) => {
    const t = c.get('t');
    await lookupToken(c.get('db'), c.req.param('token'), 'confirm');
    return TokenAction({
      c,
      title: t('stakeholders.interest.confirm.title'),
      text: t('stakeholders.interest.confirm.text'),
      action: `/stakeholders/interest-list/confirm/${c.req.param('token')}`,
      button: t('stakeholders.interest.confirm.button'),
    });
  })
  .post('/stakeholders/interest-list/confirm/:token', async (c) => {
    const t = c.get('t');
    await readForm(c);
    await confirmSubscription(c.get('db'), c.req.param('token'), { baseUrl: baseUrl(c) });
    return done(c, t('stakeholders.interest.confirm.title'), t('stakeholders.interest.confirmed'));
  })
  .get('/stakeholders/interest-list/unsubscribe/:token', async (c) => {
    const t = c.get('t');
    await lookupToken(c.get('db'), c.req.param('token'), 'unsubscribe');
    return TokenAction({
      c,
      title: t('stakeholders.interest.unsubscribe.title'),
      text: t('stakeholders.interest.unsubscribe.text'),
      action: `/stakeholders/interest-list/unsubscribe/${c.req.param('token')}`,
      button: t('stakeholders.interest.unsubscribe.button'),
    });
  })
  .post('/stakeholders/interest-list/unsubscribe/:token', async (c) => {
    const t = c.get('t');
    await readForm(c);
    await unsubscribe(c.get('db'), c.req.param('token'));
    return done(c, t('stakeholders.interest.unsubscribe.title'), t('stakeholders.interest.unsubscribed'));
  })
  .get('/stakeholders/interest-list/subscribers', async (c) => {
    requireAccess(c.get('actor'), 'interestList.read');
    const t = c.get('t');
    const p = await processBySlug(c.get('db'), CURRENT_PROCESS);
    const n = await interestCounts(c.get('db'), p.id);
    return page(
      c,
      t('stakeholders.interest.short'),
      <>
        <p>
          <a href="/stakeholders/interest-list">{t('stakeholders.interest.short')}</a>
        </p>
        <h1>{t('stakeholders.interest.subscribers', { process: processName(t, p) })}</h1>
        <dl class="facts" id="counts">
          <dt>{t('stakeholders.interest.status.confirmed')}</dt>
          <dd>{n.confirmed}</dd>
          <dt>{t('stakeholders.interest.status.pending')}</dt>
          <dd>{n.pending}</dd>
          <dt>{t('stakeholders.interest.status.unsubscribed')}</dt>
          <dd>{n.unsubscribed}</dd>
        </dl>
        <table>
          <caption>{t('stakeholders.interest.byLanguage')}</caption>
          <thead>
            <tr>
              <th>{t('stakeholders.interest.language')}</th>
              <th>{t('stakeholders.interest.status.confirmed')}</th>
            </tr>
          </thead>
          <tbody>
            {LANGUAGES.map((l) => (
              <tr>
                <td lang={l}>{LANGUAGE_NAMES[l]}</td>
                <td>{n.byLanguage[l] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a class="button" href="/stakeholders/interest-list/subscribers.csv" download>
            {t('stakeholders.interest.export')}
          </a>
        </p>
      </>,
    );
  })
  .get('/stakeholders/interest-list/subscribers.csv', async (c) => {
    const { process: p, rows } = await exportSubscribers(c.get('db'), c.get('actor'), CURRENT_PROCESS);
    const csv = toCsv([
      ['name', 'email', 'affiliation', 'language', 'confirmed_at'],
      ...rows.map((r) => [r.name, r.email, r.affiliation, r.language, new Date(r.confirmed_at!).toISOString()]),
    ]);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=UTF-8',
      'content-disposition': `attachment; filename="interest-list-${p.slug}.csv"`,
      'cache-control': 'no-store',
    });
  });
