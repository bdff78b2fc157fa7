import { Hono } from 'hono';
import { formatDate } from '../../i18n/format.ts';
import { localize } from '../../framework/localize.ts';
import type { Lang } from '../../i18n/index.ts';
import { raw } from 'hono/html';
import { can } from '../../accounts/policy.ts';
import { renderPlot } from '../../exports/chart.ts';
import { listStanceQuestions } from '../../framework/queries.ts';
import { listRegionalGroups } from '../../participants/queries.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { fromZod, NotFound, parseInput } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { ELEMENTS, PILLARS, RecordsStyle, withParam } from './components.tsx';
import { statementsCsv } from '../exports.ts';
import { listProposals, positions, statementHref, type PositionFilter } from '../queries.ts';
import { processName } from '../../i18n/processName.ts';
import { processChoices } from '../../processes/queries.ts';
import { SearchQuery, searchStatements } from '../search.ts';
import { PROPOSAL_STATUSES, setProposalStatus } from '../commands/setProposalStatus.ts';
import { speakerLabel, speakerName } from '../speakers.ts';
import { neutralSummary, STANCE_ORDER } from '../summary.ts';

/** A stance question's text in the reader's language (the framework's translation), else English. */
const questionText = (q: { question: string; translations?: unknown }, lang: Lang) => localize({ title: q.question, translations: q.translations }, lang).title;

const int = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
const filterOf = (c: Ctx): PositionFilter => ({
  meetingId: int(c.req.query('meeting')),
  sessionId: int(c.req.query('session')),
  group: c.req.query('group') || undefined,
  process: c.req.query('process') || undefined,
});

