/**
 * Response headers for an uploaded file served through Payload's file route: no browser guesses
 * another type, and a file that is HTML or SVG after all runs no script (sandboxed, no sources).
 * `cacheControl` says how long a copy may live and where; access-checked files are never `public`.
 */
export function sandboxedFileHeaders(cacheControl: 'private, no-store' | 'private, no-cache') {
  return ({ headers }: { headers: Headers }): Headers => {
    headers.set('Cache-Control', cacheControl)
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
    return headers
  }
}
