/**
 * The argument handling every CLI of the project shares: parse the options,
 * answer --help with the usage, and stop a wrong call with one line,
 * `name: problem; usage: …`, and exit code 2 (never a stack trace).
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
    console.error(`${name}: ${message}; ${usage.split('\n')[0]}${usage.includes('\n') ? ' (--help for all)' : ''}`);
    process.exit(2);
  };
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (error) {
    fail(parseError(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed!;
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return { values: values as Cli<Options>['values'], positionals, fail };
}

/** node:util's parse errors, in a few words: `unknown option --nope`, `--port needs a value`. */
function parseError(error: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `${option.split(' ')[0]} needs a value`;
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'takes no file or word arguments';
  return error.message.split('\n')[0];
}