/** Highlights from ts_headline come wrapped in «…»; escape everything, then mark those. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(«[^»]*»)/g);
  return <span dir="auto">{parts.map((p) => (p.startsWith('«') && p.endsWith('»') ? <mark>{p.slice(1, -1)}</mark> : p))}</span>;
}

export const positionPages = new Hono<AppEnv>()
  .get('/positions', async (c) => {
    const t = c.get('t');
    const db = c.get('db');
    const questions = await listStanceQuestions(db);
    const qid = c.req.query('question') || questions[0]?.id;
    const found = questions.find((q) => q.id === qid);
    if (!found) throw NotFound('That stance question', 'question.not_found');
    const question = { ...found, question: questionText(found, t.lang) };
    const f = filterOf(c);
    const rows = await positions(db, c.get('actor'), question.id, f);
    const clauses = neutralSummary(t, question.id, question.question, rows);
    const groups = await listRegionalGroups(db);
    const sessions = await db.selectFrom('meeting_sessions').select(['id', 'title']).orderBy('id').execute();
    const processes = await processChoices(db);
    const counts = STANCE_ORDER.map((v) => ({ value: t(`records.stance.${v}`), n: new Set(rows.filter((r) => r.value === v).map((r) => r.speaker_id)).size }));
    const chart = rows.length
      ? await renderPlot((Plot) => ({
          marginLeft: 110,
          height: 40 + counts.length * 28,
          width: 560,
          x: { label: t('records.positions.delegations'), grid: true },
          y: { label: null, domain: counts.map((x) => x.value) },
          marks: [Plot.barX(counts, { x: 'n', y: 'value', fill: '#4a6fa5' }), Plot.text(counts, { x: 'n', y: 'value', text: 'n', dx: 10 }), Plot.ruleX([0])],
        }))
      : '';
    const url = c.req.url;
    return page(
      c,
      t('records.positions.title'),
      <>
        <RecordsStyle />
        <h1>{t('records.positions.title')}</h1>
        <form method="get" action="/positions" class="filters">
          <label>
            {t('records.review.question')}{' '}
            <select name="question">
              {questions.map((q) => (
                <option value={q.id} selected={q.id === question.id}>
                  {questionText(q, t.lang)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('records.search.group')}{' '}
            <select name="group">
              <option value="">—</option>
              {groups.map((g) => (
                <option value={g.id} selected={g.id === f.group}>
                  {t(`core.group.${g.id}`)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('processes.filter.label')}{' '}
            <select name="process">
              <option value="">{t('processes.filter.all')}</option>
              {processes.map((p) => (
                <option value={p.slug} selected={p.slug === f.process}>
                  {processName(t, p)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('records.search.session')}{' '}
            <select name="session">
              <option value="">—</option>
              {sessions.map((s) => (
                <option value={String(s.id)} selected={s.id === f.sessionId}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>{' '}
          {f.meetingId ? <input type="hidden" name="meeting" value={String(f.meetingId)} /> : null}
          <button type="submit">{t('records.search.apply')}</button>
        </form>
        <h2>{question.question}</h2>
        <h3>{t('records.positions.summary')}</h3>
        {clauses.length === 0 ? (
          <p class="muted">{t('records.positions.none')}</p>
        ) : (
          <p class="summary">
            {clauses.map((cl, i) => (
              <>
                {i === 0 ? cl.lead.charAt(0).toUpperCase() + cl.lead.slice(1) : cl.lead} (
                {cl.speakers.map((s, k) => (
                  <>
                    {k ? ', ' : ''}
                    <a href={s.href} title={s.evidence}>
                      {s.name}
                    </a>
                  </>
                ))}
                ) {cl.predicate}
                {i === clauses.length - 1 ? '.' : '; '}
              </>
            ))}
          </p>
        )}
        {/* Plot lays out its axis labels left to right; inherited rtl would flip their anchors onto the bars. */}
        {chart ? (
          <figure class="chart" dir="ltr" aria-label={t('records.positions.chart')}>
            {raw(chart)}
          </figure>
        ) : null}
        <p>
          <a href={`/positions/${question.id}/docx${new URL(url).search}`}>{t('records.export.docx')}</a>
        </p>
        <h3>{t('records.positions.table')}</h3>
        <table>
          <thead>
            <tr>
              <th>{t('records.positions.delegation')}</th>
              <th>{t('records.positions.stance')}</th>
              <th>{t('records.positions.evidence')}</th>
              <th>{t('records.positions.source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <a href={withParam(`/search?question=${question.id}`, 'speaker', r.speaker_id)}>{speakerLabel(r, t.lang)}</a>
                  {r.joint_with.length ? (
                    <span class="muted"> {t('records.jointWith', { names: r.joint_with.map((j) => speakerName(j, t.lang)).join(', ') })}</span>
                  ) : null}
                </td>
                <td class="nowrap">
                  {t(`records.stance.${r.value}`)}
                  {r.source === 'person' ? ' ✓' : ''}
                </td>
                <td>
                  <q dir="auto">{r.evidence}</q>
                </td>
                <td class="nowrap">
                  <a href={statementHref(r)}>{r.held_on ? formatDate(r.held_on, t.lang) : t('records.positions.statement')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>,
      { wide: true },
    );
  })
  .get('/positions/:question/docx', async (c) => {
    const t = c.get('t');
    const found = (await listStanceQuestions(c.get('db'))).find((q) => q.id === c.req.param('question'));
    if (!found) throw NotFound('That stance question', 'question.not_found');
    const question = { ...found, question: questionText(found, t.lang) };
    const rows = await positions(c.get('db'), c.get('actor'), question.id, filterOf(c));
    const { positionDocx } = await import('../positionDocx.ts'); // Word's library loads only when asked
    const bytes = await positionDocx(t, question, neutralSummary(t, question.id, question.question, rows), rows, new URL(c.req.url).origin);
    return c.body(bytes, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="positions-${question.id}.docx"`,
    });
  })
  .get('/proposals', async (c) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const list = await listProposals(c.get('db'), actor, { status: c.req.query('status') || undefined });
    const manage = can(actor, 'records.review');
    return page(
      c,
      t('records.proposals.title'),
      <>
        <h1>{t('records.proposals.title')}</h1>
        <p class="lede">{t('records.proposals.lede')}</p>
        <table>
          <thead>
            <tr>
              <th>{t('records.proposals.proposer')}</th>
              <th>{t('records.proposals.summary')}</th>
              <th>{t('records.proposals.supporters')}</th>
              <th>{t('records.proposals.opponents')}</th>
              <th>{t('records.proposals.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr id={`proposal-${p.id}`}>
                <td>{speakerName(p.proposer, t.lang)}</td>
                <td>
                  <a href={p.meeting_id != null ? `/meetings/${p.meeting_id}` : `/documents/${p.document_id}#p${p.paragraph}`}>{p.summary}</a>{' '}
                  <span class="muted">
                    {formatDate(p.held_on, t.lang)} ¶{p.paragraph}
                  </span>
                </td>
                {/* Each supporter links to the statement in which it gave its support. */}
                <td>
                  {p.support.length
                    ? p.support.map((x, k) => (
                        <>
                          {k ? ', ' : ''}
                          {x.href ? <a href={x.href}>{speakerName(x.participant, t.lang)}</a> : speakerName(x.participant, t.lang)}
                        </>
                      ))
                    : '—'}
                </td>
                <td>{p.opponents.map((id) => speakerName(id, t.lang)).join(', ') || '—'}</td>
                <td>
                  {manage ? (
                    <form method="post" action={`/proposals/${p.id}/status`} class="inline">
                      <Csrf c={c} />
                      <select name="status" aria-label={t('records.proposals.status')}>
                        {PROPOSAL_STATUSES.map((s) => (
                          <option value={s} selected={s === p.status}>
                            {t(`records.proposal.${s}`)}
                          </option>
                        ))}
                      </select>
                      <button type="submit">{t('records.review.save')}</button>
                    </form>
                  ) : (
                    t(`records.proposal.${p.status}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.length === 0 ? <p class="muted">{t('records.proposals.none')}</p> : null}
      </>,
      { wide: true },
    );
  })
  .post('/proposals/:id/status', async (c) => {
    const f = await readForm(c);
    const id = Number(c.req.param('id'));
    await setProposalStatus(c.get('db'), c.get('actor'), Number.isInteger(id) ? id : 0, { status: f.status as never });
    return c.redirect(`/proposals#proposal-${id}`, 303);
  })
  .get('/search', async (c) => {
    const t = c.get('t');
    const db = c.get('db');
    const f = parseInput(SearchQuery, c.req.query(), 'search.invalid');
    const hits = await searchStatements(db, c.get('actor'), f);
    const groups = await listRegionalGroups(db);
    const sessions = await db.selectFrom('meeting_sessions').select(['id', 'title']).orderBy('id').execute();
    const questions = await listStanceQuestions(db);
    const u = new URL(c.req.url);
    const sel = (name: string, options: Array<[string, string]>, value?: string | number) => (
      <label>
        {t(`records.search.${name}`)}{' '}
        <select name={name}>
          <option value="">—</option>
          {options.map(([v, l]) => (
            <option value={v} selected={String(value ?? '') === v}>
              {l}
            </option>
          ))}
        </select>
      </label>
    );
    return page(
      c,
      t('records.search.title'),
      <>
        <RecordsStyle />
        <h1>{t('records.search.title')}</h1>
        <form method="get" action="/search" class="filters">
          <label>
            {t('records.search.words')} <input dir="auto" type="search" name="q" value={f.q ?? ''} size={30} />
          </label>{' '}
          <label>
            {t('records.search.speaker')} <input dir="auto" type="text" name="speaker" value={f.speaker ?? ''} size={6} />
          </label>{' '}
          {sel(
            'group',
            groups.map((g) => [g.id, t(`core.group.${g.id}`)]),
            f.group,
          )}{' '}
          {sel(
            'pillar',
            PILLARS.map((p) => [p.id, p.title]),
            f.pillar,
          )}{' '}
          {sel(
            'element',
            ELEMENTS.map((e) => [e.id, e.id]),
            f.element,
          )}{' '}
          {sel(
            'question',
            questions.map((q) => [q.id, q.id]),
            f.question,
          )}{' '}
          {sel(
            'value',
            STANCE_ORDER.map((v) => [v, t(`records.stance.${v}`)]),
            f.value,
          )}{' '}
          {sel(
            'session',
            sessions.map((s) => [String(s.id), s.title]),
            f.session,
          )}{' '}
          <label>
            {t('records.search.from')} <input type="date" name="from" value={f.from ?? ''} />
          </label>{' '}
          <label>
            {t('records.search.to')} <input type="date" name="to" value={f.to ?? ''} />
          </label>{' '}
          {f.meeting ? <input type="hidden" name="meeting" value={String(f.meeting)} /> : null}
          <button type="submit">{t('records.search.apply')}</button>
        </form>
        <p>
          <a href={`/search/statements.csv${u.search}`}>{t('records.export.csv')}</a>
        </p>
        <p class="muted">{t('records.search.count', { n: hits.length })}</p>
        <ol class="results">
          {hits.map((h) => (
            <li>
              <a href={statementHref(h)}>
                <strong>{speakerLabel(h, t.lang)}</strong>
              </a>
              {h.delivered_by ? ` (${speakerName(h.delivered_by, t.lang)})` : ''}
              {h.joint_with.length ? (
                <span class="muted"> {t('records.jointWith', { names: h.joint_with.map((j) => speakerName(j, t.lang)).join(', ') })}</span>
              ) : null}{' '}
              <span class="muted">
                {formatDate(h.held_on, t.lang)} ¶{h.paragraph}
              </span>
              <br />
              <Snippet text={h.snippet} />
            </li>
          ))}
        </ol>
      </>,
      { wide: true },
    );
  })
  .get('/search/statements.csv', async (c) => {
    const parsed = SearchQuery.safeParse(c.req.query());
    if (!parsed.success) throw fromZod(parsed.error, 'search.invalid');
    const hits = await searchStatements(c.get('db'), c.get('actor'), { ...parsed.data, limit: parsed.data.limit ?? 500 });
    const texts = new Map(
      (hits.length
        ? await c
            .get('db')
            .selectFrom('statements')
            .select(['id', 'text'])
            .where(
              'id',
              'in',
              hits.map((h) => h.id),
            )
            .execute()
        : []
      ).map((r) => [Number(r.id), r.text]),
    );
    return c.body(statementsCsv(hits, texts), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="statements.csv"',
    });
  });
