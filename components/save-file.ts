/** Saves a blob made in the page as a download named `name` (the browser's own download flow). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a later revoke frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
