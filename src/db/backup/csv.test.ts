import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { sampleRows } from './backup-test-data.ts'
import { checkInsToCsv } from './check-ins-csv.ts'
import { csvCell, toCsv } from './csv.ts'

describe('CSV', () => {
  it('quotes cells holding quotes, commas or line breaks, and doubles the quotes', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('she said "hi"')).toBe('"she said ""hi"""')
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"')
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"')
    expect(csvCell(' padded ')).toBe('" padded "')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(3)).toBe('3')
  })

  it('stops a cell from running as a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("http://example.invalid")')).toBe(
      `"'=HYPERLINK(""http://example.invalid"")"`,
    )
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\t=1')).toBe("'\t=1")
    expect(csvCell('a=1')).toBe('a=1')
  })

  it('starts with a byte order mark and ends each line with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('\uFEFFa,b\r\n1,2\r\n')
  })

  it('writes one line per check-in under plain headings', () => {
    const csv = checkInsToCsv(sampleRows().checkIns, i18nFor('en'))
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]).toBe(
      'Date and time,Mood (1 lowest to 5 best),Feelings,What was going on,Note,Did not feel safe,' +
        'Life satisfaction (0 to 10),Worthwhile (0 to 10),Happiness (0 to 10),Anxiety (0 to 10),Changed on',
    )
    expect(lines[1]).toBe(
      '2026-01-10T08:30:00.000Z,2,worried; tired,school; sleep,' +
        '"Maths test, ""big"" one, = stressful\nSlept badly",,5,6,4,,',
    )
    expect(lines[2]).toBe('2026-01-11T19:00:00.000Z,4,,friends,,,,,,,2026-01-12T09:00:00.000Z')
    expect(lines[3]).toBe('')
  })

  it('heads the check-ins in Welsh for a Welsh page', () => {
    const [heading] = checkInsToCsv(sampleRows().checkIns, i18nFor('cy')).split('\r\n')
    expect(heading).toBe(
      '\uFEFFDyddiad ac amser,Hwyliau (1 isaf i 5 gorau),Teimladau,Beth oedd yn digwydd,Nodyn,' +
        'Ddim yn teimlo’n ddiogel,Bodlonrwydd â bywyd (0 i 10),Gwerth chweil (0 i 10),' +
        'Hapusrwydd (0 i 10),Gorbryder (0 i 10),Newidiwyd ar',
    )
  })
})
