//! The words a passphrase for a save file is made of, when the person lets the
//! app make one (`domain::bewaarbestand::wachtwoord_uit`): 512 per language,
//! so each word adds 9 bits and five words give 45 bits, chosen by the browser's
//! random generator.
//!
//! Ordinary, friendly words a tired person can read, write down and type on a
//! phone: 3 to 9 lowercase letters a–z, no accents, nothing sad or about
//! illness and work, no common insults. The test below holds the rules.
//!
//! Not texts to translate: each language has its own list, and they live in
//! the wasm (only the sharing entry's binary uses them), not in the text files.

use crate::domain::taal::Taal;

/// The list for the person's language, words separated by spaces.
pub fn voor(taal: Taal) -> &'static str {
    match taal {
        Taal::Nl => WOORDEN_NL,
        Taal::En => WOORDEN_EN,
    }
}

pub const WOORDEN_NL: &str = "\
appel peer banaan druif kers citroen meloen perzik pruim ananas mango kiwi framboos bes noot kokos dadel \
tomaat wortel prei bloemkool spinazie sla boon erwt mais pasta brood kaas boter melk honing jam soep \
taart koek wafel boom blad tak bloem roos tulp gras mos varen bos veld wei heuvel berg dal rivier beek \
meer zee strand duin golf eiland kust haven grot rots steen zand klei wolk regen zon maan ster wind \
sneeuw hagel mist dauw lucht regenboog bliksem donder lente zomer herfst winter ochtend middag avond \
hond kat paard koe schaap geit kip haan eend gans zwaan uil mus merel meeuw reiger ooievaar kraai ekster \
specht vink kikker slak vlinder mier kever libel vis haring zalm forel paling krab kreeft mossel walvis \
zeehond otter bever vos wolf beer hert haas egel muis eekhoorn leeuw olifant giraf zebra panda kameel \
koala krokodil schildpad papegaai pauw flamingo lama huis deur raam dak muur trap tafel stoel bank bed \
kast lamp klok spiegel kussen deken tapijt vaas kom bord beker kopje pan ketel lepel vork theepot kaars \
sleutel slot boek krant pen potlood papier schrift brief kaart foto fiets auto bus trein tram boot schip \
ballon vlieger bal pop puzzel spel domino hoed pet sjaal jas trui sok schoen laars want riem tas koffer \
paraplu bril horloge ring ketting knoop naald draad schaar hamer zaag schroef ladder emmer bezem gieter \
schop hark tuin hek schuur molen brug toren kasteel markt plein straat dorp stad park fontein gitaar \
piano viool fluit trommel harp trompet orgel liedje dans rood blauw geel groen oranje paars roze bruin \
grijs wit zwart goud zilver koper brons pizza friet snoep drop koekje thee koffie sap water limonade \
cacao suiker zout peper kaneel gember munt knoflook paprika blij warm zacht rustig licht vrolijk stil \
mooi groot klein rond vers zoet fris helder sterk dapper slim trouw zuinig anker boei kompas zeil roer \
mast kano vlot veer pier dijk sluis kanaal polder akker sloot hooi tarwe haver klaver heide eik beuk \
berk spar wilg linde kastanje klimop riet lelie iris krokus narcis madelief anjer lavendel tent kamp \
vuur hout kachel oven deeg bakker meel lantaarn vuurtoren zeester schelp parel koraal nest veertje \
snavel vleugel poot staart vacht hoorn gewei feest cadeau strik lint slinger muziek zang zolder kelder \
gang hal keuken kamer tuinhek balkon terras pinda amandel walnoot hazelnoot rozijn abrikoos mandarijn \
vest rok broek jurk muts badjas zeep spons borstel kam handdoek kabouter reus draak ridder prinses \
koning koningin tovenaar fee wiel stuur zadel bel pedaal band radio fluitje post pakje zegel envelop \
stempel kalender wekker klomp sandaal slipper vulpen krijt verf kwast doek lijst hangmat schommel \
glijbaan zandbak ijsbeer jaar maand week dag uur minuut noord zuid oost west cirkel vierkant driehoek \
lijn punt boog radijs biet knol pompoen kool vlag planeet komeet raket robot zwaluw mol garnaal inktvis \
octopus tonijn hommel wesp kalkoen pony hamster goudvis kanarie duif fazant koolmees ijsvogel eland \
rendier panter jaguar luipaard gorilla wasbeer walrus kwal oester step ski schaats net mand doos kist \
fles pot blik glas mok schaal rugzak cello banjo picknick";

