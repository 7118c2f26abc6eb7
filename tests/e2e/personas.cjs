// Personas shared by the end-to-end tests and scripts/bench: [question pattern, answer] lists
// for completeJourney (tests/e2e/journey.cjs).

/** Typical night-time calf cramps in a 64-year-old. */
const NIGHT_CRAMPS = [
  [/Where do you feel/, ['Your right calf']],
  [/Which of these describe/, ['Sudden, painful cramps: the muscle tightens and goes hard']],
  [/When do the cramps happen/, ['At night in bed, or while resting']],
  [/How long does a cramp/, 'From a few seconds up to 10 minutes'],
  [/How often do you get the cramps/, 'Less than once a week'],
  [/firmly stretching/, 'Yes'],
  [/How old are you/, 68],
];

/** Classic intermittent claudication answers (add the body map). */
const WALKING = [
  [/Which of these describe/, ['Aching muscles, not in a joint']],
  [/in your leg\(s\) when you walk/, 'Yes'],
  [/ever begin when you are standing still/, 'No'],
  [/walk uphill or hurry/, 'Yes'],
  [/ordinary pace/, 'Yes'],
  [/What happens to it if you stand still/, 'Usually disappears in 10 minutes or less'],
  [/what makes it go away/, 'Just stopping and standing still'],
  [/same distance/, 'Yes'],
  [/How old are you/, 68],
  [/Do you have any of these health conditions/, ['Diabetes']],
  [/do any of these apply to you/i, ['I smoke, or used to smoke']],
];

module.exports = { NIGHT_CRAMPS, WALKING };
