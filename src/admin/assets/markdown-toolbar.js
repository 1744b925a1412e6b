// A Markdown toolbar above the article body: bold, italic, link, heading, quote, list, and a
// "See also" link to another story chosen by search. Progressive: without this script the
// textarea works as before. A WAI-ARIA toolbar: one Tab stop, arrow keys move between buttons;
// in the textarea Ctrl/Cmd+B, +I and +K make bold, italic and a link. Edits go through
// execCommand('insertText') where the browser has it, so Undo keeps working.
(() => {
  const area = document.getElementById('bodyMarkdown');
  if (!area) return;

  const replaceSelection = (text, selectFrom, selectTo) => {
    const start = area.selectionStart;
    area.focus();
    if (!document.execCommand || !document.execCommand('insertText', false, text)) {
      area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
    }
    area.setSelectionRange(start + selectFrom, start + selectTo);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const selected = () => area.value.slice(area.selectionStart, area.selectionEnd);
  const wrap = (mark, placeholder) => {
    const text = selected() || placeholder;
    replaceSelection(mark + text + mark, mark.length, mark.length + text.length);
  };
  /** Prefixes each selected line (whole lines), e.g. "## " or "> ". */
  const prefixLines = (prefix, placeholder) => {
    const value = area.value;
    const from = value.lastIndexOf('\n', area.selectionStart - 1) + 1;
    let to = value.indexOf('\n', area.selectionEnd);
    if (to === -1) to = value.length;
    area.setSelectionRange(from, to);
    const lines = (value.slice(from, to) || placeholder).split('\n');
    const text = lines.map((line) => (line.startsWith(prefix) ? line : prefix + line)).join('\n');
    replaceSelection(text, 0, text.length);
  };
  const link = (url) => {
    const text = selected() || 'link text';
    const target = url || 'https://';
    const markdown = `[${text}](${target})`;
    // Select the address when it is still to be typed, else the words.
    if (url) replaceSelection(markdown, 1, 1 + text.length);
    else replaceSelection(markdown, text.length + 3, text.length + 3 + target.length);
  };

  const actions = {
    bold: () => wrap('**', 'bold text'),
    italic: () => wrap('*', 'italic text'),
    link: () => link(''),
    heading: () => prefixLines('## ', 'Heading'),
    quote: () => prefixLines('> ', 'Quotation'),
    list: () => prefixLines('- ', 'List item'),
  };

  const bar = document.createElement('div');
  bar.className = 'md-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Formatting');
  bar.setAttribute('aria-controls', 'bodyMarkdown');
  const buttons = [];
  const addButton = (name, label, text, shortcut) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.setAttribute('aria-label', label);
    if (shortcut) button.setAttribute('aria-keyshortcuts', shortcut);
    button.dataset.action = name;
    button.tabIndex = buttons.length === 0 ? 0 : -1;
    bar.append(button);
    buttons.push(button);
    return button;
  };
  addButton('bold', 'Bold', 'B', 'Control+B');
  addButton('italic', 'Italic', 'I', 'Control+I');
  addButton('link', 'Link', 'Link', 'Control+K');
  addButton('heading', 'Heading', 'H', '');
  addButton('quote', 'Quote', '❝', '');
  addButton('list', 'List', '•', '');
  const seeAlsoButton = addButton('see-also', 'See also: link to another story', 'See also', '');
  seeAlsoButton.setAttribute('aria-expanded', 'false');
  seeAlsoButton.setAttribute('aria-controls', 'see-also-search');

  // The "See also" search: a labelled field, its results as buttons, announced in a live region.
  const panel = document.createElement('div');
  panel.id = 'see-also-search';
  panel.className = 'md-see-also';
  panel.hidden = true;
  panel.innerHTML = '<label for="see-also-q">Find a story to link</label> <input id="see-also-q" type="search" autocomplete="off"> <p class="hint" role="status" id="see-also-status"></p><ul id="see-also-results"></ul>';
  const input = panel.querySelector('input');
  const status = panel.querySelector('[role="status"]');
  const results = panel.querySelector('ul');

  const closePanel = (focusBack) => {
    panel.hidden = true;
    seeAlsoButton.setAttribute('aria-expanded', 'false');
    if (focusBack) seeAlsoButton.focus();
  };
  let pending;
  const lookup = async () => {
    const q = input.value.trim();
    results.replaceChildren();
    if (q === '') {
      status.textContent = '';
      return;
    }
    const asked = q;
    try {
      const response = await fetch(`/admin/articles/lookup?q=${encodeURIComponent(q)}`, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      const body = await response.json();
      if (input.value.trim() !== asked) return;
      if (!response.ok) {
        status.textContent = body.message || 'The search failed.';
        return;
      }
      status.textContent = body.results.length === 0 ? 'No published story matches.' : `${body.results.length} ${body.results.length === 1 ? 'story' : 'stories'} found.`;
      for (const story of body.results) {
        const item = document.createElement('li');
        const choose = document.createElement('button');
        choose.type = 'button';
        choose.textContent = `${story.headline} (${story.section})`;
        choose.addEventListener('click', () => {
          closePanel(false);
          const value = area.value;
          const atLineStart = area.selectionStart === 0 || value[area.selectionStart - 1] === '\n';
          const text = `${atLineStart ? '' : '\n\n'}*See also:* [${story.headline}](${story.path})\n\n`;
          replaceSelection(text, text.length, text.length);
        });
        item.append(choose);
        results.append(item);
      }
    } catch {
      status.textContent = 'The search failed; check the connection and try again.';
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(lookup, 250);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closePanel(true);
    }
  });

  bar.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button === seeAlsoButton) {
      const open = panel.hidden;
      panel.hidden = !open;
      seeAlsoButton.setAttribute('aria-expanded', String(open));
      if (open) input.focus();
      return;
    }
    actions[button.dataset.action]();
  });
  bar.addEventListener('keydown', (event) => {
    // Buttons other scripts add (the image button) join the arrow-key order.
    const buttons = [...bar.querySelectorAll('button')];
    const index = buttons.indexOf(document.activeElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length];
    buttons.forEach((button) => (button.tabIndex = button === target ? 0 : -1));
    target.focus();
  });
  area.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const action = { b: 'bold', i: 'italic', k: 'link' }[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    actions[action]();
  });

  area.before(bar, panel);
})();
