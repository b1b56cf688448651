import sharp from 'sharp'

import { seededRandom } from './random'

const WIDTH = 1200
const HEIGHT = 750

/** Sky hues that read as day, dusk or sunset rather than an arbitrary colour. */
const skyHues = [195, 205, 215, 225, 28, 340] as const

/**
 * An abstract illustration of a hospital (sky, sun, a building with the "H" map symbol),
 * different for every slug and the same on every run. Deliberately not a photo: the
 * hospitals are fictional. No red cross: its use is restricted by law in Japan.
 */
export async function hospitalIllustration(slug: string): Promise<Buffer> {
  const random = seededRandom(`${slug}:illustration`)
  const hue = random.pick(skyHues)
  const skyHigh = `hsl(${hue} 60% 62%)`
  const skyLow = `hsl(${(hue + 15) % 360} 55% 84%)`
  const ground = `hsl(${random.int(95, 150)} 28% 46%)`
  const wall = `hsl(${random.int(30, 60)} 25% 95%)`
  const glass = `hsl(${random.int(195, 230)} 35% 48%)`
  const sunX = random.int(120, WIDTH - 120)

  const floors = random.int(4, 8)
  const floorHeight = 52
  const columns = random.int(5, 8)
  const buildingWidth = columns * 60 + 40
  const buildingX = random.int(160, WIDTH - buildingWidth - 260)
  const buildingTop = HEIGHT - 150 - floors * floorHeight
  const windows: string[] = []
  for (let floor = 0; floor < floors; floor += 1) {
    for (let column = 0; column < columns; column += 1) {
      windows.push(
        `<rect x="${buildingX + 33 + column * 60}" y="${buildingTop + 18 + floor * floorHeight}" width="34" height="24" rx="3" fill="${glass}" opacity="0.6"/>`,
      )
    }
  }
  const signX = buildingX + buildingWidth / 2
  const wingWidth = random.int(160, 240)

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${skyHigh}"/>
      <stop offset="1" stop-color="${skyLow}"/>
    </linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  <circle cx="${sunX}" cy="140" r="70" fill="#fff6d5" opacity="0.85"/>
  <ellipse cx="${WIDTH / 2}" cy="${HEIGHT - 40}" rx="${WIDTH}" ry="150" fill="${ground}"/>
  <rect x="${buildingX + buildingWidth - 20}" y="${HEIGHT - 150 - 3 * floorHeight}" width="${wingWidth}" height="${3 * floorHeight + 10}" fill="${wall}" opacity="0.85"/>
  <rect x="${buildingX}" y="${buildingTop}" width="${buildingWidth}" height="${floors * floorHeight + 10}" fill="${wall}"/>
  ${windows.join('\n  ')}
  <rect x="${signX - 40}" y="${buildingTop - 95}" width="80" height="80" rx="12" fill="#1f5fa8"/>
  <rect x="${signX - 22}" y="${buildingTop - 80}" width="12" height="50" fill="#ffffff"/>
  <rect x="${signX + 10}" y="${buildingTop - 80}" width="12" height="50" fill="#ffffff"/>
  <rect x="${signX - 10}" y="${buildingTop - 61}" width="20" height="12" fill="#ffffff"/>
</svg>`

  return sharp(Buffer.from(svg)).png().toBuffer()
}
