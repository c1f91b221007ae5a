import { and, assign, fromPromise, setup } from 'xstate';
import { DIAGNOSIS_CODES, type DiagnosisCode } from './diagnosis-codes.js';
import { DIAGNOSIS_PATHS, DIAGNOSIS_ROUTES } from './diagnosis-routes.js';
import type { TriageEvent } from './events.js';
import { initialContext, withDiagnosis, type SkipReason, type TriageContext } from './triage.context.js';
import { summarizeCheck } from './check-summary.js';
import type { ConnectionMethod, Path, Symptom } from './view-keys.js';
import type { CheckInput } from './check-summary.js';

/** Where naming the problem leads (the first question, the clarifying one, a description): the admin question. */
const PATH_PICKED = {
  'sending-fails': {
    target: '#triage.conversation.admin.askingIsAdmin',
    actions: { type: 'setSymptom', params: { symptom: 'sending', path: 'sending' } },
  },
  'sync-fails': {
    target: '#triage.conversation.admin.askingIsAdmin',
    actions: { type: 'setSymptom', params: { symptom: 'syncing', path: 'syncing' } },
  },
} as const;

/**
 * The whole troubleshooting conversation of the Office 365 connected-accounts article, as one statechart.
 * States hold no prose: each leaf is a view key that the content module turns into words.
 */
