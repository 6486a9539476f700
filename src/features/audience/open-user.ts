import type { SampleUser } from '../../core/sample-user';

/** Asks the app to show one export user in the preview (the app owns the preview; features never meet). */
export type OpenUser = (user: SampleUser, label: string) => void;
