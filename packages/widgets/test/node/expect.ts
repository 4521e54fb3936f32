// Under Node (vitest), `@open-wc/testing` is this: the pure modules' tests use only its chai
// `expect`, which vitest's expect also speaks, and mocha's describe/it, which vitest's globals
// provide.
export { expect } from 'vitest';
