// Keyboard shortcuts for the moderation queue: j/k move between comments, a/s/t approve, mark
// spam or trash the focused one, r opens its reply box. Typing in a field is left alone.
(() => {
  const items = [...document.querySelectorAll('.queue-item')];
  if (items.length === 0) return;
  let current = -1;
  const focus = (index) => {
    current = Math.max(0, Math.min(items.length - 1, index));
    items.forEach((item, i) => item.classList.toggle('focused', i === current));
    items[current].focus();
  };
  document.addEventListener('keydown', (event) => {
    if (event.target.closest('input, textarea, select') || event.metaKey || event.ctrlKey || event.altKey) return;
    const item = items[current];
    const press = (status) => item && item.querySelector(`button[data-action="${status}"]`)?.click();
    switch (event.key) {
      case 'j': focus(current + 1); break;
      case 'k': focus(current - 1); break;
      case 'a': press('approved'); break;
      case 's': press('spam'); break;
      case 't': press('trash'); break;
      case 'r': if (item) { const box = item.querySelector('[data-reply]'); box.open = true; box.querySelector('textarea').focus(); event.preventDefault(); } break;
      default: return;
    }
  });
})();
