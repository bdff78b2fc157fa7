// Sends the CSRF token with every htmx request, so htmx forms need no hidden field of their own.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content');
  if (token) event.detail.headers['X-CSRF-Token'] = token;
});

// Print buttons (receipts): a data attribute rather than an inline handler, so the page can forbid
// inline scripts in its Content-Security-Policy.
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-print]')) window.print();
});

// Wide tables scroll sideways inside their own box on a narrow screen instead of widening the page.
// A box that actually scrolls becomes a named, focusable region so the keyboard can scroll it too;
// one that fits stays out of the tab order.
function tableName(table) {
  const caption = table.caption?.textContent.trim();
  if (caption) return caption;
  if (table.getAttribute('aria-label')) return table.getAttribute('aria-label');
  // Otherwise the heading the table sits under.
  for (let el = table.parentElement; el && el.tagName !== 'MAIN'; el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (/^H[1-6]$/.test(sib.tagName)) return sib.textContent.trim();
      const inner = sib.querySelectorAll('h1, h2, h3, h4, h5, h6');
      if (inner.length) return inner[inner.length - 1].textContent.trim();
    }
  }
  return document.querySelector('h1')?.textContent.trim() ?? '';
}
function fitTables() {
  for (const box of document.querySelectorAll('.table-scroll')) {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute('tabindex')) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      const name = tableName(box.querySelector('table'));
      if (name) box.setAttribute('aria-label', name);
    } else if (!scrolls && box.hasAttribute('tabindex')) {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  }
}
function wrapTables(root) {
  for (const table of root.querySelectorAll('main table')) {
    if (table.parentElement?.classList.contains('table-scroll')) continue;
    const box = document.createElement('div');
    box.className = 'table-scroll';
    table.before(box);
    box.append(table);
  }
  fitTables();
}
document.addEventListener('DOMContentLoaded', () => wrapTables(document));
window.addEventListener('resize', fitTables);
document.addEventListener('toggle', fitTables, true); // a table inside <details> measures once opened
document.addEventListener('htmx:afterSettle', (event) => wrapTables(event.target));
