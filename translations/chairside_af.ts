<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="af_ZA">
<context>
    <name>AnalyticsPane</name>
    <message>
        <source>WhatsApp assistant</source>
        <translation>WhatsApp-assistent</translation>
    </message>
    <message>
        <source>Online booking</source>
        <translation>Aanlyn bespreking</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Foon</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Instapkliënt</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Ontvangs</translation>
    </message>
    <message>
        <source>%1 (narrows the charts; the cards always cover the whole business)</source>
        <translation>%1 (beperk die grafieke; die kaarte dek altyd die hele besigheid)</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Ontleding</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dae</translation>
    </message>
    <message>
        <source>Show the last %1 days</source>
        <translation>Wys die laaste %1 dae</translation>
    </message>
    <message>
        <source>The last %1 days up to and including today, compared with the %1 days before</source>
        <translation>Die laaste %1 dae tot en met vandag, vergeleke met die %1 dae daarvoor</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eie reeks…</translation>
    </message>
    <message>
        <source>Show a custom range of days</source>
        <translation>Wys &apos;n eie reeks dae</translation>
    </message>
    <message>
        <source>Any range of whole days, compared with the same number of days just before it</source>
        <translation>Enige reeks hele dae, vergeleke met dieselfde aantal dae net daarvoor</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-verslag…</translation>
    </message>
    <message>
        <source>Save the cards, the charts and their definitions as a PDF file</source>
        <translation>Stoor die kaarte, die grafieke en hul definisies as &apos;n PDF-lêer</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laaste dag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Charts for</source>
        <translation>Grafieke vir</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Personeellid</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle personeel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Diens</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle dienste</translation>
    </message>
    <message>
        <source>Booking source</source>
        <translation>Besprekingsbron</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronne</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Voer %1 uit</translation>
    </message>
    <message>
        <source>Save this chart&apos;s data as CSV or the chart as PNG</source>
        <translation>Stoor hierdie grafiek se data as CSV of die grafiek as PNG</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Stoor data as CSV…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Stoor grafiek as PNG…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Werk tans by…</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, vergeleke met %3 – %4</translation>
    </message>
    <message>
        <source>%1 — %2
This period: %3 · previous period: %4 · change: %5</source>
        <translation>%1 — %2
