// Import / Export screen state: the export choices and the import steps (file -> encoding/delimiter ->
// mapping -> report -> diff -> session). Files stay in main; this store only holds the opaque token.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type {
  CsvColumnMap, CsvDelimiterChoice, CsvEncodingChoice, CsvExportResult, CsvFileChoice, CsvFormatChoice, CsvGridView,
  CsvImportPlan, CsvImportResult, CsvInspection, CsvReadRequest, CsvResourceName
} from '@shared/model/csv'
import { api } from '../api'
import { errorText } from '../composables/useErrorText'
import { useImportPreviewStore } from './import-preview'

export type ImportStep = 'file' | 'mapping' | 'review' | 'done'

export const useCsvStore = defineStore('csv', () => {
  // Export
  const exportResource = ref<CsvResourceName>('products')
  const exportFormat = ref<CsvFormatChoice>('flat')
  const delimiter = ref<CsvDelimiterChoice>(',')
  const bom = ref(true)
  const decimalSeparator = ref<'.' | ','>('.')
  const scope = ref<'all' | 'view'>('all')
  /** Grid views the grids registered (their search, filters, sort and visible columns). */
  const gridViews = ref<Partial<Record<CsvResourceName, CsvGridView>>>({})
  const exported = ref<CsvExportResult | null>(null)
  const exportBusy = ref(false)
  const exportError = ref<string | null>(null)

  // Import
  const resource = ref<CsvResourceName>('products')
  /** undefined: detected from the file's header. */
  const format = ref<CsvFormatChoice | undefined>(undefined)
  const file = ref<CsvFileChoice | null>(null)
  const encoding = ref<CsvEncodingChoice | undefined>(undefined)
  const importDelimiter = ref<CsvDelimiterChoice | undefined>(undefined)
  const importDecimal = ref<'.' | ','>('.')
  const mapping = ref<CsvColumnMap>({})
  const allowCreate = ref(false)
  const inspection = ref<CsvInspection | null>(null)
  const plan = ref<CsvImportPlan | null>(null)
  const validOnly = ref(false)
  const sessionName = ref('')
  const result = ref<CsvImportResult | null>(null)
  const step = ref<ImportStep>('file')
  const busy = ref(false)
  const error = ref<string | null>(null)

  // Review step: CSV rows and fields the user rejected (never staged; main drops them before staging).
  const excludedRows = ref<number[]>([])
  const excludedFields = ref<string[]>([])
  /** Exact: per-field counts cover every change; row rejects can only touch rows shown in the diff. */
  const acceptedCount = computed(() => {
    const p = plan.value
    if (!p) return 0
    const rows = new Set(excludedRows.value)
    const fields = new Set(excludedFields.value)
    let rejected = 0
    for (const f of p.fieldCounts) if (fields.has(f.field)) rejected += f.changes
    for (const d of p.diff) if (rows.has(d.row) && !fields.has(d.field)) rejected++
    return p.changeCount - rejected
  })

  const canImport = computed(() => !!plan.value && acceptedCount.value > 0 && (plan.value.invalid === 0 || validOnly.value) && sessionName.value.trim() !== '')

  const rowOn = (row: number): boolean => !excludedRows.value.includes(row)
  const fieldOn = (field: string): boolean => !excludedFields.value.includes(field)
  function toggleRow(row: number): void {
    excludedRows.value = rowOn(row) ? [...excludedRows.value, row] : excludedRows.value.filter((r) => r !== row)
  }
  function toggleField(field: string): void {
    excludedFields.value = fieldOn(field) ? [...excludedFields.value, field] : excludedFields.value.filter((f) => f !== field)
  }
  function acceptAll(): void {
    excludedRows.value = []
    excludedFields.value = []
  }
  function rejectAll(): void {
    excludedFields.value = plan.value?.fieldCounts.map((f) => f.field) ?? []
  }

  function rememberView(r: CsvResourceName, view: CsvGridView | undefined): void {
    gridViews.value = { ...gridViews.value, [r]: view }
  }

  async function runExport(storeId: number): Promise<void> {
    exportBusy.value = true
    exportError.value = null
    exported.value = null
    try {
      const view = scope.value === 'view' ? gridViews.value[exportResource.value] : undefined
      exported.value = await api.exportCsv(storeId, {
        resource: exportResource.value,
        format: exportFormat.value,
        ...(view ? { view } : {}),
        options: { delimiter: delimiter.value, bom: bom.value, decimalSeparator: decimalSeparator.value }
      })
    } catch (e) {
      exportError.value = errorText(e)
    } finally {
      exportBusy.value = false
    }
  }

  function request(): CsvReadRequest {
    if (!file.value) throw new Error('no file')
    return {
      resource: resource.value,
      fileToken: file.value.fileToken,
      ...(format.value ? { format: format.value } : {}),
      ...(encoding.value ? { encoding: encoding.value } : {}),
      ...(importDelimiter.value ? { delimiter: importDelimiter.value } : {}),
      decimalSeparator: importDecimal.value,
      mapping: mapping.value,
      allowCreate: allowCreate.value
    }
  }

  async function guard(fn: () => Promise<void>): Promise<void> {
    busy.value = true
    error.value = null
    try {
      await fn()
    } catch (e) {
      error.value = errorText(e)
    } finally {
      busy.value = false
    }
  }

  /** Main's open dialog, then a first look at the file. */
  async function chooseFile(storeId: number): Promise<void> {
    await guard(async () => {
      const chosen = await api.chooseCsvFile()
      if (!chosen) return
      reset()
      file.value = chosen
      await inspect(storeId)
    })
  }

  async function inspect(storeId: number): Promise<void> {
    plan.value = null
    inspection.value = await api.inspectCsv(storeId, { ...request(), mapping: {} })
    // Start from what main matched (auto or remembered); the user's edits go on top.
    mapping.value = Object.fromEntries(inspection.value.mapping.map((m) => [m.header, m.field]))
    if (!format.value) format.value = inspection.value.format
    step.value = inspection.value.fatal ? 'file' : 'mapping'
  }

  const reinspect = (storeId: number): Promise<void> => guard(() => inspect(storeId))

  function setField(header: string, field: string | null): void {
    mapping.value = { ...mapping.value, [header]: field }
  }

  async function runPlan(storeId: number): Promise<void> {
    // A new check (another mapping, say) supersedes a preview of the previous one.
    useImportPreviewStore().close()
    await guard(async () => {
      plan.value = await api.planCsvImport(storeId, request())
      acceptAll()
      if (!sessionName.value) sessionName.value = `Import ${file.value?.name ?? ''}`.slice(0, 100)
      step.value = 'review'
    })
  }

  /** The checked file as a preview layer over its resource's grid; answers the route to open. */
  async function openInGrid(storeId: number): Promise<CsvResourceName | null> {
    const preview = useImportPreviewStore()
    // Back to a preview of this very check keeps the merchant's accept/reject choices.
    if (preview.preview && preview.storeId === storeId && preview.request?.fileToken === file.value?.fileToken) return preview.preview.resource
    let opened: CsvResourceName | null = null
    await guard(async () => {
      const p = await preview.open(storeId, request(), file.value?.name ?? 'the file')
      opened = p.resource
    })
    return opened
  }

  /** The grid's preview staged this file: the import is done here too (no second session from it). */
  function markImported(r: CsvImportResult): void {
    result.value = r
    step.value = 'done'
  }

  async function runImport(storeId: number): Promise<void> {
    await guard(async () => {
      const exclude = {
        ...(excludedRows.value.length > 0 ? { excludeRows: [...excludedRows.value] } : {}),
        ...(excludedFields.value.length > 0 ? { excludeFields: [...excludedFields.value] } : {})
      }
      const base = { ...request(), sessionName: sessionName.value.trim(), validOnly: validOnly.value, rememberMapping: true }
      result.value = await api.importCsv(storeId, Object.keys(exclude).length > 0 ? { ...base, exclude } : base)
      step.value = 'done'
    })
  }

  function reset(): void {
    useImportPreviewStore().close()
    file.value = null
    inspection.value = null
    plan.value = null
    result.value = null
    mapping.value = {}
    encoding.value = undefined
    importDelimiter.value = undefined
    validOnly.value = false
    sessionName.value = ''
    acceptAll()
    step.value = 'file'
    error.value = null
  }

  function setResource(r: CsvResourceName, f?: CsvFormatChoice): void {
    resource.value = r
    format.value = f
    reset()
  }

  return {
    exportResource, exportFormat, delimiter, bom, decimalSeparator, scope, gridViews, exported, exportBusy, exportError,
    resource, format, file, encoding, importDelimiter, importDecimal, mapping, allowCreate, inspection, plan, validOnly,
    sessionName, result, step, busy, error, canImport, excludedRows, excludedFields, acceptedCount,
    rememberView, runExport, chooseFile, reinspect, setField, runPlan, openInGrid, markImported, runImport, reset, setResource,
    rowOn, fieldOn, toggleRow, toggleField, acceptAll, rejectAll
  }
})
