/**
 * A failure the user can act on, as an exception: the CLIs print it as one
 * line (src/lib/problems.ts) and go on with the other files, or exit with 1.
 */
import { formatProblem, type Problem } from '../src/lib/problems.ts';

export class ActionableError extends Error implements Problem {
  readonly where: string;
  readonly what: string;
  readonly fix: string;
  constructor(what: string, where: string, fix: string) {
    super(what);
    this.name = new.target.name;
    this.where = where;
    this.what = what;
    this.fix = fix;
  }
  /** `where: what; fix` */
  format(): string {
    return formatProblem(this);
  }
}
