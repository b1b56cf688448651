/**
 * Replaces Payload's own Publish and Unpublish buttons on editorial collections: content goes
 * live (and offline) only through the workflow actions in the sidebar, after a second editor's
 * approval, and every such move is audited. "Save draft" stays.
 */
export function WorkflowPublishButton() {
  return null
}

export function WorkflowUnpublishButton() {
  return null
}
