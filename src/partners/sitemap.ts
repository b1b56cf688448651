/**
 * Public partner pages: the list (verified partners have no page of their own; the request
 * list and registration are behind sign-in).
 */
export async function partnersSitemapEntries(): Promise<{ rest: string; lastModified?: string }[]> {
  return [{ rest: '/partners' }]
}
