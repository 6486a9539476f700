import type { SampleUser } from '../../core/sample-user';
import type { BrazeTemplate, RenderedRequest } from '../../core/template';

/** Renders the template for one user (the app passes the preview's worker renderer). */
export interface CalendarRenderer {
  render(
    template: BrazeTemplate,
    user: SampleUser,
    options?: { signal?: AbortSignal; background?: boolean },
  ): Promise<RenderedRequest>;
}

/** What the app hands the Calendar tab: the preview's rendering for the chosen user, and the others. */
export interface CalendarTabProps {
  /** The rendered request for the chosen sample user (null before the first rendering). */
  rendered: RenderedRequest | null;
  status: 'rendering' | 'ready' | 'failed';
  template: BrazeTemplate;
  user: SampleUser;
  userName: string;
  users: { id: string; name: string; user: SampleUser }[];
  renderer: CalendarRenderer;
}
