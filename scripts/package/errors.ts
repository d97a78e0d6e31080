/** A packaging or verifying failure: one line naming the place, the problem and the fix; the CLIs exit with 1. */
import { ActionableError } from '../errors.ts';

export class PackageError extends ActionableError {}
