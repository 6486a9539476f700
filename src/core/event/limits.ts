/** The longest reminder the composer and Rokt's examples allow: four weeks, in minutes. */
export const MAX_NOTIFY_BEFORE_MINUTES = 40_320;

/** The longest event id the composer accepts, in characters. */
export const MAX_EVENT_ID_LENGTH = 200;
