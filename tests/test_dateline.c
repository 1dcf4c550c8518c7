/*
** test_dateline.c — a wire story's dateline is a sentence of its own, so
** that the story's first clause parses as a clause.
*/
#include "testing.h"
#include "text_helpers.h"

TEST(datelines_are_split_off)
{
    CHECK_STR(segment("KYIV (Reuters) - Drones hit a depot."), "KYIV|(|Reuters|)|- // Drones|hit|a|depot|.");
    CHECK_STR(segment("WASHINGTON \xe2\x80\x94 The senate voted."), "WASHINGTON|\xe2\x80\x94 // The|senate|voted|.");
    CHECK_STR(segment("GAZA CITY, Palestinian Territories: Shells fell."),
              "GAZA|CITY|,|Palestinian|Territories|: // Shells|fell|.");
    CHECK_STR(segment("MANILA, Philippines, Jan 24 (AP) -- Talks resumed."),
              "MANILA|,|Philippines|,|Jan|24|(|AP|)|-- // Talks|resumed|.");
    CHECK_STR(segment("THE HAGUE (AFP) - Judges ruled."), "THE|HAGUE|(|AFP|)|- // Judges|ruled|.");
}

TEST(datelines_open_a_line)
{
    /* a story's dateline after its headline, and in the next story */
    CHECK_STR(segment("Drones hit depot\nKYIV (Reuters) - Drones hit a depot.\n\nLIMA (AP) - Miners struck."),
              "Drones|hit|depot // KYIV|(|Reuters|)|- // Drones|hit|a|depot|. // LIMA|(|AP|)|- // Miners|struck|.");
    /* ... not inside a line */
    CHECK_STR(segment("It rained. PARIS - Talks began."), "It|rained|. // PARIS|-|Talks|began|.");
}

TEST(what_is_not_a_dateline)
{
    /* capitals with no dash or colon after them */
    CHECK_STR(segment("NATO leaders met in Riga."), "NATO|leaders|met|in|Riga|.");
    CHECK_STR(segment("US, EU officials met."), "US|,|EU|officials|met|.");
    /* a lower-case word in the place, or a bracket left open */
    CHECK_STR(segment("Kyiv (Reuters) - Drones hit."), "Kyiv|(|Reuters|)|-|Drones|hit|.");
    CHECK_STR(segment("KYIV (Reuters - Drones hit."), "KYIV|(|Reuters|-|Drones|hit|.");
    /* two capitals are no place: a postscript */
    CHECK_STR(segment("PS -- There is a party tonight."), "PS|--|There|is|a|party|tonight|.");
    /* a hyphen is no dash */
    CHECK_STR(segment("US-led forces - and others - left."), "US|-|led|forces|-|and|others|-|left|.");
    CHECK_STR(segment("KYIV-based donors met."), "KYIV|-|based|donors|met|.");
    /* nothing left after it: a lone dateline stays as it is */
    CHECK_STR(segment("KYIV (Reuters) - Hi"), "KYIV|(|Reuters|)|-|Hi");
}

TEST(after_a_kicker_sub_headline)
{
    CHECK_STR(segment_with("Boats fired water cannon, injuring three crew members\nMANILA (AP) - "
                           "The Philippines summoned the envoy.", 0, 1),
              "Boats|fired|water|cannon|,|injuring|three|crew|members // MANILA|(|AP|)|- // "
              "The|Philippines|summoned|the|envoy|.");
}

int main(void)
{
    RUN(datelines_are_split_off);
    RUN(datelines_open_a_line);
    RUN(what_is_not_a_dateline);
    RUN(after_a_kicker_sub_headline);
    return TEST_DONE();
}
