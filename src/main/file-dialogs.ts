// The FileDialogs port's Electron implementation: native open/save dialogs, modal to the main window.
// Kept outside core (it imports electron); core/csv/file-dialogs.ts holds the port and its test double.
import { dialog, type BrowserWindow } from 'electron'
import type { FileDialogs } from './core/csv/file-dialogs'

const CSV_FILTERS = [
  { name: 'CSV files', extensions: ['csv', 'txt', 'tsv'] },
  { name: 'All files', extensions: ['*'] }
]

// Ecwid accepts JPG, PNG and GIF (shared/model/product-images.ts).
const IMAGE_FILTERS = [{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'gif'] }]

export function createElectronFileDialogs(window: () => BrowserWindow | null): FileDialogs {
  return {
    async openCsv() {
      const options = { title: 'Import a CSV file', properties: ['openFile' as const], filters: CSV_FILTERS }
      const win = window()
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
    async openImage() {
      const options = { title: 'Add an image', properties: ['openFile' as const], filters: IMAGE_FILTERS }
      const win = window()
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
    async saveCsv(defaultName) {
      const options = { title: 'Export to CSV', defaultPath: defaultName, filters: CSV_FILTERS.slice(0, 1) }
      const win = window()
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return r.canceled || !r.filePath ? null : r.filePath
    }
  }
}
