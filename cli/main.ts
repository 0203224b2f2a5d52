import { run } from './opp-check';

const result = run(process.argv.slice(2));
if (result.out) process.stdout.write(`${result.out}\n`);
if (result.err) process.stderr.write(`${result.err}\n`);
process.exitCode = result.code;
