#!/usr/bin/env node
/**
 * `spritepal`: the command-line tool on the same core as the extension. Exit status: 0 success,
 * 1 failure (one line on stderr), 2 wrong usage.
 */
import { Command, CommanderError } from 'commander';
import { CliFailure } from './cli/cliFailure';
import { compressCommand } from './cli/compressCommand';
import { decompressCommand } from './cli/decompressCommand';
import { extractCommand } from './cli/extractCommand';
import { infoCommand } from './cli/infoCommand';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

function buildProgram(): Command {
  const program = new Command('spritepal')
    .description('SNES ROM hacking tools for HAL-compressed graphics. Offsets are ROM offsets (copier header excluded): 0x1A2B3C, 1A2B3C, #123456 (decimal), or a bus address such as $C1:8000.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const command of [infoCommand(), decompressCommand(), compressCommand(), extractCommand()]) program.addCommand(command.exitOverride());
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has already printed the help or the usage error.
      return e.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    const message = e instanceof CliFailure ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    process.stderr.write(`spritepal: ${message.split('\n')[0]}\n`);
    return EXIT_FAILURE;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
