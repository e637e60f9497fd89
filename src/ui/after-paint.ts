// The scheduling helper lives with the state that uses it too; components keep this path.
export { afterPaint } from '../state/after-paint.ts';
