import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testApp } from '../testing/app.ts';
import { apiOperations, openApiDocument } from './openapi.ts';

/**
 * The API is a contract: every /api route Hono registers is described in /api/openapi.json with the
 * schema of its success response, and every described operation exists. A route added without its
 * description, or a description left behind by a removed route, fails here.
 */
let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

const toOpenApi = (p: string) => p.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
const apiRoutes = () => [
  ...new Set(
    ctx.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/openapi.json')
      .map((r) => `${r.method.toLowerCase()} ${toOpenApi(r.path)}`),
  ),
];

test('every API route is in the OpenAPI document', () => {
  const described = new Set(apiOperations().map((o) => `${o.method} ${o.path}`));
  const missing = apiRoutes().filter((r) => !described.has(r));
  assert.deepEqual(missing, [], `API routes not in the OpenAPI document: ${missing.join(', ')}`);
  const routes = new Set(apiRoutes());
  const stale = [...described].filter((d) => !routes.has(d));
  assert.deepEqual(stale, [], `OpenAPI operations without a route: ${stale.join(', ')}`);
});

test('every API operation declares its response schema (a moved path, its new path)', () => {
  const described = new Set(
    apiOperations()
      .filter((o) => !o.movedTo)
      .map((o) => `${o.method} ${o.path}`),
  );
  const without = apiOperations()
    .filter((o) => (o.movedTo ? !described.has(`${o.method} ${o.movedTo}`) : !o.response))
    .map((o) => `${o.method} ${o.path}`);
  assert.deepEqual(without, [], `operations without a response schema: ${without.join(', ')}`);
});

test('the document is valid JSON Schema throughout (every response schema converts)', () => {
  const doc = openApiDocument();
  assert.equal(doc.openapi, '3.1.0');
  assert.ok(Object.keys(doc.paths).length > 50);
});
