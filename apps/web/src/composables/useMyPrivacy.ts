import { computed, ref, shallowRef } from 'vue';
import type { ConsentPurpose, LearnerExport, LearnerProfile, Locale, ProfileReadEntry } from '@jobbrygga/domain';
import {
  exportData, getConsents, getOwnProfile, listOwnErasureRequests, profileReads, requestErasure, setConsent, type ConsentOverview,
} from '../api/learners';
import { useAsyncAction } from './useAsyncAction';
import { today } from './usePlacementTypes';

/** Offers `data` to the browser as a file to save. */
export function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file name of the learner's copy, e.g. jobbrygga-mina-uppgifter-2026-03-01.json. */
export const exportFileName = (): string => `jobbrygga-mina-uppgifter-${today()}.json`;

/**
 * The newcomer's rights: consent per purpose (given or withdrawn at once, recorded with the
 * language the text was shown in), the history of answers, the log of who read the profile, a
 * copy of all data as a file, and the request to erase it (an admin decides): the one waiting, or
 * else the latest decision with the admin's reason.
 */
export function useMyPrivacy() {
  const profile = shallowRef<LearnerProfile | null>(null);
  const consents = shallowRef<ConsentOverview | null>(null);
  const reads = shallowRef<readonly ProfileReadEntry[]>([]);
  /** The learner's erasure requests, newest first. */
  const erasureRequests = shallowRef<LearnerExport['erasureRequests']>([]);
  /** The request waiting for an admin (at most one); no new one can be made meanwhile. */
  const pendingErasure = computed(() => erasureRequests.value.find((request) => request.status === 'requested') ?? null);
  /** The newest request when it has been decided. */
  const lastErasureDecision = computed(() => (erasureRequests.value[0] && erasureRequests.value[0].status !== 'requested' ? erasureRequests.value[0] : null));
  const loader = useAsyncAction();
  const consentAction = useAsyncAction();
  const downloader = useAsyncAction();
  const erasure = useAsyncAction();
  /** The purpose and answer just saved, for the message beside its buttons. */
  const lastConsent = ref<{ purpose: ConsentPurpose; given: boolean } | null>(null);
  const downloaded = ref(false);
  const erasureSent = ref(false);

  async function load(): Promise<void> {
    const result = await loader.run(async () => {
      const own = await getOwnProfile();
      const [overview, log, requests] = await Promise.all([getConsents(own.id), profileReads(own.id), listOwnErasureRequests(own.id)]);
      return { own, overview, log, requests };
    });
    if (!result.ok) return;
    profile.value = result.value.own;
    consents.value = result.value.overview;
    reads.value = result.value.log;
    erasureRequests.value = result.value.requests;
  }

  async function answer(purpose: ConsentPurpose, given: boolean, language: Locale): Promise<boolean> {
    const id = profile.value?.id;
    if (!id) return false;
    lastConsent.value = null;
    const result = await consentAction.run(async () => {
      await setConsent(id, purpose, given, language);
      return Promise.all([getConsents(id), profileReads(id)]);
    });
    if (!result.ok) return false;
    [consents.value, reads.value] = result.value;
    lastConsent.value = { purpose, given };
    return true;
  }

  async function download(): Promise<void> {
    const id = profile.value?.id;
    if (!id) return;
    downloaded.value = false;
    const result = await downloader.run(() => exportData(id));
    if (!result.ok) return;
    downloadJson(result.value, exportFileName());
    downloaded.value = true;
  }

  async function askErasure(text: string): Promise<void> {
    const id = profile.value?.id;
    if (!id) return;
    erasureSent.value = false;
    const result = await erasure.run(() => requestErasure(id, text.trim() || null));
    if (result.ok) {
      const { requestedAt, status, decidedAt, decisionReason } = result.value;
      erasureRequests.value = [{ requestedAt, status, decidedAt, decisionReason }, ...erasureRequests.value];
      erasureSent.value = true;
    } else if (result.error.code === 'ERASURE_ALREADY_REQUESTED') {
      // Asked in another window meanwhile: show that request.
      try {
        erasureRequests.value = await listOwnErasureRequests(id);
      } catch {
        // The error message already says a request is waiting.
      }
    }
  }

  return {
    profile,
    consents,
    reads,
    loading: loader.busy,
    loadError: loader.error,
    consentBusy: consentAction.busy,
    consentError: consentAction.error,
    lastConsent,
    downloading: downloader.busy,
    downloadError: downloader.error,
    downloaded,
    erasureBusy: erasure.busy,
    erasureError: erasure.error,
    erasureSent,
    erasureRequests,
    pendingErasure,
    lastErasureDecision,
    load,
    answer,
    download,
    askErasure,
  };
}

/** Which plain words (myProfile.privacy.actions.*) describe an audit action on the profile. */
export function readActionKey(action: string): string {
  const known: Record<string, string> = {
    'learner.read': 'read',
    'learner.plan.read': 'planRead',
    'learner.consent.read': 'consentRead',
    'learner.export': 'export',
    'learner.create': 'create',
    'learner.update': 'update',
    'learner.handover': 'handover',
  };
  if (known[action]) return known[action];
  if (action.startsWith('learner.consent.give.')) return 'consentGive';
  if (action.startsWith('learner.consent.withdraw.')) return 'consentWithdraw';
  if (action.startsWith('learner.erasure.')) return 'erasure';
  if (action.startsWith('learner.plan.') || action.startsWith('learner.follow-up.')) return 'plan';
  if (action.endsWith('.add')) return 'add';
  if (action.endsWith('.remove')) return 'remove';
  if (action.endsWith('.update')) return 'change';
  return 'other';
}
