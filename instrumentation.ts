/**
 * Runs once when the Next.js server boots. Starting Payload here with `cron: true` starts the
 * jobs queue's timer at boot, so index syncs and other queued work run even before the first
 * admin or API request reaches this process.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
