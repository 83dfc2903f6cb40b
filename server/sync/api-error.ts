/**
 * An answer the sync API gives on purpose: a status and a message written for the person (or
 * developer) who made the request. Nothing in it comes from a stack or a database error.
 */
export class ApiError extends Error {
  override name = 'ApiError'

  constructor(
    readonly statusCode: number,
    message: string,
    /** Extra fields for the JSON body, beside `error`. */
    readonly details: Record<string, unknown> = {},
    /** Headers to send with the answer. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}
