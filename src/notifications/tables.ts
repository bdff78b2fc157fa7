import type { Generated } from 'kysely';

// Kysely types of the outbox and the in-app notices (migrations 0501, 0504, 0505).
export type MailStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'not-configured' | 'cancelled';
export type NoticeKind = 'reporting.reminder' | 'ping.started' | 'ping.follow_up' | 'cb.take_up';

export interface NotificationsTables {
  outbound_emails: {
    id: Generated<number>;
    to_address: string;
    subject: string;
    body: string;
    status: Generated<MailStatus>;
    detail: Generated<string>;
    related_type: string | null;
    related_id: string | null;
    created_at: Generated<Date>;
    message_id: string | null;
    attempts: Generated<number>;
    locked_until: Date | null;
    sent_at: Date | null;
    ack_request_id: number | null;
    link_base: string | null;
  };
  notices: {
    id: Generated<number>;
    state_iso3: string;
    kind: NoticeKind;
    message_key: string;
    params: unknown;
    link: string | null;
    created_at: Generated<Date>;
  };
}
