import type { ColumnType, Generated } from 'kysely';

export interface FrameworkTables {
  framework_versions: {
    id: string;
    title: string;
    is_current: Generated<boolean>;
    created_at: Generated<Date>;
    predecessor: string | null;
    source: Generated<string>;
    translations: ColumnType<Record<string, { title: string; description?: string }>, string | undefined, string>;
  };
  /** A process's framework version, keyed by the process's slug (see migrations/0007). */
  process_frameworks: { process_slug: string; framework_version: string; set_at: Generated<Date> };
  element_mappings: {
    id: Generated<number>;
    from_version: string;
    from_element: string;
    to_version: string;
    to_element: string;
    relation: 'same' | 'part-of' | 'split';
    note: Generated<string>;
    created_by: number | null;
    created_at: Generated<Date>;
  };
  pillars: {
    framework_version: string;
    id: string;
    position: number;
    title: string;
    description: string;
    source_symbol: string | null;
    source_paragraph: string | null;
    lexicon: string[];
    translations: ColumnType<Record<string, { title: string; description?: string }>, string | undefined, string>;
  };
  elements: {
    framework_version: string;
    id: string;
    pillar_id: string;
    position: number;
    title: string;
    description: string;
    source_symbol: string;
    source_paragraph: string;
    lexicon: string[];
    translations: ColumnType<Record<string, { title: string; description?: string }>, string | undefined, string>;
  };
  stance_questions: {
    id: string;
    question: string;
    pillar_id: string;
    element_id: string | null;
    lexicon: ColumnType<Record<string, string[]>, string, string>;
    position: Generated<number>;
    created_at: Generated<Date>;
    translations: ColumnType<Record<string, { title: string; description?: string }>, string | undefined, string>;
  };
}
