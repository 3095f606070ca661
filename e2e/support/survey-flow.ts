import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The seeded instruments' questions, read from the same JSON the API seeds from. */
export interface SeedQuestion {
  type: string;
  name: string;
  isRequired?: boolean;
  visibleIf?: string;
  choices?: Array<{ value: string }>;
  rateValues?: Array<{ value: number }>;
  rateMin?: number;
  rateMax?: number;
  rateCount?: number;
  inputType?: string;
  min?: number;
  max?: number;
}

export type SeedInstrument = 'patient' | 'clinician';

export function seedPages(instrument: SeedInstrument): SeedQuestion[][] {
  const json = JSON.parse(readFileSync(new URL(`../../api/src/instruments/seed/${instrument}-instrument.json`, import.meta.url), 'utf8')) as {
    pages: Array<{ elements: SeedQuestion[] }>;
  };
  return json.pages.map((page) => page.elements);
}

/** A deterministic answer for a question; `seed` varies it between participants. */
export function plannedAnswer(question: SeedQuestion, seed: number): unknown {
  switch (question.type) {
    case 'rating': {
      const values = question.rateValues?.map((item) => item.value) ?? range(question.rateMin ?? 1, question.rateMax ?? question.rateCount ?? 5);
      return values[(seed + question.name.length) % values.length];
    }
    case 'radiogroup': {
      const choices = question.choices ?? [];
      return choices[(seed + question.name.length) % choices.length]?.value;
    }
    case 'checkbox': {
      const choices = question.choices ?? [];
      const first = (seed + question.name.length) % choices.length;
      return [choices[first]?.value, choices[(first + 1) % choices.length]?.value].filter((value) => value !== undefined);
    }
    case 'comment':
      return `Opmerking ${seed} bij ${question.name}: AI mag helpen, maar de arts beslist.`;
    case 'text':
      return question.inputType === 'number' ? Math.min(question.max ?? 100, Math.max(question.min ?? 0, 80 + (seed % 10))) : `Text ${seed}`;
    default:
      return undefined;
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

/** Answers one question the way a participant does: by touching the choice, or typing. */
export async function answerQuestion(page: Page, question: SeedQuestion, value: unknown): Promise<void> {
  const root = page.locator(`.sd-question[data-name="${question.name}"]`);
  await root.waitFor();
  const choose = async (choice: unknown) => {
    const label = root.locator('label').filter({ has: page.locator(`input[value="${String(choice)}"]`) }).first();
    await label.scrollIntoViewIfNeeded();
    await label.tap();
  };
  switch (question.type) {
    case 'rating':
    case 'radiogroup':
      await choose(value);
      return;
    case 'checkbox':
      for (const choice of value as unknown[]) await choose(choice);
      return;
    case 'comment':
      await root.locator('textarea').fill(String(value));
      return;
    case 'text':
      await root.locator('input').fill(String(value));
      return;
    default:
      throw new Error(`no way to answer ${question.type} ${question.name}`);
  }
}

export async function answerPage(page: Page, questions: readonly SeedQuestion[], answers: Record<string, unknown>): Promise<void> {
  for (const question of questions) {
    if (!(question.name in answers)) continue;
    await answerQuestion(page, question, answers[question.name]);
  }
}

export async function nextPage(page: Page): Promise<void> {
  const progress = page.getByTestId('survey-progress');
  const before = await progress.getAttribute('data-page');
  await page.locator('.sd-navigation__next-btn').tap();
  await page.waitForFunction(
    (previous) => document.querySelector('[data-testid=survey-progress]')?.getAttribute('data-page') !== previous,
    before,
  );
}

export async function completeSurvey(page: Page): Promise<void> {
  await page.locator('.sd-navigation__complete-btn').tap();
  await page.getByTestId('thank-you').waitFor();
}

/** A tablet as in the waiting room: 820×1180, touch, the given browser locale. */
export function tabletContext(browser: Browser, locale: string, options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, ...options });
}

export async function signInOnTablet(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill('polyphony-demo');
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('current-user').waitFor();
}

/**
 * On /tablet-start: sets the PIN when none is set, registers a new patient, picks the patient
 * instrument and hands over. Returns the participant's code once the participant page is open.
 */
