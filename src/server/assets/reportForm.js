// @ts-check
// Forms that hold a lot of typing (the national report, the cycle forms): a warning before leaving
// with unsaved changes, and, where the form names an autosave address, the draft saved in the
// background. A file served by Accord, not an inline script: the Content-Security-Policy forbids those.
//
// Autosave sends at most one save per interval (30 s unless the page says otherwise), only when
// something was typed since the last save, and never two at once. The server writes nothing when the
// answers are unchanged, so leaving the page open costs nothing. A draft is a working copy saved in
// place with optimistic locking; submitted revisions are the append-only history, and autosave
// never makes one.
(() => {
  /** @param {HTMLFormElement} form */
  function watch(form) {
    // Edits counted rather than a flag: typing during a save keeps the form dirty after it returns.
    let edits = form.dataset.dirty ? 1 : 0;
    let saved = 0;
    let tried = 0; // the edit count last sent, so invalid answers are not sent again until edited
    let leaving = false;
    let busy = false;
    let stopped = false;
    const status = form.dataset.status ? document.getElementById(form.dataset.status) : null;
    const say = (/** @type {string | undefined} */ text) => {
      if (status && text) status.textContent = text;
    };
    const changed = () => {
      edits++;
    };
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    // Saving, reviewing or submitting through the form's own buttons is not "leaving without saving".
    form.addEventListener('submit', () => {
      leaving = true;
    });
    window.addEventListener('pageshow', () => {
      leaving = false;
    });
    window.addEventListener('beforeunload', (event) => {
      if (leaving || edits === saved) return;
      event.preventDefault();
      event.returnValue = ''; // older engines need a value to show their own question
    });

    const url = form.dataset.autosave;
    if (!url) return;
    const every = Math.max(1, Number(form.dataset.autosaveSeconds || 30)) * 1000;
    const lock = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name="lockVersion"]'));
    const token = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

    async function autosave() {
      if (busy || stopped || leaving || edits === saved || edits === tried) return;
      busy = true;
      const at = edits;
      tried = at;
      const body = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (typeof v === 'string' && k !== 'intent') body.append(k, v);
      try {
        const res = await fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: { 'X-CSRF-Token': token, accept: 'application/json' } });
        const json = await res.json().catch(() => ({}));
        if (res.ok) {
          saved = at;
          if (lock && typeof json.lockVersion === 'number') lock.value = String(json.lockVersion);
          const time = new Date(json.savedAt ?? Date.now()).toLocaleTimeString(document.documentElement.lang || undefined, {
            hour: '2-digit',
            minute: '2-digit',
          });
          say(form.dataset.msgSaved?.replace('{time}', time));
        } else if (res.status === 409) {
          // Someone else saved meanwhile: stop, keep the typing, and let Save show both versions.
          stopped = true;
          say(form.dataset.msgStale);
        } else {
          // Invalid answers: Save shows the errors beside their fields; tried again after the next edit.
          say(form.dataset.msgInvalid);
        }
      } catch {
        tried = 0; // offline: try again at the next interval
        say(form.dataset.msgOffline);
      } finally {
        busy = false;
      }
    }
    setInterval(autosave, every);
  }

  for (const form of document.querySelectorAll('form[data-warn-unsaved]')) {
    if (form instanceof HTMLFormElement) watch(form);
  }
})();
