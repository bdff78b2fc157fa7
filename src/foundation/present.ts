import { z } from 'zod';

/**
 * Shared pieces of the API's presenters (src/<capability>/presenters.ts): a moment leaves as an ISO
 * 8601 string in UTC, whichever engine read it, and its schema says so.
 */
export function iso(d: Date | string): string;
export function iso(d: Date | string | null | undefined): string | null;
export function iso(d: Date | string | null | undefined): string | null {
  if (d == null) return null;
  return (d instanceof Date ? d : new Date(d)).toISOString();
}

/** A moment as the API writes it: `2026-06-30T12:00:00.000Z`. */
export const IsoDateTime = z.iso.datetime();
/** A calendar date as the API writes it: `2026-06-30`. */
export const IsoDate = z.iso.date();
