/** The base64 part of a `data:…;base64,…` URL, as FileReader.readAsDataURL returns it. */
export function base64FromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? '' : dataUrl.slice(comma + 1);
}
