import assert from 'node:assert/strict';
import { apiOperations, type ApiOperation } from '../server/openapi.ts';

const toOpenApi = (p: string) => p.split('?')[0].replace(/\/\d+(?=\/|$)/g, '/{}');
const template = (p: string) => p.replace(/\{\w+\}/g, '{}');

/**
 * Checks real API responses against the operation each one answers as described in the OpenAPI
 * document: the success status, the media type, and a body the declared `response` schema parses
 * to itself (a field the schema does not declare, or one typed otherwise, fails). `checked()` then
 * names the operations of a tag no test response has gone through.
 *
 * `path` is the request's path; numeric segments stand for parameters, others are matched by the
 * `op` given (the OpenAPI path) when a path carries a non-numeric parameter (`/states/FRA`).
 */
export function apiContract(tag: string) {
  const seen = new Set<ApiOperation>();
  const find = (method: string, path: string, op?: string) => {
    const want = op ? template(op) : template(toOpenApi(path));
    const found = apiOperations().find((o) => o.method === method && template(o.path) === want);
    assert.ok(found, `no OpenAPI operation for ${method} ${op ?? path}`);
    return found;
  };
  return {
    /** Parses the response with its operation's schema and returns the body (JSON, or text for an export). */
    async check(res: Response, method: string, path: string, opts: { op?: string } = {}): Promise<any> {
      const op = find(method.toLowerCase(), path, opts.op);
      seen.add(op);
      const text = await res.text();
      if (op.movedTo) {
        // A renamed path: 308 to the new one (the method kept), no body of its own.
        assert.equal(res.status, 308, `${method} ${path}: ${res.status}, not the 308 to ${op.movedTo}`);
        const to = new RegExp(`^${op.movedTo.replace(/\{\w+\}/g, '[^/]+')}$`);
        assert.match(new URL(res.headers.get('location') ?? '', 'http://x').pathname, to, `${method} ${path}: moved elsewhere`);
        return null;
      }
      assert.equal(res.status, op.status ?? 200, `${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
      assert.ok(op.response, `${op.method} ${op.path} declares no response`);
      if (op.contentType) {
        assert.ok(
          (res.headers.get('content-type') ?? '').startsWith(op.contentType),
          `${method} ${path}: ${res.headers.get('content-type')} is not ${op.contentType}`,
        );
        op.response.parse(text);
        return text;
      }
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      const body = JSON.parse(text);
      const parsed = op.response.safeParse(body);
      assert.ok(parsed.success, `${method} ${path}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5))}`);
      // The schema parses the body to itself: nothing undeclared is stripped, nothing is coerced.
      assert.deepEqual(JSON.parse(JSON.stringify(parsed.data)), body, `${method} ${path}: the body has fields its schema does not declare`);
      return body;
    },
    /** The operations of this tag (optionally only those under a path prefix) no checked response went through. */
    unchecked(prefix = '') {
      return apiOperations()
        .filter((o) => o.tag === tag && o.path.startsWith(prefix) && !seen.has(o))
        .map((o) => `${o.method} ${o.path}`);
    },
  };
}
