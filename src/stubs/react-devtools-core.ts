// Ink imports react-devtools-core only when DEV=true; the bundle ships this no-op instead,
// because marking the package external makes start-up fail when it is not installed.
const devtools = { initialize() {}, connectToDevTools() {} };
export default devtools;
