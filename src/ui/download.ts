// The one way the page saves a file: a temporary object URL (or a data URL from a chart) clicked
// as a link. Nothing leaves the browser.

/** Saves `content` (text, or a `data:` URL) under `name`. */
export function download(name: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const dataUrl = content.startsWith('data:');
  const url = dataUrl ? content : URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download.
  if (!dataUrl) setTimeout(() => URL.revokeObjectURL(url), 1000);
}
