import { describe, expect, it } from 'vitest'

import { lexicalText, readingMinutes, readingMinutesOfText } from '@/content/readingTime'

function lexical(paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
    },
  }
}

describe('reading time', () => {
  it('is 0 minutes for an empty or missing body', () => {
    expect(readingMinutes(null)).toBe(0)
    expect(readingMinutes(lexical([]))).toBe(0)
    expect(readingMinutesOfText('   ')).toBe(0)
  })

  it('rounds a short English text up to 1 minute', () => {
    expect(readingMinutesOfText('A short note about heart care in Tokyo.')).toBe(1)
  })

  it('counts English at about 220 words a minute', () => {
    const words = Array.from({ length: 1100 }, (_, i) => `word${i}`).join(' ')
    expect(readingMinutesOfText(words)).toBe(5)
  })

  it('counts Japanese by characters, about 500 a minute', () => {
    expect(readingMinutesOfText('日本の医療'.repeat(300))).toBe(3) // 1,500 characters
  })

  it('adds Latin words mixed into Japanese text', () => {
    const text = `${'検査'.repeat(500)} ${Array.from({ length: 440 }, () => 'MRI').join(' ')}`
    expect(readingMinutesOfText(text)).toBe(4) // 1,000 characters (2 min) + 440 words (2 min)
  })

  it('finds words in Thai, which is written without spaces', () => {
    expect(readingMinutesOfText('โรงพยาบาลในญี่ปุ่นต้อนรับผู้ป่วยต่างชาติ'.repeat(100))).toBeGreaterThanOrEqual(2)
  })

  it('reads the text of every paragraph of a Lexical document', () => {
    const body = lexical(['First paragraph.', 'Second paragraph.'])
    expect(lexicalText(body)).toBe('First paragraph.\nSecond paragraph.')
    const long = lexical(Array.from({ length: 20 }, () => Array.from({ length: 33 }, () => 'care').join(' ')))
    expect(readingMinutes(long)).toBe(3) // 660 words
  })
})
