import { assertNoCspReports } from './csp-reports';

export default assertNoCspReports;
