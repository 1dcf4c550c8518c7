/*
** chart.c — time-series bar charts with cairo (chart.h).
**
** Layout: title and legend on top, a y axis with "nice" ticks (1, 2 or 5
** times a power of ten) on the left, bars in the middle, period labels
** below, thinned so that they never overlap.  Cairo draws the same scene
** to an SVG or a PNG surface.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "dyad.h"
#include "out/chart.h"

#ifdef DYAD_NO_CAIRO

int chart_write(const chart_spec *spec, const char *path, char *err, size_t err_size)
{
    (void)spec; (void)path;
    snprintf(err, err_size, "this dyad was built without cairo; install libcairo2-dev and rebuild");
    return DYAD_EINVAL;
}

#else

#include <cairo.h>
#include <cairo-svg.h>
#include <fontconfig/fontconfig.h>

static double nice_step(double range, int ticks)
{
    double raw = range / ticks;
    double p = pow(10.0, floor(log10(raw)));
    double f = raw / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

static void text_at(cairo_t *cr, double x, double y, const char *s, double align_x, double align_y)
{
    cairo_text_extents_t e;
    cairo_text_extents(cr, s, &e);
    cairo_move_to(cr, x - e.width * align_x - e.x_bearing, y - e.height * align_y - e.y_bearing);
    cairo_show_text(cr, s);
}

static void draw(cairo_t *cr, const chart_spec *s, double W, double H)
{
    const double left = 78, right = 24, top = 92, bottom = 70;
    double pw = W - left - right, ph = H - top - bottom;

    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    cairo_set_font_size(cr, 18);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    text_at(cr, left, 30, s->title ? s->title : "", 0, 0.5);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 12);
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    if (s->subtitle && *s->subtitle) text_at(cr, left, 52, s->subtitle, 0, 0.5);

    /* Legend: a swatch and the name of each layer, in a row. */
    double lx = left;
    for (size_t k = 0; k < s->n_layers; k++) {
        cairo_set_source_rgb(cr, s->layers[k].r, s->layers[k].g, s->layers[k].b);
        cairo_rectangle(cr, lx, 68, 12, 12);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
        text_at(cr, lx + 17, 74, s->layers[k].name, 0, 0.5);
        cairo_text_extents_t e;
        cairo_text_extents(cr, s->layers[k].name, &e);
        lx += 17 + e.x_advance + 22;
    }

    /* The range: the tallest stack above zero and below it. */
    double up = 0, down = 0;
    for (size_t i = 0; i < s->n; i++) {
        double a = 0, b = 0;
        for (size_t k = 0; k < s->n_layers; k++) {
            double v = s->layers[k].values[i];
            if (!(v > 0)) continue;
            if (s->layers[k].below) b += v; else a += v;
        }
        if (a > up) up = a;
        if (b > down) down = b;
    }
    if (up == 0 && down == 0) up = 1;
    double step = nice_step(up + down, 6);
    up = ceil(up / step) * step;
    down = ceil(down / step) * step;
    double scale = ph / (up + down);
    double zero_y = top + up * scale;

    /* Grid and y ticks. */
    cairo_set_line_width(cr, 1);
    cairo_set_font_size(cr, 11);
    for (double v = -down; v <= up + step / 2; v += step) {
        double y = zero_y - v * scale;
        cairo_set_source_rgb(cr, 0.9, 0.9, 0.9);
        cairo_move_to(cr, left, floor(y) + 0.5);
        cairo_line_to(cr, left + pw, floor(y) + 0.5);
        cairo_stroke(cr);
        char buf[32];
        /* Counts below zero are still counts: label the distance from zero. */
        snprintf(buf, sizeof buf, "%g", fabs(v) < step / 1e6 ? 0.0 : s->signed_axis ? v : fabs(v));
        cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
        text_at(cr, left - 8, y, buf, 1, 0.5);
    }
    cairo_save(cr);
    cairo_translate(cr, 18, top + ph / 2);
    cairo_rotate(cr, -M_PI / 2);
    cairo_set_font_size(cr, 12);
    text_at(cr, 0, 0, s->y_label ? s->y_label : "", 0.5, 0.5);
    cairo_restore(cr);
    cairo_set_font_size(cr, 11);
    cairo_set_source_rgb(cr, 0.35, 0.55, 0.35);
    text_at(cr, left + pw - 4, top + 10, "cooperation \xe2\x86\x91", 1, 0.5);
    cairo_set_source_rgb(cr, 0.65, 0.3, 0.3);
    text_at(cr, left + pw - 4, top + ph - 10, "conflict \xe2\x86\x93", 1, 0.5);

    /* Bars: each period's layers stacked away from zero. */
    double slot = pw / (double)s->n;
    double bw = slot * 0.78 > 1 ? slot * 0.78 : slot;
    for (size_t i = 0; i < s->n; i++) {
        double x = left + slot * (double)i + (slot - bw) / 2;
        double above = 0, below = 0;
        for (size_t k = 0; k < s->n_layers; k++) {
            double v = s->layers[k].values[i];
            if (!(v > 0)) continue;
            cairo_set_source_rgb(cr, s->layers[k].r, s->layers[k].g, s->layers[k].b);
            if (s->layers[k].below) {
                cairo_rectangle(cr, x, zero_y + below * scale, bw, v * scale);
                below += v;
            } else {
                above += v;
                cairo_rectangle(cr, x, zero_y - above * scale, bw, v * scale);
            }
            cairo_fill(cr);
        }
    }
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    cairo_set_line_width(cr, 1.2);
    cairo_move_to(cr, left, zero_y);
    cairo_line_to(cr, left + pw, zero_y);
    cairo_stroke(cr);
    cairo_move_to(cr, left + 0.5, top);
    cairo_line_to(cr, left + 0.5, top + ph);
    cairo_stroke(cr);

    /* X labels, every k-th so that they do not collide, rotated. */
    cairo_set_font_size(cr, 10);
    cairo_text_extents_t e;
    cairo_text_extents(cr, "2026-01-01", &e);
    size_t every = (size_t)ceil((e.height + 8) / slot);
    if (every < 1) every = 1;
    cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
    for (size_t i = 0; i < s->n; i += every) {
        double x = left + slot * ((double)i + 0.5);
        cairo_move_to(cr, x, top + ph);
        cairo_line_to(cr, x, top + ph + 4);
        cairo_stroke(cr);
        cairo_save(cr);
        cairo_translate(cr, x, top + ph + 8);
        cairo_rotate(cr, -M_PI / 4);
        text_at(cr, 0, 0, s->labels[i], 1, 0.5);
        cairo_restore(cr);
    }
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

