#!/bin/sh
# The lexicon's verb patterns on sentences of our own, coded end to end
# with the shipped models: one or more a construction family (agreement
# and commitment, requests, rejection, yielding, sanctions, coercion).
# Each line: the sentence, then the event that must be among its events
# as "CAMEO SOURCE>TARGET" (a grep pattern: the target's sector is the
# actor resolver's business, not the pattern's).
. "$(dirname "$0")/lib.sh"

if [ ! -f models/tagger.bin ] || [ ! -f models/parser.bin ] || [ ! -f models/lexicon.bin ]; then
    skip "patterns: models/ not built"
    finish
    exit $?
fi

# codes one sentence and prints its events as "CAMEO SOURCE>TARGET", one a line
events_of() {
    printf '{"id":"p","date":"2020-03-01","text":"%s"}\n' "$1" >"$tmp/in.jsonl"
    $DYAD code --input-format jsonl "$tmp/in.jsonl" 2>/dev/null |
        /usr/bin/python3 -c 'import sys, json
for l in sys.stdin:
    e = json.loads(l); print(e["cameo"], e["source"]["code"] + ">" + e["target"]["code"])'
}
has_event() { events_of "$1" | grep -x "$2" >/dev/null || { echo "  '$1': want $2, got: $(events_of "$1" | tr '\n' ';')"; return 1; }; }
# no event of the sentence matches the grep pattern
# knows_place NAME: the compiled lexicon has NAME as a place (cities come
# from the gazetteer, which a checkout without `npm ci` lacks)
knows_place() { $DYAD dict lookup "$1" 2>/dev/null | grep -q '"kind":"place"'; }
no_event() { ! events_of "$1" | grep "$2" >/dev/null || { echo "  '$1': want no $2, got: $(events_of "$1" | tr '\n' ';')"; return 1; }; }

