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
