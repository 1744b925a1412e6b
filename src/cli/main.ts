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
  if (options.length > 0) lines.push('', 'Options:', ...options.map(([option, spec]) => `  --${option}  ${spec.description}`));
  lines.push('  --help  show this help');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number | 'running'> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`byline: unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: rest, options: { ...(command.options ?? {}), help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    console.error(`byline ${name}: ${(error as Error).message}\n\n${commandHelp(name, command)}`);
    return 2;
  }
  if (values.help) {
    console.log(commandHelp(name, command));
    return 0;
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
if (result !== 'running') process.exitCode = result;
