export { BrazeSetup } from './braze-setup';
export { toCurl, shellQuote } from './to-curl';
