// axe over every element and state in dark (one file per mode: see test/a11y.ts).
import '../../src/index.js';
import { axeEveryState } from '../a11y.js';

axeEveryState('dark');
