/*
** test_event_jsonl.c — the event record: every field written in the
** record's order, unknowns as "" / null, a round trip through the reader,
** and rejected lines with FILE:LINE reasons.
*/
#include <math.h>
#include <stdlib.h>
#include "testing.h"
#include "dyad.h"
#include "out/event_jsonl.h"

static dyad_event sample(void)
{
    dyad_event ev;
    dyad_event_init(&ev);
    ev.doc_id = "story-7"; ev.sent = 5; ev.event_id = "story-7:5:1";
    ev.date = "2026-01-20"; ev.date_basis = "story";
    ev.source = (dyad_event_actor){ "Russia\xe2\x80\x99s Foreign Ministry", "RUSGOV", "RUS", "GOV", 0, 27 };
    ev.target = (dyad_event_actor){ "Bucharest", "ROUGOV", "ROU", "GOV", 37, 46 };
    ev.cameo = "112"; ev.cameo_root = "11"; ev.plover = "ACCUSE";
    ev.quad_class = 3; ev.goldstein = -2.0;
    ev.verb = (dyad_event_verb){ "accused", "accuse", 28, 35 };
    ev.modality = "asserted"; ev.confidence = 0.87;
    ev.location = (dyad_event_location){ "Transnistria", "Transnistria", "MDA", 47.2, 29.4, "g1" };
    ev.sentence = "He said \"no\"\n\ttwice\\.";
    ev.why = "verb 'accuse'";
    ev.story_source = "wire"; ev.story_url = "https://example.org/a";
    return ev;
}

static char *write_to_string(const dyad_event *ev)
{
    char *buf = NULL; size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK_INT(event_jsonl_write(f, ev), DYAD_OK);
    fclose(f);
    return buf;
}

TEST(writes_record_in_order)
{
    dyad_event ev = sample();
    char *s = write_to_string(&ev);
    const char *keys[] = { "\"doc_id\"", "\"sent\"", "\"event_id\"", "\"date\"", "\"date_basis\"",
        "\"source\"", "\"target\"", "\"cameo\"", "\"cameo_root\"", "\"plover\"", "\"quad_class\"",
        "\"goldstein\"", "\"verb\"", "\"negated\"", "\"modality\"", "\"confidence\"",
        "\"location\"", "\"sentence\"", "\"why\"", "\"story\"" };
    const char *at = s;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const char *k = strstr(at, keys[i]);
        CHECK(k != NULL);
        if (k) at = k;
    }
    CHECK(strstr(s, "\"goldstein\": -2.0,") != NULL);
    CHECK(strstr(s, "\"confidence\": 0.87,") != NULL);
    CHECK(strstr(s, "\"sentence\": \"He said \\\"no\\\"\\n\\ttwice\\\\.\"") != NULL);
    CHECK(s[strlen(s) - 1] == '\n');
    CHECK(strchr(s, '\n') == s + strlen(s) - 1);
    free(s);
}

TEST(unknowns_are_empty_or_null)
{
    dyad_event ev;
    dyad_event_init(&ev);
    ev.doc_id = "d";
    char *s = write_to_string(&ev);
    CHECK(strstr(s, "\"sent\": null") != NULL);
    CHECK(strstr(s, "\"quad_class\": null") != NULL);
    CHECK(strstr(s, "\"goldstein\": null") != NULL);
    CHECK(strstr(s, "\"lat\": null") != NULL);
    CHECK(strstr(s, "\"start\": null") != NULL);
    CHECK(strstr(s, "\"cameo\": \"\"") != NULL);
    CHECK(strstr(s, "\"negated\": false") != NULL);
    free(s);
}

TEST(round_trip)
{
    dyad_event ev = sample(), back;
    char *s = write_to_string(&ev);
    void *holder; char err[200];
    CHECK_INT(event_jsonl_parse(s, strlen(s), &back, &holder, err, sizeof err), DYAD_OK);
    CHECK_STR(back.doc_id, "story-7");
    CHECK_INT(back.sent, 5);
    CHECK_STR(back.source.text, "Russia\xe2\x80\x99s Foreign Ministry");
    CHECK_STR(back.target.code, "ROUGOV");
    CHECK_INT(back.target.end, 46);
    CHECK_INT(back.quad_class, 3);
    CHECK(back.goldstein == -2.0);
    CHECK(back.confidence == 0.87);
    CHECK(back.location.lat == 47.2);
    CHECK_STR(back.sentence, ev.sentence);
    CHECK_STR(back.story_url, "https://example.org/a");
    char *again = write_to_string(&back);
    CHECK_STR(again, s);
    event_jsonl_release(holder);
    free(again);
    free(s);
}

