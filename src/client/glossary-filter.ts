/**
 * /glossary/: a filter box over the entry list, as progressive enhancement.
 * Without JavaScript the box stays hidden and the whole list shows.
 */
const box = document.querySelector<HTMLElement>('[data-glossary-filter]');
const input = box?.querySelector('input');
const statusLine = box?.querySelector('[data-filter-status]');
if (box && input && statusLine) {
  const items = [...document.querySelectorAll<HTMLElement>('li[data-search]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-term-group]')];
  const apply = () => {
    const query = input.value.trim().toLowerCase().replace(/\s+/g, ' ');
    let shown = 0;
    for (const item of items) {
      const match = query === '' || (item.dataset.search ?? '').toLowerCase().includes(query);
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('li[data-search]:not([hidden])');
    statusLine.textContent = query === '' ? '' : `${shown} 条匹配`;
  };
  input.addEventListener('input', apply);
  box.hidden = false;
  apply();
}
