import { centerLabel } from '../utils/center-label';
import { useCenters } from './use-centers';

/** Turns a center code into its readable name once the centers are loaded; the code until then. */
export function useCenterName(): (code: string | null) => string | null {
  const { data: centers } = useCenters();
  return (code) => {
    if (code === null) return null;
    const center = centers?.find((candidate) => candidate.code === code);
    return center ? centerLabel(center) : code;
  };
}
