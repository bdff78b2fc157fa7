import type { Lang } from './languages.ts';
import { type DateInput, formatDate, isoDate } from './format.ts';

/** A date in the reader's form inside `<time datetime>` and `<bdi>`, so right-to-left text never reverses it. */
export function DateText({ value, lang, time = false }: { value: DateInput; lang: Lang; time?: boolean }) {
  if (value === null || value === undefined || value === '') return <>—</>;
  return (
    <bdi>
      <time datetime={isoDate(value, time)}>{formatDate(value, lang, { time }).replace(/[\u2068\u2069]/g, '')}</time>
    </bdi>
  );
}
