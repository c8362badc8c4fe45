import { renderIllustration, type IllustrationFrame } from '@backplan/core';
import { useMemo } from 'react';

/**
 * An exercise's picture from the clinical core: animated between its start and end positions,
 * and still (the end position) when the person has asked their system for reduced motion (the
 * SVG carries its own `prefers-reduced-motion` rule). The SVG is built by our own code from the
 * catalogue's pose data, never from user input, so it is inserted as markup.
 */
export function Illustration(props: {
  exerciseId: string;
  title: string;
  size?: number;
  frame?: IllustrationFrame;
}) {
  const { exerciseId, title, size = 220, frame = 'animated' } = props;
  const svg = useMemo(
    () => renderIllustration(exerciseId, { size, frame, title }),
    [exerciseId, size, frame, title],
  );
  if (svg === undefined) return null;
  return <div className="illustration" dangerouslySetInnerHTML={{ __html: svg }} />;
}
