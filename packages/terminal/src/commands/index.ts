// Every command of ticker-terminal, by name. One line per command.
import type { Command } from '../errors.js';
import { runBuild } from './build.js';
import { demo } from './demo.js';
import { serve } from './serve.js';

export const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['build', runBuild],
  ['demo', demo],
  ['serve', serve],
]);
