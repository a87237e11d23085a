import { main } from '@takar/cli';
process.exitCode = await main(process.argv.slice(2));
