// B2 worker body, appended to papaparse.min.js's text and started from a Blob URL.
// papaparse sets its own onmessage when it finds itself in a worker; ours, assigned later, wins.
/* global Papa */
self.onmessage = async (event) => {
  try {
    const started = performance.now();
    const text = await event.data.text();
    const result = Papa.parse(text, { delimiter: ',' });
    let rows = result.data.length;
    const last = result.data[rows - 1];
    if (last && last.length === 1 && last[0] === '') rows--;
    const ms = performance.now() - started;
    self.postMessage({ ms, rows: rows - 1, errors: result.errors.length });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