export const triageMachine = setup({
  types: {
    context: {} as TriageContext,
    events: {} as TriageEvent,
  },
  actors: {
    /** the live check of a mailbox; the engine provides the real one (src/probes) */
    mailboxProbe: fromPromise<unknown, CheckInput>(async () => {
      throw new Error('no probe runner was provided');
    }),
  },
  guards: {
    isAmbiguous: ({ event }) => event.type === 'error-reported' && event.classification.ambiguity !== undefined,
    lastDiagnosisIs: ({ context }, params: { code: DiagnosisCode }) => context.lastDiagnosis === params.code,
    hasDiagnosis: ({ context }, params: { code: DiagnosisCode }) => context.diagnoses.includes(params.code),
    isOnPath: ({ context }, params: { path: Path }) => context.path === params.path,
    knowsConnectionMethod: ({ context }) => context.connectionMethod !== null,
    connectsWithPassword: ({ context }) => context.connectionMethod === 'password',
    triedImap: ({ context }) => context.imapTried,
    checkFoundSomething: ({ context }) => context.check?.primary !== null && context.check?.primary !== undefined,
    knowsAdmin: ({ context }) => context.known.isAdmin === true,
    knowsNotAdmin: ({ context }) => context.known.isAdmin === false,
    saysIsAdmin: ({ event }) => event.type === 'facts-learned' && event.facts.known?.isAdmin === true,
    knowsProviderManaged: ({ context }) => context.known.providerManaged === true,
    knowsSelfManaged: ({ context }) => context.known.providerManaged === false,
    knowsToggle: ({ context }, params: { state: 'on' | 'off' }) => context.known.toggle === params.state,
    changedEarlier: ({ context }) => context.known.changedEarlier,
    volunteeredConnectionMethod: ({ context }) => context.known.methodVolunteered,
    knowsConnectionMethodIs: ({ context }, params: { method: ConnectionMethod }) => context.connectionMethod === params.method,
    knowsAddressesMatch: ({ context }, params: { match: boolean }) => {
      const { closeAddress, username } = context.known;
      return closeAddress !== null && username !== null && (closeAddress === username) === params.match;
    },
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
    rememberAddress: assign(({ event }) =>
      event.type === 'address-given' || event.type === 'address-known' ? { address: event.address } : {},
    ),
    rememberProvider: assign(({ context, event }) =>
      event.type === 'provider-mentioned'
        ? { provider: event.provider, path: context.path ?? 'sending', ...withDiagnosis(context, 'provider-managed') }
        : {},
    ),
    setConnectionMethod: assign((_, params: { method: ConnectionMethod }) => ({ connectionMethod: params.method })),
    markImapTried: assign({ imapTried: true }),
    setCheckSignIn: assign((_, params: { signIn: boolean }) => ({ checkSignIn: params.signIn })),
    recordCheck: assign(({ context, event }) => {
      const report = (event as { output?: unknown }).output;
      const check = summarizeCheck(report);
      let next: Partial<TriageContext> = { check };
      let working: TriageContext = { ...context, ...next };
      for (const code of check.diagnoses) working = { ...working, ...withDiagnosis(working, code) };
      next = { ...next, diagnoses: working.diagnoses };
      if (check.primary) {
        next = { ...next, lastDiagnosis: check.primary, path: DIAGNOSIS_PATHS[check.primary] ?? context.path };
      }
      return next;
    }),
    learnFacts: assign(({ context, event }) => {
      if (event.type !== 'facts-learned') return {};
      const { known, connectionMethod, provider, address } = event.facts;
      return {
        known: { ...context.known, ...known, ...(connectionMethod ? { methodVolunteered: true } : {}) },
        ...(connectionMethod ? { connectionMethod } : {}),
        ...(provider ? { provider } : {}),
        ...(address && !context.address ? { address } : {}),
      };
    }),
    // each reason is said once per conversation: a loop back through the same question skips it quietly
    noteSkip: assign(({ context }, params: { reason: SkipReason }) =>
      context.skipped.includes(params.reason) ? {} : { skipped: [...context.skipped, params.reason] },
    ),
    learnSelfManaged: assign(({ context }) => ({ known: { ...context.known, providerManaged: false } })),
    forgetChangedEarlier: assign(({ context }) => ({ known: { ...context.known, changedEarlier: false } })),
    changePath: assign(({ event }) => (event.type === 'path-changed' ? { path: event.path, symptom: event.path } : {})),
    markCheck: assign(({ context }, params: { outcome: 'failed' | 'interrupted' }) => ({
      check: { outcome: params.outcome, checks: [], diagnoses: [], primary: null, address: context.address },
    })),
  },
}).createMachine({
  id: 'triage',
  context: initialContext,
  initial: 'conversation',
  on: {
    human: { target: '.conversation.outcome.escalated' },
    'start-over': { target: '.conversation.triage.askingSymptom', reenter: true, actions: 'startOver' },
    'error-reported': [
      { guard: 'isAmbiguous', target: '.conversation.diagnosis.disambiguating', actions: 'recordReportedError' },
      { target: '.conversation.diagnosis.routingDiagnosis', actions: 'recordReportedError' },
    ],
    'address-given': { target: '.checking.offeringCheck', actions: 'rememberAddress' },
    'address-known': { actions: 'rememberAddress' },
    'provider-mentioned': { target: '.conversation.provider.contactingProvider', actions: 'rememberProvider' },
    'facts-learned': { actions: 'learnFacts' },
    'path-changed': { target: '.conversation.admin.askingIsAdmin', actions: 'changePath' },
    aside: {},
    unrecognized: {},
  },
  states: {
    conversation: {
      initial: 'triage',
      states: {
        triage: {
          initial: 'askingSymptom',
          states: {
            askingSymptom: {
              on: {
                ...PATH_PICKED,
                'have-error': { target: 'askingForError', actions: { type: 'setSymptom', params: { symptom: 'error' } } },
                'smtp-auth-not-supported': {
                  target: '#triage.conversation.smtpAuth.checkingIpAllowlist',
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
                'check-mailbox': '#triage.checking.askingForAddress',
                'clarify-path': 'clarifyingPath',
              },
            },
            /** a first message that fits both paths: one short question naming both */
            clarifyingPath: {
              on: {
                ...PATH_PICKED,
              },
            },
            askingCloseStatus: {
              on: {
                'sending-disconnected': { target: '#triage.conversation.admin.askingIsAdmin', actions: { type: 'setPath', params: { path: 'sending' } } },
                'both-disconnected': { target: '#triage.conversation.admin.askingIsAdmin', actions: { type: 'setPath', params: { path: 'sending' } } },
                'syncing-disconnected': { target: '#triage.conversation.admin.askingIsAdmin', actions: { type: 'setPath', params: { path: 'syncing' } } },
                'both-connected': { target: '#triage.conversation.admin.askingIsAdmin', actions: { type: 'setPath', params: { path: 'syncing' } } },
              },
            },
            askingForError: {
              on: { 'describe-instead': 'askingSymptom' },
            },
            describingProblem: {
              on: {
                ...PATH_PICKED,
                'have-error': 'askingForError',
                'clarify-path': 'clarifyingPath',
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
                'it-worked': '#triage.conversation.outcome.resolved',
                'still-failing': '#triage.conversation.outcome.nextSteps',
              },
            },
            notMicrosoft365: {},
          },
        },
        admin: {
          initial: 'askingIsAdmin',
          states: {
            askingIsAdmin: {
              // what the person already said answers the question: a provider manages it, or they are (not) an admin
              always: [
                {
                  guard: and(['knowsProviderManaged', { type: 'isOnPath', params: { path: 'sending' as const } }]),
                  target: '#triage.conversation.provider.contactingProvider',
                  actions: [{ type: 'recordDiagnosis', params: { code: 'provider-managed' } }, { type: 'noteSkip', params: { reason: 'provider-manages-it' } }],
                },
                { guard: 'knowsNotAdmin', target: 'bringingInAdmin', actions: { type: 'noteSkip', params: { reason: 'not-admin' } } },
                {
                  guard: and(['knowsAdmin', { type: 'isOnPath', params: { path: 'sending' as const } }]),
                  target: '#triage.conversation.provider.askingProviderManaged',
                  actions: { type: 'noteSkip', params: { reason: 'is-admin' } },
                },
                {
                  guard: and(['knowsAdmin', { type: 'hasDiagnosis', params: { code: 'address-mismatch' as const } }]),
                  target: '#triage.conversation.syncing.fixingPrimaryAddress',
                  actions: { type: 'noteSkip', params: { reason: 'is-admin' } },
                },
                {
                  guard: and(['knowsAdmin', { type: 'hasDiagnosis', params: { code: 'imap-disabled' as const } }]),
                  target: '#triage.conversation.syncing.enablingImap',
                  actions: { type: 'noteSkip', params: { reason: 'is-admin' } },
                },
                { guard: 'knowsAdmin', target: '#triage.conversation.syncing.askingAddressesMatch', actions: { type: 'noteSkip', params: { reason: 'is-admin' } } },
              ],
              on: {
                yes: [
                  { guard: { type: 'isOnPath', params: { path: 'sending' } }, target: '#triage.conversation.provider.askingProviderManaged' },
                  { guard: { type: 'hasDiagnosis', params: { code: 'address-mismatch' } }, target: '#triage.conversation.syncing.fixingPrimaryAddress' },
                  { guard: { type: 'hasDiagnosis', params: { code: 'imap-disabled' } }, target: '#triage.conversation.syncing.enablingImap' },
                  { target: '#triage.conversation.syncing.askingAddressesMatch' },
                ],
                no: 'bringingInAdmin',
                'not-sure': 'bringingInAdmin',
              },
            },
            bringingInAdmin: {
              on: {
                // "actually I'm an admin": the admin question again, which what is now known answers (the admin's own steps)
                'facts-learned': [{ guard: 'saysIsAdmin', target: 'askingIsAdmin', actions: 'learnFacts' }, { actions: 'learnFacts' }],
                'admin-done': [
                  { guard: { type: 'isOnPath', params: { path: 'sending' } }, target: '#triage.conversation.sending.waitingForPropagation' },
                  { target: '#triage.conversation.syncing.askingSyncResult', actions: 'markImapTried' },
                ],
                'provider-manages-it': {
                  target: '#triage.conversation.provider.contactingProvider',
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
              always: [
                {
                  guard: 'knowsProviderManaged',
                  target: 'contactingProvider',
                  actions: [{ type: 'recordDiagnosis', params: { code: 'provider-managed' } }, { type: 'noteSkip', params: { reason: 'provider-manages-it' } }],
                },
                { guard: 'knowsSelfManaged', target: '#triage.conversation.sending.askingToggleState', actions: { type: 'noteSkip', params: { reason: 'self-managed' } } },
              ],
              on: {
                yes: { target: 'contactingProvider', actions: { type: 'recordDiagnosis', params: { code: 'provider-managed' } } },
                no: { target: '#triage.conversation.sending.askingToggleState', actions: 'learnSelfManaged' },
                'not-sure': '#triage.conversation.sending.askingToggleState',
              },
            },
            contactingProvider: {
              on: {
                'provider-enabled': '#triage.conversation.sending.waitingForPropagation',
                'provider-refused': '#triage.conversation.outcome.nextSteps',
              },
            },
          },
        },
        sending: {
          initial: 'askingToggleState',
          states: {
            askingToggleState: {
              always: [
                { guard: { type: 'knowsToggle', params: { state: 'on' } }, target: 'resettingToggle', actions: { type: 'noteSkip', params: { reason: 'toggle-on' } } },
                { guard: { type: 'knowsToggle', params: { state: 'off' } }, target: 'enablingToggle', actions: { type: 'noteSkip', params: { reason: 'toggle-off' } } },
              ],
              on: {
                'toggle-on': 'resettingToggle',
                'toggle-off': 'enablingToggle',
                // hidden by a provider, unless there is none: then it is the user, the licence or the role (said in place)
                'cannot-find-setting': [{ guard: 'knowsSelfManaged' }, { target: '#triage.conversation.provider.contactingProvider' }],
              },
            },
            // a change made now has to reach Microsoft's servers, whatever was done earlier
            resettingToggle: { on: { done: { target: 'waitingForPropagation', actions: 'forgetChangedEarlier' } } },
            enablingToggle: { on: { done: { target: 'waitingForPropagation', actions: 'forgetChangedEarlier' } } },
            waitingForPropagation: {
              tags: ['waiting'],
              always: {
                guard: 'changedEarlier',
                target: 'askingReconnectResult',
                actions: [{ type: 'noteSkip', params: { reason: 'changed-earlier' } }, 'forgetChangedEarlier'],
              },
              on: {
                'follow-up-due': 'askingReconnectResult',
                'test-now': 'askingReconnectResult',
                'it-worked': '#triage.conversation.outcome.resolved',
              },
            },
            askingReconnectResult: {
              on: {
                'it-worked': '#triage.conversation.outcome.resolved',
                // a connection method the person volunteered spares the question, and is said; one they answered is not
                'still-failing': [
                  {
                    guard: and(['connectsWithPassword', 'volunteeredConnectionMethod']),
                    target: 'explainingBasicAuthChange',
                    actions: { type: 'noteSkip', params: { reason: 'connection-method' } },
                  },
                  { guard: 'connectsWithPassword', target: 'explainingBasicAuthChange' },
                  {
                    guard: and(['knowsConnectionMethod', 'volunteeredConnectionMethod']),
                    target: '#triage.conversation.outcome.nextSteps',
                    actions: { type: 'noteSkip', params: { reason: 'connection-method' } },
                  },
                  { guard: 'knowsConnectionMethod', target: '#triage.conversation.outcome.nextSteps' },
                  { target: 'askingConnectionMethod' },
                ],
              },
            },
            askingConnectionMethod: {
              always: [
                {
                  guard: { type: 'knowsConnectionMethodIs', params: { method: 'microsoft' } },
                  target: '#triage.conversation.outcome.nextSteps',
                  actions: { type: 'noteSkip', params: { reason: 'connection-method' } },
                },
                {
                  guard: { type: 'knowsConnectionMethodIs', params: { method: 'password' } },
                  target: 'explainingBasicAuthChange',
                  actions: { type: 'noteSkip', params: { reason: 'connection-method' } },
                },
              ],
              on: {
                'microsoft-sign-in': {
                  target: '#triage.conversation.outcome.nextSteps',
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
                'still-failing': '#triage.conversation.outcome.nextSteps',
              },
            },
          },
        },
        syncing: {
          initial: 'askingAddressesMatch',
          states: {
            askingAddressesMatch: {
              always: [
                {
                  guard: { type: 'knowsAddressesMatch', params: { match: false } },
                  target: 'fixingPrimaryAddress',
                  actions: [{ type: 'recordDiagnosis', params: { code: 'address-mismatch' } }, { type: 'noteSkip', params: { reason: 'addresses-differ' } }],
                },
                { guard: { type: 'knowsAddressesMatch', params: { match: true } }, target: 'enablingImap', actions: { type: 'noteSkip', params: { reason: 'addresses-match' } } },
              ],
              on: {
                yes: 'enablingImap',
                no: { target: 'fixingPrimaryAddress', actions: { type: 'recordDiagnosis', params: { code: 'address-mismatch' } } },
                'not-sure': 'fixingPrimaryAddress',
              },
            },
            fixingPrimaryAddress: { on: { done: 'readdingAccount' } },
            readdingAccount: {
              on: {
                'it-worked': '#triage.conversation.outcome.resolved',
                'still-failing': [{ guard: 'triedImap', target: '#triage.conversation.outcome.nextSteps' }, { target: 'enablingImap' }],
              },
            },
            enablingImap: { entry: 'markImapTried', on: { done: 'askingSyncResult' } },
            askingSyncResult: {
              on: {
                'it-worked': '#triage.conversation.outcome.resolved',
                'still-failing': '#triage.conversation.outcome.nextSteps',
              },
            },
          },
        },
        smtpAuth: {
          initial: 'checkingIpAllowlist',
          states: {
            checkingIpAllowlist: {
              on: {
                done: { target: '#triage.conversation.admin.askingIsAdmin', actions: { type: 'setPath', params: { path: 'sending' } } },
                'it-worked': '#triage.conversation.outcome.resolved',
              },
            },
          },
        },
        outcome: {
          initial: 'nextSteps',
          states: {
            nextSteps: { on: { 'have-error': '#triage.conversation.triage.askingForError' } },
            resolved: { tags: ['resolved', 'ended'] },
            escalated: { tags: ['escalated', 'ended'] },
          },
        },
        /** where "carry on" returns to after a live check */
        resume: { type: 'history', history: 'deep' },
      },
    },
    checking: {
      initial: 'offeringCheck',
      states: {
        askingForAddress: {
          on: {
            'address-given': { target: 'runningCheck', actions: 'rememberAddress' },
            'skip-check': '#triage.conversation.resume',
          },
        },
        offeringCheck: {
          on: {
            'run-check': { target: 'runningCheck', actions: { type: 'setCheckSignIn', params: { signIn: false } } },
            'run-check-signed-in': { target: 'runningCheck', actions: { type: 'setCheckSignIn', params: { signIn: true } } },
            'skip-check': '#triage.conversation.resume',
          },
        },
        runningCheck: {
          tags: ['probing'],
          invoke: {
            id: 'probe',
            src: 'mailboxProbe',
            input: ({ context }) => ({
              address: context.address ?? '',
              signIn: context.checkSignIn,
              closeAddress: context.address ?? '',
            }),
            onDone: { target: 'routingCheck', actions: 'recordCheck' },
            onError: { target: 'reportingCheck', actions: { type: 'markCheck', params: { outcome: 'failed' } } },
          },
          on: {
            'probe-interrupted': { target: 'reportingCheck', actions: { type: 'markCheck', params: { outcome: 'interrupted' } } },
          },
        },
        routingCheck: {
          always: [
            { guard: 'checkFoundSomething', target: '#triage.conversation.diagnosis.routingDiagnosis' },
            { target: 'reportingCheck' },
          ],
        },
        reportingCheck: {
          on: {
            continue: '#triage.conversation.resume',
            'run-check': { target: 'runningCheck', reenter: true },
          },
        },
      },
    },
  },
});

export type TriageMachine = typeof triageMachine;
