// B2 worker body, appended to papaparse.min.js's text and started from a Blob URL.
// papaparse sets its own onmessage when it finds itself in a worker; ours, assigned later, wins.
/* global Papa */

// A file too large to hold as one string (V8 strings stop at ~536M characters) is parsed in the
// slices the import reads (1 MB), each slice's complete lines at a time. Bench files have no
// quoted line breaks, so cutting at the last newline never splits a record.
function parseSliced(file, sliceBytes) {
  return (async () => {
    const decoder = new TextDecoder();
    let carry = '';
    let rows = 0;
    let errors = 0;
    const parse = (text) => {
      if (text === '') return;
      const result = Papa.parse(text, { delimiter: ',' });
      let n = result.data.length;
      const last = result.data[n - 1];
      if (last && last.length === 1 && last[0] === '') n--;
      rows += n;
      errors += result.errors.length;
    };
    let next = file.slice(0, sliceBytes).arrayBuffer();
    for (let at = 0; at < file.size;) {
      const bytes = new Uint8Array(await next);
      at += bytes.length;
      if (at < file.size) next = file.slice(at, at + sliceBytes).arrayBuffer();
      const text = carry + decoder.decode(bytes, { stream: at < file.size });
      const cut = at < file.size ? text.lastIndexOf('\n') + 1 : text.length;
      parse(text.slice(0, cut));
      carry = text.slice(cut);
    }
    parse(carry);
    return { rows, errors };
  })();
}

self.onmessage = async (event) => {
  try {
    const { file, sliceBytes } = event.data;
    const started = performance.now();
    if (sliceBytes) {
      const { rows, errors } = await parseSliced(file, sliceBytes);
      self.postMessage({ ms: performance.now() - started, rows: rows - 1, errors, sliced: true });
      return;
    }
    const text = await file.text();
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
