/*
** chart.h — a labelled bar chart of a time series, drawn with cairo as
** SVG or PNG: cooperation stacked above zero, conflict below.
*/
#ifndef DYAD_OUT_CHART_H
#define DYAD_OUT_CHART_H

#include <stddef.h>

/* One stacked layer of bars: values[n], drawn above zero or below it. */
typedef struct chart_layer {
    const char *name;        /* for the legend */
    double r, g, b;          /* its colour, 0-1 */
    int below;               /* drawn downwards from zero */
    const double *values;    /* n values, >= 0 (borrowed) */
} chart_layer;

typedef struct chart_spec {
    const char *title;       /* "USA → CAN, events per week" */
    const char *subtitle;    /* "" or the filters and store */
    const char *y_label;     /* "events (one a day)" */
    const char *const *labels;   /* n period labels (borrowed) */
    size_t n;
    const chart_layer *layers;
    size_t n_layers;
    int width, height;       /* pixels (points for SVG); 0: 1000 x 520 */
    int signed_axis;         /* label values below zero as negative (a score);
                             ** else as distances from zero (counts) */
} chart_spec;

/*
** Draws the chart into path, SVG when it ends in ".svg", PNG when ".png".
** Returns DYAD_OK, DYAD_EINVAL (another extension, no periods, or dyad
** built without cairo) or DYAD_EIO, with the reason in err.
*/
int chart_write(const chart_spec *spec, const char *path, char *err, size_t err_size);

#endif
