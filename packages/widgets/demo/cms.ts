// The CMS example's only script, standing in for the production bundle
// (<script type="module" src=".../dist/ticker-widgets.js">): it loads the library from source
// so the dev server can serve it, and does nothing else.
import '../src/index.js';
