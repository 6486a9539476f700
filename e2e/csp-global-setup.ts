import { clearCspReports } from './csp-reports';

export default clearCspReports;
