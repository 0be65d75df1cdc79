// HTML from the store (descriptions) made safe to render: DOMPurify with forms, frames and inline
// styles removed too, so hostile markup can neither run script nor dress up as Stockroom's own UI.
import DOMPurify from 'dompurify'

let purifier: ReturnType<typeof DOMPurify> | null = null

export function sanitizeHtml(html: string): string {
  purifier ??= DOMPurify(window)
  return purifier.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
    ALLOW_DATA_ATTR: false
  })
}
