// The demo pages show the real time, as a real page would — in 2026 every date of
// these events is past. `?now=2022-03-01T00:00:00Z` in the address shows a page as it
// looked at that moment: this script gives every widget that `now` (the widgets'
// attribute for previews). Links marked `data-now="…"` switch to such a moment; a note
// (`#now-note`) says which moment is shown, with a link back to the present.
// An external module, loaded before the widgets: no inline script, CSP-clean.

const params = new URLSearchParams(location.search);
const requested = params.get('now');
const instant = requested && !Number.isNaN(Date.parse(requested)) ? requested : null;

/** This page's address with `now` set to `value`, or without it. */
function withNow(value) {
  const url = new URL(location.href);
  if (value) url.searchParams.set('now', value);
  else url.searchParams.delete('now');
  return url.pathname + url.search + url.hash;
}

for (const link of document.querySelectorAll('a[data-now]')) {
  link.href = withNow(link.dataset.now);
}

if (instant) {
  for (const widget of document.querySelectorAll('*')) {
    if (widget.localName.startsWith('conf-') && widget.localName !== 'conf-data') {
      widget.setAttribute('now', instant);
    }
  }
  const note = document.getElementById('now-note');
  if (note) {
    const shown = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    }).format(new Date(instant));
    const back = document.createElement('a');
    back.href = withNow(null);
    back.textContent = 'Back to the present';
    note.replaceChildren(`The widgets on this page are frozen at ${shown}. `, back);
    note.hidden = false;
  }
}
