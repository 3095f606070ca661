import { useCenters } from '../hooks/use-centers';
import { centerLabel } from '../utils/center-label';

/** The <option>s for a center <select>; the select itself stays with the form that owns it. */
export function CenterOptions() {
  const { data: centers = [] } = useCenters();
  return (
    <>
      {centers.map((center) => (
        <option key={center.code} value={center.code}>
          {centerLabel(center)}
        </option>
      ))}
    </>
  );
}
