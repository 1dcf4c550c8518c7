/*
** test_tokenize.c — tokenization follows UD English EWT: clitics, hyphens,
** numbers, money, abbreviations, URLs, quotes, multiword tokens, offsets.
*/
#include "testing.h"
#include "text_helpers.h"
#include "text/abbrev.h"

TEST(clitics_are_split_into_words)
{
    CHECK_STR(segment("I don't know"), "I|do|n't|know");
    CHECK_STR(segment("They can't and won't"), "They|ca|n't|and|wo|n't");
    CHECK_STR(segment("Ukraine's army"), "Ukraine|'s|army");
    CHECK_STR(segment("Russia’s Foreign Ministry"), "Russia|’s|Foreign|Ministry");
    CHECK_STR(segment("we're sure they'll say I'm wrong"), "we|'re|sure|they|'ll|say|I|'m|wrong");
    CHECK_STR(segment("You cannot be gonna"), "You|can|not|be|gon|na");
    CHECK_STR(segment("YOU CANNOT, gotta."), "YOU|CAN|NOT|,|got|ta|.");
    CHECK_STR(segment("the soldiers' families"), "the|soldiers|'|families");
    CHECK_STR(segment("O'Brien's plan"), "O'Brien|'s|plan");
}

TEST(multiword_tokens_keep_offsets)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    const char *text = "It doesn't.";
    dyad_doc_set_text(&doc, text, strlen(text));
    CHECK_INT(dyad_segment(&doc, NULL), DYAD_OK);
    CHECK_INT(doc.n_tokens, 4);
    CHECK_INT(doc.tokens[1].mwt, 2);
    CHECK_INT(doc.tokens[2].in_mwt, 1);
    CHECK_INT(doc.tokens[1].start, 3);
    CHECK_INT(doc.tokens[1].end, 7);
    CHECK_INT(doc.tokens[2].start, 7);
    CHECK_INT(doc.tokens[2].end, 10);
    CHECK_INT(doc.tokens[2].space_after, 0);
    CHECK_INT(doc.tokens[0].space_after, 1);
    dyad_doc_free(&doc);
}

TEST(hyphens)
{
    CHECK_STR(segment("a center-north area"), "a|center|-|north|area");
    CHECK_STR(segment("US-led and Iran-backed forces"), "US|-|led|and|Iran|-|backed|forces");
    CHECK_STR(segment("send an e-mail to co-workers"), "send|an|e-mail|to|co-workers");
    CHECK_STR(segment("a non-binding, anti-ship plan"), "a|non-binding|,|anti-ship|plan");
    CHECK_STR(segment("a 15-year term"), "a|15|-|year|term");
    CHECK_STR(segment("peace -- at last"), "peace|--|at|last");
}

TEST(numbers_and_money)
{
    CHECK_STR(segment("worth US$170,000 or 3.5 billion"), "worth|US$|170,000|or|3.5|billion");
    CHECK_STR(segment("cost $5 and 10%"), "cost|$|5|and|10|%");
    CHECK_STR(segment("in the 1990s and the 80's"), "in|the|1990s|and|the|80's");
    CHECK_STR(segment("the 5th time at 10:30"), "the|5th|time|at|10:30");
    CHECK_STR(segment("call 713-654-0365"), "call|713-654-0365");
    CHECK_STR(segment("ages 13-17"), "ages|13|-|17");
    CHECK_STR(segment("an 8gb card"), "an|8|gb|card");
}

TEST(abbreviations_keep_their_period)
{
    CHECK_STR(segment("Gen. Smith met Lt. Col. Jones"), "Gen.|Smith|met|Lt.|Col.|Jones");
    CHECK_STR(segment("the U.S. and U.K. governments"), "the|U.S.|and|U.K.|governments");
    CHECK_STR(segment("on Feb. 24 at No. 2 St. Mark's"), "on|Feb.|24|at|No.|2|St.|Mark|'s");
    CHECK_STR(segment("Jennifer M. Anderson"), "Jennifer|M.|Anderson");
    CHECK_STR(segment("at 3 p.m. today"), "at|3|p.m.|today");
    CHECK_STR(segment("Acme Inc. said"), "Acme|Inc.|said");
    CHECK_STR(segment("Acme LTD. said"), "Acme|LTD.|said");
    /* a sentence-final abbreviation gives its period to the sentence */
    CHECK_STR(segment("He works for Acme Inc."), "He|works|for|Acme|Inc|.");
}

