import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work` in one database transaction on `req`: it joins the caller's when there is one,
 * otherwise opens, commits or rolls back its own. A change and what it causes (a payment row
 * and the booking it confirms, an inquiry and its consent and email) commit together or not at all.
 * `onRollback` undoes what the database cannot (files already written to disk).
 */
export async function withinTransaction<T>(
  req: PayloadRequest,
  work: () => Promise<T>,
  onRollback?: () => Promise<void>,
): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    await onRollback?.()
    throw error
  }
}
