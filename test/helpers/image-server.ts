// Tiny real images and a 127.0.0.1 server that serves them (and some bad answers) for image tests:
// /ok.png is an image, /page.html is not, /big.png claims more than Ecwid's 20 Mb, /missing is 404.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A 1x1 transparent PNG. */
export const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
/** A minimal JPEG signature is enough for the sandbox's check. */
export const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9])

export interface ImageServer {
  /** e.g. http://127.0.0.1:PORT (no trailing slash). */
  origin: string
  /** Paths requested so far, with their method ("HEAD /ok.png"). */
  hits: string[]
  close(): Promise<void>
}

export async function serveImages(): Promise<ImageServer> {
  const hits: string[] = []
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    hits.push(`${req.method ?? 'GET'} ${path}`)
    const send = (type: string, body: Buffer, length = body.length): void => {
      res.writeHead(200, { 'content-type': type, 'content-length': String(length) })
      res.end(req.method === 'HEAD' ? undefined : body)
    }
    if (/^\/ok\d*\.png$/.test(path)) send('image/png', PNG_1PX)
    else if (path === '/photo.jpg') send('image/jpeg', JPEG_BYTES)
    else if (path === '/page.html') send('text/html; charset=utf-8', Buffer.from('<html>not an image</html>'))
    else if (path === '/big.png' && req.method === 'HEAD') send('image/png', PNG_1PX, 25 * 1024 * 1024)
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((r) => {
      server.close(() => r())
      server.closeAllConnections()
    })
  }
}
