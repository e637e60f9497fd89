import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TextStyle } from '../../src/ui/fonts/later-text-styles.ts';
import { warmFonts } from '../../src/ui/fonts/warm-fonts.ts';

const STYLES: TextStyle[] = [
  { family: 'sans', size: '1.5rem', weight: 700 },
  { family: 'mono', size: '0.8125rem', weight: 500 },
  { family: 'system-ui, sans-serif', size: '12px', weight: 400 },
];

interface Laid {
  family: string;
  size: string;
  weight: string;
  text: string;
  hidden: boolean;
  inDocument: boolean;
}

/** What was in the document each time a line was laid out (read its size). */
let laid: Laid[];
let idle: Map<number, IdleRequestCallback>;
let nextId: number;

beforeEach(() => {
  laid = [];
  idle = new Map();
  nextId = 1;
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
    const span = this.querySelector('span')!;
    laid.push({
      family: span.style.fontFamily,
      size: span.style.fontSize,
      weight: span.style.fontWeight,
      text: span.textContent ?? '',
      hidden: this.getAttribute('aria-hidden') === 'true' && this.style.visibility === 'hidden',
      inDocument: this.isConnected,
    });
    return 1;
  });
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
    idle.set(nextId, cb);
    return nextId++;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => idle.delete(id));
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Runs the pending idle callback with `ms` of idle time left. */
function idleMoment(ms: number) {
  const [id, cb] = [...idle.entries()][0]!;
  idle.delete(id);
  cb({ didTimeout: false, timeRemaining: () => ms });
}

describe('warmFonts', () => {
  it('does nothing before the page is idle', () => {
    warmFonts(STYLES);
    expect(laid).toEqual([]);
    expect(idle.size).toBe(1);
  });

  it('lays out a hidden line in each style, in order, and leaves nothing in the page', () => {
    // Each line is quick: the whole moment's time is there for all three.
    vi.spyOn(performance, 'now').mockReturnValue(1_000);
    warmFonts(STYLES);
    idleMoment(50);
    expect(laid.map(({ family, size, weight }) => [family, size, weight])).toEqual([
      ['var(--font-sans)', '1.5rem', '700'],
      ['var(--font-mono)', '0.8125rem', '500'],
      ['system-ui, sans-serif', '12px', '400'],
    ]);
    expect(laid.every((l) => l.hidden && l.inDocument)).toBe(true);
    // Polish and Indonesian money are in the sample: their glyphs' fonts are found too.
    expect(laid[0]!.text).toContain('zł');
    expect(laid[0]!.text).toContain('Rp');
    expect(document.body.children).toHaveLength(0);
    expect(idle.size).toBe(0);
  });

  it('gives the moment back when little of it is left, and goes on in the next one', () => {
    vi.spyOn(performance, 'now').mockReturnValue(1_000);
    warmFonts(STYLES);
    idleMoment(1);
    expect(laid).toHaveLength(1);
    idleMoment(1);
    expect(laid).toHaveLength(2);
    idleMoment(1);
    expect(laid).toHaveLength(3);
    expect(idle.size).toBe(0);
  });

  it('gives the moment back after a slow line, however much of it was left', () => {
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    warmFonts(STYLES);
    idleMoment(50);
    expect(laid).toHaveLength(1);
    expect(idle.size).toBe(1);
  });

  it('stops when asked, between two moments', () => {
    const stop = warmFonts(STYLES);
    idleMoment(1);
    stop();
    expect(idle.size).toBe(0);
    expect(laid).toHaveLength(1);
  });

  it('lays nothing out while the app is busy, and goes on once it is not', () => {
    vi.useFakeTimers();
    vi.spyOn(performance, 'now').mockReturnValue(1_000);
    let busy = true;
    warmFonts(STYLES, { busy: () => busy });
    idleMoment(50);
    expect(laid).toHaveLength(0);
    // Asked again a while later, in an idle moment of its own.
    expect(idle.size).toBe(0);
    vi.advanceTimersByTime(250);
    idleMoment(50);
    expect(laid).toHaveLength(0);
    busy = false;
    vi.advanceTimersByTime(250);
    idleMoment(50);
    expect(laid).toHaveLength(3);
  });

  it('can be stopped while it waits for the app', () => {
    vi.useFakeTimers();
    const stop = warmFonts(STYLES, { busy: () => true });
    idleMoment(50);
    stop();
    vi.advanceTimersByTime(1_000);
    expect(idle.size).toBe(0);
    expect(laid).toHaveLength(0);
  });

  it('uses timers where the browser has no idle callbacks', () => {
    vi.unstubAllGlobals();
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    warmFonts(STYLES);
    expect(laid).toHaveLength(0);
    vi.advanceTimersByTime(50);
    expect(laid).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(laid).toHaveLength(3);
  });
});
