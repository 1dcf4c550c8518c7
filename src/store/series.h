/*
** series.h — time series of events from a store: per day, ISO week
** (Monday first) or month, with empty periods filled with zeros.
**
** Events are counted one a day (dedup.h): a period's count is the number
** of distinct (date, source code, target code, CAMEO code) events in it,
** so a story told by ten outlets is one event, not ten.
*/
#ifndef DYAD_STORE_SERIES_H
#define DYAD_STORE_SERIES_H

#include <stddef.h>
#include <stdint.h>
#include "store/filter.h"
#include "store/store.h"

typedef enum series_by { SERIES_DAY, SERIES_WEEK, SERIES_MONTH } series_by;

typedef struct series_point {
    int64_t start;           /* the period's first day (days since 1970-01-01) */
    long count;              /* one-a-day events */
    double goldstein;        /* the sum of their Goldstein scores (net
                             ** cooperation: above 0 more cooperative) */
    long quad[4];            /* events per quad class 1..4 */
} series_point;

typedef struct series {
    series_point *points;    /* owned; free with series_free */
    size_t n;
} series;

/*
** Computes the series of the events matching filter (checked), from
** filter->from (or the first event) to filter->to (or the last), every
** period present.  Returns DYAD_OK, DYAD_ETOOBIG when that is more than
** 100000 periods, or an error with store_error() saying why.
*/
int series_compute(dyad_store *store, const store_filter *filter, series_by by, series *out);
void series_free(series *s);

/* The first day of the period holding day, and of the period after. */
int64_t series_period_start(int64_t day, series_by by);
int64_t series_next_period(int64_t start, series_by by);

/* The period's label: YYYY-MM-DD (day, week start) or YYYY-MM (month). */
void series_label(int64_t start, series_by by, char *buf, size_t size);

#endif
