// Saves text as a download: the browser saves it to Downloads (or asks), Electron shows its save dialog.
export function saveTextFile(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; keep it a moment for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
