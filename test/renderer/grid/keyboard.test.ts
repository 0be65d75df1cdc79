// Key -> command mapping: spreadsheet navigation, editing and shortcuts on both platforms.
import { describe, expect, it } from 'vitest'
import { commandFor, isMacPlatform, type KeyInput } from '../../../src/renderer/src/components/grid/keyboard'

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods })

describe('commandFor', () => {
  it('maps arrows to moves, shift to extend and the platform modifier to edge jumps', () => {
    expect(commandFor(key('ArrowDown'), false)).toEqual({ type: 'move', dir: 'down', extend: false })
    expect(commandFor(key('ArrowLeft', { shiftKey: true }), false)).toEqual({ type: 'move', dir: 'left', extend: true })
    expect(commandFor(key('ArrowUp', { ctrlKey: true }), false)).toEqual({ type: 'edge', dir: 'up', extend: false })
    expect(commandFor(key('ArrowRight', { metaKey: true, shiftKey: true }), true)).toEqual({ type: 'edge', dir: 'right', extend: true })
  })

  it('maps Home/End, Ctrl+Home/End, PageUp/Down and Tab', () => {
    expect(commandFor(key('Home'), false)).toEqual({ type: 'rowStart', extend: false })
    expect(commandFor(key('End', { shiftKey: true }), false)).toEqual({ type: 'rowEnd', extend: true })
    expect(commandFor(key('Home', { ctrlKey: true }), false)).toEqual({ type: 'gridStart', extend: false })
    expect(commandFor(key('End', { metaKey: true }), true)).toEqual({ type: 'gridEnd', extend: false })
    expect(commandFor(key('PageDown'), false)).toEqual({ type: 'page', dir: 'down', extend: false })
    expect(commandFor(key('Tab', { shiftKey: true }), false)).toEqual({ type: 'tab', backwards: true })
  })

  it('maps editing keys', () => {
    expect(commandFor(key('Enter'), false)).toEqual({ type: 'edit' })
    expect(commandFor(key('F2'), false)).toEqual({ type: 'edit' })
    expect(commandFor(key('Delete'), false)).toEqual({ type: 'clear' })
    expect(commandFor(key('Backspace'), true)).toEqual({ type: 'clear' })
    expect(commandFor(key('Escape'), false)).toEqual({ type: 'escape' })
    expect(commandFor(key('x'), false)).toEqual({ type: 'type', text: 'x' })
    expect(commandFor(key('7', { shiftKey: true }), false)).toEqual({ type: 'type', text: '7' })
    expect(commandFor(key('é', { altKey: true }), true)).toEqual({ type: 'type', text: 'é' })
  })

  it('maps undo/redo/fill-down/select-all with Ctrl elsewhere and Cmd on macOS', () => {
    expect(commandFor(key('z', { ctrlKey: true }), false)).toEqual({ type: 'undo' })
    expect(commandFor(key('Z', { ctrlKey: true, shiftKey: true }), false)).toEqual({ type: 'redo' })
    expect(commandFor(key('y', { ctrlKey: true }), false)).toEqual({ type: 'redo' })
    expect(commandFor(key('z', { metaKey: true }), true)).toEqual({ type: 'undo' })
    expect(commandFor(key('z', { metaKey: true, shiftKey: true }), true)).toEqual({ type: 'redo' })
    expect(commandFor(key('d', { ctrlKey: true }), false)).toEqual({ type: 'fillDown' })
    expect(commandFor(key('a', { metaKey: true }), true)).toEqual({ type: 'selectAll' })
  })

  it('leaves clipboard shortcuts, the other platform modifier and unknown keys to the browser', () => {
    expect(commandFor(key('c', { ctrlKey: true }), false)).toBeNull()
    expect(commandFor(key('v', { metaKey: true }), true)).toBeNull()
    expect(commandFor(key('z', { ctrlKey: true }), true)).toBeNull()
    expect(commandFor(key('z', { metaKey: true }), false)).toBeNull()
    expect(commandFor(key('Shift', { shiftKey: true }), false)).toBeNull()
    expect(commandFor(key('F5'), false)).toBeNull()
  })

  it('detects macOS from the platform string', () => {
    expect(isMacPlatform('MacIntel')).toBe(true)
    expect(isMacPlatform('Win32')).toBe(false)
    expect(isMacPlatform('Linux x86_64')).toBe(false)
  })
})
