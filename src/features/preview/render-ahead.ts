// Deriving a rendering from the last one is only needed while typing: this loads after the first answer.
export { renderAhead, sameRendering } from '../../core/template';
