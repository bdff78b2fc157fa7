import { resolveParticipant } from '../../participants/resolve.ts';
import type { ClauseSpeaker } from './clauseSpeaker.ts';
import type { Mention } from './speakers.ts';
import { TITLE } from './vocabulary.ts';

// Titles before a name, dropped before its surname is taken (built once: lookup runs on many sentences).
const LEADING_TITLES = new RegExp(`^(?:${TITLE}\\s+)+`, 'i');
const LEADING_THE_TITLES = new RegExp(`^(?:the\\s+)?(?:${TITLE}\\s+)+`, 'i');

const NAME_WORDS = `((?:[A-ZÀ-Ý][\\p{L}'’-]+\\s*){1,4})`;
// "The Chair of the working group, Ambassador X": the body presided over, never a group's chair.
const OF_THE_BODY = `\\s+of\\s+(?:the\\s+)?(?:UN\\s+)?(?:OEWG|Open-[Ee]nded [Ww]orking [Gg]roup|[Ww]orking [Gg]roup|Global Mechanism|[Mm]eeting|[Ss]ession|[Pp]lenary|[Cc]onference)`;
// "Chair: Ambassador Burhan Gafoor", "chaired by Mr. X", "Mr. X (Singapore), the Chair", "Vice-Chair Ms. Ana Ruiz (Colombia)".
const CHAIR_LINES: Array<{ re: RegExp; role: 'chair' | 'vice-chair' }> = [
  { re: new RegExp(`\\bVice-?\\s?Chair(?:person|man|woman)?s?\\s*[:,-]?\\s*(?:${TITLE}\\s+)?${NAME_WORDS}`, 'u'), role: 'vice-chair' },
  {
    re: new RegExp(`(?<!Vice-?\\s?)\\b(?:Co-)?Chair(?:person|man|woman)?(?:${OF_THE_BODY})?\\s*[:,-]\\s*(?:${TITLE}\\s+)?${NAME_WORDS}`, 'u'),
    role: 'chair',
  },
  { re: new RegExp(`\\b(?:chaired|presided) (?:over )?by\\s+(?:${TITLE}\\s+)?${NAME_WORDS}`, 'u'), role: 'chair' },
  { re: new RegExp(`${TITLE}\\s+${NAME_WORDS}(?:\\([^)]*\\))?,?\\s*(?:the\\s+)?Vice-?\\s?Chair\\b`, 'u'), role: 'vice-chair' },
  { re: new RegExp(`${TITLE}\\s+${NAME_WORDS}(?:\\([^)]*\\))?,?\\s*(?:the\\s+)?(?:Co-)?Chair(?:person|man|woman)?\\b`, 'u'), role: 'chair' },
];

/**
 * Names a document introduces and later uses alone: the Chair and Vice-Chairs ("Chair: Ambassador
 * Burhan Gafoor" … "Ambassador Gafoor noted"), and persons first named with an affiliation
 * ("Ms. Ana Ruiz (Colombia)" … "Ms. Ruiz added"). Also the meeting's chairs, when known.
 */
export class KnownNames {
  private readonly bySurname = new Map<string, ClauseSpeaker>();
  /** The surnames as written, for a cheap test before the pattern. */
  private readonly written: string[] = [];
  private pattern: RegExp | null = null;

  /** Learns presiding officers from a line of the document's header. */
  learn(text: string): void {
    if (!/chair|presided/i.test(text)) return;
    for (const { re, role } of CHAIR_LINES) {
      const m = text.match(re);
      if (m) this.learnChair(m[1], role);
    }
  }

  /** A facilitator (a DTG meeting's co-facilitator) presides as the Chair does: kind 'chair', speaker 'facilitator'. */
  learnChair(name: string, role: 'chair' | 'vice-chair' | 'facilitator', affiliation?: string): void {
    const words = name
      .trim()
      .split(/\s+/)
      .filter((w) => !/^(?:of|the)$/i.test(w));
    const surname = words[words.length - 1];
    if (!surname || resolveParticipant(surname)) return;
    const known = this.bySurname.get(surname.toLowerCase());
    if (known?.speaker === 'chair' && role === 'vice-chair') return;
    // A facilitator the meeting names keeps its affiliation when the text names them again without it.
    if (known?.speaker === 'facilitator' && role === 'facilitator' && !affiliation) return;
    this.set(surname, { speaker: role, kind: 'chair', person: { name: words.join(' '), ...(affiliation ? { affiliation } : {}) } });
  }

  learnPerson(name: string, speaker: ClauseSpeaker): void {
    const words = name.trim().replace(LEADING_TITLES, '').split(/\s+/);
    const surname = words[words.length - 1];
    if (!surname || words.length < 1 || resolveParticipant(surname)) return;
    if (this.bySurname.has(surname.toLowerCase())) return;
    this.set(surname, speaker);
  }

  private set(surname: string, speaker: ClauseSpeaker): void {
    if (!this.bySurname.has(surname.toLowerCase())) this.written.push(surname);
    this.bySurname.set(surname.toLowerCase(), speaker);
    this.pattern = null;
  }

  /** The speaker a name stands for ("Gafoor", "Ms. Ruiz", "Burhan Gafoor"), if the document introduced it. */
  lookup(name: string): ClauseSpeaker | null {
    const words = name.trim().replace(LEADING_THE_TITLES, '').split(/\s+/);
    return this.bySurname.get((words[words.length - 1] ?? '').toLowerCase()) ?? null;
  }

  has(surname: string): boolean {
    return this.bySurname.get(surname.toLowerCase())?.kind === 'chair';
  }

  get size(): number {
    return this.bySurname.size;
  }

  /** Titled or full uses of known names in a sentence, as mentions. */
  mentions(sentence: string): Mention[] {
    if (this.bySurname.size === 0) return [];
    if (!this.written.some((w) => sentence.includes(w))) return [];
    this.pattern ??= new RegExp(
      `(?:\\b(?:${TITLE}\\s+)+(?:[A-ZÀ-Ý][\\p{L}'’-]+\\s+){0,3}|\\b(?:[A-ZÀ-Ý][\\p{L}'’-]+\\s+){0,3})(${[...this.bySurname.keys()].map(escape).join('|')})\\b`,
      'giu',
    );
    const out: Mention[] = [];
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(sentence); m; m = this.pattern.exec(sentence)) {
      const speaker = this.bySurname.get(m[1].toLowerCase());
      if (!speaker || !/^[A-ZÀ-Ý]/u.test(m[1])) continue;
      // "Ms" alone before the surname is part of the cue; "the" is not a name.
      const start = m.index + (/^the\s+/i.exec(m[0])?.[0].length ?? 0);
      out.push({
        start,
        end: m.index + m[0].length,
        surface: sentence.slice(start, m.index + m[0].length),
        ref: { kind: 'role', id: speaker.speaker },
        speaker,
      });
    }
    return out;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
