/*
** test_event_row.c — packed records: a round trip of every packed field,
** unknowns kept unknown, a story's list of events read back by index, and
** damaged rows refused.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
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

TEST(story_lists)
{
    /* A story's events are one array of packed events, read back by index. */
    dyad_event ev[2], back;
    dyad_event_init(&ev[0]);
    dyad_event_init(&ev[1]);
    ev[0].event_id = "d:0:1"; ev[0].source.code = "USAGOV"; ev[0].source.country = "USA";
    ev[0].target.code = "CAN"; ev[0].target.country = "CAN"; ev[0].cameo = "042";
    ev[0].quad_class = 1; ev[0].goldstein = 1.9;
    ev[1].event_id = "d:2:1"; ev[1].cameo = "190"; ev[1].quad_class = 4; ev[1].goldstein = -10;
    ev[1].confidence = 1.0 / 3.0;
    event_row_buf buf = { 0 };
    event_row_put_raw(&buf, "[", 1);
    CHECK_INT(event_row_append(&buf, &ev[0], "2026-03-01"), 0);
    event_row_put_raw(&buf, ",", 1);
    CHECK_INT(event_row_append(&buf, &ev[1], ""), 0);
    event_row_put_raw(&buf, "]", 1);
    void *holder;
    size_t n;
    CHECK_INT(event_row_parse_list(buf.data, buf.len, &holder, &n), DYAD_OK);
    CHECK_INT(n, 2);
    dyad_event_init(&back);
    CHECK_INT(event_row_fill(holder, 0, &back), DYAD_OK);
    CHECK_STR(back.source.code, "USAGOV");
    CHECK_STR(back.target.country, "CAN");
    CHECK_STR(back.cameo, "042");
    CHECK_INT(back.quad_class, 1);
    CHECK(back.goldstein == 1.9);
    CHECK_INT(event_row_fill(holder, 1, &back), DYAD_OK);
    CHECK_STR(back.event_id, "d:2:1");
    CHECK_INT(back.quad_class, 4);
    CHECK(back.goldstein == -10.0);
    CHECK(back.confidence == 1.0 / 3.0);     /* not a short decimal: written in full */
    CHECK_STR(back.source.code, "");
    CHECK_INT(event_row_fill(holder, 2, &back), DYAD_EFORMAT);
    event_row_release(holder);
    CHECK_INT(event_row_parse_list("{}", 2, &holder, &n), DYAD_EFORMAT);
    free(buf.data);
}

TEST(long_strings_with_escapes)
{
    /* Escapes at every offset of a long string, and bytes of 0x80 and up
    ** (UTF-8), which need none. */
    char text[200];
    for (int at = 0; at < 40; at++) {
        for (int i = 0; i < 60; i++) text[i] = (char)('a' + i % 26);
        memcpy(text + 60, "\xc3\xa9t\xc3\xa9 \xe2\x80\x94", 9);
        text[69] = '\0';
        text[at] = at % 4 == 0 ? '"' : at % 4 == 1 ? '\\' : at % 4 == 2 ? '\n' : '\x01';
        dyad_event ev, back;
        dyad_event_init(&ev);
        ev.why = text;
        event_row_buf buf = { 0 };
        CHECK_INT(event_row_pack(&buf, &ev, ""), 0);
        void *holder;
        dyad_event_init(&back);
        CHECK_INT(event_row_unpack(buf.data, buf.len, &back, &holder), DYAD_OK);
        CHECK_STR(back.why, text);
        event_row_release(holder);
        free(buf.data);
    }
}

TEST(record_bigger_than_the_first_room)
{
    /* A record that outgrows the room the packer first tries (1 KiB) is
    ** sized and written again: a 3000-byte field of bytes that each
    ** escape to six, appended after another record. */
    char *text = malloc(3001);
    CHECK(text != NULL);
    if (!text) return;
    for (int i = 0; i < 3000; i++) text[i] = i % 2 ? '\x02' : '"';
    text[3000] = '\0';
    dyad_event small, big;
    dyad_event_init(&small);
    small.event_id = "d:1:1";
    dyad_event_init(&big);
    big.event_id = "d:1:2";
    big.why = text;
    big.source.text = "a source";
    event_row_buf buf = { 0 };
    event_row_put_raw(&buf, "[", 1);
    CHECK_INT(event_row_append(&buf, &small, "2026-02-01"), 0);
    event_row_put_raw(&buf, ",", 1);
    CHECK_INT(event_row_append(&buf, &big, "2026-02-02"), 0);
    event_row_put_raw(&buf, "]", 1);
    CHECK(buf.len > 3000 * 4);
    void *holder;
    size_t n = 0;
    CHECK_INT(event_row_parse_list(buf.data, buf.len, &holder, &n), DYAD_OK);
    CHECK_INT((int)n, 2);
    dyad_event back;
    dyad_event_init(&back);
    CHECK_INT(event_row_fill(holder, 1, &back), DYAD_OK);
    CHECK_STR(back.why, text);
    CHECK_STR(back.source.text, "a source");
    CHECK_STR(back.date, "2026-02-02");
    dyad_event_init(&back);
    CHECK_INT(event_row_fill(holder, 0, &back), DYAD_OK);
    CHECK_STR(back.event_id, "d:1:1");
    event_row_release(holder);
    free(buf.data);
    free(text);
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
    RUN(story_lists);
    RUN(long_strings_with_escapes);
    RUN(record_bigger_than_the_first_room);
    RUN(damaged_rows);
    return TEST_DONE();
}
