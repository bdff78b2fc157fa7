import { Hono } from 'hono';
import { DateText } from '../../i18n/DateText.tsx';
import { formatDate } from '../../i18n/format.ts';
import { can } from '../../accounts/policy.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { DOCUMENT_KINDS } from '../../text/records/types.ts';
import { uploadFrom } from '../api.ts';
import { PILLARS, pillarTitle, RecordsStyle, SourceText, StatementView } from './components.tsx';
import { createMeeting } from '../commands/createMeeting.ts';
import { createSession } from '../commands/createSession.ts';
import { meetingAkn } from '../exports.ts';
import { processName } from '../../i18n/processName.ts';
import { ingestDocument } from '../commands/ingestDocument.ts';
import { canSeeDocument, documentById, documentsOf, meetingById, meetingTree, statementsOf } from '../queries.ts';

const num = (c: Ctx, name = 'id') => {
  const n = Number(c.req.param(name));
  if (!Number.isInteger(n) || n <= 0) throw NotFound('That page');
  return n;
};
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The upload form; works without JavaScript (multipart POST, then a redirect to the review page). */
export function UploadForm({ c, meetingId }: { c: Ctx; meetingId?: number }) {
  const t = c.get('t');
  return (
    <form method="post" action="/documents" enctype="multipart/form-data" class="card">
      <h2>{t('records.upload.title')}</h2>
      <Csrf c={c} />
      {meetingId ? (
        <input type="hidden" name="meetingId" value={String(meetingId)} />
      ) : (
        <p>
          <label>
            {t('records.upload.meeting')} <input dir="auto" name="meetingId" inputmode="numeric" />
          </label>
        </p>
      )}
      <p>
        <label>
          {t('records.upload.file')} <input type="file" name="file" accept=".txt,.md,.html,.htm,.docx,.pdf" />
        </label>
      </p>
      <p>
        <label>
          {t('records.upload.paste')}
          <br />
          <textarea dir="auto" name="text" rows={4} cols={60}></textarea>
        </label>
      </p>
      <p>
        <label>
          {t('records.upload.kind')}{' '}
          <select name="kind">
            <option value="">{t('records.upload.detect')}</option>
            {DOCUMENT_KINDS.map((k) => (
              <option value={k}>{t(`records.kind.${k}`)}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('records.upload.symbol')} <input dir="auto" name="symbol" size={20} />
        </label>{' '}
        <label>
          {t('records.upload.author')} <input dir="auto" name="author" size={8} />
        </label>
      </p>
      <p>
        <label>
          {t('records.upload.visibility')}{' '}
          <select name="visibility">
            <option value="public">public</option>
            <option value="states">states</option>
            <option value="secretariat">secretariat</option>
          </select>
        </label>
      </p>
      <button type="submit">{t('records.upload.submit')}</button>
    </form>
  );
}

export const meetingPages = new Hono<AppEnv>()
  .get('/meetings', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    // ?process=<slug>: that process's sessions only (the select below).
    const process = c.req.query('process') || undefined;
    const all = await meetingTree(c.get('db'), actor);
    const tree = process ? all.filter((p) => p.slug === process) : all;
    const manage = can(actor, 'records.ingest');
    return page(
      c,
      t('records.meetings.title'),
      <>
        <h1>{t('records.meetings.title')}</h1>
        <p class="lede">{t('records.meetings.lede')}</p>
        <form method="get" action="/meetings" class="filters">
          <div>
            <label for="f-process">{t('processes.filter.label')}</label>
            <select id="f-process" name="process">
              <option value="">{t('processes.filter.all')}</option>
              {all.map((p) => (
                <option value={p.slug} selected={p.slug === process}>
                  {processName(t, p)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit">{t('records.search.apply')}</button>
          </div>
        </form>
        <p>
          <a href="/search">{t('records.search.title')}</a> · <a href="/positions">{t('records.positions.title')}</a> ·{' '}
          <a href="/proposals">{t('records.proposals.title')}</a>
          {manage ? (
            <>
              {' '}
              · <a href="/documents">{t('records.documents.title')}</a>
            </>
          ) : null}
        </p>
        {tree.map((p) => (
          <section>
            <h2>{processName(t, p)}</h2>
            {p.sessions.length === 0 ? <p class="muted">{t('records.meetings.noSessions')}</p> : null}
            {p.sessions.map((s) => (
              <details open>
                <summary>
                  {s.title}{' '}
                  {s.starts_on ? (
                    <span class="muted">
                      ({s.starts_on}
                      {s.ends_on ? ` – ${s.ends_on}` : ''})
                    </span>
                  ) : null}
                </summary>
                <ul>
                  {s.meetings.map((m) => (
                    <li>
                      <a href={`/meetings/${m.id}`}>
                        {t('records.meeting.number', { n: m.number })}
                        {m.title ? ` — ${m.title}` : ''}
                      </a>{' '}
                      <span class="muted">
                        {formatDate(m.held_on, t.lang)} · {m.agenda_pillar ? pillarTitle(m.agenda_pillar) : (m.agenda_text ?? '')} ·{' '}
                        {t('records.meeting.statements', { n: m.statements })}
                      </span>
                    </li>
                  ))}
                </ul>
                {manage ? (
                  <form method="post" action="/meetings" class="inline">
                    <Csrf c={c} />
                    <input type="hidden" name="sessionId" value={String(s.id)} />
                    <label>
                      {t('records.meeting.numberLabel')} <input dir="auto" name="number" size={3} required />
                    </label>{' '}
                    <label>
                      {t('records.meeting.date')} <input type="date" name="heldOn" />
                    </label>{' '}
                    <label>
                      {t('records.meeting.agenda')}{' '}
                      <select name="agenda">
                        <option value=""></option>
                        {PILLARS.map((x) => (
                          <option value={x.id}>{x.title}</option>
                        ))}
                      </select>
                    </label>{' '}
                    <button type="submit">{t('records.meeting.add')}</button>
                  </form>
                ) : null}
              </details>
            ))}
            {manage ? (
              <form method="post" action="/meetings/sessions" class="inline">
                <Csrf c={c} />
                <input type="hidden" name="processId" value={String(p.id)} />
                <label>
                  {t('records.session.number')} <input dir="auto" name="number" size={3} required />
                </label>{' '}
                <label>
                  {t('records.session.titleLabel')} <input dir="auto" name="title" required />
                </label>{' '}
                <label>
                  {t('records.session.starts')} <input type="date" name="startsOn" />
                </label>{' '}
                <button type="submit">{t('records.session.add')}</button>
              </form>
            ) : null}
          </section>
        ))}
      </>,
      { wide: true },
    );
  })
  .post('/meetings/sessions', async (c) => {
    const f = await readForm(c);
    await createSession(c.get('db'), c.get('actor'), {
      processId: str(f.processId) as never,
      number: str(f.number) as never,
      title: str(f.title) ?? '',
      startsOn: str(f.startsOn) || undefined,
      endsOn: str(f.endsOn) || undefined,
    });
    return c.redirect('/meetings', 303);
  })
  .post('/meetings', async (c) => {
    const f = await readForm(c);
    const m = await createMeeting(c.get('db'), c.get('actor'), {
      sessionId: str(f.sessionId) as never,
      number: str(f.number) as never,
      heldOn: str(f.heldOn) || undefined,
      title: str(f.title) || undefined,
      agenda: str(f.agenda) || undefined,
    });
    return c.redirect(`/meetings/${m.id}`, 303);
  })
  .get('/meetings/:id', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const m = await meetingById(c.get('db'), num(c));
    if (!m) throw NotFound('That meeting', 'meeting.not_found');
    const statements = await statementsOf(c.get('db'), actor, { meetingId: m.id });
    const docs = await documentsOf(c.get('db'), actor, m.id);
    const title = `${m.session_title} — ${t('records.meeting.number', { n: m.number })}`;
    return page(
      c,
      title,
      <>
        <RecordsStyle />
        <p>
          <a href="/meetings">{t('records.meetings.title')}</a> ›{' '}
          {m.process_slug ? processName(t, { slug: m.process_slug, title: m.process_title }) : m.process_title} › {m.session_title}
        </p>
        <h1>{title}</h1>
        <dl class="facts">
          <dt>{t('records.meeting.date')}</dt>
          <dd>
            <DateText value={m.held_on} lang={t.lang} />
          </dd>
          <dt>{t('records.meeting.agenda')}</dt>
          <dd>{m.agenda_pillar ? pillarTitle(m.agenda_pillar) : (m.agenda_text ?? '—')}</dd>
        </dl>
        <p>
          <a href={`/meetings/${m.id}/akn`}>{t('records.export.akn')}</a> · <a href={`/search/statements.csv?meeting=${m.id}`}>{t('records.export.csv')}</a> ·{' '}
          <a href={`/search?meeting=${m.id}`}>{t('records.search.title')}</a>
        </p>
        <h2>{t('records.documents.title')}</h2>
        <ul>
          {docs.map((d) => (
            <li>
              <a href={can(actor, 'records.review') ? `/documents/${d.id}/review` : `/documents/${d.id}`}>{d.title || d.filename}</a>{' '}
              <span class="muted">
                {t(`records.kind.${d.kind}`)}
                {d.un_symbol ? ` · ${d.un_symbol}` : ''} · {t(`records.status.${d.status}`)}
              </span>
            </li>
          ))}
        </ul>
        {docs.length === 0 ? <p class="muted">{t('records.documents.none')}</p> : null}
        <h2>{t('records.statements.title')}</h2>
        {statements.length === 0 ? <p class="muted">{t('records.statements.none')}</p> : statements.map((s) => <StatementView c={c} s={s} />)}
        {can(actor, 'records.ingest') ? <UploadForm c={c} meetingId={m.id} /> : null}
      </>,
    );
  })
  .get('/meetings/:id/akn', async (c) => {
    const body = await meetingAkn(c.get('db'), c.get('actor'), num(c));
    return c.body(body, 200, {
      'content-type': 'application/akn+xml; charset=utf-8',
      'content-disposition': `attachment; filename="meeting-${num(c)}.akn.xml"`,
    });
  })
  .get('/documents', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const docs = await documentsOf(c.get('db'), actor);
    return page(
      c,
      t('records.documents.title'),
      <>
        <h1>{t('records.documents.title')}</h1>
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('records.documents.name')}</th>
              <th>{t('records.upload.kind')}</th>
              <th>{t('records.documents.status')}</th>
              <th>{t('records.documents.meeting')}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr>
                <td>{d.id}</td>
                <td>
                  <a href={can(actor, 'records.review') ? `/documents/${d.id}/review` : `/documents/${d.id}`}>{d.title || d.filename}</a>
                </td>
                <td>{t(`records.kind.${d.kind}`)}</td>
                <td>{t(`records.status.${d.status}`)}</td>
                <td>{d.meeting_id ? <a href={`/meetings/${d.meeting_id}`}>{d.meeting_id}</a> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {can(actor, 'records.ingest') ? <UploadForm c={c} /> : null}
        {can(actor, 'records.retrain') ? (
          <form method="post" action="/classifier/retrain" class="card">
            <Csrf c={c} />
            <p>{t('records.retrain.help')}</p>
            <button type="submit">{t('records.retrain.button')}</button>
          </form>
        ) : null}
      </>,
      { wide: true },
    );
  })
  .post('/documents', async (c) => {
    const { upload, meta } = await uploadFrom(c);
    const res = await ingestDocument(c.get('db'), c.get('actor'), upload, meta);
    return c.redirect(`/documents/${res.id}/review`, 303);
  })
  .get('/documents/:id', async (c) => {
    const t = c.get('t');
    const d = await documentById(c.get('db'), num(c));
    if (!d || !canSeeDocument(c.get('actor'), d)) throw NotFound('That document', 'document.not_found');
    const statements = await statementsOf(c.get('db'), c.get('actor'), { documentId: d.id });
    return page(
      c,
      d.title || d.filename,
      <>
        <RecordsStyle />
        <h1>{d.title || d.filename}</h1>
        <p class="muted">
          {t(`records.kind.${d.kind}`)}
          {d.un_symbol ? ` · ${d.un_symbol}` : ''} · <a href={`/documents/${d.id}/original`}>{t('records.documents.original')}</a> ·{' '}
          <code>sha256 {d.sha256.slice(0, 16)}…</code>
        </p>
        <div class="review">
          <section>
            <h2>{t('records.review.source')}</h2>
            <SourceText text={d.extracted_text} />
          </section>
          <section>
            <h2>{t('records.review.reading')}</h2>
            {statements.map((s) => (
              <StatementView c={c} s={s} />
            ))}
          </section>
        </div>
      </>,
      { wide: true },
    );
  })
  .get('/documents/:id/original', async (c) => {
    const d = await documentById(c.get('db'), num(c));
    if (!d || !canSeeDocument(c.get('actor'), d)) throw NotFound('That document', 'document.not_found');
    const row = await c
      .get('db')
      .selectFrom('source_documents')
      .select(['original', 'media_type', 'filename'])
      .where('id', '=', d.id)
      .executeTakeFirstOrThrow();
    const safeName = row.filename.replace(/[^\w.\- ]+/g, '_');
    // Served as a download, never inline, so an uploaded HTML file cannot run in our origin.
    return c.body(new Uint8Array(row.original), 200, {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${safeName}"`,
    });
  });
