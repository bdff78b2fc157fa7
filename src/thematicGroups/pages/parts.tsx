import { DateText } from '../../i18n/DateText.tsx';
import type { Lang } from '../../i18n/languages.ts';
import type { Translate } from '../../i18n/index.ts';
import { bodyName, bodyTheme } from '../../i18n/processName.ts';

/** What the thematic groups' pages show alike: a group's name and theme, a meeting's dates. */

/** The group's name and theme in the reader's language while they are the seeded ones (src/i18n/processName.ts). */
export const groupName = (t: Translate, m: { body_slug: string | null; body_title: string | null; session_title: string }) =>
  m.body_slug && m.body_title ? bodyName(t, { slug: m.body_slug, title: m.body_title }) : m.session_title;
export const groupTheme = (t: Translate, m: { body_slug: string | null; body_theme: string | null }) =>
  m.body_slug ? bodyTheme(t, { slug: m.body_slug, theme: m.body_theme }) : m.body_theme;

/** The day a meeting was held, or else its session's first (and last) day; `none` when neither is known. */
export function MeetingDates({
  m,
  lang,
  none = null,
}: {
  m: { held_on: string | null; starts_on: string | null; ends_on: string | null };
  lang: Lang;
  none?: string | null;
}) {
  if (m.held_on) return <DateText value={m.held_on} lang={lang} />;
  if (!m.starts_on) return <>{none}</>;
  return (
    <>
      <DateText value={m.starts_on} lang={lang} />
      {m.ends_on ? (
        <>
          {' '}
          – <DateText value={m.ends_on} lang={lang} />
        </>
      ) : null}
    </>
  );
}
