import { ApiError } from '../../api/api-error';
import { readCookie } from '../../api/read-cookie';
import type { Language } from '../../app/languages';
import { surveyApi } from '../api/survey-api';
import type { AnswerIssue, SurveyAnswers, SurveySession } from '../api/survey-session';
import { clearKioskFlag, setKioskFlag } from '../kiosk/kiosk-flag';
import type { KioskSettings } from '../kiosk/kiosk-settings';
import type { LocalSessionState, StoredSession } from '../storage/local-session-state';
import { participantStore, type ParticipantStore } from '../storage/participant-store';
import { sessionIdOf } from '../storage/session-crypto';
import { OutboxSync, type SyncEvent } from '../sync/outbox-sync';
import { initialLanguage } from '../utils/initial-language';
import type { ParticipantTarget } from '../utils/participant-target';

export type ParticipantStep =
  | 'loading'
  | 'unavailable'
  | 'language'
  | 'consent'
  | 'declined'
  | 'survey'
  | 'thanks'
  | 'already-completed'
  | 'locked'
  | 'staff';

export type UnavailableReason = 'offline' | 'token-invalid' | 'withdrawn' | 'storage' | 'error';

export type UnlockResult = 'ok' | 'incorrect' | 'too-many' | 'offline' | 'error';

/** Everything the participant screens render from. */
export interface ParticipantView {
  step: ParticipantStep;
  kind: ParticipantTarget['kind'];
  unavailableReason: UnavailableReason | null;
  language: Language;
  session: StoredSession | null;
  data: SurveyAnswers;
  pageNo: number;
  /** Changes whenever the survey must be rebuilt from `data` and `pageNo` (resume, rejection). */
  surveyEpoch: number;
  /** Thank-you: the server confirmed the completed response and the device is wiped. */
  confirmed: boolean;
  /** Entries of this session still waiting for the server. */
  pending: number;
  /** The last attempt to send failed for a passing reason (offline, server trouble). */
  syncFailing: boolean;
  /** Has anything been saved on this device in this visit (so "all saved" means something)? */
  savedOnce: boolean;
  rejection: { message: string; issues: AnswerIssue[] } | null;
  /** The page is navigating away on purpose: the kiosk guards stand down. */
  leaving: boolean;
}

export interface ParticipantControllerOptions {
  target: ParticipantTarget;
  settings: KioskSettings;
  /** Loads and shows the participant strings in a language (resolves when they are there). */
  applyLanguage: (language: Language) => Promise<void>;
  /**
   * Fetches what the survey screen needs: the renderer (while the participant reads the first
   * screens), and for a language SurveyJS's and Polyphony's strings. Resolves once they are there.
   */
  preloadSurvey: (language: Language | null) => Promise<void>;
  /** GET /api/survey-session, if the page already started it (it does, before React even renders). */
  initialSession?: Promise<SurveySession>;
  /** Leaves the participant app (tests replace it). */
  navigate?: (path: string) => void;
}

const LOCKABLE_STEPS: ReadonlySet<ParticipantStep> = new Set(['language', 'consent', 'declined', 'survey']);

/**
 * The participant device's flow and its persistence: language → consent → survey → thank you,
 * resumable at every point from the encrypted local state and the server, with the kiosk lock for
 * tablets. React renders `view`; every change goes through a method here.
 */
