// What a command can fail with, and how it talks: shared by cli.ts and every command module.

/** A mistake in how the command was called: exit 2. */
export class UsageError extends Error {}

/** Bad input data or files: exit 1, one line naming the file, the line and the problem. */
export class InputError extends Error {}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type Command = (args: string[], io: Io) => Promise<number>;
