import { APIError, ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionBeforeValidateHook } from 'payload'

import { relationId } from '@/access/roles'

import type { Slot } from '../../payload-types'

import { highestTakenPlace } from './places'
import { normaliseSlotDate } from './slotRule'

/**
 * A slot belongs to its package's hospital, whatever the editor sent; the hospital owner field's
 * validation then refuses a package of a hospital the user does not belong to.
 */
export const setHospitalFromPackage: CollectionBeforeValidateHook<Slot> = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const packageId = relationId(data.package ?? originalDoc?.package)
  if (!packageId) return data
  // Read without access: the owner of any package is needed to refuse a foreign one below.
  const pkg = await req.payload.findByID({ collection: 'care-packages', id: packageId, depth: 0, req, overrideAccess: true, disableErrors: true })
  return { ...data, hospital: pkg ? relationId(pkg.hospital) : undefined }
}

export const normaliseSlotDay: CollectionBeforeValidateHook<Slot> = ({ data }) => {
  if (data?.date) {
    try {
      return { ...data, date: normaliseSlotDate(data.date) }
    } catch {
      return data
    }
  }
  return data
}

/**
 * Places are numbered 1..capacity, so capacity may not go below the highest place taken, and a
 * slot with bookings keeps its date and package (the bookings copy them).
 */
export const refuseCapacityBelowTakenPlaces: CollectionBeforeChangeHook<Slot> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const highest = await highestTakenPlace(req.payload, String(originalDoc.id), req)
  if (highest === 0) return data
  const errors: { path: string; message: string }[] = []
  if (typeof data.capacity === 'number' && data.capacity < highest) {
    errors.push({
      path: 'capacity',
      message: `Place ${highest} of this slot is already booked: capacity cannot be lower than ${highest}. Cancel bookings first to reduce it.`,
    })
  }
  if (data.date && new Date(data.date).toISOString().slice(0, 10) !== new Date(originalDoc.date).toISOString().slice(0, 10)) {
    errors.push({ path: 'date', message: 'This slot has bookings: its date cannot change. Create a new slot instead.' })
  }
  if (data.package && relationId(data.package) !== relationId(originalDoc.package)) {
    errors.push({ path: 'package', message: 'This slot has bookings: its package cannot change.' })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'slots', errors })
  return data
}

export const refuseDeletingTakenSlot: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const highest = await highestTakenPlace(req.payload, String(id), req)
  if (highest > 0) throw new APIError('This slot has bookings: cancel them before deleting the slot.', 409, null, true)
}
