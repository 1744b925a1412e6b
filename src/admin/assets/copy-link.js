// The copy button beside a one-time link: shown only where this script runs (without it the
// link is a read-only field to select by hand); says "Copied" in a live region.
(() => {
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const field = document.getElementById(button.dataset.copy);
    const status = document.getElementById(`${button.dataset.copy}-copied`);
    if (!field) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(field.value);
      } catch {
        field.select();
        document.execCommand('copy');
      }
      if (status) status.textContent = 'Copied.';
    });
  }
})();
