/** Moved to the shared factories; kept here until every caller imports it from there. */
export { demoActors } from '../testing/factories.ts';
