/** Moved to the shared factories; kept here until every test imports it from there. */
export { createDtgMeeting } from '../testing/factories.ts';
