import { assign, setup } from 'xstate';
import { DIAGNOSIS_CODES, type DiagnosisCode } from './diagnosis-codes.js';
import { DIAGNOSIS_PATHS, DIAGNOSIS_ROUTES } from './diagnosis-routes.js';
import type { TriageEvent } from './events.js';
import { initialContext, withDiagnosis, type TriageContext } from './triage.context.js';
import type { ConnectionMethod, Path, Symptom } from './view-keys.js';

/**
 * The whole troubleshooting conversation of the Office 365 connected-accounts article, as one statechart.
 * States hold no prose: each leaf is a view key that the content module turns into words.
 */
export const triageMachine = setup({
  types: {
    context: {} as TriageContext,
    events: {} as TriageEvent,
  },
  guards: {
    isAmbiguous: ({ event }) => event.type === 'error-reported' && event.classification.ambiguity !== undefined,
    lastDiagnosisIs: ({ context }, params: { code: DiagnosisCode }) => context.lastDiagnosis === params.code,
    hasDiagnosis: ({ context }, params: { code: DiagnosisCode }) => context.diagnoses.includes(params.code),
    isOnPath: ({ context }, params: { path: Path }) => context.path === params.path,
    knowsConnectionMethod: ({ context }) => context.connectionMethod !== null,
    connectsWithPassword: ({ context }) => context.connectionMethod === 'password',
    triedImap: ({ context }) => context.imapTried,
  },
  actions: {
    startOver: assign(() => initialContext()),
    setSymptom: assign((_, params: { symptom: Symptom; path?: Path }) => ({
      symptom: params.symptom,
      path: params.path ?? null,
    })),
    setPath: assign((_, params: { path: Path }) => ({ path: params.path })),
    recordReportedError: assign(({ context, event }) => {
      if (event.type !== 'error-reported') return {};
      const { code, ambiguity } = event.classification;
      if (ambiguity) return { ambiguity, lastDiagnosis: null };
      const path = DIAGNOSIS_PATHS[code] ?? context.path;
      return { ...withDiagnosis(context, code), path, symptom: context.symptom ?? 'error' };
    }),
    resolveAmbiguity: assign(({ context }, params: { answer: 'yes' | 'no' | 'not-sure' }) => {
      const ambiguity = context.ambiguity;
      if (!ambiguity) return {};
      const code = { yes: ambiguity.ifYes, no: ambiguity.ifNo, 'not-sure': ambiguity.likeliest }[params.answer];
      return { ...withDiagnosis(context, code), path: DIAGNOSIS_PATHS[code] ?? context.path };
    }),
    recordDiagnosis: assign(({ context }, params: { code: DiagnosisCode }) => withDiagnosis(context, params.code)),
    rememberAddress: assign(({ event }) => (event.type === 'address-given' ? { address: event.address } : {})),
    rememberProvider: assign(({ context, event }) =>
      event.type === 'provider-mentioned'
        ? { provider: event.provider, path: context.path ?? 'sending', ...withDiagnosis(context, 'provider-managed') }
        : {},
    ),
    setConnectionMethod: assign((_, params: { method: ConnectionMethod }) => ({ connectionMethod: params.method })),
    markImapTried: assign({ imapTried: true }),
  },
}).createMachine({
  id: 'triage',
  context: initialContext,
  initial: 'triage',
  on: {
    human: { target: '.outcome.escalated' },
    'start-over': { target: '.triage', actions: 'startOver' },
    'error-reported': [
      { guard: 'isAmbiguous', target: '.diagnosis.disambiguating', actions: 'recordReportedError' },
      { target: '.diagnosis.routingDiagnosis', actions: 'recordReportedError' },
    ],
    'address-given': { actions: 'rememberAddress' },
    'provider-mentioned': { target: '.provider.contactingProvider', actions: 'rememberProvider' },
    unrecognized: {},
  },
  states: {
    triage: {
      initial: 'askingSymptom',
      states: {
        askingSymptom: {
          on: {
            'sending-fails': {
              target: '#triage.admin.askingIsAdmin',
              actions: { type: 'setSymptom', params: { symptom: 'sending', path: 'sending' } },
            },
            'sync-fails': {
              target: '#triage.admin.askingIsAdmin',
              actions: { type: 'setSymptom', params: { symptom: 'syncing', path: 'syncing' } },
            },
            'have-error': { target: 'askingForError', actions: { type: 'setSymptom', params: { symptom: 'error' } } },
            'smtp-auth-not-supported': {
              target: '#triage.smtpAuth.checkingIpAllowlist',
              actions: [
                { type: 'setSymptom', params: { symptom: 'smtp-auth-not-supported', path: 'sending' } },
                { type: 'recordDiagnosis', params: { code: 'smtp-auth-not-offered' } },
              ],
            },
            'check-close-status': {
              target: 'askingCloseStatus',
              actions: { type: 'setSymptom', params: { symptom: 'close-status' } },
            },
            'something-else': { target: 'describingProblem', actions: { type: 'setSymptom', params: { symptom: 'other' } } },
          },
        },
        askingCloseStatus: {
          on: {
            'sending-disconnected': { target: '#triage.admin.askingIsAdmin', actions: { type: 'setPath', params: { path: 'sending' } } },
            'both-disconnected': { target: '#triage.admin.askingIsAdmin', actions: { type: 'setPath', params: { path: 'sending' } } },
            'syncing-disconnected': { target: '#triage.admin.askingIsAdmin', actions: { type: 'setPath', params: { path: 'syncing' } } },
            'both-connected': { target: '#triage.admin.askingIsAdmin', actions: { type: 'setPath', params: { path: 'syncing' } } },
          },
        },
        askingForError: {
          on: { 'describe-instead': 'askingSymptom' },
        },
        describingProblem: {
          on: {
            'sending-fails': {
              target: '#triage.admin.askingIsAdmin',
              actions: { type: 'setSymptom', params: { symptom: 'sending', path: 'sending' } },
            },
            'sync-fails': {
              target: '#triage.admin.askingIsAdmin',
              actions: { type: 'setSymptom', params: { symptom: 'syncing', path: 'syncing' } },
            },
            'have-error': 'askingForError',
          },
        },
      },
    },
    diagnosis: {
      initial: 'routingDiagnosis',
      states: {
        routingDiagnosis: {
          always: [
            ...DIAGNOSIS_CODES.map((code) => ({
              guard: { type: 'lastDiagnosisIs' as const, params: { code } },
              target: DIAGNOSIS_ROUTES[code],
            })),
            { target: DIAGNOSIS_ROUTES.unknown },
          ],
        },
        disambiguating: {
          on: {
            yes: { target: 'routingDiagnosis', actions: { type: 'resolveAmbiguity', params: { answer: 'yes' } } },
            no: { target: 'routingDiagnosis', actions: { type: 'resolveAmbiguity', params: { answer: 'no' } } },
            'not-sure': { target: 'routingDiagnosis', actions: { type: 'resolveAmbiguity', params: { answer: 'not-sure' } } },
          },
        },
        explainingDiagnosis: {
          on: {
            'it-worked': '#triage.outcome.resolved',
            'still-failing': '#triage.outcome.nextSteps',
          },
        },
        notMicrosoft365: {},
      },
    },
    admin: {
      initial: 'askingIsAdmin',
      states: {
        askingIsAdmin: {
          on: {
            yes: [
              { guard: { type: 'isOnPath', params: { path: 'sending' } }, target: '#triage.provider.askingProviderManaged' },
              { guard: { type: 'hasDiagnosis', params: { code: 'address-mismatch' } }, target: '#triage.syncing.fixingPrimaryAddress' },
              { guard: { type: 'hasDiagnosis', params: { code: 'imap-disabled' } }, target: '#triage.syncing.enablingImap' },
              { target: '#triage.syncing.askingAddressesMatch' },
            ],
            no: 'bringingInAdmin',
            'not-sure': 'bringingInAdmin',
          },
        },
        bringingInAdmin: {
          on: {
            'admin-done': [
              { guard: { type: 'isOnPath', params: { path: 'sending' } }, target: '#triage.sending.waitingForPropagation' },
              { target: '#triage.syncing.askingSyncResult', actions: 'markImapTried' },
            ],
            'provider-manages-it': {
              target: '#triage.provider.contactingProvider',
              actions: { type: 'recordDiagnosis', params: { code: 'provider-managed' } },
            },
          },
        },
      },
    },
    provider: {
      initial: 'askingProviderManaged',
      states: {
        askingProviderManaged: {
          on: {
            yes: { target: 'contactingProvider', actions: { type: 'recordDiagnosis', params: { code: 'provider-managed' } } },
            no: '#triage.sending.askingToggleState',
            'not-sure': '#triage.sending.askingToggleState',
          },
        },
        contactingProvider: {
          on: {
            'provider-enabled': '#triage.sending.waitingForPropagation',
            'provider-refused': '#triage.outcome.nextSteps',
          },
        },
      },
    },
    sending: {
      initial: 'askingToggleState',
      states: {
        askingToggleState: {
          on: {
            'toggle-on': 'resettingToggle',
            'toggle-off': 'enablingToggle',
            'cannot-find-setting': '#triage.provider.contactingProvider',
          },
        },
        resettingToggle: { on: { done: 'waitingForPropagation' } },
        enablingToggle: { on: { done: 'waitingForPropagation' } },
        waitingForPropagation: {
          tags: ['waiting'],
          on: {
            'follow-up-due': 'askingReconnectResult',
            'test-now': 'askingReconnectResult',
            'it-worked': '#triage.outcome.resolved',
          },
        },
        askingReconnectResult: {
          on: {
            'it-worked': '#triage.outcome.resolved',
            'still-failing': [
              { guard: 'connectsWithPassword', target: 'explainingBasicAuthChange' },
              { guard: 'knowsConnectionMethod', target: '#triage.outcome.nextSteps' },
              { target: 'askingConnectionMethod' },
            ],
          },
        },
        askingConnectionMethod: {
          on: {
            'microsoft-sign-in': {
              target: '#triage.outcome.nextSteps',
              actions: { type: 'setConnectionMethod', params: { method: 'microsoft' } },
            },
            password: {
              target: 'explainingBasicAuthChange',
              actions: { type: 'setConnectionMethod', params: { method: 'password' } },
            },
            'not-sure': {
              target: 'explainingBasicAuthChange',
              actions: { type: 'setConnectionMethod', params: { method: 'password' } },
            },
          },
        },
        explainingBasicAuthChange: {
          on: {
            done: {
              target: 'askingReconnectResult',
              actions: { type: 'setConnectionMethod', params: { method: 'microsoft' } },
            },
            'still-failing': '#triage.outcome.nextSteps',
          },
        },
      },
    },
    syncing: {
      initial: 'askingAddressesMatch',
      states: {
        askingAddressesMatch: {
          on: {
            yes: 'enablingImap',
            no: { target: 'fixingPrimaryAddress', actions: { type: 'recordDiagnosis', params: { code: 'address-mismatch' } } },
            'not-sure': 'fixingPrimaryAddress',
          },
        },
        fixingPrimaryAddress: { on: { done: 'readdingAccount' } },
        readdingAccount: {
          on: {
            'it-worked': '#triage.outcome.resolved',
            'still-failing': [{ guard: 'triedImap', target: '#triage.outcome.nextSteps' }, { target: 'enablingImap' }],
          },
        },
        enablingImap: { entry: 'markImapTried', on: { done: 'askingSyncResult' } },
        askingSyncResult: {
          on: {
            'it-worked': '#triage.outcome.resolved',
            'still-failing': '#triage.outcome.nextSteps',
          },
        },
      },
    },
    smtpAuth: {
      initial: 'checkingIpAllowlist',
      states: {
        checkingIpAllowlist: {
          on: {
            done: { target: '#triage.admin.askingIsAdmin', actions: { type: 'setPath', params: { path: 'sending' } } },
            'it-worked': '#triage.outcome.resolved',
          },
        },
      },
    },
    outcome: {
      initial: 'nextSteps',
      states: {
        nextSteps: { on: { 'have-error': '#triage.triage.askingForError' } },
        resolved: { tags: ['resolved', 'ended'] },
        escalated: { tags: ['escalated', 'ended'] },
      },
    },
  },
});

export type TriageMachine = typeof triageMachine;
