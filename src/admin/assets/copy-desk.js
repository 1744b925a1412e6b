// The copy desk panel in the editor. The form and the panel work without it; with it:
// - the checks run again as the writer types (debounced), through /admin/copydesk/check;
// - each finding gets "Show" (selects the words in their field) and, where there is one, a
//   one-click fix, applied only if the words are still what the check saw;
// - for a published story, the verdict on the change so far (may it be a silent fix?).
// Everything is built with textContent: nothing from the server is parsed as HTML.
(() => {
  const form = document.getElementById('editor');
  const panel = document.getElementById('copy-desk');
  if (!form || !panel) return;
  const list = document.getElementById('copydesk-findings');
  const summary = document.getElementById('copydesk-summary');
  const override = document.getElementById('copydesk-override');
  const verdict = document.getElementById('change-verdict');
  const silent = document.getElementById('changeKind-silent');
  const csrf = form.querySelector('input[name="_csrf"]').value;
  const field = (name) => form.elements.namedItem(name);

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  function item(finding) {
    const li = element('li', `finding finding-${finding.severity}`);
    Object.assign(li.dataset, { field: finding.field, start: String(finding.start), end: String(finding.end), text: finding.text });
    if (finding.fix) li.dataset.replacement = finding.fix.replacement;
    li.append(element('span', 'finding-severity', finding.severity === 'error' ? 'Error' : 'Warning'), ' ', element('span', 'finding-place', finding.place));
    if (finding.text) {
      const excerpt = element('span', 'finding-excerpt', finding.before);
      excerpt.append(element('mark', '', finding.text), finding.after);
      li.append(excerpt);
    }
    li.append(element('span', 'finding-message', finding.message));
    const actions = element('span', 'finding-actions');
    actions.append(element('button', 'finding-show', 'Show'));
    if (finding.fix) actions.append(element('button', 'finding-fix', finding.fix.label));
    for (const button of actions.querySelectorAll('button')) button.type = 'button';
    li.append(actions);
    return li;
  }

  const reveal = () => { for (const button of panel.querySelectorAll('.finding-actions button')) button.hidden = false; };

  let timer;
  let sequence = 0;
  async function check() {
    const mine = ++sequence;
    const id = form.dataset.articleId || '';
    const values = Object.fromEntries([...new FormData(form)].filter(([key]) => key !== '_csrf'));
    const response = await fetch(`/admin/copydesk/check${id ? `?id=${id}` : ''}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify(values), credentials: 'same-origin' }).catch(() => null);
    if (mine !== sequence || !response || !response.ok) return; // a later check is on its way, or this one failed: keep the list shown
    const result = await response.json();
    list.replaceChildren(...result.findings.map(item));
    summary.textContent = result.summary;
    if (override) override.hidden = result.errors === 0;
    if (result.change) {
      if (verdict) verdict.textContent = result.change.message;
      if (silent) silent.disabled = !result.change.unchanged && !result.change.silentAllowed;
    }
    panel.dataset.checked = String(mine);
  }
  const soon = () => { clearTimeout(timer); timer = setTimeout(check, 700); };

  form.addEventListener('input', (event) => {
    if (event.target && event.target.name && event.target.name.startsWith('change')) return;
    soon();
  });
  form.addEventListener('change', (event) => { if (event.target && /^author\d$/.test(event.target.name || '')) soon(); });

  function select(li) {
    const target = field(li.dataset.field);
    if (!target || !('value' in target)) {
      const related = document.getElementById('related-heading') || panel;
      related.scrollIntoView({ block: 'center' });
      return null;
    }
    target.focus();
    if (typeof target.setSelectionRange === 'function') target.setSelectionRange(Number(li.dataset.start), Math.max(Number(li.dataset.end), Number(li.dataset.start)));
    return target;
  }

  list.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    const li = button.closest('li');
    if (button.classList.contains('finding-show')) { select(li); return; }
    if (!button.classList.contains('finding-fix')) return;
    const target = field(li.dataset.field);
    const start = Number(li.dataset.start);
    const end = Number(li.dataset.end);
    if (!target || target.value.slice(start, end) !== li.dataset.text) {
      summary.textContent = 'The text has changed since this was found: checking again…';
      check();
      return;
    }
    target.value = target.value.slice(0, start) + li.dataset.replacement + target.value.slice(end);
    target.focus();
    target.setSelectionRange(start, start + li.dataset.replacement.length);
    target.dispatchEvent(new Event('input', { bubbles: true })); // preview, autosave and a fresh check follow
  });

  reveal();
  new MutationObserver(reveal).observe(list, { childList: true });
})();
