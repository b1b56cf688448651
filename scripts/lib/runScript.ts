/**
 * Runs a command-line script's `main` and exits: 0 when it finished, 1 with a message that
 * says what failed (and the stack, for the next engineer) when it threw. `payload run`
 * keeps the process alive otherwise (database handles, job timers).
 */
export async function runScript(what: string, main: () => Promise<void>): Promise<never> {
  try {
    await main()
    process.exit(0)
  } catch (error) {
    console.error(`${what} failed: ${error instanceof Error ? error.message : String(error)}`)
    if (error instanceof Error && error.stack) console.error(error.stack)
    process.exit(1)
  }
}
