import { useTranslation } from 'react-i18next';
import type { UnlockResult } from '../app/participant-controller';
import { useHeadingFocus } from '../hooks/use-heading-focus';
import { PinForm } from './pin-form';

interface LockScreenProps {
  onUnlock: (pin: string) => Promise<UnlockResult>;
  onPasswordSignIn: () => void;
}

/** A neutral screen after inactivity: nothing of the participant's answers, only the way back for staff. */
export function LockScreen({ onUnlock, onPasswordSignIn }: LockScreenProps) {
  const { t } = useTranslation(['survey']);
  const heading = useHeadingFocus<HTMLHeadingElement>();
  return (
    <section className="participant-screen participant-screen-centered" aria-labelledby="lock-title" data-testid="lock-screen">
      <h1 id="lock-title" ref={heading} tabIndex={-1}>
        {t('survey:lock.title')}
      </h1>
      <p className="participant-lead">{t('survey:lock.body')}</p>
      <div className="participant-panel">
        <h2>{t('survey:pin.title')}</h2>
        <PinForm onUnlock={onUnlock} onPasswordSignIn={onPasswordSignIn} />
      </div>
    </section>
  );
}
