import { z } from 'zod';

/** One JSON API operation, described where its route is defined. */
export interface ApiOperation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. `/api/v1/elements/{id}`. */
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  /** Who may call it, in words (the access policy decides). */
  access?: string;
  /**
   * The success response's body, as the route's presenter shapes it (camelCase, stable). Every
   * operation declares one: src/server/openapi.test.ts fails on an API route without it.
   */
  response?: z.ZodType;
  /** The success body's media type when it is not JSON (a DOCX, AKN XML or CSV export): `response` is then `z.string()`. */
  contentType?: string;
  /** The success status when it is not 200 (201 for a create). */
  status?: 200 | 201 | 202 | 204;
  /**
   * A renamed path's new path: the operation answers 308 to it (src/server/moved.ts), the method
   * kept, and is marked deprecated. It declares no `response` of its own: the new path's is the one.
   */
  movedTo?: string;
}

const operations: ApiOperation[] = [];

/** Registers an operation for /api/openapi.json; call it next to the route. */
export function describeApi(op: ApiOperation) {
  operations.push(op);
}

const errorSchema = {
  type: 'object',
  properties: {
    error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, fields: { type: 'object' } }, required: ['code', 'message'] },
  },
};

/** The registered operations, for the contract test. */
export const apiOperations = (): readonly ApiOperation[] => operations;

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    if (op.query) {
      for (const [name, schema] of Object.entries(op.query.shape)) {
        params.push({
          name,
          in: 'query',
          required: !(schema as z.ZodType).safeParse(undefined).success,
          schema: z.toJSONSchema(schema as z.ZodType, { unrepresentable: 'any' }),
        } as never);
      }
    }
    if (op.movedTo) {
      (paths[op.path] ??= {})[op.method] = {
        summary: op.summary,
        tags: [op.tag],
        deprecated: true,
        description: `Moved to ${op.movedTo}: answers 308 Permanent Redirect there (the method and body kept).`,
        parameters: params,
        responses: { 308: { description: `Moved to ${op.movedTo}`, headers: { Location: { schema: { type: 'string' } } } } },
      };
      continue;
    }
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      tags: [op.tag],
      ...(op.access ? { description: `Access: ${op.access}` } : {}),
      parameters: params,
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(op.body, { unrepresentable: 'any', io: 'input' }) } } } }
        : {}),
      responses: {
        [op.status ?? 200]: op.response
          ? {
              description: 'OK',
              content: { [op.contentType ?? 'application/json']: { schema: z.toJSONSchema(op.response, { unrepresentable: 'any', io: 'output' }) } },
            }
          : { description: 'OK' },
        400: { description: 'Invalid input', content: { 'application/json': { schema: errorSchema } } },
        401: { description: 'Sign in or send a token', content: { 'application/json': { schema: errorSchema } } },
        403: { description: 'Not allowed for your role', content: { 'application/json': { schema: errorSchema } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Accord API', version: '1', description: 'The JSON API of Accord. Authenticate with a personal token: `Authorization: Bearer acc_…`.' },
    components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
    security: [{ token: [] }, {}],
    paths,
  };
}
