/**
 * Text with marked spans rendered as <mark>, escaped by JSX. The database (ts_headline) and the
 * duplication check mark spans with ⟦ ⟧ rather than HTML, so no text from users is ever raw HTML.
 */
export function Highlight({ text }: { text: string }) {
  const parts = text.split(/(⟦[^⟧]*⟧)/u);
  return <>{parts.map((p) => (p.startsWith('⟦') && p.endsWith('⟧') ? <mark>{p.slice(1, -1)}</mark> : p))}</>;
}
