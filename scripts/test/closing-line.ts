/**
 * The line `npm test` ends with, `N passed, N failed, N skipped`, and the
 * exit code, from one set of counts so that the two can never disagree.
 *
 * A test file that failed without a failing test (it did not load, or a
 * beforeAll/afterAll hook threw) counts as one failure, and so does a vitest
 * run that exited non-zero with nothing else failed (an unhandled error).
 */

/** What `npm test` reads of vitest's JSON report. */
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}

export interface RunOutcome {
  /** The type check: 'passed', 'failed', or 'skipped' (not run). */
  typecheck: 'passed' | 'failed' | 'skipped';
  /** vitest's exit code. */
  vitestExit: number;
  /** vitest's JSON report, when it wrote one. */
  report?: VitestReport;
}

export interface Closing {
  passed: number;
  failed: number;
  skipped: number;
  /** What failed outside a test, for the line. */
  notes: string[];
  line: string;
  exitCode: number;
}

export function closingLine({ typecheck, vitestExit, report }: RunOutcome): Closing {
  const notes: string[] = [];
  let passed = typecheck === 'passed' ? 1 : 0;
  let failed = typecheck === 'failed' ? 1 : 0;
  let skipped = 0;
  if (typecheck === 'failed') notes.push('the type check');
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'));
    failed += brokenFiles.length;
    if (brokenFiles.length > 0) notes.push(`${brokenFiles.length} test file${brokenFiles.length === 1 ? '' : 's'} that failed outside a test (load error or hook)`);
  } else if (vitestExit !== 0) {
    notes.push('vitest wrote no report');
  }
  if (vitestExit !== 0 && failed === 0) {
    failed = 1;
    if (report) notes.push(`vitest exited with code ${vitestExit}`);
  }
  const exitCode = failed > 0 ? 1 : 0;
  const line = `tests: ${passed} passed, ${failed} failed, ${skipped} skipped${notes.length ? ` (failed: ${notes.join('; ')})` : ''}`;
  return { passed, failed, skipped, notes, line, exitCode };
}
