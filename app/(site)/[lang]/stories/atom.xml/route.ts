import { storiesFeedResponse } from '@/content/feeds'

// Stories are published without a rebuild: the feed is read on request (and cached briefly by clients).
export const dynamic = 'force-dynamic'

/** Atom 1.0 feed of the published stories in one language. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }): Promise<Response> {
  return storiesFeedResponse((await params).lang, 'atom')
}
