import type { ColumnType, Generated } from 'kysely';

export interface FrameworkTables {
  framework_versions: { id: string; title: string; is_current: Generated<boolean>; created_at: Generated<Date> };
  pillars: {
    framework_version: string; id: string; position: number; title: string; description: string;
    source_symbol: string | null; source_paragraph: string | null; lexicon: string[];
    translations: ColumnType<Record<string, { title: string; description?: string }>, string | undefined, string>;
  };
  elements: {
    framework_version: string; id: string; pillar_id: string; position: number; title: string; description: string;
    source_symbol: string; source_paragraph: string; lexicon: string[];
    translations: ColumnType<Record<string, { title: string; description?: string }>, string | undefined, string>;
  };
  stance_questions: {
    id: string; question: string; pillar_id: string; element_id: string | null;
    lexicon: ColumnType<Record<string, string[]>, string, string>;
    position: Generated<number>; created_at: Generated<Date>;
    translations: ColumnType<Record<string, { title: string; description?: string }>, string | undefined, string>;
  };
}
