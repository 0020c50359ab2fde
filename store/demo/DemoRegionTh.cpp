#include "store/demo/DemoRegion.h"

// Orchid Aesthetic Clinic on Sukhumvit, Bangkok: Thai names in Thai script (a few written in
// Latin letters, and some expatriate clients), Thai mobile numbers, prices in baht.
namespace Chairside {

namespace {

DemoServiceSpec service(const char *name, const char *thaiShort, const char *category,
                        const char *skill, int duration, int processing, int buffer, qint64 price,
                        const char *colour, int popularity, int malePercent)
{
    DemoServiceSpec s;
    s.name = u8(name);
    s.shortName = u8(thaiShort);
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
        // Consultations and injectables (doctors)
        service("Doctor Consultation (Botox / Filler)", "ปรึกษาคุณหมอ", "Consultation", "doctor", 30,
                0, 0, 500, "#9d4edd", 20, 15),
        service("Skin Analysis (VISIA)", "วิเคราะห์ผิวหน้า", "Consultation", "doctor", 30, 0, 0, 800,
                "#c77dff", 10, 15),
        service("Botox - Forehead Lines", "โบท็อกซ์หน้าผาก", "Injectables", "doctor", 30, 0, 15, 6900,
                "#7b2cbf", 18, 12),
        service("Botox - Jaw Slimming", "โบท็อกซ์กราม", "Injectables", "doctor", 30, 0, 15, 8900,
                "#5a189a", 14, 10),
        service("Lip Filler 1 ml", "ฟิลเลอร์ปาก", "Injectables", "doctor", 45, 0, 15, 12900,
                "#e0aaff", 8, 2),
        service("Skin Booster (Profhilo)", "สกินบูสเตอร์", "Injectables", "doctor", 45, 0, 15, 14900,
                "#3c096c", 6, 5),
        service("Fat-dissolve Mesotherapy", "เมโสแฟต", "Injectables", "doctor", 30, 0, 15, 3500,
                "#b5838d", 8, 10),
        service("Hair Loss PRP Session", "PRP ผม", "Hair & Scalp", "doctor", 60, 0, 15, 6500,
                "#6d6875", 6, 55),
        // Laser and devices
        service("Pico Laser Toning", "พิโคเลเซอร์", "Laser & Devices", "laser", 45, 0, 15, 4500,
                "#0077b6", 18, 12),
        service("Laser Hair Removal - Underarms", "เลเซอร์ขนรักแร้", "Laser & Devices", "laser", 30, 0,
                0, 1500, "#00b4d8", 20, 5),
        service("Laser Hair Removal - Full Legs", "เลเซอร์ขนขา", "Laser & Devices", "laser", 60, 0,
                15, 5900, "#48cae4", 8, 3),
        service("IPL Photofacial", "ไอพีแอล", "Laser & Devices", "laser", 45, 0, 15, 3200, "#90e0ef",
                12, 10),
        service("HIFU Face Lift (300 shots)", "ไฮฟู่", "Laser & Devices", "laser", 90, 0, 15, 12000,
                "#023e8a", 8, 8),
        service("RF Skin Tightening", "อาร์เอฟยกกระชับ", "Laser & Devices", "laser", 90, 0, 15, 15000,
                "#03045e", 4, 8),
        service("Fractional CO2 Scar Treatment", "เลเซอร์หลุมสิว", "Laser & Devices", "laser", 60, 30,
                0, 7500, "#0096c7", 6, 30),
        service("Lip Lightening Laser", "เลเซอร์ปากชมพู", "Laser & Devices", "laser", 30, 0, 0, 2500,
                "#f28482", 6, 20),
        // Facials
        service("Hydrafacial Signature", "ไฮดราเฟเชียล", "Facials", "facial", 60, 0, 15, 2900,
                "#2a9d8f", 26, 15),
        service("Deep Cleansing Acne Facial", "ทรีตเมนต์สิว", "Facials", "facial", 60, 0, 0, 1500,
                "#52b788", 22, 30),
        service("Vitamin C Brightening Facial", "ทรีตเมนต์วิตามินซี", "Facials", "facial", 60, 0, 0,
                1800, "#f4a261", 16, 10),
        service("Oxygen Infusion Facial", "ออกซิเจนเฟเชียล", "Facials", "facial", 60, 0, 0, 2200,
                "#8ecae6", 10, 10),
        service("Glycolic Chemical Peel", "พีลผิว", "Facials", "facial", 45, 0, 15, 1900, "#e76f51",
                10, 10),
        service("Gold Mask Anti-ageing Facial", "ทรีตเมนต์ทองคำ", "Facials", "facial", 75, 0, 0, 2500,
                "#e9c46a", 8, 5),
        // Hair and body
        service("Hair Spa & Scalp Massage", "สปาผม", "Hair & Scalp", "hair", 60, 0, 0, 900,
                "#cdb4db", 24, 15),
        service("Keratin Hair Treatment", "เคราตินผม", "Hair & Scalp", "hair", 120, 0, 15, 3900,
                "#ffafcc", 8, 5),
        service("Scalp Detox Treatment", "ดีท็อกซ์หนังศีรษะ", "Hair & Scalp", "hair", 60, 0, 0, 1200,
                "#bde0fe", 12, 25),
        service("Thai Herbal Body Scrub", "ขัดผิวสมุนไพร", "Body", "body", 60, 0, 15, 1200, "#a7c957",
                12, 10),
        service("Slimming Body Wrap", "พันตัวกระชับสัดส่วน", "Body", "body", 90, 0, 15, 2800, "#6a994e",
                6, 5),
        service("IV Vitamin Drip (Glow)", "วิตามินผิว IV", "Body", "body", 45, 0, 15, 3500, "#bc4749",
                14, 15),
        service("Underarm Whitening Treatment", "ทรีตเมนต์รักแร้ขาว", "Body", "body", 45, 0, 0, 990,
                "#f2e8cf", 10, 5),
    };
}

QList<DemoStaffProfile> staffProfiles()
{
    // Open daily 10:00-20:00: every weekday has a doctor and at least two others.
    return {
        {u8list({"doctor"}), {2, 3, 4, 5, 6}, true, u8("พญ.")},        // owner, doctor
        {u8list({"facial", "body"}), {1, 2, 3, 4, 5}, true, {}},       // admin, clinic manager
        {u8list({"laser", "facial"}), {3, 4, 5, 6, 7}, true, {}},      // laser therapist
        {u8list({"doctor", "laser"}), {1, 5, 6, 7}, false, u8("นพ.")}, // visiting doctor
        {u8list({"facial", "body"}), {1, 2, 4, 6, 7}, true, {}},       // beauty therapist
        {u8list({"hair", "body"}), {1, 2, 3, 6, 7}, true, {}},         // hair spa specialist
        {u8list({"laser", "facial"}), {1, 2, 3, 4, 7}, true, {}},      // second laser therapist
    };
}

QList<DemoNameGroup> nameGroups()
{
    QList<DemoNameGroup> groups;
    groups.append(
        {92, true,
         u8list(
             {"สมศรี|Somsri",     "กมลวรรณ|Kamonwan",     "ณัฐธิดา|Natthida",    "พิมพ์ชนก|Pimchanok",
              "ศิริพร|Siriporn",   "สุภาพร|Supaporn",       "อรอุมา|Onuma",       "ปิยะนุช|Piyanut",
              "วรรณา|Wanna",     "กัญญารัตน์|Kanyarat",     "ธนพร|Thanaporn",    "ชุติมา|Chutima",
              "นภัสสร|Napatsorn", "พัชราภรณ์|Patcharaporn", "จิราพร|Jiraporn",    "รัตนา|Rattana",
              "ปวีณา|Paweena",    "อัญชลี|Anchalee",        "เบญจวรรณ|Benjawan", "ณัฐกานต์|Nattakan",
              "ศศิธร|Sasithorn",  "มณีรัตน์|Maneerat",       "ปาริชาติ|Parichat",   "ดวงใจ|Duangjai",
              "พรทิพย์|Pornthip",  "ลลิตา|Lalita",          "ชนิดา|Chanida",      "สุนิสา|Sunisa",
              "ธิดารัตน์|Thidarat", "วราภรณ์|Waraporn",      "อภิญญา|Apinya",      "กนกวรรณ|Kanokwan"}),
         u8list({"สมชาย|Somchai", "ธนากร|Thanakorn", "ณัฐวุฒิ|Nattawut", "อนุชา|Anucha",
                 "วีระพงษ์|Weerapong", "ชัยวัฒน์|Chaiwat", "ประเสริฐ|Prasert", "กิตติพงษ์|Kittipong",
                 "สุรเชษฐ์|Surachet", "ภานุวัฒน์|Panuwat", "ธีรวัฒน์|Teerawat", "ปิยะพงษ์|Piyapong",
                 "อภิชาติ|Apichat", "วิทยา|Wittaya", "ศุภชัย|Supachai", "พงศกร|Pongsakorn"}),
         u8list({"ศรีสุข|Srisuk",           "วงศ์สวัสดิ์|Wongsawat",  "แสงทอง|Saengthong",
                 "สุขประเสริฐ|Sukprasert",  "จันทร์เพ็ญ|Chanpen",    "บุญมา|Boonma",
                 "ทองดี|Thongdee",         "พรหมมา|Promma",      "รัตนพันธ์|Rattanaphan",
                 "ศรีวงศ์|Sriwong",         "เจริญผล|Charoenphon", "ชัยมงคล|Chaimongkol",
                 "สมบูรณ์|Somboon",         "มั่นคง|Mankong",       "ปัญญาดี|Panyadee",
                 "อินทรสุวรรณ|Intarasuwan", "วัฒนชัย|Wattanachai",  "เพชรรัตน์|Phetcharat",
                 "นาคสวัสดิ์|Naksawat",      "แก้วมณี|Kaewmanee",    "พึ่งบุญ|Phuengboon",
                 "ลิ้มเจริญ|Limcharoen",     "ตั้งใจ|Tangjai",       "โชติช่วง|Chotchuang",
                 "อุดมสุข|Udomsuk",         "ศักดิ์ดี|Sakdee",        "สุวรรณรัตน์|Suwannarat",
                 "ธนสาร|Thanasan",        "เรืองศรี|Ruangsri",    "กิจเจริญ|Kitcharoen"})});
    // Expatriate clients, who chat in English.
    groups.append(
        {8, false,
         u8list({"Emily", "Sophie", "Yuki", "Hannah", "Olivia", "Mei", "Priya", "Anna", "Chloe",
                 "Jessica", "Laura", "Aiko"}),
         u8list({"Daniel", "Kenji", "Lukas", "Tom", "James", "Marco"}),
         u8list({"Carter", "Laurent", "Tanaka", "Müller", "Brown", "Tan", "Sharma", "Nowak",
                 "Martin", "Wong", "Smith", "Sato", "Weber", "Harris", "Rossi", "Kim"})});
    return groups;
}

DemoPhrases thaiPhrases()
{
    DemoPhrases p;
    p.bookOpeners = u8list({
        "สวัสดี{p} ขอจอง{service} {when}ได้ไหม{q}",
        "สวัสดี{p} {when}มีคิวว่างสำหรับ{service}ไหม{q}",
        "อยากจอง{service}กับ{staff} {when}{p}",
        "ขอคิว{service} {when}หน่อย{p}",
        "สนใจทำ{service}{p} {when}ว่างไหม{q}",
    });
    p.clarifyQuestions = u8list({
        "ยินดีค่ะคุณ{first} มีคุณหมอหรือพนักงานที่อยากให้ดูแลเป็นพิเศษไหมคะ",
        "ได้เลยค่ะ สะดวกช่วงเช้าหรือช่วงบ่ายคะ",
        "ได้ค่ะ เคยมาใช้บริการที่คลินิกแล้วหรือยังคะ",
    });
    p.clarifyAnswers = u8list({
        "ขอเป็น{staff}{p}|ใครก็ได้{p}|คนที่ว่าง{p}",
        "ช่วงเช้า{p}|ช่วงบ่ายสะดวกกว่า{p}|หลังบ่ายสองโมง{p}",
        "เคยมาแล้ว{p}|ครั้งแรก{p}|มาเมื่อปีที่แล้ว{p}",
    });
    p.assistantOffers = u8list({
        "คุณ{first}คะ {staff}ว่าง{when} เวลา {slots} สะดวกช่วงไหนคะ",
        "ขอบคุณค่ะคุณ{first} {service} ใช้เวลาประมาณ {minutes} นาที ราคา {price} มีคิว{when} "
        "{slots} ให้จองเลยไหมคะ",
        "สักครู่นะคะ... {staff}ว่าง{when} เวลา {slots} ค่ะ",
    });
    p.customerPicks = u8list({"{time}{p}", "เอา{time}{p}", "{time} สะดวก{p}", "โอเค {time} นะ{q}"});
    p.assistantConfirms = u8list({
        "จองเรียบร้อยค่ะ {service} กับ{staff} {day} เวลา {time} ใช้เวลาประมาณ {minutes} นาที "
        "ราคา {price} จะส่งข้อความเตือนก่อนหนึ่งวันนะคะ",
        "ยืนยันการจองค่ะคุณ{first}: {service} {day} {time} กับ{staff} หากต้องการเปลี่ยนแปลง"
        "แจ้งในแชทนี้ได้เลยค่ะ",
    });
    p.customerThanks = u8list({"ขอบคุณ{p}", "ขอบคุณมาก{p}", "โอเค ขอบคุณ{p}", "เยี่ยมเลย ขอบคุณนะ{q}"});
    p.assistantGoodbyes = u8list({"ยินดีค่ะคุณ{first} แล้วพบกันนะคะ", "ด้วยความยินดีค่ะ ขอให้มีวันที่ดีนะคะ"});
    p.cancelOpeners = u8list({
        "สวัสดี{p} ขอยกเลิกคิว{service} {when}{p} {reason}",
        "ขอยกเลิกนัด{when} เวลา {time} นะ{q} {reason}",
        "ขอโทษ{p} {when}ไปไม่ได้แล้ว {reason}",
    });
    p.cancelExcuses =
        u8list({"ไม่ค่อยสบาย", "ติดงานด่วน", "ลูกไม่สบาย", "ต้องไปต่างจังหวัด", "รถติดมาก", "มีธุระที่บ้าน"});
    p.assistantCancelled = u8list({
        "ไม่เป็นไรค่ะคุณ{first} ยกเลิก{service} {when} เวลา {time} ให้แล้วนะคะ ต้องการจองวันอื่นไหมคะ",
        "ยกเลิกคิวเวลา {time} เรียบร้อยค่ะ หวังว่าจะได้พบกันเร็วๆ นี้นะคะ",
    });
    p.customerAfterCancel =
        u8list({"ยังไม่แน่ใจ{p} ไว้จะทักมาใหม่", "ขอดูตารางก่อนนะ{q}", "ไม่เป็นไร{p}", "เดี๋ยวแจ้งอีกที{p}"});
    p.priceQuestions = u8list(
        {"{service} ราคาเท่าไหร่{q}", "สอบถามราคา{service}หน่อย{p}", "ทำ{service}ราคาเท่าไหร่{q}"});
    p.priceAnswers = u8list({
        "{service} ราคา {price} ใช้เวลาประมาณ {minutes} นาทีค่ะ ต้องการให้หาคิวให้ไหมคะ",
        "{service}: {price} (ประมาณ {minutes} นาที) ให้ดูคิวว่างให้เลยไหมคะ",
    });
    p.hoursQuestions = u8list({"วันอาทิตย์เปิดไหม{q}", "คลินิกปิดกี่โมง{q}", "เปิดกี่โมงถึงกี่โมง{q}"});
    p.hoursAnswers = u8list({
        "คลินิกเปิดทุกวัน 10:00-20:00 น. วันอาทิตย์ถึง 18:00 น. ค่ะ",
        "เปิดวันจันทร์-เสาร์ 10:00-20:00 น. และวันอาทิตย์ 10:00-18:00 น. ค่ะ",
    });
    p.parkingQuestions = u8list({"มีที่จอดรถไหม{q}", "ไปทางบีทีเอสยังไง{q}"});
    p.parkingAnswers = u8list({
        "มีที่จอดรถใต้อาคาร จอดฟรี 2 ชั่วโมง (ประทับตราที่เคาน์เตอร์) ค่ะ",
        "เดินจากบีทีเอสพร้อมพงษ์ ทางออก 5 ประมาณ 5 นาที อยู่ในซอยสุขุมวิท 39 ค่ะ",
    });
    p.silentOpeners = u8list({"สวัสดี{p}", "ขอสอบถามหน่อย{p}", "?"});
    p.silentClosers =
        u8list({"ขอโทษ{p} ส่งผิดคน", "ไม่เป็นไร{p} เดี๋ยวโทรไปถาม", "โอเค{p}", "ไว้จะทักมาใหม่{p}"});
    p.assistantWelcome = u8list({
        "สวัสดีค่ะ มะลิ ผู้ช่วยจองคิวของ {salon} ยินดีให้บริการค่ะ มีอะไรให้ช่วยไหมคะ",
        "สวัสดีค่ะคุณ{first} มีอะไรให้มะลิช่วยคะ",
    });
    p.spamMessages = u8list({
        "ยินดีด้วย คุณได้รับรางวัล 5,000 บาท กดรับที่ http://bit.ly/claim-now",
        "รายได้เสริม วันละ 3,000 บาท ทำงานที่บ้าน สนใจตอบกลับ",
        "พัสดุของคุณตกค้าง กรุณาชำระค่าธรรมเนียมที่ http://parcel-fee.example",
    });
    p.assistantSpamReply =
        u8list({"ขออภัยค่ะ มะลิช่วยได้เฉพาะเรื่องการจองคิวและสอบถามบริการของ {salon} ค่ะ"});
    p.assistantHandover = u8list({
        "มะลิขอส่งเรื่องให้เจ้าหน้าที่ช่วยดูแลนะคะ จะมีเจ้าหน้าที่ตอบกลับในแชทนี้เร็วๆ นี้ค่ะ",
        "ขอบคุณค่ะคุณ{first} เรื่องนี้ต้องให้เจ้าหน้าที่ตอบ มะลิแจ้งทีมงานแล้วค่ะ",
        "ขอให้เจ้าหน้าที่ช่วยดูแลเรื่องนี้นะคะ รอสักครู่ค่ะ",
    });
    p.systemHandover = u8("ส่งต่อการสนทนาให้{team}แล้ว");
    p.customerAfterStaff =
        u8list({"ขอบคุณมาก{p}", "โอเค{p} ขอบคุณ{p}", "ได้เลย{p} ขอบคุณนะ{q}", "ตามนั้นเลย{p}"});
    p.reminder24h = u8list({
        "สวัสดีค่ะคุณ{first} ขอแจ้งเตือนนัด{service}กับ{staff} พรุ่งนี้เวลา {time} ที่ {salon} ค่ะ "
        "ตอบ C เพื่อยืนยัน หรือ R เพื่อเลื่อนนัด",
    });
    p.reminder2h = u8list({
        "สวัสดีค่ะคุณ{first} พบกันวันนี้เวลา {time} สำหรับ{service}กับ{staff}นะคะ "
        "หากมาสายแจ้งในแชทนี้ได้เลยค่ะ",
    });
    p.today = u8("วันนี้");
    p.tomorrow = u8("พรุ่งนี้");
    p.onDay = u8("{day}");
    p.weekdayNames = u8list({"จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"});
    p.monthNames = u8list({"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
                           "ต.ค.", "พ.ย.", "ธ.ค."});
    p.dayFormat = u8("วัน{weekday}ที่ {day} {month}");
    p.timeFormat = u8("{time} น.");
    p.politeFemale = u8("ค่ะ");
    p.politeMale = u8("ครับ");
    p.questionFemale = u8("คะ");
    p.questionMale = u8("ครับ");
    p.slotJoiner = u8(", ");
    p.lastSlotJoiner = u8(" หรือ ");
    p.pro = u8("คุณหมอ");
    p.team = u8("ทีมงานคลินิก");

    // The same handoff reasons as the English clinic chats (staff read them in English); the
    // customers and the team write in Thai.
    struct ThaiScript
    {
        const char *reason;
        QStringList openers, followUps, attempts, staffReplies;
    };
    const QList<ThaiScript> thai = {
        {"Complaint about last visit",
         u8list({"ทำ{service}ไปเมื่อวันเสาร์ ผลไม่เป็นอย่างที่คุยกันไว้{p}",
                 "ไม่ประทับใจเลย{p} รอเกิน 40 นาทีทั้งที่จองไว้แล้ว", "จ่ายไป {price} แต่ผลลัพธ์ไม่โอเคเลย{p}"}),
         u8list({"อยากให้เจ้าหน้าที่โทรกลับ{p}", "ทางคลินิกจะรับผิดชอบยังไง{q}"}),
         u8list({"ต้องขออภัยจริงๆ ค่ะคุณ{first} มะลิแจ้งผู้จัดการให้ดูแลเรื่องนี้ทันทีค่ะ"}),
         u8list({"สวัสดีค่ะคุณ{first} {staff} ผู้จัดการคลินิกค่ะ ต้องขออภัยเป็นอย่างสูง "
                 "ทางเรายินดีแก้ไขให้โดยไม่มีค่าใช้จ่าย สะดวกเข้ามาสัปดาห์นี้ไหมคะ",
                 "ขออภัยค่ะคุณ{first} ทางคลินิกคืนส่วนต่างให้แล้ว และขอเชิญกลับมาใช้บริการฟรีหนึ่งครั้งค่ะ"})},
        {"Asked for a {pro} who is on leave",
         u8list({"ขอจองกับ{staff}สัปดาห์หน้าได้ไหม{q}", "{staff}กลับมาหรือยัง{q} อยากให้ดูแลคนเดิม"}),
         u8list({"รอได้{p} กลับมาวันไหน{q}", "ขอลงชื่อรอคิวแรกที่ว่างได้ไหม{q}"}),
         u8list({"{staff}ลาพักอยู่ค่ะ ต้องการจองกับท่านอื่นแทน หรือให้เจ้าหน้าที่แจ้งวันที่กลับมาคะ"}),
         u8list({"สวัสดีค่ะคุณ{first} {staff2}ค่ะ {staff}กลับมาสัปดาห์หน้า ลงคิวแรกที่ว่างให้แล้วนะคะ"})},
        {"Payment / deposit question",
         u8list({"ต้องมัดจำก่อนทำ{service}ไหม{q}", "โอนผ่านพร้อมเพย์ได้ไหม{q} ต้องมัดจำด้วยไหม{q}",
                 "รู้สึกว่าโดนตัดบัตรสองครั้ง{p}"}),
         u8list({"ขอเช็กก่อนจอง{p}", "แอปธนาคารขึ้นสองรายการ{p}"}),
         u8list({"เรื่องการชำระเงินต้องให้เจ้าหน้าที่ตรวจสอบค่ะ มะลิส่งเรื่องให้แล้วนะคะ"}),
         u8list({"สวัสดีค่ะคุณ{first} {staff}จาก {salon} ค่ะ คอร์สที่ใช้เวลานานจะมีมัดจำตอนจอง "
                 "เดี๋ยวส่งรายละเอียดให้ในแชทนี้นะคะ",
                 "ตรวจสอบแล้วค่ะ รายการที่สองเป็นการกันวงเงิน จะคืนอัตโนมัติภายใน 3-5 วันค่ะ"})},
        {"Unclear request after 3 attempts",
         u8list({"อยากทำแบบครั้งก่อนแต่ไม่เหมือนเดิม", "ทำแบบในรูปได้ไหม", "ที่นี่ใช่ที่เคยจองไหม{q}"}),
         u8list({"ไม่ใช่อันนั้น", "อีกอัน", "?"}),
         u8list({"ขออภัยค่ะ มะลิไม่แน่ใจ รบกวนบอกชื่อบริการที่ต้องการอีกครั้งได้ไหมคะ"}),
         u8list({"สวัสดีค่ะคุณ{first} {staff}ค่ะ เห็นประวัติครั้งล่าสุดแล้ว หมายถึงแบบเดิมใช่ไหมคะ"})},
        {"Wants to move today's appointment (within 2 hours)",
         u8list(
             {"รถติดมาก{p} น่าจะไปสายสัก 30 นาที นัด {time}", "ขอเลื่อนนัดวันนี้เป็นช่วงเย็นได้ไหม{q} ติดประชุม"}),
         u8list({"ขอโทษจริงๆ{p}", "รบกวนแจ้งด่วนนะ{q}"}),
         u8list({"การเปลี่ยนนัดภายใน 2 ชั่วโมงต้องให้เจ้าหน้าที่ยืนยันค่ะ กำลังสอบถามให้นะคะ"}),
         u8list({"ไม่เป็นไรค่ะคุณ{first} {staff}ยังรับได้เวลา {time2} ค่ะ",
                 "ขออภัยค่ะวันนี้คิวเต็ม เลื่อนให้เป็นพรุ่งนี้เวลา {time2} แทนนะคะ"})},
        {"Asked to speak to a person",
         u8list({"ขอคุยกับเจ้าหน้าที่ได้ไหม{q}", "ไม่อยากคุยกับบอท{p} โทรกลับหน่อย"}),
         u8list({"เรื่องการจอง{p}", "ขอบคุณ{p}"}),
         u8list({"ได้เลยค่ะ มะลิแจ้งเจ้าหน้าที่ให้ติดต่อกลับในแชทนี้นะคะ"}),
         u8list({"สวัสดีค่ะคุณ{first} {staff}จากเคาน์เตอร์ค่ะ มีอะไรให้ช่วยคะ"})},
        {"Refund request for a cancelled booking",
         u8list({"ยกเลิกล่วงหน้า 2 วันแล้วแต่ยังไม่ได้เงินมัดจำคืน{p}",
                 "ขอเงินมัดจำคืนได้ไหม{q} ต้องยกเลิกเพราะไม่สบาย"}),
         u8list({"ผ่านมาอาทิตย์นึงแล้ว{p}", "ส่งสลิปให้ได้{p}"}),
         u8list({"มะลิไม่สามารถคืนเงินเองได้ค่ะ ส่งเรื่องให้ทีมงานแล้วนะคะ"}),
         u8list({"ขออภัยค่ะคุณ{first} ดำเนินการคืนเงินให้วันนี้แล้ว จะเข้าบัญชีภายใน 3-5 วันทำการค่ะ"})},
        {"Asked about swelling after Botox (medical)",
         u8list({"ฉีดโบท็อกซ์มา 2 วัน หน้าผากรู้สึกหนักๆ ปกติไหม{q}",
                 "ปากยังบวมจากฟิลเลอร์ตั้งแต่วันจันทร์ ต้องกังวลไหม{q}"}),
         u8list({"ไม่เจ็บแต่ดูไม่เท่ากัน{p}", "ให้คุณหมอดูได้ไหม{q}"}),
         u8list({"มะลิไม่สามารถให้คำแนะนำทางการแพทย์ได้ค่ะ แจ้งทีมคุณหมอให้ติดต่อกลับทันทีนะคะ"}),
         u8list({"สวัสดีค่ะคุณ{first} {staff}ค่ะ อาการหนักๆ ช่วงแรกพบได้บ่อย "
                 "รบกวนเข้ามาเวลา {time2} ให้คุณหมอตรวจ ไม่มีค่าใช้จ่ายค่ะ"})},
        {"Wants a package price for 10 laser sessions",
         u8list({"มีแพ็กเกจเลเซอร์กำจัดขน 10 ครั้งไหม{q} ราคาเท่าไหร่{q}",
                 "ถ้าซื้อคอร์สพิโคเลเซอร์ ราคาพิเศษเท่าไหร่{q}"}),
         u8list({"ผ่อนได้ไหม{q}", "เพื่อนได้ราคาถูกกว่าที่อื่น{p}"}),
         u8list({"แพ็กเกจต้องให้ทีมงานเสนอราคาค่ะ เดี๋ยวส่งรายละเอียดให้นะคะ"}),
         u8list({"สวัสดีค่ะคุณ{first} {staff}ค่ะ คอร์ส 10 ครั้งลด 20% ผ่อน 0% 3 เดือนได้ค่ะ "
                 "จองครั้งแรกเลยไหมคะ"})},
        {"Group booking for a bridal party of 6",
         u8list({"สวัสดี{p} เพื่อนเจ้าสาว 6 คน อยากทำทรีตเมนต์หน้าก่อนวันงานได้ไหม{q}",
                 "รับจองเป็นกลุ่มไหม{q} 6 คน"}),
         u8list({"อยากมาพร้อมกัน{p}", "มีส่วนลดกลุ่มไหม{q}"}),
         u8list({"ยินดีด้วยค่ะ การจองแบบกลุ่มต้องให้ทีมงานช่วยวางแผน ส่งต่อให้แล้วนะคะ"}),
         u8list({"ยินดีด้วยค่ะคุณ{first} {staff}ค่ะ เราจองห้องให้ 3 ห้องสำหรับกลุ่มได้ "
                 "มัดจำเพื่อยืนยันวันค่ะ"})},
        {"Pregnancy / medical question before treatment",
         u8list({"ตั้งครรภ์ 4 เดือน ทำไฮดราเฟเชียลได้ไหม{q}", "ทานยาละลายลิ่มเลือดอยู่ ฉีดฟิลเลอร์ได้ไหม{q}"}),
         u8list({"อยากให้ปลอดภัย{p}", "หมอที่ดูแลบอกให้ถามก่อน{p}"}),
         u8list({"เป็นคำถามทางการแพทย์ค่ะ แจ้งให้คุณหมอตอบนะคะ"}),
         u8list({"สวัสดีค่ะคุณ{first} {staff}ค่ะ คุณหมอแนะนำทรีตเมนต์หน้าแบบอ่อนโยนแทน "
                 "งดกรดและเครื่องมือช่วงตั้งครรภ์ค่ะ"})},
    };
    const QList<DemoHandoffScript> english = makeEnglishPhrases(true).handoffs;
    for (const DemoHandoffScript &base : english) {
        for (const ThaiScript &t : thai) {
            if (base.reason != u8(t.reason))
                continue;
            DemoHandoffScript s = base;
            s.customerOpeners = t.openers;
            s.customerFollowUps = t.followUps;
            s.assistantAttempts = t.attempts;
            s.staffReplies = t.staffReplies;
            p.handoffs.append(s);
        }
    }
    return p;
}

} // namespace

