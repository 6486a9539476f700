// What the preview needs once a first answer is in (loaded then): placing its problems in the form's fields,
// and deriving renderings while plain text is typed.
export { draftIssuesOf } from './draft-issues';
export { renderAhead } from '../../core/template';
