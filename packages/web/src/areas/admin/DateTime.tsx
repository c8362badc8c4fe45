import { useTranslation } from 'react-i18next';

const formats = new Map<string, Intl.DateTimeFormat>();

/** Date and time in the browser's time zone, in the interface language's conventions. */
export function formatDateTime(iso: string, language: string): string {
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
    formats.set(language, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/** A moment shown locally, with the exact ISO time the server recorded on hover and in the markup. */
export function DateTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={iso} title={iso}>
      {formatDateTime(iso, i18n.language)}
    </time>
  );
}
