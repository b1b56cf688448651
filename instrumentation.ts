/**
 * Runs once when the Next.js server boots. Starting Payload here with `cron: true` starts the
 * jobs queue's timer at boot, so index syncs and other queued work run even before the first
 * admin or API request reaches this process; the search indexes (catalogue and knowledge hub) are filled in the background so
 * the first visitor's search does not wait for it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { ensureSearchReady }, { ensureUhcReady }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/search/bootstrap'),
    import('@/uhc/search/engine'),
  ])
  const payload = await getPayload({ config, cron: true })
  // A failure here is logged and retried on the first search; it must not stop the server.
  ensureSearchReady(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Search index warm-up failed' }))
  ensureUhcReady(payload).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Knowledge hub index warm-up failed' }))
}
