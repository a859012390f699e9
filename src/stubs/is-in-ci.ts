// Ink asks is-in-ci whether a CI variable is set and, if so, writes no frame until it unmounts:
// a browser started in a terminal that has CI=1 in its environment (a CI runner's shell, a
// server's profile) would show a blank screen. The browser only ever runs on a terminal (checked
// before Ink loads), so the bundle answers "not in CI" instead.
const isInCi = false;
export default isInCi;
