/**
 * A packaging or verifying failure the user can act on: what is wrong,
 * where, and the fix. The CLIs print it as one line and exit with 1.
 */
export class PackageError extends Error {
  readonly where: string;
  readonly fix: string;
  constructor(message: string, where: string, fix: string) {
    super(message);
    this.name = 'PackageError';
    this.where = where;
    this.fix = fix;
  }
  /** `where: message. fix` */
  format(): string {
    return `${this.where}: ${this.message}. ${this.fix}`;
  }
}
