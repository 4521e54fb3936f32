// Every command module, imported for its defineCommand() side effect. One line per command.
import './demo.js';
