/** Small pieces shared by the drafting pages. */
import type { Translate } from '../../i18n/index.ts';
import type { Ctx } from '../../server/context.ts';
import { NotFound } from '../../foundation/errors.ts';

/** A table's head row: one column per message key. */
export const TableHead = ({ t, keys }: { t: Translate; keys: string[] }) => (
  <thead>
    <tr>
      {keys.map((k) => (
        <th>{t(k)}</th>
      ))}
    </tr>
  </thead>
);

export const versionName = (t: Translate, n: number) => (n === 0 ? t('drafting.version.zero') : t('drafting.version.rev', { n }));

/** A word diff as <ins>/<del>, readable without colour: the elements carry the meaning. */
export const DiffOps = ({ ops }: { ops: Array<{ op: string; text: string }> }) => (
  <span class="diff">
    {ops.map((o, k) => {
      const sp = k === 0 ? '' : ' ';
      return o.op === 'insert' ? (
        <>
          {sp}
          <ins>{o.text}</ins>
        </>
      ) : o.op === 'delete' ? (
        <>
          {sp}
          <del>{o.text}</del>
        </>
      ) : (
        <>
          {sp}
          {o.text}
        </>
      );
    })}
  </span>
);

export const Tags = ({ t, pillars, elements, byPerson }: { t: Translate; pillars: string[]; elements: string[]; byPerson?: boolean }) => (
  <p class="muted">
    {pillars.map((p) => (
      <span class="tag">{t(`drafting.section.${p}`)}</span>
    ))}
    {elements.map((e) => (
      <a class="tag" href={`/framework/elements/${e}`}>
        {e}
      </a>
    ))}
    {byPerson ? <span class="tag">{t('drafting.tags.byPerson')}</span> : null}
  </p>
);

export function intParam(c: Ctx, name: string): number {
  const v = c.req.param(name) ?? '';
  if (!/^\d{1,9}$/.test(v)) throw NotFound();
  return Number(v);
}

/** Form values are strings; a missing one is undefined. */
export const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