export async function handOverTablet(page: Page, baseUrl: string, pin: string, group = 'patient'): Promise<{ code: string; path: string }> {
  await page.goto(`${baseUrl}/tablet-start`);
  await page.getByTestId('tablet-start-heading').waitFor();
  await page.locator('[data-testid=kiosk-pin-status]').waitFor();
  if ((await page.getByTestId('kiosk-pin-status').getAttribute('data-set')) === 'false') {
    await page.getByTestId('kiosk-pin-input').fill(pin);
    await page.getByTestId('kiosk-pin-repeat').fill(pin);
    await page.getByTestId('kiosk-pin-save').click();
    await page.locator('[data-testid=kiosk-pin-status][data-set=true]').waitFor();
  }
  await page.getByTestId('tablet-participant-register-open').click();
  await page.getByTestId('tablet-participant-register-group').selectOption(group);
  await page.getByTestId('tablet-participant-register-submit').click();
  const chosen = page.locator('[data-testid=tablet-participant-option]:checked');
  await chosen.waitFor();
  const code = (await chosen.getAttribute('data-code')) ?? '';
  await page.getByTestId('handover-summary').waitFor();
  await page.getByTestId('start-tablet').click();
  await page.waitForURL(/\/tablet\/[A-Za-z0-9_-]+$/);
  return { code, path: new URL(page.url()).pathname };
}

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT', path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
}

/** Signs in over HTTP (fetch with the session and CSRF cookies), as the lead would from a script. */
export async function signInApi(baseUrl: string, email: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'polyphony-demo' }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
  const cookie = cookies.join('; ');
  const csrf = cookies.find((c) => c.startsWith('polyphony_csrf='))?.split('=')[1] ?? '';
  return {
    async get<T>(path: string) {
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie, accept: 'application/json' } });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      return (await response.json()) as T;
    },
    async send<T>(method: 'POST' | 'PUT', path: string, body?: unknown, headers: Record<string, string> = {}) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': decodeURIComponent(csrf), 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
    },
  };
}

export interface ServerResponse {
  id: string;
  participantId: string;
  status: 'in_progress' | 'completed';
  data: Record<string, unknown>;
  language: string;
  revision: number;
}

export async function participantIdOf(api: ApiSession, code: string): Promise<string> {
  const { items } = await api.get<{ items: Array<{ id: string; code: string }> }>(`/api/participants?search=${encodeURIComponent(code)}`);
  const match = items.find((item) => item.code === code);
  if (!match) throw new Error(`participant ${code} not found`);
  return match.id;
}

export async function responsesOf(api: ApiSession, participantId: string): Promise<ServerResponse[]> {
  const { items } = await api.get<{ items: ServerResponse[] }>(`/api/responses?participantId=${participantId}`);
  return items;
}

/**
 * Everything this origin keeps in the browser, as text: every IndexedDB database with all its
 * records (binary data as byte lists), local and session storage, and every Cache Storage entry
 * with its URL and body. An answer "left behind" shows up in this text.
 */
export async function dumpBrowserStorage(page: Page): Promise<{ text: string; indexedDbRecords: number; cacheUrls: string[] }> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    let indexedDbRecords = 0;
    const encode = (value: unknown): string =>
      JSON.stringify(value, (_key, item: unknown) => {
        if (item instanceof ArrayBuffer) return Array.from(new Uint8Array(item));
        if (ArrayBuffer.isView(item)) return Array.from(new Uint8Array(item.buffer));
        if (typeof CryptoKey !== 'undefined' && item instanceof CryptoKey) return `CryptoKey(${item.algorithm.name}, extractable=${item.extractable})`;
        return item;
      });
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
        indexedDbRecords += records.length;
        parts.push(`idb ${info.name}/${storeName}: ${encode(records)}`);
      }
      db.close();
    }
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      parts.push(`local ${key}=${localStorage.getItem(key) ?? ''}`);
    }
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i) ?? '';
      parts.push(`session ${key}=${sessionStorage.getItem(key) ?? ''}`);
    }
    const cacheUrls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        cacheUrls.push(request.url);
        const response = await cache.match(request);
        parts.push(`cache ${name} ${request.url}: ${response ? await response.text() : ''}`);
      }
    }
    return { text: parts.join('\n'), indexedDbRecords, cacheUrls };
  });
}

/** The answer values as they would appear in stored text (so a leak of any of them is caught). */
export function answerNeedles(answers: Record<string, unknown>): string[] {
  return Object.values(answers)
    .filter((value): value is string => typeof value === 'string' && value.length > 12)
    .map((value) => value);
}

/** Resolves once the participant app has stored its state on the device at or after `since` (page clock). */
export async function waitForLocalSave(page: Page, since: number): Promise<void> {
  await page.waitForFunction(
    async (after) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('polyphony-participant');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      try {
        if (!db.objectStoreNames.contains('sessions')) return false;
        const records = await new Promise<Array<{ updatedAt: number }>>((resolve, reject) => {
          const request = db.transaction('sessions', 'readonly').objectStore('sessions').getAll();
          request.onsuccess = () => resolve(request.result as Array<{ updatedAt: number }>);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
        return records.some((record) => record.updatedAt >= after);
      } finally {
        db.close();
      }
    },
    since,
    { polling: 100 },
  );
}
