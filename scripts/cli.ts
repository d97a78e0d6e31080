/**
 * The argument handling every CLI of the project shares: parse the options,
 * answer --help with the usage, and stop a wrong call with `name: problem`,
 * the usage and exit code 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Cli<Options extends NonNullable<ParseArgsConfig['options']>> {
  values: ReturnType<typeof parseArgs<{ options: Options; allowPositionals: true }>>['values'];
  positionals: string[];
  /** Stop with a wrong-call message. */
  fail(message: string): never;
}

export function parseCli<Options extends NonNullable<ParseArgsConfig['options']>>(name: string, usage: string, options: Options): Cli<Options> {
  const fail = (message: string): never => {
    console.error(`${name}: ${message}`);
    console.error(usage);
    process.exit(2);
  };
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed!;
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return { values: values as Cli<Options>['values'], positionals, fail };
}
