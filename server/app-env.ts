/** Per-request values the handlers leave for the request log, and the browser's sandbox scope. */
export type AppEnv = {
  Variables: {
    requestId: string;
    upstreamStatus: number;
    tokenCached: boolean;
    errorCode: string;
    sandboxScope: string;
  };
};
