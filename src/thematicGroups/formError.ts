import { fieldMessagesOf, formError, type Issue } from '../foundation/formError.ts';

/**
 * zod issues as a FormError (src/foundation/formError.ts) whose fields carry keys: a schema message
 * that is a thematicGroups.err.* key as it is, any other by the issue's code.
 */
export const fromIssues = (issues: readonly Issue[], code: string) => formError(code, fieldMessagesOf(issues, 'thematicGroups'));
