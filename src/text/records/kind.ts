import { learnChairs } from './attribution.ts';
import { authorFromTitle, endsLikeSentence, numberedHeading, stripNumbering } from './layout.ts';
import { inlineSpeaker, speakerLabel } from './speakers.ts';
import type { DocumentKind, Paragraph } from './types.ts';

const SUMMARY_CUE = /^(?:\d{1,3}[.)]\s+)?(?:Mr|Ms|Mrs|Mme|Dr)\.?\s+[^()]{1,60}\([^()]{2,60}\)(?:,[^,]{0,120},)?\s+(?:said|stated|noted|asked|recalled|expressed|welcomed|added|stressed|pointed out)\b/;

/**
 * Guesses the kind of a document from its shape: speaker lines (transcript), "Mr. X (Country)
 * said" (summary record), a "Position Paper" title or numbered sections under one author (position
 * paper), a "Statement by" title (statement); an event report otherwise.
 */
export function detectKind(paragraphs: Paragraph[]): DocumentKind {
  const head = paragraphs.slice(0, 3).map((p) => p.text).join('\n');
  if (/\bposition paper\b/i.test(head)) return 'position-paper';
  if (/\bsummary record\b/i.test(head)) return 'summary-record';

  const chairs = learnChairs(paragraphs);
  let labels = 0;
  let inline = 0;
  let summaryCues = 0;
  let headings = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const text = stripNumbering(paragraphs[i].text);
    if (SUMMARY_CUE.test(paragraphs[i].text)) summaryCues++;
    if (numberedHeading(paragraphs[i].text)) headings++;
    const next = paragraphs[i + 1];
    if (!endsLikeSentence(text) && text.length <= 90 && next && endsLikeSentence(next.text) && speakerLabel(text, chairs)) labels++;
    else if (i < 200 && inlineSpeaker(text, chairs)) inline++;
  }
  if (labels >= 2 || inline >= 3) return 'transcript';
  if (summaryCues >= 2) return 'summary-record';
  const title = paragraphs[0]?.text ?? '';
  if (/^(?:joint\s+)?statement\b|\bstatement (?:by|of|delivered by|on behalf of)\b/i.test(title)) return 'statement';
  if (/\b(?:contribution|submission|comments|input)s? (?:by|of|from)\b/i.test(title)) return 'contribution';
  if (headings >= 3 && authorFromTitle(paragraphs.slice(0, 2))) return 'position-paper';
  return 'event-report';
}
