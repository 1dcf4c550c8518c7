/*
** test_sentence.c — sentence boundaries in news text: abbreviations,
** initials, numbers, quotes, ellipses, lines, sub-headlines, teasers.
*/
#include "testing.h"
#include "text_helpers.h"

TEST(abbreviations_do_not_end_sentences)
{
    CHECK_STR(segment("Gen. Lee spoke. Lt. Col. Ames left."), "Gen.|Lee|spoke|. // Lt.|Col.|Ames|left|.");
    CHECK_STR(segment("Talks began on Feb. 24 in Kyiv."), "Talks|began|on|Feb.|24|in|Kyiv|.");
    CHECK_STR(segment("Mr. Smith met Dr. Jones at St. Paul."), "Mr.|Smith|met|Dr.|Jones|at|St.|Paul|.");
    CHECK_STR(segment("He is No. 2 now."), "He|is|No.|2|now|.");
    CHECK_STR(segment("U.S. officials said so."), "U.S.|officials|said|so|.");
    CHECK_STR(segment("Bush nominated Jennifer M. Anderson today."),
              "Bush|nominated|Jennifer|M.|Anderson|today|.");
}

TEST(abbreviations_end_sentences_before_a_starter)
{
    CHECK_STR(segment("He lives in the U.S. The talks failed."),
              "He|lives|in|the|U.S|. // The|talks|failed|.");
    CHECK_STR(segment("It is X. So we go."), "It|is|X|. // So|we|go|.");
}

TEST(numbers_and_money_do_not_end_sentences)
{
    CHECK_STR(segment("It cost US$170,000, or 3.5 billion lei. Then it rose."),
              "It|cost|US$|170,000|,|or|3.5|billion|lei|. // Then|it|rose|.");
}

TEST(closing_quotes_stay_with_their_sentence)
{
    CHECK_STR(segment("He said: “We will fight.” Then he left."),
              "He|said|:|“|We|will|fight|.|” // Then|he|left|.");
    CHECK_STR(segment("“Why?” she asked. “Because.”"), "“|Why|?|”|she|asked|. // “|Because|.|”");
    CHECK_STR(segment("They won (narrowly.) Next came the vote."),
              "They|won|(|narrowly|.|) // Next|came|the|vote|.");
}

TEST(ellipsis_inside_a_quote_does_not_end_it)
{
    CHECK_STR(segment("“It will continue ... as long as needed,” he said."),
              "“|It|will|continue|...|as|long|as|needed|,|”|he|said|.");
}

TEST(stops_before_lower_case_in_chat_text)
{
    CHECK_STR(segment("are you kidding? why would you. i see."),
              "are|you|kidding|? // why|would|you|. // i|see|.");
}

TEST(line_breaks)
{
    CHECK_STR(segment("Headline without a stop\nBody text here."),
              "Headline|without|a|stop // Body|text|here|.");
    /* a hard-wrapped sentence goes on in lower case */
    CHECK_STR(segment("The minister\nsaid no."), "The|minister|said|no|.");
    /* ... and after a comma or a word that cannot end a line's sentence,
    ** whatever the case of the next line */
    CHECK_STR(segment("The envoy met with\nPremier Anna Kovac."), "The|envoy|met|with|Premier|Anna|Kovac|.");
    CHECK_STR(segment("The envoy, sent by\nZagreb, left."), "The|envoy|,|sent|by|Zagreb|,|left|.");
    CHECK_STR(segment("Officials met in Oslo,\nNorway, on Monday."), "Officials|met|in|Oslo|,|Norway|,|on|Monday|.");
    CHECK_STR(segment("Ferry sinks off the coast\nThe ferry sank."), "Ferry|sinks|off|the|coast // The|ferry|sank|.");
    CHECK_STR(segment("They blamed the army's\n2019 purge."), "They|blamed|the|army|'s|2019|purge|.");
}

TEST(kicker_sub_headline)
{
    CHECK_STR(segment_with("Boats fired water cannon, injuring three crew members The Philippines "
                           "summoned the envoy.", 0, 1),
              "Boats|fired|water|cannon|,|injuring|three|crew|members // "
              "The|Philippines|summoned|the|envoy|.");
    CHECK_STR(segment_with("Trucks crossed into Gaza, the UN said Egypt reopened the crossing.", 0, 1),
              "Trucks|crossed|into|Gaza|,|the|UN|said // Egypt|reopened|the|crossing|.");
    /* no comma before "said": the attribution is not postposed */
    CHECK_STR(segment_with("The coast guard said Chinese vessels fired. More later.", 0, 1),
              "The|coast|guard|said|Chinese|vessels|fired|. // More|later|.");
}

TEST(truncated_last_sentence_is_dropped_and_counted)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    const char *text = "The talks ended. Cairo had pressed";
    dyad_segment_options options = { 1, 0 };
    dyad_doc_set_text(&doc, text, strlen(text));
    CHECK_INT(dyad_segment(&doc, &options), DYAD_OK);
    CHECK_INT(doc.n_sents, 1);
    CHECK_INT(doc.truncated, 1);
    /* a lone headline is kept: nothing shows it was cut */
    text = "Talks end in Cairo";
    dyad_doc_set_text(&doc, text, strlen(text));
    CHECK_INT(dyad_segment(&doc, &options), DYAD_OK);
    CHECK_INT(doc.n_sents, 1);
    CHECK_INT(doc.truncated, 0);
    dyad_doc_free(&doc);
}

TEST(sentence_offsets_cover_their_words)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    const char *text = "  One two.  Three four!  ";
    dyad_doc_set_text(&doc, text, strlen(text));
    CHECK_INT(dyad_segment(&doc, NULL), DYAD_OK);
    CHECK_INT(doc.n_sents, 2);
    CHECK_INT(doc.sents[0].start, 2);
    CHECK_INT(doc.sents[0].end, 10);
    CHECK_INT(doc.sents[1].start, 12);
    CHECK_INT(doc.sents[1].end, 23);
    CHECK_INT(doc.sents[1].first, 3);
    CHECK_INT(doc.sents[1].count, 3);
    dyad_doc_free(&doc);
}

int main(void)
{
    RUN(abbreviations_do_not_end_sentences);
    RUN(abbreviations_end_sentences_before_a_starter);
    RUN(numbers_and_money_do_not_end_sentences);
    RUN(closing_quotes_stay_with_their_sentence);
    RUN(ellipsis_inside_a_quote_does_not_end_it);
    RUN(stops_before_lower_case_in_chat_text);
    RUN(line_breaks);
    RUN(kicker_sub_headline);
    RUN(truncated_last_sentence_is_dropped_and_counted);
    RUN(sentence_offsets_cover_their_words);
    return TEST_DONE();
}
