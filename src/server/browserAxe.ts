import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The most elements listed per rule: enough to find them, short enough to read. */
const NODES_SHOWN = 5;
/** How long a navigation waits for the check of the page it leaves. */
const CHECK_TIMEOUT_MS = 30_000;
const MARK = '__accord_axe__';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string }[];
}
type Report = { phase: 'started'; url: string } | { phase: 'done'; url: string; violations: Violation[] } | { phase: 'failed'; url: string; error: string };

/** One rule a page breaks, as a reader of a failed test wants it: the rule, why, and where. */
export function describeViolations(url: string, violations: Violation[]): string {
  const lines = [`axe-core: ${violations.length} violation(s) on ${url}`];
  for (const v of violations) {
    lines.push(`  - ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.length} element(s)`);
    for (const n of v.nodes.slice(0, NODES_SHOWN)) lines.push(`      ${n.target}   ${n.html.replace(/\s+/g, ' ').slice(0, 160)}`);
    if (v.nodes.length > NODES_SHOWN) lines.push(`      … and ${v.nodes.length - NODES_SHOWN} more`);
  }
  return lines.join('\n');
}

/** Runs axe in the page and shapes what it found; the same function serves both ways of checking. */
function runAxe(): Promise<Violation[]> {
  type AxeResult = { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; html: string }> }> };
  const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }).axe;
  return axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), html: n.html })),
    })),
  );
}

/**
 * Runs in every top-level document before its own scripts: on `load`, axe checks the page and
 * reports through the console. Started from inside the page, not sent from the test: Chromium's
 * DevTools holds commands to a page while a navigation away from it is pending, and the test
 * often starts the next navigation the moment a page has loaded.
 */
const IN_PAGE = `${AXE_SOURCE}
;(() => {
  if (window !== window.top) return;
  const runAxe = ${runAxe.toString()};
  const say = (report) => console.debug(${JSON.stringify(MARK)} + JSON.stringify(report));
  window.addEventListener('load', () => {
    // JSON and PDF responses are not Accord pages; a new tab's empty document has nothing to check.
    if (document.contentType !== 'text/html' || !document.body || !document.body.childElementCount) return;
    const url = location.href;
    say({ phase: 'started', url });
    runAxe().then((violations) => say({ phase: 'done', url, violations }), (e) => say({ phase: 'failed', url, error: String(e && e.message || e) }));
  });
})();`;

/** Adds the in-page check to every document the context loads. */
export async function checkEveryDocument(context: BrowserContext) {
  await context.addInitScript({ content: IN_PAGE });
}

/**
 * Collects a page's axe reports. A navigation's request is held until the page it leaves has
 * reported, so every page that loaded is checked whole, however fast the test moves on. Findings
 * wait for the test to ask (`settle`), which the session does at each screenshot, when a page or
 * context closes and at the end.
 *
 * The in-page script is added with addInitScript, which Chromium runs whatever the page's
 * Content-Security-Policy says: the tests keep Accord's real CSP (no `bypassCSP`), so an inline
 * script slipped into a page still breaks them.
 */
export class AccessibilityWatch {
  private current: Promise<void> = Promise.resolve();
  private finish: (() => void) | undefined;
  private explicit: Promise<void> = Promise.resolve();
  private findings: string[] = [];
  checked = 0;

  private constructor(private readonly page: Page) {}

  static async on(page: Page): Promise<AccessibilityWatch> {
    const watch = new AccessibilityWatch(page);
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'debug' && text.startsWith(MARK)) watch.receive(JSON.parse(text.slice(MARK.length)) as Report);
    });
    await page.route('**/*', async (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) await watch.current;
      await route.fallback();
    });
    return watch;
  }

  private receive(report: Report) {
    if (report.phase === 'started') {
      let timer: NodeJS.Timeout;
      this.current = new Promise<void>((resolve) => {
        this.finish = () => {
          clearTimeout(timer);
          this.finish = undefined;
          resolve();
        };
        timer = setTimeout(() => {
          this.findings.push(`axe-core did not finish checking ${report.url} within ${CHECK_TIMEOUT_MS / 1000} s`);
          this.finish?.();
        }, CHECK_TIMEOUT_MS);
      });
      return;
    }
    if (report.phase === 'done') {
      this.checked++;
      if (report.violations.length) this.findings.push(describeViolations(report.url, report.violations));
    } else {
      this.findings.push(`axe-core could not check ${report.url}: ${report.error}`);
    }
    this.finish?.();
  }

  /** Checks the page as it stands now, e.g. after opening a disclosure or after page.setContent. */
  checkNow(): Promise<void> {
    this.explicit = this.explicit.then(async () => {
      await this.current;
      const url = this.page.url();
      try {
        if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.evaluate(AXE_SOURCE);
        const violations = await this.page.evaluate(runAxe);
        this.checked++;
        if (violations.length) this.findings.push(describeViolations(url, violations));
      } catch (error) {
        this.findings.push(`axe-core could not check ${url}: ${(error as Error).message.split('\n')[0]}`);
      }
    });
    return this.explicit;
  }

  /** Waits for every check started so far and hands over (and forgets) what they found. */
  async settle(): Promise<string[]> {
    await this.explicit;
    if (!this.page.isClosed()) await this.current;
    const found = this.findings;
    this.findings = [];
    return found;
  }
}
