import type { Translate } from '../../i18n/index.ts';
import { flatten, type Answers } from '../answers.ts';
import { wordDiff, type FieldChange } from '../diff.ts';
import { titleOf, type Questionnaire } from '../questionnaire.ts';

/** A field in words: "Protect one’s own critical infrastructure · Measures taken". */
export function answerLabel(t: Translate, q: Questionnaire, key: string): string {
  const g = /^general\.(\w+)$/.exec(key);
  if (g) return `${t('reporting.general')} · ${t(`reporting.general.${g[1]}`)}`;
  const e = /^elements\.([^.]+)\.(\w+)$/.exec(key);
  if (e) {
    const el = q.pillars.flatMap((p) => p.elements).find((x) => x.id === e[1]);
    return `${el ? titleOf(t, 'el', el.id, el.title) : e[1]} · ${t(`reporting.field.${e[2]}`)}`;
  }
  const n = /^capacityNeeds\.(\d+)\.(\w+)$/.exec(key);
  if (n) return `${t('reporting.docx.need', { n: Number(n[1]) + 1 })} · ${t(`reporting.need.${n[2]}`)}`;
  return key;
}

const excerpt = (s: string) => (s.length > 280 ? `${s.slice(0, 280)}…` : s);

/** A value as the reader knows it: status, kind and priority labels, element titles; text as written. */
export function answerValue(t: Translate, q: Questionnaire, key: string, value: string): string {
  const code = (prefix: string) => {
    const k = `${prefix}.${value}`;
    const s = t(k);
    return s === k ? value : s;
  };
  if (key.endsWith('.status')) return code('reporting.st');
  if (/^capacityNeeds\.\d+\.kind$/.test(key)) return code('reporting.kind');
  if (/^capacityNeeds\.\d+\.priority$/.test(key)) return code('reporting.prio');
  if (/^capacityNeeds\.\d+\.element$/.test(key)) {
    const el = q.pillars.flatMap((p) => p.elements).find((x) => x.id === value);
    return el ? titleOf(t, 'el', el.id, el.title) : value;
  }
  return value;
}

/** Field by field, in words: what the upload adds, changes (word by word) and empties. */
function ReviewDiff({ t, q, changes }: { t: Translate; q: Questionnaire; changes: FieldChange[] }) {
  const v = (c: FieldChange, s: string | null) => (s === null ? '—' : answerValue(t, q, c.field, s));
  return (
    <table class="diff">
      <thead>
        <tr>
          <th scope="col">{t('reporting.diff.field')}</th>
          <th scope="col">{t('reporting.diff.before')}</th>
          <th scope="col">{t('reporting.diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr data-field={c.field} data-kind={c.kind}>
            <th scope="row">{answerLabel(t, q, c.field)}</th>
            {c.kind === 'changed' && !/\.(status|kind|priority|element)$/.test(c.field) ? (
              <td colspan={2} dir="auto">
                {wordDiff(c.before!, c.after!).map((p) => (p.op === 'same' ? p.text : p.op === 'ins' ? <ins>{p.text}</ins> : <del>{p.text}</del>))}
              </td>
            ) : (
              <>
                <td dir="auto">{c.before !== null ? <del>{v(c, c.before)}</del> : '—'}</td>
                <td dir="auto">{c.after !== null ? <ins>{v(c, c.after)}</ins> : '—'}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface ReviewProps {
  t: Translate;
  q: Questionnaire;
  csrf: unknown;
  action: string;
  draft: Answers;
  changes: FieldChange[];
  blanking: { existing: number; emptied: string[]; emptiesMost: boolean };
}

/**
 * What a pending upload would do, with Confirm and Cancel. When it would empty more than half of the
 * draft's answers, the answers it would empty come first, each with its current text, and the
 * Confirm button says that it empties them: nothing is saved until it is pressed.
 */
export function ImportReview({ t, q, csrf, action, draft, changes, blanking }: ReviewProps) {
  const flat = flatten(draft);
  const diff = <ReviewDiff t={t} q={q} changes={changes} />;
  return (
    <>
      {blanking.emptiesMost ? (
        <section class="card emptying" aria-labelledby="emptying-title">
          <h3 id="emptying-title">{t('reporting.import.emptying.title')}</h3>
          <p class="alert warn" role="alert">
            {t('reporting.import.emptying.lede', { existing: blanking.existing, n: blanking.emptied.length })}
          </p>
          <table class="emptied">
            <thead>
              <tr>
                <th scope="col">{t('reporting.diff.field')}</th>
                <th scope="col">{t('reporting.import.current')}</th>
              </tr>
            </thead>
            <tbody>
              {blanking.emptied.map((k) => (
                <tr data-field={k}>
                  <th scope="row">{answerLabel(t, q, k)}</th>
                  <td dir="auto">{excerpt(answerValue(t, q, k, flat[k] ?? ''))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {!changes.length ? (
        <p class="muted">{t('reporting.import.nothing')}</p>
      ) : blanking.emptiesMost ? (
        <details>
          <summary>{t('reporting.import.title')}</summary>
          {diff}
        </details>
      ) : (
        diff
      )}
      <div class="actions import-actions" style="display:flex;flex-wrap:wrap;gap:.75rem;align-items:center">
        {changes.length ? (
          <form method="post" action={`${action}/confirm`}>
            {csrf}
            {blanking.emptiesMost ? <input type="hidden" name="confirmEmptying" value="1" /> : null}
            <button type="submit">{blanking.emptiesMost ? t('reporting.import.emptying.confirm') : t('reporting.import.confirm')}</button>
          </form>
        ) : null}
        <form method="post" action={`${action}/cancel`}>
          {csrf}
          <button type="submit" class="secondary">
            {t('reporting.import.cancel')}
          </button>
        </form>
      </div>
    </>
  );
}
