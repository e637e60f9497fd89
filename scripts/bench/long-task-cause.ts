// What a long task was made of, from the Long Animation Frames that hold it: the scripts that ran
// in it (who called them, from which file) or, without a script, the frame's style and layout.
// A long task alone says only when and how long; the next step needs to know whose work it was.

export interface FrameScript {
  /** e.g. `DIV#app.onchange`, `TimerHandler:setTimeout`, `FrameRequestCallback`. */
  invoker: string;
  /** The script's file (its name only) and function, when the browser knows them. */
  source: string;
  start: number;
  durationMs: number;
  /** Style and layout the script forced by reading layout. */
  forcedMs: number;
}

/** One long animation frame (over 50 ms) as the page records it (probes.js). */
export interface LongFrame {
  start: number;
  end: number;
  /** The frame's own style and layout at its end (0 when it had none). */
  styleAndLayoutMs: number;
  scripts: FrameScript[];
}

const ms = (v: number): string => `${Math.round(v)} ms`;

/**
 * The scripts of `frames` that ran inside [start, start + duration], longest first, e.g.
 * "DIV#app.onchange (locale.js handle_event_propagation) 31 ms, forcing 5 ms of layout"; a task
 * with no script in it is the frame's rendering ("style and layout 23 ms"). Null when no
 * recorded frame overlaps the task (the browser had no Long Animation Frame timing).
 */
export function longTaskCause(start: number, duration: number, frames: readonly LongFrame[]): string | null {
  const end = start + duration;
  const around = frames.filter((f) => f.start <= end && f.end >= start);
  if (around.length === 0) return null;
  // A script starts inside its task (give or take the clocks' rounding); one starting as the task
  // ends is the next task's, e.g. the frame's callbacks after an event's task.
  const scripts = around
    .flatMap((f) => f.scripts)
    .filter((s) => s.start >= start - 1 && s.start < end - 1)
    .sort((a, b) => b.durationMs - a.durationMs);
  if (scripts.length === 0) {
    const layout = Math.max(...around.map((f) => f.styleAndLayoutMs));
    return layout > 0 ? `rendering: style and layout ${ms(layout)}` : 'no script and no layout reported';
  }
  return scripts
    .slice(0, 2)
    .map((s) => {
      const where = s.source ? ` (${s.source})` : '';
      const forced = s.forcedMs >= 1 ? `, forcing ${ms(s.forcedMs)} of style and layout` : '';
      return `${s.invoker}${where} ${ms(s.durationMs)}${forced}`;
    })
    .join('; ');
}
