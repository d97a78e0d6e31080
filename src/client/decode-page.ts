/**
 * The decoder (/decode/): the text typed, pasted or dropped into the text
 * area is decoded at once with the build's own matcher and candidate finder
 * (src/decode/decode.ts), shown with the same term links and popover as a
 * report page, the entries found listed by kind, and the undecided phrases
 * listed without any meaning. Nothing the reader types leaves the page: the
 * only request is the glossary data, once, when the page opens.
 */
import type { DecodeData } from '../decode/decode-data.ts';
import { decodeText, plainTextWithNotes, type Decoded } from '../decode/decode.ts';
import { buildDictionary } from '../glossary/matcher.ts';
import { copyText } from './copy.ts';
import { installTermPopover } from './popover.ts';

const siteRoot = new URL('../', import.meta.url);
const KIND_NAMES: Record<string, string> = { quoted: '引号短语', 'numeric-formula': '数字提法', enumeration: '列举提法' };

const root = document.querySelector<HTMLElement>('[data-decode]')!;
const input = root.querySelector<HTMLTextAreaElement>('#decode-text')!;
const output = root.querySelector<HTMLElement>('[data-decode-output]')!;
const foundBox = root.querySelector<HTMLElement>('[data-decode-found]')!;
const unknownList = root.querySelector<HTMLElement>('[data-decode-unknown]')!;
const status = root.querySelector<HTMLElement>('[data-decode-status]')!;
const endnotes = root.querySelector<HTMLElement>('[data-decode-endnotes]')!;
const copyButton = root.querySelector<HTMLButtonElement>('[data-decode-copy]')!;
const printButton = root.querySelector<HTMLButtonElement>('[data-decode-print]')!;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** Links written as report pages write them: relative to the page (/decode/ sits one level below the root). */
const entryHref = (id: string) => `../glossary/${id}/`;
/** A term link exactly as the build writes one into a report body. */
function termLink(id: string, text: string): HTMLAnchorElement {
  const link = el('a', { href: entryHref(id), className: 'term' }, text);
  link.dataset.term = id;
  return link;
}
const searchHref = (phrase: string) => `../search/?q=${encodeURIComponent(`"${phrase}"`)}`;

function render(decoded: Decoded, data: DecodeData): void {
  output.replaceChildren(
    ...decoded.lines
      .filter((line) => line.parts.some((part) => part.text.trim() !== ''))
      .map((line) =>
        el('p', {}, ...line.parts.map((part) => (part.id === undefined ? part.text : termLink(part.id, part.text)))),
      ),
  );

  const byKind = new Map<string, typeof decoded.found>();
  for (const f of decoded.found) {
    const kind = data.entries[f.id].kind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), f]);
  }
  foundBox.replaceChildren(
    ...(decoded.found.length === 0
      ? [el('p', { className: 'note' }, input.value.trim() === '' ? '标出的提法会按类别列在这里。' : '文中没有本站词汇收录的提法。')]
      : data.kinds
          .filter(([kind]) => byKind.has(kind))
          .map(([kind, label]) =>
            el(
              'section',
              {},
              el('h3', {}, label),
              el(
                'ul',
                { className: 'plain decode-terms' },
                ...byKind.get(kind)!.map((f) => {
                  const entry = data.entries[f.id];
                  return el(
                    'li',
                    {},
                    el('a', { href: entryHref(f.id) }, entry.term),
                    ' ',
                    el('span', { className: `status status-${entry.status}` }, entry.statusLabel),
                    ' ',
                    el('span', { className: 'count' }, `${f.count} 处`),
                    el('p', {}, entry.definition),
                  );
                }),
              ),
            ),
          )),
  );

  unknownList.replaceChildren(
    ...(decoded.unknown.length === 0
      ? [el('li', { className: 'note' }, '没有。')]
      : decoded.unknown.map((u) => el('li', {}, el('a', { href: searchHref(u.phrase) }, u.phrase), ' ', el('span', { className: 'count' }, `${KIND_NAMES[u.kind] ?? u.kind} · ${u.count} 处`)))),
  );

  endnotes.replaceChildren(
    el('h2', {}, '文中词汇'),
    el('dl', {}, ...decoded.found.flatMap((f) => [el('dt', {}, data.entries[f.id].term), el('dd', {}, data.entries[f.id].definition)])),
  );
  const uses = decoded.found.reduce((sum, f) => sum + f.count, 0);
  status.textContent = input.value.trim() === '' ? '' : `标出 ${decoded.found.length} 个提法，共 ${uses} 处；${decoded.unknown.length} 个短语词汇尚未收录。`;
  copyButton.disabled = printButton.disabled = input.value.trim() === '';
}

/** A dropped file's text: UTF-8, or GB18030 as many Chinese files are. */
async function fileText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function start(): Promise<void> {
  const data = (await fetch(new URL('decode/data.json', siteRoot)).then((response) => {
    if (!response.ok) throw new Error(`词汇数据读取失败（${response.status}）`);
    return response.json();
  })) as DecodeData;
  const dictionary = buildDictionary(data.forms);
  const decided = new Set(data.decided);
  installTermPopover((id) => data.entries[id]);

  let decoded: Decoded = decodeText('', dictionary, decided);
  let pending = 0;
  const update = () => {
    pending = 0;
    const started = performance.now();
    decoded = decodeText(input.value, dictionary, decided);
    render(decoded, data);
    // For the benchmark and the tests: how long the last decode took, and that it is on screen.
    document.documentElement.dataset.decodeMs = (performance.now() - started).toFixed(1);
    document.documentElement.dataset.decodedLength = String(input.value.length);
  };
  const schedule = () => {
    if (!pending) pending = requestAnimationFrame(update);
  };

  input.addEventListener('input', schedule);
  input.addEventListener('dragover', (event) => {
    event.preventDefault();
    input.classList.add('dropping');
  });
  input.addEventListener('dragleave', () => input.classList.remove('dropping'));
  input.addEventListener('drop', async (event) => {
    event.preventDefault();
    input.classList.remove('dropping');
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    if (!/\.txt$/i.test(file.name) && file.type !== 'text/plain') {
      status.textContent = `只能读取纯文本（.txt）文件，“${file.name}”不是。`;
      return;
    }
    input.value = await fileText(file);
    update();
  });
  copyButton.addEventListener('click', () => void copyText(plainTextWithNotes(decoded, data.entries, (id) => new URL(`glossary/${id}/`, siteRoot).href), copyButton));
  printButton.addEventListener('click', () => window.print());

  root.hidden = false;
  update();
  document.documentElement.dataset.decodeReady = 'true';
}

start().catch((error: Error) => {
  root.hidden = false;
  status.textContent = `解读出错：${error.message}`;
});
