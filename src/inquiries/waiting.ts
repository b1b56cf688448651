/**
 * How long a patient has waited, for the hospital's inbox: "3 h 20 min", "2 d 4 h", "5 min".
 * The admin speaks English or Japanese; Intl's narrow units keep it short in both.
 */
export function formatWaiting(since: string | Date | null | undefined, locale: string, now: Date = new Date()): string {
  if (!since) return ''
  const start = typeof since === 'string' ? new Date(since) : since
  if (Number.isNaN(start.getTime())) return ''
  const minutesTotal = Math.max(0, Math.floor((now.getTime() - start.getTime()) / 60_000))
  const days = Math.floor(minutesTotal / 1440)
  const hours = Math.floor((minutesTotal % 1440) / 60)
  const minutes = minutesTotal % 60
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'narrow' }).format(value)
  const parts = days > 0 ? [unit(days, 'day'), hours > 0 ? unit(hours, 'hour') : ''] : hours > 0 ? [unit(hours, 'hour'), unit(minutes, 'minute')] : [unit(minutes, 'minute')]
  return parts.filter(Boolean).join(' ')
}
