/** Errors raised by checkDraft, with stable codes the CLI and API map to messages. */
export class CheckError extends Error {
  constructor(
    readonly code: 'check.empty_draft',
    message: string,
  ) {
    super(message);
    this.name = 'CheckError';
  }
}
