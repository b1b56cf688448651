/**
 * `${serverURL}/${locale}${path}?preview=1`: the real public page, which shows signed-in staff
 * the latest draft (src/editorial/preview.ts). Null when the document has no public path yet.
 */
export function previewUrl(serverURL: string, locale: string, path: string | null): string | null {
  if (!path) return null
  return `${serverURL.replace(/\/$/, '')}/${locale}${path}?preview=1`
}
