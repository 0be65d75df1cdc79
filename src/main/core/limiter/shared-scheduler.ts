// Schedulers that share their token's budget with the other processes on one data folder.
// No electron import.
import { createScheduler, type ManagedScheduler, type SchedulerOptions } from './scheduler'
import { openBudgetLedger, type BudgetLedger, type BudgetLedgerOptions } from './shared-budget'

/**
 * The ledger is an addition to each process's own window, which still holds alone: a data folder
 * that cannot take the file (read-only, damaged) costs the cross-process guarantee, not the command.
 */
export function tryOpenBudgetLedger(dataDir: string, opts: BudgetLedgerOptions): BudgetLedger | null {
  try {
    return openBudgetLedger(dataDir, opts)
  } catch {
    return null
  }
}

/** One CLI command's scheduler: counts against the same window as the app and other CLI jobs; dispose() frees the ledger. */
export function createCliScheduler(dataDir: string, opts: SchedulerOptions = {}): ManagedScheduler {
  const ledger = tryOpenBudgetLedger(dataDir, { role: 'cli', windowMs: opts.windowMs })
  const scheduler = createScheduler({ ...opts, shared: ledger?.budgetFor() })
  return {
    ...scheduler,
    dispose() {
      scheduler.dispose()
      ledger?.close()
    }
  }
}
