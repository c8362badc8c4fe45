/**
 * What the patient reads for each step of a staged path, in our words. Steps without an entry
 * fall back to the exercise's own purpose.
 */
export const STAGE_TEXT: Readonly<Record<string, string>> = {
  'prone-lying':
    'Lie face down, arms by your sides, and let your back relax for a minute, 6 times a day.',
  'prone-on-elbows':
    'Lie face down and prop yourself up on your elbows, letting your back sag, for a minute, 6 times a day.',
  'prone-press-up':
    'Lie face down and press up on your hands 10 times, hips staying on the floor, 6 times a day.',
  'standing-back-extension':
    'Stand with your hands in the small of your back and lean back 10 times, 6 times a day; it goes with you anywhere.',
  'knee-to-chest':
    'Lie on your back and draw one knee, then the other, towards your chest, 6 times a day.',
  'double-knee-to-chest':
    'Lie on your back and draw both knees towards your chest together, 6 times a day.',
  'seated-flexion':
    'Sit on a chair, feet apart, and bend forward towards the floor 10 times, 6 times a day.',
  'side-glide-wall':
    'Stand side-on to a wall and glide your hips towards it 10 times, 6 times a day.',
  'hip-hinge-dowel':
    'Learn the hip hinge: a stick along your back, push your hips back keeping head, upper back and tailbone on the stick.',
  'romanian-deadlift':
    'Hinge with a weight held in front of your thighs, back long, to just below the knees and up again.',
  'floor-to-waist-lift':
    'Lift a box or bag from the floor to your waist: feet either side, hinge and bend the knees, hold it close.',
};

/** Added to each step of a directional path (mckenzie-mdt). */
export const DIRECTIONAL_STEP_RULE =
  'Move on to the next step when this one has kept your symptoms central or easing for 2 days; go back a step if pain spreads further down the leg.';

/** Added to the last step of a directional path. */
export const DIRECTIONAL_LAST_STEP =
  'Keep this up while it helps; go back a step if pain spreads further down the leg.';

/** Added to the loaded hinge steps when bending is not yet tolerated (flexion intolerance). */
export const ONCE_BENDING_TOLERATED =
  'Only once bending forward is comfortable (at most mild pain that settles by the next morning): ';
