// The reports the demo server has (one per JSON file in demo/reports/), by ticker.uuid.
// The server answers each at /terminal/<uuid>/report/api/, the path a real page embeds.

export interface DemoReport {
  uuid: string;
  symbol: string;
  name: string;
  /** What this report is good for trying out. */
  note: string;
}

export const REPORTS: readonly DemoReport[] = [
  {
    uuid: 'e63dc9d1-1c2d-4130-87b3-114324e9aeb9',
    symbol: '000657',
    name: 'China Tungsten and Hightech Materials',
    note: 'the seed report',
  },
  {
    uuid: 'fd834c40-5319-ccf1-884a-2af82552fbf9',
    symbol: 'ADTM',
    name: 'Adatum Biotherapeutics',
    note: 'extreme values',
  },
  {
    uuid: 'a65ee9de-6c6d-aa49-5633-ed2cc1be0b10',
    symbol: '7799',
    name: 'Kawasemi Precision Industries',
    note: 'a flat year',
  },
  {
    uuid: 'ea7f7301-c9b4-33b5-afc3-eec055c2d7f4',
    symbol: 'NWND',
    name: 'Northwind Traders',
    note: 'a downtrend',
  },
  {
    uuid: '82ed7a10-62ca-ccdd-5124-cd33788aa5c7',
    symbol: 'TLSP',
    name: 'Tailspin Toys',
    note: 'a sparse report',
  },
];

export const SEED = REPORTS[0];

/** The report API path of a uuid. */
export function reportUrl(uuid: string): string {
  return `/terminal/${uuid}/report/api/`;
}

/** The report a URL of the report API names, if it is one of ours. */
export function reportOf(src: string | null | undefined): DemoReport | undefined {
  const uuid = /\/terminal\/([0-9a-f-]+)\/report\/api\/?/i.exec(src ?? '')?.[1]?.toLowerCase();
  return REPORTS.find((report) => report.uuid === uuid);
}

/** A <select> of every report, its values being API paths. */
export function fillReportPicker(select: HTMLSelectElement, selected: string = reportUrl(SEED.uuid)): void {
  select.replaceChildren(
    ...REPORTS.map((report) => new Option(`${report.symbol} · ${report.name} (${report.note})`, reportUrl(report.uuid))),
  );
  select.value = selected;
  if (select.selectedIndex < 0) select.selectedIndex = 0;
}

/**
 * The report a page was opened with (`?report=<uuid>`), so a link can name one; else the seed.
 */
export function initialReportUrl(): string {
  const uuid = new URLSearchParams(location.search).get('report')?.toLowerCase();
  const report = REPORTS.find((candidate) => candidate.uuid === uuid) ?? SEED;
  return reportUrl(report.uuid);
}

/** Keeps `?report=<uuid>` in the address bar in step with the picker, without a reload. */
export function rememberReport(src: string): void {
  const report = reportOf(src);
  if (!report) return;
  const url = new URL(location.href);
  if (report === SEED) url.searchParams.delete('report');
  else url.searchParams.set('report', report.uuid);
  history.replaceState(history.state, '', url);
}
