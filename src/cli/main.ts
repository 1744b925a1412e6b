// Entry of the `byline` command line: parses arguments with node:util, prints help, runs a
// command, and turns AppErrors into one readable line and a non-zero exit code.
import { parseArgs } from 'node:util';
import { isAppError } from '../errors.ts';
import { type Command, commands } from './commands.ts';

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    'Usage: byline <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `byline <command> --help` for a command\'s options. Settings come from environment',
    'variables (PORT, HOST, DATABASE_URL, BYLINE_BASE_URL, BYLINE_DATA_DIR, …) or byline.config.json.',
  ].join('\n');
}

function commandHelp(name: string, command: Command): string {
  const lines = [`Usage: ${command.usage}`, '', command.summary];
  const options = Object.entries(command.options ?? {});
  if (options.length > 0) lines.push('', 'Options:', ...options.map(([option, spec]) => `  --${option}  ${spec.description}${spec.required ? ' (required)' : ''}`));
  lines.push('  --help  show this help');
  return lines.join('\n');
}

/** A command is one word (`migrate`) or two (`user create`); the rest are its options. */
function findCommand(argv: string[]): { name: string; command: Command; rest: string[] } | undefined {
  const [first = '', second, ...more] = argv;
  const pair = second !== undefined ? commands[`${first} ${second}`] : undefined;
  if (pair) return { name: `${first} ${second}`, command: pair, rest: more };
  const single = commands[first];
  return single && { name: first, command: single, rest: argv.slice(1) };
}

export async function main(argv: string[]): Promise<number | 'running'> {
  const [first] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    console.log(help());
    return 0;
  }
  const found = findCommand(argv);
  if (!found) {
    const group = Object.keys(commands).filter((name) => name.startsWith(`${first} `));
    if (group.length === 0) {
      console.error(`byline: unknown command "${first}".\n\n${help()}`);
      return 2;
    }
    const second = argv[1];
    if (second === '--help' || second === '-h') {
      console.log(help());
      return 0;
    }
    const problem = second === undefined || second.startsWith('-') ? 'needs a subcommand' : `has no subcommand "${second}"`;
    console.error(`byline ${first} ${problem}: use ${group.map((name) => `byline ${name}`).join(' or ')}.\n\n${help()}`);
    return 2;
  }
  const { name, command, rest } = found;
  let values: Record<string, string | boolean | undefined>;
  try {
    let positionals: string[];
    ({ values, positionals } = parseArgs({ args: rest, options: { ...(command.options ?? {}), help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: command.argument !== undefined }));
    // A command's one argument (`byline import wordpress export.xml`) is read as the option it names.
    if (command.argument && positionals.length > 1) throw new Error(`expects one ${command.argument.toUpperCase()}, got ${positionals.length}`);
    if (command.argument && positionals[0] !== undefined) values[command.argument] = positionals[0];
  } catch (error) {
    console.error(`byline ${name}: ${(error as Error).message}\n\n${commandHelp(name, command)}`);
    return 2;
  }
  if (values.help) {
    console.log(commandHelp(name, command));
    return 0;
  }
  const missing = Object.entries(command.options ?? {}).filter(([option, spec]) => spec.required && (values[option] === undefined || values[option] === ''));
  if (missing.length > 0) {
    console.error(`byline ${name}: ${missing.map(([option]) => `--${option}`).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} required.\n\n${commandHelp(name, command)}`);
    return 2;
  }
  try {
    return await command.run(values);
  } catch (error) {
    if (isAppError(error)) {
      console.error(`byline ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

const result = await main(process.argv.slice(2));
if (result !== 'running') {
  process.exitCode = result;
  // A cluster's child that is done (or failed to start) lets go of its IPC channel, which would
  // otherwise keep it alive, so the primary sees it exit.
  if (process.connected) process.disconnect();
}
