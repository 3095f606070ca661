import type { Instrument } from '../api/instrument';
import { InstrumentCard } from './instrument-card';

export function InstrumentList({ instruments }: { instruments: Instrument[] }) {
  return (
    <ul className="instrument-list" data-testid="instrument-list">
      {instruments.map((instrument) => (
        <InstrumentCard key={instrument.id} instrument={instrument} />
      ))}
    </ul>
  );
}
