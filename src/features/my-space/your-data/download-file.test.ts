import { afterEach, describe, expect, it, vi } from 'vitest'
import { datedFileName, downloadFile } from './download-file.ts'

describe('downloads', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('names files by the local date', () => {
    expect(datedFileName('harbour-export', 'json', new Date(2026, 2, 2, 23, 30))).toBe(
      'harbour-export-2026-03-02.json',
    )
  })

  it('hands the file to the browser through a link, then lets the URL go', () => {
    vi.useFakeTimers()
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:harbour/2')
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this)
    })
    downloadFile('about-me.html', '<p>Hi</p>', 'text/html')
    expect(created.mock.calls[0]?.[0]).toMatchObject({ type: 'text/html', size: 9 })
    expect(clicked[0]?.download).toBe('about-me.html')
    expect(clicked[0]?.getAttribute('href')).toBe('blob:harbour/2')
    expect(clicked[0]?.isConnected).toBe(false)
    expect(revoked).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(revoked).toHaveBeenCalledWith('blob:harbour/2')
  })
})
