/** The page of one version: paragraphs by section, the editor for the working copy, amendments per paragraph. */
import type { Actor } from '../../accounts/actor.ts';
import { can } from '../../accounts/policy.ts';
import type { Translate } from '../../i18n/index.ts';
import { processName } from '../../i18n/processName.ts';
import type { Ctx } from '../../server/context.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { draftResource } from '../draftResource.ts';
import { amendmentsOf, commentsOf, paragraphsOf, versionByNumber, type AmendmentView, type NumberedParagraph } from '../queries.ts';
import { SECTION_IDS } from '../sections.ts';
import { DiffOps, Tags, versionName } from './components.tsx';
import { wordDiff } from '../../text/wordDiff.ts';

export const AmendmentCard = ({ c, a, canReact, canDecide }: { c: Ctx; a: AmendmentView; canReact: boolean; canDecide: boolean }) => {
  const t = c.get('t');
  const actor = c.get('actor');
  const own = actor.kind === 'user' && actor.stateIso3 === a.state_iso3;
  return (
    <li class="amendment" id={`amendment-${a.id}`} data-status={a.status}>
      <p>
        <strong>{a.delegation}</strong>
        {a.cosponsors.length ? <> {t('drafting.amend.cosponsoredBy', { names: a.cosponsors.map((s) => s.name).join(', ') })}</> : null}
        {' — '}
        {t(`drafting.amend.kind.${a.kind}`)} <span class="tag">{t(`drafting.amend.status.${a.status}`)}</span>{' '}
        <a href={`/amendments/${a.id}`}>{t('drafting.amend.view', { id: a.id })}</a>
      </p>
      {a.kind === 'replace' ? (
        <p>
          <DiffOps ops={wordDiff(a.base_text, a.text ?? '')} />
        </p>
      ) : a.text ? (
        <p>
          <ins>{a.text}</ins>
        </p>
      ) : null}
      <p class="muted">
        {t('core.labelColon', { label: t('drafting.amend.justification') })}
        {a.justification}
      </p>
      {a.supporters.length ? <p class="muted">{t('drafting.amend.supportedBy', { names: a.supporters.map((s) => s.name).join(', ') })}</p> : null}
      {a.objectors.length ? <p class="muted">{t('drafting.amend.objectedBy', { names: a.objectors.map((s) => s.name).join(', ') })}</p> : null}
      {a.status === 'proposed' && canReact && !own ? (
        <form method="post" action={`/amendments/${a.id}/react`} class="inline">
          <Csrf c={c} />
          <button name="reaction" value="cosponsor">
            {t('drafting.amend.cosponsor')}
          </button>{' '}
          <button name="reaction" value="supports">
            {t('drafting.amend.support')}
          </button>{' '}
          <button name="reaction" value="opposes">
            {t('drafting.amend.object')}
          </button>
        </form>
      ) : null}
      {a.status === 'proposed' && canDecide ? (
        <details>
          <summary>{t('drafting.amend.decide')}</summary>
          <form method="post" action={`/amendments/${a.id}/decide`}>
            <Csrf c={c} />
            <label for={`merge-${a.id}`}>{t('drafting.amend.mergeText')}</label>
            <textarea dir="auto" id={`merge-${a.id}`} name="text" rows={3}>
              {a.text ?? ''}
            </textarea>
            <label for={`note-${a.id}`}>{t('drafting.amend.note')}</label>
            <input dir="auto" id={`note-${a.id}`} name="note" />
            <p>
              <button name="decision" value="accept">
                {t('drafting.amend.accept')}
              </button>{' '}
              <button name="decision" value="merge">
                {t('drafting.amend.merge')}
              </button>{' '}
              <button name="decision" value="reject">
                {t('drafting.amend.reject')}
              </button>
            </p>
          </form>
        </details>
      ) : null}
    </li>
  );
};

const SectionOptions = ({ t, selected }: { t: Translate; selected?: string }) => (
  <>
    {SECTION_IDS.map((s) => (
      <option value={s} selected={s === selected}>
        {t(`drafting.section.${s}`)}
      </option>
    ))}
  </>
);

