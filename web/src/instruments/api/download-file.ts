import { ApiError } from '../../api/api-error';
import { isErrorEnvelope } from '../../api/is-error-envelope';
import { currentLanguage } from '../../app/current-language';
import { i18n } from '../../app/i18n';
import { fileNameFromDisposition } from '../utils/file-name-from-disposition';

/**
 * Saves a file the API serves (exports are not JSON, so the JSON client cannot fetch them): reads it
 * with the session cookie, then hands it to the browser as an object URL. Failures arrive as the
 * API's localized ApiError, like every other call.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', headers: { 'Accept-Language': currentLanguage() } });
  } catch {
    throw new ApiError('NETWORK_ERROR', i18n.t('common:errors.network'), 0);
  }
  if (!response.ok) {
    const payload: unknown = response.headers.get('content-type')?.includes('json')
      ? await response.json().catch(() => undefined)
      : undefined;
    if (isErrorEnvelope(payload)) {
      throw new ApiError(payload.error.code, payload.error.message, response.status, payload.error.details);
    }
    throw new ApiError('UNEXPECTED_RESPONSE', i18n.t('common:errors.unexpected'), response.status);
  }

  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser starts saving after the click returns; revoking at once could cut it off.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
