/**
 * Astro integration: check the glossary against itself and the reports when
 * the site is built or served. Any error stops it with the file and the fix.
 */
import type { AstroIntegration } from 'astro';
import { checkGlossary } from '../glossary/integrity.ts';
import type { Glossary } from '../glossary/load.ts';
import { eachReportText } from '../text/report-texts.ts';
import { CONTENT_ROOT } from '../lib/content-root.ts';
import { formatProblem } from '../lib/problems.ts';

export function glossaryIntegrity(glossary: Glossary): AstroIntegration {
  return {
    name: 'tifa-glossary-integrity',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { errors, warnings } = checkGlossary(glossary.terms, glossary.dismissed, eachReportText(CONTENT_ROOT), CONTENT_ROOT);
        for (const warning of warnings) logger.warn(formatProblem(warning));
        if (errors.length > 0) {
          throw new Error(`The glossary has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n- ${errors.map(formatProblem).join('\n- ')}`);
        }
      },
    },
  };
}
