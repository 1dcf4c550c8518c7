/*
** test_event_row.c — the packed record column: a round trip of every
** packed field, unknowns kept unknown, and damaged rows refused.
*/
#include <math.h>
#include <stdlib.h>
#include "testing.h"
#include "store/event_row.h"

TEST(round_trip)
{
    dyad_event ev, back;
    dyad_event_init(&ev);
    ev.event_id = "d:1:1"; ev.sent = 1; ev.date_basis = "text";
    ev.source = (dyad_event_actor){ "the \"Kremlin\"", "RUSGOV", "RUS", "GOV", 4, 17 };
    ev.target.text = "Kyiv\n"; ev.target.start = 30;
    ev.cameo_root = "11"; ev.plover = "ACCUSE";
    ev.verb = (dyad_event_verb){ "accused", "accuse", 18, 25 };
    ev.negated = 1; ev.modality = "reported"; ev.confidence = 0.125;
    ev.location = (dyad_event_location){ "Kyiv", "Kyiv", "UKR", 50.45, 30.5233, "703448" };
    ev.why = "verb\\x";
    event_row_buf buf = { 0 };
    CHECK_INT(event_row_pack(&buf, &ev, "2026-02-01"), 0);
    void *holder;
    dyad_event_init(&back);
    CHECK_INT(event_row_unpack(buf.data, buf.len, &back, &holder), DYAD_OK);
    CHECK_STR(back.event_id, "d:1:1");
    CHECK_INT(back.sent, 1);
    CHECK_STR(back.date, "2026-02-01");
    CHECK_STR(back.source.text, "the \"Kremlin\"");
    CHECK_STR(back.source.sector, "GOV");
    CHECK_INT(back.source.end, 17);
    CHECK_STR(back.target.text, "Kyiv\n");
    CHECK_INT(back.target.end, -1);
    CHECK_STR(back.verb.lemma, "accuse");
    CHECK_INT(back.negated, 1);
    CHECK(back.confidence == 0.125);
    CHECK(back.location.lon == 30.5233);
    CHECK_STR(back.why, "verb\\x");
    event_row_release(holder);

    dyad_event_init(&ev);
    CHECK_INT(event_row_pack(&buf, &ev, ""), 0);
    CHECK_INT(event_row_unpack(buf.data, buf.len, &back, &holder), DYAD_OK);
    CHECK(isnan(back.confidence) && isnan(back.location.lat));
    CHECK_INT(back.sent, -1);
    event_row_release(holder);
    free(buf.data);
}

TEST(damaged_rows)
{
    dyad_event ev;
    void *holder;
    CHECK_INT(event_row_unpack("[1,2]", 5, &ev, &holder), DYAD_EFORMAT);
    CHECK_INT(event_row_unpack("{}", 2, &ev, &holder), DYAD_EFORMAT);
    CHECK_INT(event_row_unpack("[", 1, &ev, &holder), DYAD_EFORMAT);
    CHECK(holder == NULL);
}

int main(void)
{
    RUN(round_trip);
    RUN(damaged_rows);
    return TEST_DONE();
}