Hierdie tydperk: %3 · vorige tydperk: %4 · verandering: %5</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 nie skryf nie: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kon %1 nie skryf nie.</translation>
    </message>
    <message>
        <source>%1 — analytics</source>
        <translation>%1 — ontleding</translation>
    </message>
    <message>
        <source>Charts filtered: %1, %2, %3</source>
        <translation>Grafieke gefiltreer: %1, %2, %3</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definisies</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Stoor grafiek as PNG</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>Stoor grafiekdata as CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-beelde (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-lêers (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gestoor</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Stoor die paneelbord as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-lêers (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AppointmentDetailsDialog</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laai tans…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Verskuif…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Kanselleer bespreking…</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Bespreking</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinnerings</translation>
    </message>
    <message>
        <source>24-hour reminder</source>
        <translation>24-uur-herinnering</translation>
    </message>
    <message>
        <source>2-hour reminder</source>
        <translation>2-uur-herinnering</translation>
    </message>
    <message>
        <source>24 hours before:</source>
        <translation>24 uur vooraf:</translation>
    </message>
    <message>
        <source>2 hours before:</source>
        <translation>2 uur vooraf:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geskiedenis</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Wysigingsgeskiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Instapkliënt</translation>
    </message>
    <message>
        <source>Appointment · %1</source>
        <translation>Afspraak · %1</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 op hierdie rekenaar</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>booked through %1</source>
        <translation>bespreek via %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Rede: %1</translation>
    </message>
    <message>
        <source>This booking was deleted.</source>
        <translation>Hierdie bespreking is geskrap.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Stelsel</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wysigings aangeteken nie.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nuwe afspraak</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Instapkliënt</translation>
    </message>
    <message>
        <source>Reschedule appointment</source>
        <translation>Verskuif afspraak</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Name, phone or e-mail; leave empty for a walk-in</source>
        <translation>Naam, foon of e-pos; laat leeg vir &apos;n instapkliënt</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Kliënte wat pas</translation>
    </message>
    <message>
        <source>Walk-in: no customer record</source>
        <translation>Instapkliënt: geen kliëntrekord nie</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>Nuwe &amp;kliënt…</translation>
    </message>
    <message>
        <source>Add a customer and book for them</source>
        <translation>Voeg &apos;n kliënt by en bespreek vir hulle</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kliënt:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Diens</translation>
    </message>
    <message>
        <source>+ Add a service to this visit</source>
        <translation>+ Voeg &apos;n diens by hierdie besoek</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Diens:</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Personeellid</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Personeel:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintyd</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Elke</translation>
    </message>
    <message>
        <source>Repeat this visit</source>
        <translation>Herhaal hierdie besoek</translation>
    </message>
    <message>
        <source>Weeks between visits</source>
        <translation>Weke tussen besoeke</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> week/weke</translation>
    </message>
    <message>
        <source>How the series ends</source>
        <translation>Hoe die reeks eindig</translation>
    </message>
    <message>
        <source>for</source>
        <translation>vir</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Aantal besoeke</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> besoeke</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Laaste dag van die reeks</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message>
        <source>Book the same visit again every few weeks at the same time</source>
        <translation>Bespreek dieselfde besoek elke paar weke weer op dieselfde tyd</translation>
    </message>
    <message>
        <source>&amp;Let the customer know the new time</source>
        <translation>&amp;Laat die kliënt weet van die nuwe tyd</translation>
    </message>
    <message>
        <source>Queues a message to the customer on their preferred channel with the new time</source>
        <translation>Sit &apos;n boodskap met die nuwe tyd vir die kliënt in die tou, op hul voorkeurkanaal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything the stylist should know</source>
        <translation>Enigiets wat die stilis moet weet</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Times are in %1.</source>
        <translation>Tye is in %1.</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation>Skuif afspraak</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Bespreek</translation>
    </message>
    <message>
        <source>Pick the customer from the list.</source>
        <translation>Kies die kliënt uit die lys.</translation>
    </message>
    <message>
        <source>Then service %1</source>
        <translation>Daarna diens %1</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>daarna %1</translation>
    </message>
    <message>
        <source>Remove this service from the visit</source>
        <translation>Verwyder hierdie diens van die besoek</translation>
    </message>
    <message>
        <source>Remove service %1</source>
        <translation>Verwyder diens %1</translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation>Daardie afspraak bestaan nie meer nie.</translation>
    </message>
    <message>
        <source>(no longer active)</source>
        <translation>(nie meer aktief nie)</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Geen kliënt pas by &quot;%1&quot; nie.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✓ %1 · %2</source>
        <translation>✓ %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · %1 processing</source>
        <translation> · %1 inwerktyd</translation>
    </message>
    <message>
        <source> · %1 clean-up</source>
        <translation> · %1 opruimtyd</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>%1 visits, the last on %2</source>
        <translation>%1 besoeke, die laaste op %2</translation>
    </message>
    <message>
        <source>Only this visit: the last day is before the next one.</source>
        <translation>Net hierdie besoek: die laaste dag is voor die volgende een.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Kies &apos;n diens.</translation>
    </message>
    <message>
        <source>Pick the customer from the list, or clear the field to book a walk-in.</source>
        <translation>Kies die kliënt uit die lys, of maak die veld leeg om &apos;n instapkliënt te bespreek.</translation>
    </message>
    <message>
        <source>Choose who does the appointment.</source>
        <translation>Kies wie die afspraak doen.</translation>
    </message>
    <message>
        <source>The series has no visit: choose a last day after the first.</source>
        <translation>Die reeks het geen besoek nie: kies &apos;n laaste dag ná die eerste.</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Op %1: %2</translation>
    </message>
    <message>
        <source>Bookings of one person cannot overlap: choose another time or staff member.</source>
        <translation>Een persoon se besprekings kan nie oorvleuel nie: kies &apos;n ander tyd of personeellid.</translation>
    </message>
    <message>
        <source>%1 of %2 bookings were made; the one on %3 was refused: %4</source>
        <translation>%1 van %2 besprekings is gemaak; die een op %3 is geweier: %4</translation>
    </message>
    <message>
        <source>%1 does not do %2 (their services are set in Business, Staff).</source>
        <translation>%1 doen nie %2 nie (hul dienste word in Besigheid, Personeel gestel).</translation>
    </message>
</context>
<context>
    <name>AppointmentListModel</name>
    <message>
        <source>Date and time</source>
        <translation>Datum en tyd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Diens</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prys</translation>
    </message>
</context>
<context>
    <name>AppointmentListPanel</name>
    <message>
        <source>No bookings match these dates and filters.</source>
        <translation>Geen besprekings pas by hierdie datums en filters nie.</translation>
    </message>
    <message>
        <source>Failed reminders</source>
        <translation>Mislukte herinnerings</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>Show appointments starting on or after this day</source>
        <translation>Wys afsprake wat op of ná hierdie dag begin</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot datum</translation>
    </message>
    <message>
        <source>Show appointments starting on or before this day</source>
        <translation>Wys afsprake wat op of voor hierdie dag begin</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;ot</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Personeellid</translation>
    </message>
    <message>
        <source>Only this staff member&apos;s appointments</source>
        <translation>Net hierdie personeellid se afsprake</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle personeel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only appointments with this status</source>
        <translation>Net afsprake met hierdie status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusse</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Diens</translation>
    </message>
    <message>
        <source>Only appointments for this service</source>
        <translation>Net afsprake vir hierdie diens</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle dienste</translation>
    </message>
    <message>
        <source>Booked through</source>
        <translation>Bespreek via</translation>
    </message>
    <message>
        <source>Only appointments booked through this channel</source>
        <translation>Net afsprake wat via hierdie kanaal bespreek is</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronne</translation>
    </message>
    <message>
        <source>Only bookings whose 24-hour or 2-hour reminder could not be delivered, to call or message those customers yourself</source>
        <translation>Net besprekings waarvan die 24-uur- of 2-uur-herinnering nie afgelewer kon word nie, sodat jy self daardie kliënte kan bel of &apos;n boodskap stuur</translation>
    </message>
    <message>
        <source>Search customer</source>
        <translation>Soek kliënt</translation>
    </message>
    <message>
        <source>Customer name, e-mail or phone</source>
        <translation>Kliënt se naam, e-pos of foon</translation>
    </message>
    <message>
        <source>Only appointments of customers whose name, e-mail or phone number matches</source>
        <translation>Net afsprake van kliënte wie se naam, e-pos of foonnommer pas</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Aantal afsprake</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afsprake</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 afspraak</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>%1 afsprake</translation>
    </message>
</context>
<context>
    <name>AppointmentsPane</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Day view: one column per staff member</source>
        <translation>Dagaansig: een kolom per personeellid</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Week view: one column per day</source>
        <translation>Weekaansig: een kolom per dag</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lys</translation>
    </message>
    <message>
        <source>List view: filter and sort appointments</source>
        <translation>Lysaansig: filtreer en sorteer afsprake</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandag</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Gaan na vandag (Ctrl+T)</translation>
    </message>
    <message>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Vorige dag of week (Alt+Left)</translation>
    </message>
    <message>
        <source>Next day or week (Alt+Right)</source>
        <translation>Volgende dag of week (Alt+Right)</translation>
    </message>
    <message>
        <source>Shown day</source>
        <translation>Dag wat gewys word</translation>
    </message>
    <message>
        <source>The day shown; click the arrow for a calendar</source>
        <translation>Die dag wat gewys word; klik op die pyltjie vir &apos;n kalender</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>Dagopsomming</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nuwe afspraak</translation>
    </message>
    <message>
        <source>Book an appointment (Ctrl+N)</source>
        <translation>Bespreek &apos;n afspraak (Ctrl+N)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Instapkliënt</translation>
    </message>
    <message>
        <source>Book a walk-in starting now (Ctrl+W)</source>
        <translation>Bespreek &apos;n instapkliënt wat nou begin (Ctrl+W)</translation>
    </message>
    <message>
        <source>Whose week</source>
        <translation>Wie se week</translation>
    </message>
    <message>
        <source>Show the week of one staff member or of everyone</source>
        <translation>Wys een personeellid se week of almal s&apos;n</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Almal</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>Personeel…</translation>
    </message>
    <message>
        <source>Choose and order the staff columns</source>
        <translation>Kies en orden die personeelkolomme</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Voer uit…</translation>
    </message>
    <message>
        <source>Save appointments to a file</source>
        <translation>Stoor afsprake in &apos;n lêer</translation>
    </message>
    <message>
        <source>This day as calendar file (.ics)…</source>
        <translation>Hierdie dag as kalenderlêer (.ics)…</translation>
    </message>
    <message>
        <source>This list as CSV…</source>
        <translation>Hierdie lys as CSV…</translation>
    </message>
    <message>
        <source>Print the day sheet…</source>
        <translation>Druk die dagstaat…</translation>
    </message>
    <message>
        <source>The day sheet as PDF…</source>
        <translation>Die dagstaat as PDF…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Boodskap</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Maak die boodskap toe</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>Nuwe afspraak…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Instapkliënt…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestig</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Aangekom</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>Begin diens</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Voltooi</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nie opgedaag</translation>
    </message>
    <message>
        <source>Let the customer know</source>
        <translation>Laat die kliënt weet</translation>
    </message>
    <message>
        <source>Confirming or marking a no-show also sends the customer a message</source>
        <translation>As jy bevestig of as nie opgedaag merk, kry die kliënt ook &apos;n boodskap</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Kanselleer…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Verskuif…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Besonderhede…</translation>
    </message>
    <message>
        <source>Read-only: sign in to change bookings</source>
        <translation>Net lees: meld aan om besprekings te verander</translation>
    </message>
    <message>
        <source>This booking can no longer be changed</source>
        <translation>Hierdie bespreking kan nie meer verander word nie</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 bespreking</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>%1 besprekings</translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n om te bevestig</numerusform>
            <numerusform>%n om te bevestig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n gekanselleer</numerusform>
            <numerusform>%n gekanselleer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 no-show</source>
        <translation>1 nie opgedaag</translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation>%1 nie opgedaag</translation>
    </message>
    <message>
        <source>Everyone (a page each)</source>
        <translation>Almal (&apos;n bladsy elk)</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Dagstaat</translation>
    </message>
    <message>
        <source>Whose day sheet?</source>
        <translation>Wie se dagstaat?</translation>
    </message>
    <message>
        <source>Save the day sheet as PDF</source>
        <translation>Stoor die dagstaat as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-lêers (*.pdf)</translation>
    </message>
    <message>
        <source>Day sheet %1</source>
        <translation>Dagstaat %1</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>Voer die lys as CSV uit</translation>
    </message>
    <message>
        <source>Export the day as a calendar file</source>
        <translation>Voer die dag as &apos;n kalenderlêer uit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-lêers (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderlêers (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n appointment(s) to %1.</source>
        <translation>
            <numerusform>%n afspraak in %1 gestoor.</numerusform>
            <numerusform>%n afsprake in %1 gestoor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>No changes match these filters.</source>
        <translation>Geen veranderinge pas by hierdie filters nie.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Almal</translation>
    </message>
    <message>
        <source>Automatic (no person)</source>
        <translation>Outomaties (geen persoon)</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Soort verandering</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Voer CSV uit…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 verandering</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 veranderinge</translation>
    </message>
    <message>
        <source>Only an owner can read the audit log.</source>
        <translation>Net &apos;n eienaar kan die ouditlog lees.</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <translation>ouditlog-%1.csv</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Voer die ouditlog uit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-lêers (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Voer tans uit…</translation>
    </message>
    <message>
        <source>%1 exported to %2.</source>
        <translation>%1 na %2 uitgevoer.</translation>
    </message>
</context>
<context>
    <name>AuthClient</name>
    <message>
        <source>The sign-in service sent an answer Chairside cannot read.</source>
        <translation>Die aanmelddiens het &apos;n antwoord gestuur wat Chairside nie kan lees nie.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts in a short time; wait a minute and try again.</source>
        <translation>Te veel aanmeldpogings binne &apos;n kort tyd; wag &apos;n minuut en probeer weer.</translation>
    </message>
    <message>
        <source>The sign-in service has a problem (HTTP %1); try again in a few minutes.</source>
        <translation>Die aanmelddiens het &apos;n probleem (HTTP %1); probeer oor &apos;n paar minute weer.</translation>
    </message>
    <message>
        <source>The sign-in service is busy; try again.</source>
        <translation>Die aanmelddiens is besig; probeer weer.</translation>
    </message>
    <message>
        <source>The backend refused the app&apos;s anon key; check the backend settings.</source>
        <translation>Die bediener het die toep se anon-sleutel geweier; kontroleer die bedienerinstellings.</translation>
    </message>
    <message>
        <source>This e-mail address has not been confirmed yet; open the link in the invitation e-mail first.</source>
        <translation>Hierdie e-posadres is nog nie bevestig nie; maak eers die skakel in die uitnodigings-e-pos oop.</translation>
    </message>
    <message>
        <source>This account is blocked; ask the salon owner to unblock it.</source>
        <translation>Hierdie rekening is geblokkeer; vra die salon se eienaar om dit te ontblokkeer.</translation>
    </message>
    <message>
        <source>Signing in with e-mail and password is turned off for this salon.</source>
        <translation>Aanmelding met e-pos en wagwoord is vir hierdie salon afgeskakel.</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>Verkeerde e-pos of wagwoord.</translation>
    </message>
    <message>
        <source>Your sign-in has ended (it was signed out elsewhere or expired). Please sign in again.</source>
        <translation>Jou aanmelding het verval (jy is elders afgemeld of dit het verstryk). Meld asseblief weer aan.</translation>
    </message>
    <message>
        <source>The server could not end the session (HTTP %1).</source>
        <translation>Die bediener kon nie die sessie beëindig nie (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>BackendConfig</name>
    <message>
        <source>No backend address is set.</source>
        <translation>Geen bedieneradres is ingestel nie.</translation>
    </message>
    <message>
        <source>The backend address is not a valid web address.</source>
        <translation>Die bedieneradres is nie &apos;n geldige webadres nie.</translation>
    </message>
    <message>
        <source>The backend address must start with https://; unencrypted connections are not allowed.</source>
        <translation>Die bedieneradres moet met https:// begin; onversleutelde verbindings word nie toegelaat nie.</translation>
    </message>
    <message>
        <source>The backend address has no host name.</source>
        <translation>Die bedieneradres het geen gasheernaam nie.</translation>
    </message>
    <message>
        <source>The backend address must be a plain https:// address without a user name, query or fragment.</source>
        <translation>Die bedieneradres moet &apos;n gewone https://-adres wees, sonder gebruikersnaam, navraag of fragment.</translation>
    </message>
    <message>
        <source>The project&apos;s anon key is missing.</source>
        <translation>Die projek se anon-sleutel ontbreek.</translation>
    </message>
    <message>
        <source>This is the project&apos;s secret key. Chairside never holds a secret key: enter the publishable (anon) key instead, and replace the secret key if it was shared.</source>
        <translation>Dit is die projek se geheime sleutel. Chairside hou nooit &apos;n geheime sleutel nie: voer eerder die publiseerbare (anon-)sleutel in, en vervang die geheime sleutel as dit gedeel is.</translation>
    </message>
    <message>
        <source>The anon key is not recognised: it should be the project&apos;s anon key (a long text in three parts separated by dots) or a key starting with sb_publishable_.</source>
        <translation>Die anon-sleutel word nie herken nie: dit moet die projek se anon-sleutel wees (&apos;n lang teks in drie dele, geskei deur punte) of &apos;n sleutel wat met sb_publishable_ begin.</translation>
    </message>
    <message>
        <source>This key has the role &quot;%1&quot;, not anon. Chairside only holds the anon key; a key with more rights, such as the service-role key, must never be on a desk: enter the anon key instead, and rotate this one if it was shared.</source>
        <translation>Hierdie sleutel het die rol &quot;%1&quot;, nie anon nie. Chairside hou net die anon-sleutel; &apos;n sleutel met meer regte, soos die service-role-sleutel, mag nooit op &apos;n ontvangsrekenaar wees nie: voer eerder die anon-sleutel in, en vervang hierdie een as dit gedeel is.</translation>
    </message>
</context>
<context>
    <name>BusinessPane</name>
    <message>
        <source>Upcoming appointments</source>
        <translation>Komende afsprake</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Stoor in elk geval</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Moenie stoor nie</translation>
    </message>
    <message>
        <source>Business settings</source>
        <translation>Besigheidsinstellings</translation>
    </message>
    <message>
        <source>How %1 runs: the profile, who works when, what is offered at what price, how loyalty earns and which reminders clients get. Changes are checked by the server and recorded in the audit log.</source>
        <translation>Hoe %1 werk: die profiel, wie wanneer werk, wat teen watter prys aangebied word, hoe lojaliteitspunte verdien word en watter herinnerings kliënte kry. Die bediener kontroleer veranderinge en teken hulle in die ouditlog aan.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Lojaliteit</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinnerings</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Ouditlog</translation>
    </message>
    <message>
        <source>The server refused a change</source>
        <translation>Die bediener het &apos;n verandering geweier</translation>
    </message>
    <message>
        <source>%1: %2

The change was taken back on this computer.</source>
        <translation>%1: %2

Die verandering is op hierdie rekenaar teruggedraai.</translation>
    </message>
</context>
<context>
    <name>CacheRecovery</name>
    <message>
        <source>Chairside found its local copy damaged but could not set it aside (%1). Close other programs using it and start Chairside again.</source>
        <translation>Chairside het gevind dat sy plaaslike kopie beskadig is, maar kon dit nie opsy sit nie (%1). Maak ander programme wat dit gebruik toe en begin Chairside weer.</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentDialog</name>
    <message>
        <source>&amp;Let the customer know (by their preferred channel)</source>
        <translation>&amp;Laat die kliënt weet (via hul voorkeurkanaal)</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Kanselleer afspraak</translation>
    </message>
    <message>
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Kanselleer &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Rede (verpligtend):</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Rede vir kansellasie</translation>
    </message>
    <message>
        <source>e.g. Customer called, unwell</source>
        <translation>bv. Kliënt het gebel, siek</translation>
    </message>
    <message>
        <source>Queues a message to the customer saying the booking is cancelled</source>
        <translation>Sit &apos;n boodskap in die tou wat die kliënt laat weet dat die bespreking gekanselleer is</translation>
    </message>
    <message>
        <source>Keep appointment</source>
        <translation>Hou afspraak</translation>
    </message>
</context>
<context>
    <name>Chairside</name>
    <message>
        <source>Chairside — the front-desk console for salons and clinics.
Without a configured backend it opens a generated demo salon stored locally.</source>
        <translation>Chairside — die ontvangskonsole vir salonne en klinieke.
Sonder &apos;n opgestelde bediener maak dit &apos;n gegenereerde demosalon oop wat plaaslik gestoor word.</translation>
    </message>
    <message>
        <source>Keep the local store and settings in &lt;dir&gt; instead of the user&apos;s data folder.</source>
        <translation>Hou die plaaslike datastoor en instellings in &lt;vouer&gt; in plaas van die gebruiker se datavouer.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>vouer</translation>
    </message>
    <message>
        <source>Grow the demo salon &lt;n&gt; times (1 to 100; default 1).</source>
        <translation>Vergroot die demosalon &lt;n&gt; keer (1 tot 100; verstek 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Demo salon region: za (Cape Town, ZAR) or th (Bangkok, THB); default za.</source>
        <translation>Demosalon se streek: za (Kaapstad, ZAR) of th (Bangkok, THB); verstek za.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>streek</translation>
    </message>
    <message>
        <source>Generate the demo salon as of &lt;date&gt; (YYYY-MM-DD) instead of today.</source>
        <translation>Genereer die demosalon soos op &lt;datum&gt; (JJJJ-MM-DD) in plaas van vandag.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; and exit (works with -platform offscreen).</source>
        <translation>Teken die hoofvenster na die PNG-lêer &lt;lêer&gt; en sluit af (werk met -platform offscreen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>lêer</translation>
    </message>
    <message>
        <source>The pane to show: %1.</source>
        <translation>Die paneel om te wys: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>sync: one push and pull, then exit (the default).</source>
        <translation>sync: een keer stuur en haal, sluit dan af (die verstek).</translation>
    </message>
    <message>
        <source>sync: keep syncing until stopped.</source>
        <translation>sync: hou aan sinchroniseer totdat dit gestop word.</translation>
    </message>
    <message>
        <source>sync --watch: look for changes at least every &lt;seconds&gt; (default 30).</source>
        <translation>sync --watch: kyk minstens elke &lt;sekondes&gt; vir veranderinge (verstek 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekondes</translation>
    </message>
    <message>
        <source>status, report: print JSON instead of text.</source>
        <translation>status, report: druk JSON in plaas van teks.</translation>
    </message>
    <message>
        <source>status: compare row counts and versions of the local copy with the server.</source>
        <translation>status: vergelyk die rytellings en weergawes van die plaaslike kopie met die bediener.</translation>
    </message>
    <message>
        <source>login: the e-mail address to sign in with.</source>
        <translation>login: die e-posadres om mee aan te meld.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>login: read the password from the first line of standard input.</source>
        <translation>login: lees die wagwoord uit die eerste reël van standaardinvoer.</translation>
    </message>
    <message>
        <source>login: the salon&apos;s Supabase project URL (https://...), saved in the settings.</source>
        <translation>login: die salon se Supabase-projek-URL (https://...), gestoor in die instellings.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>login: the project&apos;s public anon key.</source>
        <translation>login: die projek se publieke anon-sleutel.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>sleutel</translation>
    </message>
    <message>
        <source>login: a PEM file with the certificate authority of a self-hosted backend.</source>
        <translation>login: &apos;n PEM-lêer met die sertifikaatowerheid van &apos;n self-gehuisveste bediener.</translation>
    </message>
    <message>
        <source>export: the day (YYYY-MM-DD) whose appointments to write.</source>
        <translation>export: die dag (JJJJ-MM-DD) waarvan die afsprake geskryf moet word.</translation>
    </message>
    <message>
        <source>export, report: the first day (YYYY-MM-DD) of a range.</source>
        <translation>export, report: die eerste dag (JJJJ-MM-DD) van &apos;n reeks.</translation>
    </message>
    <message>
        <source>export, report: the last day (YYYY-MM-DD) of a range, included.</source>
        <translation>export, report: die laaste dag (JJJJ-MM-DD) van &apos;n reeks, ingesluit.</translation>
    </message>
    <message>
        <source>export: only the appointments of the staff member with this display name.</source>
        <translation>export: net die afsprake van die personeellid met hierdie vertoonnaam.</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: die lêer om te skryf.</translation>
    </message>
    <message>
        <source>Optional: sync, status, login, logout, export (ics or csv) or report run without a window.</source>
        <translation>Opsioneel: sync, status, login, logout, export (ics of csv) of report loop sonder &apos;n venster.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwagte argument: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; use sync, status, login, logout, export or report.</source>
        <translation>Onbekende opdrag &quot;%1&quot;; gebruik sync, status, login, logout, export of report.</translation>
    </message>
    <message>
        <source>--once and --watch go with the sync command.</source>
        <translation>--once en --watch hoort by die sync-opdrag.</translation>
    </message>
    <message>
        <source>--poll goes with sync --watch.</source>
        <translation>--poll hoort by sync --watch.</translation>
    </message>
    <message>
        <source>--poll takes a number of seconds from 0.1 to 3600.</source>
        <translation>--poll neem &apos;n aantal sekondes van 0.1 tot 3600.</translation>
    </message>
    <message>
        <source>Choose --once or --watch, not both.</source>
        <translation>Kies --once of --watch, nie albei nie.</translation>
    </message>
    <message>
        <source>--json and --audit go with the status command (--json with report).</source>
        <translation>--json en --audit hoort by die status-opdrag (--json by report).</translation>
    </message>
    <message>
        <source>--%1 goes with the login command.</source>
        <translation>--%1 hoort by die login-opdrag.</translation>
    </message>
    <message>
        <source>--%1 goes with the export command.</source>
        <translation>--%1 hoort by die export-opdrag.</translation>
    </message>
    <message>
        <source>export needs a format: export ics or export csv.</source>
        <translation>export het &apos;n formaat nodig: export ics of export csv.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use ics or csv.</source>
        <translation>Onbekende uitvoerformaat &quot;%1&quot;; gebruik ics of csv.</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 neem &apos;n datum in die vorm JJJJ-MM-DD, nie &quot;%2&quot; nie.</translation>
    </message>
    <message>
        <source>Choose --day or --from and --to, not both.</source>
        <translation>Kies --day of --from en --to, nie albei nie.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to mag nie voor --from wees nie.</translation>
    </message>
    <message>
        <source>export needs --day, or --from and --to.</source>
        <translation>export het --day nodig, of --from en --to.</translation>
    </message>
    <message>
        <source>export needs -o with the file to write.</source>
        <translation>export het -o nodig met die lêer om te skryf.</translation>
    </message>
    <message>
        <source>report needs --from and --to.</source>
        <translation>report het --from en --to nodig.</translation>
    </message>
    <message>
        <source>report covers at most ten years at a time.</source>
        <translation>report dek hoogstens tien jaar op &apos;n slag.</translation>
    </message>
    <message>
        <source>login needs --email.</source>
        <translation>login het --email nodig.</translation>
    </message>
    <message>
        <source>--demo-scale takes a whole number from 1 to 100.</source>
        <translation>--demo-scale neem &apos;n heelgetal van 1 tot 100.</translation>
    </message>
    <message>
        <source>--demo-region takes za or th.</source>
        <translation>--demo-region neem za of th.</translation>
    </message>
    <message>
        <source>--demo-date takes a date written YYYY-MM-DD.</source>
        <translation>--demo-date neem &apos;n datum in die vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown pane &quot;%1&quot;; use one of: %2.</source>
        <translation>Onbekende paneel &quot;%1&quot;; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>--screenshot writes a PNG file; give a name ending in .png.</source>
        <translation>--screenshot skryf &apos;n PNG-lêer; gee &apos;n naam wat op .png eindig.</translation>
    </message>
    <message>
        <source>Nobody is signed in; run `chairside login` first.</source>
        <translation>Niemand is aangemeld nie; voer eers `chairside login` uit.</translation>
    </message>
    <message>
        <source>There is no local copy of this account yet; run `chairside sync` first.</source>
        <translation>Daar is nog geen plaaslike kopie van hierdie rekening nie; voer eers `chairside sync` uit.</translation>
    </message>
    <message>
        <source>The local store cannot be opened.</source>
        <translation>Die plaaslike datastoor kan nie oopgemaak word nie.</translation>
    </message>
    <message>
        <source>The local copy holds no business for this account yet; run `chairside sync` first.</source>
        <translation>Die plaaslike kopie bevat nog geen besigheid vir hierdie rekening nie; voer eers `chairside sync` uit.</translation>
    </message>
    <message>
        <source>Wrote %1 appointments to %2</source>
        <translation>%1 afsprake na %2 geskryf</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Wagwoord: </translation>
    </message>
    <message>
        <source>synced: %1 rows pulled, %2 edits pending, %3 sync issues</source>
        <translation>gesinchroniseer: %1 rye gehaal, %2 wysigings wag, %3 sinchronisasieprobleme</translation>
    </message>
    <message>
        <source>not synced: %1 (%2 edits pending, %3 sync issues)</source>
        <translation>nie gesinchroniseer nie: %1 (%2 wysigings wag, %3 sinchronisasieprobleme)</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4 days), compared with %5 to %6
</source>
        <translation>%1: %2 tot %3 (%4 dae), vergeleke met %5 tot %6
</translation>
    </message>
    <message>
        <source>previous %1</source>
        <translation>vorige %1</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; 1 unsent edit was kept and will be sent.</source>
        <translation>Chairside het gevind dat sy plaaslike kopie beskadig is, dit as %1 opsy gesit, en sal alles weer aflaai; 1 ongestuurde wysiging is behou en sal gestuur word.</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; %2 unsent edits were kept and will be sent.</source>
        <translation>Chairside het gevind dat sy plaaslike kopie beskadig is, dit as %1 opsy gesit, en sal alles weer aflaai; %2 ongestuurde wysigings is behou en sal gestuur word.</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; unsent edits kept and to be sent: %2; edits that could not be read and may need to be made again: %3.</source>
        <translation>Chairside het gevind dat sy plaaslike kopie beskadig is, dit as %1 opsy gesit, en sal alles weer aflaai; ongestuurde wysigings wat behou is en gestuur sal word: %2; wysigings wat nie gelees kon word nie en dalk oor gedoen moet word: %3.</translation>
    </message>
    <message>
        <source>some</source>
        <translation>sommige</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; edits not yet sent from this computer could not be read and may need to be made again.</source>
        <translation>Chairside het gevind dat sy plaaslike kopie beskadig is, dit as %1 opsy gesit, en sal alles weer aflaai; wysigings wat nog nie vanaf hierdie rekenaar gestuur is nie, kon nie gelees word nie en moet dalk oor gedoen word.</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged, set it aside as %1, and will download everything again; there were no unsent edits.</source>
        <translation>Chairside het gevind dat sy plaaslike kopie beskadig is, dit as %1 opsy gesit, en sal alles weer aflaai; daar was geen ongestuurde wysigings nie.</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Die verandering kon nie op hierdie rekenaar gestoor word nie.</translation>
    </message>
    <message>
        <source>Chairside does not keep &quot;%1&quot; on this computer.</source>
        <translation>Chairside hou nie &quot;%1&quot; op hierdie rekenaar nie.</translation>
    </message>
    <message>
        <source>The server sent a row without an id.</source>
        <translation>Die bediener het &apos;n ry sonder &apos;n id gestuur.</translation>
    </message>
    <message>
        <source>The server&apos;s changes name a table Chairside does not know (%1).</source>
        <translation>Die bediener se veranderinge noem &apos;n tabel wat Chairside nie ken nie (%1).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (%1) for this run, whatever the settings say.</source>
        <translation>Gebruik die taal &lt;kode&gt; (%1) vir hierdie lopie, ongeag wat die instellings sê.</translation>
    </message>
    <message>
        <source>Use dark colours for this run, as on a dark desktop theme (for screenshots).</source>
        <translation>Gebruik donker kleure vir hierdie lopie, soos op &apos;n donker lessenaartema (vir skermskote).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>--lang takes one of %1, not &quot;%2&quot;.</source>
        <translation>--lang neem een van %1, nie &quot;%2&quot; nie.</translation>
    </message>
    <message>
        <source>Chairside could not write %1: %2</source>
        <translation>Chairside kon %1 nie skryf nie: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksie</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Rekord-id</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-pos</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 u</translation>
    </message>
    <message>
        <source>2 h</source>
        <translation>2 u</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>af</translation>
    </message>
    <message>
        <source>quiet hours from %1</source>
        <translation>stil ure vanaf %1</translation>
    </message>
    <message>
        <source>quiet hours until %1</source>
        <translation>stil ure tot %1</translation>
    </message>
    <message>
        <source>threshold %1 points</source>
        <translation>drempel %1 punte</translation>
    </message>
    <message>
        <source>cost %1 points</source>
        <translation>koste %1 punte</translation>
    </message>
    <message>
        <source>perks %1</source>
        <translation>voordele %1</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>naam %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rang %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktief</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>onaktief</translation>
    </message>
    <message>
        <source>one point per %1 spent</source>
        <translation>een punt per %1 bestee</translation>
    </message>
    <message>
        <source>points never expire</source>
        <translation>punte verval nooit</translation>
    </message>
    <message>
        <source>points expire after %1 months</source>
        <translation>punte verval ná %1 maande</translation>
    </message>
    <message>
        <source>price %1</source>
        <translation>prys %1</translation>
    </message>
    <message>
        <source>%1 %2 min</source>
        <translation>%1 %2 min</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>herstel</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwyder</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rol %1</translation>
    </message>
    <message>
        <source>colour %1</source>
        <translation>kleur %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 punte</translation>
    </message>
    <message>
        <source>no quiet hours</source>
        <translation>geen stil ure</translation>
    </message>
    <message>
        <source>quiet hours %1–%2</source>
        <translation>stil ure %1–%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Earned %1</source>
        <translation>Het %1 verdien</translation>
    </message>
    <message>
        <source>Awarded %1</source>
        <translation>Het %1 toegeken</translation>
    </message>
    <message>
        <source>Redeemed %1</source>
        <translation>Het %1 ingewissel</translation>
    </message>
    <message>
        <source>Adjusted points by %1</source>
        <translation>Het punte met %1 aangepas</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 het verval</translation>
    </message>
    <message>
        <source>The assistant handed a conversation to the desk</source>
        <translation>Die assistent het &apos;n gesprek aan die ontvangs oorhandig</translation>
    </message>
    <message>
        <source>Took over the conversation</source>
        <translation>Het die gesprek oorgeneem</translation>
    </message>
    <message>
        <source>Handed the conversation back</source>
        <translation>Het die gesprek teruggegee</translation>
    </message>
    <message>
        <source>Closed the conversation</source>
        <translation>Het die gesprek gesluit</translation>
    </message>
    <message>
        <source>Closed the conversation (%1)</source>
        <translation>Het die gesprek gesluit (%1)</translation>
    </message>
    <message>
        <source>Updated the conversation&apos;s handoff</source>
        <translation>Het die gesprek se oorhandiging bygewerk</translation>
    </message>
    <message>
        <source>Replied by %1</source>
        <translation>Het per %1 geantwoord</translation>
    </message>
    <message>
        <source>Sent a message</source>
        <translation>Het &apos;n boodskap gestuur</translation>
    </message>
    <message>
        <source>Erased the customer&apos;s personal data</source>
        <translation>Het die kliënt se persoonlike data uitgevee</translation>
    </message>
    <message>
        <source>Changed the business settings</source>
        <translation>Het die besigheidsinstellings verander</translation>
    </message>
    <message>
        <source>Added a staff member</source>
        <translation>Het &apos;n personeellid bygevoeg</translation>
    </message>
    <message>
        <source>Changed a staff member</source>
        <translation>Het &apos;n personeellid verander</translation>
    </message>
    <message>
        <source>Added a service</source>
        <translation>Het &apos;n diens bygevoeg</translation>
    </message>
    <message>
        <source>Changed a service</source>
        <translation>Het &apos;n diens verander</translation>
    </message>
    <message>
        <source>Changed working hours</source>
        <translation>Het werksure verander</translation>
    </message>
    <message>
        <source>Added time off</source>
        <translation>Het verlof bygevoeg</translation>
    </message>
    <message>
        <source>Changed time off</source>
        <translation>Het verlof verander</translation>
    </message>
    <message>
        <source>Added a loyalty tier</source>
        <translation>Het &apos;n lojaliteitsvlak bygevoeg</translation>
    </message>
    <message>
        <source>Changed a loyalty tier</source>
        <translation>Het &apos;n lojaliteitsvlak verander</translation>
    </message>
    <message>
        <source>Added a reward</source>
        <translation>Het &apos;n beloning bygevoeg</translation>
    </message>
    <message>
        <source>Changed a reward</source>
        <translation>Het &apos;n beloning verander</translation>
    </message>
    <message>
        <source>Changed the reminder rules</source>
        <translation>Het die herinneringsreëls verander</translation>
    </message>
    <message>
        <source>Loyalty tier</source>
        <translation>Lojaliteitsvlak</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Diens</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Personeellid</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werksure</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>Werksure van %1</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <source>Time off of %1</source>
        <translation>Verlof van %1</translation>
    </message>
    <message>
        <source>Reminder rules</source>
        <translation>Herinneringsreëls</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Besigheid</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>&apos;n Kliënt</translation>
    </message>
    <message>
        <source>A conversation</source>
        <translation>&apos;n Gesprek</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Gesprek met %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Outomaties</translation>
    </message>
    <message>
        <source>A former colleague</source>
        <translation>&apos;n Voormalige kollega</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>Lojaliteitsreëls</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Besigheidsprofiel</translation>
    </message>
    <message>
        <source>Staff and hours</source>
        <translation>Personeel en ure</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Lojaliteitspunte</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekke</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kliënte</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>Vlak %1: %2</translation>
    </message>
    <message>
        <source>These tier thresholds cannot be changed in one step; change one tier, save, then the next.</source>
        <translation>Hierdie vlakdrempels kan nie in een stap verander word nie; verander een vlak, stoor, en dan die volgende.</translation>
    </message>
    <message>
        <source>A new reward</source>
        <translation>&apos;n Nuwe beloning</translation>
    </message>
    <message>
        <source>this staff member</source>
        <translation>hierdie personeellid</translation>
    </message>
    <message>
        <source>1 upcoming appointment</source>
        <translation>1 komende afspraak</translation>
    </message>
    <message>
        <source>%1 upcoming appointments</source>
        <translation>%1 komende afsprake</translation>
    </message>
    <message>
        <source>%1 of %2 would fall outside these hours (the first on %3 at %4).</source>
        <translation>%1 van %2 sou buite hierdie ure val (die eerste op %3 om %4).</translation>
    </message>
    <message>
        <source>%1 of %2 would fall on a day off (the first on %3 at %4).</source>
        <translation>%1 van %2 sou op &apos;n afdag val (die eerste op %3 om %4).</translation>
    </message>
    <message>
        <source>%1 of %2 would fall in this time off (the first on %3 at %4).</source>
        <translation>%1 van %2 sou in hierdie verlof val (die eerste op %3 om %4).</translation>
    </message>
    <message>
        <source>%1 of %2 would have nobody to do them (the first on %3 at %4).</source>
        <translation>%1 van %2 sou niemand hê wat hulle kan doen nie (die eerste op %3 om %4).</translation>
    </message>
    <message>
        <source>Change the reminder rules</source>
        <translation>Verander die herinneringsreëls</translation>
    </message>
    <message>
        <source>Add the loyalty tier “%1”</source>
        <translation>Voeg die lojaliteitsvlak “%1” by</translation>
    </message>
    <message>
        <source>Remove the loyalty tier “%1”</source>
        <translation>Verwyder die lojaliteitsvlak “%1”</translation>
    </message>
    <message>
        <source>Change the loyalty tier “%1”</source>
        <translation>Verander die lojaliteitsvlak “%1”</translation>
    </message>
    <message>
        <source>Add the reward “%1”</source>
        <translation>Voeg die beloning “%1” by</translation>
    </message>
    <message>
        <source>Remove the reward “%1”</source>
        <translation>Verwyder die beloning “%1”</translation>
    </message>
    <message>
        <source>Change the reward “%1”</source>
        <translation>Verander die beloning “%1”</translation>
    </message>
    <message>
        <source>Change the business details</source>
        <translation>Verander die besigheidsbesonderhede</translation>
    </message>
    <message>
        <source>Add the service %1</source>
        <translation>Voeg die diens %1 by</translation>
    </message>
    <message>
        <source>Remove the service %1</source>
        <translation>Verwyder die diens %1</translation>
    </message>
    <message>
        <source>Change the price of %1</source>
        <translation>Verander die prys van %1</translation>
    </message>
    <message>
        <source>Change the service %1</source>
        <translation>Verander die diens %1</translation>
    </message>
    <message>
        <source>Add %1 to the team</source>
        <translation>Voeg %1 by die span</translation>
    </message>
    <message>
        <source>Change %1&apos;s details</source>
        <translation>Verander %1 se besonderhede</translation>
    </message>
    <message>
        <source>Set %1&apos;s hours on %2</source>
        <translation>Stel %1 se ure op %2</translation>
    </message>
    <message>
        <source>Change time off</source>
        <translation>Verander verlof</translation>
    </message>
    <message>
        <source>Set time off for %1</source>
        <translation>Stel verlof vir %1</translation>
    </message>
    <message>
        <source>Merged a duplicate record into this customer</source>
        <translation>Het &apos;n duplikaatrekord by hierdie kliënt saamgevoeg</translation>
    </message>
    <message>
        <source>Took a service off the list</source>
        <translation>Het &apos;n diens van die lys afgehaal</translation>
    </message>
    <message>
        <source>Took %1 off the list</source>
        <translation>Het %1 van die lys afgehaal</translation>
    </message>
    <message>
        <source>Added a service to the list</source>
        <translation>Het &apos;n diens by die lys gevoeg</translation>
    </message>
    <message>
        <source>Added %1 to the list</source>
        <translation>Het %1 by die lys gevoeg</translation>
    </message>
    <message>
        <source>Services of a staff member</source>
        <translation>Dienste van &apos;n personeellid</translation>
    </message>
    <message>
        <source>Services of %1</source>
        <translation>Dienste van %1</translation>
    </message>
    <message>
        <source>Change who does which services</source>
        <translation>Verander wie watter dienste doen</translation>
    </message>
    <message>
        <source>Let %1 do every service</source>
        <translation>Laat %1 elke diens doen</translation>
    </message>
    <message>
        <source>Choose the services %1 does</source>
        <translation>Kies die dienste wat %1 doen</translation>
    </message>
</context>
<context>
    <name>Chairside::Applier</name>
    <message>
        <source>This version of Chairside does not know how to make this change.</source>
        <translation>Hierdie weergawe van Chairside weet nie hoe om hierdie verandering te maak nie.</translation>
    </message>
    <message>
        <source>This staff member</source>
        <translation>Hierdie personeellid</translation>
    </message>
    <message>
        <source>%1 is already booked from %2 to %3 on %4.</source>
        <translation>%1 is reeds van %2 tot %3 op %4 bespreek.</translation>
    </message>
    <message>
        <source>The new appointment has no id.</source>
        <translation>Die nuwe afspraak het geen id nie.</translation>
    </message>
    <message>
        <source>That service no longer exists.</source>
        <translation>Daardie diens bestaan nie meer nie.</translation>
    </message>
    <message>
        <source>That staff member is not known on this computer.</source>
        <translation>Daardie personeellid is nie op hierdie rekenaar bekend nie.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>Daardie kliënt bestaan nie meer nie.</translation>
    </message>
    <message>
        <source>A new appointment cannot start as &quot;%1&quot;.</source>
        <translation>&apos;n Nuwe afspraak kan nie as &quot;%1&quot; begin nie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way an appointment can be booked.</source>
        <translation>&quot;%1&quot; is nie &apos;n manier waarop &apos;n afspraak bespreek kan word nie.</translation>
    </message>
    <message>
        <source>The appointment has no start time.</source>
        <translation>Die afspraak het geen begintyd nie.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Die einde moet ná die begin wees.</translation>
    </message>
    <message>
        <source>That appointment no longer exists.</source>
        <translation>Daardie afspraak bestaan nie meer nie.</translation>
    </message>
    <message>
        <source>This appointment is already %1, so it can no longer be changed.</source>
        <translation>Hierdie afspraak is reeds %1, dus kan dit nie meer verander word nie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appointment status.</source>
        <translation>&quot;%1&quot; is nie &apos;n afspraakstatus nie.</translation>
    </message>
    <message>
        <source>An appointment that is %1 cannot become %2.</source>
        <translation>&apos;n Afspraak wat %1 is, kan nie %2 word nie.</translation>
    </message>
    <message>
        <source>The customer has no id.</source>
        <translation>Die kliënt het geen id nie.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>&apos;n Kliënt het &apos;n naam nodig.</translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation>&apos;n Nuwe kliënt het &apos;n naam nodig.</translation>
    </message>
    <message>
        <source>This customer was deleted.</source>
        <translation>Hierdie kliënt is geskrap.</translation>
    </message>
    <message>
        <source>Only admins and owners can erase a customer.</source>
        <translation>Net administrateurs en eienaars kan &apos;n kliënt uitvee.</translation>
    </message>
    <message>
        <source>This handoff is already resolved.</source>
        <translation>Hierdie oorhandiging is reeds afgehandel.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>%1 is already handling this conversation.</source>
        <translation>%1 hanteer reeds hierdie gesprek.</translation>
    </message>
    <message>
        <source>Only admins and owners can work on handed-off conversations.</source>
        <translation>Net administrateurs en eienaars kan aan oorhandigde gesprekke werk.</translation>
    </message>
    <message>
        <source>That handoff no longer exists.</source>
        <translation>Daardie oorhandiging bestaan nie meer nie.</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>&apos;n Antwoord het teks nodig.</translation>
    </message>
    <message>
        <source>That conversation is not known on this computer.</source>
        <translation>Daardie gesprek is nie op hierdie rekenaar bekend nie.</translation>
    </message>
    <message>
        <source>That reward is no longer offered.</source>
        <translation>Daardie beloning word nie meer aangebied nie.</translation>
    </message>
    <message>
        <source>Points must be a positive whole number.</source>
        <translation>Punte moet &apos;n positiewe heelgetal wees.</translation>
    </message>
    <message>
        <source>The customer has %1 points, so %2 cannot be taken off.</source>
        <translation>Die kliënt het %1 punte, dus kan %2 nie afgetrek word nie.</translation>
    </message>
    <message>
        <source>That notification no longer exists.</source>
        <translation>Daardie kennisgewing bestaan nie meer nie.</translation>
    </message>
    <message>
        <source>another customer</source>
        <translation>&apos;n ander kliënt</translation>
    </message>
    <message>
        <source>%1 was merged into %2; make the change there.</source>
        <translation>%1 is by %2 saamgevoeg; maak die verandering daar.</translation>
    </message>
    <message>
        <source>Only admins and owners can merge customers.</source>
        <translation>Net administrateurs en eienaars kan kliënte saamvoeg.</translation>
    </message>
    <message>
        <source>The merge does not name both customers.</source>
        <translation>Die samevoeging noem nie albei kliënte nie.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into themselves.</source>
        <translation>&apos;n Kliënt kan nie by homself saamgevoeg word nie.</translation>
    </message>
    <message>
        <source>Customers of different businesses cannot be merged.</source>
        <translation>Kliënte van verskillende besighede kan nie saamgevoeg word nie.</translation>
    </message>
    <message>
        <source>%1 was already merged into another customer.</source>
        <translation>%1 is reeds by &apos;n ander kliënt saamgevoeg.</translation>
    </message>
    <message>
        <source>%1 was merged into another customer; merge into that one instead.</source>
        <translation>%1 is by &apos;n ander kliënt saamgevoeg; voeg eerder by daardie een saam.</translation>
    </message>
    <message>
        <source>An erased customer cannot be merged.</source>
        <translation>&apos;n Uitgeveede kliënt kan nie saamgevoeg word nie.</translation>
    </message>
    <message>
        <source>Someone else changed this customer first.</source>
        <translation>Iemand anders het hierdie kliënt eerste verander.</translation>
    </message>
    <message>
        <source>Only owners can adjust a points balance by hand.</source>
        <translation>Net eienaars kan &apos;n puntesaldo met die hand aanpas.</translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation>Hierdie kliënt is uitgevee.</translation>
    </message>
</context>
<context>
    <name>Chairside::AppointmentDetails</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-pos</translation>
    </message>
    <message>
        <source>This appointment is no longer in the local copy.</source>
        <translation>Hierdie afspraak is nie meer in die plaaslike kopie nie.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nie gestuur nie</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In die tou</translation>
    </message>
    <message>
        <source>Queued (%1)</source>
        <translation>In die tou (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Misluk (%1)</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Misluk (%1): %2</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Gestuur op %1</translation>
    </message>
    <message>
        <source>Sent by %1 on %2</source>
        <translation>Deur %1 gestuur op %2</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bespreek</translation>
    </message>
    <message>
        <source>Booked (%1)</source>
        <translation>Bespreek (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Geskuif van %1 na %2</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Geskuif</translation>
    </message>
    <message>
        <source>to another staff member</source>
        <translation>na &apos;n ander personeellid</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Geskrap</translation>
    </message>
</context>
<context>
    <name>Chairside::AppointmentExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Kan nie %1 skryf nie: %2.</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Personeel: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation>Gekanselleer omdat: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Diens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prys</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Choose a valid day or range of days to export.</source>
        <translation>Kies &apos;n geldige dag of reeks dae om uit te voer.</translation>
    </message>
    <message>
        <source>No staff member is called &quot;%1&quot;; the staff are: %2.</source>
        <translation>Geen personeellid heet &quot;%1&quot; nie; die personeel is: %2.</translation>
    </message>
</context>
<context>
    <name>Chairside::AppointmentPresentation</name>
    <message>
        <source>Requested</source>
        <translation>Versoek</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestig</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Aangekom</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekanselleer</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nie opgedaag</translation>
    </message>
</context>
<context>
    <name>Chairside::Database</name>
    <message numerus="yes">
        <source>The local data file failed its integrity check (%n problem(s) found).</source>
        <translation>
            <numerusform>Die plaaslike datalêer het sy integriteitstoets gedruip (%n probleem gevind).</numerusform>
            <numerusform>Die plaaslike datalêer het sy integriteitstoets gedruip (%n probleme gevind).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chairside::DayScheduleModel</name>
    <message>
        <source>(no customer)</source>
        <translation>(geen kliënt nie)</translation>
    </message>
    <message>
        <source>On this computer: %1</source>
        <translation>Op hierdie rekenaar: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Rede: %1</translation>
    </message>
</context>
<context>
    <name>Chairside::DaySheet</name>
    <message>
        <source>Nobody works or is booked on this day.</source>
        <translation>Niemand werk of is op hierdie dag bespreek nie.</translation>
    </message>
    <message>
        <source>works %1–%2</source>
        <translation>werk %1–%2</translation>
    </message>
    <message>
        <source>break %1–%2</source>
        <translation>pouse %1–%2</translation>
    </message>
    <message>
        <source>not rostered</source>
        <translation>nie ingeroosterd nie</translation>
    </message>
    <message>
        <source>away %1–%2 %3</source>
        <translation>afwesig %1–%2 %3</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>Geen besprekings nie.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tyd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Diens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prys</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Instapkliënt</translation>
    </message>
    <message>
        <source>Allergy / patch test: %1</source>
        <translation>Allergie / veltoets: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min processing</source>
        <translation>
            <numerusform>%n min inwerktyd</numerusform>
            <numerusform>%n min inwerktyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) · expected %1</source>
        <translation>
            <numerusform>%n bespreking · verwag %1</numerusform>
            <numerusform>%n besprekings · verwag %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chairside::DaySheetPrinting</name>
    <message>
        <source>The day sheet could not be saved to %1: %2</source>
        <translation>Die dagstaat kon nie in %1 gestoor word nie: %2</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Dagstaat</translation>
    </message>
</context>
<context>
    <name>Chairside::Describer</name>
    <message>
        <source>Move %1 appointment to %2</source>
        <translation>Skuif %1 afspraak na %2</translation>
    </message>
    <message>
        <source>Cancel %1 appointment of %2</source>
        <translation>Kanselleer %1 afspraak van %2</translation>
    </message>
    <message>
        <source>Mark %1 appointment of %2 as %3</source>
        <translation>Merk %1 afspraak van %2 as %3</translation>
    </message>
    <message>
        <source>Add the customer %1</source>
        <translation>Voeg die kliënt %1 by</translation>
    </message>
    <message>
        <source>Update %1 details</source>
        <translation>Werk %1 besonderhede by</translation>
    </message>
    <message>
        <source>Erase %1 personal data</source>
        <translation>Vee %1 persoonlike data uit</translation>
    </message>
    <message>
        <source>Mark “%1” as read</source>
        <translation>Merk “%1” as gelees</translation>
    </message>
    <message>
        <source>Dismiss “%1”</source>
        <translation>Verwerp “%1”</translation>
    </message>
    <message>
        <source>a walk-in&apos;s</source>
        <translation>&apos;n instapkliënt se</translation>
    </message>
    <message>
        <source>%1&apos;</source>
        <translation>%1 se</translation>
    </message>
    <message>
        <source>%1&apos;s</source>
        <translation>%1 se</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>&apos;n instapkliënt</translation>
    </message>
    <message>
        <source>Book %1 for %2 with %3 on %4</source>
        <translation>Bespreek %2 vir %1 by %3 op %4</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>&apos;n kliënt</translation>
    </message>
    <message>
        <source>Take over the conversation with %1</source>
        <translation>Neem die gesprek met %1 oor</translation>
    </message>
    <message>
        <source>Hand back the conversation with %1</source>
        <translation>Gee die gesprek met %1 terug</translation>
    </message>
    <message>
        <source>Close the conversation with %1 (%2)</source>
        <translation>Sluit die gesprek met %1 af (%2)</translation>
    </message>
    <message>
        <source>Reply to %1: “%2”</source>
        <translation>Antwoord %1: “%2”</translation>
    </message>
    <message>
        <source>Award %1 points to %2</source>
        <translation>Ken %1 punte aan %2 toe</translation>
    </message>
    <message>
        <source>Adjust %1 points by %2</source>
        <translation>Pas %1 punte met %2 aan</translation>
    </message>
    <message>
        <source>Redeem %1 points from %2</source>
        <translation>Wissel %1 punte van %2 in</translation>
    </message>
    <message>
        <source>Redeem “%1” for %2</source>
        <translation>Wissel “%1” vir %2 in</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Voeg %1 by %2 saam</translation>
    </message>
</context>
<context>
    <name>Chairside::HeadlessRun</name>
    <message>
        <source>The system keychain did not keep the sign-in; the next start will ask for the password again.</source>
        <translation>Die stelsel se sleutelhouer het die aanmelding nie gehou nie; die volgende keer sal weer na die wagwoord gevra word.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Geen wagwoord is gegee nie.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Aangemeld as %1 op %2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nie aangemeld nie.</translation>
    </message>
    <message>
        <source>Signed out; the saved sign-in was removed from the keychain.</source>
        <translation>Afgemeld; die gestoorde aanmelding is uit die sleutelhouer verwyder.</translation>
    </message>
    <message>
        <source>Signed out on this computer (the server was not told: %1).</source>
        <translation>Op hierdie rekenaar afgemeld (die bediener is nie ingelig nie: %1).</translation>
    </message>
    <message>
        <source>Not signed in. Run &quot;chairside login --email &lt;address&gt;&quot; first.</source>
        <translation>Nie aangemeld nie. Voer eers &quot;chairside login --email &lt;adres&gt;&quot; uit.</translation>
    </message>
    <message>
        <source>%1 Trying again shortly.</source>
        <translation>%1 Probeer binnekort weer.</translation>
    </message>
    <message>
        <source>The server would remove %1 of the %2 %3 records on this computer; nothing was removed. Open Chairside to confirm.</source>
        <translation>Die bediener sou %1 van die %2 rekords (%3) op hierdie rekenaar verwyder; niks is verwyder nie. Maak Chairside oop om te bevestig.</translation>
    </message>
    <message>
        <source>Not signed in; the desk uses the local store %1.</source>
        <translation>Nie aangemeld nie; hierdie rekenaar gebruik die plaaslike datastoor %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Aangemeld as %1 op %2</translation>
    </message>
    <message>
        <source>Local copy: %1</source>
        <translation>Plaaslike kopie: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Laas gesinchroniseer: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nog nooit</translation>
    </message>
    <message>
        <source>Edits waiting to be sent: %1</source>
        <translation>Wysigings wat wag om gestuur te word: %1</translation>
    </message>
    <message>
        <source>Sync issues: %1</source>
        <translation>Sinchronisasieprobleme: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Laaste probleem: %1</translation>
    </message>
    <message>
        <source>Audit: the local copy matches the server.</source>
        <translation>Oudit: die plaaslike kopie stem ooreen met die bediener.</translation>
    </message>
    <message>
        <source>Audit: these tables differ from the server: %1</source>
        <translation>Oudit: hierdie tabelle verskil van die bediener: %1</translation>
    </message>
</context>
<context>
    <name>Chairside::LocalAuditTrail</name>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Die verandering kon nie op hierdie rekenaar gestoor word nie.</translation>
    </message>
</context>
<context>
    <name>Chairside::Mutations</name>
    <message>
        <source>Book an appointment</source>
        <translation>Bespreek &apos;n afspraak</translation>
    </message>
    <message>
        <source>Move an appointment</source>
        <translation>Skuif &apos;n afspraak</translation>
    </message>
    <message>
        <source>Mark an appointment as %1</source>
        <translation>Merk &apos;n afspraak as %1</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Kanselleer &apos;n afspraak</translation>
    </message>
    <message>
        <source>Save a customer&apos;s details</source>
        <translation>Stoor &apos;n kliënt se besonderhede</translation>
    </message>
    <message>
        <source>Erase a customer&apos;s personal data</source>
        <translation>Vee &apos;n kliënt se persoonlike data uit</translation>
    </message>
    <message>
        <source>Take over a handed-off conversation</source>
        <translation>Neem &apos;n oorhandigde gesprek oor</translation>
    </message>
    <message>
        <source>Hand back a conversation</source>
        <translation>Gee &apos;n gesprek terug</translation>
    </message>
    <message>
        <source>Resolve a handed-off conversation</source>
        <translation>Handel &apos;n oorhandigde gesprek af</translation>
    </message>
    <message>
        <source>Reply to a customer</source>
        <translation>Antwoord &apos;n kliënt</translation>
    </message>
    <message>
        <source>Award 1 point</source>
        <translation>Ken 1 punt toe</translation>
    </message>
    <message>
        <source>Award %1 points</source>
        <translation>Ken %1 punte toe</translation>
    </message>
    <message>
        <source>Redeem a reward</source>
        <translation>Wissel &apos;n beloning in</translation>
    </message>
    <message>
        <source>Redeem 1 point</source>
        <translation>Wissel 1 punt in</translation>
    </message>
    <message>
        <source>Redeem %1 points</source>
        <translation>Wissel %1 punte in</translation>
    </message>
    <message>
        <source>Adjust points by %1</source>
        <translation>Pas punte met %1 aan</translation>
    </message>
    <message>
        <source>Mark a notification as read</source>
        <translation>Merk &apos;n kennisgewing as gelees</translation>
    </message>
    <message>
        <source>Dismiss a notification</source>
        <translation>Verwerp &apos;n kennisgewing</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation>Verandering (%1)</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>Voeg twee kliënte saam</translation>
    </message>
</context>
<context>
    <name>Chairside::Priority</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
</context>
<context>
    <name>Chairside::RulesApplier</name>
    <message>
        <source>Only an owner can change the business setup.</source>
        <translation>Net &apos;n eienaar kan die besigheidsopstelling verander.</translation>
    </message>
    <message>
        <source>The change names no tier.</source>
        <translation>Die verandering noem geen vlak nie.</translation>
    </message>
    <message>
        <source>This tier was deleted.</source>
        <translation>Hierdie vlak is geskrap.</translation>
    </message>
    <message>
        <source>The change names no reward.</source>
        <translation>Die verandering noem geen beloning nie.</translation>
    </message>
    <message>
        <source>This reward was deleted.</source>
        <translation>Hierdie beloning is geskrap.</translation>
    </message>
</context>
<context>
    <name>Chairside::RulesChecks</name>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 moet &apos;n heelgetal wees.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 moet tussen %2 en %3 wees.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 kan nie leeg wees nie.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation>%1 kan hoogstens %2 karakters lank wees.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; moet waar of onwaar wees.</translation>
    </message>
    <message>
        <source>The tier&apos;s rank</source>
        <translation>Die vlak se rang</translation>
    </message>
    <message>
        <source>The threshold</source>
        <translation>Die drempel</translation>
    </message>
    <message>
        <source>A new tier needs a rank and a threshold.</source>
        <translation>&apos;n Nuwe vlak het &apos;n rang en &apos;n drempel nodig.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Die naam</translation>
    </message>
    <message>
        <source>The perks</source>
        <translation>Die voordele</translation>
    </message>
    <message>
        <source>The cost in points</source>
        <translation>Die koste in punte</translation>
    </message>
    <message>
        <source>A new reward needs a cost in points.</source>
        <translation>&apos;n Nuwe beloning het &apos;n koste in punte nodig.</translation>
    </message>
    <message>
        <source>The start of quiet hours</source>
        <translation>Die begin van stil ure</translation>
    </message>
    <message>
        <source>The end of quiet hours</source>
        <translation>Die einde van stil ure</translation>
    </message>
    <message>
        <source>Quiet hours need a start and a different end (or neither).</source>
        <translation>Stil ure het &apos;n begin en &apos;n ander einde nodig (of geen van albei nie).</translation>
    </message>
    <message>
        <source>The spend per point</source>
        <translation>Die besteding per punt</translation>
    </message>
    <message>
        <source>Points expiry (months)</source>
        <translation>Puntevervaltyd (maande)</translation>
    </message>
    <message>
        <source>Two tiers cannot have the same rank (%1).</source>
        <translation>Twee vlakke kan nie dieselfde rang (%1) hê nie.</translation>
    </message>
    <message>
        <source>Each tier needs more points than the tier below it.</source>
        <translation>Elke vlak moet meer punte vra as die vlak onder hom.</translation>
    </message>
</context>
<context>
    <name>Chairside::Screenshot</name>
    <message>
        <source>The window could not be drawn.</source>
        <translation>Die venster kon nie geteken word nie.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan nie %1 skryf nie.</translation>
    </message>
</context>
<context>
    <name>Chairside::SetupApplier</name>
    <message>
        <source>Only an owner can change the business setup.</source>
        <translation>Net &apos;n eienaar kan die besigheidsopstelling verander.</translation>
    </message>
    <message>
        <source>Save again to keep the change anyway.</source>
        <translation>Stoor weer om die verandering in elk geval te behou.</translation>
    </message>
    <message>
        <source>The business is not known on this computer.</source>
        <translation>Die besigheid is nie op hierdie rekenaar bekend nie.</translation>
    </message>
    <message>
        <source>The service has no id.</source>
        <translation>Die diens het geen id nie.</translation>
    </message>
    <message>
        <source>This service was deleted.</source>
        <translation>Hierdie diens is geskrap.</translation>
    </message>
    <message>
        <source>The staff member has no id.</source>
        <translation>Die personeellid het geen id nie.</translation>
    </message>
    <message>
        <source>This staff member was removed.</source>
        <translation>Hierdie personeellid is verwyder.</translation>
    </message>
    <message>
        <source>The business needs at least one active owner who can sign in.</source>
        <translation>Die besigheid het minstens een aktiewe eienaar nodig wat kan aanmeld.</translation>
    </message>
    <message>
        <source>That staff member no longer exists.</source>
        <translation>Daardie personeellid bestaan nie meer nie.</translation>
    </message>
    <message>
        <source>The time off has no id.</source>
        <translation>Die verlof het geen id nie.</translation>
    </message>
    <message>
        <source>This time off was deleted.</source>
        <translation>Hierdie verlof is geskrap.</translation>
    </message>
    <message>
        <source>That time off no longer exists.</source>
        <translation>Daardie verlof bestaan nie meer nie.</translation>
    </message>
    <message>
        <source>A chosen service is not one of this business&apos;s services.</source>
        <translation>&apos;n Gekose diens is nie een van hierdie besigheid se dienste nie.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; was removed; choose the services again.</source>
        <translation>Die diens &quot;%1&quot; is verwyder; kies die dienste weer.</translation>
    </message>
</context>
<context>
    <name>Chairside::SetupRules</name>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 moet &apos;n heelgetal wees.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 moet tussen %2 en %3 wees.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 kan nie leeg wees nie.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation>%1 kan hoogstens %2 karakters lank wees.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; moet waar of onwaar wees.</translation>
    </message>
    <message>
        <source>A colour is written #rrggbb.</source>
        <translation>&apos;n Kleur word as #rrggbb geskryf.</translation>
    </message>
    <message>
        <source>That email address does not look right.</source>
        <translation>Daardie e-posadres lyk nie reg nie.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Die naam</translation>
    </message>
    <message>
        <source>The time zone</source>
        <translation>Die tydsone</translation>
    </message>
    <message>
        <source>The currency</source>
        <translation>Die geldeenheid</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>Die taal</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Die foonnommer</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Die adres</translation>
    </message>
    <message>
        <source>The spend per point</source>
        <translation>Die besteding per punt</translation>
    </message>
    <message>
        <source>Points expiry (months)</source>
        <translation>Puntevervaltyd (maande)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (use a name like Africa/Johannesburg).</source>
        <translation>&quot;%1&quot; is nie &apos;n tydsone nie (gebruik &apos;n naam soos Africa/Johannesburg).</translation>
    </message>
    <message>
        <source>A currency is three letters, like ZAR or EUR.</source>
        <translation>&apos;n Geldeenheid is drie letters, soos ZAR of EUR.</translation>
    </message>
    <message>
        <source>A language is written like en, en-ZA or pt-PT.</source>
        <translation>&apos;n Taal word geskryf soos en, en-ZA of pt-PT.</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>Die kategorie</translation>
    </message>
    <message>
        <source>The duration (minutes)</source>
        <translation>Die duur (minute)</translation>
    </message>
    <message>
        <source>The processing time (minutes)</source>
        <translation>Die inwerktyd (minute)</translation>
    </message>
    <message>
        <source>The buffer (minutes)</source>
        <translation>Die opruimtyd (minute)</translation>
    </message>
    <message>
        <source>The price</source>
        <translation>Die prys</translation>
    </message>
    <message>
        <source>A new service needs a duration and a price.</source>
        <translation>&apos;n Nuwe diens het &apos;n duur en &apos;n prys nodig.</translation>
    </message>
    <message>
        <source>A role is staff, admin or owner.</source>
        <translation>&apos;n Rol is personeellid, administrateur of eienaar.</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>Die posisie</translation>
    </message>
    <message>
        <source>The weekday</source>
        <translation>Die weekdag</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>Die begin</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>Die einde</translation>
    </message>
    <message>
        <source>The break&apos;s start</source>
        <translation>Die pouse se begin</translation>
    </message>
    <message>
        <source>The break&apos;s end</source>
        <translation>Die pouse se einde</translation>
    </message>
    <message>
        <source>The change is missing &quot;weekday&quot;.</source>
        <translation>Die verandering kort &quot;weekday&quot;.</translation>
    </message>
    <message>
        <source>Working hours need a start before their end.</source>
        <translation>Werksure moet begin voordat hulle eindig.</translation>
    </message>
    <message>
        <source>A break needs a start and an end.</source>
        <translation>&apos;n Pouse het &apos;n begin en &apos;n einde nodig.</translation>
    </message>
    <message>
        <source>The break must lie inside the working hours.</source>
        <translation>Die pouse moet binne die werksure val.</translation>
    </message>
    <message>
        <source>Working hours are set in steps of 5 minutes.</source>
        <translation>Werksure word in stappe van 5 minute gestel.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Die rede</translation>
    </message>
    <message>
        <source>Time off needs a staff member, a start and an end.</source>
        <translation>Verlof het &apos;n personeellid, &apos;n begin en &apos;n einde nodig.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Die einde moet ná die begin wees.</translation>
    </message>
    <message>
        <source>Time off can be at most a year long.</source>
        <translation>Verlof kan hoogstens &apos;n jaar lank wees.</translation>
    </message>
    <message>
        <source>The change is missing &quot;staff_id&quot;.</source>
        <translation>Die verandering kort &quot;staff_id&quot;.</translation>
    </message>
    <message>
        <source>&quot;service_ids&quot; must be a list of service ids (an empty list: every service).</source>
        <translation>&quot;service_ids&quot; moet &apos;n lys diens-ids wees (&apos;n leë lys: elke diens).</translation>
    </message>
    <message>
        <source>A staff member can have at most %1 services.</source>
        <translation>&apos;n Personeellid kan hoogstens %1 dienste hê.</translation>
    </message>
</context>
<context>
    <name>Chairside::Startup</name>
    <message>
        <source>The local store cannot be opened.</source>
        <translation>Die plaaslike datastoor kan nie oopgemaak word nie.</translation>
    </message>
    <message>
        <source>The local store holds no business.</source>
        <translation>Die plaaslike datastoor bevat geen besigheid nie.</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>%1: the %2 highest of %3</source>
        <translation>%1: die %2 hoogste van %3</translation>
    </message>
    <message>
        <source>%1 — nothing in this period</source>
        <translation>%1 — niks in hierdie tydperk nie</translation>
    </message>
    <message>
        <source>Bookings per day</source>
        <translation>Besprekings per dag</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Hierdie tydperk</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorige tydperk</translation>
    </message>
    <message>
        <source>%1: %2 bookings</source>
        <translation>%1: %2 besprekings</translation>
    </message>
    <message>
        <source>Same day of the previous period: %1</source>
        <translation>Dieselfde dag van die vorige tydperk: %1</translation>
    </message>
    <message>
        <source>Revenue by service</source>
        <translation>Inkomste per diens</translation>
    </message>
    <message>
        <source>Revenue by service — no completed appointments yet</source>
        <translation>Inkomste per diens — nog geen voltooide afsprake nie</translation>
    </message>
    <message>
        <source>%1
%2 from %3 completed appointments</source>
        <translation>%1
%2 uit %3 voltooide afsprake</translation>
    </message>
    <message>
        <source>Revenue by staff member</source>
        <translation>Inkomste per personeellid</translation>
    </message>
    <message>
        <source>Utilisation by staff member</source>
        <translation>Benutting per personeellid</translation>
    </message>
    <message>
        <source>%1
%2 % — %3 booked of %4 rostered hours</source>
        <translation>%1
%2 % — %3 bespreek van %4 ingeroosterde ure</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Reschedules and cancellations per week</source>
        <translation>Verskuiwings en kansellasies per week</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Verskuif</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekanselleer</translation>
    </message>
    <message>
        <source>Week of %1
%2: %3</source>
        <translation>Week van %1
%2: %3</translation>
    </message>
    <message>
        <source>No-shows by weekday and hour</source>
        <translation>Nie-opdagings per weekdag en uur</translation>
    </message>
    <message>
        <source>%1 %2:00–%2:59
%3 no-shows</source>
        <translation>%1 %2:00–%2:59
%3 nie-opdagings</translation>
    </message>
    <message>
        <source>Handoffs per day by outcome</source>
        <translation>Oorhandigings per dag volgens uitkoms</translation>
    </message>
    <message>
        <source>Handoffs per week by outcome</source>
        <translation>Oorhandigings per week volgens uitkoms</translation>
    </message>
    <message>
        <source>7 days from %1</source>
        <translation>7 dae vanaf %1</translation>
    </message>
    <message>
        <source>%1
%2: %3 handoffs</source>
        <translation>%1
%2: %3 oorhandigings</translation>
    </message>
    <message>
        <source>Clients per loyalty tier</source>
        <translation>Kliënte per lojaliteitsvlak</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kliënte</translation>
    </message>
    <message>
        <source>%1
%2 clients (%3 % of members)</source>
        <translation>%1
%2 kliënte (%3 % van lede)</translation>
    </message>
</context>
<context>
    <name>ChartTables</name>
    <message>
        <source>Bookings per day</source>
        <translation>Besprekings per dag</translation>
    </message>
    <message>
        <source>Revenue by service</source>
        <translation>Inkomste per diens</translation>
    </message>
    <message>
        <source>Revenue by staff member</source>
        <translation>Inkomste per personeellid</translation>
    </message>
    <message>
        <source>Utilisation by staff member</source>
        <translation>Benutting per personeellid</translation>
    </message>
    <message>
        <source>Reschedules and cancellations per week</source>
        <translation>Verskuiwings en kansellasies per week</translation>
    </message>
    <message>
        <source>No-shows by weekday and hour</source>
        <translation>Nie-opdagings per weekdag en uur</translation>
    </message>
    <message>
        <source>Handoffs per day by outcome</source>
        <translation>Oorhandigings per dag volgens uitkoms</translation>
    </message>
    <message>
        <source>Clients per loyalty tier</source>
        <translation>Kliënte per lojaliteitsvlak</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bespreek</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Verskuif</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekanselleer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Ander uitkoms</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog oop</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>Nog geen vlak nie</translation>
    </message>
</context>
<context>
    <name>CustomerAppointmentsModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Diens</translation>
    </message>
    <message>
        <source>With</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prys</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komende</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besoeke</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nie opgedaag</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punte</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laai tans…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Onbekende kliënt</translation>
    </message>
    <message>
        <source>This chat is not linked to a customer record.</source>
        <translation>Hierdie klets is nie aan &apos;n kliëntrekord gekoppel nie.</translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation>Geen foon of e-pos nie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>May message by WhatsApp: %1 · SMS: %2 · E-mail: %3</source>
        <translation>Mag boodskappe stuur per WhatsApp: %1 · SMS: %2 · E-pos: %3</translation>
    </message>
    <message>
        <source>Missed appointments without cancelling</source>
        <translation>Afsprake gemis sonder om te kanselleer</translation>
    </message>
</context>
<context>
    <name>CustomerConversationsModel</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Webklets</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Oop</translation>
    </message>
    <message>
        <source>With a person</source>
        <translation>By &apos;n persoon</translation>
    </message>
    <message>
        <source>Answered by the assistant</source>
        <translation>Deur die assistent beantwoord</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesluit</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n boodskap</numerusform>
            <numerusform>%n boodskappe</numerusform>
        </translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Laaste boodskap</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Oor</translation>
    </message>
    <message>
        <source>The customer last said</source>
        <translation>Die kliënt het laaste gesê</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Wysig %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuwe kliënt</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volle naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Foon</translation>
    </message>
    <message>
        <source>As the customer says it, e.g. 082 123 4567</source>
        <translation>Soos die kliënt dit sê, bv. 082 123 4567</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@voorbeeld.com</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Only tick a channel the customer agreed to be reminded on</source>
        <translation>Merk net &apos;n kanaal waarop die kliënt ingestem het om herinnerings te kry</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Allergies and patch tests</source>
        <translation>Allergieë en veltoetse</translation>
    </message>
    <message>
        <source>e.g. Latex; patch test for colour on 2 March, clear</source>
        <translation>bv. Latex; veltoets vir kleur op 2 Maart, geen reaksie</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Naam *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Foon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-pos</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinnerings</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Allergies / patch tests</source>
        <translation>&amp;Allergieë / veltoetse</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gestoor as %1</translation>
    </message>
    <message>
        <source>%1 already has this phone number and e-mail address.</source>
        <translation>%1 het reeds hierdie foonnommer en e-posadres.</translation>
    </message>
    <message>
        <source>%1 already has this phone number (%2).</source>
        <translation>%1 het reeds hierdie foonnommer (%2).</translation>
    </message>
    <message>
        <source>%1 already has this e-mail address (%2).</source>
        <translation>%1 het reeds hierdie e-posadres (%2).</translation>
    </message>
    <message numerus="yes">
        <source>So do %n other customer(s).</source>
        <translation>
            <numerusform>Ook %n ander kliënt.</numerusform>
            <numerusform>Ook %n ander kliënte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the existing customer, or save again to keep both.</source>
        <translation>Maak die bestaande kliënt oop, of stoor weer om albei te hou.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Maak %1 oop</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Stoor in elk geval</translation>
    </message>
    <message>
        <source>Customers cannot be changed here.</source>
        <translation>Kliënte kan nie hier verander word nie.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Voeg &amp;saam…</translation>
    </message>
    <message>
        <source>Merge the two records into one</source>
        <translation>Voeg die twee rekords saam tot een</translation>
    </message>
    <message>
        <source>Open the existing customer, merge the two, or save again to keep both.</source>
        <translation>Maak die bestaande kliënt oop, voeg die twee saam, of stoor weer om albei te hou.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Kan nie %1 skryf nie: %2.</translation>
    </message>
    <message>
        <source>This customer is no longer in the list.</source>
        <translation>Hierdie kliënt is nie meer in die lys nie.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Voer die kliënt se naam in.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Die naam is te lank (hoogstens %1 karakters).</translation>
    </message>
    <message>
        <source>A phone number can only hold digits, spaces, dashes, brackets and a leading +.</source>
        <translation>&apos;n Foonnommer kan net syfers, spasies, koppeltekens, hakies en &apos;n + aan die begin bevat.</translation>
    </message>
    <message>
        <source>Start the number with + and the country code, for example +27 82 123 4567.</source>
        <translation>Begin die nommer met + en die landkode, byvoorbeeld +27 82 123 4567.</translation>
    </message>
    <message>
        <source>This phone number is too short: check for a missing digit.</source>
        <translation>Hierdie foonnommer is te kort: kyk of &apos;n syfer ontbreek.</translation>
    </message>
    <message>
        <source>This phone number is too long: check for an extra digit.</source>
        <translation>Hierdie foonnommer is te lank: kyk vir &apos;n ekstra syfer.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Dit lyk nie soos &apos;n e-posadres nie (naam@voorbeeld.com).</translation>
    </message>
    <message>
        <source>WhatsApp and SMS reminders need a phone number.</source>
        <translation>WhatsApp- en SMS-herinnerings het &apos;n foonnommer nodig.</translation>
    </message>
    <message>
        <source>E-mail reminders need an e-mail address.</source>
        <translation>E-posherinnerings het &apos;n e-posadres nodig.</translation>
    </message>
    <message>
        <source>Notes can hold at most %1 characters.</source>
        <translation>Notas kan hoogstens %1 karakters bevat.</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>No completed visit yet</source>
        <translation>Nog geen voltooide besoek nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Foon</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Vlak</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punte</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laaste besoek</translation>
    </message>
</context>
<context>
    <name>CustomerProfileWidget</name>
    <message>
        <source>No upcoming appointments.</source>
        <translation>Geen komende afsprake nie.</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Nog geen afsprake nie.</translation>
    </message>
    <message>
        <source>No points earned or spent yet.</source>
        <translation>Nog geen punte verdien of gebruik nie.</translation>
    </message>
    <message>
        <source>No conversations with the assistant yet.</source>
        <translation>Nog geen gesprekke met die assistent nie.</translation>
    </message>
    <message>
        <source>%1 reminders: allowed</source>
        <translation>%1-herinnerings: toegelaat</translation>
    </message>
    <message>
        <source>%1 reminders: not allowed</source>
        <translation>%1-herinnerings: nie toegelaat nie</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Kliëntprofiel</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wysig…</translation>
    </message>
    <message>
        <source>Change the customer&apos;s details, consent and notes</source>
        <translation>Verander die kliënt se besonderhede, toestemming en notas</translation>
    </message>
    <message>
        <source>E&amp;xport data…</source>
        <translation>&amp;Voer data uit…</translation>
    </message>
    <message>
        <source>Save everything held about this customer as JSON and CSV</source>
        <translation>Stoor alles wat oor hierdie kliënt gehou word as JSON en CSV</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Vee uit…</translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data (cannot be undone)</source>
        <translation>Vee hierdie kliënt se persoonlike data uit (kan nie ontdoen word nie)</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Herinnerings:</translation>
    </message>
    <message>
        <source>Allergy notes</source>
        <translation>Allergienotas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besoeke</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nie opgedaag</translation>
    </message>
    <message>
        <source>Late cancels</source>
        <translation>Laat kansellasies</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Totale besteding</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laaste besoek</translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the appointment</source>
        <translation>Minder as 24 uur voor die afspraak gekanselleer</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Lojaliteit</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Puntesaldo</translation>
    </message>
    <message>
        <source>Progress to the next tier</source>
        <translation>Vordering na die volgende vlak</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Verwysingskode</translation>
    </message>
    <message>
        <source>The customer&apos;s code for referring friends</source>
        <translation>Die kliënt se kode om vriende te verwys</translation>
    </message>
    <message>
        <source>&amp;Award points…</source>
        <translation>&amp;Ken punte toe…</translation>
    </message>
    <message>
        <source>Give points with a reason</source>
        <translation>Gee punte met &apos;n rede</translation>
    </message>
    <message>
        <source>&amp;Redeem reward…</source>
        <translation>Wissel &amp;beloning in…</translation>
    </message>
    <message>
        <source>Take a reward from the catalogue for points</source>
        <translation>Ruil punte vir &apos;n beloning uit die katalogus</translation>
    </message>
    <message>
        <source>Ad&amp;just…</source>
        <translation>Pas &amp;aan…</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Komende afsprake</translation>
    </message>
    <message>
        <source>Recent appointments</source>
        <translation>Onlangse afsprake</translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation>Puntegrootboek</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komende</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geskiedenis</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punte</translation>
    </message>
    <message>
        <source>AI conversations</source>
        <translation>KI-gesprekke</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekke</translation>
    </message>
    <message>
        <source>This customer is no longer in the list.</source>
        <translation>Hierdie kliënt is nie meer in die lys nie.</translation>
    </message>
    <message>
        <source>Select a customer to see their profile.</source>
        <translation>Kies &apos;n kliënt om hul profiel te sien.</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>kliënt sedert %1</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <source>⚠ Allergies: %1</source>
        <translation>⚠ Allergieë: %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 punte</translation>
    </message>
    <message>
        <source>%1 lifetime points</source>
        <translation>%1 leeftydpunte</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>Nog geen vlak nie</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Vlak: %1</translation>
    </message>
    <message>
        <source>%1 perks: %2</source>
        <translation>%1-voordele: %2</translation>
    </message>
    <message>
        <source>This business has no loyalty tiers.</source>
        <translation>Hierdie besigheid het geen lojaliteitsvlakke nie.</translation>
    </message>
    <message>
        <source>%1 more lifetime points to %2</source>
        <translation>Nog %1 leeftydpunte tot %2</translation>
    </message>
    <message>
        <source>Top tier reached</source>
        <translation>Hoogste vlak bereik</translation>
    </message>
    <message>
        <source>Referral code: %1</source>
        <translation>Verwysingskode: %1</translation>
    </message>
    <message>
        <source>Points do not expire.</source>
        <translation>Punte verval nie.</translation>
    </message>
    <message>
        <source>%1 points are over %2 months old and due to expire.</source>
        <translation>%1 punte is ouer as %2 maande en gaan binnekort verval.</translation>
    </message>
    <message>
        <source>%1 points expire on %2.</source>
        <translation>%1 punte verval op %2.</translation>
    </message>
    <message>
        <source>This business offers no rewards yet</source>
        <translation>Hierdie besigheid bied nog geen belonings aan nie</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Komende (%1)</translation>
    </message>
    <message>
        <source>History (%1%2)</source>
        <translation>Geskiedenis (%1%2)</translation>
    </message>
    <message>
        <source>Points (%1%2)</source>
        <translation>Punte (%1%2)</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Gesprekke (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Voeg &amp;saam…</translation>
    </message>
    <message>
        <source>Correct the balance by hand</source>
        <translation>Korrigeer die saldo met die hand</translation>
    </message>
    <message>
        <source>Only the owner can correct a balance by hand</source>
        <translation>Net die eienaar kan &apos;n saldo met die hand korrigeer</translation>
    </message>
    <message>
        <source>Merge another record of this customer into this one, or this one into it</source>
        <translation>Voeg &apos;n ander rekord van hierdie kliënt by hierdie een saam, of hierdie een by daardie een</translation>
    </message>
    <message>
        <source>Only admins and owners can merge customers</source>
        <translation>Net administrateurs en eienaars kan kliënte saamvoeg</translation>
    </message>
</context>
<context>
    <name>CustomersPane</name>
    <message>
        <source>No customers yet.</source>
        <translation>Nog geen kliënte nie.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Geen kliënt pas by “%1” nie.</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nuwe kliënt</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Soek kliënte</translation>
    </message>
    <message>
        <source>Search name, phone or e-mail  (Ctrl+F)</source>
        <translation>Soek naam, foon of e-pos  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type the start of any words of the name or e-mail address, in any order, or three or more digits of the phone number</source>
        <translation>Tik die begin van enige woorde van die naam of e-posadres, in enige volgorde, of drie of meer syfers van die foonnommer</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Aantal kliënte</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Voeg &apos;n kliënt by (Ctrl+N)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kliënte</translation>
    </message>
    <message>
        <source>Customer added.</source>
        <translation>Kliënt bygevoeg.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Veranderinge gestoor.</translation>
    </message>
    <message>
        <source>Export %1&apos;s data</source>
        <translation>Voer %1 se data uit</translation>
    </message>
    <message>
        <source>%1 - customer data.json</source>
        <translation>%1 - kliëntdata.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Kies eers &apos;n kliënt.</translation>
    </message>
    <message>
        <source>Exporting %1&apos;s data…</source>
        <translation>Voer tans %1 se data uit…</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 and %2 (%n appointment(s), %3 points lines).</source>
        <translation>
            <numerusform>Uitgevoer na %1 en %2 (%n afspraak, %3 puntereëls).</numerusform>
            <numerusform>Uitgevoer na %1 en %2 (%n afsprake, %3 puntereëls).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s personal data was erased. Their appointments and points stay, without a name.</source>
        <translation>%1 se persoonlike data is uitgevee. Hul afsprake en punte bly, sonder &apos;n naam.</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 kliënt</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 kliënte</translation>
    </message>
    <message>
        <source>%1 was merged into %2.</source>
        <translation>%1 is by %2 saamgevoeg.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full, so Chairside could not save. Nothing was lost: free some space and try again.</source>
        <translation>Die skyf is vol, dus kon Chairside nie stoor nie. Niks het verlore gegaan nie: maak &apos;n bietjie spasie vry en probeer weer.</translation>
    </message>
    <message>
        <source>The local data file is damaged and cannot be read.</source>
        <translation>Die plaaslike datalêer is beskadig en kan nie gelees word nie.</translation>
    </message>
    <message>
        <source>The local data could not be read or written: %1</source>
        <translation>Die plaaslike data kon nie gelees of geskryf word nie: %1</translation>
    </message>
    <message>
        <source>Chairside cannot create the folder %1 for its data.</source>
        <translation>Chairside kan nie die vouer %1 vir sy data skep nie.</translation>
    </message>
    <message>
        <source>Chairside cannot open its data file %1: %2</source>
        <translation>Chairside kan nie sy datalêer %1 oopmaak nie: %2</translation>
    </message>
    <message>
        <source>The local data file cannot use write-ahead logging (is the folder read-only or on a network share?).</source>
        <translation>Die plaaslike datalêer kan nie vooruitskryf-logging (WAL) gebruik nie (is die vouer leesalleen of op &apos;n netwerkskyf?).</translation>
    </message>
    <message>
        <source>This SQLite library does not enforce foreign keys.</source>
        <translation>Hierdie SQLite-biblioteek dwing nie vreemde sleutels af nie.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Chairside (data format %1; this version reads up to %2). Update Chairside, or start it with another data folder (--data-dir).</source>
        <translation>Hierdie data is deur &apos;n nuwer weergawe van Chairside geskryf (dataformaat %1; hierdie weergawe lees tot %2). Werk Chairside by, of begin dit met &apos;n ander datavouer (--data-dir).</translation>
    </message>
    <message>
        <source>Chairside could not update its data to format %1: %2</source>
        <translation>Chairside kon nie sy data na formaat %1 bywerk nie: %2</translation>
    </message>
</context>
<context>
    <name>DayColumnsDialog</name>
    <message>
        <source>Staff columns</source>
        <translation>Personeelkolomme</translation>
    </message>
    <message>
        <source>Tick who the day view shows; drag or use Move up / Move down to set the order.</source>
        <translation>Merk wie die dagaansig wys; sleep of gebruik Skuif op / Skuif af om die volgorde te bepaal.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Skuif &amp;op</translation>
    </message>
    <message>
        <source>Move the selected person left in the day view (Ctrl+Up)</source>
        <translation>Skuif die gekose persoon links in die dagaansig (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Skuif a&amp;f</translation>
    </message>
    <message>
        <source>Move the selected person right in the day view (Ctrl+Down)</source>
        <translation>Skuif die gekose persoon regs in die dagaansig (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Show &amp;everyone</source>
        <translation>Wys &amp;almal</translation>
    </message>
    <message>
        <source>Everyone, in the salon&apos;s own order</source>
        <translation>Almal, in die salon se eie volgorde</translation>
    </message>
</context>
<context>
    <name>DayScheduleView</name>
    <message>
        <source>Day schedule</source>
        <translation>Dagrooster</translation>
    </message>
    <message>
        <source>Works %1–%2</source>
        <translation>Werk %1–%2</translation>
    </message>
    <message>
        <source>Break %1–%2</source>
        <translation>Pouse %1–%2</translation>
    </message>
    <message>
        <source>Not working this day</source>
        <translation>Werk nie op hierdie dag nie</translation>
    </message>
    <message>
        <source>Time off %1–%2 %3</source>
        <translation>Verlof %1–%2 %3</translation>
    </message>
    <message>
        <source>a walk-in</source>
        <translation>&apos;n instapkliënt</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pouse</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <source>Time off · %1</source>
        <translation>Verlof · %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>Overlaps %1</source>
        <translation>Oorvleuel met %1</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · vandag</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 · %n booked</source>
        <translation>
            <numerusform>%1–%2 · %n bespreek</numerusform>
            <numerusform>%1–%2 · %n bespreek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not working · %n booked</source>
        <translation>
            <numerusform>Werk nie · %n bespreek</numerusform>
            <numerusform>Werk nie · %n bespreek</numerusform>
        </translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Werk nie</translation>
    </message>
    <message>
        <source>No staff members to show yet.</source>
        <translation>Nog geen personeel om te wys nie.</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>Geen afsprake op hierdie dag nie.</translation>
    </message>
    <message>
        <source>No appointments this week.</source>
        <translation>Geen afsprake hierdie week nie.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>Generated the demo salon in %1: %2 customers, %3 appointments, %4 handoffs.</source>
        <translation>Die demosalon is in %1 gegenereer: %2 kliënte, %3 afsprake, %4 oorhandigings.</translation>
    </message>
    <message>
        <source>You are signed in as %1, but this account is not on the team of any salon on this server. Ask the salon&apos;s owner to add you, then sign in again.</source>
        <translation>Jy is aangemeld as %1, maar hierdie rekening is nie in die span van enige salon op hierdie bediener nie. Vra die salon se eienaar om jou by te voeg, en meld dan weer aan.</translation>
    </message>
    <message>
        <source>Remove records from this computer?</source>
        <translation>Verwyder rekords van hierdie rekenaar?</translation>
    </message>
    <message>
        <source>The server would remove %1 of %2 %3 records on this computer. Remove them?</source>
        <translation>Die bediener sou %1 van %2 rekords (%3) op hierdie rekenaar verwyder. Verwyder hulle?</translation>
    </message>
    <message>
        <source>This happens when records were deleted on the server or you lost access to them. Until you decide, nothing is removed and downloading changes is paused.</source>
        <translation>Dit gebeur wanneer rekords op die bediener geskrap is of jy toegang daartoe verloor het. Totdat jy besluit, word niks verwyder nie en die aflaai van veranderinge is onderbreek.</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Verwyder hulle</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Hou hulle</translation>
    </message>
    <message>
        <source>Chairside</source>
        <translation>Chairside</translation>
    </message>
    <message>
        <source>Chairside found the demo salon&apos;s data file damaged. It will set the file aside and make the demo salon again.</source>
        <translation>Chairside het gevind dat die demosalon se datalêer beskadig is. Dit sal die lêer opsy sit en die demosalon oor maak.</translation>
    </message>
    <message>
        <source>Chairside found its local copy damaged. It will set the copy aside, keep your unsent edits and download everything again.</source>
        <translation>Chairside het gevind dat sy plaaslike kopie beskadig is. Dit sal die kopie opsy sit, jou ongestuurde wysigings behou en alles weer aflaai.</translation>
    </message>
    <message>
        <source>Local copy damaged</source>
        <translation>Plaaslike kopie beskadig</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Vee %1 uit</translation>
    </message>
    <message>
        <source>Erasing removes %1&apos;s name, phone, e-mail, notes, allergy notes and their own chat messages for good, on every desk. Appointments and points stay, without a name, so the salon&apos;s figures still add up. This cannot be undone.

Export their data first if they asked for a copy.

Type the customer&apos;s name to confirm:</source>
        <translation>Uitvee verwyder %1 se naam, foon, e-pos, notas, allergienotas en hul eie kletsboodskappe permanent, op elke ontvangsrekenaar. Afsprake en punte bly, sonder &apos;n naam, sodat die salon se syfers steeds klop. Dit kan nie ontdoen word nie.

Voer eers hul data uit as hulle &apos;n kopie gevra het.

Tik die kliënt se naam om te bevestig:</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm</source>
        <translation>Tik die kliënt se naam om te bevestig</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>Vee kliënt uit</translation>
    </message>
</context>
<context>
    <name>EscalationsPane</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalasies</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nou oop</translation>
    </message>
    <message>
        <source>Handoffs not resolved yet.</source>
        <translation>Oorhandigings wat nog nie afgehandel is nie.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nie toegewys nie</translation>
    </message>
    <message>
        <source>Open handoffs that nobody has claimed.</source>
        <translation>Oop oorhandigings wat nog niemand oorgeneem het nie.</translation>
    </message>
    <message>
        <source>Time to claim · today</source>
        <translation>Tyd tot oorname · vandag</translation>
    </message>
    <message>
        <source>Median of (claimed at − raised at) over the handoffs claimed today.</source>
        <translation>Mediaan van (oorgeneem om − ingedien om) oor die oorhandigings wat vandag oorgeneem is.</translation>
    </message>
    <message>
        <source>Time to resolve · today</source>
        <translation>Tyd tot afhandeling · vandag</translation>
    </message>
    <message>
        <source>Median of (resolved at − raised at) over the handoffs resolved today.</source>
        <translation>Mediaan van (afgehandel om − ingedien om) oor die oorhandigings wat vandag afgehandel is.</translation>
    </message>
    <message>
        <source>AI resolution · 7 days</source>
        <translation>KI-afhandeling · 7 dae</translation>
    </message>
    <message>
        <source>Conversations the assistant resolved alone ÷ all conversations started in the last 7 days.</source>
        <translation>Gesprekke wat die assistent alleen afgehandel het ÷ alle gesprekke wat in die afgelope 7 dae begin het.</translation>
    </message>
    <message>
        <source>Handoff rate · 7 days</source>
        <translation>Oorhandigingskoers · 7 dae</translation>
    </message>
    <message>
        <source>Conversations handed to a person ÷ all conversations started in the last 7 days.</source>
        <translation>Gesprekke wat aan &apos;n persoon oorhandig is ÷ alle gesprekke wat in die afgelope 7 dae begin het.</translation>
    </message>
    <message>
        <source>Handoff → booking · 7 days</source>
        <translation>Oorhandiging → bespreking · 7 dae</translation>
    </message>
    <message>
        <source>Handoffs resolved as booked or rescheduled ÷ handoffs resolved in the last 7 days, spam left out.</source>
        <translation>Oorhandigings wat as bespreek of verskuif afgehandel is ÷ oorhandigings wat in die afgelope 7 dae afgehandel is, strooipos uitgesluit.</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle oop</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Myne</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Afgehandel</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Wys %1</translation>
    </message>
    <message>
        <source>Handoff queue</source>
        <translation>Oorhandigingstou</translation>
    </message>
    <message>
        <source>J or K: next or previous. C: claim. R: reply. E: resolve. B: book.</source>
        <translation>J of K: volgende of vorige. C: neem oor. R: antwoord. E: handel af. B: bespreek.</translation>
    </message>
    <message>
        <source>Select a handoff to read the conversation.</source>
        <translation>Kies &apos;n oorhandiging om die gesprek te lees.</translation>
    </message>
    <message>
        <source>Conversation transcript</source>
        <translation>Gesprektranskripsie</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Neem oor</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Bespreek…</translation>
    </message>
    <message>
        <source>Book an appointment for this customer (B)</source>
        <translation>Bespreek &apos;n afspraak vir hierdie kliënt (B)</translation>
    </message>
    <message>
        <source>Reschedule their next booking…</source>
        <translation>Verskuif hul volgende bespreking…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Handel af…</translation>
    </message>
    <message>
        <source>Close the conversation with an outcome (E)</source>
        <translation>Sluit die gesprek af met &apos;n uitkoms (E)</translation>
    </message>
    <message>
        <source>Return to assistant</source>
        <translation>Terug na assistent</translation>
    </message>
    <message>
        <source>Hand the conversation back to the AI assistant</source>
        <translation>Gee die gesprek terug aan die KI-assistent</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Antwoord die kliënt</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Stuur</translation>
    </message>
    <message>
        <source>Queue the reply for the customer (Ctrl+Enter)</source>
        <translation>Sit die antwoord vir die kliënt in die tou (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Handoffs claimed today: %1.</source>
        <translation>Oorhandigings wat vandag oorgeneem is: %1.</translation>
    </message>
    <message>
        <source>Handoffs resolved today: %1.</source>
        <translation>Oorhandigings wat vandag afgehandel is: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 conversations.</source>
        <translation>%1 van %2 gesprekke.</translation>
    </message>
    <message>
        <source>%1 of %2 handoffs.</source>
        <translation>%1 van %2 oorhandigings.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing waiting. The assistant is handling every conversation.</source>
        <translation>Niks wag nie. Die assistent hanteer elke gesprek.</translation>
    </message>
    <message>
        <source>Every open handoff has someone on it.</source>
        <translation>Elke oop oorhandiging het iemand wat dit hanteer.</translation>
    </message>
    <message>
        <source>You have no open handoffs.</source>
        <translation>Jy het geen oop oorhandigings nie.</translation>
    </message>
    <message>
        <source>No resolved handoffs yet.</source>
        <translation>Nog geen afgehandelde oorhandigings nie.</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>ingedien %1</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>afgehandel ná %1</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>uitkoms: %1</translation>
    </message>
    <message>
        <source>waiting %1 in opening hours</source>
        <translation>wag al %1 binne openingsure</translation>
    </message>
    <message>
        <source>clock paused while closed</source>
        <translation>horlosie staan stil terwyl gesluit</translation>
    </message>
    <message>
        <source>Reply to %1…  (R to write, Ctrl+Enter to send)</source>
        <translation>Antwoord %1…  (R om te skryf, Ctrl+Enter om te stuur)</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Afgehandel deur %1</translation>
    </message>
    <message>
        <source>Nobody has claimed this yet</source>
        <translation>Niemand het dit nog oorgeneem nie</translation>
    </message>
    <message>
        <source>You have this conversation</source>
        <translation>Jy hanteer hierdie gesprek</translation>
    </message>
    <message>
        <source>%1 has this conversation</source>
        <translation>%1 hanteer hierdie gesprek</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Gee vry</translation>
    </message>
    <message>
        <source>Let someone else take it</source>
        <translation>Laat iemand anders dit oorneem</translation>
    </message>
    <message>
        <source>Take this conversation (C)</source>
        <translation>Neem hierdie gesprek oor (C)</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s 24-hour reply window closed %1.</source>
        <translation>WhatsApp se 24-uur-antwoordvenster het op %1 gesluit.</translation>
    </message>
    <message>
        <source>The customer has not written on WhatsApp in the last 24 hours.</source>
        <translation>Die kliënt het nie in die afgelope 24 uur op WhatsApp geskryf nie.</translation>
    </message>
    <message>
        <source>A free-form reply may not be delivered now; call the customer or wait for them to write again.</source>
        <translation>&apos;n Vrye antwoord word dalk nie nou afgelewer nie; bel die kliënt of wag dat hulle weer skryf.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Vanlyn</translation>
    </message>
    <message>
        <source>%1 — not updated yet</source>
        <translation>%1 — nog nie bygewerk nie</translation>
    </message>
    <message>
        <source>%1 — last updated %2</source>
        <translation>%1 — laas bygewerk %2</translation>
    </message>
    <message>
        <source>New handoffs and claims by others arrive when the connection is back; what you do here is sent then.</source>
        <translation>Nuwe oorhandigings en oornames deur ander kom in wanneer die verbinding terug is; wat jy hier doen, word dan gestuur.</translation>
    </message>
    <message>
        <source>This handoff is already resolved.</source>
        <translation>Hierdie oorhandiging is reeds afgehandel.</translation>
    </message>
    <message>
        <source>You already have this conversation.</source>
        <translation>Jy hanteer reeds hierdie gesprek.</translation>
    </message>
    <message>
        <source>%1 is already handling this conversation.</source>
        <translation>%1 hanteer reeds hierdie gesprek.</translation>
    </message>
    <message>
        <source>You have this conversation now.</source>
        <translation>Jy hanteer nou hierdie gesprek.</translation>
    </message>
    <message>
        <source>Released: someone else can take it.</source>
        <translation>Vrygegee: iemand anders kan dit oorneem.</translation>
    </message>
    <message>
        <source>%1 is handling this conversation; only they can reply.</source>
        <translation>%1 hanteer hierdie gesprek; net hulle kan antwoord.</translation>
    </message>
    <message>
        <source>Reply queued — but the WhatsApp reply window has closed, so it may not be delivered.</source>
        <translation>Antwoord in die tou — maar WhatsApp se antwoordvenster is gesluit, dus word dit dalk nie afgelewer nie.</translation>
    </message>
    <message>
        <source>Reply queued; its delivery shows under it.</source>
        <translation>Antwoord in die tou; die afleweringstatus wys daaronder.</translation>
    </message>
    <message>
        <source>Handed back to the assistant.</source>
        <translation>Teruggegee aan die assistent.</translation>
    </message>
    <message>
        <source>Resolved as “%1”.</source>
        <translation>Afgehandel as “%1”.</translation>
    </message>
    <message>
        <source>Booked. Resolve the handoff as booked with E.</source>
        <translation>Bespreek. Handel die oorhandiging met E as bespreek af.</translation>
    </message>
    <message>
        <source>Moved. Resolve the handoff as rescheduled with E.</source>
        <translation>Geskuif. Handel die oorhandiging met E as verskuif af.</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <source>Setting up — Chairside</source>
        <translation>Opstelling — Chairside</translation>
    </message>
    <message>
        <source>Setting up Chairside on this computer</source>
        <translation>Chairside word op hierdie rekenaar opgestel</translation>
    </message>
    <message>
        <source>Signed in as %1. Chairside is downloading the salon&apos;s appointments, customers and team to this computer. This happens once: next time Chairside opens straight away, even without internet.</source>
        <translation>Aangemeld as %1. Chairside laai die salon se afsprake, kliënte en span na hierdie rekenaar af. Dit gebeur net een keer: volgende keer maak Chairside dadelik oop, selfs sonder internet.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Verlaat</translation>
    </message>
    <message>
        <source>Stop for now; the download continues where it left off next time.</source>
        <translation>Stop vir eers; die aflaai gaan volgende keer voort waar dit opgehou het.</translation>
    </message>
</context>
<context>
    <name>HandoffOutcome</name>
    <message>
        <source>Booked</source>
        <translation>Bespreek</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Verskuif</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekanselleer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klagte</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Geen aksie</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Strooipos</translation>
    </message>
    <message>
        <source>Returned to the assistant</source>
        <translation>Terug na die assistent</translation>
    </message>
</context>
<context>
    <name>HandoffQueueModel</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Webklets</translation>
    </message>
    <message>
        <source>Web visitor</source>
        <translation>Webbesoeker</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Onbekende kliënt</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nie toegewys nie</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Claimed %1</source>
        <translation>Oorgeneem %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, agterstallig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>Wie hanteer dit</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Het geduur</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wag</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 u %2 m</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <source>Raised %1, resolved after %2</source>
        <translation>Ingedien %1, afgehandel ná %2</translation>
    </message>
    <message>
        <source>%1 of it in opening hours</source>
        <translation>%1 daarvan binne openingsure</translation>
    </message>
    <message>
        <source>Waiting since %1</source>
        <translation>Wag sedert %1</translation>
    </message>
    <message>
        <source>%1 in opening hours (%2 in all)</source>
        <translation>%1 binne openingsure (%2 altesaam)</translation>
    </message>
    <message>
        <source>The salon is closed: the clock is paused.</source>
        <translation>Die salon is gesluit: die horlosie staan stil.</translation>
    </message>
    <message>
        <source>Over %1 — overdue</source>
        <translation>Meer as %1 — agterstallig</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>Meer as %1</translation>
    </message>
    <message>
        <source>Turns amber %1</source>
        <translation>Word oranje %1</translation>
    </message>
    <message>
        <source>Turns red %1</source>
        <translation>Word rooi %1</translation>
    </message>
</context>
<context>
    <name>HandoffWatch</name>
    <message>
        <source>A customer</source>
        <translation>&apos;n Kliënt</translation>
    </message>
</context>
<context>
    <name>KpiCardGrid</name>
    <message>
        <source>Key figures</source>
        <translation>Kernsyfers</translation>
    </message>
    <message>
        <source>%1 vs previous</source>
        <translation>%1 teenoor vorige</translation>
    </message>
    <message>
        <source>%1, %2 vs previous period</source>
        <translation>%1, %2 teenoor vorige tydperk</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <source>Bookings</source>
        <translation>Besprekings</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Inkomste</translation>
    </message>
    <message>
        <source>Average bill</source>
        <translation>Gemiddelde rekening</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Voltooiingskoers</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Nie-opdaagkoers</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Kansellasiekoers</translation>
    </message>
    <message>
        <source>Late cancellation rate</source>
        <translation>Laat-kansellasiekoers</translation>
    </message>
    <message>
        <source>Average booking lead time</source>
        <translation>Gemiddelde tyd vooruit bespreek</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Benutting</translation>
    </message>
    <message>
        <source>Rebooking rate</source>
        <translation>Herbesprekingskoers</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Nuwe kliënte</translation>
    </message>
    <message>
        <source>Returning clients</source>
        <translation>Terugkerende kliënte</translation>
    </message>
    <message>
        <source>AI resolution rate</source>
        <translation>KI-afhandelingskoers</translation>
    </message>
    <message>
        <source>Handoff rate</source>
        <translation>Oorhandigingskoers</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Oorhandigings</translation>
    </message>
    <message>
        <source>Handoff → booking</source>
        <translation>Oorhandiging → bespreking</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Punte uitgereik</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Punte ingewissel</translation>
    </message>
    <message>
        <source>Appointments starting in the period, whatever their status.</source>
        <translation>Afsprake wat in die tydperk begin, ongeag hul status.</translation>
    </message>
    <message>
        <source>Sum of the prices of completed appointments in the period.</source>
        <translation>Som van die pryse van voltooide afsprake in die tydperk.</translation>
    </message>
    <message>
        <source>Revenue ÷ completed appointments.</source>
        <translation>Inkomste ÷ voltooide afsprake.</translation>
    </message>
    <message>
        <source>Completed appointments ÷ bookings.</source>
        <translation>Voltooide afsprake ÷ besprekings.</translation>
    </message>
    <message>
        <source>No-shows ÷ bookings.</source>
        <translation>Nie-opdagings ÷ besprekings.</translation>
    </message>
    <message>
        <source>Cancelled appointments ÷ bookings.</source>
        <translation>Gekanselleerde afsprake ÷ besprekings.</translation>
    </message>
    <message>
        <source>Bookings cancelled less than 24 hours before their start (the time of the cancellation in the appointment&apos;s history, else its last change) ÷ bookings.</source>
        <translation>Besprekings wat minder as 24 uur voor hul begin gekanselleer is (die tyd van die kansellasie in die afspraak se geskiedenis, anders die laaste verandering) ÷ besprekings.</translation>
    </message>
    <message>
        <source>Mean of (start − time the booking was made) over bookings in the period, walk-ins excluded; a booking entered after its start counts as zero.</source>
        <translation>Gemiddeld van (begin − tyd waarop die bespreking gemaak is) oor besprekings in die tydperk, instapkliënte uitgesluit; &apos;n bespreking wat ná die begin ingevoer is, tel as nul.</translation>
    </message>
    <message>
        <source>Booked minutes of appointments that hold time (not cancelled, not no-shows) ÷ rostered minutes (working hours minus breaks of active staff, every day of the period).</source>
        <translation>Bespreekte minute van afsprake wat tyd opneem (nie gekanselleer nie, nie nie-opdagings nie) ÷ ingeroosterde minute (werksure minus pouses van aktiewe personeel, elke dag van die tydperk).</translation>
    </message>
    <message>
        <source>Completed visits of known clients after which the client already had their next appointment booked by the end of the visit&apos;s day ÷ those visits.</source>
        <translation>Voltooide besoeke van bekende kliënte waarna die kliënt reeds teen die einde van die besoek se dag hul volgende afspraak bespreek het ÷ daardie besoeke.</translation>
    </message>
    <message>
        <source>Distinct clients with a completed visit in the period whose first completed visit ever falls in the period.</source>
        <translation>Afsonderlike kliënte met &apos;n voltooide besoek in die tydperk wie se heel eerste voltooide besoek in die tydperk val.</translation>
    </message>
    <message>
        <source>Distinct clients with a completed visit in the period who had completed a visit before it.</source>
        <translation>Afsonderlike kliënte met &apos;n voltooide besoek in die tydperk wat al voorheen &apos;n besoek voltooi het.</translation>
    </message>
    <message>
        <source>AI conversations the assistant resolved alone ÷ all AI conversations started in the period.</source>
        <translation>KI-gesprekke wat die assistent alleen afgehandel het ÷ alle KI-gesprekke wat in die tydperk begin het.</translation>
    </message>
    <message>
        <source>AI conversations handed to a person ÷ all AI conversations started in the period.</source>
        <translation>KI-gesprekke wat aan &apos;n persoon oorhandig is ÷ alle KI-gesprekke wat in die tydperk begin het.</translation>
    </message>
    <message>
        <source>Handoffs the assistant raised in the period.</source>
        <translation>Oorhandigings wat die assistent in die tydperk ingedien het.</translation>
    </message>
    <message>
        <source>Handoffs raised in the period that staff resolved with the outcome &quot;booked&quot; ÷ handoffs raised in the period.</source>
        <translation>Oorhandigings wat in die tydperk ingedien is en wat personeel met die uitkoms &quot;bespreek&quot; afgehandel het ÷ oorhandigings wat in die tydperk ingedien is.</translation>
    </message>
    <message>
        <source>Loyalty points earned on visits plus points awarded by staff.</source>
        <translation>Lojaliteitspunte wat op besoeke verdien is plus punte wat deur personeel toegeken is.</translation>
    </message>
    <message>
        <source>Loyalty points spent on rewards.</source>
        <translation>Lojaliteitspunte wat aan belonings bestee is.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dae</translation>
    </message>
    <message>
        <source>no earlier data</source>
        <translation>geen vroeëre data nie</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= geen verandering nie</translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation>%1 %2 pte</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
This period: %3 · previous %4 days: %5</source>
        <translation>%1: %2
Hierdie tydperk: %3 · vorige %4 dae: %5</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Hierdie tydperk</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorige tydperk</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Chairside</source>
        <translation>Meld aan — Chairside</translation>
    </message>
    <message>
        <source>Sign in to your salon</source>
        <translation>Meld aan by jou salon</translation>
    </message>
    <message>
        <source>Use the e-mail address and password of your account at the salon. Chairside keeps a copy of the salon&apos;s book on this computer, so it keeps working when the internet does not.</source>
        <translation>Gebruik die e-posadres en wagwoord van jou rekening by die salon. Chairside hou &apos;n kopie van die salon se afsprakeboek op hierdie rekenaar, sodat dit steeds werk wanneer die internet nie werk nie.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-posadres</translation>
    </message>
    <message>
        <source>name@yoursalon.co.za</source>
        <translation>naam@jousalon.co.za</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pos:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wagwoord</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wagwoord:</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Bedienerinstellings</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>Bediener-URL</translation>
    </message>
    <message>
        <source>https://your-project.supabase.co</source>
        <translation>https://your-project.supabase.co</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation>&amp;Bedieneradres:</translation>
    </message>
    <message>
        <source>Anon key</source>
        <translation>Anon-sleutel</translation>
    </message>
    <message>
        <source>The project&apos;s anon (publishable) key</source>
        <translation>Die projek se anon-sleutel (publiseerbaar)</translation>
    </message>
    <message>
        <source>&amp;Anon key:</source>
        <translation>&amp;Anon-sleutel:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-sertifikaatlêer</translation>
    </message>
    <message>
        <source>Only for a self-hosted server with its own CA</source>
        <translation>Net vir &apos;n self-gehuisveste bediener met sy eie CA</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>B&amp;laai…</translation>
    </message>
    <message>
        <source>Browse for the CA certificate file</source>
        <translation>Blaai na die CA-sertifikaatlêer</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-sertifikaat:</translation>
    </message>
    <message>
        <source>Use the &amp;demo salon</source>
        <translation>Gebruik die &amp;demosalon</translation>
    </message>
    <message>
        <source>Use the demo salon</source>
        <translation>Gebruik die demosalon</translation>
    </message>
    <message>
        <source>Try Chairside on a generated salon stored only on this computer.</source>
        <translation>Probeer Chairside op &apos;n gegenereerde salon wat net op hierdie rekenaar gestoor word.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Meld aan</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Meld aan</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Bediener: %1</translation>
    </message>
    <message>
        <source>Hide the server settings</source>
        <translation>Versteek die bedienerinstellings</translation>
    </message>
    <message>
        <source>Show where the salon&apos;s server is</source>
        <translation>Wys waar die salon se bediener is</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Voer jou e-posadres in.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is nie &apos;n e-posadres nie.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>Die CA-sertifikaatlêer kan nie gelees word nie.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Voer jou wagwoord in.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Meld tans aan…</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation>Kies die bediener se CA-sertifikaat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Sertifikate (*.pem *.crt);;Alle lêers (*)</translation>
    </message>
</context>
<context>
    <name>LoyaltyActionDialog</name>
    <message>
        <source>%1 has %2 points.</source>
        <translation>%1 het %2 punte.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Award points to %1</source>
        <translation>Ken punte aan %1 toe</translation>
    </message>
    <message>
        <source>Required, e.g. Birthday, referral of a friend</source>
        <translation>Verpligtend, bv. Verjaarsdag, verwysing van &apos;n vriend</translation>
    </message>
    <message>
        <source>Redeem a reward for %1</source>
        <translation>Wissel &apos;n beloning in vir %1</translation>
    </message>
    <message>
        <source>Optional; the reward&apos;s name when empty</source>
        <translation>Opsioneel; die beloning se naam as dit leeg is</translation>
    </message>
    <message>
        <source>Adjust %1&apos;s points</source>
        <translation>Pas %1 se punte aan</translation>
    </message>
    <message>
        <source>Required, e.g. Points missed on 3 March</source>
        <translation>Verpligtend, bv. Punte gemis op 3 Maart</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>%1 — %2 points</source>
        <translation>%1 — %2 punte</translation>
    </message>
    <message>
        <source>&amp;Reward</source>
        <translation>&amp;Beloning</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punte</translation>
    </message>
    <message>
        <source>A positive number adds points, a negative one takes them off</source>
        <translation>&apos;n Positiewe getal voeg punte by, &apos;n negatiewe een trek dit af</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Punte</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>R&amp;ede</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Ken toe</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Wissel in</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Pas aan</translation>
    </message>
    <message>
        <source>%1 has %2 points and %3 costs %4, so it cannot be redeemed: the balance would go below zero.</source>
        <translation>%1 het %2 punte en %3 kos %4, dus kan dit nie ingewissel word nie: die saldo sou onder nul daal.</translation>
    </message>
    <message>
        <source>This business offers no rewards yet.</source>
        <translation>Hierdie besigheid bied nog geen belonings aan nie.</translation>
    </message>
    <message>
        <source>Enter the number of points.</source>
        <translation>Voer die aantal punte in.</translation>
    </message>
    <message>
        <source>%1 has %2 points, so %3 cannot be taken off: the balance would go below zero.</source>
        <translation>%1 het %2 punte, dus kan %3 nie afgetrek word nie: die saldo sou onder nul daal.</translation>
    </message>
    <message>
        <source>Balance afterwards: %1 points</source>
        <translation>Saldo daarna: %1 punte</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the points history</source>
        <translation>Gee &apos;n rede: dit word in die puntegeskiedenis gehou</translation>
    </message>
    <message>
        <source>%1 points awarded to %2.</source>
        <translation>%1 punte aan %2 toegeken.</translation>
    </message>
    <message>
        <source>%1 redeemed for %2 points.</source>
        <translation>%1 ingewissel vir %2 punte.</translation>
    </message>
    <message>
        <source>%1 points added to %2&apos;s balance.</source>
        <translation>%1 punte by %2 se saldo gevoeg.</translation>
    </message>
    <message>
        <source>%1 points taken off %2&apos;s balance.</source>
        <translation>%1 punte van %2 se saldo afgetrek.</translation>
    </message>
</context>
<context>
    <name>LoyaltyLedgerModel</name>
    <message>
        <source>Earned</source>
        <translation>Verdien</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Toegeken</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Ingewissel</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Aangepas</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verval</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Deur</translation>
    </message>
</context>
<context>
    <name>LoyaltyRulesPage</name>
    <message>
        <source>Earning points</source>
        <translation>Punte verdien</translation>
    </message>
    <message>
        <source>Clients earn one point for every this much they spend.</source>
        <translation>Kliënte verdien een punt vir elke soveel wat hulle bestee.</translation>
    </message>
    <message>
        <source>One point for every</source>
        <translation>Een punt vir elke</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maande</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Punte verval ná</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Vlakke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Points needed</source>
        <translation>Punte nodig</translation>
    </message>
    <message>
        <source>Perks</source>
        <translation>Voordele</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Vlak %1</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nie gebruik nie</translation>
    </message>
    <message>
        <source>Points needed for tier %1</source>
        <translation>Punte nodig vir vlak %1</translation>
    </message>
    <message>
        <source>Rewards catalogue</source>
        <translation>Beloningskatalogus</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Beloning</translation>
    </message>
    <message>
        <source>Cost in points</source>
        <translation>Koste in punte</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Aangebied</translation>
    </message>
    <message>
        <source>Add a reward</source>
        <translation>Voeg &apos;n beloning by</translation>
    </message>
    <message>
        <source>The server did not accept “%1”: %2 Your changes are still here; correct them and save again.</source>
        <translation>Die bediener het “%1” nie aanvaar nie: %2 Jou veranderinge is nog hier; korrigeer hulle en stoor weer.</translation>
    </message>
    <message>
        <source>Saved; the server will confirm it shortly.</source>
        <translation>Gestoor; die bediener sal dit binnekort bevestig.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gestoor.</translation>
    </message>
    <message>
        <source>Only an owner can change the loyalty rules.</source>
        <translation>Net &apos;n eienaar kan die lojaliteitsreëls verander.</translation>
    </message>
    <message>
        <source>What the client gets</source>
        <translation>Wat die kliënt kry</translation>
    </message>
    <message>
        <source>Cost in points of reward %1</source>
        <translation>Koste in punte van beloning %1</translation>
    </message>
    <message>
        <source>Reward %1 is offered</source>
        <translation>Beloning %1 word aangebied</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Niks om te stoor nie.</translation>
    </message>
    <message>
        <source>Name of reward %1</source>
        <translation>Naam van beloning %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Appointments</source>
        <translation>Afsprake</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalasies</translation>
    </message>
    <message>
        <source>Customers &amp; Loyalty</source>
        <translation>Kliënte &amp; lojaliteit</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Ontleding</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Kennisgewings</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeellid</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eienaar</translation>
    </message>
    <message>
        <source>%1 — Chairside</source>
        <translation>%1 — Chairside</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Afdelings</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Lêer</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sinchroniseer nou</translation>
    </message>
    <message>
        <source>Send the edits made here and fetch the salon&apos;s latest changes</source>
        <translation>Stuur die wysigings wat hier gemaak is en haal die salon se nuutste veranderinge</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Meld &amp;aan…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Meld a&amp;f</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Verlaat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Aansig</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message>
        <source>&amp;About Chairside</source>
        <translation>&amp;Oor Chairside</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Oor &amp;Qt</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <comment>pane title, open handoffs</comment>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n oop</numerusform>
            <numerusform>%1, %n oop</numerusform>
        </translation>
    </message>
    <message>
        <source>Chairside</source>
        <translation>Chairside</translation>
    </message>
    <message>
        <source>New handoff: %1</source>
        <translation>Nuwe oorhandiging: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>demo: person · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The demo salon, seen as %1 (%2). Times are shown in %3.</source>
        <translation>Die demosalon, gesien as %1 (%2). Tye word in %3 gewys.</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Aangemeld as %1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3. Times are shown in %4.</source>
        <translation>Aangemeld as %1 (%2) by %3. Tye word in %4 gewys.</translation>
    </message>
    <message>
        <source>Not signed in · %1&apos;s saved data</source>
        <translation>Nie aangemeld nie · %1 se gestoorde data</translation>
    </message>
    <message>
        <source>The data on screen is what this computer saved for %1. Sign in again (File → Sign in…) to send and receive changes.</source>
        <translation>Die data op die skerm is wat hierdie rekenaar vir %1 gestoor het. Meld weer aan (Lêer → Meld aan…) om veranderinge te stuur en te ontvang.</translation>
    </message>
    <message>
        <source>Sign &amp;in to your salon…</source>
        <translation>Meld &amp;aan by jou salon…</translation>
    </message>
    <message>
        <source>About Chairside</source>
        <translation>Oor Chairside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chairside %1&lt;/h3&gt;&lt;p&gt;The front-desk console for salons and clinics: the day&apos;s book, the AI assistant&apos;s handoffs, customers and loyalty, and the owner&apos;s numbers.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chairside %1&lt;/h3&gt;&lt;p&gt;Die ontvangskonsole vir salonne en klinieke: die dag se afsprakeboek, die KI-assistent se oorhandigings, kliënte en lojaliteit, en die eienaar se syfers.&lt;/p&gt;&lt;p&gt;Gebou met Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Besigheid</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ongelees</numerusform>
            <numerusform>%1, %n ongelees</numerusform>
        </translation>
    </message>
    <message>
        <source>Your next appointment at %1</source>
        <translation>Jou volgende afspraak om %1</translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>Voeg kliënte saam</translation>
    </message>
    <message>
        <source>Keep one record of a customer who was entered twice. Everything the other record has moves to the one you keep, and the other record leaves the customer list.</source>
        <translation>Hou een rekord van &apos;n kliënt wat twee keer ingevoer is. Alles van die ander rekord skuif na die een wat jy hou, en die ander rekord verdwyn uit die kliëntelys.</translation>
    </message>
    <message>
        <source>Search for the other record</source>
        <translation>Soek die ander rekord</translation>
    </message>
    <message>
        <source>Name, phone or e-mail of the other record</source>
        <translation>Naam, foon of e-pos van die ander rekord</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Kliënte gevind</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Voeg saam</translation>
    </message>
    <message>
        <source>&amp;Other record</source>
        <translation>&amp;Ander rekord</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Hou</translation>
    </message>
    <message>
        <source>That customer is no longer in the list.</source>
        <translation>Daardie kliënt is nie meer in die lys nie.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Hou %1</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>Hou die ander rekord</translation>
    </message>
    <message>
        <source>Search for the other record of this customer and pick it.</source>
        <translation>Soek die ander rekord van hierdie kliënt en kies dit.</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 afspraak</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>%1 afsprake</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 punte</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 gesprek</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 gesprekke</translation>
    </message>
    <message>
        <source>Moves to %1: %2.</source>
        <translation>Skuif na %1: %2.</translation>
    </message>
    <message>
        <source>%1 then leaves the customer list. Where %2 has no phone number or e-mail, %1&apos;s is used; notes and allergy notes are joined; %2&apos;s reminder consent stays as it is.</source>
        <translation>%1 verdwyn dan uit die kliëntelys. Waar %2 geen foonnommer of e-pos het nie, word %1 s&apos;n gebruik; notas en allergienotas word saamgevoeg; %2 se toestemming vir herinnerings bly soos dit is.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan nie ontdoen word nie.</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>&amp;Voeg by %1 saam</translation>
    </message>
    <message>
        <source>Customers cannot be changed here.</source>
        <translation>Kliënte kan nie hier verander word nie.</translation>
    </message>
</context>
<context>
    <name>NotificationListModel</name>
    <message>
        <source>Unread: %1</source>
        <translation>Ongelees: %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Boodskap</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvang</translation>
    </message>
</context>
<context>
    <name>NotificationsPane</name>
    <message>
        <source>No notifications yet.</source>
        <translation>Nog geen kennisgewings nie.</translation>
    </message>
    <message>
        <source>Nothing unread. You are all caught up.</source>
        <translation>Niks ongelees nie. Jy is op hoogte.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Kennisgewings</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ongelees</translation>
    </message>
    <message>
        <source>Show %1 notifications</source>
        <translation>Wys %1 kennisgewings</translation>
    </message>
    <message>
        <source>Available when connected to your salon&apos;s backend</source>
        <translation>Beskikbaar wanneer jy aan jou salon se bediener gekoppel is</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Merk alles as gelees</translation>
    </message>
    <message>
        <source>Nothing unread</source>
        <translation>Niks ongelees nie</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 ongelees</translation>
    </message>
    <message>
        <source>You have read everything.</source>
        <translation>Jy het alles gelees.</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Geen kennisgewings nie.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Maak oop</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Merk as gelees</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerp</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The change could not be queued for the server, so it was not made.</source>
        <translation>Die verandering kon nie vir die bediener in die tou gesit word nie, dus is dit nie gemaak nie.</translation>
    </message>
    <message>
        <source>That sync issue is no longer there.</source>
        <translation>Daardie sinchronisasieprobleem bestaan nie meer nie.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Business profile</source>
        <translation>Besigheidsprofiel</translation>
    </message>
    <message>
        <source>ZAR</source>
        <translation>ZAR</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Tydsone</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Geldeenheid</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Taa&amp;l</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Foon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-pos</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>Times on bookings, reminders and reports follow the time zone; prices use the currency.</source>
        <translation>Tye op besprekings, herinnerings en verslae volg die tydsone; pryse gebruik die geldeenheid.</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Stoor profiel</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Stel te&amp;rug</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingsure</translation>
    </message>
    <message>
        <source>The salon is open while anyone on the team works. Set each person&apos;s hours on the Staff page.</source>
        <translation>Die salon is oop terwyl enigiemand in die span werk. Stel elke persoon se ure op die Personeel-bladsy.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesluit</translation>
    </message>
    <message>
        <source>Profile saved. Restart Chairside for the new time zone or currency to show everywhere.</source>
        <translation>Profiel gestoor. Herbegin Chairside sodat die nuwe tydsone of geldeenheid oral gewys word.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profiel gestoor.</translation>
    </message>
</context>
<context>
    <name>PullApplier</name>
    <message>
        <source>The local data could not be opened for writing: %1</source>
        <translation>Die plaaslike data kon nie vir skryf oopgemaak word nie: %1</translation>
    </message>
    <message>
        <source>The local data could not be read: %1</source>
        <translation>Die plaaslike data kon nie gelees word nie: %1</translation>
    </message>
    <message>
        <source>The changes for %1 could not be prepared: %2</source>
        <translation>Die veranderinge vir %1 kon nie voorberei word nie: %2</translation>
    </message>
    <message>
        <source>The row %1 of %2 could not be saved: %3</source>
        <translation>Die ry %1 van %2 kon nie gestoor word nie: %3</translation>
    </message>
    <message>
        <source>The row %1 of %2 could not be marked deleted: %3</source>
        <translation>Die ry %1 van %2 kon nie as geskrap gemerk word nie: %3</translation>
    </message>
    <message>
        <source>The sync position could not be saved: %1</source>
        <translation>Die sinchronisasieposisie kon nie gestoor word nie: %1</translation>
    </message>
    <message>
        <source>Pending local changes could not be applied on top of the server&apos;s changes.</source>
        <translation>Hangende plaaslike veranderinge kon nie bo-op die bediener se veranderinge toegepas word nie.</translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be saved: %1</source>
        <translation>Die bediener se veranderinge kon nie gestoor word nie: %1</translation>
    </message>
</context>
<context>
    <name>PullPage</name>
    <message>
        <source>The server&apos;s answer is not valid JSON (at byte %1).</source>
        <translation>Die bediener se antwoord is nie geldige JSON nie (by greep %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a page of changes.</source>
        <translation>Die bediener se antwoord is nie &apos;n bladsy veranderinge nie.</translation>
    </message>
    <message>
        <source>The server&apos;s page of changes lacks rows, cursor or has_more, or has them in the wrong form.</source>
        <translation>Die bediener se bladsy veranderinge kort rows, cursor of has_more, of bevat dit in die verkeerde vorm.</translation>
    </message>
    <message>
        <source>The server&apos;s page of changes has an empty cursor.</source>
        <translation>Die bediener se bladsy veranderinge het &apos;n leë cursor.</translation>
    </message>
    <message>
        <source>The server&apos;s page of changes has an unreadable server_time.</source>
        <translation>Die bediener se bladsy veranderinge het &apos;n onleesbare server_time.</translation>
    </message>
    <message>
        <source>The server&apos;s rows for %1 are not a list.</source>
        <translation>Die bediener se rye vir %1 is nie &apos;n lys nie.</translation>
    </message>
    <message>
        <source>A row of %1 from the server has no id or no version.</source>
        <translation>&apos;n Ry van %1 van die bediener het geen id of geen weergawe nie.</translation>
    </message>
    <message>
        <source>The server&apos;s deleted ids for %1 are not a list.</source>
        <translation>Die bediener se geskrapte id&apos;s vir %1 is nie &apos;n lys nie.</translation>
    </message>
    <message>
        <source>A deleted id of %1 from the server is not an id.</source>
        <translation>&apos;n Geskrapte id van %1 van die bediener is nie &apos;n id nie.</translation>
    </message>
</context>
<context>
    <name>ReminderRulesPage</name>
    <message>
        <source>Clients get a reminder the day before and two hours before their appointment, on the first channel switched on here that they agreed to. Nothing is sent during quiet hours; a reminder due then goes out when they end, if it is still in time.</source>
        <translation>Kliënte kry &apos;n herinnering die dag voor en twee uur voor hul afspraak, op die eerste kanaal wat hier aangeskakel is en waartoe hulle ingestem het. Niks word gedurende stil ure gestuur nie; &apos;n herinnering wat dan moet uitgaan, word gestuur wanneer hulle eindig, as dit nog betyds is.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinnerings</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <source>The day before (24 h)</source>
        <translation>Die dag voor (24 u)</translation>
    </message>
    <message>
        <source>Two hours before</source>
        <translation>Twee uur voor</translation>
    </message>
    <message>
        <source>24 h reminder by %1</source>
        <translation>24-uur-herinnering per %1</translation>
    </message>
    <message>
        <source>2 h reminder by %1</source>
        <translation>2-uur-herinnering per %1</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Stil ure</translation>
    </message>
    <message>
        <source>Send nothing from</source>
        <translation>Stuur niks vanaf</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>(the salon&apos;s time)</source>
        <translation>(die salon se tyd)</translation>
    </message>
    <message>
        <source>The server did not accept “%1”: %2 Your changes are still here; correct them and save again.</source>
        <translation>Die bediener het “%1” nie aanvaar nie: %2 Jou veranderinge is nog hier; korrigeer hulle en stoor weer.</translation>
    </message>
    <message>
        <source>Saved; the server will confirm it shortly.</source>
        <translation>Gestoor; die bediener sal dit binnekort bevestig.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gestoor.</translation>
    </message>
    <message>
        <source>Only an owner can change the reminder rules.</source>
        <translation>Net &apos;n eienaar kan die herinneringsreëls verander.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Niks om te stoor nie.</translation>
    </message>
</context>
<context>
    <name>ReplyOutcome</name>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified (%2). Check the backend address and, for a self-hosted backend, its certificate authority file.</source>
        <translation>Die veilige verbinding met %1 het misluk: sy sertifikaat kon nie geverifieer word nie (%2). Kontroleer die bedieneradres en, vir &apos;n self-gehuisveste bediener, sy sertifikaatowerheidslêer.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 het nie betyds geantwoord nie.</translation>
    </message>
    <message>
        <source>%1 refused the connection; the service may be down.</source>
        <translation>%1 het die verbinding geweier; die diens is dalk af.</translation>
    </message>
    <message>
        <source>The server %1 could not be found; check the internet connection and the backend address.</source>
        <translation>Die bediener %1 kon nie gevind word nie; kontroleer die internetverbinding en die bedieneradres.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off.</source>
        <translation>Die antwoord van %1 is afgesny.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2); check the internet connection.</source>
        <translation>Die verbinding met %1 het misluk (%2); kontroleer die internetverbinding.</translation>
    </message>
</context>
<context>
    <name>ResolveHandoffDialog</name>
    <message>
        <source>Resolve handoff</source>
        <translation>Handel oorhandiging af</translation>
    </message>
    <message>
        <source>How did the conversation with %1 end?</source>
        <translation>Hoe het die gesprek met %1 geëindig?</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>&amp;Note (what was agreed, for the next person):</source>
        <translation>&amp;Nota (wat ooreengekom is, vir die volgende persoon):</translation>
    </message>
    <message>
        <source>Resolve and &amp;next</source>
        <translation>Handel af en &amp;volgende</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Handel af</translation>
    </message>
    <message>
        <source>Pick how the conversation ended first.</source>
        <translation>Kies eers hoe die gesprek geëindig het.</translation>
    </message>
</context>
<context>
    <name>RowCodec</name>
    <message>
        <source>The server sent rows for a table Chairside does not keep (%1).</source>
        <translation>Die bediener het rye gestuur vir &apos;n tabel wat Chairside nie hou nie (%1).</translation>
    </message>
    <message>
        <source>The local columns of %1 could not be read: %2</source>
        <translation>Die plaaslike kolomme van %1 kon nie gelees word nie: %2</translation>
    </message>
    <message>
        <source>The local table %1 is missing or lacks id, version or deleted_at.</source>
        <translation>Die plaaslike tabel %1 ontbreek of het nie id, version of deleted_at nie.</translation>
    </message>
    <message>
        <source>A row of %1 from the server has no id.</source>
        <translation>&apos;n Ry van %1 van die bediener het geen id nie.</translation>
    </message>
    <message>
        <source>The row %1 of %2 from the server has no version.</source>
        <translation>Die ry %1 van %2 van die bediener het geen weergawe nie.</translation>
    </message>
    <message>
        <source>The row %1 of %2 has a value in %3 that does not fit.</source>
        <translation>Die ry %1 van %2 het &apos;n waarde in %3 wat nie pas nie.</translation>
    </message>
    <message>
        <source>A row of %1 from the server is not valid JSON (at byte %2 of the row).</source>
        <translation>&apos;n Ry van %1 van die bediener is nie geldige JSON nie (by greep %2 van die ry).</translation>
    </message>
</context>
<context>
    <name>RulesSaveBar</name>
    <message>
        <source>Discard changes</source>
        <translation>Gooi veranderinge weg</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Stoor veranderinge</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source> + %1 processing</source>
        <translation> + %1 inwerktyd</translation>
    </message>
    <message>
        <source> + %1 buffer</source>
        <translation> + %1 opruimtyd</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Diens</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tyd</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prys</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Aangebied</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;Nuwe diens</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Diens</translation>
    </message>
    <message>
        <source>Offered (customers and the assistant can book it)</source>
        <translation>Aangebied (kliënte en die assistent kan dit bespreek)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Naa&amp;m</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <source>&amp;Processing</source>
        <translation>&amp;Inwerktyd</translation>
    </message>
    <message>
        <source>&amp;Buffer</source>
        <translation>&amp;Opruimtyd</translation>
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation>P&amp;rys</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>K&amp;leur</translation>
    </message>
    <message>
        <source>A booking holds duration + processing + buffer. Processing is time the product works; the buffer is for cleaning up.</source>
        <translation>&apos;n Bespreking hou duur + inwerktyd + opruimtyd. Inwerktyd is die tyd wat die produk werk; die opruimtyd is vir skoonmaak.</translation>
    </message>
    <message>
        <source>&amp;Save service</source>
        <translation>&amp;Stoor diens</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Stel &amp;terug</translation>
    </message>
    <message>
        <source>Service added.</source>
        <translation>Diens bygevoeg.</translation>
    </message>
    <message>
        <source>Service saved.</source>
        <translation>Diens gestoor.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>There is no saved sign-in.</source>
        <translation>Daar is geen gestoorde aanmelding nie.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Jy is afgemeld.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Jy het afgemeld.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellings</translation>
    </message>
    <message>
        <source>https://your-project.supabase.co — empty for the demo salon</source>
        <translation>https://your-project.supabase.co — leeg vir die demosalon</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>Bediener-URL</translation>
    </message>
    <message>
        <source>&amp;Backend URL:</source>
        <translation>&amp;Bediener-URL:</translation>
    </message>
    <message>
        <source>The project&apos;s anon (publishable) key</source>
        <translation>Die projek se anon-sleutel (publiseerbaar)</translation>
    </message>
    <message>
        <source>Anon key</source>
        <translation>Anon-sleutel</translation>
    </message>
    <message>
        <source>&amp;Anon key:</source>
        <translation>&amp;Anon-sleutel:</translation>
    </message>
    <message>
        <source>Only for a self-hosted backend with its own CA</source>
        <translation>Net vir &apos;n self-gehuisveste bediener met sy eie CA</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-sertifikaatlêer</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>B&amp;laai…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-sertifikaat:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Stelseltaal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Passwords and sign-in tokens are kept in the system keychain, never in these settings.</source>
        <translation>Wagwoorde en aanmeldtekens word in die stelsel se sleutelhouer gehou, nooit in hierdie instellings nie.</translation>
    </message>
    <message>
        <source>The backend URL is not a valid address.</source>
        <translation>Die bediener-URL is nie &apos;n geldige adres nie.</translation>
    </message>
    <message>
        <source>The backend URL must start with https:// — Chairside only talks to its backend over a verified encrypted connection.</source>
        <translation>Die bediener-URL moet met https:// begin — Chairside praat net met sy bediener oor &apos;n geverifieerde, versleutelde verbinding.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s anon key (Supabase dashboard → Project settings → API).</source>
        <translation>Voer die projek se anon-sleutel in (Supabase-paneelbord → Project settings → API).</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>Die CA-sertifikaatlêer kan nie gelees word nie.</translation>
    </message>
    <message>
        <source>Choose the backend&apos;s CA certificate</source>
        <translation>Kies die bediener se CA-sertifikaat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Sertifikate (*.pem *.crt);;Alle lêers (*)</translation>
    </message>
</context>
<context>
    <name>SetupSubmitter</name>
    <message>
        <source>Nothing to save.</source>
        <translation>Niks om te stoor nie.</translation>
    </message>
    <message>
        <source>They stay booked; you can move or cancel them in Appointments. Save the change anyway?</source>
        <translation>Hulle bly bespreek; jy kan hulle in Afsprake skuif of kanselleer. Stoor die verandering in elk geval?</translation>
    </message>
    <message>
        <source>Not saved: the bookings were kept as they are.</source>
        <translation>Nie gestoor nie: die besprekings is gelaat soos hulle is.</translation>
    </message>
    <message>
        <source>The server found bookings this computer did not know of yet. Save the change anyway?</source>
        <translation>Die bediener het besprekings gevind waarvan hierdie rekenaar nog nie geweet het nie. Stoor die verandering in elk geval?</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Voeg persoon by</translation>
    </message>
    <message>
        <source>Staff — the desk and their own book</source>
        <translation>Personeellid — die ontvangs en hul eie afsprakeboek</translation>
    </message>
    <message>
        <source>Admin — also the AI assistant&apos;s handoffs</source>
        <translation>Administrateur — ook die KI-assistent se oorhandigings</translation>
    </message>
    <message>
        <source>Owner — also analytics and these settings</source>
        <translation>Eienaar — ook ontleding en hierdie instellings</translation>
    </message>
    <message>
        <source>Active (shown in the calendar and bookable)</source>
        <translation>Aktief (gewys in die kalender en bespreekbaar)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Kleur</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Foon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-pos</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Stoor besonderhede</translation>
    </message>
    <message>
        <source>Sign-in accounts are linked to people in the Supabase dashboard.</source>
        <translation>Aanmeldrekeninge word in die Supabase-paneelbord aan mense gekoppel.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Besonderhede</translation>
    </message>
    <message>
        <source>Save &amp;hours</source>
        <translation>Stoor &amp;ure</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Stel &amp;terug</translation>
    </message>
    <message>
        <source>Times are in the salon&apos;s time zone. If new hours leave booked appointments outside them, you are asked before anything is saved.</source>
        <translation>Tye is in die salon se tydsone. As nuwe ure bespreekte afsprake daarbuite laat, word jy gevra voordat enigiets gestoor word.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werksure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Add &amp;time off…</source>
        <translation>Voeg ver&amp;lof by…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wyder</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Nuwe spanlid</translation>
    </message>
    <message>
        <source>%1 joined the team.</source>
        <translation>%1 het by die span aangesluit.</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Besonderhede gestoor.</translation>
    </message>
    <message>
        <source>Working hours saved.</source>
        <translation>Werksure gestoor.</translation>
    </message>
    <message>
        <source>Time off added.</source>
        <translation>Verlof bygevoeg.</translation>
    </message>
    <message>
        <source>Time off removed.</source>
        <translation>Verlof verwyder.</translation>
    </message>
    <message>
        <source>Tick the services this person does, or Every service.</source>
        <translation>Merk die dienste wat hierdie persoon doen, of Elke diens.</translation>
    </message>
</context>
<context>
    <name>StaffServicesEditor</name>
    <message>
        <source>Every service</source>
        <translation>Elke diens</translation>
    </message>
    <message>
        <source>Does every service</source>
        <translation>Doen elke diens</translation>
    </message>
    <message>
        <source>Anyone with this ticked can be booked for any offered service, including services added later.</source>
        <translation>Enigiemand met hierdie gemerk kan vir enige aangebode diens bespreek word, ook dienste wat later bygevoeg word.</translation>
    </message>
    <message>
        <source>Services this person does</source>
        <translation>Dienste wat hierdie persoon doen</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (nie aangebied nie)</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Owner</source>
        <translation>Eienaar</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeellid</translation>
    </message>
    <message>
        <source>No working hours</source>
        <translation>Geen werksure nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktief</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>StatTile</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>Status colours</source>
        <translation>Statuskleure</translation>
    </message>
    <message>
        <source>Appointment colours by status. Cancelled and no-show bookings are drawn faded and hatched.</source>
        <translation>Afspraakkleure volgens status. Gekanselleerde besprekings en dié wat nie opgedaag het nie, word verbleik en gearseer geteken.</translation>
    </message>
</context>
<context>
    <name>SupabaseRpcClient</name>
    <message>
        <source>The server&apos;s answer was incomplete or not readable.</source>
        <translation>Die bediener se antwoord was onvolledig of onleesbaar.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in, even after renewing it. Please sign in again.</source>
        <translation>Die bediener het die aanmelding nie aanvaar nie, selfs nadat dit hernu is. Meld asseblief weer aan.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Jou rekening mag dit nie doen nie.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this (%1).</source>
        <translation>Jou rekening mag dit nie doen nie (%1).</translation>
    </message>
    <message>
        <source>The server is busy with too many requests; Chairside will try again shortly.</source>
        <translation>Die bediener is besig met te veel versoeke; Chairside sal binnekort weer probeer.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); Chairside will try again.</source>
        <translation>Die bediener het &apos;n probleem gehad (HTTP %1); Chairside sal weer probeer.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Die bediener het die versoek geweier (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sign-in has expired. Please sign in again.</source>
        <translation>Die aanmelding het verval. Meld asseblief weer aan.</translation>
    </message>
    <message>
        <source>The salon&apos;s server cannot be reached.</source>
        <translation>Die salon se bediener kan nie bereik word nie.</translation>
    </message>
    <message>
        <source>The salon&apos;s server did not answer in time.</source>
        <translation>Die salon se bediener het nie betyds geantwoord nie.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Die bediener se sertifikaat kon nie geverifieer word nie.</translation>
    </message>
    <message>
        <source>The server asked Chairside to slow down.</source>
        <translation>Die bediener het Chairside gevra om stadiger te gaan.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Die bediener het &apos;n probleem gehad (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete or garbled.</source>
        <translation>Die bediener se antwoord was onvolledig of deurmekaar.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Die bediener het die versoek geweier (HTTP %1).</translation>
    </message>
    <message>
        <source>Downloading changes is paused: the server would remove many records.</source>
        <translation>Die aflaai van veranderinge is onderbreek: die bediener sou baie rekords verwyder.</translation>
    </message>
    <message>
        <source>Not connected to a salon&apos;s server.</source>
        <translation>Nie aan &apos;n salon se bediener gekoppel nie.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sent edits was garbled.</source>
        <translation>Die bediener se antwoord op die gestuurde wysigings was deurmekaar.</translation>
    </message>
    <message>
        <source>The server sent changes Chairside could not read: %1</source>
        <translation>Die bediener het veranderinge gestuur wat Chairside nie kon lees nie: %1</translation>
    </message>
    <message>
        <source>The downloaded changes could not be saved on this computer.</source>
        <translation>Die afgelaaide veranderinge kon nie op hierdie rekenaar gestoor word nie.</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <source>Sync issues</source>
        <translation>Sinchronisasieprobleme</translation>
    </message>
    <message>
        <source>These changes were not accepted by the salon&apos;s server, so they were undone on this computer. Retry sends a change again; Discard forgets it.</source>
        <translation>Hierdie veranderinge is nie deur die salon se bediener aanvaar nie, dus is hulle op hierdie rekenaar ontdoen. “Probeer weer” stuur &apos;n verandering weer; “Gooi weg” vergeet dit.</translation>
    </message>
    <message>
        <source>Changes not accepted</source>
        <translation>Veranderinge nie aanvaar nie</translation>
    </message>
    <message>
        <source>Everything is in sync.</source>
        <translation>Alles is gesinchroniseer.</translation>
    </message>
    <message>
        <source>Sync issue status</source>
        <translation>Status van sinchronisasieprobleme</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Probeer weer</translation>
    </message>
    <message>
        <source>Retry the selected change</source>
        <translation>Probeer die gekose verandering weer</translation>
    </message>
    <message>
        <source>Send the selected change to the server again</source>
        <translation>Stuur die gekose verandering weer na die bediener</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Gooi weg</translation>
    </message>
    <message>
        <source>Discard the selected change</source>
        <translation>Gooi die gekose verandering weg</translation>
    </message>
    <message>
        <source>Forget the selected change; it stays undone</source>
        <translation>Vergeet die gekose verandering; dit bly ontdoen</translation>
    </message>
    <message>
        <source>Close sync issues</source>
        <translation>Maak sinchronisasieprobleme toe</translation>
    </message>
    <message>
        <source>The change was queued again.</source>
        <translation>Die verandering is weer in die tou gesit.</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Gooi hierdie verandering weg?</translation>
    </message>
    <message>
        <source>“%1” stays undone and will not be sent again.</source>
        <translation>“%1” bly ontdoen en sal nie weer gestuur word nie.</translation>
    </message>
    <message>
        <source>The change was discarded.</source>
        <translation>Die verandering is weggegooi.</translation>
    </message>
</context>
<context>
    <name>SyncIssuesModel</name>
    <message>
        <source>The local store is not open.</source>
        <translation>Die plaaslike datastoor is nie oop nie.</translation>
    </message>
    <message>
        <source>Someone else changed this first.</source>
        <translation>Iemand anders het dit eerste verander.</translation>
    </message>
    <message>
        <source>This already exists.</source>
        <translation>Dit bestaan reeds.</translation>
    </message>
    <message>
        <source>Someone else is already handling this conversation.</source>
        <translation>Iemand anders hanteer reeds hierdie gesprek.</translation>
    </message>
    <message>
        <source>This conversation was already resolved.</source>
        <translation>Hierdie gesprek is reeds afgehandel.</translation>
    </message>
    <message>
        <source>The staff member is already booked at that time.</source>
        <translation>Die personeellid is op daardie tyd reeds bespreek.</translation>
    </message>
    <message>
        <source>The customer does not have enough points.</source>
        <translation>Die kliënt het nie genoeg punte nie.</translation>
    </message>
    <message>
        <source>The appointment cannot move to that status.</source>
        <translation>Die afspraak kan nie na daardie status verander nie.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Jou rol laat hierdie verandering nie toe nie.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Dit bestaan nie meer nie.</translation>
    </message>
    <message>
        <source>The server did not accept this change.</source>
        <translation>Die bediener het hierdie verandering nie aanvaar nie.</translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation>Wat probeer is</translation>
    </message>
    <message>
        <source>Why it was not accepted</source>
        <translation>Hoekom dit nie aanvaar is nie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>%1 s</source>
        <comment>retrying in … seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>retrying in … minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sinchronisasiestatus</translation>
    </message>
    <message>
        <source>Local demo data · Sync off</source>
        <translation>Plaaslike demodata · Sinchronisasie af</translation>
    </message>
    <message>
        <source>Chairside is working on a generated demo salon stored on this computer. Nothing is sent anywhere. Sign in to your salon in File → Sign in…</source>
        <translation>Chairside werk op &apos;n gegenereerde demosalon wat op hierdie rekenaar gestoor is. Niks word iewers heen gestuur nie. Meld by jou salon aan via Lêer → Meld aan…</translation>
    </message>
    <message>
        <source>Edits the server did not accept: see what happened and retry or discard them.</source>
        <translation>Wysigings wat die bediener nie aanvaar het nie: kyk wat gebeur het en probeer weer of gooi hulle weg.</translation>
    </message>
    <message>
        <source>retrying now…</source>
        <translation>probeer nou weer…</translation>
    </message>
    <message>
        <source>retrying in %1</source>
        <translation>probeer weer oor %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Koppel tans…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinchroniseer tans…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Aanlyn</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Vanlyn</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Vanlyn — %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Paused — needs your decision</source>
        <translation>Onderbreek — wag vir jou besluit</translation>
    </message>
    <message>
        <source>Last synced: never</source>
        <translation>Laas gesinchroniseer: nog nooit</translation>
    </message>
    <message>
        <source>Last synced just now</source>
        <translation>Sopas gesinchroniseer</translation>
    </message>
    <message>
        <source>Last synced %1 min ago</source>
        <translation>Laas %1 min gelede gesinchroniseer</translation>
    </message>
    <message>
        <source>Last synced %1 h ago</source>
        <translation>Laas %1 u gelede gesinchroniseer</translation>
    </message>
    <message>
        <source>Last synced on %1</source>
        <translation>Laas gesinchroniseer op %1</translation>
    </message>
    <message>
        <source>Everything on this computer matched the salon&apos;s server at %1.</source>
        <translation>Alles op hierdie rekenaar het om %1 met die salon se bediener ooreengestem.</translation>
    </message>
    <message>
        <source>This computer has not finished downloading the salon&apos;s data yet.</source>
        <translation>Hierdie rekenaar het nog nie klaar die salon se data afgelaai nie.</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sinchronisasie: %1</translation>
    </message>
    <message>
        <source>1 edit waiting</source>
        <translation>1 wysiging wag</translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting</source>
        <translation>
            <numerusform>%n wysiging wag</numerusform>
            <numerusform>%n wysigings wag</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made on this computer that the server has not confirmed yet. They are kept safely and sent when the connection is back.</source>
        <translation>Veranderinge wat op hierdie rekenaar gemaak is en wat die bediener nog nie bevestig het nie. Hulle word veilig gehou en gestuur wanneer die verbinding terug is.</translation>
    </message>
    <message>
        <source>1 sync issue</source>
        <translation>1 sinchronisasieprobleem</translation>
    </message>
    <message numerus="yes">
        <source>%n sync issues</source>
        <translation>
            <numerusform>%n sinchronisasieprobleem</numerusform>
            <numerusform>%n sinchronisasieprobleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading your salon… %1 records</source>
        <translation>Laai tans jou salon af… %1 rekords</translation>
    </message>
    <message>
        <source>Connected to the salon&apos;s server. Changes arrive within seconds.</source>
        <translation>Gekoppel aan die salon se bediener. Veranderinge kom binne sekondes aan.</translation>
    </message>
    <message>
        <source>Sign in again (File → Sign in…) to send and receive changes. What is on this computer stays readable.</source>
        <translation>Meld weer aan (Lêer → Meld aan…) om veranderinge te stuur en te ontvang. Wat op hierdie rekenaar is, bly leesbaar.</translation>
    </message>
    <message>
        <source>Chairside is waiting for you to decide about records the server would remove.</source>
        <translation>Chairside wag dat jy besluit oor rekords wat die bediener sou verwyder.</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <source>Time off for %1</source>
        <translation>Verlof vir %1</translation>
    </message>
    <message>
        <source>Leave, training, doctor…</source>
        <translation>Verlof, opleiding, dokter…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Rede</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation>Die sertifikaatowerheidslêer %1 kan nie gelees word nie: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM format.</source>
        <translation>Die lêer %1 bevat geen sertifikaat in PEM-formaat nie.</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>No saved sign-in was found in the system keychain.</source>
        <translation>Geen gestoorde aanmelding is in die stelsel se sleutelhouer gevind nie.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Die stelsel se sleutelhouer is nie beskikbaar nie: %1</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Die stelsel se sleutelhouer het toegang geweier: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Die stelsel se sleutelhouer het &apos;n fout gerapporteer: %1</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Customer</source>
        <translation>Kliënt</translation>
    </message>
    <message>
        <source>%1 (AI assistant)</source>
        <translation>%1 (KI-assistent)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Stelsel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 om %2: %3</translation>
    </message>
    <message>
        <source>Queued — waiting to be sent</source>
        <translation>In die tou — wag om gestuur te word</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Gestuur</translation>
    </message>
    <message>
        <source>✓✓ Delivered</source>
        <translation>✓✓ Afgelewer</translation>
    </message>
    <message>
        <source>✓✓ Read</source>
        <translation>✓✓ Gelees</translation>
    </message>
    <message>
        <source>⚠ Not delivered</source>
        <translation>⚠ Nie afgelewer nie</translation>
    </message>
    <message>
        <source>⚠ Not delivered: %1</source>
        <translation>⚠ Nie afgelewer nie: %1</translation>
    </message>
</context>
<context>
    <name>WorkingHoursEditor</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pouse</translation>
    </message>
    <message>
        <source>Break on %1</source>
        <translation>Pouse op %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Chairside cannot start</source>
        <translation>Chairside kan nie begin nie</translation>
    </message>
</context>
</TS>
