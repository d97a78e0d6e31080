/**
 * Glossary popovers: the short definition of a term link
 * (`a.term[data-term]`), shown on hover, keyboard focus or a tap, on report
 * pages and on the decoder's output. The term links work without this script
 * (they lead to the entry); the popover only adds the definition in place.
 *
 * WCAG 2.2 1.4.13 (content on hover or focus):
 * - dismissible: Esc closes it without moving the pointer or the focus;
 * - hoverable: the pointer can move onto the popover and it stays open;
 * - persistent: it stays until the pointer or focus leaves, or Esc.
 * On touch, the first tap on a term opens the popover; a second tap on the
 * same term follows the link to the entry.
 *
 * Event delegation on the document: links added later (the decoder's) work too.
 */

/** What the popover shows of an entry. */
export interface PopoverEntry {
  term: string;
  definition: string;
  status: string;
  statusLabel: string;
}

export function installTermPopover(lookup: (id: string) => PopoverEntry | undefined): void {
  const popover = document.createElement('div');
  popover.id = 'term-popover';
  popover.className = 'term-popover';
  popover.setAttribute('role', 'tooltip');
  popover.hidden = true;
  document.body.append(popover);

  let anchor: HTMLElement | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let lastPointer = 'mouse';
  // Whether the popover was already open for the term a tap lands on (focus
  // and other events during the tap must not count as the first tap).
  let tapOnOpenTerm = false;

  function termLink(target: EventTarget | null): HTMLElement | null {
    return target instanceof Element ? target.closest<HTMLElement>('a.term[data-term]') : null;
  }

  function place(link: HTMLElement) {
    const rect = link.getBoundingClientRect();
    const width = Math.min(320, document.documentElement.clientWidth - 16);
    popover.style.width = `${width}px`;
    const left = Math.min(Math.max(8, rect.left), document.documentElement.clientWidth - width - 8);
    popover.style.left = `${left + window.scrollX}px`;
    const below = rect.bottom + 6;
    const height = popover.offsetHeight;
    const top = below + height > window.innerHeight && rect.top - height - 6 > 0 ? rect.top - height - 6 : below;
    popover.style.top = `${top + window.scrollY}px`;
  }

  function show(link: HTMLElement) {
    const entry = lookup(link.dataset.term ?? '');
    if (!entry) return;
    clearTimeout(hideTimer);
    if (anchor && anchor !== link) anchor.removeAttribute('aria-describedby');
    anchor = link;
    popover.replaceChildren();
    const heading = document.createElement('p');
    heading.className = 'term-popover-title';
    const name = document.createElement('strong');
    name.textContent = entry.term;
    const status = document.createElement('span');
    status.className = `status status-${entry.status}`;
    status.textContent = entry.statusLabel;
    heading.append(name, ' ', status);
    const definition = document.createElement('p');
    definition.textContent = entry.definition;
    const more = document.createElement('p');
    more.className = 'term-popover-more';
    more.textContent = lastPointer === 'touch' ? '再点一次词语，查看完整词条' : '点击词语查看完整词条与用例';
    popover.append(heading, definition, more);
    popover.hidden = false;
    link.setAttribute('aria-describedby', popover.id);
    place(link);
  }

  function hide() {
    clearTimeout(hideTimer);
    popover.hidden = true;
    if (anchor) anchor.removeAttribute('aria-describedby');
    anchor = null;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 300);
  }

  document.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType || 'mouse';
    tapOnOpenTerm = !popover.hidden && anchor !== null && termLink(event.target) === anchor;
    if (!termLink(event.target) && !popover.contains(event.target as Node | null)) hide();
  });

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    const link = termLink(event.target);
    if (link) show(link);
    else if (popover.contains(event.target as Node | null)) clearTimeout(hideTimer);
  });

  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch' || popover.hidden) return;
    const leaving = termLink(event.target) || popover.contains(event.target as Node | null);
    const entering = event.relatedTarget instanceof Node && (popover.contains(event.relatedTarget) || termLink(event.relatedTarget) === anchor);
    if (leaving && !entering) hideSoon();
  });

  document.addEventListener('focusin', (event) => {
    const link = termLink(event.target);
    if (link) show(link);
    else hide();
  });

  document.addEventListener('focusout', (event) => {
    if (termLink(event.target)) hideSoon();
  });

  document.addEventListener('click', (event) => {
    const link = termLink(event.target);
    if (!link || lastPointer !== 'touch') return;
    if (tapOnOpenTerm) return; // second tap: follow the link
    event.preventDefault();
    show(link);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popover.hidden) {
      hide();
      event.stopPropagation();
    }
  });

  window.addEventListener('resize', () => {
    if (anchor && !popover.hidden) place(anchor);
  });
}
