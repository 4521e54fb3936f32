// The home page: the whole report, with a report picker and the layout switch. Theme and
// locale come from the header (site.ts); the readout shows the card's state and last event.
import { fillReportPicker, initialReportUrl, rememberReport } from './reports.js';
import { watchStates } from './site.js';

const report = document.getElementById('report');
const picker = document.getElementById('demo-report');
const layout = document.getElementById('demo-layout');

if (report && picker instanceof HTMLSelectElement && layout instanceof HTMLSelectElement) {
  document.getElementById('demo-controls')?.addEventListener('submit', (event) => event.preventDefault());
  fillReportPicker(picker, initialReportUrl());
  report.setAttribute('src', picker.value);
  picker.addEventListener('change', () => {
    report.setAttribute('src', picker.value);
    rememberReport(picker.value);
  });
  layout.value = report.getAttribute('layout') ?? 'full';
  layout.addEventListener('change', () => report.setAttribute('layout', layout.value));

  const main = document.getElementById('main');
  if (main) watchStates(main, document.getElementById('demo-states'), document.getElementById('demo-last-event'));
}
