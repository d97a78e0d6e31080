/**
 * Astro integration: check every report's key figures against its text when
 * the site is built or served (paragraph, quote, value, indicator). Errors
 * stop the build with the file and the fix; unchecked figures are warned about.
 */
import type { AstroIntegration } from 'astro';
import { checkFigures } from '../figures/check.ts';
import { loadFigures } from '../figures/load.ts';
import { eachReportText } from '../text/report-texts.ts';
import { CONTENT_ROOT } from '../lib/content-root.ts';
import { formatProblem } from '../lib/problems.ts';

export function figuresIntegrity(): AstroIntegration {
  return {
    name: 'tifa-figures-integrity',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { files, errors: parseErrors } = loadFigures();
        const { errors, warnings } = checkFigures(files, eachReportText(CONTENT_ROOT, files.map((file) => file.slug)), CONTENT_ROOT);
        for (const warning of warnings) logger.warn(formatProblem(warning));
        const all = [...parseErrors, ...errors];
        if (all.length > 0) throw new Error(`The key figures have ${all.length} problem${all.length === 1 ? '' : 's'}:\n- ${all.map(formatProblem).join('\n- ')}`);
      },
    },
  };
}
