// format/dates: Ecwid date patterns in the store's zone, and day bounds for date filters.
import { describe, expect, it } from 'vitest'
import { dateStyle, dayBound, formatDate, formatDateTime, formatPattern, toDateInput } from '../../../src/renderer/src/format/dates'

const T = Date.UTC(2024, 2, 5, 14, 7, 9) // Tue 5 March 2024 14:07:09 UTC

describe('formatPattern', () => {
  it('formats Java-style tokens in a given zone', () => {
    expect(formatPattern(T, 'yyyy-MM-dd HH:mm:ss', 'UTC')).toBe('2024-03-05 14:07:09')
    expect(formatPattern(T, 'MMM d, yyyy', 'UTC')).toBe('Mar 5, 2024')
    expect(formatPattern(T, 'EEEE, MMMM dd yy', 'UTC')).toBe('Tuesday, March 05 24')
    expect(formatPattern(T, 'hh:mm a', 'UTC')).toBe('02:07 PM')
    expect(formatPattern(T, "d.M.yyyy 'at' H:mm", 'UTC')).toBe('5.3.2024 at 14:07')
  })
  it('moves the calendar day with the store zone', () => {
    expect(formatPattern(T, 'yyyy-MM-dd HH:mm', 'Asia/Tokyo')).toBe('2024-03-05 23:07')
    expect(formatPattern(Date.UTC(2024, 2, 5, 20), 'yyyy-MM-dd', 'Asia/Tokyo')).toBe('2024-03-06')
  })
  it('survives an unknown zone name', () => {
    expect(formatPattern(T, 'yyyy', 'Not/AZone')).toBe('2024')
  })
  it('shows 12 for midnight and noon on a 12-hour clock', () => {
    expect(formatPattern(Date.UTC(2024, 0, 1, 0, 5), 'h:mm a', 'UTC')).toBe('12:05 AM')
    expect(formatPattern(Date.UTC(2024, 0, 1, 12, 5), 'h:mm a', 'UTC')).toBe('12:05 PM')
  })
})

describe('formatDate / formatDateTime', () => {
  it('uses the profile formats and falls back to ISO-like defaults', () => {
    expect(formatDate(T, dateStyle({ dateFormat: 'dd/MM/yyyy', timezone: 'UTC' }))).toBe('05/03/2024')
    expect(formatDateTime(T, dateStyle({ timezone: 'UTC' }))).toBe('2024-03-05 14:07')
    expect(formatDate(null, dateStyle(null))).toBe('')
  })
})

describe('day bounds', () => {
  it('covers a whole local day and rejects non-dates', () => {
    const start = dayBound('2024-03-05', 'start') as number
    const end = dayBound('2024-03-05', 'end') as number
    expect(end - start).toBe(24 * 3600 * 1000 - 1)
    expect(toDateInput(start)).toBe('2024-03-05')
    expect(toDateInput(end)).toBe('2024-03-05')
    expect(dayBound('2024-02-31', 'start')).toBeUndefined()
    expect(dayBound('yesterday', 'end')).toBeUndefined()
    expect(toDateInput(null)).toBe('')
  })
})
