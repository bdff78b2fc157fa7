/**
 * Markdown to one paragraph per line. Wrapped lines of one paragraph are joined (Markdown's soft
 * breaks), headings and list items stay lines of their own, and inline markup is dropped.
 */
export function markdownToText(md: string): string {
  const out: string[] = [];
  let current: string[] = [];
  let fenced = false;
  const flush = () => {
    if (current.length) out.push(current.join(' '));
    current = [];
  };
  for (const raw of md.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      if (raw.trim()) out.push(raw.trim());
      continue;
    }
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    if (/^(?:-{3,}|\*{3,}|_{3,}|=+|-+)$/.test(line)) {
      flush();
      continue;
    }
    if (/^\|?\s*:?-{3,}/.test(line)) continue;
    const heading = line.match(/^#{1,6}\s+(.*?)\s*#*$/);
    if (heading) {
      flush();
      out.push(inline(heading[1]));
      continue;
    }
    const item = line.match(/^(?:[-*+]|\d+[.)])\s+(.*)$/);
    if (item) {
      flush();
      current.push(/^\d/.test(line) ? inline(line) : inline(item[1]));
      continue;
    }
    current.push(
      inline(
        line
          .replace(/^>\s?/, '')
          .replace(/^\|(.*)\|$/, '$1')
          .replace(/\s*\|\s*/g, ' | '),
      ),
    );
  }
  flush();
  return out.filter((l) => l.trim()).join('\n');
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}\[\]()#+\-.!])/g, '$1')
    .trim();
}
