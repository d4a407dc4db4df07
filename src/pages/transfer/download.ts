/** Saves text as a file through the browser's download, which needs no permission. */
export function downloadText(text: string, mimeType: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking later leaves slow browsers time to read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
