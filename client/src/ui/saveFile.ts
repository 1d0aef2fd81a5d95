/** Hands a fetched file to the browser's own download, under its name. */
export function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the browser has taken it: revoked at once, Chromium may save nothing.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
