/**
 * The site's paths for one security (SYSTEM.md): every link a report writes leads to a page or
 * a file the same build writes. All are absolute paths from the site's root, ending in `/`.
 */

/** The chart page: `/terminal/{uuid}/` (the report's `chart_url`). */
export function chartUrl(uuid: string): string {
  return `/terminal/${uuid}/`;
}

/** The report page: `/terminal/{uuid}/report/` (a peer's `url`). */
export function reportUrl(uuid: string): string {
  return `/terminal/${uuid}/report/`;
}

/** The report JSON: `/terminal/{uuid}/report/api/` (the report's `api_path`), served from its `index.json`. */
export function reportApiPath(uuid: string): string {
  return `/terminal/${uuid}/report/api/`;
}

/** The weekly history JSON: `/terminal/{uuid}/history/api/`, served from its `index.json`. */
export function historyApiPath(uuid: string): string {
  return `/terminal/${uuid}/history/api/`;
}

/** Where `build` writes the report inside DIR: `terminal/{uuid}/report/api/index.json`. */
export function reportFile(uuid: string): string {
  return `terminal/${uuid}/report/api/index.json`;
}

/** Where `build` writes the history inside DIR: `terminal/{uuid}/history/api/index.json`. */
export function historyFile(uuid: string): string {
  return `terminal/${uuid}/history/api/index.json`;
}
