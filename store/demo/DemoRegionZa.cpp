#include "store/demo/DemoRegion.h"

// Protea Hair & Beauty, a busy salon in Observatory, Cape Town: names from the city's
// communities, South African mobile numbers, prices in rand.
namespace Chairside {

namespace {

DemoServiceSpec service(const char *name, const char *shortName, const char *category,
                        const char *skill, int duration, int processing, int buffer, qint64 price,
                        const char *colour, int popularity, int malePercent)
{
    DemoServiceSpec s;
    s.name = u8(name);
    s.shortName = u8(shortName);
    s.category = u8(category);
    s.skill = u8(skill);
    s.durationMinutes = duration;
    s.processingMinutes = processing;
    s.bufferMinutes = buffer;
    s.priceMajor = price;
    s.colour = u8(colour);
    s.popularity = popularity;
    s.malePercent = malePercent;
    return s;
}

QList<DemoServiceSpec> services()
{
    return {
        // Cuts & styling
        service("Ladies' Cut & Blow-dry", "cut and blow-dry", "Cuts & Styling", "hair", 60, 0, 0,
                450, "#e07a5f", 30, 0),
        service("Restyle Cut", "restyle", "Cuts & Styling", "hair", 75, 0, 0, 580, "#e07a5f", 8, 0),
        service("Men's Cut", "men's cut", "Cuts & Styling", "hair", 30, 0, 0, 220, "#3d5a80", 22,
                97),
        service("Kids' Cut (under 12)", "kids cut", "Cuts & Styling", "hair", 30, 0, 0, 150,
                "#98c1d9", 8, 50),
        service("Blow-dry & Style", "blow-dry", "Cuts & Styling", "hair", 45, 0, 0, 280, "#ee9b8a",
                16, 0),
        service("Occasion Updo", "updo", "Cuts & Styling", "hair", 60, 0, 0, 650, "#f2cc8f", 4, 0),
        service("Silk Press", "silk press", "Cuts & Styling", "hair", 90, 0, 0, 750, "#d4a373", 6,
                0),
        // Colour
        service("Root Touch-up", "root touch-up", "Colour", "colour", 45, 30, 0, 620, "#9c6644", 24,
                2),
        service("Full Head Colour", "full head colour", "Colour", "colour", 60, 35, 0, 890,
                "#7f5539", 14, 3),
        service("Half-head Foils", "half-head foils", "Colour", "colour", 90, 30, 0, 1150,
                "#b08968", 12, 2),
        service("Full-head Balayage", "balayage", "Colour", "colour", 150, 30, 0, 1950, "#ddb892",
                8, 1),
        service("Toner & Gloss", "toner", "Colour", "colour", 30, 20, 0, 380, "#e6ccb2", 10, 2),
        service("Colour Correction", "colour correction", "Colour", "colour", 180, 30, 0, 2200,
                "#6f1d1b", 2, 1),
        service("Keratin Smoothing Treatment", "keratin treatment", "Treatments", "colour", 150, 0,
                15, 1850, "#a3b18a", 4, 2),
        service("Olaplex Bond Treatment", "Olaplex", "Treatments", "hair", 30, 0, 0, 350, "#588157",
                6, 2),
        // Braids & natural hair
        service("Knotless Box Braids", "knotless braids", "Braids & Natural Hair", "braids", 240, 0,
                15, 1200, "#6d597a", 20, 1),
        service("Cornrows (straight back)", "cornrows", "Braids & Natural Hair", "braids", 90, 0, 0,
                350, "#b56576", 22, 25),
        service("Faux Locs", "faux locs", "Braids & Natural Hair", "braids", 240, 0, 15, 1400,
                "#355070", 8, 2),
        service("Wash & Twist-out", "twist-out", "Braids & Natural Hair", "braids", 90, 0, 0, 420,
                "#eaac8b", 16, 5),
        service("Loc Retwist", "retwist", "Braids & Natural Hair", "braids", 90, 0, 0, 450,
                "#e56b6f", 14, 40),
        // Nails
        service("Gel Manicure", "gel mani", "Nails", "nails", 60, 0, 0, 320, "#ff70a6", 34, 3),
        service("Gel Pedicure", "gel pedi", "Nails", "nails", 75, 0, 0, 380, "#ff9770", 22, 4),
        service("Acrylic Full Set", "acrylic set", "Nails", "nails", 90, 0, 0, 480, "#ffd670", 14,
                0),
        service("Nail Art (per set)", "nail art", "Nails", "nails", 30, 0, 0, 150, "#e9ff70", 8, 0),
        // Beauty
        service("Express Facial", "express facial", "Beauty", "beauty", 45, 0, 0, 420, "#70d6ff",
                16, 10),
        service("Signature Hydrating Facial", "hydrating facial", "Beauty", "beauty", 75, 0, 15,
                780, "#48cae4", 10, 8),
        service("Brow Wax & Tint", "brow wax and tint", "Beauty", "beauty", 30, 0, 0, 180,
                "#90be6d", 22, 5),
        service("Full Leg Wax", "leg wax", "Beauty", "beauty", 45, 0, 0, 350, "#43aa8b", 12, 2),
        service("Brazilian Wax", "Brazilian", "Beauty", "beauty", 45, 0, 0, 390, "#4d908e", 10, 0),
        service("Classic Lash Extensions", "lash extensions", "Beauty", "beauty", 90, 0, 0, 550,
                "#577590", 10, 0),
        service("Volume Lash Fill", "lash fill", "Beauty", "beauty", 60, 0, 0, 420, "#277da1", 12,
                0),
    };
}

QList<DemoStaffProfile> staffProfiles()
{
    // Open seven days: every weekday has at least two people on the floor.
    return {
        {u8list({"hair", "colour"}), {2, 3, 4, 5, 6}, true, {}},  // owner, senior stylist
        {u8list({"beauty", "nails"}), {1, 2, 3, 4, 5}, true, {}}, // admin, salon manager
        {u8list({"colour", "hair"}), {2, 3, 4, 5, 6}, true, {}},  // colourist
        {u8list({"braids"}), {3, 4, 5, 6, 7}, true, {}},          // braider
        {u8list({"nails"}), {1, 2, 4, 5, 6}, true, {}},           // nail technician
        {u8list({"hair", "braids"}), {1, 4, 5, 6, 7}, false, {}}, // barber & stylist
        {u8list({"beauty"}), {2, 3, 5, 6, 7}, true, {}},          // beauty therapist
    };
}

QList<DemoNameGroup> nameGroups()
{
    QList<DemoNameGroup> groups;
    // isiXhosa
    groups.append(
        {26, false,
         u8list({"Nomsa",    "Zintle",  "Siphokazi", "Lulama",   "Nosipho", "Babalwa",    "Phumeza",
                 "Nandipha", "Yonela",  "Asanda",    "Lihle",    "Anathi",  "Noluthando", "Sinazo",
                 "Unathi",   "Ziyanda", "Amahle",    "Khanyisa", "Olwethu", "Ayanda"}),
         u8list({"Xolani", "Lwando", "Luyolo", "Mzwandile", "Athenkosi", "Lonwabo", "Siyabonga",
                 "Thembinkosi", "Ayabonga", "Luthando", "Mthunzi", "Vuyo", "Lubabalo"}),
         u8list({"Mbete", "Ngxola",  "Mgijima",  "Jafta",   "Matiwane", "Ntshona", "Bokwe",
                 "Nqoko", "Makhaya", "Mabandla", "Dyantyi", "Mgoqi",    "Somdaka", "Qamata",
                 "Tyali", "Nkwinti", "Sogoni",   "Mxenge",  "Gqirana",  "Mlambo",  "Ndamase"})});
    // Cape Malay and Coloured Capetonian families
    groups.append(
        {22, false,
         u8list({"Tasneem", "Faeeza", "Shireen", "Natasha", "Charlene", "Chantal", "Lee-Ann",
                 "Zainab", "Nazeema", "Shanaaz", "Rochelle", "Bianca", "Monique", "Ruwayda",
                 "Nadine", "Kaylin", "Zulfa", "Shamielah", "Jolene"}),
         u8list({"Riyaad", "Ebrahim", "Shafiek", "Clint", "Ashley", "Shaun", "Wesley", "Mogamat",
                 "Faiek", "Ridwaan", "Jerome", "Marlon", "Ismail", "Keenan", "Nathan"}),
         u8list({"Adams",   "Isaacs",    "Hendricks", "Petersen", "Jacobs",     "Abrahams",
                 "Davids",  "Solomons",  "Fortuin",   "February", "Arendse",    "Daniels",
                 "Samuels", "Jansen",    "Booysen",   "Damons",   "Kannemeyer", "Salie",
                 "Cassiem", "Philander", "April",     "Cupido"})});
    // English-speaking
    groups.append(
        {15, false,
         u8list({"Sarah",    "Jessica", "Emma",    "Chloe",   "Megan",  "Kelly",  "Nicole",
                 "Lauren",   "Tanya",   "Caitlin", "Amy",     "Jenna",  "Kirsty", "Rebecca",
                 "Samantha", "Olivia",  "Hannah",  "Bronwyn", "Claire", "Gemma"}),
         u8list({"Michael", "Liam", "Daniel", "Ryan", "Jason", "Gareth", "Bradley", "Craig",
                 "Matthew", "Sean", "Justin", "Dylan", "Grant", "Warren", "Kyle"}),
         u8list({"Smith",     "Williams", "Brown",    "Taylor",   "Jones",    "Mitchell",
                 "Robertson", "Campbell", "Thompson", "Walker",   "Young",    "Evans",
                 "Clarke",    "Fletcher", "Palmer",   "Sinclair", "Harrison", "Murray",
                 "Bennett",   "Hughes",   "Graham",   "Stewart",  "O'Connor"})});
    // Afrikaans
    groups.append(
        {13, false,
         u8list({"Anika", "Marelize", "Elmarie", "Liezl", "Annelie", "Charné", "Wilmien", "Ilse",
                 "Carien", "Retha", "Jana", "Marizanne", "Elsabé", "Sunette", "Lize", "Mariska",
                 "Anri", "Karlien"}),
         u8list({"Pieter", "Johan", "Riaan", "Jaco", "Francois", "Hendrik", "Stefan", "Danie",
                 "Werner", "Gerhard", "Wikus", "Dewald", "Schalk", "Christo"}),
         u8list({"van der Merwe", "Botha",        "Pretorius", "du Plessis",  "van Wyk",
                 "Steyn",         "Venter",       "Nel",       "le Roux",     "Coetzee",
                 "Fourie",        "Joubert",      "Kruger",    "Swanepoel",   "Erasmus",
                 "Smit",          "Bezuidenhout", "du Toit",   "Visser",      "Louw",
                 "van Niekerk",   "Marais",       "Malan",     "de Villiers", "Engelbrecht"})});
    // isiZulu
    groups.append({8, false,
                   u8list({"Thandiwe", "Nomvula", "Zanele", "Nokuthula", "Lindiwe", "Nonhlanhla",
                           "Zodwa", "Khanyisile", "Mbali", "Thulisile", "Nandi", "Sibongile",
                           "Zandile", "Hlengiwe", "Nompumelelo"}),
                   u8list({"Sipho", "Bongani", "Sibusiso", "Themba", "Mandla", "Sanele", "Lwazi",
                           "Sizwe", "Mthokozisi", "Nkosinathi", "Sifiso", "Musa"}),
                   u8list({"Nkosi", "Dlamini", "Ndlovu", "Zulu", "Khumalo", "Mkhize", "Ngcobo",
                           "Mthembu", "Shabalala", "Buthelezi", "Cele", "Zungu", "Ntuli", "Gumede",
                           "Sithole", "Majola", "Mabaso", "Mchunu"})});
    // Sesotho and Setswana
    groups.append({8, false,
                   u8list({"Lerato", "Palesa", "Refilwe", "Boitumelo", "Dineo", "Karabo",
                           "Lebohang", "Nthabiseng", "Masego", "Keabetswe", "Rethabile", "Mpho",
                           "Tshegofatso", "Naledi", "Puleng", "Kamohelo"}),
                   u8list({"Tshepo", "Thabo", "Kagiso", "Teboho", "Tumelo", "Katlego", "Neo",
                           "Lesego", "Tebogo", "Thapelo", "Mothusi", "Kabelo"}),
                   u8list({"Mokoena", "Molefe", "Mofokeng", "Moloi", "Motaung", "Sello", "Tau",
                           "Letsoalo", "Modise", "Phiri", "Moeketsi", "Kekana", "Mothibi", "Radebe",
                           "Khoza", "Maseko", "Ramokgopa", "Makhene"})});
    // Indian South African
    groups.append(
        {8, false,
         u8list({"Ayesha", "Priya", "Kavitha", "Anusha", "Deepa", "Fatima", "Prenisha", "Nadia",
                 "Reshma", "Meera", "Sunitha", "Kerisha", "Yashika", "Thrisha", "Nishani",
                 "Shamila"}),
         u8list({"Rajesh", "Nikhil", "Vishal", "Yusuf", "Kiran", "Suren", "Ashwin", "Zaheer",
                 "Pravin", "Kevin", "Rohan", "Devan"}),
         u8list({"Naidoo",  "Pillay",  "Govender",   "Moodley", "Reddy", "Chetty",   "Singh",
                 "Maharaj", "Naicker", "Padayachee", "Moosa",   "Essop", "Patel",    "Ramsamy",
                 "Munsamy", "Bhana",   "Desai",      "Khan",    "Rajah", "Sewpersad"})});
    return groups;
}

} // namespace

DemoRegion makeSouthAfricaRegion()
{
    DemoRegion r;
    r.key = u8("za");
    r.businessName = u8("Protea Hair & Beauty");
    r.timeZone = u8("Africa/Johannesburg");
    r.utcOffsetSeconds = 2 * 3600;
    r.currency = u8("ZAR");
    r.locale = u8("en_ZA");
    r.phone = u8("+27214470192");
    r.email = u8("hello@protea-hair.example.com");
    r.address = u8("Shop 4, 118 Lower Main Road, Observatory, Cape Town, 7925");
    r.mailDomain = u8("protea-hair.example.com");
    r.openMinute = {8 * 60, 8 * 60, 8 * 60, 8 * 60, 8 * 60, 8 * 60, 9 * 60};
    r.closeMinute = {18 * 60, 18 * 60, 18 * 60, 18 * 60, 18 * 60, 15 * 60, 13 * 60};
    r.lunchEarliest = 12 * 60;
    r.agentName = u8("Zola");
    r.countryCode = u8("27");
    r.mobilePrefixes = {60, 61, 62, 63, 64, 65, 71, 72, 73, 74, 76, 78, 79, 81, 82, 83, 84};
    r.minorPerPoint = 1000; // one point per R10
    r.expiryMonths = 12;
    r.femalePercent = 76;
    r.currencySymbol = u8("R");
    r.thousandsSep = u8(" ");
    r.services = services();
    r.staffProfiles = staffProfiles();
    r.nameGroups = nameGroups();
    r.tiers = {
        {u8("Bronze"), 0, u8("Birthday bonus of 100 points")},
        {u8("Silver"), 500, u8("5% off retail products, birthday bonus")},
        {u8("Gold"), 1500, u8("Free Olaplex add-on every third visit, 10% off retail")},
        {u8("Platinum"), 4000, u8("Priority booking on Saturdays, free treatment each quarter")},
        {u8("Diamond"), 10000, u8("Complimentary blow-dry monthly, VIP events, 15% off retail")},
    };
    r.rewards = {
        {u8("Free blow-dry"), 250},
        {u8("R100 off any service"), 300},
        {u8("Olaplex add-on"), 200},
        {u8("Free gel manicure"), 400},
        {u8("Free express facial"), 500},
        {u8("Volume lash fill"), 450},
        {u8("Full head colour voucher"), 1000},
    };
    r.staffColours = u8list({"#c0392b", "#8e44ad", "#2980b9", "#16a085", "#d35400", "#2c3e50",
                             "#c2185b", "#00897b", "#6d4c41", "#5e35b1", "#f39c12", "#1e88e5"});
    r.customerNotes = u8list({
        "Prefers the first slot of the day.",
        "Sensitive scalp - use the gentle shampoo.",
        "Coffee with oat milk, no sugar.",
        "Likes nails and lashes booked back to back.",
        "Brings own braiding hair.",
        "Uses a wheelchair: station 1 by the door.",
        "Student - ask for the card for the 10% discount.",
        "Speaks isiXhosa and English; prefers WhatsApp voice notes.",
        "Pays by EFT before the appointment.",
        "Usually 10 minutes early.",
        "Growing the hair out - trims only.",
        "Referred by a family member.",
    });
    r.allergyNotes = u8list({
        "PPD allergy - patch test 48 h before any colour.",
        "Allergic to latex gloves.",
        "Reacts to standard lash glue; use the sensitive glue.",
        "Nut allergy - no argan or almond oils.",
        "Eczema on the hands; fragrance-free products only.",
    });
    r.appointmentNotes = u8list({
        "Bring a reference photo.",
        "First visit - allow a consultation.",
        "Patch test done.",
        "Wants to go two shades lighter.",
        "Running 10 minutes late (WhatsApp).",
        "Deposit paid by EFT.",
        "Mum and daughter booked together.",
        "Matric dance styling.",
        "Birthday treat - gift voucher.",
        "Please use the quiet station.",
    });
    r.cancelReasons = u8list({
        "Client unwell",
        "Work emergency",
        "Rescheduled via WhatsApp",
        "Taxi strike - could not get in",
        "Load-shedding at home, could not get ready",
        "Double-booked by mistake",
        "Child sick",
        "Travelling for work",
        "Changed her mind",
    });
    r.timeOffReasons = u8list({"Annual leave", "Sick leave", "Family responsibility leave",
                               "Doctor's appointment", "Training course", "School meeting"});
    r.reviewTexts = u8list({
        "Best balayage I've ever had. Thank you!",
        "Lovely friendly team and my braids are perfect.",
        "My gel mani lasted three weeks - so happy.",
        "Waited a bit, but the cut was worth it.",
        "Such a relaxing facial, will be back.",
    });
    r.awardReasons = u8list({"Birthday bonus", "Referral: brought a friend for a first visit",
                             "Thank you for your Google review", "Welcome to the programme"});
    r.adjustReasonsUp = u8list(
        {"Goodwill: the stylist ran 40 minutes late", "Correction: points missed on a visit"});
    r.adjustReasonsDown = u8list(
        {"Correction: points earned twice on one visit", "Refunded service: points reversed"});
    r.openingBalanceReason = u8("Opening balance carried over from the paper loyalty card");
    r.expiryReason = u8("Points older than 12 months expired");
    r.phrases = makeEnglishPhrases(false);
    r.hasSecondLanguage = false;
    return r;
}

} // namespace Chairside
