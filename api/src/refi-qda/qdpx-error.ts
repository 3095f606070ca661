/**
 * Why a .qdpx cannot be imported at all. The API maps each code to a localized 4xx; nothing is
 * stored when one is thrown.
 */
export type QdpxErrorCode = 'REFI_QDA_NOT_A_ZIP' | 'REFI_QDA_TOO_LARGE' | 'REFI_QDA_NO_PROJECT' | 'REFI_QDA_INVALID_XML';

export class QdpxError extends Error {
  constructor(
    readonly code: QdpxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'QdpxError';
  }
}
