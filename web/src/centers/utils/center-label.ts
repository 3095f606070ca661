import type { Center } from '../api/center';

/** "Radboudumc, Nijmegen", but not "Universitätsklinikum Münster, Münster". */
export function centerLabel(center: Center): string {
  return center.name.includes(center.city) ? center.name : `${center.name}, ${center.city}`;
}
