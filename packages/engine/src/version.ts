/** The version of METHODOLOGY.md that the numbers follow; written into build.json. */
export const METHODOLOGY_VERSION = '1.0.0';
