import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A countdown for one hold: start, pause, reset. The big number is for the eyes; a polite live
 * region says when a hold starts and ends, so nobody has to watch the screen while holding.
 */
export function HoldTimer({ seconds, onFinish }: { seconds: number; onFinish: () => void }) {
  const { t } = useTranslation('patient');
  const [left, setLeft] = useState(seconds * 1000);
  const [running, setRunning] = useState(false);
  const [said, setSaid] = useState('');
  const endsAt = useRef(0);
  const finish = useRef(onFinish);
  useEffect(() => {
    finish.current = onFinish;
  });

  useEffect(() => {
    if (!running) return undefined;
    const tick = window.setInterval(() => {
      const rest = Math.max(0, endsAt.current - Date.now());
      setLeft(rest);
      if (rest === 0) {
        window.clearInterval(tick);
        setRunning(false);
        setSaid(t('timer.finished'));
        if (typeof navigator.vibrate === 'function') navigator.vibrate(300);
        finish.current();
      }
    }, 200);
    return () => {
      window.clearInterval(tick);
    };
  }, [running, t]);

  const start = () => {
    const from = left === 0 ? seconds * 1000 : left;
    endsAt.current = Date.now() + from;
    setLeft(from);
    setRunning(true);
    setSaid(t('timer.started', { count: Math.ceil(from / 1000) }));
  };
  const pause = () => {
    setRunning(false);
    setSaid(t('timer.paused', { count: Math.ceil(left / 1000) }));
  };
  const reset = () => {
    setRunning(false);
    setLeft(seconds * 1000);
    setSaid(t('timer.reset'));
  };
  const shown = Math.ceil(left / 1000);

  return (
    <div className="hold-timer">
      <p className="hold-timer__count" role="timer" aria-label={t('timer.label')}>
        <span className="hold-timer__number">{shown}</span>{' '}
        <span className="muted">{t('timer.secondsLeft', { count: shown })}</span>
      </p>
      <div className="hold-timer__buttons">
        {running ? (
          <button type="button" className="button patient-big" onClick={pause}>
            {t('timer.pause')}
          </button>
        ) : (
          <button type="button" className="button patient-big" onClick={start}>
            {left === seconds * 1000 || left === 0 ? t('timer.start') : t('timer.resume')}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary patient-big"
          onClick={reset}
          disabled={!running && left === seconds * 1000}
        >
          {t('timer.resetButton')}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
