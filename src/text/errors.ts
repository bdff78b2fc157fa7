/**
 * Errors raised by the pure text functions. The codes are stable: the API, the CLI and the
 * upload page map them to messages and HTTP statuses without parsing the text.
 */
export type TextErrorCode =
  | 'upload.empty'
  | 'upload.binary'
  | 'upload.too_large'
  | 'upload.zip_bomb'
  | 'upload.pdf_encrypted'
  | 'upload.pdf_malformed'
  | 'upload.docx_malformed'
  | 'upload.unsupported_type';

export class TextError extends Error {
  readonly code: TextErrorCode;

  constructor(code: TextErrorCode, message: string) {
    super(message);
    this.name = 'TextError';
    this.code = code;
  }
}

export function isTextError(e: unknown): e is TextError {
  return e instanceof TextError;
}
