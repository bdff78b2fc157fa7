import { fieldMessagesOf, type FieldMessages, type Issue } from '../foundation/formError.ts';

/**
 * zod issues as field messages of a FormError (src/foundation/formError.ts, `parseForm`) whose fields
 * carry keys: a schema message that is a thematicGroups.err.* key as it is, any other by the issue's code.
 */
export const messagesOf = (issues: readonly Issue[]): FieldMessages => fieldMessagesOf(issues, 'thematicGroups');
