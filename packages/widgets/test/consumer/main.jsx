// A React 19 app using ticker-widgets as an app would: the package through a bundler, the report
// fetched by the app and handed to the elements as a property, their events handled in React.
//
// React 19's rules for a custom element (a tag with a dash), which this app relies on:
//   - a prop is set as a property when the element has one of that name (`name in element`),
//     otherwise as an attribute. So the elements must be defined before React creates them:
//     the package is imported first, and `data={report}` sets the `data` property;
//   - a prop whose name starts with `on` and whose value is a function is added with
//     addEventListener(name without `on`), case kept: `onreport-load` listens for `report-load`
//     (`onReport-load` would listen for `Report-load`, which never fires). A `Capture` suffix
//     makes it a capture listener.
import 'ticker-widgets';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [report, setReport] = useState();
  const [status, setStatus] = useState('waiting for the report');
  const [cardStatus, setCardStatus] = useState('card waiting');
  const [picked, setPicked] = useState('no peer picked');

  useEffect(() => {
    const controller = new AbortController();
    fetch('report.json', { signal: controller.signal })
      .then((response) => response.json())
      .then(setReport)
      .catch((error) => controller.signal.aborted || setStatus(`fetch failed: ${error.message}`));
    return () => controller.abort();
  }, []);

  return (
    <main>
      <h1>ticker-widgets in React 19</h1>
      <p id="status" role="status">
        {status}
      </p>
      <p id="card-status">{cardStatus}</p>
      <p id="picked">{picked}</p>

      <momentum-bars
        id="bars"
        theme="light"
        data={report}
        onreport-load={(event) => setStatus(`loaded ${event.detail.report.ticker.symbol}`)}
        onreport-error={(event) => setStatus(`error: ${event.detail.error.message}`)}
      />

      <peer-table
        id="peers"
        data={report}
        onpeer-select={(event) => {
          // Route inside the app instead of following the link.
          event.preventDefault();
          setPicked(`picked ${event.detail.symbol}`);
        }}
      />

      <ticker-report
        id="card"
        locale="de-DE"
        data={report}
        onreport-load={(event) => {
          // The inner elements' report-load events cross the card's shadow root too (retargeted
          // to the card); the first node of the composed path tells the card's own apart.
          if (event.composedPath()[0] === event.currentTarget) setCardStatus(`card loaded ${event.detail.report.ticker.symbol}`);
        }}
      />
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
