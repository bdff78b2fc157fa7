import { Hono } from 'hono';
import { z } from 'zod';
import { requireAccess } from '../../accounts/policy.ts';
import { readJson } from '../../server/api.ts';
import type { AppEnv } from '../../server/context.ts';
import { describeApi } from '../../server/openapi.ts';
import { AppError, NotFound } from '../../foundation/errors.ts';
import { cancelImport } from '../commands/cancelImport.ts';
import { confirmImport } from '../commands/confirmImport.ts';
import { previewImport } from '../commands/previewImport.ts';
import { type ImportFormat } from '../importReport.ts';
import * as P from '../presenters.ts';
import { reportForActor } from '../queries.ts';
import { reportResource } from '../reports.ts';
import { num, orStale, tag } from './http.ts';

/** Uploading a filled questionnaire: the preview, then confirming it into the draft or cancelling it. */

/** Confirming an upload that would empty most answers needs `confirmEmptying: true` (else 409 import.confirm_emptying). */
export const ConfirmImportBody = z.object({ confirmEmptying: z.boolean().optional() });

export const importsApi = new Hono<AppEnv>()
  .post('/api/v1/reports/:id/imports', async (c) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    const fmtQ = c.req.query('format');
    const format: ImportFormat | null =
      fmtQ === 'docx' || fmtQ === 'json' || fmtQ === 'csv'
        ? fmtQ
        : type.includes('wordprocessingml')
          ? 'docx'
          : type.includes('json')
            ? 'json'
            : type.includes('csv')
              ? 'csv'
              : null;
    if (!format) throw new AppError('request.unsupported_media_type', 415, 'Send the file as the body with ?format=docx|json|csv or a matching Content-Type.');
    const x = await reportForActor(c.get('db'), c.get('actor'), num(c, 'id')).catch((e) => {
      throw e instanceof AppError ? e : NotFound('That report', 'report.not_found');
    });
    requireAccess(c.get('actor'), 'report.write', reportResource(x.report));
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const preview = await previewImport(c.get('db'), c.get('actor'), x.report.id, format, bytes);
    return c.json({ preview: P.presentPreview(preview) }, preview.valid ? 200 : 422);
  })
  .post('/api/v1/reports/:id/imports/:importId/confirm', async (c) => {
    const body =
      c.req.header('content-type')?.includes('json') && c.req.header('content-length') !== '0' ? await readJson(c, ConfirmImportBody, 'import.invalid') : {};
    return orStale(
      c,
      () => confirmImport(c.get('db'), c.get('actor'), num(c, 'id'), num(c, 'importId'), body),
      (s) => c.json(P.presentSaved(s)),
    );
  })
  .post('/api/v1/reports/:id/imports/:importId/cancel', async (c) =>
    c.json(P.presentCancelledImport(await cancelImport(c.get('db'), c.get('actor'), num(c, 'id'), { importId: num(c, 'importId') }))),
  );

describeApi({
  method: 'post',
  path: '/api/v1/reports/{id}/imports',
  tag,
  summary: 'Upload a DOCX, JSON or CSV (raw body): field-level preview with errors; nothing saved',
  query: z.object({ format: z.enum(['docx', 'json', 'csv']).optional() }),
  access: 'delegate of the State',
  response: z.object({ preview: P.PreviewSchema.describe('422 with the same body when the upload has errors') }),
});
describeApi({
  method: 'post',
  path: '/api/v1/reports/{id}/imports/{importId}/confirm',
  tag,
  summary:
    'Save a previewed upload to the draft; one that empties more than half of the answers needs confirmEmptying: true (else 409 import.confirm_emptying)',
  body: ConfirmImportBody,
  access: 'delegate of the State',
  response: P.SavedSchema,
});
describeApi({
  method: 'post',
  path: '/api/v1/reports/{id}/imports/{importId}/cancel',
  tag,
  summary: 'Cancel a previewed upload (the draft is left as it is)',
  access: 'delegate of the State',
  response: P.CancelledImportSchema,
});
