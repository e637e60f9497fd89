// How the dashboard is laid out on this device: which sections are folded and how dense the cards
// are. Remembered in localStorage (a preference of the device, not of the workspace or the link).
import { MediaQuery } from 'svelte/reactivity';

export const LAYOUT_STORAGE_KEY = 'yardstick.dashboard-layout';
export type Density = 'compact' | 'full';
/** The dashboard's sections, in the order they stand. */
export type SectionKey =
  'revenue' | 'retention' | 'acquisition' | 'engagement' | 'satisfaction' | 'financial' | 'custom' | 'inputs';

/** Inputs are the arithmetic's raw material: folded until someone asks for them. */
const FOLDED_BY_DEFAULT: readonly SectionKey[] = ['inputs'];
/** Compact cards from this width up; narrower screens show one full card per row anyway. */
export const COMPACT_FROM_PX = 1100;

interface Stored {
  folded?: Partial<Record<SectionKey, boolean>>;
  density?: Density;
}

function read(storage: Storage | undefined): Stored {
  try {
    const raw = storage?.getItem(LAYOUT_STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Stored) : {};
  } catch {
    // Blocked or damaged storage: the defaults still give a working dashboard.
    return {};
  }
}

export class DashboardLayout {
  #stored: Stored = $state({});
  readonly #storage: Storage | undefined;
  readonly #wide: () => boolean;

  constructor(storage: Storage | undefined, wide: () => boolean) {
    this.#storage = storage;
    this.#wide = wide;
    this.#stored = read(storage);
  }

  folded(key: SectionKey): boolean {
    return this.#stored.folded?.[key] ?? FOLDED_BY_DEFAULT.includes(key);
  }

  setFolded(key: SectionKey, folded: boolean): void {
    this.#stored.folded = { ...this.#stored.folded, [key]: folded };
    this.#save();
  }

  /** The chosen density, else compact on wide screens. */
  get density(): Density {
    return this.#stored.density ?? (this.#wide() ? 'compact' : 'full');
  }

  setDensity(density: Density): void {
    this.#stored.density = density;
    this.#save();
  }

  #save(): void {
    try {
      this.#storage?.setItem(LAYOUT_STORAGE_KEY, JSON.stringify($state.snapshot(this.#stored)));
    } catch {
      // Not remembered for the next visit; the change itself still applies.
    }
  }
}

function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Below this width the period, compare and segment controls fold into one line and a sheet. */
export const PHONE_MAX_PX = 767;

// Without matchMedia (jsdom, old engines) the laptop layout applies.
const query = (q: string, fallback: boolean): { readonly current: boolean } =>
  typeof globalThis.matchMedia === 'function' ? new MediaQuery(q, fallback) : { current: fallback };

export const screens = {
  wide: query(`(min-width: ${COMPACT_FROM_PX}px)`, true),
  phone: query(`(max-width: ${PHONE_MAX_PX}px)`, false),
};

export const dashboardLayout = new DashboardLayout(localStore(), () => screens.wide.current);
