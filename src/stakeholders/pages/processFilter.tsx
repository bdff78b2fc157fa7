import { processName } from '../../i18n/processName.ts';
import type { Translate } from '../../i18n/index.ts';

/** The process filter above the applications and representatives lists (a GET form, so the choice is in the address). */
export function ProcessFilter({
  t,
  action,
  processes,
  chosen,
}: {
  t: Translate;
  action: string;
  processes: Array<{ slug: string; title: string }>;
  chosen?: string | null;
}) {
  return (
    <form method="get" action={action} class="filters" role="search">
      <div>
        <label for="f-process">{t('stakeholders.field.process')}</label>
        <select id="f-process" name="process">
          <option value="">{t('stakeholders.allProcesses')}</option>
          {processes.map((p) => (
            <option value={p.slug} selected={p.slug === chosen}>
              {processName(t, p)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit">{t('stakeholders.filter')}</button>
      </div>
    </form>
  );
}
