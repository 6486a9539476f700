export { escapeJsonText } from './json-escape';
export { nextJsonToken } from './json-tokens';
export type { JsonToken } from './json-tokens';
export { liquidTagEnd, startsLiquidTag } from './liquid-tag';
