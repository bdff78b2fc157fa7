import type { Translate } from '../../i18n/index.ts';
import { ELEMENT_TEXT_FIELDS, flatten, NEED_KINDS, PRIORITIES, STATUSES, type Answers } from '../answers.ts';
import { wordDiff, type FieldChange } from '../diff.ts';
import { completeness, titleOf, type Questionnaire } from '../questionnaire.ts';
import type { ElementText } from '../questionnaireText.ts';
import { needRowsFor } from '../template.ts';

/** Shared pieces of the reporting pages: answers read-only, the edit form, completeness, diffs. */

const Multi = ({ text }: { text?: string }) =>
  text ? (
    <>
      {text.split('\n').map((l, i) =>
        i ? (
          <>
            <br />
            {l}
          </>
        ) : (
          l
        ),
      )}
    </>
  ) : (
    <span class="muted">—</span>
  );

/** A human label for a flat field key, e.g. "norm-a · Measures taken". */
export function fieldLabel(t: Translate, q: Questionnaire, key: string): string {
  const g = /^general\.(\w+)$/.exec(key);
  if (g) return `${t('reporting.general')} · ${t(`reporting.general.${g[1]}`)}`;
  const e = /^elements\.([^.]+)\.(\w+)$/.exec(key);
  if (e) return `${e[1]} · ${t(`reporting.field.${e[2]}`)}`;
  const n = /^capacityNeeds\.(\d+)\.(\w+)$/.exec(key);
  if (n) return `${t('reporting.needs')} ${Number(n[1]) + 1} · ${t(`reporting.need.${n[2]}`)}`;
  void q;
  return key;
}

