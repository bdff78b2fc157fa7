/**
 * Throughput of findParticipantMentions in words per second. Uses the UN General Debate corpus when
 * ../shared/corpora is present (real speeches, dense in State names), else a synthetic text.
 * Target: well over 1,000,000 words/s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { findParticipantMentions } from '../src/participants/resolve.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpora/ungdc-sessions-70-79.jsonl.gz', import.meta.url));

function loadParagraphs(): { source: string; paragraphs: string[] } {
  if (existsSync(CORPUS)) {
    const paragraphs: string[] = [];
    for (const line of gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n')) {
      if (line.trim()) paragraphs.push(...(JSON.parse(line) as { paragraphs: string[] }).paragraphs);
    }
    return { source: 'ungdc-sessions-70-79', paragraphs };
  }
  const sentences = [
    'Guatemala considers that Mexico\u2019s proposal would be useful, and the Russian delegate disagreed.',
    'The Netherlands also supported the proposal made by Ireland on behalf of the EU and its member States.',
    'We must build capacity so that every State, large or small, can benefit from the digital economy.',
    'The representative of the Islamic Republic of Iran recalled the role of the United Nations in this process.',
  ];
  const paragraphs: string[] = [];
  for (let i = 0; i < 50_000; i++) paragraphs.push(`${sentences[i % 4]} ${sentences[(i + 1) % 4]} Paragraph ${i}.`);
  return { source: 'synthetic', paragraphs };
}

export async function run(): Promise<Record<string, number | string>> {
  const { source, paragraphs } = loadParagraphs();
  let words = 0;
  for (const p of paragraphs) words += p.split(/\s+/).filter(Boolean).length;
  for (let i = 0; i < Math.min(paragraphs.length, 20_000); i++) findParticipantMentions(paragraphs[i]); // warm-up
  let mentions = 0;
  const t0 = process.hrtime.bigint();
  for (const p of paragraphs) mentions += findParticipantMentions(p).length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return {
    source,
    paragraphs: paragraphs.length,
    words,
    mentions,
    seconds: Math.round(seconds * 1000) / 1000,
    wordsPerSecond: Math.round(words / seconds),
  };
}
