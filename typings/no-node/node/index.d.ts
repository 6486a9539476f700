// Stands in for Node's types when src/core is type-checked. liquidjs's declarations reference `node`
// (`/// <reference types="node" />`) for its stream API, which would put Buffer, process and the rest of
// Node's globals into scope for the core. The core never uses streams, so an empty namespace is enough.
declare namespace NodeJS {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a name for liquidjs's stream types, never used
  interface ReadableStream {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- as above
  interface ReadWriteStream {}
}