TEST(punctuation_and_quotes)
{
    CHECK_STR(segment("“The patrols will continue,” he said."),
              "“|The|patrols|will|continue|,|”|he|said|.");
    CHECK_STR(segment("\"Yes\" (no) [maybe]"), "\"|Yes|\"|(|no|)|[|maybe|]");
    CHECK_STR(segment("will continue ... as long as"), "will|continue|...|as|long|as");
    CHECK_STR(segment("Wait... what?!"), "Wait|...|what|?!");
    CHECK_STR(segment("great :) really :-)"), "great|:)|really|:-)");
    CHECK_STR(segment("the war—and peace"), "the|war|—|and|peace");
}

TEST(urls_emails_and_handles)
{
    CHECK_STR(segment("see http://example.com/a?b=1, now"), "see|http://example.com/a?b=1|,|now");
    CHECK_STR(segment("mail jo.smith@example.org today"), "mail|jo.smith@example.org|today");
    CHECK_STR(segment("join #audiobooks b/c w/o"), "join|#audiobooks|b/c|w/o");
    CHECK_STR(segment("file Lisa_resume.doc here"), "file|Lisa_resume.doc|here");
}

TEST(unicode_is_normalised_to_nfc)
{
    /* "e" + COMBINING ACUTE becomes the precomposed é in the form, while
    ** the offsets still cover the original three bytes. */
    dyad_doc doc;
    dyad_doc_init(&doc);
    const char *text = "Caf" "e\xcc\x81" " Élysée";
    dyad_doc_set_text(&doc, text, strlen(text));
    CHECK_INT(dyad_segment(&doc, NULL), DYAD_OK);
    CHECK_STR(doc.tokens[0].form, "Caf\xc3\xa9");
    CHECK_INT(doc.tokens[0].end, 6);
    CHECK_STR(doc.tokens[1].form, "Élysée");
    dyad_doc_free(&doc);
}

TEST(invalid_utf8_is_an_error)
{
    dyad_doc doc;
    dyad_doc_init(&doc);
    const char bad[] = "ok \xc3\x28 no";
    dyad_doc_set_text(&doc, bad, sizeof bad - 1);
    CHECK_INT(dyad_segment(&doc, NULL), DYAD_EUTF8);
    CHECK_INT(doc.n_tokens, 0);
    dyad_doc_free(&doc);
}

TEST(word_lists_are_sorted)
{
    CHECK(abbrev_lists_sorted());
    CHECK_INT(abbrev_lookup("Gen", 3), ABBREV_TITLE);
    CHECK_INT(abbrev_lookup("INC", 3), ABBREV_OTHER);
    CHECK_INT(abbrev_lookup("Zzz", 3), ABBREV_NONE);
    CHECK(hyphen_prefix("Non", 3));
    CHECK(!hyphen_prefix("Iran", 4));
}

TEST(empty_and_blank_text)
{
    CHECK_STR(segment(""), "");
    CHECK_STR(segment("   \n\n\t "), "");
    CHECK_STR(segment("."), ".");
}

int main(void)
{
    RUN(clitics_are_split_into_words);
    RUN(multiword_tokens_keep_offsets);
    RUN(hyphens);
    RUN(numbers_and_money);
    RUN(abbreviations_keep_their_period);
    RUN(punctuation_and_quotes);
    RUN(urls_emails_and_handles);
    RUN(unicode_is_normalised_to_nfc);
    RUN(invalid_utf8_is_an_error);
    RUN(word_lists_are_sorted);
    RUN(empty_and_blank_text);
    return TEST_DONE();
}
