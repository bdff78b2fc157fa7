/**
 * Rows in batches for one insert each: a statement carries at most 65,535 parameters, so a long
 * draft's paragraphs or a large document of agreed language is written 500 rows at a time.
 */
export function batches<T>(rows: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
