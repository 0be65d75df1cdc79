// Starts the worker (bench/budget-worker.ts) twice at once against one sandbox token and data folder,
// and counts the sandbox's 429s. Shared by `npm run bench:budget` and test/integration/limiter.
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface TwoProcessRun {
  apiBase: string
  storeId: number
  token: string
  dataDir: string
  requestsEach: number
  limit: number
  windowMs: number
  margin: number
  shared: boolean
}

export interface WorkerResult {
  requests: number
  rateLimited: number
  elapsedMs: number
}

const root = join(__dirname, '..')

function runWorker(run: TwoProcessRun): Promise<WorkerResult> {
  const env = {
    ...process.env,
    BUDGET_API_BASE: run.apiBase,
    BUDGET_STORE_ID: String(run.storeId),
    BUDGET_TOKEN: run.token,
    BUDGET_DATA_DIR: run.dataDir,
    BUDGET_REQUESTS: String(run.requestsEach),
    BUDGET_LIMIT: String(run.limit),
    BUDGET_WINDOW_MS: String(run.windowMs),
    BUDGET_MARGIN: String(run.margin),
    BUDGET_SHARED: run.shared ? '1' : '0'
  }
  const tsx = join(root, 'node_modules', '.bin', 'tsx')
  const child = spawn(tsx, ['--tsconfig', join(root, 'tsconfig.node.json'), join(root, 'bench', 'budget-worker.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stdout.on('data', (c: Buffer) => (out += String(c)))
  child.stderr.on('data', (c: Buffer) => (err += String(c)))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`budget worker exited with ${code}: ${err.trim()}`))
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as WorkerResult)
    })
  })
}

export function runTwoProcesses(run: TwoProcessRun): Promise<[WorkerResult, WorkerResult]> {
  return Promise.all([runWorker(run), runWorker(run)])
}
