// Ink's devtools polyfill (loaded only under DEV=true) imports the websocket library for
// react-devtools-core, which the bundle stubs anyway (react-devtools-core.ts): 126 KB less to parse.
export default class WebSocket {}