int chart_write(const chart_spec *spec, const char *path, char *err, size_t err_size)
{
    int W = spec->width > 0 ? spec->width : 1000, H = spec->height > 0 ? spec->height : 520;
    if (spec->n == 0) {
        snprintf(err, err_size, "no periods to draw");
        return DYAD_EINVAL;
    }
    int svg = ends_with(path, ".svg"), png = ends_with(path, ".png");
    if (!svg && !png) {
        snprintf(err, err_size, "'%s' must end in .svg or .png", path);
        return DYAD_EINVAL;
    }
    cairo_surface_t *surface = svg ? cairo_svg_surface_create(path, W, H)
                                   : cairo_image_surface_create(CAIRO_FORMAT_RGB24, W, H);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        snprintf(err, err_size, "cannot write '%s': %s", path,
                 cairo_status_to_string(cairo_surface_status(surface)));
        cairo_surface_destroy(surface);
        return DYAD_EIO;
    }
    cairo_t *cr = cairo_create(surface);
    draw(cr, spec, W, H);
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    if (st == CAIRO_STATUS_SUCCESS && png) st = cairo_surface_write_to_png(surface, path);
    cairo_surface_finish(surface);
    if (st == CAIRO_STATUS_SUCCESS) st = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    /* Cairo keeps font caches for the life of the process; drop them so
    ** that a chart leaves nothing behind (and leak checkers stay quiet). */
    cairo_debug_reset_static_data();
    FcFini();
    if (st != CAIRO_STATUS_SUCCESS) {
        snprintf(err, err_size, "cannot write '%s': %s", path, cairo_status_to_string(st));
        return DYAD_EIO;
    }
    return DYAD_OK;
}

#endif
