/** Runtime settings, from the environment with safe defaults. */
export interface Config {
  /** Largest request body accepted, in bytes (ACCORD_BODY_LIMIT_MB, default 20). */
  bodyLimitBytes: number;
  /** Cookies get the Secure flag when served over HTTPS (ACCORD_SECURE_COOKIES=1). */
  secureCookies: boolean;
  /** Smallest number of restricted reports an aggregate may show (ACCORD_MIN_AGGREGATE, default 3). */
  minAggregate: number;
  /**
   * Submitted reports that make a still-open cycle's figures the public ones on element pages and
   * State profiles (ACCORD_MIN_PUBLISHED_REPORTS, default 10; a cycle may set its own; never below
   * minAggregate). A closed cycle is always publishable.
   */
  minPublishedReports: number;
}

export function configFromEnv(env = process.env): Config {
  return {
    bodyLimitBytes: Math.round(Number(env.ACCORD_BODY_LIMIT_MB ?? 20) * 1024 * 1024),
    secureCookies: env.ACCORD_SECURE_COOKIES === '1',
    minAggregate: Number(env.ACCORD_MIN_AGGREGATE ?? 3),
    minPublishedReports: Number(env.ACCORD_MIN_PUBLISHED_REPORTS ?? 10),
  };
}
