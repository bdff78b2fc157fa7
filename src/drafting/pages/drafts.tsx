/** The list of drafts, the diff between versions, one amendment, the compilation, the agreed language. */
import { can } from '../../accounts/policy.ts';
import { DateText } from '../../i18n/DateText.tsx';
import { processName } from '../../i18n/processName.ts';
import type { Ctx } from '../../server/context.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { amendedReading, compilation } from '../compilation.ts';
import { amendmentById, draftById, listDrafts } from '../queries.ts';
import { agreedLanguageIndexFor } from '../agreedLanguageCache.ts';
import { SECTION_IDS } from '../sections.ts';
import { DiffOps, TableHead, Tags, versionName } from './components.tsx';
import { AmendmentCard } from './version.tsx';
import { versionDiff } from '../versionDiff.ts';
import { wordDiff } from '../../text/wordDiff.ts';

export async function draftsPage(c: Ctx) {
  const t = c.get('t');
  const actor = c.get('actor');
  const drafts = await listDrafts(c.get('db'), actor);
  const processes = await c.get('db').selectFrom('processes').select(['slug', 'title']).orderBy('position').orderBy('id').execute();
  return page(
    c,
    t('drafting.title'),
    <>
      <h1>{t('drafting.title')}</h1>
      <p class="lede">{t('drafting.lede')}</p>
      <p>
        <a href="/agreed-language">{t('drafting.agreedLanguage.title')}</a>
      </p>
      {drafts.length === 0 ? (
        <p class="muted">{t('drafting.none')}</p>
      ) : (
        <ul class="cards">
          {drafts.map((d) => {
            const n = d.working ?? d.latest_issued ?? 0;
            return (
              <li class="card">
                <h2>
                  <a href={`/drafts/${d.id}/v/${n}`}>{d.title}</a>
                </h2>
                <p class="muted">{processName(t, { slug: d.process_slug, title: d.process_title })}</p>
                {d.latest_issued !== null ? (
                  <p>
                    {t('core.labelColon', { label: t('drafting.latestIssued') })}
                    <a href={`/drafts/${d.id}/v/${d.latest_issued}`}>{versionName(t, d.latest_issued)}</a>
                  </p>
                ) : null}
                {d.working !== null ? (
                  <p>
                    {t('core.labelColon', { label: t('drafting.status.working') })}
                    <a href={`/drafts/${d.id}/v/${d.working}`}>{versionName(t, d.working)}</a>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {can(actor, 'draft.edit') ? (
        <form method="post" action="/drafts" class="card">
          <h2>{t('drafting.create.title')}</h2>
          <Csrf c={c} />
          <label for="title">{t('drafting.create.name')}</label>
          <input dir="auto" id="title" name="title" required placeholder={t('drafting.create.placeholder')} />
          <label for="process">{t('drafting.create.process')}</label>
          {/* A new draft is most often the Global Mechanism's progress report: the process now running. */}
          <select id="process" name="process">
            {processes.map((p) => (
              <option value={p.slug} selected={p.slug === 'global-mechanism'}>
                {processName(t, p)}
              </option>
            ))}
          </select>
          <button type="submit">{t('drafting.create.submit')}</button>
        </form>
      ) : null}
    </>,
    { wide: true },
  );
}

export async function diffPage(c: Ctx, draftId: number) {
  const t = c.get('t');
  const db = c.get('db');
  const actor = c.get('actor');
  const { draft, versions } = await draftById(db, actor, draftId);
  const to = Number(c.req.query('to') ?? versions[versions.length - 1].number);
  const from = Number(c.req.query('from') ?? Math.max(0, to - 1));
  const d = await versionDiff(db, actor, draftId, from, to);
  const options = (sel: number) =>
    versions.map((v) => (
      <option value={String(v.number)} selected={v.number === sel}>
        {versionName(t, v.number)}
      </option>
    ));
  return page(
    c,
    `${t('drafting.diff.title')} — ${draft.title}`,
    <>
      <p>
        <a href="/drafts">{t('drafting.title')}</a> › <a href={`/drafts/${draftId}/v/${d.to.number}`}>{draft.title}</a>
      </p>
      <h1>{t('drafting.diff.heading', { from: versionName(t, d.from.number), to: versionName(t, d.to.number) })}</h1>
      <form method="get" class="filters">
        <div>
          <label for="from">{t('drafting.diff.from')}</label>
          <select id="from" name="from">
            {options(d.from.number)}
          </select>
        </div>
        <div>
          <label for="to">{t('drafting.diff.to')}</label>
          <select id="to" name="to">
            {options(d.to.number)}
          </select>
        </div>
        <div>
          <button type="submit">{t('drafting.diff.compare')}</button>
        </div>
      </form>
      <p class="muted">{t('drafting.diff.summary', { n: d.rows.filter((r) => r.status !== 'unchanged').length })}</p>
      <table id="diff-table">
        <TableHead t={t} keys={['drafting.checks.para', 'drafting.diff.text', 'drafting.diff.who']} />
        <tbody>
          {d.rows.map((r) => (
            <tr data-status={r.status}>
              <td>
                {r.from ? r.from.number : '—'} → {r.to ? r.to.number : '—'}
              </td>
              <td>
                <DiffOps ops={r.ops} /> {r.status !== 'unchanged' ? <span class="tag">{t(`drafting.diff.status.${r.status}`)}</span> : null}
              </td>
              <td>
                {r.changes.map((ch) => (
                  <p class="change">
                    {ch.amendmentId ? (
                      <>
                        <a href={`/amendments/${ch.amendmentId}`}>{t('drafting.amend.view', { id: ch.amendmentId })}</a> —{' '}
                        {t('drafting.diff.byDelegation', { delegation: ch.delegation ?? '', actor: ch.actor })}
                      </>
                    ) : (
                      t('drafting.diff.byEditor', { actor: ch.actor })
                    )}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>,
    { wide: true },
  );
}

export async function amendmentPage(c: Ctx, id: number) {
  const t = c.get('t');
  const actor = c.get('actor');
  const { draft, amendment: a } = await amendmentById(c.get('db'), actor, id);
  const reading = amendedReading(a);
  return page(
    c,
    t('drafting.amend.view', { id }),
    <>
      <p>
        <a href="/drafts">{t('drafting.title')}</a> ›{' '}
        <a href={`/drafts/${draft.id}/v/${a.version_number}#p-${a.paragraph_number}`}>
          {draft.title} — {versionName(t, a.version_number)}, {t('drafting.checks.paraShort', { p: a.paragraph_number })}
        </a>
      </p>
      <h1>{t('drafting.amend.view', { id })}</h1>
      <h2>{t('drafting.amend.asItWouldRead')}</h2>
      <div class="card" id="amended-reading">
        {a.kind === 'delete' ? (
          <p>
            <del>{reading.before}</del>
          </p>
        ) : a.kind === 'replace' ? (
          <p>
            <DiffOps ops={wordDiff(reading.before, reading.after[0])} />
          </p>
        ) : (
          <>
            <p>{reading.before}</p>
            <p>
              <ins>{reading.after[1]}</ins>
            </p>
          </>
        )}
      </div>
      <ul>
        <AmendmentCard c={c} a={a} canReact={can(actor, 'amendment.support')} canDecide={can(actor, 'amendment.decide')} />
      </ul>
      {a.decision_note ? (
        <p class="muted">
          {t('core.labelColon', { label: t('drafting.amend.note') })}
          {a.decision_note}
        </p>
      ) : null}
    </>,
  );
}

export async function compilationPage(c: Ctx, draftId: number, number: number) {
  const t = c.get('t');
  const actor = c.get('actor');
  const comp = await compilation(c.get('db'), actor, draftId, number);
  return page(
    c,
    `${t('drafting.compilation.title')} — ${comp.draft.title}`,
    <>
      <p>
        <a href="/drafts">{t('drafting.title')}</a> ›{' '}
        <a href={`/drafts/${draftId}/v/${number}`}>
          {comp.draft.title} — {versionName(t, number)}
        </a>
      </p>
      <h1>
        {t('core.labelColon', { label: t('drafting.compilation.title') })}
        {versionName(t, number)}
      </h1>
      <p class="lede">{t('drafting.compilation.lede', { n: comp.total })}</p>
      <p>
        <a href={`/drafts/${draftId}/v/${number}/compilation.docx`}>{t('drafting.compilation.docx')}</a>
      </p>
      {SECTION_IDS.map((s) => {
        const rows = comp.rows.filter((r) => r.paragraph.section === s);
        if (!rows.length) return null;
        return (
          <section>
            <h2>{t(`drafting.section.${s}`)}</h2>
            {rows.map((r) => (
              <article class="card" id={`p-${r.paragraph.number}`}>
                <p>
                  <strong>{r.paragraph.number}.</strong> {r.paragraph.text}
                </p>
                <Tags t={t} pillars={r.paragraph.pillars} elements={[]} />
                {r.amendments.length ? (
                  <ul>
                    {r.amendments.map((a) => (
                      <AmendmentCard c={c} a={a} canReact={false} canDecide={false} />
                    ))}
                  </ul>
                ) : (
                  <p class="muted">{t('drafting.compilation.noProposals')}</p>
                )}
              </article>
            ))}
          </section>
        );
      })}
    </>,
    { wide: true },
  );
}

export async function agreedLanguagePage(c: Ctx) {
  const t = c.get('t');
  const db = c.get('db');
  const docs = await db
    .selectFrom('agreed_language_documents as d')
    .select((eb) => [
      'd.id',
      'd.symbol',
      'd.title',
      'd.issued_on',
      'd.consensus',
      'd.format',
      eb
        .selectFrom('agreed_language_paragraphs as p')
        .whereRef('p.document_id', '=', 'd.id')
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .as('paragraphs'),
    ])
    .orderBy('d.symbol')
    .execute();
  const idx = await agreedLanguageIndexFor(db);
  return page(
    c,
    t('drafting.agreedLanguage.title'),
    <>
      <p>
        <a href="/drafts">{t('drafting.title')}</a>
      </p>
      <h1>{t('drafting.agreedLanguage.title')}</h1>
      <p class="lede">{t('drafting.agreedLanguage.lede')}</p>
      <p class="muted">{t('drafting.agreedLanguage.index', { paragraphs: idx.paragraphs, ms: Math.round(idx.buildMs) })}</p>
      {docs.length === 0 ? (
        <p class="muted">{t('drafting.agreedLanguage.none')}</p>
      ) : (
        <table>
          <TableHead
            t={t}
            keys={[
              'drafting.agreedLanguage.symbol',
              'drafting.agreedLanguage.docTitle',
              'drafting.agreedLanguage.date',
              'drafting.agreedLanguage.consensus',
              'drafting.checks.paragraphs',
            ]}
          />
          <tbody>
            {docs.map((d) => (
              <tr>
                <td>{d.symbol}</td>
                <td>{d.title}</td>
                <td>
                  <DateText value={d.issued_on} lang={t.lang} />
                </td>
                <td>{d.consensus ? '✓' : '—'}</td>
                <td>{Number(d.paragraphs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(c.get('actor'), 'draft.edit') ? (
        <form method="post" action="/agreed-language" enctype="multipart/form-data" class="card">
          <h2>{t('drafting.agreedLanguage.import')}</h2>
          <Csrf c={c} />
          <label for="file">{t('drafting.agreedLanguage.file')}</label>
          <input id="file" name="file" type="file" required accept=".txt,.docx,.pdf,.html,.htm" />
          <label for="symbol">{t('drafting.agreedLanguage.symbol')}</label>
          <input dir="auto" id="symbol" name="symbol" required placeholder="A/76/135" />
          <label for="rtitle">{t('drafting.agreedLanguage.docTitle')}</label>
          <input dir="auto" id="rtitle" name="title" required />
          <label for="date">{t('drafting.agreedLanguage.date')}</label>
          <input id="date" name="date" type="date" />
          <label>
            <input type="checkbox" name="consensus" value="true" /> {t('drafting.agreedLanguage.consensus')}
          </label>
          <button type="submit">{t('drafting.agreedLanguage.submit')}</button>
        </form>
      ) : null}
    </>,
    { wide: true },
  );
}
