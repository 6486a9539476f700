export { BrazeSetup } from './braze-setup';
