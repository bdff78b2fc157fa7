/** Pages and HTML form posts of the drafting workbench (no JavaScript needed). */
import { Hono } from 'hono';
import { localizeError } from '../../server/errorMessages.ts';
import { requireAccess } from '../../accounts/policy.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError, ValidationError } from '../../foundation/errors.ts';
import { Csrf, page } from '../../server/layout.tsx';
import { movedTo } from '../../server/moved.ts';
import { checksPage } from './checks.tsx';
import { commentOnDraft } from '../commands/commentOnDraft.ts';
import { createDraft } from '../commands/createDraft.ts';
import { decideAmendment } from '../commands/decideAmendment.ts';
import { addParagraph } from '../commands/addParagraph.ts';
import { deleteParagraph } from '../commands/deleteParagraph.ts';
import { editParagraph } from '../commands/editParagraph.ts';
import { importAgreedLanguage } from '../commands/importAgreedLanguage.ts';
import { issueVersion } from '../commands/issueVersion.ts';
import { labelParagraph } from '../commands/labelParagraph.ts';
import { amendmentPage, compilationPage, diffPage, draftsPage, agreedLanguagePage } from './drafts.tsx';
import { proposeAmendment } from '../commands/proposeAmendment.ts';
import { draftById } from '../queries.ts';
import { Reaction, reactToAmendment } from '../commands/reactToAmendment.ts';
import { setStakeholderAccess } from '../commands/setStakeholderAccess.ts';
import { intParam, str } from './components.tsx';
import { versionPage } from './version.tsx';

const form = async (c: Ctx) => {
  const f = await readForm(c);
  return (k: string) => str(f[k]);
};
const docx = (c: Ctx, d: { filename: string; bytes: Buffer }) =>
  c.body(new Uint8Array(d.bytes), 200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'content-disposition': `attachment; filename="${d.filename}"`,
  });

/** Both texts side by side after a clash, with the current one ready to be merged and saved again. */
function stalePage(c: Ctx, err: AppError, draftId: number, paragraphId: number) {
  const t = c.get('t');
  return page(
    c,
    t('drafting.stale.title'),
    <>
      <h1>{t('drafting.stale.title')}</h1>
      <div class="alert warn" role="alert">
        <p>{localizeError(err, t).message}</p>
        <p class="muted">
          <code>{err.code}</code>
        </p>
      </div>
      <h2>{t('drafting.stale.yours')}</h2>
      <pre id="stale-yours">{err.fields?.yours}</pre>
      <h2>{t('drafting.stale.current')}</h2>
      <form method="post" action={`/drafts/${draftId}/paragraphs/${paragraphId}`}>
        <Csrf c={c} />
        <input type="hidden" name="lockVersion" value={err.fields?.lockVersion ?? ''} />
        <textarea dir="auto" name="text" rows={6} id="stale-current">
          {err.fields?.current}
        </textarea>
        <button type="submit">{t('drafting.edit.save')}</button>
      </form>
    </>,
    { status: 409 },
  );
}

