// The ordered list of every migration. `npm run migration:generate -- Name` appends to it.
import { Initial1795756307611 } from './1795756307611-Initial.js';
// <generated imports>

export const allMigrations = [
  Initial1795756307611,
  // <generated entries>
];
