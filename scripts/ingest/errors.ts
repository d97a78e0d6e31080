/** An ingest failure: one line naming the file (and line), the problem and the fix; the other files go on. */
import { ActionableError } from '../errors.ts';

export class IngestError extends ActionableError {}
