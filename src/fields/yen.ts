import type { NumberField } from 'payload'

/** An amount in Japanese yen. Yen has no minor unit, so amounts are whole numbers. */
export function yenField(name: string, options: { required?: boolean; label?: string } = {}): NumberField {
  return {
    name,
    type: 'number',
    required: options.required ?? false,
    min: 0,
    label: options.label,
    admin: { description: 'Japanese yen (whole yen, no decimals).', step: 1000 },
    validate: (value: number | null | undefined) => {
      if (value === null || value === undefined) return options.required ? 'An amount in yen is required.' : true
      if (!Number.isInteger(value)) return 'Yen amounts are whole numbers (yen has no minor unit).'
      if (value < 0) return 'An amount cannot be negative.'
      return true
    },
  }
}
