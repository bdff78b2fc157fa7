import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CAPABILITIES } from '../capabilities.ts';
import { MATRIX_ROLES, type AccessSpec } from './accessMatrix.ts';
import { testApp } from '../testing/app.ts';

/**
 * Every route × every role against the expected status. A route that no row covers fails the test,
 * so a new route cannot ship without deciding who may use it.
 */
const SPECS: Record<string, AccessSpec> = Object.fromEntries(CAPABILITIES.flatMap((cap) => (cap.access ? [[cap.name, cap.access]] : [])));
const UNCHECKED = new Set(['GET /healthz', 'GET /assets/:name', 'GET /api/openapi.json', 'GET /']);

let ctx: Awaited<ReturnType<typeof testApp>>;
const fixtures: Record<string, string | number> = {};
before(async () => {
  ctx = await testApp();
  for (const spec of Object.values(SPECS)) if (spec.fixtures) Object.assign(fixtures, await spec.fixtures(ctx.db));
});
after(() => ctx.close());

test('every route has an access row', () => {
  const registered = new Set(ctx.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
  const covered = new Set(Object.values(SPECS).flatMap((s) => s.rows.map((r) => r.route)));
  const missing = [...registered].filter((r) => !covered.has(r) && !UNCHECKED.has(r));
  assert.deepEqual(missing, [], `routes without an access row: ${missing.join(', ')}`);
  const stale = [...covered].filter((r) => !registered.has(r));
  assert.deepEqual(stale, [], `access rows for routes that do not exist: ${stale.join(', ')}`);
});

for (const [name, spec] of Object.entries(SPECS)) {
  for (const row of spec.rows) {
    test(`${name}: ${row.route}`, async () => {
      const failures: string[] = [];
      for (const role of MATRIX_ROLES) {
        const client = await ctx.as(role);
        const path = typeof row.path === 'function' ? row.path(fixtures) : row.path;
        const method = row.route.split(' ')[0]!;
        const body = typeof row.body === 'function' ? (row.body as (f: typeof fixtures) => unknown)(fixtures) : row.body;
        const isApi = path.startsWith('/api/');
        const res = await client.request(path, {
          method,
          ...(body !== undefined ? (isApi ? { json: body } : { form: body as Record<string, string> }) : {}),
        });
        if (res.status !== row.expect[role]) failures.push(`${role}: expected ${row.expect[role]}, got ${res.status}`);
        // A row that ends the session (sign-out, password change) must not leak into the next row.
        if (/accord_session=;/.test(res.headers.get('set-cookie') ?? '')) ctx.forget(role);
      }
      assert.deepEqual(failures, [], `${row.route} (${typeof row.path === 'string' ? row.path : 'fixture path'})`);
    });
  }
}
