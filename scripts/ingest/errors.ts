/**
 * An ingest failure the user can act on: what is wrong, where, and the fix.
 * The CLI prints it as one line; other files go on.
 */
export class IngestError extends Error {
  readonly where: string;
  readonly fix: string;
  constructor(message: string, where: string, fix: string) {
    super(message);
    this.name = 'IngestError';
    this.where = where;
    this.fix = fix;
  }
  /** `file:line: message — fix` */
  format(): string {
    return `${this.where}: ${this.message}. ${this.fix}`;
  }
}