DemoRegion makeThailandRegion()
{
    DemoRegion r;
    r.key = u8("th");
    r.businessName = u8("Orchid Aesthetic Clinic");
    r.timeZone = u8("Asia/Bangkok");
    r.utcOffsetSeconds = 7 * 3600;
    r.currency = u8("THB");
    r.locale = u8("th_TH");
    r.phone = u8("+6622584417");
    r.email = u8("contact@orchid-clinic.example.com");
    r.address = u8("88/12 Sukhumvit Soi 39, Khlong Tan Nuea, Watthana, Bangkok 10110");
    r.mailDomain = u8("orchid-clinic.example.com");
    r.openMinute = {10 * 60, 10 * 60, 10 * 60, 10 * 60, 10 * 60, 10 * 60, 10 * 60};
    r.closeMinute = {20 * 60, 20 * 60, 20 * 60, 20 * 60, 20 * 60, 20 * 60, 18 * 60};
    r.lunchEarliest = 12 * 60 + 30;
    r.agentName = u8("Mali");
    r.countryCode = u8("66");
    r.mobilePrefixes = {61, 62, 63, 64, 65, 80, 81, 82, 83, 84, 85, 86, 87,
                        88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99};
    r.minorPerPoint = 5000; // one point per 50 baht
    r.expiryMonths = 12;
    r.femalePercent = 82;
    r.currencySymbol = u8("฿");
    r.thousandsSep = u8(",");
    r.currencyWord = u8("บาท");
    r.services = services();
    r.staffProfiles = staffProfiles();
    r.nameGroups = nameGroups();
    r.tiers = {
        {u8("Pearl"), 0, u8("Birthday voucher, free skin analysis once a year")},
        {u8("Silver"), 500, u8("5% off all facials")},
        {u8("Gold"), 1500, u8("10% off facials and lasers, free hair spa each quarter")},
        {u8("Platinum"), 4000, u8("Priority doctor appointments, 10% off injectables")},
        {u8("Diamond"), 10000, u8("Personal care coordinator, free IV drip monthly, VIP events")},
    };
    r.rewards = {
        {u8("Free Hair Spa"), 180},           {u8("500 baht voucher"), 120},
        {u8("Free Skin Analysis"), 100},      {u8("Vitamin C Facial"), 320},
        {u8("Free Hydrafacial"), 550},        {u8("IV Vitamin Drip"), 650},
        {u8("50% off Botox Forehead"), 1200}, {u8("Free Underarm Laser"), 280},
    };
    r.staffColours = u8list({"#ad1457", "#6a1b9a", "#00838f", "#2e7d32", "#ef6c00", "#4527a0",
                             "#0277bd", "#c62828", "#558b2f", "#5d4037", "#283593", "#00695c"});
    r.customerNotes = u8list({
        "Likes the quiet room at the back.",
        "Prefers a female doctor.",
        "Comes after office hours, usually after 18:00.",
        "Sensitive skin - no strong peels.",
        "ลูกค้า VIP - offer herbal tea on arrival.",
        "Buys the Hydrafacial package every 6 months.",
        "Prefers LINE voice calls over chat.",
        "Referred by a friend.",
        "Pays by PromptPay QR.",
    });
    r.allergyNotes = u8list({
        "แพ้ยาชา lidocaine - use cold compress instead.",
        "Allergic to latex.",
        "Keloid-prone: no fractional laser.",
        "Takes aspirin daily - check before injectables.",
        "แพ้อาหารทะเล (seafood allergy) - check collagen products.",
    });
    r.appointmentNotes = u8list({
        "Before/after photos today.",
        "First visit - skin analysis first.",
        "Numbing cream 30 min before.",
        "Follow-up 2 weeks after Botox.",
        "Course session 3 of 10.",
        "Deposit paid by PromptPay.",
        "Wants the same doctor as last time.",
        "Birthday voucher.",
        "Running 15 minutes late (traffic).",
        "Bringing her mother too.",
    });
    r.cancelReasons = u8list({
        "Client unwell",
        "Stuck in traffic",
        "Heavy rain and flooding on Sukhumvit",
        "Business trip",
        "Changed her mind about the treatment",
        "Double-booked by mistake",
        "Rescheduled via WhatsApp",
        "Family matter",
    });
    r.timeOffReasons = u8list({"Annual leave", "Sick leave", "Personal leave", "Training course",
                               "Doctor's appointment"});
    r.reviewTexts = u8list({
        "ผิวดีขึ้นมาก พนักงานน่ารักทุกคน",
        "Doctor explained everything clearly. Great result.",
        "Hydrafacial ดีมาก จะกลับมาอีกแน่นอน",
        "Clean clinic, easy to reach from BTS.",
        "รอคิวนานนิดหน่อย แต่ผลลัพธ์คุ้มค่า",
    });
    r.awardReasons = u8list({"Birthday bonus", "Referral: brought a friend for a first visit",
                             "Thank you for your review", "Welcome to Orchid Rewards"});
    r.adjustReasonsUp = u8list({"Goodwill: waited 30 minutes for the doctor",
                                "Correction: points missed on a package session"});
    r.adjustReasonsDown = u8list(
        {"Correction: points earned twice on one visit", "Refunded treatment: points reversed"});
    r.openingBalanceReason = u8("Opening balance from the previous membership card");
    r.expiryReason = u8("Points older than 12 months expired");
    r.phrases = thaiPhrases();
    r.englishPhrases = makeEnglishPhrases(true);
    r.hasSecondLanguage = true;
    return r;
}

const DemoRegion &demoRegion(const QString &key)
{
    static const DemoRegion za = makeSouthAfricaRegion();
    static const DemoRegion th = makeThailandRegion();
    return key == u"th" ? th : za;
}

} // namespace Chairside
