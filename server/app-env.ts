/** Per-request values the handlers leave for the request log. */
export type AppEnv = {
  Variables: {
    upstreamStatus: number;
    tokenCached: boolean;
    errorCode: string;
  };
};
