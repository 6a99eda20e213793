/** The digest chart's size in pixels, apart from the chart itself so that knowing it does not load the canvas library. */
export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 600;