function ParagraphCard({
  c,
  draftId,
  versionNumber,
  p,
  editable,
  canPropose,
  amendments,
  canDecide,
  actor,
}: {
  c: Ctx;
  draftId: number;
  versionNumber: number;
  p: NumberedParagraph;
  editable: boolean;
  canPropose: boolean;
  amendments: AmendmentView[];
  canDecide: boolean;
  actor: Actor;
}) {
  const t = c.get('t');
  const pillar = p.pillars[0] ?? p.section;
  return (
    <article class={`card pillar-${pillar}`} id={`p-${p.number}`} data-paragraph={p.number}>
      <p>
        <strong>{p.number}.</strong> <span class="para-text">{p.text}</span>
      </p>
      <Tags t={t} pillars={p.pillars} elements={p.elements} byPerson={p.byPerson} />
      {editable ? (
        <details>
          <summary>{t('drafting.edit.summary')}</summary>
          <form method="post" action={`/drafts/${draftId}/paragraphs/${p.id}`}>
            <Csrf c={c} />
            <input type="hidden" name="lockVersion" value={String(p.lockVersion)} />
            <label for={`text-${p.id}`}>{t('drafting.edit.text')}</label>
            <textarea dir="auto" id={`text-${p.id}`} name="text" rows={4}>
              {p.text}
            </textarea>
            <button type="submit">{t('drafting.edit.save')}</button>
          </form>
          <form method="post" action={`/drafts/${draftId}/paragraphs/${p.id}/labels`}>
            <Csrf c={c} />
            <label for={`pillars-${p.id}`}>{t('drafting.edit.pillars')}</label>
            <input dir="auto" id={`pillars-${p.id}`} name="pillars" value={p.pillars.join(', ')} />
            <label for={`elements-${p.id}`}>{t('drafting.edit.elements')}</label>
            <input dir="auto" id={`elements-${p.id}`} name="elements" value={p.elements.join(', ')} />
            <button type="submit">{t('drafting.edit.relabel')}</button>
          </form>
          <form method="post" action={`/drafts/${draftId}/paragraphs/${p.id}/delete`} class="inline">
            <Csrf c={c} />
            <input type="hidden" name="lockVersion" value={String(p.lockVersion)} />
            <button type="submit">{t('drafting.edit.delete')}</button>
          </form>
        </details>
      ) : null}
      {canPropose ? (
        <details class="propose">
          <summary>{t('drafting.amend.propose')}</summary>
          <form method="post" action={`/drafts/${draftId}/amendments`}>
            <Csrf c={c} />
            <input type="hidden" name="version" value={String(versionNumber)} />
            <input type="hidden" name="paragraph" value={String(p.number)} />
            <label for={`kind-${p.id}`}>{t('drafting.amend.kind')}</label>
            <select id={`kind-${p.id}`} name="kind">
              {(['replace', 'insert-after', 'delete'] as const).map((k) => (
                <option value={k}>{t(`drafting.amend.kind.${k}`)}</option>
              ))}
            </select>
            <label for={`atext-${p.id}`}>{t('drafting.amend.text')}</label>
            <textarea dir="auto" id={`atext-${p.id}`} name="text" rows={3}>
              {p.text}
            </textarea>
            <label for={`just-${p.id}`}>{t('drafting.amend.justification')}</label>
            <input dir="auto" id={`just-${p.id}`} name="justification" required />
            <button type="submit">{t('drafting.amend.submit')}</button>
          </form>
        </details>
      ) : null}
      {amendments.length ? (
        <section aria-label={t('drafting.amend.heading')}>
          <h3>{t('drafting.amend.heading')}</h3>
          <ul>
            {amendments.map((a) => (
              <AmendmentCard c={c} a={a} canReact={can(actor, 'amendment.support')} canDecide={canDecide} />
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

export async function versionPage(c: Ctx, draftId: number, number: number) {
  const t = c.get('t');
  const db = c.get('db');
  const actor = c.get('actor');
  const { draft, version, versions } = await versionByNumber(db, actor, draftId, number);
  const paragraphs = await paragraphsOf(db, version.id);
  const amendments = await amendmentsOf(db, draftId, { versionId: version.id });
  const comments = await commentsOf(db, version.id);
  const issued = versions.filter((v) => v.status === 'issued');
  const isCurrent = version.status === 'issued' && issued[issued.length - 1]?.number === number;
  const editable = version.status === 'working' && can(actor, 'draft.edit');
  const canPropose = isCurrent && can(actor, 'amendment.propose');
  const canDecide = can(actor, 'amendment.decide');
  const name = versionName(t, number);
  const flash = c.req.query('done');
  return page(
    c,
    `${draft.title} — ${name}`,
    <>
      <p>
        <a href="/drafts">{t('drafting.title')}</a> › {draft.title}
      </p>
      <h1>
        {draft.title} — {name}
      </h1>
      {flash ? (
        <div class="alert ok" role="status">
          {t(`drafting.done.${flash.replace(/[^a-z]/g, '')}`)}
        </div>
      ) : null}
      <p>
        <span class="tag">{version.status === 'issued' ? t('drafting.status.issued') : t('drafting.status.working')}</span>
        {version.status === 'issued' && !isCurrent ? <span class="tag">{t('drafting.status.superseded')}</span> : null}
        {draft.process ? (
          <>
            {' '}
            <span class="tag">{processName(t, { slug: draft.process, title: draft.process })}</span>
          </>
        ) : null}
      </p>
      <nav aria-label={t('drafting.versions')}>
        <p>
          {t('core.labelColon', { label: t('drafting.versions') })}
          {versions.map((v, i) => (
            <>
              {i ? ' ' : ''}
              <a href={`/drafts/${draftId}/v/${v.number}`} aria-current={v.number === number ? 'page' : undefined}>
                {versionName(t, v.number)}
              </a>
            </>
          ))}
        </p>
        <p>
          <a href={`/drafts/${draftId}/v/${number}/checks`}>{t('drafting.checks.link')}</a>
          {' · '}
          <a href={`/drafts/${draftId}/v/${number}/compilation`}>{t('drafting.compilation.link')}</a>
          {' · '}
          <a href={`/drafts/${draftId}/v/${number}/docx`}>{number === 0 ? t('drafting.docx.plain') : t('drafting.docx.tracked')}</a>
          {number > 0 ? (
            <>
              {' · '}
              <a href={`/drafts/${draftId}/diff?from=${number - 1}&to=${number}`}>{t('drafting.diff.link')}</a>
            </>
          ) : null}
        </p>
      </nav>
      {editable ? (
        <div class="filters">
          <form method="post" action={`/drafts/${draftId}/issue`} class="inline">
            <Csrf c={c} />
            <button type="submit" id="issue">
              {t('drafting.issue', { name })}
            </button>
          </form>
          <form method="post" action={`/drafts/${draftId}/stakeholders`} class="inline">
            <Csrf c={c} />
            <input type="hidden" name="open" value={draft.open_to_stakeholders ? 'false' : 'true'} />
            <button type="submit">{draft.open_to_stakeholders ? t('drafting.stakeholders.close') : t('drafting.stakeholders.open')}</button>
          </form>
        </div>
      ) : null}
      {paragraphs.length === 0 ? <p class="muted">{t('drafting.empty')}</p> : null}
      {SECTION_IDS.map((s) => {
        const ps = paragraphs.filter((p) => p.section === s);
        if (!ps.length) return null;
        return (
          <section id={`section-${s}`}>
            <h2>{t(`drafting.section.${s}`)}</h2>
            {ps.map((p) => (
              <ParagraphCard
                c={c}
                draftId={draftId}
                versionNumber={number}
                p={p}
                editable={editable}
                canPropose={canPropose}
                amendments={amendments.filter((a) => a.paragraph_key === p.key)}
                canDecide={canDecide}
                actor={actor}
              />
            ))}
          </section>
        );
      })}
      {editable ? (
        <form method="post" action={`/drafts/${draftId}/paragraphs`} class="card">
          <h2>{t('drafting.add.title')}</h2>
          <Csrf c={c} />
          <label for="new-section">{t('drafting.add.section')}</label>
          <select id="new-section" name="section">
            <SectionOptions t={t} />
          </select>
          <label for="new-text">{t('drafting.edit.text')}</label>
          <textarea dir="auto" id="new-text" name="text" rows={4} required></textarea>
          <button type="submit">{t('drafting.add.submit')}</button>
        </form>
      ) : null}
      <h2>{t('drafting.comments.title')}</h2>
      {comments.length ? (
        <ul>
          {comments.map((x) => (
            <li>
              <strong>{x.display_name}</strong>: {x.text}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('drafting.comments.none')}</p>
      )}
      {version.status === 'issued' && can(actor, 'draft.comment', draftResource(draft)) ? (
        <form method="post" action={`/drafts/${draftId}/comments`}>
          <Csrf c={c} />
          <input type="hidden" name="version" value={String(number)} />
          <label for="comment">{t('drafting.comments.text')}</label>
          <textarea dir="auto" id="comment" name="text" rows={3} required></textarea>
          <button type="submit">{t('drafting.comments.submit')}</button>
        </form>
      ) : null}
    </>,
    { wide: true },
  );
}
