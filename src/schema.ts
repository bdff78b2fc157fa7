import type { Generated } from 'kysely';
import type { AccountsTables } from './accounts/tables.ts';
import type { AnalysisTables } from './analysis/tables.ts';
import type { DraftingTables } from './drafting/tables.ts';
import type { FrameworkTables } from './framework/tables.ts';
import type { NotificationsTables } from './notifications/tables.ts';
import type { ParticipantsTables } from './participants/tables.ts';
import type { ProcessesTables } from './processes/tables.ts';
import type { RecordsTables } from './records/tables.ts';
import type { RegistryTables } from './registry/tables.ts';
import type { ReportingTables } from './reporting/tables.ts';
import type { StakeholdersTables } from './stakeholders/tables.ts';
import type { ThematicGroupsTables } from './thematicGroups/tables.ts';

/** The whole database as Kysely sees it: each capability declares its own tables. */
export interface Database
  extends AccountsTables, FrameworkTables, ParticipantsTables, RecordsTables, ReportingTables,
    AnalysisTables, DraftingTables, RegistryTables, StakeholdersTables, NotificationsTables, ProcessesTables,
    ThematicGroupsTables {
  schema_migrations: { name: string; checksum: string; applied_at: Generated<Date> };
}
