/*
** event.c — the one constructor of the event record.
*/
#include <math.h>
#include "dyad.h"

void dyad_event_init(dyad_event *ev)
{
    static const dyad_event_actor no_actor = { "", "", "", "", -1, -1 };
    ev->doc_id = ev->event_id = ev->date = ev->date_basis = "";
    ev->sent = -1;
    ev->source = ev->target = no_actor;
    ev->cameo = ev->cameo_root = ev->plover = "";
    ev->quad_class = 0;
    ev->goldstein = NAN;
    ev->verb.text = ev->verb.lemma = "";
    ev->verb.start = ev->verb.end = -1;
    ev->negated = 0;
    ev->modality = "";
    ev->confidence = NAN;
    ev->location.text = ev->location.name = ev->location.country = ev->location.id = "";
    ev->location.lat = ev->location.lon = NAN;
    ev->sentence = ev->why = "";
    ev->story_source = ev->story_url = "";
}
