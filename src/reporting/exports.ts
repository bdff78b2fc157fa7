import fs from 'node:fs';
import path from 'node:path';
import { toCsv } from '../exports/csv.ts';
import { ROOT } from '../paths.ts';
import { AppError } from '../foundation/errors.ts';
import { flatten, type Answers } from './answers.ts';
import { needRowsFor, questionnaireKeys } from './template.ts';
import type { Questionnaire } from './questionnaire.ts';

/** CSV of every questionnaire field (empty ones too, so the file can be filled and uploaded back). */
export function answersCsv(q: Questionnaire, answers: Answers): string {
  const flat = flatten(answers);
  // csvCell quotes and defuses formulas (a cell starting with = + - @ gets a leading quote), so
  // a spreadsheet never runs text a delegation typed; the import strips that quote again.
  return '\uFEFF' + toCsv([['field', 'value'], ...questionnaireKeys(q, needRowsFor(answers)).map((k) => [k, flat[k] ?? ''])]);
}

const CHROMIUM = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const pdfAvailable = () => fs.existsSync(CHROMIUM());

/** The stylesheet, inlined so the printed page needs no server. */
export const inlineCss = () => fs.readFileSync(path.join(ROOT, 'src/server/assets/accord.css'), 'utf8');

/**
 * Prints an HTML document to PDF with Debian's Chromium. Without Chromium the caller gets a clear
 * error rather than a broken file.
 */
export async function htmlToPdf(html: string): Promise<Buffer> {
  if (!pdfAvailable())
    throw new AppError(
      'export.pdf_unavailable',
      501,
      'PDF export needs Chromium on the server (/usr/bin/chromium, or CHROMIUM_PATH). Download the DOCX instead, or ask the operator to install Chromium.',
    );
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
  } finally {
    await browser.close();
  }
}
