/**
 * Astro 7 marks every rendered MDX module with a module-level directive that
 * Rolldown warns about (withastro/astro#18087). The warning is about Astro's
 * own injected code, not ours; every other warning still shows.
 */
interface BuildWarning {
  code?: string;
  message: string;
}

export function ignoreHeadInjectDirectiveWarning(warning: BuildWarning, warn: (warning: BuildWarning) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}
