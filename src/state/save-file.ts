// The one way the page saves a file: a temporary object URL (or a data URL from a chart) clicked
// as a link. Nothing leaves the browser.

/** Saves `content` (a blob as it is, text as `type`, or a `data:` URL) under `name`. */
export function saveFile(name: string, content: Blob | string, type = 'text/csv;charset=utf-8'): void {
  const dataUrl = typeof content === 'string' && content.startsWith('data:') ? content : null;
  const url =
    dataUrl ?? URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the URL after click() returns, and revoking at
  // once can cancel the download.
  if (!dataUrl) setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
