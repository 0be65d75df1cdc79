// Tiny flag parser shared by the benchmark scripts: --name value and --flag.
export function benchArgs(argv: string[] = process.argv.slice(2)): { num(name: string, fallback: number): number; flag(name: string): boolean } {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  return {
    num(name, fallback) {
      const v = get(name)
      const n = v === undefined ? fallback : Number(v)
      if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number ≥ 0`)
      return n
    },
    flag: (name) => argv.includes(`--${name}`)
  }
}
