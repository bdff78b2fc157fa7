import { isLang, translator, type Lang } from '../i18n/index.ts';
import { readerDate } from '../notifications/dates.ts';
import { LINK_PLACEHOLDER } from '../notifications/outbox.ts';

/**
 * The emails of a communication check, in the point of contact's language: the first of its
 * working languages that is a UN language, English otherwise. They are queued with the
 * placeholder where the link goes; the link itself is minted when the message is sent, so no
 * usable token is ever stored.
 */
export function mailLang(languages: readonly string[] | null | undefined): Lang {
  return (languages ?? []).map((l) => l.trim().toLowerCase()).find(isLang) ?? 'en';
}

type PointOfContact = { name: string; role: string; languages?: readonly string[] | null };

export function communicationCheckEmail(p: PointOfContact, round: { id: number }, respondBy: Date) {
  const lang = mailLang(p.languages);
  const t = translator(lang);
  const deadline = readerDate(respondBy, lang, true);
  const params = { name: p.name, role: t(`registry.role.${p.role}`), round: round.id, deadline, link: LINK_PLACEHOLDER };
  return { subject: t('registry.mail.communicationCheck.subject', params), text: t('registry.mail.communicationCheck.text', params), lang };
}

export function followUpEmail(p: PointOfContact, round: { id: number; started_at: Date | string }, respondBy: Date, attempt: number) {
  const lang = mailLang(p.languages);
  const t = translator(lang);
  const params = {
    name: p.name,
    role: t(`registry.role.${p.role}`),
    round: round.id,
    attempt,
    link: LINK_PLACEHOLDER,
    started: readerDate(new Date(round.started_at), lang, true),
    deadline: readerDate(respondBy, lang, true),
  };
  return { subject: t('registry.mail.followUp.subject', params), text: t('registry.mail.followUp.text', params), lang };
}
