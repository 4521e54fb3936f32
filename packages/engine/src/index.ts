// ticker-engine: securities and prices in, weekly reports out.
export { METHODOLOGY_VERSION } from './version.js';
