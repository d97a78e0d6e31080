/**
 * A failure the user can act on: what is wrong, where, and the fix. The CLIs
 * print it as one line and go on with the other files, or exit with 1.
 */
export class ActionableError extends Error {
  readonly where: string;
  readonly fix: string;
  constructor(message: string, where: string, fix: string) {
    super(message);
    this.name = new.target.name;
    this.where = where;
    this.fix = fix;
  }
  /** `where: message. fix` */
  format(): string {
    return `${this.where}: ${this.message}. ${this.fix}`;
  }
}
