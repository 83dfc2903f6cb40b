/**
 * Hands a file made on this device to the browser's downloads, with no server involved. The
 * object URL is released a little later: released at once, some browsers cancel the download.
 */
export function downloadFile(fileName: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** A file name with the person's local date, e.g. harbour-export-2026-03-02.json. */
export function datedFileName(stem: string, extension: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `${stem}-${day}.${extension}`
}