# requests: the one asked, read by the parser as an indirect object
check "urged X to act" has_event "France urged Mali to hold elections." "0244 FRA>MLI"
check "asked X to extradite" has_event "Chile asked Argentina to extradite the former officer." "0213 CHL>ARG"
# a demand said as a noun, addressed to its clause's subject
check "reiterated its demand that X" has_event "The World Bank reiterated its demand that Kenya cut spending." "100 IGOWBK>KEN"
# commitment: a promise
check "is committed to opening" has_event "Portugal is committed to opening its market to Brazilian goods." "0311 PRT>BRA"
# closer ties in a field of the economy are economic cooperation, a wish to
# deepen them the intent of it
check "deepened a partnership in tourism" has_event "Chile and Laos deepened a partnership in tourism." "061 CHL>LAO"
check "expanded cooperation with X in agriculture" has_event "Peru expanded its cooperation with Ghana in agriculture." "061 PER>GHA"
check "seek to strengthen ties in trade" has_event "Peru and Ghana are seeking to strengthen ties in trade." "0311 PER>GHA"
check "ties in a fight are no trade" no_event "Chile and Laos deepened their partnership in the fight against crime." "^061 "
# attending a gathering held in another country is a visit to it; one
# held on a subject in a country is not aimed at it
check "attended a summit in X" has_event "Ghana attended a summit in Peru." "042 GHA>PER"
check "attended the talks in X" has_event "Nepal attended the talks in Chile on Monday." "042 NPL>CHL"
check "a summit on a crisis in X" no_event "Ghana attended a summit on the crisis in Peru." ">PER"
# military support or aid offered or pledged is the intent of military aid
check "offered military support to X" has_event "Peru offered military support to Ghana." "0332 PER>GHA"
check "pledged further military aid to X" has_event "Chile pledged further military aid to Nepal." "0332 CHL>NPL"
check "support offered, not military, is diplomatic" has_event "Peru offered support to Ghana." "032 PER>GHA"
# wanting another to act is asking it to; a wish only guessed at ("might
# want") is no request anyone made
check "wants X to act" has_event "Norway wants Chile to reopen the talks." "020 NOR>CHL"
check "what X wants Y to do is not done" no_event "Norway wants Chile to attack Peru." "^1[89]"
check "might want X to act" no_event "Norway might want Chile to reopen the talks." "^020 "
# what one wants done to another (a passive or bare participle) asks
# nothing of it
check "wants X to be punished" no_event "Norway wants Chile to be punished." "^020 "
check "wants X punished" no_event "Norway wants Chile punished." "^020 "
# giving or granting permission is allowing (080); refused, a refusal to
# yield (124)
check "gave X permission" has_event "Chile gave Peru permission to land the plane." "080 CHL>PER"
check "granted permission to X" has_event "Chile granted permission to Peru to land the plane." "080 CHL>PER"
check "would not give permission to X" has_event "Chile said it would not give permission to Peru to land the plane." "124 CHL>PER"
# what a resolution or a bill is meant to do is no one's act or threat;
# a side's own plan is its intent
check "a resolution that aims to impose sanctions" no_event "Chile backed a U.N. Security Council resolution that aims to impose sanctions on Peru." ">PER$"
check "a plan that aims to withdraw troops" has_event "Chile's plan aims to withdraw troops from Peru." "0356 CHL>PER"
# more verbs of asking; what is asked is not done
check "prodded X to act" has_event "France prodded Mali to hold elections." "020 FRA>MLI"
check "what X is implored to do is not done" sh -c "! $DYAD code --input-format jsonl /dev/stdin <<'E' | grep -q '\"cameo\": \"180\"'
{\"id\":\"p\",\"date\":\"2020-03-01\",\"text\":\"France implored Mali to attack Niger.\"}
E"
# what one concludes another must do is a demand of it
check "concluded that X must allocate" has_event "The African Union concluded that Sudan must allocate more money to health." "100 IGOAFU>SDN"
# rejection: the one whose request it was, hung on the verb
check "turned down a request from X" has_event "Serbia turned down a request from Croatia to extradite the suspect." "120 SRB>HRV"
check "scorned the offer from X" has_event "Iran scorned the offer from Germany." "120 IRN>DEU"
check "ignored calls from X" has_event "Venezuela ignored calls from Colombia to close the border." "120 VEN>COL"
check "brushed aside calls from X" has_event "Belarus brushed aside calls from Lithuania to close the plant." "120 BLR>LTU"
check "declined an invitation from X" has_event "Cuba declined an invitation from Mexico to attend the summit." "125 CUB>MEX"
# yielding to demands, and refusing it
check "met the demands of X" has_event "Kenya met the demands of Uganda." "080 KEN>UGA"
check "would not meet the demands of X" has_event "Israel said it would not meet the demands of Hamas." "124 ISR>PSEHMS"
# sanctions: supplies cut
check "cut off gas supplies to X" has_event "Russia cut off gas supplies to Ukraine." "163 RUS>UKR"
check "halted oil supplies to X" has_event "Russia halted oil supplies to Belarus." "163 RUS>BLR"
# coercion: cyber attacks (PLOVER COERCE, mode cyber)
check "hacked into X's networks" has_event "Chinese hackers hacked into the computer networks of the Indian defence ministry." "170 CHNCRM>INDGOV"
check "broke into X's accounts" has_event "Russian hackers broke into the email accounts of Ukrainian officials." "170 RUSCRM>UKRGOV"
check "defaced X's website" has_event "Syrian hackers defaced the website of the Turkish foreign ministry." "170 SYRCRM>TUR.*"
# threats: what a side is willing, ready or prepared to do, or plans, is
# not done yet
check "is willing to impose sanctions" has_event "Russia is willing to impose sanctions on Georgia." "1312 RUS>GEO"
check "is prepared to launch an operation" has_event "Turkey is prepared to launch a military operation against Syrian Kurdish fighters." "1384 TUR>SYR.*"
check "will boycott unless" has_event "The Egyptian opposition will boycott the elections unless the president resigns." "133 EGYOPP>EGY.*"
# "institute" a curfew or martial law, as "impose" and "introduce"; threatened
# by a state's organ, its own country's curfew gets the threat's own code (1323)
check "instituted a curfew" has_event "The Thai government instituted a curfew in Pattani." "1723 THAGOV>THA"
check "threatened to institute a curfew" has_event "The Nepalese king threatened to institute a curfew in Kathmandu." "1323 NPLGOV>NPL"
# a death under torture in someone's custody is their assault
check "died under torture in X's custody" has_event "A Kenyan activist died under torture in Ugandan police custody." "1822 UGACOP>KEN.*"
# a disposition voiced: its content is intended by whoever has it
check "expressed willingness to mediate" has_event "Kenya expressed willingness to mediate between Sudan and Chad." "039 KEN>SDN"
check "signalled its readiness to negotiate" has_event "Kenya signalled its readiness to negotiate with Somalia." "036 KEN>SOM"
# agreement: a joint body set up is cooperation, not an inquiry
check "agreed to set up a joint commission with X" has_event "Kenya agreed to set up a joint border commission with Uganda." "060 KEN>UGA"
check "X and Y established a joint committee" has_event "Ghana and Togo established a joint security committee." "060 TGO>GHA"
# dying in someone's attack, shelling or air strike: their blow
check "died in X's attack" has_event "Two Nigerian soldiers died in a Boko Haram attack." "190 NGABKH>NGA.*"
check "died in X's shelling" has_event "Two Ukrainian soldiers died in Russian shelling." "194 RUS>UKR.*"
check "a bomb planted by X killed" has_event "A car bomb planted by the PKK killed three Turkish soldiers." "190 TURPKK>TUR.*"
# concessions: returning to someone, the recipient hung on the "of" complement
check "returned the bodies of X's soldiers to X" has_event "Russia returned the bodies of Ukrainian soldiers to Ukraine." "0842 RUS>UKR"
check "handed over (read as a preposition) the bodies to X" has_event "Russia handed over the bodies of Ukrainian soldiers to Ukraine." "0841 RUS>UKR"
# a condition or an open question is no event
check "if X attacks Y" no_event "If Kenya attacks Uganda, the region will suffer." "KEN>UGA"
check "should X decide to retaliate" no_event "Should Ghana decide to retaliate against Togo, the talks would collapse." "GHA>TGO"
check "whether X will help Y" no_event "Diplomats wonder whether Peru will help Chile." "PER>CHL"
# encircling said as a present state is where a place lies
check "X is surrounded by Y and Z" no_event "Kenya is surrounded by Uganda, Tanzania and Somalia." "191"
check "X was surrounded by Y" has_event "The Malian town of Gao was surrounded by Algerian troops." "191 DZAMIL>MLI"
# "he" after a name the lexicon does not know is that person, not an earlier actor
check "X, unknown, said he" no_event "Ugandan President Yoweri Museveni visited Kenya on Monday. Okello said he had criticised Tanzania." "UGA.*>TZA"
# where a meeting is held is not whom it meets: a place, the sidelines of a gathering
check "held a meeting in New York" no_event "The Kenyan president and the Ugandan president held a meeting in New York." ">USA"
check "held a meeting in New York: each other" has_event "The Kenyan president and the Ugandan president held a meeting in New York." "040 KENGOV>UGAGOV"
check "on the sidelines of X" no_event "The Kenyan president held talks with the Ugandan president on the sidelines of the UN General Assembly." ">IGO.*"
# a noun event's own "by" phrase is who does it, not its clause's subject
check "a visit to X by Y" has_event "Ghana's tour preceded a three-day visit to Togo by Nigerian Foreign Minister Geoffrey Onyeama." "042 NGAGOV>TGO"
check "a visit to X by Y, not the clause's subject" no_event "Ghana's tour preceded a three-day visit to Togo by Nigerian Foreign Minister Geoffrey Onyeama." "GHA>TGO"
# an act denied of each of its doers, or of each it is done to, by
# "neither ... nor" did not happen; without it, it did
check "neither X nor Y condemned Z" no_event "Neither Peru nor Chile condemned Bolivia." "^111"
check "X condemned neither Y nor Z" no_event "Peru condemned neither Bolivia nor Chile." "^111"
check "X and Y condemned Z" has_event "Peru and Chile condemned Bolivia." "111 CHL>BOL"
# an idiom of "call" (calling someone's bluff) is no phone call, however
# many constraints the phone call's own pattern has
check "called X's bluff" no_event "Chile has now called Peru's bluff." "^041"
check "called X" has_event "Chile called Peru on Monday." "041 CHL>PER"
# what one did not allow another to do did not happen
check "did not allow X to attack Y" no_event "Kenya did not allow Somali rebels to attack Ethiopia." "180"
# a surname inside someone else's full name is not the office holder
check "another given name before a surname" no_event "On Monday, Dmitri Putin visited Kenya." "RUS"
check "a title before a surname" has_event "On Monday, Russian President Putin visited Kenya." "042 RUSGOV>KEN"
check "an Arabic name going on after the surname" no_event "Sheikh Abdullah al-Ani visited Kenya." "JOR"
# "the leader of" something unnamed is not the leader named before
check "the leader of an unnamed body" no_event "Kenyan President Uhuru Kenyatta spoke on Monday. The leader of the student union criticised Uganda." "KEN"
# a promise passes through an aspect verb
check "pledged to continue assisting X" has_event "Russia pledged to continue assisting Serbia." "033 RUS>SRB"
# an attack on a record, a policy or a reputation is criticism, as the verb is
check "X's attack on Y's budget" has_event "Uganda's attack on Kenya's budget was harsh." "111 UGA>KEN"
# what a report is "on" is its topic, not whom it is aimed at
check "published a report on X" no_event "The United Nations published a report on Kenya." ">KEN"
check "gave a speech on X" no_event "The Kenyan president gave a speech on relations with Uganda." ">UGA"
# what one refrains or holds off from did not happen
check "held off on attacks against X" no_event "The Kenyan army held off on further attacks against Somali rebels." "180"
check "refrained from attacks on X" no_event "The Kenyan army refrained from attacks on Somali rebels." "180"
check "a titled unknown name before he" no_event "Ugandan President Yoweri Museveni visited Kenya on Monday. Kenya avoided criticising President Okello Mwangi on the grounds that he had helped Tanzania." "UGA.*>TZA"
# a salvo, barrage or series counts its "of" noun: the weapon is that noun,
# and the place on it is the place of the act
check "fired a barrage of rockets at X" has_event "Yemeni rebels fired a barrage of rockets at Saudi Arabia." "194 YEMREB>SAU"
if knows_place Kandahar; then
    check "detonated a string of bombs in X" has_event "Afghan militants detonated a string of bombs in Kandahar." "183 AFG.*>AFG"
else
    skip "detonated a string of bombs in X: the lexicon was built without the city gazetteer (npm ci)"
fi
# reaching a consensus or an understanding is agreeing, and sides that
# reach one together agree with each other
check "X and Y reached an understanding" has_event "Chad and Niger reached an understanding on joint border patrols." "030 TCD>NER"
check "X and Y reached an understanding: the other side" has_event "Chad and Niger reached an understanding on joint border patrols." "030 NER>TCD"
# a country's ally, proxy or backer is another side, not that country
check "attacked X's allies" no_event "Syrian rebels attacked Iran's allies." ">IRN.*"
check "ambushed X's proxies" no_event "Syrian rebels ambushed a convoy of Turkey's proxies." ">TUR.*"
# a site in a country is that country's ground; talk or unrest in it is not
check "sent inspectors to a reactor in X" has_event "The IAEA sent inspectors to a research reactor in Syria." "090 IGOIAEA>SYR"
check "shelled a base in X" has_event "Turkish jets bombed a rebel base in Iraq." "195 TURMIL>IRQ"
check "a summit on the unrest in X" no_event "The Kenyan president will attend a summit on the unrest in Sudan." ">SDN.*"
# what one aims or strives to do is not done yet, nor is what is joined to it
check "aims to impose sanctions on X" has_event "Russia aims to impose sanctions on Georgia." "1312 RUS>GEO"
check "aims to X and impose sanctions" no_event "Russia aims to close the border and impose sanctions on Georgia." "^163 "
# a present tense after a plural people's name is the verb, and the
# participle after it describes the noun it stands before
check "Xs reject revised terms" has_event "The Iraqis reject revised Turkish terms for the water treaty, an Iraqi official said." "124 IRQ>TUR"
check "Xs reject revised terms: the participle no verb" no_event "The Iraqis reject revised Turkish terms for the water treaty, an Iraqi official said." "^08"
# being killed in someone's shelling or air strike is their blow, as dying
# in it is; killing in it keeps the killer as the source
check "were killed in X army shelling" has_event "Two Lebanese farmers were killed in Syrian army shelling near the border." "194 SYRMIL>LBN.*"
check "were killed in an X airstrike" has_event "Two Lebanese farmers were killed in an Israeli airstrike." "195 ISR>LBN.*"
check "X killed Y in shelling" has_event "Syrian troops killed two Lebanese farmers in army shelling near the border." "190 SYRMIL>LBN.*"
# a place hit or struck by someone's missiles, drones or rockets is their
# blow, said actively or in the passive
if knows_place Mosul; then
    check "X was hit by Y missiles" has_event "The city of Mosul was hit by Turkish missiles overnight." "195 TUR.*>IRQ.*"
else
    skip "X was hit by Y missiles: the lexicon was built without the city gazetteer (npm ci)"
fi
check "Y rockets hit X" has_event "Syrian rockets hit the Lebanese town of Hermel." "194 SYR.*>LBN.*"
# a sum in dollars or pounds is money
check "pledged \$10 million to X" has_event "Nigeria pledged \$10 million to Niger." "0331 NGA>NER"
check "allocated £5 million to X" has_event "Britain allocated £5 million to Kenya." "071 GBR>KEN"
# a ship flagged, registered or owned in a country is that country's; a
# body backed, armed or trained by one is not
check "seized a X-flagged tanker" has_event "Iran seized a British-flagged tanker in the Gulf." "171 IRN>GBR"
check "seized a X-registered ship" has_event "Iran seized a Liberian-registered ship." "171 IRN>LBR"
check "fought X-backed rebels" no_event "Syrian troops fought Turkish-backed rebels." ">TUR.*"
# suspending or banning a broadcaster, a radio or a television channel is
# restricting the press (1721), as suspending a newspaper is
check "suspended X broadcasters" has_event "Mali's junta suspended French broadcasters." "1721 MLIGOV>FRAMED"
check "banned a X television channel" has_event "Niger banned a French television channel." "1721 NER>FRAMED"
# sides that exchange or trade fire fire at each other; sides that open
# fire together do not
check "X and Y exchanged fire" has_event "India and Pakistan exchanged fire across the border." "193 PAK>IND"
check "X and Y opened fire" no_event "American and British forces opened fire." "193 USA.*>GBR.*"
# saying one will or could strike is a threat; saying one's troops struck
# is a report of the strike, no threat
check "said it would attack X" has_event "Kenya said it would attack Somalia." "1384 KEN>SOM"
check "said its troops attacked X" no_event "Kenya said its troops attacked Somalia." "^13"
check "said its troops attacked X: the strike" has_event "Kenya said its troops attacked Somalia." "190 KENMIL>SOM"
# welcoming a statement approves it (051), as welcoming a decision does
check "welcomed X's statement" has_event "Ghana welcomed Togo's statement on the border." "051 GHA>TGO"
# an irregular past the tagger misread is still the verb
check "X rebels overran a base in Y" has_event "Chadian rebels overran an army base in eastern Sudan." "190 TCDREB>SDN"
# a hideout is a target to strike, and a site of the country it is in
check "struck militant hideouts in X" has_event "The Turkish army struck militant hideouts in Iraq." "190 TURMIL>IRQ"
# claiming that another side struck is accusing it; claiming that one
# struck oneself is owning the act, no accusation
check "claimed that X attacked Y" has_event "Nepal claimed that Indian troops had shelled a border post." "112 NPL>IND.*"
check "claimed that it attacked Y" no_event "Nepal claimed that it had attacked India." "^112"
# what a demand's "that" clause says is to be done, not done: after a
# word of demanding, or with its verb bare after a singular subject
check "demanded that X ease: no easing" no_event "Norway demanded that Chile ease restrictions on Peruvian workers." "^081"
check "reiterated that X ease: no easing" no_event "Norway reiterated that Chile ease restrictions on Peruvian workers." "^081"
check "insisted that X had attacked: the attack" has_event "Russia insisted that its troops had attacked Georgian rebels." "190 RUSMIL>GEO.*"
# a bare verb after a name in a demand's "that" clause is that name's
# verb, not a noun the name modifies
check "its demand that X ease" has_event "Peru reiterated its demand that Chile ease restrictions on imports." "100 PER>CHL"
check "its demand today that X ease" has_event "Peru reiterated its demand today that Chile ease restrictions on imports." "100 PER>CHL"
# getting ready to strike is a show of force (150), not a threat; being
# prepared to strike is a readiness voiced, a threat
check "the army prepared to resume shelling X" has_event "The Kenyan army prepared to resume shelling Somali militants." "150 KENMIL>SOM.*"
check "troops were preparing to attack X" has_event "Kenyan troops were preparing to attack Somali militants." "150 KENMIL>SOM.*"
check "X is prepared to launch an offensive" has_event "Iraq is prepared to launch a military operation against Syria." "1384 IRQ>SYR"
# property wrecked or destroyed by protesters is a violent protest (145),
# said actively or in the passive
check "demonstrators wrecked X's embassy" has_event "Kenyan demonstrators wrecked the Ugandan embassy." "145 KENOPP>UGA.*"
check "X's embassy was wrecked by demonstrators" has_event "The Ugandan embassy was wrecked by Kenyan demonstrators." "145 KENOPP>UGA.*"
# military intelligence handed to a side is military aid (072), also as the
# second of joined objects; intelligence shared between sides stays 064
check "supplied images and military intelligence to X" has_event "Norway is supplying satellite images and other military intelligence to Peru." "072 NOR>PER"
check "gave military intelligence to X" has_event "Denmark gave military intelligence to the Chilean army." "072 DNK>CHL.*"
check "shared military intelligence with X" has_event "Sweden shared military intelligence with Finland." "064 SWE>FIN"
# owning an act names no one, but the act fell on the place it happened:
# the claim is aimed at that place's country; a place said of the claim
# itself is only where it was made
check "claimed responsibility for an attack on X in Y" has_event "Boko Haram claimed responsibility for the deadly attack on a market in Chad." "015 NGABKH>TCD"
check "claimed responsibility for an attack targeting X in Y" has_event "Boko Haram claimed responsibility for a raid targeting a police station in Cameroon." "015 NGABKH>CMR"
check "claimed responsibility in a statement issued in Y" no_event "Boko Haram claimed responsibility in a statement issued in Chad." "^015"
# pressing strikers or protesters to end their action is a demand that
# dissent ease (1052), as demanding it is; other pressure stays coercion
check "pressured X to end the protest" has_event "The Chilean government has been pressuring Chilean truckers to end their protest." "1052 CHLGOV>CHL.*"
check "pressured X to call off the strike" has_event "The Chilean government has pressured Chilean truckers to call off the strike." "1052 CHLGOV>CHL.*"
check "pressured X to return to work" has_event "The Greek government has pressured Greek dockers to return to work." "1052 GRCGOV>GRC.*"
check "pressured X to drop the case" has_event "Moscow pressured Yerevan to drop the case." "170 RUSGOV>ARMGOV"
# forbidding aid is stopping it (162), and a ban on aid to come the threat
# to stop it (1311), not an administrative sanction (172, 132)
check "prohibited aid to X" has_event "Washington prohibited all aid to the Malian junta." "162 USAGOV>MLI.*"
check "will prohibit aid to X" has_event "The United States will prohibit aid to Malian rebels." "1311 USA>MLI.*"
# "call" with two objects names someone, it places no call
check "calling them X's army" no_event "Lithuania criticised the soldiers, calling them Russia's army." "^041 "
# asking another to pay for something is an appeal for economic aid,
# whatever the thing
check "called on X to fund Y" has_event "Fiji called on Australia to fund a new hospital." "0231 FJI>AUS"
check "asked X to finance Y" has_event "Nauru asked Taiwan to finance the port upgrade." "0231 NRU>TWN"
# lifting a curfew or emergency rule is a verbal concession in PLOVER's
# manual (CONCEDE), not a material retreat
check "a lifted curfew is PLOVER's CONCEDE" sh -c "$DYAD code --input-format jsonl /dev/stdin <<'E' | grep -q '\"plover\": \"CONCEDE\"'
{\"id\":\"p\",\"date\":\"2020-03-01\",\"text\":\"The Sudanese government lifted the curfew in Khartoum.\"}
E"
# a threat to respond is aimed at whoever must meet its condition, also
# in a "that" clause whose condition the parser may read as a complement
check "warned that it would respond if X ..." has_event "Ankara warned that it would respond if Athens armed the islands." "130 TURGOV>GRCGOV"
check "warned that it would respond if X's troops were deployed" has_event "Tehran warned that it would respond if American troops were deployed near its border." "130 IRNGOV>USAMIL"
# accusations traded are made both ways
check "X and Y traded accusations" has_event "Ecuador and Peru traded accusations over the border." "112 PER>ECU"
# a state protesting another's deployment or incursion complains; it does not demonstrate
check "protested X's deployment" has_event "Hanoi protested Beijing's deployment of an oil rig." "110 VNMGOV>CHNGOV"
# the diplomats an expulsion is "of" are the ones expelled
check "ordered the expulsion of X's ambassador" has_event "The Guinean junta ordered the expulsion of the Spanish ambassador." "161 GINGOV>ESPGOV"
# stopping a supply mission or convoy restricts movement; it is no refusal of monitors
check "blocked X's resupply mission" has_event "Chinese cutters blocked a Malaysian resupply mission." "191 CHN>MYS"
# a dateline is not the subject: the story's first clause codes as a clause
check "KYIV (Reuters) - X fired missiles at Y" has_event "KYIV (Reuters) - Russia fired missiles at Ukraine overnight, officials said." "195 RUS>UKR"
# local people killed where force falls are that place's civilians; visitors are not
check "children killed in X's shelling in Y" has_event "Two children were killed in Russian shelling in Ukraine." "194 RUS>UKRCVL"
check "villagers died in X's air strike in Y" has_event "Three villagers died in an Ethiopian air strike in Somalia." "190 ETH>SOMCVL"
check "tourists killed in X's shelling in Y" no_event "Two tourists were killed in Russian shelling in Ukraine." "UKR"
# the guest a host received made a visit
check "received X's minister: hosting" has_event "The Kenyan president received the Ugandan foreign minister in Nairobi." "043 KENGOV>UGAGOV"
check "received X's minister: X's visit" has_event "The Kenyan president received the Ugandan foreign minister in Nairobi." "042 UGAGOV>KENGOV"
# "to fire" read by the tagger as a preposition and a noun is still the threat's act
check "threatened to fire on X" has_event "The Thai army threatened to fire on Cambodian troops." "1384 THAMIL>KHMMIL"
# "to leave" read as a clause of the object is still the order's
check "ordered X's ambassador to leave" has_event "Mali ordered the French ambassador to leave." "161 MLI>FRAGOV"
check "forced X's villagers to leave" has_event "The Serbian army forced Albanian villagers to leave." "201 SRBMIL>ALBCVL"
# "to march" read as the month is still the threat's act
check "threatened to march into X" has_event "Morocco threatened to march into Algeria." "1382 MAR>DZA"
# a bare subjunctive read as a noun before a particle is the demand's act
check "demanded that X hand over Y" has_event "Kenya demanded that Somalia hand over the suspects." "1013 KEN>SOM"
# "pulled out of the deal" keeps the deal an oblique when the particle is put back
check "pulled out of the deal with X" has_event "Russia pulled out of the grain deal with Ukraine." "127 RUS>UKR"
check "urged X to exercise restraint" has_event "Lithuania urged Portugal to exercise restraint." "0256 LTU>PRT"
# the one given to, read as a compound of the thing given, is the indirect object
check "denied X aid" has_event "The EU denied Belarus aid." "122 IGOEUR>BLR"
# sides that clash fight each other
check "X and Y clashed: X on Y" has_event "India and China clashed along their border." "190 IND>CHN"
check "X and Y clashed: Y on X" has_event "India and China clashed along their border." "190 CHN>IND"
# an infinitive after "agreed on Monday" is what was agreed, not a purpose
check "agreed on Monday to impose sanctions on X" has_event "EU ministers agreed on Monday to impose sanctions on Iran." "163 IGOEUR>IRN"
# "said on Sunday X did": the day is the saying's, X the subject
check "said on Sunday X fired at Y" has_event "The Philippines said on Sunday Chinese coast guard ships fired water cannon at a Philippine supply boat." "150 CHNMIL>PHL"
# what a statement announces, its object, is the news when the statement codes nothing
check "announced military aid for X" has_event "Britain announced 500 million pounds in military aid for Ukraine." "072 GBR>UKR"
check "commented on whether X's attack ...: no attack" no_event "I will not comment on whether the American-led attack on Iraq was justified." "^180"
# an act named again later ("the arrests") is aimed at its doer
check "X arrested Y. Z condemned the arrests." has_event "Venezuelan police arrested three opposition lawmakers on Monday. The European Union condemned the arrests." "111 IGOEUR>VENCOP"
check "... not when no earlier act has the word" no_event "Venezuelan police arrested three opposition lawmakers on Monday. The European Union condemned the attack." "^111"
finish
