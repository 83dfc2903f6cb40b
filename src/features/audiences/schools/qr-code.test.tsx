import { render, screen } from '@testing-library/react'
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { QrCode, qrPath } from './qr-code.tsx'

describe('qrPath', () => {
  it('draws each run of dark modules in a row as one rectangle', () => {
    const path = qrPath([
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ])
    expect(path).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z')
  })
})

describe('QrCode', () => {
  it('is an image named by the link it holds', () => {
    render(<QrCode value="https://harbour.example/help" />)
    const image = screen.getByRole('img', { name: 'QR code for https://harbour.example/help' })
    expect(image.tagName.toLowerCase()).toBe('svg')
  })

  it('draws every dark module of the code, with a quiet zone around it', () => {
    const value = 'https://harbour.example/tools/breathing'
    const { container } = render(<QrCode value={value} />)
    const code = encode(value, { ecc: 'M', border: 4 })
    const svg = container.querySelector('svg')!
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${code.size} ${code.size}`)
    expect(svg.querySelector('path')?.getAttribute('d')).toBe(qrPath(code.data))
    expect(code.data[0]?.every((dark) => !dark)).toBe(true)
  })

  it('changes when the link changes', () => {
    const { container, rerender } = render(<QrCode value="https://harbour.example/help" />)
    const before = container.querySelector('path')?.getAttribute('d')
    rerender(<QrCode value="https://harbour.example/self-help?topic=sleep" />)
    expect(container.querySelector('path')?.getAttribute('d')).not.toBe(before)
    expect(
      screen.getByRole('img', {
        name: 'QR code for https://harbour.example/self-help?topic=sleep',
      }),
    ).toBeInTheDocument()
  })
})