pub const WOORDEN_EN: &str = "\
apple pear banana grape cherry lemon melon peach plum pineapple mango kiwi berry nut coconut date tomato \
carrot leek cabbage spinach lettuce bean pea corn pasta bread cheese butter milk honey jam soup cake \
cookie waffle pancake tree leaf branch flower rose tulip grass moss fern forest field meadow hill \
mountain valley river brook lake sea beach dune wave island coast cave rock stone sand clay cloud rain \
sun moon star wind snow hail mist dew sky rainbow thunder spring summer autumn winter morning noon \
evening dog cat horse cow sheep goat chicken rooster duck goose swan owl sparrow robin gull heron stork \
crow magpie finch frog snail butterfly ant beetle dragonfly fish herring salmon trout crab lobster \
mussel whale seal otter beaver fox wolf bear deer hare hedgehog mouse lion elephant giraffe zebra panda \
camel penguin koala turtle parrot peacock flamingo llama house door window roof wall stairs table chair \
sofa bed cupboard lamp clock mirror pillow blanket carpet vase bowl plate mug cup pan kettle spoon fork \
teapot candle key lock book newspaper pen pencil paper notebook letter card photo bicycle car bus train \
tram boat ship balloon kite ball doll puzzle game domino hat cap scarf coat sweater sock shoe boot belt \
bag suitcase umbrella glasses watch ring necklace button needle thread hammer saw ladder bucket broom \
shovel rake garden fence shed mill bridge tower castle market square street village city park fountain \
guitar piano violin flute drum harp trumpet organ song dance red blue yellow green orange purple pink \
brown white black gold silver copper bronze pizza chips candy toffee chocolate tea coffee juice water \
lemonade cocoa sugar salt pepper ginger mint basil garlic happy warm soft calm light cheerful quiet \
lovely big small round fresh sweet clear strong brave clever loyal gentle kind anchor compass sail mast \
canoe raft feather pier canal wheat oak beech birch pine willow poplar lime chestnut hazel ivy lily iris \
crocus daffodil daisy sunflower violet carnation lavender orchid tent camp fire wood stove oven dough \
baker flour lantern seahorse starfish shell pearl coral nest egg wing paw tail antler horn fur gift \
ribbon party music singing attic cellar hall kitchen room balcony terrace porch peanut almond walnut \
hazelnut raisin apricot tangerine vest skirt trousers dress glove bathrobe soap sponge brush comb towel \
giant dragon knight princess king queen wizard fairy wheel saddle bell radio whistle triangle post \
parcel stamp envelope calendar diary sandal slipper paint frame hammock swing slide seesaw year month \
week day hour minute north south east west circle line dot arch radish beetroot turnip pumpkin onion \
flag banner planet comet rocket robot swallow mole octopus tuna bumblebee wasp turkey pony donkey \
hamster goldfish canary reindeer panther jaguar leopard gorilla kangaroo gazelle jellyfish scooter ski \
skate net basket box chest bottle jar glass jug dish backpack cello banjo picnic orchard pebble puddle \
acorn harvest sunrise sunset breeze blossom petal seed root bark twig bud cabin cottage barn stable \
garage studio library museum cinema school map globe atlas ticket postcard album marble muffin bagel \
pretzel noodle rice stew salad olive cucumber";

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn each_list_has_512_different_plain_words() {
        for taal in [Taal::Nl, Taal::En] {
            let woorden: Vec<&str> = voor(taal).split_whitespace().collect();
            assert_eq!(woorden.len(), 512, "{taal:?}: 9 bits a word");
            assert_eq!(woorden.iter().collect::<BTreeSet<_>>().len(), 512, "{taal:?}: a word twice");
            for w in &woorden {
                assert!((3..=9).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase()), "{taal:?}: {w:?}");
            }
            // Single spaces only: the list is split on whitespace, but a stray
            // character elsewhere would show up here.
            assert_eq!(voor(taal), woorden.join(" "), "{taal:?}");
        }
    }
}
