import type { TaskConfig } from 'payload'

/** Booking jobs (releasing expired holds). */
export const bookingTasks: TaskConfig[] = []
