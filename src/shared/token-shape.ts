// What an Ecwid access token looks like (secret_… or public_… then letters and digits). Pure; shared
// so the connect form can say so before sending, and main refuses anything else without a request.
export const TOKEN_SHAPE = /^(secret|public)_[A-Za-z0-9]+$/

/** Longest token the IPC schema accepts; real ones are far shorter. */
export const TOKEN_MAX_LENGTH = 200

export function looksLikeToken(text: string): boolean {
  const t = text.trim()
  return t.length <= TOKEN_MAX_LENGTH && TOKEN_SHAPE.test(t)
}
