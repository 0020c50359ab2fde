#include "store/demo/DemoRegion.h"

// What customers, the assistant and the team write in English chats. Salon and clinic share the
// booking flow; their handoff reasons differ.
namespace Chairside {

namespace {

// Outcome order of DemoHandoffScript: booked, rescheduled, cancelled, answered, complaint,
// no_action, spam, returned_to_ai.
DemoHandoffScript script(const char *reason, const char *intent, QList<int> priorities,
                         QStringList openers, QStringList followUps, QStringList attempts,
                         QStringList staffReplies, QList<int> outcomes, QStringList notes)
{
    DemoHandoffScript s;
    s.reason = u8(reason);
    s.intent = u8(intent);
    s.priorityWeights = std::move(priorities);
    s.customerOpeners = std::move(openers);
    s.customerFollowUps = std::move(followUps);
    s.assistantAttempts = std::move(attempts);
    s.staffReplies = std::move(staffReplies);
    s.outcomeWeights = std::move(outcomes);
    s.resolutionNotes = std::move(notes);
    return s;
}

QList<DemoHandoffScript> sharedScripts()
{
    QList<DemoHandoffScript> list;
    list.append(script(
        "Complaint about last visit", "complaint", {3, 5, 2, 0},
        u8list({"Hi, I'm not happy with my {service} from Saturday. It's not what we agreed on.",
                "Very disappointed with my appointment yesterday, I waited 40 minutes past my "
                "booking time.",
                "Hello. I paid {price} for my {service} and I'm honestly not happy with the "
                "result."}),
        u8list({"I'd like someone to call me please.", "What are you going to do about it?",
                "I've been a client for years, this has never happened before."}),
        u8list({"I'm really sorry to hear that, {first}. I'm getting a manager to look at this "
                "straight away."}),
        u8list({"Hi {first}, {staff} here, the manager. I'm so sorry about this. We'd like to "
                "put it right at no charge - can you come in this week?",
                "Hi {first}, I'm sorry your visit wasn't what you expected. I've refunded the "
                "difference and would love to have you back on us."}),
        {30, 0, 0, 15, 50, 5, 0, 0},
        u8list({"Free redo booked with a senior {pro}.", "", "",
                "Called the customer and apologised; added 200 goodwill points.",
                "Logged the complaint, refunded 50% to card and spoke to the {pro}.",
                "Customer did not answer the call-back or messages.", "", ""})));
    list.append(script(
        "Asked for a {pro} who is on leave", "book", {0, 1, 6, 3},
        u8list({"Hi, can I book with {staff} next week?",
                "Is {staff} back yet? I'd really prefer to see her.",
                "Hello, I always see {staff}. When can I get in with her?"}),
        u8list({"No, I'll wait for her. When exactly is she back?",
                "Can you put me on a waiting list for her first free slot?"}),
        u8list({"{staff} is on leave at the moment. Would you like someone else, or shall I "
                "ask the team when she's back?"}),
        u8list({"Hi {first}, {staff2} here. {staff} is back next week - I've pencilled you in "
                "for her first free morning.",
                "Hi {first}, this is {staff2}. I can take you myself this week, or {staff} has "
                "space from Tuesday. What do you prefer?"}),
        {50, 20, 0, 25, 0, 5, 0, 0},
        u8list({"Booked with the {pro} for her first week back.",
                "Moved an existing booking to after the leave.", "",
                "Told the customer the return date; she will book herself.", "",
                "No reply after we gave the return date.", "", ""})));
    list.append(script(
        "Payment / deposit question", "payment", {0, 2, 6, 2},
        u8list({"Do I need to pay a deposit for a {service}?",
                "Can I pay by EFT? And is there a deposit?",
                "Hi, I think I was charged twice for my last visit."}),
        u8list({"Just want to be sure before I book.", "My bank app shows two payments."}),
        u8list({"Payments and deposits need a team member. Let me ask them to confirm for "
                "you."}),
        u8list({"Hi {first}, {staff} from {salon}. For longer treatments we ask a deposit when "
                "you book; I'll send the details here.",
                "Hi {first}, I checked - the second charge is a card pre-authorisation and it "
                "will fall away in 3 to 5 days."}),
        {20, 0, 0, 70, 0, 10, 0, 0},
        u8list({"Deposit paid; booking confirmed.", "", "",
                "Explained the deposit policy and the pre-authorisation.", "",
                "Sent the details; no reply.", "", ""})));
    list.append(script(
        "Unclear request after 3 attempts", "other", {0, 0, 3, 7},
        u8list({"hi i want the thing from last time but different", "Can u do it like the pic",
                "Hello? Is this where I booked before"}),
        u8list({"no not that", "the other one", "?"}),
        u8list({"Sorry, I didn't quite get that. Could you tell me which treatment you're "
                "after?"}),
        u8list({"Hi {first}, {staff} here - I can see your last visit. Did you mean the same "
                "as last time?",
                "Hi {first}, {staff} from the front desk. Happy to help - could you send the "
                "picture again?"}),
        {25, 0, 0, 30, 0, 35, 10, 0},
        u8list({"Worked out it was a repeat of the last visit; booked.", "", "",
                "Answered the question by phone.", "", "Customer never clarified.",
                "Number sends random messages; marked as spam.", ""})));
    list.append(script(
        "Wants to move today's appointment (within 2 hours)", "reschedule", {5, 4, 1, 0},
        u8list({"Hi I'm stuck in traffic, I'm going to be 30 min late for my {time}",
                "Can I move my appointment today to later? Something came up at work"}),
        u8list({"So sorry!!", "Please let me know asap"}),
        u8list({"Changes within 2 hours of an appointment need the team. I'm checking with "
                "them right away."}),
        u8list({"No stress {first}, {staff} can still take you at {time2}. See you then!",
                "Sorry {first}, today is full. I've moved you to tomorrow at {time2} instead."}),
        {0, 60, 20, 15, 0, 5, 0, 0},
        u8list({"", "Moved to a later slot the same day.",
                "Could not fit her in; cancelled without a fee.",
                "Told the customer to come in; the {pro} waited.", "",
                "Customer did not reply; slot released.", "", ""})));
    list.append(script(
        "Asked to speak to a person", "other", {0, 2, 5, 3},
        u8list({"Can I speak to a real person please", "I don't want to chat to a bot. Please "
                                                       "call me."}),
        u8list({"It's about my booking", "Thanks"}),
        u8list({"Of course, I'll ask one of the team to get back to you here."}),
        u8list({"Hi {first}, {staff} here from the front desk. How can I help?"}),
        {30, 0, 0, 45, 0, 15, 0, 10},
        u8list({"Booked by phone.", "", "", "Answered by phone.", "", "Called twice, no answer.",
                "",
                "Customer was happy to carry on with the "
                "assistant."})));
    list.append(
        script("Refund request for a cancelled booking", "payment", {0, 3, 6, 1},
               u8list({"I cancelled my appointment 2 days before but my deposit wasn't refunded",
                       "Hi, I'd like my deposit back please, I had to cancel because I was sick"}),
               u8list({"It's been over a week now.", "I can send the proof of payment."}),
               u8list({"I can't process refunds myself, but I'm passing this to the team now."}),
               u8list({"Hi {first}, sorry about that. I've processed the refund today; it will "
                       "reflect in 3 to 5 working days."}),
               {0, 0, 0, 70, 15, 15, 0, 0},
               u8list({"", "", "", "Refund processed.",
                       "Refund refused (cancelled on the day); "
                       "customer unhappy.",
                       "Waiting for proof of payment that never came.", "", ""})));
    return list;
}

QList<DemoHandoffScript> salonScripts()
{
    QList<DemoHandoffScript> list = sharedScripts();
    list.append(script(
        "Wants a colour-correction quote before booking", "quote", {0, 2, 6, 2},
        u8list({"Hi, I had a box dye disaster and my roots are orange. How much would colour "
                "correction cost?",
                "Hello, I want to go from black to ash blonde. Can you give me a quote first?"}),
        u8list({"Can I send you photos?", "I'm hoping to get it done before the weekend."}),
        u8list({"Colour correction is quoted by a stylist, because it depends on your hair "
                "history. I'll ask one to get back to you."}),
        u8list({"Hi {first}, this is {staff} from {salon}. Please send two photos in daylight "
                "and we'll quote you. A correction usually takes 3 to 4 hours."}),
        {55, 0, 0, 35, 0, 10, 0, 0},
        u8list({"Quoted after photos; booked a consultation and correction.", "", "",
                "Sent a quote range; customer will decide after payday.", "",
                "Customer stopped replying after the quote.", "", ""})));
    list.append(script(
        "Group booking for a bridal party of 6", "group_booking", {0, 4, 5, 1},
        u8list({"Hi! I'm getting married on the 12th and need hair for 6 of us. Can you do "
                "that?",
                "Hello, do you do group bookings? Bridal party of 6, early morning."}),
        u8list({"We'd need to start around 7am.", "Can someone come to the venue in "
                                                  "Stellenbosch?"}),
        u8list({"Congratulations! Group bookings need a team member to plan the day, so I'm "
                "passing you on."}),
        u8list({"Congratulations {first}! This is {staff}. We can open at 06:30 for you. A 30% "
                "deposit holds the date - shall I send the details?"}),
        {60, 0, 0, 30, 0, 10, 0, 0},
        u8list({"Booked 3 stylists from 06:30; deposit received.", "", "",
                "Sent the bridal price list; she is comparing salons.", "",
                "No reply after the quote.", "", ""})));
    list.append(script(
        "Allergy / patch-test question before colour", "question", {1, 4, 4, 1},
        u8list({"I reacted to hair dye before. Can I still have my roots done?",
                "Do you do patch tests? I have very sensitive skin."}),
        u8list({"Last time my scalp was itchy for days.", "I want to be safe."}),
        u8list({"Your safety comes first, so a stylist needs to answer that."}),
        u8list({"Hi {first}, {staff} here. We'll do a patch test 48 hours before - pop in any "
                "time, it takes 5 minutes."}),
        {60, 0, 0, 35, 0, 5, 0, 0},
        u8list({"Patch test done; colour booked for 3 days later.", "", "",
                "Explained the patch test; customer will come in.", "", "No reply.", "", ""})));
    return list;
}

QList<DemoHandoffScript> clinicScripts()
{
    QList<DemoHandoffScript> list = sharedScripts();
    list.append(script(
        "Asked about swelling after Botox (medical)", "question", {6, 3, 1, 0},
        u8list({"Hi, I had Botox 2 days ago and my forehead feels heavy. Is that normal?",
                "My lips are still swollen from the filler on Monday, should I worry?"}),
        u8list({"It doesn't hurt but it looks uneven.", "Can the doctor check?"}),
        u8list({"I can't give medical advice, so I've asked the doctor's team to contact you "
                "now."}),
        u8list({"Hi {first}, this is {staff}. Some heaviness in the first days is common. "
                "Please come in at {time2} so the doctor can check - no charge."}),
        {45, 0, 0, 45, 5, 5, 0, 0},
        u8list({"Free review with the doctor booked.", "", "",
                "Doctor called; normal settling, follow-up in 2 weeks.",
                "Customer unhappy with the result; touch-up offered.", "No reply.", "", ""})));
    list.append(script(
        "Wants a package price for 10 laser sessions", "quote", {0, 1, 6, 3},
        u8list({"Hi, do you have a package price for 10 sessions of laser hair removal?",
                "What's the best price if I buy a course of Pico laser?"}),
        u8list({"Can I pay in instalments?", "My friend got a better price elsewhere."}),
        u8list({"Packages are quoted by our team. I'll ask them to send you the options."}),
        u8list({"Hi {first}, {staff} here. A course of 10 is 20% off and can be paid in 3 "
                "instalments. Shall I book your first session?"}),
        {55, 0, 0, 35, 0, 10, 0, 0},
        u8list({"Package sold; first session booked.", "", "",
                "Sent package prices; customer will think about it.", "", "No reply.", "", ""})));
    list.append(script(
        "Group booking for a bridal party of 6", "group_booking", {0, 3, 6, 1},
        u8list({"Hello! Bridal party of 6 - can we all have facials the day before the "
                "wedding?",
                "Hi, do you do group bookings? 6 of us for a pre-wedding glow package."}),
        u8list({"We'd love to come in together.", "Is there a group discount?"}),
        u8list({"Congratulations! Group bookings need our team, so I'm passing you on."}),
        u8list({"Congratulations {first}! This is {staff}. We can reserve 3 rooms for your "
                "group; a deposit holds the date."}),
        {60, 0, 0, 30, 0, 10, 0, 0},
        u8list({"Booked three rooms for the group; deposit received.", "", "",
                "Sent the group package; the bride is deciding.", "", "No reply.", "", ""})));
    list.append(script(
        "Pregnancy / medical question before treatment", "question", {2, 5, 3, 0},
        u8list({"Hi, I'm 4 months pregnant. Is the hydrafacial safe for me?",
                "I take blood thinners. Can I still have filler?"}),
        u8list({"Just want to be careful.", "My doctor said to ask you first."}),
        u8list({"That's a medical question for our doctor. I've asked the team to reply."}),
        u8list({"Hi {first}, {staff} here. The doctor recommends a gentle facial instead; no "
                "acids or devices while you're pregnant."}),
        {40, 0, 0, 55, 0, 5, 0, 0},
        u8list({"Booked a pregnancy-safe facial.", "", "", "Doctor answered; treatment postponed.",
                "", "No reply.", "", ""})));
    return list;
}

} // namespace

DemoPhrases makeEnglishPhrases(bool clinic)
{
    DemoPhrases p;
    p.bookOpeners = u8list({
        "Hi, can I book a {service} {when}?",
        "Hello! Do you have space for a {service} {when}?",
        "Morning :) Looking for a {service} with {staff} {when} if possible",
        "Hi there, I'd like to book a {service} please. {When} would be ideal",
        "Hey! Any gaps {when} for a {service}?",
        "Good day, is {staff} available {when}? I need a {service}",
        "hi can i come in {when} for a {service}",
    });
    p.clarifyQuestions = u8list({
        "Happy to help, {first}! Do you have a {pro} you prefer, or is anyone fine?",
        "Sure! Would you prefer the morning or the afternoon?",
        "Of course. Is this your first visit with us?",
    });
    p.clarifyAnswers = u8list({
        "{staff} if possible|Anyone is fine|Whoever is free",
        "Morning please|Afternoon works better|Any time after 10",
        "No, I've been before|Yes first time|I came last year",
    });
    p.assistantOffers = u8list({
        "Hi {first}! {staff} has {slots} {when}. Which one suits you?",
        "Thanks {first}. For a {service} ({minutes} min, {price}) I can offer {slots} {when}. "
        "Shall I book one?",
        "Let me check... {staff} is free {when} at {slots}. Which time works?",
    });
    p.customerPicks = u8list({"{time} please", "{time} is perfect", "Let's do {time}",
                              "ok {time} thanks", "The {time} one please!"});
    p.assistantConfirms = u8list({
        "Done! You're booked for a {service} with {staff} {when} at {time}. It takes about "
        "{minutes} minutes and costs {price}. We'll send you a reminder the day before.",
        "All booked, {first}: {service}, {day} at {time} with {staff}. Reply here if you need "
        "to change anything.",
        "Confirmed: {service} with {staff}, {day} {time}. See you then!",
    });
    p.customerThanks = u8list({"Thank you!", "Perfect, thanks so much", "Great stuff, thanks",
                               "Awesome, see you then", "Thanks!! :)"});
    p.assistantGoodbyes = u8list({"You're welcome, {first}! See you soon.",
                                  "My pleasure. Have a lovely day!", "Anytime! Bye for now."});
    p.cancelOpeners = u8list({
        "Hi, I need to cancel my {service} {when}, sorry. {reason}",
        "Hello, please cancel my booking {when} at {time}. {reason}",
        "hi sorry cant make it {when} anymore. {reason}",
    });
    p.cancelExcuses =
        u8list({"I'm not feeling well.", "Something came up at work.", "My little one is sick.",
                "My car is in for repairs.", "I have to travel for work.", "Family emergency."});
    p.assistantCancelled = u8list({
        "No problem, {first}. I've cancelled your {service} {when} at {time}. Would you like "
        "to book another day?",
        "Done, your {time} booking is cancelled. Hope to see you soon!",
    });
    p.customerAfterCancel =
        u8list({"Not right now, I'll message next week",
                "Yes please, but let me check my diary first", "No thanks", "Will let you know!"});
    p.priceQuestions = u8list({"Hi, how much is a {service}?",
                               "What do you charge for a "
                               "{service}?",
                               "Hi! Price for a {service} please"});
    p.priceAnswers = u8list({
        "A {service} is {price} and takes about {minutes} minutes. Would you like me to find "
        "you a time?",
        "{service}: {price} (around {minutes} min). Shall I check availability for you?",
    });
    p.hoursQuestions = u8list({"What time do you close on Saturday?", "Are you open on Sunday?",
                               "What are your hours this week?"});
    p.silentOpeners = u8list({"hi", "Hello", "Hi, quick question", "?"});
    p.silentClosers = u8list({"Sorry, wrong number", "Never mind, I'll call the salon", "ok thanks",
                              "Will come back to you"});
    p.assistantWelcome = u8list({
        "Hi! I'm {agent}, the {salon} booking assistant. How can I help you today?",
        "Hello {first}! How can I help?",
    });
    p.spamMessages = u8list({
        "Congratulations! You have won a shopping voucher, claim it at http://bit.ly/claim-now",
        "Earn $500 daily working from home!!! reply YES for details",
        "Dear customer your parcel is waiting, pay the customs fee at http://parcel-fee.example",
    });
    p.assistantSpamReply =
        u8list({"Sorry, I can only help with bookings and questions about {salon}."});
    p.assistantHandover = u8list({
        "I'll pass this on to one of our team so they can help you properly. Someone will reply "
        "here shortly.",
        "Thanks, {first}. This needs a person - I've asked the team to reply to you here.",
        "Let me get a team member to help with that. We'll be with you soon.",
    });
    p.systemHandover = u8("Conversation handed over to the {team}");
    p.customerAfterStaff = u8list(
        {"Thank you so much!", "Ok great, thanks", "That works, thank you", "Appreciate it!"});
    p.reminder24h = u8list({
        "Hi {first}, a reminder of your {service} with {staff} tomorrow at {time} at {salon}. "
        "Reply C to confirm or R to reschedule.",
    });
    p.reminder2h = u8list({
        "Hi {first}, see you at {time} today for your {service} with {staff}. Running late? "
        "Just reply here.",
    });
    p.today = u8("today");
    p.tomorrow = u8("tomorrow");
    p.onDay = u8("on {day}");
    p.weekdayNames = u8list({"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"});
    p.monthNames = u8list(
        {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"});
    p.dayFormat = u8("{weekday} {day} {month}");
    p.timeFormat = u8("{time}");
    p.slotJoiner = u8(", ");
    p.lastSlotJoiner = u8(" or ");
    if (clinic) {
        p.hoursAnswers = u8list({
            "We're open every day from 10:00 to 20:00 (Sundays until 18:00).",
            "Our hours are 10:00-20:00 Monday to Saturday and 10:00-18:00 on Sunday.",
        });
        p.parkingQuestions =
            u8list({"Is there parking at the clinic?", "How do I get there by BTS?"});
        p.parkingAnswers = u8list({
            "There's free parking under the building for 2 hours - we stamp your ticket.",
            "We're a 5-minute walk from BTS Phrom Phong, exit 5, in Sukhumvit Soi 39.",
        });
        p.pro = u8("doctor");
        p.team = u8("clinic team");
        p.handoffs = clinicScripts();
    } else {
        p.hoursAnswers = u8list({
            "We're open Monday to Friday 08:00-18:00, Saturday 08:00-15:00 and Sunday "
            "09:00-13:00.",
            "Saturdays we close at 15:00, and on Sundays we're open 09:00-13:00.",
        });
        p.parkingQuestions = u8list({"Is there parking nearby?", "Where do I park?"});
        p.parkingAnswers = u8list({
            "There's free parking behind the building off Lower Main Road - the car guard "
            "knows us.",
            "Park in the bays behind the shops; we're next to the pharmacy.",
        });
        p.pro = u8("stylist");
        p.team = u8("salon team");
        p.handoffs = salonScripts();
    }
    return p;
}

} // namespace Chairside
