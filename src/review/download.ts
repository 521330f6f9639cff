// Exports leave the review page as files the reader downloads; both tabs use this.
/** Saves text as a file through a blob URL and `<a download>`: no downloads permission needed. */
export function download(data: string | Uint8Array<ArrayBuffer>, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Firefox starts the download after click() returns; revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
