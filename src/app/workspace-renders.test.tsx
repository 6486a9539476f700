import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComposerForm } from '../features/composer/composer-form';
import { TextField } from '../features/composer/text-fields';
import { TimeSummary } from '../features/composer/time-summary-view';
import { DocumentBar } from '../features/drafts/document-bar';
import { DraftsDialog } from '../features/drafts/drafts-dialog';
import { CodeLine } from '../features/preview/code-view';
import { PreviewPane } from '../features/preview/preview-pane';
import { RequestView } from '../features/preview/request-view';
import { SampleUserPanel } from '../features/sample-users/sample-user-panel';
import { TimezonePicker } from '../features/timezone-picker/timezone-picker';
import { withRenderer } from '../testing/preview';
import { createRenderCounter } from '../testing/render-counter';
import { mockTimezonesFetch, stubLayoutApis } from '../testing/timezone-picker';
import { LanguageSwitcher } from './language-switcher';
import { Workspace } from './workspace';

const counter = createRenderCounter({
  CodeLine,
  ComposerForm,
  TextField,
  TimeSummary,
  DocumentBar,
  DraftsDialog,
  LanguageSwitcher,
  PreviewPane,
  RequestView,
  SampleUserPanel,
  TimezonePicker,
});

function Measured() {
  return (
    <counter.Counted>
      <Workspace />
    </counter.Counted>
  );
}

const Wrapper = withRenderer();

/** The preview's body once the text typed so far has reached it. */
async function previewShows(text: string) {
  await waitFor(() => expect(document.querySelector('#panel-preview')?.textContent).toContain(text), {
    timeout: 10_000,
  });
  await waitFor(() => expect(screen.getByText('Up to date')).toBeInTheDocument());
  // Let the follow-up work (problem placement, lazy code) settle.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

/** Types `text` one character at a time at the end of `field`, waiting for the preview after each. */
async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  for (const ch of text) {
    fireEvent.input(field, { target: { value: field.value + ch } });
    await previewShows(field.value);
  }
}

async function renderWorkspace() {
  const { container } = render(<Measured />, { wrapper: Wrapper });
  counter.attach(container);
  await previewShows('Event Title');
  await waitFor(() => expect(document.getElementById('composer-timezone')).not.toHaveAttribute('aria-busy'));
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
}

/** Renders per keystroke of each watched component while `text` is typed into `field`, after a first key. */
async function rendersWhileTyping(label: string, text: string) {
  const field = screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
  // The first key may end a "still the example text" warning: a real change of the problem list.
  await typeInto(field, '!');
  counter.reset();
  await typeInto(field, text);
  return (name: string) => counter.count(name) / text.length;
}

describe('renders per keystroke in the workspace', () => {
  beforeAll(() => stubLayoutApis());
  beforeEach(() => {
    mockTimezonesFetch();
  });
  afterAll(() => vi.unstubAllGlobals());

  it.each(['Description', 'Title'])(
    'a key in %s re-renders the preview once it has the new text, and neither the form nor the side panels',
    async (label) => {
      await renderWorkspace();
      const per = await rendersWhileTyping(label, 'abcd');
      // The form's inputs are uncontrolled: nothing in the form needs to draw a keystroke that changes no problem.
      expect(per('ComposerForm')).toBe(0);
      expect(per('TextField')).toBe(0);
      expect(per('TimeSummary')).toBe(0);
      expect(per('TimezonePicker')).toBe(0);
      expect(per('SampleUserPanel')).toBe(0);
      // Nor the header's closed Drafts dialog and language menu.
      expect(per('DraftsDialog')).toBe(0);
      expect(per('LanguageSwitcher')).toBe(0);
      // The rendered request is drawn with the keystroke (plain text: its rendering is known ahead); the
      // answer, which confirms it, redraws only the pane's status ("Rendering…" in between).
      expect(per('RequestView')).toBe(1);
      expect(per('PreviewPane')).toBe(2);
      // Of the pretty body, only the line of the field typed into is drawn again.
      expect(per('CodeLine')).toBe(1);
    },
  );

  it('a new start re-renders the form and the time summary, which show it', async () => {
    await renderWorkspace();
    counter.reset();
    fireEvent.change(screen.getByLabelText('Start'), { target: { value: '2027-03-01T10:00' } });
    await previewShows('2027-03-01');
    expect(counter.count('ComposerForm')).toBeGreaterThan(0);
    expect(counter.count('TimeSummary')).toBeGreaterThan(0);
    expect(screen.getByRole('table')).toHaveTextContent('Mon, Mar 1, 2027, 10:00 AM');
  });
});
