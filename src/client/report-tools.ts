/**
 * Report-page tools, added by script so the built page (what is read and
 * indexed) stays exactly the source text:
 * - a "copy link" button on every paragraph (shown on hover and keyboard
 *   focus), copying the page address with the paragraph's anchor (#p12);
 * - copy buttons for the citations, filling in today's date as 引用日期.
 */
import { copyText } from './copy.ts';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

for (const paragraph of document.querySelectorAll<HTMLElement>('.report-body > p[id]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'para-link';
  button.textContent = '¶';
  const n = paragraph.id.slice(1);
  button.setAttribute('aria-label', `复制第 ${n} 段的链接`);
  button.title = `复制第 ${n} 段的链接`;
  button.addEventListener('click', () => {
    const url = new URL(location.href);
    url.hash = paragraph.id;
    void copyText(url.href, button);
  });
  paragraph.append(button);
}

const gbt = document.querySelector('[data-citation="gbt"]');
if (gbt?.textContent) gbt.textContent = gbt.textContent.replace('[引用日期]', `[${today()}]`);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const target = document.getElementById(button.dataset.copy ?? '');
  if (!target) continue;
  button.hidden = false;
  button.addEventListener('click', () => void copyText(target.textContent ?? '', button));
}
