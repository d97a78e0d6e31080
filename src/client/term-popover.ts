/**
 * Report pages: the popover over each glossary term, with the short
 * definitions of the terms the page uses, which travel as JSON in
 * `#glossary-data` (not reading text, not indexed).
 */
import { installTermPopover, type PopoverEntry } from './popover.ts';

const dataElement = document.getElementById('glossary-data');
const terms = JSON.parse(dataElement?.textContent || '{}') as Record<string, PopoverEntry>;
installTermPopover((id) => terms[id]);
