// Boundaries, projection and colours for choropleth maps (`<takar-map>`).
export * from './boundaries.js';
export * from './projection.js';
export * from './colors.js';