/* A monadic event: an empty target, written and read back as such. */
TEST(no_target)
{
    dyad_event ev = sample(), back;
    ev.target = (dyad_event_actor){ "", "", "", "", -1, -1 };
    ev.cameo = "141"; ev.cameo_root = "14"; ev.plover = "PROTEST";
    char *s = write_to_string(&ev);
    CHECK(strstr(s, "\"target\": {\"text\": \"\", \"code\": \"\", \"country\": \"\", \"sector\": \"\", "
                    "\"start\": null, \"end\": null}") != NULL);
    void *holder; char err[200];
    CHECK_INT(event_jsonl_parse(s, strlen(s), &back, &holder, err, sizeof err), DYAD_OK);
    CHECK_STR(back.target.code, "");
    CHECK_STR(back.target.text, "");
    CHECK_INT(back.target.start, -1);
    CHECK_STR(back.source.code, "RUSGOV");
    char *again = write_to_string(&back);
    CHECK_STR(again, s);
    event_jsonl_release(holder);
    free(again);
    free(s);
}

TEST(reader_reports_file_and_line)
{
    const char *text =
        "{\"doc_id\": \"a\", \"date\": \"2026-01-02\", \"cameo\": \"042\", \"quad_class\": 1}\n"
        "\n"
        "not json\n"
        "{\"doc_id\": \"a\", \"quad_class\": 7}\n"
        "{\"doc_id\": \"a\", \"date\": \"2026-02-30\"}\n"
        "{\"date\": \"2026-01-02\"}\n"
        "[1]\n"
        "{\"doc_id\": \"b\", \"goldstein\": \"high\"}\n"
        "{\"doc_id\": \"c\", \"sent\": 2}\n";
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    event_jsonl_reader *r;
    CHECK_INT(event_jsonl_open(&r, f, "x.jsonl"), DYAD_OK);
    dyad_event ev;
    CHECK_INT(event_jsonl_next(r, &ev), DYAD_OK);
    CHECK_STR(ev.cameo, "042");
    CHECK_INT(event_jsonl_next(r, &ev), DYAD_EFORMAT);
    CHECK(strncmp(event_jsonl_error(r), "x.jsonl:3: not JSON", 19) == 0);
    CHECK_INT(event_jsonl_next(r, &ev), DYAD_EFORMAT);
    CHECK(strstr(event_jsonl_error(r), "x.jsonl:4:") && strstr(event_jsonl_error(r), "quad_class"));
    CHECK_INT(event_jsonl_next(r, &ev), DYAD_EFORMAT);
    CHECK(strstr(event_jsonl_error(r), "x.jsonl:5:") && strstr(event_jsonl_error(r), "date"));
    CHECK_INT(event_jsonl_next(r, &ev), DYAD_EFORMAT);
    CHECK(strstr(event_jsonl_error(r), "doc_id") != NULL);
    CHECK_INT(event_jsonl_next(r, &ev), DYAD_EFORMAT);
    CHECK(strstr(event_jsonl_error(r), "x.jsonl:7:") != NULL);
    CHECK_INT(event_jsonl_next(r, &ev), DYAD_EFORMAT);
    CHECK(strstr(event_jsonl_error(r), "goldstein") != NULL);
    size_t len;
    const char *raw = event_jsonl_rejected(r, &len);
    CHECK(len > 0 && strncmp(raw, "{\"doc_id\": \"b\"", 14) == 0);
    CHECK_INT(event_jsonl_next(r, &ev), DYAD_OK);
    CHECK_STR(ev.doc_id, "c");
    CHECK(isnan(ev.goldstein));
    CHECK_INT(event_jsonl_next(r, &ev), DYAD_DONE);
    CHECK_INT(event_jsonl_line(r), 9);
    event_jsonl_close(r);
    fclose(f);
}

int main(void)
{
    RUN(writes_record_in_order);
    RUN(unknowns_are_empty_or_null);
    RUN(round_trip);
    RUN(no_target);
    RUN(reader_reports_file_and_line);
    return TEST_DONE();
}