export const formRoutes = new Hono<AppEnv>()
  .get('/drafts', (c) => draftsPage(c))
  .post('/drafts', async (c) => {
    const f = await form(c);
    const d = await createDraft(c.get('db'), c.get('actor'), { title: f('title') ?? '', process: f('process') });
    return c.redirect(`/drafts/${d.id}/v/0`, 303);
  })
  .get('/drafts/:id', async (c) => {
    const id = intParam(c, 'id');
    const { versions } = await draftById(c.get('db'), c.get('actor'), id);
    const q = new URL(c.req.url).search;
    return c.redirect(`/drafts/${id}/v/${versions[versions.length - 1].number}${q}`, 302);
  })
  .get('/drafts/:id/v/:n', (c) => versionPage(c, intParam(c, 'id'), intParam(c, 'n')))
  .get('/drafts/:id/v/:n/checks', (c) => checksPage(c, intParam(c, 'id'), intParam(c, 'n')))
  .get('/drafts/:id/v/:n/compilation', (c) => compilationPage(c, intParam(c, 'id'), intParam(c, 'n')))
  // The DOCX builders (and Word's library) load when a document is first asked for, not at start.
  .get('/drafts/:id/v/:n/compilation.docx', async (c) =>
    docx(c, await (await import('../docx.ts')).compilationDocx(c.get('db'), c.get('actor'), intParam(c, 'id'), intParam(c, 'n'))),
  )
  .get('/drafts/:id/v/:n/docx', async (c) =>
    docx(c, await (await import('../docx.ts')).versionDocx(c.get('db'), c.get('actor'), intParam(c, 'id'), intParam(c, 'n'), c.get('t'))),
  )
  .get('/drafts/:id/diff', (c) => diffPage(c, intParam(c, 'id')))
  .post('/drafts/:id/paragraphs', async (c) => {
    const id = intParam(c, 'id');
    const f = await form(c);
    const p = await addParagraph(c.get('db'), c.get('actor'), id, { section: f('section') as never, text: f('text') ?? '' });
    return c.redirect(`/drafts/${id}?done=added#p-${p.id}`, 303);
  })
  .post('/drafts/:id/paragraphs/:pid', async (c) => {
    const [id, pid] = [intParam(c, 'id'), intParam(c, 'pid')];
    const f = await form(c);
    try {
      await editParagraph(c.get('db'), c.get('actor'), id, pid, { text: f('text') ?? '', lockVersion: f('lockVersion') as never });
    } catch (err) {
      if (err instanceof AppError && err.code === 'draft.stale') return stalePage(c, err, id, pid);
      throw err;
    }
    return c.redirect(`/drafts/${id}?done=saved`, 303);
  })
  .post('/drafts/:id/paragraphs/:pid/delete', async (c) => {
    const [id, pid] = [intParam(c, 'id'), intParam(c, 'pid')];
    const f = await form(c);
    await deleteParagraph(c.get('db'), c.get('actor'), id, pid, { lockVersion: f('lockVersion') as never });
    return c.redirect(`/drafts/${id}?done=deleted`, 303);
  })
  .post('/drafts/:id/paragraphs/:pid/labels', async (c) => {
    const [id, pid] = [intParam(c, 'id'), intParam(c, 'pid')];
    const f = await form(c);
    await labelParagraph(c.get('db'), c.get('actor'), id, pid, { pillars: f('pillars') ?? '', elements: f('elements') ?? '' });
    return c.redirect(`/drafts/${id}?done=labelled`, 303);
  })
  .post('/drafts/:id/issue', async (c) => {
    const id = intParam(c, 'id');
    const r = await issueVersion(c.get('db'), c.get('actor'), id);
    return c.redirect(`/drafts/${id}/v/${r.issued}?done=issued`, 303);
  })
  .post('/drafts/:id/stakeholders', async (c) => {
    const id = intParam(c, 'id');
    const f = await form(c);
    await setStakeholderAccess(c.get('db'), c.get('actor'), id, f('open') === 'true');
    return c.redirect(`/drafts/${id}?done=saved`, 303);
  })
  .post('/drafts/:id/amendments', async (c) => {
    const id = intParam(c, 'id');
    const f = await form(c);
    const a = await proposeAmendment(c.get('db'), c.get('actor'), id, {
      version: f('version') as never,
      paragraph: f('paragraph') as never,
      kind: f('kind') as never,
      text: f('text'),
      justification: f('justification') ?? '',
    });
    return c.redirect(`/drafts/${id}/v/${a.version}?done=proposed#amendment-${a.id}`, 303);
  })
  .post('/drafts/:id/comments', async (c) => {
    const id = intParam(c, 'id');
    const f = await form(c);
    await commentOnDraft(c.get('db'), c.get('actor'), id, {
      version: f('version') as never,
      paragraph: f('paragraph') ? (f('paragraph') as never) : undefined,
      text: f('text') ?? '',
    });
    return c.redirect(`/drafts/${id}/v/${f('version')}?done=commented`, 303);
  })
  .get('/amendments/:id', (c) => amendmentPage(c, intParam(c, 'id')))
  .post('/amendments/:id/react', async (c) => {
    const id = intParam(c, 'id');
    requireAccess(c.get('actor'), 'amendment.support');
    const f = await form(c);
    const r = Reaction.safeParse(f('reaction'));
    if (!r.success) throw ValidationError('Choose co-sponsor, supports or opposes.', { reaction: 'Required.' }, 'amendment.invalid');
    await reactToAmendment(c.get('db'), c.get('actor'), id, r.data);
    return c.redirect(`/amendments/${id}`, 303);
  })
  .post('/amendments/:id/decide', async (c) => {
    const id = intParam(c, 'id');
    const f = await form(c);
    await decideAmendment(c.get('db'), c.get('actor'), id, { decision: f('decision') as never, text: f('text'), note: f('note') || undefined });
    return c.redirect(`/amendments/${id}`, 303);
  })
  .get('/agreed-language', (c) => agreedLanguagePage(c))
  .post('/agreed-language', async (c) => {
    requireAccess(c.get('actor'), 'draft.edit');
    const f = await readForm(c);
    const file = f.file;
    if (!(file instanceof File)) throw ValidationError('Choose the file to import.', { file: 'Required.' }, 'agreedLanguage.invalid');
    await importAgreedLanguage(c.get('db'), c.get('actor'), {
      symbol: str(f.symbol) ?? '',
      title: str(f.title) ?? '',
      date: str(f.date),
      consensus: str(f.consensus) === 'true',
      filename: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return c.redirect('/agreed-language', 303);
  })
  // The page's path until migrations/0492_agreed_language.sql: bookmarks and forms keep working.
  .get('/reference', movedTo('/agreed-language'))
  .post('/reference', movedTo('/agreed-language'));
