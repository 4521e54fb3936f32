// Issue 16: every element at a desktop width. Text sizes, text boxes and width; see
// describeLayout in ../helpers.ts for the rules. (375 and 1280 are separate files so each
// stays well inside the runner's time for one file.)
import '../../src/index.js';
import { describeLayout } from '../helpers.js';

describeLayout(1280, 900);
