export { renderToString, renderSvg, renderableTags, CHART_TAGS, ATTRIBUTES, type RenderAttributes } from './render.js';
export { ReportError } from '../data/errors.js';
