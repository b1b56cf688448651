import type { Access, Where } from 'payload'

import { isPlatformStaff } from '@/access/roles'

import type { ContentReadMode } from './preview'

/**
 * Editorial content: platform staff (editors, admins) read every version, drafts included;
 * everybody else, over REST, GraphQL, the Local API with a user and the public pages, only
 * the published document.
 */
export const readPublishedContent: Access = ({ req }) =>
  isPlatformStaff(req.user) ? true : { _status: { equals: 'published' } }

/** Editors and platform admins write government content. */
export const writeEditorialContent: Access = ({ req }) => isPlatformStaff(req.user)

/**
 * The version history (drafts included) at /api/<collection>/versions: platform staff only.
 * Payload's default would let any signed-in account, a patient's too, read every draft.
 */
export const readEditorialVersions: Access = ({ req }) => isPlatformStaff(req.user)

/**
 * What public lists show: published and not archived. Access already limits visitors to
 * published documents; lists say so themselves so they stay public-only whatever access becomes.
 */
export const listedToVisitors: Where = {
  and: [{ _status: { equals: 'published' } }, { workflowStatus: { not_equals: 'archived' } }],
}

/** How a visitor reads editorial content: the published document, as nobody in particular. */
export const visitorMode: ContentReadMode = { draft: false, user: null }