export class ParticipantController {
  private view: ParticipantView;
  private readonly listeners = new Set<() => void>();
  private store: ParticipantStore | null = null;
  private sync: OutboxSync | null = null;
  private sessionId = '';
  private state: LocalSessionState | null = null;
  private readonly cleanups: Array<() => void> = [];
  private returnTimer: number | undefined;
  private readonly navigate: (path: string) => void;
  private starting: Promise<void> | null = null;
  private initialSession: Promise<SurveySession> | null;
  /** The first writes of a session adopted from the server; anything queued waits for them. */
  private persisting: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ParticipantControllerOptions) {
    this.navigate = options.navigate ?? ((path) => window.location.replace(path));
    this.initialSession = options.initialSession ?? null;
    this.view = {
      step: 'loading',
      kind: options.target.kind,
      unavailableReason: null,
      language: initialLanguage(navigator.language),
      session: null,
      data: {},
      pageNo: -1,
      surveyEpoch: 0,
      confirmed: false,
      pending: 0,
      syncFailing: false,
      savedOnce: false,
      rejection: null,
      leaving: false,
    };
  }

  readonly getView = (): ParticipantView => this.view;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get isTablet(): boolean {
    return this.options.target.kind === 'tablet';
  }

  /** Loads (or resumes) the session; calling it again while it runs or after it ran does nothing. */
  start(): Promise<void> {
    this.starting ??= this.load();
    return this.starting;
  }

  private async load(): Promise<void> {
    void this.options.preloadSurvey(null);
    // The server is asked at once (main.tsx starts it), while the device's storage is opened.
    const fromServer = this.initialSession ?? surveyApi.session(this.options.target.token, this.view.language);
    this.initialSession = null;
    // Handled where it is awaited; this only keeps an early failure from being reported as unhandled.
    fromServer.catch(() => undefined);
    // As soon as the server names the language of a resumed survey, fetch its strings meanwhile.
    void fromServer.then((server) => {
      if (server.response && !server.completed) void this.options.preloadSurvey(initialLanguage(server.response.language));
    }, () => undefined);
    this.sessionId = await sessionIdOf(this.options.target.token);
    try {
      this.store = await participantStore();
    } catch {
      return this.unavailable('storage');
    }
    if (!this.sync) {
      this.sync = new OutboxSync(this.store);
      this.cleanups.push(this.sync.subscribe((event) => void this.onSync(event)));
      this.cleanups.push(this.sync.start());
    }
    if (this.isTablet) setKioskFlag(this.options.target.path);

    const local = await this.store.loadState(this.sessionId);
    if (local) {
      // Resume at once from the device; the server's view is merged in when it answers.
      this.state = local;
      await this.show(this.languageOf(local), { session: local.session, data: local.data, pageNo: local.pageNo, surveyEpoch: this.view.surveyEpoch + 1 });
      void this.refreshPending();
      void this.reconcile(fromServer);
      return;
    }
    let server: SurveySession;
    try {
      server = await fromServer;
    } catch (error) {
      return this.failedToLoad(error);
    }
    await this.adopt(server);
  }

  dispose(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    window.clearTimeout(this.returnTimer);
  }

  async retry(): Promise<void> {
    this.patch({ step: 'loading', unavailableReason: null });
    this.starting = null;
    await this.start();
  }

  async chooseLanguage(language: Language): Promise<void> {
    const state = this.requireState();
    void this.options.preloadSurvey(language);
    await this.options.applyLanguage(language);
    await this.save({ ...state, language });
    this.patch({ language, step: this.stepFor(this.requireState()) });
  }

  async changeLanguage(): Promise<void> {
    await this.save({ ...this.requireState(), language: null });
    this.patch({ step: 'language' });
  }

  async acceptConsent(): Promise<void> {
    const state = this.requireState();
    const consent = state.session.instrumentVersion.consent;
    const language = this.languageOf(state);
    await this.persisting;
    if (consent && this.store) {
      await this.store.enqueue(this.sessionId, this.options.target.token, { kind: 'consent', version: consent.version, language });
    }
    await this.save({ ...state, consentAccepted: true });
    this.patch({ step: 'survey' });
    void this.flush();
  }

  async declineConsent(): Promise<void> {
    await this.save({ ...this.requireState(), declined: true });
    this.patch({ step: 'declined' });
  }

  async reconsider(): Promise<void> {
    await this.save({ ...this.requireState(), declined: false });
    this.patch({ step: this.stepFor(this.requireState()) });
  }

  /** Every change, at once, to the device only. */
  async recordAnswers(data: SurveyAnswers, pageNo: number): Promise<void> {
    const state = this.state;
    if (!state || state.status === 'completed') return;
    this.view = { ...this.view, data, pageNo };
    await this.save({ ...state, data, pageNo });
  }

  /** A finished page also goes to the server (queued, so it survives being offline). */
  async recordPage(data: SurveyAnswers, pageNo: number): Promise<void> {
    await this.recordAnswers(data, pageNo);
    await this.queueSnapshot();
  }

  /** Sends what the participant has answered so far, e.g. when the page is hidden or the tablet locks. */
  async queueSnapshot(): Promise<void> {
    const state = this.state;
    if (!state || !this.store || state.status === 'completed' || !state.consentAccepted || state.declined) return;
    if (Object.keys(state.data).length === 0) return;
    await this.persisting;
    await this.store.enqueue(this.sessionId, this.options.target.token, this.responseItem(state, 'in_progress'));
    await this.refreshPending();
    void this.flush();
  }

  async complete(data: SurveyAnswers): Promise<void> {
    const state = this.requireState();
    const completed: LocalSessionState = { ...state, data, status: 'completed' };
    await this.persisting;
    await this.save(completed);
    if (this.store) await this.store.enqueue(this.sessionId, this.options.target.token, this.responseItem(completed, 'completed'));
    this.patch({ step: 'thanks', confirmed: false, data, rejection: null });
    await this.refreshPending();
    void this.flush();
  }

  /** Inactivity on a tablet: answers are kept, the screen shows nothing of them until staff unlock. */
  async lock(): Promise<void> {
    if (!this.isTablet || !LOCKABLE_STEPS.has(this.view.step) || !this.state) return;
    await this.queueSnapshot();
    await this.save({ ...this.requireState(), locked: true });
    this.patch({ step: 'locked' });
  }

  /** Staff are at the device: the PIN opens the staff menu (it is not remembered across reloads). */
  async unlock(pin: string): Promise<UnlockResult> {
    try {
      await surveyApi.unlock(this.options.target.token, this.view.language, pin);
    } catch (error) {
      if (!(error instanceof ApiError)) return 'error';
      if (error.code === 'PIN_INCORRECT') return 'incorrect';
      if (error.status === 429) return 'too-many';
      if (error.code === 'NETWORK_ERROR') return 'offline';
      return 'error';
    }
    this.patch({ step: 'staff' });
    return 'ok';
  }

  /** Staff hand the tablet back to the same participant. */
  async resume(): Promise<void> {
    const state = this.requireState();
    await this.save({ ...state, locked: false });
    this.patch({ step: this.stepFor({ ...state, locked: false }), surveyEpoch: this.view.surveyEpoch + 1 });
  }

  /**
   * Staff end the tablet session. Whatever the server confirmed is wiped from the device; entries it
   * has not confirmed yet stay queued (encrypted) and the staff screen keeps sending them.
   */
  async endSession(destination: '/tablet-start' | '/sign-in' = '/tablet-start'): Promise<void> {
    await this.queueSnapshot();
    await this.flush();
    if (this.store) {
      const pending = await this.store.countOutbox(this.sessionId);
      if (pending === 0) await this.store.wipe(this.sessionId);
      else await this.store.deleteState(this.sessionId);
    }
    if (destination === '/sign-in') await signOutStaff();
    this.leave(destination);
  }

  /**
   * The token no longer works, so nothing queued here can ever be delivered with it: wipe the
   * device and hand it back to staff through the password sign-in.
   */
  async abandon(): Promise<void> {
    await this.store?.wipe(this.sessionId);
    await signOutStaff();
    this.leave('/sign-in');
  }

  private async adopt(server: SurveySession): Promise<void> {
    const store = this.requireStore();
    const finished = server.completed || server.response?.status === 'completed';
    if (finished) {
      await store.wipe(this.sessionId);
      await this.show(initialLanguage(server.response?.language, server.participant.language), { session: server });
      this.finishedOnServer(false);
      return;
    }
    const sync = store.putSync({
      sessionId: this.sessionId,
      responseId: server.response?.id ?? crypto.randomUUID(),
      revision: server.response?.revision ?? 0,
    });
    const resumedLanguage = server.response ? initialLanguage(server.response.language) : null;
    const state: LocalSessionState = {
      version: 1,
      kind: server.kind,
      session: storedSession(server),
      language: resumedLanguage,
      consentAccepted: consentGiven(server),
      declined: false,
      locked: false,
      data: server.response?.data ?? {},
      pageNo: -1,
      status: 'in_progress',
      updatedAt: Date.now(),
    };
    // Stored while the first screen is prepared, not before: nothing is queued until they are done.
    this.persisting = Promise.all([sync, this.save(state)]);
    this.persisting.catch(() => undefined);
    await this.show(resumedLanguage ?? initialLanguage(server.participant.language), {
      session: state.session,
      data: state.data,
      pageNo: -1,
      surveyEpoch: this.view.surveyEpoch + 1,
    });
  }

  /** Merges the server's view into a session resumed from the device. */
  private async reconcile(fromServer: Promise<SurveySession>): Promise<void> {
    const store = this.requireStore();
    let server: SurveySession;
    try {
      server = await fromServer;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'SURVEY_TOKEN_INVALID') await this.unavailable('token-invalid');
      else if (error instanceof ApiError && error.code === 'PARTICIPANT_WITHDRAWN') {
        await store.wipe(this.sessionId);
        await this.unavailable('withdrawn');
      }
      // Offline: carry on from the device; the outbox sends when the network is back.
      return;
    }
    if (server.completed || server.response?.status === 'completed') {
      const completedHere = this.state?.status === 'completed';
      await store.wipe(this.sessionId);
      this.finishedOnServer(completedHere);
      return;
    }
    const pending = await store.countOutbox(this.sessionId);
    if (server.response) {
      await store.putSync({ sessionId: this.sessionId, responseId: server.response.id, revision: server.response.revision });
    } else if (!(await store.getSync(this.sessionId))) {
      await store.putSync({ sessionId: this.sessionId, responseId: crypto.randomUUID(), revision: 0 });
    }
    // Read the state only now: answers may have been recorded, or the outbox may have finished
    // the session, while the server was asked.
    const current = this.state;
    if (!current) return;
    let next: LocalSessionState = {
      ...current,
      session: storedSession(server),
      consentAccepted: current.consentAccepted || consentGiven(server),
    };
    let rebuild = false;
    // Answers saved later from another device (an invitation opened elsewhere) win over an idle copy here.
    if (server.response && pending === 0 && Date.parse(server.response.updatedAt) > current.updatedAt && current.status !== 'completed') {
      next = { ...next, data: server.response.data, pageNo: -1 };
      rebuild = true;
    }
    // A completion the server refused while this page was closed: back to the survey.
    if (current.status === 'completed' && pending === 0) {
      next = { ...next, status: 'in_progress' };
      rebuild = true;
    }
    await this.save(next, next.updatedAt);
    this.patch({
      session: next.session,
      ...(rebuild ? { data: next.data, pageNo: next.pageNo, surveyEpoch: this.view.surveyEpoch + 1 } : {}),
      step: this.view.step === 'staff' ? 'staff' : this.stepFor(next),
    });
  }

  private async onSync(event: SyncEvent): Promise<void> {
    switch (event.type) {
      case 'changed':
        await this.refreshPending();
        return;
      case 'completed':
        if (event.sessionId !== this.sessionId) return;
        this.finishedOnServer(this.state?.status === 'completed');
        return;
      case 'rejected': {
        if (event.sessionId !== this.sessionId || !this.state) return;
        const rejection = { message: event.message, issues: event.issues };
        if (event.status === 'completed') {
          await this.save({ ...this.state, status: 'in_progress' });
          this.patch({ step: 'survey', rejection, surveyEpoch: this.view.surveyEpoch + 1 });
        } else {
          this.patch({ rejection });
        }
        return;
      }
      case 'token-invalid':
        if (event.sessionId === this.sessionId) await this.unavailable('token-invalid');
        return;
      case 'withdrawn':
        if (event.sessionId === this.sessionId) await this.unavailable('withdrawn');
        return;
    }
  }

  /** The server holds the completed response and the device is wiped. */
  private finishedOnServer(completedHere: boolean): void {
    this.state = null;
    this.patch({ step: completedHere || this.isTablet ? 'thanks' : 'already-completed', confirmed: true, data: {}, pending: 0 });
    if (this.isTablet) {
      window.clearTimeout(this.returnTimer);
      this.returnTimer = window.setTimeout(() => this.leave('/tablet-start'), this.options.settings.returnAfterMs);
    }
  }

  private async failedToLoad(error: unknown): Promise<void> {
    if (error instanceof ApiError) {
      if (error.code === 'SURVEY_TOKEN_INVALID') return this.unavailable('token-invalid');
      if (error.code === 'PARTICIPANT_WITHDRAWN') return this.unavailable('withdrawn');
      if (error.code === 'NETWORK_ERROR') return this.unavailable('offline');
    }
    return this.unavailable('error');
  }

  private async unavailable(reason: UnavailableReason): Promise<void> {
    await this.options.applyLanguage(this.view.language);
    this.patch({ step: 'unavailable', unavailableReason: reason });
  }

  private leave(path: string): void {
    window.clearTimeout(this.returnTimer);
    clearKioskFlag();
    this.patch({ leaving: true });
    // Let React drop the unload guard before the navigation starts.
    window.setTimeout(() => this.navigate(path), 0);
  }

  private async show(language: Language, patch: Partial<ParticipantView>): Promise<void> {
    const step = this.state ? this.stepFor(this.state) : this.view.step;
    // Straight to the survey: its renderer and strings arrive together with ours, so the first
    // question renders in one go instead of waiting behind a loading screen.
    await Promise.all([step === 'survey' ? this.options.preloadSurvey(language) : null, this.options.applyLanguage(language)]);
    this.patch({ ...patch, language, step });
  }

  private stepFor(state: LocalSessionState): ParticipantStep {
    if (this.isTablet && state.locked) return 'locked';
    if (state.status === 'completed') return 'thanks';
    if (state.declined) return 'declined';
    if (!state.language) return 'language';
    if (!state.consentAccepted) return 'consent';
    return 'survey';
  }

  private languageOf(state: LocalSessionState): Language {
    return state.language ?? initialLanguage(state.session.participant.language);
  }

  private responseItem(state: LocalSessionState, status: 'in_progress' | 'completed') {
    return {
      kind: 'response' as const,
      instrumentVersionId: state.session.instrumentVersion.id,
      participantId: state.session.participant.id,
      data: state.data,
      status,
      language: this.languageOf(state),
    };
  }

  private async save(state: LocalSessionState, updatedAt = Date.now()): Promise<void> {
    const next = { ...state, updatedAt };
    this.state = next;
    if (!this.store) return;
    await this.store.saveState(this.sessionId, next);
    if (!this.view.savedOnce) this.patch({ savedOnce: true });
  }

  private async flush(): Promise<void> {
    await this.sync?.flush();
    await this.refreshPending();
  }

  private async refreshPending(): Promise<void> {
    if (!this.store) return;
    const pending = await this.store.countOutbox(this.sessionId);
    const syncFailing = this.sync?.status.failing ?? false;
    if (pending !== this.view.pending || syncFailing !== this.view.syncFailing) this.patch({ pending, syncFailing });
  }

  private requireState(): LocalSessionState {
    if (!this.state) throw new Error('no survey session loaded');
    return this.state;
  }

  private requireStore(): ParticipantStore {
    if (!this.store) throw new Error('storage not open');
    return this.store;
  }

  private patch(patch: Partial<ParticipantView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function storedSession(server: SurveySession): StoredSession {
  return { kind: server.kind, participant: server.participant, instrumentVersion: server.instrumentVersion };
}

function consentGiven(server: SurveySession): boolean {
  const consent = server.instrumentVersion.consent;
  return consent === null || server.participant.consentVersion === consent.version;
}

/** Ends the staff session left open on the tablet, so only a password gets back into staff screens. */
async function signOutStaff(): Promise<void> {
  const csrf = readCookie('polyphony_csrf');
  try {
    await fetch('/api/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: csrf ? { 'x-csrf-token': csrf } : {},
    });
  } catch {
    // Offline: the sign-in page will still ask for the password once the session is gone.
  }
}
