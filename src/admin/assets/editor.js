// The editor's small script, and the only one in Byline. The form works without it; with it:
// - live preview of the body, rendered by the server with the same code as the public page;
// - the slug follows the headline until someone edits the slug by hand;
// - autosave of drafts, debounced while typing and at once when the tab is hidden;
// - a copy in this browser's storage whenever a save fails (signed out, offline, conflict),
//   offered back when the editor is opened again.
(() => {
  const form = document.getElementById('editor');
  if (!form) return;
  const status = document.getElementById('autosave-status');
  const preview = document.getElementById('live-preview');
  const csrf = form.querySelector('input[name="_csrf"]').value;
  const field = (name) => form.elements.namedItem(name);
  let articleId = form.dataset.articleId || '';
  const storageKey = () => `byline:draft:${articleId || 'new'}`;
  const say = (text) => { if (status) status.textContent = text; };

  const slug = field('slug');
  const headline = field('headline');
  let slugTouched = slug.value !== '';
  slug.addEventListener('input', () => { slugTouched = slug.value !== ''; });
  headline.addEventListener('input', () => {
    if (slugTouched) return;
    slug.placeholder = headline.value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  });

  const post = (url, body) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(body), credentials: 'same-origin' });

  let previewTimer;
  field('bodyMarkdown').addEventListener('input', () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(async () => {
      const response = await post('/admin/preview', { markdown: field('bodyMarkdown').value }).catch(() => null);
      if (response && response.ok) preview.innerHTML = (await response.json()).html; // sanitized on the server
    }, 400);
  });

  const values = () => Object.fromEntries([...new FormData(form)].filter(([key]) => key !== '_csrf'));
  const keepLocally = () => localStorage.setItem(storageKey(), JSON.stringify({ savedAt: new Date().toISOString(), values: values() }));
  const autosaving = form.dataset.status === 'draft';
  let dirty = false;
  let saveTimer;

  // Once the form is submitted the page's own save is the only one: an autosave sent as the page
  // unloads would raise the version under it (and a refused submit would then come back
  // conflicting with the writer's own autosave).
  let submitting = false;
  let inflight = null;

  function autosave() {
    if (!dirty || submitting) return inflight;
    inflight = sendAutosave().finally(() => { inflight = null; });
    return inflight;
  }

  async function sendAutosave() {
    dirty = false;
    keepLocally();
    if (!autosaving) { say('Kept a copy in this browser. Press Update to publish your changes.'); return; }
    say('Saving…');
    const response = await post(`/admin/autosave${articleId ? `?id=${articleId}` : ''}`, { ...values(), action: 'save' }).catch(() => null);
    if (!response) { say('Offline: your text is kept in this browser and will be saved when the connection returns.'); dirty = true; return; }
    const result = await response.json().catch(() => ({}));
    if (response.ok) {
      field('version').value = String(result.version);
      if (!articleId) {
        articleId = String(result.id);
        form.action = `/admin/articles/${articleId}`;
        form.dataset.articleId = articleId;
        history.replaceState(null, '', result.editUrl);
        localStorage.removeItem('byline:draft:new');
      }
      localStorage.removeItem(storageKey());
      say(`Saved at ${new Date(result.savedAt).toLocaleTimeString()}.`);
    } else if (response.status === 401) {
      say('You are signed out. Your text is kept in this browser: sign in again in another tab, then come back here.');
      dirty = true;
    } else {
      say(result.message || 'Not saved. Your text is kept in this browser.');
    }
  }

  form.addEventListener('input', () => {
    dirty = true;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(autosave, 2000);
  });
  window.addEventListener('pageshow', (event) => { if (event.persisted) submitting = false; });
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') autosave(); });
  window.addEventListener('focus', () => { if (dirty) autosave(); });
  form.addEventListener('submit', (event) => {
    clearTimeout(saveTimer);
    keepLocally();
    // An autosave already on its way: wait for it (and its new version), then submit.
    if (inflight) {
      event.preventDefault();
      const button = event.submitter;
      inflight.then(() => form.requestSubmit(button));
      return;
    }
    submitting = true;
  });

  // A copy left from a failed save is offered back, never applied silently.
  const kept = localStorage.getItem(storageKey());
  if (kept) {
    const { savedAt, values: old } = JSON.parse(kept);
    if (old.bodyMarkdown !== field('bodyMarkdown').value || old.headline !== headline.value) {
      const offer = document.createElement('p');
      offer.className = 'notice';
      offer.append(`This browser kept unsaved text from ${new Date(savedAt).toLocaleString()}. `);
      const restore = document.createElement('button');
      restore.type = 'button';
      restore.textContent = 'Put it back in the form';
      restore.addEventListener('click', () => {
        for (const [key, value] of Object.entries(old)) { const input = field(key); if (input && key !== 'version' && 'value' in input) input.value = value; }
        offer.remove();
        dirty = true;
      });
      offer.append(restore);
      form.before(offer);
    } else {
      localStorage.removeItem(storageKey());
    }
  }
})();
