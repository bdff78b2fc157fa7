import { Hono } from 'hono';
import { z } from 'zod';
import { readJson } from '../server/api.ts';
import type { AppEnv } from '../server/context.ts';
import { NotFound } from '../foundation/errors.ts';
import { describeApi } from '../server/openapi.ts';
import { addElementMappings, NewMappings } from './commands/addElementMappings.ts';
import { addStanceQuestion, NewStanceQuestion } from './commands/addStanceQuestion.ts';
import { createFrameworkVersion, NewFrameworkVersion } from './commands/createFrameworkVersion.ts';
import * as P from './presenters.ts';
import { elementById, frameworkOverview, listStanceQuestions, listVersions, mappingsOfVersion, versionById, versionContent, versionUsage } from './queries.ts';
import { reviseFrameworkVersion, RevisedVersion } from './commands/reviseFrameworkVersion.ts';

/** The framework's JSON API: the current framework, its elements, stance questions and framework versions. */
export const api = new Hono<AppEnv>()
  .get('/api/v1/framework', async (c) => c.json(P.presentFramework(await frameworkOverview(c.get('db')))))
  .get('/api/v1/framework/elements/:id', async (c) => {
    const e = await elementById(c.get('db'), c.req.param('id'), c.req.query('version') || undefined);
    if (!e) throw NotFound('That element', 'element.not_found');
    return c.json(P.presentElement(e));
  })
  .get('/api/v1/stance-questions', async (c) => c.json({ questions: (await listStanceQuestions(c.get('db'))).map(P.presentStanceQuestion) }))
  .post('/api/v1/stance-questions', async (c) => {
    const body = await readJson(c, NewStanceQuestion, 'question.invalid');
    const q = await addStanceQuestion(c.get('db'), c.get('actor'), body);
    return c.json({ question: { id: q.id, question: q.question } }, 201);
  })
  .get('/api/v1/framework-versions', async (c) => c.json({ versions: (await listVersions(c.get('db'))).map(P.presentVersionListItem) }))
  .post('/api/v1/framework-versions', async (c) => {
    const body = await readJson(c, NewFrameworkVersion, 'framework.version_invalid');
    const v = await createFrameworkVersion(c.get('db'), c.get('actor'), body);
    return c.json({ version: { id: v.id, title: v.title, pillars: v.pillars, elements: v.elements, mapped: v.mapped } }, 201);
  })
  .get('/api/v1/framework-versions/:version', async (c) => {
    const db = c.get('db');
    const id = c.req.param('version');
    const v = await versionById(db, id);
    if (!v) throw NotFound('That framework version', 'framework.version_not_found');
    const [content, mappings, usage] = await Promise.all([versionContent(db, id), mappingsOfVersion(db, id), versionUsage(db, id)]);
    return c.json(P.presentVersion(v, content, mappings, usage.inUse));
  })
  .put('/api/v1/framework-versions/:version', async (c) => {
    const body = await readJson(c, RevisedVersion, 'framework.version_invalid');
    const v = await reviseFrameworkVersion(c.get('db'), c.get('actor'), c.req.param('version'), body);
    return c.json({ version: { id: v.id, pillars: v.pillars, elements: v.elements } });
  })
  .post('/api/v1/framework-versions/:version/mappings', async (c) => {
    const body = await readJson(c, NewMappings, 'mapping.invalid');
    const r = await addElementMappings(c.get('db'), c.get('actor'), c.req.param('version'), body);
    return c.json({ added: r.added }, 201);
  });

const tag = 'framework';
describeApi({
  method: 'get',
  path: '/api/v1/framework',
  tag,
  summary: 'The current framework: pillars and their elements',
  access: 'public',
  response: P.FrameworkSchema,
});
describeApi({
  method: 'get',
  path: '/api/v1/framework/elements/{id}',
  tag,
  summary: 'One element with its source and lexicon',
  query: z.object({ version: z.string().optional() }),
  access: 'public',
  response: P.ElementSchema,
});
describeApi({
  method: 'get',
  path: '/api/v1/stance-questions',
  tag,
  summary: 'Stance questions',
  access: 'public',
  response: z.object({ questions: z.array(P.StanceQuestionSchema) }),
});
describeApi({
  method: 'post',
  path: '/api/v1/stance-questions',
  tag,
  summary: 'Add a stance question',
  body: NewStanceQuestion,
  access: 'secretariat',
  status: 201,
  response: z.object({ question: P.AddedStanceQuestionSchema }),
});
describeApi({
  method: 'get',
  path: '/api/v1/framework-versions',
  tag,
  summary: 'Framework versions and the processes that read under each',
  access: 'public',
  response: z.object({ versions: z.array(P.VersionListItemSchema) }),
});
describeApi({
  method: 'post',
  path: '/api/v1/framework-versions',
  tag,
  summary: 'Add a framework version (its pillars and elements, or a copy of another version)',
  body: NewFrameworkVersion,
  access: 'secretariat',
  status: 201,
  response: z.object({ version: P.CreatedVersionSchema }),
});
describeApi({
  method: 'get',
  path: '/api/v1/framework-versions/{version}',
  tag,
  summary: 'One version: pillars, elements, mappings, whether it is in use',
  access: 'public',
  response: P.VersionSchema,
});
describeApi({
  method: 'put',
  path: '/api/v1/framework-versions/{version}',
  tag,
  summary: 'Replace the pillars and elements of a version nothing uses yet',
  body: RevisedVersion,
  access: 'secretariat',
  response: z.object({ version: P.RevisedVersionSchema }),
});
describeApi({
  method: 'post',
  path: '/api/v1/framework-versions/{version}/mappings',
  tag,
  summary: 'Map elements of an earlier version to elements of this one',
  body: NewMappings,
  access: 'secretariat',
  status: 201,
  response: P.AddedMappingsSchema,
});
