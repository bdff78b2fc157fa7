/**
 * DOCX exports of the workbench: a version with Word tracked changes against the version before it
 * (each change attributed to the proposing delegation, or to the person who edited), and the
 * compilation of proposals.
 */
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import { packTracked, revisionIds, trackedParagraph } from '../exports/docxTracked.ts';
import { compilation } from './compilation.ts';
import { paragraphsOf, versionByNumber } from './queries.ts';
import { SECTION_HEADINGS } from './sectionHeadings.ts';
import { versionLabel } from './sections.ts';
import type { SectionId } from './tables.ts';
import { versionDiff, type ChangeLink } from './versionDiff.ts';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });

function attribution(changes: ChangeLink[], fallbackDate: Date) {
  const names = [...new Set(changes.map((c) => c.delegation ?? c.actor))];
  const at = changes.length ? changes[changes.length - 1].at : fallbackDate;
  return { author: names.join(' / ') || 'Secretariat', date: new Date(at).toISOString() };
}

/** The version as DOCX; from Rev.1 on, with tracked changes against the version before it. */
export async function versionDocx(db: Db, actor: Actor, draftId: number, number: number): Promise<{ filename: string; bytes: Buffer }> {
  const { draft, version } = await versionByNumber(db, actor, draftId, number);
  const label = versionLabel(number);
  const children: Paragraph[] = [heading(draft.title, HeadingLevel.TITLE), new Paragraph({ children: [new TextRun({ text: label, italics: true })] })];
  const ids = revisionIds();
  let section: SectionId | null = null;
  const open = (s: SectionId) => { if (s !== section) { section = s; children.push(heading(SECTION_HEADINGS[s], HeadingLevel.HEADING_1)); } };
  if (number === 0) {
    for (const p of await paragraphsOf(db, version.id)) { open(p.section); children.push(new Paragraph({ children: [new TextRun(`${p.number}. ${p.text}`)] })); }
  } else {
    const diff = await versionDiff(db, actor, draftId, number - 1, number);
    for (const r of diff.rows) {
      open((r.to ?? r.from)!.section);
      const rev = attribution(r.changes, version.issued_at ?? new Date());
      children.push(trackedParagraph(r.ops, rev, ids, r.to ? `${r.to.number}. ` : undefined));
    }
  }
  const bytes = await packTracked([{ children }], { title: `${draft.title} — ${label}` });
  return { filename: `draft-${draftId}-${number === 0 ? 'zero-draft' : `rev${number}`}.docx`, bytes };
}

const KIND_LABEL = { replace: 'Replace the paragraph with', 'insert-after': 'Insert after the paragraph', delete: 'Delete the paragraph' } as const;

export async function compilationDocx(db: Db, actor: Actor, draftId: number, number: number): Promise<{ filename: string; bytes: Buffer }> {
  const c = await compilation(db, actor, draftId, number);
  const label = versionLabel(number);
  const children: Paragraph[] = [
    heading(`${c.draft.title} — compilation of proposals on the ${label.toLowerCase()}`, HeadingLevel.TITLE),
    new Paragraph({ children: [new TextRun({ text: `${c.total} proposal(s). Each proposal is listed under the paragraph it amends, with its co-sponsors, supporters and objectors.`, italics: true })] }),
  ];
  let section: SectionId | null = null;
  for (const { paragraph: p, amendments } of c.rows) {
    if (p.section !== section) { section = p.section; children.push(heading(SECTION_HEADINGS[p.section], HeadingLevel.HEADING_1)); }
    children.push(new Paragraph({ children: [new TextRun({ text: `${p.number}. `, bold: true }), new TextRun(p.text)] }));
    for (const a of amendments) {
      const sponsors = a.cosponsors.length ? ` (co-sponsored by ${a.cosponsors.map((s) => s.name).join(', ')})` : '';
      children.push(new Paragraph({ indent: { start: 720 }, children: [new TextRun({ text: `${a.delegation}${sponsors} — ${KIND_LABEL[a.kind]}`, bold: true }), new TextRun(a.text ? `: “${a.text}”` : '.')] }));
      children.push(new Paragraph({ indent: { start: 720 }, children: [new TextRun({ text: `Justification: ${a.justification}`, italics: true })] }));
      const reactions = [
        a.supporters.length ? `Supported by ${a.supporters.map((s) => s.name).join(', ')}.` : '',
        a.objectors.length ? `Objected to by ${a.objectors.map((s) => s.name).join(', ')}.` : '',
        `Status: ${a.status}. Amendment ${a.id}.`,
      ].filter(Boolean).join(' ');
      children.push(new Paragraph({ indent: { start: 720 }, children: [new TextRun(reactions)] }));
    }
  }
  const bytes = await packTracked([{ children }], { title: `${c.draft.title} — compilation` });
  return { filename: `draft-${draftId}-compilation-${number === 0 ? 'zero-draft' : `rev${number}`}.docx`, bytes };
}
