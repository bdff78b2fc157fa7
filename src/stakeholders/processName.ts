import { hasMessage, type Translate } from '../i18n/index.ts';

/** A process's name in the reader's language when the catalogue has it (core.process.<slug>), else its stored title. */
export const processName = (t: Translate, slug: string, title: string) => (hasMessage(`core.process.${slug}`) ? t(`core.process.${slug}`) : title);
