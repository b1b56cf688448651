import type { TaskConfig } from 'payload'

/** Outbox delivery. */
export const notificationTasks: TaskConfig[] = []
