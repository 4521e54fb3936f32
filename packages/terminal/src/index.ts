// ticker-terminal as a library: the CLI entry point, for embedding and tests.
export { main, USAGE, UsageError, InputError, type Io } from './cli.js';
