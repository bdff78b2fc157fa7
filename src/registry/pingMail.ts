import { LINK_PLACEHOLDER } from '../notifications/outbox.ts';

/**
 * The emails of a communication check. They are queued with the placeholder where the link goes;
 * the link itself is minted when the message is sent, so no usable token is ever stored.
 */
const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export function pingEmail(p: { name: string; role: string }, round: { id: number }, respondBy: Date) {
  return {
    subject: `Communication check ${round.id}: please acknowledge by ${utc(respondBy)}`,
    text: `Dear ${p.name},\n\nThis is a communication check (no. ${round.id}) of the points-of-contact directory. Please confirm that this ${p.role} point of contact of your State is reachable by opening the link below before ${utc(respondBy)}:\n\n${LINK_PLACEHOLDER}\n\nThe page names your State, this contact and the check it confirms.\n\nThe Secretariat`,
  };
}

export function followUpEmail(p: { name: string; role: string }, round: { id: number; started_at: Date | string }, respondBy: Date, attempt: number) {
  return {
    subject: `Reminder ${attempt}: communication check ${round.id} awaits your acknowledgement`,
    text: `Dear ${p.name},\n\nThe communication check no. ${round.id} of the points-of-contact directory, started ${utc(new Date(round.started_at))}, has no acknowledgement yet from this ${p.role} point of contact. Please open the link below before ${utc(respondBy)}:\n\n${LINK_PLACEHOLDER}\n\nEarlier links for this check no longer work. If this address should no longer receive checks, tell your delegation so it can update the directory.\n\nThe Secretariat`,
  };
}
