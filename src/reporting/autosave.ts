/**
 * How often the report form autosaves (seconds; ACCORD_AUTOSAVE_SECONDS, default 30). Thirty seconds
 * loses at most half a minute of typing if the browser dies, and keeps the audit log to two
 * `report.draft_autosaved` events a minute per typing delegate; unchanged answers write nothing.
 */
export const autosaveSeconds = () => {
  const n = Number(process.env.ACCORD_AUTOSAVE_SECONDS ?? 30);
  return Number.isFinite(n) && n >= 1 ? Math.round(n) : 30;
};
