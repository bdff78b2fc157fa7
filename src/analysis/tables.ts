// Kysely types for this capability's tables (migrations in its number range, see ARCHITECTURE.md).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AnalysisTables {}
