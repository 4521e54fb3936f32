/**
 * A module an element loads the first time it needs it (the radar of `<setup-scores>`,
 * `<price-chart>`'s view), so pages that never draw it do not download it. It loads once;
 * `load()` never rejects: a module that cannot be fetched is `failed`, and the element
 * draws what it can without it.
 */
export class OnDemand<M> {
  /** The module's exports, once in. */
  module?: M;
  /** Set when the import failed (offline, a host serving the bundle alone). */
  failed = false;
  private pending?: Promise<void>;

  constructor(private readonly importer: () => Promise<M>) {}

  /** Loads it, once; resolves when it is in or has failed. The server renderer awaits it before rendering. */
  load(): Promise<void> {
    return (this.pending ??= this.importer().then(
      (module) => {
        this.module = module;
      },
      () => {
        this.failed = true;
      },
    ));
  }

  /**
   * The module if it is in. Otherwise starts loading it (once) and has `host` redraw when it
   * arrives; after a failure it returns nothing and asks for no redraw, so an element that
   * draws without it renders once, not in a loop.
   */
  use(host: { requestUpdate(): void }): M | undefined {
    if (this.waiting) void this.load().then(() => host.requestUpdate());
    return this.module;
  }

  /** True while it has neither arrived nor failed. */
  get waiting(): boolean {
    return !this.module && !this.failed;
  }
}
