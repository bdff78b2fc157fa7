import { capability as accounts } from './accounts/capability.ts';
import { capability as analysis } from './analysis/capability.ts';
import { capability as drafting } from './drafting/capability.ts';
import { capability as framework } from './framework/capability.ts';
import { capability as notifications } from './notifications/capability.ts';
import { capability as participants } from './participants/capability.ts';
import { capability as processes } from './processes/capability.ts';
import { capability as records } from './records/capability.ts';
import { capability as registry } from './registry/capability.ts';
import { capability as reporting } from './reporting/capability.ts';
import { capability as stakeholders } from './stakeholders/capability.ts';
import { capability as tasks } from './tasks/capability.ts';
import { capability as thematicGroups } from './thematicGroups/capability.ts';
import { registerAsset } from './server/assets.ts';
import type { Capability } from './server/capability.ts';
import { registerJobHandler, registerUntransactedJobHandler } from './server/jobs.ts';
import { setNavigation } from './server/layout.tsx';
import { elementPageSections, stateProfileSections } from './server/sections.ts';

/**
 * Every capability, listed once (src/server/capability.ts says what each brings). The order is the
 * navigation's and the order routes are mounted in. The app (src/server/app.tsx), the access matrix,
 * the demo (src/demo.ts), the job runner and the shared page sections all read this list.
 */
export const CAPABILITIES: readonly Capability[] = [
  accounts,
  processes,
  framework,
  participants,
  records,
  thematicGroups,
  reporting,
  analysis,
  drafting,
  stakeholders,
  registry,
  tasks,
  notifications,
];

let installed = false;

/**
 * Hands the foundation what the capabilities contribute: job handlers, shared page sections,
 * assets and the navigation. Idempotent; runs when this module is first imported, so whoever
 * loads the list (the app, the job runner, a test) gets all of it.
 */
export function installCapabilities() {
  if (installed) return;
  installed = true;
  for (const cap of CAPABILITIES) {
    for (const [kind, handler] of Object.entries(cap.jobs ?? {})) registerJobHandler(kind, handler);
    for (const [kind, handler] of Object.entries(cap.untransactedJobs ?? {})) registerUntransactedJobHandler(kind, handler);
    for (const s of cap.sections?.stateProfile ?? []) stateProfileSections.register(s);
    for (const s of cap.sections?.elementPage ?? []) elementPageSections.register(s);
    for (const a of cap.assets ?? []) registerAsset(a.name, a.file, a.type);
  }
  setNavigation(CAPABILITIES.flatMap((cap) => cap.nav ?? []));
}
installCapabilities();
