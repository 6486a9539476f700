import { t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { DraftFieldName } from '../core/issues';
import { BrazeImportButton } from '../features/braze-import';
import {
  ComposerForm,
  focusComposerField,
  useComposerForm,
  type TimezoneSlotProps,
} from '../features/composer';
import { DocumentBar, loadStartingCopy, useDraftDocument } from '../features/drafts';
import { AllUsersCheck, LivePreviewPane, usePreviewRenderer } from '../features/preview';
import { SampleUserPanel, useSampleUsers } from '../features/sample-users';
import { startTimezonePicker, TimezonePicker } from '../features/timezone-picker';
import type { SampleUser } from '../core/sample-user';
import { copyBlockedReason, sendBlockedReason, type Blocked } from './blocked-reason';
import { useLivePreview } from './use-live-preview';
import { useProblems } from './use-problems';
import { loadCatalogPart } from '../ui/i18n';
import { LanguageSwitcher } from './language-switcher';
import { fieldLabel } from '../ui/field-labels';

// The tabs behind the preview load after the first paint, with the panels' messages.
const withPanelTexts = <T,>(module: Promise<T>): Promise<T> =>
  Promise.all([module, loadCatalogPart('panels')]).then(([m]) => m);
const BrazeSetup = lazy(() =>
  withPanelTexts(import('../features/braze-setup')).then((m) => ({ default: m.BrazeSetup })),
);
const CalendarTab = lazy(() =>
  withPanelTexts(import('../features/calendar')).then((m) => ({ default: m.CalendarTab })),
);
const TestSendPanel = lazy(() =>
  withPanelTexts(import('../features/test-send')).then((m) => ({ default: m.TestSendPanel })),
);
const AudienceDryRun = lazy(() =>
  withPanelTexts(import('../features/audience')).then((m) => ({ default: m.AudienceDryRun })),
);

const renderTimezonePicker = (slot: TimezoneSlotProps) => <TimezonePicker {...slot} />;

type Tab = 'preview' | 'calendar' | 'braze' | 'send' | 'users' | 'audience';
const TABS: Tab[] = ['preview', 'calendar', 'braze', 'send', 'users', 'audience'];

/** A tab's name in the active language. */
function tabLabel(tab: Tab): string {
  switch (tab) {
    case 'preview':
      return t({ message: 'Preview', context: 'tab' });
    case 'calendar':
      return t({ message: 'Calendar', context: 'tab' });
    case 'braze':
      return t`Set up in Braze`;
    case 'send':
      return t({ message: 'Send test', context: 'tab' });
    case 'users':
      return t`All sample users`;
    case 'audience':
      return t`Audience dry run`;
  }
}

/** A user from an audience export shown in the preview instead of the selected sample user. */
interface ExportUser {
  user: SampleUser;
  label: string;
}

/** The two-pane screen: the event form on the left, what Braze will send on the right. */
export function Workspace() {
  const { t } = useLingui();
  // The form draws the Timezone field a render after its first fields: its code starts loading now.
  const pickerLoad = startTimezonePicker();
  const [start] = useState(loadStartingCopy);
  const form = useComposerForm(start.copy.draft);
  const samples = useSampleUsers();
  const [exportUser, setExportUser] = useState<ExportUser | null>(null);
  const user = exportUser?.user ?? samples.selected.user;
  const { session, draft, preview } = useLivePreview(form, start.copy.draft, user);
  const { reset } = form;
  const doc = useDraftDocument(
    start,
    draft,
    useCallback((next: typeof draft) => reset(next), [reset]),
  );
  const renderer = usePreviewRenderer();
  const [tab, setTab] = useState<Tab>('preview');
  const [audienceOpened, setAudienceOpened] = useState(false);
  if (tab === 'audience' && !audienceOpened) setAudienceOpened(true);
  const [now] = useState(() => new Date());
  const problems = useProblems(draft, preview, now);
  const goToField = useCallback((field: DraftFieldName) => void focusComposerField(field), []);
  const withLink = useCallback(
    (blocked: Blocked | null) =>
      blocked && {
        text: blocked.text,
        ...(blocked.field
          ? { fieldLabel: fieldLabel(blocked.field), onGoToField: () => goToField(blocked.field!) }
          : {}),
      },
    [goToField],
  );
  const copyBlocked = useMemo(() => withLink(copyBlockedReason(problems)), [problems, withLink]);
  const sendBlocked = useMemo(() => sendBlockedReason(preview, problems), [preview, problems]);
  const openDraft = useCallback((next: typeof draft) => reset(next), [reset]);
  const selectSample = samples.select;
  const selectSampleUser = useCallback(
    (id: string) => {
      setExportUser(null);
      selectSample(id);
    },
    [selectSample],
  );

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-brand">
          <span className="app-logo" aria-hidden="true">
            ◷
          </span>
          <h1>Rokt Calendar Composer</h1>
        </div>
        <nav className="app-actions" aria-label={t`Drafts`}>
          <DocumentBar doc={doc} />
          <BrazeImportButton onImport={openDraft} />
          <LanguageSwitcher />
        </nav>
      </header>
      <main className="app-panes">
        <section className="app-pane app-pane-form" aria-labelledby="event-heading">
          <h2 id="event-heading" className="visually-hidden">
            {t`Event`}
          </h2>
          <ComposerForm
            form={form}
            issues={problems}
            now={now}
            timezonePicker={renderTimezonePicker}
            pickerLoad={pickerLoad}
          />
        </section>
        <section className="app-pane app-pane-output" aria-labelledby="output-heading">
          <h2 id="output-heading" className="visually-hidden">
            {t`Braze webhook`}
          </h2>
          <SampleUserPanel {...samples} select={selectSampleUser} />
          {exportUser && (
            <p className="app-export-user" role="status">
              {t`Previewing ${exportUser.label}.`}{' '}
              <button type="button" className="app-link" onClick={() => setExportUser(null)}>
                {t`Back to ${samples.selected.name}`}
              </button>
            </p>
          )}
          <div className="app-tabs" role="tablist" aria-label={t`Output`}>
            {TABS.map((id) => (
              <button
                key={id}
                type="button"
                role="tab"
                id={`tab-${id}`}
                aria-selected={tab === id}
                aria-controls={`panel-${id}`}
                tabIndex={tab === id ? 0 : -1}
                className="app-tab"
                onClick={(e) => {
                  setTab(id);
                  e.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' });
                }}
                onKeyDown={(e) => {
                  const i = TABS.indexOf(tab);
                  const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                  if (!step) return;
                  const next = TABS[(i + step + TABS.length) % TABS.length]!;
                  setTab(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }}
              >
                {tabLabel(id)}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="app-tabpanel">
            <Suspense fallback={<p className="app-loading">{t`Loading…`}</p>}>
              {tab === 'preview' && (
                <LivePreviewPane
                  session={session}
                  userName={exportUser?.label ?? samples.selected.name}
                  problems={problems}
                  onGoToField={goToField}
                />
              )}
              {tab === 'calendar' && (
                <CalendarTab
                  rendered={preview.rendered}
                  status={preview.status}
                  template={preview.template}
                  user={user}
                  userName={exportUser?.label ?? samples.selected.name}
                  users={samples.users}
                  renderer={renderer}
                />
              )}
              {tab === 'braze' && (
                <BrazeSetup
                  template={preview.template}
                  rendered={preview.rendered}
                  credentialName={draft.credentialName}
                  blocked={copyBlocked}
                />
              )}
              {tab === 'send' && (
                <>
                  {sendBlocked?.field && (
                    <button
                      type="button"
                      className="ui-button app-goto-field"
                      onClick={() => goToField(sendBlocked.field!)}
                    >
                      {t`Go to ${fieldLabel(sendBlocked.field)}`}
                    </button>
                  )}
                  <TestSendPanel
                    request={preview.rendered}
                    blockedReason={sendBlocked?.text ?? null}
                    rendering={preview.status === 'rendering'}
                  />
                </>
              )}
              {tab === 'users' && <AllUsersCheck template={preview.template} users={samples.users} />}
              {/* Kept mounted once opened: a run and its report survive a look at a user's preview. */}
              {audienceOpened && (
                <div hidden={tab !== 'audience'}>
                  <AudienceDryRun
                    template={preview.template}
                    onOpenUser={(user, label) => {
                      setExportUser({ user, label });
                      setTab('preview');
                    }}
                  />
                </div>
              )}
            </Suspense>
          </div>
        </section>
      </main>
    </div>
  );
}
