import type { Child } from 'hono/jsx';
import type { Ctx } from './context.ts';

/**
 * Pages that several capabilities contribute to (a State's profile, an element's page) keep a list
 * of sections. A capability registers its section at module load; the page renders them in order,
 * so the State profile gains statements, reports and contacts without knowing those capabilities.
 */
/** What a page is about beyond its id: an element page's framework version. */
export interface SectionScope {
  version?: string;
}
export type Section = { order: number; render: (c: Ctx, id: string, scope: SectionScope) => Promise<Child | null> };

export function sectionList() {
  const sections: Section[] = [];
  return {
    register(section: Section) {
      sections.push(section);
      sections.sort((a, b) => a.order - b.order);
    },
    async renderAll(c: Ctx, id: string, scope: SectionScope = {}): Promise<Child[]> {
      const out: Child[] = [];
      for (const s of sections) {
        const r = await s.render(c, id, scope);
        if (r) out.push(r);
      }
      return out;
    },
  };
}

/** Sections of a State's profile page (/states/:iso3). */
export const stateProfileSections = sectionList();
/** Sections of a framework element's page (/framework/elements/:id, or /framework/versions/:version/elements/:id); `scope.version` is the page's version. */
export const elementPageSections = sectionList();
