// Images in the editor without leaving it. One panel, opened from the toolbar's "Image" button,
// by dropping or pasting an image file on the body, or from the featured image's "Choose from the
// library" button: search the library (GET /admin/media/search) or take a new file, write the
// alt text (required), caption and credit, then insert. A new file is uploaded to the library
// (POST /admin/media, the same path whichever way it came) with a progress bar and a spoken
// "Uploading… 40 %"; a refusal (too large, not an image) is shown beside the file control and
// nothing in the body changes. The body gets a figure: ![alt](url "Caption | Credit")
// (content/markdown/enhance-figures.ts). Without JavaScript the textarea and the media library
// page do all of this by hand.
(() => {
  const area = document.getElementById('bodyMarkdown');
  const form = area && area.form;
  // Only for those who may use the media library (contributors write ![alt](address) by hand).
  if (!area || !form || form.dataset.mediaLibrary !== 'yes') return;
  const csrf = () => (form.querySelector('input[name="_csrf"]') || {}).value || '';
  const maxBytes = Number(form.dataset.maxUploadBytes) || 0;
  const types = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'];

  const panel = document.createElement('div');
  panel.id = 'image-upload';
  panel.className = 'md-see-also md-image';
  panel.hidden = true;
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', 'Insert an image');
  panel.innerHTML = [
    '<label for="image-search">Find in the library</label> <input id="image-search" type="search" autocomplete="off" aria-describedby="image-search-status">',
    '<p class="hint" role="status" id="image-search-status"></p><ul id="image-results" class="md-image-results"></ul>',
    '<button type="button" id="image-more" hidden>More images</button>',
    '<label for="image-file">Or upload a new image</label>',
    `<p class="hint" id="image-file-hint">JPEG, PNG, WebP, AVIF or GIF${maxBytes ? `, up to ${Math.round(maxBytes / 1048576)} MB` : ''}. You can also drop or paste one on the body.</p>`,
    `<input id="image-file" type="file" accept="${types.join(',')}" aria-describedby="image-file-hint image-file-error">`,
    '<p class="field-error" id="image-file-error" hidden></p><p class="hint" id="image-chosen"></p>',
    '<label for="image-alt">Alt text (required)</label> <input id="image-alt" type="text" maxlength="1000" aria-describedby="image-alt-hint image-alt-error">',
    '<p class="hint" id="image-alt-hint">What the picture shows, for readers who cannot see it.</p><p class="field-error" id="image-alt-error" hidden></p>',
    '<label for="image-caption">Caption</label> <input id="image-caption" type="text" maxlength="2000">',
    '<label for="image-credit">Credit</label> <input id="image-credit" type="text" maxlength="300">',
    '<button type="button" id="image-insert">Insert</button> <button type="button" id="image-cancel">Cancel</button>',
    '<progress id="image-progress" max="100" value="0" hidden aria-label="Upload progress"></progress>',
  ].join('');
  // Outside the panel, so "Inserted." is still heard once the panel has closed.
  const status = document.createElement('p');
  status.id = 'image-status';
  status.className = 'hint';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const $ = (id) => panel.querySelector(`#${id}`);
  const text = (id) => $(id).value.trim();

  // What the panel will insert: a new file, or a library item; and where: the body or the featured image.
  let file = null;
  let picked = null;
  let target = 'body';
  let opener = null;

  const showError = (id, message) => {
    const error = $(`${id}-error`);
    error.textContent = message;
    error.hidden = !message;
    if (message) $(id).setAttribute('aria-invalid', 'true');
    else $(id).removeAttribute('aria-invalid');
  };
  const say = (message) => (status.textContent = message);
  const insertLabel = () => {
    const verb = target === 'featured' ? 'Use as featured image' : 'Insert';
    $('image-insert').textContent = file ? `Upload and ${verb.charAt(0).toLowerCase()}${verb.slice(1)}` : verb;
  };
  const fill = (item) => {
    $('image-alt').value = item.alt || '';
    $('image-caption').value = item.caption || '';
    $('image-credit').value = item.credit || '';
  };

  /** A file from the button, a drop or a paste: checked here first, so a refusal costs no upload. */
  const chooseFile = (chosen) => {
    file = null;
    showError('image-file', '');
    if (chosen && chosen.type && !types.includes(chosen.type)) showError('image-file', `“${chosen.name}” is not an image this site takes: use a JPEG, PNG, WebP, AVIF or GIF file.`);
    else if (chosen && maxBytes && chosen.size > maxBytes) showError('image-file', `“${chosen.name}” is ${(chosen.size / 1048576).toFixed(1)} MB, larger than the ${Math.round(maxBytes / 1048576)} MB limit.`);
    else file = chosen || null;
    if (file) choosePicked(null);
    $('image-chosen').textContent = file ? `Ready to upload: ${file.name}` : picked ? `From the library: ${picked.filename}` : '';
    insertLabel();
  };
  const choosePicked = (item) => {
    picked = item;
    for (const button of $('image-results').querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.dataset.id === String(item && item.id)));
    if (!item) return;
    file = null;
    $('image-file').value = '';
    showError('image-file', '');
    fill(item);
    $('image-chosen').textContent = `From the library: ${item.filename}`;
    insertLabel();
  };

  // The library search: newest first, a few at a time, "More images" for the next few.
  let older = null;
  let searchTimer;
  let asked = 0;
  const search = async (more) => {
    const q = text('image-search');
    const ask = ++asked;
    const params = new URLSearchParams({ limit: '8' });
    if (q) params.set('q', q);
    if (more && older) params.set('before', older);
    try {
      const response = await fetch(`/admin/media/search?${params}`, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      const body = await response.json();
      if (ask !== asked) return;
      if (!response.ok) {
        $('image-search-status').textContent = body.message || 'The search failed.';
        return;
      }
      if (!more) $('image-results').replaceChildren();
      for (const item of body.items) {
        const choose = document.createElement('button');
        choose.type = 'button';
        choose.dataset.id = String(item.id);
        choose.setAttribute('aria-pressed', 'false');
        const thumbnail = document.createElement('img');
        thumbnail.src = item.thumbnailUrl;
        thumbnail.alt = '';
        thumbnail.width = 64;
        thumbnail.height = Math.round((64 * item.height) / item.width) || 64;
        const label = document.createElement('span');
        label.textContent = `${item.alt || 'No alt text yet'} (${item.filename})`;
        choose.append(thumbnail, label);
        choose.addEventListener('click', () => choosePicked(item));
        const entry = document.createElement('li');
        entry.append(choose);
        $('image-results').append(entry);
      }
      older = body.older;
      $('image-more').hidden = !older;
      const shown = $('image-results').children.length;
      $('image-search-status').textContent = shown === 0 ? (q ? 'No image in the library matches.' : 'The library is empty: upload a new image below.') : `${shown} ${shown === 1 ? 'image' : 'images'} shown.`;
    } catch {
      if (ask === asked) $('image-search-status').textContent = 'The search failed; check the connection and try again.';
    }
  };
  $('image-search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => search(false), 250);
  });
  $('image-search').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault(); // searching must not submit the article
  });
  $('image-more').addEventListener('click', () => search(true));

  const open = (where, chosen, from) => {
    target = where;
    opener = from || null;
    if (where === 'featured') featuredButton.after(panel);
    else area.before(panel);
    panel.after(status);
    for (const id of ['image-alt', 'image-caption', 'image-credit']) $(id).value = '';
    choosePicked(null);
    chooseFile(chosen);
    showError('image-alt', '');
    say('');
    panel.hidden = false;
    search(false);
    (file ? $('image-alt') : chosen ? $('image-file') : $('image-search')).focus();
  };
  const close = (focus) => {
    panel.hidden = true;
    (focus || opener || area).focus();
  };
  $('image-file').addEventListener('change', () => chooseFile($('image-file').files[0]));
  $('image-cancel').addEventListener('click', () => close());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });

  const insertFigure = (item) => {
    const title = [item.caption, item.credit && `| ${item.credit}`].filter(Boolean).join(' ').replace(/"/g, '\u201d');
    const alt = item.alt.replace(/[[\]]/g, '');
    const before = area.value.slice(0, area.selectionStart);
    const markdown = `${before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n'}![${alt}](${item.url}${title ? ` "${title}"` : ''})\n\n`;
    area.focus();
    if (!document.execCommand || !document.execCommand('insertText', false, markdown)) area.setRangeText(markdown, area.selectionStart, area.selectionEnd, 'end');
    changed(area);
  };

  // The featured image's fields: a choice in the panel sets them all (the writer saw and could
  // change the text there); a recent address typed into the field fills only the fields that are
  // empty or still hold what an earlier choice put there.
  const featuredFields = [['imageAlt', 'alt'], ['imageCaption', 'caption'], ['imageCredit', 'credit']];
  const changed = (field) => field.dispatchEvent(new Event('input', { bubbles: true }));
  const setFeatured = (item, chosenInPanel) => {
    const url = document.getElementById('imageUrl');
    if (chosenInPanel && url) {
      url.value = item.url;
      changed(url);
    }
    for (const [id, key] of featuredFields) {
      const field = document.getElementById(id);
      if (!field) continue;
      const typed = field.value.trim() !== '' && field.value !== field.dataset.fromLibrary;
      if (!chosenInPanel && (typed || !item[key])) continue;
      field.value = item[key] || '';
      field.dataset.fromLibrary = field.value;
      changed(field);
    }
  };
  const finish = (item) => {
    file = null;
    if (target === 'featured') {
      setFeatured(item, true);
      say('Featured image chosen.');
      close();
    } else {
      insertFigure(item);
      say('Inserted.');
      close(area); // the cursor stays just after the figure
    }
  };

  const upload = (item) => {
    const data = new FormData();
    data.append('_csrf', csrf());
    for (const key of ['alt', 'caption', 'credit']) data.append(key, item[key]);
    data.append('file', file, file.name);
    const progress = $('image-progress');
    progress.hidden = false;
    progress.value = 0;
    $('image-insert').disabled = true;
    say('Uploading… 0 %');
    let spoken = 0;
    // XMLHttpRequest, not fetch: it reports upload progress.
    const request = new XMLHttpRequest();
    request.open('POST', '/admin/media');
    request.setRequestHeader('accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (!event.lengthComputable) return;
      const percent = Math.round((event.loaded / event.total) * 100);
      progress.value = percent;
      // Spoken in steps of ten, so a screen reader is not flooded.
      if (percent - spoken >= 10 || percent === 100) {
        spoken = percent;
        say(`Uploading… ${percent} %`);
      }
    });
    const done = () => {
      progress.hidden = true;
      $('image-insert').disabled = false;
    };
    request.addEventListener('load', () => {
      done();
      let body = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {}
      if (request.status !== 201) {
        const message = body.message || 'The upload failed; nothing was inserted.';
        showError(body.field === 'alt' ? 'image-alt' : 'image-file', message);
        say(`Not uploaded: ${message}`);
        return;
      }
      finish(body);
    });
    request.addEventListener('error', () => {
      done();
      showError('image-file', 'The upload failed (no connection?); nothing was inserted.');
      say('Not uploaded.');
    });
    request.send(data);
  };

  $('image-insert').addEventListener('click', () => {
    const item = { alt: text('image-alt'), caption: text('image-caption'), credit: text('image-credit') };
    if (!file && !picked) {
      say('Choose an image from the library or a file first.');
      (document.querySelector('#image-results button') || $('image-file')).focus();
      return;
    }
    if (item.alt === '') {
      showError('image-alt', 'Write the alt text first: describe the image for readers who cannot see it.');
      $('image-alt').focus();
      return;
    }
    showError('image-alt', '');
    if (file) upload(item);
    else finish({ ...item, url: picked.url });
  });

  // Files dropped or pasted on the body open the panel; a dropped file is never left to the
  // browser, which would open it in place of the editor.
  const filesOf = (list) => [...(list || [])];
  area.addEventListener('dragover', (event) => {
    if (event.dataTransfer && [...event.dataTransfer.types].includes('Files')) event.preventDefault();
  });
  area.addEventListener('drop', (event) => {
    const dropped = filesOf(event.dataTransfer && event.dataTransfer.files);
    if (dropped.length === 0) return;
    event.preventDefault();
    open('body', dropped.find((item) => item.type.startsWith('image/')) || dropped[0]);
  });
  area.addEventListener('paste', (event) => {
    const pasted = filesOf(event.clipboardData && event.clipboardData.files);
    if (pasted.length === 0) return;
    event.preventDefault();
    open('body', pasted.find((item) => item.type.startsWith('image/')) || pasted[0]);
  });

  // Typing or picking a recent library address into the featured image's field brings its text too.
  const featuredUrl = document.getElementById('imageUrl');
  const recent = [...document.querySelectorAll('#recent-media option')].map((option) => ({ url: option.value, alt: option.dataset.alt || '', caption: option.dataset.caption || '', credit: option.dataset.credit || '' }));
  if (featuredUrl) {
    featuredUrl.addEventListener('change', () => {
      const item = recent.find((entry) => entry.url === featuredUrl.value.trim());
      if (item) setFeatured(item, false);
    });
  }

  // The body's button sits in the Markdown toolbar when it is there, else just above the body;
  // the featured image's button under its address field.
  const panelButton = (text, label, where) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.setAttribute('aria-label', label);
    button.setAttribute('aria-controls', 'image-upload');
    button.addEventListener('click', () => (panel.hidden || target !== where ? open(where, null, button) : close()));
    return button;
  };
  const bodyButton = panelButton('Image', 'Insert an image', 'body');
  const featuredButton = panelButton('Choose from the library', 'Choose from the library for the featured image', 'featured');
  const place = () => {
    const bar = document.querySelector('.md-toolbar');
    if (bar) {
      bodyButton.tabIndex = -1;
      bar.append(bodyButton);
    } else area.before(bodyButton);
    area.before(panel, status);
    const urlField = featuredUrl && featuredUrl.closest('.field');
    if (urlField) urlField.after(featuredButton);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', place);
  else place();
})();
