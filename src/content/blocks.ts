import type { Block } from 'payload'

/**
 * The blocks a site page is built from. Each is plain, structured text so the page renders
 * the same semantic HTML (headings, ordered steps, a description list of questions) in every
 * language, and editors cannot break the layout.
 */
const heading = { name: 'heading', type: 'text', required: true } as const

export const heroBlock: Block = {
  slug: 'hero',
  labels: { singular: { en: 'Hero', ja: 'ヒーロー' }, plural: { en: 'Heroes', ja: 'ヒーロー' } },
  fields: [
    { name: 'heading', type: 'text' },
    { name: 'text', type: 'textarea' },
  ],
}

export const richTextBlock: Block = {
  slug: 'richText',
  labels: { singular: { en: 'Text', ja: 'テキスト' }, plural: { en: 'Texts', ja: 'テキスト' } },
  fields: [
    { name: 'heading', type: 'text' },
    { name: 'content', type: 'richText', required: true },
  ],
}

export const stepsBlock: Block = {
  slug: 'steps',
  labels: { singular: { en: 'Steps', ja: '手順' }, plural: { en: 'Steps', ja: '手順' } },
  fields: [
    heading,
    { name: 'intro', type: 'textarea' },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'text', type: 'textarea' },
      ],
    },
  ],
}

export const faqBlock: Block = {
  slug: 'faq',
  labels: { singular: { en: 'Questions and answers', ja: 'よくある質問' }, plural: { en: 'Questions and answers', ja: 'よくある質問' } },
  fields: [
    heading,
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'question', type: 'text', required: true },
        { name: 'answer', type: 'textarea', required: true },
      ],
    },
  ],
}

export const checklistBlock: Block = {
  slug: 'checklist',
  labels: { singular: { en: 'Checklist', ja: 'チェックリスト' }, plural: { en: 'Checklists', ja: 'チェックリスト' } },
  fields: [
    heading,
    { name: 'intro', type: 'textarea' },
    { name: 'items', type: 'array', minRows: 1, fields: [{ name: 'text', type: 'text', required: true }] },
  ],
}

export const contactPointsBlock: Block = {
  slug: 'contactPoints',
  labels: { singular: { en: 'Contact points', ja: '連絡先' }, plural: { en: 'Contact points', ja: '連絡先' } },
  fields: [
    heading,
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'label', type: 'text', required: true },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'email',
          options: [
            { value: 'email', label: { en: 'E-mail', ja: 'メール' } },
            { value: 'phone', label: { en: 'Phone', ja: '電話' } },
            { value: 'url', label: { en: 'Web address', ja: 'ウェブサイト' } },
            { value: 'text', label: { en: 'Text', ja: 'テキスト' } },
          ],
        },
        { name: 'value', type: 'text', required: true },
        { name: 'note', type: 'text' },
      ],
    },
  ],
}

export const callToActionBlock: Block = {
  slug: 'callToAction',
  labels: { singular: { en: 'Call to action', ja: '行動喚起' }, plural: { en: 'Calls to action', ja: '行動喚起' } },
  fields: [
    heading,
    { name: 'text', type: 'textarea' },
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true },
        {
          name: 'href',
          type: 'text',
          required: true,
          admin: { description: { en: 'A site path without the language (/hospitals) or a full https:// address.', ja: '言語なしのサイト内パス（/hospitals）または https:// から始まるURL。' } },
          validate: (value: string | null | undefined) =>
            !value || /^\/(?!\/)/.test(value) || /^https:\/\//.test(value) || 'Use a path starting with / or an https:// address.',
        },
      ],
    },
  ],
}

export const pageBlocks: Block[] = [heroBlock, richTextBlock, stepsBlock, faqBlock, checklistBlock, contactPointsBlock, callToActionBlock]
