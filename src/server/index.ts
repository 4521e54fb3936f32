export { renderToString, renderSvg, renderableTags, ATTRIBUTES, type RenderAttributes } from './render.js';
export { ReportError } from '../data/errors.js';
