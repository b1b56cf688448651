/**
 * Fails when a committed, generated file no longer matches the Payload config:
 *   - payload-types.ts                       (npm run generate:types)
 *   - app/(payload)/admin/importMap.js       (npm run generate:importmap)
 *   - migrations/ (a collection changed without a migration: npm run migrate:create -- <name>)
 *
 * Everything is regenerated in a scratch copy of the repository, so running the check
 * never touches the working tree (other people and a dev server may be using it).
 *
 * Plain Node 24 runs this file directly (type stripping): no path aliases, no enums.
 */
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

/** Build output, local data and secrets: none of it shapes the generated files. */
const skippedTopLevel = new Set([
  'node_modules',
  '.next',
  '.git',
  'data',
  'media',
  '.tmp',
  'coverage',
  'test-results',
  'playwright-report',
])
const skippedNames = /^(\.env(\..*)?|tsconfig\.tsbuildinfo|.*\.db(-shm|-wal)?)$/

interface Run {
  label: string
  code: number
  output: string
}

function payload(label: string, args: string[], cwd: string, env: Record<string, string | undefined>): Promise<Run> {
  const bin = path.join(root, 'node_modules', 'payload', 'bin.js')
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', (error) => resolve({ label, code: 1, output: `${output}\n${error.message}` }))
    child.on('close', (code) => resolve({ label, code: code ?? 1, output }))
  })
}

function readOrNull(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null
}

function migrationFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => /^\d{8}_\d{6}.*\.ts$/.test(name)) : []
}

/** The SQL statements of a generated migration's up(), so the failure shows what drifted. */
function upStatements(file: string): string {
  const source = readFileSync(file, 'utf8')
  const up = source.slice(source.indexOf('export async function up'), source.indexOf('export async function down'))
  const lines = [...up.matchAll(/sql`([^\n]*)/g)].map((match) => (match[1] ?? '').replace(/\\`/g, '`').replace(/`\)$/, ''))
  const shown = lines.slice(0, 12).map((line) => `      ${line}`)
  if (lines.length > shown.length) shown.push(`      … and ${lines.length - shown.length} more statements`)
  return shown.join('\n')
}

async function main(): Promise<number> {
  const started = Date.now()
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'kakehashi-check-generated-'))
  try {
    cpSync(root, scratch, {
      recursive: true,
      filter: (source) => {
        const relative = path.relative(root, source)
        if (!relative) return true
        const first = relative.split(path.sep)[0] ?? ''
        return !skippedTopLevel.has(first) && !skippedNames.test(path.basename(source))
      },
    })
    symlinkSync(realpathSync(path.join(root, 'node_modules')), path.join(scratch, 'node_modules'), 'dir')
    mkdirSync(path.join(scratch, 'data'), { recursive: true })

    const migrationsDir = path.join(scratch, 'migrations')
    const before = new Set(migrationFiles(migrationsDir))

    // ROOT_DIR and PAYLOAD_TS_OUTPUT_PATH would send the generated files elsewhere than the
    // scratch copy; NODE_ENV=production would demand production secrets.
    const inherited = Object.entries(process.env).filter(
      ([name]) => !['ROOT_DIR', 'PAYLOAD_TS_OUTPUT_PATH', 'NODE_ENV'].includes(name),
    )
    const env: Record<string, string | undefined> = {
      ...Object.fromEntries(inherited),
      // migrate:create diffs against the SQLite snapshot in migrations/, whatever database a
      // developer's shell points at; it never connects, but the adapter wants a path.
      DATABASE_URI: `file:${path.join(scratch, 'data', 'check-generated.db')}`,
      KAKEHASHI_MIGRATIONS_DIR: migrationsDir,
      NO_COLOR: '1',
    }

    const runs = await Promise.all([
      payload('generate:types', ['generate:types'], scratch, env),
      payload('generate:importmap', ['generate:importmap'], scratch, env),
      payload('migrate:create', ['migrate:create', 'drift-check', '--skip-empty'], scratch, env),
    ])

    const problems: string[] = []
    for (const run of runs) {
      if (run.code !== 0) {
        problems.push(`\`payload ${run.label}\` failed (exit ${run.code}):\n${run.output.trim().replace(/^/gm, '      ')}`)
      }
    }

    if (runs[0]?.code === 0) {
      const file = 'payload-types.ts'
      if (readOrNull(path.join(root, file)) !== readOrNull(path.join(scratch, file))) {
        problems.push(`${file} is out of date with the collections.\n    Run: npm run generate:types   (then commit ${file})`)
      }
    }
    if (runs[1]?.code === 0) {
      const file = path.join('app', '(payload)', 'admin', 'importMap.js')
      if (readOrNull(path.join(root, file)) !== readOrNull(path.join(scratch, file))) {
        problems.push(`${file} is out of date with the config.\n    Run: npm run generate:importmap   (then commit ${file})`)
      }
    }
    if (runs[2]?.code === 0) {
      const created = migrationFiles(migrationsDir).filter((name) => !before.has(name))
      for (const name of created) {
        problems.push(
          `The collections changed without a migration: the schema differs from the latest snapshot in migrations/.\n` +
            `    Run: npm run migrate:create -- <what-changed>   (then commit the files it writes in migrations/)\n` +
            `    The missing migration would run:\n${upStatements(path.join(migrationsDir, name))}`,
        )
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    if (problems.length) {
      console.error(`check:generated: ${problems.length} generated file(s) out of date (${seconds}s)\n`)
      for (const problem of problems) console.error(`  ✗ ${problem}\n`)
      return 1
    }
    console.log(`check:generated: payload-types.ts, importMap.js and migrations/ match the config (${seconds}s)`)
    return 0
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

process.exitCode = await main()
