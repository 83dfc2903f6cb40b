import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LineChart } from './line-chart.tsx'

describe('LineChart', () => {
  it('is one image named by its summary, with its labels shown beside and below it', () => {
    const { container } = render(
      <LineChart
        summary="Your goal ratings: from 2 to 7."
        values={[2, null, 7]}
        levels={[
          { value: 10, label: '10' },
          { value: 0, label: '0' },
        ]}
        axisLabels={['1 May', '9 May']}
      />,
    )
    const chart = screen.getByRole('img', { name: 'Your goal ratings: from 2 to 7.' })
    expect(chart).toHaveTextContent('10')
    expect(chart).toHaveTextContent('9 May')
    // Two lone points: no line joins them across the gap, but both have a dot.
    expect(container.querySelectorAll('.line-chart__line')).toHaveLength(2)
    expect(container.querySelector('.line-chart__dots')?.getAttribute('d')).toMatch(/^M16.67 /)
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true')
  })
})
