export { AudienceDryRun } from './audience-dry-run';
