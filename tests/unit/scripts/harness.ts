/**
 * A fresh happy-dom page per test for the inline scripts (./prefs.test.ts, ./app.test.ts): each
 * script adds listeners to its window, so sharing one window would run them twice. The page
 * gets a localStorage double and a controllable "prefers dark" media query.
 */
import { Window as HappyWindow } from 'happy-dom';
import { FakeStorage } from '../../support/fake-storage';

/** A media query list whose `matches` the test sets, firing `change` like a browser. */
export class FakeMediaQuery extends EventTarget {
  constructor(public matches: boolean) {
    super();
  }
  set(matches: boolean): void {
    this.matches = matches;
    this.dispatchEvent(new Event('change'));
  }
}

/** A browser window as the scripts see it, with its own constructors (Event, StorageEvent...). */
export type PageWindow = Window & typeof globalThis;

export interface TestPage {
  win: PageWindow;
  storage: FakeStorage;
  dark: FakeMediaQuery;
  /** Waits until the page has loaded and its timers and pending work are done. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export function openPage({
  stored = {},
  dark = false,
  storageBlocked = false,
}: {
  /** localStorage contents before the page loads. */
  stored?: Record<string, string>;
  /** Whether the device prefers a dark theme. */
  dark?: boolean;
  /** Reading `window.localStorage` throws, as in some private modes. */
  storageBlocked?: boolean;
} = {}): TestPage {
  const happy = new HappyWindow({ url: 'https://medmentor.test/medmentor/' });
  const win = happy as unknown as PageWindow;
  const storage = new FakeStorage(stored);
  const media = new FakeMediaQuery(dark);
  Object.defineProperty(win, 'localStorage', {
    configurable: true,
    get() {
      if (storageBlocked) throw new DOMException('The operation is insecure.', 'SecurityError');
      return storage;
    },
  });
  win.matchMedia = () => media as unknown as MediaQueryList;
  return {
    win,
    storage,
    dark: media,
    settle: () => happy.happyDOM.waitUntilComplete(),
    close: () => happy.happyDOM.close(),
  };
}

/** Runs built (minified) script text in a page, as the browser runs an inline script. */
export function runInline(win: Window, code: string): void {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the built inline script, which is what the browser does with it
  const script = new Function('window', code) as (win: Window) => void;
  script(win);
}
