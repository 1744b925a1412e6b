// Images in the editor without leaving it: the "Image" panel (opened from the toolbar's button,
// or by dropping or pasting an image file on the body) asks for alt text (required), caption and
// credit, uploads to the media library with a progress bar, and inserts a figure at the cursor:
// ![alt](url "Caption (Credit)"). Without JavaScript, the media library page does the same.
(() => {
  const area = document.getElementById('bodyMarkdown');
  const form = area && area.form;
  if (!area || !form) return;
  const csrf = () => (form.querySelector('input[name="_csrf"]') || {}).value || '';

  const panel = document.createElement('div');
  panel.id = 'image-upload';
  panel.className = 'md-see-also md-image';
  panel.hidden = true;
  panel.innerHTML = [
    '<label for="image-library">From the library</label> <select id="image-library"><option value="">— upload a new image instead —</option></select>',
    '<p class="hint" id="image-file-name"></p>',
    '<label for="image-file">Image file</label> <input id="image-file" type="file" accept="image/*">',
    '<label for="image-alt">Alt text (required)</label> <input id="image-alt" type="text" maxlength="1000" aria-describedby="image-alt-hint"><p class="hint" id="image-alt-hint">What the picture shows, for readers who cannot see it.</p>',
    '<label for="image-caption">Caption</label> <input id="image-caption" type="text" maxlength="2000">',
    '<label for="image-credit">Credit</label> <input id="image-credit" type="text" maxlength="300">',
    '<button type="button" id="image-insert">Upload and insert</button> <button type="button" id="image-cancel">Cancel</button>',
    '<progress id="image-progress" max="100" value="0" hidden aria-label="Upload progress"></progress>',
    '<p role="status" id="image-status"></p>',
  ].join('');
  const $ = (id) => panel.querySelector(`#${id}`);
  let file = null;
  // The library's recent images, as the featured image's list names them (with alt, caption, credit).
  const library = [...document.querySelectorAll('#recent-media option')].map((option) => ({ url: option.value, label: option.textContent.trim(), alt: option.dataset.alt || '', caption: option.dataset.caption || '', credit: option.dataset.credit || '' }));
  for (const item of library) $('image-library').append(new Option(item.label, item.url));
  $('image-library').addEventListener('change', () => {
    const item = library.find((entry) => entry.url === $('image-library').value);
    if (!item) return;
    $('image-alt').value = item.alt;
    $('image-caption').value = item.caption;
    $('image-credit').value = item.credit;
  });

  // Choosing a library image as the featured image brings its alt text, caption and credit (into empty fields).
  const featured = document.getElementById('imageUrl');
  if (featured) {
    featured.addEventListener('change', () => {
      const item = library.find((entry) => entry.url === featured.value.trim());
      if (!item) return;
      for (const [id, value] of [['imageAlt', item.alt], ['imageCaption', item.caption], ['imageCredit', item.credit]]) {
        const field = document.getElementById(id);
        if (field && field.value.trim() === '' && value) field.value = value;
      }
    });
  }

  const open = (chosen) => {
    file = chosen || null;
    $('image-file-name').textContent = file ? `Ready to upload: ${file.name}` : '';
    $('image-status').textContent = '';
    panel.hidden = false;
    (file ? $('image-alt') : $('image-file')).focus();
  };
  const close = () => {
    panel.hidden = true;
    area.focus();
  };
  $('image-file').addEventListener('change', () => {
    file = $('image-file').files[0] || null;
    $('image-file-name').textContent = file ? `Ready to upload: ${file.name}` : '';
  });
  $('image-cancel').addEventListener('click', close);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  const insert = (item) => {
    const caption = [item.caption, item.credit ? `(${item.credit})` : ''].filter(Boolean).join(' ').replace(/"/g, '\u201d');
    const alt = item.alt.replace(/[\[\]]/g, '');
    const before = area.value.slice(0, area.selectionStart);
    const text = `${before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n'}![${alt}](${item.url}${caption ? ` "${caption}"` : ''})\n\n`;
    area.focus();
    if (!document.execCommand || !document.execCommand('insertText', false, text)) area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
    area.dispatchEvent(new Event('input', { bubbles: true }));
  };

  $('image-insert').addEventListener('click', () => {
    const status = $('image-status');
    const alt = $('image-alt').value.trim();
    const picked = library.find((entry) => entry.url === $('image-library').value);
    if (picked && alt !== '') {
      insert({ url: picked.url, alt, caption: $('image-caption').value.trim(), credit: $('image-credit').value.trim() });
      status.textContent = 'Inserted.';
      panel.hidden = true;
      return;
    }
    if (!file && !picked) {
      status.textContent = 'Choose an image file first.';
      $('image-file').focus();
      return;
    }
    if (alt === '') {
      status.textContent = 'Write the alt text: describe the image for readers who cannot see it.';
      $('image-alt').setAttribute('aria-invalid', 'true');
      $('image-alt').focus();
      return;
    }
    $('image-alt').removeAttribute('aria-invalid');
    const data = new FormData();
    data.append('_csrf', csrf());
    data.append('alt', alt);
    data.append('caption', $('image-caption').value.trim());
    data.append('credit', $('image-credit').value.trim());
    data.append('file', file, file.name);
    const progress = $('image-progress');
    progress.hidden = false;
    progress.value = 0;
    status.textContent = 'Uploading…';
    // XMLHttpRequest, not fetch: it reports upload progress.
    const request = new XMLHttpRequest();
    request.open('POST', '/admin/media');
    request.setRequestHeader('accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
    });
    request.addEventListener('load', () => {
      progress.hidden = true;
      let body = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {}
      if (request.status !== 201) {
        status.textContent = body.message || 'The upload failed; nothing was inserted.';
        return;
      }
      insert(body);
      status.textContent = 'Inserted.';
      for (const id of ['image-alt', 'image-caption', 'image-credit', 'image-file']) $(id).value = '';
      file = null;
      panel.hidden = true;
    });
    request.addEventListener('error', () => {
      progress.hidden = true;
      status.textContent = 'The upload failed (no connection?); nothing was inserted.';
    });
    request.send(data);
  });

  const imageOf = (list) => [...(list || [])].find((item) => item.type && item.type.startsWith('image/'));
  area.addEventListener('dragover', (event) => {
    if ([...event.dataTransfer.items].some((item) => item.kind === 'file')) event.preventDefault();
  });
  area.addEventListener('drop', (event) => {
    const dropped = imageOf(event.dataTransfer.files);
    if (!dropped) return;
    event.preventDefault();
    open(dropped);
  });
  area.addEventListener('paste', (event) => {
    const pasted = imageOf(event.clipboardData && event.clipboardData.files);
    if (!pasted) return;
    event.preventDefault();
    open(pasted);
  });

  // The button sits in the Markdown toolbar when it is there, else just above the body.
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Image';
  button.setAttribute('aria-label', 'Insert an image');
  button.setAttribute('aria-controls', 'image-upload');
  button.addEventListener('click', () => (panel.hidden ? open(null) : close()));
  const place = () => {
    const bar = document.querySelector('.md-toolbar');
    if (bar) {
      button.tabIndex = -1;
      bar.append(button);
    } else area.before(button);
    area.before(panel);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', place);
  else place();
})();
