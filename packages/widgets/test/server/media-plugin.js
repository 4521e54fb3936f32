// A test-runner command to emulate `forced-colors: active` (the built-in emulateMedia
// command knows only colour scheme, reduced motion and media type; puppeteer's
// emulateMediaFeatures refuses forced-colors, so this speaks CDP directly). Firefox, driven
// over WebDriver BiDi, has no such emulation: there the command answers false and the tests
// skip their forced-colours runs.
export function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.name !== 'Chrome') return false;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const value = payload?.active ? 'active' : 'none';
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
