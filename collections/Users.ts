import type { CollectionConfig } from 'payload'

import { platformAdminField, platformAdminOnly, readStaffUsers, selfOrPlatformAdmin } from '@/access'
import { staffRoles, type StaffRole } from '@/access/roles'

const roleLabels: Record<StaffRole, { en: string; ja: string }> = {
  'platform-admin': { en: 'Platform admin', ja: 'プラットフォーム管理者' },
  editor: { en: 'Editor', ja: '編集者' },
  'hospital-admin': { en: 'Hospital admin', ja: '病院管理者' },
  'hospital-staff': { en: 'Hospital staff', ja: '病院スタッフ' },
}

/** Staff who sign in to /admin: government and operator staff, editors, hospital teams. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'Staff user', ja: 'スタッフ' }, plural: { en: 'Staff users', ja: 'スタッフ' } },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'], group: { en: 'Settings', ja: '設定' } },
  access: {
    read: readStaffUsers,
    create: platformAdminOnly,
    update: selfOrPlatformAdmin,
    delete: platformAdminOnly,
    // Payload's default lets any signed-in staff user unlock any account, which would undo the
    // brute-force lockout above for anyone holding a staff login.
    unlock: platformAdminOnly,
    admin: ({ req }) => Boolean(req.user && req.user.collection === 'users'),
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['hospital-staff'],
      options: staffRoles.map((value) => ({ value, label: roleLabels[value] })),
      // Nobody grants themselves a role: only platform admins assign roles and hospitals.
      access: { create: platformAdminField, update: platformAdminField },
      saveToJWT: true,
    },
    {
      name: 'hospitals',
      type: 'relationship',
      relationTo: 'hospitals',
      hasMany: true,
      access: { create: platformAdminField, update: platformAdminField },
      saveToJWT: true,
      admin: { description: 'Hospitals a hospital admin or staff member works for.' },
    },
    {
      name: 'preferredLanguage',
      type: 'select',
      defaultValue: 'ja',
      options: [
        { value: 'ja', label: '日本語' },
        { value: 'en', label: 'English' },
      ],
    },
  ],
}
