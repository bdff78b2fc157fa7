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
import type { FoundationTables } from './server/tables.ts';

/**
 * The whole database as Kysely sees it: each capability declares its own tables (and lists their
 * names in its capability.ts). This one type is the exception to "listed once" in src/capabilities.ts:
 * the compiler needs it as an interface, before any capability's value exists.
 */
export interface Database
  extends
    AccountsTables,
    FrameworkTables,
    ParticipantsTables,
    RecordsTables,
    ReportingTables,
    AnalysisTables,
    DraftingTables,
    RegistryTables,
    StakeholdersTables,
    NotificationsTables,
    ProcessesTables,
    ThematicGroupsTables,
    FoundationTables {}
