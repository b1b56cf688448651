import { uhcFeedResponse } from '@/uhc/feed'

// Resources are published without a rebuild: the feed is read on request (and cached briefly by clients).
export const dynamic = 'force-dynamic'

/** Atom 1.0 feed of the published hub resources in one language. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }): Promise<Response> {
  return uhcFeedResponse((await params).lang, 'atom')
}