export function CompletenessTable({ t, q, answers }: { t: Translate; q: Questionnaire; answers: Answers }) {
  const rows = completeness(q, answers);
  return (
    <table class="completeness">
      <caption>{t('reporting.completeness')}</caption>
      <tbody>
        {rows.map((r) => {
          const pillar = q.pillars.find((p) => p.id === r.pillar);
          return (
            <tr class={pillar ? `pillar-${r.pillar}` : undefined}>
              <th scope="row">{pillar ? titleOf(t, 'pillar', pillar.id, pillar.title) : t('reporting.general')}</th>
              <td>
                <meter min={0} max={r.total} value={r.answered}>
                  {r.answered}/{r.total}
                </meter>{' '}
                {t('reporting.completeness.row', { answered: r.answered, total: r.total })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The answers of a revision or draft, read-only, in questionnaire order. */
export function AnswersView({ t, q, answers }: { t: Translate; q: Questionnaire; answers: Answers }) {
  return (
    <div class="report-answers">
      <section class="card">
        <h2>{t('reporting.general')}</h2>
        <h3>{t('reporting.general.internationalLawViews')}</h3>
        <p>
          <Multi text={answers.general?.internationalLawViews} />
        </p>
        <h3>{t('reporting.general.pointsOfContact')}</h3>
        <p>
          <Multi text={answers.general?.pointsOfContact} />
        </p>
      </section>
      {q.pillars.map((p) => (
        <section class={`card pillar-${p.id}`}>
          <h2>{titleOf(t, 'pillar', p.id, p.title)}</h2>
          {p.elements.map((e) => {
            const a = answers.elements?.[e.id];
            return (
              <div class="element-answer" id={`el-${e.id}`}>
                <h3>
                  <code>{e.id}</code> {titleOf(t, 'el', e.id, e.title)}{' '}
                  {a?.status ? (
                    <span class={`tag status-${a.status}`}>{t(`reporting.st.${a.status}`)}</span>
                  ) : (
                    <span class="tag">{t('reporting.unanswered')}</span>
                  )}
                </h3>
                {a ? (
                  <dl class="facts">
                    {ELEMENT_TEXT_FIELDS.filter((f) => a[f]).map((f) => (
                      <>
                        <dt>{t(`reporting.field.${f}`)}</dt>
                        <dd>
                          <Multi text={a[f]} />
                        </dd>
                      </>
                    ))}
                    {a.links?.length ? (
                      <>
                        <dt>{t('reporting.field.links')}</dt>
                        <dd>
                          {a.links.map((l) => (
                            <div>
                              <a href={l} rel="noopener noreferrer nofollow">
                                {l}
                              </a>
                            </div>
                          ))}
                        </dd>
                      </>
                    ) : null}
                  </dl>
                ) : null}
              </div>
            );
          })}
        </section>
      ))}
      <section class="card pillar-capacity-building">
        <h2>{t('reporting.needs')}</h2>
        {answers.capacityNeeds?.length ? (
          <table>
            <thead>
              <tr>
                <th>{t('reporting.need.element')}</th>
                <th>{t('reporting.need.kind')}</th>
                <th>{t('reporting.need.priority')}</th>
                <th>{t('reporting.need.description')}</th>
              </tr>
            </thead>
            <tbody>
              {answers.capacityNeeds.map((n) => (
                <tr>
                  <td>
                    <code>{n.element}</code>
                  </td>
                  <td>{t(`reporting.kind.${n.kind}`)}</td>
                  <td>{t(`reporting.prio.${n.priority}`)}</td>
                  <td>
                    <Multi text={n.description} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">—</p>
        )}
      </section>
    </div>
  );
}

/** A rule's finding beside a field: `blocking` when the rule refuses submission (severity error). */
export interface FieldWarning {
  text: string;
  blocking: boolean;
}

/** The error (the save was refused) and the rule's warning (saved, but flagged) beside one field. */
function Err({ t, errors, warnings = {}, k }: { t: Translate; errors: Record<string, string>; warnings?: Record<string, FieldWarning>; k: string }) {
  const w = warnings[k];
  return (
    <>
      {errors[k] ? (
        <p class="field-error" id={`err-${k}`}>
          {errors[k]}
        </p>
      ) : null}
      {w && !errors[k] ? (
        <p class={w.blocking ? 'field-warning blocking' : 'field-warning'} id={`warn-${k}`}>
          {w.text}
          {w.blocking ? (
            <>
              {' '}
              <span class="tag">{t('reporting.rule.blocksSubmission')}</span>
            </>
          ) : null}
        </p>
      ) : null}
    </>
  );
}
/** The control's aria attributes for its error or warning. */
const described = (errors: Record<string, string>, warnings: Record<string, FieldWarning>, k: string) => ({
  'aria-invalid': errors[k] ? ('true' as const) : undefined,
  'aria-describedby': errors[k] ? `err-${k}` : warnings[k] ? `warn-${k}` : undefined,
});

/**
 * The questionnaire as an HTML form; field names are the flat keys (see answers.ts). `errors` are the
 * messages of a refused save, `warnings` the cycle's rules the answers break, both in the reader's language.
 */
export function EditForm({
  t,
  q,
  answers,
  errors = {},
  warnings = {},
  limit,
  guidance,
}: {
  t: Translate;
  q: Questionnaire;
  answers: Answers;
  errors?: Record<string, string>;
  warnings?: Record<string, FieldWarning>;
  limit: number;
  guidance?: Map<string, ElementText>;
}) {
  const flat = flatten(answers);
  const needRows = needRowsFor(answers);
  const titles = new Map(q.pillars.flatMap((p) => p.elements.map((e) => [e.id, titleOf(t, 'el', e.id, e.title)] as const)));
  const elementTitle = (id: string) => titles.get(id) ?? id;
  const flagged = (prefix: string) => Object.keys(errors).some((k) => k.startsWith(prefix)) || Object.keys(warnings).some((k) => k.startsWith(prefix));
  const text = (k: string, label: string, rows = 3) => (
    <div class="field">
      <label for={k}>{label}</label>
      <textarea id={k} name={k} rows={rows} maxlength={limit} dir="auto" {...described(errors, warnings, k)}>
        {flat[k] ?? ''}
      </textarea>
      <Err t={t} errors={errors} warnings={warnings} k={k} />
    </div>
  );
  return (
    <>
      <fieldset class="card" id="general">
        <legend>
          <h2>{t('reporting.general')}</h2>
        </legend>
        {text('general.internationalLawViews', t('reporting.general.internationalLawViews'), 6)}
        {text('general.pointsOfContact', t('reporting.general.pointsOfContact'), 3)}
      </fieldset>
      {q.pillars.map((p) => (
        <fieldset class={`card pillar-${p.id}`} id={`pillar-${p.id}`}>
          <legend>
            <h2>{titleOf(t, 'pillar', p.id, p.title)}</h2>
          </legend>
          {p.elements.map((e) => {
            const sk = `elements.${e.id}.status`;
            return (
              <details class="element-form" id={`el-${e.id}`} open={!!answers.elements?.[e.id] || flagged(`elements.${e.id}.`)}>
                <summary>
                  <code>{e.id}</code> {titleOf(t, 'el', e.id, e.title)}
                  {answers.elements?.[e.id]?.status ? (
                    <>
                      {' '}
                      · <span class="tag">{t(`reporting.st.${answers.elements[e.id]!.status}`)}</span>
                    </>
                  ) : null}
                </summary>
                {/* The guidance in the reader's language (the framework's translations), English where there is none. */}
                <p class="muted">
                  {guidance?.get(e.id)?.description || e.description} ({guidance?.get(e.id)?.citation || e.source})
                </p>
                <div class="field">
                  <label for={sk}>{t('reporting.field.status')}</label>
                  <select id={sk} name={sk} {...described(errors, warnings, sk)}>
                    <option value="">{t('reporting.st.none')}</option>
                    {STATUSES.map((s) => (
                      <option value={s} selected={flat[sk] === s}>
                        {t(`reporting.st.${s}`)}
                      </option>
                    ))}
                  </select>
                  <Err t={t} errors={errors} warnings={warnings} k={sk} />
                </div>
                {ELEMENT_TEXT_FIELDS.map((f) => text(`elements.${e.id}.${f}`, t(`reporting.field.${f}`)))}
                {text(`elements.${e.id}.links`, t('reporting.field.links'), 2)}
                {/* The form's buttons again inside each open element: from the last answer a keyboard user
                    reaches Save in a few Tab presses instead of passing every other element (48 before). */}
                <p class="element-actions">
                  <button type="submit" name="intent" value="save" class="secondary">
                    {t('reporting.save')}
                  </button>{' '}
                  <button type="submit" name="intent" value="review" class="secondary">
                    {t('reporting.review.open')}
                  </button>
                </p>
              </details>
            );
          })}
        </fieldset>
      ))}
      <fieldset class="card pillar-capacity-building" id="needs">
        <legend>
          <h2>{t('reporting.needs')}</h2>
        </legend>
        <p class="muted">{t('reporting.needs.help')}</p>
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('reporting.need.element')}</th>
              <th>{t('reporting.need.kind')}</th>
              <th>{t('reporting.need.priority')}</th>
              <th>{t('reporting.need.description')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: needRows }, (_, i) => {
              const k = (f: string) => `capacityNeeds.${i}.${f}`;
              const sel = (f: string, values: readonly string[], prefix: string, label: string) => (
                <td>
                  <label class="visually-hidden" for={k(f)}>{`${label} ${i + 1}`}</label>
                  <select id={k(f)} name={k(f)} {...described(errors, warnings, k(f))}>
                    <option value="">—</option>
                    {values.map((v) => (
                      <option value={v} selected={flat[k(f)] === v}>
                        {prefix ? t(`${prefix}.${v}`) : elementTitle(v)}
                      </option>
                    ))}
                  </select>
                  <Err t={t} errors={errors} warnings={warnings} k={k(f)} />
                </td>
              );
              return (
                <tr>
                  <td>{i + 1}</td>
                  {sel('element', q.elementIds, '', t('reporting.need.element'))}
                  {sel('kind', NEED_KINDS, 'reporting.kind', t('reporting.need.kind'))}
                  {sel('priority', PRIORITIES, 'reporting.prio', t('reporting.need.priority'))}
                  <td>
                    <label class="visually-hidden" for={k('description')}>{`${t('reporting.need.description')} ${i + 1}`}</label>
                    <textarea
                      id={k('description')}
                      name={k('description')}
                      rows={2}
                      maxlength={limit}
                      dir="auto"
                      {...described(errors, warnings, k('description'))}
                    >
                      {flat[k('description')] ?? ''}
                    </textarea>
                    <Err t={t} errors={errors} warnings={warnings} k={k('description')} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
    </>
  );
}

/** A field-level diff table; changed texts show word-level insertions and deletions. */
export function DiffTable({ t, q, changes }: { t: Translate; q: Questionnaire; changes: (FieldChange & { error?: string })[] }) {
  if (!changes.length) return <p class="muted">{t('reporting.diff.none')}</p>;
  const showErr = changes.some((c) => c.error);
  return (
    <table class="diff">
      <thead>
        <tr>
          <th>{t('reporting.diff.field')}</th>
          <th>{t('reporting.diff.before')}</th>
          <th>{t('reporting.diff.after')}</th>
          {showErr ? <th>{t('reporting.import.error')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr data-field={c.field}>
            <th scope="row">
              {fieldLabel(t, q, c.field)}
              <br />
              <code class="muted">{c.field}</code>
            </th>
            {c.kind === 'changed' ? (
              <td colspan={2}>
                {wordDiff(c.before!, c.after!).map((p) => (p.op === 'same' ? p.text : p.op === 'ins' ? <ins>{p.text}</ins> : <del>{p.text}</del>))}
              </td>
            ) : (
              <>
                <td>{c.before ? <del>{c.before}</del> : '—'}</td>
                <td>{c.after ? <ins>{c.after}</ins> : '—'}</td>
              </>
            )}
            {showErr ? <td class="field-error">{c.error ?? ''}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
