import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

/** Collections whose records hang off a hospital through their `hospital` field. */
export const hospitalOwnedCollections: CollectionSlug[] = ['care-packages', 'media']

/**
 * Deleting a hospital must never silently destroy what hangs off it. While anything
 * still refers to it the delete is refused with a 409 that says to suspend instead.
 */
export const refuseDeleteWhileRecordsHang: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of hospitalOwnedCollections) {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { hospital: { equals: id } },
      req,
      // Counting must see every record, not only those the deleting user may read.
      overrideAccess: true,
    })
    if (totalDocs > 0) {
      throw new APIError(
        `This hospital still has ${totalDocs} record(s) in "${collection}". Set its verification status to "suspended" instead of deleting it.`,
        409,
        undefined,
        true,
      )
    }
  }
}
