/**
 * The CDN entry of @takar/elements: one `<script type="module" src=".../takar.js">` defines every
 * element. Vega and the results schema load lazily, in their own chunks, when a chart needs them.
 */
import './define/ranking.js';
