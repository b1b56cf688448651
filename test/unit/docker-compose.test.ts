import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

interface Healthcheck {
  test?: string | string[]
}
interface Service {
  image?: string
  build?: string | { context?: string; dockerfile?: string }
  command?: string | string[]
  environment?: Record<string, string> | string[]
  ports?: (string | { target?: number; published?: string | number })[]
  depends_on?: string[] | Record<string, { condition?: string }>
  healthcheck?: Healthcheck
  volumes?: (string | { type?: string; source?: string; target?: string })[]
}
interface Compose {
  services: Record<string, Service>
  volumes?: Record<string, unknown>
}

const composeText = read('docker-compose.yml')
const compose = parse(composeText) as Compose
const dockerfile = read('Dockerfile')
const envExample = read('.env.example')

function service(name: string): Service {
  const found = compose.services[name]
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`)
  return found
}

function environment(svc: Service): Record<string, string> {
  if (Array.isArray(svc.environment)) {
    return Object.fromEntries(svc.environment.map((entry) => [entry.split('=')[0] ?? '', entry.split('=').slice(1).join('=')]))
  }
  return svc.environment ?? {}
}

/** Volume mounts as { source, target }, whether written short (`src:/target`) or long. */
function mounts(svc: Service): { source: string; target: string }[] {
  return (svc.volumes ?? []).map((volume) => {
    if (typeof volume === 'string') {
      const [source = '', target = ''] = volume.split(':')
      return { source, target }
    }
    return { source: volume.source ?? '', target: volume.target ?? '' }
  })
}

function namedVolumeAt(svc: Service, target: string): string | undefined {
  const mount = mounts(svc).find((m) => m.target === target)
  // A named volume has a bare name as its source, not a host path.
  if (!mount || /^[./~]/.test(mount.source)) return undefined
  return mount.source
}

function healthTest(svc: Service): string {
  const test = svc.healthcheck?.test
  return Array.isArray(test) ? test.join(' ') : (test ?? '')
}

/** Names of variables interpolated with ${NAME}, ${NAME:-default} or ${NAME:?message}. */
function interpolated(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{([A-Z_][A-Z0-9_]*)/g)].map((m) => m[1] ?? ''))]
}

/** Names documented in .env.example, set (NAME=…) or shown commented out (# NAME=…). */
const documented = new Set([...envExample.matchAll(/^#?\s*([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1] ?? ''))

describe('docker-compose.yml (production shape)', () => {
  it('defines the app, MongoDB and Meilisearch services', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['app', 'mongo', 'meilisearch']))
  })

  it('builds the app from the Dockerfile and publishes port 3000', () => {
    const app = service('app')
    const build = typeof app.build === 'string' ? { context: app.build } : app.build
    expect(build?.context).toBe('.')
    expect(build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile')
    const targets = (app.ports ?? []).map((port) =>
      typeof port === 'string' ? Number(port.split(':').at(-1)) : Number(port.target),
    )
    expect(targets).toContain(3000)
  })

  it('starts the app only once MongoDB and Meilisearch are healthy', () => {
    const dependsOn = service('app').depends_on
    expect(Array.isArray(dependsOn)).toBe(false)
    const conditions = dependsOn as Record<string, { condition?: string }>
    expect(conditions.mongo?.condition).toBe('service_healthy')
    expect(conditions.meilisearch?.condition).toBe('service_healthy')
  })

  it('points the app at the replica set, the search service and a media volume', () => {
    const app = service('app')
    const env = environment(app)
    expect(env.DATABASE_URI).toBe('mongodb://mongo:27017/kakehashi?replicaSet=rs0')
    expect(env.MEILI_HOST).toBe('http://meilisearch:7700')
    expect(env.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY(:\?|\?)/)
    expect(env.MEDIA_DIR).toBe('/app/data/media')
    expect(env.SERVER_URL).toMatch(/^\$\{SERVER_URL/)
    expect(namedVolumeAt(app, '/app/data/media')).toBeTruthy()
  })

  it('refuses to start the app without PAYLOAD_SECRET', () => {
    // ${VAR:?message} makes compose stop with the message instead of starting with an empty secret.
    expect(environment(service('app')).PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?.+\}$/)
  })

  it('runs MongoDB as a replica set with a health check and a named data volume', () => {
    const mongo = service('mongo')
    expect(mongo.image).toMatch(/^mongo:\d/)
    const command = Array.isArray(mongo.command) ? mongo.command.join(' ') : (mongo.command ?? '')
    expect(command).toMatch(/--replSet\s+rs0\b/)
    expect(healthTest(mongo)).toContain('rs.initiate')
    expect(healthTest(mongo)).toContain("host: 'mongo:27017'")
    const volume = namedVolumeAt(mongo, '/data/db')
    expect(volume).toBeTruthy()
    expect(Object.keys(compose.volumes ?? {})).toContain(volume)
  })

  it('runs a pinned Meilisearch with a master key, a health check and a named data volume', () => {
    const meili = service('meilisearch')
    expect(meili.image).toMatch(/^getmeili\/meilisearch:v1\.\d+/)
    const env = environment(meili)
    expect(env.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY:\?.+\}$/)
    expect(env.MEILI_ENV).toBe('production')
    expect(healthTest(meili)).toContain('/health')
    const volume = namedVolumeAt(meili, '/meili_data')
    expect(volume).toBeTruthy()
    expect(Object.keys(compose.volumes ?? {})).toContain(volume)
  })

  it('declares every named volume it mounts', () => {
    const declared = Object.keys(compose.volumes ?? {})
    for (const svc of Object.values(compose.services)) {
      for (const { source } of mounts(svc)) {
        if (!/^[./~]/.test(source)) expect(declared).toContain(source)
      }
    }
  })

  it('documents in .env.example every variable it reads from the environment', () => {
    const used = interpolated(composeText)
    expect(used).toEqual(expect.arrayContaining(['PAYLOAD_SECRET', 'MEILI_MASTER_KEY', 'SERVER_URL']))
    expect(used.filter((name) => !documented.has(name))).toEqual([])
  })

  it('documents in .env.example every variable it sets for the app', () => {
    const names = Object.keys(environment(service('app')))
    expect(names.filter((name) => !documented.has(name))).toEqual([])
  })
})

describe('Dockerfile', () => {
  const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)].map((m) => ({
    image: m[1] ?? '',
    name: m[2],
  }))

  it('has several stages, each on Node 24', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2)
    const stageNames = new Set(stages.map((stage) => stage.name))
    for (const stage of stages) {
      // A stage may build on an earlier one; every base image must still be Node 24.
      if (!stageNames.has(stage.image)) expect(stage.image).toMatch(/^node:24[.\-]/)
    }
  })

  it('installs from the lockfile, builds Next.js and starts with npm start as a non-root user', () => {
    expect(dockerfile).toMatch(/\bnpm ci\b/)
    expect(dockerfile).toMatch(/\bnext build\b/)
    const runner = dockerfile.slice(dockerfile.search(/^FROM\s+\S+(\s+AS\s+\S+)?\s*$(?![\s\S]*^FROM)/m))
    expect(runner).toMatch(/^USER\s+(?!root\b)\S+/m)
    expect(runner).toMatch(/NODE_ENV=production/)
    expect(runner).toMatch(/^EXPOSE\s+3000\b/m)
    expect(runner).toMatch(/^HEALTHCHECK\s/m)
    expect(runner).toMatch(/^CMD\s+\["npm",\s*"start"\]/m)
    for (const dir of ['node_modules', '.next', 'collections', 'src', 'migrations', 'locales', 'payload.config.ts']) {
      expect(runner).toContain(dir)
    }
  })

  it('keeps dependencies, build output, local data and git out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
    for (const entry of ['node_modules', '.next', 'data', '.git', 'test-results', '.env']) {
      expect(ignored).toContain(entry)
    }
  })
})
